"""Tokenisation with spaCy's ``blank("id")`` tokenizer, adjusted for news text.

The stock Indonesian rules split ``Kim Jong-un``, ``Hwasong-11A``, ``Su-57``, ``US$250`` and
``12/9/2023`` into pieces. Names, model designations, money amounts and dates are what the extract
stages look for, so we keep them whole: hyphens between letters/digits are no longer infixes,
slashes between digits are no longer infixes, and currency symbols are split off as prefixes only
when no digit follows. Reduplicated words (``anak-anak``) were already single tokens and stay so.
The ``nlp`` object is built once per process (it is cheap to pickle by rebuilding).
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.lang.char_classes import ALPHA
from spacy.lang.id.punctuation import (
    CURRENCY,
    LIST_CURRENCY,
    TOKENIZER_INFIXES,
    TOKENIZER_PREFIXES,
)
from spacy.util import compile_infix_regex, compile_prefix_regex


def _splits_hyphen_or_slash(pattern: str) -> bool:
    """Whether a stock infix pattern would cut ``Jong-un``, ``Su-57``, ``11-A`` or ``12/9``."""
    return any(re.search(pattern, probe) for probe in ("Jong-un", "Su-57", "11-A", "12/9"))


_INFIXES = [p for p in TOKENIZER_INFIXES if not _splits_hyphen_or_slash(p)] + [
    # dashes other than the plain hyphen still separate words: "Jakarta—Bandung"
    rf"(?<=[{ALPHA}0-9])(?:–|—|--|---|——|~)(?=[{ALPHA}])",
    rf"(?<=[{ALPHA}])/(?={CURRENCY}|[{ALPHA}])",
]
_CURRENCY_SET = set(LIST_CURRENCY)
_PREFIXES = [p for p in TOKENIZER_PREFIXES if p not in _CURRENCY_SET] + [
    rf"(?:{c})(?![0-9])" for c in LIST_CURRENCY
]


@lru_cache(maxsize=1)
def nlp() -> spacy.language.Language:
    """The shared ``blank("id")`` pipeline with kliping's tokenizer adjustments."""
    pipe = spacy.blank("id")
    tok = pipe.tokenizer
    tok.infix_finditer = compile_infix_regex(_INFIXES).finditer
    tok.prefix_search = compile_prefix_regex(_PREFIXES).search
    return pipe


def tokenize(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the tokens of ``text`` (whitespace is not a token)."""
    doc = nlp().tokenizer(text)
    return [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]


_WORDISH = re.compile(r"\w")


def words(text: str) -> list[str]:
    """Token strings that contain a word character (handy for tests and quick checks)."""
    return [text[a:b] for a, b in tokenize(text) if _WORDISH.search(text[a:b])]


def letters_in_order(short: str, long: str) -> bool:
    """``short``'s letters occur in ``long`` in order, the first at ``long``'s start, case folded:
    Schwartz and Hearst's test that ``short`` can abbreviate ``long`` (``Kejari`` of
    ``KejaksaanNegeri``, ``HPS`` of ``hendipriosantoso``). Callers join the words they mean."""
    short, long = short.casefold(), long.casefold()
    if not short or not long or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(c in rest for c in short[1:])
