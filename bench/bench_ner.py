"""Benchmark the named-entity tagger: tokens per second on one core, as a ratio to spaCy tokenisation.

The baseline is spaCy ``blank("id")`` tokenisation of the same texts, measured in the same run, so
the ratio is comparable across machines and loads (the goal is at least 20,000 tokens/s for NER).
Run::

    python bench/bench_ner.py                 # the bundled sample corpus (cleaned articles)
    python bench/bench_ner.py GOLD.conll      # a CoNLL file (tokens in the first column)
    python bench/bench_ner.py GOLD.conll --convention news   # ... with the news-convention model
    python bench/bench_ner.py FILE.jsonl      # one JSON object a line with a "text" field

Timing covers what ``extract_mentions`` does per sentence: the NER tokenizer, features, the CRF and
the rules (document consistency included for the sample). The tagger's memory of sentences it has
tagged is emptied before each document (CoNLL: each round), so repeated copies are tagged again. Models and lexicons are loaded before
timing starts. Each measurement is the best of ``--rounds`` runs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def _best(fn, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _sample_docs():
    from kliping.cli.main import sample_dir
    from kliping.ingest import clean, read_inputs
    from kliping.model import Problem

    return [clean(a) for a in read_inputs([sample_dir()]) if not isinstance(a, Problem)]


def main() -> None:
    import spacy

    from kliping.extract.entities import extract_mentions, read_conll, tag_words
    from kliping.extract.ner_crf import forget_sentences
    from kliping.extract.ner_features import tokenize_ner

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", help="CoNLL or JSONL file (default: bundled sample)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=20, help="repeat the sample this many times")
    ap.add_argument("--convention", default="general",
                    help="corpus-convention model for a CoNLL file (corpus profile), e.g. news")
    ap.add_argument("--model-dir", type=Path, help="time models from this folder (experiments)")
    ap.add_argument("--extra-clusters", type=Path, help="second cluster table the models were trained with")
    args = ap.parse_args()
    if args.model_dir:
        from kliping.extract.entities import model as ner_model

        ner_model.CASED_MODEL = args.model_dir / "ner_id.crfsuite"
        ner_model.CASELESS_MODEL = args.model_dir / "ner_id_caseless.crfsuite"
        ner_model.CONVENTION_MODELS = {"news": args.model_dir / "ner_id_news.crfsuite"}
        ner_model._tagger.cache_clear()
    if args.extra_clusters:
        from kliping.extract import ner_features as nf

        nf.EXTRA_CLUSTERS = args.extra_clusters
        nf.clear_caches()

    nlp = spacy.blank("id")
    if args.path and not args.path.endswith((".jsonl", ".json")):
        sents = [toks for toks, _ in read_conll(args.path)]
        texts = [" ".join(s) for s in sents]
        n_tokens = sum(len(s) for s in sents)
        if args.convention == "general":
            def tag(s: list[str]) -> None:
                tag_words(s)
        else:
            def tag(s: list[str]) -> None:
                tag_words(s, profile="corpus", convention=args.convention)
        tag(sents[0])  # load the model

        def ner() -> None:
            forget_sentences()  # later rounds tag the sentences again, not look them up
            for s in sents:
                tag(s)
        label = f"{Path(args.path).name}: {len(sents)} sentences"
    else:
        from kliping.model import Document
        from kliping.text import split_sentences

        if args.path:
            docs = []
            with open(args.path, encoding="utf-8") as f:
                for k, line in enumerate(f):
                    text = json.loads(line).get("text") or ""
                    if text.strip():
                        docs.append(Document(id=str(k), input=args.path, text=text, sentences=split_sentences(text)))
            repeat = 1
        else:
            docs = _sample_docs()
            repeat = args.repeat
        docs = docs * repeat
        texts = [s.text for d in docs for s in d.sentences]
        n_tokens = sum(len(tokenize_ner(t)) for t in texts)
        extract_mentions(docs[0])  # load the model

        def ner() -> None:
            for d in docs:
                forget_sentences()  # the copies are tagged, not looked up (as in the runs of the table)
                extract_mentions(d)
        label = f"{args.path or 'sample'}: {len(docs)} documents, {len(texts)} sentences"

    def tok() -> None:
        for t in texts:
            nlp.make_doc(t)

    t_tok = _best(tok, args.rounds)
    t_ner = _best(ner, args.rounds)
    print(label)
    print(f"spaCy blank('id') tokenisation: {n_tokens / t_tok:>10,.0f} tokens/s")
    print(f"kliping NER (tokens, CRF, rules): {n_tokens / t_ner:>8,.0f} tokens/s")
    print(f"ratio NER / tokenisation: {t_tok / t_ner:.3f}  (NER takes {t_ner / t_tok:.1f}x the tokenisation time)")


if __name__ == "__main__":
    main()
