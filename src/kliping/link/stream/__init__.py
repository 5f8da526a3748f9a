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

Modules: :mod:`.tuning` (the tuned constants), :mod:`.features` (what the linker reads of an
article, hash buckets), :mod:`.weights` (streaming document frequencies, sparse vectors),
:mod:`.groups` (an event's or storyline's centroid state, headline places), :mod:`.join_model` (the
learned join rule), :mod:`.layer` (the index, window, similarity and join decision of one level) and
:mod:`.linker` (:class:`StreamLinker`, :func:`link_stream`). This package re-exports their public
names, so ``from kliping.link.stream import ...`` reads as before the split.
"""

from __future__ import annotations

from kliping.link.stream import tuning
from kliping.link.stream.features import HASH_BITS, Features, hash_key
from kliping.link.stream.groups import places_conflict
from kliping.link.stream.join_model import JoinModel
from kliping.link.stream.linker import StreamLinker, StreamResult, TraceStep, link_stream
from kliping.link.stream.tuning import (
    DAY_GUARD,
    EMBED_FLOOR,
    EMBED_NEIGHBOURS,
    EMBED_WEIGHT,
    ENTITY_WEIGHT,
    EVENT_DECAY,
    EVENT_THRESHOLD,
    EVENT_WINDOW_DAYS,
    EVERGREEN_GUARD,
    FACT_COUNT,
    FACT_DATE,
    FACT_ENTITY,
    FACT_FIGURE,
    FACT_PRIOR,
    FACT_QUOTE,
    FACT_SPEAKER,
    FACT_TODAY,
    FACT_WEIGHT,
    HUB_DAYS,
    HUB_PRIOR,
    HUB_SHARE,
    INDEX_ENTITIES,
    INDEX_FACTS,
    INDEX_TERMS,
    INDEX_TITLE,
    JOIN_FEATURES,
    JOIN_MEMBERS,
    MAX_CANDIDATES,
    MAX_POSTING,
    MAX_TERMS,
    MERGE_EVENTS,
    PILE_ENTITY_SHARE,
    PLACE_GUARD,
    PRIOR_DOCS,
    PULL_COUNT,
    PULL_SHARE,
    PULL_SIMILARITY,
    STORYLINE_EVENT_ARTICLES,
    STORYLINE_MEMBER_BAR,
    STORYLINE_MEMBERS,
    STORYLINE_THRESHOLD,
    STORYLINE_WINDOW_DAYS,
    TITLE_MIX,
)
from kliping.link.stream.weights import DocFreq, RecentDocFreq, WindowDocFreq
from kliping.split_package import one_namespace

__all__ = [
    "DAY_GUARD",
    "EMBED_FLOOR",
    "EMBED_NEIGHBOURS",
    "EMBED_WEIGHT",
    "ENTITY_WEIGHT",
    "EVENT_DECAY",
    "EVENT_THRESHOLD",
    "EVENT_WINDOW_DAYS",
    "EVERGREEN_GUARD",
    "FACT_COUNT",
    "FACT_DATE",
    "FACT_ENTITY",
    "FACT_FIGURE",
    "FACT_PRIOR",
    "FACT_QUOTE",
    "FACT_SPEAKER",
    "FACT_TODAY",
    "FACT_WEIGHT",
    "HASH_BITS",
    "HUB_DAYS",
    "HUB_PRIOR",
    "HUB_SHARE",
    "INDEX_ENTITIES",
    "INDEX_FACTS",
    "INDEX_TERMS",
    "INDEX_TITLE",
    "JOIN_FEATURES",
    "JOIN_MEMBERS",
    "MAX_CANDIDATES",
    "MAX_POSTING",
    "MAX_TERMS",
    "MERGE_EVENTS",
    "PILE_ENTITY_SHARE",
    "PLACE_GUARD",
    "PRIOR_DOCS",
    "PULL_COUNT",
    "PULL_SHARE",
    "PULL_SIMILARITY",
    "STORYLINE_EVENT_ARTICLES",
    "STORYLINE_MEMBERS",
    "STORYLINE_MEMBER_BAR",
    "STORYLINE_THRESHOLD",
    "STORYLINE_WINDOW_DAYS",
    "TITLE_MIX",
    "DocFreq",
    "Features",
    "JoinModel",
    "RecentDocFreq",
    "StreamLinker",
    "StreamResult",
    "TraceStep",
    "WindowDocFreq",
    "hash_key",
    "link_stream",
    "places_conflict",
    "tuning",
]


one_namespace(__name__)  # setting a tuned constant on link.stream reaches link.stream.tuning
