"""Document pass for the area after a local office (``Camat Cibadak [Fulan]``).

Separate from ``places``: it decides between the office's area and its holder's name, with
its own office and area word lists.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kliping.extract.entities.person_marks import (
    _age_after,
    _person_marks,
    _plain_name_words,
    _speaking_person,
)
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import (
    _JURISDICTION_HEADS,
    _NEIGHBOURHOOD_NOUNS,
    _PLACE_BEFORE,
    _TRIGGER_HEADS,
)
from kliping.extract.ner_features import GPE_OR_SHORT
from kliping.lang.id import calendar, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS, ORG_HEAD_ABBREVIATIONS, REGIONAL_GOVERNMENT_HEADS
from kliping.lang.id.entity_words import (
    AREA_NOUNS,
    AREA_OFFICE_OPENERS,
    CITY_OFFICE_OPENERS,
    COMMANDER_TITLES,
    MILITARY_UNIT_HEADS,
    OFFICE_PLACE_WORDS,
    PLACE_TAILS,
)
from kliping.lang.id.function_words import MOVE_PREPOSITIONS
from kliping.lang.id.titles import (
    BODY_ACRONYMS,
    COMMON_NOUN_ACRONYMS,
    INSTITUTION_NOUN_ACRONYMS,
    RANK_CORPS,
    RANKS,
    REGIONAL_AGENCIES,
    UNIT_ACRONYMS,
)

# Local offices named after the area they govern, then the holder (``Camat Cibadak [Fulan]``,
# ``Bupati Sleman [Fulan]``): the words right after one are the area first. The area-noun heads
# (``desa``, ``kelurahan``) count after ``kepala``/``sekretaris`` (``Kepala Desa Sukamaju [Fulan]``),
# ``kota`` after ``wali``. Not ``kepala``/``ketua`` alone (``Ketua Bima Arya``-like names follow them).
_LOCAL_OFFICES = (_JURISDICTION_HEADS - {"kepala", "ketua", "kadis", "kota"}) | frozenset({
    "perbekel", "sekcam", "sekdes", "kadus", "wakapolsek", "wakapolresta", "kapolsubsektor", "kapospol"})


def _local_office_before(st: _Sentence, i: int) -> bool:
    """A local office (``_LOCAL_OFFICES``) ends right before word ``i``; or a regional agency's short
    name after an office head does (``Kepala BPBD`` + ``Garut``, ``Ketua DPRD`` + ``Sleman``:
    ``titles.REGIONAL_AGENCIES``), which the tagger otherwise runs into the holder's name."""
    if i < 1 or not _cap(st.w[i - 1]):
        return False
    w = st.low[i - 1]
    if w in _LOCAL_OFFICES:
        return True
    if w in REGIONAL_AGENCIES and i >= 2 and (st.low[i - 2] in _TRIGGER_HEADS or st.low[i - 2] in _JURISDICTION_HEADS):
        return True
    if i >= 2 and w == "kota":
        return st.low[i - 2] in CITY_OFFICE_OPENERS
    return i >= 2 and w in AREA_NOUNS and st.low[i - 2] in AREA_OFFICE_OPENERS


