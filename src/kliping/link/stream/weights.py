"""Streaming TF-IDF: document frequencies counted as articles arrive (:class:`DocFreq`; over the last
days for facts, :class:`WindowDocFreq`; fading with time for hub keys, :class:`RecentDocFreq`), and
the sparse-vector helpers the weights and centroids are compared with.
"""

from __future__ import annotations

import heapq
import math
import operator
from array import array
from collections import deque
from collections.abc import Iterable

import numpy as np

from kliping.link.stream import tuning
from kliping.link.stream.features import HASH_BITS


class WindowDocFreq:
    """Document frequencies of fact keys over the articles of the last ``window`` days.

    A fact is telling when few *recent* articles state it: ``60 USD`` in every daily oil report of
    a week is generic there, however rare it is over a year. Articles leave the counts when they
    fall out of the window, so memory is bounded by the window like the linker's groups.
    """

    def __init__(self, window: int, prior: int) -> None:
        self.window = window
        self.prior = prior
        self.df: dict[int, int] = {}
        self.queue: deque[tuple[int, list[int]]] = deque()

    def add(self, day: int, keys: list[int]) -> None:
        q, df = self.queue, self.df
        while q and q[0][0] < day - self.window:
            for k in q.popleft()[1]:
                c = df[k] - 1
                if c:
                    df[k] = c
                else:
                    del df[k]
        q.append((day, keys))
        for k in keys:
            df[k] = df.get(k, 0) + 1

    def idf(self, k: int) -> float:
        return math.log((len(self.queue) + self.prior) / (self.df.get(k, 0) + 1))


class RecentDocFreq:
    """Document frequencies that fade with time: each count decays by ``exp(-days / scale)``, so
    they stand for the articles of about the last ``scale`` days. Fixed memory (one array over the
    hash buckets), O(keys) per article.

    Counts are kept in *inflated* units: an article of day ``d`` adds ``exp((d - base) / scale)``
    and a count is read back times ``exp(-(day - base) / scale)``. Fading is then one ``exp`` per
    article and per read, not one per key (the per-key decay was the costliest line of the linker's
    article step), and no per-bucket day is stored. When the inflation nears the float range the
    whole array is rebased to the current day (once every ``REBASE`` scales, i.e. years of feed)."""

    REBASE = 300.0  # exp(300) ~ 1e130: far from the float limit (~1e308) even summed over a feed

    def __init__(self, scale: float) -> None:
        self.scale = float(scale)
        self.base: int | None = None
        self.n = 0.0
        self.val = array("d", bytes(8 << HASH_BITS))

    def inflation(self, day: int) -> float:
        """``exp((day - base) / scale)``: the weight of an article of ``day`` in stored units."""
        return math.exp((day - self.base) / self.scale) if self.base is not None else 1.0

    def add(self, keys: Iterable[int], day: int) -> None:
        if self.base is None:
            self.base = day
        elif (day - self.base) / self.scale > self.REBASE:
            self._rebase(day)
        w = math.exp((day - self.base) / self.scale)
        self.n += w
        val = self.val
        for k in keys:
            val[k] += w

    def _rebase(self, day: int) -> None:
        f = math.exp(-(day - self.base) / self.scale)
        a = np.frombuffer(self.val, dtype=np.float64)  # a view: scaled in place
        a *= f
        self.n *= f
        self.base = day

    def count(self, k: int, day: int) -> float:
        return self.val[k] / self.inflation(day)

    def total(self, day: int) -> float:
        return self.n / self.inflation(day)


class DocFreq:
    """Document frequencies over hashed keys, updated as articles arrive.

    ``idf(k) = ln((n + prior) / (df(k) + 1))``: ``n`` articles seen so far (the current one
    included) and ``prior`` imaginary earlier articles in which ``k`` did not occur.
    """

    def __init__(self, prior_docs: int = tuning.PRIOR_DOCS) -> None:
        self.n = 0
        self.prior = prior_docs
        # One counter per hash bucket: 4 MB whatever the vocabulary, so memory stays bounded.
        self.df = array("I", bytes(4 << HASH_BITS))

    def add(self, keys: Iterable[int]) -> None:
        self.n += 1
        df = self.df
        for k in keys:
            df[k] += 1

    def weigh(self, counts: dict[int, int], limit: int) -> dict[int, float]:
        """Sublinear-tf x IDF weights of ``counts``, the ``limit`` largest, L2-normalised."""
        log = math.log
        total = log(self.n + self.prior)
        df = self.df
        w = {k: (1.0 + log(c)) * (total - log(df[k] + 1)) for k, c in counts.items()}
        if len(w) > limit:
            w = {k: w[k] for k in top_keys(w, limit)}
        norm = math.sqrt(sum([v * v for v in w.values()]))
        if norm <= 0:
            return {}
        inv = 1.0 / norm
        return {k: v * inv for k, v in w.items() if v > 0}


def top_keys(w: dict[int, float], n: int) -> list[int]:
    """The ``n`` heaviest keys of ``w``, heaviest first (ties: the smaller key)."""
    # (weight, -key) pairs compare as the rule says, without a key function per item
    return [-nk for _x, nk in heapq.nlargest(n, zip(w.values(), map(operator.neg, w), strict=True))]


def sparse_dot(a: dict[int, float], b: dict[int, float]) -> float:
    """Dot product of two sparse vectors, over the keys they share (C-level set intersection:
    an article shares a few dozen of a centroid's thousands of keys)."""
    if len(a) > len(b):
        a, b = b, a
    return sum([a[k] * b[k] for k in a.keys() & b.keys()])
