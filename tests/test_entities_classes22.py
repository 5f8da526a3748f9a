"""Organisation and place error classes of the dev draw (docs/ner.md, "Twenty-second round, third
batch"): a concept term's spelt-out name, a body's branch read as a place, a name cut on the left
before its short form.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.extract.entities.acronyms import _bracket_short_forms, _org_short_form
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span
from kliping.extract.ner_features import tokenize_ner
from tests.quote_helpers import doc


def _words(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize_ner(text)]


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


def test_a_short_form_read_as_a_place_after_its_organisation_is_the_organisation():
    sents = [_Sentence(_words(t), False) for t in ("Kontrak dipegang PT Nusa Jalan Tol Sistem (NJTS) sejak tahun lalu.",
                                                   "Masalah internal di NJTS menunda uji coba.")]
    spans = [[Span(2, 7, "ORG"), Span(8, 9, "LOC")], [Span(3, 4, "LOC")]]
    _bracket_short_forms(sents, spans)
    assert [s.type for sp in spans for s in sp] == ["ORG", "ORG", "ORG"]
    # a province's short form after its office's name stays the province
    assert not _org_short_form("Jatim", "Kejati Jawa Timur")
    assert _org_short_form("NJTS", "PT Nusa Jalan Tol Sistem")
    assert not _org_short_form("Kualanamu", "Otoritas Bandar Udara Wilayah II Medan")
