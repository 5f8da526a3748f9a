"""Document passes that read spans as places: sentence openers, aged places, cabinets, place lists.

Also street addresses, which ``extract_mentions`` turns into one LOC mention.
"""

from __future__ import annotations

import itertools
from collections import Counter

from kliping.extract.entities.person_marks import _age_after, _person_marks, _plain_name_words
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap, _split_tail
from kliping.extract.entities.vocabulary import (
    _PERSON_MARKS,
    _PLACE_BEFORE,
    _ROMAN,
    _SPEECH_BEFORE,
    _STREET,
    _STREET_TAIL,
    _VERB_START,
)
from kliping.extract.ner_features import GPE_OR_SHORT
from kliping.ingest.glue import known_word
from kliping.lang.id import brands, gazetteer, name_prefixes
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.cues import (
    ADDRESS_SPLIT_WORDS,
    ADMIN_UNIT_WORDS,
    BUILDING_OF_BODY_HEADS,
    COMPASS_WORDS,
    FOREIGN_PLACE_OPENERS,
    PLACE_NOUNS_BEFORE_NAME,
)
from kliping.lang.id.entity_words import (
    AREA_LIST_OPENERS,
    BUILDING_NOUNS,
    COMPANY_FORMS,
    ESTATE_HEAD_PAIRS,
    ESTATE_HEADS,
    FORT_HEADS,
    FORT_TAILS,
    HEADQUARTERS_HEADS,
    HOUSING_NOUNS,
    HYPHENS,
    PLACE_LIST_JOINERS,
    ROAD_TO_WORDS,
)
from kliping.lang.id.function_words import LIST_CONJUNCTIONS, PLACE_PREPOSITIONS


