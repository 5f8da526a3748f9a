"""What the grouping asks of a sentence, read once per article: its entities, name
words, happening words, speakers (spokespersons left out: :func:`speakers`), quoting frame and the
values it states (:class:`Sentences`), and whether two sentences' values contradict
(:func:`contradicts`).

Apart because the placement (a reprinted quote's speakers) and the grouping share one cache of
these readings.
"""

from __future__ import annotations

import re

from kliping.extract.quotes import DOUBLE_QUOTE_MARKS
from kliping.ingest.glue import word_root
from kliping.lang.id import calendar, time_cues
from kliping.model import Quote
from kliping.synth.corpus import (
    Corpus,
    Kind,
    content_words,
    moves,
    opposite_moves,
    values_by_kind,
    values_conflict,
    words,
)

_SPOKESPERSON = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in calendar.SPOKESPERSON_WORDS) + r")\b", re.IGNORECASE)


def _speaker_key(q: Quote) -> str:
    return q.speaker or " ".join((q.speaker_name or "").casefold().split())


def _article_quoted(corpus: Corpus, a: int) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """``sentence -> speakers`` and ``sentence -> spokespersons`` of one article: who each sentence quotes,
    split by whether a sentence of their quotes names a spokesperson's role; every quote looked at once."""
    n = len(corpus.articles[a].doc.sentences)
    covering: dict[int, set[str]] = {}
    spokes: set[str] = set()
    for q in corpus.articles[a].quotes:
        last = q.last_sentence
        key = _speaker_key(q)
        if q.speaker or q.speaker_name:
            for s in range(q.sentence, last + 1):
                covering.setdefault(s, set()).add(key)
        if key not in spokes and any(_SPOKESPERSON.search(corpus.text(a, k))
                                     for k in range(q.sentence, q.last_sentence + 1) if 0 <= k < n):
            spokes.add(key)
    return ({s: keys - spokes for s, keys in covering.items()},
            {s: keys & spokes for s, keys in covering.items() if keys & spokes})


def speakers(corpus: Corpus, a: int, s: int) -> set[str]:
    """Who is quoted in a sentence (entity id, else the casefolded name): the quotes that start,
    continue or end in it; spokespersons (a sentence of the article quoting them names the role:
    ``ujar Jubir KPK Nanda``) left out."""
    return _article_quoted(corpus, a)[0].get(s, set())




