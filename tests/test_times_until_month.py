"""A bare month after ``hingga``/``sampai`` ends a span in the year it is said (``cukup sampai Desember`` in
October is this December, not the last), unless it is earlier than the month it is said in and a future
cue stands near (``akan aman hingga Maret`` in October is next March). Sentences are invented; the time
extractor is the real one."""

from __future__ import annotations

from kliping.extract.times import extract_times
from tests.test_link_helpers import make_ev


def _months(text: str, published: str) -> list[str | None]:
    return [t.value for t in extract_times(make_ev("m1", text, published=published).doc) if t.granularity == "month"]


def test_a_later_month_after_until_is_this_years() -> None:
    assert _months("Stok pupuk subsidi di gudang Tasikmalaya cukup sampai Desember.", "2025-10-07") == ["2025-12"]
    assert _months("Stok beras Bulog aman hingga akhir Desember.", "2025-10-07") == ["2025-12"]
    assert _months("Diskon tarif kereta berlaku hingga bulan Desember.", "2025-10-07") == ["2025-12"]


def test_an_earlier_month_after_until_and_the_coming_month_keep_their_reading() -> None:
    assert _months("Harga cabai naik dari Januari hingga September.", "2025-10-07") == ["2025-01", "2025-09"]
    assert _months("Diskon tarif tol berlaku sampai Januari.", "2025-12-10") == ["2026-01"]


def test_an_earlier_month_after_until_with_a_future_cue_is_next_years() -> None:
    assert _months("Pasokan gas elpiji di Cirebon akan aman hingga Maret.", "2025-10-07") == ["2026-03"]
    assert _months("Pemkot berencana memperpanjang keringanan pajak sampai Februari.", "2025-10-07") == ["2026-02"]
    assert _months("Perbaikan jalan lingkar itu ditargetkan rampung hingga bulan April.", "2025-10-07") == ["2026-04"]


def test_an_earlier_month_after_until_in_a_past_period_is_this_years() -> None:
    assert _months("Sejak Januari hingga Maret lalu, harga bawang merah naik dua kali lipat.", "2025-10-07") \
        == ["2025-01", "2025-03"]
    assert _months("Dari Januari hingga Maret, penjualan motor di Bekasi turun.", "2025-10-07") == ["2025-01", "2025-03"]
