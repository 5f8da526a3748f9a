"""Document pass for an office unit and the regional body or area written right after it.

``Satuan Polisi Perairan dan Udara (Satpolairud) [Polres Situbondo]``, ``Seksi Kesejahteraan Sosial
[Kecamatan Manonjaya]``, ``Dinas ... (DKPKP) [Pemprov DKI]``: a unit that every regency's police or
every province's government has is named by the unit and the body or area that owns it. The tagger
stops the unit at its own words (or its bracketed short form) and tags the owner apart, so the
dossier lists a bare ``Satpolairud`` that could be any regency's. Apart from ``acronyms``'
``_inner_brackets``, which joins a body's name to the area or the full name after its short form:
this pass joins a unit to its owner, which is a name of its own (``Polres Situbondo``) and stays one
where no unit stands before it.
"""

from __future__ import annotations

from kliping.extract.entities.acronyms import _short_form_of
from kliping.extract.entities.jurisdictions import _body_short_name, _indonesian_area
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import _UNIT_OPENERS
from kliping.extract.ner_features import GPE_OR_SHORT
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.entity_words import OFFICE_PLACE_WORDS, OWNER_AREA_NOUNS, REGIONAL_OFFICE_HEADS
from kliping.lang.id.function_words import AND_WORDS
from kliping.lang.id.titles import UNIT_ACRONYMS

# A unit's first word: a unit's head, a regional office's, or a unit written short (``Satpolairud``);
# also the alias linker's test of an office written without its area (``link.aliases.short_forms``).
OFFICE_OPENERS = _UNIT_OPENERS | REGIONAL_OFFICE_HEADS | UNIT_ACRONYMS


def _unit_opener(st: _Sentence, s: Span) -> bool:
    """Span ``s`` opens with a unit's word (``Satuan``, ``Seksi``, ``Dinas``, ``Direktorat``; a unit
    written short, ``Satpolairud``) and names no area of its own (``Polsek Kawali Polres Ciamis`` is
    a station and its parent, each with its own area: left apart)."""
    return st.low[s.i] in OFFICE_OPENERS and not any(st.gaz_at.get(k, (0, ""))[1] in GPE_OR_SHORT for k in range(s.i, s.j))


def _regional_body(st: _Sentence, o: Span) -> bool:
    """``Polres Situbondo``, ``Pemprov DKI``, ``BPBD Garut``: a body's short name and an Indonesian area
    (``jurisdictions._body_short_name``, ``_indonesian_area``), the owner a unit is named with."""
    return o.type == "ORG" and o.j - o.i >= 2 and _body_short_name(st.w[o.i]) and _indonesian_area(st.w[o.i + 1:o.j])


def _parent_body(st: _Sentence, o: Span) -> bool:
    """``DPR RI``, ``BI``, ``Kejari Sidoarjo``: an organisation span opening with a body's short name
    (``jurisdictions._body_short_name``), the parent a unit written with its own bracketed short form
    right before it belongs to (``Badan Anggaran (Banggar) [DPR RI]``, ``Departemen ... (DPMA) [BI]``).
    An all-capitals word must be a known body's (``ABBREVIATIONS``): ``(BUP) [MLFF]`` is a role and
    the system it runs."""
    w = st.w[o.i]
    entry = ABBREVIATIONS.get(w)
    return o.type == "ORG" and ((entry is not None and entry[1] == "ORG") or (not w.isupper() and _body_short_name(w)))


def _owner_area(st: _Sentence, o: Span) -> bool:
    """``Kecamatan Manonjaya``, ``Kabupaten Garut``: a place span opening with an area noun and a
    capitalised name, the area a unit of its government serves."""
    return o.type in ("GPE", "LOC") and o.j - o.i >= 2 and st.low[o.i] in OWNER_AREA_NOUNS \
        and _cap(st.w[o.i]) and _cap(st.w[o.i + 1])


