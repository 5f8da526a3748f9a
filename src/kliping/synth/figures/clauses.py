"""A sentence's words and an amount's clause: :class:`Tokens` (the words with their offsets, found once per
sentence), :func:`sentence_tokens` and :func:`amount_clause` (the clause of the sentence that holds an amount).

Apart because every reading of an amount (its statement kind, what it measures, whose it is, where, when, of what
money) looks only at its clause's words: they all take them from here, found once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container, Sequence
from typing import Any, TypeVar

from kliping.lang.id import figure_cues
from kliping.text.patterns import WORD, alternation

# A word as its sentence writes it (``sentence_tokens``, ``written_forms``), and a word that is an abbreviation
# (``SPBU``: ``abbreviations``, ``count_subject``, ``count_deed``).
ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def verb_like(w: str) -> bool:
    """A word that reads as a verb (a verb prefix and more than five letters: ``ditangkap``)."""
    return len(w) > 5 and w.startswith(figure_cues.VERB_PREFIXES)


def verb_word(w: str) -> bool:
    """``verb_like`` and none of the nouns that only look like verbs by their prefix (``direktur``, ``tersangka``,
    ``berkas``: ``figure_cues.MONEY_LIST_NOT_VERBS``): the test of a verb in the words around a money amount."""
    return verb_like(w) and w not in figure_cues.MONEY_LIST_NOT_VERBS


T = TypeVar("T")
Clause = tuple[int, int]  # offsets of an amount's clause in its sentence (``amount_clause``)


class Tokens(list[tuple[int, str]]):
    """A sentence's words as ``(offset in the sentence, case-folded word)`` (``sentence_tokens``), with the
    offsets and the sentence's clause breaks (``amount_clause``) found once, so that each reading of an
    amount (its mode, measured thing, owner, scope, plan ...) takes its clause's words by bisection instead
    of scanning the whole sentence again."""

    def __init__(self, sentence: str, toks: list[tuple[int, str]]) -> None:
        super().__init__(toks)
        self.offsets = [o for o, _w in toks]
        self.sentence = sentence
        self._breaks: tuple[list[int], list[int]] | None = None
        self._marks: dict[int, tuple[object, list[int]]] = {}
        self._at_word: dict[str, list[int]] | None = None  # each distinct word's indices, for ``marks``
        self._derived: dict[tuple[str, int], tuple[object, Any]] = {}

    def at(self, offset: int) -> int:
        """Index of the first word at or after ``offset``."""
        return bisect.bisect_left(self.offsets, offset)

    def within(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The words whose offsets lie in ``[lo, hi)``."""
        return self[self.at(lo) : self.at(hi)]

    def marks(self, cues: Container[str] | Callable[[str], bool]) -> list[int]:
        """Indices of the words in ``cues`` (a word list, or a test of a word), in order, found once per sentence
        and list: a reading asked of each of a long sentence's amounts (``amount_plan``, ``amount_total`` ...)
        bisects them for its clause instead of testing every word of the clause again (quadratic over a
        paragraph of hundreds of amounts). Keyed by the list's identity, which the cache keeps alive."""
        hit = self._marks.get(id(cues))
        if hit is None or hit[0] is not cues:
            if callable(cues):
                found = [k for k, (_o, w) in enumerate(self) if cues(w)]
            else:  # the sentence's distinct words met with the list at once, not each word tested in turn
                if self._at_word is None:
                    self._at_word = {}
                    for k, (_o, w) in enumerate(self):
                        self._at_word.setdefault(w, []).append(k)
                shared = (self._at_word.keys() & cues if isinstance(cues, (set, frozenset))
                          else [w for w in self._at_word if w in cues])
                found = self._at_word[next(iter(shared))] if len(shared) == 1 else sorted(
                    k for w in shared for k in self._at_word[w])
            hit = (cues, found)
            self._marks[id(cues)] = hit
        return hit[1]

    def derived(self, name: str, of: object, build: Callable[[], T]) -> T:
        """``build()``, made once per sentence, ``name`` (what is built) and object ``of`` (a sentence's amounts: what
        a reading of each of them needs of all of them, as ``measures.amount_dimension`` needs their spans). Keyed by
        ``of``'s identity, which the cache keeps alive."""
        hit = self._derived.get((name, id(of)))
        if hit is None or hit[0] is not of:
            hit = (of, build())
            self._derived[(name, id(of))] = hit
        return hit[1]

    def marked(self, cues: Container[str] | Callable[[str], bool], lo: int, hi: int) -> list[int]:
        """Indices of the words in ``cues`` (``marks``) whose offsets lie in ``[lo, hi)``."""
        idx = self.marks(cues)
        if not idx:  # most lists name no word of a sentence
            return []
        offsets = self.offsets
        return idx[bisect.bisect_left(idx, bisect.bisect_left(offsets, lo)) :
                   bisect.bisect_left(idx, bisect.bisect_left(offsets, hi))]

    def breaks(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the sentence's clause breaks (``_CLAUSE_BREAK``), found once."""
        if self._breaks is None:
            found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.sentence)]
            self._breaks = ([a for a, _b in found], [b for _a, b in found])
        return self._breaks


def sentence_tokens(sentence: str) -> Tokens:
    """The sentence's words as ``(offset in the sentence, case-folded word)``: offsets of the original
    text, since casefolding can change a word's length (``Straße`` -> ``strasse``)."""
    return Tokens(sentence, [(m.start(), m.group().casefold()) for m in WORD.finditer(sentence)])


def as_tokens(sentence: str, toks: Sequence[tuple[int, str]] | None) -> Tokens:
    """``toks`` as :class:`Tokens` (a plain list of words is re-read from the sentence)."""
    return toks if isinstance(toks, Tokens) else sentence_tokens(sentence)


_CLAUSE_BREAK = re.compile(
    r"[;:]|,(?=\s*(?:" + alternation(figure_cues.CLAUSE_CONJUNCTIONS) + r")\b)"
    r"|\b(?:" + alternation(figure_cues.CLAUSE_BREAK_WORDS) + r")\b",
    re.IGNORECASE,
)


def amount_clause(sentence: str, start: int, end: int, toks: Tokens | None = None) -> tuple[int, int]:
    """Offsets of the clause that holds the amount at ``start:end``: the sentence cut at ``;``/``:``, at a
    comma before a conjunction (``, sedangkan``, ``, dan``: ``figure_cues.CLAUSE_CONJUNCTIONS``) and
    at ``sedangkan``, ``namun`` ... (``CLAUSE_BREAK_WORDS``). A comma alone does not cut (``stok minyak
    AS, menurut EIA, naik ...`` is one clause). The breaks are found once per sentence (``Tokens.breaks``);
    a break overlapping the amount cuts neither side."""
    starts, ends = (toks if toks is not None and toks.sentence == sentence else sentence_tokens(sentence)).breaks()
    i = bisect.bisect_right(ends, start)
    j = bisect.bisect_left(starts, end)
    return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else len(sentence))