def _area_end(st: _Sentence, s: Span, place_use: set[tuple[str, ...]]) -> tuple[int, str, bool] | None:
    """End of the area words opening span ``s`` after a local office, the area's type and whether
    it is a gazetteer region: a region of the gazetteer (GPE), words the document writes as a place
    elsewhere (after ``di``/``desa``/``warga``..., GPE for a district, else LOC) or a neighbourhood
    noun pair; the longest fitting area leaving a name.

    A district of ``kecamatan.txt`` alone does not split a span of two or more words: many are
    also given names (``Bambang``, ``Kamal``, ``Mutiara``, ``Setia``, ``Jaya``), so ``Camat Bambang
    Sutrisno`` stays whole unless the article writes ``Bambang`` as a place. None when the whole
    span, or the area and the first word after it, is itself one place (``Kapolsek Cempaka Putih``,
    ``Kapolsek Tanjung Priok``): a two-word district is no area and a name."""
    def place(k: int) -> bool:
        words = st.w[s.i:k]
        return " ".join(words) in gazetteer.districts() or tuple(words) in place_use
    m = st.gaz_at.get(s.i)
    if (m and m[0] >= s.j) or place(s.j):
        return None
    if m and m[0] < s.j and m[1] in GPE_OR_SHORT:
        return (None if place(m[0] + 1) else (m[0], "GPE", True))
    for k in range(s.j - 1, s.i, -1):
        if tuple(st.w[s.i:k]) in place_use:
            if place(k + 1):
                return None
            return k, "GPE" if " ".join(st.w[s.i:k]) in gazetteer.districts() else "LOC", False
    if st.low[s.i] in _NEIGHBOURHOOD_NOUNS and s.j - s.i >= 3:
        return s.i + 2, "LOC", False  # "Lurah Kebon Kosong [Fulan]": such names are two words
    return None