def _bracket_end(st: _Sentence, s: Span, sp: list[Span]) -> int:
    """Where the words after span ``s`` start once its own bracketed short form is passed
    (``Satuan ... [(Satpolairud)] Polres``), or the short form of its head's title (``Kepala Seksi
    Intelijen [(Kasi Intel)] Kejari ...``): the bracket holds one to three capitalised words and no
    span reaching out of it."""
    b = s.j
    if b + 2 >= st.n or st.w[b] != "(":
        return b
    e = next((k for k in range(b + 2, min(b + 5, st.n)) if st.w[k] == ")"), None)
    if e is not None and all(_cap(w) for w in st.w[b + 1:e]) \
            and all(b < o.i and o.j <= e for o in sp if o.i <= e and o.j > b):
        return e + 1
    return b


def _office_parents(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an organisation span opening with a unit's word (``_unit_opener``), then (after its
    own bracketed short form, if any) right away a regional body (``_regional_body``) or an area
    (``_owner_area``), is one organisation with it: ``Seksi Kesejahteraan Sosial Kecamatan
    Manonjaya``, ``Satuan ... (Satpolairud) Polres Situbondo``. A unit's bracketed short form
    (``titles.UNIT_ACRONYMS``) the tagger tagged alone (of any type) between untagged capitalised
    words and the owner (``_untagged_heads`` leaves it when the owner is no place) opens the joined
    name from the words it abbreviates (``acronyms._short_form_of``); a unit written short and left
    untagged right before a regional body opens the body's span (``Satpolairud Polres Situbondo``). Nothing may stand between (``Dinas Sosial, Kecamatan ...``,
    ``Dinas Sosial bersama Polres ...`` stay apart)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or not sp:
            continue
        drop: list[Span] = []
        for s in sp:
            if s in drop:
                continue
            b = s.i - 1
            if b >= 2 and s.j == s.i + 1 and st.w[b] == "(" and s.j < st.n and st.w[s.j] == ")" \
                    and st.low[s.i] in UNIT_ACRONYMS:
                # "Satuan Polisi Perairan dan Udara (Satpolairud)": only the bracket is tagged
                a = b
                while a > 0 and b - a < 6 and (_cap(st.w[a - 1]) or st.low[a - 1] in AND_WORDS) \
                        and not any(o.i < a <= o.j for o in sp):
                    a -= 1
                start = next((x for x in range(a, b - 1) if _cap(st.w[x]) and _short_form_of(st.w[s.i], st.w[x:b])), None)
                if start is None:
                    continue
                c = s.j + 1
            elif _unit_opener(st, s) and (s.type == "ORG" or (
                    s.type in ("LOC", "GPE") and st.low[s.i] not in OFFICE_PLACE_WORDS)):
                # (the tagger reads some units as places, "Satuan Reserse Kriminal"; not "Kantor ...")
                start, c = s.i, _bracket_end(st, s, sp)
            else:
                continue
            o = next((x for x in sp if x.i == c), None)
            if o is None or o in drop or not (_regional_body(st, o) or _owner_area(st, o) or (
                    c > s.j and st.w[s.j] == "(" and _parent_body(st, o))):
                continue
            s.i, s.j, s.type, s.source, s.title = start, o.j, "ORG", "rule", None
            drop.extend(x for x in sp if x is not s and x.i < s.j and s.i < x.j)  # the owner, the short form
        for o in sp:
            # "khususnya Satpolairud [Polres Situbondo]": a unit written short the tagger left out
            if o not in drop and o.i > 0 and _regional_body(st, o) and st.low[o.i - 1] in UNIT_ACRONYMS \
                    and _cap(st.w[o.i - 1]) and not any(x.i < o.i <= x.j for x in sp if x is not o):
                o.i, o.source = o.i - 1, "rule"
        if drop:
            sp[:] = [x for x in sp if all(x is not d for d in drop)]
