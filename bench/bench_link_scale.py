"""Scale benchmark of the streaming linker (issue 7): 100k and 200k synthetic articles.

Links already-extracted features (``bench/synthetic.py``: token and entity bags with dates and known
events) with the same engine ``kliping.link.link`` uses, and prints for each size: seconds,
articles/s, peak traced memory (with ``--memory``), the peak number of active events (what the window keeps in memory),
BCubed P/R/F1 against the known events, and the 200k/100k time ratio (target <= 2.2; 100k target
<= 60 s). CPU seconds are printed too: on a machine shared with other jobs the wall clock measures
the neighbours as much as the linker. Generation time is excluded; the two runs span 100 and 200 days, so the articles per day
and thus the window's contents are the same, as in a real feed that simply runs longer.

    python bench/bench_link_scale.py            # 100k and 200k
    python bench/bench_link_scale.py --sizes 20000 40000
    python bench/bench_link_scale.py --repeat 3  # the fastest of three runs per size

Each run is made in a fresh interpreter (a child process of this script), so no run inherits the
heap of an earlier one: in one process, the 200k run took 82.6 s CPU after two 100k runs and 77.8 s
when it ran first (same engine, same idle machine); the 200k:100k ratio was 2.24 and 2.22. ``--in-process`` runs them all in this process as before. The ratio of the last tenth's
cost per article (200k run over 100k run) shows whether an article costs more the longer the
stream runs; it is ~1.0 when time grows linearly once the windows are full.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kliping.eval.events import bcubed
from kliping.link.stream import StreamLinker
from synthetic import generate

ARTICLES_PER_DAY = 1000


def run(n: int, trace: bool, params: dict[str, float] | None = None) -> dict[str, float]:
    feats, truth = generate(n, max(1, n // ARTICLES_PER_DAY))
    gc.collect()
    # The pre-generated input stands for a feed that, in a real stream, is read as it goes: keep the
    # cyclic GC from re-walking 100k-200k resident input objects (a cost that grows with the size
    # of the *input list*, not with the linker's window).
    gc.freeze()
    if trace:
        tracemalloc.start()
    t0, c0 = time.perf_counter(), time.process_time()
    linker = StreamLinker(**(params or {}))  # type: ignore[arg-type]
    tail = n - max(1, n // 10)  # the last tenth, timed on its own: the cost per article once the windows are full
    c_tail = c0
    for i, f in enumerate(feats):
        if i == tail:
            c_tail = time.process_time()
        linker.add(f)
    secs = time.perf_counter() - t0
    cpu = time.process_time() - c0
    tail_us = (time.process_time() - c_tail) / max(1, n - tail) * 1e6
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.stop()
    gc.unfreeze()
    res = linker.result()
    pred = {a: str(g) for a, g in res.event_of.items()}
    gold = {a: str(e) for a, e in truth.event.items()}
    p, r, f1 = bcubed(pred, gold)
    return {"n": n, "secs": secs, "cpu": cpu, "tail_us": tail_us, "rate": n / secs, "peak_mb": peak / 2**20, "active": res.peak_active_events,
            "events": len(set(res.event_of.values())), "gold": len(set(gold.values())), "p": p, "r": r, "f1": f1}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000])
    ap.add_argument("--fact-weight", type=float, default=None,
                    help="FACT_WEIGHT for this run (0: the linker without the fact channel)")
    ap.add_argument("--pull-count", type=int, default=None,
                    help="PULL_COUNT for this run (0: the linker without pulling lone reports in)")
    ap.add_argument("--memory", action="store_true", help="also trace peak memory (slows the run ~2x)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per size; the fastest is reported (on a shared machine the slower runs "
                         "measure the neighbours: the 200k/100k ratio of single runs moved 1.9-2.5 "
                         "for the same code)")
    ap.add_argument("--in-process", action="store_true",
                    help="run every size in this process (by default each run gets a fresh interpreter)")
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)  # one run, JSON on stdout
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    params: dict[str, float] = {} if args.fact_weight is None else {"fact_weight": args.fact_weight}
    if args.pull_count is not None:
        params["pull_count"] = args.pull_count
    if args.child is not None:
        print(json.dumps(run(args.child, trace=args.trace, params=params)))
        return 0

    def one(n: int, trace: bool) -> dict[str, float]:
        if args.in_process:
            return run(n, trace=trace, params=params)
        cmd = [sys.executable, __file__, "--child", str(n), *(["--trace"] if trace else [])]
        cmd += [] if args.fact_weight is None else ["--fact-weight", str(args.fact_weight)]
        cmd += [] if args.pull_count is None else ["--pull-count", str(args.pull_count)]
        out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout  # errors shown
        return json.loads(out.strip().splitlines()[-1])

    # Repeats are interleaved (100k, 200k, 100k, 200k, ...), so a neighbour that slows the machine
    # for a few minutes weighs on both sizes rather than on one.
    runs: dict[int, list[dict[str, float]]] = {n: [] for n in args.sizes}
    for _ in range(max(1, args.repeat)):
        for n in args.sizes:
            runs[n].append(one(n, trace=False))
    results = []
    for n in args.sizes:
        r = min(runs[n], key=lambda x: x["cpu"])
        if args.memory:
            r["peak_mb"] = one(n, trace=True)["peak_mb"]
        results.append(r)
        memory = f"peak traced memory {r['peak_mb']:.0f} MB" if args.memory else "peak memory not traced (--memory)"
        print(f"{n:>7} articles: {r['secs']:.1f} s ({r['cpu']:.1f} s CPU), {r['rate']:.0f} articles/s, {memory}, "
              f"peak active events {r['active']}, events {r['events']} (gold {r['gold']}), "
              f"BCubed P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}, last tenth {r['tail_us']:.0f} us/article CPU",
              flush=True)
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(f"time ratio {b['n']}/{a['n']}: {b['secs'] / a['secs']:.2f}, CPU time ratio "
              f"{b['cpu'] / a['cpu']:.2f} (size ratio {b['n'] / a['n']:.1f}); cost per article of the last tenth "
              f"{b['tail_us'] / a['tail_us']:.2f}x")
        if args.repeat > 1:
            # In run order (not sorted): a ratio that always rises with the repeat would show here.
            pairs = [y["cpu"] / x["cpu"] for x, y in zip(runs[a["n"]], runs[b["n"]], strict=True)]
            print("CPU seconds of each run, in run order: "
                  + "; ".join(f"{n}: " + " ".join(f"{x['cpu']:.1f}" for x in runs[n]) for n in args.sizes))
            print("CPU time ratio of each repeat, in run order: " + " ".join(f"{x:.2f}" for x in pairs)
                  + f" (median {statistics.median(pairs):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
