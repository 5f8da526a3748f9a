"""What a sentence states, read once from its article's evidence (:class:`SentenceFacts`): its values
by kind, the days of its happenings, its moves, its people and names, its case step; and the person a
sentence names only by a short form (:func:`short_named`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from kliping.lang.id import discourse
from kliping.model import Mention, Quote, TimeExpr
from kliping.synth.corpus import (
    Corpus,
    Kind,
    content_text,
    find_whole,
    moves,
    said_text,
    said_words,
    values_by_kind,
    words,
)
from kliping.synth.summary.case_steps import case_status
from kliping.synth.timeline import MONTH_VALUE, dated_sentences

_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_TODAY = re.compile(r"\b(?:hari|pagi|siang|sore|malam) ini\b|\btadi\b", re.IGNORECASE)
_NOW = re.compile(r"kini|sekarang|saat ini", re.IGNORECASE)
_NAMED = frozenset({"PERSON", "ORG", "GPE"})


class _Facts(NamedTuple):
    """What a sentence states that a similar sentence must not contradict to support it."""

    numbers: dict[Kind, frozenset[float]]  # its values by kind (4 significant digits)
    figures: frozenset[tuple[Kind, float]]  # those specific enough to name one fact (:func:`specific`)
    days: frozenset[str]  # the days of its happenings (``YYYY-MM-DD``, ``timeline.dated_sentences``)
    rises: bool  # it moves something up (``naik``, ``menguat``, ``kenaikan``; ``corpus.moves``)
    falls: bool  # it moves something down
    said: frozenset[str]  # content words of what it states, attribution frame left out (``corpus.said_words``)
    persons: frozenset[str]  # the people named in what it states: entity ids and name words
    names: frozenset[str]  # ditto for every person, organisation and place it names
    subject: frozenset[str]  # ditto for the name its statement opens with (its subject), if any
    written_days: frozenset[int]  # every day its date expressions write (ordinals; quoting dates too)
    actors: frozenset[str] = frozenset()  # the name words of the people it names, its speaker too
    published: dt.date | None = None  # its article's publication day
    reading: bool = False  # a recurring daily reading: weather, a market's move (:func:`daily_reading`)
    status: tuple[int, bool] | None = None  # the latest case step it reports, denied or not (:func:`case_status`)
    dated: bool = False  # it writes a day or a month (a DATE expression: ``Desember 2013``, ``Senin (2/12)``)


class SentenceFacts:
    """The :class:`_Facts` of sentences, read once each from the article's evidence, on demand.

    Values are kept by kind, as the timeline's same-happening test keeps them: ``Brent naik 2
    persen`` and ``Brent naik menjadi 83 dollar`` give one day's rise in two kinds and do not
    contradict. A bare number (no unit, no counted noun: often a list's next item) and a vague
    plural (``ratusan orang``) give no value to compare.
    """

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.by_article: dict[int, dict[int, tuple[dict[Kind, set[float]], set[str]]]] = {}
        self.memo: dict[tuple[int, int], _Facts] = {}
        # article -> sentence -> its mentions, times and quotes (indexed once per article)
        self.parts: dict[int, dict[int, tuple[list[Mention], list[TimeExpr], list[Quote]]]] = {}
        self.full_names: dict[int, dict[str, int]] = {}  # article -> people it names in full, first sentence (``short_named``)

    def _parts(self, a: int, s: int) -> tuple[list[Mention], list[TimeExpr], list[Quote]]:
        if a not in self.parts:
            ev = self.corpus.articles[a]
            per: dict[int, tuple[list[Mention], list[TimeExpr], list[Quote]]] = {}
            for m in ev.mentions:
                per.setdefault(m.sentence, ([], [], []))[0].append(m)
            for t in ev.times:
                per.setdefault(t.sentence, ([], [], []))[1].append(t)
            for q in ev.quotes:
                per.setdefault(q.sentence, ([], [], []))[2].append(q)
            self.parts[a] = per
        return self.parts[a].get(s, ([], [], []))

    def __call__(self, a: int, s: int) -> _Facts:
        key = (a, s)
        if key not in self.memo:
            if a not in self.by_article:
                ev = self.corpus.articles[a]
                per: dict[int, tuple[dict[Kind, set[float]], set[str]]] = {
                    sent: (values, set()) for sent, values in values_by_kind(ev).items()}
                # The days its happenings are placed at by the timeline's reading (a quoting date,
                # ``Dilansir AFP, Minggu``, or a forecast's day is no day of the fact).
                for value, places in dated_sentences(self.corpus, [a]).items():
                    for _a, sent, gran in places:
                        if gran == "day":
                            per.setdefault(sent, ({}, set()))[1].add(value)
                # ``hari ini``, ``pagi ini``, ``tadi malam``: the report's own day, which the timeline
                # leaves to the publication date; two daily reports' ``pagi ini`` are two days.
                # Not inside a quote: its ``sekarang`` is when it was said, which a later report of the
                # same remark shares.
                published = self.corpus.dates[a]
                for t in ev.times:
                    if is_quoting(self.corpus.text(a, t.sentence)) if 0 <= t.sentence < len(ev.doc.sentences) else True:
                        continue
                    if t.value and _DAY_VALUE.match(t.value) and _TODAY.search(t.text):
                        per.setdefault(t.sentence, ({}, set()))[1].add(t.value[:10])
                    elif published and t.value == "PRESENT_REF" and _NOW.fullmatch(t.text.strip()):
                        per.setdefault(t.sentence, ({}, set()))[1].add(published.isoformat())
                self.by_article[a] = per
            numbers, days = self.by_article[a].get(s, ({}, set()))
            text = self.corpus.text(a, s)
            rises, falls = moves(text)
            mentions, times, quotes = self._parts(a, s)
            said = said_text(quotes, s, content_text(text) if s == 0 else text)
            persons, names, subject, actors = _names(mentions, said)
            self.memo[key] = _Facts(
                {k: frozenset(v) for k, v in numbers.items()},
                frozenset((k, v) for k, vs in numbers.items() for v in vs if specific(v)),
                frozenset(days), rises, falls, said_words(said), persons, names, subject,
                _written_days(times), actors, self.corpus.dates[a], daily_reading(text, rises or falls),
                case_status(said), any(t.type == "DATE" and bool(t.value and MONTH_VALUE.match(t.value)) for t in times),
            )
        return self.memo[key]


def sentence_facts(corpus: Corpus) -> SentenceFacts:
    """The corpus's one :class:`SentenceFacts`, made on first use: what a sentence states depends on
    the corpus only, and a storyline's summary reads again the sentences its stories' summaries read
    (one reading per summary was a fifth of synthesis on detik-dev)."""
    if corpus.sentence_facts is None:
        corpus.sentence_facts = SentenceFacts(corpus)
    return corpus.sentence_facts


def short_named(facts: SentenceFacts, a: int, s: int) -> str | None:
    """The entity id of the person a sentence leans on by a short form: its first person is named by
    one word without a title (``Dalam petitumnya, Daniel meminta ...``, ``Ali mengatakan ...``) while
    its article names that person in full in an earlier sentence (``Daniel Sitorus``, ``Ali
    Mundakir``: the extractor and the linker gave both one entity). Shown alone, such a sentence names
    someone the summary never introduced. A one-word name the article never writes longer is all there
    is, and so is one the article writes in full only later: there the short form is the article's own
    introduction (a lede's ``Saudara AS``, spelled out further down), not a lean on what came before."""
    mentions = facts._parts(a, s)[0]
    first = next((m for m in mentions if m.type == "PERSON"), None)
    if first is None or not first.entity or first.title or len(first.text.split()) > 1:
        return None
    at = _full_names(facts, a).get(first.entity)
    return first.entity if at is not None and at < s else None


def _full_names(facts: SentenceFacts, a: int) -> dict[str, int]:
    """The people an article names in full (two or more words, or with a title), as entity ids, with
    the first sentence that does; read once per article."""
    memo = facts.full_names
    if a not in memo:
        first: dict[str, int] = {}
        for m in facts.corpus.articles[a].mentions:
            if m.type == "PERSON" and m.entity and (m.title or len(m.text.split()) > 1):
                first[m.entity] = min(first.get(m.entity, m.sentence), m.sentence)
        memo[a] = first
    return memo[a]


def is_quoting(text: str) -> bool:
    """The sentence holds (part of) a direct quote."""
    return any(mark in text for mark in '"“”')


def _names(mentions: Sequence[Mention], said: str
           ) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The people, the names and the opening name (subject) of a sentence's statement (not its
    speaker, who is in the frame), as entity ids and the words of the names, so ``Siman`` and
    ``Siman Bahar`` meet; and the name words of the whole sentence's people, its speaker too (its
    actors: a remark quoted again a day later keeps its speaker; not its organisations and places,
    ``BMKG``, ``IHSG``, ``Sulsel``, which a recurring daily report shares with every other of its
    kind)."""
    persons: set[str] = set()
    names: set[str] = set()
    subject: set[str] = set()
    actors: set[str] = set()
    low = said.casefold()
    opening = low.lstrip(' "“')
    for m in mentions:
        if m.type not in _NAMED:
            continue
        if m.type == "PERSON":
            actors.update(words(m.text))
        found = find_whole(m.text.casefold(), low)
        if found < 0:
            continue  # a name of the frame (the speaker), not of what is said
        keys = set(words(m.text)) | ({f"#{m.entity}"} if m.entity else set())
        names |= keys
        if m.type == "PERSON":
            persons |= keys
        if not subject and found == len(low) - len(opening):
            subject = keys
    return frozenset(persons), frozenset(names), frozenset(subject), frozenset(actors)


def _written_days(times: Sequence[TimeExpr]) -> frozenset[int]:
    """Every day a sentence's DATE expressions write, as ordinals (:func:`far_apart`)."""
    out = set()
    for t in times:
        if t.type == "DATE" and t.value and _DAY_VALUE.match(t.value):
            try:
                out.add(dt.date.fromisoformat(t.value[:10]).toordinal())
            except ValueError:
                continue
    return frozenset(out)


def specific(value: float) -> bool:
    """A value with three or more significant digits (``36,7 juta``, ``Rp 599,44 triliun``, 1.250):
    two sentences giving it speak of one fact; ``1.000`` or ``2,6 juta`` may be a coincidence."""
    mantissa = f"{abs(value):.4g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return len(mantissa) >= 3


def daily_reading(text: str, moving: bool = False) -> bool:
    """The sentence reads a recurring daily kind: the weather (``cuaca``, ``hujan``, ``berawan``) or a
    market (``IHSG``, ``rupiah``, ``kurs``, ``Brent``) with a move (``moving``, ``corpus.moves``) or a
    word of its reading (``bervariasi``, ``dibuka``, ``level``; ``lang.id.discourse``). A market's
    name alone is not one (``volatilitas nilai tukar rupiah`` in a debt report)."""
    found = set(words(text))
    if found & discourse.WEATHER_WORDS:
        return True
    return bool(found & discourse.MARKET_WORDS) and (moving or bool(found & discourse.MARKET_READING_WORDS))
