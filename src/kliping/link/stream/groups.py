"""An event or storyline as the linker keeps it (:class:`Group`: centroid sums, norms, index keys,
dates) and the headline places that keep two groups apart (:func:`places_conflict`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from kliping.link.stream.weights import sparse_dot


@dataclass(frozen=True)
class EmbedParams:
    """How a layer uses encoder vectors (see EMBED_* above)."""

    floor: float
    weight: float
    neighbours: int


@dataclass
class Group:
    """An event or storyline: centroid sums and their squared norms, last date, index keys."""

    gid: int
    vec: dict[int, float] = field(default_factory=dict)
    n2: float = 0.0
    ent: dict[int, float] = field(default_factory=dict)
    en2: float = 0.0
    emb: np.ndarray | None = None
    emb_n2: float = 0.0
    tit: dict[int, float] = field(default_factory=dict)
    tn2: float = 0.0
    fct: dict[int, float] = field(default_factory=dict)
    fn2: float = 0.0
    last: dt.date | None = None
    last_day: int = 0  # ``last`` as a day number (date ordinal), for the decay
    # index keys, as the keys of a dict (an ordered set of ints the cyclic GC never walks; see
    # ``Layer.postings``)
    keys: dict[int, None] = field(default_factory=dict)
    parent: int = -1  # storyline of an event
    size: int = 0  # articles joined (near-copies excluded), for the learned join rule
    # last term vectors (learned rule only); a tuple, so the default is the untracked empty tuple and
    # not one more list per group for the cyclic GC to walk
    recent: tuple[dict[int, float], ...] = ()
    first_day: int = 0  # day number of the earliest article, for the learned join rule
    # A singleton's pulls: event id -> articles of that event that scored at least PULL_SIMILARITY
    # with it, and event id -> the event's size before the first of them. Dicts of ints only, which
    # the cyclic GC does not walk (see "Scale" in docs/linking.md); they die with the group.
    pull: dict[int, int] | None = None
    pull_base: dict[int, int] | None = None
    places: frozenset[str] = frozenset()  # local places its headlines name (``places_conflict``)
    local: bool = False  # every article (storyline: every event) named its places in the headline
    openers: list[dict[int, float]] | None = None  # storyline: its events' first-article term vectors
    days: frozenset[str] = frozenset()  # event: the days its reports said they were for (DAY_GUARD)
    dated: bool = False  # storyline: one of its articles reports a dated happening (EVERGREEN_GUARD)

    def add(self, v: dict[int, float], e: dict[int, float], emb: np.ndarray | None,
            dots: tuple[float, ...], t: dict[int, float] | None = None,
            f: dict[int, float] | None = None) -> None:
        """Add a unit vector; ``dots`` are its dot products with the current sums (for the norms)."""
        self.size += 1
        if f:
            self.fn2 += 2 * (dots[4] if len(dots) > 4 else sparse_dot(f, self.fct)) + sum([x * x for x in f.values()])
            for k, x in f.items():
                self.fct[k] = self.fct.get(k, 0.0) + x
        self.n2 += 2 * dots[0] + (1.0 if v else 0.0)
        self.en2 += 2 * dots[1] + (1.0 if e else 0.0)
        for k, x in v.items():
            self.vec[k] = self.vec.get(k, 0.0) + x
        for k, x in e.items():
            self.ent[k] = self.ent.get(k, 0.0) + x
        if t:
            self.tn2 += 2 * (dots[3] if len(dots) > 3 else sparse_dot(t, self.tit)) + 1.0
            for k, x in t.items():
                self.tit[k] = self.tit.get(k, 0.0) + x
        if emb is not None:
            if self.emb is None:
                self.emb = np.zeros(len(emb))
            self.emb_n2 += 2 * dots[2] + float(emb @ emb)
            self.emb += emb


def places_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two headlines' local places (``link.events.title_places``: ``r:`` regencies and cities,
    ``p:`` provinces) tell two happenings apart: both name a regency or city and none is shared, or
    one names only provinces none of which holds a place of the other. So do two legal cases with no
    word in common (``c:`` keys, ``link.events.title_cases``)."""
    if not a or not b:
        return False
    ca = {k for k in a if k.startswith("c:")}
    cb = {k for k in b if k.startswith("c:")}
    if ca and cb and ca.isdisjoint(cb):
        return True  # two legal cases (``link.events.title_cases``)
    a, b = a - ca, b - cb  # the places alone decide the rest
    if not a or not b:
        return False
    ra = {k for k in a if k.startswith("r:")}
    rb = {k for k in b if k.startswith("r:")}
    if ra and rb:
        return ra.isdisjoint(rb)
    return a.isdisjoint(b)


def add_places(g: Group, places: frozenset[str], new: bool) -> None:
    """Record an article's (a new event's) headline places on the group that took it: the group
    stays *local* (guarded by ``places_conflict``) while every member named a place; a storyline
    of one program's reports from many towns, or with reports naming none, is not."""
    g.places = g.places | places
    g.local = bool(places) and (new or g.local)
