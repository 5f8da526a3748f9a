"""Dossier entity rules from the QA review of real dossiers (types of companies, initials, places,
names glued to organisations, ordinals).

Every sentence here is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from kliping.extract.entities import Span, extract_mentions, tag_words
from kliping.extract.entities.lone_words import _common_words
from kliping.extract.entities.sentence import _Sentence
from kliping.model import Document
from tests.test_entities import _doc


def _types(doc: Document) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in extract_mentions(doc):
        out.setdefault(m.text, set()).add(m.type)
    return out


def _titles(doc: Document) -> dict[str, str | None]:
    return {m.text: m.title for m in extract_mentions(doc) if m.type == "PERSON"}


# ---- company and agency words end an organisation, never a person


def test_company_suffix_words_make_an_organisation_not_a_person():
    got = _types(_doc("Menurut Mizuho Securities, permintaan minyak mentah melemah pekan ini.",
                      "Andrew Lipow dari Lipow Oil Associates menilai pasokan masih cukup.",
                      "Analis Commerzbank memperkirakan harga minyak akan turun."))
    assert got["Mizuho Securities"] == {"ORG"}
    assert got["Lipow Oil Associates"] == {"ORG"}
    assert got["Commerzbank"] == {"ORG"}
    assert got["Andrew Lipow"] == {"PERSON"}


def test_person_named_after_a_company_word_keeps_the_person():
    """The speaker after the company inside one span is split off, not turned into an ORG."""
    got = _types(_doc("Harga bisa turun lagi, kata analis Sinar Harapan Securities Wang Lei kepada wartawan."))
    assert got.get("Sinar Harapan Securities") == {"ORG"}
    assert got.get("Wang Lei") == {"PERSON"}


def test_bank_compound_needs_the_glued_word_not_a_surname():
    """``Commerzbank``-style words are banks; an ordinary name is untouched by the rule."""
    got = _types(_doc("Budi Bangun mengatakan ekonomi desa tumbuh pesat tahun ini."))
    assert got.get("Budi Bangun") == {"PERSON"}


# ---- initials and acronyms


def test_suspect_initials_after_crime_roles_are_people_in_the_whole_article():
    got = _types(_doc("Polisi menetapkan seorang pria berinisial TW sebagai tersangka penipuan arisan.",
                      "Menurut penyidik, TW menipu puluhan warga dengan janji keuntungan besar.",
                      "TW kini ditahan di Polres Sukamaju."))
    assert got["TW"] == {"PERSON"}


def test_bracketed_short_form_takes_the_type_of_the_name_before_it():
    got = _types(_doc("Laporan Lembaga Kajian Energi Nusantara (LKEN) menunjukkan stok minyak naik.",
                      "Menteri Koordinator Bidang Pangan Rudy Hartono Wiranata (RHW) meninjau gudang beras.",
                      "RHW mengatakan stok beras aman hingga akhir tahun."))
    assert got["LKEN"] == {"ORG"}
    assert got["RHW"] == {"PERSON"}


def test_politician_nickname_without_evidence_is_left_to_the_model():
    """Two- or three-letter nicknames (``SBY``) are how news names politicians: no evidence, no change."""
    words = ["Dewan", "akan", "mengirimkan", "surat", "kepada", "Presiden", "SBY", "pekan", "depan", "."]
    spans = tag_words(words)
    assert [(words[s.i], s.type) for s in spans if words[s.i] == "SBY"] == [("SBY", "PERSON")]


# ---- places after an office


def test_region_right_after_an_office_is_the_place_not_a_person():
    got = _types(_doc('"Berkasnya sudah lengkap," ujar Kapolres Boyolali, AKBP Danang Wicaksono, Selasa.',
                      "Warga di Boyolali diminta waspada terhadap investasi bodong."))
    assert got["Boyolali"] == {"GPE"}
    assert got["Danang Wicaksono"] == {"PERSON"}


def test_honorific_before_a_region_name_is_still_a_person():
    """``Pak Bima`` is Mr Bima, even though Bima is also a regency."""
    got = _types(_doc("Pak Bima mengatakan panen jagung tahun ini melimpah."))
    assert "GPE" not in got.get("Bima", set())


# ---- a person glued to an organisation


def test_name_the_article_quotes_is_split_from_the_organisation_before_it():
    doc = _doc("Direktur Penyuluhan dan Humas Kementerian Keuangan Sulastri menjelaskan target pajak naik.",
               '"Kami optimistis," kata Sulastri di Jakarta.')
    got = _types(doc)
    assert got["Kementerian Keuangan"] == {"ORG"}
    assert got["Sulastri"] == {"PERSON"}
    assert "Kementerian Keuangan Sulastri" not in got


def test_company_name_after_pt_is_not_split_even_if_mistyped_elsewhere():
    """``PT Tirta Makmur`` keeps its name: a cue word (``PT``) alone is no organisation."""
    got = _types(_doc("PT Tirta Makmur menaikkan harga air kemasan bulan ini.",
                      "Menurut Tirta Makmur, biaya plastik naik dua kali lipat."))
    assert "PT" not in got


def test_place_keeps_a_name_that_is_not_an_office_holder():
    """Inside a place, only a titled name is split off (``Bundaran ... Purwodadi`` stays one place)."""
    doc = _doc("Massa berkumpul di Bundaran Simpang Lima Kartasura sejak pagi.",
               '"Kami menunggu jawaban," kata Kartasura kepada wartawan.')
    got = _types(doc)
    assert "Bundaran Simpang Lima Kartasura" in got


# ---- ordinals and quarters are no products


def test_ordinals_and_quarters_are_not_products():
    got = _types(_doc("Presiden Ke-7 RI itu menghadiri pertemuan di Solo.",
                      "Pertumbuhan ekonomi pada triwulan III-2025 mencapai 5 persen.",
                      "Rusia mengerahkan rudal Iskander dan jet Su-57 ke perbatasan."))
    assert "Ke-7" not in got and "III-2025" not in got
    assert got["Su-57"] == {"PRODUCT"}


def test_a_list_of_initials_after_one_cue_is_all_people():
    got = _types(_doc("Empat tersangka yang ditahan berinisial AR, MJ, TS dan DKW.",
                      "Menurut polisi, MJ berperan sebagai perekrut."))
    assert all(got[x] == {"PERSON"} for x in ("AR", "MJ", "TS", "DKW"))


def test_offence_acronym_after_a_role_noun_is_not_made_a_person():
    """``korban KDRT`` (domestic violence) names an offence; only the model's own span could be retyped."""
    got = _types(_doc("Lembaga itu mendampingi korban KDRT di tiga kecamatan sepanjang tahun."))
    assert "PERSON" not in got.get("KDRT", set())


