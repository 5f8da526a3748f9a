"""Scale benchmark of windowed near-duplicate detection (issue 7): 100k and 200k synthetic articles.

Feeds a synthetic article stream (1,000 articles a day, so 100k span 100 days and 200k span 200:
the window holds the same number of articles in both, as in a real feed that simply runs longer) to
:class:`kliping.link.dedup.NearDuplicateIndex`, the engine ``link()`` uses, and prints per size:

* CPU seconds spent in ``add`` (generation excluded), per 100k articles;
* the **baseline** measured in the same run over the same texts: shingle hashing + MinHash signature
  alone (the unavoidable per-article cost), and the ratio dedup / baseline;
* peak signatures held (what the window keeps in memory), candidates verified with the exact Jaccard;
* planted copies found: precision and recall of ``duplicate_of`` against the generator's truth.

and the 200k/100k time ratio of both (size ratio 2.0: linear is 2.0).

Each article: 8 paragraphs of 25-45 words drawn from a Zipf-like 50,000-word vocabulary. 4% are
copies of an article of the last 3-4 days (a headline added, one paragraph dropped, two words
changed: Jaccard ~0.75-0.85), 4% re-use one paragraph of a recent article and are otherwise new
(Jaccard ~0.1: must *not* be found).

    python bench/bench_dedup_scale.py            # 100k and 200k
    python bench/bench_dedup_scale.py --sizes 20000 40000
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kliping.link.dedup import NearDuplicateIndex, shingle_hashes

ARTICLES_PER_DAY = 1000
VOCAB = 50_000
COPY_RATE = 0.04
REUSE_RATE = 0.04
START = dt.date(2024, 1, 1)
_SYLLABLES = ["ba", "ka", "da", "la", "ma", "na", "pa", "ra", "sa", "ta", "ng", "an", "in", "un", "ke", "se",
              "ti", "ru", "lo", "ha", "gi", "wa", "ju", "ya"]


def _vocab(rng: np.random.Generator) -> list[str]:
    words: set[str] = set()
    out: list[str] = []
    while len(out) < VOCAB:
        w = "".join(_SYLLABLES[i] for i in rng.integers(0, len(_SYLLABLES), rng.integers(2, 5)))
        if w not in words:
            words.add(w)
            out.append(w)
    return out


def stream(n: int, seed: int = 7) -> Iterator[tuple[str, str, dt.date, str | None]]:
    """``(id, text, date, original id or None)`` in publication order; deterministic for a seed."""
    rng = np.random.default_rng(seed)
    vocab = _vocab(rng)
    cdf = np.cumsum(1.0 / np.arange(1, VOCAB + 1) ** 1.05)
    cdf /= cdf[-1]

    def draw(k: int) -> str:
        return " ".join(vocab[j] for j in np.searchsorted(cdf, rng.random(k)))

    recent: list[tuple[str, list[str], dt.date, str]] = []  # (id, paragraphs, date, root) of the last days
    for i in range(n):
        date = START + dt.timedelta(days=i // ARTICLES_PER_DAY)
        key = f"a{i}"
        recent = recent[-3 * ARTICLES_PER_DAY :] if len(recent) > 4 * ARTICLES_PER_DAY else recent
        u = rng.random()
        if recent and u < COPY_RATE:
            _src, paras, _d, root = recent[int(rng.integers(0, len(recent)))]
            paras = list(paras)
            del paras[int(rng.integers(1, len(paras)))]
            words = paras[1].split()
            for _ in range(2):
                words[int(rng.integers(0, len(words)))] = vocab[int(rng.integers(0, VOCAB))]
            paras[1] = " ".join(words)
            paras[0] = draw(8) + " " + paras[0]  # a new headline
            truth = root
        else:
            paras = [draw(int(rng.integers(25, 46))) for _ in range(8)]
            if recent and u < COPY_RATE + REUSE_RATE:
                paras[3] = recent[int(rng.integers(0, len(recent)))][1][3]
            truth = None
        recent.append((key, paras, date, truth or key))
        yield key, "\n".join(paras), date, truth


def run(n: int) -> dict[str, float]:
    """Both timings in one loop, article by article, in CPU seconds of this process: the machine
    may be shared, and interleaving exposes baseline and dedup to the same conditions."""
    articles = list(stream(n))  # generated once, outside both timings
    gc.collect()
    clock = time.process_time
    base = secs = 0.0
    probe = NearDuplicateIndex()
    index = NearDuplicateIndex()
    found: dict[str, str] = {}
    truth: dict[str, str] = {}
    for key, text, date, original in articles:
        if original:
            truth[key] = original
        t0 = clock()
        probe.signature(shingle_hashes(text))
        t1 = clock()
        root = index.add(key, text, date)
        secs += clock() - t1
        base += t1 - t0
        if root:
            found[key] = root
    tp = sum(1 for k, v in found.items() if truth.get(k) == v)
    return {"n": n, "secs": secs, "base": base, "peak": index.stats.peak_active,
            "cands": index.stats.candidates, "found": len(found), "planted": len(truth),
            "p": tp / len(found) if found else 1.0, "r": tp / len(truth) if truth else 1.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000])
    args = ap.parse_args()
    results = []
    for n in args.sizes:
        r = run(n)
        results.append(r)
        per = 100_000 / n
        print(f"{n:>7} articles: dedup {r['secs']:.1f} s ({r['secs'] * per:.1f} s per 100k), baseline "
              f"(shingles + MinHash only) {r['base']:.1f} s, ratio {r['secs'] / r['base']:.2f}; peak signatures "
              f"{r['peak']}, candidates verified {r['cands']}; copies found {r['found']} of {r['planted']} planted, "
              f"precision {r['p']:.3f} recall {r['r']:.3f}", flush=True)
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(f"time ratio {b['n']}/{a['n']}: dedup {b['secs'] / a['secs']:.2f}, baseline "
              f"{b['base'] / a['base']:.2f} (size ratio {b['n'] / a['n']:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
