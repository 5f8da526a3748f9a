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
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from collections.abc import Sequence

import numpy as np

from kliping.extract.quotes import _DOUBLE as DOUBLE_QUOTE_MARKS  # the quote extractor's marks
from kliping.lang.id import calendar, cues, time_cues
from kliping.link.events import is_roundup
from kliping.model import Citation, Evidence, Quote, TimeExpr, TimelineEntry
from kliping.synth.corpus import (
    Corpus,
    Kind,
    content_words,
    is_clear,
    moves,
    opposite_moves,
    said_text,
    values_by_kind,
    values_conflict,
    word_overlap,
    words,
)
from kliping.synth.recalls import earlier_cues
from kliping.synth.timeline.clauses import (
    _DAY,
    _WEEKDAY_FIRST,
    COMPARISON_WINDOW,
    _clause_before,
    usable_date,
)
from kliping.synth.timeline.coming_dates import _after_publication, _rule_to_come, deadline, unsure_future
from kliping.synth.timeline.comparisons import (
    _comparison,
    _delivery,
    _likened,
    contract_month,
    running_total_start,
    span_starts_dated_apart,
)
from kliping.synth.timeline.documents_and_periods import (
    cited_document_dates,
    data_periods,
    document_dates,
    period_statistics,
)
from kliping.synth.timeline.not_happening import not_a_happening
from kliping.synth.timeline.planned import planned_at
from kliping.synth.timeline.several_dates import _joined, _side_dates
from kliping.synth.timeline.weekday_checks import _checked_day, _contradicts, _weekday_or_date

# Sentences with the same date value describe the same happening at this TF-IDF cosine or above.
# Lower than the summary's same-fact bar: the shared date already makes a coincidence unlikely.
SAME_HAPPENING_COSINE = 0.3
# ... or when they name a common entity and this share of the shorter sentence's content words
# (without the words of its dates) is in the other (overlap coefficient). Reports of one happening in
# other words keep its key words but add their own context, which dilutes the cosine. Measured on
# the sample and detik-dev (pairs below the cosine bar with a common entity): the summit at
# Vostochny in two outlets (cosine 0.22-0.28, overlap 0.78-0.89), the shipments "since early
# September" (0.27, 0.60), one suspect's questioning (0.21, 0.67) are one happening; two KPK cases
# examined the same day (0.28 and 0.08, overlap 0.40 and 0.50) or a spokesman's remark next to
# another case (0.23, 0.40) are not. Missed at this bar: the April tariff announcement told twice
# (0.20, 0.57), one bridge closure (0.22, 0.57).
SAME_HAPPENING_OVERLAP = 0.6
# ... or, for a day, when they quote one speaker (:func:`same_statement`) in one article or in
# articles on one matter: at least this TF-IDF cosine of the two whole articles. A speaker answering
# questions on several cases at one doorstop is quoted in one article per case, and those articles
# share little but the speaker, the institution and the place (a KPK deputy on four cases on one
# day in detik-dev: 0.07-0.08), while articles quoting one lawyer, minister or official on one
# matter share its names and words (labelled one happening: 0.20-0.74; one media briefing told in
# a piece on each of its two topics, 0.08, is split: one more entry of that briefing).
SAME_SPEAKER_DAY = True
SAME_STATEMENT_ARTICLE_COSINE = 0.1
SAME_STATEMENT_SAME_EVENT = True


_QUOTE_CHARS = DOUBLE_QUOTE_MARKS


def _find(text: str, part: str, from_end: bool) -> int:
    """Where ``part`` (or, failing that, its first/last 30 characters) is in ``text``, else -1."""
    for p in (part, part[-30:] if from_end else part[:30]):
        if p.strip():
            k = text.rfind(p) if from_end else text.find(p)
            if k >= 0:
                return k + len(p) if from_end else k
    return -1


def _quote_spans(text: str, q: Quote, s: int, last: int) -> tuple[int, int]:
    """Where the quote's words are in sentence ``s`` (character span): from where the quote starts
    (its first sentence) to where it ends (its last); found by its words, else by the outer quote
    marks of the sentence."""
    marks = [k for k, c in enumerate(text) if c in _QUOTE_CHARS]
    lo, hi = 0, len(text)
    if s == q.sentence:
        k = _find(text, q.text, from_end=False)
        lo = k if k >= 0 else (marks[0] if marks else 0)
    if s == last:
        k = _find(text, q.text, from_end=True)
        hi = k if k >= lo else (marks[-1] + 1 if marks and marks[-1] >= lo else lo)
    return lo, hi


def _quote_days(corpus: Corpus, a: int, by_sentence: dict[int, list[TimeExpr]] | None = None,
                ) -> dict[int, list[tuple[tuple[int, int], dt.date | None]]]:
    """``sentence -> [(span of the quote's words in it, day it was said)]`` for the direct quotes
    of an article whose attribution is dated: the first day date after the quote ends, in its
    last sentence (``"...," ujar Kapolsek ..., Sabtu (18/10/2025).``) or, when that has none, a
    relative day word after the speaker (``"...," ujar X kemarin``: :func:`_tail_said`) or a next
    sentence pointing back at the quote (``Hal itu disampaikan Budi, Selasa (21/10).``:
    :data:`_POINTS_BACK`); not a quoting date (``dikutip Selasa``: :func:`not_a_happening`), its
    year typo corrected (:func:`_checked_day`). The day is None for a quote said on an earlier day
    none of these names (``kata X pekan lalu``). ``by_sentence``: the article's day expressions by sentence (:func:`day_exprs`),
    as :func:`_article_dates` groups them (worked out here when not given)."""
    ev = corpus.articles[a]
    n = len(ev.doc.sentences)
    if by_sentence is None:
        by_sentence = _dates_by_sentence(ev)
    out: dict[int, list[tuple[tuple[int, int], dt.date | None]]] = {}
    quoted: set[int] | None = None  # sentences of the article's direct quotes, worked out when needed
    for q in ev.quotes:
        if not q.direct:
            continue
        last = q.end_sentence if q.end_sentence is not None else q.sentence
        if not (0 <= q.sentence <= last < n):
            continue
        end = _quote_spans(corpus.text(a, last), q, last, last)[1]
        said = _said_dates(corpus, a, last, by_sentence.get(last, ()), end)
        day: dt.date | None = None
        if said:
            day = dt.date.fromisoformat(_checked_day(said[0], corpus.dates[a]))
        tail_dated, tail_day = (True, day) if said else _tail_said(corpus, a, last, end)
        if tail_dated and tail_day is not None:
            day = tail_day
        elif not said and last + 1 < n:
            framed = _frame_date(corpus, a, last + 1, by_sentence.get(last + 1, ()))
            said = [framed] if framed else []
        if not said and day is None:
            if quoted is None:
                quoted = {s for x in ev.quotes if x.direct
                          for s in range(x.sentence, (x.end_sentence if x.end_sentence is not None else x.sentence) + 1)}
            intro = _intro_date(corpus, a, q, by_sentence, quoted)
            said = [intro] if intro else []
        if said and day is None:
            day = dt.date.fromisoformat(_checked_day(said[0], corpus.dates[a]))
        if day is not None or tail_dated:
            for s in range(q.sentence, last + 1):
                out.setdefault(s, []).append((_quote_spans(corpus.text(a, s), q, s, last), day))
    return out


def _tail_said(corpus: Corpus, a: int, s: int, end: int) -> tuple[bool, dt.date | None]:
    """What the attribution after a quote ending at ``end`` of sentence ``s`` says of when it was said,
    when it names no day date of its own: ``(True, day)`` for a relative day word after the speaker
    (``"...," ujar X kemarin``, ``kata X tadi malam``) counted from the publication (not in a weekly
    digest, whose relative words were written for the report it retells: :func:`is_roundup`);
    ``(True, None)`` for an earlier time that names no day (``kata X pekan lalu``, ``ujar X beberapa
    waktu lalu``, ``katanya sebelumnya``: :func:`recalls.earlier_cues`), when the relative words
    inside the quote cannot be counted from the publication; ``(False, None)`` otherwise. Read
    within ``time_cues.SAID_TAIL_WORDS`` words of the closing mark, up to another quote mark or a
    word opening what was talked about (``kata X soal banjir kemarin``: ``SAID_TAIL_BREAKS``)."""
    text = corpus.text(a, s)
    k = end
    while k < len(text) and (text[k] in _QUOTE_CHARS or text[k] in ",.!?…;: \t"):
        k += 1
    stop = next((i for i in range(k, len(text)) if text[i] in _QUOTE_CHARS), len(text))
    tail = list(re.finditer(r"\w+", text[k:stop]))[: time_cues.SAID_TAIL_WORDS]
    ws: list[str] = []
    for m in tail:
        if m.group().casefold() in time_cues.SAID_TAIL_BREAKS:
            break
        ws.append(m.group().casefold())
    if not ws:
        return False, None
    limit = k + tail[len(ws) - 1].end()
    published = corpus.dates[a]
    ev = corpus.articles[a]
    if published is not None:
        for t in ev.times:
            if t.sentence != s or not (k <= t.start < limit) or not t.value or not _DAY.match(t.value[:10]):
                continue
            said = " ".join(t.text.casefold().split())
            if not any(said == w or said.startswith(w + " ") for w in time_cues.DEICTIC_OFFSETS):
                continue
            day = dt.date.fromisoformat(t.value[:10])
            if -2 <= (day - published).days <= 0 and not is_roundup(ev):
                return True, day
    return (True, None) if earlier_cues(ws) else (False, None)


