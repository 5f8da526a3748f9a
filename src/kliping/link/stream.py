"""Streaming event and storyline clustering: one pass in publication order, bounded memory.

Every article is seen once. Its features (content-word unigrams and bigrams, canonical entity keys,
publication date) are weighted with *streaming* TF-IDF: document frequencies are counted as
articles arrive, over hashed keys (CRC-32, 2^20 buckets), so nothing is fitted on the whole run and
a new article never changes the past. The article then joins the most similar *active* event or
opens a new one; a new event joins the most similar active storyline or opens one
(a storyline's centroid sums the first ``STORYLINE_EVENT_ARTICLES`` articles of each of its events).

Why the weighting has a prior
    TF-IDF fitted on a small, single-topic run (the bundled sample: ten articles on one summit and
    one arms deal) gives the shared subject words (``Kim``, ``Putin``, ``Rusia``) an IDF near zero,
    so two reports of the same happening look unrelated and every article became its own event.
    ``idf(t) = ln((n + PRIOR_DOCS) / (df(t) + 1))`` counts ``PRIOR_DOCS`` imaginary earlier
    articles in which no content word occurred: on ten articles the subject words keep most of their
    weight, on hundreds the observed frequencies take over (detik-dev, 485 articles, is
    insensitive to the prior, see ``docs/linking.md``). Entities weigh in separately (their own
    cosine, ``ENTITY_WEIGHT``) and titles count ``TITLE_WEIGHT`` times (``link.events``).

Why it scales
    Candidates come from an inverted index (key -> active groups) over each member's top-weighted
    terms and entity keys; only groups whose last article lies within the window are in it. Groups
    leave the index and memory when they fall out of the window (a heap on their last date), so
    memory is bounded by the window and time per article by the candidates, not by the run.

Why events are folded
    An online clusterer joins an article to one event, so two early reports of one happening that
    share few words open two events and stay apart. When a later article reaches the joining bar
    with both, it has shown they are one event: the others are folded into the best (summed
    centroids, union of index keys). This re-scores nothing and needs no new threshold.

Why a lone report can be pulled in later
    An angle on a happening (an audit of the works, a market's reaction) may share a little with
    each report of the event and never enough with one to reach the bar. A singleton event that
    several of the event's later reports each come close to (``PULL_COUNT`` articles at
    ``PULL_SIMILARITY``, most of the event's reports since the first) is folded into it: counted
    per singleton as articles join, so still one pass and O(candidates) per article.

Why the similarity decays with days and reads headlines
    One subject reported daily (oil prices, exchange rates) gives daily reports that share most of
    their vocabulary; with a flat bar and a window of days they chain into one event over weeks.
    Subtracting ``EVENT_DECAY`` per day since the event's latest article lets a lower bar join
    same-day angles and keeps four-day-apart reports of the same market apart. Two angles on one
    happening often share their headline's few words when their bodies differ, so the headline is
    compared with the event's headlines (``TITLE_MIX``) and its top terms are index keys.

Why facts, and why only quotes by default
    Two reports of one happening in different words may still carry the same remark. Fact keys
    (``Features.facts``: quote runs, figures, named days, speakers) are weighted by how few articles
    of the last days state them and their overlap with the event is added to the similarity
    (``FACT_WEIGHT``). On both dev sets only the quote runs joined nothing wrong; figures, dates and
    speakers recur across the daily reports of one subject and merged different events, so their
    kind weights are 0 (docs/linking.md, "Facts").

Why the join rule is not learned
    ``JoinModel`` (a logistic rule over the components of each decision, ``JOIN_FEATURES``) can
    replace ``sim >= EVENT_THRESHOLD``, and ``log_join`` records those components for
    ``scripts/events_learn.py``. Fitted on one dev set and scored on the other it never beat the
    threshold rule on both (docs/linking.md, "A learned join decision"), so neither is on by default.

Similarity of an article to a group = cosine with the group centroid (sum of member vectors) over
terms, mixed with the cosine over entity keys when both sides have entities, and for events with
the headline cosine, plus the fact overlap, minus the decay. All thresholds are
tuned on the labelled dev set (``devsets/events``) by ``kliping eval events``; see docs/linking.md.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import operator
import zlib
from array import array
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

# ----------------------------------------------------------------------------- tuned constants
# Tuned by grid search on devsets/events with the real pipeline features (sweep in docs/linking.md):
# detik-dev (485 articles) event BCubed F1 chooses the event parameters, kompas-oil-dev (50
# articles, two storylines) and detik-dev storyline BCubed F1 the storyline ones.
#
# Article -> event: the mixed cosine with the event centroid, minus EVENT_DECAY per day since the
# event's latest article, must reach this. Joint grid with EVENT_DECAY, TITLE_MIX and INDEX_TITLE on
# both dev sets (docs/linking.md): a plateau of kompas-oil-dev 0.897 / detik-dev 0.960-0.966 for
# thresholds 0.17-0.19 and decays 0.015-0.025; without decay the best bar was 0.20 (0.18: 0.949).
EVENT_THRESHOLD = 0.18
# Similarity lost per day between an article and the latest article of an event: a report the
# next day needs less in common than one four days later. Without it, daily market reports of one
# subject chain into one event over weeks (kompas-oil-dev precision 0.855 -> 0.970 with it).
EVENT_DECAY = 0.02
# Weight of the headline-to-headlines cosine (article title vs the sum of the event's titles) in
# the event similarity: two angles on one happening often share the headline's few words when
# their bodies differ. 0 / 0.1 / 0.15 / 0.2 / 0.3 at the other chosen values: see docs/linking.md.
TITLE_MIX = 0.15
# The article's top-weighted headline terms added to its index keys: without them an event whose
# headlines match the article's may never be proposed as a candidate (it is scored only if shared
# body keys bring it in).
INDEX_TITLE = 4
# An event accepts articles up to this many days after its latest article. Gold events of
# detik-dev have gaps of at most 5 days; windows 3 / 5 / 7 / 10 gave detik-dev event F1
# 0.958 / 0.959 / 0.954 / 0.952 and kompas-oil-dev 0.778 / 0.715 / 0.650 / 0.532.
EVENT_WINDOW_DAYS = 5
# Event -> storyline: cosine of the event's first article with the storyline centroid. Grid at a
# 45-day window, storyline F1 detik-dev / kompas-oil-dev: 0.08: 0.773 / 0.940, 0.10: 0.824 /
# 0.940, 0.12: 0.848 / 0.919, 0.14: 0.863 / 0.856, 0.16: 0.881 / 0.835; 0.12 has the best mean.
STORYLINE_THRESHOLD = 0.12
# A storyline accepts new events up to this many days after its latest article (kompas-oil-dev's
# RFID thread has a 36-day gap). 30 / 45 / 60 days at 0.12: kompas 0.879 / 0.919 / 0.919.
STORYLINE_WINDOW_DAYS = 45
# Where headlines naming other local places or other legal cases keep two groups apart
# (``places_conflict``): "", "events", "stories" or "both". Places alone change no event on either
# dev set; the cases gain detik-dev per topic 0.971 -> 0.977 on events (docs/linking.md, ninth pass).
PLACE_GUARD = "both"
# Reports that say which day they are for (``Features.days``: ``Cuaca Besok``, a lead ``menguat pagi
# ini``) join no event whose reports were for other days: a daily routine (the forecast, the
# morning's exchange rate) repeats its words every day, and the decay alone let the next day's
# report join (detik-dev: two days' forecasts at 0.72, two days' rupiah reports at 0.37). 22 of
# detik-dev's 485 articles name such a day, one of kompas-oil-dev's (its daily oil reports date
# the market's day explicitly, and the labels join them); docs/linking.md, "Fifteenth pass".
DAY_GUARD = True
# An explainer with no dated happening (``Features.evergreen``: ``10 Manfaat Kopi``) opens a new
# event that joins only a storyline holding a dated report: undated explainers on one broad subject
# otherwise chain on its generic words (a health pile: coffee, edible flowers, sweet potato at
# 0.13-0.17), while an explainer beside a happening (how to check a cash-aid payment, next to the
# aid's reports) still joins it. docs/linking.md, "Fifteenth pass".
EVERGREEN_GUARD = True
# A new event joins a storyline only if its first article is also this close (term cosine) to the
# first article of one of the storyline's last STORYLINE_MEMBERS events (0 = off): a storyline's
# summed centroid drifts to its subject's generic words (every BPJS report) and then takes any
# report of the subject. Bar 0.06 / 0.07 / 0.08 / 0.09 (storylines detik one run / per topic /
# kompas): 0.863 / 0.880 / 0.940, 0.872 / 0.880 / 0.940, 0.883 / 0.882 / 0.940, 0.883 / 0.884 /
# 0.920 (off: 0.859 / 0.876 / 0.940). At 0.08, 16 or 64 members give the same, 8 members
# 0.878 / 0.876 / 0.920.
STORYLINE_MEMBER_BAR = 0.08
STORYLINE_MEMBERS = 16
# Hub keys (docs/linking.md, "Hub keys"): in a single-subject run (20 reports on the KPK) the
# agency, its spokesmen and the subject's words are in every report, and with the IDF prior they
# still weigh enough to chain different cases into one storyline. For a storyline join (centroid
# score and member bar), a key the article shares with a candidate storyline counts nothing when
# its recent document frequency *outside* that storyline (at least ``df - storyline articles``)
# is above HUB_SHARE of the other recent articles (+ HUB_PRIOR imaginary ones). A subject confined
# to one storyline (a programme every report of the run names) is no hub. Frequencies fade over
# HUB_DAYS (``RecentDocFreq``): what the reports of a year ago shared says nothing of today's
# storylines. Grid (storylines detik one run / per topic / kompas; 0.881 / 0.882 / 0.940 off):
# share 0.5: 0.881 / 0.902 / 0.940; 0.45: 0.881 / 0.915 / 0.898; 0.4: 0.881 / 0.919 / 0.818;
# 0.3: 0.881 / 0.928 / 0.642 (kompas' oil-price storyline is held by words its few other recent
# reports share too); prior 0 at 0.5: 0.917 / 0.667 kompas; 30 days the same as 45. Run-wide
# (not fading) frequencies cost kompas 0.940 -> 0.880 at 0.5 (its 2013 reports made 2014's words
# hubs). The article cannot know a hub before the run shows it, so the first reports of a pile can
# still chain (docs/linking.md); PILE_ENTITY_SHARE below cuts the entities every report names.
HUB_SHARE = 0.5
HUB_PRIOR = 1.0
HUB_DAYS = 45
# An entity named by (nearly) every recent article, PILE_ENTITY_SHARE of them *including* the
# candidate storyline's own, counts nothing in a storyline join (docs/linking.md, "The pile's own
# entity"). In a pile gathered around one agency (a user's run on the finance ministry) its name,
# its minister and the desk's city are in every report from the first two on, so HUB_SHARE, which
# needs reports *outside* a storyline, cannot see them before the first storyline has snowballed.
# Only entities: the subject's words (``harga minyak`` in every oil report) still carry a storyline
# of one subject, and an entity in every report of a mixed stream is rare. Storylines detik one run
# / per topic / kompas (with STORYLINE_EVENT_ARTICLES 2): off 0.884 / 0.903 / 0.960; 0.99 and 0.95
# 0.884 / 0.911 / 0.960; 0.9 0.884 / 0.911 / 0.940. Terms and entities alike at 0.99 (first
# storyline event only): per topic 0.908, kompas 0.768. Events are untouched.
PILE_ENTITY_SHARE = 0.99
# A storyline's centroid and index keys take the first STORYLINE_EVENT_ARTICLES articles of each
# event (0: every article); a later report of an event only keeps the storyline alive (its date, its
# article count). Summing every article let one big event (60 reports of a trial) drown the
# storyline's other events in its own vocabulary, and made the storyline layer the linker's largest
# state; the first article alone is too thin a sample of an event (kompas's oil storyline: a daily
# price report's first article lacks the words its follow-ups share with the government's angle).
# Storylines detik one run / per topic / kompas (without PILE_ENTITY_SHARE): every article 0.883 /
# 0.902 / 0.940; 1 article 0.879 / 0.905 / 0.820; 2 articles 0.884 / 0.903 / 0.960; 3 0.884 /
# 0.903 / 0.940; 5 0.883 / 0.902 / 0.940. One article gave kompas 0.960 only while every kompas
# article had the outlet ``KOMPAS.com`` as an entity (docs/linking.md, "Storyline centroids").
STORYLINE_EVENT_ARTICLES = 2
# Weight of the entity-key cosine when both sides have entity keys (rest: term cosine). Grid
# 0.15-0.3 at the best threshold: 0.947 / 0.954 / 0.950 / 0.948.
ENTITY_WEIGHT = 0.2
# Imaginary earlier articles in the document-frequency prior (see module docstring). 0 / 30 / 100 /
# 300: detik-dev event F1 0.956 / 0.959 / 0.959 / 0.955, kompas-oil-dev storyline F1 0.524 / 0.835
# / 0.919 / 0.940; at 0 the ten-article sample falls apart into 9 events.
PRIOR_DOCS = 100
# Terms kept per article vector (highest weights; 200 lost 0.013 event F1 on detik-dev, real
# articles have up to ~1,000 distinct unigrams+bigrams), and terms/entities used as index keys.
MAX_TERMS = 1000
INDEX_TERMS = 12
INDEX_ENTITIES = 8
# A key shared by more active groups than this is a stop key for retrieval (``Jakarta``, a daily
# column's boilerplate): it would make every group a candidate and add nothing to the ranking.
MAX_POSTING = 64
# Only the groups sharing the most index keys with the article are scored exactly (ties: oldest).
MAX_CANDIDATES = 8
# With sentence-encoder vectors (``Features.embedding``, optional per article: ``link(embed=True)``),
# the encoder cosine with the event centroid is rescaled from [EMBED_FLOOR, 1] to [0, 1] and mixed
# in: ``(1 - EMBED_WEIGHT) * sim + EMBED_WEIGHT * enc``, and the EMBED_NEIGHBOURS active events
# nearest by encoder cosine are scored besides the index candidates. Storylines stay term/entity
# only. Joint grid on both dev sets (docs/linking.md): no setting improves both; this one trades
# detik-dev event F1 0.963 -> 0.959 for kompas-oil-dev 0.793 -> 0.828, so it is not the default.
# Measured again with the decay and headline cosine (current kompas labels): it
# no longer helps on either set (detik 0.964 -> 0.960, kompas 0.897 -> 0.886); a 9-point re-grid
# found at best a trade (weight 0.3, floor 0.5: detik 0.959, kompas 0.910). Kept for runs with
# many reports of one subject, not recommended.
EMBED_FLOOR = 0.6
EMBED_WEIGHT = 0.2
EMBED_NEIGHBOURS = 3
# An article at or above EVENT_THRESHOLD to two or more active events joins the best and folds the
# others into it: they were fragments of one event opened before the bridging report arrived.
# No new threshold. Off / on (before the decay): detik-dev event F1 0.956 / 0.963, kompas-oil-dev
# 0.775 / 0.793.
MERGE_EVENTS = True
# A lone report pulled in by its event's later reports (docs/linking.md, "Sixth pass"): an angle on
# a happening (an audit, a reaction) often shares too little with any one report to reach the bar,
# but a little with each of them. When PULL_COUNT articles that joined one event have each scored
# at least PULL_SIMILARITY (decay included) with a singleton event the index proposed, and they are
# at least PULL_SHARE of the event's articles since the first of them, the singleton is folded into
# that event. One similarity this low is common between different events of a busy day; several
# reports of one event each finding it is not. The share keeps a big event (dozens of reports) from
# collecting every lone piece that four of its reports happen to touch. Grid (detik one run / per
# topic / kompas event F1; 0.969 / 0.970 / 0.897 without): count 3 at 0.06-0.10 costs per-topic
# precision (0.963-0.968); count 4 at 0.07-0.09 and count 5 at 0.06-0.07 give 0.969 / 0.970 /
# 0.917; count 4 at 0.10, or count 6, change nothing; share 0 / 0.5 the same, 0.67 loses the
# kompas fold. detik set the edge (no fold on either detik view), kompas the rest: the gain is
# one article (the RFID audit piece), on the set that chose the values.
PULL_SIMILARITY = 0.08
PULL_COUNT = 4
PULL_SHARE = 0.5
# Fact channel (docs/linking.md, "Facts"): keys of what an article states (``link.events.
# article_facts``) weighted by their IDF over the articles of the last EVENT_WINDOW_DAYS days,
# relative to a key no other recent article states (a figure every daily report repeats weighs
# little), one sub-vector per kind (a quote's dozens of runs count as one kind) scaled by sqrt(its
# FACT_* weight); the overlap with the event's fact centroid times FACT_WEIGHT is *added* to the
# event similarity. Kinds: t = a 6-word run of a direct quote (the same remark), q = a figure with
# its unit (``60 USD``), n = a counted figure (``26 pegawai``), d = a named day other than the
# publication day and the day before, p = those two, s = a quoted speaker, e = an entity key.
# Joint grid on both dev sets: only the quote runs never cost precision on either set (FACT_WEIGHT
# 0.1-2.0 all give detik-dev 0.966, kompas-oil-dev unchanged 0.897); figures, counts, dates,
# speakers, publication days and entities each merged different kompas (or detik) events at the
# weights where they joined anything, so they stay at 0.
FACT_WEIGHT = 0.2
FACT_QUOTE = 1.0
FACT_FIGURE = 0.0
FACT_COUNT = 0.0
FACT_DATE = 0.0
FACT_TODAY = 0.0
FACT_SPEAKER = 0.0
FACT_ENTITY = 0.0
# Imaginary recent articles stating none of the keys (as PRIOR_DOCS): 20 / 100 gave the same events.
FACT_PRIOR = 20
# The article's heaviest fact keys as index keys: 0 / 4 gave the same events (retrieval by terms,
# entities and headline already proposes the events a shared quote should join).
INDEX_FACTS = 0

# Learned join rule (``JoinModel``; docs/linking.md, "A learned join decision"): the features of
# one (article, candidate event) pair, in this order. ``sim``: the mixed similarity above (decay
# included); ``term``/``entity``/``headline``/``fact``: its raw cosines; ``has_entity``: both sides
# have entity keys; ``gap``/``age``: days since the event's latest / first article; ``log_size``:
# ln(1 + articles); ``story``: cosine with the event's storyline; ``votes``: share of the article's
# index keys the event holds; ``top``: 1 for the candidate with the highest ``sim``; ``margin``:
# ``sim`` minus the best other candidate's; ``log_cands``: ln(1 + candidates scored).
JOIN_FEATURES = ("sim", "term", "entity", "has_entity", "headline", "fact", "gap", "age", "log_size",
                 "story", "votes", "top", "margin", "log_cands", "member")
# ``member``: the highest term cosine with one of the event's last JOIN_MEMBERS articles (an angle
# close to one report may be far from the event's centroid); kept only with a model or a log.
JOIN_MEMBERS = 4


@dataclass(frozen=True)
class JoinModel:
    """A logistic join rule: join when ``P(same event) >= p_join``, i.e. when the linear margin
    ``intercept + sum(coef * (x - mean) / scale) - logit(p_join)`` is at least 0."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    p_join: float

    def margin(self, x: Sequence[float]) -> float:
        z = self.intercept - math.log(self.p_join / (1 - self.p_join))
        for xi, m, sc, w in zip(x, self.mean, self.scale, self.coef, strict=True):
            z += w * (xi - m) / sc
        return z

    def prob(self, x: Sequence[float]) -> float:
        z = self.margin(x) + math.log(self.p_join / (1 - self.p_join))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


