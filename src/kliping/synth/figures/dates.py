"""When a figure holds: the months, days, years and spans a sentence names that can date its amounts
(:func:`sentence_dates`, :func:`stated_as_of`, :func:`sentence_opening_year`, :func:`sentence_periods`), the days
that only say when a plan was copied (:func:`copied_plan_days`) and the trading day a market report's lede names
(:func:`lede_day`).

Apart because dating is its own question (a named day is mostly when a value was said, a month or year the time
it covers), asked once per sentence before the amounts are read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from kliping.lang.id import calendar, figure_cues
from kliping.model import Evidence, Quantity
from kliping.synth.corpus import words
from kliping.synth.figures.clauses import Clause
from kliping.synth.timeline import comparison_date
from kliping.text.patterns import alternation

_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def parse_timex_date(value: str | None) -> dt.date | None:
    """First day of a TIMEX3 date value (``2023-09-12``, ``2023-09``), else None."""
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None


NamedDate = tuple[int, str, str]  # (offset in its sentence, TIMEX3 value, granularity ``day``/``month``/``year``/``period``)


def sentence_dates(ev: Evidence, published: dt.date | None) -> dict[int, list[NamedDate]]:
    """Per sentence, the months and days it names that lie before the publication (``published``) and can be
    the time a figure holds for: not a date compared with (``terendah sejak Juli 2009``,
    ``timeline.comparison_date``) and not the start of a count or a move (``sejak Agustus``, ``mulai Oktober``,
    ``dari Oktober``: ``figure_cues.AS_OF_START_CUES``). A month of the publication's own month or later, or a
    later day, is a deadline or a plan (``pada akhir Desember ini``), not what a reported value holds for."""
    out: dict[int, list[NamedDate]] = {}
    if published is None:
        return out
    years = [t for t in ev.times if t.type == "DATE" and t.granularity == "year" and (t.value or "")[:4].isdigit()
             and len(t.value or "") == 4 and 0 <= t.sentence < len(ev.doc.sentences)]
    closing: set[tuple[int, int]] = set()
    for t in years:  # a past year the sentence names (``pada 2024``), or a span of two (``(2022-2024)``: ``2022/2024``)
        if (t.sentence, t.start) in closing or int(t.value[:4]) > published.year:  # type: ignore[index]
            continue
        text = ev.doc.sentences[t.sentence].text
        end = next((u for u in years if u.sentence == t.sentence and u.start > t.end
                    and _YEAR_SPAN.fullmatch(text[t.end : u.start])), None)
        if end is not None and int(end.value[:4]) > int(t.value[:4]):  # type: ignore[index]
            closing.add((end.sentence, end.start))
            out.setdefault(t.sentence, []).append((t.start, f"{t.value}/{end.value}", "period"))
        elif not _starts_span(text, t.start, t.end) and not comparison_date(text, t.start):
            out.setdefault(t.sentence, []).append((t.start, t.value or "", "year"))
    for t in ev.times:
        v = t.value or ""
        if t.type != "DATE" or t.granularity not in ("day", "month") or not 0 <= t.sentence < len(ev.doc.sentences):
            continue
        when = parse_timex_date(v)
        if when is None or (when >= published.replace(day=1) if t.granularity == "month" else when >= published):
            continue
        text = ev.doc.sentences[t.sentence].text
        if _starts_span(text, t.start, t.end) or comparison_date(text, t.start):
            continue
        out.setdefault(t.sentence, []).append((t.start, v[:10] if t.granularity == "day" else v[:7], t.granularity))
    return out


# What stands between the two years of a span (``2022-2024``, ``2022 hingga 2024``, ``2022 sampai dengan 2024``).
_YEAR_SPAN = re.compile(r"\s*(?:[-\u2013\u2014/]|s\.?d\.?|hingga|sampai(?:\s+dengan)?)\s*", re.IGNORECASE)


def _starts_span(text: str, start: int, end: int) -> bool:
    """The date at ``start:end`` opens a span rather than closing it: a start word within ``AS_OF_START_GAP`` words
    before it (``sejak Agustus``, ``sejak gencatan senjata berlaku pada 10 Oktober``; ``figure_cues.AS_OF_START_CUES``)
    with no word of an end between (``Dari Januari hingga September``: September closes the span), or a word of an
    end right after it (``sepanjang November 2024 hingga September 2025``: November opens it)."""
    after = words(text[end : end + 12])
    if after and after[0] in figure_cues.AS_OF_END_CUES:
        return True
    for w in reversed(words(text[max(0, start - 60) : start])[-figure_cues.AS_OF_START_GAP :]):
        if w in figure_cues.AS_OF_END_CUES:
            return False
        if w in figure_cues.AS_OF_START_CUES:
            return True
    return False


# A date at most this many characters after an amount (``Rp 539 miliar pada 2023``, ``di tahun 2025``) is the
# amount's own, before one further before it in its clause (``stated_as_of``).
STATED_AFTER_CHARS = 12
# ... and only the words of ``figure_cues.STATED_LINK_WORDS`` stand between (``pada 2023``, ``di tahun 2025``,
# ``(2024)``): in ``Rp 310 miliar dan tahun 2021 Rp 275 miliar`` the 2021 after ``dan`` opens the next item of a list.
_STATED_LINK = re.compile(r"\s*\(?\s*(?:(?:" + alternation(figure_cues.STATED_LINK_WORDS) + r")\s+)*", re.IGNORECASE)


def _time_moves(text: str) -> bool:
    """``text`` (between two amounts, or an amount and a later date) holds a word that moves on to another time or
    compares with one (``menjadi``, ``kini``, ``kemudian``, ``dibanding``: ``figure_cues.AS_OF_MOVES_ON``)."""
    return any(w in figure_cues.AS_OF_MOVES_ON for w in words(text))


def dated_elsewhere(q: Quantity, at: int, text: str, others: Sequence[Quantity] = ()) -> bool:
    """The date at offset ``at`` dates another amount of the sentence, not ``q``: before ``q``, another amount
    (``others``) stands between the date and ``q`` and a word of another time follows that amount before ``q``
    (``pada 2014 tercatat 300 ribu pasien, lalu melonjak menjadi 2,1 juta``: 2014 is the base's year, the 2,1 juta
    a later value; ``_time_moves``); after ``q``, such a word stands between ``q`` and the date (``300 kasus, kemudian
    pada Oktober menjadi 500``). A date naming a list's amounts (``Pada 2024, KPK menyita Rp 5 miliar dan 3 mobil``)
    dates them all."""
    if at >= q.end:
        return _time_moves(text[q.end : at])
    return any(at <= o.start and o.end <= q.start and _time_moves(text[o.end : q.start]) for o in others if o is not q)


def stated_as_of(q: Quantity, clause: Clause, dates: Sequence[NamedDate], text: str = "",
                 others: Sequence[Quantity] = ()) -> str | None:
    """The month or day the amount's clause (``amount_clause``) names as the time it holds for (``sentence_dates``):
    the last one before the amount (``hingga Oktober 2025 tercatat 1.200 kasus``), else the first after it
    (``1.200 kasus hingga akhir Oktober``), as a TIMEX3 value; None when the clause names none (a date of another
    clause is another figure's). A date right after the amount (``STATED_AFTER_CHARS``, no comma between: ``Rp 558
    miliar pada 2022, Rp 539 miliar pada 2023``) is its own and comes first; ``text`` is the sentence. A date that
    dates the sentence's other amount (``others``) before the time moves on (``dated_elsewhere``: ``pada 2014 ...
    300 ribu, lalu melonjak menjadi 2,1 juta ... di 2024``) is not this amount's, nor is a date after the amount that
    follows a word of a case (``figure_cues.CASE_NOUNS``: ``Rp 13 triliun ... dalam perkara korupsi ... periode
    2021-2022``): when the case happened."""
    lo, hi = clause
    right_after = [d for d in dates if q.end <= d[0] <= q.end + STATED_AFTER_CHARS
                   and _STATED_LINK.fullmatch(text[q.end : d[0]])]
    if right_after:  # ``Rp 539 miliar pada 2023``: the date the amount is given with
        return right_after[0][1]
    before = [d for d in dates if lo <= d[0] < q.start]
    # (not a date after a case named after the amount: the case's time, ``figure_cues.CASE_NOUNS``)
    after = [d for d in dates if q.end <= d[0] < hi and not figure_cues.CASE_NOUNS.intersection(words(text[q.end : d[0]]))]
    for d in before[-1:] + after[:1]:  # the last date before it, else the first after it
        if not dated_elsewhere(q, d[0], text, others):
            return d[1]
    return None


def sentence_opening_year(q: Quantity, text: str, dates: Sequence[NamedDate],
                          others: Sequence[Quantity] = ()) -> str | None:
    """The year or span a sentence opens on (``Pada 2025, KPK menyita ...``, ``Sepanjang 2024, ...``): a year date
    (``sentence_dates``) in the sentence's first clause, before its first comma, when the amount comes after that
    comma. It frames the whole sentence, so an amount in a later clause holds for it too, unless the time moves on
    after another amount (``dated_elsewhere``: ``Pada 2014, ... 300 ribu pasien, lalu melonjak menjadi 2,1 juta``)."""
    comma = text.find(",")
    if comma < 0 or q.start < comma:
        return None
    first = [d for d in dates if d[0] < comma and d[2] in ("year", "period")]
    if len(first) != 1 or dated_elsewhere(q, first[0][0], text, others):
        return None
    return first[0][1]


_COMPILED = re.compile(alternation(calendar.CITING_VERBS), re.IGNORECASE)


def copied_plan_days(ev: Evidence, published: dt.date | None) -> set[tuple[int, str]]:
    """``(sentence, day)`` of the days that only say when the outlet copied a plan (``RAPBN 2026 ..., dikutip
    detikFinance, Senin (18/8/2025)``): a day right after the compilation formula (``calendar.CITING_VERBS``,
    within ``COMPILATION_GAP`` characters) in a sentence naming a year after publication. A figure for next year
    holds for no day of this one, so the table shows no ``as_of`` for it; the findings still date it by that day
    (``Point.date``: the reports copied on one day are one news cycle). Days copied with no plan year (a morning
    rupiah level via a news agency) are mostly the day the value holds for and stay (docs/quantities.md)."""
    if published is None:
        return set()
    planned = {t.sentence for t in ev.times if t.type == "DATE" and t.granularity == "year"
               and (t.value or "")[:4].isdigit() and int((t.value or "")[:4]) > published.year}
    out = set()
    for t in ev.times:
        if t.sentence in planned and t.type == "DATE" and t.granularity == "day" and 0 <= t.sentence < len(ev.doc.sentences):
            text = ev.doc.sentences[t.sentence].text
            if _COMPILED.search(text, max(0, t.start - figure_cues.COMPILATION_GAP), t.start):
                out.add((t.sentence, (t.value or "")[:10]))
    return out


def sentence_periods(ev: Evidence) -> dict[int, frozenset[str]]:
    """Per sentence, the years and months it names as such: ``2015`` for "pada 2015" or "tahun
    depan" (normalised), ``2014-12`` for "pengiriman Desember" (a contract's month is its period),
    but not a date it only compares with (``terendah sejak Juli 2009``). A named *day* is left out: it is
    mostly when the statement was made ("kata Lily, Senin (20/10/2025)"), not the period the
    figure covers, and named days have their own rule (``Point.explicit``)."""
    out: dict[int, set[str]] = {}
    for t in ev.times:
        v = t.value or ""
        if t.type != "DATE" or t.granularity not in ("year", "month") or len(v) < 4 or not v[:4].isdigit():
            continue
        if 0 <= t.sentence < len(ev.doc.sentences) and comparison_date(ev.doc.sentences[t.sentence].text, t.start):
            continue  # "terendah sejak September 2010": what the figure is compared with, not its period
        out.setdefault(t.sentence, set()).add(v[:7] if t.granularity == "month" and len(v) >= 7 else v[:4])
    return {s: frozenset(p) for s, p in out.items()}


def lede_day(ev: Evidence, published: dt.date | None, lede: str = "") -> str | None:
    """The one day the article's first sentence names in the week up to its publication (``pada perdagangan Kamis
    (6/3/2025)``): the trading day of a market report, whose later sentences give the day's closing prices without
    repeating it. None when the lede names no such day or several, or has no word of a market
    (``figure_cues.LEDE_MARKET_WORDS``: ``perdagangan``, ``bursa``, ``ditutup``; ``lede``, the first sentence)."""
    if published is None or not market_lede(words(lede)):
        return None
    days = set()
    for t in ev.times:
        # a time of day is the same moment told again in another zone (``Selasa (18/11) waktu setempat (Rabu pagi
        # WIB)``), not a second day of the report
        if t.sentence == 0 and t.type == "DATE" and t.granularity == "day" and t.value and "T" not in t.value:
            d = parse_timex_date(t.value)
            if d is not None and 0 <= (published - d).days <= 7:
                days.add(d.isoformat())
    return days.pop() if len(days) == 1 else None


def market_lede(ws: Sequence[str]) -> bool:
    """The first sentence reports a market's day: a word of trading (``figure_cues.LEDE_MARKET_WORDS``:
    ``perdagangan``, ``bursa``, ``ditutup``), or a price that moved (``Harga minyak turun pada Selasa``: ``harga``
    and a movement verb, ``figure_cues.MOVEMENT_VERBS``)."""
    sw = set(ws)
    return bool(sw & figure_cues.LEDE_MARKET_WORDS) or ("harga" in sw and bool(sw & figure_cues.MOVEMENT_VERBS))
