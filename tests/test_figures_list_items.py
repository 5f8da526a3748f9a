"""A figures table holds the values of one measured thing: the items of a list and the parts of a whole are not
values of one figure (qf26, ``synth.figures.items``).

* A list line's label names the item its money amounts are of (``2. Inspektorat (Itma): total anggaran Rp ...`` is
  ``anggaran (Itma)``), its abbreviation in brackets when it gives one; a label that names only a time (``- Tahun
  2023: ...``) leaves the lines one series.
* In a sentence listing money amounts each right after its name (``terdiri dari Lembaga A (LA) Rp X, Pusat B Rp Y``)
  each amount is its name's.
* A price in brackets after a stock's code (``ABCD (Rp 1.250)``, or ``ABCD (+4,1%) Rp 1.300``) in a sentence on
  shares is that stock's price: ``harga saham (ABCD)``.
* The unnamed parts after ``yaitu`` of a whole stated before them (``pagu Rp A, yaitu Rp B ditambah Rp C``) are no
  value of any series: the whole is.
* A list line's total beside another of its amounts (``..., Rp300 ribu, total Rp360 miliar``) is its ``total``.

Invented reports.
"""

from __future__ import annotations

from kliping.extract import extract
from kliping.model import Quantity
from kliping.synth.figures.items import line_label, named_before, unnamed_parts
from tests.test_figures_qa import _amount, _series
from tests.test_link_helpers import make_doc


def _money(text: str) -> list[Quantity]:
    """The money amounts of one invented sentence, in order."""
    ev = extract(make_doc("q2", text, published="2025-03-03", source="Warta Contoh"))
    return [q for q in ev.quantities if q.unit == "IDR"]


def _values(series: dict[str, list[float]]) -> list[float]:
    return [v for vs in series.values() for v in vs]


def test_a_list_line_label_names_the_item_of_its_amount() -> None:
    series = _series("Berikut anggaran tiap unit kementerian itu untuk tahun depan:\n\n"
                     "1. Sekretariat Utama (Settama): total anggaran Rp 2 triliun\n\n"
                     "2. Inspektorat (Itma): total anggaran Rp 40 miliar\n\n"
                     "3. Direktorat Pelayanan Publik: total anggaran Rp 90 miliar")
    assert series.get("anggaran (Settama)") == [2e12]
    assert series.get("anggaran (Itma)") == [4e10]
    assert series.get("anggaran (Direktorat Pelayanan Publik)") == [9e10]
    assert "anggaran" not in series


def test_a_label_of_a_time_only_keeps_the_lines_one_series() -> None:
    assert line_label("- Tahun 2023: dana hibah Rp 7 miliar") is None
    assert line_label("- Semester II 2024: dana hibah Rp 7 miliar") is None
    assert line_label("-Program Beras Contoh Juni-Juli 2025: Rp 7 miliar") == "Program Beras Contoh Juni-Juli 2025"
    assert line_label("Ia berkata: dana itu Rp 7 miliar.") is None  # no list line
    assert line_label("- Dana hibah senilai Rp 7 miliar") is None  # no label


def test_amounts_each_after_its_name_are_the_items_of_a_breakdown() -> None:
    series = _series("Total anggaran tiga lembaga itu dialokasikan sebesar Rp 4 triliun pada tahun depan. "
                     "Jumlah tersebut terdiri dari Lembaga Contoh Pendidikan (LCP) Rp 3,8 triliun, Pusat Investasi "
                     "Daerah (PID) Rp 150 miliar, serta Badan Layanan Contoh (BLC) Rp 50 miliar.")
    assert series.get("anggaran (LCP)") == [3.8e12]
    assert series.get("anggaran (PID)") == [1.5e11]
    assert series.get("anggaran (BLC)") == [5e10]


def test_a_word_of_an_amount_may_stand_between_a_name_and_its_amount() -> None:
    series = _series("Dari jumlah itu, pajak hotel (PHT) sebesar Rp 70 miliar, pajak restoran (PRS) sebesar Rp 40 miliar, "
                     "lalu pajak hiburan (PHB) Rp 5 miliar.")
    assert series == {"pajak (PHT)": [7e10], "pajak (PRS)": [4e10], "pajak (PHB)": [5e9]}
    series = _series("Hakim menyebut aliran dana ke mantan kepala dinas Budi Santoso sebesar Rp 2 miliar, mantan "
                     "sekretaris dinas Andi Wijaya sebesar Rp 1 miliar.")
    assert series == {"dana (Budi Santoso)": [2e9], "dana (Andi Wijaya)": [1e9]}
    # one named amount in its sentence is no list: it stays the fund's, to meet the same fund told elsewhere
    assert _series("Hakim menyebut aliran dana ke Budi Santoso sebesar Rp 2 miliar.") == {"dana": [2e9]}


