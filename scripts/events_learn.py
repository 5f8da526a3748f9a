"""A learned join decision for the streaming event linker (issue 7): log, fit, evaluate honestly.

At every article the linker scores its candidate events. With ``StreamLinker(log_join=True)`` it
keeps, per (article, candidate), the raw components of that decision (``link.stream.JOIN_FEATURES``:
the mixed similarity, term / entity / headline cosines, quote-fact overlap, days since the event's
latest and first article, event size, cosine with the event's storyline, share of index keys,
whether the candidate ranks first and its margin to the next). Each row is labelled 1 when the
article's gold event is the majority gold event of the candidate's articles at that moment. A
logistic regression (scikit-learn, standardised features) is fitted on the rows and its probability
``>= p*`` replaces ``sim >= EVENT_THRESHOLD`` (``StreamLinker(join_model=...)``): still one pass,
deterministic, O(candidates) per article. ``p*`` is chosen on the *training* articles only (event
BCubed F1 of a linker run with the model).

Exposure bias: the rows of round 0 are logged under the threshold rule; ``--rounds 2`` re-logs the
training sets under the learned rule and refits on the union (DAgger-style).

Evaluations printed (event BCubed P / R / F1 and storyline F1 of the held-out articles):

* the current linker (threshold rule);
* cross-set: fit on detik-dev, score kompas-oil-dev; fit on kompas-oil-dev, score detik-dev;
* k-fold by gold storyline within detik-dev (``--folds``; a storyline never spans folds; the
  held-out articles are linked in the full stream but scored by fold) and leave-one-storyline-out
  within kompas-oil-dev (two storylines);
* the final model fitted on both sets, scored on both (not held out: an upper bound).

``--emit`` prints the final model as ``JoinModel(...)`` source for ``link.stream``.

    python scripts/events_learn.py                  # everything, 2 rounds, C = 0.1 (~4 min)
    python scripts/events_learn.py --rounds 1 --C 0.1 --drop story,votes

Reads ../shared through the cache of ``scripts/events_tune.py`` (the real pipeline's evidence;
delete the cache after changing extraction). Measured table and decision: docs/linking.md,
"A learned join decision" (nothing shipped: no setting improved both sets cross-set).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_tune import SETS, prepare

from kliping.eval.events import DEVSETS, bcubed, load_gold
from kliping.link.events import article_features
from kliping.link.stream import JOIN_FEATURES, Features, JoinModel, StreamLinker

TREE_DEPTH = 0  # --tree: a decision tree of this depth instead of the logistic regression
P_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def features_of(data: dict[str, tuple]) -> dict[str, list[Features]]:
    out = {}
    for name, (evidence, order, names, dups) in data.items():
        out[name] = [article_features(evidence[i], names[i], dups.get(evidence[i].id)) for i in order]
    return out


def run(feats: list[Features], gold: dict[str, str], model: JoinModel | None = None, log: bool = False,
        ) -> tuple[dict[str, int], dict[str, int], list[tuple[str, int, list[float], int]]]:
    """One linker pass: event and storyline of every article, and the labelled join rows if ``log``.

    A row (article id, candidate event, features, label): label 1 when the article's gold event is
    the (or a tied) most frequent gold event among the candidate's articles at that moment."""
    linker = StreamLinker(join_model=model, log_join=log)
    members: dict[int, Counter[str]] = {}
    seen_merged: set[int] = set()
    rows = []
    for f in feats:
        gid = linker.add(f)
        if log and linker.join_log and linker.join_log[-1][0] == f.id:
            for cand, x in linker.join_log[-1][1]:
                c = members.get(cand, Counter())
                top = max(c.values(), default=0)
                rows.append((f.id, cand, x, int(top > 0 and c.get(gold[f.id], 0) == top)))
        for g in [g for g in linker.merged if g not in seen_merged]:
            seen_merged.add(g)
            members.setdefault(linker.merged[g], Counter()).update(members.pop(g, Counter()))
        members.setdefault(linker._root(gid), Counter())[gold[f.id]] += 1
    res = linker.result()
    sl = {a: res.storyline_of_event.get(g, -1) for a, g in res.event_of.items()}
    return dict(res.event_of), sl, rows


