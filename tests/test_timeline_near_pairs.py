"""The pairs of a busy date's sentences at or above a cosine bar, found from a product leaving out the
frame's words (``synth.timeline.near_pairs``), are the pairs of the full product at or above it."""

from __future__ import annotations

import random

import numpy as np
import pytest

from kliping.link.vectors import fit_tfidf
from kliping.synth.timeline import near_pairs

_WHO = ["Bupati Sleman Hendra", "Kapolres Klaten Budi", "Camat Depok Rina", "Kepala Dinas Garut Agus"]
_ACTS = ["memeriksa lima saksi kasus jembatan gantung", "meresmikan gedung sekolah baru",
         "meninjau tanggul sungai yang jebol", "menyerahkan bantuan beras untuk pengungsi",
         "menahan kontraktor proyek pasar induk", "membuka pasar murah minyak goreng"]
_PLACES = ["di Sleman", "di Klaten", "di Depok", "di Garut", "di balai desa", "di kantor kecamatan"]


@pytest.fixture(autouse=True)
def _every_date_without_its_frame(monkeypatch) -> None:
    """The frame is left out from the first sentence on (a real date that busy is too big for a test)."""
    monkeypatch.setattr(near_pairs, "FRAME_FROM", 0)


def _day(n: int = 80):
    """``n`` invented sentences of one Monday, each a person's act at a place told in one quoting frame
    (``kata ... kepada wartawan, Senin (2/6/2025)``): every pair shares the frame's words."""
    rng = random.Random(3)
    texts = [f"{rng.choice(_WHO)} {rng.choice(_ACTS)} {rng.choice(_PLACES)}, kata juru bicara kepada wartawan, "
             f"Senin (2/6/2025)." for _ in range(n)]
    return fit_tfidf(texts)


def _plain(sub, bar: float) -> list[dict[int, float]]:
    dense = (sub @ sub.T).toarray()
    return [{j: float(dense[k, j]) for j in range(sub.shape[0]) if dense[k, j] >= bar} for k in range(sub.shape[0])]


@pytest.mark.parametrize("bar", [0.3, 0.5, 0.7])
def test_the_pairs_at_or_above_the_bar_are_the_full_products(bar: float) -> None:
    sub = _day()
    frame, _norms = near_pairs._frame(sub, bar)
    assert frame.any()  # the frame's words are left out of the product
    near, plain = near_pairs.cosines_above(sub, bar), _plain(sub, bar)
    for mine, full in zip(near, plain, strict=True):
        assert mine.keys() == full.keys()
        assert all(abs(mine[j] - full[j]) < 1e-12 for j in full)
    assert sum(map(len, plain)) > sub.shape[0]  # pairs beyond a sentence and itself meet the bar
    dense = (sub @ sub.T).toarray()
    assert (dense < bar).sum() > sub.shape[0]  # and pairs sharing the frame stay below it


def test_a_cosine_on_the_bar_is_summed_as_the_full_product_sums_it() -> None:
    """A bar equal to a pair's cosine keeps that pair and every pair of the same value, however the
    frame's part and the rest are summed."""
    sub = _day()
    dense = (sub @ sub.T).toarray()
    values = np.unique(dense[(dense > 0.3) & (dense < 0.9)])
    for bar in values[:: max(1, len(values) // 25)].tolist():
        near = near_pairs.cosines_above(sub, bar)
        assert [set(row) for row in near] == [set(row) for row in _plain(sub, bar)]


def test_a_frame_too_heavy_for_the_bar_is_left_in_the_product() -> None:
    """Two sentences of nothing but the frame's words: no words are left out, and they still meet."""
    sub = fit_tfidf(["kata juru bicara kepada wartawan, Senin (2/6/2025)."] * 3 + ["Hujan deras di Sleman, Senin (2/6/2025)."])
    frame, _norms = near_pairs._frame(sub, 0.3)
    assert not frame.any()
    assert [set(row) for row in near_pairs.cosines_above(sub, 0.3)] == [set(row) for row in _plain(sub, 0.3)]
