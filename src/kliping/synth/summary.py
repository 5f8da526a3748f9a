"""Extractive summaries: verbatim sentences, each citing every article that says the same thing.

Selection (MMR-style, greedy):

* facts stated by two or more sources are chosen before single-source details (candidates are
  taken in two tiers: supported, then the rest). Sources are outlets; when all the summary's
  articles come from one outlet, its articles (``Corpus.source_keys``, as the figure findings
  count them): a one-outlet pile still has facts that several of its reports state, though a
  sentence its reports repeat word for word (a pasted background paragraph) counts once;
* within a tier, score = centrality (cosine of the sentence with the cluster's TF-IDF centroid)
  + a bonus per extra independent article that states the same fact
  + a small lead bonus (news puts the key facts first)
  - a diversity penalty per sentence already taken from the same article;
* a candidate is *redundant* — never chosen — when its TF-IDF cosine with a chosen sentence is
  ≥ ``REDUNDANT_COSINE`` or its content-word overlap coefficient is ≥ ``REDUNDANT_OVERLAP``;
* questions, sentences under 6 words, quote fragments and the inner sentences of multi-sentence
  quotes are never candidates; duplicates were already removed by the corpus.

Chosen sentences are ordered by article date, then publication order, then sentence index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from scipy import sparse

from kliping.model import Citation, SummarySentence
from kliping.synth.corpus import Corpus, content_words, is_clear, word_overlap

# Two sentences from different articles "say the same thing" at this TF-IDF cosine (unigrams +
# bigrams of content words); at 0.5 paraphrases that share the names, figure and verb pair up while
# two different facts about the same actors stay apart.
SAME_FACT_COSINE = 0.5
# Redundancy between chosen sentences (see module docstring).
REDUNDANT_COSINE = 0.5
REDUNDANT_OVERLAP = 0.6
# Score bonus per additional independent article stating the fact (counted up to 3).
CONFIRMATION_BONUS = 0.1
# Lead bonus: LEAD_BONUS / (1 + sentence index).
LEAD_BONUS = 0.05
# Penalty per sentence already chosen from the same article (source diversity).
SAME_ARTICLE_PENALTY = 0.05
# Only this many best-centrality candidates are checked for support (keeps big storylines fast).
MAX_CANDIDATES = 200


def _same_fact_citations(
    corpus: Corpus, row: int, sims: np.ndarray, cluster_rows: Sequence[int]
) -> list[tuple[int, int]]:
    """The candidate itself plus, for each other article, its most similar sentence above the bar."""
    a0, s0 = corpus.rows[row]
    best: dict[int, tuple[float, int]] = {}
    # Only the few rows at the bar are visited (in row order, so the first of equal bests wins).
    for k in np.flatnonzero(sims >= SAME_FACT_COSINE).tolist():
        a, s = corpus.rows[cluster_rows[k]]
        if a == a0:
            continue
        if a not in best or sims[k] > best[a][0]:
            best[a] = (float(sims[k]), s)
    cites = [(a0, s0)] + [(a, s) for a, (_v, s) in best.items()]
    return sorted(cites, key=lambda c: corpus.time_key(*c))


class Candidate(NamedTuple):
    """A sentence that may enter a summary, with what selection knows about it."""

    score: float  # centrality + lead bonus + confirmation bonus
    row: int  # corpus row
    cites: list[tuple[int, int]]  # (article, sentence) of every article stating it, in time order
    agreed: bool  # stated by two or more sources (the first tier; ``Corpus.source_keys``)


def candidates(corpus: Corpus, article_idx: Sequence[int], limit: int | None = MAX_CANDIDATES) -> list[Candidate]:
    """The candidates of a summary of ``article_idx``, best base score first, with their support.

    ``limit`` keeps the best-centrality ones (``MAX_CANDIDATES``, as ``summarize``); ``None`` keeps all
    (``kliping eval summary`` looks for agreed facts among every candidate).
    """
    cluster_rows = corpus.rows_of(article_idx)
    if not cluster_rows:
        return []
    m = corpus.sent_matrix
    if m.shape[1]:
        # Cosine to the cluster centroid: row . sum / |sum|. The sum is kept over the columns the
        # rows use, not as wide as the vocabulary (a run's unigrams and bigrams: a dense vector of
        # them per summary was half of synthesis on detik-dev), nor as the rows' Gram matrix, which
        # grows with the square of the sentences (a storyline of 30k sentences would need 7 GB).
        sub = m[cluster_rows]
        cols, inverse = np.unique(sub.indices, return_inverse=True)
        total_vec = np.bincount(inverse, weights=sub.data, minlength=len(cols))
        total = float(total_vec @ total_vec)
        compact = sparse.csr_matrix((sub.data, inverse, sub.indptr), shape=(len(cluster_rows), len(cols)))
        centrality = compact @ total_vec / np.sqrt(total) if total > 0 else np.zeros(len(cluster_rows))
    else:
        centrality = np.zeros(len(cluster_rows))

    cands: list[tuple[float, int]] = []
    for k, r in enumerate(cluster_rows):
        a, s = corpus.rows[r]
        if (a, s) in corpus.continuation or not is_clear(corpus.text(a, s)):
            continue
        cands.append((float(centrality[k]) + LEAD_BONUS / (1 + s), r))
    cands.sort(key=lambda x: (-x[0], corpus.time_key(*corpus.rows[x[1]])))
    if limit is not None:
        cands = cands[:limit]
    if not cands:
        return []

    sims = corpus.sims([r for _sc, r in cands], cluster_rows)
    source = corpus.source_keys(article_idx)
    one_outlet = corpus.independent(article_idx) == 1
    info = []
    for k, (base, r) in enumerate(cands):
        cites = _same_fact_citations(corpus, r, sims[k], cluster_rows)
        support = stating_sources(corpus, source, cites, one_outlet) - 1
        info.append(Candidate(base + CONFIRMATION_BONUS * min(support, 3), r, cites, support > 0))
    return info


def stating_sources(corpus: Corpus, source: dict[int, str], cites: Sequence[tuple[int, int]],
                    one_outlet: bool) -> int:
    """How many sources state a fact (``cites``: its ``(article, sentence)`` pairs; ``source``:
    ``Corpus.source_keys``). In a one-outlet pile a sentence another of its articles repeats word for
    word (the outlet's own background paragraph, pasted into each report) counts once: repeating
    it is not a second report of the fact."""
    keys: set[str] = set()
    texts: set[str] = set()
    for a, s in cites:
        if one_outlet:
            text = " ".join(corpus.text(a, s).casefold().split())
            if text in texts:
                continue
            texts.add(text)
        keys.add(source.get(a, f"article:{a}"))
    return len(keys)


def redundant(cosine: float, words_a: set[str], words_b: set[str]) -> bool:
    """Two sentences say the same thing for the summary: TF-IDF cosine or content-word overlap at its bar."""
    return cosine >= REDUNDANT_COSINE or word_overlap(words_a, words_b) >= REDUNDANT_OVERLAP


def summarize(corpus: Corpus, article_idx: Sequence[int], n: int = 5) -> list[SummarySentence]:
    """Up to ``n`` summary sentences for the articles ``article_idx`` (corpus indices)."""
    if n <= 0:
        return []
    info = candidates(corpus, article_idx)
    if not info:
        return []
    cand_rows = [c.row for c in info]
    tier = [1 if c.agreed else 0 for c in info]

    pair = corpus.sims(cand_rows, cand_rows)
    words_of = {r: content_words(corpus.text(*corpus.rows[r])) for r in cand_rows}
    chosen: list[int] = []  # positions in cands
    used: dict[int, int] = {}
    while len(chosen) < n:
        best_k, best_score = -1, (-1, -np.inf)
        for k, (score, r, _c, _agreed) in enumerate(info):
            if k in chosen:
                continue
            if any(redundant(pair[k, j], words_of[r], words_of[info[j].row]) for j in chosen):
                continue
            adj = (tier[k], score - SAME_ARTICLE_PENALTY * used.get(corpus.rows[r][0], 0))
            if adj > best_score:
                best_k, best_score = k, adj
        if best_k < 0:
            break
        chosen.append(best_k)
        a = corpus.rows[info[best_k].row][0]
        used[a] = used.get(a, 0) + 1

    chosen.sort(key=lambda k: corpus.time_key(*corpus.rows[info[k].row]))
    out = []
    for k in chosen:
        r, cites = info[k].row, info[k].cites
        a, s = corpus.rows[r]
        out.append(
            SummarySentence(
                text=corpus.text(a, s),
                citations=[Citation(article=corpus.articles[ca].id, sentence=cs) for ca, cs in cites],
            )
        )
    return out
