"""Document passes for acronyms, initials and bracketed short forms.

An abbreviation's type from its uses, a suspect's initials (``Saudara AS``) as a person, and
``Universitas Diponegoro (Undip)`` making ``Undip`` the organisation.
"""

from __future__ import annotations

import re

from kliping.extract.entities.canonical import built_on_known_short_form
from kliping.extract.entities.jurisdictions import OFFICE_NUMBER, _body_short_name, _place_or_short_form
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap, _overlaps
from kliping.extract.entities.vocabulary import _HEADS
from kliping.ingest.glue import known_word
from kliping.lang.id import concepts, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS, ORG_HEAD_ABBREVIATIONS
from kliping.lang.id.cues import COMPASS_WORDS
from kliping.lang.id.entity_words import (
    COUNTRY_BEFORE,
    FORT_HEADS,
    NAME_FUNCTION_WORDS,
    PLACE_TAILS,
    SUSPECT_ROLES,
    VICTIM_WORDS,
)
from kliping.lang.id.function_words import AND_WORDS
from kliping.lang.id.titles import (
    BRACKET_SKIPPED_HEADS,
    CASE_ROLE_NOUNS,
    FACILITY_HEADS,
    HONORIFICS,
    INITIALS_ADDRESS_WORDS,
    INITIALS_FORMULA_WORDS,
    OFFICE_CLASSES,
    STREET_HEADS,
)
from kliping.text.tokens import letters_in_order


def _short_form_of(short: str, words: list[str]) -> bool:
    """``short`` can abbreviate ``words`` (Schwartz and Hearst's test for a short form in brackets):
    it opens with the first letter of the first word and its letters occur in the words in order
    (``Danantara`` of ``Daya Anagata Nusantara``, ``Kejari`` of ``Kejaksaan Negeri``), or it is built
    on a body's known short form (``canonical.built_on_known_short_form``: ``Polresta``)."""
    return letters_in_order(short, "".join(words)) or built_on_known_short_form(short, words)


def _kind_before_short_form(st: _Sentence, sp: list[Span]) -> None:
    """``Pondok Pesantren (Ponpes) [Al-Khoziny Sidoarjo]``, ``Rumah Sakit Umum Daerah (RSUD)
    [Cibabat]``: an institution's kind written out (capitalised words opening with an organisation
    cue of the gazetteer, ``ORGC``), its short form in brackets and the institution's own name after
    the bracket are one organisation; the tagger leaves the kind untagged or a place of its own and
    reads the name alone as a place. The short form must abbreviate the kind's words
    (``_short_form_of``); the name after it is any span but a person (``Badan Gizi Nasional (BGN)
    [Fulan]``) or a body of its own (``Direktorat Jenderal Pajak (DJP) [Kementerian Keuangan]``: a
    cue or a body's short name opens it). A span opening with an area (``(BKD) [Sulsel Fulan]``) is
    left to ``_inner_brackets``, which parts the area and the office's holder."""
    for b in range(1, st.n - 3):
        if st.w[b] != "(" or st.w[b + 2] != ")" or not st.w[b + 1].isalpha() or not _cap(st.w[b + 1]):
            continue
        nxt = next((o for o in sp if o.i == b + 3), None)
        if nxt is None or nxt.type == "PERSON" or _area_after_bracket(st.w[nxt.i:nxt.i + 1]) or (nxt.type == "ORG" and (
                st.gaz_at.get(nxt.i, (0, ""))[1] in _BODY_CUE_LABELS or _body_short_name(st.w[nxt.i]))):
            continue
        x = next((x for x in range(b - 1, max(-1, b - 6), -1)
                  if st.gaz_at.get(x, (0, ""))[1] == "ORGC" and all(_cap(w) and w.isalpha() for w in st.w[x:b])
                  and _short_form_of(st.w[b + 1], st.w[x:b])), None)
        if x is None or any(o.i < x < o.j or (o.type == "PERSON" and o.i < b and o.j > x) for o in sp):
            continue
        sp[:] = [o for o in sp if not (o.i < nxt.j and x < o.j)]
        sp.append(Span(x, nxt.j, "ORG", source="rule"))
        sp.sort(key=lambda o: o.i)