def fit(rows: list[tuple[str, int, list[float], int]], keep: list[int], c: float) -> JoinModel:
    from sklearn.linear_model import LogisticRegression

    x = np.array([[r[2][i] for i in keep] for r in rows], dtype=np.float64)
    y = np.array([r[3] for r in rows])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    coef = np.zeros(len(JOIN_FEATURES))
    m = np.zeros(len(JOIN_FEATURES))
    s = np.ones(len(JOIN_FEATURES))
    coef[keep], m[keep], s[keep] = lr.coef_[0], mean, scale
    return JoinModel(tuple(m.round(6)), tuple(s.round(6)), tuple(coef.round(6)), round(float(lr.intercept_[0]), 6), 0.5)


class TreeJoin:
    """A small decision tree as the join rule (``--tree DEPTH``; measured, not shipped): join when the
    leaf's share of positive rows is at least ``p_join``. Duck-types :class:`JoinModel`."""

    def __init__(self, tree: object, keep: list[int], p_join: float = 0.5) -> None:
        self.tree, self.keep, self.p_join = tree, keep, p_join

    def margin(self, x: list[float]) -> float:
        row = np.array([[x[i] for i in self.keep]])
        return float(self.tree.predict_proba(row)[0, -1]) - self.p_join  # type: ignore[attr-defined]


def fit_tree(rows: list[tuple[str, int, list[float], int]], keep: list[int], depth: int) -> TreeJoin:
    from sklearn.tree import DecisionTreeClassifier

    x = np.array([[r[2][i] for i in keep] for r in rows], dtype=np.float64)
    y = np.array([r[3] for r in rows])
    return TreeJoin(DecisionTreeClassifier(max_depth=depth, min_samples_leaf=5, random_state=0).fit(x, y), keep)


def with_p(model: JoinModel | TreeJoin, p: float) -> JoinModel | TreeJoin:
    if isinstance(model, TreeJoin):
        return TreeJoin(model.tree, model.keep, p)
    return JoinModel(model.mean, model.scale, model.coef, model.intercept, p)


def scores(ev: dict[str, int], sl: dict[str, int], gold_ev: dict[str, str], gold_sl: dict[str, str],
           only: set[str] | None = None, tag: str = "") -> tuple[dict, dict, dict, dict]:
    ids = [a for a in gold_ev if only is None or a in only]
    return ({a: f"{tag}{ev[a]}" for a in ids}, {a: gold_ev[a] for a in ids},
            {a: f"{tag}{sl[a]}" for a in ids}, {a: gold_sl[a] for a in ids})


def train(sets: list[tuple[list[Features], dict[str, str], set[str] | None]], keep: list[int], c: float,
          rounds: int, gold_sl: dict[str, dict[str, str]] | None = None) -> JoinModel:
    """Fit on the rows of the training articles (``only``: the article ids of each set that count),
    choose p* by the mean event F1 of the training articles, re-log ``rounds - 1`` times."""
    rows: list = []
    model: JoinModel | None = None
    for _ in range(rounds):
        for feats, gold, only in sets:
            rows += [r for r in run(feats, gold, model, log=True)[2] if only is None or r[0] in only]
        base = fit_tree(rows, keep, TREE_DEPTH) if TREE_DEPTH else fit(rows, keep, c)
        best = (-1.0, 0.5)
        for p in P_GRID:
            f1s = []
            for feats, gold, only in sets:
                ev, _sl, _ = run(feats, gold, with_p(base, p))
                ids = [a for a in gold if only is None or a in only]
                f1s.append(bcubed({a: str(ev[a]) for a in ids}, {a: gold[a] for a in ids})[2])
            f1 = sum(f1s) / len(f1s)
            if f1 > best[0] + 1e-9:
                best = (f1, p)
        model = with_p(base, best[1])
    assert model is not None
    return model


def fmt(pe: dict, ge: dict, ps: dict, gs: dict) -> str:
    p, r, f = bcubed(pe, ge)
    return f"events P/R/F1 {p:.3f} / {r:.3f} / {f:.3f}  storylines F1 {bcubed(ps, gs)[2]:.3f}"


