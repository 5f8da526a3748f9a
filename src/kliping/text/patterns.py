"""Regex alternations of word lists: one way to turn a list of literal words into a pattern.

Lists of Indonesian words (``lang.id``) become patterns in every extractor. The order matters
for a regex alternation, which takes the first branch that matches, so the longer words go first
(``kali lipat`` before ``kali``, ``pekan lalu`` before ``pekan``); words of one length cannot both
match at one place, so their order does not change what is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, any_space: bool = False) -> str:
    """``a|b|c`` of the escaped ``words``, longest first (then in
    code-point order, so the pattern is the same in every process), duplicates once; with ``any_space`` the
    spaces of multi-word entries match any run of white space (a line break of flattened copy)."""
    escaped = (re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    if any_space:
        escaped = (e.replace(r"\ ", r"\s+") for e in escaped)
    return "|".join(escaped)


def any_of(words: Iterable[str], flags: str = "") -> str:
    """``(?:a|b|c)``: the ``alternation`` of ``words`` (spaces of multi-word ones matching any white space) as one
    non-capturing group, to stand as a single piece of a larger pattern (``(?:demikian|begitu)\\s+``), with inline
    ``flags`` when given (``(?i:...)``: case-blind in a pattern that is not)."""
    body = alternation(words, any_space=True)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


# A word: a run of letters, digits and underscores (Unicode). One compiled pattern for every module
# that splits text into words, so they all split it alike.
WORD = re.compile(r"\w+")