HASH_BITS = 20
_MASK = (1 << HASH_BITS) - 1


def hash_key(text: str) -> int:
    """Stable 20-bit bucket of a term or entity key (CRC-32: the same in every process and run)."""
    return zlib.crc32(text.encode("utf-8")) & _MASK


@dataclass
class Features:
    """What the linker needs of one article: its term counts, entity keys and date.

    ``terms`` maps content unigrams/bigrams (or any token) to counts; ``entities`` are canonical
    entity keys. ``embedding`` is an optional L2-normalised sentence-encoder vector. ``title``: the
    headline's term counts (also counted in ``terms``), compared headline to headlines.
    """

    id: str
    date: dt.date | None
    terms: dict[str, int]
    entities: frozenset[str] = frozenset()
    duplicate_of: str | None = None
    embedding: Sequence[float] | None = None
    title: dict[str, int] = field(default_factory=dict)
    facts: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    # A roundup of several happenings (``Bandung Sepekan: ...``; ``link.events.is_roundup``): an
    # event and a storyline of its own, never a candidate for another article.
    roundup: bool = False
    # The days the report says it is for (``link.events.report_days``: ``Cuaca Besok``, ``menguat
    # pagi ini``), ISO dates: an event holding reports for other days is no candidate (DAY_GUARD).
    days: frozenset[str] = frozenset()
    # An explainer with no dated happening (``link.events.is_evergreen``): its new event joins only
    # a storyline holding a dated report (EVERGREEN_GUARD).
    evergreen: bool = False