class Sentences:
    """Per-timeline caches of what the grouping asks of a sentence (entities, happening words,
    speakers), each article read once instead of once per sentence pair."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._entities: dict[int, dict[int, set[str]]] = {}
        self._words: dict[tuple[int, int], set[str]] = {}
        self._roots: dict[tuple[int, int], set[str]] = {}
        self._timex: dict[int, dict[int, set[str]]] = {}
        self._speakers: dict[int, dict[int, set[str]]] = {}
        self._spokes: dict[int, dict[int, set[str]]] = {}
        self._numbers: dict[int, dict[int, dict[tuple[str | None, str | None], set[float]]]] = {}
        self._facts: dict[tuple[int, int], Facts] = {}
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

    def happening_roots(self, a: int, s: int) -> set[str]:
        """:meth:`happening_words` by their dictionary root (``ingest.glue.word_root``; a word with none
        or a root itself as written), the words of names left out: one act told as a noun in one sentence and as a verb in the
        other (``pemeriksaan`` / ``diperiksa``, ``putusannya`` / ``Putusan itu``, ``pelaporan`` /
        ``melaporkan``) is one word to the overlap of :func:`~kliping.synth.timeline.grouping.same_happening`,
        and the names two sentences share, already counted by the plain words, do not make the rooted
        words of two acts (``Pemerintahan Presiden X ... setahun`` and a quote on ``satu tahun pak
        presiden X memerintah``) alike."""
        if (a, s) not in self._roots:
            self._roots[(a, s)] = {word_root(w) or w for w in self.happening_words(a, s) - self.name_words(a, s)}
        return self._roots[(a, s)]

    def speaker_words(self, a: int, s: int) -> set[str]:
        """The words of the names of whoever is quoted in the sentence (the quoting frame)."""
        if a not in self._speaker_words:  # each article's quotes read once, not once per pair
            by: dict[int, set[str]] = {}
            for q in self.corpus.articles[a].quotes:
                last = q.last_sentence
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
            marks = [m.start() for m in QUOTE_MARK.finditer(text)]
            # a closing mark follows the quote's last punctuation (``dijamin," kata``)
            closing = marks[-1] if marks and text[marks[-1] - 1 : marks[-1]] in (",", ".", "!", "?") else None
            tail = words(text[closing + 1 :]) if closing is not None else []
            # the place and audience (``di Jakarta``, ``kepada wartawan``, two words each), not the
            # occasion (``dalam rapat kerja``: what two quotes of one briefing share)
            frame = {x for k, w in enumerate(tail) if w in time_cues.QUOTE_FRAME_HEADS
                     for x in tail[k + 1 : k + 3]}
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
            self._speakers[a], self._spokes[a] = _article_quoted(self.corpus, a)
        return self._speakers[a].get(s, set())

    def spokespersons(self, a: int, s: int) -> set[str]:
        """The spokespersons a sentence quotes (:func:`speakers` leaves them out)."""
        if a not in self._spokes:
            self._speakers[a], self._spokes[a] = _article_quoted(self.corpus, a)
        return self._spokes[a].get(s, set())

    def facts(self, a: int, s: int) -> Facts:
        """The values a sentence states, by kind, and whether it moves up / down."""
        if (a, s) not in self._facts:
            if a not in self._numbers:
                self._numbers[a] = values_by_kind(self.corpus.articles[a])
            # ``corpus.moves``: idioms (``turun ke jalan``, ``naik banding``) and negated moves are no moves
            rises, falls = moves(self.corpus.text(a, s))
            self._facts[(a, s)] = (self._numbers[a].get(s, {}), rises, falls)
        return self._facts[(a, s)]


# A sentence's values by kind (unit, counted noun), and whether it moves up / down.
Facts = tuple[dict[Kind, set[float]], bool, bool]


def contradicts(x: Facts, y: Facts) -> bool:
    """Two sentences of one date state different facts: for one kind of value (unit and counted
    noun) each gives a value the other lacks (about 7.000 and nearly 10.000 containers; two units'
    losses in rupiah; a bare number with neither is no kind, and ``ratusan orang`` no value), or one moves up where the other moves down. The summary's same-fact test
    (``summary.contradicts``) by kind and without its days, which the entry's date already makes
    equal: a happening is told with figures of several kinds (a decision's barrels, a price's
    dollars and its percent), and a sentence that only adds a value or leaves one out does not
    contradict."""
    (xn, xr, xf), (yn, yr, yf) = x, y
    return values_conflict(xn, yn) or opposite_moves((xr, xf), (yr, yf))


class StatedFigures:
    """Per group of sentences, the figures its members state, indexed for the grouping's one question of
    them (:meth:`contradicted`): by kind, each set of values stated and the articles stating it, and the
    articles only moving up or only moving down. A group's members state few distinct sets of values
    (the reports of one matter agree, or they are not one group), so a sentence reads those sets, not each
    member's figures: :func:`contradicts` against every stated member of every candidate group grew faster
    than a busy date (``bench/bench_timeline.py``)."""

    def __init__(self) -> None:
        self.values: list[dict[Kind, dict[frozenset[float], set[int]]]] = []
        self.ups: list[set[int]] = []  # articles with a member moving up and not down
        self.downs: list[set[int]] = []

    def new(self) -> None:
        """Index one more (empty) group."""
        self.values.append({})
        self.ups.append(set())
        self.downs.append(set())

    def add(self, gi: int, a: int, facts: Facts) -> None:
        """A sentence of article ``a`` stating ``facts`` joined group ``gi``."""
        for kind, vs in facts[0].items():
            self.values[gi].setdefault(kind, {}).setdefault(frozenset(vs), set()).add(a)
        if facts[1] and not facts[2]:
            self.ups[gi].add(a)
        if facts[2] and not facts[1]:
            self.downs[gi].add(a)

    def merge(self, keep: int, gone: int) -> None:
        """Group ``gone`` joined group ``keep``; ``gone`` is left empty."""
        for kind, by_values in self.values[gone].items():
            into = self.values[keep].setdefault(kind, {})
            for vs, arts in by_values.items():
                into.setdefault(vs, set()).update(arts)
        self.ups[keep] |= self.ups[gone]
        self.downs[keep] |= self.downs[gone]
        self.values[gone], self.ups[gone], self.downs[gone] = {}, set(), set()

    def contradicted(self, gi: int, a: int, facts: Facts) -> bool:
        """A member of group ``gi`` from another article than ``a`` states figures that ``facts``
        contradict (:func:`contradicts`: for one kind each side gives a value the other lacks, or one only
        moves up where the other only moves down)."""
        def other(arts: set[int]) -> bool:  # an article besides ``a`` among ``arts``
            return len(arts) > 1 or (len(arts) == 1 and a not in arts)

        group = self.values[gi]
        for kind, mine in facts[0].items():
            for vs, arts in group.get(kind, {}).items():
                if mine - vs and vs - mine and other(arts):
                    return True
        rises, falls = facts[1], facts[2]
        return (rises and not falls and other(self.downs[gi])) or (falls and not rises and other(self.ups[gi]))


QUOTE_MARK = re.compile("[" + re.escape(DOUBLE_QUOTE_MARKS) + "]")
