"""The learned join rule (:class:`JoinModel`, fitted by ``scripts/events_learn.py``): off by default,
see ``JOIN_FEATURES`` in :mod:`kliping.link.stream.tuning` and docs/linking.md.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class JoinModel:
    """A logistic join rule: join when ``P(same event) >= p_join``, i.e. when the linear margin
    ``intercept + sum(coef * (x - mean) / scale) - logit(p_join)`` is at least 0."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    p_join: float

    def margin(self, x: Sequence[float]) -> float:
        z = self.intercept - math.log(self.p_join / (1 - self.p_join))
        for xi, m, sc, w in zip(x, self.mean, self.scale, self.coef, strict=True):
            z += w * (xi - m) / sc
        return z

    def prob(self, x: Sequence[float]) -> float:
        z = self.margin(x) + math.log(self.p_join / (1 - self.p_join))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