class WindowDocFreq:
    """Document frequencies of fact keys over the articles of the last ``window`` days.

    A fact is telling when few *recent* articles state it: ``60 USD`` in every daily oil report of
    a week is generic there, however rare it is over a year. Articles leave the counts when they
    fall out of the window, so memory is bounded by the window like the linker's groups.
    """

    def __init__(self, window: int, prior: int) -> None:
        self.window = window
        self.prior = prior
        self.df: dict[int, int] = {}
        self.queue: deque[tuple[int, list[int]]] = deque()

    def add(self, day: int, keys: list[int]) -> None:
        q, df = self.queue, self.df
        while q and q[0][0] < day - self.window:
            for k in q.popleft()[1]:
                c = df[k] - 1
                if c:
                    df[k] = c
                else:
                    del df[k]
        q.append((day, keys))
        for k in keys:
            df[k] = df.get(k, 0) + 1

    def idf(self, k: int) -> float:
        return math.log((len(self.queue) + self.prior) / (self.df.get(k, 0) + 1))


class RecentDocFreq:
    """Document frequencies that fade with time: each count decays by ``exp(-days / scale)``, so
    they stand for the articles of about the last ``scale`` days. Fixed memory (one array over the
    hash buckets), O(keys) per article.

    Counts are kept in *inflated* units: an article of day ``d`` adds ``exp((d - base) / scale)``
    and a count is read back times ``exp(-(day - base) / scale)``. Fading is then one ``exp`` per
    article and per read, not one per key (the per-key decay was the costliest line of the linker's
    article step), and no per-bucket day is stored. When the inflation nears the float range the
    whole array is rebased to the current day (once every ``REBASE`` scales, i.e. years of feed)."""

    REBASE = 300.0  # exp(300) ~ 1e130: far from the float limit (~1e308) even summed over a feed

    def __init__(self, scale: float) -> None:
        self.scale = float(scale)
        self.base: int | None = None
        self.n = 0.0
        self.val = array("d", bytes(8 << HASH_BITS))

    def inflation(self, day: int) -> float:
        """``exp((day - base) / scale)``: the weight of an article of ``day`` in stored units."""
        return math.exp((day - self.base) / self.scale) if self.base is not None else 1.0

    def add(self, keys: Iterable[int], day: int) -> None:
        if self.base is None:
            self.base = day
        elif (day - self.base) / self.scale > self.REBASE:
            self._rebase(day)
        w = math.exp((day - self.base) / self.scale)
        self.n += w
        val = self.val
        for k in keys:
            val[k] += w

    def _rebase(self, day: int) -> None:
        f = math.exp(-(day - self.base) / self.scale)
        a = np.frombuffer(self.val, dtype=np.float64)  # a view: scaled in place
        a *= f
        self.n *= f
        self.base = day

    def count(self, k: int, day: int) -> float:
        return self.val[k] / self.inflation(day)

    def total(self, day: int) -> float:
        return self.n / self.inflation(day)


