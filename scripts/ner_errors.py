"""Classify the NER errors on a dev/valid gold file: type, boundary, missed, spurious.

Why: an exact-span F1 hides what kind of error dominates. A gold entity the tagger did not get
exactly is a *type* error (same span, other type), a *boundary* error (an overlapping prediction
with another span; split further into prediction too long / too short / shifted) or *missed* (no
overlap); a wrong prediction with no overlapping gold entity is *spurious*. Use it on dev and valid
splits only (docs/ner.md: never read held-out errors).

    python scripts/ner_errors.py GOLD.conll [--examples N] [--model-dir DIR [--extra-clusters T]]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--examples", type=int, default=0, help="print up to N examples per error class")
    ap.add_argument("--model-dir", type=Path, default=None)
    ap.add_argument("--profile", default="corpus")
    ap.add_argument("--clusters", type=Path, default=None, help="as in train_ner.py (must match the model)")
    ap.add_argument("--extra-clusters", type=Path, default=None, help="as in train_ner.py")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    if args.clusters or args.extra_clusters:
        sys.path.insert(0, str(ROOT / "scripts"))
        from train_ner import use_tables

        use_tables(args.clusters, args.extra_clusters)
    from kliping.extract.entities import GOLD_MAP, gold_convention, read_conll
    from kliping.extract.entities import model as ner_model
    from kliping.extract.entities.conll import _entities, _tag_sentences

    if args.model_dir:
        ner_model.CASED_MODEL = args.model_dir / "ner_id.crfsuite"
        ner_model.CASELESS_MODEL = args.model_dir / "ner_id_caseless.crfsuite"
        ner_model.CONVENTION_MODELS = {"news": args.model_dir / "ner_id_news.crfsuite"}
        ner_model._tagger.cache_clear()
    gold = read_conll(args.gold)
    conv = gold_convention({t for _, tags in gold for t in tags})
    pred = _tag_sentences([w for w, _ in gold], args.profile, conv)
    gmap = dict(GOLD_MAP)
    gmap["LOC"] = "PLACE"
    pmap = {"PER": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "EVENT": "EVENT"}
    counts: Counter = Counter()
    examples: dict[str, list[str]] = {}

    def note(kind: str, text: str) -> None:
        counts[kind] += 1
        examples.setdefault(kind, []).append(text)

    for (words, gtags), ptags in zip(gold, pred, strict=True):
        g = _entities(gtags, gmap)
        gtypes = {e[2] for e in g} | {"PER", "ORG", "PLACE"}
        p = {e for e in _entities(ptags, pmap) if e[2] in gtypes}

        def show(e: tuple[int, int, str], words: list[str] = words) -> str:
            a, b, t = e
            return " ".join(words[max(0, a - 3):a]) + " [" + " ".join(words[a:b]) + "]" + t + " " + " ".join(
                words[b:b + 3])

        for e in g - p:
            over = [q for q in p if q[0] < e[1] and e[0] < q[1]]
            if any(q[:2] == e[:2] for q in over):
                q = next(q for q in over if q[:2] == e[:2])
                note(f"type {e[2]}->{q[2]}", show(e))
            elif over:
                q = over[0]
                kind = ("too long" if q[0] <= e[0] and q[1] >= e[1] else
                        "too short" if q[0] >= e[0] and q[1] <= e[1] else "shifted")
                note(f"boundary {e[2]} ({kind})", show(e) + "  || pred " + show(q))
            else:
                note(f"missed {e[2]}", show(e))
        for q in p - g:
            if not any(e[0] < q[1] and q[0] < e[1] for e in g):
                note(f"spurious {q[2]}", show(q))
    n_gold = sum(len(_entities(t, gmap)) for _, t in gold)
    print(f"{args.gold}: {n_gold} gold entities, {sum(counts.values())} error events")
    for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4d}  {kind}")
        for ex in examples[kind][:args.examples]:
            print(f"          {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