# A sentence pointing back at the statement before it and dating it (``Hal itu disampaikan Budi,
# Selasa (21/10).``): a pointer (:data:`time_cues.POINTER_NOUNS` and :data:`time_cues.POINTER_WORDS`,
# or ``demikian``), then a speech verb of :data:`time_cues.FRAME_SPEECH_VERBS`.
_POINTER = (r"(?:(?:" + "|".join(sorted(time_cues.POINTER_NOUNS)) + r")\s+(?:"
            + "|".join(sorted(time_cues.POINTER_WORDS)) + r")|demikian)")
_POINTS_BACK = re.compile(r"(?i)^\W*" + _POINTER + r"\s+(?:(?:juga|pun|pula)\s+)?(?:"
                          + "|".join(sorted(time_cues.FRAME_SPEECH_VERBS)) + r")(?:nya)?\b")


# How many sentences before a quote its dated introduction may stand (``Hal itu diungkap oleh X,
# Minggu (19/10).`` then ``Dia mengatakan ...`` then the quote ending ``kata X.``).
INTRO_REACH = 2
_INTRO_SPEECH = frozenset(cues.SPEECH_VERBS) | time_cues.FRAME_SPEECH_VERBS


def _intro_date(corpus: Corpus, a: int, q: Quote, by_sentence: dict[int, list[TimeExpr]],
                quoted: set[int]) -> TimeExpr | None:
    """The day a quote with no dated tail or frame was said, told by the sentences introducing it:
    within :data:`INTRO_REACH` sentences before the quote, a sentence with a speech verb that names
    the quote's speaker and dates the saying with a day as its own adjunct, after a comma or ``pada``
    (``Agenda itu disampaikan Seskab di Tangerang, Minggu (19/10).``). Sentences
    between may only be undated speech sentences (``Dia mengatakan ...``); a quote or a dated
    sentence of another kind between, or no speaker name, gives None."""
    name = [w for w in words(q.speaker_name or "") if len(w) >= 3]
    if not name:
        return None
    for s in range(q.sentence - 1, max(-1, q.sentence - 1 - INTRO_REACH), -1):
        text = corpus.text(a, s)
        ws = words(text)
        if s in quoted or not any(w in _INTRO_SPEECH for w in ws):
            return None
        times = by_sentence.get(s, ())
        if name[-1] in ws:
            for t in _said_dates(corpus, a, s, times, 0):
                before = text[: t.start].rstrip()
                if before.endswith(",") or before.casefold().endswith(" pada"):
                    return t
            return None
        if times:
            return None
    return None


