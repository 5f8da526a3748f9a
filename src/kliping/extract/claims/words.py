"""Small word tests the claim rules share: the words next to a cue, amounts, verbs by their prefix,
clauses that only point back.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.clauses import strip_connectors
from kliping.lang.id import cues
from kliping.lang.id import numbers as _nw


def _clause_words(before: str, n: int) -> list[str]:
    """The last ``n`` words of the clause before a cue (after its last comma, quote mark or
    ``bahwa``), lower case."""
    part = re.split(r"[,;:\"“”(]|(?<![\w-])bahwa(?![\w-])", before)[-1]
    return [w.strip(".!?").lower() for w in part.split()][-n:]


def _is_verb(word: str) -> bool:
    """A lower-case ``me-``/``ber-``/``ter-``/``di-`` word of six letters or more that is no common
    noun (``mengandung``, ``dilanggar``; not ``menteri``, ``tersangka``)."""
    return bool(_VERB_PREFIX.match(word)) and word not in _ME_NOUNS


def _amount_word(word: str) -> bool:
    """A number in digits or words, or a currency before one (``50``, ``dua``, ``ratusan``, ``Rp``)."""
    return (word[:1].isdigit() or word in _nw.UNIT_WORDS or word in _nw.WHOLE_WORDS or word in _nw.SE_SCALE_WORDS
            or word in _nw.PLURAL_WORDS or word in _nw.SE_FRACTIONS or word in _nw.CURRENCY_PREFIX_WORDS)


_ME_NOUNS = frozenset(("menteri", "mereka", "media", "medis", "menit", "merek", "meja", "dinas", "direktur",
                       "direksi", "dirut", "diri", "berita", "berkas", "terdakwa", "tersangka", "teroris",
                       # adjectives of a noun phrase (``harga tertentu``, ``pasokan terbesar``)
                       "tertentu", "terakhir", "terbaru", "terbesar", "tertinggi", "terendah", "terbanyak"))
_VERB_PREFIX = re.compile(r"^(?:me[mnl]|meng|meny|ber|ter|di)\w{3,}$")


def _first_word(after: str) -> str:
    """The word right after a cue, lower case, without punctuation (``""`` at the end)."""
    words = after.split()
    return words[0].lower().strip(",.;:") if words else ""


def _last_word(before: str) -> str:
    """The word right before a cue, lower case, without a comma or full stop (``""`` at the start)."""
    words = before.split()
    return words[-1].lower().strip(",.") if words else ""


def _last_word_at(before: str, word: str) -> int:
    """Where ``word``, the :func:`_last_word` of ``before``, starts in it: ``before[:_last_word_at(...)]`` is
    what stands before that word (``tak`` of ``tak menampik``, ``saya`` of ``saya duga``)."""
    return before.lower().rstrip().rfind(word)


def _strip_lead(before: str) -> str:
    """``before`` without connectors and leading quote marks: empty when the cue opens its clause."""
    part = re.split(r"[,;:“”\"]", before)[-1]
    return strip_connectors(part).strip()


def _is_empty(s: str) -> bool:
    low = s.lower().strip(" .,")
    return low in cues.EMPTY_CONTENT or any(low == f"{w} {d}" for w in cues.EMPTY_CONTENT_NOUNS
                                             for d in cues.ROLE_DEMONSTRATIVES)