class DocFreq:
    """Document frequencies over hashed keys, updated as articles arrive.

    ``idf(k) = ln((n + prior) / (df(k) + 1))``: ``n`` articles seen so far (the current one
    included) and ``prior`` imaginary earlier articles in which ``k`` did not occur.
    """

    def __init__(self, prior_docs: int = PRIOR_DOCS) -> None:
        self.n = 0
        self.prior = prior_docs
        # One counter per hash bucket: 4 MB whatever the vocabulary, so memory stays bounded.
        self.df = array("I", bytes(4 << HASH_BITS))

    def add(self, keys: Iterable[int]) -> None:
        self.n += 1
        df = self.df
        for k in keys:
            df[k] += 1

    def weigh(self, counts: dict[int, int], limit: int) -> dict[int, float]:
        """Sublinear-tf x IDF weights of ``counts``, the ``limit`` largest, L2-normalised."""
        log = math.log
        total = log(self.n + self.prior)
        df = self.df
        w = {k: (1.0 + log(c)) * (total - log(df[k] + 1)) for k, c in counts.items()}
        if len(w) > limit:
            w = {k: w[k] for k in _top_keys(w, limit)}
        norm = math.sqrt(sum([v * v for v in w.values()]))
        if norm <= 0:
            return {}
        inv = 1.0 / norm
        return {k: v * inv for k, v in w.items() if v > 0}


def _bucket_counts(counts: dict[str, int]) -> dict[int, int]:
    """``counts`` summed per hash bucket (:func:`hash_key`)."""
    out: dict[int, int] = {}
    crc = zlib.crc32
    for w, c in counts.items():
        k = crc(w.encode("utf-8")) & _MASK
        out[k] = out.get(k, 0) + c
    return out


def _top_keys(w: dict[int, float], n: int) -> list[int]:
    """The ``n`` heaviest keys of ``w``, heaviest first (ties: the smaller key)."""
    # (weight, -key) pairs compare as the rule says, without a key function per item
    return [-nk for _x, nk in heapq.nlargest(n, zip(w.values(), map(operator.neg, w), strict=True))]


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    """Dot product of two sparse vectors, over the keys they share (C-level set intersection:
    an article shares a few dozen of a centroid's thousands of keys)."""
    if len(a) > len(b):
        a, b = b, a
    return sum([a[k] * b[k] for k in a.keys() & b.keys()])


@dataclass(frozen=True)
class _EmbedParams:
    """How a layer uses encoder vectors (see EMBED_* above)."""

    floor: float
    weight: float
    neighbours: int


@dataclass
class _Group:
    """An event or storyline: centroid sums and their squared norms, last date, index keys."""

    gid: int
    vec: dict[int, float] = field(default_factory=dict)
    n2: float = 0.0
    ent: dict[int, float] = field(default_factory=dict)
    en2: float = 0.0
    emb: np.ndarray | None = None
    emb_n2: float = 0.0
    tit: dict[int, float] = field(default_factory=dict)
    tn2: float = 0.0
    fct: dict[int, float] = field(default_factory=dict)
    fn2: float = 0.0
    last: dt.date | None = None
    last_day: int = 0  # ``last`` as a day number (date ordinal), for the decay
    # index keys, as the keys of a dict (an ordered set of ints the cyclic GC never walks; see
    # ``_Layer.postings``)
    keys: dict[int, None] = field(default_factory=dict)
    parent: int = -1  # storyline of an event
    size: int = 0  # articles joined (near-copies excluded), for the learned join rule
    # last term vectors (learned rule only); a tuple, so the default is the untracked empty tuple and
    # not one more list per group for the cyclic GC to walk
    recent: tuple[dict[int, float], ...] = ()
    first_day: int = 0  # day number of the earliest article, for the learned join rule
    # A singleton's pulls: event id -> articles of that event that scored at least PULL_SIMILARITY
    # with it, and event id -> the event's size before the first of them. Dicts of ints only, which
    # the cyclic GC does not walk (see "Scale" in docs/linking.md); they die with the group.
    pull: dict[int, int] | None = None
    pull_base: dict[int, int] | None = None
    places: frozenset[str] = frozenset()  # local places its headlines name (``places_conflict``)
    local: bool = False  # every article (storyline: every event) named its places in the headline
    openers: list[dict[int, float]] | None = None  # storyline: its events' first-article term vectors
    days: frozenset[str] = frozenset()  # event: the days its reports said they were for (DAY_GUARD)
    dated: bool = False  # storyline: one of its articles reports a dated happening (EVERGREEN_GUARD)

    def add(self, v: dict[int, float], e: dict[int, float], emb: np.ndarray | None,
            dots: tuple[float, ...], t: dict[int, float] | None = None,
            f: dict[int, float] | None = None) -> None:
        """Add a unit vector; ``dots`` are its dot products with the current sums (for the norms)."""
        self.size += 1
        if f:
            self.fn2 += 2 * (dots[4] if len(dots) > 4 else _dot(f, self.fct)) + sum([x * x for x in f.values()])
            for k, x in f.items():
                self.fct[k] = self.fct.get(k, 0.0) + x
        self.n2 += 2 * dots[0] + (1.0 if v else 0.0)
        self.en2 += 2 * dots[1] + (1.0 if e else 0.0)
        for k, x in v.items():
            self.vec[k] = self.vec.get(k, 0.0) + x
        for k, x in e.items():
            self.ent[k] = self.ent.get(k, 0.0) + x
        if t:
            self.tn2 += 2 * (dots[3] if len(dots) > 3 else _dot(t, self.tit)) + 1.0
            for k, x in t.items():
                self.tit[k] = self.tit.get(k, 0.0) + x
        if emb is not None:
            if self.emb is None:
                self.emb = np.zeros(len(emb))
            self.emb_n2 += 2 * dots[2] + float(emb @ emb)
            self.emb += emb


