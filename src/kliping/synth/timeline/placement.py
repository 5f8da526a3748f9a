"""Which dates place which sentences (:func:`dated_sentences`): each article's DATE
expressions read in their sentences (:func:`_article_dates`), every date that is not its sentence's
happening left out by the rules of the other modules, a relative word moved to the day it means,
then reprints across articles set to their first day.

The first half of the timeline: the sentence placements the summary (``synth.summary``) reads as
well, apart from how they become entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kliping.lang.id import time_cues
from kliping.link.events import is_roundup
from kliping.model import TimeExpr
from kliping.synth.corpus import Corpus
from kliping.synth.timeline.clauses import COMPARISON_WINDOW, DAY, clause_before, usable_date
from kliping.synth.timeline.coming_dates import deadline, rule_to_come, unsure_future
from kliping.synth.timeline.comparisons import (
    comparison,
    contract_month,
    delivery,
    likened,
    reference_point,
    running_total_start,
    span_starts_dated_apart,
)
from kliping.synth.timeline.documents_and_periods import (
    cited_document_dates,
    data_periods,
    document_dates,
    period_statistics,
)
from kliping.synth.timeline.not_happening import generic_month, not_a_happening
from kliping.synth.timeline.relative_days import (
    author_today_shift,
    dates_by_sentence,
    editors_word,
    from_publication,
)
from kliping.synth.timeline.reprints import repeated_quote_days, republished_narration_days
from kliping.synth.timeline.said_days import (
    direct_quote_spans,
    quote_said_days,
    released_before_said,
    said_day,
    told_date,
)
from kliping.synth.timeline.several_dates import joined, side_dates
from kliping.synth.timeline.weekday_checks import checked_day, weekday_contradicts, weekday_or_date


def dated_sentences(corpus: Corpus, article_idx: Sequence[int]) -> dict[str, list[tuple[int, int, str]]]:
    """``value -> [(article, sentence, granularity)]`` for the DATE expressions of the articles
    (dates a figure is only compared with, contracts' delivery months, targets, quoting dates,
    names and the ends of ranges left out: :func:`not_a_happening`, :func:`joined`; a year typo
    corrected: :func:`checked_day`; a weekday that contradicts its date otherwise settled or the
    date left out: :func:`weekday_or_date`; deadlines left out: :func:`deadline`; ``keesokan
    harinya`` as the time extractor counts it, from the day just told (its sentence's, else the one
    before's), or left out when none is (:func:`kliping.extract.times.days._day_after_told`); a
    quote's ``kemarin`` counted from when it was said: :func:`said_day`)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for a in sorted(set(article_idx), key=corpus.time_key):
        if a not in corpus.dated:
            corpus.dated[a] = _article_dates(corpus, a)
        for value, s, gran in corpus.dated[a]:
            out.setdefault(value, []).append((a, s, gran))
    if len(set(article_idx)) > 1:
        repeated_quote_days(corpus, out)
        republished_narration_days(corpus, out)
    return out


def _article_dates(corpus: Corpus, a: int) -> list[tuple[str, int, str]]:
    """``[(value, sentence, granularity)]`` an article places, in sentence order (:func:`dated_sentences`)."""
    out: list[tuple[str, int, str]] = []
    seen: set[tuple[str, int]] = set()  # (value, sentence) placed
    ev = corpus.articles[a]
    by_sentence = dates_by_sentence(ev)
    quote_days = quote_said_days(corpus, a, by_sentence)
    roundup = is_roundup(ev)  # a weekly digest, as the linker reads it
    written: dict[str, int] = {}  # day value -> expressions of the article naming it, weekday agreeing
    # a time of day (``Jumat (17/10) malam``) places its sentence but is no evidence for another
    # expression's contradicted date (measured: it confirmed a recap's ``Kamis (17/10)``, the 16th)
    for t in ev.times:
        if t.type == "DATE" and t.value and DAY.match(t.value) and not weekday_contradicts(t, t.value):
            written[t.value] = written.get(t.value, 0) + 1
    quoted_spans = direct_quote_spans(corpus, a)
    shift = author_today_shift(corpus, a, by_sentence, quoted_spans)
    unanchored: set[tuple[str, int]] = set()  # placed by a quote's relative word counted from publication
    anchored: set[tuple[str, int]] = set()  # placed by any other expression
    for s, times in sorted(by_sentence.items()):
        text = corpus.text(a, s)
        times.sort(key=lambda t: t.start)
        skip = joined(text, times)
        skip |= side_dates(text, times, skip)
        documents = document_dates(text, times) | cited_document_dates(text, times, corpus.dates[a])
        documents |= period_statistics(text, times) | data_periods(text, times)
        # ``tenggat ... sampai 31 Oktober 2025, yang berarti tinggal delapan hari lagi``: the count
        # names the deadline's day again, and is no happening either
        due = {t.value for t in times if t.value and deadline(text, t.start)}
        told = s - 1  # ``Hal itu disampaikan X, Selasa (21/10).``: the statement before is of that day
        # ... when that statement is placed at no date of its own (none, or only the start of a running
        # total: ``sudah 7.000 kontainer sejak awal September.`` then ``Angka itu disampaikan X, Selasa``);
        # so is a happening told before ``Peristiwa itu terjadi pada Selasa malam.``
        framed = told_date(corpus, a, s, times) if told >= 0 and all(x[1] != told for x in out) else None
        mine: list[tuple[str, TimeExpr, str]] = []  # (value, expression, granularity) the sentence is placed at
        for k, t in enumerate(times):
            gran = usable_date(t.value, t.granularity)
            if gran is None or k in skip:
                continue
            value = t.value
            released = released_before_said(corpus, a, s, t, by_sentence)
            if released is not None:
                if released.sentence > s:
                    continue  # the frame after the quote places it (``framed`` of the next sentence)
                # the frame before the quote dates it: the quote is placed at the frame's day
                value = checked_day(released, corpus.dates[a])
            # ``keesokan harinya`` keeps the extractor's value: the day after the day just told
            elif gran == "day" and " ".join(t.text.casefold().split()) not in time_cues.NEXT_DAY_WORDS:
                value = said_day(t, text, quote_days.get(s, []), corpus.dates[a])
                if value == t.value and shift and editors_word(t, text, quoted_spans.get(s, ())) and \
                        from_publication(t, corpus.dates[a]):
                    value = (dt.date.fromisoformat(value) + dt.timedelta(days=shift)).isoformat()
                if value == t.value and roundup and from_publication(t, corpus.dates[a]):
                    continue
                if value == t.value:
                    value = weekday_or_date(t, checked_day(t, corpus.dates[a]), corpus.dates[a], written)
                if value is None:
                    continue
            clause = clause_before(text, t.start)  # read once for every test of this date
            before = clause[-COMPARISON_WINDOW:]
            if k in documents or rule_to_come(text, t.start, value, gran, corpus.dates[a], clause) or (
                    gran == "month" and generic_month(text, t, clause)):
                continue
            if comparison(before) or likened(text, t.start, before) or delivery(before) \
                    or contract_month(before, value, gran, corpus.dates[a]) \
                    or running_total_start(clause) or reference_point(text, t, times) or t.value in due or not_a_happening(
                    text, t.start, gran, value, corpus.dates[a], clause) or unsure_future(
                    text, t.start, t.end, value, gran, corpus.dates[a], clause):
                continue
            if gran == "day" and value == t.value and _unanchored_in_quote(
                    t, text, quoted_spans.get(s, ()), quote_days.get(s, []), corpus.dates[a]):
                unanchored.add((value, s))
            else:
                anchored.add((value, s))
            mine.append((value, t, gran))
            if t is framed and (value, told) not in seen:
                seen.add((value, told))
                out.append((value, told, gran))
        starts = span_starts_dated_apart(text, [(v, t) for v, t, _g in mine])
        for value, _t, gran in mine:
            if value not in starts and (value, s) not in seen:
                seen.add((value, s))
                out.append((value, s, gran))
    out.sort(key=lambda x: x[1])  # stable: a frame's statement before the frame
    corpus.by_published[a] = unanchored - anchored
    return out


def _unanchored_in_quote(t: TimeExpr, text: str, quoted: Sequence[tuple[int, int]],
                         said: list[tuple[tuple[int, int], dt.date | None]], published: dt.date | None) -> bool:
    """``t`` is a relative day word (``kemarin``, ``hari ini``, ``tadi malam``) inside a direct quote
    whose day of saying the article does not name (no dated attribution, frame or introduction:
    :func:`quote_said_days` gives it no span), counted from the publication: the speaker may have said
    it days before, so the day is the article's date, not one the text gives. Not the editor's word
    (:func:`editors_word`: outside every quote, or in brackets), so inside one of ``quoted``."""
    if not from_publication(t, published) or editors_word(t, text, quoted):
        return False
    return not any(lo <= t.start and t.end <= hi for (lo, hi), _day in said)
