"""Benchmark ``extract_times``: tagging time as a ratio to spaCy tokenisation of the same text.

The baseline is spaCy ``blank("id")`` tokenisation of the same cleaned sentences, measured in the
same run, so the ratio is comparable across machines (issue 3 target: at most 0.25). Run::

    python bench/bench_times.py                       # the bundled sample corpus
    python bench/bench_times.py PATH... [--rounds N]  # JSONL files, folders or article files

Both sides run over the same sentence texts several rounds; the best round of each counts, which
damps noise from other processes on a shared machine.
"""

from __future__ import annotations

import argparse
import time


def _best(fn, rounds: int, setup=lambda: None) -> float:
    best = float("inf")
    for _ in range(rounds):
        state = setup()
        t = time.perf_counter()
        fn(state)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    import spacy

    from kliping.cli.main import sample_dir
    from kliping.extract.times import extract_times
    from kliping.ingest import clean, read_inputs
    from kliping.model import Article

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="inputs (default: the bundled sample corpus)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    paths = args.paths or [str(sample_dir())]
    docs = [clean(a) for a in read_inputs(paths) if isinstance(a, Article)]
    texts = [s.text for d in docs for s in d.sentences]
    chars = sum(len(t) for t in texts)
    def tokenise(nlp) -> None:
        for t in texts:
            nlp.make_doc(t)

    def tag(_state) -> None:
        for d in docs:
            extract_times(d)

    # a fresh tokenizer each round: spaCy caches the analysis of every whitespace-separated
    # string it has seen, so re-tokenising the same texts would measure cache hits, not tokenising
    t_tok = _best(tokenise, args.rounds, setup=lambda: spacy.blank("id"))
    t_tag = _best(tag, args.rounds)
    warm = spacy.blank("id")
    tokenise(warm)
    t_warm = _best(tokenise, args.rounds, setup=lambda: warm)
    found = sum(len(extract_times(d)) for d in docs)
    print(f"{len(docs)} articles, {len(texts)} sentences, {chars} chars, {found} time expressions")
    print(f"spaCy blank('id') tokenisation: {t_tok * 1000:8.1f} ms")
    print(f"extract_times:                  {t_tag * 1000:8.1f} ms")
    print(f"ratio (times / tokenisation):   {t_tag / t_tok:8.3f}   (target <= 0.25)")
    print(f"tokenisation, texts seen before (spaCy's string cache warm): {t_warm * 1000:.1f} ms, "
          f"ratio {t_tag / t_warm:.3f} (a lower bound on tokenising cost, for reference)")


if __name__ == "__main__":
    main()