def _untagged_heads(st: _Sentence, sp: list[Span]) -> None:
    """``Pemerintah Kota (Pemkot) Surabaya``: the tagger tags the bracketed short form (an ORG span)
    and the place after it, but not the capitalised words before the bracket that it abbreviates. Those
    words (two to five, the shortest run the short form is made of), the bracket and the place are one
    organisation, as ``_inner_brackets`` makes them when the tagger tags the words. Only with a place
    right after the bracket: ``program Makan Bergizi Gratis (MBG)`` names a programme, no body."""
    for b in range(2, st.n - 2):
        if st.w[b] != "(" or st.w[b + 2] != ")" or any(o.j == b or o.i < b < o.j for o in sp):
            continue
        short = st.w[b + 1]
        if not any(o.i == b + 1 and o.j == b + 2 and o.type == "ORG" for o in sp) or not short.isalpha():
            continue
        a = b
        while a > 0 and b - a < 5 and _cap(st.w[a - 1]) and st.w[a - 1].isalpha() \
                and not any(o.i < a <= o.j - 1 or o.i == a - 1 for o in sp):
            a -= 1
        area = next((o for o in sp if o.i == b + 3 and o.type in ("GPE", "LOC")), None)
        if area is None:
            continue  # "program Makan Bergizi Gratis (MBG) di ...": a programme's words, no body's
        start = next((x for x in range(b - 2, a - 1, -1)
                      if st.low[x][:1] == short[:1].lower() and _short_form_of(short, st.w[x:b])), None)
        if start is not None:
            sp[:] = [o for o in sp if not (b < o.j <= area.j)]
            sp.append(Span(start, area.j, "ORG", source="rule"))
            sp.sort(key=lambda o: o.i)


def _head_written_out(st: _Sentence, sp: list[Span], s: Span) -> int | None:
    """Where organisation span ``s`` starts once the written-out head of a two-word short form in
    brackets after it is counted: ``Kantor Wilayah [Direktorat Jenderal Pajak] (Kanwil DJP)``, the
    short head (``Kanwil``, ``Ditjen``: ``ORG_HEAD_ABBREVIATIONS``) then the body's acronym. The head's
    words open the span or stand untagged right before it; None when the bracket is no such short
    form."""
    head = st.w[s.j + 1]
    if head not in ORG_HEAD_ABBREVIATIONS or s.j + 3 >= st.n or not st.w[s.j + 2].isupper():
        return None
    words = ORG_HEAD_ABBREVIATIONS[head].split()
    n = len(words)
    if st.w[s.i:s.i + n] == words:
        return s.i
    a = s.i - n
    if a >= 0 and st.w[a:s.i] == words and not any(o.i < s.i and o.j > a for o in sp):
        return a
    return None


# Gazetteer labels of a body's own name or cue opening a span (``Kementerian``, ``Polri``).
_BODY_CUE_LABELS = frozenset({"ORGC", "AORG"})

# The most words a name cut on the left may take back before its span.
_CUT_NAME_MAX_WORDS = 4


