"""Whether another article's sentence states the same fact as a candidate, so it is cited for it
(:func:`_same_fact_citations`): similar at ``SAME_FACT_COSINE``, no contradiction
(:func:`contradicts`), the same beyond frame and topic (:func:`says_the_same`); and how many sources
state a fact (:func:`stating_sources`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from kliping.synth.corpus import (
    Corpus,
    opposite_moves,
    values_conflict,
    word_overlap,
)
from kliping.synth.figures import recalls_figure
from kliping.synth.summary.sentence_facts import SentenceFacts, _Facts, is_quoting

# Two sentences from different articles "say the same thing" at this TF-IDF cosine (unigrams +
# bigrams of content words); at 0.5 paraphrases that share the names, figure and verb pair up while
# two different facts about the same actors stay apart.
SAME_FACT_COSINE = 0.5


# A cited sentence states the same as the shown one when this share of the content words of what the
# smaller states (attribution frame and topic words left out) is in the other (``says_the_same``).
SAID_OVERLAP = 0.4
# Two undated sentences of two publication days share a person when this many words of the names of
# their people (speakers too) are in both, beyond the topic words (``undated_other_day``).
SHARED_NAME_WORDS = 2
# Two sentences whose written days are all more than this many days apart tell two happenings.
WRITTEN_DAYS_APART = 7


# Topic words are used by at least half of a summary's articles and by at least this many.
TOPIC_MIN_ARTICLES = 3


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
    topic: frozenset[str] = frozenset(), row_articles: np.ndarray | None = None,
) -> list[tuple[int, int]]:
    """The candidate itself first, then, for each other article in time order, its most similar
    sentence above the bar that does not contradict the candidate (:func:`contradicts`) and states
    the same beyond its frame and the topic (:func:`says_the_same`). ``row_articles`` (the article of
    each of ``cluster_rows``) leaves the candidate's own article out before the loop: a long article
    repeating itself has every one of its sentences at the bar, each visited for every candidate."""
    a0, s0 = corpus.rows[row]
    mine = facts(a0, s0)
    best: dict[int, tuple[float, int]] = {}
    at_bar = sims >= SAME_FACT_COSINE
    if row_articles is not None:
        at_bar &= row_articles != a0
    # Only the few rows at the bar are visited (in row order, so the first of equal bests wins).
    for k in np.flatnonzero(at_bar).tolist():
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
