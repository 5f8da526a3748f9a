"""Benchmark one long, odd article: does its cost grow linearly with its length?

A scraped file can hold one article that is a single paragraph thousands of sentences long (a
feed's concatenated items, a transcript, a table flattened to text). Steps that compare every
mention, quote or amount with every other one then grow with the square of the length and hold up
the whole run. For each shape below the benchmark builds one article of N and of 2N repeats of a
short unit (our own Indonesian text), runs clean -> extract -> link -> synthesize on it, and prints
the seconds and the 2N:N ratio, measured in the same run: about 2 is linear, about 4 quadratic.
The spaCy ``blank("id")`` tokenisation of the same text is printed as a machine-independent
yardstick. Run::

    python bench/bench_long_article.py              # N = 400
    python bench/bench_long_article.py --n 1000     # longer articles
    python bench/bench_long_article.py --shape amounts
"""

from __future__ import annotations

import argparse
import time

SHAPES = {
    "quotes": '"Kami siap," kata Budi. ',
    "amounts": "Rp 1.000 miliar 25 persen 3,5 ton ",
    "dates": "Senin (3/3/2025) Selasa 4 Maret 2025 kemarin besok pekan lalu ",
    "names": "Budi Santoso bertemu Siti Aminah dan Joko Susilo di Kota Contoh. ",
}


def _run(text: str) -> float:
    from kliping.extract import extract
    from kliping.ingest import clean
    from kliping.link import link
    from kliping.model import Article
    from kliping.synth import synthesize

    t = time.perf_counter()
    art = Article(id="panjang", input="bench:panjang", text=text, title="Uji artikel panjang", published="2025-03-06")
    synthesize(link([extract(clean(art))]))
    return time.perf_counter() - t


def main() -> None:
    import spacy

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="repeats of the unit in the shorter article")
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append", help="only these shapes")
    args = parser.parse_args()
    nlp = spacy.blank("id")
    _run("Artikel pemanasan. " + SHAPES["quotes"] * 3)  # imports and model loading out of the timings
    print(f"{'shape':<8} {'N':>6} {'s (N)':>8} {'s (2N)':>8} {'2N:N':>6} {'x tokenise (2N)':>16}")
    for shape in args.shape or list(SHAPES):
        unit = SHAPES[shape]
        short, long = unit * args.n, unit * (2 * args.n)
        t1, t2 = _run(short), _run(long)
        t = time.perf_counter()
        nlp.make_doc(long)
        tok = time.perf_counter() - t
        print(f"{shape:<8} {args.n:>6} {t1:8.2f} {t2:8.2f} {t2 / t1:6.2f} {t2 / tok:16.0f}")


if __name__ == "__main__":
    main()