def _frame_date(corpus: Corpus, a: int, s: int, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The day a frame pointing back at a statement (:data:`_POINTS_BACK`) says it was made: its first
    day date (:func:`_said_dates`) written as the frame's own adjunct, after a comma or ``pada``
    (``Hal itu disampaikan Budi di Sleman, Selasa (21/10).``). A date inside what the frame goes on
    to tell (``Hal ini disampaikan Ali, terkait kabar bahwa pemasangan setelah 30 November
    berbayar``) is no day of saying. None for any other sentence."""
    text = corpus.text(a, s)
    if not _POINTS_BACK.match(text):
        return None
    for t in _said_dates(corpus, a, s, times, 0):
        before = text[: t.start].rstrip()
        if before.endswith(",") or before.casefold().endswith(" pada"):
            return t
    return None


def _said_dates(corpus: Corpus, a: int, s: int, times: Sequence[TimeExpr], start: int) -> list[TimeExpr]:
    """The day dates of sentence ``s`` from ``start`` on that may date a statement (:func:`_quote_days`):
    a day, not itself relative, not a quoting date (:func:`not_a_happening`), in text order."""
    text = corpus.text(a, s)
    said = sorted((t for t in times if t.start >= start
                   and usable_date(t.value, t.granularity) == "day"
                   and " ".join(t.text.casefold().split()) not in calendar.DEICTIC_DAYS),
                  key=lambda t: t.start)
    return [t for t in said if not not_a_happening(text, t.start, "day", t.value, corpus.dates[a])]


def _said_day(t: TimeExpr, sentence: str, quotes: list[tuple[tuple[int, int], dt.date | None]],
              published: dt.date | None) -> str | None:
    """A relative day word (``kemarin``, ``besok``, ``hari ini``) inside a quote's words counts from
    the day the quote was said, not from the publication (a quote of Saturday reprinted on
    Tuesday); a word in brackets is the editor's (``Besok (hari ini)``) and stays, and so does a
    word the time extractor did not count from the publication (``"Hari ini, Selasa (21/10), ..."``
    in a piece of the 22nd is the 21st by its gloss: moving it a day back again would place the
    statement at the 20th as well). A quote said on an earlier day its article does not name
    (``"Hari ini kami teken," kata X pekan lalu``: :func:`_tail_said`) places such a word nowhere: None."""
    value = t.value or ""
    if published is None or not quotes or relative_day_offset(t.text) is None:
        return value
    if sentence[: t.start].rstrip().endswith("("):
        return value
    if not _from_publication(t, published):
        return value
    for (lo, hi), day in quotes:
        if lo <= t.start and t.end <= hi:
            return None if day is None else (day + (dt.date.fromisoformat(value) - published)).isoformat()
    return value


def dated_sentences(corpus: Corpus, article_idx: Sequence[int]) -> dict[str, list[tuple[int, int, str]]]:
    """``value -> [(article, sentence, granularity)]`` for the DATE expressions of the articles
    (dates a figure is only compared with, contracts' delivery months, targets, quoting dates,
    names and the ends of ranges left out: :func:`not_a_happening`, :func:`_joined`; a year typo
    corrected: :func:`_checked_day`; a weekday that contradicts its date otherwise settled or the
    date left out: :func:`_weekday_or_date`; deadlines left out: :func:`deadline`; ``keesokan
    harinya`` as the time extractor counts it, from the day just told (its sentence's, else the one
    before's), or left out when none is (:func:`kliping.extract.times._day_after_told`); a quote's ``kemarin``
    counted from when it was said: :func:`_said_day`)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for a in sorted(set(article_idx), key=corpus.time_key):
        if a not in corpus.dated:
            corpus.dated[a] = _article_dates(corpus, a)
        for value, s, gran in corpus.dated[a]:
            out.setdefault(value, []).append((a, s, gran))
    if len(set(article_idx)) > 1:
        _repeated_quote_days(corpus, out)
        _republished_narration_days(corpus, out)
    return out


# Two sentences are copies of one quote at this similarity of the letters of what they say
# (``corpus.said_text``: the attribution ``kata X`` / ``ucapnya`` left out; difflib ratio, case, spaces
# and punctuation ignored): reprints glue or split words (``mauincognitojadi``), trim a laugh or add
# an editor's ``(mobil)``, but keep the quote.
REPEATED_QUOTE_SIMILARITY = 0.9
# ... and hold at least this many words: a short formula (``Hari ini kami periksa.``) may be said
# again on another day.
REPEATED_QUOTE_WORDS = 8
# ... and when the two copies name different speakers, at least this many letters (some twenty
# words; of the sentence, or of the whole multi-sentence quote it opens): a long quote is no formula
# two people say alike, so the speakers differing is one copy's attribution going wrong (a pronoun
# ``ungkapnya`` resolved to another lawyer of the story), not a second statement.
REPRINT_LETTERS = 100


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _quote_deictic_day(corpus: Corpus, a: int, s: int, value: str,
                       by_sentence: dict[int, list[TimeExpr]], quote_spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Sentence ``s`` of article ``a`` is placed at ``value`` only by a relative day word inside a
    direct quote (``"Hari ini kami melaporkan ...``, ``"Kemarin saya berangkat ...``) counted from
    the article's publication: its article tells no day the quote was said (:func:`_said_day`
    would have moved it). ``by_sentence`` and ``quote_spans``: the article's :func:`_dates_by_sentence`
    and :func:`_direct_quote_spans`, worked out once per article by the caller."""
    published = corpus.dates[a]
    if published is None:
        return False
    times = [t for t in by_sentence.get(s, ()) if t.value == value and _from_publication(t, published)]
    if not times:
        return False
    text = corpus.text(a, s)
    spans = quote_spans.get(s, ())
    return all(not _editors_word(t, text, spans) for t in times)


def _repeated_quote_days(corpus: Corpus, out: dict[str, list[tuple[int, int, str]]]) -> None:
    """A quote reprinted in a later article of the storyline with no day of saying (a "facts so
    far" piece, a follow-up) has its ``hari ini``/``kemarin`` counted from that later publication:
    the one report sentence ``"Hari ini kami melaporkan X ..."`` stood at the 18th in the first
    article and at the 19th in the next day's recap, and a president's ``"Kemarin saya berangkat
    ..."`` at the 19th and the 21st (twelfth QA read). The quote was said once: a copy placed by
    such a word (:func:`_quote_deictic_day`) moves to the earliest day another article's copy of
    the same quote (:data:`REPEATED_QUOTE_SIMILARITY`, same speaker when both are known) is placed
    at, from an article published no later. Narration is left alone: a market report's template
    line (``menguat terhadap rupiah pada perdagangan hari ini``) is a new happening every day.

    A sentence opening a quote that runs on into later sentences (``"Kemarin itu dia kurang sehat.``
    … ``," ungkapnya.``) is a copy of another article's opening also when the two whole quotes are
    copies: the opening alone may be too short to tell a reprint from a formula said again, the
    whole quote is not (nineteenth QA read: a lawyer's three-sentence quote stood at the 19th in
    the first article and at the 20th in two next-day reprints). Copies of REPRINT_LETTERS letters
    or more are one quote even when the two articles name different speakers."""
    days = sorted(v for v in out if _DAY.match(v))
    said: dict[tuple[int, int], str] = {}  # (article, sentence) -> the letters of what it says, read once
    wholes: dict[tuple[int, int], str | None] = {}  # (article, sentence) -> the whole quote it opens, read once
    # per-article readings, each worked out once rather than once per sentence or sentence pair
    cache = _Sentences(corpus)
    by_sentence: dict[int, dict[int, list[TimeExpr]]] = {}
    quote_spans: dict[int, dict[int, list[tuple[int, int]]]] = {}

    def letters_of(b: int, t: int) -> str:
        if (b, t) not in said:
            said[(b, t)] = _letters(said_text(corpus.articles[b].quotes, t, corpus.text(b, t)))
        return said[(b, t)]

    def whole_of(b: int, t: int) -> str | None:
        """The letters of the direct quote sentence ``t`` opens and a later sentence closes, if it
        holds REPEATED_QUOTE_WORDS words (else None)."""
        if (b, t) not in wholes:
            q = next((q for q in corpus.articles[b].quotes if q.direct and q.sentence == t
                      and q.end_sentence is not None and q.end_sentence > t), None)
            wholes[(b, t)] = _letters(q.text) if q is not None and len(words(q.text)) >= REPEATED_QUOTE_WORDS else None
        return wholes[(b, t)]

    def copies(x: str, y: str) -> bool:
        sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
        return sm.quick_ratio() >= REPEATED_QUOTE_SIMILARITY and sm.ratio() >= REPEATED_QUOTE_SIMILARITY

    def deictic(a: int, s: int, value: str) -> bool:
        if a not in by_sentence:
            by_sentence[a] = _dates_by_sentence(corpus.articles[a])
            quote_spans[a] = _direct_quote_spans(corpus, a)
        return _quote_deictic_day(corpus, a, s, value, by_sentence[a], quote_spans[a])

    moving: list[tuple[str, tuple[int, int, str]]] = []
    for value in days:
        for a, s, gran in out[value]:
            if gran != "day":
                continue
            long_enough = len(words(corpus.text(a, s))) >= REPEATED_QUOTE_WORDS
            my_whole = whole_of(a, s)
            if not long_enough and my_whole is None:
                continue
            if not deictic(a, s, value):
                continue
            mine = letters_of(a, s)
            who = cache.speakers(a, s)
            best = None
            for other in days:
                if other >= value:
                    break
                for b, t, _g in out[other]:
                    if b == a or corpus.dates[b] is None or corpus.dates[b] > corpus.dates[a]:  # type: ignore[operator]
                        continue
                    theirs = cache.speakers(b, t)
                    other_speaker = bool(who and theirs and not who & theirs)
                    their_whole = whole_of(b, t) if my_whole is not None else None
                    if long_enough and (not other_speaker or len(mine) >= REPRINT_LETTERS) and copies(mine, letters_of(b, t)):
                        best = other
                        break
                    if my_whole is not None and their_whole is not None and (
                            not other_speaker or len(my_whole) >= REPRINT_LETTERS) and copies(my_whole, their_whole):
                        best = other
                        break
                if best:
                    break
            if best:
                moving.append((value, (a, s, gran)))
                if (a, s, gran) not in out[best]:
                    out[best].append((a, s, gran))
    for value, item in moving:
        out[value].remove(item)
        if not out[value]:
            del out[value]


def _narration_deictic_day(corpus: Corpus, a: int, s: int, value: str,
                           by_sentence: dict[int, list[TimeExpr]], quote_spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Sentence ``s`` of article ``a`` is placed at ``value`` only by a relative day word of the
    reporter's own voice (``Adapun X hari ini tidak hadir …``) counted from the publication: no gloss
    (``hari ini, Senin (20/10)``) and no other date of the sentence says that day. The counterpart of
    :func:`_quote_deictic_day` for narration."""
    published = corpus.dates[a]
    if published is None:
        return False
    times = [t for t in by_sentence.get(s, ()) if t.value == value]
    if not times or not all(_from_publication(t, published) for t in times):
        return False
    text = corpus.text(a, s)
    spans = quote_spans.get(s, ())
    return all(_editors_word(t, text, spans) for t in times)


def _republished_narration_days(corpus: Corpus, out: dict[str, list[tuple[int, int, str]]]) -> None:
    """A narration sentence republished in a later article with its ``hari ini``/``kemarin``
    unchanged (a piece of the 20th re-run on the 21st: ``Adapun X hari ini tidak memenuhi panggilan
    …`` counted from the 21st, a day after the no-show) moves to the day an earlier article's copy of
    the same sentence is placed at. The copy: an article published earlier, at most
    :data:`AUTHOR_TODAY_MAX_DAYS` days before, whose sentence's letters match at
    :data:`REPEATED_QUOTE_SIMILARITY` over :data:`REPEATED_QUOTE_WORDS` words or more, with the same
    numbers in the same order (a market report's daily template line, ``menguat 20 poin … hari
    ini``, differs in its figures: each day is a happening of its own). Only a sentence placed by
    such a word alone moves (:func:`_narration_deictic_day`); the earlier copy, written the day it
    happened, keeps its day, and so does a ``hari ini`` with no earlier copy. The later article must
    itself name that earlier day (``kata X, Senin (20/10/2025)``, a date written out, not a relative
    word): a re-run carries its original day along, while a report of the next day that happens to
    repeat a line word for word (``rupiah ditutup menguat … hari ini``) is about its own day."""
    days = sorted(v for v in out if _DAY.match(v))
    letters: dict[tuple[int, int], str] = {}
    by_sentence: dict[int, dict[int, list[TimeExpr]]] = {}
    quote_spans: dict[int, dict[int, list[tuple[int, int]]]] = {}

    def letters_of(b: int, t: int) -> str:
        if (b, t) not in letters:
            letters[(b, t)] = _letters(corpus.text(b, t))
        return letters[(b, t)]

    def copies(x: str, y: str) -> bool:
        sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
        return sm.quick_ratio() >= REPEATED_QUOTE_SIMILARITY and sm.ratio() >= REPEATED_QUOTE_SIMILARITY

    moving: list[tuple[str, str, tuple[int, int, str]]] = []
    for value in days:
        for a, s, gran in out[value]:
            published = corpus.dates[a]
            text = corpus.text(a, s)
            if gran != "day" or published is None or len(words(text)) < REPEATED_QUOTE_WORDS:
                continue
            if a not in by_sentence:
                by_sentence[a] = _dates_by_sentence(corpus.articles[a])
                quote_spans[a] = _direct_quote_spans(corpus, a)
            if not _narration_deictic_day(corpus, a, s, value, by_sentence[a], quote_spans[a]):
                continue
            figures = re.findall(r"\d+", text)
            written = {t.value for ts in by_sentence[a].values() for t in ts
                       if t.value and relative_day_offset(t.text) is None}
            best = next((other for other in days if other < value and other in written for b, t, _g in out[other]
                         if b != a and corpus.dates[b] is not None
                         and 0 < (published - corpus.dates[b]).days <= AUTHOR_TODAY_MAX_DAYS  # type: ignore[operator]
                         and re.findall(r"\d+", corpus.text(b, t)) == figures
                         and copies(letters_of(a, s), letters_of(b, t))), None)
            if best is not None:
                moving.append((value, best, (a, s, gran)))
    for value, best, item in moving:
        out[value].remove(item)
        if not out[value]:
            del out[value]
        if item not in out[best]:
            out[best].append(item)


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
    the publication or, inside a quote, from the day it was said (:func:`_said_day`). A time whose day
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
    m = _WEEKDAY_FIRST.match(text)
    return bool(_WRITTEN_DATE.search(text) or (m and m.group(1).casefold() in calendar.WEEKDAYS))


def _from_publication(t: TimeExpr, published: dt.date | None) -> bool:
    """A relative day word (``hari ini``, ``kemarin``, ``besok``) the time extractor counted from
    the publication day (not read from a gloss). In a weekly digest such a word was written for the
    report the digest retells, days before: counted from the digest's day it is wrong (a quote's
    ``hari ini`` of Wednesday placed at the Sunday of the recap), and with no day of saying it
    cannot be told; :func:`_said_day` moves it when the quote is dated."""
    offset = relative_day_offset(t.text)
    return published is not None and offset is not None and t.value == (
        published + dt.timedelta(days=offset)).isoformat()


def _direct_quote_spans(corpus: Corpus, a: int) -> dict[int, list[tuple[int, int]]]:
    """``sentence -> [character span of a direct quote's words in it]`` for every direct quote."""
    ev = corpus.articles[a]
    n = len(ev.doc.sentences)
    out: dict[int, list[tuple[int, int]]] = {}
    for q in ev.quotes:
        last = q.end_sentence if q.end_sentence is not None else q.sentence
        if not q.direct or not (0 <= q.sentence <= last < n):
            continue
        for s in range(q.sentence, last + 1):
            out.setdefault(s, []).append(_quote_spans(corpus.text(a, s), q, s, last))
    return out


def _editors_word(t: TimeExpr, sentence: str, spans: Sequence[tuple[int, int]]) -> bool:
    """``t`` is written in the reporter's own voice: outside every direct quote of its sentence, or
    inside one but in the editor's brackets (``"Besok (hari ini) X dipanggil," ujar ...``)."""
    if sentence[: t.start].rstrip().endswith("("):
        return True
    return not any(lo <= t.start and t.end <= hi for lo, hi in spans)


AUTHOR_TODAY_MAX_DAYS = 3


def _author_today_shift(corpus: Corpus, a: int, by_sentence: dict[int, list[TimeExpr]],
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
            if offset is None or not t.value or not _DAY.match(t.value) or _from_publication(t, published):
                continue
            if not _editors_word(t, text, quoted.get(s, ())):
                continue
            shifts.add((dt.date.fromisoformat(t.value) - published).days - offset)
    if len(shifts) != 1:
        return 0
    shift = shifts.pop()
    return shift if abs(shift) <= AUTHOR_TODAY_MAX_DAYS else 0


def _dates_by_sentence(ev: Evidence) -> dict[int, list[TimeExpr]]:
    """The article's DATE expressions (:func:`day_exprs`) by sentence, sentences of the text only."""
    n = len(ev.doc.sentences)
    out: dict[int, list[TimeExpr]] = {}
    for t in day_exprs(ev.times):
        if t.type == "DATE" and 0 <= t.sentence < n:
            out.setdefault(t.sentence, []).append(t)
    return out


def _article_dates(corpus: Corpus, a: int) -> list[tuple[str, int, str]]:
    """``[(value, sentence, granularity)]`` an article places, in sentence order (:func:`dated_sentences`)."""
    out: list[tuple[str, int, str]] = []
    seen: set[tuple[str, int]] = set()  # (value, sentence) placed
    ev = corpus.articles[a]
    by_sentence = _dates_by_sentence(ev)
    quote_days = _quote_days(corpus, a, by_sentence)
    roundup = is_roundup(ev)  # a weekly digest, as the linker reads it
    written: dict[str, int] = {}  # day value -> expressions of the article naming it, weekday agreeing
    # a time of day (``Jumat (17/10) malam``) places its sentence but is no evidence for another
    # expression's contradicted date (measured: it confirmed a recap's ``Kamis (17/10)``, the 16th)
    for t in ev.times:
        if t.type == "DATE" and t.value and _DAY.match(t.value) and not _contradicts(t, t.value):
            written[t.value] = written.get(t.value, 0) + 1
    quoted_spans = _direct_quote_spans(corpus, a)
    shift = _author_today_shift(corpus, a, by_sentence, quoted_spans)
    for s, times in sorted(by_sentence.items()):
        text = corpus.text(a, s)
        times.sort(key=lambda t: t.start)
        skip = _joined(text, times)
        skip |= _side_dates(text, times, skip)
        documents = document_dates(text, times) | cited_document_dates(text, times, corpus.dates[a])
        documents |= period_statistics(text, times) | data_periods(text, times)
        # ``tenggat ... sampai 31 Oktober 2025, yang berarti tinggal delapan hari lagi``: the count
        # names the deadline's day again, and is no happening either
        due = {t.value for t in times if t.value and deadline(text, t.start)}
        told = s - 1  # ``Hal itu disampaikan X, Selasa (21/10).``: the statement before is of that day
        # ... when that statement is placed at no date of its own (none, or only the start of a running
        # total: ``sudah 7.000 kontainer sejak awal September.`` then ``Angka itu disampaikan X, Selasa``)
        framed = _frame_date(corpus, a, s, times) if told >= 0 and all(x[1] != told for x in out) else None
        mine: list[tuple[str, TimeExpr, str]] = []  # (value, expression, granularity) the sentence is placed at
        for k, t in enumerate(times):
            gran = usable_date(t.value, t.granularity)
            if gran is None or k in skip:
                continue
            value = t.value
            # ``keesokan harinya`` keeps the extractor's value: the day after the day just told
            if gran == "day" and " ".join(t.text.casefold().split()) not in time_cues.NEXT_DAY_WORDS:
                value = _said_day(t, text, quote_days.get(s, []), corpus.dates[a])
                if value == t.value and shift and _editors_word(t, text, quoted_spans.get(s, ())) and \
                        _from_publication(t, corpus.dates[a]):
                    value = (dt.date.fromisoformat(value) + dt.timedelta(days=shift)).isoformat()
                if value == t.value and roundup and _from_publication(t, corpus.dates[a]):
                    continue
                if value == t.value:
                    value = _weekday_or_date(t, _checked_day(t, corpus.dates[a]), corpus.dates[a], written)
                if value is None:
                    continue
            clause = _clause_before(text, t.start)  # read once for every test of this date
            before = clause[-COMPARISON_WINDOW:]
            if k in documents or _rule_to_come(text, t.start, value, gran, corpus.dates[a], clause):
                continue
            if _comparison(before) or _likened(text, t.start, before) or _delivery(before) \
                    or contract_month(before, value, gran, corpus.dates[a]) \
                    or running_total_start(clause) or t.value in due or not_a_happening(
                    text, t.start, gran, value, corpus.dates[a], clause) or unsure_future(
                    text, t.start, t.end, value, gran, corpus.dates[a], clause):
                continue
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
    return out


_SPOKESPERSON = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in calendar.SPOKESPERSON_WORDS) + r")\b", re.IGNORECASE)


def _speaker_key(q: Quote) -> str:
    return q.speaker or " ".join((q.speaker_name or "").casefold().split())


def _article_speakers(corpus: Corpus, a: int) -> dict[int, set[str]]:
    """``sentence -> speakers`` of one article (:func:`speakers`), every quote looked at once."""
    n = len(corpus.articles[a].doc.sentences)
    covering: dict[int, set[str]] = {}
    spokes: set[str] = set()
    for q in corpus.articles[a].quotes:
        last = q.end_sentence if q.end_sentence is not None else q.sentence
        key = _speaker_key(q)
        if q.speaker or q.speaker_name:
            for s in range(q.sentence, last + 1):
                covering.setdefault(s, set()).add(key)
        if key not in spokes and any(_SPOKESPERSON.search(corpus.text(a, k))
                                     for k in range(q.sentence, (q.end_sentence or q.sentence) + 1) if 0 <= k < n):
            spokes.add(key)
    return {s: keys - spokes for s, keys in covering.items()}


def speakers(corpus: Corpus, a: int, s: int) -> set[str]:
    """Who is quoted in a sentence (entity id, else the casefolded name): the quotes that start,
    continue or end in it; spokespersons (a sentence of the article quoting them names the role:
    ``ujar Jubir KPK Nanda``) left out."""
    return _article_speakers(corpus, a).get(s, set())


# Words of a quote's attribution tail that introduce its place or audience (``kata X di Jakarta
# kepada wartawan``): two quotes of one day share them whatever was said.
_FRAME_HEADS = frozenset({"di", "kepada", "pada"})


class _Sentences:
    """Per-timeline caches of what the grouping asks of a sentence (entities, happening words,
    speakers), each article read once instead of once per sentence pair."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._entities: dict[int, dict[int, set[str]]] = {}
        self._words: dict[tuple[int, int], set[str]] = {}
        self._timex: dict[int, dict[int, set[str]]] = {}
        self._speakers: dict[int, dict[int, set[str]]] = {}
        self._numbers: dict[int, dict[int, dict[tuple[str | None, str | None], set[float]]]] = {}
        self._facts: dict[tuple[int, int], _Facts] = {}
        self._frames: dict[tuple[int, int], set[str]] = {}
        self._speaker_words: dict[int, dict[int, set[str]]] = {}
        self._quoted: dict[tuple[int, int], set[str]] = {}
        self._names: dict[int, dict[int, set[str]]] = {}

    def entities(self, a: int, s: int) -> set[str]:
        if a not in self._entities:
            by: dict[int, set[str]] = {}
            for m in self.corpus.articles[a].mentions:
                by.setdefault(m.sentence, set()).add(m.entity or " ".join(m.text.casefold().split()))
            self._entities[a] = by
        return self._entities[a].get(s, set())

    def name_words(self, a: int, s: int) -> set[str]:
        """The words of the names mentioned in the sentence (each article's mentions indexed once)."""
        if a not in self._names:
            by: dict[int, set[str]] = {}
            for m in self.corpus.articles[a].mentions:
                by.setdefault(m.sentence, set()).update(words(m.text))
            self._names[a] = by
        return self._names[a].get(s, set())

    def happening_words(self, a: int, s: int) -> set[str]:
        if (a, s) not in self._words:
            if a not in self._timex:
                by: dict[int, set[str]] = {}
                for t in self.corpus.articles[a].times:
                    by.setdefault(t.sentence, set()).update(words(t.text))
                self._timex[a] = by
            self._words[(a, s)] = content_words(self.corpus.text(a, s)) - self._timex[a].get(s, set())
        return self._words[(a, s)]

    def speaker_words(self, a: int, s: int) -> set[str]:
        """The words of the names of whoever is quoted in the sentence (the quoting frame)."""
        if a not in self._speaker_words:  # each article's quotes read once, not once per pair
            by: dict[int, set[str]] = {}
            for q in self.corpus.articles[a].quotes:
                last = q.end_sentence if q.end_sentence is not None else q.sentence
                if q.speaker_name:
                    for k in range(q.sentence, last + 1):
                        by.setdefault(k, set()).update(words(q.speaker_name))
            self._speaker_words[a] = by
        return self._speaker_words[a].get(s, set())

    def frame_words(self, a: int, s: int) -> set[str]:
        """The words of the attribution tail after a sentence's last closing quote mark (``kata
        Bambang di Jakarta kepada wartawan, Rabu (4/12/2013)``) that the quote itself does not use:
        two quotes of one day share such a frame whatever was said."""
        if (a, s) not in self._frames:
            text = self.corpus.text(a, s).rstrip()
            marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
            # a closing mark follows the quote's last punctuation (``dijamin," kata``)
            closing = marks[-1] if marks and text[marks[-1] - 1 : marks[-1]] in (",", ".", "!", "?") else None
            tail = words(text[closing + 1 :]) if closing is not None else []
            # the place and audience (``di Jakarta``, ``kepada wartawan``, two words each), not the
            # occasion (``dalam rapat kerja``: what two quotes of one briefing share)
            frame = {x for k, w in enumerate(tail) if w in _FRAME_HEADS for x in tail[k + 1 : k + 3]}
            # and the speaker's title written before the name (``kata Pelaksana Tugas Deputi
            # Penindakan KPK Asep ...``): one official's frame on four cases of one day
            named = self.speaker_words(a, s)
            last = max((k for k, w in enumerate(tail) if w in named), default=-1)
            frame.update(tail[: last + 1])
            self._frames[(a, s)] = frame - set(words(text[:closing])) if closing is not None else set()
        return self._frames[(a, s)]

    def quoted_entities(self, a: int, s: int) -> set[str]:
        """The sentence's entities less those named only in its attribution tail (:meth:`frame_words`)."""
        frame = self.frame_words(a, s)
        if not frame:
            return self.entities(a, s)
        if (a, s) not in self._quoted:
            self._quoted[(a, s)] = {m.entity or " ".join(m.text.casefold().split()) for m in self.corpus.articles[a].mentions
                                    if m.sentence == s and not set(words(m.text)) <= frame}
        return self._quoted[(a, s)]

    def speakers(self, a: int, s: int) -> set[str]:
        if a not in self._speakers:
            self._speakers[a] = _article_speakers(self.corpus, a)
        return self._speakers[a].get(s, set())

    def facts(self, a: int, s: int) -> _Facts:
        """The values a sentence states, by kind, and whether it moves up / down."""
        if (a, s) not in self._facts:
            if a not in self._numbers:
                self._numbers[a] = values_by_kind(self.corpus.articles[a])
            # ``corpus.moves``: idioms (``turun ke jalan``, ``naik banding``) and negated moves are no moves
            rises, falls = moves(self.corpus.text(a, s))
            self._facts[(a, s)] = (self._numbers[a].get(s, {}), rises, falls)
        return self._facts[(a, s)]


# A sentence's values by kind (unit, counted noun), and whether it moves up / down.
_Facts = tuple[dict[Kind, set[float]], bool, bool]


def contradicts(x: _Facts, y: _Facts) -> bool:
    """Two sentences of one date state different facts: for one kind of value (unit and counted
    noun) each gives a value the other lacks (about 7.000 and nearly 10.000 containers; two units'
    losses in rupiah; a bare number with neither is no kind, and ``ratusan orang`` no value), or one moves up where the other moves down. The summary's same-fact test
    (``summary.contradicts``) by kind and without its days, which the entry's date already makes
    equal: a happening is told with figures of several kinds (a decision's barrels, a price's
    dollars and its percent), and a sentence that only adds a value or leaves one out does not
    contradict."""
    (xn, xr, xf), (yn, yr, yf) = x, y
    return values_conflict(xn, yn) or opposite_moves((xr, xf), (yr, yf))


def same_happening(corpus: Corpus, x: tuple[int, int], y: tuple[int, int], cosine: float,
                   cache: _Sentences | None = None) -> bool:
    """Two sentences with one date describe one happening (the date equality is the caller's)."""
    c = cache or _Sentences(corpus)
    if cosine >= SAME_HAPPENING_COSINE:
        # The cosine counts the date's words and the quoting frame (``kata ... di Jakarta, Rabu
        # (4/12/2013)``), which two short quote tails share: two quotes must also share a name or a
        # word beyond the names of whoever they quote. Two plain sentences may share only their
        # dates (``antara 7 September dan 1 Oktober``), which then are what they tell.
        if not (_QUOTE_MARK.search(corpus.text(*x)) or _QUOTE_MARK.search(corpus.text(*y))):
            return True
        # The frame's own words (``di Jakarta``, ``kepada wartawan``) are left out too.
        spoken = c.speakers(*x) | c.speakers(*y)
        names = c.speaker_words(*x) | c.speaker_words(*y) | c.frame_words(*x) | c.frame_words(*y)
        return bool((c.quoted_entities(*x) & c.quoted_entities(*y)) - spoken
                    or (c.happening_words(*x) & c.happening_words(*y)) - names)
    if not c.entities(*x) & c.entities(*y):
        return False
    return word_overlap(c.happening_words(*x), c.happening_words(*y)) >= SAME_HAPPENING_OVERLAP


def same_statement(corpus: Corpus, x: tuple[int, int], y: tuple[int, int],
                   cache: _Sentences | None = None) -> bool:
    """Two sentences dated the same *day* quote one speaker: one occasion (a press conference, an
    interview, a statement) told in several quotes, e.g. ``"...," ujar Rudi, Selasa (21/10)`` in
    two articles with different quotes. Not for months: a month holds many occasions. Across
    articles the two must be on one matter (:data:`SAME_STATEMENT_ARTICLE_COSINE`): one speaker's
    remarks on different cases, told in a piece each, are different happenings."""
    c = cache or _Sentences(corpus)
    if not c.speakers(*x) & c.speakers(*y):
        return False
    if x[0] == y[0]:
        return True
    if SAME_STATEMENT_SAME_EVENT and corpus.event_of.get(x[0]) != corpus.event_of.get(y[0]):
        return False
    return corpus.article_cosine(x[0], y[0]) >= SAME_STATEMENT_ARTICLE_COSINE


def _group(corpus: Corpus, items: list[tuple[int, int, str]],
           cache: _Sentences | None = None) -> list[list[tuple[int, int, str]]]:
    """Greedy single-link grouping of same-date sentences by :func:`same_happening` (and, for a
    day, :func:`same_statement`), in publication order: a sentence joins the first group holding a
    sentence it matches and none of another article whose figures it contradicts (:func:`contradicts`:
    about 7.000 and nearly 10.000 containers in two outlets are two reports that disagree, however
    alike the sentences). One article's sentences of one date with different figures are parts of one
    report (a trading day's WTI and Brent closes) and may join.

    A sentence is tested only against the earlier sentences that can match it (:class:`_Candidates`:
    above the cosine bar, sharing an entity, or, for a day, a speaker), and so only against their
    groups, in group order: the same groups as testing every earlier group, without the quadratic
    walk over the groups of a busy date."""
    if len(items) < 2:  # most dates of a storyline hold one sentence: nothing to compare
        return [list(items)] if items else []
    cache = cache or _Sentences(corpus)
    rows = [corpus.sent_rows[(a, s)] for a, s, _g in items]
    sims = corpus.sims(rows, rows)
    groups: list[list[int]] = []
    group_of = np.zeros(len(items), dtype=np.int64)  # sentence -> its group (set when it is placed)
    candidates = _Candidates(cache, items, sims)

    def same(k: int, j: int) -> bool:
        x, y = items[k][:2], items[j][:2]
        if x[0] == y[0] and abs(x[1] - y[1]) == 1 and _POINTS_BACK.match(corpus.text(x[0], max(x[1], y[1]))):
            return True  # a statement and the frame dating it (``Hal itu disampaikan X, Selasa``): one
        if same_happening(corpus, x, y, float(sims[k, j]), cache):
            return True
        return SAME_SPEAKER_DAY and items[k][2] == "day" and items[j][2] == "day" and same_statement(corpus, x, y, cache)

    # Per group, the kinds of value and the moves its members state: a sentence sharing no kind and
    # no opposite move with a group contradicts none of its members, so their figures are not read.
    kinds: list[tuple[set, bool, bool]] = []

    def may_contradict(mine: _Facts, gi: int) -> bool:
        gk, up, down = kinds[gi]
        return bool(gk & mine[0].keys()) or (mine[1] and not mine[2] and down) or (mine[2] and not mine[1] and up)

    # Per group, its members' (article, facts) with any value or move: the others contradict nothing.
    stated: list[list[tuple[int, _Facts]]] = []

    def joinable(k: int, gi: int, could: np.ndarray, a: int, mine: _Facts) -> bool:
        if may_contradict(mine, gi) and any(b != a and contradicts(mine, f) for b, f in stated[gi]):
            return False
        return any(same(k, j) for j in groups[gi] if could[j])

    for k in range(len(items)):
        a = items[k][0]
        facts = cache.facts(a, items[k][1])
        could = candidates.of(k)
        # the candidates' groups in group order: the first joinable one is the first of all groups
        order = np.unique(group_of[:k][could]).tolist()
        gi = next((gi for gi in order if joinable(k, gi, could, a, facts)), None)
        if gi is None:
            gi = len(groups)
            groups.append([])
            kinds.append((set(), False, False))
            stated.append([])
        groups[gi].append(k)
        group_of[k] = gi
        candidates.add(k)
        if facts[0] or facts[1] or facts[2]:
            stated[gi].append((a, facts))
        gk, up, down = kinds[gi]
        kinds[gi] = (gk | facts[0].keys(), up or facts[1], down or facts[2])
    return [[items[k] for k in g] for g in groups]


class _Candidates:
    """The earlier same-date sentences a sentence can match (:func:`_group`), a superset of those
    :func:`same_happening` or :func:`same_statement` accept: above :data:`SAME_HAPPENING_COSINE`
    (a row of the similarity matrix), both dated to a day and sharing a speaker (:func:`same_statement`
    needs one), or sharing an entity with :data:`SAME_HAPPENING_OVERLAP` of the words (the overlap
    path of :func:`same_happening`, exactly). Sentences are added in
    order; :meth:`of` gives the earlier ones only."""

    def __init__(self, cache: _Sentences, items: list[tuple[int, int, str]], sims) -> None:
        self.cache = cache
        self.items = items
        self.sims = sims
        self.by_entity: dict[str, list[int]] = {}
        self.by_speaker: dict[str, list[int]] = {}
        self.by_sentence: dict[tuple[int, int], int] = {}

    def of(self, k: int) -> np.ndarray:
        """A mask over the sentences ``j < k``: True where ``j`` may match sentence ``k``."""
        a, s, gran = self.items[k]
        # compared as floats, as :func:`same_happening` compares them
        out = np.asarray(self.sims[k, :k], dtype=float) >= SAME_HAPPENING_COSINE
        told = self.by_sentence.get((a, s - 1))
        if told is not None and _POINTS_BACK.match(self.cache.corpus.text(a, s)):
            out[told] = True  # the statement a frame dates (``Hal itu disampaikan X, Selasa``)
        if SAME_SPEAKER_DAY and gran == "day":
            for sp in self.cache.speakers(a, s):
                if sp in self.by_speaker:
                    out[self.by_speaker[sp]] = True
        # below the bar and with no shared speaker, a sentence sharing an entity matches only by the
        # overlap of its words (:func:`same_happening`): tested here, so a place or an institution
        # named by many matters of the day does not make every one of their groups a candidate
        mine = None
        for e in self.cache.entities(a, s):
            for j in self.by_entity.get(e, ()):
                if not out[j]:
                    mine = self.cache.happening_words(a, s) if mine is None else mine
                    b, t, _g = self.items[j]
                    out[j] = word_overlap(mine, self.cache.happening_words(b, t)) >= SAME_HAPPENING_OVERLAP
        return out

    def add(self, k: int) -> None:
        """Index sentence ``k`` for the sentences after it."""
        a, s, gran = self.items[k]
        self.by_sentence[(a, s)] = k
        for e in self.cache.entities(a, s):
            self.by_entity.setdefault(e, []).append(k)
        if gran == "day":
            for sp in self.cache.speakers(a, s):
                self.by_speaker.setdefault(sp, []).append(k)


# Sentence openers that point back to the sentence before (``Hal itu diungkapkan olehnya ...``).
_ANAPHORIC_OPENER = re.compile(r"^\W*(?:" + "|".join(sorted(time_cues.POINTER_NOUNS)) + r")\s+(?:"
                               + "|".join(sorted(time_cues.POINTER_WORDS)) + r")\b", re.IGNORECASE)
_QUOTE_MARK = re.compile("[" + re.escape(DOUBLE_QUOTE_MARKS) + "]")


def leans_on_context(text: str) -> bool:
    """A sentence that needs its neighbours to be understood: it quotes someone (the quote's
    subject is usually named before) or opens with ``Hal itu``/``Hal tersebut``. An entry shows
    such a sentence only when all its sentences are like that."""
    return bool(_QUOTE_MARK.search(text) or _ANAPHORIC_OPENER.match(text))


# A sentence opening with one noun and a demonstrative (``Peringatan itu dilontarkan ...``, ``Tuduhan tersebut
# ...``): its subject is told in the sentence before. Connectors before it are skipped.
_POINTED_SUBJECT = re.compile(r"^\W*(?:(?:namun|sementara|adapun|kemudian|lalu)\s*,?\s+)?[A-Za-z]+\s+"
                              r"(?:itu|tersebut|ini)\b(?!\s+(?:juga\s+)?(?:adalah|merupakan|ialah|yakni))", re.IGNORECASE)


def points_back(text: str) -> bool:
    """The sentence's subject is a noun pointed back to (``Peringatan itu dilontarkan setelah Kim tiba ...``): a
    reader of the timeline, who sees the sentence alone, does not know which warning. Among the sentences of one
    entry, one that names its subject is shown first (``Kim Jong-un menyeberang ke Rusia ... pada Selasa``); the
    pointing one stays cited. Only among sentences that do not lean on their context otherwise (a quote, ``Hal
    itu ...``): between two of those the older order stands."""
    return _POINTED_SUBJECT.match(text) is not None


def _same_text(corpus: Corpus, groups: list[list[tuple[int, int, str]]],
               cache: _Sentences | None = None) -> list[list[tuple[int, int, str]]]:
    """Groups of one date that hold one and the same sentence (a statement copied word for word into
    two articles, grouped apart because each copy joined other sentences first) are one entry: a
    reader would see it twice on one day. Not when the rest of the two groups state figures that
    contradict (:func:`contradicts`, as :func:`_group` asks): a boilerplate line copied into two
    pieces does not make their two happenings one."""
    cache = cache or _Sentences(corpus)
    first: dict[str, int] = {}  # normalised text -> index of the merged group holding it
    merged: list[list[tuple[int, int, str]]] = []

    def clash(group: list[tuple[int, int, str]], other: list[tuple[int, int, str]]) -> bool:
        return any(a != b and contradicts(cache.facts(a, s), cache.facts(b, t))
                   for a, s, _g in group for b, t, _h in other)

    for group in groups:
        keys = {" ".join(words(corpus.text(a, s))) for a, s, _g in group}
        into = min((first[k] for k in keys if k in first and not clash(group, merged[first[k]])), default=None)
        if into is None:
            into = len(merged)
            merged.append([])
        merged[into].extend(group)
        for k in keys:
            first.setdefault(k, into)
    return merged


# Show a quote's first sentence when no introduction of it stands alone. Off: measured on the dev
# sets it added 87 citations across the label sets (against 13 with introductions only), openings
# that often say little without their speaker (a bare remark that not everyone needs it); not
# labelled, so not shipped (docs/times.md).
QUOTE_OPENING_SHOWN = False


def _dated_tails(corpus: Corpus, cited: list[tuple[int, int]], value: str,
                 quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]],
                 ) -> list[tuple[int, int, Quote]]:
    """``(article, cited sentence, quote)`` for each cited sentence that is a later sentence of a
    direct quote (``Ketiga, ...," ujar X, Senin (20/10).``) placed at ``value`` as the day the quote
    was said, in publication order: what :func:`_quote_opening` and :func:`_quote_head` look at. A
    tail placed at a date the quote tells (``pompa kami kerahkan pada Sabtu``) is none.
    ``quote_days`` caches :func:`_quote_days` by article (worked out once per article)."""
    return _said_quote_sentences(corpus, cited, value, quote_days, whole=False)


def _said_quote_sentences(corpus: Corpus, cited: list[tuple[int, int]], value: str,
                          quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]],
                          whole: bool) -> list[tuple[int, int, Quote]]:
    """``(article, cited sentence, quote)`` for the cited sentences of direct quotes said at ``value``
    (:func:`_quote_days`), in publication order: with ``whole`` the quotes of one sentence, else the
    later sentences of quotes of several."""
    out: list[tuple[int, int, Quote]] = []
    for a, s in sorted(cited, key=lambda c: corpus.time_key(*c)):
        for q in corpus.articles[a].quotes:
            last = q.end_sentence if q.end_sentence is not None else q.sentence
            if not q.direct or not ((q.sentence == s == last) if whole else (q.sentence < s <= last)):
                continue
            if a not in quote_days:
                quote_days[a] = _quote_days(corpus, a)
            if value in {day.isoformat() for _span, day in quote_days[a].get(s, ()) if day is not None}:
                out.append((a, s, q))
    return out


