"""A per-word entity-type prior predicted from pre-trained word vectors (a learned soft gazetteer).

Why: most NERGrit errors are missed entities whose words the training sets never show. A word's
USE v3 encoder vector (``scripts/ner_clusters_use.py --save-vectors``) carries what large
multilingual data knows about it (``Mangeshkar`` looks like a name, ``Leatherhead`` like a town).
A logistic regression from the vector to the word's majority tag in the cased training splits
(O / PER / ORG / PLACE) turns that into one symbol per word type, also for words never seen in
training. Words of the training splits get their value from a model that did not see them
(5-fold cross-fitting), so the CRF cannot learn to trust a prior that merely repeats the label.

Output, in the cluster-table format read as the second table by ``ner_features``
(``word<TAB>class<TAB>class+confidence<TAB>top-two``).

    python scripts/ner_type_prior.py --vectors V.npy --words W.tsv --out T.tsv
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CLASSES = ("O", "PER", "ORG", "PLACE")


def word_labels() -> dict[str, str]:
    """Lower-cased word -> majority type of its tokens in the cased model's training splits."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_ner import CASED_CORPORA, load_corpus

    votes: dict[str, Counter] = defaultdict(Counter)
    for toks, tags in load_corpus("train", False, CASED_CORPORA):
        for w, t in zip(toks, tags, strict=True):
            typ = t[2:] if t != "O" else "O"
            votes[w.lower()][typ if typ in CLASSES else "O"] += 1
    return {w: c.most_common(1)[0][0] for w, c in votes.items()}


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vectors", type=Path, required=True, help=".npy from ner_clusters_use.py --save-vectors")
    ap.add_argument("--words", type=Path, required=True, help="the cluster table written with those vectors")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    with open(args.words, encoding="utf-8", newline="\n") as f:
        words = [line.split("\t", 1)[0] for line in f.readlines()[2:]]  # after the two header lines
    vec = normalize(np.load(args.vectors))
    assert len(words) == len(vec), "vectors and words differ"
    labels = word_labels()
    index = {w: i for i, w in enumerate(words)}
    train_ids = np.array([index[w] for w in sorted(labels) if w in index])
    y = np.array([CLASSES.index(labels[words[i]]) for i in train_ids])
    print(f"{len(train_ids)} labelled word types of {len(words)}: {Counter(CLASSES[k] for k in y)}")

    def fit(ids: np.ndarray, ys: np.ndarray) -> LogisticRegression:
        return LogisticRegression(C=4.0, max_iter=500, class_weight="balanced").fit(vec[ids], ys)

    prob = fit(train_ids, y).predict_proba(vec)
    rng = np.random.default_rng(0)
    fold = rng.integers(0, args.folds, len(train_ids))
    correct = 0
    for k in range(args.folds):
        held = fold == k
        p = fit(train_ids[~held], y[~held]).predict_proba(vec[train_ids[held]])
        prob[train_ids[held]] = p
        correct += int((p.argmax(1) == y[held]).sum())
    print(f"cross-fitted accuracy on labelled types {correct / len(train_ids):.3f}")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Entity-type prior per word: logistic regression from USE v3 encoder vectors to the majority "
                "tag in the NERGrit/idner-news-2k train splits (cross-fitted), by scripts/ner_type_prior.py.\n")
        f.write("# Columns: word<TAB>class<TAB>class+confidence<TAB>top-two classes\n")
        for i, w in enumerate(words):
            if w.startswith("#"):  # would read as a comment (hashtags)
                continue
            order = np.argsort(-prob[i])
            top, p = CLASSES[order[0]], prob[i, order[0]]
            conf = "h" if p >= 0.8 else "m" if p >= 0.55 else "l"
            f.write(f"{w}\t{top}\t{top}{conf}\t{top}+{CLASSES[order[1]]}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