def places_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two headlines' local places (``link.events.title_places``: ``r:`` regencies and cities,
    ``p:`` provinces) tell two happenings apart: both name a regency or city and none is shared, or
    one names only provinces none of which holds a place of the other. So do two legal cases with no
    word in common (``c:`` keys, ``link.events.title_cases``)."""
    if not a or not b:
        return False
    ca = {k for k in a if k.startswith("c:")}
    cb = {k for k in b if k.startswith("c:")}
    if ca and cb and ca.isdisjoint(cb):
        return True  # two legal cases (``link.events.title_cases``)
    a, b = a - ca, b - cb  # the places alone decide the rest
    if not a or not b:
        return False
    ra = {k for k in a if k.startswith("r:")}
    rb = {k for k in b if k.startswith("r:")}
    if ra and rb:
        return ra.isdisjoint(rb)
    return a.isdisjoint(b)


def _add_places(g: _Group, places: frozenset[str], new: bool) -> None:
    """Record an article's (a new event's) headline places on the group that took it: the group
    stays *local* (guarded by ``places_conflict``) while every member named a place; a storyline
    of one program's reports from many towns, or with reports naming none, is not."""
    g.places = g.places | places
    g.local = bool(places) and (new or g.local)


class _Layer:
    """One level of online clustering (events or storylines) with its index and window."""

    def __init__(self, threshold: float, window: int, embed: _EmbedParams | None = None,
                 title_weight: float = 0.0, decay: float = 0.0, fact_weight: float = 0.0) -> None:
        self.threshold = threshold
        self.fact_weight = fact_weight
        self.window = window
        self.embed = embed
        self.title_weight = title_weight
        self.decay = decay
        self.groups: dict[int, _Group] = {}  # active only
        # key -> ids of the active groups holding it, as the keys of a dict (an ordered set). Not a
        # set: CPython's cyclic garbage collector walks every set on each full collection, but not a
        # dict that holds only ints, and the storyline window holds ~400k postings (docs/linking.md,
        # "Scale").
        self.postings: dict[int, dict[int, None]] = {}
        self.heap: list[tuple[dt.date, int]] = []
        self.count = 0
        self.peak_active = 0
        self.trace = False
        self.scores: dict[int, float] = {}
        self.all_scores: dict[int, float] = {}
        self.pull_similarity = math.inf  # singletons scoring at least this are kept in ``near``
        self.near: list[int] = []
        self.model: JoinModel | None = None  # learned join rule (events only); None: the threshold
        self.log = False  # keep the candidates' join features (``logged``)
        self.logged: list[tuple[int, list[float]]] = []
        self.stories: _Layer | None = None  # the storyline layer, for the storyline feature
        self.place_guard = False
        self.day_guard = False  # events: DAY_GUARD
        self.evergreen_guard = False  # storylines: EVERGREEN_GUARD
        self.hub_df: RecentDocFreq | None = None  # storylines: recent document frequencies for ``dot``
        self.hub_day = 0

    def dot(self, a: dict[int, float], b: dict[int, float], g: _Group, entities: bool = False) -> float:
        """``a . b`` over their shared keys, without the keys that are hubs outside group ``g``
        (storylines with ``hub_df``, see HUB_SHARE): a key whose recent document frequency outside
        ``g``'s articles (at least ``df - g.size``) is more than HUB_SHARE of the other recent
        articles. ``entities``: the vectors are entity keys, and an entity in PILE_ENTITY_SHARE of
        all recent articles (``g``'s included) is the pile's own and counts nothing either."""
        hdf = self.hub_df
        if hdf is None:
            return _dot(a, b)
        inflation = hdf.inflation(self.hub_day)  # one exp for the total and the cut alike
        n = hdf.n / inflation  # hdf.total(day)
        m = g.size
        cut = HUB_SHARE * (n - m + HUB_PRIOR) + m  # df[k] - m > share * (n - m + prior)
        if entities and PILE_ENTITY_SHARE > 0:
            cut = min(cut, PILE_ENTITY_SHARE * n)
        if cut >= n:
            return _dot(a, b)  # no key can be a hub yet
        if len(a) > len(b):
            a, b = b, a
        val, lim = hdf.val, cut * inflation  # count(k) <= cut, in the stored units
        return sum([a[k] * b[k] for k in a.keys() & b.keys() if val[k] <= lim])

    def evict(self, today: dt.date) -> None:
        if (today - dt.date.min).days < self.window:
            return  # a date in the first days of year 1: nothing can be older than the window
        cutoff = today - dt.timedelta(days=self.window)
        heap = self.heap
        while heap and heap[0][0] < cutoff:
            last, gid = heapq.heappop(heap)
            g = self.groups.get(gid)
            if g is None or g.last != last:
                continue  # stale heap entry: the group moved on
            for k in g.keys:
                s = self.postings.get(k)
                if s is not None:
                    s.pop(gid, None)
                    if not s:
                        del self.postings[k]
            del self.groups[gid]

    def score(self, g: _Group, v: dict[int, float], e: dict[int, float],
              emb: np.ndarray | None, t: dict[int, float] | None = None,
              day: int | None = None, f: dict[int, float] | None = None) -> tuple[float, tuple[float, ...]]:
        """Mixed similarity of an article to group ``g`` and the raw dot products (for the norms).

        ``day``: the article's date as a day number (``date.toordinal()``), for the decay."""
        cfg = self.embed
        dt_ = self.dot(v, g.vec, g)
        sim = dt_ / math.sqrt(g.n2) if g.n2 > 0 else 0.0
        de = 0.0
        if e and g.ent:
            de = self.dot(e, g.ent, g, entities=True)
            if g.en2 > 0:
                sim = (1 - ENTITY_WEIGHT) * sim + ENTITY_WEIGHT * de / math.sqrt(g.en2)
        dm = 0.0
        if emb is not None and cfg is not None and g.emb is not None and g.emb_n2 > 0:
            dm = float(emb @ g.emb)
            enc = max(0.0, (dm / math.sqrt(g.emb_n2) - cfg.floor) / (1 - cfg.floor))
            sim = (1 - cfg.weight) * sim + cfg.weight * enc
        dtt = 0.0
        if t and self.title_weight > 0 and g.tit and g.tn2 > 0:
            dtt = _dot(t, g.tit)
            sim = (1 - self.title_weight) * sim + self.title_weight * dtt / math.sqrt(g.tn2)
        df_ = 0.0
        if f and g.fct and g.fn2 > 0:
            df_ = _dot(f, g.fct)
            if self.fact_weight > 0:
                sim += self.fact_weight * df_ / math.sqrt(g.fn2)
        if day is not None and g.last is not None and self.decay > 0:
            sim -= self.decay * max(0, day - g.last_day)
        return sim, (dt_, de, dm, dtt, df_)

    def best(self, qkeys: Iterable[int], v: dict[int, float], e: dict[int, float],
             emb: np.ndarray | None, t: dict[int, float] | None = None,
             day: dt.date | None = None, f: dict[int, float] | None = None,
             places: frozenset[str] = frozenset(), days: frozenset[str] = frozenset(),
             evergreen: bool = False) -> tuple[_Group | None, tuple[float, ...]]:
        """The most similar active group at or above the threshold (ties: oldest group); a group
        whose headlines name other local places than the article's (``places_conflict``) is no
        candidate, nor (DAY_GUARD) an event whose reports were for other days than the article's
        ``days``, nor (EVERGREEN_GUARD) for an ``evergreen`` article's event a storyline of
        undated explainers only."""
        cfg = self.embed
        if cfg is None:
            emb = None
        dnum = day.toordinal() if day is not None and self.decay > 0 else None
        votes: dict[int, int] = {}
        for k in qkeys:
            s = self.postings.get(k)
            if s and len(s) <= MAX_POSTING:
                for gid in s:
                    votes[gid] = votes.get(gid, 0) + 1
        cands = sorted(votes, key=lambda gid: (-votes[gid], gid))[:MAX_CANDIDATES]
        if places and self.place_guard:
            cands = [gid for gid in cands
                     if not (self.groups[gid].local and places_conflict(places, self.groups[gid].places))]
        if days and self.day_guard:
            cands = [gid for gid in cands if not (self.groups[gid].days and self.groups[gid].days.isdisjoint(days))]
        if evergreen and self.evergreen_guard:
            cands = [gid for gid in cands if self.groups[gid].dated]
        if emb is not None and cfg is not None and cfg.neighbours > 0:
            cands = list(dict.fromkeys(cands + self._nearest(emb, cfg.neighbours)))
        best: _Group | None = None
        best_sim = self.threshold
        best_dots: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0, 0.0)
        self.passing: list[int] = []
        self.near = []
        trace = self.trace
        if trace:
            self.scores = {}  # diagnostics only: the candidates' similarities
        if self.model is not None or self.log:
            best, best_dots = self._best_learned(sorted(cands), votes, len(qkeys), v, e, emb, t, dnum, f)
        else:
            for gid in sorted(cands):  # ascending ids: ties go to the oldest group
                g = self.groups[gid]
                sim, dots = self.score(g, v, e, emb, t, dnum, f)
                if trace:
                    self.scores[gid] = sim
                if sim >= self.threshold:
                    self.passing.append(gid)
                if sim >= self.pull_similarity and g.size == 1:
                    self.near.append(gid)
                if sim > best_sim or (best is None and sim >= best_sim):
                    best, best_sim, best_dots = g, sim, dots
        if trace:  # diagnostics only: what every active group would have scored
            self.all_scores = {gid: self.score(g, v, e, emb, t, dnum, f)[0] for gid, g in self.groups.items()}
        return best, best_dots

    def _best_learned(self, cands: list[int], votes: dict[int, int], nkeys: int, v: dict[int, float],
                      e: dict[int, float], emb: np.ndarray | None, t: dict[int, float] | None,
                      dnum: int | None, f: dict[int, float] | None) -> tuple[_Group | None, tuple[float, ...]]:
        """The join decision of a :class:`JoinModel` (or, while logging without one, the threshold
        rule): per candidate the raw components of the similarity and the event's shape
        (:data:`JOIN_FEATURES`); the candidate with the highest model score at or above the model's
        bar is joined, the others at the bar are folded into it. O(candidates) like the rule."""
        rows: list[tuple[int, float, tuple[float, ...], list[float], float]] = []
        story_cos: dict[int, float] = {}
        for gid in cands:  # ascending ids: ties go to the oldest group
            g = self.groups[gid]
            sim, dots = self.score(g, v, e, emb, t, dnum, f)
            if self.trace:
                self.scores[gid] = sim
            if sim >= self.pull_similarity and g.size == 1:
                self.near.append(gid)
            tc = dots[0] / math.sqrt(g.n2) if g.n2 > 0 else 0.0
            ec = dots[1] / math.sqrt(g.en2) if e and g.en2 > 0 else 0.0
            hc = dots[3] / math.sqrt(g.tn2) if g.tn2 > 0 else 0.0
            fc = dots[4] / math.sqrt(g.fn2) if g.fn2 > 0 else 0.0
            gap = max(0, dnum - g.last_day) if dnum is not None and g.last_day else 0
            age = max(0, dnum - g.first_day) if dnum is not None and g.first_day else 0
            if g.parent not in story_cos:
                story_cos[g.parent] = self._story_cos(g.parent, v, e)
            rows.append((gid, sim, dots, [sim, tc, ec, 1.0 if e and g.ent else 0.0, hc, fc, float(gap),
                                          float(age), math.log(g.size + 1), story_cos[g.parent],
                                          votes.get(gid, 0) / max(1, nkeys)],
                         max([_dot(v, r) for r in g.recent], default=0.0)))
        sims = sorted((r[1] for r in rows), reverse=True)
        top = sims[0] if sims else 0.0
        second = sims[1] if len(sims) > 1 else 0.0
        n = math.log(len(rows) + 1)
        feats = []
        for _gid, sim, _dots, x, member in rows:
            is_top = sim >= top
            feats.append([*x, 1.0 if is_top else 0.0, sim - (second if is_top else top), n, member])
        if self.log:
            self.logged = [(r[0], x) for r, x in zip(rows, feats, strict=True)]
        model = self.model
        best: _Group | None = None
        best_z = 0.0
        best_dots: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0, 0.0)
        for (gid, sim, dots, _x, _m), x in zip(rows, feats, strict=True):
            z = model.margin(x) if model is not None else sim - self.threshold
            if z >= 0:
                self.passing.append(gid)
                if best is None or z > best_z:
                    best, best_z, best_dots = self.groups[gid], z, dots
        return best, best_dots

    def _story_cos(self, sid: int, v: dict[int, float], e: dict[int, float]) -> float:
        """Term/entity cosine of the article with the storyline ``sid`` (0 when it left the window)."""
        s = self.stories.groups.get(sid) if self.stories is not None else None
        if s is None or s.n2 <= 0:
            return 0.0
        sim = _dot(v, s.vec) / math.sqrt(s.n2)
        if e and s.ent and s.en2 > 0:
            sim = (1 - ENTITY_WEIGHT) * sim + ENTITY_WEIGHT * _dot(e, s.ent) / math.sqrt(s.en2)
        return sim

    def _nearest(self, emb: np.ndarray, k: int) -> list[int]:
        """The ``k`` active groups with the highest encoder cosine (ties: oldest); a scan of the
        window's groups, so its cost is bounded by the window like everything else."""
        gids = [gid for gid, g in self.groups.items() if g.emb is not None and g.emb_n2 > 0]
        if not gids:
            return []
        m = np.stack([self.groups[gid].emb for gid in gids])  # type: ignore[misc]
        norms = np.sqrt([self.groups[gid].emb_n2 for gid in gids])
        cos = (m @ emb) / norms
        order = sorted(range(len(gids)), key=lambda i: (-cos[i], gids[i]))[:k]
        return [gids[i] for i in order]

    def merge(self, into: _Group, other: _Group) -> None:
        """Fold ``other`` into ``into``: summed centroids (norms kept exact), keys, last date."""
        into.n2 += other.n2 + 2 * _dot(into.vec, other.vec)
        into.en2 += other.en2 + 2 * _dot(into.ent, other.ent)
        into.tn2 += other.tn2 + 2 * _dot(into.tit, other.tit)
        into.fn2 += other.fn2 + 2 * _dot(into.fct, other.fct)
        into.places = into.places | other.places
        into.days = into.days | other.days
        into.dated = into.dated or other.dated
        into.local = into.local and other.local
        for src, dst in ((other.vec, into.vec), (other.ent, into.ent), (other.tit, into.tit),
                         (other.fct, into.fct)):
            for k, x in src.items():
                dst[k] = dst.get(k, 0.0) + x
        if other.emb is not None:
            if into.emb is None:
                into.emb, into.emb_n2 = other.emb.copy(), other.emb_n2
            else:
                into.emb_n2 += other.emb_n2 + 2 * float(into.emb @ other.emb)
                into.emb += other.emb
        for k in other.keys:
            s = self.postings.get(k)
            if s is not None:
                s.pop(other.gid, None)
                s[into.gid] = None
            into.keys[k] = None
        del self.groups[other.gid]
        into.size += other.size
        if other.recent:
            into.recent = (into.recent + other.recent)[-JOIN_MEMBERS:]
        if other.first_day and (not into.first_day or other.first_day < into.first_day):
            into.first_day = other.first_day
        if other.last is not None and (into.last is None or other.last > into.last):
            into.last, into.last_day = other.last, other.last_day
            heapq.heappush(self.heap, (into.last, into.gid))

    def touch(self, g: _Group, day: dt.date | None) -> None:
        """Count one more article of ``g`` dated ``day`` without adding it to the centroid: it keeps
        the group in the window (STORYLINE_EVENT_ARTICLES) and counts in its size (HUB_SHARE)."""
        g.size += 1
        if day is not None and (g.last is None or day > g.last):
            g.last, g.last_day = day, day.toordinal()
            heapq.heappush(self.heap, (day, g.gid))

    def join(self, g: _Group | None, v: dict[int, float], e: dict[int, float],
             emb: np.ndarray | None, dots: tuple[float, ...],
             keys: Iterable[int], day: dt.date | None, t: dict[int, float] | None = None,
             f: dict[int, float] | None = None) -> _Group:
        if g is None:
            g = _Group(self.count)
            self.count += 1
            self.groups[g.gid] = g
            self.peak_active = max(self.peak_active, len(self.groups))
        g.add(v, e, emb, dots, t, f)
        if self.model is not None or self.log:
            g.recent = (*g.recent[1 - JOIN_MEMBERS:], v) if JOIN_MEMBERS > 1 else (v,)
        for k in keys:
            if k not in g.keys:
                g.keys[k] = None
                s = self.postings.get(k)
                if s is None:
                    self.postings[k] = {g.gid: None}
                else:
                    s[g.gid] = None
        if day is not None and (g.last is None or day > g.last):
            g.last, g.last_day = day, day.toordinal()
            heapq.heappush(self.heap, (day, g.gid))
        if day is not None and (g.first_day == 0 or day.toordinal() < g.first_day):
            g.first_day = day.toordinal()
        return g


