"""Dates a figure is compared or measured with, not when the sentence's happening took
place: a comparison word before the date (``terendah sejak Juli 2009``, ``dibanding penutupan
Senin``: :func:`comparison_date`), a period a state is likened to (``seperti bulan sebelumnya``),
a level a move is measured from (``turun 30 persen sejak Juni``, ``dari penutupan pada Jumat``), a
futures contract's or loading month (:func:`delivery_month`, :func:`contract_month`), the start of
a running total (:func:`running_total_start`), a span's start that another date of the sentence
outdates (:func:`span_starts_dated_apart`) and the date of a calculation's reference point
(:func:`reference_point`: ``merujuk harga minyak pada 19 Mei``).

Apart because the figures' findings (``synth.figures``) ask the same questions of a date
(:func:`comparison_date`) as the timeline does.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from kliping.lang.id import calendar, numbers, time_cues
from kliping.model import TimeExpr
from kliping.synth.corpus import words
from kliping.synth.timeline.clauses import (
    CLAUSE_BREAK,
    clause_before,
    cue_before,
    first_clause,
    last_clause,
    words_before,
)
from kliping.text.patterns import WORD


def delivery_month(sentence: str, start: int) -> bool:
    """The date at ``start`` names a futures contract (``pengiriman Januari``, ``pengiriman bulan
    Februari``, ``kontrak Maret``), not when the sentence's price move happened."""
    return delivery(words_before(sentence, start))


def comparison_date(sentence: str, start: int, granularity: str | None = None) -> bool:
    """The date at ``start`` is what a figure is compared with (``terendah sejak Juli 2009``,
    ``dibanding penutupan Senin``, ``terakhir disaksikan pada April 2009``), not when the sentence's
    happening took place: a comparison word among the few words before it in its clause (up to a
    ``pada``/``di`` that opens the date's own phrase), a period a state is likened to
    (:func:`likened`: ``seperti bulan sebelumnya``), or ``sejak`` right before it after a
    superlative or "pertama"; or a date a move is measured from (:func:`measured_from`: ``tak
    pernah setinggi ini sejak``, ``turun 30 persen sejak Juni``, ``dari penutupan pada Jumat``,
    ``dari Selasa menjadi``)."""
    before = words_before(sentence, start)
    return comparison(before) or likened(sentence, start, before) or measured_from(
        sentence, start, before, granularity)


_NUMBER_WORDS = frozenset(numbers.UNIT_WORDS) | frozenset(numbers.WHOLE_WORDS) | frozenset(numbers.SCALE_WORDS) \
    | frozenset(numbers.SE_SCALE_WORDS) | frozenset(numbers.PLURAL_WORDS) | frozenset(numbers.SMALL_MULTIPLIERS)


def running_total_start(clause: list[str]) -> bool:
    """The date ending ``clause`` (the words of its clause before it) starts a running total: it
    follows ``sejak`` (``tanggal``/``hari`` may stand between) and the clause gives a count with a word
    of a total (:data:`calendar.RUNNING_TOTAL_WORDS`: ``sudah mengirim sekitar 7.000 kontainer sejak
    awal September``, ``1,4 miliar porsi sudah dibagikan sejak 6 Januari``). The total is as of the
    statement; the day or month it counts from is no happening of the sentence. ``ditahan sejak
    Senin`` (no count) and ``sejak pertemuan pada 13 September`` stay."""
    k = len(clause) - 1
    if k >= 0 and clause[k] in calendar.PERIOD_MODIFIERS:
        k -= 1
    if k >= 0 and clause[k] in time_cues.DATE_HEAD_WORDS:
        k -= 1
    if k < 1 or clause[k] not in calendar.PAST_CUES:
        return False
    head = clause[:k]
    return any(w.isdigit() or w in _NUMBER_WORDS for w in head) and any(
        w in calendar.RUNNING_TOTAL_WORDS for w in head)


def span_start(clause: list[str]) -> bool:
    """The date ending ``clause`` (the words of its clause before it) opens a span: ``sejak``/``semenjak``
    right before it, a period modifier (``sejak awal Juni``) or ``tanggal``/``hari``/``bulan`` may stand
    between (``sejak tanggal 4 Juni``, ``sejak hari Minggu``)."""
    k = len(clause) - 1
    if k >= 0 and clause[k] in calendar.PERIOD_MODIFIERS:
        k -= 1
    if k >= 0 and clause[k] in time_cues.DATE_HEAD_WORDS_MONTH:
        k -= 1
    return k >= 0 and clause[k] in calendar.PAST_CUES


