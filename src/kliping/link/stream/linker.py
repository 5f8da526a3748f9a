"""The streaming linker (:class:`StreamLinker`): one article at a time, its weights, its event (join,
fold, pull) and, for a new event, its storyline; :func:`link_stream` runs it over a feed.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from kliping.link.stream import tuning
from kliping.link.stream.features import Features, bucket_counts, hash_key
from kliping.link.stream.groups import EmbedParams, Group, add_places
from kliping.link.stream.join_model import JoinModel
from kliping.link.stream.layer import Layer
from kliping.link.stream.weights import DocFreq, RecentDocFreq, WindowDocFreq, sparse_dot, top_keys


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
        event_threshold: float = tuning.EVENT_THRESHOLD,
        event_window: int = tuning.EVENT_WINDOW_DAYS,
        storyline_threshold: float = tuning.STORYLINE_THRESHOLD,
        storyline_window: int = tuning.STORYLINE_WINDOW_DAYS,
        prior_docs: int = tuning.PRIOR_DOCS,
        merge_events: bool = tuning.MERGE_EVENTS,
        pull_similarity: float = tuning.PULL_SIMILARITY,
        pull_count: int = tuning.PULL_COUNT,
        embed_floor: float = tuning.EMBED_FLOOR,
        embed_weight: float = tuning.EMBED_WEIGHT,
        embed_neighbours: int = tuning.EMBED_NEIGHBOURS,
        title_weight: float = tuning.TITLE_MIX,
        event_decay: float = tuning.EVENT_DECAY,
        index_title: int = tuning.INDEX_TITLE,
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
        cfg = EmbedParams(embed_floor, embed_weight, int(embed_neighbours))
        fact_weight = tuning.FACT_WEIGHT if fact_weight is None else fact_weight
        self.events = Layer(event_threshold, event_window, cfg, title_weight, event_decay, fact_weight)
        if self.pull_count > 0:
            self.events.pull_similarity = pull_similarity
        self.index_title = int(index_title)
        self.index_facts = int(tuning.INDEX_FACTS if index_facts is None else index_facts)
        # Kind weights read at construction (module constants, so the dev-set sweep can set them).
        kinds = {"t": tuning.FACT_QUOTE, "q": tuning.FACT_FIGURE, "n": tuning.FACT_COUNT, "d": tuning.FACT_DATE,
                 "p": tuning.FACT_TODAY, "s": tuning.FACT_SPEAKER, "e": tuning.FACT_ENTITY}
        self.fact_kinds = {k: w for k, w in kinds.items() if w > 0}
        self.use_facts = fact_weight > 0 or self.index_facts > 0
        self.fact_df = WindowDocFreq(event_window, tuning.FACT_PRIOR)

        self.stories = Layer(storyline_threshold, storyline_window)  # terms and entities only
        if tuning.HUB_SHARE > 0:
            self.stories.hub_df = RecentDocFreq(tuning.HUB_DAYS)
        place_guard = tuning.PLACE_GUARD if place_guard is None else place_guard
        self.events.place_guard = place_guard in ("events", "both")
        self.stories.place_guard = place_guard in ("stories", "both")
        self.events.day_guard = tuning.DAY_GUARD
        self.stories.evergreen_guard = tuning.EVERGREEN_GUARD
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
        tcounts = bucket_counts(f.terms)
        ecounts = {hash_key("\x00" + e): 1 for e in f.entities}
        keys = [*tcounts, *ecounts]  # the article's term and entity buckets, counted by both frequencies
        self.df.add(keys)
        hub = self.stories.hub_df
        if hub is not None:
            day = f.date.toordinal() if f.date is not None else (self._today.toordinal() if self._today else 0)
            hub.add(keys, day)
            self.stories.hub_day = day
        v = self.df.weigh(tcounts, tuning.MAX_TERMS)
        e = self.df.weigh(ecounts, tuning.MAX_TERMS)
        qkeys = top_keys(v, tuning.INDEX_TERMS)
        qkeys += top_keys(e, tuning.INDEX_ENTITIES)
        emb = None if f.embedding is None else np.asarray(f.embedding, dtype=np.float64)
        t: dict[int, float] = {}
        if f.title:
            t = self.df.weigh(bucket_counts(f.title), tuning.MAX_TERMS)
            if self.index_title:
                qkeys += [k for k in top_keys(t, self.index_title) if k not in qkeys]
        fv: dict[int, float] = {}
        if self.use_facts:
            fv = self._fact_vector(f)
            if self.index_facts:
                qkeys += [k for k in top_keys(fv, self.index_facts) if k not in qkeys]
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
            add_places(g, f.places, new)
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
            bar = tuning.STORYLINE_MEMBER_BAR
            if s is not None and bar > 0 and s.openers and max(self.stories.dot(v, o, s) for o in s.openers) < bar:
                s = None
            if s is None:
                sdots = (0.0, 0.0, 0.0)
            elif self.stories.hub_df is not None:  # the norms are kept for the whole vectors
                sdots = (sparse_dot(v, s.vec), sparse_dot(e, s.ent) if e else 0.0, 0.0)
            s_new = s is None
            s = self.stories.join(s, v, e, None, sdots, qkeys, f.date)
            s.dated = s.dated or not f.evergreen
            if f.places or s.local:
                add_places(s, f.places, s_new)
            g.parent = s.gid
            self.storyline_of_event[g.gid] = s.gid
            if tuning.STORYLINE_MEMBER_BAR > 0:
                s.openers = [*(s.openers or [])[1 - tuning.STORYLINE_MEMBERS:], v]
            if self.trace is not None:
                self.trace[-1].storyline = s.gid
                self.trace[-1].story_scores = dict(self.stories.all_scores)
        else:
            s = self.stories.groups.get(g.parent)
            if s is None:
                pass  # the storyline left the window
            elif 0 < tuning.STORYLINE_EVENT_ARTICLES < g.size:  # g.size counts this article
                self.stories.touch(s, f.date)
            else:
                sd = (sparse_dot(v, s.vec), sparse_dot(e, s.ent) if e else 0.0, 0.0)
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

    def _pull(self, g: Group) -> list[int]:
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
            if n >= self.pull_count and n >= tuning.PULL_SHARE * (g.size - base):
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
