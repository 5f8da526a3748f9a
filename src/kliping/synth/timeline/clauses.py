"""The words around a date that every rule of the timeline reads: the clause a date ends
(:func:`clause_before`, :func:`words_before`, :func:`clause_words`), whether a word looks like a
verb of its own (:func:`main_verb`), the day and month values a timeline can use
(:func:`usable_date`) and a day's distance from the publication (:func:`days_before`).

Apart because the date rules of every other module build on these readings and on nothing else of
the package.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Sequence

from kliping.lang.id import calendar
from kliping.synth.corpus import words

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")


def usable_date(value: str | None, granularity: str | None) -> str | None:
    """The granularity (``day``/``month``) of a TIMEX3 value usable on a timeline, else None."""
    if not value:
        return None
    if DAY.match(value) and granularity in (None, "day"):
        return "day"
    if MONTH.match(value) and granularity in (None, "month"):
        return "month"
    return None


# How far before a date a comparison word is looked for (words of the same clause).
COMPARISON_WINDOW = 6
# A clause ends at these; a comma only when no digit follows (``5,5 tahun`` is one number).
CLAUSE_BREAK = re.compile(r"[;:()]|,(?!\d)")


def clause_before(sentence: str, start: int) -> list[str]:
    """The words of the clause that ends where a date starts: read once per date by the caller that
    runs several tests on it (:func:`_article_dates`), each cutting its own window."""
    return words(last_clause(sentence[:start]))


def last_clause(prefix: str) -> str:
    """The text after the last clause break (:data:`CLAUSE_BREAK`) of ``prefix``, all of it when it
    has none: ``CLAUSE_BREAK.split(prefix)[-1]`` without building every piece of a long sentence."""
    m = _UP_TO_LAST_BREAK.match(prefix)
    return prefix[m.end():] if m else prefix


def first_clause(text: str) -> str:
    """The text before the first clause break of ``text``: ``CLAUSE_BREAK.split(text)[0]`` without
    splitting the rest of a long sentence."""
    m = CLAUSE_BREAK.search(text)
    return text[:m.start()] if m else text


# Everything up to the last clause break (:data:`CLAUSE_BREAK`) of a date's prefix: the greedy run
# backs off from the end, so finding the last break costs the distance to it, where splitting the
# whole prefix cost its length and a list of every piece (quadratic over a long sentence's dates).
_UP_TO_LAST_BREAK = re.compile(r".*(?:" + CLAUSE_BREAK.pattern + ")", re.DOTALL)


def words_before(sentence: str, start: int) -> list[str]:
    """The last few words of the clause that ends where a date starts."""
    return clause_before(sentence, start)[-COMPARISON_WINDOW:]


WEEKDAY_FIRST = re.compile(r"^(?:hari\s+)?([^\W\d_]+(?:['’][^\W\d_]+)?)\b", re.IGNORECASE)


def clause_words(sentence: str, start: int, window: int) -> list[str]:
    return clause_before(sentence, start)[-window:]


_VERB_FORM = re.compile(r"^(?:di|me|ber|ter)[a-z]{3,}$")


def main_verb(w: str) -> bool:
    """A word that looks like a verb of its own (``ditemukan``, ``membangun``, ``berangkat``)."""
    return bool(_VERB_FORM.match(w)) and w not in calendar.NOT_VERB_WORDS and w not in calendar.RECORD_WORDS


def cue_before(near: Sequence[str], cues: Container[str], stops: Container[str] = ()) -> int | None:
    """Index in ``near`` (a date's clause words before it, nearest last) of the nearest word of ``cues``
    with no verb of its own (:func:`main_verb`) nor word of ``stops`` between it and the date; None
    when there is none. The shape of every "this date is the object of that word" test: a topic
    (``membahas laporan 3 Juni``), a reference point (``merujuk harga pada 19 Mei``), a happening
    ahead (``menjelang rilis pada Rabu``)."""
    for j in range(len(near) - 1, -1, -1):
        if near[j] in cues:
            return j
        if main_verb(near[j]) or near[j] in stops:
            return None
    return None




def days_before(value: str | None, published: dt.date | None) -> int | None:
    """How many days the day ``value`` is before the publication, or None when either is unknown
    or the value is no day."""
    if not value or published is None or not DAY.match(value):
        return None
    try:
        return (published - dt.date.fromisoformat(value)).days
    except ValueError:
        return None


HYPHENATED_WORD = re.compile(r"\w+(?:-\w+)*")
