"""One level of online clustering (events or storylines): the index of active groups and its window,
the similarity of an article to a group, and the join/open decision (:class:`Layer`).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable

import numpy as np

from kliping.link.stream import tuning
from kliping.link.stream.groups import EmbedParams, Group, places_conflict
from kliping.link.stream.join_model import JoinModel
from kliping.link.stream.weights import RecentDocFreq, sparse_dot


class Layer:
    """One level of online clustering (events or storylines) with its index and window."""

    def __init__(self, threshold: float, window: int, embed: EmbedParams | None = None,
                 title_weight: float = 0.0, decay: float = 0.0, fact_weight: float = 0.0) -> None:
        self.threshold = threshold
        self.fact_weight = fact_weight
        self.window = window
        self.embed = embed
        self.title_weight = title_weight
        self.decay = decay
        self.groups: dict[int, Group] = {}  # active only
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
        self.stories: Layer | None = None  # the storyline layer, for the storyline feature
        self.place_guard = False
        self.day_guard = False  # events: DAY_GUARD
        self.evergreen_guard = False  # storylines: EVERGREEN_GUARD
        self.hub_df: RecentDocFreq | None = None  # storylines: recent document frequencies for ``dot``
        self.hub_day = 0

    def dot(self, a: dict[int, float], b: dict[int, float], g: Group, entities: bool = False) -> float:
        """``a . b`` over their shared keys, without the keys that are hubs outside group ``g``
        (storylines with ``hub_df``, see HUB_SHARE): a key whose recent document frequency outside
        ``g``'s articles (at least ``df - g.size``) is more than HUB_SHARE of the other recent
        articles. ``entities``: the vectors are entity keys, and an entity in PILE_ENTITY_SHARE of
        all recent articles (``g``'s included) is the pile's own and counts nothing either."""
        hdf = self.hub_df
        if hdf is None:
            return sparse_dot(a, b)
        inflation = hdf.inflation(self.hub_day)  # one exp for the total and the cut alike
        n = hdf.n / inflation  # hdf.total(day)
        m = g.size
        cut = tuning.HUB_SHARE * (n - m + tuning.HUB_PRIOR) + m  # df[k] - m > share * (n - m + prior)
        if entities and tuning.PILE_ENTITY_SHARE > 0:
            cut = min(cut, tuning.PILE_ENTITY_SHARE * n)
        if cut >= n:
            return sparse_dot(a, b)  # no key can be a hub yet
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

    def score(self, g: Group, v: dict[int, float], e: dict[int, float],
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
                sim = (1 - tuning.ENTITY_WEIGHT) * sim + tuning.ENTITY_WEIGHT * de / math.sqrt(g.en2)
        dm = 0.0
        if emb is not None and cfg is not None and g.emb is not None and g.emb_n2 > 0:
            dm = float(emb @ g.emb)
            enc = max(0.0, (dm / math.sqrt(g.emb_n2) - cfg.floor) / (1 - cfg.floor))
            sim = (1 - cfg.weight) * sim + cfg.weight * enc
        dtt = 0.0
        if t and self.title_weight > 0 and g.tit and g.tn2 > 0:
            dtt = sparse_dot(t, g.tit)
            sim = (1 - self.title_weight) * sim + self.title_weight * dtt / math.sqrt(g.tn2)
        df_ = 0.0
        if f and g.fct and g.fn2 > 0:
            df_ = sparse_dot(f, g.fct)
            if self.fact_weight > 0:
                sim += self.fact_weight * df_ / math.sqrt(g.fn2)
        if day is not None and g.last is not None and self.decay > 0:
            sim -= self.decay * max(0, day - g.last_day)
        return sim, (dt_, de, dm, dtt, df_)

    def best(self, qkeys: Iterable[int], v: dict[int, float], e: dict[int, float],
             emb: np.ndarray | None, t: dict[int, float] | None = None,
             day: dt.date | None = None, f: dict[int, float] | None = None,
             places: frozenset[str] = frozenset(), days: frozenset[str] = frozenset(),
             evergreen: bool = False) -> tuple[Group | None, tuple[float, ...]]:
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
            if s and len(s) <= tuning.MAX_POSTING:
                for gid in s:
                    votes[gid] = votes.get(gid, 0) + 1
        cands = sorted(votes, key=lambda gid: (-votes[gid], gid))[:tuning.MAX_CANDIDATES]
        if places and self.place_guard:
            cands = [gid for gid in cands
                     if not (self.groups[gid].local and places_conflict(places, self.groups[gid].places))]
        if days and self.day_guard:
            cands = [gid for gid in cands if not (self.groups[gid].days and self.groups[gid].days.isdisjoint(days))]
        if evergreen and self.evergreen_guard:
            cands = [gid for gid in cands if self.groups[gid].dated]
        if emb is not None and cfg is not None and cfg.neighbours > 0:
            cands = list(dict.fromkeys(cands + self._nearest(emb, cfg.neighbours)))
        best: Group | None = None
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
                      dnum: int | None, f: dict[int, float] | None) -> tuple[Group | None, tuple[float, ...]]:
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
                         max([sparse_dot(v, r) for r in g.recent], default=0.0)))
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
        best: Group | None = None
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
        sim = sparse_dot(v, s.vec) / math.sqrt(s.n2)
        if e and s.ent and s.en2 > 0:
            w = tuning.ENTITY_WEIGHT
            sim = (1 - w) * sim + w * sparse_dot(e, s.ent) / math.sqrt(s.en2)
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

    def merge(self, into: Group, other: Group) -> None:
        """Fold ``other`` into ``into``: summed centroids (norms kept exact), keys, last date."""
        into.n2 += other.n2 + 2 * sparse_dot(into.vec, other.vec)
        into.en2 += other.en2 + 2 * sparse_dot(into.ent, other.ent)
        into.tn2 += other.tn2 + 2 * sparse_dot(into.tit, other.tit)
        into.fn2 += other.fn2 + 2 * sparse_dot(into.fct, other.fct)
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
            into.recent = (into.recent + other.recent)[-tuning.JOIN_MEMBERS:]
        if other.first_day and (not into.first_day or other.first_day < into.first_day):
            into.first_day = other.first_day
        if other.last is not None and (into.last is None or other.last > into.last):
            into.last, into.last_day = other.last, other.last_day
            heapq.heappush(self.heap, (into.last, into.gid))

    def touch(self, g: Group, day: dt.date | None) -> None:
        """Count one more article of ``g`` dated ``day`` without adding it to the centroid: it keeps
        the group in the window (STORYLINE_EVENT_ARTICLES) and counts in its size (HUB_SHARE)."""
        g.size += 1
        if day is not None and (g.last is None or day > g.last):
            g.last, g.last_day = day, day.toordinal()
            heapq.heappush(self.heap, (day, g.gid))

    def join(self, g: Group | None, v: dict[int, float], e: dict[int, float],
             emb: np.ndarray | None, dots: tuple[float, ...],
             keys: Iterable[int], day: dt.date | None, t: dict[int, float] | None = None,
             f: dict[int, float] | None = None) -> Group:
        if g is None:
            g = Group(self.count)
            self.count += 1
            self.groups[g.gid] = g
            self.peak_active = max(self.peak_active, len(self.groups))
        g.add(v, e, emb, dots, t, f)
        if self.model is not None or self.log:
            g.recent = (*g.recent[1 - tuning.JOIN_MEMBERS:], v) if tuning.JOIN_MEMBERS > 1 else (v,)
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
