"""Dossier entity rules from the fifth QA read (docs/ner.md, "Fifth QA read"): a well-known company
glued before a name the model does not know, and English or foreign proper nouns typed people
where the text says they name a thing (another name of an abbreviated term, a journal's title set
off by commas, the second of two places after ``menuju``).

Every sentence is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from tests.test_entities import _doc


def _spans(*sentences: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(_doc(*sentences))}


# ---- a well-known company glued before a name


def test_company_glued_before_an_unfamiliar_name_is_split_off():
    got = _spans("Pelatihan menulis ulasan dipandu Affiliate TikTok Shop by Tokopedia Anastasia Kirana Indraswari "
                 "pada Sabtu.")
    assert got.get("Tokopedia") == "ORG"
    assert got.get("Anastasia Kirana Indraswari") == "PERSON"
    assert "Tokopedia Anastasia Kirana Indraswari" not in got
    got = _spans("Obrolan santai bersama Affiliate TikTok Shop by Tokopedia Celestine Maharani Putri mengenai "
                 "kulit sensitif.")
    assert got.get("Celestine Maharani Putri") == "PERSON"


def test_company_before_a_product_line_with_no_person_word_stays_one_organisation():
    got = _spans("Pameran itu menampilkan Toyota Kijang Innova Zenix terbaru.")
    assert not any(t == "PERSON" for t in got.values())


def test_company_unit_with_english_words_stays_one_organisation():
    got = _spans("Para penjual mengikuti pelatihan Tokopedia Seller Center Jakarta mengenai cara berjualan.")
    assert got.get("Tokopedia Seller Center Jakarta") == "ORG"
    assert not any(t == "PERSON" for t in got.values())


# ---- English or foreign proper nouns with a thing cue


def test_another_name_of_an_abbreviated_term_is_no_person():
    got = _spans("Kementerian Keuangan sebelumnya juga menawarkan obligasi berdenominasi Australian Dollar (AUD) "
                 "atau Kangaroo Bond kepada investor.")
    assert "Kangaroo Bond" not in got


def test_a_person_after_their_own_initials_and_atau_stays_a_person():
    got = _spans("Basuki Tjahaja Purnama (BTP) atau Ahok menghadiri acara itu.")
    assert got.get("Ahok") == "PERSON"


def test_a_journal_title_between_commas_is_no_person():
    got = _spans("Temuan itu dimuat dalam jurnal ilmiah yang telah melalui telaah sejawat, Heritage, pada bulan Juni.")
    assert "Heritage" not in got


def test_a_name_between_commas_after_a_person_word_stays_a_person():
    got = _spans("Artikel di jurnal itu ditulis oleh peneliti muda, Jasmine, dari Bandung.")
    assert got.get("Jasmine") == "PERSON"
    got = _spans("Gubernur menyapa warga bersama Jasmine Heritage, istrinya, di Balai Kota.")
    assert got.get("Jasmine Heritage") == "PERSON"


def test_the_second_of_two_places_after_menuju_is_no_person():
    got = _spans("Ratusan pengunjuk rasa bergerak menuju Aliso dan Alameda pada malam hari.")
    assert got.get("Alameda") in (None, "LOC", "GPE")  # dropped, or the place it is (a list of places)


def test_two_people_named_together_stay_people():
    assert _spans("Lagu itu dinyanyikan bersama Melody dan Jasmine di panggung utama.").get("Melody") == "PERSON"
    got = _spans("Massa bergerak menuju rumah dinas dan Jasmine ikut berjalan di barisan depan.")
    assert got.get("Jasmine") == "PERSON"
