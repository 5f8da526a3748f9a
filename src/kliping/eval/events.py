"""``kliping eval events``: event and storyline clustering and near-duplicates against labelled news.

Gold files are TSVs ``article_id<TAB>event<TAB>storyline`` (``devsets/events/*.tsv``, annotation
only: ids and labels) next to the JSONL articles they label. The articles go through the real
pipeline (ingest, extract, link), then:

* events and storylines: BCubed P/R/F1 (per-article precision and recall of its cluster, averaged)
  and pairwise P/R/F1 (pairs of articles put together);
* near-duplicates: precision of the pairs the system proposes (``duplicate_of``) against
  ``duplicates-*.tsv`` (``id_a<TAB>id_b<TAB>is_duplicate``); proposed pairs without a label are
  counted and listed so the label file can be completed;
* per subject (``--by FIELD``; ``topic`` for detik-dev by default): the articles sharing a value of
  a JSONL field are linked as a run of their own and scored against the gold restricted to them,
  pooled over the runs. This is the single-subject regime — a user's pile about one subject, where
  every article shares the subject's vocabulary — measured from the same labels;
* pair signals (``--pairs``): for every two non-duplicate articles at most ``EVENT_WINDOW_DAYS``
  apart, how well each article-pair signal (body, headline and lead-sentence cosines, entity
  overlap, window-rare shared terms, closeness in days) ranks same-event pairs above the others
  (ROC AUC; with ``--embed`` the encoder's title + lead cosine too). A signal that ranks well on one set and not on the other cannot lift the weaker set
  without costing the stronger (docs/linking.md, "Sixth pass").

Without arguments it scores the two dev sets at ``../shared/data/news`` (relative to the repo root)
against ``devsets/events``; when that directory is absent it says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import itertools
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, PRF, REPO_ROOT, format_table

DESCRIPTION = "BCubed and pairwise P/R/F1 of events/storylines, near-duplicate precision"

ROOT = REPO_ROOT
DEVSETS = ROOT / "devsets" / "events"
SHARED_NEWS = DEFAULT_NEWS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--detik", type=Path, help="detik-dev.jsonl (default: ../shared/data/news/)")
    parser.add_argument("--kompas", type=Path, help="kompas-oil-dev.jsonl (default: ../shared/data/news/)")
    parser.add_argument("--gold", type=Path, help="a gold TSV (article_id, event, storyline) ...")
    parser.add_argument("--articles", type=Path, help="... and the JSONL articles it labels")
    parser.add_argument("--duplicates", type=Path, help="labelled near-duplicate pairs for --gold")
    parser.add_argument("--errors", action="store_true", help="list merged and split gold events")
    parser.add_argument("--explain", action="store_true",
                        help="print every split gold event and mixed predicted event with titles, dates "
                             "and the similarities the linker saw")
    parser.add_argument("--embed", action="store_true",
                        help="link with the multilingual sentence encoder too (as `kliping analyze --embed`)")
    parser.add_argument("--pairs", action="store_true",
                        help="print how well article-pair signals separate same-event pairs (ROC AUC)")
    parser.add_argument("--by", metavar="FIELD",
                        help="also link the articles of each value of this JSONL field as a run of "
                             "their own and score them pooled (default for detik-dev: topic)")


# ----------------------------------------------------------------------------- scores


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall, F1 over the items of ``gold`` (items missing from pred: singletons)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    p_lab = {i: pred.get(i, f"\x00{i}") for i in items}
    pc = Counter(p_lab.values())
    gc = Counter(gold.values())
    both = Counter((p_lab[i], gold[i]) for i in items)
    prec = sum(both[(p_lab[i], gold[i])] / pc[p_lab[i]] for i in items) / len(items)
    rec = sum(both[(p_lab[i], gold[i])] / gc[gold[i]] for i in items) / len(items)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """Pairs of items clustered together: tp/fp/fn counts against gold."""
    items = list(gold)
    p_lab = {i: pred.get(i, f"\x00{i}") for i in items}

    def pairs(lab: Mapping[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for i in items:
            groups[lab[i]].append(i)
        return {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(g, 2)}  # type: ignore[misc]

    pp, gp = pairs(p_lab), pairs(gold)
    return PRF(tp=len(pp & gp), fp=len(pp - gp), fn=len(gp - pp))


def load_gold(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """``(event_of, storyline_of)`` by article id from a gold TSV with a header line."""
    ev, sl = {}, {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            ev[row["article_id"]] = row["event"]
            sl[row["article_id"]] = row["storyline"]
    return ev, sl


def load_duplicates(path: Path) -> dict[frozenset[str], bool]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[frozenset((row["id_a"], row["id_b"]))] = row["is_duplicate"].strip().lower() in ("1", "true", "yes")
    return out


# ----------------------------------------------------------------------------- running the system


def load_evidence(path: Path) -> list:
    """Read and extract the articles of a JSONL file with the real pipeline stages."""
    from kliping.ingest import read_inputs
    from kliping.model import Problem
    from kliping.pipeline import process_articles

    arts = [a for a in read_inputs([path]) if not isinstance(a, Problem)]
    evidence, _problems, _cached = process_articles(arts)
    return evidence


def predict(evidence: Sequence, *, embed: bool = False, trace: list | None = None,
            ) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """``(event_of, storyline_of, duplicate_of)`` by article id from the link stage."""
    from kliping.link import link

    story = link(evidence, embed=embed, trace=trace)
    ev = {a: e.id for e in story.events for a in e.articles}
    sl_of_ev = {e: s.id for s in story.storylines for e in s.events}
    return ev, {a: sl_of_ev[e] for a, e in ev.items()}, dict(story.duplicate_of)


def field_values(path: Path, name: str) -> dict[str, str]:
    """Article id -> the value of JSONL field ``name`` (articles without it are left out).

    Ids are handed out as the reader does (``ingest.readers``: trimmed, a repeated id becomes
    ``X-2``, ``X-3``...), so a story filed twice under the same id keeps both copies' fields.
    """
    import json

    from kliping.ingest.readers import IdRegistry

    if not path.is_file():
        raise ValueError(f"{path}: --by needs a JSONL file, not a folder")
    ids = IdRegistry()
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # reported by the reader when the articles are loaded
            if not isinstance(row, dict) or row.get("id") is None:
                continue
            aid = ids.claim(str(row["id"]))
            if row.get(name) is not None:
                out[aid] = str(row[name])
    return out


def predict_by(evidence: Sequence, group_of: Mapping[str, str], *, embed: bool = False,
               ) -> tuple[dict[str, str], dict[str, str]]:
    """Events and storylines when each group of articles (``group_of``: id -> group) is linked as
    a run of its own; labels are prefixed with the group so runs never share a cluster."""
    groups: dict[str, list] = defaultdict(list)
    for e in evidence:
        if e.id in group_of:
            groups[group_of[e.id]].append(e)
    ev_all: dict[str, str] = {}
    sl_all: dict[str, str] = {}
    for g, members in sorted(groups.items()):
        ev, sl, _dups = predict(members, embed=embed)
        ev_all.update({a: f"{g}\x00{e}" for a, e in ev.items()})
        sl_all.update({a: f"{g}\x00{s}" for a, s in sl.items()})
    return ev_all, sl_all


def score_rows(name: str, pred: Mapping[str, str], gold: Mapping[str, str]) -> list[object]:
    p, r, f = bcubed(pred, gold)
    pw = pairwise(pred, gold)
    n_pred = len({pred.get(i, i) for i in gold})
    return [name, p, r, f, pw.precision, pw.recall, pw.f1, len(set(gold.values())), n_pred]


def _errors(pred: Mapping[str, str], gold: Mapping[str, str]) -> list[str]:
    lines = []
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i, g in gold.items():
        by_pred[pred.get(i, i)].add(g)
        by_gold[g].add(pred.get(i, i))
    for p, gs in sorted(by_pred.items()):
        if len(gs) > 1:
            lines.append(f"merged in {p}: {', '.join(sorted(gs))}")
    for g, ps in sorted(by_gold.items()):
        if len(ps) > 1:
            lines.append(f"split {g}: {len(ps)} events")
    return lines


def explain(name: str, evidence: Sequence, linker, pred: Mapping[str, str], gold: Mapping[str, str],
            gold_sl: Mapping[str, str]) -> list[str]:
    """Every gold event the linker split and every predicted event mixing gold events, article by
    article in publication order: date, id, title, the event it went to and the similarities the
    linker saw when it arrived.

    Per article: ``->eN`` the predicted event (``new`` when it opened one, ``+fold eM`` for events
    it folded in, ``dup`` for a near-copy); ``best`` its highest similarity to any active event and
    which; ``mates`` its similarity to the events that then held earlier articles of its own gold
    event (``*`` = proposed by the index, the only events the linker scores; otherwise never
    scored; ``e5/f12`` is a fragment that was folded into e5 later); for an article that opened an event, ``story`` the storyline it went to and its best
    storyline similarity. Similarities are the mixed term/entity cosines against event centroids.
    """
    steps = linker.trace
    title = {e.id: (e.doc.title or "").strip() for e in evidence}
    roots = sorted({linker._root(g) for g in linker.event_of.values()})
    label = {g: f"e{i + 1}" for i, g in enumerate(roots)}
    sl_label = {s: f"s{i + 1}" for i, s in enumerate(sorted(set(linker.result().storyline_of_event.values())))}

    def final(gid: int) -> str:
        """The event's id in the result; a fragment folded later shows as ``e5/f12`` (gid 12)."""
        root = linker._root(gid)
        return label.get(root, "?") + ("" if root == gid else f"/f{gid}")

    # Replay the run: which event each earlier article was in at the moment of each step.
    now: dict[str, int] = {}
    merged: dict[int, int] = {}
    lines_of: dict[str, str] = {}

    def at(gid: int) -> int:
        while gid in merged:
            gid = merged[gid]
        return gid

    for st in steps:
        mates = [a for a in now if gold.get(a) == gold.get(st.id)]
        mate_events = sorted({at(now[a]) for a in mates})
        parts = [f"->{final(st.event)}"]
        if st.duplicate_of:
            parts.append(f"dup of {st.duplicate_of}")
        elif st.new:
            parts.append("new")
        if st.folded:
            parts.append("+fold " + ",".join(final(g) for g in st.folded))
        if st.scores:
            bg = max(st.scores, key=lambda g: (st.scores[g], -g))
            parts.append(f"best {st.scores[bg]:.3f} ({final(bg)}{'*' if bg in st.candidates else ''})")
        if mate_events and not st.duplicate_of:
            ms = ", ".join(f"{final(g)}{'*' if g in st.candidates else ''} {st.scores.get(g, float('nan')):.3f}"
                           for g in mate_events)
            parts.append(f"mates {ms}")
        if st.storyline is not None:
            sbest = max(st.story_scores.values(), default=0.0)
            parts.append(f"story {sl_label.get(st.storyline, '?')} (best {sbest:.3f})")
        d = st.date.isoformat() if st.date else "?"
        lines_of[st.id] = f"{d} {st.id} [{gold.get(st.id, '?')}] {'; '.join(parts)} | {title.get(st.id, '')[:90]}"
        now[st.id] = st.event
        for g in st.folded:
            merged[g] = st.event
    order = [st.id for st in steps]
    by_gold: dict[str, list[str]] = defaultdict(list)
    by_pred: dict[str, list[str]] = defaultdict(list)
    for a in order:
        if a in gold:
            by_gold[gold[a]].append(a)
            by_pred[pred.get(a, a)].append(a)
    out = [f"== {name}: article lines are  date id [gold event] ->predicted event; similarities | title"]
    for g, arts in sorted(by_gold.items(), key=lambda kv: order.index(kv[1][0])):
        ps = sorted({pred.get(a, a) for a in arts})
        if len(ps) > 1:
            out.append(f"-- split gold {g} ({len(arts)} articles, storyline {gold_sl.get(arts[0])}) "
                       f"over {len(ps)} predicted events {', '.join(ps)}")
            out.extend(f"   {lines_of[a]}" for a in arts)
    for p, arts in sorted(by_pred.items(), key=lambda kv: order.index(kv[1][0])):
        gs = sorted({gold[a] for a in arts})
        if len(gs) > 1:
            out.append(f"-- mixed predicted {p} ({len(arts)} articles) holds {len(gs)} gold events {', '.join(gs)}")
            out.extend(f"   {lines_of[a]}" for a in arts)
    return out


