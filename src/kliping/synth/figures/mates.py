"""A sentence's other amounts as the readings of one amount ask for them: :class:`LastBefore`, the amount before an
offset that starts (or ends) last, found once per sentence and bisected per amount.

Apart because several readings (``moves.moved_rate``, ``exchange.converted``, ``money.money_names``) each take the
amount right before theirs from the sentence's amounts: a paragraph of hundreds of amounts read them all again for
each one (quadratic); sorted once, each asks in a bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from kliping.model import Quantity


def _start(m: Quantity) -> int:
    return m.start


class LastBefore:
    """Of ``amounts`` (a sentence's, in order), the one that ends by an offset and is greatest by ``key`` (its start
    by default), the first of ``amounts`` on a tie: what ``max((m for m in amounts if m.end <= offset), key=key,
    default=None)`` gives, in a bisection."""

    def __init__(self, amounts: Sequence[Quantity], key: Callable[[Quantity], int] = _start) -> None:
        order = sorted(range(len(amounts)), key=lambda i: amounts[i].end)
        self.amounts = amounts
        self.ends: list[int] = []
        self.best: list[int] = []  # per amount by end, the position in ``amounts`` of the greatest so far
        top: tuple[int, int] | None = None
        for i in order:
            rank = (key(amounts[i]), -i)  # the greatest key, the earliest amount on a tie (as ``max`` keeps it)
            if top is None or rank > top:
                top = rank
                self.best.append(i)
            else:
                self.best.append(self.best[-1])
            self.ends.append(amounts[i].end)

    def index(self, offset: int) -> int | None:
        """The position in ``amounts`` of the greatest by ``key`` of those ending at or before ``offset``, or None."""
        n = bisect.bisect_right(self.ends, offset)
        return self.best[n - 1] if n else None

    def __call__(self, offset: int) -> Quantity | None:
        """The greatest by ``key`` of the amounts ending at or before ``offset``; None when none does."""
        i = self.index(offset)
        return None if i is None else self.amounts[i]
