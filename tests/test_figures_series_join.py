"""One thing, one table series: an aim and a plan of one value, and a basis-point move of an interest rate, are not
split in two (``synth.figures.table.series_qualifiers``, ``synth.figures.figure_points``). Invented Indonesian reports
run through the real extractor, linker and synth."""

from __future__ import annotations

from kliping.synth.figures.table import bare_series
from tests.test_figures_qa import _series


def test_an_aim_and_a_plan_of_one_value_share_one_series() -> None:
    series = _series("Gubernur bank sentral berharap agar kurs rupiah bisa menguat ke Rp 15.900 per dolar AS. "
                     "\"Kami akan terus berupaya membawa rupiah kembali ke Rp 15.900,\" ujarnya di Jakarta.")
    # the wish (``agar``) and the plan (``akan``) hold one aim: listed once, under one name
    assert series == {"kurs rupiah (per dolar AS, target)": [15_900.0]}


def test_a_plan_alone_is_named_as_an_aim_and_a_reported_count_stays_apart() -> None:
    series = _series("Dinas pendidikan akan membagikan 12.000 tablet kepada pelajar. Tahun lalu dinas itu sudah "
                     "membagikan 4.000 tablet.")
    assert series.get("tablet (target)") == [12_000.0]
    assert series.get("tablet") == [4_000.0]


def test_basis_points_of_a_named_interest_rate_join_the_rate_series() -> None:
    series = _series("Bank sentral negeri itu menaikkan 300 basis poin suku bunga acuannya pada Selasa. Ketika bank "
                     "sentral tetangganya juga menaikkan suku bunganya 150 bps, pasar saham ikut bergejolak.")
    assert series.get("suku bunga") == [300.0, 150.0]
    assert "bp" not in series


def test_basis_points_of_a_yield_stay_out_of_the_rate_series() -> None:
    series = _series("Pemerintah menetapkan selisih imbal hasil obligasi itu 40 bps di atas acuan, sementara suku "
                     "bunga kredit tidak berubah.")
    assert series == {"bp": [40.0]}  # the rate is in another clause, and ``imbal hasil`` is no interest rate


def test_an_aim_named_by_its_currency_alone_is_split_like_a_bare_series() -> None:
    """``USD (target)`` names no measured thing: a trader's price and a revenue target must not read as one series
    (``split_bare``), while ``penerimaan (target)`` names its measure and stays one."""
    assert bare_series("USD (target)", "USD") and bare_series("orang (target)", None)
    assert not bare_series("penerimaan (target)", "USD") and not bare_series("siswa (target)", None)


def test_barrels_per_day_written_bph_share_the_per_day_series() -> None:
    series = _series("Ladang minyak baru itu ditargetkan menghasilkan 18.000 bph pada 2027. Ladang kedua ditargetkan "
                     "menghasilkan 9.500 barel per hari pada tahun yang sama.")
    assert series == {"per hari (target)": [18_000.0, 9_500.0]}


def test_the_level_a_per_day_move_reaches_is_per_day_too() -> None:
    series = _series("Produksi minyak negeri itu naik 20.000 barel per hari menjadi 4,1 juta barel pada pekan lalu. "
                     "Stok minyak di gudang pelabuhan naik 200.000 barel menjadi 31 juta barel.")
    # the stock's level follows a move of barrels, not of barrels per day: it stays a stock of barrels
    assert series == {"per hari": [4_100_000.0], "bbl": [31_000_000.0]}