# An entry shown by a whole one-sentence quote (``"...," kata X, Senin (20/10).``) shows the sentence
# introducing it instead, as a tail's entry does (:func:`_quote_opening`).
QUOTE_INTRODUCTION_OF_WHOLE = True


def _dated_wholes(corpus: Corpus, cited: list[tuple[int, int]], value: str,
                  quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]],
                  ) -> list[tuple[int, int, Quote]]:
    """``(article, cited sentence, quote)`` for each cited sentence that is a whole direct quote of one
    sentence said at ``value`` (its dated attribution's day, :func:`_quote_days`), in publication
    order: the entries :func:`_quote_opening` may show by the quote's introduction."""
    return _said_quote_sentences(corpus, cited, value, quote_days, whole=True)


def _quote_opening(corpus: Corpus, tails: list[tuple[int, int, Quote]], cited: list[tuple[int, int]],
                   value: str) -> tuple[int, int] | None:
    """For an entry citing only fragments (``cited``), one of them the closing sentence of a quote
    that began sentences before and is placed at the day the quote was said (``tails``:
    :func:`_dated_tails`), the sentence that says what the statement is: the sentence introducing
    the quote when it names the speaker, stands alone (:func:`is_clear`, not
    :func:`leans_on_context`) and has no date of its own (``Kapolsek X mengatakan pihaknya
    menelusuri kasus itu.``); the quote's first sentence only with :data:`QUOTE_OPENING_SHOWN`.
    Never a sentence the article places at another date (one sentence at one date) nor one already
    cited; a tail placed at a date the quote tells takes none: the introduction is of the day of
    saying. None when no cited sentence is such a tail."""
    per_article: dict[int, tuple] = {}
    for a, _s, q in tails:
        if a not in per_article:  # the article's other dates and dated sentences
            per_article[a] = ({t for v, t, _g in corpus.dated.get(a, ()) if v != value},
                              _dates_by_sentence(corpus.articles[a]))
        other, dated_here = per_article[a]
        name = [w for w in words(q.speaker_name or "") if len(w) >= 3]
        intro = q.sentence - 1
        if (intro >= 0 and name and name[-1] in words(corpus.text(a, intro)) and intro not in dated_here
                and is_clear(corpus.text(a, intro)) and not leans_on_context(corpus.text(a, intro))
                and intro not in other and (a, intro) not in cited):
            return a, intro
        if QUOTE_OPENING_SHOWN and q.sentence not in other and (a, q.sentence) not in cited:
            return a, q.sentence
    return None


