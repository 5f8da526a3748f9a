"""Benchmark ``analyze``: articles per second, per stage, as a ratio to spaCy tokenisation.

The baseline is spaCy ``blank("id")`` tokenisation of the same cleaned texts, measured in the same
run, so the ratio is comparable across machines. Run::

    python bench/bench_analyze.py                      # bundled sample, repeated to 200 articles
    python bench/bench_analyze.py PATH... [--repeat N]  # your own articles
    python bench/bench_analyze.py PATH... --cpu         # CPU time of this process, not wall time

``--cpu`` is for a shared machine: other processes stretch wall time by whole factors, CPU time
much less (the tokenisation baseline is then CPU time too).

Repeated copies get distinct ids and a distinguishing first line so that near-duplicate detection
and the store cannot short-cut the work (no store is used at all); with copies, the named-entity
tagger also forgets the sentences it has tagged before each article. Without copies (``--repeat 1``,
or 200 articles or more) it keeps them, as ``kliping analyze`` does: detik-dev repeats a tenth of
its sentences.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

_clock = time.perf_counter


def _timed(fn, *args, **kwargs):
    t = _clock()
    result = fn(*args, **kwargs)
    return result, _clock() - t


def main() -> None:
    import spacy

    from kliping.cli.main import sample_dir
    from kliping.extract import extract
    from kliping.extract.ner_crf import forget_sentences
    from kliping.ingest import clean, read_inputs
    from kliping.link import link
    from kliping.model import Problem
    from kliping.synth import synthesize

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, help="repeat the inputs N times (default: up to 200 articles)")
    parser.add_argument("--cpu", action="store_true", help="time CPU seconds of this process (time.process_time)")
    args = parser.parse_args()
    if args.cpu:
        global _clock
        _clock = time.process_time

    paths = [Path(p) for p in args.paths] or [sample_dir()]
    base = [a for a in read_inputs(paths) if not isinstance(a, Problem)]
    repeat = args.repeat or max(1, 200 // max(1, len(base)))
    articles = []
    for r in range(repeat):
        for a in base:
            if r == 0:
                articles.append(a)
                continue
            marker = f"Salinan pengujian nomor {r} untuk artikel {a.id}.\n"
            if a.text is not None:
                articles.append(dataclasses.replace(a, id=f"{a.id}~{r}", text=marker + a.text))
            else:
                articles.append(dataclasses.replace(a, id=f"{a.id}~{r}", html=a.html.replace("<body", f"<body data-r={r}", 1)))
    n = len(articles)

    docs, t_clean = _timed(lambda: [clean(a) for a in articles])
    texts = [d.text for d in docs]
    nlp = spacy.blank("id")
    _, t_tok = _timed(lambda: [nlp.make_doc(t) for t in texts])
    def extract_all() -> list:
        if repeat == 1:
            return [extract(d) for d in docs]
        out = []
        for d in docs:
            forget_sentences()  # a copy's sentences are tagged again, not looked up
            out.append(extract(d))
        return out

    evidence, t_extract = _timed(extract_all)
    story, t_link = _timed(link, evidence)
    _, t_synth = _timed(synthesize, story)
    total = t_clean + t_extract + t_link + t_synth
    tokens = sum(len(nlp.make_doc(t)) for t in texts)

    print(f"articles: {n} ({len(base)} distinct inputs x {repeat}), tokens: {tokens}")
    print(f"{'stage':<10} {'seconds':>8} {'articles/s':>11} {'x tokenise':>11}")
    for name, t in [("tokenise", t_tok), ("clean", t_clean), ("extract", t_extract),
                    ("link", t_link), ("synth", t_synth), ("analyze", total)]:
        print(f"{name:<10} {t:8.3f} {n / t:11.1f} {t / t_tok:11.2f}")
    print(f"analyze: {n / total:.1f} articles/s, {total / t_tok:.1f}x the time of spaCy blank('id') tokenisation")


if __name__ == "__main__":
    main()
