"""One helper for the word lists of ``kliping.lang.id``: a set of words written as one readable string.

The data modules write their lists as whitespace-separated text (easy to read, sort and diff) and turn
it into a frozenset with :func:`words`; one definition instead of a copy in each module.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a frozenset (``words("ia dia")`` -> {ia, dia})."""
    return frozenset(text.split())