def _jurisdiction_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``Camat Cibadak Harjono Sutejo`` -> place ``Cibadak`` + person ``Harjono Sutejo``
    (title ``Camat Cibadak``): a local office is followed by its area, then the holder, and the
    model often reads a district or village it does not know (or a regency it does) as the
    person's first name; a place span after the office may likewise hold the name
    (``Wakil Bupati Karawang [Fulan]`` typed LOC).

    The area is a gazetteer region, two words opening with a neighbourhood noun, or words the
    article writes as a place elsewhere (``_area_end``; a district of ``kecamatan.txt`` alone only
    when it is the whole span: ``Kapolsek Genuk, Kompol ...``). Guards:
    the rest is a name (capitalised words, no gazetteer or place word); the area words never open
    a person span elsewhere in the article (``Bambang`` is also a district: ``Camat Bambang Sutrisno``
    ... ``Bambang Sutrisno mengatakan`` stays whole); a place span's rest also needs the model's
    person reading (0.5) unless the area is a gazetteer region. Also: districts after ``warga``/``di``
    are a place (``warga Nagrak Cibadak``; never after ``dari``/``ke``/``menuju``: ``diserahkan ke
    Bambang Jaya`` is a person), and a holder the model missed after office and area is a
    person (``Wali Kota Jambi [Fulan] menjelaskan``). Runs before document consistency, so the copies
    it makes follow the split. Candidates are rare: only they scan the article's words.
    """
    long_starts = {st.w[s.i] for st, sp in zip(sents, spans, strict=True) for s in sp
                   if s.type == "PERSON" and s.j - s.i >= 2}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            # "warga Nagrak Cibadak": districts after a place word, each word one, are a place ("uang
            # dari Bambang" is a person's: one word needs a place word other than dari/ke, and no
            # longer name of the article opening with it)
            if s.type == "PERSON" and s.title is None and s.i > 0 and st.low[s.i - 1] in _PLACE_BEFORE \
                    and not st.caseless and all(st.w[k] in gazetteer.districts() for k in range(s.i, s.j)) \
                    and st.low[s.i - 1] not in MOVE_PREPOSITIONS \
                    and (s.j - s.i >= 2 or st.w[s.i] not in long_starts) \
                    and not _speaking_person(st, s) and not _age_after(st, s.j):
                s.type, s.source = "GPE", "rule"
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        added: list[Span] = []
        for s in sp:
            # "Wali Kota Jambi [Fulan] menjelaskan": the holder after the area, missed by the model
            if s.type in ("GPE", "LOC") and (_local_office_before(st, s.i) or (
                    s.i > 0 and st.low[s.i] == "kota" and st.low[s.i - 1] in CITY_OFFICE_OPENERS)):
                e = st.name_run(s.j, limit=3)
                # (not "Peraturan Gubernur Jawa Timur Nomor 12": a regulation's number follows)
                if e > s.j and (e == st.n or not (_cap(st.w[e]) or st.w[e][:1].isdigit())) \
                        and st.low[s.j] not in calendar.DOC_NUMBER_WORDS and _plain_name_words(st, s.j, e) \
                        and not any(o.i < e and s.j < o.j for o in sp) \
                        and not any(st.w[k] in gazetteer.districts() or st.low[k] in PLACE_TAILS for k in range(s.j, e)):
                    added.append(Span(s.j, e, "PERSON", source="rule"))
        if added:
            sp.extend(added)
            sp.sort(key=lambda o: o.i)
            st.titles(added, sp)
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in [s for s in sp if s.type == "PERSON" and s.j - s.i >= 3 and s.i >= 1 and _cap(st.w[s.i])
                  and st.low[s.i] in REGIONAL_AGENCIES
                  and (st.low[s.i - 1] in _TRIGGER_HEADS or st.low[s.i - 1] in _JURISDICTION_HEADS)]:
            # "Kepala Dinkes Garut [Fulan]" read as one name from "Dinkes": the agency is an
            # organisation, the area and the holder follow it (split below)
            sp.append(Span(s.i, s.i + 1, "ORG", source="rule"))
            s.i, s.title = s.i + 1, None
            sp.sort(key=lambda o: o.i)
            st.titles([s], sp)
        for s in [s for s in sp if s.type == "ORG" and s.j - s.i >= 4 and s.i >= 1 and _cap(st.w[s.i])
                  and st.low[s.i] in REGIONAL_AGENCIES
                  and (st.low[s.i - 1] in _TRIGGER_HEADS or st.low[s.i - 1] in _JURISDICTION_HEADS)]:
            # "Kepala BPBD Garut [Fulan] Jumat malam": a day after the holder leads the tagger to read
            # agency, area and holder as one organisation; a gazetteer region after the agency and
            # capitalised name words after the region are the area and the holder
            m = st.gaz_at.get(s.i + 1)
            if not m or m[1] not in GPE_OR_SHORT or m[0] >= s.j:
                continue
            k = m[0]
            if not all(_cap(st.w[x]) and st.w[x][:1].isalpha() and not st.label[x] and not st.title_head(x)
                       and st.low[x] not in PLACE_TAILS and st.w[x] not in gazetteer.districts()
                       for x in range(k, s.j)) or (s.j - k < 2 and st.person_prob(k, s.j) < 0.5):
                continue  # (one word after the area needs the tagger's person reading)
            holder = Span(k, s.j, "PERSON", source="rule")
            sp.extend([Span(s.i + 1, k, "GPE", source="rule"), holder])
            s.j, s.source = s.i + 1, "rule"
            sp.sort(key=lambda o: o.i)
            st.titles([holder], sp)
    cands = [(si, s) for si, (st, sp) in enumerate(zip(sents, spans, strict=True)) if not st.caseless
             for s in sp if s.type in ("PERSON", "LOC", "GPE") and _local_office_before(st, s.i)
             and (s.j - s.i >= 2 or s.type == "PERSON")]
    if not cands:
        return
    place_use: set[tuple[str, ...]] = set()
    person_starts: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type in ("LOC", "GPE") and not _local_office_before(st, s.i):
                place_use.add(tuple(st.w[s.i:s.j]))
            elif s.type == "PERSON" and not _local_office_before(st, s.i) \
                    and (s.j - s.i >= 2 or s.title is not None or any(_person_marks(st, s))):
                person_starts.add(st.w[s.i])  # not the model's lone "Sleman" that consistency retypes
        for k in range(1, st.n):
            # (not the candidates' own "Kepala Desa [X Fulan]": the office is no place use)
            if (st.low[k - 1] in _PLACE_BEFORE or st.low[k - 1] in AREA_NOUNS) and not _local_office_before(st, k):
                e = st.name_run(k, limit=3)
                for x in range(k + 1, e + 1):
                    place_use.add(tuple(st.w[k:x]))
    for si, s in cands:
        st = sents[si]
        if st.w[s.i] in person_starts:
            continue
        whole = " ".join(st.w[s.i:s.j])
        if s.j - s.i == 1 or (s.type == "PERSON" and whole in gazetteer.districts()):
            # "Kapolsek Genuk, Kompol [Fulan]", "Kapolsek Cempaka Putih, Kompol [Fulan]": the district
            # alone, the holder after a comma or rank
            if (whole in gazetteer.districts() or tuple(st.w[s.i:s.j]) in place_use) \
                    and (s.j == st.n or st.w[s.j] == "," or st.low[s.j] in RANKS):
                s.type, s.title, s.source = "GPE" if whole in gazetteer.districts() else "LOC", None, "rule"
            continue
        got = _area_end(st, s, place_use)
        if got is None:
            continue
        k, typ, region = got
        rest = range(k, s.j)
        if len(st.w[k]) < 3 or st.w[k].isupper() or not all(_cap(st.w[x]) and st.w[x][:1].isalpha() and not st.label[x] and not st.title_head(x)
                   and st.low[x] not in PLACE_TAILS and st.w[x] not in gazetteer.districts() for x in rest):
            continue
        if s.type != "PERSON" and not region and st.person_prob(k, s.j) < 0.5:
            continue
        spans[si].append(Span(s.i, k, typ, source="rule"))
        s.i, s.type, s.title, s.source = k, "PERSON", None, "rule"
        spans[si].sort(key=lambda o: o.i)
        st.titles([s], spans[si])


# A regional office's number after its area (``Kanwil DJP Jawa Tengah II``): a Roman numeral.
OFFICE_NUMBER = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)$")
# A military unit's number: a Roman numeral (``Kodam IV``) or digits, maybe a letter after (``0830``).
_UNIT_NUMBER = re.compile(r"^(?:[IVX]{1,5}|\d{1,4}[A-Z]?)$")


def _slash_units(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a military unit written as its head, its number, a slash and its own name or area
    (``entity_words.MILITARY_UNIT_HEADS``: ``Kodam IV/Diponegoro``, ``Kodim 0830/Surabaya Utara``,
    ``Yonif 315/Garuda``) is one organisation; the tagger cut it at the slash and read the name after
    it as a person (``Diponegoro``), a place or a body of its own. The capitalised words after the
    slash, up to three and not a rank or title head (``Kodim 0402/OKI Letkol ...``), end the unit;
    the spans inside it go. A span reaching in from before the head is left alone."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or "/" not in st.w:
            continue
        for k in range(st.n - 3):
            if st.w[k] not in MILITARY_UNIT_HEADS or not _UNIT_NUMBER.match(st.w[k + 1]) or st.w[k + 2] != "/":
                continue
            e = k + 3
            while e < st.n and e < k + 6 and _cap(st.w[e]) and st.w[e].isalpha() and st.low[e] not in _TRIGGER_HEADS:
                e += 1
            if e == k + 3:
                continue
            inside = [o for o in sp if o.i < e and k < o.j]
            if any(o.i < k or (o.j > e and o.type == "PERSON") for o in inside):
                continue
            end = max([e, *(o.j for o in inside)])
            sp[:] = [o for o in sp if o not in inside]
            sp.append(Span(k, end, "ORG", source="rule"))
            sp.sort(key=lambda o: o.i)


# A rank and its corps or force after a unit's name (``Kolonel Inf``, ``Mayjen TNI``): a span of the
# unit running into them is still the unit's.
_RANK_WORDS = RANKS | RANK_CORPS | {"tni"}


def _commander_units(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a commander's title built on a unit (``entity_words.COMMANDER_TITLES``) is followed
    by the unit's number and name, then the holder (``Pangdam V Brawijaya Mayjen TNI [Fulan]``,
    ``Danrem 084/Bhaskara Jaya``, ``Dandim 0830 Surabaya``). The tagger read the number and name as a
    person (``V Brawijaya``) or a place: a span starting on the number or on the first word of the
    name and ending inside the unit goes, so the number and name stay in the holder's title. The
    unit's name is up to three capitalised words after the number (and a slash), stopping at a rank
    or title head (``Kolonel``, ``Mayjen``); a span running past it into more than a rank and its corps
    (``Bhaskara Jaya Kolonel Inf``) is left alone. The holder after the unit gets its title again,
    and a title starting right after the unit (a rank) now starts at the commander's title."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for k in range(st.n - 2):
            if st.low[k] not in COMMANDER_TITLES or not _cap(st.w[k]) or not _UNIT_NUMBER.match(st.w[k + 1]):
                continue
            first = k + 3 if k + 2 < st.n and st.w[k + 2] == "/" else k + 2
            e = first
            while e < st.n and e < first + 3 and _cap(st.w[e]) and st.w[e].isalpha() and st.low[e] not in _TRIGGER_HEADS:
                e += 1
            gone = [o for o in sp if o.i in (k + 1, first)
                    and all(st.low[x] in _RANK_WORDS for x in range(max(e, k + 2), o.j))]
            sp[:] = [o for o in sp if o not in gone]
            if any(o.i < e and o.j > k for o in sp):
                continue  # a span the rule kept lies over the unit: the title walk stops there
            # the holder's title reaches back over the unit to the commander's title (the walk back
            # stops at the unit's digits or slash: ``Dandim 0830/Surabaya Kolonel Inf [Fulan]``)
            holder = [o for o in sp if o.type == "PERSON" and e <= o.i <= e + 5][:1]
            st.titles(holder, sp)
            if holder and holder[0].title is not None and holder[0].title[0] == e:
                holder[0].title = (k, holder[0].title[1])


def _body_short_name(word: str) -> bool:
    """``BPBD``, ``DPRD``, ``Polda``, ``Pemkab``, ``Dinkes``, ``NasDem``: a body's short name, which
    news writes before the area of the branch or office it means (``BPBD Boyolali``): an all-capital
    acronym, an organisation of the abbreviation list, a regional government's head, or a regional
    agency's, unit's or joint body's short form."""
    if len(word) >= 2 and word.isalpha() and word.isupper():
        return True
    entry = ABBREVIATIONS.get(word)
    low = word.lower()
    return (entry is not None and entry[1] == "ORG") or word in REGIONAL_GOVERNMENT_HEADS \
        or low in REGIONAL_AGENCIES or low in UNIT_ACRONYMS or low in BODY_ACRONYMS


