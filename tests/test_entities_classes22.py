"""Organisation and place error classes of the dev draw (docs/ner.md, "Twenty-second round, third
batch"): a concept term's spelt-out name, a body's branch read as a place, a name cut on the left
before its short form.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from tests.quote_helpers import doc


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(doc(text))}


def test_the_spelt_out_name_of_a_concept_term_is_no_entity():
    got = _types("Setiap kelas kini dilengkapi penyaring High-Efficiency Particulate Air (HEPA) yang baru.")
    assert "High-Efficiency Particulate Air" not in got and "HEPA" not in got
    got = _types("Pemerintah berjanji menyerahkan Second Nationally Determined Contribution (NDC) tahun depan.")
    assert not any("Determined" in t for t in got)


def test_a_company_s_legal_form_in_brackets_leaves_the_company():
    got = _types("Kontrak itu diteken oleh PT Sinar Baja (Persero) pada awal bulan.")
    assert got.get("PT Sinar Baja") == "ORG"


def test_an_acronym_and_a_province_read_as_a_place_are_the_body_s_branch():
    got = _types("Aksi serupa digelar KAMI Jatim dan GERAM Jateng di Semarang.")
    assert got.get("GERAM Jateng") == "ORG"


def test_a_name_cut_on_the_left_before_its_short_form_takes_its_words_back():
    got = _types("Kajian itu disusun bersama Economic Research Institute for ASEAN and East Asia (ERIA) pekan lalu.")
    assert got.get("Economic Research Institute for ASEAN and East Asia") == "ORG"
    assert "Institute for ASEAN and East Asia" not in got
    got = _types("Menurut survei Accurate Research and Consulting Indonesia (ARCI), elektabilitasnya naik.")
    assert got.get("Accurate Research and Consulting Indonesia") == "ORG"


def test_a_status_or_a_book_spelt_out_before_its_short_form_is_no_organisation():
    assert _types("Sebanyak 40 Warga Negara Indonesia (WNI) dipulangkan pekan ini.").get("Indonesia") == "GPE"
    assert "Kamus Besar Bahasa Indonesia" not in _types("Menurut Kamus Besar Bahasa Indonesia (KBBI), kata itu baku.")


def test_words_before_a_company_s_legal_form_that_name_no_unit_are_no_part_of_it():
    got = _types("Direktur Operasi PT INALUM, Ivan Sutomo, menjelaskan rencana itu.")
    assert got.get("PT INALUM") == "ORG"
    assert "Operasi PT INALUM" not in got
    got = _types("Lembaga itu menilai Social Finance Framework PT Bank Rakyat Nusa (Persero) Tbk layak.")
    assert not any(t.startswith("Social Finance") for t in got)


def test_a_company_s_unit_before_its_legal_form_stays_the_unit():
    got = _types("Kepala Satuan Aviation Security PT Angkasa Udara Nusa ikut hadir.")
    assert got.get("Satuan Aviation Security PT Angkasa Udara Nusa") == "ORG"
