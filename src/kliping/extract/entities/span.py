"""The ``Span`` the rules pass around (word range, type, title), two word tests every rule module uses,
the removal of the spans a grown span now holds, and the cut of a span whose tail is a name of its own.

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


def _split_tail(s: Span, end: int, start: int, typ: str) -> Span:
    """Cut ``s`` to end at word ``end`` and return its tail from word ``start`` on as a rule span of
    type ``typ`` (``Komisi XII DPR RI Fraksi Golkar`` -> ``Komisi XII DPR RI`` + ``Golkar``): a run the
    tagger took as one name holds two; ``start`` may pass a word between them (``Fraksi``, ``dan``).
    The caller adds the tail to the sentence's spans."""
    tail = Span(start, s.j, typ, source="rule")
    s.j, s.source = end, "rule"
    return tail
