"""``find_whole`` with joining characters finds where the word-bounded pattern with them finds."""

from __future__ import annotations

import random
import re

from kliping.text.find import find_whole


def test_find_whole_with_joiners_matches_the_pattern() -> None:
    pieces = ["a", "B", "_", " ", ".", "1", "é", "-", "'", "’", "Jong", "un", "Ni'am", "٣", ""]
    rng = random.Random(5)
    joiners = "'’-"
    bound = re.escape(joiners)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        needle = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        m = re.search(rf"(?<![\w{bound}]){re.escape(needle)}(?![\w{bound}])", text)
        assert find_whole(needle, text, joiners) == (m.start() if m else -1), (needle, text)
    assert find_whole("Jong", "Kim Jong-un dan Jong Un", joiners) == 16
    assert find_whole("Ni'am", "kata Asrorun Ni'am Sholeh", joiners) == 13
