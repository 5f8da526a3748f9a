"""Benchmark ``synthesize`` on one storyline of N articles: how its time grows with the storyline.

Synthesis runs once per story and per storyline, over all of its articles at once (summary
support, timeline grouping, figures, findings, quote alignment), so a step that compares every
article or sentence with every other grows with the square of a storyline's size. This bench makes
one event and one storyline of N articles and times ``synthesize`` at N = 50, 100, 200, 400 (linear
growth: 2.0 per doubling). The articles are real evidence, extracted and linked once, untimed:

* ``--mode copies`` (default): kompas-oil-dev's 50 oil-market reports (one real storyline), copied
  N / 50 times. Copy ``k`` gets new ids and is moved ``2k`` years later (its publication date and
  every resolved time value: the set spans 15 months, so copies never share a day), so copies are
  later reports of the same market, not near-duplicates: the same-fact tests part their dated
  sentences by day. Their undated sentences are still word for word the same, which makes this
  harder than real news (every undated fact is stated N / 50 times). All copies are Kompas's (one
  outlet), so quote alignment has no second source to compare; ``--outlets`` gives copy ``k`` an
  outlet of its own, and every copy of a quote then agrees with every other (pairs grow with N^2).
* ``--mode distinct``: the first N distinct articles of kompas-oil-dev and then detik-dev, put in
  one storyline although they are many subjects: no repeated text, fewer facts in common than a
  real storyline.
* ``--mode run``: not one storyline but a whole run growing: detik-dev as linked (485 articles,
  its stories and storylines) copied ``--sizes`` times (default 1 2 4 8), copy ``k`` re-dated as
  above. Each storyline stays as big; only the number of them grows, so anything beyond 2.0 per
  doubling is a storyline paying for the others (a scan of the whole run per story).

Time is this process's CPU time (``time.process_time``), best of ``--rounds`` runs: wall time on a
shared machine varies with the other processes. Run::

    python bench/bench_synth_scale.py                     # copies, N = 50 100 200 400
    python bench/bench_synth_scale.py --mode distinct
    python bench/bench_synth_scale.py --mode run          # detik-dev's run copied 1, 2, 4, 8 times
    python bench/bench_synth_scale.py --sizes 100 200 --profile   # top functions at the largest N
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import re
import time
from pathlib import Path

_SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
_YEAR = re.compile(r"^(\d{4})(?=-|$|W)")


def _evidence(path: Path) -> list:
    from kliping.extract import extract
    from kliping.ingest import clean, read_inputs
    from kliping.model import Problem

    return [extract(clean(a)) for a in read_inputs([path]) if not isinstance(a, Problem)]


def _later(value: str | None, years: int) -> str | None:
    """``value`` (an ISO date, month, week or year; anything else as it is) moved ``years`` later."""
    if not value or not years:
        return value
    m = _YEAR.match(value)
    if not m:
        return value
    moved = f"{int(m.group(1)) + years:04d}{value[4:]}"
    return moved.replace("-02-29", "-02-28")  # 2k years later can leave a leap year


def _copy(ev, k: int, outlets: bool = False):
    """Copy ``k`` of an article: new id, everything dated ``2k`` years later (and, with ``outlets``,
    published by an outlet of its own)."""
    years = 2 * k
    doc = dataclasses.replace(ev.doc, id=f"{ev.doc.id}~{k}", published=_later(ev.doc.published, years),
                              source=f"{ev.doc.source or 'outlet'} {k}" if outlets else ev.doc.source)
    return dataclasses.replace(
        ev,
        doc=doc,
        times=[dataclasses.replace(t, value=_later(t.value, years)) for t in ev.times],
        quantities=[dataclasses.replace(q, as_of=_later(q.as_of, years)) for q in ev.quantities],
    )


def _story(evidence: list, entities: list, name: str):
    from kliping.model import Event, Story, StorylineGroup

    ids = [ev.id for ev in evidence]
    return Story(articles=evidence, duplicate_of={}, entities=entities,
                 events=[Event(id=f"{name}-e", articles=ids)],
                 storylines=[StorylineGroup(id=f"{name}-s", events=[f"{name}-e"])])


def _run_copies(base, k: int):
    """The linked story ``base`` copied ``k`` times: ids, events and storylines renamed per copy."""
    from kliping.model import Story

    arts, dup, events, storylines = [], {}, [], []
    for c in range(k):
        arts += [_copy(ev, c) for ev in base.articles]
        dup.update({f"{a}~{c}": f"{b}~{c}" for a, b in base.duplicate_of.items()})
        events += [dataclasses.replace(e, id=f"{e.id}~{c}", articles=[f"{a}~{c}" for a in e.articles])
                   for e in base.events]
        storylines += [dataclasses.replace(s, id=f"{s.id}~{c}", events=[f"{e}~{c}" for e in s.events])
                       for s in base.storylines]
    return Story(articles=arts, duplicate_of=dup, entities=base.entities, events=events,
                 storylines=storylines, name_variants=base.name_variants)


def main() -> None:
    from kliping.link import link
    from kliping.synth import synthesize

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("copies", "distinct", "run"), default="copies")
    parser.add_argument("--sizes", type=int, nargs="+", help="N (default 50 100 200 400; run: copies, 1 2 4 8)")
    parser.add_argument("--outlets", action="store_true", help="copies: each copy from an outlet of its own")
    parser.add_argument("--rounds", type=int, default=3, help="runs per size; the fastest counts")
    parser.add_argument("--data", type=Path, default=_SHARED, help="folder of the dev sets")
    parser.add_argument("--profile", action="store_true", help="print the top functions at the largest N")
    args = parser.parse_args()

    args.sizes = args.sizes or ([1, 2, 4, 8] if args.mode == "run" else [50, 100, 200, 400])
    stories = {}
    if args.mode == "run":
        base = link(_evidence(args.data / "detik-dev.jsonl"))
        stories = {k: _run_copies(base, k) for k in args.sizes}
    kompas = _evidence(args.data / "kompas-oil-dev.jsonl") if args.mode != "run" else []
    if args.mode == "copies":
        base = link(kompas)  # entity ids of the mentions, the entities
        linked = base.articles
        for n in args.sizes:
            evs = [_copy(ev, k, args.outlets) for k in range(-(-n // len(linked))) for ev in linked][:n]
            stories[n] = _story(evs, base.entities, f"copies{n}")
    elif args.mode == "distinct":
        pool = kompas + _evidence(args.data / "detik-dev.jsonl")
        if max(args.sizes) > len(pool):
            parser.error(f"--mode distinct has {len(pool)} articles")
        for n in args.sizes:
            linked = link(pool[:n])
            stories[n] = _story(linked.articles, linked.entities, f"distinct{n}")

    print(f"mode: {args.mode}{' (an outlet per copy)' if args.outlets else ''}, best of {args.rounds} rounds, CPU seconds of synthesize")
    print(f"{'N':>5} {'sentences':>9} {'storylines':>10} {'seconds':>8} {'per doubling':>12}")
    prev = None
    for n in args.sizes:
        story = stories[n]
        best = float("inf")
        for _ in range(args.rounds):
            t = time.process_time()
            synthesize(story)
            best = min(best, time.process_time() - t)
        sentences = sum(len(ev.doc.sentences) for ev in story.articles)
        size = len(story.articles)
        ratio = "" if prev is None else f"{(best / prev[1]) ** (1 / math.log2(size / prev[0])):.2f}"
        print(f"{size:>5} {sentences:>9} {len(story.storylines):>10} {best:8.2f} {ratio:>12}")
        prev = (size, best)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(synthesize, stories[args.sizes[-1]])
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
