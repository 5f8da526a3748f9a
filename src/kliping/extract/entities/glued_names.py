"""Document passes that split a company, office or unit glued before a person's name.

``Perwakilan Tokopedia Laras Pratiwi``, ``Kepala [Badan Gizi Nasional Dadan Hindayana]``: kept together
because they share the plain-name-word test and the article's other mentions of the person.
"""

from __future__ import annotations

import re

from kliping.extract.entities.person_marks import _person_words, _plain_name_words
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import _CONNECT, _HEADS, _TWORDS
from kliping.lang.id import brands, gazetteer, name_prefixes
from kliping.lang.id.titles import (
    BODY_ACRONYMS,
    ONE_WORD_MINISTRY,
    ROYAL_HOUSES,
    UNIT_ACRONYMS,
    UNIT_BODY_HEADS,
    UNIT_SHORT_NAMES,
    health_centre_head,
)

# A capitalised word with "oleh"/"tulisan"/"karya" (by) glued to it: a book or work title written in
# italics lost the space before its author (``Kitab Jamu Racikanoleh Budi Santoso``).
_GLUED_BY = re.compile(r"^[A-Z][a-z]{3,}(?:oleh|tulisan|karya)$")


def _company_then_name(st: _Sentence, s: Span, orgs: set[tuple[str, ...]], added: list[Span]) -> None:
    """``Perwakilan Tokopedia Laras Pratiwi`` read as one organisation: a well-known
    company (``brands.KNOWN_COMPANIES``) or one the article names alone, opening an organisation
    span, followed by two or more plain name words the model reads as a person (0.5), is the
    company and then its speaker (``_glued_prefixes``). The span keeps the company; the person is
    appended to ``added``. The model reads a name it does not know (``Tokopedia Celestine
    Kusumawardani``) as the company's continuation, so for a well-known company the person reading
    may also come from the sentence read without the company (``person_prob_without``), if a word
    before the company says one of its people follows (``brands.COMPANY_PERSON_BEFORE``: ``by``,
    ``Perwakilan``, a profession or title; not ``menampilkan Toyota Kijang Innova Zenix``) and no
    word of the rest is an English word (``Tokopedia Seller Center`` is a unit of the company)."""
    for k in (2, 1):
        head = tuple(st.w[s.i:s.i + k])
        known = " ".join(head) in brands.KNOWN_COMPANIES
        if s.j - s.i - k < 2 or not (known or head in orgs):
            continue
        if _plain_name_words(st, s.i + k, s.j) and not any(_cap(st.w[x]) and st.low[x] in _CONNECT
                                                            for x in range(s.i + k, s.j)) \
                and (st.person_prob(s.i + k, s.j) >= 0.5 or (
                    known and s.j - s.i - k <= 3 and s.i > 0 and (
                        st.low[s.i - 1] in brands.COMPANY_PERSON_BEFORE
                        or st.low[s.i - 1] in name_prefixes.PROFESSION_NOUNS or st.low[s.i - 1] in _HEADS)
                    and not any(gazetteer.is_english_word(st.w[x]) for x in range(s.i + k, s.j))
                    and st.person_prob_without(s.i, s.i + k, s.i + k, s.j) >= 0.5)):
            added.append(Span(s.i + k, s.j, "PERSON", source="rule"))
            s.j = s.i + k
        return


def _org_then_person(st: _Sentence, s: Span, persons: set[tuple[str, ...]], openers: set[str],
                     added: list[Span]) -> None:
    """``Kepala [Badan Gizi Nasional Dadan Hindayana]`` read as one organisation: after an office
    word, an organisation span ending in two to four plain name words is the organisation and then
    the person heading it, when the article names that person elsewhere: the same words as a
    person, or a person whose name opens with the first of them (``kata Dadan``). The first such
    place splits (``Reformis Institute [Pri Agung Rakhmanto]``); ``Nasional`` opens no person's
    name, so the name starts after it. Words after the short form in brackets continue the
    organisation's name (``Universitas Islam Negeri (UIN) Maulana Malik Ibrahim``). The span keeps
    the organisation (two words or more); the person is appended to ``added``."""
    if s.i == 0 or (st.low[s.i - 1] not in _HEADS and st.low[s.i - 1] not in _TWORDS):
        return
    for k in range(max(s.i + 2, s.j - 4), s.j - 1):
        tail = tuple(st.w[k:s.j])
        if (tail in persons or st.w[k] in openers) and _plain_name_words(st, k, s.j) and st.w[k - 1] != ")" \
                and not any(st.low[x] in _CONNECT for x in range(k, s.j)):
            added.append(Span(k, s.j, "PERSON", source="rule"))
            s.j = k
            return


