"""The candidates of a summary (:func:`candidates`): the clear sentences of its articles, scored by
centrality, lead, lede and support, with the citations of every article stating the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from scipy import sparse

from kliping.synth.corpus import (
    Corpus,
    is_clear,
)
from kliping.synth.summary.openings import leans_back, penalised
from kliping.synth.summary.same_fact import _same_fact_citations, stating_sources, topic_words
from kliping.synth.summary.sentence_facts import SentenceFacts

# Score bonus per additional independent article stating the fact (counted up to 3).
CONFIRMATION_BONUS = 0.1
# Lead bonus: LEAD_BONUS / (1 + sentence index).
LEAD_BONUS = 0.05
# A lede that stands alone (an article's sentence 0 that is a candidate: clear, not leaning back)
# gets this on top: news states its key fact first, and a summary opening on the lede introduces
# the people and the happening its other sentences name. 0.05 alone was no match for centrality
# (0.1-0.5): 54 of 221 single-article storyline summaries of detik-dev skipped a clean lede.
LEDE_BONUS = 0.15
# Penalty for a sentence that reads as a continuation (:func:`dependent`: ``Adapun``, ``Lebih lanjut,``,
# ``Prabowo juga mengatakan``, ``," ujarnya.``): a self-contained sentence of comparable centrality
# is taken first, while a dependent one that is clearly more central (the only one stating its fact)
# still is. Not for a sentence that gives the other side (:func:`other_side`: a denial, ``Namun,
# Kapolres X membantah ...``: where Indonesian news puts the answer to an accusation). Measured and
# not shipped: giving the penalty back in selection to a dependent sentence naming a person or
# organisation no chosen sentence names (QA slices: connective-led summary sentences 40 -> 62,
# most of the 30 changed stories took an aside or a sequel: ``Adapun dasar penahanan``,
# ``Sebelumnya diberitakan``).
DEPENDENT_PENALTY = 0.1


# Candidates are checked for support this many at a time, best centrality first (keeps big
# storylines fast); more only while fewer than MIN_AGREED of them are agreed, up to MAX_SCANNED.
MAX_CANDIDATES = 200
MIN_AGREED = 10
MAX_SCANNED = 2000


class Candidate(NamedTuple):
    """A sentence that may enter a summary, with what selection knows about it."""

    score: float  # centrality + lead bonus + confirmation bonus
    row: int  # corpus row
    cites: list[tuple[int, int]]  # (article, sentence): itself, then every other article stating it, in time order
    agreed: bool  # stated by two or more sources (the first tier; ``Corpus.source_keys``)


def candidates(corpus: Corpus, article_idx: Sequence[int], limit: int | None = MAX_CANDIDATES,
               facts: SentenceFacts | None = None) -> list[Candidate]:
    """The candidates of a summary of ``article_idx``, best base score first, with their support.

    ``limit`` keeps the best-centrality ones, in batches of that size while few are agreed
    (``MAX_CANDIDATES``, as ``summarize``); ``None`` keeps all (``kliping eval summary`` looks for
    agreed facts among every candidate). ``facts`` is a reading of the sentences the caller shares
    (``summarize`` reads them once for support and redundancy)."""
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
    leaning: list[tuple[float, int]] = []
    for k, r in enumerate(cluster_rows):
        a, s = corpus.rows[r]
        if (a, s) in corpus.continuation or not is_clear(corpus.text(a, s)):
            continue
        text = corpus.text(a, s)
        scored = (float(centrality[k]) + LEAD_BONUS / (1 + s) + (LEDE_BONUS if s == 0 else 0.0)
                  - (DEPENDENT_PENALTY if penalised(corpus, a, s) else 0.0), r)
        (leaning if leans_back(text) else cands).append(scored)
    # Nothing stands alone (a one-sentence article whose lead became its title, ``Rapat koordinasi
    # ini bertujuan ...``): its clear statements that lean back still say what the articles report,
    # which an empty summary does not.
    cands = cands or leaning
    cands.sort(key=lambda x: (-x[0], corpus.time_key(*corpus.rows[x[1]])))
    facts = facts or SentenceFacts(corpus)
    topic = topic_words(corpus, article_idx)
    source = corpus.source_keys(article_idx)
    one_outlet = corpus.independent(article_idx) == 1
    info: list[Candidate] = []
    agreed = 0
    if limit == 0:
        return []
    step = limit if limit is not None else len(cands) or 1
    # A sentence is cited by other articles' sentences only: the article of each row leaves the
    # candidate's own out of its citations (:func:`_same_fact_citations`), and a summary of one
    # article needs no similarities at all (one long article of N sentences read them N x N).
    row_articles = np.fromiter((corpus.rows[r][0] for r in cluster_rows), dtype=np.int64, count=len(cluster_rows))
    several = bool((row_articles != row_articles[0]).any())
    # Support is read a batch of ``limit`` candidates at a time (a batch's similarities to the
    # cluster: ``limit`` x rows); a further batch only while fewer than MIN_AGREED agreed facts were
    # found, so the first tier does not miss a fact several sources state just because many
    # single-source sentences are more central, up to MAX_SCANNED candidates.
    for lo in range(0, len(cands), step):
        if limit is not None and (lo >= MAX_SCANNED or (lo and agreed >= MIN_AGREED)):
            break
        batch = cands[lo:lo + step]
        sims = corpus.sims([r for _sc, r in batch], cluster_rows) if several else None
        for k, (base, r) in enumerate(batch):
            cites = ([corpus.rows[r]] if sims is None
                     else _same_fact_citations(corpus, r, sims[k], cluster_rows, facts, topic, row_articles))
            support = stating_sources(corpus, source, cites, one_outlet) - 1
            agreed += support > 0
            info.append(Candidate(base + CONFIRMATION_BONUS * min(support, 3), r, cites, support > 0))
    return info