def span_starts_dated_apart(sentence: str, placed: Sequence[tuple[str, TimeExpr]]) -> set[str]:
    """The values among ``placed`` (a sentence's placements, value and the expression placing it) that
    only open a span (:func:`span_start`: ``Sejak 7 April ...``) in a sentence whose happening another
    placed date of another clause tells (``Sejak 7 April kami terus melakukan intervensi," kata X,
    Senin (28/7).``; ``Sejak Juni harga naik, dan pada Senin (6/10) ... turun``): one sentence is one
    entry, at its happening's day, and the day a state began is the background of that happening. The
    start is kept when nothing else dates the sentence (``ditahan sejak 4 Maret``), when the other
    date is of its own clause with no break between (``Surat pemanggilan hari ini telah diterima
    sejak Jumat (17/10)``: one clause, the summons received that Friday; a span's end, ``sejak 20
    Oktober hingga 8 November``), and when the other date opens a span too."""
    starts = [(v, t) for v, t in placed if span_start(clause_before(sentence, t.start))]
    others = [(v, t) for v, t in placed if not any(t is x for _v, x in starts)]
    out: set[str] = set()
    for value, t in starts:
        for v, o in others:
            lo, hi = (t, o) if t.start < o.start else (o, t)
            if v != value and CLAUSE_BREAK.search(sentence[lo.end : hi.start]):
                out.add(value)
    return out - {v for v, _o in others}


_REFERENCE_CUES = time_cues.REFERENCE_VERBS | calendar.COMPARISON_BEFORE


def reference_point(sentence: str, t: TimeExpr, times: Sequence[TimeExpr]) -> bool:
    """The date ``t`` is in the object of a verb of reference (:data:`time_cues.REFERENCE_VERBS`:
    ``merujuk harga minyak dunia pada 19 Mei``, ``mengacu pada kurs tanggal 2 Juni``) or of a
    comparison word with ``pada`` opening the date's phrase inside that object (``dibandingkan dengan
    harga pada 3 Juni``): the word at most :data:`time_cues.REFERENCE_WINDOW` words before the date
    in its clause, no verb of its own between. That is the date of the reference point a figure is
    worked out or compared with, not of the sentence's happening (the calculation, the statement),
    which is dated elsewhere or not at all. A time expression of ``times`` between the word and the
    date (``naik 2 persen dibanding pekan lalu pada perdagangan Senin``) is the reference's own, and
    the date after it is the happening's."""
    head = last_clause(sentence[: t.start])
    offset = t.start - len(head)
    near = list(WORD.finditer(head))[-time_cues.REFERENCE_WINDOW - 1 :]
    j = cue_before([m.group().casefold() for m in near], _REFERENCE_CUES)
    if j is None:
        return False
    lo = offset + near[j].end()
    return not any(x is not t and lo <= x.start and x.end <= t.start for x in times)


def delivery(before: list[str]) -> bool:
    if before and before[-1] == "bulan":
        before = before[:-1]
    return bool(before) and before[-1] in calendar.DELIVERY_BEFORE


def contract_month(before: list[str], value: str | None, granularity: str, published: dt.date | None) -> bool:
    """A month still to come (after the publication month) right after a traded good, or after it
    and ``untuk`` (``before``: the words before the date in its clause): the contract or loading
    month a price is for (``Brent untuk Januari``, ``harga minyak mentah Januari untuk pembeli
    Asia`` in a December report), not a plan for that month. A past month is kept: ``harga minyak
    mentah Januari`` in a March report is January's price."""
    if granularity != "month" or not value or published is None or value <= published.isoformat()[:7]:
        return False
    if before and before[-1] in calendar.CONTRACT_LINKS:
        before = before[:-1]
    return bool(before) and before[-1] in calendar.CONTRACT_GOODS


