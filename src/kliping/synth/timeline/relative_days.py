"""Relative day words (``kemarin``, ``besok``, ``hari ini``, ``kemarin sore``): how many
days they count (:func:`relative_day_offset`), a time of day read as its day (:func:`day_exprs`),
whether the time extractor counted one from the publication (:func:`from_publication`) and in the
reporter's own voice (:func:`editors_word`), the reporter's "today" when the article glosses it
(:func:`author_today_shift`), and an article's day expressions by sentence
(:func:`dates_by_sentence`).

Apart because a relative word's day is moved by later rules (a quote's day, a reprint's first
day), which all ask these questions first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from kliping.lang.id import calendar, time_cues
from kliping.model import Evidence, TimeExpr
from kliping.synth.corpus import Corpus
from kliping.synth.timeline.clauses import DAY, WEEKDAY_FIRST

# A time of day on a day the expression names itself: a weekday first (``Senin malam``, ``Selasa (21/10)
# sore``) or a written date (``Minggu, 19 Oktober 2025 malam``, ``(3/12/2014) malam``).
_TIME_ON_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T")
_WRITTEN_DATE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}|\d{1,2}\s+(?:" + "|".join(sorted(calendar.MONTHS, key=len, reverse=True))
                           + r")\b", re.IGNORECASE)


_PODS = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in calendar.PARTS_OF_DAY), key=len, reverse=True))
_RELATIVE_POD = re.compile(
    rf"^(?:(?P<rel>{'|'.join(time_cues.RELATIVE_POD_BEFORE)})\s+(?P<pod>{_PODS})"
    rf"|(?P<pod2>{_PODS})\s+(?:hari\s+)?(?P<rel2>{'|'.join(time_cues.RELATIVE_POD_AFTER)}))$", re.IGNORECASE)


def relative_day_offset(text: str) -> int | None:
    """How many days from the day it is said a relative day expression counts: ``kemarin`` -1,
    ``besok`` +1 (:data:`time_cues.DEICTIC_OFFSETS`), and with a part of day (``kemarin sore`` -1,
    ``pagi ini`` 0, ``tadi malam`` -1: :data:`time_cues.RELATIVE_POD_BEFORE`); None for any other."""
    word = " ".join(text.casefold().split())
    if word in time_cues.DEICTIC_OFFSETS:
        return time_cues.DEICTIC_OFFSETS[word]
    m = _RELATIVE_POD.match(word)
    if m is None:
        return None
    rel, pod = (m["rel"], m["pod"]) if m["rel"] else (m["rel2"], m["pod2"])
    offset = time_cues.RELATIVE_POD_BEFORE[rel] if m["rel"] else time_cues.RELATIVE_POD_AFTER[rel]
    return offset - 1 if (rel, pod) == time_cues.NIGHT_JUST_GONE else offset


def day_exprs(times: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The article's DATE expressions, and its times of day on a day they name themselves read as
    that day (``Senin (20/10) malam``, ``Minggu, 19 Oktober 2025 malam``, ``Selasa sore``: the time
    extractor gives them as TIME ``2025-10-20TNI``): the part of day does not make the day less
    the happening's day than ``Senin (20/10)`` alone; so are a relative day word's (``kemarin sore``,
    ``tadi malam``, ``pagi ini``: :func:`relative_day_offset`), as ``kemarin`` alone is, counted from
    the publication or, inside a quote, from the day it was said (:func:`said_day`). A time whose day
    comes from elsewhere (``pukul 21.00``, ``malam hari``, whose day the extractor takes from the
    sentence) is not one, nor ``semalam`` ("overnight" as well as "last night")."""
    out: list[TimeExpr] = []
    for t in times:
        if t.type == "TIME" and t.value and _TIME_ON_DAY.match(t.value) and (
                _names_its_day(t.text) or _other_day_part(t.text)):
            t = dataclasses.replace(t, type="DATE", value=t.value[:10], granularity="day")
        out.append(t)
    return out


