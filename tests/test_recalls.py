"""A recalled figure is no independent source, and a per-occasion amount is no reading of a total
(``synth.recalls``, the agreements, the source matrix's Σ and the figure charts).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

import re

import pytest

from kliping.model import FigureValue, Quantity
from kliping.render import render_html, render_markdown, to_json, validate
from kliping.render.common import Index
from kliping.render.example import example_dossier
from kliping.render.matrix import source_matrix
from kliping.synth.recalls import occasion_qualifier, recalled_party
from tests.test_synth_figures import _dossier, _ev, _found


def _q(sentence: str, words: str) -> Quantity:
    at = sentence.index(words)
    return Quantity(text=words, value=1.0, sentence=0, start=at, end=at + len(words))


@pytest.mark.parametrize(("sentence", "amount", "party"), [
    ("Pekan lalu, Kementerian Pertanian menyatakan 250 desa gagal panen akibat kemarau.", "250 desa",
     "Kementerian Pertanian"),
    ("Polisi sebelumnya menyebut 12 penumpang masih dirawat di rumah sakit.", "12 penumpang", "Polisi"),
    ("Kepala dinas itu sempat menyebut 40 rumah rusak berat.", "40 rumah", "Kepala dinas itu"),
    ("Jumlah itu jauh di atas 300 pengungsi yang diumumkan BPBD dua hari lalu.", "300 pengungsi", "BPBD"),
    ("Angka terbaru melampaui 80 sekolah yang sebelumnya disampaikan Dinas Pendidikan.", "80 sekolah",
     "Dinas Pendidikan"),
    ("Seperti dilaporkan Antara pekan lalu, 500 ton beras tertahan di pelabuhan.", "500 ton", "Antara"),
    ("Bulan lalu, menurut Badan Pusat Statistik, 1.200 pabrik tutup.", "1.200 pabrik", "Badan Pusat Statistik"),
])
def test_a_figure_stated_earlier_by_a_named_party_is_a_recall_of_that_party(sentence: str, amount: str,
                                                                            party: str) -> None:
    assert recalled_party(sentence, _q(sentence, amount)) == party


@pytest.mark.parametrize(("sentence", "amount"), [
    # an attribution with no earlier time is the report of that statement
    ("Menurut Kementerian Pertanian, 250 desa gagal panen akibat kemarau.", "250 desa"),
    ("Gubernur menuduh perusahaan itu membuang 30 ton limbah ke sungai.", "30 ton"),
    # the earlier time dates the thing counted, after the amount, not the statement
    ("BPBD menyatakan 10 rumah rusak akibat angin kencang pekan lalu.", "10 rumah"),
    # nobody named
    ("Pekan lalu, ia menyebut 15 nelayan belum kembali.", "15 nelayan"),
    ("Korban yang dilaporkan pekan lalu mencapai 40 orang.", "40 orang"),
    # last year's value is a reading of its own year
    ("Tahun lalu, BPS mencatat 5 juta ton gabah kering.", "5 juta ton"),
    # the earlier time belongs to the other party's statement
    ("Pekan lalu Kementerian menyebut 90 kasus, sedangkan rumah sakit mencatat 120 kasus.", "120 kasus"),
    # an earlier time with no stating verb
    ("Sebelumnya, petugas menemukan 3 korban di bawah reruntuhan.", "3 korban"),
])
def test_a_figure_reported_as_news_is_no_recall(sentence: str, amount: str) -> None:
    assert recalled_party(sentence, _q(sentence, amount)) is None


@pytest.mark.parametrize(("sentence", "amount", "qualifier"), [
    ("Setiap kali merapat, kapal itu menurunkan ratusan karung pupuk.", "ratusan karung", ("per kali",)),
    ("Pasukan itu menembakkan ribuan roket setiap hari selama pertempuran.", "ribuan roket", ("per hari",)),
    ("Pabrik di pinggir kota itu mengolah 500 ton tebu sehari.", "500 ton", ("per hari",)),
    ("Tiap bulan, koperasi itu menyalurkan 20 ton beras.", "20 ton", ("per bulan",)),
    ("Per hari ini, 1.000 kasus tercatat di provinsi itu.", "1.000 kasus", ()),
    ("Gudang itu menampung 900 karung pupuk, kata petugas setiap pagi.", "900 karung", ()),
    ("Sebanyak 700 karung pupuk tiba di gudang pada Senin.", "700 karung", ()),
])
def test_a_per_occasion_amount_gets_a_series_of_its_own(sentence: str, amount: str,
                                                        qualifier: tuple[str, ...]) -> None:
    assert occasion_qualifier(sentence, _q(sentence, amount)) == qualifier


_FIRST = ("Kementerian Pertanian mengumumkan 250 desa gagal panen akibat kemarau panjang di Jawa Tengah, "
          "Senin (6/10/2025).")
_SAME_DAY = ("Sebanyak 250 desa di Jawa Tengah gagal panen karena kemarau panjang, kata Kementerian Pertanian "
             "pada Senin (6/10/2025).")
_RECALL = ("Pekan lalu, Kementerian Pertanian menyatakan 250 desa di Jawa Tengah gagal panen akibat kemarau "
           "panjang.")
_LATER = "Kini petani di sejumlah kabupaten mulai menanam palawija sambil menunggu hujan turun."


def _drought(*which: str) -> object:
    arts = {
        "first": _ev("p1", _FIRST + " Petani mengeluhkan sawah yang retak dan sumur yang mengering.", "2025-10-06",
                     "Warta Contoh"),
        "same": _ev("p2", _SAME_DAY + " Petani mengeluhkan sawah yang retak dan sumur yang mengering.",
                    "2025-10-06", "Kabar Lain"),
        "recall": _ev("p3", _LATER + " " + _RECALL, "2025-10-14", "Harian Uji"),
    }
    return _dossier(*(arts[w] for w in which))


def _agreement_items(d: object) -> list[set[str]]:
    return [{a for a, _s in items} for items in _found(d, "agreement")]  # type: ignore[arg-type]


def test_a_recall_is_no_second_source_agreeing() -> None:
    """One outlet's report and a later outlet's recall of the ministry's statement: one report, no agreement."""
    d = _drought("first", "recall")
    values = [v for sl in d.storylines for f in sl.figures for v in f.values if v.article == "p3"]  # type: ignore[attr-defined]
    assert [v.recall for v in values] == ["Kementerian Pertanian"]
    assert not any({"p1", "p3"} <= arts for arts in _agreement_items(d))


