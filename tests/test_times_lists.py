"""Months written as a list share one year: the list's own, or the one the first month implies."""

from __future__ import annotations

import datetime as dt

from kliping.extract.times import tag_sentence

OCT_2025 = dt.date(2025, 10, 20)


def _months(text: str, anchor: dt.date = OCT_2025) -> dict[str, str]:
    return {t.text.removeprefix("bulan "): t.value for t in tag_sentence(text, anchor) if t.granularity == "month"}


def test_a_list_closed_by_a_month_with_its_year_takes_that_year() -> None:
    got = _months("Beras bantuan itu dibagikan pada September, Oktober, dan November 2020 kepada warga.")
    assert got == {"September": "2020-09", "Oktober": "2020-10", "November 2020": "2020-11"}


def test_a_month_later_in_the_calendar_than_the_closing_one_is_of_the_year_before() -> None:
    got = _months("Harga gabah anjlok pada November dan Januari 2021.")
    assert got == {"November": "2020-11", "Januari 2021": "2021-01"}


def test_a_list_closed_by_a_bare_year_takes_it() -> None:
    got = _months("Penyalurannya dilakukan pada bulan Agustus, September, Oktober di 2019, kata petugas.")
    assert got == {"Agustus": "2019-08", "September": "2019-09", "Oktober": "2019-10"}


def test_a_list_without_a_year_runs_forward_from_its_first_month() -> None:
    got = _months("Selama tiga bulan, yakni Oktober, November, Desember, warga menerima tambahan bantuan.")
    assert got == {"Oktober": "2025-10", "November": "2025-11", "Desember": "2025-12"}


def test_months_that_are_no_list_keep_their_own_reading() -> None:
    got = _months("Sejak Juli harga cabai naik, lalu pada Agustus 2024 sempat turun.")
    assert got["Juli"] == "2025-07", "a month in another clause does not take the later year"
    assert got["Agustus 2024"] == "2024-08"
    alone = _months("Hujan deras turun pada Maret dan sejak 2020 banjir selalu datang.")
    assert alone["Maret"] == "2025-03", "a year after 'sejak' in another clause closes no list"


def test_a_month_placed_by_a_word_closes_the_list() -> None:
    assert _months("Rapat pleno digelar Mei dan Juni tahun lalu.") == {"Mei": "2024-05", "Juni tahun lalu": "2024-06"}
    got = _months("Hujan es turun November dan Desember lalu di lereng gunung.")
    assert got == {"November": "2024-11", "Desember lalu": "2024-12"}, "a past December, not a coming one"


def test_a_range_word_joins_the_months_to_their_closing_year() -> None:
    got = _months("Periode Januari, Februari hingga Maret 2024 kas daerah defisit.")
    assert got == {"Januari": "2024-01", "Februari": "2024-02", "Maret 2024": "2024-03"}


def test_a_descending_list_is_one_year() -> None:
    assert _months("Pada Agustus dan Juli 2024 ekspor teh naik.") == {"Agustus": "2024-08", "Juli 2024": "2024-07"}
