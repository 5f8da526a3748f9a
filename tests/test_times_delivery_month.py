"""A futures contract's delivery month (``untuk pengiriman Januari``) is in the future, but it does not make
the rest of its sentence speak of the future: the weekday of the trading it reports is a past one.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract import extract
from tests.test_link_helpers import make_doc


def _values(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in extract(make_doc("t1", text, published=published)).times}


def test_a_weekday_after_a_delivery_month_is_the_past_trading_day() -> None:
    got = _values("Kontrak kopi arabika untuk pengiriman Maret melemah 3 sen dibanding penutupan Selasa.", "2025-12-12")
    assert got["Maret"] == "2026-03"  # the delivery month stays future
    assert got["Selasa"] == "2025-12-09"  # Friday's report: the Tuesday before, not the next one


def test_a_delivery_month_with_bulan_is_still_future_and_a_plan_still_reads_forward() -> None:
    got = _values("Pabrik menjual gula untuk pengiriman bulan Februari.", "2025-12-12")
    assert got["bulan Februari"] == "2026-02"
    got = _values("Kapal tanker itu akan tiba pada Rabu.", "2025-12-12")
    assert got["Rabu"] == "2025-12-17"
