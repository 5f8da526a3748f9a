"""Sixth QA read, timeline: the month a price is for (a contract or loading month named without
``pengiriman``) is no planned happening. Sentences are invented; the time and quote extractors are
the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import placements

_PUBLISHED = "2014-12-11"


def _placed_in(sentence: str, index: int = 1) -> set[str]:
    """Dates the timeline places sentence ``index`` of a two-sentence story at."""
    placed = placements("Harga minyak dunia kembali melemah di pasar berjangka New York. " + sentence, _PUBLISHED)
    return {v for v, s in placed if s == index}


# --- contract and loading months -------------------------------------------------------------


def test_a_benchmark_for_next_month_is_a_contract_not_a_plan() -> None:
    assert _placed_in("Sementara itu minyak Brent untuk Januari ditutup melemah 40 sen ke level 64 dollar AS.") == set()


def test_a_producers_price_for_next_month_is_no_plan_but_its_announcement_day_stays() -> None:
    placed = _placed_in("Irak memangkas harga minyak mentah Februari bagi pembeli Eropa pada Selasa (9/12/2014).")
    assert "2015-02" not in placed and "2014-12-09" in placed


def test_a_plan_for_next_month_still_counts_as_planned() -> None:
    """Only a month right after a traded good (or after it and ``untuk``) is a contract's."""
    assert _placed_in("Kenaikan harga solar dijadwalkan berlaku pada Januari mendatang.") == {"2015-01"}


def test_a_past_month_after_a_traded_good_is_that_months_price() -> None:
    placed = placements("Harga minyak dunia kembali melemah di pasar berjangka New York. "
                        "Rata-rata harga minyak mentah Oktober tercatat 86 dollar AS per barel.", "2014-12-11")
    assert ("2014-10", 1) in placed