def _quote_head(corpus: Corpus, tails: list[tuple[int, int, Quote]], cited: list[tuple[int, int]],
                value: str) -> tuple[int, int, int] | None:
    """For an entry citing only fragments (``cited``), one of them a later sentence of a direct
    quote (its closing sentence with the attribution, ``Jadi menterinya saya," ungkap X, Kamis
    (9/10).``) placed at the day the quote was said (``tails``: :func:`_dated_tails`): (article,
    the quote's first sentence, the cited sentence), so the entry can show the quote from its
    opening. None when the quote's first sentence is placed at another date or already cited."""
    for a, s, q in tails:
        if (a, q.sentence) in cited:
            continue
        if any(t == q.sentence and v != value for v, t, _g in corpus.dated.get(a, ())):
            continue
        return a, q.sentence, s
    return None


def _quote_close(corpus: Corpus, cited: list[tuple[int, int]], value: str,
                 quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]],
                 ) -> tuple[int, int, int] | None:
    """For an entry citing only fragments (``cited``), one of them the opening sentence of a direct quote
    that goes on in later sentences (``"Hari ini kami melaporkan seseorang ...``, no speaker, no
    close): (article, that opening, the quote's closing sentence), so the entry shows the quote from its
    opening to the closing sentence that says who spoke (``... ," kata Zakki``). The closing sentence is
    already cited, or it is cited with it when it names the quote's speaker, is placed at no date of its
    own (one sentence at one date), and the entry's date is the day the quote was said (its dated
    attribution's, :func:`_quote_days`; undated, the publication day): an opening telling another day
    (``kemarin kami mendapat informasi``) stays alone, as its close is no report of that day. None when
    no cited sentence is such an opening."""
    for a, s in sorted(cited, key=lambda c: corpus.time_key(*c)):
        for q in corpus.articles[a].quotes:
            last = q.end_sentence if q.end_sentence is not None else q.sentence
            if not q.direct or q.sentence != s or last <= s:
                continue
            if (a, last) in cited:
                return a, s, last
            name = [w for w in words(q.speaker_name or "") if len(w) >= 3]
            if not name or name[-1] not in words(corpus.text(a, last)):
                continue
            if any(t == last for _v, t, _g in corpus.dated.get(a, ())):
                continue
            if a not in quote_days:
                quote_days[a] = _quote_days(corpus, a)
            said = [day for _span, day in quote_days[a].get(s, ())]
            day = said[0] if said else corpus.dates[a]
            if day is not None and day.isoformat() == value:
                return a, s, last
    return None


