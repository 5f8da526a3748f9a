"""What facts do two reports of one event share, and what do the linker's split pairs share?

Over the cached dev-set evidence of ``scripts/events_tune.py`` (run it once first), with the fact
keys the linker sees (:func:`kliping.link.events.article_facts`; entity keys as ``e:``):

1. for every pair of articles at most 5 days apart (near-copies left out), the share of same-event
   and of different-event pairs that have at least one key of each kind in common;
2. for every pair of one gold event that the shipped linker puts in different events, the keys
   they share and how many articles of the set state each (the document frequency the window IDF
   discounts).

    python scripts/events_facts.py [--cache /tmp/kliping-events-tune.pkl]
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path

from kliping.eval.events import DEVSETS, load_gold
from kliping.link.dedup import published_date
from kliping.link.events import article_facts, cluster

KINDS = {"t": "quote run", "q": "figure+unit", "n": "counted figure", "d": "named day", "p": "publication day",
         "s": "speaker", "e": "entity"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kliping-events-tune.pkl")
    ap.add_argument("--gold", type=Path, default=DEVSETS)
    args = ap.parse_args()
    with open(args.cache, "rb") as fh:
        data = pickle.load(fh)
    for name, (evidence, order, names, dups) in data.items():
        gold, _sl = load_gold(args.gold / f"{name}.tsv")
        facts = [article_facts(ev) | {"e:" + n for n in names[i] if n} for i, ev in enumerate(evidence)]
        dates = [published_date(ev) for ev in evidence]
        same: Counter[str] = Counter()
        other: Counter[str] = Counter()
        n_same = n_other = 0
        for i, j in itertools.combinations(range(len(evidence)), 2):
            if evidence[i].id in dups or evidence[j].id in dups or dates[i] is None or dates[j] is None:
                continue
            if abs((dates[i] - dates[j]).days) > 5:
                continue
            kinds = {k[:1] for k in facts[i] & facts[j]}
            if gold[evidence[i].id] == gold[evidence[j].id]:
                n_same += 1
                same.update(kinds)
            else:
                n_other += 1
                other.update(kinds)
        print(f"== {name}: {n_same} same-event and {n_other} other pairs at most 5 days apart; share with a common key")
        for k, label in KINDS.items():
            print(f"  {label:16s} same {same[k] / max(1, n_same):6.1%}  other {other[k] / max(1, n_other):6.2%}")
        events, _stories = cluster(evidence, order, names, dups)
        pred = {i: g for g, members in enumerate(events) for i in members}
        df = Counter(k for f in facts for k in f)
        print("  split pairs (same gold event, different predicted events): shared keys (document frequency)")
        for i, j in itertools.combinations(range(len(evidence)), 2):
            a, b = evidence[i].id, evidence[j].id
            if a in dups or b in dups or gold[a] != gold[b] or pred[i] == pred[j]:
                continue
            shared = facts[i] & facts[j]
            runs = sum(1 for k in shared if k.startswith("t:"))
            keys = ", ".join(f"{k} ({df[k]})" for k in sorted(shared) if not k.startswith(("t:", "e:")))
            ents = len([k for k in shared if k.startswith("e:")])
            print(f"  {a} {b} [{gold[a]}]: {runs} quote runs, {ents} entities; {keys or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
