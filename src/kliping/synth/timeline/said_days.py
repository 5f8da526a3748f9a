"""The day a direct quote was said: where its words are in its sentences
(:func:`_quote_spans`), the dated attribution after it, a relative day word after the speaker, a
next sentence pointing back at it (``Hal itu disampaikan Budi, Selasa (21/10).``:
:data:`POINTS_BACK`, :func:`frame_date`) or a dated introduction before it (:func:`_intro_date`):
:func:`quote_said_days`; and a relative word inside the quote counted from that day
(:func:`said_day`).

Apart because the placement, the reprints and the entries' quote openings all read a quote's day
from here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from kliping.extract.quotes import DOUBLE_QUOTE_MARKS
from kliping.lang.id import calendar, cues, quote_words, time_cues
from kliping.link.events import is_roundup
from kliping.model import Quote, TimeExpr
from kliping.synth.corpus import Corpus, words
from kliping.synth.recalls import earlier_cues
from kliping.synth.timeline.clauses import DAY, last_words, usable_date
from kliping.synth.timeline.not_happening import not_a_happening
from kliping.synth.timeline.relative_days import dates_by_sentence, from_publication, relative_day_offset
from kliping.synth.timeline.weekday_checks import checked_day
from kliping.text.patterns import alternation

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


def quote_said_days(corpus: Corpus, a: int, by_sentence: dict[int, list[TimeExpr]] | None = None,
                ) -> dict[int, list[tuple[tuple[int, int], dt.date | None]]]:
    """``sentence -> [(span of the quote's words in it, day it was said)]`` for the direct quotes
    of an article whose attribution is dated: the first day date after the quote ends, in its
    last sentence (``"...," ujar Kapolsek ..., Sabtu (18/10/2025).``) or, when that has none, a
    relative day word after the speaker (``"...," ujar X kemarin``: :func:`_tail_said`) or a next
    sentence pointing back at the quote (``Hal itu disampaikan Budi, Selasa (21/10).``:
    :data:`POINTS_BACK`); not a quoting date (``dikutip Selasa``: :func:`not_a_happening`), its
    year typo corrected (:func:`checked_day`). The day is None for a quote said on an earlier day
    none of these names (``kata X pekan lalu``). ``by_sentence``: the article's day expressions by sentence (:func:`day_exprs`),
    as :func:`_article_dates` groups them (worked out here when not given)."""
    ev = corpus.articles[a]
    n = len(ev.doc.sentences)
    if by_sentence is None:
        by_sentence = dates_by_sentence(ev)
    out: dict[int, list[tuple[tuple[int, int], dt.date | None]]] = {}
    quoted: set[int] | None = None  # sentences of the article's direct quotes, worked out when needed
    for q in ev.quotes:
        if not q.direct:
            continue
        last = q.last_sentence
        if not (0 <= q.sentence <= last < n):
            continue
        end = _quote_spans(corpus.text(a, last), q, last, last)[1]
        said = _said_dates(corpus, a, last, by_sentence.get(last, ()), end)
        spoken = released_before_said(corpus, a, last, said[0], by_sentence) if said else None
        if spoken is not None:
            said = [spoken]
        day: dt.date | None = None
        if said:
            day = dt.date.fromisoformat(checked_day(said[0], corpus.dates[a]))
        tail_dated, tail_day = (True, day) if said else _tail_said(corpus, a, last, end)
        if tail_dated and tail_day is not None:
            day = tail_day
        elif not said and last + 1 < n:
            framed = frame_date(corpus, a, last + 1, by_sentence.get(last + 1, ()))
            said = [framed] if framed else []
        if not said and day is None:
            if quoted is None:
                quoted = {s for x in ev.quotes if x.direct
                          for s in range(x.sentence, x.last_sentence + 1)}
            intro = _intro_date(corpus, a, q, by_sentence, quoted)
            said = [intro] if intro else []
        if said and day is None:
            day = dt.date.fromisoformat(checked_day(said[0], corpus.dates[a]))
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
            if t.sentence != s or not (k <= t.start < limit) or not t.value or not DAY.match(t.value[:10]):
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
# or ``demikian``), then a speech verb of :data:`time_cues.FRAME_SPEECH_VERBS`, or a third-person
# pronoun and the verb's root (``Hal tersebut ia sampaikan saat ...``, ``Hal itu dia katakan``:
# :data:`quote_words.THIRD_PERSON_PRONOUNS`). :data:`POINTER_PHRASE` is the pointer's noun and word
# as a pattern, which :mod:`kliping.synth.timeline.shown_text` reads too.
_DEMONSTRATIVE = r"(?:" + "|".join(sorted(time_cues.POINTER_WORDS)) + r")"
POINTER_PHRASE = r"(?:" + "|".join(sorted(time_cues.POINTER_NOUNS)) + r")\s+" + _DEMONSTRATIVE
_POINTER = r"(?:" + POINTER_PHRASE + r"|demikian)"
_FRAME_ROOTS = sorted(v[2:] for v in time_cues.FRAME_SPEECH_VERBS if v.startswith("di"))
POINTS_BACK = re.compile(r"(?i)^\W*" + _POINTER + r"\s+(?:(?:juga|pun|pula)\s+)?(?:(?:"
                          + "|".join(sorted(time_cues.FRAME_SPEECH_VERBS)) + r")(?:nya)?|(?:"
                          + "|".join(sorted(quote_words.THIRD_PERSON_PRONOUNS)) + r")\s+(?:(?:juga|pun)\s+)?(?:"
                          + "|".join(_FRAME_ROOTS) + r"))\b"
                          # or the speaker first, the pointer the object of an active speech verb, then
                          # only an adjunct (a place, ``kepada wartawan``) before the day after a comma
                          # or ``pada`` (``Direktur X menyampaikan hal itu, Kamis (17/10), di Jakarta.``):
                          # what follows the pointer otherwise (``... hal itu karena ...``) is a
                          # statement of its own; no quote mark in the sentence (``... tidak pernah
                          # menyatakan hal tersebut," kata X``) and no negation before the verb
                          # (:data:`cues.SPEECH_NEGATORS`): a frame says who did speak
                          r"|^(?![^\"\u201c\u201d]*[\"\u201c\u201d])\W*(?:(?!(?:"
                          + "|".join(sorted(cues.SPEECH_NEGATORS)) + r")\b)[^\s\"\u201c\u201d]+\s+){1," + str(time_cues.FRAME_SUBJECT_WORDS) + r"}?(?:"
                          + "|".join(sorted(time_cues.FRAME_ACTIVE_SPEECH_VERBS)) + r")\s+(?:(?:juga|pun|pula)\s+)?"
                          + _POINTER + r"(?:\s+(?:" + "|".join(map(re.escape, sorted(cues.ATTRIBUTION_ADJUNCTS))) + r"))?"
                          r"(?:\s+di\s+[^\s,.]+(?:\s+[^\s,.]+){0,3})?\s*(?:,|\s+pada\b)")

# A frame saying nothing of its own (``Menteri X mengatakan kepada wartawan, Rabu.``, between two quotes
# of the minister): the speaker first, an active speech verb with no object, only an attribution
# adjunct or a place, then the day after a comma or ``pada`` (a weekday, its date in brackets, a part of
# the day, a place) and the sentence's end. What was said is the quote right before, which the outlet's
# full stop split from its attribution: :func:`frame_date` dates that quote only.
_WEEKDAY = r"(?:" + alternation(calendar.WEEKDAYS) + r")"
_DAY_PART = r"(?:" + alternation(calendar.PARTS_OF_DAY) + r")"
BARE_FRAME = re.compile(r"(?i)^(?![^\"\u201c\u201d]*[\"\u201c\u201d])\W*(?:(?!(?:"
                        + alternation(cues.SPEECH_NEGATORS) + r")\b)[^\s\"\u201c\u201d]+\s+){1,"
                        + str(time_cues.FRAME_SUBJECT_WORDS) + r"}?(?:"
                        + alternation(time_cues.FRAME_ACTIVE_SPEECH_VERBS) + r")(?:\s+(?:"
                        + alternation(cues.ATTRIBUTION_ADJUNCTS) + r"))?"
                        r"(?:\s+di\s+[^\s,.]+(?:\s+[^\s,.]+){0,3})?\s*(?:,|\s+pada)\s*(?:hari\s+)?" + _WEEKDAY
                        + r"(?:\s*\([\d/.\s-]+\))?(?:\s+" + _DAY_PART + r")?(?:\s*,?\s*di\s+[^,.]+)?\s*\.?\s*$")


def _closes_quote(text: str) -> bool:
    """The sentence ends a direct quote (its last character a closing quote mark)."""
    text = text.rstrip()
    return bool(text) and text[-1] in _QUOTE_CHARS


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


def frame_date(corpus: Corpus, a: int, s: int, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The day a frame pointing back at a statement (:data:`POINTS_BACK`), or a bare frame right after
    a quote (:data:`BARE_FRAME`), says it was made: its first
    day date (:func:`_said_dates`) written as the frame's own adjunct, after a comma or ``pada``
    (``Hal itu disampaikan Budi di Sleman, Selasa (21/10).``). A date inside what the frame goes on
    to tell (``Hal ini disampaikan Ali, terkait kabar bahwa pemasangan setelah 30 November
    berbayar``) is no day of saying. None for any other sentence."""
    text = corpus.text(a, s)
    if not (POINTS_BACK.match(text) or (s > 0 and BARE_FRAME.match(text) and _closes_quote(corpus.text(a, s - 1)))):
        return None
    return _adjunct_day(corpus, a, s, times)


def _adjunct_day(corpus: Corpus, a: int, s: int, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The first day date of sentence ``s`` (:func:`_said_dates`) written as the sentence's own
    adjunct, after a comma or ``pada``; None when it has none."""
    text = corpus.text(a, s)
    for t in _said_dates(corpus, a, s, times, 0):
        before = text[: t.start].rstrip()
        if before.endswith(",") or before.casefold().endswith(" pada"):
            return t
    return None


# A sentence pointing back at the happening the sentence before told and dating it (``Peristiwa itu
# terjadi pada Selasa malam.``, ``Pelantikan tersebut digelar di Istana Negara, Senin (8/9).``):
# a noun of up to :data:`time_cues.HAPPENED_NOUN_WORDS` words and a demonstrative, then a verb of taking
# place (:data:`time_cues.HAPPENED_VERBS`); no word before the demonstrative an active verb
# (:data:`time_cues.HAPPENED_NOT_NOUN_PREFIXES`).
_NOT_NOUN = r"(?!(?:" + "|".join(time_cues.HAPPENED_NOT_NOUN_PREFIXES) + r"))"
HAPPENED_BACK = re.compile(r"(?i)^\W*(?:adapun\s+)?(?:" + _NOT_NOUN + r"\w+\s+){1," + str(time_cues.HAPPENED_NOUN_WORDS) + r"}"
                           + _DEMONSTRATIVE + r"\s+(?:(?:juga|pun)\s+)?(?:"
                           + "|".join(sorted(time_cues.HAPPENED_VERBS)) + r")\b")
_POINTS_FURTHER = re.compile(r"(?i)\b(?:" + "|".join(sorted(time_cues.HAPPENING_POINTER_NOUNS)) + r")\s+"
                             + _DEMONSTRATIVE + r"\b")


def dates_told(text: str) -> bool:
    """The sentence is a frame dating the sentence before it: of its saying (:data:`POINTS_BACK`, a bare
    :data:`BARE_FRAME`) or of
    its taking place (:data:`HAPPENED_BACK`). Such a frame and the sentence it dates are one entry
    (``synth.timeline.grouping``), and the entry shows the told sentence (``synth.timeline.entries``)."""
    return bool(POINTS_BACK.match(text) or HAPPENED_BACK.match(text) or BARE_FRAME.match(text))


def told_date(corpus: Corpus, a: int, s: int, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The day a frame (:func:`dates_told`) gives the sentence before it: a speech frame's
    (:func:`frame_date`), or a happening frame's adjunct day (:func:`_adjunct_day`) when the sentence
    before tells the happening itself: no quote (a quote is of the day it was said), no frame, no
    pointer of its own at a happening (``Kapolsek membenarkan kejadian ini.``: the frame after it
    points further back), and a name of who or where (a lead-in naming none, ``Sejumlah fakta
    mengerikan terungkap.``, is no happening of that day). None otherwise."""
    framed = frame_date(corpus, a, s, times)
    if framed is not None or s < 1 or not HAPPENED_BACK.match(corpus.text(a, s)):
        return framed
    told = corpus.text(a, s - 1)
    if any(c in _QUOTE_CHARS for c in told) or dates_told(told) or _POINTS_FURTHER.search(told):
        return None
    if not any(m.sentence == s - 1 for m in corpus.articles[a].mentions):
        return None  # ``Sejumlah fakta mengerikan terungkap.``: a lead-in naming no one, not the happening
    day = _adjunct_day(corpus, a, s, times)
    if day is not None and any(t.start < day.start for t in times):
        # ``Kiriman itu berlangsung antara 7 September dan 1 Oktober, sebelum X bertemu Y pada 13
        # September``: the frame's own time comes first; a later day belongs to a clause of its own
        return None
    return day


_RELEASE_LONGEST = max(len(p) for p in time_cues.RELEASE_PHRASES)


def released_before_said(corpus: Corpus, a: int, s: int, t: TimeExpr,
                         by_sentence: dict[int, list[TimeExpr]]) -> TimeExpr | None:
    """The frame's day when ``t`` dates a written statement sent out after its words were spoken
    (``"...," kata X dalam keterangan tertulis, Minggu (19/10).`` then ``Hal itu dikatakan X dalam
    acara di Bangkalan, Sabtu (18/10) malam.``): ``t`` follows a release phrase
    (:data:`time_cues.RELEASE_PHRASES`, ``yang diterima <outlet>`` allowed between) and the next
    sentence is a frame (:func:`frame_date`) dating the saying 1 to :data:`time_cues.RELEASE_LAG_DAYS`
    days before, or, with none after, the sentence right before the quote ``t`` closes is such a frame
    dating an earlier statement of the quote's speaker (:func:`_frame_before_quote`: ``X menjelaskan
    ...`` then ``Hal itu diungkapkan olehnya saat membuka talkshow, Senin (20/10).`` then the quote).
    The statement is then of the frame's day, the occasion where it was said; the release's day is
    when the text was sent, no happening of its own. None otherwise."""
    if t.value is None or not DAY.match(t.value[:10]):
        return None
    before = last_words(corpus.text(a, s), t.start, _RELEASE_LONGEST + 3)  # a phrase, ``yang diterima`` after it
    if len(before) >= 3 and before[-3] == "yang" and before[-2] == "diterima":
        before = before[:-3]
    if not any(tuple(before[-n:]) in time_cues.RELEASE_PHRASES for n in range(1, _RELEASE_LONGEST + 1)):
        return None
    framed = None
    if s + 1 < len(corpus.articles[a].doc.sentences):
        framed = frame_date(corpus, a, s + 1, by_sentence.get(s + 1, ()))
    if framed is None:
        framed = _frame_before_quote(corpus, a, s, t, by_sentence)
    if framed is None or framed.value is None:
        return None
    lag = (dt.date.fromisoformat(t.value[:10]) - dt.date.fromisoformat(framed.value[:10])).days
    return framed if 1 <= lag <= time_cues.RELEASE_LAG_DAYS else None


def _frame_before_quote(corpus: Corpus, a: int, s: int, t: TimeExpr,
                        by_sentence: dict[int, list[TimeExpr]]) -> TimeExpr | None:
    """The day of a frame standing right before the direct quote whose attribution ``t`` dates
    (``X menjelaskan ...`` / ``Hal itu diungkapkan olehnya saat membuka talkshow, Senin (20/10).`` /
    ``"...," kata X dalam keterangan tertulis, Selasa (21/10).``): the frame dates the statement
    before it, and the quote after it goes on with that statement when the statement is the quote's
    speaker's (a quote of the same speaker, or the speaker's last name in it). None when no direct
    quote ends in ``s`` before ``t``, or the sentence before the quote is no dated frame."""
    ev = corpus.articles[a]
    for q in ev.quotes:
        if not q.direct or q.last_sentence != s or q.sentence < 2:
            continue
        if _quote_spans(corpus.text(a, s), q, s, s)[1] > t.start:
            continue
        framed = frame_date(corpus, a, q.sentence - 1, by_sentence.get(q.sentence - 1, ()))
        if framed is not None and _same_speaker(corpus, a, q.sentence - 2, q):
            return framed
    return None


def _same_speaker(corpus: Corpus, a: int, s: int, q: Quote) -> bool:
    """Sentence ``s`` holds a statement of ``q``'s speaker: a quote of the same speaker entity, or the
    last word of the speaker's name."""
    if any(x.sentence <= s <= x.last_sentence and x is not q and (
            (q.speaker and x.speaker == q.speaker) or (x.speaker_name and x.speaker_name == q.speaker_name))
           for x in corpus.articles[a].quotes):
        return True
    name = [w for w in words(q.speaker_name or "") if len(w) >= 3]
    return bool(name) and name[-1] in words(corpus.text(a, s))


def _said_dates(corpus: Corpus, a: int, s: int, times: Sequence[TimeExpr], start: int) -> list[TimeExpr]:
    """The day dates of sentence ``s`` from ``start`` on that may date a statement (:func:`quote_said_days`):
    a day, not itself relative, not a quoting date (:func:`not_a_happening`), in text order."""
    text = corpus.text(a, s)
    said = sorted((t for t in times if t.start >= start
                   and usable_date(t.value, t.granularity) == "day"
                   and " ".join(t.text.casefold().split()) not in calendar.DEICTIC_DAYS),
                  key=lambda t: t.start)
    return [t for t in said if not not_a_happening(text, t.start, "day", t.value, corpus.dates[a])]


def said_day(t: TimeExpr, sentence: str, quotes: list[tuple[tuple[int, int], dt.date | None]],
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
    if not from_publication(t, published):
        return value
    for (lo, hi), day in quotes:
        if lo <= t.start and t.end <= hi:
            return None if day is None else (day + (dt.date.fromisoformat(value) - published)).isoformat()
    return value


def direct_quote_spans(corpus: Corpus, a: int) -> dict[int, list[tuple[int, int]]]:
    """``sentence -> [character span of a direct quote's words in it]`` for every direct quote."""
    ev = corpus.articles[a]
    n = len(ev.doc.sentences)
    out: dict[int, list[tuple[int, int]]] = {}
    for q in ev.quotes:
        last = q.last_sentence
        if not q.direct or not (0 <= q.sentence <= last < n):
            continue
        for s in range(q.sentence, last + 1):
            out.setdefault(s, []).append(_quote_spans(corpus.text(a, s), q, s, last))
    return out
