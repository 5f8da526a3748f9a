"""Entity rules from the eleventh round (docs/ner.md, "Eleventh QA read"): the holder of an office
of a party unit written with acronyms (``Ketua DPP PDIP Puan Maharani``), and places in a list that
opens with an area word or holds a district.

Every sentence is written for these tests (no article text); the people are invented or public
figures used only as names.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from tests.test_entities import _doc


def _types(*sentences: str) -> list[tuple[int, str, str]]:
    return [(m.sentence, m.text, m.type) for m in extract_mentions(_doc(*sentences))]


def _titles(*sentences: str) -> dict[str, str | None]:
    return {m.text: m.title for m in extract_mentions(_doc(*sentences)) if m.type == "PERSON"}


# ---- a party unit's acronyms, then its office holder


def test_the_name_after_a_party_units_acronyms_is_the_office_holder():
    got = _types("Ketua DPP PDIP Puan Maharani membuka rapat kerja partai di Jakarta.")
    assert (0, "DPP PDIP", "ORG") in got and (0, "Puan Maharani", "PERSON") in got
    assert _titles("Ketua DPP PDIP Puan Maharani membuka rapat kerja partai di Jakarta.") == {
        "Puan Maharani": "Ketua DPP PDIP"}
    # a holder the model does not find at all, in a list of appointees
    got = _types("Yang dilantik hari ini:", "- Bendahara DPW PKB Ratna Kumalasari")
    assert (1, "DPW PKB", "ORG") in got and (1, "Ratna Kumalasari", "PERSON") in got


def test_a_place_or_a_field_after_a_party_units_acronyms_stays_in_the_unit():
    got = _types("Ketua DPC PDIP Jaksel Hendra Gunawan meninjau posko banjir.")
    assert (0, "DPC PDIP Jaksel", "ORG") in got and (0, "Hendra Gunawan", "PERSON") in got
    got = _types("Ketua DPP PKB Bidang Ekonomi hadir dalam diskusi itu.")
    assert (0, "DPP PKB Bidang Ekonomi", "ORG") in got
    assert not [t for t in got if t[2] == "PERSON"]


# ---- places in a list


def test_the_items_of_a_list_opened_by_an_area_word_are_places():
    got = _types("Air sungai meluap dan merendam rumah di Kecamatan Sampoiniet, Teunom, dan Krueng Sabe.")
    assert (0, "Teunom", "LOC") in got and (0, "Krueng Sabe", "LOC") in got
    assert not [t for t in got if t[2] == "PERSON"]


def test_people_after_a_fronted_place_or_before_their_verb_stay_people():
    got = _types("Saat ditemui di Desa Sukamaju, Budi Santoso dan Andi Wijaya mengaku kecewa.")
    assert (0, "Budi Santoso", "PERSON") in got and (0, "Andi Wijaya", "PERSON") in got
    got = _types("Polisi menangkap dua pria di Desa Sukamaju, Budi Santoso dan Andi Wijaya ditahan di Polsek.")
    assert (0, "Budi Santoso", "PERSON") in got


def test_a_district_listed_beside_a_known_place_is_a_place():
    got = _types("Bantuan dikirim ke Kecamatan Panga, Darul Hikmah, lalu ke pengungsian.")
    assert (0, "Darul Hikmah", "LOC") in got


# ---- an English organisation name the tagger cut on the left


def test_an_english_organisation_name_takes_the_capitalised_words_the_tagger_left_out():
    # the tagger gives "Imagery Watch"-like tails; the organisation word at the end makes the whole run one name
    for text, name in (("Lembaga pemantau Pacific Imagery Watch menyatakan telah memeriksa citra satelit itu.",
                        "Pacific Imagery Watch"),
                       ("Menurut Human Rights Watch, penangkapan para aktivis itu melanggar hukum.",
                        "Human Rights Watch")):
        got = _types(text)
        assert (0, name, "ORG") in got, got


def test_an_organisation_opened_by_its_own_cue_word_takes_nothing_before_it():
    # "Bendahari" is no dictionary word, but "PT ... Group" is whole: nothing is added on the left
    got = _types("Bendahari PT Sinar Rejeki Group Maryati mengaku menyetor dana itu ke rekening pribadi.")
    assert not any(t.startswith("Bendahari") for _s, t, _ty in got), got