def test_one_name_before_one_amount_or_a_month_names_no_item() -> None:
    text = "Pemerintah menyuntik PT Contoh Sejahtera Rp 5 triliun tahun ini."
    assert named_before(text, [_amount(text, "5 triliun")]) == {}
    text = "Penjualan toko itu pada Januari Rp 5 juta, lalu Februari Rp 6 juta."
    assert named_before(text, [_amount(text, "5 juta"), _amount(text, "6 juta")]) == {}


def test_a_bracketed_price_after_a_stock_code_is_that_stock_s_price() -> None:
    series = _series("Saham-saham yang paling melemah pada perdagangan hari ini adalah ABCD (Rp 1.250), "
                     "EFGH (Rp 3.400) dan IJKL (Rp 760).")
    assert series.get("harga saham (ABCD)") == [1250]
    assert series.get("harga saham (EFGH)") == [3400]
    assert series.get("harga saham (IJKL)") == [760]
    series = _series("Saham pendorong indeks hari ini antara lain ABCD (+4,1%) Rp 1.300 dan EFGH (+2,5%) Rp 3.500.")
    assert series.get("harga saham (ABCD)") == [1300] and series.get("harga saham (EFGH)") == [3500]


def test_the_unnamed_parts_of_a_whole_are_no_values_of_the_table() -> None:
    series = _series("Kementerian itu mengusulkan pagu tahun depan sebesar Rp 50 triliun, yaitu Rp 44 triliun "
                     "ditambah Rp 6 triliun.")
    assert 5e13 in _values(series)
    assert 4.4e13 not in _values(series) and 6e12 not in _values(series)


def test_one_amount_after_yaitu_or_a_named_part_is_no_unnamed_part() -> None:
    text = "Pagu lembaga itu Rp 50 triliun, yaitu sebesar Rp 50,2 triliun."
    assert unnamed_parts(text, _money(text)) == set()
    text = "Pagu lembaga itu Rp 50 triliun, yaitu Rp 44 triliun, Rp 4 triliun dan Rp 2 triliun."
    assert len(unnamed_parts(text, _money(text))) == 3
    text = "Pagu lembaga itu Rp 50 triliun, dan tahun lalu Rp 44 triliun serta Rp 4 triliun."
    assert unnamed_parts(text, _money(text)) == set()


def test_a_list_line_s_total_beside_another_amount_is_its_total() -> None:
    series = _series("Berikut capaian program bantuan itu sepanjang tahun ini:\n\n"
                     "-Program Contoh A: 1.200.000 KPM, Rp300 ribu, total Rp360 miliar\n\n"
                     "-Program Contoh B: 800.000 KPM, Rp500 ribu, total Rp400 miliar")
    assert series.get("total (Program Contoh A)") == [3.6e11]
    assert series.get("total (Program Contoh B)") == [4e11]
    assert series.get("IDR (Program Contoh A)") == [3e5]


def test_a_stock_named_before_its_price_in_the_clause_is_that_stock_s() -> None:
    """``saham ABCD ditutup Rp 9.450, sementara saham EFGH melemah ke Rp 4.120``: two stocks, two tables (they were one
    ``IDR`` table); a change in brackets after the price is a percentage of its own and names nothing."""
    series = _series("Saham ABCD ditutup di level Rp 9.450 (naik 1,2%), sementara saham EFGH melemah ke Rp 4.120.")
    assert series == {"harga saham (ABCD)": [9450], "harga saham (EFGH)": [4120]}
    assert _series("Harga saham PT Contoh Makmur Tbk (CNTH) naik menjadi Rp 1.234 (naik 2%) pada sesi pertama.") == {
        "harga saham (CNTH)": [1234]}
    assert _series("Saham ABCD naik 2,5% ke Rp 9.450 per saham.") == {"per saham (ABCD)": [9450]}