def _opener_places(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name the model typed a place that opens with a personal name's opener
    (``name_prefixes.NAME_OPENERS``: ``Moch``, ``Muhammad``, ``Teuku``, ``Raden``) followed by plain
    name words (``rumah Moch Hasanudin di Gresik``) is a person: no place name opens so (a street
    named after one opens with ``Jalan``). Not after a place word (``di``, ``jalan``, ``kota``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        changed = []
        for s in sp:
            if s.type in ("LOC", "GPE") and s.j - s.i >= 2 and st.low[s.i].rstrip(".") in name_prefixes.NAME_OPENERS \
                    and _cap(st.w[s.i]) and _plain_name_words(st, s.i + 1, s.j) \
                    and not (s.i > 0 and (st.low[s.i - 1] in _PLACE_BEFORE or st.low[s.i - 1] in _STREET)):
                s.type = "PERSON"
                changed.append(s)
        if changed:
            st.titles(changed, sp)


def _aged_places(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name the gazetteer knows as a place but written as a person, with an age in
    brackets and a speech verb before it or a description after it (``kata Vatikan (27),
    pengendara asal Demak``), is a person, and so are its other mentions in the article unless a
    place word stands before them (``di Vatikan``). The age alone is no mark: a table of counts
    (``Jepang (27), Korea (20)``) writes numbers in brackets after countries too. A longer name
    is one when only its first word is a place's (``Paris Amelia Kartika Sari (21), dinyatakan
    ...``): plain name words follow it, no area or gazetteer word."""
    names: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type not in ("GPE", "LOC") or not _age_after(st, s.j) \
                    or (s.j - s.i > 2 and not _plain_name_words(st, s.i + 1, s.j)):
                continue  # a longer place: only a place word with plain name words after it
            before = st.low[s.i - 1] if s.i > 0 else ""
            e = s.j + 3  # after "( 27 )"
            described = e + 1 < st.n and st.w[e] == "," and st.w[e + 1][:1].islower() and st.w[e + 1].isalpha()
            if before in _SPEECH_BEFORE or before in _PERSON_MARKS or described:
                names.add(tuple(st.w[s.i:s.j]))
    if not names:
        return
    for st, sp in zip(sents, spans, strict=True):
        changed = []
        for s in sp:
            if s.type in ("GPE", "LOC") and tuple(st.w[s.i:s.j]) in names \
                    and not (s.i > 0 and st.low[s.i - 1] in _PLACE_BEFORE):
                s.type = "PERSON"
                changed.append(s)
        if changed:
            st.titles(changed)


def _cabinet_places(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a place inside a cabinet's name (``Kabinet [Indonesia] Maju``) is no place: the
    name from ``Kabinet`` over its capitalised words is the cabinet (ORG), as ``Kabinet Merah
    Putih`` is (``_Sentence.cabinet``). ``Kabinet Jepang`` (the place alone after the word) stays
    the country."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or "kabinet" not in st.low:
            continue
        gone: list[Span] = []
        for s in sp:
            if s.type in ("GPE", "LOC") and s.i > 0 and st.cabinet(s.i - 1):
                e = st.name_run(s.j)
                nxt = next((o for o in sp if o is not s and s.j <= o.i < e), None)
                if nxt is not None and nxt.i == s.j and nxt.type == "PERSON":
                    # "Kabinet Indonesia [Maju Budi Gunadi Sadikin]": the cabinet's one dictionary word
                    # (and a Roman numeral, "Bersatu II") opens the person span after it
                    k = nxt.i + 1 if known_word(st.w[nxt.i]) else nxt.i
                    k = k + 1 if nxt.i < k < nxt.j and _ROMAN.match(st.w[k]) else k
                    if k == nxt.j:
                        gone.append(nxt)
                    elif k > nxt.i and nxt.j - k >= 2:
                        nxt.i = k
                        if nxt.title is not None:
                            nxt.title = (nxt.title[0], k)
                    e = k
                elif nxt is not None:
                    e = nxt.i  # a name after the cabinet's words
                if e > s.j:
                    s.i, s.j, s.type, s.title = s.i - 1, e, "ORG", None
        for o in gone:
            sp.remove(o)


# Words that head an administrative area's name (``Kecamatan Jampangtengah``, ``Desa Cijulang``): the
# name after one is that place wherever the article writes it alone. Not ``RT``/``RW``: a neighbourhood
# unit is numbered (``RT 03``), not named.
_AREA_HEADS = ADMIN_UNIT_WORDS - {"rt", "rw"}


def _strong_place(st: _Sentence, s: Span) -> bool:
    """Place span ``s`` is a place by more than the model's word: it holds a gazetteer place, opens
    with an area word (``Kelurahan X``) or is an Indonesian district (``kecamatan.txt``)."""
    if s.type not in ("GPE", "LOC"):
        return False
    if any(st.label[k] in GPE_OR_SHORT for k in range(s.i, s.j)):
        return True
    if st.low[s.i] in _AREA_HEADS and s.j - s.i >= 2:
        return True
    return " ".join(st.w[s.i:s.j]) in gazetteer.districts()


def _area_list(st: _Sentence, chain: list[Span]) -> bool:
    """``chain`` is a list of three or more names opened by a place with its area word (``Kecamatan
    Sampoiniet, Teunom, dan Krueng Sabe``) after a preposition or list opener, its last item after
    ``dan``/``serta``/``atau``: the area word counts for every item, as ``kecamatan A, B, dan C``."""
    first, last = chain[0] if chain else None, chain[-1] if chain else None
    if first is None or last is None or len(chain) < 3 or first.type not in ("GPE", "LOC") or first.j - first.i < 2 \
            or st.low[first.i] not in _AREA_HEADS or not _cap(st.w[first.i]):
        return False
    if first.i == 0 or st.low[first.i - 1] not in AREA_LIST_OPENERS or st.low[last.i - 1] not in LIST_CONJUNCTIONS:
        return False
    # a fronted adjunct (``Saat ditemui di Desa A, Budi dan Andi mengaku …``) or a list that is a
    # clause's subject (``…, Budi dan Andi ditangkap``) may name people after the place
    opener = next((k + 1 for k in range(first.i - 1, -1, -1) if st.w[k] == ","), 0)
    while opener < first.i and not st.w[opener][:1].isalpha():
        opener += 1
    if st.low[opener] in name_prefixes.CLAUSE_OPENERS or st.low[opener] in AREA_LIST_OPENERS:
        return False
    return last.j >= st.n or not _VERB_START.match(st.low[last.j])


# Words before the first item of a list of examples or members (``kota seperti A, B, dan C``).
_EXAMPLE_LIST_OPENERS = brands.LIST_OPENERS | {"meliputi", "contohnya"}


def _place_list(st: _Sentence, chain: list[Span], people: list[Span]) -> bool:
    """``chain`` is a coordination of places with one-word names the model read as people
    (``seperti Shenzhen, Zhuhai``, ``Mostar dan Tyre``): every other item is a place, there are no
    more such names than places, and the list is one, opened by a word of examples (``seperti``)
    or closed by ``dan``/``serta``/``atau``. A list holding a longer person name is a list of
    people; a name followed by a verb is a clause's subject (``ke Medan dan Rina menyusul``)."""
    places = [o for o in chain if o.type in ("GPE", "LOC")]
    if not places or len(places) + len(people) != len(chain) or len(people) > len(places) \
            or any(o.j - o.i != 1 for o in people):
        return False
    if any(o.j < st.n and _VERB_START.match(st.low[o.j]) for o in people):
        return False  # "ke Medan dan Rina menyusul": a clause's subject after the place
    first, last = chain[0], chain[-1]
    opened = first.i > 0 and st.low[first.i - 1] in _EXAMPLE_LIST_OPENERS
    closed = st.low[last.i - 1] in LIST_CONJUNCTIONS
    return opened or closed


def _place_by_context(st: _Sentence, s: Span) -> str | None:
    """The place type one-word span ``s`` takes from its words around, or None: a lower-case place
    noun right before it (``di kota Dubrovnik``, ``blok Andaman``), or a preposition of place before it
    and a comma and a country after it (``di Zhuhai, China``), the way a city is written with its
    country."""
    before = st.w[s.i - 1] if s.i > 0 else ""
    if before in PLACE_NOUNS_BEFORE_NAME:
        return PLACE_NOUNS_BEFORE_NAME[before]
    if before.lower() in PLACE_PREPOSITIONS and s.j + 1 < st.n and st.w[s.j] == "," \
            and st.label[s.j + 1] == "CTRY" and _cap(st.w[s.j + 1]):
        return "GPE"
    return None


def _place_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a village, district or regency the model reads as a person is a place when the
    article says so, and all its unmarked mentions follow.

    Three kinds of evidence: the article writes the name after an area word as a place (``banjir di
    Kecamatan Jampangtengah``, so ``Cisolok, Jampangtengah, dan Purabaya`` holds no person); or once
    in a place's context (``blok Andaman``, ``di Zhuhai, China``: ``_place_by_context``); or the
    name is an item of a list joined by commas and ``dan``/``serta``/``atau`` whose other items are
    at least two places known beyond the model (``_strong_place``) and at least twice as many as its
    person items (``Pinrang, Sidrap, Soppeng, dan Wajo``). A name with a person mark anywhere in the
    article (a title, honorific, naming word, age, speech verb) or that is a word of a longer person
    name of the article stays a person, and a list with such a person in it makes no places."""
    long_words: set[str] = set()
    marked: set[tuple[str, ...]] = set()
    area: dict[tuple[str, ...], str] = {}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            key = tuple(st.w[s.i:s.j])
            if s.type == "PERSON":
                if len(key) >= 2:
                    long_words.update(key)
                if any(_person_marks(st, s)) or _age_after(st, s.j):
                    marked.add(key)
                elif len(key) == 1 and s.title is None:
                    typ = _place_by_context(st, s)
                    if typ is not None:
                        area.setdefault(key, typ)
            elif s.type in ("GPE", "LOC") and s.j - s.i >= 2 and st.low[s.i] in _AREA_HEADS and _cap(st.w[s.i]):
                area.setdefault(key[1:], s.type)
    found: dict[tuple[str, ...], str] = {}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        chain: list[Span] = []
        for s in [*sorted(sp, key=lambda o: o.i), None]:
            if s is not None and chain and 1 <= s.i - chain[-1].j <= 2 \
                    and all(st.low[k] in PLACE_LIST_JOINERS for k in range(chain[-1].j, s.i)) \
                    and (s.i - chain[-1].j == 1 or st.w[chain[-1].j] == ","):
                chain.append(s)
                continue
            people = [o for o in chain if o.type == "PERSON"]
            places = [o for o in chain if _strong_place(st, o)]
            if people and (places or _place_list(st, chain, people)) \
                    and not any(o.title is not None or any(_person_marks(st, o)) for o in people):
                typ = Counter(o.type for o in places or chain if o.type != "PERSON").most_common(1)[0][0]
                if len(places) >= 2 and len(places) >= 2 * len(people):
                    named = people
                elif _area_list(st, chain):
                    # "di Kecamatan Panga, Teunom, dan Krueng Sabe": the area word is the list's
                    named = people
                    typ = chain[0].type
                elif _place_list(st, chain, people):
                    # "kota tua seperti Mostar dan Tyre": a one-word name among places is one
                    named = people
                else:
                    # "di Kecamatan Panga, Darul Hikmah": an item that is itself a district
                    named = [o for o in people if " ".join(st.w[o.i:o.j]) in gazetteer.districts()]
                for o in named:
                    if o.j - o.i <= 2:
                        found.setdefault(tuple(st.w[o.i:o.j]), typ)
            chain = [s] if s is not None else []
    for key, typ in area.items():
        found.setdefault(key, typ)
    found = {k: t for k, t in found.items() if k not in marked and not (len(k) == 1 and k[0] in long_words)}
    if not found:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and s.title is None:
                t = found.get(tuple(st.w[s.i:s.j]))
                if t is not None:
                    s.type = t


def _buildings_and_compass(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: two cuts of one place's name joined again.

    A lone building head (``cues.BUILDING_OF_BODY_HEADS``) tagged right before an organisation
    (``di [Kantor] [Kementerian Keuangan]``) is the first word of the building named by the body
    inside it: one place over both, as the tagger writes ``Kantor Kemenkeu`` when it tags it whole.
    A compass word after a hyphen (``cues.COMPASS_WORDS``: ``Jakarta-[Timur]``) tagged apart closes
    the name before the hyphen (``Kantor Dinas ... Jakarta-Timur``).

    Each span is read against the last one kept, so a grown span goes on growing (``[Kantor]
    [Kementerian Keuangan]-[Timur]`` is one place), and a span joined to the one before is left out of
    the list by not being kept: no span is removed by comparing it with another (two equal ``Span``
    objects never stand in one sorted, non-overlapping list, so equality and identity agree here)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or len(sp) < 2:
            continue
        kept: list[Span] = [sp[0]]
        for nxt in sp[1:]:
            s = kept[-1]
            if s.j - s.i == 1 and st.low[s.i] in BUILDING_OF_BODY_HEADS and nxt.i == s.j and nxt.type == "ORG" \
                    and s.type in ("LOC", "ORG") and nxt.title is None:
                s.j, s.type = nxt.j, "LOC"
            elif nxt.j - nxt.i == 1 and st.w[nxt.i] in COMPASS_WORDS and nxt.i == s.j + 1 and st.w[s.j] == "-" \
                    and s.type in ("LOC", "GPE", "ORG") and nxt.type in ("LOC", "GPE"):
                s.j = nxt.j
            else:
                kept.append(nxt)
        sp[:] = kept


def _headquarters_and_forts(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a unit's headquarters written as one word (``HEADQUARTERS_HEADS``: ``massa datang ke
    Mapolres Grobogan``) and a fort (``FORT_HEADS``, ``FORT_TAILS``: ``Benteng Kuto Besak``, ``dinding
    Red Fort``) that the tagger typed a body are places: the building or monument, as the entity
    README reads ``Mapolsek Tambun``. The unit itself (``Polres Grobogan``) is another name."""
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "ORG" and s.j - s.i >= 2 and (
                    st.w[s.i] in HEADQUARTERS_HEADS or st.w[s.i] in FORT_HEADS or st.w[s.j - 1] in FORT_TAILS):
                s.type = "LOC"


def _units_of_known_bodies(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name typed a place that ends with a known body's short form (``ABBREVIATIONS``:
    ``di Siber Bareskrim``, ``OPD Pemkot``, ``bagian dari Subholding Gas Pertamina``) and opens with no
    building's or ground's noun (``BUILDING_NOUNS``, ``HEADQUARTERS_HEADS``: ``Gedung MK``, ``Kantor
    DJP`` stay places) is a unit of that body, an organisation: the tagger reads it a place after
    ``di``, ``ke`` or ``dari``, where a body handling a case or holding a company is named."""
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type not in ("LOC", "GPE") or not 2 <= s.j - s.i <= 3 or st.w[s.i] in HEADQUARTERS_HEADS:
                continue
            known = ABBREVIATIONS.get(st.w[s.j - 1])
            if known is not None and known[1] == "ORG" and not any(w in BUILDING_NOUNS for w in st.low[s.i:s.j]) \
                    and all(w.isalpha() for w in st.w[s.i:s.j]) and not st.label[s.i]:
                s.type = "ORG"


def _is_estate(st: _Sentence, s: Span) -> bool:
    """Whether span ``s`` names a housing estate or residential complex: a head word after its first
    word (``Griya Asri Residence``, ``Melati Town House``) or a housing noun right before it
    (``perumahan Taman Sari``). Not a company (``PT Bukit Hills``)."""
    words = st.w[s.i:s.j]
    if words[0] in COMPANY_FORMS:
        return False
    if any(w in ESTATE_HEADS for w in words[1:]) or any(p in ESTATE_HEAD_PAIRS for p in itertools.pairwise(words[1:])):
        return True
    return s.i > 0 and st.w[s.i - 1] in HOUSING_NOUNS


def _housing_estates(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a housing estate or residential complex (``_is_estate``) a tagger read as a person
    or a body is a place (the buildings' name, as the entity README reads a building), and so is
    the first word of its name written alone in the article (``pihak Balboa`` after ``Balboa Estate
    Ciputat``) unless a person mark is on it (a title, honorific, naming word)."""
    short: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type in ("PERSON", "ORG") and s.title is None and _is_estate(st, s) \
                    and not any(_person_marks(st, s)):
                s.type = "LOC"
                if s.j - s.i >= 2:
                    short.add(st.w[s.i])
    if not short:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and s.j - s.i == 1 and s.title is None and st.w[s.i] in short \
                    and not any(_person_marks(st, s)):
                s.type = "LOC"


def _foreign_place_openers(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a place span right after an English opener of place names that is no Indonesian word
    (``cues.FOREIGN_PLACE_OPENERS``: ``warga New [Jersey]``) takes the opener back: ``New Jersey`` is
    the state, not the island the gazetteer knows as ``Jersey``. Only when no other span holds the
    opener."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type in ("LOC", "GPE") and s.i > 0 and st.w[s.i - 1] in FOREIGN_PLACE_OPENERS \
                    and not any(o.i <= s.i - 1 < o.j for o in sp if o is not s):
                s.i -= 1


def _address_areas(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: two places of an address the tagger joined into one span (``Cikini Kec. Menteng``,
    ``Desa Sukamaju Kecamatan Cibeber``) are split before the local area word (``cues.ADDRESS_SPLIT_WORDS``)
    that opens the second, when a capitalised name follows it: each is a place of its own, and the
    linker joins each with its other mentions. A street's span is left to ``_street``."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        out: list[Span] = []
        for s in sp:
            parts = [s]
            if s.type in ("LOC", "GPE") and st.low[s.i].rstrip(".") not in _STREET:
                cuts = [k for k in range(s.i + 1, s.j - 1) if st.low[k].rstrip(".") in ADDRESS_SPLIT_WORDS
                        and _cap(st.w[k]) and _cap(st.w[k + 1 if st.w[k + 1] != "." else min(k + 2, s.j - 1)])]
                if cuts:
                    bounds = [s.i, *cuts, s.j]
                    parts = [Span(a, b, s.type, source=s.source) for a, b in itertools.pairwise(bounds)]
            out.extend(parts)
        sp[:] = out


# Kinds of the place data a street is in (``gazetteer.place_kind``: a city, a regency, a regency's short name).
_TOWN_KINDS = frozenset({"city", "regency", "short"})


def _street_cities(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a street span of three words or more ending in a city or regency of the place data
    (``Jalan Kejaksaan [Medan]``, ``Jalan Veteran [Klaten]``) is the street and the city it is in, two
    places: the city leaves the span, a place of its own. Not after a word naming a road by where it
    leads (``entity_words.ROAD_TO_WORDS``: ``Jalan Raya Bogor``), and not before a hyphen: a street
    span, a hyphen and a place are one road between two towns (``Jalan Pantura Semarang-Demak``),
    joined here into the street."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        drop: list[Span] = []
        added: list[Span] = []
        for s in sp:
            if s.type not in ("LOC", "GPE") or s in drop or st.low[s.i].rstrip(".") not in _STREET:
                continue
            if s.j + 1 < st.n and st.w[s.j] in HYPHENS:
                o = next((x for x in sp if x.i == s.j + 1 and x.type in ("GPE", "LOC")), None)
                if o is not None:
                    s.j, s.source = o.j, "rule"
                    drop.append(o)
                continue
            for k in (s.j - 1, s.j - 2):
                if k - s.i >= 2 and st.low[k - 1] not in ROAD_TO_WORDS and all(_cap(w) for w in st.w[k:s.j]) \
                        and gazetteer.place_kind(" ".join(st.w[k:s.j])) in _TOWN_KINDS:
                    added.append(_split_tail(s, k, k, "GPE"))
                    break
        if drop or added:
            sp[:] = sorted([x for x in sp if all(x is not d for d in drop)] + added, key=lambda x: x.i)


def _street(words: list[str], s: Span) -> tuple[int, int] | None:
    """Word range ``[street word, end)`` when span ``s`` is the name of a street, else ``None``."""
    def is_street(k: int) -> bool:
        return words[k].rstrip(".").lower() in _STREET

    # ``Jl. MT Haryono``, ``Jalan Kapten Tendean``: up to two capitalised title words may stand
    # between the street word and the name the model found.
    # The abbreviation's full stop may stand between them too (``Jl HR. Rasuna Said``).
    start = next((k for k in range(s.i, max(-1, s.i - 4), -1)
                  if is_street(k) and all(words[m][:1].isupper() or words[m] == "." for m in range(k + 1, s.i))),
                 None)
    if start is None:
        return None
    end = s.j
    for k in range(start + 1, s.j):
        if words[k].rstrip(".").lower() in _STREET_TAIL:
            end = k
            break
    return (start, end) if end > start + 1 else None


def _country_nicknames(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a country's nickname (``gazetteer.country_nicknames``: ``Paman Sam``, ``Negeri Tirai
    Bambu``, ``Negeri Jiran``) is that country, a GPE, whether the tagger missed it, cut it (``Negeri
    [Paman Sam]``) or read it as a person or a body; the linker's canonical form joins it to the
    country. The longest nickname wins; a longer name of a body holding it (``Bank Sentral Paman
    Sam``) stays as it is."""
    names = sorted((n.split() for n in gazetteer.country_nicknames()), key=len, reverse=True)
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        taken: list[tuple[int, int]] = []
        for words in names:
            n = len(words)
            for k in range(st.n - n + 1):
                if st.w[k:k + n] != words or any(a < k + n and k < b for a, b in taken):
                    continue
                if any(o.i <= k and k + n <= o.j and o.j - o.i > n and o.type != "PERSON" for o in sp):
                    continue
                sp[:] = [o for o in sp if not (o.i < k + n and k < o.j)]
                sp.append(Span(k, k + n, "GPE", source="rule"))
                taken.append((k, k + n))
        if taken:
            sp.sort(key=lambda o: o.i)
