"""Near-duplicate detection: syndicated copies and re-posts of the same article, in one bounded pass.

Outlets re-run agency copy with a new headline, a dropped paragraph or a changed byline. Those copies
must not count as independent confirmation later (synth skips them), so the link stage maps every
later copy to the earliest article of its group. MinHash/LSH over word 5-shingles finds candidates in
near-linear time; every candidate is verified with the exact Jaccard of the shingle sets so the LSH
approximation never decides on its own.

**Windowed.** A syndicated copy runs within days of its original (on detik-dev every labelled copy
is at most one day later), so :class:`NearDuplicateIndex` keeps only the signatures of articles
published in the last ``DUP_WINDOW_DAYS`` days before the article being checked: articles arrive in
publication order, older signatures are evicted, and memory and the candidates per article are
bounded by the window, not by the length of the run. The same input always gives the same groups.

**Undated articles** (neither metadata nor text gives a date) are placed at the stream's clock, the
latest publication date seen so far: they are compared with the articles of the current window and
are evicted as the clock moves on, like any other. :func:`find_duplicates` visits them after every
dated article (``publication_order``), so there they are compared with the last window of the run
and with each other; a copy of an older article that lost its date is not found (the price of a
bounded pass; it then counts as one more source, which only affects agreement counts).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from kliping.model import Evidence
from kliping.text.patterns import WORD

# Word 5-shingles: long enough that two different reports of one event (same names, same figures)
# share few shingles, short enough that an edited copy keeps most of them.
SHINGLE_SIZE = 5
NUM_PERM = 128
# Jaccard of shingle sets at or above which two articles are the same text. A copy that drops one
# paragraph of eight keeps ~0.85; two Detik reports of one event written separately stay below 0.2
# (measured on detik-dev: the highest non-copy pair was well under 0.5), so 0.7 leaves margin on both
# sides.
DUP_THRESHOLD = 0.7
LSH_SLACK = 0.2
# Days an article stays a possible original. Every labelled copy of detik-dev appeared on the same day
# as its original or the next; a week also covers weekend re-posts of a weekday report.
DUP_WINDOW_DAYS = 7

_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier of the rolling shingle hash


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """The set of word ``k``-shingles of ``text`` (casefolded); short texts give one shingle."""
    words = WORD.findall(text.casefold())
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


# Bytes that are part of a word: ASCII letters, digits, underscore, and every byte of a non-ASCII
# UTF-8 character (Indonesian news is almost all ASCII; accented names stay one word).
_WORD_BYTE = np.zeros(256, dtype=bool)
for _c in b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_":
    _WORD_BYTE[_c] = True
_WORD_BYTE[0x80:] = True
# Non-ASCII punctuation common in news text, cut out before the byte test so it does not glue to words.
_PUNCT = tuple(p.encode("utf-8") for p in "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022\u00ab\u00bb\u00a0")
_P = np.uint64(0x100000001B3)  # odd, so invertible modulo 2^64
_P_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_powers = np.ones(1, dtype=np.uint64)
_inv_powers = np.ones(1, dtype=np.uint64)


def _grow_powers(n: int) -> None:
    global _powers, _inv_powers
    if len(_powers) >= n:
        return
    size = max(n, 2 * len(_powers))
    steps = np.full(size, _P, dtype=np.uint64)
    steps[0] = 1
    _powers = np.cumprod(steps, dtype=np.uint64)  # wraps modulo 2^64 by design
    steps = np.full(size, _P_INV, dtype=np.uint64)
    steps[0] = 1
    _inv_powers = np.cumprod(steps, dtype=np.uint64)


def word_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the words of ``text`` (lower-cased), in order, computed without a Python loop.

    A word is a run of word bytes (:data:`_WORD_BYTE`) of the UTF-8 text. Each byte string
    ``c_0..c_m`` hashes to ``sum (c_j + 1) P^j`` (mod 2^64), read off prefix sums of the whole text
    and shifted to its start with ``P^-s``, so equal words hash equally wherever they stand.
    Deterministic across processes (unlike ``hash``).
    """
    data = text.encode("utf-8").lower()
    for p in _PUNCT:
        if p in data:
            data = data.replace(p, b" ")
    a = np.frombuffer(data, dtype=np.uint8)
    if not len(a):
        return np.zeros(0, dtype=np.uint64)
    edge = np.diff(_WORD_BYTE[a].astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edge == 1)
    ends = np.flatnonzero(edge == -1)
    _grow_powers(len(a))
    prefix = np.zeros(len(a) + 1, dtype=np.uint64)
    np.cumsum((a.astype(np.uint64) + np.uint64(1)) * _powers[: len(a)], out=prefix[1:])
    return (prefix[ends] - prefix[starts]) * _inv_powers[starts]


