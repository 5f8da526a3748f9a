"""TF-IDF vectors shared by linking and synthesis.

Fitted on the run's own texts (no model, no download), lowercase word unigrams and bigrams, Indonesian
function words removed so that ``yang``/``dan``/``di`` do not make every pair of articles look alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

_TOKEN = r"(?u)\b[^\W\d_][\w\-]*\b|\b\d+(?:[.,]\d+)*\b"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Indonesian function words (Sastrawi's list when installed, else a small built-in set)."""
    try:
        from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

        return frozenset(StopWordRemoverFactory().get_stop_words())
    except Exception:  # the package is a declared dependency; this only guards odd installs
        return frozenset(
            ["yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "adalah", "akan", "juga", "tidak", "sudah", "telah", "oleh", "karena", "atau", "saat", "ada", "bisa", "kata", "ujar", "tersebut", "para", "serta"]
        )


def _analyzer_tokens(text: str) -> list[str]:
    stops = stop_words()
    return [t for t in re.findall(_TOKEN, text.lower()) if t not in stops]


def fit_tfidf(texts: Sequence[str], *, ngram_max: int = 2) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows for ``texts`` (unigrams + bigrams of content words, sublinear tf).

    Bigrams are formed over the stop-word-filtered token stream, so ``menteri pertahanan`` and
    ``kim jong`` count as units while ``yang akan`` never does. Empty input gives an empty matrix.
    """
    if not texts or not any(t.strip() for t in texts):
        return sparse.csr_matrix((len(texts), 0), dtype=np.float64)

    def analyzer(doc: str) -> list[str]:
        toks = _analyzer_tokens(doc)
        grams = list(toks)
        for n in range(2, ngram_max + 1):
            grams.extend(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
        return grams

    vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, norm="l2", dtype=np.float64)
    try:
        return vec.fit_transform(list(texts)).tocsr()
    except ValueError:  # only stop words everywhere
        return sparse.csr_matrix((len(texts), 0), dtype=np.float64)


def cosine_rows(m: sparse.csr_matrix, rows: Sequence[int], others: Sequence[int]) -> np.ndarray:
    """Dense ``len(rows) x len(others)`` cosine matrix of L2-normalised rows of ``m``."""
    if m.shape[1] == 0 or not rows or not others:
        return np.zeros((len(rows), len(others)))
    return np.asarray((m[list(rows)] @ m[list(others)].T).todense())


def centroid(m: sparse.csr_matrix, rows: Sequence[int]) -> np.ndarray:
    """L2-normalised mean of some rows, as a dense vector (zeros when empty)."""
    if m.shape[1] == 0 or not rows:
        return np.zeros(m.shape[1])
    v = np.asarray(m[list(rows)].sum(axis=0)).ravel()
    n = np.linalg.norm(v)
    return v / n if n else v
