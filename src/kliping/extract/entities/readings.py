"""Which reading of an ambiguous short form an article means: the body of ``ABBREVIATIONS`` or the
other thing news writes with the same letters (``abbreviations.OTHER_READINGS``: ``PKB`` the party or
the motor-vehicle tax).

Apart because two stages ask it: the document pass here drops a short form the article reads as a
tax or a contract (no entity), and the linker (``link.aliases.first_pass``) expands a short form to
the table's body only when the article reads it so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kliping.lang.id.abbreviations import ABBREVIATIONS, OTHER_READINGS

if TYPE_CHECKING:
    from kliping.extract.entities.sentence import _Sentence
    from kliping.extract.entities.span import Span

BODY = "body"
OTHER = "other"

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _writes(article: str, long_form: str) -> bool:
    """The article's words (``article``: its casefolded words joined by single spaces, a space at each end) hold
    ``long_form`` word for word (case and punctuation aside)."""
    return " " + " ".join(_words(long_form)) + " " in article


def _field(words: set[str], other: frozenset[str], body: frozenset[str]) -> str | None:
    """The reading whose field alone has words in ``words``; None when both or neither do."""
    o, b = bool(words & other), bool(words & body)
    return OTHER if o and not b else BODY if b and not o else None


def acronym_reading(short: str, sentences: Sequence[str]) -> str | None:
    """How the article of ``sentences`` reads ``short``: ``BODY`` (the table's expansion), ``OTHER``
    (the other reading of ``OTHER_READINGS``, no body) or None (its words do not decide).

    A short form with one reading is the body. Else the long form the article writes decides (both
    written: undecided); then the words of the sentences holding the short form (the field words of
    one reading and none of the other: ``keringanan PKB dan BBNKB`` is the tax), then the article's.
    With no word of either field, the table's body stands: the other reading needs its field around
    it (``Ketum PKB`` in a list of party leaders is the party)."""
    entry = OTHER_READINGS.get(short)
    if entry is None:
        return BODY
    long_form, other_words, body_words = entry
    all_words = [w for s in sentences for w in _words(s)]
    article = " " + " ".join(all_words) + " "  # joined once for both long forms
    body_written, other_written = _writes(article, ABBREVIATIONS[short][0]), _writes(article, long_form)
    if body_written or other_written:
        return None if body_written and other_written else BODY if body_written else OTHER
    written = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")  # once, not once per sentence
    holding = [s for s in sentences if written.search(s)]
    near = _field({w for s in holding for w in _words(s)}, other_words, body_words)
    if near is not None:
        return near
    everywhere = set(all_words)
    if not everywhere & other_words:
        return BODY
    return _field(everywhere, other_words, body_words)


def _other_readings(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop a short form the article reads as what is no body (``acronym_reading`` is
    ``OTHER``: ``pemutihan PKB`` the motor-vehicle tax, ``PKS antara kedua pihak`` a contract), whatever
    type the tagger gave it; the party's or the United Nations' short form elsewhere stays."""
    texts = [" ".join(st.w) for st in sents]
    readings: dict[str, str | None] = {}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.j - s.i == 1 and st.w[s.i] in OTHER_READINGS and st.w[s.i] not in readings:
                readings[st.w[s.i]] = acronym_reading(st.w[s.i], texts)
        if any(readings.get(st.w[s.i]) == OTHER for s in sp if s.j - s.i == 1):
            sp[:] = [s for s in sp if not (s.j - s.i == 1 and readings.get(st.w[s.i]) == OTHER)]
