"""Document pass: an all-capitals short form its article spells out as a thing, not a body.

The tagger reads an unknown all-capitals short form as an organisation (``SLHS``, ``DTSEN``,
``SMAP``), and the dossier then lists a "body" that is a certificate, a data set or a management
system. No list of such short forms can keep up with the news; the article's own gloss says what
it is: the short form in brackets right after capitalised words it abbreviates, opening with a
thing's head noun (``concepts.TERM_NAME_HEADS``: ``Sertifikat Laik Higiene dan Sanitasi (SLHS)``,
``Data Tunggal Sosial Ekonomi Nasional (DTSEN)``, ``Pekerja Migran Indonesia (PMI)``). Typed a
programme (``kliping.model.PROGRAMME``: no entity of the dossier, but the linker's key, as the
lower-case glosses of ``lone_words._lowercase_spelt_terms`` are), so the reports that share the term
are still keyed by it.
"""

from __future__ import annotations

from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import _SKIP_IN_INITIALS, _initials
from kliping.lang.id import brands, concepts
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.model import PROGRAMME
from kliping.text.tokens import letters_in_order

# The types a glossed term may have been given: a body's, a place's, a person's (all wrong for a term).
_RETYPED = ("ORG", "LOC", "GPE", "PERSON")


def _short_form(w: str) -> bool:
    """An all-capitals short form of two to seven letters no list knows as a body, a company, a
    programme or a term (those lists decide for themselves)."""
    return 2 <= len(w) <= 7 and w.isalpha() and w.isupper() and w not in ABBREVIATIONS \
        and w not in brands.KNOWN_COMPANIES and w not in concepts.PROGRAMME_NAMES and w not in concepts.TERMS


def _gloss_start(st: _Sentence, b: int) -> int | None:
    """Where the thing's spelt-out name before the bracket at ``b`` starts, else None: the run of
    capitalised words (function words inside it, ``dan``, ``atau``) ending at the bracket opens with a
    thing's head (``TERM_NAME_HEADS``), and the short form inside the bracket abbreviates it: its
    letters in order from the head's first letter (Schwartz and Hearst), or the run's initials are the
    short form without its first letter (the name's first word left out by the writer: ``Survei
    Pendahuluan dan Eksplorasi (PSPE)``, of ``Penugasan Survei ...``). A body's cue word after the
    head (the lexicon's ``ORGC``: ``Laporan Lembaga Kajian Energi (LKE)``) makes it a body's name
    after a thing's noun."""
    short = st.w[b + 1]
    a = b
    while a > 0 and (_cap(st.w[a - 1]) or (st.low[a - 1] in _SKIP_IN_INITIALS and a - 1 > 0 and _cap(st.w[a - 2]))):
        a -= 1
    words = st.w[a:b]
    if len(words) < 2 or words[0] not in concepts.TERM_NAME_HEADS or not all(w.isalpha() for w in words):
        return None
    if any(st.label[k] == "ORGC" for k in range(a + 1, b)):
        return None  # "Laporan Lembaga Kajian ... (LKEN)": a body's cue inside, the report of a body
    content = [w for w in words if w.casefold() not in _SKIP_IN_INITIALS]
    if letters_in_order(short, "".join(content)) or _initials(words) == short[1:]:
        return a
    return None


def _glossed_terms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an unknown all-capitals short form the article glosses as a thing (:func:`_gloss_start`)
    is typed a programme wherever it stands alone in the article, and so is the spelt-out name when
    the tagger took it (or a part of it) for a body, a place or a person. ``Badan Pengawas ... (BPx)``
    opens with a body's word and stays; ``Dana Moneter Internasional (IMF)`` is a known body."""
    if any(st.caseless for st in sents):
        return
    terms: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        for b in range(2, st.n - 2):
            if st.w[b] != "(" or st.w[b + 2] != ")" or not _short_form(st.w[b + 1]):
                continue
            a = _gloss_start(st, b)
            if a is None:
                continue
            terms.add(st.w[b + 1])
            for s in sp:
                if s.type in _RETYPED and a <= s.i and s.j <= b:
                    s.type = PROGRAMME
    if not terms:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.j - s.i == 1 and s.type in _RETYPED and st.w[s.i] in terms:
                s.type, s.title = PROGRAMME, None
