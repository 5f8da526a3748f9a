"""The pairs of one date's sentences whose TF-IDF cosine reaches a bar, without the date's full product.

Apart because the grouping's similarity product is a step whose cost grows with the square of a busy
date (``bench/bench_timeline.py``): every two sentences of a date share the frame's words (the date and
its weekday, ``kata``, ``kepada wartawan``), so the sparse product of the date's rows is full, although
few pairs reach the bar. The frame's words are left out of the product and added back only for the
pairs that can still reach the bar; the pairs found are exactly those the full product puts at or above
it (:func:`cosines_above`).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

# The frame: the words in at least this share of the date's sentences (two or more) ...
FRAME_SHARE = 0.1
# ... the most frequent of them, as many as keep every sentence's frame part (its row has unit length)
# at or under this squared norm: two sentences sharing only frame words then have a cosine of at most
# this (Cauchy-Schwarz), below the bar, and the product needs only the pairs sharing another word.
# Measured on the bench at N = 1,200 and 2,400 (0.25 / 0.1, 0.1 / 0.1, 0.1 / 0.15, 0.05 / 0.2 of share
# / norm): 2.2-2.8x faster than the full product for each, differences within the machine's noise.
FRAME_NORM = 0.15
# Below this many sentences the full product is the cheaper (the bench's sentences, per product: 120
# sentences 0.41 ms full and 0.45 ms without the frame, 240 sentences 1.10 and 0.92 ms, 480 sentences
# 3.7 and 2.0 ms); every date of the dev sets is below it (detik-dev's biggest holds 23 sentences).
FRAME_FROM = 200
# A pair whose cosine, summed here in another order than the full product's, lies this close to the bar
# is summed again as the full product sums it, so that no pair falls on the other side of the bar.
EXACT_NEAR = 1e-9


def _frame(sub: sparse.csr_matrix, bar: float) -> tuple[np.ndarray, np.ndarray]:
    """The frame's columns (a mask) and each row's frame norm: the lowest document frequency at or above
    :data:`FRAME_SHARE` of the rows whose words keep every row's frame part within :data:`FRAME_NORM`
    (and under half the bar), none when no such frequency does."""
    n = sub.shape[0]
    df = np.bincount(sub.indices, minlength=sub.shape[1])
    row = np.repeat(np.arange(n), np.diff(sub.indptr))
    squares = sub.data ** 2
    budget = min(FRAME_NORM, bar / 2)

    def norms(floor: int) -> np.ndarray:
        return np.bincount(row, weights=np.where(df[sub.indices] >= floor, squares, 0.0), minlength=n)

    floors = np.unique(df[df >= max(2.0, FRAME_SHARE * n)]).tolist()
    lo, hi = 0, len(floors)  # a higher floor leaves fewer words in the frame: the first floor that fits
    while lo < hi:
        mid = (lo + hi) // 2
        if norms(floors[mid]).max() <= budget:
            hi = mid
        else:
            lo = mid + 1
    floor = floors[lo] if lo < len(floors) else n + 1
    return df >= floor, np.sqrt(norms(floor))


def _without_frame(sub: sparse.csr_matrix, bar: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs (rows, rows, cosines) that can reach ``bar``: those sharing a word outside the frame
    (:func:`_frame`) whose cosine without the frame, plus the most the frame can add (the product of the
    two frame norms), reaches it; their cosines with the frame's part added back."""
    n = sub.shape[0]
    frame, frame_norm = _frame(sub, bar)
    rest = sub.copy()
    rest.data[frame[rest.indices]] = 0.0
    rest.eliminate_zeros()
    product = (rest @ rest.T).tocsr()
    i = np.repeat(np.arange(n), np.diff(product.indptr))
    j, value = product.indices, product.data
    can = value + frame_norm[i] * frame_norm[j] >= bar - EXACT_NEAR
    i, j, value = i[can], j[can], value[can]
    columns = np.flatnonzero(frame)
    if len(columns):
        framed = sub[:, columns].toarray()
        value = value + np.einsum("ij,ij->i", framed[i], framed[j])
    for t in np.flatnonzero(np.abs(value - bar) < EXACT_NEAR):
        value[t] = (sub[i[t]] @ sub[j[t]].T)[0, 0]
    return i, j, value


def cosines_above(sub: sparse.csr_matrix, bar: float) -> list[dict[int, float]]:
    """Per row of ``sub`` (L2-normalised TF-IDF rows), the rows whose cosine with it is at or above
    ``bar`` and that cosine: the pairs and values of ``sub @ sub.T`` at or above the bar (from
    :data:`FRAME_FROM` rows on, a value may differ from the full product's in its last bits; its side of
    the bar does not)."""
    n = sub.shape[0]
    near: list[dict[int, float]] = [{} for _ in range(n)]
    if n == 0 or sub.shape[1] == 0:
        return near
    if n < FRAME_FROM:
        product = (sub @ sub.T).tocsr()
        i, j, value = np.repeat(np.arange(n), np.diff(product.indptr)), product.indices, product.data
    else:
        i, j, value = _without_frame(sub, bar)
    keep = value >= bar
    for a, b, v in zip(i[keep].tolist(), j[keep].tolist(), value[keep].tolist(), strict=True):
        near[a][b] = v
    return near