# How many words of a quote's opening sentence an entry shows before ``…`` and the cited closing
# sentence (:func:`_quote_head`).
QUOTE_HEAD_WORDS = 18


def _head_and_tail(head: str, tail: str) -> str:
    """A quote's opening sentence, cut after :data:`QUOTE_HEAD_WORDS` words, one ``…`` for all it
    leaves out (the rest of the opening and the sentences up to the tail), then the tail."""
    parts = head.split()
    if len(parts) > QUOTE_HEAD_WORDS:
        head = " ".join(parts[:QUOTE_HEAD_WORDS]).rstrip(",;:")
    return head.rstrip(".") + " … " + tail


def _placed_planned(corpus: Corpus, a: int, s: int, value: str, granularity: str,
                    exprs: dict[int, dict[int, list[TimeExpr]]]) -> bool:
    """Sentence ``s`` of article ``a``, placed at ``value``, tells its happening as still ahead
    (:func:`planned_at`): the sentence's expressions of that value are read (the raw value: a
    corrected year or a quote's own day moves a date off the publication day, never onto it; a
    moved value after the publication stays ahead).
    ``exprs`` caches the articles' expressions by sentence (:func:`_dates_by_sentence`)."""
    published = corpus.dates[a]
    if published is None:
        return False
    text = corpus.text(a, s)
    if a not in exprs:
        exprs[a] = _dates_by_sentence(corpus.articles[a])
    said = [t for t in exprs[a].get(s, ()) if t.value == value]
    if not said:
        # the value was moved (a corrected year, a quote's own day): a later one stays ahead
        return _after_publication(value, granularity, published)
    return any(planned_at(text, t.start, t.end, value, granularity, published) for t in said)


