"""Extractive summaries: verbatim sentences, each citing every article that says the same thing.

A sentence's citations are its own first, then, per other article in time order, that article's
most similar sentence at ``SAME_FACT_COSINE`` that does not contradict it: not a different value
(``3.850`` vs ``3.790`` dollars: two days' prices), not a different day of the happening (``pagi
ini`` of two daily reports; dates weeks apart), not a move the other way (``melemah`` vs
``menguat``), not another step of a case (``masih diburu`` vs ``akhirnya ditangkap``:
:func:`case_status`), not a sentence giving neither value nor date for one giving both
(:func:`drops_the_figure`); and that states the same beyond its attribution frame and the summary's topic words,
about the same people (:func:`says_the_same`); and, when both read a recurring daily kind (weather,
a market's move), name no day and were published on different days, that shares a specific figure
or person (:func:`undated_other_day`: two days' undated weather or market colour). Word similarity alone cited the opposite, a
speaker's other remark of one press conference, another suspect's charge and yesterday's forecast.

Selection (MMR-style, greedy):

* facts stated by two or more sources are chosen before single-source details (candidates are
  taken in two tiers: supported, then the rest). Sources are outlets; when all the summary's
  articles come from one outlet, its articles (``Corpus.source_keys``, as the figure findings
  count them): a one-outlet pile still has facts that several of its reports state, though a
  sentence its reports repeat word for word (a pasted background paragraph) counts once, and a
  cited sentence that repeats a figure as another party's earlier statement (``Pekan lalu, X
  menyatakan ...``: :func:`kliping.synth.figures.recalls_figure`) counts as no source at all;
* within a tier, score = centrality (cosine of the sentence with the cluster's TF-IDF centroid)
  + a bonus per extra independent article that states the same fact
  + a small lead bonus (news puts the key facts first)
  - a diversity penalty per sentence already taken from the same article;
* a candidate is *redundant* — never chosen — when its TF-IDF cosine with a chosen sentence is
  ≥ ``REDUNDANT_COSINE`` or its content-word overlap coefficient is ≥ ``REDUNDANT_OVERLAP``;
* questions, sentences under 6 words or without a closing stop, list headers, quote fragments,
  the inner sentences of multi-sentence quotes and sentences that point back at their neighbours
  (``Ia menambahkan``, ``Hal tersebut``, ``Alhasil,``, ``Dalam demo tersebut``: :func:`leans_back`)
  are no candidates, unless nothing else is (a one-sentence article); duplicates were already
  removed by the corpus.

* within a tier, a sentence whose person is named only by a short form its article writes in full
  (``Dalam petitumnya, Daniel ...``: :func:`short_named`) gives way to any other candidate, unless a
  sentence chosen before it names that person in full.

Chosen sentences are read in the order the facts were first reported (:func:`placed`: the earliest of
a sentence's citations by article date, publication order and sentence index, or an earlier day of
its happening the sentence names), keeping the order of sentences shown from one article
(:func:`reading_order`). A fact is shown in the wording of its first report that stands alone
(:func:`wordings`, :func:`stands_alone`) when that wording adds no redundancy and says as much; a
single-source sentence that continues another (``Namun,``, ``Sementara itu,``: :func:`continues`)
does not come first, it gives way to the next choice.

Each sentence carries the date of its happening (:func:`sentence_date`: the day or month the
timeline places the shown sentence at, else its article's publication day, flagged), so a ``hari
ini`` line in a storyline spanning months still tells the reader when.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from scipy import sparse

from kliping.lang.id import calendar, cues, discourse, status_cues
from kliping.link.events import is_roundup
from kliping.model import Citation, Mention, Quote, SummarySentence, TimeExpr
from kliping.synth.corpus import (
    Corpus,
    Kind,
    content_text,
    content_words,
    find_whole,
    is_clear,
    moves,
    opposite_moves,
    said_text,
    said_words,
    values_by_kind,
    values_conflict,
    word_overlap,
    words,
)
from kliping.synth.figures import recalls_figure
from kliping.synth.timeline import HYPHENATED_WORD, MONTH_VALUE, dated_sentences

# Two sentences from different articles "say the same thing" at this TF-IDF cosine (unigrams +
# bigrams of content words); at 0.5 paraphrases that share the names, figure and verb pair up while
# two different facts about the same actors stay apart.
SAME_FACT_COSINE = 0.5
# Redundancy between chosen sentences (see module docstring).
REDUNDANT_COSINE = 0.5
REDUNDANT_OVERLAP = 0.6
# Redundancy between two sentences that give the same specific figure (``summary.specific``).
SAME_FIGURE_OVERLAP = 0.25
# Score bonus per additional independent article stating the fact (counted up to 3).
CONFIRMATION_BONUS = 0.1
# Lead bonus: LEAD_BONUS / (1 + sentence index).
LEAD_BONUS = 0.05
# A lede that stands alone (an article's sentence 0 that is a candidate: clear, not leaning back)
# gets this on top: news states its key fact first, and a summary opening on the lede introduces
# the people and the happening its other sentences name. 0.05 alone was no match for centrality
# (0.1-0.5): 54 of 221 single-article storyline summaries of detik-dev skipped a clean lede.
LEDE_BONUS = 0.15
# Penalty for a sentence that reads as a continuation (:func:`dependent`: ``Adapun``, ``Lebih lanjut,``,
# ``Prabowo juga mengatakan``, ``," ujarnya.``): a self-contained sentence of comparable centrality
# is taken first, while a dependent one that is clearly more central (the only one stating its fact)
# still is. Not for a sentence that gives the other side (:func:`other_side`: a denial, ``Namun,
# Kapolres X membantah ...``: where Indonesian news puts the answer to an accusation). Measured and
# not shipped: giving the penalty back in selection to a dependent sentence naming a person or
# organisation no chosen sentence names (QA slices: connective-led summary sentences 40 -> 62,
# most of the 30 changed stories took an aside or a sequel: ``Adapun dasar penahanan``,
# ``Sebelumnya diberitakan``).
DEPENDENT_PENALTY = 0.1
# Penalty per sentence already chosen from the same article (source diversity).
SAME_ARTICLE_PENALTY = 0.05
# Candidates are checked for support this many at a time, best centrality first (keeps big
# storylines fast); more only while fewer than MIN_AGREED of them are agreed, up to MAX_SCANNED.
MAX_CANDIDATES = 200
MIN_AGREED = 10
MAX_SCANNED = 2000
# A cited sentence states the same as the shown one when this share of the content words of what the
# smaller states (attribution frame and topic words left out) is in the other (``says_the_same``).
SAID_OVERLAP = 0.4
# Two undated sentences of two publication days share a person when this many words of the names of
# their people (speakers too) are in both, beyond the topic words (``undated_other_day``).
SHARED_NAME_WORDS = 2
# Two sentences whose written days are all more than this many days apart tell two happenings.
WRITTEN_DAYS_APART = 7
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_TODAY = re.compile(r"\b(?:hari|pagi|siang|sore|malam) ini\b|\btadi\b", re.IGNORECASE)
_NOW = re.compile(r"kini|sekarang|saat ini", re.IGNORECASE)
_NAMED = frozenset({"PERSON", "ORG", "GPE"})
# Topic words are used by at least half of a summary's articles and by at least this many.
TOPIC_MIN_ARTICLES = 3


def leans_back(text: str) -> bool:
    """The sentence means little without the one before: it opens with a result connective
    (``Alhasil,``, ``Akibatnya,``, ``Dengan demikian,``: a consequence of something unsaid), a wrap-up
    or an item of something named before (``Itulah ...``, ``Demikianlah ...``, ``Dari sana,``,
    ``Contohnya,``, ``Beberapa di antaranya``: ``discourse.BACK_OPENERS``) or, after
    any opening connectives (``Namun,``, ``Sebelumnya,``, ``Sementara itu,``), with a pronoun (``Ia
    menambahkan``; not an acronym such as ``IA``), a bare demonstrative (``Ini adalah ...``, ``Itu
    sebabnya``) or a noun pointed back at (``Hal tersebut``, ``Dua orang tersangka itu``), also
    inside an opening adverbial (``Terkait hal tersebut``, ``Dalam demo tersebut``), not with a time
    (``Saat ini``, ``Akhir tahun ini``, ``Pada hari ini``) or a connective idiom (``Selain itu``;
    ``lang.id.discourse``)."""
    found = HYPHENATED_WORD.findall(text[:100])[:7]
    words = [w.casefold() for w in found]
    if any(tuple(words[:len(p)]) == p for p in discourse.RESULT_OPENERS):
        return True
    # read past opening connectives: ``Namun,``, ``Sebelumnya,``, ``Meski begitu,``, ``Tak hanya itu,``
    i = next((len(p) for p in discourse.CONTINUING_PHRASES if tuple(words[:len(p)]) == p), 0)
    while i < min(2, len(words) - 1) and words[i] in discourse.CONNECTIVE_OPENERS:
        i += 1
    if any(tuple(words[i:i + len(p)]) == p for p in discourse.BACK_OPENERS):
        return True  # ``Itulah 10 manfaat ...``, ``Dari sana,``, ``Namun, contohnya``
    if i and i < len(words) and words[i] == "itu":  # ``Sementara itu,``, ``Selain itu,``
        i += 1
    head = words[i:i + 4]
    if not head:
        return False
    if head[0] in discourse.PRONOUN_OPENERS and not found[i].isupper():
        return True
    if head[0] in discourse.DEMONSTRATIVES:
        return True
    if head[0] in discourse.NOT_POINTING_BACK:
        # ``Selain itu``, ``Saat ini``: an idiom; ``Dalam demo tersebut``: a noun pointed back at
        if len(head) < 2 or head[1] in discourse.DEMONSTRATIVES:
            return False
        return _points_back(head, (2, 3))
    return _points_back(head, (1, 2, 3))


def continues(text: str) -> bool:
    """The sentence opens with a connective that continues the one before it (``Namun,``,
    ``Sementara itu,``, ``Selain itu,``, ``Terlebih``: ``discourse.CONTINUING_OPENERS``; ``Meski
    begitu,``, ``Tak hanya itu,``: ``discourse.CONTINUING_PHRASES``)."""
    first = tuple(w.casefold() for w in HYPHENATED_WORD.findall(text[:40])[:3])
    return bool(first) and (first[0] in discourse.CONTINUING_OPENERS
                            or any(first[:len(p)] == p for p in discourse.CONTINUING_PHRASES))


def dependent(text: str) -> bool:
    """The sentence reads as a continuation, though its fact may stand: it opens with a continuing
    connective (:func:`continues`: ``Namun,``, ``Lebih lanjut,``) or another tie to its neighbours
    (``Agar ...``, ``Adapun ...``, ``Sebagai informasi,``, ``Keduanya``:
    ``discourse.DEPENDENT_OPENERS``), adds to what came before by ``juga``/``pun`` right after its
    subject (``Prabowo juga mengatakan``), opens with a capitalised title pointed back at (``Waka
    Komisi Hukum DPR itu``: who, the reader was told before), goes on from its speaker's remark before
    (``Rina menambahkan, ...``) or names its speaker only by a
    ``-nya`` tail (``," ujarnya.``). A summary prefers a self-contained sentence to such a one
    (``DEPENDENT_PENALTY``) but keeps it when it is the one that states a fact."""
    found = HYPHENATED_WORD.findall(text[:100])[:7]
    words = [w.casefold() for w in found]
    if not words:
        return False
    if continues(text) or any(tuple(words[:len(p)]) == p for p in discourse.DEPENDENT_OPENERS):
        return True
    if tuple(words[:2]) == discourse.AT_THE_END and len(words) > 2 and not _end_of_time(words[2]):
        return True  # ``Di akhir sambutan, ...``: the end of an occasion told before
    k = next((i for i, w in enumerate(words[:4]) if w in discourse.ALSO_WORDS), None)
    if k and all(w[:1].isupper() for w in found[:k]):
        return True  # ``KPK juga``, ``Gus Ipul pun``
    k = next((i for i, w in enumerate(words[:6]) if w in discourse.DEMONSTRATIVES), None)
    if k is not None and k >= 2 and all(w[:1].isupper() for w in found[:k]):
        return True  # ``Kepala Badan Pangan Nasional itu``
    k = next((i for i, w in enumerate(words[:4]) if w in discourse.GOING_ON_VERBS), None)
    if k and all(w[:1].isupper() for w in found[:k]) and _GOES_ON.match(text, text.find(found[k]) + len(found[k])):
        return True  # ``Ichwan menambahkan, ...``
    return bool(_NYA_TAIL.search(text) or _DIA_TAIL.search(text))


_GOES_ON = re.compile(r",|\s+bahwa\b")


def opens_on_before(text: str) -> bool:
    """The sentence's opening ties it to the one before it: a continuing connective
    (:func:`continues`: ``Namun,``, ``Selain itu,``, ``Lebih lanjut,``, ``Kemudian``), an addition or
    a sequel (``Apalagi``, ``Setelah itu,``, ``Keduanya``: ``discourse.DEPENDENT_OPENERS``; not the
    asides that bring in background whole, ``Adapun``, ``Sebagai informasi,``:
    ``discourse.ASIDE_OPENERS``) or the end of an occasion told before (``Di akhir sambutannya,``).
    Most of :func:`dependent`'s openings; a summary shows such a sentence only after the sentence it
    goes on from, or when nothing else is left (``summarize``)."""
    words = [w.casefold() for w in HYPHENATED_WORD.findall(text[:100])[:3]]
    if not words:
        return False
    if any(tuple(words[:len(p)]) == p for p in discourse.ASIDE_OPENERS):
        return False
    if continues(text) or any(tuple(words[:len(p)]) == p for p in discourse.DEPENDENT_OPENERS):
        return True
    return tuple(words[:2]) == discourse.AT_THE_END and len(words) > 2 and not _end_of_time(words[2])


def _end_of_time(word: str) -> bool:
    """``Di akhir`` + this word is a time (``Oktober``, ``pekan``, ``2024``), not an occasion."""
    return word in discourse.END_TIME_WORDS or word in calendar.MONTHS or word[:1].isdigit()


def other_side(corpus: Corpus, a: int, s: int) -> bool:
    """Sentence ``s`` of article ``a`` carries a denial (``Namun, Kapolres X membantah tudingan
    itu``): the answer to an accusation, which a summary must not drop for a restatement of it."""
    return any(c.sentence == s and c.status == "denial" for c in corpus.articles[a].claims)


def penalised(corpus: Corpus, a: int, s: int) -> bool:
    """The sentence reads as a continuation (:func:`dependent`) and gives no other side
    (:func:`other_side`): it takes ``DEPENDENT_PENALTY``."""
    return dependent(corpus.text(a, s)) and not other_side(corpus, a, s)


def _points_back(head: Sequence[str], at: Sequence[int]) -> bool:
    """A demonstrative at one of the positions ``at`` closes a noun phrase that is not a time
    (``hal tersebut``, ``kebijakan baru ini``; not ``tahun ini``, ``akhir pekan ini``, ``penghujung
    2013 ini``)."""
    for k in at:
        if k < len(head) and head[k] in discourse.DEMONSTRATIVES:
            if k == 3 and head[k] == "ini":
                return False  # ``Agenda sidang kabinet ini``: after a long noun phrase, the one reported now
            return head[k - 1] not in discourse.TIME_NOUNS and not head[k - 1].isdigit()
    return False


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


def contradicts(a: _Facts, b: _Facts) -> bool:
    """Two similar sentences report different facts: for one kind of value each gives a value the
    other lacks (74,61 vs 74,09 dollars: two days' prices), they name different days, one moves
    up where the other moves down (``dolar melemah`` / ``dolar menguat``), or they tell different
    steps of a case (:func:`case_status`: ``masih terendus`` / ``akhirnya terciduk``; ``menahan
    empat WNI`` / ``empat WNI diduga ...``). A sentence that only adds detail (a value more, a value
    of another kind, a day the other leaves out) does not contradict."""
    return (values_conflict(a.numbers, b.numbers) or bool(a.days and b.days and not a.days & b.days)
            or opposite_moves((a.rises, a.falls), (b.rises, b.falls)) or far_apart(a.written_days, b.written_days)
            or a.status != b.status)


_CASE_STEPS = tuple(re.compile(r"(?<![\w-])(?:" + p + r")(?![\w-])", re.IGNORECASE)
                    for _name, p in status_cues.CASE_STEPS)


def case_status(text: str) -> tuple[int, bool] | None:
    """The latest step of a criminal case the statement ``text`` reports (its index in
    ``status_cues.CASE_STEPS``: sought, arrested, detained, named a suspect, charged, sentenced,
    released) and whether it is denied (``tidak ditahan``, ``belum ditangkap``: a negation one or two
    words before every form of it, or a demand within three, ``meminta ... segera dibebaskan``), or
    None. Two reports of one case share its people, place and police unit and read alike whatever
    step they tell; a sentence's latest step is its news (``ditangkap dan ditahan`` tells a detention,
    as ``kini ditahan`` does). One sentence telling a step and a similar one telling another, or none
    (``empat WNI diduga ...`` for ``polisi menahan empat WNI ...``), state two facts. A form counts only
    when it is about a case (:func:`_is_step`): not ``Harga BBM ditahan``, ``divonis mengidap
    kanker``, ``dituntut lebih kreatif``, nor a step in a ``yang pernah ...`` clause (background)."""
    for k in range(len(_CASE_STEPS) - 1, -1, -1):
        found = [m for m in _CASE_STEPS[k].finditer(text) if _is_step(text, m)]
        if found:
            return k, all(_denied(text, m.start()) for m in found)
    return None


_WORD_BEFORE_CLAUSE = re.compile(r"[,;:()\"“”]|\b(?:dan|serta|sedangkan|namun|tetapi|lalu|kemudian|sehingga|"
                                 r"karena|setelah|usai|seusai|saat|ketika|bahwa)\b", re.IGNORECASE)
_BACKGROUND = re.compile(r"\byang\s+(?:\S+\s+)?(?:pernah|sempat)\s+(?:\S+\s+)?$", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d.,]*")


def _after(text: str, end: int, n: int) -> list[str]:
    """The first ``n`` words after ``end``, lower-cased."""
    return [w.casefold() for w in HYPHENATED_WORD.findall(text[end:end + 12 * n])[:n]]


def _object(text: str, end: int) -> tuple[str, str]:
    """The first word after ``end`` past fillers (``para``, ``sementara``), as written, and the word
    after it, lower-cased (``menahan empat WNI`` -> ``empat``, ``wni``)."""
    ws = re.findall(r"[\w-]+(?:[.,]\d+)*", text[end:end + 120])
    i = 0
    while i < len(ws) - 1 and ws[i].casefold() in status_cues.OBJECT_FILLERS and i < 3:
        i += 1
    if i >= len(ws):
        return "", ""
    return ws[i], ws[i + 1].casefold() if i + 1 < len(ws) else ""


def _person_object(first: str, nxt: str) -> bool:
    """``first`` (and ``nxt``) is a person a detention is about: a person noun or pronoun, a number
    of people (``empat WNI``, ``dua orang``; not ``40 ton``) or a capitalised name not followed by
    a thing (``Bupati X``; not ``BI Rate``)."""
    low = first.casefold()
    if low in status_cues.PERSON_OBJECTS:
        return True
    if _NUMBER.fullmatch(first) or low in status_cues.NUMBER_WORDS:
        return nxt in status_cues.PERSON_OBJECTS
    return (first[:1].isupper() and low not in status_cues.THING_NOUNS
            and nxt not in status_cues.THING_NOUNS and not _NUMBER.fullmatch(nxt))


def _subject_is_thing(text: str, start: int) -> bool:
    """The noun a passive form is about, the first person or thing noun of its clause before
    ``start``, is a thing (``Harga BBM nonsubsidi ditahan``, ``Gaji ribuan guru honorer di X
    ditahan``, ``Uang negara Rp 5 triliun berhasil diamankan``; not ``Pelaku pencurian mobil itu
    ditahan``). The clause starts after the last punctuation or connective (``dan``, ``setelah``)."""
    before = text[max(0, start - 120):start]
    cut = list(_WORD_BEFORE_CLAUSE.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    for w in HYPHENATED_WORD.findall(before):
        low = w.casefold()
        if low in status_cues.PERSON_OBJECTS:
            return False
        if low in status_cues.THING_NOUNS:
            return True
    return False


def _is_step(text: str, m: re.Match[str]) -> bool:
    """The matched form tells a step of a case: its person is no thing, a verdict or a prosecutor's
    demand has its penalty words, a manhunt its police or case words, a release is no exemption, and
    it is not background in a ``yang pernah ...`` clause."""
    form = m.group(0).casefold()
    head = form.split()[0]
    if _BACKGROUND.search(text[max(0, m.start() - 40):m.start()]):
        return False
    if head in status_cues.SUBJECT_READ and _subject_is_thing(text, m.start()):
        return False
    if head in status_cues.OBJECT_READ:
        first, nxt = _object(text, m.end())
        if head in status_cues.PERSON_OBJECT_ONLY:
            if not _person_object(first, nxt):
                return False
        elif first.casefold() in status_cues.THING_NOUNS:
            return False
    if head in ("divonis", "memvonis") and not set(_after(text, m.end(), 4)) & status_cues.VERDICT_WORDS:
        return False
    if head == "dituntut" and not (set(_after(text, m.end(), 4)) & status_cues.DEMAND_WORDS
                                   or re.match(r"\s+(?:\S+\s+){0,2}?\d+\s+(?:tahun|bulan)\b", text[m.end():])):
        return False
    if head in ("diburu", "memburu", "perburuan"):
        near = set(_after(text, m.end(), 4)) | {w.casefold() for w in HYPHENATED_WORD.findall(text[max(0, m.start() - 60):m.start()])[-4:]}
        if not near & status_cues.MANHUNT_WORDS:
            return False
    if head == "dibebaskan":
        after = _after(text, m.end(), 2)
        if after[:1] == ["dari"] and after[1:] and after[1] in status_cues.EXEMPT_FROM:
            return False
    return True


def _denied(text: str, at: int) -> bool:
    """A negation (``status_cues.STEP_NEGATIONS``) is one of the two words before ``at``, or a demand
    or hope (``status_cues.STEP_DEMANDS``: ``meminta``, ``agar``) one of the three."""
    before = [w.casefold() for w in HYPHENATED_WORD.findall(re.split(r"[,;:.]\s", text[max(0, at - 50):at])[-1])]
    return bool(set(before[-2:]) & status_cues.STEP_NEGATIONS or set(before[-3:]) & status_cues.STEP_DEMANDS)


def daily_reading(text: str, moving: bool = False) -> bool:
    """The sentence reads a recurring daily kind: the weather (``cuaca``, ``hujan``, ``berawan``) or a
    market (``IHSG``, ``rupiah``, ``kurs``, ``Brent``) with a move (``moving``, ``corpus.moves``) or a
    word of its reading (``bervariasi``, ``dibuka``, ``level``; ``lang.id.discourse``). A market's
    name alone is not one (``volatilitas nilai tukar rupiah`` in a debt report)."""
    found = set(words(text))
    if found & discourse.WEATHER_WORDS:
        return True
    return bool(found & discourse.MARKET_WORDS) and (moving or bool(found & discourse.MARKET_READING_WORDS))


def undated_other_day(a: _Facts, b: _Facts, topic: frozenset[str] = frozenset()) -> bool:
    """Two recurring daily readings (:func:`daily_reading`) that name no day of a happening and write no day, or only different ones
    (``cuaca besok`` of two days' forecasts), from reports published on different days, that share no
    specific fact: no :func:`specific` figure of one kind, no person's name beyond the topic words
    (``SHARED_NAME_WORDS`` of its words: a full name, not one word, which may be a place read as a
    person in a list of regencies). Recurring daily reports (a weather forecast, a market's open or
    close, the exchange rate) write their colour without a date (``Cuaca cerah berawan diperkirakan ...``, ``IHSG dibuka
    menguat``, ``Rupiah bergerak melemah``): two days' are two facts that read alike. A statement
    reported again on a later day keeps what makes it one fact (its figure, its people); other
    undated restatements of two days (a case's background, a quote repeated) are left alone: on
    detik-dev asking this of every sentence dropped 25 citations that were mostly support."""
    if not (a.reading and b.reading):
        return False  # a background fact an outlet restates day after day is still one fact
    if a.days or b.days or bool(a.written_days) != bool(b.written_days) or a.written_days & b.written_days:
        return False  # a day of the happening, or a day one adds: ``contradicts`` compares them
    if a.published is None or b.published is None or a.published == b.published:
        return False
    return not (a.figures & b.figures or len((a.actors & b.actors) - topic) >= SHARED_NAME_WORDS)


def far_apart(x: frozenset[int], y: frozenset[int]) -> bool:
    """Every day one sentence writes is more than ``WRITTEN_DAYS_APART`` days from every day the other
    writes: two happenings weeks apart (a slip such as ``Rabu (14/12)`` for a Wednesday the timeline
    leaves out still names December, not November). A quoting date a day after the happening
    (``dilansir AFP, Minggu``) stays within the gap."""
    return bool(x and y) and min(abs(i - j) for i in x for j in y) > WRITTEN_DAYS_APART


def topic_words(corpus: Corpus, article_idx: Sequence[int]) -> frozenset[str]:
    """Words that most of a summary's articles use (at least half of them, and at least
    ``TOPIC_MIN_ARTICLES``): the storyline's subject (``KPK``, ``RFID``, ``rupiah``). Two sentences
    sharing only these share the subject, not a fact."""
    n = len(set(article_idx))
    bar = max(TOPIC_MIN_ARTICLES, (n + 1) // 2)
    if n < bar:
        return frozenset()
    df: Counter[str] = Counter()
    for a in set(article_idx):
        df.update(corpus.article_words(a))
    return frozenset(w for w, c in df.items() if c >= bar)


def says_the_same(a: _Facts, b: _Facts, topic: frozenset[str] = frozenset()) -> bool:
    """Two similar sentences state one thing beyond their frame: what each states (attribution left
    out: speaker, says-verb, place, date) shares ``SAID_OVERLAP`` of its content words leaving out
    the summary's topic words, and they do not name different people (``KPK menetapkan X`` and
    ``KPK menetapkan Y``: two cases). Word similarity alone cited a speaker's two remarks of one
    press conference for each other (they share his name, title, place and date) and any two
    sentences of a storyline that share only its subject."""
    if a.persons and b.persons and not a.persons & b.persons:
        return False
    if a.subject and b.subject and not a.subject & b.names and not b.subject & a.names:
        return False
    mine, other = a.said - topic, b.said - topic
    if not mine or not other:
        mine, other = a.said, b.said
    return word_overlap(set(mine), set(other)) >= SAID_OVERLAP


def drops_the_figure(a: _Facts, b: _Facts) -> bool:
    """One sentence gives a value (a unit or a counted noun: ``4,5 juta kendaraan``) and a date (a
    day or month: ``Desember 2013``) and the other gives neither: the other does not say what the
    first says (``semua kendaraan harus terpasang RFID`` for a target of 4,5 million vehicles by
    December), so neither is cited for the other, whichever wording is shown. A sentence lacking
    only one of the two is left alone: measured on detik-dev, a value alone also parted a flood's
    two ledes and two lists of one survey's score bands (one read as a count) and changed 12 story
    and storyline summaries. Values of two kinds, or two values of one kind, are left to
    :func:`contradicts`."""
    return bool((a.numbers and a.dated and not b.numbers and not b.dated)
                or (b.numbers and b.dated and not a.numbers and not a.dated))


def _same_fact_citations(
    corpus: Corpus, row: int, sims: np.ndarray, cluster_rows: Sequence[int], facts: SentenceFacts,
    topic: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """The candidate itself first, then, for each other article in time order, its most similar
    sentence above the bar that does not contradict the candidate (:func:`contradicts`) and states
    the same beyond its frame and the topic (:func:`says_the_same`)."""
    a0, s0 = corpus.rows[row]
    mine = facts(a0, s0)
    best: dict[int, tuple[float, int]] = {}
    # Only the few rows at the bar are visited (in row order, so the first of equal bests wins).
    for k in np.flatnonzero(sims >= SAME_FACT_COSINE).tolist():
        a, s = corpus.rows[cluster_rows[k]]
        if a == a0 or (a in best and sims[k] <= best[a][0]):
            continue
        theirs = facts(a, s)
        if (contradicts(mine, theirs) or not says_the_same(mine, theirs, topic) or drops_the_figure(mine, theirs)
                or undated_other_day(mine, theirs, topic) or _other_people_before(facts, mine, (a0, s0), theirs, (a, s))):
            continue
        best[a] = (float(sims[k]), s)
    others = sorted(((a, s) for a, (_v, s) in best.items()), key=lambda c: corpus.time_key(*c))
    return [(a0, s0), *others]


_PLANNED = re.compile(r"\b(?:dijadwalkan|direncanakan|rencananya)\b", re.IGNORECASE)


def _other_people_before(facts: SentenceFacts, mine: _Facts, at: tuple[int, int], theirs: _Facts,
                         other: tuple[int, int]) -> bool:
    """Two sentences that name nobody and open with no name (``Pemeriksaan dilakukan di gedung KPK``)
    tell two happenings however alike their words when one is a plan and the other not
    (``Pemeriksaan dijadwalkan ...``: a witness's questioning to come, not a suspect's that took
    place) or when the sentences before them both name people and none in common: each is about the
    people of the sentence before it."""
    if mine.persons or theirs.persons or mine.subject or theirs.subject or not at[1] or not other[1]:
        return False  # one names its people or opens with its own subject (``PT Pertamina menargetkan``)
    if is_quoting(facts.corpus.text(*at)) or is_quoting(facts.corpus.text(*other)):
        return False  # a remark quoted in two reports is one remark, whatever each said before it
    if (_PLANNED.search(facts.corpus.text(*at)) is None) != (_PLANNED.search(facts.corpus.text(*other)) is None):
        return True  # ``Pemeriksaan dijadwalkan ...`` / ``Pemeriksaan dilakukan ...``: a plan and a happening
    prev_mine, prev_theirs = facts(at[0], at[1] - 1), facts(other[0], other[1] - 1)
    return bool(prev_mine.persons and prev_theirs.persons and not prev_mine.persons & prev_theirs.persons)


class Candidate(NamedTuple):
    """A sentence that may enter a summary, with what selection knows about it."""

    score: float  # centrality + lead bonus + confirmation bonus
    row: int  # corpus row
    cites: list[tuple[int, int]]  # (article, sentence): itself, then every other article stating it, in time order
    agreed: bool  # stated by two or more sources (the first tier; ``Corpus.source_keys``)


def candidates(corpus: Corpus, article_idx: Sequence[int], limit: int | None = MAX_CANDIDATES,
               facts: SentenceFacts | None = None) -> list[Candidate]:
    """The candidates of a summary of ``article_idx``, best base score first, with their support.

    ``limit`` keeps the best-centrality ones, in batches of that size while few are agreed
    (``MAX_CANDIDATES``, as ``summarize``); ``None`` keeps all (``kliping eval summary`` looks for
    agreed facts among every candidate). ``facts`` is a reading of the sentences the caller shares
    (``summarize`` reads them once for support and redundancy)."""
    cluster_rows = corpus.rows_of(article_idx)
    if not cluster_rows:
        return []
    m = corpus.sent_matrix
    if m.shape[1]:
        # Cosine to the cluster centroid: row . sum / |sum|. The sum is kept over the columns the
        # rows use, not as wide as the vocabulary (a run's unigrams and bigrams: a dense vector of
        # them per summary was half of synthesis on detik-dev), nor as the rows' Gram matrix, which
        # grows with the square of the sentences (a storyline of 30k sentences would need 7 GB).
        sub = m[cluster_rows]
        cols, inverse = np.unique(sub.indices, return_inverse=True)
        total_vec = np.bincount(inverse, weights=sub.data, minlength=len(cols))
        total = float(total_vec @ total_vec)
        compact = sparse.csr_matrix((sub.data, inverse, sub.indptr), shape=(len(cluster_rows), len(cols)))
        centrality = compact @ total_vec / np.sqrt(total) if total > 0 else np.zeros(len(cluster_rows))
    else:
        centrality = np.zeros(len(cluster_rows))

    cands: list[tuple[float, int]] = []
    leaning: list[tuple[float, int]] = []
    for k, r in enumerate(cluster_rows):
        a, s = corpus.rows[r]
        if (a, s) in corpus.continuation or not is_clear(corpus.text(a, s)):
            continue
        text = corpus.text(a, s)
        scored = (float(centrality[k]) + LEAD_BONUS / (1 + s) + (LEDE_BONUS if s == 0 else 0.0)
                  - (DEPENDENT_PENALTY if penalised(corpus, a, s) else 0.0), r)
        (leaning if leans_back(text) else cands).append(scored)
    # Nothing stands alone (a one-sentence article whose lead became its title, ``Rapat koordinasi
    # ini bertujuan ...``): its clear statements that lean back still say what the articles report,
    # which an empty summary does not.
    cands = cands or leaning
    cands.sort(key=lambda x: (-x[0], corpus.time_key(*corpus.rows[x[1]])))
    facts = facts or SentenceFacts(corpus)
    topic = topic_words(corpus, article_idx)
    source = corpus.source_keys(article_idx)
    one_outlet = corpus.independent(article_idx) == 1
    info: list[Candidate] = []
    agreed = 0
    if limit == 0:
        return []
    step = limit if limit is not None else len(cands) or 1
    # Support is read a batch of ``limit`` candidates at a time (a batch's similarities to the
    # cluster: ``limit`` x rows); a further batch only while fewer than MIN_AGREED agreed facts were
    # found, so the first tier does not miss a fact several sources state just because many
    # single-source sentences are more central, up to MAX_SCANNED candidates.
    for lo in range(0, len(cands), step):
        if limit is not None and (lo >= MAX_SCANNED or (lo and agreed >= MIN_AGREED)):
            break
        batch = cands[lo:lo + step]
        sims = corpus.sims([r for _sc, r in batch], cluster_rows)
        for k, (base, r) in enumerate(batch):
            cites = _same_fact_citations(corpus, r, sims[k], cluster_rows, facts, topic)
            support = stating_sources(corpus, source, cites, one_outlet) - 1
            agreed += support > 0
            info.append(Candidate(base + CONFIRMATION_BONUS * min(support, 3), r, cites, support > 0))
    return info


def stating_sources(corpus: Corpus, source: dict[int, str], cites: Sequence[tuple[int, int]],
                    one_outlet: bool) -> int:
    """How many sources state a fact (``cites``: its ``(article, sentence)`` pairs; ``source``:
    ``Corpus.source_keys``). In a one-outlet pile a sentence another of its articles repeats word for
    word (the outlet's own background paragraph, pasted into each report) counts once: repeating
    it is not a second report of the fact. A sentence that repeats a figure as another party's earlier
    statement (``figures.recalls_figure``: ``Pekan lalu, X menyatakan ... 1.000``) is no source of it
    either, as in the figure agreements (``Point.recall``): it supports the first report, and a fact
    only recalled is stated by one source (the recalled party)."""
    if len(cites) < 2:
        return 1
    keys: set[str] = set()
    texts: set[str] = set()
    for a, s in cites:
        if recalls_figure(corpus, a, s):
            continue
        if one_outlet:
            text = " ".join(corpus.text(a, s).casefold().split())
            if text in texts:
                continue
            texts.add(text)
        keys.add(source.get(a, f"article:{a}"))
    return max(len(keys), 1)


def redundant(cosine: float, words_a: set[str], words_b: set[str],
              figures_a: frozenset = frozenset(), figures_b: frozenset = frozenset()) -> bool:
    """Two sentences say the same thing for the summary: TF-IDF cosine or content-word overlap at its
    bar, or one specific figure of one kind (``figures``: :func:`specific` values with their unit
    and counted noun; ``125 siswa`` is not ``125 sekolah``) in both with a content-word
    overlap of ``SAME_FIGURE_OVERLAP`` (``36,7 juta ... menerima program MBG`` / ``MBG sudah menyasar
    36,7 juta penerima``: different words, one fact)."""
    overlap = word_overlap(words_a, words_b)
    return (cosine >= REDUNDANT_COSINE or overlap >= REDUNDANT_OVERLAP
            or bool(figures_a & figures_b and overlap >= SAME_FIGURE_OVERLAP))


# Another wording of a chosen fact that stands alone is shown only with this share of its content words.
SHOWN_WORDS_KEPT = 0.8
# A reporting verb with ``-nya`` closing the sentence: the speaker is someone named before
# (``," tambahnya.``, ``, jelasnya.``, ``," tutupnya.``, ``," ujarnya kepada wartawan, Senin.``,
# ``Makanan, katanya, ...``); the roots are the quote extractor's (``cues.SPEECH_ROOTS``). Only that
# tail shape: the root with ``-nya`` at the end, before a comma, or followed by how, where, when or to
# whom it was said (``_NYA_TAIL_GOES_ON``); a ``-nya`` noun after a comma (``..., klaimnya tidak
# berdasar``, ``buka pukul 08.00, tutupnya pukul 22.00``, ``..., jawabnya proses masih berjalan``) is
# the sentence going on.
_NYA_TAIL_GOES_ON = (
    "kepada|saat|di|ketika|dalam|usai|seusai|pada|dengan|melalui|lewat|via|seraya|sambil|sembari|"
    "singkat|tegas|lagi|pula|dikutip|dilansir|mengutip|dihubungi|ditemui|dikonfirmasi|menambahkan|"
    "menjelaskan|menutup|mengakhiri|senin|selasa|rabu|kamis|jumat|sabtu|minggu")
_NYA_TAIL = re.compile(
    r'[,"”]\s*(?:' + "|".join(cues.SPEECH_ROOTS) + r')nya'
    r'(?:\s*,|\s+(?:' + _NYA_TAIL_GOES_ON + r')\b|\s*[.!?]?\s*$)[^"“”]*$', re.IGNORECASE)
# ``," kata dia.``, ``," ucap dia.``: the speaker only as a pronoun, at the sentence's end.
_DIA_TAIL = re.compile(
    r'[,"”]\s*(?:' + "|".join(cues.SPEECH_ROOTS) + r')\s+(?:dia|ia|beliau)\s*[.!?]?\s*$', re.IGNORECASE)
_DANGLING = re.compile(r"\btersebut\b", re.IGNORECASE)


def stands_alone(text: str) -> bool:
    """The sentence reads without its neighbours: clear, not leaning back (:func:`leans_back`), with
    no ``tersebut`` pointing at something said before (``partikel yang sangat kecil tersebut``) and
    no ``-nya`` reporting tail naming its speaker only as someone before (``," tambahnya.``)."""
    return (is_clear(text) and not leans_back(text) and not _DANGLING.search(text)
            and not _NYA_TAIL.search(text))


def wordings(corpus: Corpus, cites: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The wordings a summary may show of a fact (``cites``: the candidate first, then every article
    stating it), best first: those that stand alone (:func:`stands_alone`) before those that do not,
    each in the order they were reported. Of two wordings of one fact the one that reads alone is
    shown, and a fact is told in the words of the report that first told it, which is also where it
    is placed (:func:`placed`). The candidate's own wording is always among them."""
    ok = [c for c in cites if c == cites[0] or c not in corpus.continuation]
    return sorted(ok, key=lambda c: (not stands_alone(corpus.text(*c)), corpus.time_key(*c)))


def _show(corpus: Corpus, chosen: Sequence[Candidate], facts: SentenceFacts) -> list[tuple[int, int]]:
    """The wording shown of each chosen fact (:func:`wordings`), taken only when it says the same as
    the chosen sentence for the summary and is redundant with no other shown sentence
    (:func:`redundant`): another wording must not bring back what another sentence says, nor leave
    the chosen one's fact uncovered; and, when the chosen one stands alone, only when it keeps
    ``SHOWN_WORDS_KEPT`` of its content words (an earlier, shorter report says less) and names its
    person no shorter (:func:`short_named`)."""
    rows = [c.row for c in chosen]
    words_of: dict[int, set[str]] = {}

    def said(r: int) -> tuple[set[str], frozenset]:
        if r not in words_of:
            words_of[r] = content_words(corpus.text(*corpus.rows[r]))
        return words_of[r], facts(*corpus.rows[r]).figures

    out: list[tuple[int, int]] = []
    for i, c in enumerate(chosen):
        pick = corpus.rows[c.row]
        # what does not change while the alternatives of this fact are tried
        others = [rows[j] for j in range(len(rows)) if j != i]
        mine, mine_fig = said(c.row)
        mine_alone = stands_alone(corpus.text(*corpus.rows[c.row]))
        for alt in wordings(corpus, c.cites):
            r = corpus.sent_rows.get(alt)
            if r is None:
                continue
            if r == c.row:
                break
            if short_named(facts, *alt) and not short_named(facts, *pick):
                continue  # ``Ali mengakui, ...`` for a sentence naming its person in full
            sims = corpus.sims([r], [c.row, *others])[0]
            w, f = said(r)
            if not redundant(float(sims[0]), w, mine, f, mine_fig):
                continue
            if len(w) < SHOWN_WORDS_KEPT * len(mine) and mine_alone:
                continue  # a shorter first report would say less than the chosen one (``dilakukan sejak 2022.``)
            if any(redundant(float(sims[1 + j]), w, said(o)[0], f, said(o)[1]) for j, o in enumerate(others)):
                continue
            pick, rows[i] = alt, r
            break
        out.append(pick)
    return out


def placed(corpus: Corpus, facts: SentenceFacts, cites: Sequence[tuple[int, int]]) -> tuple:
    """Where a fact goes in a summary's reading order: the earliest of its citations (article date,
    publication rank, sentence index: ``Corpus.time_key``), moved to the earliest day of its
    happening that the shown sentence or a citation names when that day is earlier (``Jumat
    (17/10)`` in a report of the 22nd comes before an arrest reported on the 21st). A fact is told
    when it is first reported, not when the report whose wording is shown came out: a meeting shown
    in a later outlet's words was reported first, and the lede that introduces a minister comes
    before his ``menambahkan`` of that day."""
    key = min(corpus.time_key(a, s) for a, s in cites)
    days = [d for a, s in cites for d in facts(a, s).days]
    if days:
        day = dt.date.fromisoformat(min(days))
        if key[0] or day < key[1]:
            key = (False, day, *key[2:])
    return key


def reading_order(ks: Sequence[int], when, where) -> list[int]:
    """``ks`` in reading order: by :func:`placed` (``when``), except that sentences shown from one
    article keep that article's order (``where``: (article, sentence)): its author introduced the
    people and the happening first, and background naming an older day (``Pada 15 Maret, polisi
    menangkap X``) does not jump before the lede that says who X is. A merge of the articles'
    sequences, always taking the head placed earliest."""
    queues: dict[int, list[int]] = {}
    for k in sorted(ks, key=lambda k: where(k)[1]):
        queues.setdefault(where(k)[0], []).append(k)
    out: list[int] = []
    while queues:
        a = min(queues, key=lambda a: when(queues[a][0]))
        out.append(queues[a].pop(0))
        if not queues[a]:
            del queues[a]
    return out


def sentence_date(corpus: Corpus, a: int, s: int) -> tuple[str, str] | None:
    """When sentence ``s`` of article ``a`` tells its happening, for a reader of a summary: the day
    the timeline places it at (:func:`kliping.synth.timeline.dated_sentences`: ``hari ini``,
    ``Senin``, ``kemarin`` resolved, a comparison's or a quoting date left out) or the day of a time
    of today the timeline does not read (``pagi hari ini``, ``sore ini``, ``tadi malam``: as
    :class:`SentenceFacts` reads them, not inside a quote nor in a weekly digest, whose ``hari ini``
    is the retold report's), the earliest when it names several, else the month it is placed at,
    with ``"sentence"``; else its article's publication day with ``"published"`` (``akhir pekan``,
    ``pekan ini`` or no date at all: the reader learns when it was reported, and that the sentence
    itself names no day). None when the article has no publication day either."""
    dated_sentences(corpus, [a])  # fills ``corpus.dated[a]``
    placed = [(gran, value) for value, t, gran in corpus.dated.get(a, ()) if t == s]
    days = [value for gran, value in placed if gran == "day"]
    months = [value for gran, value in placed if gran == "month"]
    ev = corpus.articles[a]
    if not is_quoting(corpus.text(a, s)) and not is_roundup(ev):
        days += [t.value[:10] for t in ev.times if t.sentence == s and t.type == "TIME" and t.value
                 and _DAY_VALUE.match(t.value) and _TODAY.search(t.text)]
    if days or months:
        return min(days or months), "sentence"
    published = corpus.dates[a]
    return (published.isoformat(), "published") if published else None


def summarize(corpus: Corpus, article_idx: Sequence[int], n: int = 5) -> list[SummarySentence]:
    """Up to ``n`` summary sentences for the articles ``article_idx`` (corpus indices)."""
    if n <= 0:
        return []
    facts = sentence_facts(corpus)  # one reading of the sentences for support and redundancy
    info = candidates(corpus, article_idx, MAX_CANDIDATES, facts)
    if not info:
        return []
    cand_rows = [c.row for c in info]
    tier = [1 if c.agreed else 0 for c in info]

    pair = corpus.sims(cand_rows, cand_rows)
    words_of = {r: content_words(corpus.text(*corpus.rows[r])) for r in cand_rows}
    figures_of = {r: facts(*corpus.rows[r]).figures for r in cand_rows}
    chosen: list[int] = []  # positions in cands
    banned: set[int] = set()
    # The person a candidate names only by a short form, and the people each names in full.
    short_of = {k: short_named(facts, *corpus.rows[c.row]) for k, c in enumerate(info)}
    full_of = {k: frozenset(m.entity for m in facts._parts(*corpus.rows[c.row])[0]
                            if m.type == "PERSON" and m.entity and (m.title or len(m.text.split()) > 1))
               for k, c in enumerate(info)}

    # The sentence a candidate goes on from: its article's sentence before it, when its opening ties
    # it there (:func:`opens_on_before`: ``Namun,``, ``Selain itu,``, ``Apalagi``) and it gives no
    # other side (:func:`other_side`: a denial answers an accusation, which it names); an agreed fact
    # only when every report of it opens so (another's wording is shown: :func:`wordings`). An
    # article's first sentence goes on from nothing (``Bukan hanya mengenyangkan, ubi jalar ...``).
    before_of: dict[int, tuple[int, int]] = {}
    for k, c in enumerate(info):
        a, s = corpus.rows[c.row]
        if s and not other_side(corpus, a, s) and all(w[1] and opens_on_before(corpus.text(*w)) for w in c.cites):
            before_of[k] = (a, s - 1)

    def leaning(k: int) -> bool:
        """It goes on from a sentence the summary does not give: no chosen sentence cites it (is it,
        or states its fact in another report). A chosen sentence merely alike in words (the same
        names) is not the one it answers (``Namun lagi-lagi ketua DPRD tidak ...``)."""
        prev = before_of.get(k)
        return prev is not None and not any(j != k and prev in info[j].cites for j in chosen)

    def unintroduced(k: int) -> bool:
        """Its person is named by a short form and no chosen sentence before it names them in full."""
        who = short_of[k]
        return who is not None and not any(who in full_of[j] and when(j) <= when(k) for j in chosen)

    def fill() -> None:
        used: dict[int, int] = {}
        for j in chosen:
            used[corpus.rows[info[j].row][0]] = used.get(corpus.rows[info[j].row][0], 0) + 1
        while len(chosen) < n:
            best_k, best_score = -1, (-1, False, False, -np.inf)
            for k, (score, r, _c, _agreed) in enumerate(info):
                if k in chosen or k in banned:
                    continue
                if any(redundant(pair[k, j], words_of[r], words_of[info[j].row], figures_of[r], figures_of[info[j].row])
                       for j in chosen):
                    continue
                # Within a tier, a sentence going on from one the summary does not give (``Namun,``,
                # ``Selain itu,``: :func:`leaning`), then one leaning on an unintroduced short name,
                # gives way to any other (a self-contained one, the same fact named in full).
                adj = (tier[k], not leaning(k), not unintroduced(k),
                       score - SAME_ARTICLE_PENALTY * used.get(corpus.rows[r][0], 0))
                if adj > best_score:
                    best_k, best_score = k, adj
            if best_k < 0:
                break
            chosen.append(best_k)
            a = corpus.rows[info[best_k].row][0]
            used[a] = used.get(a, 0) + 1

    placed_at: dict[int, tuple] = {}

    def when(k: int) -> tuple:
        """Where candidate ``k`` is placed (:func:`placed`, pure: computed once per candidate)."""
        if k not in placed_at:
            placed_at[k] = placed(corpus, facts, info[k].cites)
        return placed_at[k]

    def ordered(ks: list[int]) -> list[int]:
        return reading_order(ks, when, lambda k: corpus.rows[info[k].row])

    fill()
    # A single-source sentence that goes on from one the summary does not give (:func:`leaning`: taken
    # only when no self-contained candidate was left) is dropped while the summary keeps another: a
    # shorter summary, not one whose ``Selain itu,`` adds to nothing shown. Nor does a single-source
    # sentence that continues the one before it (``Namun,``, ``Sementara itu,``) open the summary: it
    # gives way to the next choice. An agreed one stays (agreement first).
    while len(chosen) > 1:
        drop = next((k for k in chosen if not info[k].agreed and leaning(k)), None)
        if drop is None:
            first = ordered(chosen)[0]
            if info[first].agreed or not continues(corpus.text(*corpus.rows[info[first].row])):
                break
            drop = first
        banned.add(drop)
        chosen.remove(drop)
        fill()

    chosen[:] = ordered(chosen)
    shown = _show(corpus, [info[k] for k in chosen], facts)
    out = []
    for k, (a, s) in zip(chosen, shown, strict=True):
        # the sentence shown is cited first (the contract: docs/dossier.md, README), then the others
        cites = [(a, s), *(c for c in info[k].cites if c != (a, s))]
        dated = sentence_date(corpus, a, s)
        out.append(
            SummarySentence(
                text=corpus.text(a, s),
                citations=[Citation(article=corpus.articles[ca].id, sentence=cs) for ca, cs in cites],
                date=dated[0] if dated else None,
                date_source=dated[1] if dated else None,
            )
        )
    return out