def comparison(before: list[str]) -> bool:
    if any(w == "terakhir" and nxt in calendar.LAST_SEEN for w, nxt in itertools.pairwise(before)):
        return True
    for k in range(len(before) - 1, -1, -1):
        if before[k] in time_cues.DATE_PHRASE_OPENERS:
            before = before[k + 1 :]
            break
    if any(w in calendar.COMPARISON_BEFORE for w in before):
        return True
    near = [k for k in range(max(0, len(before) - 2), len(before)) if before[k] in calendar.PAST_CUES]
    return bool(near) and any(_record(before, k) for k in range(near[-1]))


def _record(before: list[str], k: int) -> bool:
    """``before[k]`` is a superlative or "the first time" that makes a later ``sejak`` a comparison
    (``terendah sejak``, ``pertama kalinya sejak``, ``yang pertama sejak``); ``pertama`` only with
    ``kali``/``kalinya`` or ``sejak`` right after it: an ordinal of a noun (``tersangka pertama ditahan
    sejak Senin``) compares nothing."""
    w = before[k]
    if w not in calendar.RECORD_WORDS:
        return False
    return w != "pertama" or before[k + 1 : k + 2] in (["kali"], ["kalinya"]) or before[k + 1] in calendar.PAST_CUES


_PERIOD_UNITS = frozenset(calendar.DATE_UNITS) | calendar.QUARTER_WORDS | calendar.HALF_WORDS


def likened(sentence: str, start: int, before: list[str]) -> bool:
    """The date at ``start`` is a period counted back that a state or figure is likened to
    (``masih berkontraksi seperti bulan sebelumnya``, ``sama seperti pekan lalu``, ``sama dengan
    tahun lalu``), not a happening: a likeness word (:data:`calendar.LIKENESS_BEFORE`, or
    :data:`calendar.LIKENESS_WITH` and ``dengan``) right before it (``pada``/``halnya`` may stand
    between) and the date a unit counted back, no day, month or number of its own. ``seperti pada
    12 Oktober`` may give an example that happened then, and stays."""
    date = words(first_clause(sentence[start:]))[:2]
    if not date or date[0] not in _PERIOD_UNITS or any(
            any(c.isdigit() for c in w) or w in calendar.MONTHS or w in calendar.WEEKDAYS for w in date[1:]):
        return False
    k = len(before) - 1
    while k >= 0 and before[k] in time_cues.LIKENESS_FILLERS:
        k -= 1
    if k < 0:
        return False
    return before[k] in calendar.LIKENESS_BEFORE or (
        before[k] == "dengan" and k > 0 and before[k - 1] in calendar.LIKENESS_WITH)


def measured_from(sentence: str, start: int, before: list[str], granularity: str | None) -> bool:
    """The date at ``start`` is what a move or level is measured from: a level "not seen since"
    (``belum pernah setinggi ini sejak Mei 2008``), the month a change in percent is counted from
    (``turun 30 persen sejak Juni``; a month only: granularity ``month``, or, when not given, a
    month name at ``start``), ``dari`` with a level word (``dari penutupan pada Jumat``, ``dari
    puncaknya pada Juni``), ``dari <date> menjadi`` (``dari Selasa menjadi 6.500``)."""
    since = [k for k in range(max(0, len(before) - 2), len(before)) if before[k] in calendar.PAST_CUES]
    if since:
        # k + 1 <= since[-1]: the word after a seen word is always there
        if any(w in calendar.SEEN_WORDS and (w not in calendar.SEEN_LEVEL_WORDS or before[k + 1] in calendar.SEEN_LEVEL_AFTER)
               for k, w in enumerate(before[: since[-1]])):
            return True
        if granularity is None:
            first = words(sentence[start : start + 20])[:1]
            granularity = "month" if first and first[0] in calendar.MONTHS else "day"
        all_words = words(sentence)
        if granularity == "month" and ("%" in sentence or "persen" in all_words) and any(
                w in calendar.CHANGE_WORDS for w in all_words):
            return True
    for k, w in enumerate(before):
        if w == "dari" and any(x in calendar.FROM_LEVEL or x.removesuffix("nya") in calendar.RECORD_WORDS
                               for x in before[k + 1 : k + 4]):
            return True
    # ``gabah turun 50 rupiah dari Selasa menjadi 6.500``: Selasa is the base
    return [w for w in before[-2:] if w not in ("pada", "hari")][-1:] == ["dari"] and "menjadi" in words(
        first_clause(sentence[start:]))