def _plans_into_reports(groups: list[list[tuple[int, int, str]]], plans: list[bool],
                        cache: _Sentences) -> list[tuple[list[tuple[int, int, str]], bool]]:
    """Same-date groups with each planned one joined to a group of that date that reports the
    happening (not planned) and shares with it both a named entity and a word of the happening
    beyond the date (``para menteri OPEC dijadwalkan bertemu Kamis (27/11)`` and the decision's
    ``pertemuan OPEC pada 27 November``): a plan and the report of its day are one happening, which
    a reader saw twice, once flagged as still to come (QA: the OPEC meeting, labelled one happening).
    The grouping's own test asks more of two sentences (a cosine bar or most words shared), which a
    plan's wording (``akan menggelar``) and a report's rarely meet. Days only (a month holds many
    occasions); at least :data:`PLAN_REPORT_SHARED_WORDS` words beyond names and weekday names. A
    plan sharing less stays its own entry; with several reports it joins the first (publication
    order). Each group comes with its planned flag (a report with plans joined is no plan), so
    :func:`planned_at` is read once per group."""
    if len(groups) < 2 or all(plans) or not any(plans) or groups[0][0][2] != "day":
        return list(zip(groups, plans, strict=True))
    reports = [k for k, p in enumerate(plans) if not p]
    merged: dict[int, list[tuple[int, int, str]]] = {k: list(groups[k]) for k in reports}
    kept: list[int] = []

    def told(k: int) -> tuple[set[str], set[str]]:
        """The group's entities, and its happening words that are no part of a name."""
        ents: set[str] = set()
        wrds: set[str] = set()
        names: set[str] = set()
        for a, s, _g in groups[k]:
            ents |= cache.entities(a, s)
            wrds |= cache.happening_words(a, s)
            names |= cache.name_words(a, s)
        return ents, wrds - names - _WEEKDAY_WORDS

    facts = {k: told(k) for k in range(len(groups))}
    for k, planned in enumerate(plans):
        if not planned:
            continue
        ents, wrds = facts[k]
        for r in reports:
            if ents & facts[r][0] and len(wrds & facts[r][1]) >= PLAN_REPORT_SHARED_WORDS:
                merged[r].extend(groups[k])
                break
        else:
            kept.append(k)
    return [(merged[k], False) if k in merged else (groups[k], plans[k]) for k in sorted(reports + kept)]