def shingle_hashes(text: str, k: int = SHINGLE_SIZE) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word ``k``-shingles of ``text``: the compact set the index
    keeps for the window, verifies with, and signs (texts shorter than ``k`` words give one shingle).

    Word hashes (:func:`word_hashes`) are combined per shingle with a polynomial over 64 bits folded
    to 32. Two different shingles collide with probability ~2^-32, far below what could move a
    Jaccard across the threshold.
    """
    w = word_hashes(text)
    if not len(w):
        return np.zeros(0, dtype=np.uint32)
    k = min(k, len(w))
    n = len(w) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):  # wraps modulo 2^64 by design
        h = h * _MIX + w[j : j + n]
    h ^= h >> np.uint64(32)
    return np.unique(h.astype(np.uint32))


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity of two sets (0 when both are empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def jaccard_sorted(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard of two sorted unique hash arrays (0 when either is empty)."""
    if not len(a) or not len(b):
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def published_date(ev: Evidence) -> dt.date | None:
    """The article's publication date, read leniently (``2014-12-2`` is seen in real metadata)."""
    pub = ev.doc.published
    if not pub:
        return None
    m = _DATE.match(pub)
    if not m:
        return ev.doc.anchor
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def publication_order(articles: Sequence[Evidence]) -> list[int]:
    """Indices of ``articles`` by publication date, then input order (undated articles last).

    This is the one order every link decision follows, so results do not depend on dict or set
    iteration and the same input always gives the same groups.
    """
    dates = [published_date(ev) for ev in articles]

    def key(i: int) -> tuple[int, dt.date, int]:
        d = dates[i]
        return (0, d, i) if d else (1, dt.date.min, i)

    return sorted(range(len(articles)), key=key)


@dataclass
class DedupStats:
    """What a pass cost: signatures held at most at once, candidates verified, signatures evicted."""

    added: int = 0
    peak_active: int = 0
    candidates: int = 0
    evicted: int = 0