def test_disease_acronym_after_korban_is_not_made_a_person():
    """``korban DBD`` (dengue) names a disease: a victim word is no initials cue, so the model's
    PERSON guess is not spread over every mention of the acronym in the document."""
    got = _types(_doc("Korban DBD di Bogor bertambah.", "Penderita DBD dirawat di RSUD."))
    assert "PERSON" not in got.get("DBD", set())
    assert got.get("Bogor") == {"GPE"}


# ---- common words the article itself writes in lower case


def test_capitalised_common_word_the_article_writes_lower_case_is_no_entity():
    """The model tags the sentence-initial ``Longsor`` (landslide) a PERSON; the article writes
    ``longsor`` in lower case twice, so it is a common word, and the place stays."""
    doc = _doc("Longsor menimbun tiga rumah di Cianjur.",
               "Warga menyebut longsor terjadi dini hari.",
               "Lokasi longsor sulit dijangkau.")
    got = _types(doc)
    assert "Longsor" not in got
    assert got["Cianjur"] == {"GPE"}


def test_common_word_rule_drops_a_one_word_span_written_lower_case_elsewhere():
    """``_common_words`` on its own: ``Koperasi`` capitalised once at a sentence start and written
    ``koperasi`` twice inside sentences is no name; the model span over it is dropped."""
    sents = [_Sentence(t.split(), False) for t in ("Koperasi itu bangkrut .", "Pengurus koperasi kabur .",
                                                    "Anggota koperasi marah .")]
    spans = [[Span(0, 1, "ORG", source="model")], [], []]
    _common_words(sents, spans)
    assert spans == [[], [], []]


def test_name_that_is_also_a_word_stays_when_the_article_capitalises_it():
    """``Wahyu`` the person is written capitalised throughout; one lower-case ``wahyu`` (revelation)
    does not outweigh it."""
    doc = _doc("Wahyu Saputra mengatakan timnya siap bertanding.",
               "Menurut Wahyu, latihan berlangsung setiap pagi.",
               "Pelatih memuji Wahyu yang tampil bagus, seperti mendapat wahyu.",
               "Kami percaya pada Wahyu, ujar pelatih itu.")
    got = _types(doc)
    assert got["Wahyu Saputra"] == {"PERSON"}
    assert got["Wahyu"] == {"PERSON"}


def test_acronym_between_an_office_and_a_name_is_the_organisation():
    doc = _doc('"Produksi naik," kata Direktur Utama BKR Gilang Arya Pratama lewat siaran pers.',
               "Direktur Operasional DNR Logistics Herry Tho ditahan penyidik.",
               "Jaksa Agung ST Wirananda bertekad menindak korupsi.")
    got, titles = _types(doc), _titles(doc)
    assert titles.get("Gilang Arya Pratama") == "Direktur Utama BKR"
    assert got.get("DNR Logistics") == {"ORG"} and got.get("Herry Tho") == {"PERSON"}
    assert got.get("ST Wirananda") == {"PERSON"}  # two capitals before a name are initials


def test_a_word_of_a_person_s_full_name_stays_a_name_alone():
    doc = _doc("Menteri Pertanian Untung Wibisono meninjau panen di Grobogan.",
               "Untung mengatakan produksi naik sepuluh persen.",
               "Petani jagung masih untung meski harga pupuk naik.")
    assert _types(doc).get("Untung") == {"PERSON"}
