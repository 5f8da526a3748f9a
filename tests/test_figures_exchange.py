"""An exchange rate in the figures table (``figures.exchange.exchange_rate``): a rupiah amount its clause reads as the
rupiah's rate (``kurs``, ``nilai tukar``, a currency at a level or after a market's move, ``Rp X per dolar AS``) is
tabled as ``kurs rupiah``, with the other currency of the pair when stated, not under the bare unit ``IDR``. Prices per
unit, budgets and sums converted at a rate keep their own series.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import Dossier
from tests.test_synth_figures import _dossier, _ev


def _holding(d: Dossier, value: float, unit: str = "IDR") -> list[str]:
    return [f.about for line in d.storylines for f in line.figures if f.unit == unit
            for v in f.values if v.value == value]


def test_a_rupiah_close_is_tabled_as_the_rupiah_rate_per_dollar() -> None:
    """``dolar AS bertahan di level Rp 16.390``: the dollar's price in rupiah, the rupiah's rate against it, named
    ``kurs rupiah (per dolar AS)``; a rate written ``Rp 16.420 per dolar AS`` joins the same series."""
    d = _dossier(_ev("x1", "Rupiah kembali tertekan pada perdagangan Selasa (4/11/2025). Menjelang sore, dolar AS "
                     "bertahan di level Rp 16.390 menurut data pasar. Nilai tukar rupiah akhirnya ditutup melemah "
                     "ke Rp 16.420 per dolar AS.", "2025-11-04", "Warta Contoh"))
    assert _holding(d, 16390) == ["kurs rupiah (per dolar AS)"]
    assert _holding(d, 16420) == ["kurs rupiah (per dolar AS)"]


def test_the_daily_rates_of_two_reports_are_one_series() -> None:
    """Two days' closes, each written its own way (``kurs rupiah ... di level``, ``mata uang Paman Sam ... tembus``),
    are values of one table, not two ``IDR`` tables a reader cannot tell from other rupiah amounts."""
    d = _dossier(
        _ev("x2", "Kurs rupiah terhadap dolar AS melemah pada perdagangan Senin (3/11/2025). Kurs rupiah ditutup "
            "di level Rp 16.410 sore ini, turun 25 poin dari hari sebelumnya.", "2025-11-03", "Warta Contoh"),
        _ev("x3", "Kurs rupiah terhadap dolar AS kembali melemah pada perdagangan Rabu (5/11/2025). Mata uang "
            "Paman Sam tembus level Rp 16.455 pada penutupan sore ini.", "2025-11-05", "Warta Contoh"),
    )
    tables = [(f.about, sorted(v.value for v in f.values)) for line in d.storylines for f in line.figures
              if f.unit == "IDR"]
    assert ("kurs rupiah (per dolar AS)", [16410, 16455]) in tables


def test_the_pair_comes_from_the_lede_when_the_sentence_names_none() -> None:
    """``rupiah ditutup di level Rp 16.355`` names no other currency; the first sentence of the report does
    (``terhadap dolar AS``)."""
    d = _dossier(_ev("x4", "Rupiah menguat terhadap dolar AS pada perdagangan Kamis (6/11/2025). Setelah bergerak "
                     "naik turun sepanjang hari, rupiah ditutup di level Rp 16.355.", "2025-11-06", "Warta Contoh"))
    assert _holding(d, 16355) == ["kurs rupiah (per dolar AS)"]


def test_a_rate_whose_pair_is_never_named_is_the_rupiah_rate_alone() -> None:
    """Near variant: no other currency anywhere in the report: ``kurs rupiah``, with no guessed pair."""
    d = _dossier(_ev("x5", "Pelaku pasar di Jakarta mencermati pergerakan kurs sepanjang pekan ini. Kurs rupiah "
                     "ditutup di Rp 16.380 pada sore hari.", "2025-11-07", "Warta Contoh"))
    assert _holding(d, 16380) == ["kurs rupiah"]


def test_a_price_per_kilogram_beside_a_rate_stays_a_price() -> None:
    """``Rp 62.000 per kg`` of chillies in a report that also gives the rupiah's rate is a price of goods, tabled
    under ``per kg``, not a rate."""
    d = _dossier(_ev("x6", "Pedagang di Pasar Kramat mengeluhkan melemahnya rupiah terhadap dolar AS. Kurs rupiah "
                     "ditutup di level Rp 16.440 pada Jumat sore. Harga cabai rawit di pasar itu naik menjadi "
                     "Rp 62.000 per kg.", "2025-11-07", "Warta Contoh"))
    assert _holding(d, 16440) == ["kurs rupiah (per dolar AS)"]
    assert all(about.startswith("per kg") for about in _holding(d, 62000))


def test_a_budget_and_a_converted_sum_are_no_rates() -> None:
    """``anggaran ... Rp 2,5 triliun`` is a budget, and a sum ``dirupiahkan dengan kurs saat itu senilai Rp 32
    miliar`` is a price converted at a rate: neither is tabled as ``kurs rupiah``, though both clauses name the
    rupiah's rate or a currency."""
    d = _dossier(_ev("x7", "Pemerintah kota menyiapkan anggaran perbaikan jalan sebesar Rp 2,5 triliun tahun depan "
                     "meski rupiah melemah. Mesin pengaspal itu dibeli seharga 2 juta dolar AS atau jika dirupiahkan "
                     "dengan kurs saat itu senilai Rp 32 miliar.", "2025-11-05", "Warta Contoh"))
    assert not any(about.startswith("kurs") for about in _holding(d, 2.5e12) + _holding(d, 32e9))