class NearDuplicateIndex:
    """Streaming near-duplicate detector over a sliding publication window.

    Feed articles with :meth:`add` in publication order (dates never decrease; ``None`` means
    undated, placed at the latest date seen). Each article is compared with the articles kept in the
    window (LSH candidates, then exact Jaccard on the shingle hashes); it is a copy of the earliest
    matching one, and a copy of a copy points at the original. Memory holds the LSH entries and
    shingle hashes of the window's articles only.

    Signatures and buckets are datasketch's: a ``MinHash`` (``affine32`` scheme) fed the 32-bit
    shingle hashes, indexed in a ``MinHashLSH`` built for ``threshold - LSH_SLACK`` (25 bands × 5
    rows for the defaults: a pair at Jaccard 0.7 is proposed with probability 0.99, at 0.3 with
    0.06). Evicted articles leave the LSH through ``MinHashLSH.remove``.
    """

    def __init__(self, *, threshold: float = DUP_THRESHOLD, num_perm: int = NUM_PERM,
                 window_days: int | None = DUP_WINDOW_DAYS) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.window = None if window_days is None else dt.timedelta(days=window_days)
        # Candidates from a lower LSH threshold: LSH misses pairs just above its own threshold
        # often; the exact Jaccard makes the decision.
        self.lsh = MinHashLSH(threshold=max(0.1, threshold - LSH_SLACK), num_perm=num_perm)
        self.bands, self.rows = self.lsh.b, self.lsh.r
        # One permutation table for every signature (datasketch recomputes it per MinHash otherwise).
        self._perm = MinHash(num_perm=num_perm, seed=1, scheme="affine32").permutations
        # key -> (arrival rank, shingle hashes)
        self._members: dict[str, tuple[int, np.ndarray]] = {}
        self._queue: deque[tuple[dt.date | None, str]] = deque()  # window members, oldest first
        self._clock: dt.date | None = None
        self._root: dict[str, str] = {}  # copy -> original, for copies still in the window
        self.stats = DedupStats()

    def minhash(self, hashes: np.ndarray) -> MinHash:
        """datasketch ``MinHash`` of a non-empty shingle-hash set (the hashes are the hash values)."""
        m = MinHash(num_perm=self.num_perm, seed=1, hashfunc=int, permutations=self._perm,
                    scheme="affine32")
        m.update_batch(hashes.tolist())
        return m

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        """MinHash signature (``num_perm`` values) of a non-empty shingle-hash set."""
        return self.minhash(hashes).hashvalues

    def __len__(self) -> int:
        return len(self._members)

    def _evict(self) -> None:
        if self.window is None or self._clock is None:
            return
        if self._clock - dt.date.min < self.window:
            return  # a date in the first days of year 1: nothing can be older than the window
        horizon = self._clock - self.window
        while self._queue and self._queue[0][0] is not None and self._queue[0][0] < horizon:
            _d, key = self._queue.popleft()
            if self._members.pop(key, None) is not None:
                self.lsh.remove(key)
            self._root.pop(key, None)
            self.stats.evicted += 1

    def add(self, key: str, text: str, date: dt.date | None) -> str | None:
        """Check ``key`` against the window, keep it, and return the id of its original (or None)."""
        if date is not None and (self._clock is None or date > self._clock):
            self._clock = date
        self._evict()
        rank = self.stats.added
        self.stats.added += 1
        hashes = shingle_hashes(text)
        if not len(hashes) or key in self._members:
            return None
        mh = self.minhash(hashes)
        best: tuple[int, str] | None = None
        for cand in sorted(self.lsh.query(mh)):
            self.stats.candidates += 1
            crank, chashes = self._members[cand]
            if jaccard_sorted(hashes, chashes) >= self.threshold and (best is None or crank < best[0]):
                best = (crank, cand)
        self.lsh.insert(key, mh, check_duplication=False)
        self._members[key] = (rank, hashes)
        self._queue.append((date if date is not None else self._clock, key))
        self.stats.peak_active = max(self.stats.peak_active, len(self._members))
        if best is None:
            return None
        root = self._root.get(best[1], best[1])
        self._root[key] = root
        return root


def find_duplicates(
    articles: Sequence[Evidence], *, threshold: float = DUP_THRESHOLD, num_perm: int = NUM_PERM,
    window_days: int | None = DUP_WINDOW_DAYS,
) -> dict[str, str]:
    """Map each near-copy's id to the id of the earliest article of its group.

    Articles are visited in publication order; each one is compared with those of the last
    ``window_days`` days already seen (``None``: all of them), so the earliest copy is always the
    original. A copy of a copy maps to the original, never to another copy.
    """
    index = NearDuplicateIndex(threshold=threshold, num_perm=num_perm, window_days=window_days)
    duplicate_of: dict[str, str] = {}
    for i in publication_order(articles):
        ev = articles[i]
        root = index.add(ev.id, ev.doc.text, published_date(ev))
        if root is not None and root != ev.id:
            duplicate_of[ev.id] = root
    return duplicate_of