def test_a_four_capital_word_without_shares_names_no_stock() -> None:
    series = _series("Dana ABCD Rp 4 miliar dan dana EFGH Rp 3 miliar sudah cair.")
    assert not any(k.startswith("harga saham") for k in series)


def test_the_words_after_each_writing_of_one_money_noun_tell_its_items_apart() -> None:
    series = _series("Beban bunga utang domestik mencapai Rp 500 triliun, adapun beban bunga utang luar negeri mencapai "
                     "Rp 60 triliun.")
    assert series == {"bunga utang (domestik)": [5e14], "bunga utang (luar negeri)": [6e13]}
    series = _series("Realisasi penerimaan pajak pusat atas kegiatan bersama itu mencapai Rp 20 miliar dan realisasi "
                     "penerimaan pajak daerah mencapai Rp 170 miliar.")
    assert series == {"penerimaan (pusat)": [2e10], "penerimaan (daerah)": [1.7e11]}


def test_a_whole_broken_down_after_it_stays_the_noun_s_value() -> None:
    series = _series("Setoran negara sebesar 30 miliar dollar AS itu terdiri dari setoran minyak sebesar 18 miliar "
                     "dollar AS dan setoran gas sebesar 12 miliar dollar AS.")
    assert series == {"setoran": [3e10], "setoran (minyak)": [1.8e10], "setoran (gas)": [1.2e10]}


def test_words_of_a_time_after_the_noun_keep_one_series() -> None:
    series = _series("Anggaran tahun ini Rp 5 triliun, sedangkan anggaran tahun lalu Rp 4 triliun.")
    assert list(series) == ["anggaran"]


def test_list_lines_with_no_colon_are_items_by_the_words_they_open_on() -> None:
    """``1. Kota Contoh dari Rp A menjadi Rp B`` then ``2. Kabupaten Sejahtera dari ...``: each town's funds, not
    values of one fund (qf31, ``items.line_item``)."""
    series = _series("Berikut rincian pemotongan dana transfer untuk tiga daerah di provinsi itu:\n\n"
                     "1. Kota Contoh dari Rp 900 miliar menjadi Rp 700 miliar.\n\n"
                     "2. Kabupaten Sejahtera dari Rp 1,3 triliun menjadi Rp 1,1 triliun.\n\n"
                     "3. Kabupaten Damai Raya dari Rp 600 miliar menjadi Rp 450 miliar.")
    assert series.get("dana (Kota Contoh)") == [7e11]
    assert series.get("dana (Kabupaten Sejahtera)") == [1.1e12]
    assert series.get("dana (Kabupaten Damai Raya)") == [4.5e11]
    assert "dana" not in series


def test_seized_goods_listed_line_by_line_are_items_and_their_total_is_not() -> None:
    series = _series("Penyidik merinci barang yang disita dari rumah tersangka, yaitu:\n\n"
                     "1. Mobil mewah tiga unit senilai Rp 4 miliar\n\n"
                     "2. Emas batangan 500 gram, senilai Rp 900 juta\n\n"
                     "3. Tanah kavling sebanyak 12 sertifikat senilai Rp 6 miliar\n\n"
                     "Total aset yang disita penyidik senilai Rp 10,9 miliar.")
    assert series.get("sitaan (Mobil mewah)") == [4e9]  # (``tiga unit``: a count, no word of the name)
    assert series.get("sitaan (Emas batangan)") == [9e8]
    assert series.get("sitaan (Tanah kavling)") == [6e9]
    assert 1.09e10 in series.get("sitaan", [])


def test_list_lines_that_all_open_on_one_word_name_no_item() -> None:
    """``1. Koin Rp 1.000 ...``, ``2. Koin Rp 500 ...``: the word they share is no item of each line."""
    from kliping.synth.figures.items import line_item
    lines = ["Uang logam yang ditarik bank sentral:", "1. Koin Rp 1.000 cetakan 1993", "2. Koin Rp 500 cetakan 1991"]
    assert line_item(lines, 1) is None and line_item(lines, 2) is None
    assert line_item(["Rincian:", "1. Kota Contoh dari Rp 5 miliar", "2. Desa Damai dari Rp 1 miliar"], 2) == "Desa Damai"
    assert line_item(["Rincian:", "- Total Rp 6 miliar", "- Kota Contoh Rp 5 miliar"], 1) is None