def _place_or_short_form(name: str) -> bool:
    """``name`` is a place of the place data (``Boyolali``, ``NTT``) or a place's news short form of the
    abbreviation list (``Jatim``, ``AS``). One test for the rules that tell a place from a body's short
    form: ``_acronym_of_body``, and in ``acronyms`` a bracketed short form (``_org_short_form``) and the
    area after one (``_area_after_bracket``)."""
    entry = ABBREVIATIONS.get(name)
    return gazetteer.place_kind(name) is not None or (entry is not None and entry[1] in ("GPE", "LOC"))


def _acronym_of_body(word: str) -> bool:
    """An all-capital acronym of two to six letters that is no place's short form nor a place of
    the place data (``GERAM``, not ``DKI``, ``NTT`` or ``AS``)."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper() and not _place_or_short_form(word)


def _indonesian_area(words: list[str]) -> bool:
    """An Indonesian province, regency or city as the place data names it (``Boyolali``, ``Kota
    Cimahi``, ``Kabupaten Sukabumi``, ``Jawa Tengah``) or a province's short form (``Jateng``,
    ``Sumut``): not a country (``RI``), a foreign city (``KBRI Phnom Penh``) or a district."""
    name = " ".join(words)
    if name in gazetteer.regions():
        return True
    entry = ABBREVIATIONS.get(name)
    return entry is not None and entry[1] == "GPE" and gazetteer.regions().get(entry[0], ("",))[0] == "province"


def _body_areas(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a body's short name and the Indonesian area right after it are one organisation,
    the branch or office of that area (``BPBD`` + ``Boyolali`` -> ``BPBD Boyolali``, ``DPRD`` +
    ``Kota Bandung``, ``Polda`` + ``Jateng``), with a Roman office number after the area
    (``Kanwil DJP Jawa Tengah II``), and a written-short head right before the body's name opens it
    (``Kanwil`` + ``DJP Jawa Tengah II`` at a sentence's start, where the tagger leaves it out), while a
    kind of thing written short before it is no part of it (``[Bansos] Kemensos``, the ministry's aid:
    ``titles.COMMON_NOUN_ACRONYMS`` but the institutions), and an acronym and an area the tagger read
    as one place is the body's branch (``GERAM Jateng``), except where a place word before it makes
    the office a place (``di PN Semarang``). The tagger (or ``_jurisdiction_names``, which parts agency,
    area and holder after ``Kepala``) leaves the two apart, or reads the area as a first name, while
    it tags most such offices whole;
    apart, the article seemed to speak of the region itself. The area must be a region of the place
    data written as the place span's whole text, with nothing between (``Kodim 0830/Surabaya``,
    ``Kemenag [Bandar Lampung Azhari]`` stay). The linker still reads the area inside the name
    (``link.aliases.places``: the bare ``Banyumas`` of ``BPBD Banyumas`` ties ``Kabupaten
    Banyumas`` of the same article to the bare name of others)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            # "Kanwil [DJP Jawa Tengah II]": a written-short head before a body's name opens it
            if s.type == "ORG" and s.i > 0 and st.w[s.i - 1] in ORG_HEAD_ABBREVIATIONS \
                    and not any(x.i < s.i <= x.j - 1 or x.j == s.i for x in sp if x is not s):
                s.i -= 1
            # "[Bansos] Kemensos": a kind of thing before a body's short name is what the body gives
            if s.type == "ORG" and s.j - s.i >= 2 and st.low[s.i] in COMMON_NOUN_ACRONYMS \
                    and st.low[s.i] not in INSTITUTION_NOUN_ACRONYMS and _body_short_name(st.w[s.i + 1]):
                s.i += 1
        for s in sp:
            # "oleh [GERAM Jateng]": an acronym and an area the tagger read as one place name the
            # body's branch, unless a place word before it says the office is where things happen
            # ("di [PN Semarang]", "kantor [Pertamina Jakarta]")
            if s.type in ("GPE", "LOC") and s.j - s.i >= 2 and s.source != "gaz" and _acronym_of_body(st.w[s.i]) \
                    and _indonesian_area(st.w[s.i + 1:s.j]) \
                    and not (s.i > 0 and (st.low[s.i - 1] in _PLACE_BEFORE or st.low[s.i - 1] in OFFICE_PLACE_WORDS)):
                s.type, s.source = "ORG", "rule"
        drop: list[Span] = []
        for s, o in pairwise(sp):
            # (the tagger reads a regency after a body's short name as a first name too: ``Pemkab Sleman``)
            if s.type != "ORG" or o.type not in ("GPE", "LOC", "PERSON") or o.i != s.j or s in drop \
                    or (o.type == "PERSON" and o.title is not None) \
                    or not _body_short_name(st.w[s.j - 1]) or not _indonesian_area(st.w[o.i:o.j]):
                continue
            end = o.j
            if end < st.n and OFFICE_NUMBER.match(st.w[end]) and not any(x.i <= end < x.j for x in sp):
                end += 1
            s.j, s.source = end, "rule"
            drop.append(o)
        if drop:
            sp[:] = [x for x in sp if all(x is not d for d in drop)]
