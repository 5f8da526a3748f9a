"""A summary of a set of articles (:func:`summarize`): the greedy, tiered choice among the candidates,
then the shown wordings in reading order, each citing every article that states it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from kliping.model import Citation, SummarySentence
from kliping.synth.corpus import (
    Corpus,
    content_words,
)
from kliping.synth.summary.openings import continues, dependent, opens_on_before, other_side
from kliping.synth.summary.redundancy import redundant
from kliping.synth.summary.scoring import MAX_CANDIDATES, candidates
from kliping.synth.summary.sentence_facts import sentence_facts, short_named
from kliping.synth.summary.showing import _show, placed, reading_order, sentence_date

# Penalty per sentence already chosen from the same article (source diversity).
SAME_ARTICLE_PENALTY = 0.05


def standalone_first(corpus: Corpus, ks: list[int], when: Callable[[int], tuple],
                     row_of: Callable[[int], tuple[int, int]]) -> list[int]:
    """``ks`` in reading order, but a summary does not open on a sentence that reads as a continuation
    (:func:`dependent`: ``Namun, ...``, ``Prabowo juga mengatakan ...``: an agreed one selection keeps)
    while another report of the same day gives a self-contained one: that one comes first. Only within
    the first day (``when``: :func:`placed`, whose first two fields are the day), so the summary stays in
    time order, and only a sentence whose article has none before it in the summary (``row_of``: the
    candidate's (article, sentence)), so every article keeps its own order. The date a reader sees by it
    (:func:`sentence_date`: a month the sentence names is shown though it places nothing) must be the
    first one's too."""
    def text_of(k: int) -> str:
        return corpus.text(*row_of(k))

    def dated(k: int) -> str | None:
        return (sentence_date(corpus, *row_of(k)) or (None,))[0]

    if len(ks) < 2 or not dependent(text_of(ks[0])):
        return ks
    day, shown = when(ks[0])[:2], dated(ks[0])
    for i, k in enumerate(ks[1:], 1):
        if when(k)[:2] != day:
            break
        if dated(k) != shown:
            continue
        if any(row_of(j)[0] == row_of(k)[0] for j in ks[:i]) or dependent(text_of(k)):
            continue
        return [k, *ks[:i], *ks[i + 1:]]
    return ks


def summarize(corpus: Corpus, article_idx: Sequence[int], n: int = 5) -> list[SummarySentence]:
    """Up to ``n`` summary sentences for the articles ``article_idx`` (corpus indices)."""
    if n <= 0:
        return []
    facts = sentence_facts(corpus)  # one reading of the sentences for support and redundancy
    info = candidates(corpus, article_idx, MAX_CANDIDATES, facts)
    if not info:
        return []
    cand_rows = [c.row for c in info]
    tier = [1 if c.agreed else 0 for c in info]

    pair = corpus.sims(cand_rows, cand_rows)
    words_of = {r: content_words(corpus.text(*corpus.rows[r])) for r in cand_rows}
    figures_of = {r: facts(*corpus.rows[r]).figures for r in cand_rows}
    chosen: list[int] = []  # positions in cands
    banned: set[int] = set()
    # The person a candidate names only by a short form, and the people each names in full.
    short_of = {k: short_named(facts, *corpus.rows[c.row]) for k, c in enumerate(info)}
    full_of = {k: frozenset(m.entity for m in facts._parts(*corpus.rows[c.row])[0]
                            if m.type == "PERSON" and m.entity and (m.title or len(m.text.split()) > 1))
               for k, c in enumerate(info)}

    # The sentence a candidate goes on from: its article's sentence before it, when its opening ties
    # it there (:func:`opens_on_before`: ``Namun,``, ``Selain itu,``, ``Apalagi``) and it gives no
    # other side (:func:`other_side`: a denial answers an accusation, which it names); an agreed fact
    # only when every report of it opens so (another's wording is shown: :func:`wordings`). An
    # article's first sentence goes on from nothing (``Bukan hanya mengenyangkan, ubi jalar ...``).
    before_of: dict[int, tuple[int, int]] = {}
    for k, c in enumerate(info):
        a, s = corpus.rows[c.row]
        if s and not other_side(corpus, a, s) and all(w[1] and opens_on_before(corpus.text(*w)) for w in c.cites):
            before_of[k] = (a, s - 1)

    def leaning(k: int) -> bool:
        """It goes on from a sentence the summary does not give: no chosen sentence cites it (is it,
        or states its fact in another report). A chosen sentence merely alike in words (the same
        names) is not the one it answers (``Namun lagi-lagi ketua DPRD tidak ...``)."""
        prev = before_of.get(k)
        return prev is not None and not any(j != k and prev in info[j].cites for j in chosen)

    def unintroduced(k: int) -> bool:
        """Its person is named by a short form and no chosen sentence before it names them in full."""
        who = short_of[k]
        return who is not None and not any(who in full_of[j] and when(j) <= when(k) for j in chosen)

    def fill() -> None:
        used: dict[int, int] = {}
        for j in chosen:
            used[corpus.rows[info[j].row][0]] = used.get(corpus.rows[info[j].row][0], 0) + 1
        while len(chosen) < n:
            best_k, best_score = -1, (-1, False, False, -np.inf)
            for k, (score, r, _c, _agreed) in enumerate(info):
                if k in chosen or k in banned:
                    continue
                if any(redundant(pair[k, j], words_of[r], words_of[info[j].row], figures_of[r], figures_of[info[j].row])
                       for j in chosen):
                    continue
                # Within a tier, a sentence going on from one the summary does not give (``Namun,``,
                # ``Selain itu,``: :func:`leaning`), then one leaning on an unintroduced short name,
                # gives way to any other (a self-contained one, the same fact named in full).
                adj = (tier[k], not leaning(k), not unintroduced(k),
                       score - SAME_ARTICLE_PENALTY * used.get(corpus.rows[r][0], 0))
                if adj > best_score:
                    best_k, best_score = k, adj
            if best_k < 0:
                break
            chosen.append(best_k)
            a = corpus.rows[info[best_k].row][0]
            used[a] = used.get(a, 0) + 1

    placed_at: dict[int, tuple] = {}

    def when(k: int) -> tuple:
        """Where candidate ``k`` is placed (:func:`placed`, pure: computed once per candidate)."""
        if k not in placed_at:
            placed_at[k] = placed(corpus, facts, info[k].cites)
        return placed_at[k]

    def ordered(ks: list[int]) -> list[int]:
        return reading_order(ks, when, lambda k: corpus.rows[info[k].row])

    fill()
    # A single-source sentence that goes on from one the summary does not give (:func:`leaning`: taken
    # only when no self-contained candidate was left) is dropped while the summary keeps another: a
    # shorter summary, not one whose ``Selain itu,`` adds to nothing shown. Nor does a single-source
    # sentence that continues the one before it (``Namun,``, ``Sementara itu,``) open the summary: it
    # gives way to the next choice. An agreed one stays (agreement first).
    while len(chosen) > 1:
        drop = next((k for k in chosen if not info[k].agreed and leaning(k)), None)
        if drop is None:
            first = ordered(chosen)[0]
            if info[first].agreed or not continues(corpus.text(*corpus.rows[info[first].row])):
                break
            drop = first
        banned.add(drop)
        chosen.remove(drop)
        fill()

    chosen[:] = standalone_first(corpus, ordered(chosen), when, lambda k: corpus.rows[info[k].row])
    shown = _show(corpus, [info[k] for k in chosen], facts)
    out = []
    for k, (a, s) in zip(chosen, shown, strict=True):
        # the sentence shown is cited first (the contract: docs/dossier.md, README), then the others
        cites = [(a, s), *(c for c in info[k].cites if c != (a, s))]
        dated = sentence_date(corpus, a, s)
        out.append(
            SummarySentence(
                text=corpus.text(a, s),
                citations=[Citation(article=corpus.articles[ca].id, sentence=cs) for ca, cs in cites],
                date=dated[0] if dated else None,
                date_source=dated[1] if dated else None,
            )
        )
    return out