@dataclass
class TraceStep:
    """What the linker saw for one article (``StreamLinker(trace=True)``, for diagnostics).

    ``scores``: mixed similarity to every active event at that moment (``candidates``: the ones the
    index proposed, the only ones the linker scores); ``event``: the event joined or opened;
    ``folded``: events folded into it; ``storyline`` and ``story_scores`` likewise for a new event.
    """

    id: str
    date: dt.date | None
    event: int
    new: bool
    scores: dict[int, float]
    candidates: frozenset[int]
    folded: tuple[int, ...] = ()
    duplicate_of: str | None = None
    storyline: int | None = None
    story_scores: dict[int, float] = field(default_factory=dict)


@dataclass
class StreamResult:
    """Event and storyline of every article (ids in order of first article), plus memory stats."""

    event_of: dict[str, int]
    storyline_of_event: dict[int, int]
    peak_active_events: int = 0
    peak_active_storylines: int = 0

    def events(self, order: Sequence[str] | None = None) -> list[list[str]]:
        out: dict[int, list[str]] = {}
        for a in order if order is not None else self.event_of:
            out.setdefault(self.event_of[a], []).append(a)
        return [out[g] for g in sorted(out)]

    def storylines(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for e in sorted(self.storyline_of_event):
            out.setdefault(self.storyline_of_event[e], []).append(e)
        return [out[s] for s in sorted(out)]


class StreamLinker:
    """Online event/storyline clustering; feed articles in publication order with :meth:`add`."""

    def __init__(
        self,
        *,
        event_threshold: float = EVENT_THRESHOLD,
        event_window: int = EVENT_WINDOW_DAYS,
        storyline_threshold: float = STORYLINE_THRESHOLD,
        storyline_window: int = STORYLINE_WINDOW_DAYS,
        prior_docs: int = PRIOR_DOCS,
        merge_events: bool = MERGE_EVENTS,
        pull_similarity: float = PULL_SIMILARITY,
        pull_count: int = PULL_COUNT,
        embed_floor: float = EMBED_FLOOR,
        embed_weight: float = EMBED_WEIGHT,
        embed_neighbours: int = EMBED_NEIGHBOURS,
        title_weight: float = TITLE_MIX,
        event_decay: float = EVENT_DECAY,
        index_title: int = INDEX_TITLE,
        fact_weight: float | None = None,
        index_facts: int | None = None,
        join_model: JoinModel | None = None,
        log_join: bool = False,
        trace: bool = False,
        place_guard: str | None = None,
    ) -> None:
        self.df = DocFreq(prior_docs)
        self.merge_events = merge_events
        self.pull_count = int(pull_count)  # 0: no pulling
        cfg = _EmbedParams(embed_floor, embed_weight, int(embed_neighbours))
        fact_weight = FACT_WEIGHT if fact_weight is None else fact_weight
        self.events = _Layer(event_threshold, event_window, cfg, title_weight, event_decay, fact_weight)
        if self.pull_count > 0:
            self.events.pull_similarity = pull_similarity
        self.index_title = int(index_title)
        self.index_facts = int(INDEX_FACTS if index_facts is None else index_facts)
        # Kind weights read at construction (module constants, so the dev-set sweep can set them).
        kinds = {"t": FACT_QUOTE, "q": FACT_FIGURE, "n": FACT_COUNT, "d": FACT_DATE, "p": FACT_TODAY,
                 "s": FACT_SPEAKER, "e": FACT_ENTITY}
        self.fact_kinds = {k: w for k, w in kinds.items() if w > 0}
        self.use_facts = fact_weight > 0 or self.index_facts > 0
        self.fact_df = WindowDocFreq(event_window, FACT_PRIOR)

        self.stories = _Layer(storyline_threshold, storyline_window)  # terms and entities only
        if HUB_SHARE > 0:
            self.stories.hub_df = RecentDocFreq(HUB_DAYS)
        place_guard = PLACE_GUARD if place_guard is None else place_guard
        self.events.place_guard = place_guard in ("events", "both")
        self.stories.place_guard = place_guard in ("stories", "both")
        self.events.day_guard = DAY_GUARD
        self.stories.evergreen_guard = EVERGREEN_GUARD
        self.event_of: dict[str, int] = {}
        self.storyline_of_event: dict[int, int] = {}
        self._today: dt.date | None = None
        self.merged: dict[int, int] = {}  # event folded into another -> that event
        self.trace: list[TraceStep] | None = [] if trace else None
        self.events.trace = self.stories.trace = trace
        # Learned join rule and the log of its features (scripts/events_learn.py fits the model):
        # ``join_log`` holds (article id, [(candidate event id, JOIN_FEATURES values), ...]).
        self.events.model = join_model
        self.events.log = bool(log_join)
        self.events.stories = self.stories
        self.join_log: list[tuple[str, list[tuple[int, list[float]]]]] = []

    def add(self, f: Features) -> int:
        """Assign one article to an event (returned) and, if it opens one, to a storyline."""
        if f.date is not None and (self._today is None or f.date > self._today):
            self._today = f.date
            self.events.evict(f.date)
            self.stories.evict(f.date)
        if f.duplicate_of is not None and f.duplicate_of in self.event_of:
            gid = self._root(self.event_of[f.duplicate_of])  # a copy joins its original, adds nothing
            self.event_of[f.id] = gid
            if self.trace is not None:
                self.trace.append(TraceStep(f.id, f.date, gid, False, {}, frozenset(), (), f.duplicate_of))
            return gid
        tcounts = _bucket_counts(f.terms)
        ecounts = {hash_key("\x00" + e): 1 for e in f.entities}
        keys = [*tcounts, *ecounts]  # the article's term and entity buckets, counted by both frequencies
        self.df.add(keys)
        hub = self.stories.hub_df
        if hub is not None:
            day = f.date.toordinal() if f.date is not None else (self._today.toordinal() if self._today else 0)
            hub.add(keys, day)
            self.stories.hub_day = day
        v = self.df.weigh(tcounts, MAX_TERMS)
        e = self.df.weigh(ecounts, MAX_TERMS)
        qkeys = _top_keys(v, INDEX_TERMS)
        qkeys += _top_keys(e, INDEX_ENTITIES)
        emb = None if f.embedding is None else np.asarray(f.embedding, dtype=np.float64)
        t: dict[int, float] = {}
        if f.title:
            t = self.df.weigh(_bucket_counts(f.title), MAX_TERMS)
            if self.index_title:
                qkeys += [k for k in _top_keys(t, self.index_title) if k not in qkeys]
        fv: dict[int, float] = {}
        if self.use_facts:
            fv = self._fact_vector(f)
            if self.index_facts:
                qkeys += [k for k in _top_keys(fv, self.index_facts) if k not in qkeys]
        if f.roundup:
            return self._alone(f, v, e, emb, t, fv)
        g, dots = self.events.best(qkeys, v, e, emb, t, f.date, fv, f.places, f.days)
        if self.events.log:
            self.join_log.append((f.id, self.events.logged))
            self.events.logged = []
        new = g is None
        passing = [gid for gid in self.events.passing if g is not None and gid != g.gid]
        g = self.events.join(g, v, e, emb, dots, qkeys, f.date, t, fv)
        if f.places or g.local:  # most articles name no town: nothing to record
            _add_places(g, f.places, new)
        if f.days:
            g.days = g.days | f.days
        folded = list(passing) if self.merge_events else []
        if self.merge_events:
            for gid in passing:  # the article bridges two fragments of one event: fold them
                o = self.events.groups[gid]
                self.events.merge(g, o)
                self.merged[gid] = g.gid
        if not new and self.pull_count > 0:
            folded += self._pull(g)
        self.event_of[f.id] = g.gid
        if self.trace is not None:
            self.trace.append(TraceStep(f.id, f.date, g.gid, new, dict(self.events.all_scores),
                                        frozenset(self.events.scores), tuple(folded)))
        if new:
            s, sdots = self.stories.best(qkeys, v, e, None, places=f.places, evergreen=f.evergreen)
            bar = STORYLINE_MEMBER_BAR
            if s is not None and bar > 0 and s.openers and max(self.stories.dot(v, o, s) for o in s.openers) < bar:
                s = None
            if s is None:
                sdots = (0.0, 0.0, 0.0)
            elif self.stories.hub_df is not None:  # the norms are kept for the whole vectors
                sdots = (_dot(v, s.vec), _dot(e, s.ent) if e else 0.0, 0.0)
            s_new = s is None
            s = self.stories.join(s, v, e, None, sdots, qkeys, f.date)
            s.dated = s.dated or not f.evergreen
            if f.places or s.local:
                _add_places(s, f.places, s_new)
            g.parent = s.gid
            self.storyline_of_event[g.gid] = s.gid
            if STORYLINE_MEMBER_BAR > 0:
                s.openers = [*(s.openers or [])[1 - STORYLINE_MEMBERS:], v]
            if self.trace is not None:
                self.trace[-1].storyline = s.gid
                self.trace[-1].story_scores = dict(self.stories.all_scores)
        else:
            s = self.stories.groups.get(g.parent)
            if s is None:
                pass  # the storyline left the window
            elif 0 < STORYLINE_EVENT_ARTICLES < g.size:  # g.size counts this article
                self.stories.touch(s, f.date)
            else:
                sd = (_dot(v, s.vec), _dot(e, s.ent) if e else 0.0, 0.0)
                self.stories.join(s, v, e, None, sd, qkeys, f.date)
            if s is not None and not f.evergreen:
                s.dated = True
        return g.gid

    def _alone(self, f: Features, v: dict[int, float], e: dict[int, float], emb: np.ndarray | None,
               t: dict[int, float], fv: dict[int, float]) -> int:
        """Open an event and a storyline for ``f`` without index keys, so no later article is ever
        offered them: a roundup retells several happenings, and whichever it joined it would mix.
        Its words still count in the document frequencies (they were added before the call)."""
        zero = (0.0, 0.0, 0.0, 0.0, 0.0)
        g = self.events.join(None, v, e, emb, zero, (), f.date, t, fv)
        s = self.stories.join(None, v, e, None, zero, (), f.date)
        g.parent = s.gid
        self.storyline_of_event[g.gid] = s.gid
        self.event_of[f.id] = g.gid
        if self.trace is not None:
            self.trace.append(TraceStep(f.id, f.date, g.gid, True, {}, frozenset(), ()))
            self.trace[-1].storyline = s.gid
        return g.gid

    def _pull(self, g: _Group) -> list[int]:
        """Count the pull of event ``g`` (just joined) on the singletons the article came close to,
        and fold in those that PULL_COUNT of ``g``'s articles have now come close to, if they are
        PULL_SHARE of the articles ``g`` gained since the first of them."""
        out: list[int] = []
        groups = self.events.groups
        for gid in self.events.near:
            o = groups.get(gid)
            if o is None or o is g or o.size != 1:
                continue  # folded just now, the event itself, or no longer alone
            if o.pull is None or o.pull_base is None:
                o.pull, o.pull_base = {}, {}
            # (an event folded into another later starts a new count under the survivor's id)
            base = o.pull_base.setdefault(g.gid, g.size - 1)
            n = o.pull[g.gid] = o.pull.get(g.gid, 0) + 1
            if n >= self.pull_count and n >= PULL_SHARE * (g.size - base):
                self.events.merge(g, o)
                self.merged[gid] = g.gid
                out.append(gid)
        return out

    def _fact_vector(self, f: Features) -> dict[int, float]:
        """Window-IDF weights of the article's fact keys: per kind a unit vector times the square
        root of the kind's weight (so a quote's dozens of shingles count as one kind, like one date).
        Only kinds with a weight are keyed and counted (the others cost nothing)."""
        by_kind: dict[str, list[int]] = {}
        keys: list[int] = []
        kinds = self.fact_kinds
        facts = [x for x in f.facts if x[:1] in kinds]
        if "e" in kinds:
            facts += ["e:" + x for x in f.entities]
        crc = zlib.crc32
        for key in sorted(facts):
            # 32 bits above the 20-bit term/entity keys: a window holds ~50 quote runs per article,
            # which 2^20 buckets would let collide into false shared facts.
            k = crc(key.encode("utf-8")) | 1 << 32
            keys.append(k)
            by_kind.setdefault(key[:1], []).append(k)
        day = f.date.toordinal() if f.date is not None else (self._today.toordinal() if self._today else 0)
        wdf = self.fact_df
        wdf.add(day, keys)
        out: dict[int, float] = {}
        top = math.log(len(wdf.queue) + wdf.prior)
        for kind, ks in by_kind.items():
            w = kinds[kind]  # > 0: only weighted kinds were keyed
            # IDF relative to a key no other recent article states (1.0), so a lone generic key
            # (today's date in a busy feed) stays light; 1/sqrt(#keys) makes a kind count once.
            scale = math.sqrt(w / len(ks)) / top
            for k in ks:
                x = wdf.idf(k)
                if x > 0:
                    out[k] = out.get(k, 0.0) + x * scale
        return out

    def _root(self, gid: int) -> int:
        merged = self.merged
        while gid in merged:
            gid = merged[gid]
        return gid

    def result(self) -> StreamResult:
        root = self._root
        return StreamResult(
            event_of={a: root(g) for a, g in self.event_of.items()},
            storyline_of_event={g: s for g, s in self.storyline_of_event.items() if g not in self.merged},
            peak_active_events=self.events.peak_active,
            peak_active_storylines=self.stories.peak_active,
        )


def link_stream(features: Iterable[Features], **params: float) -> StreamResult:
    """Cluster ``features`` (already in publication order) into events and storylines."""
    linker = StreamLinker(**params)  # type: ignore[arg-type]
    for f in features:
        linker.add(f)
    return linker.result()
