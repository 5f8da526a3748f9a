"""Timeline: dated happenings of a storyline, one entry per (date, thing that happened).

Only DATE expressions with a day or month value (``2023-09-12``, ``2023-09``) are used: ``PRESENT_REF``,
years, weeks and unresolved expressions are too vague to order a story by. A sentence is placed only
at a date it names itself (relative words such as "kemarin" or "hari ini" are resolved against the
publication date by the time extractor, so they count as named); a sentence naming no date is never
placed at its article's date, since the contract has no mark for "placed by publication date".

Sentences carrying the same date are one entry when they describe the same happening (possibly in
different articles and wordings): :func:`same_happening`, or, for a day, quote one speaker:
:func:`same_statement`. The entry's text is the shortest clear sentence of the group that does
not lean on its context (:func:`leans_on_context`: a quote, ``Hal itu ...``), when there is one,
preferring a report of the happening to one telling it as still ahead (:func:`planned_at`) or
telling what went before it (``menjelang``), and it cites all of them; different happenings on one date stay separate entries. Dates that are
not when the sentence's happening took place are left out (:func:`dated_sentences`). Duplicates
never contribute (the corpus leaves them out).

Modules, in the order the timeline uses them: :mod:`.clauses` (the words around a date), the rules
that tell a date from its sentence's happening (:mod:`.comparisons`, :mod:`.quoting_dates`,
:mod:`.not_happening`, :mod:`.coming_dates`, :mod:`.planned`, :mod:`.documents_and_periods`,
:mod:`.weekday_checks`, :mod:`.several_dates`), the days of relative words and quotes
(:mod:`.relative_days`, :mod:`.said_days`), :mod:`.sentences` (what the grouping reads of a
sentence), :mod:`.reprints`, :mod:`.placement` (:func:`dated_sentences`), :mod:`.near_pairs` (the
similar sentences of a busy date), :mod:`.grouping`,
:mod:`.shown_text` and :mod:`.entries` (:func:`build_timeline`). This package re-exports the names
the rest of the project uses.
"""

from __future__ import annotations

from kliping.synth.timeline.clauses import HYPHENATED_WORD
from kliping.synth.timeline.coming_dates import unsure_future
from kliping.synth.timeline.comparisons import comparison_date, delivery_month
from kliping.synth.timeline.entries import build_timeline
from kliping.synth.timeline.grouping import SAME_HAPPENING_COSINE, same_happening, same_statement
from kliping.synth.timeline.not_happening import not_a_happening
from kliping.synth.timeline.placement import dated_sentences
from kliping.synth.timeline.planned import planned_at
from kliping.synth.timeline.relative_days import relative_day_offset
from kliping.synth.timeline.several_dates import MONTH_VALUE
from kliping.synth.timeline.shown_text import leans_on_context

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