def _other_day_part(text: str) -> bool:
    """A part of day on a day before or after the one it is said (``kemarin sore``, ``tadi malam``,
    ``besok pagi``). Today's (``pagi ini``, ``sore hari ini``, ``siang tadi``) is left out: in a report
    it is the report's own day, which its dated sentences already tell, and each piece of it (the
    index, the regional bourses, the rupiah of one afternoon's close) became an entry of its own
    (measured: kompas redundant same date 13 -> 17, detik 12 -> 13, for 6 and 3 new placements)."""
    return bool(_RELATIVE_POD.match(" ".join(text.casefold().split()))) and relative_day_offset(text) != 0


def _names_its_day(text: str) -> bool:
    """A time expression's words name a day: a written date or a weekday first."""
    m = WEEKDAY_FIRST.match(text)
    return bool(_WRITTEN_DATE.search(text) or (m and m.group(1).casefold() in calendar.WEEKDAYS))


def from_publication(t: TimeExpr, published: dt.date | None) -> bool:
    """A relative day word (``hari ini``, ``kemarin``, ``besok``) the time extractor counted from
    the publication day (not read from a gloss). In a weekly digest such a word was written for the
    report the digest retells, days before: counted from the digest's day it is wrong (a quote's
    ``hari ini`` of Wednesday placed at the Sunday of the recap), and with no day of saying it
    cannot be told; :func:`said_day` moves it when the quote is dated."""
    offset = relative_day_offset(t.text)
    return published is not None and offset is not None and t.value == (
        published + dt.timedelta(days=offset)).isoformat()


def editors_word(t: TimeExpr, sentence: str, spans: Sequence[tuple[int, int]]) -> bool:
    """``t`` is written in the reporter's own voice: outside every direct quote of its sentence, or
    inside one but in the editor's brackets (``"Besok (hari ini) X dipanggil," ujar ...``)."""
    if sentence[: t.start].rstrip().endswith("("):
        return True
    return not any(lo <= t.start and t.end <= hi for lo, hi in spans)


AUTHOR_TODAY_MAX_DAYS = 3


def author_today_shift(corpus: Corpus, a: int, by_sentence: dict[int, list[TimeExpr]],
                        quoted: dict[int, list[tuple[int, int]]]) -> int:
    """Days between the reporter's "today" and the publication day, when the article itself says
    which day its "today" is: a relative day word of the reporter's own voice glossed by a date
    (``Rencananya X diperiksa hari ini, Senin (20/10/2025).`` in a piece published on Tuesday the
    21st; the time extractor already reads that word from its gloss). The same reporter's other
    unglossed ``hari ini``/``kemarin``/``besok`` then count from that day too: the piece was written
    the day before it was published (a QA read found one no-show placed at the 20th in two
    articles and at the 21st in two others, the matrix counting it twice). 0 when no word is glossed,
    when glosses disagree or lie more than :data:`AUTHOR_TODAY_MAX_DAYS` days away; a quote's
    glossed word is its speaker's day, no evidence here."""
    published = corpus.dates[a]
    if published is None:
        return 0
    shifts: set[int] = set()
    for s, times in by_sentence.items():
        text = corpus.text(a, s)
        for t in times:
            word = " ".join(t.text.casefold().split())
            offset = time_cues.DEICTIC_OFFSETS.get(word)
            if offset is None or not t.value or not DAY.match(t.value) or from_publication(t, published):
                continue
            if not editors_word(t, text, quoted.get(s, ())):
                continue
            shifts.add((dt.date.fromisoformat(t.value) - published).days - offset)
    if len(shifts) != 1:
        return 0
    shift = shifts.pop()
    return shift if abs(shift) <= AUTHOR_TODAY_MAX_DAYS else 0


def dates_by_sentence(ev: Evidence) -> dict[int, list[TimeExpr]]:
    """The article's DATE expressions (:func:`day_exprs`) by sentence, sentences of the text only."""
    n = len(ev.doc.sentences)
    out: dict[int, list[TimeExpr]] = {}
    for t in day_exprs(ev.times):
        if t.type == "DATE" and 0 <= t.sentence < n:
            out.setdefault(t.sentence, []).append(t)
    return out
