"""Learn word clusters for the NER tagger from unlabelled Indonesian text (no labels used).

Why: the training sets are small (about 240k tokens), so most names and many context words are seen
once or never. A cluster id groups words that occur in similar contexts (``kata``/``ujar``/``ucap``;
city names; Korean given names), which lets the CRF generalise from a seen word to an unseen one.
This is the classic Brown-cluster trick, done here with k-means over PPMI-SVD word vectors because
that needs only numpy/scikit-learn and runs in about a minute.

Input (all lower-cased, tokens only, labels ignored):

- ``../shared/data/pos/nlp-id-postag.txt`` (nlp-id POS corpus, MIT licence);
- the *train* splits of NERGrit, NERP (IndoNLU, Apache-2.0) and idner-news-2k (MIT);
- with ``--news``, the article texts of ``../shared/data/news/*.jsonl`` (detik-dev, kompas-oil-dev),
  split into sentences and tokenised with kliping's NER tokenizer. Only the word->cluster table is
  written; no article text enters the project.

Output: ``src/kliping/models/ner_clusters.tsv`` = ``word<TAB>c64<TAB>c256<TAB>c1024``, words with
at least ``MIN_COUNT`` occurrences. It is a table of words and numbers, no running text.
Deterministic (fixed seeds).

    python scripts/ner_clusters.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from kliping.extract.entities import read_conll

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "kliping" / "models" / "ner_clusters.tsv"
MIN_COUNT = 3
N_CONTEXT = 3000
DIM = 100
SIZES = (64, 256, 1024)


def news_sentences() -> list[list[str]]:
    """Lower-cased NER-tokenised sentences of the unlabelled news articles (``--news``)."""
    import json

    from kliping.extract.ner_features import tokenize_ner
    from kliping.text import split_sentences

    out: list[list[str]] = []
    for path in sorted((SHARED / "news").glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                for para in text.split("\n"):
                    for s in split_sentences(para):
                        out.append([s.text[a:b].lower() for a, b in tokenize_ner(s.text)])
    return out


def sentences() -> list[list[str]]:
    """Lower-cased token lists of the unlabelled sources (first column of each CoNLL-ish file)."""
    files = [SHARED / "pos" / "nlp-id-postag.txt"] + [
        SHARED / "ner" / rel for rel in ("nergrit/train.txt", "nerp/train.txt", "idner-news-2k/train.txt")
    ]
    return [[w.lower() for w in toks] for path in files for toks, _tags in read_conll(path)]


def write_table(out: Path, comment: str, columns: list[str], words: list[str], labels: list) -> None:
    """Write a cluster table in the format ``kliping.extract.ner_features`` reads (``# `` comment
    lines, then ``word<TAB>`` one cluster id per clustering, ``labels[c][n]`` for ``words[n]``); also
    used by ``scripts/ner_clusters_use.py``. A word with a tab or newline would break its row: skipped."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# {comment}\n")
        f.write("# Columns: word (lower case)<TAB>" + "<TAB>".join(columns) + "\n")
        for n, w in enumerate(words):
            if "\t" in w or "\n" in w:
                continue
            f.write(w + "\t" + "\t".join(str(int(lab[n])) for lab in labels) + "\n")


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", action="store_true", help="also learn from ../shared/data/news (docs/ner.md)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    t0 = time.time()
    sents = sentences() + (news_sentences() if args.news else [])
    counts = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: k for k, w in enumerate(vocab)}
    ctx = {w: k for k, w in enumerate(vocab[:N_CONTEXT])}
    rows, cols = [], []
    for s in sents:
        pad = ["<s>", "<s>", *s, "</s>", "</s>"]
        for k in range(2, len(pad) - 2):
            i = index.get(pad[k])
            if i is None:
                continue
            for slot, off in enumerate((-2, -1, 1, 2)):
                c = ctx.get(pad[k + off], N_CONTEXT if pad[k + off] in ("<s>", "</s>") else None)
                if c is not None:
                    rows.append(i)
                    cols.append(slot * (N_CONTEXT + 1) + c)
    m = sparse.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                          shape=(len(vocab), 4 * (N_CONTEXT + 1)))
    m.sum_duplicates()
    # positive PMI with context-distribution smoothing (alpha 0.75)
    total = m.sum()
    wsum = np.asarray(m.sum(axis=1)).ravel()
    csum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    csum /= csum.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data * 1.0 / (wsum[coo.row] / total) / csum[coo.col] / total)
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    vec = TruncatedSVD(DIM, random_state=0).fit_transform(ppmi)
    vec = normalize(vec)
    labels = []
    for k in SIZES:
        km = MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096, max_iter=200)
        labels.append(km.fit_predict(vec))
    write_table(args.out, "Word clusters for the kliping NER tagger (k-means over PPMI-SVD vectors), made by "
                "scripts/ner_clusters.py from the nlp-id POS corpus (MIT) and the NERGrit/NERP "
                "(Apache-2.0) and idner-news-2k (MIT) train splits"
                + (", and the unlabelled ../shared/data/news article texts" if args.news else "") + ".",
                [f"c{k}" for k in SIZES], vocab, labels)
    print(f"{args.out.name}: {len(vocab)} words from {len(sents)} sentences in {time.time() - t0:.0f}s "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