# How many happening words (beyond names and weekday names) a plan and the report of its day share
# to be one happening (:func:`_plans_into_reports`). With one, a plan joined a lawyer's statement of
# that day through ``penyidik`` (dev labels: a wrong merge); the OPEC meeting's plans share four.
PLAN_REPORT_SHARED_WORDS = 2
_WEEKDAY_WORDS = frozenset(calendar.WEEKDAYS)


def _before_happening(text: str) -> bool:
    """The sentence tells what went on before the happening its date names (``menjelang pertemuan
    OPEC, Kamis``: :data:`calendar.BEFORE_HAPPENING_WORDS`)."""
    return any(w in calendar.BEFORE_HAPPENING_WORDS for w in words(text))


def build_timeline(corpus: Corpus, article_idx: Sequence[int]) -> list[TimelineEntry]:
    """Timeline entries ordered by date value, then by their first source's publication order. An
    entry is ``planned`` when every dated sentence it cites tells its happening as still ahead of
    its article's publication (:func:`planned_at`): a later report of the day, or one told as done,
    makes it a happening."""
    entries: list[tuple[tuple, TimelineEntry]] = []
    cache = _Sentences(corpus)
    exprs: dict[int, dict[int, list[TimeExpr]]] = {}
    quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]] = {}  # :func:`_dated_tails`
    for value, items in dated_sentences(corpus, article_idx).items():
        groups = _same_text(corpus, _group(corpus, items, cache), cache)
        # each sentence told as still ahead (a plan, a coming meeting): all of a group's make it planned,
        # and a group of both is shown by a report of the happening, not by its announcement
        ahead = {(a, s): _placed_planned(corpus, a, s, value, g, exprs) for group in groups for a, s, g in group}
        plans = [all(ahead[(a, s)] for a, s, _g in group) for group in groups]
        for group, planned in _plans_into_reports(groups, plans, cache):
            texts = [(corpus.text(a, s), a, s) for a, s, _g in group]
            clear = [t for t in texts if is_clear(t[0])]
            extra: set[tuple[int, int]] = set()
            if not clear:
                cited = [(a, s) for _t, a, s in texts]
                tails = _dated_tails(corpus, cited, value, quote_days)
                opening = _quote_opening(corpus, tails, cited, value)
                if opening:
                    extra.add(opening)
                    clear = [(corpus.text(*opening), *opening)]
                else:
                    head = _quote_head(corpus, tails, cited, value)
                    if head:
                        ha, hs, hs_tail = head
                        extra.add((ha, hs))
                    else:
                        head = _quote_close(corpus, cited, value, quote_days)
                        if head:
                            ha, hs, hs_tail = head
                            extra.add((ha, hs_tail))
                    if head:
                        tail = corpus.text(ha, hs_tail)
                        clear = [(_head_and_tail(corpus.text(ha, hs), tail), ha, hs_tail)]
            elif QUOTE_INTRODUCTION_OF_WHOLE and all(leans_on_context(t[0]) for t in clear):
                cited = [(a, s) for _t, a, s in texts]
                opening = _quote_opening(corpus, _dated_wholes(corpus, cited, value, quote_days), cited, value)
                if opening:
                    extra.add(opening)
                    clear = [(corpus.text(*opening), *opening)]
            text, ta, ts = min(clear or texts, key=lambda t: (leans_on_context(t[0]),
                                                              not leans_on_context(t[0]) and points_back(t[0]),
                                                              ahead.get((t[1], t[2]), False),
                                                              _before_happening(t[0]), len(words(t[0])),
                                                              corpus.time_key(t[1], t[2])))
            cites = sorted({(a, s) for a, s, _g in group} | extra, key=lambda c: corpus.time_key(*c))
            first_report = corpus.time_key(*cites[0])
            # the sentence shown is cited first, then the others in the order they were reported
            cites = [(ta, ts), *(c for c in cites if c != (ta, ts))]
            entry = TimelineEntry(
                value=value,
                granularity=group[0][2],
                text=text,
                citations=[Citation(corpus.articles[a].id, s) for a, s in cites],
                planned=planned,
            )
            entries.append(((value, first_report), entry))
    entries.sort(key=lambda x: x[0])
    return [e for _k, e in entries]
