"""Findings fixes from the fourth QA read (findings defects): a price whose rate unit two reports spell differently
is compared, and a decline an article tells year by year (``turun menjadi ... pada 2023``, ``turun lagi pada 2024``)
is one update.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_synth_figures import _dossier, _ev, _found


def _updates(text: str) -> list[list[tuple[str, int]]]:
    return _found(_dossier(_ev("c1", text, "2025-03-02", "Warta Contoh")), "update")


def test_a_price_per_kg_and_per_kilogram_of_two_reports_is_one_update() -> None:
    a = _ev("p1", "Pemerintah menetapkan harga eceran tertinggi pupuk NPK bersubsidi sebesar Rp 2.300/kg untuk petani. "
            "Kebijakan itu berlaku di seluruh kios resmi.", "2025-01-10", "Warta Contoh")
    b = _ev("p2", "Harga eceran tertinggi pupuk NPK bersubsidi kini Rp 1.840 per kilogram bagi petani. "
            "Kios resmi wajib memasang daftar harga baru.", "2025-02-20", "Kabar Lain")
    assert [("p1", 0), ("p2", 0)] in _found(_dossier(a, b), "update")


def test_a_decline_told_year_by_year_is_one_update() -> None:
    """A value of 2020, ``Namun, produksinya merosot menjadi ... pada 2022`` and ``kembali turun di angka ... pada
    2024``: the years order the values, the change verbs say they moved, one chain of three sentences."""
    text = ("Pada 2020, Kabupaten Lembah Hijau menghasilkan teh hitam sebanyak 3.100 ton. "
            "Namun, produksinya merosot menjadi 1.950 ton pada 2022. "
            "Produksi teh kabupaten itu kembali turun di angka 1.400 ton pada 2024. "
            "Petani mengeluhkan cuaca yang tidak menentu.")
    assert _updates(text) == [[("c1", 0), ("c1", 1), ("c1", 2)]]


def test_values_of_two_years_without_a_change_verb_are_no_stated_update() -> None:
    """Two years' figures side by side, no verb of change: the article states no change."""
    text = ("Pada 2020, Kabupaten Lembah Hijau menghasilkan teh hitam sebanyak 3.100 ton. "
            "Namun, pada 2022 luas kebun teh tercatat 1.950 hektare.")
    assert _updates(text) == []


def test_a_later_year_value_of_another_figure_is_no_update() -> None:
    """The new sentence changes the price, the sentence before gave the harvest: the words before the new value name
    nothing of the earlier figure's clause."""
    text = ("Pada 2021, petani desa itu memanen 800 ton kopi. "
            "Namun, harga jualnya turun menjadi 600 ton setara beras pada 2023.")
    assert _updates(text) == []


def test_a_level_phrase_without_a_change_verb_is_no_new_value() -> None:
    """``berada di level 7.000``: where an index stands, no change from the value before."""
    text = ("Pada 2023, indeks saham ditutup pada 6.800 poin. "
            "Indeks itu lagi-lagi berada di level 7.000 poin pada 2024.")
    assert _updates(text) == []
