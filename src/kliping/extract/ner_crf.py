"""Viterbi tagging with a crfsuite model read into arrays: crfsuite's labels, computed faster.

Why not ``pycrfsuite.Tagger.tag``: on detik-dev it cost about half of the named-entity step, almost
all of it in handing each word's ~36 feature strings over to crfsuite (encoded and looked up one
by one) and almost none in the Viterbi search. Here a word's features are looked up once per word
type (``ner_features.sentence_feature_ids``) and the sentences of a document are decoded together.

The arithmetic is crfsuite's (``crf1dt_state_score``, ``crf1dc_viterbi``), in its order, so the labels
are the same, ties included: a word's score for a label starts at 0 and adds the weight of each of
its features the model knows, in the order the features are listed (features the model does not
know add nothing in crfsuite either); at each word the best previous label is the first of the
highest ``alpha[t-1][i] + trans[i][j]``, and the last word's label the first of the highest alpha.
``tests/test_ner_crf.py`` checks the labels against pycrfsuite for every model. Marginals
(``_Sentence.person_prob``) still come from pycrfsuite.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from kliping.extract.ner_features import FEATURE_ID_CACHES, FEATURE_VERSION, sentence_feature_ids


def _cqdb_strings(data: bytes, off: int) -> list[str]:
    """The strings of the constant quark database (CQDB chunk) at ``off``, in id order."""
    if data[off:off + 4] != b"CQDB":
        raise ValueError("not a crfsuite model: CQDB chunk missing")
    _size, _flag, _order, n, bwd = struct.unpack_from("<5I", data, off + 4)
    out = []
    for k in range(n):
        (rec,) = struct.unpack_from("<I", data, off + bwd + 4 * k)
        _id, ksize = struct.unpack_from("<II", data, off + rec)
        out.append(data[off + rec + 8:off + rec + 7 + ksize].decode("utf-8"))  # ksize counts the NUL
    return out


class CRFModel:
    """A first-order crfsuite model (``lCRF``/``FOMC`` file) as a weight table and a transition matrix.

    ``weights`` has one row per attribute with a state feature, plus a last row of zeros that every
    word without a known feature reads (it scores 0, as in crfsuite).
    """

    cache_size = 200_000  # word types whose feature ids are kept, like ``ner_features._context``

    def __init__(self, path: Path) -> None:
        data = Path(path).read_bytes()
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            raise ValueError(f"{path}: not a first-order crfsuite model")
        _ver, _nf, _nl, _na, off_feat, off_labels, off_attrs, _lrefs, _arefs = struct.unpack_from("<9I", data, 12)
        self.labels: list[str] = _cqdb_strings(data, off_labels)
        attrs = _cqdb_strings(data, off_attrs)
        (n,) = struct.unpack_from("<I", data, off_feat + 8)
        feats = np.frombuffer(data, dtype=np.dtype([("type", "<i4"), ("src", "<i4"), ("dst", "<i4"), ("w", "<f8")]),
                              count=n, offset=off_feat + 12)
        L = len(self.labels)
        self.trans = np.zeros((L, L))
        state = feats[feats["type"] == 0]
        used = np.unique(state["src"])
        row = np.full(len(attrs), -1)
        row[used] = np.arange(len(used))
        self.weights = np.zeros((len(used) + 1, L))
        self.weights[row[state["src"]], state["dst"]] = state["w"]
        tr = feats[feats["type"] == 1]
        self.trans[tr["src"], tr["dst"]] = tr["w"]
        self.index: dict[str, int] = {attrs[a]: int(row[a]) for a in used}
        self.zero = len(used)
        self._rows = len(used) + 1  # rows in use: the attributes', the zeros, then sums (``_own_sum``)
        self._cache: dict[tuple[str, bool, int], tuple] = {}  # word -> its feature ids (sentence_feature_ids)
        self._tagged: dict[tuple[tuple[str, ...], bool, int], tuple[str, ...]] = {}  # sentence -> labels
        FEATURE_ID_CACHES.extend((self._cache, self._tagged))
        _LOADED.append(self)

    def tag(self, sentences: list[list[str]], caseless: bool, version: int = FEATURE_VERSION) -> list[list[str]]:
        """The crfsuite labels of each sentence (a list of words; empty sentences get ``[]``).

        A sentence tagged before (a copy's, or an outlet's boilerplate: a tenth of detik-dev's
        sentences occur more than once) is looked up, not tagged again."""
        if len(self._cache) >= self.cache_size:
            self._cache.clear()  # a long run's vocabulary keeps growing; only between batches (``_own_sum``)
        if len(self._tagged) >= self.cache_size:
            self._tagged.clear()
        keys = [(tuple(words), caseless, version) for words in sentences]
        new = list({k: None for k in keys if k not in self._tagged})
        if new:
            for k, tags in zip(new, self._decode([list(k[0]) for k in new], caseless, version), strict=True):
                self._tagged[k] = tags
        return [list(self._tagged[k]) for k in keys]

    def _decode(self, sentences: list[list[str]], caseless: bool, version: int) -> list[tuple[str, ...]]:
        rows: list[list[int]] = []
        lengths = []
        for words in sentences:
            lengths.append(len(words))
            rows += sentence_feature_ids(words, caseless, self.index, self._cache, version, self._own_sum)
        if not rows:
            return [() for _ in sentences]
        # one column of feature ids per word, padded with the row of zeros, added column by column:
        # each word's sum is 0 + w0 + w1 + ... in its features' order, crfsuite's sum to the bit
        # (numpy's one-call reductions may add in another order; adding 0 changes no sum)
        lens = np.fromiter(map(len, rows), dtype=np.intp, count=len(rows))
        cols = np.full((int(lens.max()), len(rows)), self.zero, dtype=np.intp)
        word = np.repeat(np.arange(len(rows)), lens)
        place = np.arange(len(word)) - np.repeat(np.cumsum(lens) - lens, lens)
        cols[place, word] = np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=len(word))
        scores = np.zeros((len(rows), len(self.labels)))
        for c in cols:
            scores += self.weights[c]
        labels = self.labels
        return [tuple(labels[k] for k in path) for path in self._viterbi(scores, lengths)]

    def _own_sum(self, ids: tuple[int, ...]) -> tuple[int, ...]:
        """A word type's own features (the first of its list) as one row of ``weights`` holding their
        sum from 0 in their order: every word then starts from the same partial sum crfsuite reaches
        after them, without adding them again. The rows go when the word cache is cleared, which
        ``tag`` does only before a batch (the batch's words point at them)."""
        if not self._cache:
            self._rows = self.zero + 1
        if self._rows == len(self.weights):
            grown = np.zeros((2 * len(self.weights), self.weights.shape[1]))
            grown[:self._rows] = self.weights[:self._rows]
            self.weights = grown
        if ids:  # a running sum (``accumulate`` adds each row to the sum before it, in order)
            self.weights[self._rows] = np.add.accumulate(self.weights[list(ids)], axis=0)[-1]
        else:
            self.weights[self._rows] = 0.0
        self._rows += 1
        return (self._rows - 1,)

    def _viterbi(self, scores: np.ndarray, lengths: list[int]) -> list[list[int]]:
        """Best label paths of sentences whose word scores lie one after another in ``scores``,
        decoded side by side: one step per word position over the sentences still that long (the
        sentences ranked longest first, so those are the first ``active[t]``)."""
        L = len(self.labels)
        n = np.asarray(lengths, dtype=np.intp)
        B, T = len(n), int(n.max())
        order = np.argsort(-n, kind="stable")
        rank = np.empty(B, dtype=np.intp)
        rank[order] = np.arange(B)
        ranked = n[order]
        active = B - np.cumsum(np.bincount(n, minlength=T + 1))  # active[t]: sentences longer than t
        state = np.zeros((T, B, L))  # [t, rank, label]
        sent = np.repeat(np.arange(B), n)
        state[np.arange(len(sent)) - np.repeat(np.cumsum(n) - n, n), rank[sent]] = scores
        alpha = np.empty((T, B, L))
        back = np.zeros((T, B, L), dtype=np.intp)
        alpha[0] = state[0]
        trans = self.trans[None]
        for t in range(1, T):
            m = active[t]
            cand = alpha[t - 1, :m, :, None] + trans  # [b, i, j] = alpha[t-1][i] + trans[i][j]
            back[t, :m] = cand.argmax(axis=1)  # the first i of the highest, like crfsuite's strict "<"
            alpha[t, :m] = np.maximum.reduce(cand, axis=1) + state[t, :m]
        done = ranked > 0
        last = np.zeros(B, dtype=np.intp)
        last[done] = alpha[ranked[done] - 1, np.arange(B)[done]].argmax(axis=1)  # first of the highest
        path = np.zeros((T, B), dtype=np.intp)
        cur = np.zeros(B, dtype=np.intp)
        for t in range(T - 1, -1, -1):
            m, ending = active[t], active[t + 1]
            cur[ending:m] = last[ending:m]  # the sentences whose last word is word t
            path[t, :m] = cur[:m]
            if t:
                cur[:m] = back[t, np.arange(m), cur[:m]]
        rows = path.T.tolist()
        return [rows[rank[b]][:k] for b, k in enumerate(lengths)]


_LOADED: list[CRFModel] = []


def forget_sentences() -> None:
    """Forget the sentences tagged so far (every model read): for benchmarks whose repeated copies
    of an article would otherwise be looked up instead of tagged (``bench/bench_ner.py``)."""
    for model in _LOADED:
        model._tagged.clear()


def crf_model(path: Path) -> CRFModel:
    """The model at ``path``, read once per process and again when the file changes (a script that
    trains a model and then tags with it, ``scripts/train_ner.py``)."""
    st = Path(path).stat()
    return _load(Path(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=4)
def _load(path: Path, _mtime: int, _size: int) -> CRFModel:
    return CRFModel(path)
