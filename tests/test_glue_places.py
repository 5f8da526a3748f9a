"""A function word glued after a place name by lost markup gets its space back (ent20)."""

from kliping.ingest.glue import glue_breaks, unglue


def test_function_word_glued_after_a_country_is_split():
    text = "Ribuan orang ikut pawai bertajukUnite Indonesiayang diadakan kemarin."
    assert unglue(text) == "Ribuan orang ikut pawai bertajuk Unite Indonesia yang diadakan kemarin."


def test_function_word_glued_after_a_city_is_split():
    assert unglue("Rombongan tiba di Surabayadan langsung beristirahat.") == \
        "Rombongan tiba di Surabaya dan langsung beristirahat."


def test_places_ending_like_a_function_word_stay_whole():
    for text in ("Penerbangan dari Medan ke Sudan ditunda.", "Delegasi Pyongyang bertemu di Shenyang."):
        assert glue_breaks(text) == []


def test_unknown_name_before_the_function_word_stays_whole():
    assert glue_breaks("Keluarga Wiryayang hadir lebih awal.") == []
