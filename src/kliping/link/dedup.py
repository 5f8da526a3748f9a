"""Near-duplicate detection: syndicated copies and re-posts of the same article.

Outlets re-run agency copy with a new headline, a dropped paragraph or a changed byline. Those copies
must not count as independent confirmation later (synth skips them), so the link stage maps every
later copy to the earliest article of its group. MinHash/LSH over word 5-shingles finds candidates in
near-linear time; every candidate is verified with the exact Jaccard so the LSH approximation never
decides on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from kliping.model import Evidence

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

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """The set of word ``k``-shingles of ``text`` (casefolded); short texts give one shingle."""
    words = _WORD.findall(text.casefold())
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity of two sets (0 when both are empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
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


def find_duplicates(
    articles: Sequence[Evidence], *, threshold: float = DUP_THRESHOLD, num_perm: int = NUM_PERM
) -> dict[str, str]:
    """Map each near-copy's id to the id of the earliest article of its group.

    Articles are visited in publication order; each one is compared (LSH candidates, then exact
    Jaccard) with those already seen, so the earliest copy is always the original. A copy of a copy
    maps to the original, never to another copy.
    """
    # Candidates from a lower LSH threshold: LSH misses pairs just above its own threshold often;
    # the exact Jaccard below makes the decision.
    lsh = MinHashLSH(threshold=max(0.1, threshold - LSH_SLACK), num_perm=num_perm)
    sets: dict[int, set[str]] = {}
    duplicate_of: dict[str, str] = {}
    rank: dict[int, int] = {}
    for pos, i in enumerate(publication_order(articles)):
        rank[i] = pos
        sh = shingles(articles[i].doc.text)
        sets[i] = sh
        if not sh:
            continue
        mh = MinHash(num_perm=num_perm, seed=1)
        mh.update_batch([s.encode("utf-8") for s in sorted(sh)])
        best: int | None = None
        for cand in lsh.query(mh):
            j = int(cand)
            if articles[j].id == articles[i].id:
                continue
            if jaccard(sh, sets[j]) >= threshold and (best is None or rank[j] < rank[best]):
                best = j
        if best is not None:
            root = articles[best].id
            duplicate_of[articles[i].id] = duplicate_of.get(root, root)
        lsh.insert(str(i), mh)
    return duplicate_of