def _first_name_after_org(st: _Sentence, s: Span, sp: list[Span], persons: set[tuple[str, ...]]) -> None:
    """``Kepala [Dinas ... Natal Elpi] [Yanti Harahap]``: the organisation span took the first word of
    the person right after it. When that word and the person's words are a person the article names
    elsewhere (``Rini Yanti Harahap``), and that word alone is one too (``kata Rini``), the word goes
    back to the person (and out of its title); a company's last word the article once glued to a
    name (``PT ... Energindo [Fulan]``) is no one's name alone."""
    nxt = next((o for o in sp if o.i == s.j and o.type == "PERSON"), None)
    if nxt is None or s.j - s.i < 3 or tuple(st.w[s.j - 1:nxt.j]) not in persons \
            or (st.w[s.j - 1],) not in persons or not _plain_name_words(st, s.j - 1, s.j):
        return
    s.j -= 1
    nxt.i -= 1
    if nxt.title is not None:
        nxt.title = (nxt.title[0], nxt.i)


def _glued_prefixes(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: words glued before or after a person's name that are not part of it.

    * a capitalised profession opening the span is the person's role (``Apoteker Rina ...``);
    * an academic title inside the span starts the name (``bukunya Drs H Budi Santoso``: the words
      before it are not the person's), as does the word after a work title glued to ``oleh`` or
      ``tulisan`` by a lost space (``Kitab Jamu Racikanoleh Budi Santoso``);
    * degrees closing a name of two words or more are cut (``Budi Santoso MPH``);
    * the first words of a span of three or more are an organisation when the article names that
      organisation on its own elsewhere, alone (``Mandiri`` ... ``Mandiri Budi Santoso``) or with
      the organisation span right before the person (``PGN Saka`` ... ``Direktur PGN Saka Intan
      Fauzi``); the rest, two plain name words or more, is the person;
    * a person's first word glued to the end of the organisation before it goes back to the person
      when the article names them in full elsewhere (``_first_name_after_org``);
    * a ministry's one-word short form read as a place (``bukan di Kemendikdasmen``) is the ministry.
    One pass over the article's spans.
    """
    orgs = {tuple(st.w[s.i:s.j]) for st, sp in zip(sents, spans, strict=True) if not st.caseless
            for s in sp if s.type == "ORG"}
    # the short form an organisation's name gives in brackets (``Universitas Harapan Bangsa (Unhar)
    # Malang``, the span inside or after the bracket) names it alone too: ``dosen Unhar Budi Santoso`` is the university, then the person
    orgs |= {(st.w[k],) for st, sp in zip(sents, spans, strict=True) if not st.caseless
             for s in sp if s.type == "ORG" for k in range(max(1, s.i), min(s.j, st.n - 1))
             if st.w[k - 1] == "(" and st.w[k + 1] == ")" and _cap(st.w[k]) and st.w[k].isalpha()}
    # people the article names: their words, and the first words of their names (``kata Dadan``)
    persons = _person_words(sents, spans)
    openers = {p[0] for p in persons}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        added: list[Span] = []
        for s in sp:
            if s.type == "ORG" and s.j - s.i >= 3:
                _company_then_name(st, s, orgs, added)
            if s.type == "ORG" and s.j - s.i >= 4 and s.source in ("model", "doc", "cue"):
                _org_then_person(st, s, persons, openers, added)
            if s.type in ("LOC", "GPE") and s.j - s.i == 1 and ONE_WORD_MINISTRY.match(st.w[s.i]):
                s.type = "ORG"  # "bukan di Kemendikdasmen": the ministry, read as a place after "di"
                continue
            if s.type != "PERSON" or s.source == "gaz":
                continue
            if ONE_WORD_MINISTRY.match(st.w[s.i]) or (s.title is None and s.j - s.i >= 2 and any(
                    st.label[k] == "AORG" and _cap(st.w[k]) and not st.w[k].isupper() for k in range(s.i, s.j))):
                # "Kemenkopolkam", "Bidpropam Polda Sumut": an office, never a name (initials alone such
                # as "MA" may be a suspect's)
                s.type = "ORG"
                continue
            if s.j - s.i >= 2 and st.low[s.i] in name_prefixes.PROFESSION_NOUNS and _cap(st.w[s.i]):
                s.title = (s.title[0] if s.title is not None else s.i, s.i + 1)
                s.i += 1
                continue
            glued = next((k for k in range(s.i, s.j - 2) if _GLUED_BY.match(st.w[k])), None)
            if glued is not None and s.j - glued >= 3:
                s.i = glued + 1  # "Kitab Jamu Racikanoleh [Budi Santoso]": a title glued to "oleh"
            for k in range(s.i, s.j - 2):
                if st.low[k].rstrip(".") in name_prefixes.ACADEMIC_TITLES and _cap(st.w[k]):
                    e = k + 1
                    while e < s.j and (st.low[e].rstrip(".") in name_prefixes.ACADEMIC_TITLES
                                       or st.low[e].rstrip(".") in name_prefixes.HAJI_TITLES):
                        e += 1
                    if s.j - e >= 2 and _plain_name_words(st, e, s.j):
                        s.i, s.title = e, (k, e)
                    break
            while s.j - s.i >= 3 and name_prefixes.is_degree_word(st.w[s.j - 1]) \
                    and _plain_name_words(st, s.i, s.i + 2):  # "MPH", "PhD", "MPsi"; not "Ma"
                s.j -= 1
            if s.j - s.i < 3:
                continue
            before = next((o for o in sp if o.j == s.i and o.type == "ORG"), None)
            for k in range(s.j - s.i - 2, 0, -1):
                head = tuple(st.w[s.i:s.i + k])
                glued = before is not None and tuple(st.w[before.i:s.i + k]) in orgs
                if not (glued or head in orgs or (k <= 2 and " ".join(head) in brands.KNOWN_COMPANIES)) \
                        or not _plain_name_words(st, s.i + k, s.j):
                    continue
                if glued and before is not None:
                    before.j = s.i + k
                else:
                    added.append(Span(s.i, s.i + k, "ORG", source="rule"))
                s.i += k
                if s.title is not None:
                    s.title = (s.title[0], s.i)
                break
        for s in sp:
            if s.type == "ORG":  # after the loop: the glued span itself is one of ``orgs``
                _first_name_after_org(st, s, sp, persons)
        if added:
            sp.extend(added)
            sp.sort(key=lambda s: s.i)
            st.titles(added, sp)  # the person cut from an organisation span takes the office before it


def _unit_bodies(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name opening with a unit word (``Satuan Reserse Kriminal``, ``Sekretariat DPRD``,
    ``Bagian Protokol Pemkab X``), a health centre or clinic (``Puskesmas X``, ``Klinik X``:
    ``titles.HEALTH_CENTRE_HEADS``, a body as a hospital is) or a royal house (``Kasultanan``, ``Kadipaten Pakualaman``:
    ``titles.ROYAL_HOUSES``, the institution that owns land and issues letters) or
    one that is a unit's or a joint body's short form (``Satreskrim``, ``Setwan``, ``Provos``,
    ``Forkopimda``, ``Himbara``), or a directorate's short name alone (``ke Minerba``), is an organisation: the model reads these capitalised words after
    ``di``/``ke`` as places, or alone in a list as a first name, but they name a police or government
    unit or a body. A person the model glued after it (``Kepala [Diskominfo Banyumas Budi Santoso]``)
    is split off as ``_org_then_person`` splits one after an organisation's full name."""
    persons = _person_words(sents, spans)
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        added: list[Span] = []
        for s in sp:
            if s.type in ("PERSON", "LOC", "GPE", "PLACE") and s.source not in ("gaz", "product") and (
                    st.low[s.i] in UNIT_ACRONYMS or st.low[s.i] in BODY_ACRONYMS
                    or (st.low[s.i] in UNIT_SHORT_NAMES and s.j - s.i == 1 and _cap(st.w[s.i]))
                    or ((st.low[s.i] in UNIT_BODY_HEADS or health_centre_head(st.low[s.i])) and s.j - s.i >= 2)
                    or (st.low[s.i] in ROYAL_HOUSES and _cap(st.w[s.i]) and s.type != "PERSON")):
                was_person = s.type == "PERSON"
                s.type = "ORG"
                if was_person:
                    s.title = None  # "mantan Ketua [Kelompok Tani X]": the office is the holder's, not the body's
                if was_person and s.j - s.i >= 4:
                    others = {p for p in persons if p != tuple(st.w[s.i:s.j])}
                    _org_then_person(st, s, others, {p[0] for p in others}, added)
        if added:
            sp.extend(added)
            sp.sort(key=lambda o: o.i)
            st.titles(added, sp)
