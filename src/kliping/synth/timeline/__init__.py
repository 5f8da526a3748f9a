"""Timeline (``kliping.synth.timeline``): dated happenings of a storyline, one entry per (date, thing
that happened). The rules live in :mod:`kliping.synth.timeline.entries` and the modules it imports;
this package re-exports the names the rest of the project uses.
"""

from __future__ import annotations

from kliping.synth.timeline.clauses import HYPHENATED_WORD
from kliping.synth.timeline.coming_dates import unsure_future
from kliping.synth.timeline.comparisons import comparison_date, delivery_month
from kliping.synth.timeline.entries import (
    SAME_HAPPENING_COSINE,
    build_timeline,
    leans_on_context,
    same_happening,
    same_statement,
)
from kliping.synth.timeline.not_happening import not_a_happening
from kliping.synth.timeline.placement import dated_sentences
from kliping.synth.timeline.planned import planned_at
from kliping.synth.timeline.relative_days import relative_day_offset
from kliping.synth.timeline.several_dates import MONTH_VALUE

__all__ = [
    "HYPHENATED_WORD",
    "MONTH_VALUE",
    "SAME_HAPPENING_COSINE",
    "build_timeline",
    "comparison_date",
    "dated_sentences",
    "delivery_month",
    "leans_on_context",
    "not_a_happening",
    "planned_at",
    "relative_day_offset",
    "same_happening",
    "same_statement",
    "unsure_future",
]
