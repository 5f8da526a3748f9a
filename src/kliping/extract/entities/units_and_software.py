"""Document passes for names that are measures or software: no body, no place.

A unit's short form in brackets after a quantity (``58 juta ton per tahun (Mtpa)``) or written
after a number (``5 Mtpa``) is a measure, no entity; the tagger reads such capitals as a place or an
organisation. A public service's software system (``Coretax``, ``SIPP PN ...``) or a name written
after ``sistem``/``aplikasi`` is a product. Kept apart because both take a name's body or place
reading away on the wording around it, not on the name.
"""

from __future__ import annotations

from kliping.extract.entities.person_marks import _person_marks
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.ingest.glue import known_word
from kliping.lang.id import brands, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.entity_words import NOT_MEASURE_WORDS
from kliping.lang.id.numbers import SCALE_WORDS, SCALED_UNITS, UNIT_WORDS_MAP

# The words a unit of ``numbers.UNIT_WORDS_MAP`` is written with (``ton``, ``barel``, ``kaki``), and
# one-word units (``mmscfd``, ``mtpa``); ``persen`` is a share, not a measure (``entity_words.NOT_MEASURE_WORDS``).
_UNIT_WORDS = frozenset(w for unit in UNIT_WORDS_MAP for w in unit.split()) - NOT_MEASURE_WORDS
_ONE_WORD_UNITS = frozenset(u for u in UNIT_WORDS_MAP if " " not in u and u.isalpha()) | frozenset(SCALED_UNITS)
# How many lower-case words may stand between a number and the bracket of its unit's short form
# (``1,1 juta standar kaki kubik per hari (MMSCFD)``: six).
_QUANTITY_REACH = 7


def _number(w: str) -> bool:
    """``58``, ``2,8``, ``1.200``: a numeral token."""
    return w[:1].isdigit() and all(c.isdigit() or c in ".," for c in w)


def _after_quantity(st: _Sentence, k: int) -> bool:
    """Words before ``k`` are a quantity written out: a number, then lower-case words holding a unit
    word (``58 juta ton per tahun``, ``804 juta barel setara minyak``), up to ``_QUANTITY_REACH``."""
    unit = False
    for b in range(k - 1, max(-1, k - 1 - _QUANTITY_REACH), -1):
        w = st.w[b]
        if _number(w):
            return unit
        if not (w.isalpha() and w.islower()):
            return False
        unit = unit or (w in _UNIT_WORDS and w not in SCALE_WORDS)
    return False


def _unit_short_form(st: _Sentence, s: Span) -> bool:
    """One-word span ``s`` is a unit: a short form in brackets right after a quantity written out
    (``(Mtpa)``, ``(MMBOE)``), or a unit word right after a number (``5 Mtpa``)."""
    if s.j - s.i != 1 or s.type == "PERSON":
        return False
    w = st.w[s.i]
    if s.i >= 1 and _number(st.w[s.i - 1]) and w.lower() in _ONE_WORD_UNITS:
        return True
    return s.i >= 2 and st.w[s.i - 1] == "(" and s.j < st.n and st.w[s.j] == ")" \
        and ABBREVIATIONS.get(w) is None and _after_quantity(st, s.i - 1)


def _units(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop units' short forms (``_unit_short_form``) and every other one-word non-person
    mention of the same short form in the document (``kapasitas 5 Mtpa`` named once with its
    quantity, then ``Mtpa`` alone)."""
    units = {st.w[s.i] for st, sp in zip(sents, spans, strict=True) if not st.caseless
             for s in sp if _unit_short_form(st, s)}
    if not units:
        return
    for st, sp in zip(sents, spans, strict=True):
        sp[:] = [s for s in sp if not (s.j - s.i == 1 and s.type != "PERSON" and st.w[s.i] in units)]


def _software_cue(st: _Sentence, s: Span) -> bool:
    """One-word span ``s`` is written as software: right after ``sistem``/``aplikasi``
    (``brands.SOFTWARE_NOUNS``), no dictionary word (``sistem Zonasi``), no body's short form of
    ``ABBREVIATIONS``, no place, no marked person."""
    if s.j - s.i != 1 or s.i == 0 or st.low[s.i - 1] not in brands.SOFTWARE_NOUNS:
        return False
    w = st.w[s.i]
    if not _cap(w) or known_word(w.lower()) or w in ABBREVIATIONS or gazetteer.place_kind(w) is not None:
        return False
    return s.type != "PERSON" or not any(_person_marks(st, s))


def _software(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a public service's software system (``brands.SOFTWARE_SYSTEMS``, as the name or its
    first word: ``Coretax``, ``SIPP PN Jakut``) is a product, and so is a one-word name the article
    writes as software (``_software_cue``) at all its one-word mentions there."""
    if any(st.caseless for st in sents):
        return
    named = {st.w[s.i] for st, sp in zip(sents, spans, strict=True) for s in sp if _software_cue(st, s)}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if st.w[s.i] in brands.SOFTWARE_SYSTEMS or (s.j - s.i == 1 and st.w[s.i] in named):
                s.type, s.title = "PRODUCT", None
