"""Values as intervals: the range of true values a figure's wording allows, and whether two wordings can
be one number or report a changed one.

``sekitar 100`` and ``102``, ``lebih dari 90`` and ``95``, ``27 juta`` (rounded) and ``27,04 juta`` do not
conflict. Every rule of the findings compares values through these, so they stand apart from the rules.
"""

from __future__ import annotations

import math
import re

from kliping.model import Quantity
from kliping.synth.figures import Point
from kliping.text.patterns import alternation

# Relative tolerance of approximate modifiers (``sekitar``, ``hampir``).
APPROX_TOLERANCE = 0.1
# Base value and the range the word allows at that base ("ribuan": 1.000 up to below a million);
# scaled by the value, so "puluhan ribu" (value 10.000) is 10.000-100.000.
PLURAL_RANGES = {
    "plural_tens": (10, (10, 100)),
    "plural_hundreds": (100, (100, 1_000)),
    "plural_thousands": (1_000, (1_000, 1_000_000)),
    "plural_millions": (1_000_000, (1_000_000, 1_000_000_000)),
}


# A number written with a scale word is rounded to its last written digit: "27 juta" is 26,5-27,5
# juta, so it does not contradict "27,04 juta" (detik-dev: a round total and the exact one).
_SCALE = {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12}
SCALED_NUMBER = re.compile(rf"(\d+)(?:[.,](\d+))?\s*({alternation(_SCALE)})\b", re.IGNORECASE)


def rounding(q: Quantity) -> float:
    """Half a unit of the last digit written before a scale word (0 for numbers written in full)."""
    m = SCALED_NUMBER.search(q.text)
    if m is None:
        return 0.0
    return 0.5 * _SCALE[m.group(3).casefold()] * 10.0 ** -len(m.group(2) or "")


def interval(q: Quantity) -> tuple[float, float]:
    """The range of true values a quantity's wording allows (rounding of scale words included)."""
    return span(q)[:2]


def _wording(q: Quantity) -> tuple[float, float]:
    v = q.value
    mod = q.modifier
    if mod == "range" and q.value_max is not None:
        return (min(v, q.value_max), max(v, q.value_max))
    if mod in ("about", "nearly"):
        tol = abs(v) * APPROX_TOLERANCE
        return (v - tol, v + (0 if mod == "nearly" else tol))
    if mod in ("more_than", "at_least"):
        return (v, math.inf)
    if mod in ("less_than", "up_to"):
        return (-math.inf, v)
    if mod in PLURAL_RANGES:
        base, (lo, hi) = PLURAL_RANGES[mod]
        scale = v / base if v else 1.0
        return (lo * scale, hi * scale)
    return (v, v)


Span = tuple[float, float, float]  # (low, high, rounding) of one wording


def span(q: Quantity) -> Span:
    """``interval`` and ``rounding`` of a wording in one tuple (one regex search)."""
    tol = rounding(q)
    lo, hi = _wording(q)
    return lo - tol, hi + tol, tol


def point_span(p: Point) -> Span:
    """``span`` of a point's quantity, computed once per point (the comparisons ask for it per pair)."""
    if p.span is None:
        p.span = span(p.q)
    return p.span


def spans_compatible(a: Span, b: Span, touching: bool = False) -> bool:
    """``compatible`` on two spans. With ``touching`` two rounded ranges that only meet at one end count as
    compatible too (``changed`` and a different day's reading use the strict rule)."""
    lo1, hi1, r1 = a
    lo2, hi2, r2 = b
    if not (lo1 <= hi2 and lo2 <= hi1):
        return False
    if touching:
        return True
    overlap = min(hi1, hi2) - max(lo1, lo2)
    scale = max([abs(x) for x in (lo1, hi1, lo2, hi2) if math.isfinite(x)] + [1.0])
    # ranges that meet at one end only (adjacent last digits) are two numbers
    return not (r1 > 0 and r2 > 0 and overlap <= 1e-9 * scale)


def compatible(a: Quantity, b: Quantity) -> bool:
    """True when the two wordings can describe the same number. Two rounded numbers whose ranges only
    touch are different numbers: ``8,46 juta`` (8,455-8,465 juta) is not ``8,47 juta`` (8,465-8,475), a
    rounded value covers half of its range's ends only."""
    return spans_compatible(span(a), span(b))


def _representative(q: Quantity) -> float:
    """One number for a wording: the middle of a bounded interval, else the stated value."""
    lo, hi = interval(q)
    return (lo + hi) / 2 if math.isfinite(lo) and math.isfinite(hi) else q.value


def changed(old: Quantity, new: Quantity, spans: tuple[Span, Span] | None = None) -> bool:
    """True when ``new`` reports a different figure than ``old``: incompatible, or a clearly
    different value inside what ``old`` allowed (``lebih dari 1.000`` -> ``sekitar 7.000``). ``spans``
    are the two ``span``s when already known."""
    a_span, b_span = spans or (span(old), span(new))
    if not spans_compatible(a_span, b_span):
        return True
    (lo1, hi1, _r1), (lo2, hi2, _r2) = a_span, b_span
    if not (lo1 <= lo2 and hi2 <= hi1 and (lo1, hi1) != (lo2, hi2)):
        return False
    a, b = _representative(old), _representative(new)
    return abs(a - b) > APPROX_TOLERANCE * max(abs(a), abs(b))