def _cut_before_short_form(st: _Sentence, sp: list[Span]) -> None:
    """``Economic Research [Institute for ASEAN and East Asia] (ERIA)``, ``Accurate Research and
    Consulting [Indonesia] (ARCI)``: a short form in brackets right after a span whose letters do
    not fit the span from its first word but fit it from a capitalised word up to four words before
    it (function words may sit between, and the commas of a name listing fields: ``[Badan Teknologi,
    Informasi, dan] Intelejen Keuangan (BaTII)``) says the tagger cut the name on the left: the span takes
    those words back and is an organisation; a body's cue word (the lexicon's ``ORGC``: ``Badan``)
    opens the name, and the walk stops there. A place span only grows so with a word no Indonesian
    dictionary knows among the words taken (``Warga Negara Indonesia (WNI)``, ``Kamus Besar Bahasa
    Indonesia (KBBI)`` are a status and a book); concept terms (``IHSG``) and a span of a person are
    left alone."""
    taken_heads: list[Span] = []
    for s in sp:
        b = s.j
        if s.type not in ("ORG", "GPE", "LOC") or b + 2 >= st.n or st.w[b] != "(" or st.w[b + 2] != ")":
            continue
        short = st.w[b + 1]
        if not (short.isalpha() and short[:1].isupper() and 3 <= len(short) <= 8) or short in concepts.TERMS \
                or letters_in_order(short, "".join(st.w[s.i:b])):
            continue
        a, start, taken, head = s.i, None, 0, None
        while a > 0 and taken < _CUT_NAME_MAX_WORDS and s.i - a < 2 * _CUT_NAME_MAX_WORDS:
            left = next((o for o in sp if o is not s and o.i < a <= o.j), None)
            if left is not None:
                # "[Badan Teknologi], Informasi, dan [Intelejen Keuangan] (BaTII)": the name's opening
                # the tagger took apart, a body's cue first, joins it across the list's commas
                if a < s.i and left.j == a and left.type == "ORG" and st.label[left.i] == "ORGC" \
                        and letters_in_order(short, "".join(x for x in st.w[left.i:b] if x != ",")):
                    start, head = left.i, left
                break
            w = st.w[a - 1]
            cue = _cap(w) and st.label[a - 1] == "ORGC"
            listed = w == "," and a >= 2 and _cap(st.w[a - 2]) and (_cap(st.w[a]) or st.low[a] in NAME_FUNCTION_WORDS)
            if not (_cap(w) and w.isalpha() and (not st.label[a - 1] or cue)) and w not in NAME_FUNCTION_WORDS \
                    and not listed:
                break
            a -= 1
            taken += _cap(w)
            if _cap(w) and letters_in_order(short, "".join(x for x in st.w[a:b] if x != ",")):
                start = a
            if cue:
                break  # a body's cue word opens the name
        if start is None or st.low[start] in NAME_FUNCTION_WORDS or st.title_head(start):
            continue
        if s.type != "ORG" and all(known_word(st.low[x]) or st.low[x] in NAME_FUNCTION_WORDS for x in range(start, s.i)):
            continue
        s.i, s.type, s.source, s.title = start, "ORG", "rule", None
        if head is not None:
            taken_heads.append(head)
    for head in taken_heads:
        if head in sp:
            sp.remove(head)


def _area_after_bracket(words: list[str]) -> bool:
    """The words after a body's bracketed short form name its area: a gazetteer place, or a place's
    news short form (``ABBREVIATIONS``: ``Badan Pendapatan Daerah (Bapenda) Jatim``, ``(Bappenda)
    NTB``), which regional offices take as often as the place written out; also with a place tail
    after it (``entity_words.PLACE_TAILS``: ``Kepolisian Resor Kota (Polresta) Bogor Kota``, the police
    of the city beside the regency's)."""
    if _place_or_short_form(" ".join(words)):
        return True
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in PLACE_TAILS \
        and _place_or_short_form(" ".join(words[:-1]))


def _area_then_holder(st: _Sentence, body_start: int, nxt: Span) -> bool:
    """``Kepala Badan ... (Bappenda) [NTB Fulan Basri]``: the tagger read the area after a body's
    bracket and the office holder named after it as one place. A title head right before the body
    (``Kepala``, ``Plt Kepala``) says a person follows the office; the span's first word is an area
    (``_area_after_bracket``) and the rest, capitalised words, is no place nor a compass word
    (``cues.COMPASS_WORDS``: ``NTB Barat`` is no holder)."""
    if nxt.type not in ("LOC", "GPE") or nxt.j - nxt.i < 2 or body_start == 0 or st.low[body_start - 1] not in _HEADS:
        return False
    rest = st.w[nxt.i + 1:nxt.j]
    return _area_after_bracket(st.w[nxt.i:nxt.i + 1]) and all(_cap(w) and w.isalpha() for w in rest) \
        and rest[0] not in COMPASS_WORDS and gazetteer.place_kind(" ".join(rest)) is None


