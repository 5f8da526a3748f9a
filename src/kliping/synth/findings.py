"""Findings: where sources agree, disagree, update each other, or spell a name differently.

Every item is a real sentence of a non-duplicate article (article id, sentence index, verbatim
text); nothing is computed into a finding that no article states.

* ``agreement``: the same figure (same value, unit and counted noun) from ≥ 2 independent sources,
  or the same dated happening (one timeline entry) cited by ≥ 2 independent sources. Independent
  means different outlets (``kliping.sources``): an outlet repeating its own background paragraph
  confirms nothing.
* ``discrepancy``: incompatible values for the same noun and unit, from different articles, dated
  within ``DISCREPANCY_DAYS`` of each other. Values are compared as intervals, so ``sekitar 100``
  and ``102`` or ``lebih dari 90`` and ``95`` do not conflict. Two values whose own ``as_of`` dates
  differ are a change over time (``update``), not a conflict.
* ``update``: one figure reported with changing values on ≥ 2 distinct dates, in date order.
* ``name_variant``: the link stage's likely misspellings of one name.

Numbers only compare within one *fact*: occurrences of a noun whose sentences are similar
(``FACT_COSINE``), so "5 orang ditangkap" and "3 orang terluka" are not a discrepancy about
``orang``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence

from kliping.model import Entity, Finding, FindingItem, NameVariant, Quantity, TimelineEntry
from kliping.synth.corpus import Corpus
from kliping.synth.figures import Point

# Two occurrences of a noun belong to one fact when their sentences reach this TF-IDF cosine with the
# fact's first occurrence (or are the same sentence). Low on purpose: the noun and unit already
# match; the sentence only has to be about the same thing.
FACT_COSINE = 0.2
# Values dated within this many days describe "about the same time".
DISCREPANCY_DAYS = 7
# Relative tolerance of approximate modifiers (``sekitar``, ``hampir``).
APPROX_TOLERANCE = 0.1
_PLURAL = {
    "plural_tens": (10, 100),
    "plural_hundreds": (100, 1_000),
    "plural_thousands": (1_000, 1_000_000),
    "plural_millions": (1_000_000, 1_000_000_000),
}


def interval(q: Quantity) -> tuple[float, float]:
    """The range of true values a quantity's wording allows."""
    v = q.value
    mod = q.modifier
    if mod == "range" and q.value_max is not None:
        return (min(v, q.value_max), max(v, q.value_max))
    if mod in ("about", "nearly"):
        tol = abs(v) * APPROX_TOLERANCE
        return (v - tol, v + (0 if mod == "nearly" else tol))
    if mod in ("more_than", "at_least"):
        return (v, math.inf)
    if mod in ("less_than", "up_to"):
        return (-math.inf, v)
    if mod in _PLURAL:
        return _PLURAL[mod]
    return (v, v)


def compatible(a: Quantity, b: Quantity) -> bool:
    """True when the two wordings can describe the same number."""
    (lo1, hi1), (lo2, hi2) = interval(a), interval(b)
    return lo1 <= hi2 and lo2 <= hi1


def _item(corpus: Corpus, a: int, s: int) -> FindingItem:
    return FindingItem(article=corpus.articles[a].id, sentence=s, text=corpus.text(a, s))


def _items(corpus: Corpus, pts: Iterable[Point]) -> list[FindingItem]:
    seen: set[tuple[int, int]] = set()
    out = []
    for p in pts:
        k = (p.article, p.q.sentence)
        if k not in seen:
            seen.add(k)
            out.append(_item(corpus, *k))
    return out


def fact_clusters(corpus: Corpus, pts: Sequence[Point]) -> list[list[Point]]:
    """Split one figure's points into facts by sentence similarity to each fact's first point."""
    if not pts:
        return []
    rows = [corpus.sent_rows[(p.article, p.q.sentence)] for p in pts]
    sims = corpus.sims(rows, rows)
    seeds: list[int] = []
    members: list[list[Point]] = []
    for k, p in enumerate(pts):
        best, best_sim = -1, FACT_COSINE
        for g, seed in enumerate(seeds):
            sim = 1.0 if rows[seed] == rows[k] else float(sims[k, seed])
            if sim >= best_sim and (best < 0 or sim > best_sim):
                best, best_sim = g, sim
        if best < 0:
            seeds.append(k)
            members.append([p])
        else:
            members[best].append(p)
    return members


def _agreements(corpus: Corpus, about: str, fact: Sequence[Point]) -> list[Finding]:
    by_value: dict[tuple[float, float | None, str], list[Point]] = {}
    for p in fact:
        if p.q.modifier in _PLURAL:
            continue  # "puluhan" agreeing with "puluhan" states no figure
        by_value.setdefault((p.q.value, p.q.value_max, p.q.modifier), []).append(p)
    out = []
    for pts in by_value.values():
        if corpus.independent(p.article for p in pts) >= 2:
            out.append(Finding(kind="agreement", about=about, items=_items(corpus, pts)))
    return out


def _discrepancy(corpus: Corpus, about: str, fact: Sequence[Point]) -> Finding | None:
    involved: list[Point] = []
    for i, p in enumerate(fact):
        for r in fact[i + 1 :]:
            if p.article == r.article or p.date is None or r.date is None:
                continue
            if abs((p.date - r.date).days) > DISCREPANCY_DAYS:
                continue
            if p.explicit and r.explicit and p.date != r.date:
                continue  # each states its own date: that is a change over time
            if not compatible(p.q, r.q):
                involved.extend(x for x in (p, r) if x not in involved)
    if not involved:
        return None
    involved.sort(key=lambda x: fact.index(x))
    return Finding(kind="discrepancy", about=about, items=_items(corpus, involved))


def _update(corpus: Corpus, about: str, fact: Sequence[Point]) -> Finding | None:
    firsts: list[Point] = []
    for p in fact:  # points are in date order
        if p.date is not None and (not firsts or p.date != firsts[-1].date):
            firsts.append(p)
    if len(firsts) < 2:
        return None
    if all(compatible(a.q, b.q) for a, b in itertools.pairwise(firsts)):
        return None
    return Finding(kind="update", about=about, items=_items(corpus, firsts))


def figure_findings(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]]) -> list[Finding]:
    """Agreements, discrepancies and updates over the figure groups."""
    out: list[Finding] = []
    for (about, _unit), pts in points.items():
        for fact in fact_clusters(corpus, pts):
            out.extend(_agreements(corpus, about, fact))
            d = _discrepancy(corpus, about, fact)
            if d:
                out.append(d)
            u = _update(corpus, about, fact)
            if u:
                out.append(u)
    return out


def timeline_agreements(corpus: Corpus, timeline: Sequence[TimelineEntry]) -> list[Finding]:
    """Dated happenings stated by ≥ 2 different articles."""
    out = []
    for e in timeline:
        if corpus.independent(corpus.by_id[c.article] for c in e.citations) >= 2:
            items = [_item(corpus, corpus.by_id[c.article], c.sentence) for c in e.citations]
            out.append(Finding(kind="agreement", about=e.value, items=items))
    return out


def name_variant_findings(
    variants: Sequence[NameVariant], entities: Sequence[Entity], article_ids: set[str]
) -> list[Finding]:
    """The link stage's name variants whose evidence lies in this storyline."""
    names = {e.id: e.name for e in entities}
    out = []
    for nv in variants:
        if any(it.article in article_ids for it in nv.items):
            about = names.get(nv.entity) or " / ".join(nv.variants)
            out.append(Finding(kind="name_variant", about=about, items=list(nv.items)))
    return out