# ----------------------------------------------------------------------------- pair signals

PAIR_SIGNALS = ("body", "headline", "lead", "entities", "rare terms", "closeness")
# A shared term counts as window-rare when at most this many articles of the window hold it.
RARE_DF = 2


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """ROC AUC (Mann-Whitney, ties count half): the chance a random positive outranks a random
    negative. 0.5 when either class is empty."""
    pos = sum(1 for y in labels if y)
    neg = len(labels) - pos
    if not pos or not neg:
        return 0.5
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank_sum = 0.0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        mid = (i + j) / 2 + 1  # average 1-based rank of the tied run
        rank_sum += mid * sum(1 for k in order[i:j + 1] if labels[k])
        i = j + 1
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def pair_signals(evidence: Sequence, gold: Mapping[str, str], embed: bool = False,
                 ) -> tuple[list[list[float]], list[int]]:
    """Signals of every pair of labelled, non-duplicate articles at most ``EVENT_WINDOW_DAYS``
    apart (in :data:`PAIR_SIGNALS` order, then the encoder cosine of title + lead when ``embed``)
    and whether the gold puts the pair in one event.

    Cosines use sublinear tf x IDF over the run with the linker's ``PRIOR_DOCS`` (titles count
    ``TITLE_WEIGHT`` times in ``body``, as in the linker); ``entities`` is the Jaccard of the
    linker's entity keys; ``rare terms`` counts shared terms held by at most ``RARE_DF`` articles
    of the window that ends at the later article (a document-frequency-aware key-term match);
    ``closeness`` is minus the gap in days. Quadratic in the window: a diagnostic, not the linker.
    """
    import math

    from kliping.link.aliases import collect_mentions
    from kliping.link.dedup import find_duplicates, jaccard, publication_order, published_date
    from kliping.link.events import TITLE_WEIGHT, term_counts
    from kliping.link.stream import EVENT_WINDOW_DAYS, PRIOR_DOCS

    order = publication_order(evidence)
    dups = find_duplicates(evidence)
    mentions = collect_mentions(evidence, order)
    idx = [i for i in order if evidence[i].id in gold and evidence[i].id not in dups
           and published_date(evidence[i]) is not None]
    counts = []
    for i in idx:
        doc = evidence[i].doc
        title = term_counts(doc.title or "")
        body = term_counts(doc.text) + term_counts(doc.title or "", TITLE_WEIGHT)
        lead = term_counts(doc.sentences[0].text) if doc.sentences else Counter()
        counts.append((body, title, lead))
    df: Counter[str] = Counter()
    for body, _t, _l in counts:
        df.update(body.keys())
    total = math.log(len(idx) + PRIOR_DOCS)

    def unit(c: Mapping[str, int]) -> dict[str, float]:
        w = {k: (1 + math.log(n)) * (total - math.log(df[k] + 1)) for k, n in c.items() if n > 0}
        norm = math.sqrt(sum(x * x for x in w.values()))
        return {k: x / norm for k, x in w.items()} if norm > 0 else {}

    def cos(a: dict[str, float], b: dict[str, float]) -> float:
        return sum(a[k] * b[k] for k in a.keys() & b.keys())

    vecs = [tuple(unit(c) for c in cs) for cs in counts]
    days = [published_date(evidence[i]).toordinal() for i in idx]  # type: ignore[union-attr]
    ents = [set(mentions.article_names(i)) for i in idx]
    terms = [set(c[0]) for c in counts]
    enc = None
    if embed and idx:
        from kliping.link.events import embed_matrix, embed_text

        enc = embed_matrix([embed_text(evidence[i]) for i in idx])
    rows: list[list[float]] = []
    labels: list[int] = []
    for b in range(len(idx)):
        window = [a for a in range(b + 1) if days[b] - days[a] <= EVENT_WINDOW_DAYS]
        wdf: Counter[str] = Counter()
        for a in window:
            wdf.update(terms[a])
        for a in window[:-1]:
            shared_ents = jaccard(ents[a], ents[b])
            rare = sum(1 for t in terms[a] & terms[b] if wdf[t] <= RARE_DF)
            rows.append([cos(vecs[a][0], vecs[b][0]), cos(vecs[a][1], vecs[b][1]), cos(vecs[a][2], vecs[b][2]),
                         shared_ents, float(rare), float(days[a] - days[b])])
            if enc is not None:
                rows[-1].append(float(enc[a] @ enc[b]))
            labels.append(int(gold[evidence[idx[a]].id] == gold[evidence[idx[b]].id]))
    return rows, labels


