"""The ``Span`` the rules pass around (word range, type, title), two word tests every rule module uses,
and the removal of the spans a grown span now holds.

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


def _drop_inside(sp: list[Span], s: Span) -> None:
    """Remove from ``sp`` every other span lying within ``s``'s words: ``s`` was grown over them
    (a name run on to its place or date) and now holds what they tagged."""
    sp[:] = [x for x in sp if x is s or not (s.i <= x.i and x.j <= s.j)]
