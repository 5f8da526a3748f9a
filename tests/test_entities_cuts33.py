"""Wrong cuts of a name the thirty-third round fixes (docs/ner.md, "Thirty-third round"): a letter's
number word after its office, a web page noun before a site, a street and its town.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_letter_number_word_leaves_the_office_that_wrote_it():
    got = _types("Penahanan itu berdasarkan surat Kepala Kejaksaan Negeri Sleman Nomor: PRINT-07/M.1/2025.")
    assert "Kejaksaan Negeri Sleman" in got
    assert not any(t.endswith("Nomor") for t in got)


def test_a_name_ending_in_nomor_with_no_number_after_keeps_it():
    got = _types("Warga menyebut lapangan itu Stadion Nomor Satu di kota mereka.")
    assert got.get("Stadion Nomor Satu") == "LOC"


def test_a_web_page_noun_is_no_part_of_the_site():
    got = _types("Laman Healthy Daily Journal menyarankan minum air putih setiap pagi.")
    assert got.get("Healthy Daily Journal") == "ORG"
    assert not any(t.startswith("Laman") for t in got)


def test_a_town_after_a_street_is_a_place_of_its_own():
    got = _types("Jembatan di Jalan Pemuda Jombang ditutup selama dua pekan.")
    assert got.get("Jalan Pemuda") == "LOC"
    assert got.get("Jombang") == "GPE"


def test_a_road_named_for_the_town_it_leads_to_keeps_it():
    got = _types("Kemacetan panjang terjadi di Jalan Raya Bogor sejak pagi.")
    assert got.get("Jalan Raya Bogor") == "LOC"


def test_a_road_between_two_towns_is_one_street():
    got = _types("Air masih menggenang di Jalan Pantura Kudus-Pati hingga sore.")
    assert got.get("Jalan Pantura Kudus-Pati") == "LOC"
