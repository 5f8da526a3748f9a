"""Programmes, schemes and concepts typed a body or a place (docs/ner.md, "Programmes as linker keys"):
typed ``PROGRAMME`` by the extract stage, kept by the linker as an article key, never a dossier entity.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import PROGRAMME
from tests.test_aliases_qa8 import _evidence
from tests.test_entities_classes22 import _types


def test_a_slogan_written_on_a_place_is_a_programme():
    got = _types("Bupati itu berjanji program Sleman Sehat tetap berjalan meski anggaran dipangkas.")
    assert got.get("Sleman Sehat") == PROGRAMME
    got = _types("Dana untuk Sleman Sehat tahun ini mencapai Rp20 miliar, kata Bupati.")
    assert got.get("Sleman Sehat") == PROGRAMME


def test_an_unknown_name_after_a_scheme_noun_is_a_programme_with_all_its_uses():
    got = _types("Kementerian Sosial menyebut program BLTS akan menjangkau jutaan keluarga. "
                 "Penyaluran BLTS dimulai pekan depan di semua provinsi.")
    assert got.get("BLTS") == PROGRAMME
    got = _types("Warga yang menunggak iuran bisa ikut program REHAB BPJS dan mencicil tunggakannya.")
    assert got.get("REHAB BPJS") == PROGRAMME


def test_the_body_whose_programme_it_is_stays_a_body():
    got = _types("Dana desa terpakai untuk program Pemkab Sleman tahun ini.")
    assert got.get("Pemkab Sleman") == "ORG"
    got = _types("Ojek daring kini boleh ikut program BPJS Ketenagakerjaan, ujar Direktur BPJS Ketenagakerjaan.")
    assert got.get("BPJS Ketenagakerjaan") == "ORG"
    got = _types("Misi Badan Antariksa Eropa itu, kata dia, tetap eksplorasi. Mereka menyebut ESA sebagai misi ESA.")
    assert got.get("ESA") != PROGRAMME


def test_a_short_form_spelt_out_in_lower_case_that_no_list_knows_is_a_programme():
    got = _types("Pengelola dapur wajib mematuhi standard operating procedure (SOP). Dapur yang melanggar SOP "
                 "akan ditutup oleh BGN.")
    assert got.get("SOP") == PROGRAMME
    # a body spelt out in lower case keeps its type
    got = _types("Dana itu dikelola badan usaha milik desa (BUMDes) setempat.")
    assert got.get("BUMDes") != PROGRAMME


def test_a_known_programme_name_is_a_programme_whatever_the_tagger_typed():
    got = _types("Menurut Dadan, MBG sudah menjangkau jutaan siswa di Jawa Barat.")
    assert got.get("MBG") == PROGRAMME
    # a longer name holding it is the body
    got = _types("Satgas MBG memeriksa dapur umum di kecamatan itu.")
    assert got.get("Satgas MBG") == "ORG"


def test_the_linker_keys_articles_by_a_programme_but_makes_no_entity_of_it():
    from kliping.link import link
    from kliping.link.aliases import collect_mentions

    one = _evidence("p1", ["Pemerintah memperluas program Sleman Sehat ke semua desa.",
                           "Bupati Sleman Kustini meresmikan perluasan itu."],
                    [(0, "Sleman Sehat", PROGRAMME, None), (1, "Kustini", "PERSON", "Bupati Sleman")])
    two = _evidence("p2", ["Anggaran Sleman Sehat dipangkas separuh tahun depan."],
                    [(0, "Sleman Sehat", PROGRAMME, None)])
    mentions = collect_mentions([one, two], [0, 1])
    assert mentions.article_names(0) & mentions.article_names(1)  # the shared key of the two reports
    story = link([one, two])
    assert [e.name for e in story.entities] == ["Kustini"]
    assert [m.text for a in story.articles for m in a.mentions] == ["Kustini"]


def test_a_body_typed_so_by_most_of_its_uses_stays_a_body():
    from kliping.link import link

    ev = _evidence("p3", ["Program Kemensos itu diawasi ketat.", "Kemensos menyalurkan bantuan.",
                          "Menurut Kemensos, data penerima sudah diperbarui."],
                   [(0, "Kemensos", PROGRAMME, None), (1, "Kemensos", "ORG", None), (2, "Kemensos", "ORG", None)])
    story = link([ev])
    assert [e.type for e in story.entities] == ["ORG"]
    assert [m.type for m in story.articles[0].mentions] == ["ORG", "ORG", "ORG"]


def test_a_name_given_as_a_term_or_a_plan_is_a_programme():
    got = _types("Warga menyebut program itu dengan istilah BPJS Kucing, kata Kepala Dinas.")
    assert got.get("BPJS Kucing") == PROGRAMME
    got = _types("Pemerintah mengkaji wacana Rumah Ramah Lansia di tiap desa.")
    assert got.get("Rumah Ramah Lansia") == PROGRAMME
    # a known body after it stays the body
    assert _types("Menurut wacana DPR, revisi itu dibahas tahun depan.").get("DPR") == "ORG"
