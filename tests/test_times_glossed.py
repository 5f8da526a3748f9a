"""A relative day glossed by a written date (``hari ini, Senin (20/10/2025)``) is that date."""

from __future__ import annotations

import datetime as dt

from kliping.extract.times import tag_sentence

PUBLISHED = dt.date(2025, 10, 21)  # a Tuesday


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_sentence(text, PUBLISHED)}


def test_today_glossed_by_the_day_before_publication_is_that_day() -> None:
    got = _values("Tersangka tidak memenuhi panggilan penyidik hari ini, Senin (20/10/2025), kata pengacaranya.")
    assert got["hari ini"] == "2025-10-20", "a story written on Monday and published on Tuesday"


def test_yesterday_glossed_by_its_date_is_that_date() -> None:
    got = _values("Kemarin, Minggu (19/10/2025), ratusan warga mengungsi karena banjir.")
    assert got["Kemarin"] == "2025-10-19", "written on Monday, published on Tuesday"


def test_a_glossing_date_whose_weekday_disagrees_does_not_move_today() -> None:
    got = _values("Indeks saham ditutup melemah hari ini, Selasa (21/10/2024), setelah harga minyak turun.")
    assert got["hari ini"] == "2025-10-21", "21/10/2024 was a Monday: a mistyped year, not the day"


def test_a_date_in_another_clause_is_no_gloss() -> None:
    got = _values("Hari ini warga kembali berkumpul, sedangkan pada Minggu (19/10) polisi sudah datang.")
    assert got["Hari ini"] == "2025-10-21"


def test_a_gloss_in_another_year_far_away_is_a_typo_not_the_day() -> None:
    got = _values("Hari ini (20/10/2013) polisi menangkap dua pelaku pencurian kabel.")
    assert got["Hari ini"] == "2025-10-21"


def test_a_weekday_with_tanggal_and_its_date_is_one_day() -> None:
    """``hari Minggu tanggal 19 Oktober 2025`` is one expression, as ``Minggu, 19 Oktober 2025`` is:
    the weekday alone would be read as the nearest past Sunday of the publication."""
    got = _values("Rapat warga digelar pada hari Minggu tanggal 12 Oktober 2025 di balai desa.")
    assert got == {"hari Minggu tanggal 12 Oktober 2025": "2025-10-12"}
    assert _values("Posko dibuka Rabu, tgl. 1 Oktober.") == {"Rabu, tgl. 1 Oktober": "2025-10-01"}


def test_yesterday_glossed_by_a_weekday_with_tanggal_is_that_date() -> None:
    """A quote told a week after it was written: ``Kemarin, hari Minggu tanggal 12 Oktober 2025`` is
    the 12th, not the day before publication (the timeline placed the statement there too)."""
    got = _values('"Kemarin, hari Minggu tanggal 12 Oktober 2025, kami sudah melapor ke polisi," kata Andi, '
                  "Senin (13/10/2025).")
    assert got["Kemarin"] == "2025-10-12"
    got = _values("Kemarin, hari Senin tanggal 12 Oktober 2025, kami sudah melapor ke polisi.")
    assert got["Kemarin"] == "2025-10-20", "the 12th was a Sunday: the weekday disagrees, no gloss"
