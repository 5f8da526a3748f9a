"""A synthetic news stream with known events, as already-extracted linking features.

``generate(n, days, seed)`` yields :class:`~kliping.link.stream.Features` in publication order:
``n`` articles over ``days`` days. Events open at a steady rate, live 1-4 days, and get a
heavy-tailed number of articles (many singletons, a few big stories), like a news feed. Each
article's bag of words mixes

* words of its event (a private vocabulary of ~25 terms, of which an article uses a random part),
* words of its storyline's subject (shared by the storyline's events, which recur within
  ``STORYLINE_SPAN_DAYS``: every stretch of the stream has the same mix of subjects, so a 100k
  and a 200k stream fill the linker's window alike),
* background words drawn from a Zipf-like distribution over a 50,000-word vocabulary,

and 2-5 entity keys, mostly from its event and storyline. The generator is deterministic for a seed,
so the benchmark's BCubed F1 against the known events is comparable across runs.

Fact keys (``Features.facts``, the linker's fact channel) come from a second random stream, so the
words and entities are the same as without them. Like real news they are evidence with noise:

* quote runs (``t:``): 60% of an event's articles quote one of its two remarks (4 of the remark's
  6 runs); 15% carry a stock phrase of their storyline (shared across its events: a spokesperson's
  line) and 10% one of 200 common phrases (shared across everything);
* figures (``q:``): 30% state a figure of their event, 40% a figure of their storyline (the daily
  price every report of the subject repeats);
* named days (``d:``): 30% name their event's day, 20% a day their storyline keeps citing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from kliping.link.stream import Features

BACKGROUND_VOCAB = 50_000
EVENT_VOCAB = 25
STORYLINE_VOCAB = 30
# A storyline's events fall within this many days (a subject recurs for weeks to a few months), so
# every stretch of the stream looks alike whatever ``n``: the linker's window holds the same mix in
# a 100k and a 200k stream (docs/linking.md, "Scale").
STORYLINE_SPAN_DAYS = 60
START = dt.date(2024, 1, 1)


@dataclass
class Truth:
    """Known event and storyline of every generated article."""

    event: dict[str, int]
    storyline: dict[str, int]


def _zipf_cdf(n: int, s: float = 1.05) -> list[float]:
    weights = [1.0 / (r**s) for r in range(1, n + 1)]
    return list(itertools.accumulate(weights))


def generate(n: int, days: int, seed: int = 7) -> tuple[list[Features], Truth]:
    """``n`` articles over ``days`` days, in publication order, with their true labels."""
    rng = random.Random(seed)
    frng = random.Random(seed * 7919 + 1)  # facts: their own stream, words and entities unchanged
    cdf = _zipf_cdf(BACKGROUND_VOCAB)
    total = cdf[-1]
    # Event sizes: heavy tail (geometric-like mixture), mean ~4 articles.
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(1 if rng.random() < 0.35 else min(60, int(rng.paretovariate(1.3)) + 1))
    sizes[-1] -= sum(sizes) - n
    n_events = len(sizes)
    n_storylines = max(1, n_events // 3)
    items: list[tuple[dt.date, int, int]] = []  # (date, event, k)
    story_of_event: list[int] = []
    # storylines per day times half the span: how far from the stretch's own storyline a pick may go
    half_span = max(1, int(n_storylines / max(1, days) * STORYLINE_SPAN_DAYS / 2))
    for e, size in enumerate(sizes):
        start_day = int(e * days / n_events)
        span = rng.randint(0, 3)
        if rng.random() < 0.5:  # one of the storylines of this stretch of days
            # (ids run half a span beyond both ends: the stream starts and stops in the middle of
            # some subjects, so its first and last weeks look like the rest)
            s = e * n_storylines // n_events + rng.randint(0, 2 * half_span)
        else:
            s = n_storylines + 2 * half_span + 1 + e  # a storyline of its own
        story_of_event.append(s)
        for k in range(size):
            items.append((START + dt.timedelta(days=start_day + rng.randint(0, span)), e, k))
    items.sort()
    feats: list[Features] = []
    truth = Truth({}, {})
    for idx, (day, e, _k) in enumerate(items):
        s = story_of_event[e]
        terms: dict[str, int] = {}
        for w in rng.sample(range(EVENT_VOCAB), 12):
            terms[f"e{e}w{w}"] = rng.randint(1, 3)
        for w in rng.sample(range(STORYLINE_VOCAB), 5):
            terms[f"s{s}w{w}"] = 1
        for _ in range(40):
            b = f"b{bisect.bisect_left(cdf, rng.random() * total)}"
            terms[b] = terms.get(b, 0) + 1
        ents = {f"e{e}p{rng.randrange(4)}" for _ in range(2)} | {f"s{s}p{rng.randrange(3)}"}
        if rng.random() < 0.5:
            ents.add(f"common{rng.randrange(50)}")
        aid = f"a{idx}"
        feats.append(Features(id=aid, date=day, terms=terms, entities=frozenset(ents), facts=_facts(frng, e, s)))
        truth.event[aid] = e
        truth.storyline[aid] = s
    return feats, truth


def _facts(rng: random.Random, e: int, s: int) -> frozenset[str]:
    """Fact keys of one article of event ``e`` in storyline ``s`` (see the module docstring)."""
    out: set[str] = set()
    if rng.random() < 0.6:
        remark = rng.randrange(2)
        out.update(f"t:e{e}r{remark}x{i}" for i in rng.sample(range(6), 4))
    if rng.random() < 0.15:
        out.update(f"t:s{s}x{i}" for i in rng.sample(range(6), 2))
    if rng.random() < 0.1:
        out.add(f"t:c{rng.randrange(200)}")
    if rng.random() < 0.3:
        out.add(f"q:e{e}f{rng.randrange(2)}")
    if rng.random() < 0.4:
        out.add(f"q:s{s}f{rng.randrange(3)}")
    if rng.random() < 0.3:
        out.add(f"d:e{e}")
    if rng.random() < 0.2:
        out.add(f"d:s{s}")
    return frozenset(out)


def stream(n: int, days: int, seed: int = 7) -> Iterator[Features]:
    feats, _truth = generate(n, days, seed)
    yield from feats
