"""Agreements: the same figure from two or more independent sources, and the same dated happening (one
timeline entry) cited by two or more independent sources whose sentences report no conflicting figures.

Separate from the discrepancy and update rules: an agreement needs equal values, not a dated comparison.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from kliping.model import Finding, Quantity, TimelineEntry
from kliping.synth.corpus import Corpus
from kliping.synth.figures import Point, figure_key, recalls_figure
from kliping.synth.findings.intervals import PLURAL_RANGES, compatible
from kliping.synth.findings.items import cited_item, cited_items


def figure_agreements(corpus: Corpus, about: str, fact: Sequence[Point]) -> list[Finding]:
    by_value: dict[tuple[float, float | None, str], list[Point]] = {}
    for p in fact:
        if p.q.modifier in PLURAL_RANGES:
            continue  # "puluhan" agreeing with "puluhan" states no figure
        if p.recall:
            continue  # another party's earlier statement repeated (``Point.recall``) supports it, it does not agree
        by_value.setdefault((p.q.value, p.q.value_max, p.q.modifier), []).append(p)
    out = []
    for pts in by_value.values():
        if corpus.independent(p.article for p in pts) >= 2:
            out.append(Finding(kind="agreement", about=about, items=cited_items(corpus, pts)))
    return out


def figures_conflict(corpus: Corpus, cited: Sequence[tuple[int, int]]) -> bool:
    """Two of the cited sentences (``(article, sentence)``, from different articles) give incompatible values
    of one figure (``figure_key``, ``compatible``): ``sekitar 7.000 kontainer sejak awal September`` and
    ``hampir 10.000 kontainer sejak awal September`` agree on the date only, and what they report differs."""
    by_key: dict[tuple[str, str | None], dict[int, list[Quantity]]] = {}
    for a, s in cited:
        for q in corpus.articles[a].quantities:
            key = figure_key(q) if q.sentence == s else None
            if key is not None:
                by_key.setdefault(key, {}).setdefault(a, []).append(q)
    # Two articles conflict on a figure when none of one's values fits any of the other's: one that
    # also gives a value the other leaves out (``40 rumah`` / ``40 rumah ... dan 12 rumah``) agrees.
    for per_article in by_key.values():
        for qa, qb in itertools.combinations(per_article.values(), 2):
            if not any(compatible(x, y) for x in qa for y in qb):
                return True
    return False


def timeline_agreements(corpus: Corpus, timeline: Sequence[TimelineEntry]) -> list[Finding]:
    """Dated happenings stated by ≥ 2 different articles, unless their sentences report conflicting
    figures (``figures_conflict``): a shared date is no agreement on what happened by it. A cited sentence
    that repeats a figure as another party's earlier statement (``recalls_figure``: ``Pekan lalu, Dinas Sosial
    menyatakan 320 keluarga mengungsi ... pada Senin``) tells the happening from that statement's first report:
    it is no second source and is not listed, as a recalled value is not in a figure's agreement."""
    out = []
    for e in timeline:
        cited = [(corpus.by_id[c.article], c.sentence) for c in e.citations]
        if corpus.independent(a for a, _s in cited) < 2:
            continue
        cited = [(a, s) for a, s in cited if not recalls_figure(corpus, a, s)]
        if corpus.independent(a for a, _s in cited) >= 2 and not figures_conflict(corpus, cited):
            out.append(Finding(kind="agreement", about=e.value, items=[cited_item(corpus, a, s) for a, s in cited]))
    return out