def _inner_brackets(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an organisation's short form written inside its name (``Kejaksaan Negeri (Kejari)
    Sumenep``, ``Badan Pengelola Investasi (BPI) Daya Anagata Nusantara (Danantara)``) does not
    end the name: the words after the bracket are the rest of it when they are a gazetteer place
    (the body's area) or capitalised words that a second bracket abbreviates (the full name's own
    short form), not a place or person of their own. A short form of two words whose first is a
    written-short head (``Kantor Wilayah Direktorat Jenderal Pajak (Kanwil DJP) Jawa Tengah II``)
    counts too, with the head's words before the span (``_head_written_out``) and the office's Roman
    number after the area, and so does a field's short form after a head it leaves out
    (``titles.BRACKET_SKIPPED_HEADS``: ``Dinas Pekerjaan Umum (PU) Lembata``, written ``Dinas PU``),
    and a tax office's class before its area (``titles.OFFICE_CLASSES``: ``(KPP) Pratama X``).
    The mention keeps the bracket (offsets are
    the text's); the linker's canonical form drops it (``canonical_form``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or "(" not in st.w:
            continue
        _kind_before_short_form(st, sp)
        _untagged_heads(st, sp)
        _cut_before_short_form(st, sp)
        drop: list[Span] = []
        for s in sp:
            b = s.j
            if s.type != "ORG" or s in drop or b + 3 >= st.n or st.w[b] != "(":
                continue
            start, close = s.i, b + 2
            if st.w[b + 2] != ")":
                start, close = _head_written_out(st, sp, s), b + 3
                if start is None or close >= st.n or st.w[close] != ")":
                    continue
            short = "".join(st.w[b + 1:close])
            if not (short[:1].isupper() and short.isalpha() and 2 <= len(short) <= 12) \
                    or not (_short_form_of(short, st.w[start:b]) or (
                        st.low[start] in BRACKET_SKIPPED_HEADS and _short_form_of(short, st.w[start + 1:b]))):
                continue  # ("Dinas Pekerjaan Umum (PU)": the short form leaves the head out, "Dinas PU")
            c = close + 1  # the words after the bracket, up to the next span's end or a non-name word
            nxt = next((o for o in sp if o.i >= c), None)
            e = c
            while e < st.n and _cap(st.w[e]) and st.w[e][:1].isalpha() and (nxt is None or e < nxt.i):
                e += 1
            if nxt is not None and nxt.i == e and e - c <= 1:
                if nxt.type == "ORG" or (nxt.type == "PERSON" and nxt.title is not None and nxt.title[0] > b):
                    continue  # "(DJP) Kementerian Keuangan", "(BGN) Kepala ... [Fulan]": another name
                if _area_then_holder(st, s.i, nxt):
                    nxt.i, nxt.type = c + 1, "PERSON"  # "Kepala Badan ... (Bappenda) [NTB Fulan]"
                    e = c + 1
                else:
                    e = nxt.j
            if e <= c:
                continue
            rest = st.w[c:e]
            place = _area_after_bracket(rest) or rest[0] in OFFICE_CLASSES.get(short, ())  # "(KPP) Pratama X"
            second = st.w[e + 1] if e + 2 < st.n and st.w[e] == "(" and st.w[e + 2] == ")" else ""
            # (a person's initials, "Hendi Prio Santoso (HPS)", name a person after the body)
            named = second.isalpha() and _short_form_of(second, rest) \
                and second.casefold() != "".join(w[:1] for w in rest).casefold()
            if not (place or named):
                continue
            if place and e < st.n and OFFICE_NUMBER.match(st.w[e]) and not any(o.i <= e < o.j for o in sp):
                e += 1  # "... (Kanwil DJP) Jawa Tengah II": the regional office's number
            s.i, s.j = start, e
            drop.extend(o for o in sp if o is not s and _overlaps(o, Span(b, e, "")))
        if drop:
            sp[:] = [s for s in sp if s not in drop]
            # a person after the joined name takes the title the removed span stopped
            # ("Kepala Badan ... (Danantara) [Fulan]")
            st.titles([o for o in sp if o.type == "PERSON" and o.title is None], sp)


# An initials-only token after these words names a person: the ``berinisial`` (with the initials)
# formula of crime news and address forms (``pria berinisial BS``, ``saudara HP``, ``Pak RK``). These
# are strong enough to tag initials the model missed. Crime and court roles (``tersangka RK``) only
# retype a token the model tagged, and only two or three letters: ``korban KDRT`` or ``pelaku TPPO``
# name an offence, not a person.
_INITIALS_CUES = HONORIFICS | INITIALS_ADDRESS_WORDS | INITIALS_FORMULA_WORDS
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
# Initials in a list after one cue may be one letter (``berinisial S, DP, dan HS``): a list item, never
# a candidate of its own.
_LISTED_INITIALS = re.compile(r"^[A-Z]{1,5}$")


def _initials_cue(st: _Sentence, k: int, strong: bool) -> bool:
    """Token ``k`` (all capitals) is a person's initials by the words around it (``berinisial BS``,
    ``BS (34)``; with ``strong=False`` also ``tersangka BS``)."""
    if len(st.w[k]) > 4 or k == 0:
        return False
    if k + 3 < st.n and st.w[k + 1] == "(" and st.w[k + 2].isdigit() and len(st.w[k + 2]) <= 2 and st.w[k + 3] == ")":
        return True
    # a list of initials after one cue: "berinisial DDS, YQ, dan SR", "APB (21), YZ (26) serta RL (17)",
    # "berinisial S, DP, dan HS"
    a = k - 1
    while a > 0 and (st.w[a] in (",", "(", ")") or st.low[a] in AND_WORDS or st.w[a].isdigit()
                     or _LISTED_INITIALS.match(st.w[a])) and k - a < 24:
        a -= 1
    if st.low[a] in _INITIALS_CUES and (a == k - 1 or (_LISTED_INITIALS.match(st.w[a + 1]) and st.w[k - 1] != "(")):
        return True
    # the weak cue is a role in a case, not a victim: ``korban DBD``, ``korban PHK`` name a disease or
    # an event far more often than a victim's initials (a victim's initials come with ``(34)`` or
    # ``berinisial``, the strong cues above)
    return not strong and len(st.w[k]) <= 3 and st.low[k - 1] in CASE_ROLE_NOUNS and st.low[k - 1] not in VICTIM_WORDS


def _acronym_evidence(st: _Sentence, s: Span, ends: dict[int, Span]) -> str | None:
    """``PERSON``/``ORG`` when the context of the all-capitals token ``s`` says which, else ``None``.

    ``Agus Harimurti Yudhoyono (AHY)`` / ``Badan Informasi Energi AS (EIA)``: a bracketed short form
    takes the type of the name before it; ``_initials_cue`` marks a person's initials. A title
    before it says nothing: ``Presiden SBY`` is a person, ``Kepala BGN`` the head of an organisation.
    """
    k = s.i
    if k >= 1 and st.w[k - 1] == "(" and k + 1 < st.n and st.w[k + 1] == ")":
        prev = ends.get(k - 1)
        if prev is not None and prev.type in ("PERSON", "ORG"):
            return prev.type
    return "PERSON" if _initials_cue(st, k, strong=False) else None


def _acronym_types(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: type all-capitals tokens of 2-5 letters (``EIA``, ``BGN``, ``RK``) by their context
    in the document, not by the model's guess.

    The model types them PERSON or ORG almost at random (the training corpora have few). Evidence
    in the document (``_acronym_evidence``) types every mention of the token; without any, a
    PERSON guess of four or five letters becomes ORG (``HCML``, ``GRACE``), while two or three
    letters keep the model's type: ``SBY``, ``JK`` and ``AHY`` are how news names politicians (the
    model's person probability does not separate them from ``KPI``). Initials after a strong cue
    (``berinisial TW``) are tagged even where the model missed them, and then wherever they recur
    in the document. Gazetteer abbreviations (``AS``, ``KPK``) are left alone.
    """
    votes: dict[str, set[str]] = {}
    strong: set[str] = set()
    cands: list[tuple[_Sentence, Span]] = []
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        ends = {s.j: s for s in sp}
        covered = {k for s in sp for k in range(s.i, s.j)}
        for s in sp:
            if s.j - s.i != 1 or s.type not in ("PERSON", "ORG") or st.label[s.i] \
                    or not _ACRONYM.match(st.w[s.i]):
                continue
            cands.append((st, s))
            ev = _acronym_evidence(st, s, ends)
            if ev:
                votes.setdefault(st.w[s.i], set()).add(ev)
        for k in range(1, st.n):
            if k not in covered and not st.label[k] and _ACRONYM.match(st.w[k]) and _initials_cue(st, k, strong=True):
                strong.add(st.w[k])
    for w in strong:
        votes.setdefault(w, set()).add("PERSON")
    for st, s in cands:
        ev = votes.get(st.w[s.i], set())
        typ = next(iter(ev)) if len(ev) == 1 else (None if ev or len(st.w[s.i]) < 4 else "ORG")
        if typ and typ != s.type:
            s.type = typ
            if typ == "ORG":
                s.title = None
    if not strong:
        return
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        covered = {k for s in sp for k in range(s.i, s.j)}
        added = [Span(k, k + 1, "PERSON", source="rule") for k in range(st.n)
                 if k not in covered and st.w[k] in strong and votes[st.w[k]] == {"PERSON"} and not st.label[k]]
        if added:
            sp.extend(added)
            sp.sort(key=lambda s: s.i)
            st.titles(added)


def _gazetteer_initials(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a country or organisation abbreviation of two or three letters written as a
    suspect's initials (``Saudara AS``, ``tersangka AS``, ``berinisial AS``) is a person.

    ``_acronym_types`` leaves gazetteer abbreviations alone, so the suspect ``AS`` of a corruption
    story became the GPE ``AS`` and the linker merged him into the United States. A strong initials
    cue (``_initials_cue``), or a suspect role right before a country abbreviation (never before an
    organisation's: ``tersangka KPK``), makes that mention a person;
    its other mentions in the document follow (``AS disangkakan ...``) unless the document also
    reads the token as the country or organisation: its full form written out (``Amerika
    Serikat``), a place preposition, a country noun (``warga AS``) or a title (``Presiden AS``)
    before it.
    """
    cued: dict[str, list[tuple[_Sentence, Span]]] = {}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            w = st.w[s.i]
            if s.j - s.i != 1 or s.type not in ("GPE", "ORG") or not st.label[s.i] \
                    or not (2 <= len(w) <= 3 and w.isalpha() and w.isupper()) or s.i == 0:
                continue
            if _initials_cue(st, s.i, strong=True) or (st.low[s.i - 1] in SUSPECT_ROLES and s.type == "GPE"):
                cued.setdefault(w, []).append((st, s))
    if not cued:
        return
    text = " ".join(" ".join(st.w) for st in sents)
    # the other uses of every cued token, gathered in one pass over the document (in document order)
    others: dict[str, list[tuple[_Sentence, Span]]] = {}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.j - s.i == 1 and s.type in ("GPE", "ORG") and st.w[s.i] in cued:
                others.setdefault(st.w[s.i], []).append((st, s))
    for w, hits in cued.items():
        full = ABBREVIATIONS.get(w)
        country = bool(full and full[0] in text)
        todo = list(hits)
        cued_ids = {id(h) for _, h in hits}
        for st, s in others.get(w, ()):
            if id(s) in cued_ids:
                continue
            prev = st.low[s.i - 1] if s.i else ""
            if prev in COUNTRY_BEFORE or prev in _HEADS:
                country = True
            todo.append((st, s))
        for st, s in (hits if country else todo):
            s.type, s.source, s.title = "PERSON", "rule", None
            st.titles([s])


def _bracket_short_forms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a one-word short form in brackets right after an organisation is that organisation
    (``Universitas Diponegoro (Undip)``), and so is every one-word person mention of it in the
    document (``Rektor Undip``, ``Undip tidak akan ...``).

    ``_acronym_types`` does this for all-capitals short forms; written in mixed case (``Undip``,
    ``Unnes``, ``Kemenkeu``) the model reads them as names. A short form the tagger read as a place
    (``Siloam International Hospitals (Siloam)``, ``PT Roatex ... (RITS)``, ``di RITS``) is the
    organisation too, everywhere in the document, when it is its name's short form and no place
    (``_org_short_form``). The other way round, an all-capitals short form the tagger read as a body
    in brackets after a place's name it spells (``Benteng Kuto Besak (BKB)``, ``di BKB``) is that
    place everywhere in the document, unless a list knows it as a body (``ABBREVIATIONS``): a
    short form is typed a body by default, and the place's entity took the body type from it. The
    name must open with a place's head word (:func:`_place_head`): ``Balai Pemantau ... (BPIR)``, a
    body the tagger read as a place, keeps its short form a body. A short form in brackets after a
    name the place gazetteer knows (a regency, a country: ``Ogan Komering Ilir (OKI)``) is that place
    everywhere in the document, and so is the name, whatever type the tagger gave them; a body's
    short form a list knows (``ABBREVIATIONS``) is left alone.
    """
    short: set[str] = set()
    places: set[str] = set()  # short forms the tagger read as places
    of_places: set[str] = set()  # short forms of places the tagger read as bodies
    gazetteer_places: set[str] = set()  # short forms of places the gazetteer knows
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        ends = {s.j: s for s in sp}
        for s in sp:
            if s.j - s.i != 1 or s.i < 2 or st.w[s.i - 1] != "(" or s.j >= st.n or st.w[s.j] != ")":
                continue
            name = ends.get(s.i - 1)
            if s.type == "ORG" and name is not None and name.type != "PERSON" and st.w[s.i].isupper() \
                    and st.w[s.i] not in ABBREVIATIONS and gazetteer.place_kind(" ".join(st.w[name.i:name.j])) \
                    and _short_form_of(st.w[s.i], st.w[name.i:name.j]):
                # "Bupati Ogan Komering Ilir (OKI)", "Persatuan Emirat Arab (PEA)": a regency's or a
                # country's name the gazetteer knows, spelt short, is that place, the name too
                gazetteer_places.add(st.w[s.i])
                name.type, name.title = "GPE", None
                continue
            if s.type == "ORG" and name is not None and name.type == "LOC" and _place_head(st, name.i) \
                    and st.w[s.i].isupper() and st.w[s.i] not in ABBREVIATIONS \
                    and _short_form_of(st.w[s.i], st.w[name.i:name.j]):
                of_places.add(st.w[s.i])
                continue
            if s.type not in ("PERSON", "LOC", "GPE"):
                continue
            if name is None or name.type != "ORG":
                continue
            if s.type == "PERSON":
                short.add(st.w[s.i])
            elif _org_short_form(st.w[s.i], st.w[name.i:name.j]):
                places.add(st.w[s.i])
    if not short and not places and not of_places and not gazetteer_places:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.j - s.i == 1 and ((s.type == "PERSON" and st.w[s.i] in short)
                                   or (s.type in ("LOC", "GPE") and st.w[s.i] in places)):
                s.type, s.title = "ORG", None
            elif s.j - s.i == 1 and s.type == "ORG" and st.w[s.i] in of_places:
                s.type = "LOC"
            elif s.j - s.i == 1 and s.type in ("ORG", "PERSON") and st.w[s.i] in gazetteer_places:
                s.type, s.title = "GPE", None


def _place_head(st: _Sentence, k: int) -> bool:
    """``w[k]`` is a place's head word: a location cue of the lexicon (``Taman``, ``Jembatan``,
    ``Pantai``), a facility's or a street's head (``titles.FACILITY_HEADS``, ``STREET_HEADS``) or a
    fort's (``entity_words.FORT_HEADS``: ``Benteng``)."""
    return st.label[k] == "LOCC" or st.w[k] in FORT_HEADS or st.low[k] in FACILITY_HEADS or st.low[k] in STREET_HEADS


def _office_classes(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name opening with a tax office's class right after the office's short form left
    out of it (``halaman KPP [Pratama Klaten]``: ``titles.OFFICE_CLASSES``) is the office: the short
    form joins the span, an organisation, as the tagger writes ``KPP Pratama Klaten`` elsewhere."""
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.i > 0 and st.w[s.i] in OFFICE_CLASSES.get(st.w[s.i - 1], ()) and s.j - s.i >= 2 \
                    and not any(o.i <= s.i - 1 < o.j for o in sp):
                s.i, s.type, s.title = s.i - 1, "ORG", None


def _org_short_form(short: str, name: str | list[str]) -> bool:
    """``short`` (in brackets after an organisation the tagger read as a place: ``Siloam``, ``RITS``,
    ``Unissula``) is that organisation's short form: no place of the place data or of the
    abbreviation list (``Jatim``, ``DIY`` after a province's office name the province), and its
    letters in order in the name, a company's legal form before it skipped (``PT Roatex ...``)."""
    words = name.split() if isinstance(name, str) else list(name)
    while len(words) > 1 and words[0] in ("PT", "CV", "PT."):
        words = words[1:]
    return not _place_or_short_form(short) and short not in gazetteer.districts() and _short_form_of(short, words)