def pair_report(name: str, evidence: Sequence, gold: Mapping[str, str], embed: bool = False) -> list[str]:
    """One line per signal: ROC AUC of same-event vs other pairs (``--pairs``; ``--embed`` adds
    the encoder)."""
    rows, labels = pair_signals(evidence, gold, embed)
    same = sum(labels)
    from kliping.link.stream import EVENT_WINDOW_DAYS

    out = [f"{name} pairs at most {EVENT_WINDOW_DAYS} days apart: {same} same-event, {len(labels) - same} other"]
    for j, sig in enumerate(PAIR_SIGNALS + (("encoder",) if embed else ())):
        out.append(f"  {sig:10s} ROC AUC {auc([r[j] for r in rows], labels):.3f}")
    return out


def evaluate(name: str, articles: Path, gold_path: Path, dup_path: Path | None, errors: bool,
             embed: bool = False, explain_errors: bool = False, by: str | None = None,
             pairs: bool = False) -> list[list[object]]:
    gold_ev, gold_sl = load_gold(gold_path)
    evidence = load_evidence(articles)
    trace: list | None = [] if explain_errors else None
    ev, sl, dups = predict(evidence, embed=embed, trace=trace)
    rows = [score_rows(f"{name} events", ev, gold_ev), score_rows(f"{name} storylines", sl, gold_sl)]
    if by:
        try:
            group_of = field_values(articles, by)
        except ValueError as exc:
            print(f"kliping eval events: {exc}")
            group_of = {}
        runs = len(set(group_of.values()))
        if runs:
            bev, bsl = predict_by(evidence, group_of, embed=embed)
            # The gold restricted to each run: an event filed under two subjects is two gold events.
            gev = {a: f"{group_of[a]}\x00{g}" for a, g in gold_ev.items() if a in bev}
            gsl = {a: f"{group_of[a]}\x00{g}" for a, g in gold_sl.items() if a in bsl}
            rows.append(score_rows(f"{name} per {by} ({runs} runs) events", bev, gev))
            rows.append(score_rows(f"{name} per {by} ({runs} runs) storylines", bsl, gsl))
            if errors:
                for line in _errors(bev, gev):
                    print(f"  {name} per {by}: {line.replace(chr(0), '/')}")
        else:
            print(f"kliping eval events: no article of {articles} has the field {by!r}")
    if errors:
        for line in _errors(ev, gold_ev):
            print(f"  {name}: {line}")
    if trace:
        for line in explain(name, evidence, trace[0], ev, gold_ev, gold_sl):
            print(line)
    if pairs:
        for line in pair_report(name, evidence, gold_ev, embed):
            print(line)
    if dup_path is not None and dup_path.is_file():
        labels = load_duplicates(dup_path)
        proposed = [frozenset((a, b)) for a, b in dups.items()]
        known = [p for p in proposed if p in labels]
        good = sum(labels[p] for p in known)
        missed = [p for p, is_dup in labels.items() if is_dup and p not in set(proposed)]
        prec = good / len(known) if known else 0.0
        print(f"{name} near-duplicates: {len(proposed)} proposed, {len(known)} labelled, "
              f"precision {prec:.3f}, labelled duplicates missed {len(missed)}")
        for p in proposed:
            if p not in labels:
                print(f"  unlabelled proposed pair: {' '.join(sorted(p))}")
    return rows