def test_two_outlets_reporting_a_statement_agree_without_the_recall() -> None:
    d = _drought("first", "same", "recall")
    agreed = [arts for arts in _agreement_items(d) if "p1" in arts]
    assert agreed and all("p3" not in arts for arts in agreed)
    assert {"p1", "p2"} <= agreed[0]
    # the source matrix: the recall is marked, and Σ counts the two first-hand reports
    sl = next(sl for sl in d.storylines if {"p1", "p3"} <= {v.article for f in sl.figures for v in f.values})  # type: ignore[attr-defined]
    m = source_matrix(Index(d), sl)  # type: ignore[arg-type]
    row = next(r for r in m.rows if r.group == "figure" and any(x.recall for refs in r.cells.values() for x in refs))
    assert row.independent == 2
    assert [x.symbol for refs in row.cells.values() for x in refs if x.article == "p3"] == ["↺"]
    assert "↺" in render_markdown(d)  # type: ignore[arg-type]


def test_a_row_only_recalled_counts_the_parties_recalled() -> None:
    d = example_dossier()
    fig = d.storylines[0].figures[0]
    fig.values = [FigureValue(1200.0, None, "a1", 0, text="1.200 rumah", recall="BPBD"),
                  FigureValue(1200.0, None, "a2", 0, text="1.200 rumah", recall="BPBD")]
    m = source_matrix(Index(d), d.storylines[0])
    row = next(r for r in m.rows if r.group == "figure")
    assert row.sources == 2 and row.independent == 1


def test_a_recalled_value_is_in_the_table_and_the_json_but_not_drawn_as_its_outlet_reading() -> None:
    d = example_dossier()
    fig = d.storylines[0].figures[0]
    fig.values = [FigureValue(1200.0, "2024-03-05", "a1", 0, text="1.200 rumah"),
                  FigureValue(1450.0, "2024-03-06", "a2", 0, text="1.450 rumah"),
                  FigureValue(900.0, "2024-03-07", "a2", 1, text="900 rumah", recall="Dinas Sosial")]
    page = render_html(d)
    section = page[page.index(f"<h4>{fig.about}"):]
    section = section[:section.index("</table>")]
    svg = re.search(r"<svg.*?</svg>", section, re.S).group(0)  # type: ignore[union-attr]
    assert svg.count("<circle") == 2 and "900" not in svg
    assert "mengulang Dinas Sosial" in section
    data = to_json(d)
    assert [v.get("recall") for v in data["storylines"][0]["figures"][0]["values"]] == [None, None, "Dinas Sosial"]
    validate(data)  # raises on a shape the schema does not allow


def test_an_occasion_inside_the_clause_times_the_verb_not_the_amount() -> None:
    """``diberikan setiap bulan kepada 20 juta keluarga``: the families are a count of their own, not a monthly one."""
    sentence = "Bantuan pangan itu diberikan setiap bulan kepada 18 juta keluarga penerima di seluruh provinsi."
    assert occasion_qualifier(sentence, _q(sentence, "18 juta keluarga")) == ()


def test_an_outlet_recalling_its_own_earlier_report_is_a_recall() -> None:
    for sentence in ("Diberitakan sebelumnya, pemerintah kota memangkas anggaran taman sebesar Rp 40 miliar.",
                     "Seperti diberitakan sebelumnya, pemerintah kota memangkas anggaran taman sebesar Rp 40 miliar."):
        assert recalled_party(sentence, _q(sentence, "Rp 40 miliar")) == "berita sebelumnya"
    # ``diberitakan`` with no earlier time opening the sentence is a report
    sentence = "Pemerintah kota memangkas anggaran taman sebesar Rp 40 miliar, seperti diberitakan media lokal."
    assert recalled_party(sentence, _q(sentence, "Rp 40 miliar")) is None


def test_a_long_title_and_name_before_the_verb_is_one_party() -> None:
    sentence = ("Sebelumnya, Kepala Bidang Humas Polda Sulawesi Utara Kombes Budi Santoso menjelaskan bahwa "
                "tujuh orang telah diamankan.")
    assert recalled_party(sentence, _q(sentence, "tujuh orang")) == (
        "Kepala Bidang Humas Polda Sulawesi Utara Kombes Budi Santoso")


def test_a_party_described_by_a_relative_clause_is_named_whole() -> None:
    sentence = "Sebelumnya, para ekonom yang disurvei Reuters memperkirakan inflasi 2,5 persen."
    assert recalled_party(sentence, _q(sentence, "2,5 persen")) == "para ekonom yang disurvei Reuters"
