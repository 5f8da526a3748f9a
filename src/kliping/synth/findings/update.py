"""Updates across reports: the stages of a fact's value that changes along its dated values.

Separate from the discrepancy rule it applies (``discrepancy.same_time_conflict``): one walk in date order
over the values of one fact, each new stage a changed, comparable value that is no same-time disagreement.
"""

from __future__ import annotations

from collections.abc import Sequence

from kliping.model import Finding
from kliping.synth.corpus import Corpus
from kliping.synth.figures import Point
from kliping.synth.findings.discrepancy import same_time_conflict
from kliping.synth.findings.facts import comparable
from kliping.synth.findings.intervals import changed, point_span
from kliping.synth.findings.items import cited_items


def fact_update(corpus: Corpus, src: dict[int, str], about: str, fact: Sequence[Point],
                running: bool) -> Finding | None:
    """The stages of a changing value, in date order (points come sorted by date, then publication)."""
    stages: list[Point] = []
    for p in fact:
        if p.date is None:
            continue
        if not stages:
            stages.append(p)
            continue
        last = stages[-1]
        if p.article == last.article or not changed(last.q, p.q, (point_span(last), point_span(p))) \
                or not comparable(last, p, corpus, update=True):
            continue
        if same_time_conflict(src, last, p, running, corpus):
            continue  # a disagreement, not a change
        if p.date == last.date and src[p.article] != src[last.article]:
            continue  # another source the same day: not a later figure
        stages.append(p)
    if len(stages) < 2:
        return None
    return Finding(kind="update", about=about, items=cited_items(corpus, stages))
