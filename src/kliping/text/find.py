"""Finding a name as a whole word with ``str.find``: what a word-bounded pattern finds, without one.

A pattern per name (``re.search(rf"(?<!\\w){re.escape(name)}(?!\\w)", text)``) is compiled again
whenever ``re``'s cache of 512 patterns has overflowed, which it does with one pattern per mention:
the compiling cost a twentieth of synthesis on detik-dev, and a share of quote attribution.
"""

from __future__ import annotations


def _word_char(c: str) -> bool:
    """``c`` is what ``re``'s ``\\w`` matches in a str pattern (a letter, digit or numeral, or ``_``)."""
    return c.isalnum() or c == "_"


def find_whole(needle: str, text: str, joiners: str = "") -> int:
    """Where ``needle`` first occurs in ``text`` with no word character (nor one of ``joiners``,
    e.g. ``-'’`` so ``Jong`` is not found in ``Jong-un``) just before or after it, or -1: what
    ``re.search(r"(?<![\\w" + J + r"])" + re.escape(needle) + r"(?![\\w" + J + r"])", text)`` finds."""
    i = text.find(needle)
    while i >= 0:
        j = i + len(needle)
        if (i == 0 or not (_word_char(text[i - 1]) or text[i - 1] in joiners)) \
                and (j >= len(text) or not (_word_char(text[j]) or text[j] in joiners)):
            return i
        i = text.find(needle, i + 1)
    return -1
