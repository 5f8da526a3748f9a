"""``synth.figures.mates.LastBefore``: the amount before an offset, as ``max`` over the sentence's amounts gives it."""

from __future__ import annotations

from kliping.model import Quantity
from kliping.synth.figures.mates import LastBefore


def _amounts(text: str, *written: str) -> list[Quantity]:
    return [Quantity(text=w, value=1.0, sentence=0, start=text.index(w), end=text.index(w) + len(w)) for w in written]


def test_the_amount_starting_last_before_an_offset() -> None:
    text = "Produksi turun 15.000 barel per hari menjadi 8,7 juta barel, lalu 9 juta barel."
    a, b, c = _amounts(text, "15.000 barel", "8,7 juta barel", "9 juta barel")
    last = LastBefore([a, b, c])
    assert last(c.start) is b and last(b.start) is a
    assert last(a.start) is None  # none ends before the first
    assert last(b.end) is b  # an amount ending right at the offset counts


def test_a_tie_keeps_the_first_amount_as_max_does() -> None:
    text = "US$ 5 juta (Rp 80 miliar) atau Rp 80 miliar"
    a, b = _amounts(text, "US$ 5 juta", "Rp 80 miliar")
    twin = Quantity(text=b.text, value=2.0, sentence=0, start=b.start, end=b.end)
    by_end = LastBefore([a, b, twin], key=lambda m: m.end)
    assert by_end(len(text)) is b
    assert by_end(len(text)) is max([a, b, twin], key=lambda m: m.end)
