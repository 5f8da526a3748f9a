"""Counts of minutes, hours and seconds are no dates: ``menit`` shares the ISO letter M with months."""

from __future__ import annotations

import datetime as dt

from kliping.extract.times import tag_sentence

ANCHOR = dt.date(2025, 10, 22)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_sentence(text, ANCHOR)]


def test_minutes_after_a_dated_kickoff_are_not_months_after_it() -> None:
    got = _values("Laga dimulai Selasa (21/10/2025) malam. Tujuh menit berselang, tuan rumah menambah gol.")
    assert ("Tujuh menit berselang", None) in got
    assert all(v is None or not v.startswith("2026") for _t, v in got)


def test_minutes_ago_are_not_months_ago() -> None:
    assert _values("Lima menit lalu, api di gudang itu sudah padam.") == [("Lima menit lalu", None)]
    assert _values("Semenit kemudian petugas tiba.") == [("Semenit kemudian", None)]


def test_months_ago_still_count_back_from_the_publication_date() -> None:
    assert _values("Lima bulan lalu, gudang itu terbakar.") == [("Lima bulan lalu", "2025-05")]


def test_the_start_of_a_named_month_is_one_expression() -> None:
    """``awal bulan April lalu`` is the start of April, not "the start of this month" and April."""
    got = [(t.text, t.value) for t in tag_sentence("Tarif itu diumumkan pada awal bulan April lalu.", dt.date(2025, 7, 7))]
    assert got == [("awal bulan April lalu", "2025-04")]
    assert [(t.text, t.value) for t in tag_sentence("Harga naik sejak awal bulan ini.", dt.date(2025, 7, 7))] == [
        ("awal bulan ini", "2025-07")]


def test_tadi_malam_is_last_night_and_tadi_pagi_this_morning() -> None:
    day = dt.date(2025, 10, 18)
    assert [t.value for t in tag_sentence("Massa membubarkan diri tadi malam.", day)] == ["2025-10-17TNI"]
    assert [t.value for t in tag_sentence("Malam tadi hujan turun deras.", day)] == ["2025-10-17TNI"]
    assert [t.value for t in tag_sentence("Unjuk rasa tadi pagi berlangsung damai.", day)] == ["2025-10-18TMO"]
    assert [t.value for t in tag_sentence("Bursa ditutup melemah pada dini hari tadi.", day)] == ["2025-10-18TNI"]
