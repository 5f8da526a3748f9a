"""Copies of one sentence across the articles of a storyline placed at different days
by a relative word counted from each copy's publication: a reprinted quote's ``hari ini`` moves to
the day an earlier copy is placed at (:func:`repeated_quote_days`), and so does a narration
sentence re-run in a later article (:func:`republished_narration_days`).

Apart because these compare articles with each other, after each article's dates are read
(:mod:`.placement`).
"""

from __future__ import annotations

import difflib
import re

from kliping.model import TimeExpr
from kliping.synth.corpus import Corpus, said_text, words
from kliping.synth.timeline.clauses import DAY
from kliping.synth.timeline.relative_days import (
    AUTHOR_TODAY_MAX_DAYS,
    dates_by_sentence,
    editors_word,
    from_publication,
    relative_day_offset,
)
from kliping.synth.timeline.said_days import direct_quote_spans
from kliping.synth.timeline.sentences import Sentences

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


def _copies(x: str, y: str) -> bool:
    """Two letter strings are copies of one text: alike at ``REPEATED_QUOTE_SIMILARITY`` (the cheap
    upper bound first, the exact ratio only when it passes)."""
    sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
    return sm.quick_ratio() >= REPEATED_QUOTE_SIMILARITY and sm.ratio() >= REPEATED_QUOTE_SIMILARITY


def _quote_deictic_day(corpus: Corpus, a: int, s: int, value: str,
                       by_sentence: dict[int, list[TimeExpr]], quote_spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Sentence ``s`` of article ``a`` is placed at ``value`` only by a relative day word inside a
    direct quote (``"Hari ini kami melaporkan ...``, ``"Kemarin saya berangkat ...``) counted from
    the article's publication: its article tells no day the quote was said (:func:`said_day`
    would have moved it). ``by_sentence`` and ``quote_spans``: the article's :func:`dates_by_sentence`
    and :func:`direct_quote_spans`, worked out once per article by the caller."""
    published = corpus.dates[a]
    if published is None:
        return False
    times = [t for t in by_sentence.get(s, ()) if t.value == value and from_publication(t, published)]
    if not times:
        return False
    text = corpus.text(a, s)
    spans = quote_spans.get(s, ())
    return all(not editors_word(t, text, spans) for t in times)


def repeated_quote_days(corpus: Corpus, out: dict[str, list[tuple[int, int, str]]]) -> None:
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
    days = sorted(v for v in out if DAY.match(v))
    said: dict[tuple[int, int], str] = {}  # (article, sentence) -> the letters of what it says, read once
    wholes: dict[tuple[int, int], str | None] = {}  # (article, sentence) -> the whole quote it opens, read once
    # per-article readings, each worked out once rather than once per sentence or sentence pair
    cache = Sentences(corpus)
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

    def deictic(a: int, s: int, value: str) -> bool:
        if a not in by_sentence:
            by_sentence[a] = dates_by_sentence(corpus.articles[a])
            quote_spans[a] = direct_quote_spans(corpus, a)
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
                    if long_enough and (not other_speaker or len(mine) >= REPRINT_LETTERS) and _copies(mine, letters_of(b, t)):
                        best = other
                        break
                    if my_whole is not None and their_whole is not None and (
                            not other_speaker or len(my_whole) >= REPRINT_LETTERS) and _copies(my_whole, their_whole):
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
    if not times or not all(from_publication(t, published) for t in times):
        return False
    text = corpus.text(a, s)
    spans = quote_spans.get(s, ())
    return all(editors_word(t, text, spans) for t in times)


def republished_narration_days(corpus: Corpus, out: dict[str, list[tuple[int, int, str]]]) -> None:
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
    days = sorted(v for v in out if DAY.match(v))
    letters: dict[tuple[int, int], str] = {}
    by_sentence: dict[int, dict[int, list[TimeExpr]]] = {}
    quote_spans: dict[int, dict[int, list[tuple[int, int]]]] = {}

    def letters_of(b: int, t: int) -> str:
        if (b, t) not in letters:
            letters[(b, t)] = _letters(corpus.text(b, t))
        return letters[(b, t)]

    moving: list[tuple[str, str, tuple[int, int, str]]] = []
    for value in days:
        for a, s, gran in out[value]:
            published = corpus.dates[a]
            text = corpus.text(a, s)
            if gran != "day" or published is None or len(words(text)) < REPEATED_QUOTE_WORDS:
                continue
            if a not in by_sentence:
                by_sentence[a] = dates_by_sentence(corpus.articles[a])
                quote_spans[a] = direct_quote_spans(corpus, a)
            if not _narration_deictic_day(corpus, a, s, value, by_sentence[a], quote_spans[a]):
                continue
            figures = re.findall(r"\d+", text)
            written = {t.value for ts in by_sentence[a].values() for t in ts
                       if t.value and relative_day_offset(t.text) is None}
            best = next((other for other in days if other < value and other in written for b, t, _g in out[other]
                         if b != a and corpus.dates[b] is not None
                         and 0 < (published - corpus.dates[b]).days <= AUTHOR_TODAY_MAX_DAYS  # type: ignore[operator]
                         and re.findall(r"\d+", corpus.text(b, t)) == figures
                         and _copies(letters_of(a, s), letters_of(b, t))), None)
            if best is not None:
                moving.append((value, best, (a, s, gran)))
    for value, best, item in moving:
        out[value].remove(item)
        if not out[value]:
            del out[value]
        if item not in out[best]:
            out[best].append(item)
