"""A happening told as still ahead of its article's publication (:func:`planned_at`): a
date after the publication, or the publication day or month with a plan or schedule word
(``dijadwalkan digelar hari ini``), unless the date is the day something was said (a speech tail,
``kata Budi, Rabu (3/12)``). Such entries stay on the timeline, marked ``planned``.

Apart from :mod:`.coming_dates` because a plan is not left out: it marks an entry, and the
entries (:mod:`.entries`) ask it of the sentences they cite.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.lang.id import calendar, time_cues
from kliping.synth.corpus import words
from kliping.synth.timeline.clauses import CLAUSE_BREAK, HYPHENATED_WORD
from kliping.synth.timeline.coming_dates import date_clause_before, still_to_come


def planned_at(sentence: str, start: int, end: int, value: str, granularity: str,
               published: dt.date | None) -> bool:
    """The sentence tells the happening placed by the date at ``start``-``end`` (resolved to
    ``value``) as still ahead of its article's publication. A day after the publication day or a
    month after its month, or the publication month put ahead by its words (:func:`still_to_come`:
    ``Oktober nanti``, ``akhir Oktober`` early in the month), unless it is a speech tail's day
    (``kata Budi, Rabu (3/12)`` a day after the recorded publication: the saying happened) or it
    needs words it lacks (:func:`_ahead_needs_words`: a date far ahead, a year typo, or a relative
    date counted from the publication for want of the story's day). Or the publication day or month
    with a plan or schedule word in the date's clause (:func:`_plan_words`: ``dijadwalkan digelar
    hari ini``, ``akan berkunjung bulan ini``), the date not the day something was said
    (:func:`_tail_apposition`). A past date never is: a report of a plan that was carried out (``rapat yang
    dijadwalkan Senin lalu``) tells what happened. Such entries stay on the timeline when their date
    resolves (a scheduled meeting is the labels' right date) and are marked ``planned``, so a reader
    does not take them for done."""
    if published is None:
        return False
    if still_to_come(sentence, start, end, value, granularity, published):
        if _said_aside(sentence, start, end):
            return False
        if _ahead_needs_words(sentence[start:end], value, granularity, published):
            return _plan_words(sentence, start, end) or any(w in _AHEAD_WORDS for w in words(sentence))
        return True
    now = published.isoformat() if granularity == "day" else published.isoformat()[:7]
    return (value == now and not _tail_apposition(sentence, start, end) and not _said_aside(sentence, start, end)
            and _plan_words(sentence, start, end))


def _said_aside(sentence: str, start: int, end: int) -> bool:
    """The date is set off by commas after a reporting clause (``kata Budi, Rabu (3/12).``,
    ``Sudirman mengatakan, Rabu (3/12), dia akan ...``): the day of the saying, which happened, even
    a day after the recorded publication (:func:`_tail_apposition`, :func:`_reporting_tail`)."""
    return _tail_apposition(sentence, start, end, aside=True) and _reporting_tail(sentence, start)


# What may follow a date that ends its sentence: a part of the day, a clock time, closing marks.
_SENTENCE_TAIL = re.compile(
    r"(?i)^[\s)\]]*(?:(?:pagi|siang|sore|malam|petang|dini\s+hari)\b)?\s*"
    r"(?:pukul\s+[\d.:]+(?:\s*(?:WIB|WITA|WIT))?)?[\s\"'\u201d\u2019)\].!?]*$")


_ASIDE_END = re.compile(r"^[\s)\]]*,")


def _tail_apposition(sentence: str, start: int, end: int, aside: bool = False) -> bool:
    """The date is a sentence-final apposition after a comma (``..., ujarnya saat ditemui di Balai
    Kota, Senin (17/3/2025).``): in Indonesian news the day the sentence's words were said or
    written, not the day of what they tell. With ``aside``, also a date between two commas
    (``Sudirman mengatakan, Rabu (3/12), dia akan ...``; read with a reporting word before it,
    :func:`_reporting_tail`). A date apposed to a date word (``digelar besok, Rabu (12/3)``, ``hari
    ini, Senin``) is that day's own and stays."""
    if not (_SENTENCE_TAIL.match(sentence[end:]) or (aside and _ASIDE_END.match(sentence[end:]))):
        return False
    head = sentence[:start].rstrip()
    if not head.endswith(","):
        return False
    last = words(head[-40:])[-1:]
    if not last:
        return False
    w = last[0]
    return not (w in calendar.DEICTIC_DAYS or w in time_cues.RELATIVE_DATE_ENDS
                or w in calendar.WEEKDAYS or w in calendar.MONTHS or w.isdigit())


_TAIL_CLAUSE_BREAK = re.compile(r"[;:()\"\u201c\u201d]|,(?!\d)")


def _reporting_tail(sentence: str, start: int) -> bool:
    """The clause before a said-day date (:func:`_tail_apposition`) holds a reporting word
    (:data:`time_cues.REPORTING_BEFORE`: ``kata Budi, Rabu``, ``ujarnya di Balai Kota, Senin``): the
    date is when that was said, even when the recorded publication is a day earlier."""
    head = sentence[:start].rstrip()[:-1]
    return any(w in time_cues.REPORTING_BEFORE for w in words(_TAIL_CLAUSE_BREAK.split(head)[-1]))


# Words anywhere in the sentence that tell a far or relative date is still ahead (:func:`planned_at`):
# the plan words, every future word of the time extractor (``depan``, ``mendatang``, targets) and the
# words that count forward from the writing.
_AHEAD_WORDS = time_cues.PLANNED_CUES | calendar.FUTURE_CUES | time_cues.FORWARD_WORDS - {"lagi"} | {"target"}


def _ahead_needs_words(said: str, value: str, granularity: str, published: dt.date) -> bool:
    """A date after the publication that is told ahead only with a plan word: more than
    :data:`time_cues.PLANNED_NEAR_DAYS` days after it, a month more than
    :data:`time_cues.PLANNED_NEAR_MONTHS` after its month (a year typo, ``(8/10/2028)``, or a far
    plan that says so), or a relative date without a word that counts it from the writing (``lima bulan
    kemudian``: counted from the publication when the story's own day is unknown; ``besok``,
    ``pekan depan`` count from the writing, :data:`time_cues.FORWARD_WORDS`)."""
    if granularity == "day":
        far = value > (published + dt.timedelta(days=time_cues.PLANNED_NEAR_DAYS)).isoformat()
    else:
        months = published.year * 12 + published.month - 1 + time_cues.PLANNED_NEAR_MONTHS
        far = value > f"{months // 12:04d}-{months % 12 + 1:02d}"
    if far:
        return True
    said_words = words(said)
    absolute = any(w.isdigit() or w in calendar.MONTHS or w in calendar.WEEKDAYS for w in said_words)
    return not absolute and not any(w in time_cues.FORWARD_WORDS for w in said_words)


def _plan_words(sentence: str, start: int, end: int) -> bool:
    """A plan word (:data:`time_cues.PLANNED_CUES`) at most :data:`time_cues.PLANNED_WINDOW` words
    before the date in its clause or in the :data:`time_cues.PLANNED_AFTER` words after it, not in a
    ``yang`` clause (``Bupati yang dijadwalkan hadir pada Senin tidak datang``: the ``yang`` word
    describes the subject, the main verb tells what happened), with no reporting word before it in
    the clause (:data:`time_cues.REPORTING_BEFORE`: the date is the saying's), and no word after it
    saying the plan was carried out or is under way (:func:`_plan_done`, in the clause up to the date
    or after it: ``rapat yang dijadwalkan hari ini akhirnya digelar``). A quote's tail (``"Kami akan
    datang," kata Budi, Senin``) has its speech verb, not the quote's ``akan``, in the date's
    clause."""
    clause = [w.casefold() for w in HYPHENATED_WORD.findall(date_clause_before(sentence, start))]
    after = [w.casefold() for w in HYPHENATED_WORD.findall(CLAUSE_BREAK.split(sentence[end : end + 300])[0])]
    words_ = clause + after
    lo = max(0, len(clause) - time_cues.PLANNED_WINDOW)
    hi = len(clause) + time_cues.PLANNED_AFTER
    cue = max((k for k in range(lo, min(hi, len(words_)))
               if words_[k] in time_cues.PLANNED_CUES and "yang" not in words_[max(0, k - 2) : k]), default=None)
    if cue is None or any(w in time_cues.REPORTING_BEFORE for w in words_[:cue]):
        return False
    return not _plan_done(words_[cue + 1 :])


def _plan_done(rest: list[str]) -> bool:
    """Words after a plan word that tell it was carried out or is under way: a done word
    (:data:`time_cues.PLANNED_DONE`), a verb of going on or ending that is not the plan's own verb
    right after the cue (:data:`time_cues.PLANNED_DONE_LATER`), or ``sedang``/``tengah`` right before
    a meN-/di- verb (:data:`time_cues.UNDER_WAY`; ``Jawa Tengah``, ``tengah malam`` are no such)."""
    for k, w in enumerate(rest):
        if w in time_cues.PLANNED_DONE or (k > 0 and w in time_cues.PLANNED_DONE_LATER):
            return True
        if w in time_cues.UNDER_WAY and k + 1 < len(rest) and re.match(r"^(?:me|di)\w{3,}", rest[k + 1]):
            return True
    return False
