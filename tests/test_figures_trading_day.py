"""A market report's later prices are dated by the trading day its lede names (``synth.figures.dates.lede_day``):
also when the lede tells the move without a word of trading (``Harga minyak turun pada Selasa``), when it
restates that moment in another time zone (``waktu setempat (Rabu pagi WIB)``), and when the price is the level
a move ended at (``merosot 2,10 dollar AS menjadi 61,40 dollar AS``) rather than a close (``ditutup pada``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_figures_qa5 import _as_of


def test_a_level_a_move_ended_at_is_dated_by_the_lede_day_told_in_two_zones() -> None:
    got = _as_of("Harga minyak mentah dunia turun tajam pada Senin (8/12/2025) waktu setempat (Selasa pagi WIB) "
                 "karena persediaan di gudang Amerika Serikat melimpah. "
                 "Minyak mentah WTI untuk pengiriman Januari merosot 2,10 dollar AS menjadi 61,40 dollar AS per barel "
                 "di bursa New York. "
                 "Minyak Brent untuk pengiriman Februari turun 1,50 dollar AS menjadi 65,20 dollar AS per barel.",
                 "2025-12-09")
    assert got[61.4] == "2025-12-08" and got[65.2] == "2025-12-08"


def test_a_lede_with_no_price_move_dates_no_later_price() -> None:
    """A lede on a meeting (no price that moved, no word of trading) is no market's day: a level a move ended at
    later in the report keeps no date of its own."""
    got = _as_of("Menteri energi bertemu para produsen minyak pada Senin (8/12/2025) di Jakarta. "
                 "Harga solar nonsubsidi sebelumnya turun Rp 300 menjadi Rp 13.200 per liter.", "2025-12-09")
    assert got[13200.0] is None


def test_a_price_after_a_move_that_did_not_end_there_is_no_market_level() -> None:
    """``menjadi`` far from any movement verb (``diharapkan menjadi``) is no level a move ended at."""
    got = _as_of("Harga kedelai impor naik pada perdagangan Senin (8/12/2025) di bursa Chicago. "
                 "Pemerintah menetapkan acuan yang diharapkan menjadi Rp 11.000 per kilogram bagi perajin tahu.",
                 "2025-12-09")
    assert got[11000.0] is None


def test_the_points_and_options_an_article_enumerates_make_no_figure() -> None:
    """``dua opsi``, ``tiga alasan``, ``satu masalah besar``: the structure of the article's argument, no quantity
    of the story; the counts of the story beside them stay."""
    from tests.test_figures_qa import _series

    series = _series("Pemerintah menyiapkan dua opsi untuk subsidi pupuk tahun depan. "
                     "Menurut pengamat, ada tiga alasan utama harga pupuk naik. "
                     "Satu masalah besar tetap ada di gudang distributor. "
                     "Sebanyak 1.250 petani di Kabupaten Contoh belum menerima pupuk bersubsidi.")
    assert not {"opsi", "alasan", "masalah"} & set(series)
    assert series.get("petani") == [1250.0]


def test_an_article_repeating_its_figure_is_one_reading_citing_its_first_sentence() -> None:
    """The lede, the body and a closing recap of one report give the same revenue: one value in the table, from
    the first sentence; another article's same value is a reading of its own."""
    from kliping.extract import extract
    from kliping.link import link
    from kliping.synth import synthesize
    from tests.test_link_helpers import make_doc

    body = ("Penerimaan pajak daerah Kota Contoh mencapai Rp 412 miliar, kata kepala badan pendapatan daerah. "
            "Sektor hotel menyumbang paling banyak. "
            "Penerimaan pajak daerah Rp 412 miliar itu berasal dari sembilan jenis pajak. "
            "Sekali lagi, penerimaan pajak daerah tercatat Rp 412 miliar.")
    evs = [extract(make_doc("r1", body, published="2025-12-30", source="Warta Contoh")),
           extract(make_doc("r2", "Penerimaan pajak daerah Kota Contoh mencapai Rp 412 miliar, kata wali kota.",
                            published="2025-12-30", source="Kabar Uji"))]
    figs = [f for line in synthesize(link(evs)).storylines for f in line.figures if f.unit == "IDR"]
    vals = [(v.article, v.sentence) for f in figs for v in f.values if v.value == 412e9]
    assert sorted(vals) == [("r1", 0), ("r2", 0)]
