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


def previous_clause(prefix: str) -> str | None:
    """The clause before the last clause break of ``prefix``: ``CLAUSE_BREAK.split(prefix)[-2]``, None when it
    has no break, found by backing off from the end to the last two breaks (a break is one character, and
    the one ending the text searched for the second is no digit, so a comma before it reads alike)."""
    last = _UP_TO_LAST_BREAK.match(prefix)
    if last is None:
        return None
    end = last.end() - 1
    before = _UP_TO_LAST_BREAK.match(prefix, 0, end)
    return prefix[before.end() if before else 0 : end]


def first_clause(text: str) -> str:
    """The text before the first clause break of ``text``: ``CLAUSE_BREAK.split(text)[0]`` without
    splitting the rest of a long sentence."""
    m = CLAUSE_BREAK.search(text)
    return text[:m.start()] if m else text


# Everything up to the last clause break (:data:`CLAUSE_BREAK`) of a date's prefix: the greedy run
# backs off from the end, so finding the last break costs the distance to it, where splitting the
# whole prefix cost its length and a list of every piece (quadratic over a long sentence's dates).
_UP_TO_LAST_BREAK = re.compile(r".*(?:" + CLAUSE_BREAK.pattern + ")", re.DOTALL)


# The first window a date's last words are looked for in (``last_words``, ``last_clause_words``), doubled as needed.
_TAIL_WINDOW = 64


def last_words(text: str, end: int, n: int) -> list[str]:
    """``words(text[:end])[-n:]`` without reading the whole prefix: the words of a window before ``end``,
    doubled until it holds one word more than ``n`` (its first word may be cut) or reaches the start. The
    last words of a long paragraph's date cost their own length, not the paragraph's."""
    width = _TAIL_WINDOW
    while True:
        lo = end - width
        if lo <= 0:
            return words(text[:end])[-n:]
        ws = words(text[lo:end])
        if len(ws) > n:
            return ws[-n:]
        width *= 2


def last_clause_words(prefix: str, n: int, asides: bool = False) -> list[str]:
    """``words(last_clause(prefix))[-n:]``, or with ``asides`` the same of ``ASIDE.sub(" ", prefix)`` (a
    bracketed aside left out), read from a window at the end of ``prefix``, doubled until it settles the
    answer: it ends a clause (:data:`CLAUSE_BREAK`), or it holds one word more than ``n`` (its first word
    may be cut). An aside holds no bracket, so it is found by its own two brackets, wherever a search
    starts: the window's asides are the prefix's once none runs across the window's start, which holds
    when the window's first bracket, if any, opens one."""
    width = _TAIL_WINDOW
    while True:
        lo = len(prefix) - width
        if lo <= 0:
            return words(last_clause(ASIDE.sub(" ", prefix) if asides else prefix))[-n:]
        tail = prefix[lo:]
        bracket = _FIRST_BRACKET.search(tail) if asides else None
        if bracket is None or bracket.group() == "(":
            text = ASIDE.sub(" ", tail) if asides else tail
            m = _UP_TO_LAST_BREAK.match(text)
            if m:
                return words(text[m.end():])[-n:]
            ws = words(text)
            if len(ws) > n:
                return ws[-n:]
        width *= 2


# A bracketed aside inside a phrase (``Badan Informasi Energi AS (EIA) pada Rabu``): no clause break.
ASIDE = re.compile(r"\([^()]*\)")
_FIRST_BRACKET = re.compile(r"[()]")


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
