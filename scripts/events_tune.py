"""Grid search of the streaming linker's parameters on both event dev sets at once.

Reads and extracts ``detik-dev`` and ``kompas-oil-dev`` once (the real pipeline, as ``kliping eval
events``), caches the inputs of clustering (evidence, publication order, entity names,
near-duplicates) in a pickle, then runs :func:`kliping.link.events.cluster` for every combination
of the given settings and prints event and storyline BCubed F1 of both sets, sorted by the worse of
the two event F1 (the setting must hold on both sets, not win on one).

    python scripts/events_tune.py --grid event_threshold=0.18,0.2,0.22 entity_weight=0.2
    python scripts/events_tune.py          # the shipped constants only
    python scripts/events_tune.py --grid FACT_FIGURE=0.0,1.0 FACT_DATE=0.0,1.0 fact_weight=0.05,0.1,0.2
                                           # the fact channel (kinds, weight; scripts/events_facts.py
                                           # prints which facts same-event pairs share)

Every lower-case name is a keyword of :class:`kliping.link.stream.StreamLinker`; upper-case names
set a module constant of ``link.stream`` or ``link.events`` (``ENTITY_WEIGHT``, ``TITLE_WEIGHT``,
the fact kinds ``FACT_QUOTE`` ... ``FACT_ENTITY``, ``FACT_PRIOR``, ``QUOTE_RUN``, ``QUOTE_INDIRECT``);
``true``/``false`` values are booleans. Fact keys are built per run from the cached evidence, so a
change of ``QUOTE_RUN`` takes effect without re-extracting.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
import tempfile
from pathlib import Path

from kliping.eval.events import DEVSETS, SHARED_NEWS, bcubed, load_evidence, load_gold
from kliping.link import events as events_mod
from kliping.link import stream
from kliping.link.aliases import collect_mentions
from kliping.link.dedup import find_duplicates, publication_order
from kliping.link.events import cluster

SETS = ("detik-dev", "kompas-oil-dev")


def prepare(cache: Path) -> dict[str, tuple]:
    if cache.is_file():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    data = {}
    for name in SETS:
        evidence = load_evidence(SHARED_NEWS / f"{name}.jsonl")
        order = publication_order(evidence)
        mentions = collect_mentions(evidence, order)
        names = [mentions.article_names(i) for i in range(len(evidence))]
        data[name] = (evidence, order, names, find_duplicates(evidence))
    with open(cache, "wb") as fh:
        pickle.dump(data, fh)
    return data


def score(data: dict[str, tuple], gold_dir: Path, params: dict[str, float]) -> dict[str, tuple]:
    out = {}
    for name, (evidence, order, names, dups) in data.items():
        gold_ev, gold_sl = load_gold(gold_dir / f"{name}.tsv")
        events, stories = cluster(evidence, order, names, dups, **params)
        ev = {evidence[i].id: str(g) for g, members in enumerate(events) for i in members}
        sl_of = {e: str(s) for s, members in enumerate(stories) for e in members}
        sl = {evidence[i].id: sl_of[g] for g, members in enumerate(events) for i in members}
        out[name] = (bcubed(ev, gold_ev), bcubed(sl, gold_sl), len(events))
    return out


def parse_value(v: str) -> float | bool:
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    return float(v) if "." in v else int(v)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grid", nargs="*", default=[], help="name=v1,v2,... (StreamLinker keywords)")
    ap.add_argument("--gold", type=Path, default=DEVSETS, help="folder of the gold TSVs")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kliping-events-tune.pkl",
                    help="pickle of the extracted dev sets (delete it after changing extraction)")
    args = ap.parse_args()
    data = prepare(args.cache)
    names = [g.split("=", 1)[0] for g in args.grid]
    values = [[parse_value(v) for v in g.split("=", 1)[1].split(",")] for g in args.grid]
    rows = []
    for combo in itertools.product(*values):
        params = dict(zip(names, combo, strict=True))
        kwargs = {k: v for k, v in params.items() if not k.isupper()}
        for k, v in params.items():
            if k.isupper():  # a module constant of link.stream or link.events (ENTITY_WEIGHT, TITLE_WEIGHT)
                setattr(stream if hasattr(stream, k) else events_mod, k, v)
        res = score(data, args.gold, kwargs)
        d, k = res["detik-dev"], res["kompas-oil-dev"]
        rows.append((min(d[0][2], k[0][2]), params, d, k))
        print(f"{params}  detik ev P/R/F {d[0][0]:.3f}/{d[0][1]:.3f}/{d[0][2]:.3f} sl {d[1][2]:.3f} | "
              f"kompas ev P/R/F {k[0][0]:.3f}/{k[0][1]:.3f}/{k[0][2]:.3f} sl {k[1][2]:.3f} ({k[2]} events)",
              flush=True)
    if len(rows) > 1:
        print("best by the worse event F1 of the two sets:")
        for worst, params, d, k in sorted(rows, key=lambda r: -r[0])[:10]:
            print(f"  {worst:.3f}  {params}  detik {d[0][2]:.3f}/{d[1][2]:.3f}  kompas {k[0][2]:.3f}/{k[1][2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
