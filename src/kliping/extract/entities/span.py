"""The ``Span`` the rules pass around (word range, type, title) and two word tests every rule module uses.

Separate because every other module of the package builds on it and it needs nothing of theirs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Span:
    """A tagged span over words ``[i, j)`` with kliping type and optional title text."""

    i: int
    j: int
    type: str
    title: tuple[int, int] | None = None  # word range of the title/role
    source: str = "model"


def _cap(w: str) -> bool:
    return w[:1].isupper()


def _overlaps(a: Span, b: Span) -> bool:
    return a.i < b.j and b.i < a.j
