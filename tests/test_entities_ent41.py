"""Entity and alias leftovers (round 41, ent41): short forms their article spells out as a thing
(a certificate, a data set, a system, a survey, a kind of worker) are no bodies.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.model import PROGRAMME, Document
from tests.quote_helpers import doc


def _types(d: Document) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(d)}


def test_a_short_form_glossed_as_a_certificate_or_a_data_set_is_no_body():
    got = _types(doc("Banyak dapur umum belum memiliki Sertifikat Laik Dapur Sehat (SLDS). SLDS diterbitkan oleh "
                     "dinas kesehatan setempat. Kemensos meminta data diselaraskan dengan Data Tunggal Warga Rentan "
                     "Nasional (DTWRN). DTWRN akan dipakai untuk menyalurkan bantuan, kata Gus Ipul."))
    assert got.get("SLDS") == PROGRAMME and got.get("DTWRN") == PROGRAMME  # the tagger's ORG without the gloss
    assert got.get("Kemensos") == "ORG" and got.get("Gus Ipul") == "PERSON"


def test_a_short_form_glossed_as_a_kind_of_worker_is_no_body_nor_person():
    got = _types(doc("Sebanyak dua puluh Juru Ukur Tanah Desa (JUTD) dilatih di Magelang. JUTD akan membantu "
                     "warga mengurus batas lahan."))
    assert got.get("JUTD") == PROGRAMME and "PERSON" not in got.values()
    assert got.get("Magelang") == "GPE"


def test_a_gloss_that_leaves_out_its_first_word_still_spells_the_short_form():
    got = _types(doc("Pemerintah menyebut kegiatan di lereng gunung itu baru berupa Survei Awal Panas Bumi "
                     "(PSAPB), bukan pengeboran. PSAPB dimulai dengan pemetaan geologi."))
    assert got.get("PSAPB") == PROGRAMME


def test_a_body_whose_name_holds_a_thing_word_stays_a_body():
    got = _types(doc("Badan Sertifikasi Mutu Pangan (BSMP) memeriksa dapur itu kemarin. BSMP mengatakan "
                     "hasilnya keluar pekan depan. Serikat Pekerja Pelabuhan Nusantara (SPPN) menolak aturan "
                     "baru itu. SPPN akan berunjuk rasa."))
    assert got.get("BSMP") == "ORG" and got.get("SPPN") == "ORG"
    assert got.get("Badan Sertifikasi Mutu Pangan") == "ORG"


def test_the_singapore_fuel_price_benchmark_is_a_product_not_a_body():
    got = _types(doc("Pemerintah menghitung harga BBM dari MOPS dan kurs rupiah. MOPS naik menjadi 70 dollar AS "
                     "per barel pekan lalu, kata Menteri ESDM."))
    assert got.get("MOPS") == "PRODUCT" and got.get("ESDM") == "ORG"


def test_a_body_name_listing_fields_is_taken_whole_before_its_short_form():
    got = _types(doc("Pagu terbesar berikutnya adalah Badan Teknologi, Informasi, dan Intelejen Keuangan (BaTII) "
                     "sebesar Rp 1,5 triliun."))
    assert got.get("Badan Teknologi, Informasi, dan Intelejen Keuangan") == "ORG"
    assert "Badan Teknologi" not in got and "Intelejen Keuangan" not in got


def test_a_long_body_name_misspelt_by_one_letter_is_one_body_across_stories():
    """Once the name is taken whole, the one-word typo rule joins it to the body's right spelling
    in another story (``spelling._one_word_typos``: the rest of the name two words or more)."""
    from tests.test_aliases_rules import _doc, _ids, _story

    story = _story(
        _doc("a1", 1, "Menteri Keuangan meresmikan Badan Teknologi, Informasi, dan Intelijen Keuangan (BaTIIK) "
                      "di Jakarta."),
        _doc("a2", 20, "Gempa mengguncang Lombok dan merusak ratusan rumah warga.",
             "Pagu terbesar berikutnya adalah Badan Teknologi, Informasi, dan Intelejen Keuangan (BaTII) "
             "sebesar Rp 1,5 triliun."))
    assert _ids(story, "Badan Teknologi, Informasi, dan Intelijen Keuangan") \
        == _ids(story, "Badan Teknologi, Informasi, dan Intelejen Keuangan") != set()


def test_a_citys_everyday_name_and_epithet_are_its_official_name():
    from kliping.link.aliases.places import city_other_name

    assert city_other_name("Solo", "GPE") == "Kota Surakarta"
    assert city_other_name("Kota Solo", "LOC") == "Kota Surakarta"
    assert city_other_name("Kota Pahlawan", "LOC") == "Kota Surabaya"
    assert city_other_name("Solo", "PERSON") is None  # a person named Solo is no city
    assert city_other_name("Kota Surakarta", "GPE") is None and city_other_name("Bandung", "GPE") is None


def test_solo_joins_surakarta_across_stories_and_the_city_keeps_its_official_name():
    from tests.test_aliases_rules import _doc, _story

    story = _story(
        _doc("a1", 1, "Wali Kota Solo meminta pegawai bekerja dari rumah sehari dalam sepekan.",
             "Anggaran transfer ke Solo dipangkas pemerintah pusat tahun depan."),
        _doc("a2", 20, "Gempa mengguncang Lombok dan merusak ratusan rumah warga.",
             "Relawan dari Kota Surakarta, Jawa Tengah, tiba di Mataram membawa bantuan."))
    cities = [e for e in story.entities if {"Solo", "Kota Surakarta"} & set(e.aliases)]
    assert len(cities) == 1 and cities[0].name == "Kota Surakarta"
    assert {"Solo", "Kota Surakarta"} <= set(cities[0].aliases)


def test_a_body_name_listing_its_fields_is_misspelt_in_a_word_before_a_comma():
    """The comma after a field word of a body's name is no letter of the word: the typo rules read the
    word without it (``Badan Metereologi, Klimatologi, ...`` is the weather agency)."""
    from kliping.link.aliases.spelling import _one_word_typo, _org_typo

    right = "Badan Meteorologi, Klimatologi, dan Geofisika"
    assert _org_typo(right.casefold().split(), "Badan Metereologi, Klimatologi, dan Geofisika".casefold().split())
    assert _one_word_typo(right.split(), ["Badan", "Meteorologl,", "Klimatologi,", "dan", "Geofisika"])
    assert not _org_typo(right.casefold().split(), "Badan Meteorologi, Klimatologi, dan Geografi".casefold().split())


def test_a_name_variant_written_without_its_commas_is_the_kept_spelling():
    from kliping.synth.findings.name_variants import _spelling

    variants = ["Badan Meteorologi, Klimatologi, dan Geofisika", "Badan Metereologi, Klimatologi, dan Geofisika"]
    assert _spelling("Badan Meteorologi Klimatologi dan Geofisika (BMKG) memperkirakan hujan lebat.", variants) \
        == variants[0]
    assert _spelling("Menurut Badan Metereologi, Klimatologi, dan Geofisika, suhu naik.", variants) == variants[1]
    assert _spelling("BMKG memperkirakan hujan lebat.", variants) is None


def test_the_name_after_a_system_method_phrase_or_motto_noun_is_no_person():
    got = _types(doc("Melalui sistem Nine Box, karyawan dipetakan menurut kinerja dan potensinya."))
    assert "Nine Box" not in got  # the tagger's PERSON without the noun
    got = _types(doc("Dalam budaya Jawa, frasa 'Hamemayu Hayuning Bawono' berarti menjaga keindahan dunia."))
    assert "Hamemayu Hayuning Bawono" not in got and got.get("Jawa") in ("LOC", "GPE")
    got = _types(doc("Sistem itu dirancang oleh Budi Santoso, kata Direktur Utama PT Sinar Jaya Abadi."))
    assert got.get("Budi Santoso") == "PERSON"
