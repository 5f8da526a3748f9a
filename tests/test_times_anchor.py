"""Days whose year or anchor the text fixes: ``sejak`` puts a day in the past, a year written after
``di``/``pada``/``tahun`` is the day's, ``keesokan harinya`` follows the day just told. Our own
Indonesian sentences."""

from __future__ import annotations

import datetime as dt

from tests.test_times_context import article as context_article
from tests.test_times_context import tags as context_tags

JUL = dt.date(2025, 7, 8)  # a Tuesday


def tags(text: str, anchor: dt.date | None = JUL) -> list[tuple[str, str, str | None]]:
    return context_tags(text, anchor)


def article(text: str, published: str = "2025-10-20") -> list[tuple[str, str | None]]:
    return context_article(text, published)


def test_sejak_puts_a_day_without_year_in_the_past() -> None:
    # nearest to a July anchor would be the coming December; what began "since" then is past
    assert tags("Sejak 1 Desember warga sudah mengeluhkan bau sampah itu.")[0][2] == "2024-12-01"
    assert tags("Sejak tanggal 15 Agustus harga cabai terus naik.")[0][2] == "2024-08-15"
    # without sejak the nearest day stays
    assert tags("Pada 1 Desember tarif baru berlaku.")[0][2] == "2025-12-01"


def test_year_written_after_di_or_tahun_is_the_days_year() -> None:
    assert tags("Keluhan warga tercatat mulai 1 Januari di 2004 oleh kantor itu.")[0] == (
        "1 Januari", "DATE", "2004-01-01")
    assert tags("Gedung itu diresmikan 5 Mei tahun 2019 oleh gubernur.")[0][2] == "2019-05-05"
    assert tags("Gedung itu diresmikan 5 Mei pada tahun 2019.")[0][2] == "2019-05-05"
    # a year that is not right after the day is not its year
    assert tags("Rapat 5 Mei di Jakarta membahas target 2019.")[0][2] == "2025-05-05"


def test_keesokan_harinya_follows_the_day_just_told_or_stays_unknown() -> None:
    told = article("Kapolres memberi keterangan kepada wartawan, Jumat (17/10/2025). Korban tewas Sabtu (11/10) "
                   "malam di kamarnya. Keesokan harinya pelaku kabur ke luar kota.")
    assert ("Keesokan harinya", "2025-10-12") in told
    # the narrative names no day: not the day after the press conference told earlier
    untold = article("Kapolres memberi keterangan kepada wartawan, Jumat (17/10/2025). Pelaku lalu menginap "
                     "semalam di rumah itu. Keesokan harinya pelaku kabur ke luar kota.")
    assert ("Keesokan harinya", None) in untold
