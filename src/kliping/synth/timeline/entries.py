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

import datetime as dt
import re
from collections.abc import Sequence

import numpy as np

from kliping.lang.id import calendar, time_cues
from kliping.model import Citation, Quote, TimeExpr, TimelineEntry
from kliping.synth.corpus import Corpus, is_clear, word_overlap, words
from kliping.synth.timeline.coming_dates import _after_publication
from kliping.synth.timeline.placement import dated_sentences
from kliping.synth.timeline.planned import planned_at
from kliping.synth.timeline.relative_days import _dates_by_sentence
from kliping.synth.timeline.said_days import _POINTS_BACK, _quote_days
from kliping.synth.timeline.sentences import _QUOTE_MARK, _Facts, _Sentences, contradicts

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