HEADER = ["set", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1", "gold", "pred"]


def run(args: argparse.Namespace) -> int:
    jobs: list[tuple[str, Path, Path, Path | None, str | None]] = []
    by = getattr(args, "by", None)
    if args.gold or args.articles:
        if not (args.gold and args.articles):
            print("kliping: --gold and --articles go together")
            return 2
        jobs.append((args.gold.stem, args.articles, args.gold, args.duplicates, by))
    else:
        detik = args.detik or SHARED_NEWS / "detik-dev.jsonl"
        kompas = args.kompas or SHARED_NEWS / "kompas-oil-dev.jsonl"
        for name, path in (("detik-dev", detik), ("kompas-oil-dev", kompas)):
            if not path.is_file():
                print(f"kliping eval events: {path} is absent; skipping {name}")
                continue
            dup = DEVSETS / "duplicates-detik.tsv" if name == "detik-dev" else None
            # detik-dev was collected by keyword: its topics are ~20-article single-subject piles.
            jobs.append((name, path, DEVSETS / f"{name}.tsv", dup, by or ("topic" if name == "detik-dev" else None)))
    rows: list[list[object]] = []
    for name, articles, gold, dup, by_field in jobs:
        if not gold.is_file():
            print(f"kliping eval events: gold file {gold} is absent; skipping {name}")
            continue
        rows.extend(evaluate(name, articles, gold, dup, args.errors, args.embed, getattr(args, "explain", False),
                             by_field, getattr(args, "pairs", False)))
    if rows:
        print(format_table(HEADER, rows))
    return 0
