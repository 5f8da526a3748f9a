"""Evidence that a span is a person (a title, an honorific, a naming word, an age in brackets, a
speech verb beside it), and the test for plain capitalised name words.

Separate because many document passes (people, places, slogans, brands) ask the same
questions before they take a person's reading away or give it.
"""

from __future__ import annotations

from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import (
    _DOSSIER_ORG_SUFFIX,
    _HEADS,
    _NAMEISH_HEADS,
    _ORG_SUFFIX,
    _PERSON_MARKS,
    _SPEECH_AFTER,
    _SPEECH_BEFORE,
    _TWORDS,
)
from kliping.lang.id.titles import UNIT_HEADS


def _age_after(st: _Sentence, j: int) -> bool:
    """``Endang (52)``: an age in brackets right after token ``j - 1``."""
    return j + 2 < st.n and st.w[j] == "(" and st.w[j + 1].isdigit() and len(st.w[j + 1]) <= 2 \
        and st.w[j + 2] == ")"


def _plain_name_words(st: _Sentence, a: int, b: int) -> bool:
    """Words ``a..b`` are plain capitalised name words: no title, unit, company or gazetteer word."""
    return b > a and all(
        _cap(st.w[k]) and st.w[k].replace("'", "").replace("-", "").isalpha() and not st.label[k]
        and st.low[k] not in _TWORDS and (st.low[k] not in _HEADS or (k > a and st.low[k] in _NAMEISH_HEADS)
                                          or (k == a and st.given_name_head(k, b)))
        and st.low[k] not in UNIT_HEADS
        and st.w[k] not in _ORG_SUFFIX and st.w[k] not in _DOSSIER_ORG_SUFFIX for k in range(a, b))


def _person_words(sents: list[_Sentence], spans: list[list[Span]]) -> set[tuple[str, ...]]:
    """The words of every person span of the article's cased sentences: the people it names, which
    ``_org_then_person`` splits off an organisation span they were glued to."""
    return {tuple(st.w[s.i:s.j]) for st, sp in zip(sents, spans, strict=True) if not st.caseless
            for s in sp if s.type == "PERSON"}


def _speaking_person(st: _Sentence, s: Span) -> bool:
    """Person span ``s`` has a title or a speech verb beside it (``kata Rosmauli``, ``Rosmauli
    menjelaskan``): evidence stronger than the model's type, which also names companies."""
    if s.title is not None:
        return True
    before = st.low[s.i - 1] if s.i > 0 else ""
    after = st.low[s.j] if s.j < st.n else ""
    after2 = st.low[s.j + 1] if s.j + 1 < st.n else ""
    return before in _SPEECH_BEFORE or after in _SPEECH_AFTER or (after == "," and after2 in _SPEECH_AFTER)


def _person_marks(st: _Sentence, s: Span) -> tuple[bool, bool]:
    """(named, spoke): whether span ``s`` is marked as a person by a title, an honorific, a naming
    word or an age (``Hadi (45)``), and whether a speech verb stands beside it."""
    before = st.low[s.i - 1] if s.i > 0 else ""
    named = s.title is not None or before in _PERSON_MARKS or (
        s.j + 2 < st.n and st.w[s.j] == "(" and st.w[s.j + 1].isdigit() and st.w[s.j + 2] == ")")
    return named, _speaking_person(st, s)