def fold_of(storyline: str, k: int) -> int:
    return zlib.crc32(storyline.encode("utf-8")) % k


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEVSETS)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kliping-events-tune.pkl")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--C", type=float, default=0.1, help="inverse L2 strength of the regression")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--drop", default="", help="features left out, comma-separated (JOIN_FEATURES names)")
    ap.add_argument("--only", default="base,cross,folds,final", help="which evaluations to run")
    ap.add_argument("--tree", type=int, default=0, help="fit a decision tree of this depth instead")
    ap.add_argument("--emit", action="store_true", help="print the final model as JoinModel source")
    args = ap.parse_args()
    global TREE_DEPTH
    TREE_DEPTH = args.tree
    drop = {d for d in args.drop.split(",") if d}
    keep = [i for i, n in enumerate(JOIN_FEATURES) if n not in drop]
    data = prepare(args.cache)
    feats = features_of(data)
    gold = {n: load_gold(args.gold / f"{n}.tsv") for n in SETS}
    todo = set(args.only.split(","))
    print(f"features: {', '.join(JOIN_FEATURES[i] for i in keep)}; C {args.C}; rounds {args.rounds}")

    if "base" in todo:
        for n in SETS:
            ev, sl, _ = run(feats[n], gold[n][0])
            print(f"threshold rule   {n:15s} {fmt(*scores(ev, sl, *gold[n]))}", flush=True)

    if "cross" in todo:
        for tr, te in ((SETS[0], SETS[1]), (SETS[1], SETS[0])):
            m = train([(feats[tr], gold[tr][0], None)], keep, args.C, args.rounds)
            ev, sl, _ = run(feats[te], gold[te][0], m)
            print(f"cross {tr[:6]}->{te[:6]} {te:15s} {fmt(*scores(ev, sl, *gold[te]))}  (p* {m.p_join})",
                  flush=True)

    if "folds" in todo:
        for n, k in ((SETS[0], args.folds), (SETS[1], 2)):
            gev, gsl = gold[n]
            pooled: list[dict] = [{}, {}, {}, {}]
            same: list[dict] = [{}, {}, {}, {}]  # the threshold rule scored by the same folds
            ev0, sl0, _ = run(feats[n], gev)
            ps = []
            stories = sorted(set(gsl.values()))
            fold = ({s: fold_of(s, k) for s in stories} if n == SETS[0]
                    else {s: i for i, s in enumerate(stories)})
            for i in range(k):
                test = {a for a in gev if fold[gsl[a]] == i}
                m = train([(feats[n], gev, set(gev) - test)], keep, args.C, args.rounds)
                ev, sl, _ = run(feats[n], gev, m)
                for d, part in zip(pooled, scores(ev, sl, gev, gsl, test, f"{i}:"), strict=True):
                    d.update(part)
                for d, part in zip(same, scores(ev0, sl0, gev, gsl, test, f"{i}:"), strict=True):
                    d.update(part)
                ps.append(m.p_join)
            print(f"{k}-fold, threshold rule {n:15s} {fmt(*same)}", flush=True)
            print(f"{k}-fold by storyline {n:15s} {fmt(*pooled)}  (p* {ps})", flush=True)

    if "final" in todo:
        m = train([(feats[n], gold[n][0], None) for n in SETS], keep, args.C, args.rounds)
        for n in SETS:
            ev, sl, _ = run(feats[n], gold[n][0], m)
            print(f"final (both)     {n:15s} {fmt(*scores(ev, sl, *gold[n]))}  (p* {m.p_join})", flush=True)
        if isinstance(m, JoinModel):
            print("coefficients: " + ", ".join(f"{JOIN_FEATURES[i]} {m.coef[i]:+.2f}" for i in keep))
        if args.emit and isinstance(m, JoinModel):
            print(f"JOIN_MODEL = JoinModel(\n    mean={m.mean},\n    scale={m.scale},\n    coef={m.coef},\n"
                  f"    intercept={m.intercept},\n    p_join={m.p_join},\n)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
