"""Places named two ways: a region with and without ``Kota`` / ``Kabupaten``
(:func:`region_bare`), a facility or landform with and without its head word (:func:`facility_bare`),
a local area with and without ``Kecamatan`` / ``Desa`` (:func:`local_area_bare`), a housing estate with
and without its head word (:func:`estate_bare`), a building or site with and without the town it
stands in (:func:`town_tail`), and the joins of those bare names once events are known
(:func:`_join_regions`, :func:`_bare_region_of_its_story`, :func:`_join_town_tails`).

Apart because places join on the place data and on where they are written, not on the name
rules people and bodies follow.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from kliping.lang.id import gazetteer
from kliping.lang.id.abbreviations import LEGAL_FORM_AFTER, LEGAL_FORM_BEFORE
from kliping.lang.id.alias_words import (
    BRANCH_HEADS,
    BRANCH_KIND_WORDS,
    CITY_HEADS,
    CITY_LIST_WORDS,
    COMPLEX_BUILDING_KINDS,
    COMPLEX_HEADS,
    DISTRICT_HEADS,
    OWN_SEAT_ORG_HEADS,
    PROVINCE_HEADS,
    REGION_KIND_WORDS,
)
from kliping.lang.id.brands import LIST_OPENERS
from kliping.lang.id.cues import ORG_HEADS, STATE_WORDS
from kliping.lang.id.entity_words import ESTATE_HEAD_PAIRS, ESTATE_SHORT_FORM_HEADS
from kliping.lang.id.titles import (
    FACILITY_HEADS,
    FIELD_NOUNS,
    INSTITUTION_KIND_WORDS,
    LOCAL_AREA_HEADS,
    OFFICE_UNITS,
    REGIONAL_AGENCIES,
    STREET_HEADS,
    TITLE_WORDS,
    UNIT_SHORT_NAMES,
)
from kliping.link.aliases.forms import Form, Mentions, story_articles
from kliping.link.aliases.keys import _REGION, PLACE_TYPES, STRIP, _place_short_form, is_place, type_key
from kliping.model import Evidence, Sentence


def region_bare(full: str, typ: str) -> str | None:
    """``X`` of a place mention ``Kota X`` / ``Kabupaten X`` when Indonesia has only one region of
    that name and ``X`` is no foreign city, country or sea/region of the place data; None otherwise.
    :func:`resolve` joins it with a bare ``X`` place only where one article writes both forms or the
    two share an event (``Puncak``, a resort near Bogor, is not ``Kabupaten Puncak`` in Papua)."""
    if typ not in PLACE_TYPES:
        return None
    m = _REGION.match(full)
    if not m or not _single_region(m.group(2)):
        return None
    bare = m.group(2)
    if bare in gazetteer.countries() or bare in gazetteer.places() or gazetteer.cities().get(bare, "ID") != "ID":
        return None
    return bare


def kind_word_bare(full: str, typ: str) -> str | None:
    """The place a place's name names with the words of its kind dropped: a state's formal words
    before a country (``Kerajaan Arab Saudi`` -> ``Arab Saudi``, ``cues.STATE_WORDS``; not a
    country's own formal name of the place data, ``Republik Demokratik Kongo``), ``Kota`` before a
    foreign city of the place data (``Kota Makkah`` -> ``Makkah``; not a city that is a country too,
    ``Singapura``) and ``Provinsi`` before an Indonesian province (``Provinsi Nusa Tenggara Barat``,
    ``Provinsi DKI Jakarta``). One place whatever the tagger typed it (LOC or GPE, or ORG for a
    state: news names a state's government by its country), so :func:`_join_kind_word_bares` joins
    the two keys in every story; None for other names. An Indonesian ``Kota X`` is
    :func:`region_bare`'s, joined on evidence, since ``X`` may be a regency too."""
    toks = full.split()
    if len(toks) < 2 or typ not in PLACE_TYPES | {"ORG"}:
        return None
    head, rest = toks[0].casefold(), " ".join(toks[1:])
    countries = gazetteer.countries()
    if head in STATE_WORDS and full not in countries:
        while len(toks) > 1 and toks[0].casefold() in STATE_WORDS:
            toks = toks[1:]
        bare = " ".join(toks)
        return bare if bare in countries else None
    if typ not in PLACE_TYPES:
        return None
    if head in CITY_HEADS and gazetteer.cities().get(rest, "ID") != "ID" and rest not in countries:
        return rest
    if head in PROVINCE_HEADS and gazetteer.regions().get(rest, ("",))[0] == "province":
        return rest
    return None


def _join_kind_word_bares(mentions: Mentions) -> None:
    """A place named with the words of its kind joins its bare name (:func:`kind_word_bare`:
    ``Kota Makkah`` / ``Makkah``, ``Kerajaan Arab Saudi`` / ``Arab Saudi``) wherever each is
    written: the words say which kind of place it is, never which one. Joined once events are
    known, so the event linker's article names are unchanged."""
    _join_through_place(mentions, kind_word_bare)


def _join_through_place(mentions: Mentions, place_of: Callable[[str, str], str | None]) -> None:
    """Each form joins the key of the place ``place_of(full, type)`` names for it (a place's key: its
    name typed ``GPE``), added to the union-find when no form holds it yet."""
    uf = mentions.uf
    for f in mentions.forms:
        if f.key:
            place = place_of(f.full, f.type)
            key = type_key(place, "GPE") if place else None
            if key and key != f.key:
                uf.add(key)
                uf.union(key, f.key)


def city_other_name(full: str, typ: str) -> str | None:
    """The official ``Kota X`` of a place mention written with a city's everyday name or epithet
    (``gazetteer.city_other_names``: ``Solo``, ``Kota Solo`` -> ``Kota Surakarta``; ``Kota Pahlawan``
    -> ``Kota Surabaya``), else None. A bare everyday name may take the city word before it
    (``alias_words.CITY_HEADS``)."""
    if typ not in PLACE_TYPES:
        return None
    other = gazetteer.city_other_names()
    if full in other:
        return other[full]
    head, _, rest = full.partition(" ")
    if head.casefold() in CITY_HEADS and rest in other and rest.split()[0].casefold() not in CITY_HEADS:
        return other[rest]
    return None


def _join_city_other_names(mentions: Mentions) -> None:
    """A city written with its everyday name or epithet joins its official name wherever each is
    written (:func:`city_other_name`: ``Solo`` / ``Kota Surakarta``): which city the other name names
    is common knowledge, not an article's fit. Joined once events are known, so the event linker's
    article names are unchanged, and through the official name's key only: the entity keeps the name
    its forms vote for (the data is no spelling of the tagger's gazetteer, so no mention or type
    moves)."""
    _join_through_place(mentions, city_other_name)


def in_place_data(name: str) -> bool:
    """``name`` is a place, district or region of the place data (:func:`is_place`,
    ``gazetteer.districts``, ``gazetteer.regions``): a bare name that is one names that place, not
    the facility, estate or building written with it (:func:`facility_bare`, :func:`estate_bare`,
    :func:`town_tail`)."""
    return is_place(name) or name in gazetteer.districts() or name in gazetteer.regions()


# The most words the name after a facility's or landform's head word may have (:func:`facility_bare`).
FACILITY_NAME_MAX_WORDS = 3


def facility_bare(full: str, typ: str) -> str | None:
    """``X`` of a place mention ``Kosmodrom X``, ``Pelabuhan X``, ``Gunung X`` (a head word of a
    facility or landform, :data:`FACILITY_HEADS`, then up to :data:`FACILITY_NAME_MAX_WORDS`
    capitalised words) when ``X`` is no place, region or district of the place data of its own
    (``Pulau Bali`` is not ``Bali`` the province, ``Stasiun Gambir`` not the district). Like
    :func:`region_bare`, :func:`resolve` joins it with a bare ``X`` place only where one article
    writes both forms or the two share an event."""
    if typ not in PLACE_TYPES:
        return None
    toks = full.split()
    for n in (2, 1):
        head = " ".join(toks[:n]).casefold()
        rest = toks[n:]
        if head in FACILITY_HEADS:
            break
    else:
        return None
    if not 1 <= len(rest) <= FACILITY_NAME_MAX_WORDS or not all(w[:1].isupper() for w in rest):
        return None
    bare = " ".join(rest)
    if in_place_data(bare) or bare.casefold() in FACILITY_HEADS:
        return None
    return bare


def estate_bare(full: str, typ: str) -> str | None:
    """``X`` of a housing estate's name ``X Estate`` / ``X Residence Y`` (the capitalised words before
    its first head word of ``entity_words.ESTATE_SHORT_FORM_HEADS``, at most :data:`FACILITY_NAME_MAX_WORDS`) when
    ``X`` is no place of the place data (``Senayan Park`` is not the district ``Senayan``): news names
    an estate by its first words after writing it out (``pihak X``). Joined like :func:`facility_bare`."""
    if typ not in PLACE_TYPES:
        return None
    toks = full.split()
    k = next((i for i, w in enumerate(toks) if i and (w in ESTATE_SHORT_FORM_HEADS or (w, *toks[i + 1:i + 2]) in ESTATE_HEAD_PAIRS)),
             0)
    if not 1 <= k <= FACILITY_NAME_MAX_WORDS or not all(w[:1].isupper() for w in toks[:k]):
        return None
    bare = " ".join(toks[:k])
    if in_place_data(bare):
        return None
    return bare


def local_area_bare(full: str, typ: str) -> str | None:
    """``X`` of a place mention ``Kecamatan X`` / ``Desa X`` (a head word of a local area,
    :data:`LOCAL_AREA_HEADS`, then up to :data:`FACILITY_NAME_MAX_WORDS` capitalised words) when
    ``X`` is no city, country or region of the place data (``Kecamatan Cilacap`` is not the regency
    ``Cilacap``); a district's name is the area's own. :func:`_join_regions` joins it with a bare
    ``X`` place where one article writes both forms or the two share an event, and only when no
    other area of that name is written there (``Desa Cisolok`` in ``Kecamatan Cisolok``)."""
    if typ not in PLACE_TYPES:
        return None
    toks = full.split()
    rest = toks[1:]
    if not toks or toks[0].casefold() not in LOCAL_AREA_HEADS or not 1 <= len(rest) <= FACILITY_NAME_MAX_WORDS:
        return None
    if not all(w[:1].isupper() for w in rest):
        return None
    bare = " ".join(rest)
    if is_place(bare) or bare in gazetteer.regions() or bare.casefold() in LOCAL_AREA_HEADS:
        return None
    return bare


# The most words a region's bare name written at the end of a body's name may have (``BPBD Aceh Jaya``).
BODY_AREA_MAX_WORDS = 3


def body_area(full: str, typ: str) -> str | None:
    """``X`` of an organisation ``BPBD X`` / ``Polres X`` / ``Badan ... Daerah X`` whose last words
    are an Indonesian regency's or city's bare name (the place data's ``short`` kind, no ``Kota`` /
    ``Kabupaten`` before it): the office of that region, whose name writes the region's bare form.
    :func:`_join_regions` counts its article as one writing the bare ``X``, as when the tagger read
    the area apart (``BPBD`` + ``Banyumas``): the body's name is the region's bare form in that
    article, the bridge between ``Kabupaten X`` there and a bare ``X`` elsewhere."""
    if typ != "ORG":
        return None
    toks = full.split()
    for n in range(min(BODY_AREA_MAX_WORDS, len(toks) - 1), 0, -1):
        bare = " ".join(toks[-n:])
        if gazetteer.regions().get(bare, ("",))[0] == "short" and toks[-n - 1].casefold() not in ("kota", "kabupaten"):
            return bare
    return None


# The most words of a town's name written after a place's own name (``... Jakarta Pusat``), and the
# fewest words of the place's own name before it (``Istana Jakarta`` may be the town's palace of any
# name; ``Istana Kepresidenan Jakarta`` is one named building).
TOWN_TAIL_MAX_WORDS = 2
PLACE_BEFORE_TOWN_MIN_WORDS = 2


def town_tail(full: str, typ: str) -> tuple[str, str] | None:
    """``(place, town)`` of a place mention written with the Indonesian region it stands in after
    its own name (``Istana Kepresidenan Jakarta Pusat`` -> ``("Istana Kepresidenan", "Jakarta
    Pusat")``, ``Stadion Teladan Medan``); None otherwise. Not a street (:data:`STREET_HEADS`: every
    town has a ``Jalan Veteran``), a local area, or a place whose own name is a place or region of
    the place data (``Jawa Tengah Semarang`` is a list). :func:`_join_town_tails` joins it with the
    bare place. An organisation (``Universitas Borobudur Jakarta``, ``Ponpes Al-Khoziny Sidoarjo``)
    only when its bare name is one body's own (:func:`_named_body`), not an office with a branch
    in every town (``Pengadilan Tipikor Jakarta``, ``Kejaksaan Negeri Sikka``)."""
    if typ == "ORG":
        return _org_town_tail(full)
    if typ != "LOC":
        return None
    toks = full.split()
    if not toks or toks[0].casefold() in STREET_HEADS or toks[0].casefold() in LOCAL_AREA_HEADS:
        return None
    for n in range(min(TOWN_TAIL_MAX_WORDS, len(toks) - PLACE_BEFORE_TOWN_MIN_WORDS), 0, -1):
        town = " ".join(toks[-n:])
        if town not in gazetteer.regions():
            continue
        place = " ".join(toks[:-n])
        if not all(w[:1].isupper() for w in toks[:-n]) or _REGION.match(place):
            return None
        if in_place_data(place):
            return None
        return place, town
    return None


# Lower-case words after an organisation's head that say what kind of body it is, not which one
# (:func:`_named_body`).
_BODY_KIND_WORDS: frozenset[str] = (BRANCH_KIND_WORDS | INSTITUTION_KIND_WORDS | TITLE_WORDS | FIELD_NOUNS
                                    | OFFICE_UNITS | UNIT_SHORT_NAMES | REGIONAL_AGENCIES | ORG_HEADS
                                    | REGION_KIND_WORDS)
# A field noun by its shape: ``Kesehatan``, ``Pendidikan``, ``Perhubungan`` (ke-/pe-...-an).
_FIELD_NOUN_SHAPE = re.compile(r"^(?:ke|pe)\w+an$")


def _proper_name_word(w: str) -> bool:
    """A word of an organisation's own name: capitalised, no acronym, no number, no word of a body's
    kind or field (:data:`_BODY_KIND_WORDS`, a ke-/pe-...-an noun) and no region or place."""
    low = w.casefold()
    return (w[:1].isupper() and not w.isupper() and w.isascii() and not any(c.isdigit() for c in w)
            and low not in _BODY_KIND_WORDS and not _FIELD_NOUN_SHAPE.match(low)
            and w not in gazetteer.regions() and not is_place(w))


def _named_body(words: Sequence[str]) -> bool:
    """An organisation's bare name (head first) is one body's own: after a head of an institution
    with one seat (:data:`OWN_SEAT_ORG_HEADS`: ``Universitas``, ``Ponpes``; not ``Badan``, whose
    names are common words, nor a branch's, :data:`BRANCH_HEADS`) it holds a proper-name
    word (:func:`_proper_name_word`: capitalised and no acronym, no word of a body's kind or field
    (:data:`BRANCH_KIND_WORDS`, ``Tipikor``, ``Negeri``, ``Kesehatan``), no number and no region or
    place (``Polres Metro``))."""
    if len(words) < PLACE_BEFORE_TOWN_MIN_WORDS or words[0].casefold() in BRANCH_HEADS:
        return False
    head = 2 if " ".join(words[:2]).casefold() in OWN_SEAT_ORG_HEADS else 1
    if head == 1 and words[0].casefold() not in OWN_SEAT_ORG_HEADS:
        return False
    return any(_proper_name_word(w) for w in words[head:])


def _company_name(words: Sequence[str]) -> bool:
    """A company's bare name: a legal form first (``abbreviations.LEGAL_FORM_BEFORE``: ``PT``,
    ``CV``), then a proper-name word (:func:`_proper_name_word`: ``PT Sinar Energindo``, not ``PT
    Bank``). The company is one, its offices in many towns: a town after its name says where the
    office is, not which company, so the name written with a town is the bare company's where its
    story writes that (:func:`_join_town_tails`)."""
    return (len(words) >= PLACE_BEFORE_TOWN_MIN_WORDS and words[0] in LEGAL_FORM_BEFORE
            and any(_proper_name_word(w) for w in words[1:]))


def _province_short_form(word: str) -> str | None:
    """The province a short form stands for (``Jateng`` -> ``Jawa Tengah``, ``DIY``;
    :func:`~kliping.link.aliases.keys._place_short_form` checked against the place data): a
    company's office is named with it as with a town."""
    place = _place_short_form(word)
    return place if place and gazetteer.regions().get(place, ("",))[0] == "province" else None


def _org_town_tail(full: str) -> tuple[str, str] | None:
    """``(body, town)`` of an organisation written with the Indonesian region it stands in after
    its own name, the longest such region (``... Bandar Lampung``, not ``... Lampung``), when the
    words before are all capitalised and one body's own name (:func:`_named_body`) or a company's
    (:func:`_company_name`: ``PT Sinar Energindo Asahan``, a legal form after the name dropped,
    ``PT X Tbk Medan``; the town may be a province's short form, ``PT X Jatim``, given written
    out); None otherwise."""
    toks = full.split()
    company = bool(toks) and toks[0] in LEGAL_FORM_BEFORE
    for n in range(min(TOWN_TAIL_MAX_WORDS, len(toks) - 1), 0, -1):
        town: str | None = " ".join(toks[-n:])
        if town not in gazetteer.regions():
            town = _province_short_form(toks[-1]) if company and n == 1 else None
            if town is None:
                continue
        body = toks[:-n]
        if company:
            while len(body) > 1 and body[-1] in LEGAL_FORM_AFTER:
                body = body[:-1]
        if not all(w[:1].isupper() for w in body) or _REGION.match(" ".join(body)):
            return None
        if not (_company_name(body) if company else _named_body(body)):
            return None
        return " ".join(body), town
    return None


def _town_within(small: str, big: str) -> bool:
    """The town ``small`` is ``big`` or lies in it: ``big`` with words added (``Jakarta Pusat`` in
    ``Jakarta``), or a region of the province ``big`` by the place data (``Medan`` in ``Sumatera
    Utara``, ``Jakarta Pusat`` in ``DKI Jakarta``)."""
    if small.split()[:len(big.split())] == big.split():
        return True
    regions = gazetteer.regions()
    outer, inner = regions.get(big), regions.get(small)
    return bool(outer and inner and outer[0] == "province" and inner[0] != "province" and inner[1] == outer[1])


def _nested(a: str, b: str) -> bool:
    """One of the towns ``a`` and ``b`` lies in the other (:func:`_town_within`)."""
    return _town_within(a, b) or _town_within(b, a)


def _one_town(towns: set[str]) -> bool:
    """The towns name one place: each lies in the others or holds them (``Jakarta``, ``Jakarta
    Pusat``; :func:`_nested`), not two towns (``Jakarta``, ``Bogor``)."""
    return all(_nested(a, b) for a in towns for b in towns)


def _own_words(name: str) -> tuple[str, ...]:
    """An organisation's name words casefolded, legal forms (``PT``, ``Tbk``) and brackets dropped."""
    return tuple(w.casefold().strip(STRIP) for w in name.split()
                 if w not in LEGAL_FORM_BEFORE and w not in LEGAL_FORM_AFTER and w.strip(STRIP))


def _sister_named(bare: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    """One of ``names`` is longer than the body's bare name ``bare`` and starts with its words."""
    return any(len(n) > len(bare) and n[:len(bare)] == bare for n in names)


def _join_town_tails(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A place written with its town (``Istana Kepresidenan Jakarta``) is the bare place
    (``Istana Kepresidenan``) its article, or an article of its event, writes, when the run writes
    that place with one town only: ``Istana Kepresidenan Bogor`` beside ``... Jakarta`` in the run
    leaves every tailed use apart, as does a tailed use whose article and event never write the bare
    name. Re-keys the tailed uses that join; where all of a tailed name's uses join, its key joins
    the bare one (a speaker written with it resolves through its key). Two tailed names of one place
    whose towns lie one in the other (``... Jakarta`` / ``... Jakarta Pusat``, :func:`_nested`) name
    one building or body wherever they are written, bare name or not: their keys join. Places and
    organisations are matched apart (a bare key may be a building's and a body's), and an
    organisation's bare name joins only where the run names no sister body with it: another name
    that starts with its words (``PT Karya Nabati Sulawesi`` beside ``PT Karya Nabati Asahan``: the
    bare ``PT Karya Nabati`` may be a group of firms or either)."""
    # (bare key, an organisation's) -> (tailed form, town)
    tailed: dict[tuple[str, bool], list[tuple[Form, str]]] = defaultdict(list)
    bare_words: dict[tuple[str, bool], tuple[str, ...]] = {}
    for f in mentions.forms:
        found = town_tail(f.full, f.type) if f.key else None
        if found:
            kind = (type_key(found[0], f.type), f.type == "ORG")
            tailed[kind].append((f, found[1]))
            bare_words[kind] = _own_words(found[0])
    if not tailed:
        return
    org_names = {_own_words(f.full) for f in mentions.forms if f.key and f.type == "ORG"}
    bare_arts: dict[tuple[str, bool], set[int]] = defaultdict(set)
    for f in mentions.forms:
        if f.key and (f.type == "ORG" or f.type in PLACE_TYPES):
            kind = (f.key, f.type == "ORG")
            if kind in tailed:
                bare_arts[kind].add(f.article)
    story = story_articles(event_of)
    for (bare_key, _org), uses in tailed.items():
        town_of = {f.key: t for f, t in uses}  # (a tailed key is one name: one town)
        for a, b in itertools.combinations(sorted(town_of), 2):
            if _nested(town_of[a], town_of[b]):
                mentions.uf.union(a, b)
        arts = bare_arts.get((bare_key, _org))
        if not arts or not _one_town({t for _f, t in uses}):
            continue
        if _org and _sister_named(bare_words[(bare_key, _org)], org_names - {_own_words(f.full) for f, _t in uses}):
            continue
        left: set[str] = set()
        moved: set[str] = set()
        for f, _town in uses:
            if story(f.article) & arts:
                moved.add(f.key)
                f.key = bare_key
            else:
                left.add(f.key)
        for key in moved - left:
            mentions.uf.union(bare_key, key)


def cut_complex(full: str) -> tuple[str, str] | None:
    """``(head, kind)`` of a complex named by its kind of building alone (``Kompleks Istana`` ->
    ``("kompleks", "istana")``: :data:`COMPLEX_HEADS`, then a word of :data:`COMPLEX_BUILDING_KINDS`),
    casefolded; None otherwise (``Kompleks Istana Kepresidenan`` names its building)."""
    toks = full.casefold().split()
    if len(toks) == 2 and toks[0] in COMPLEX_HEADS and toks[1] in COMPLEX_BUILDING_KINDS:
        return toks[0], toks[1]
    return None


def _join_cut_complexes(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A complex named by its kind of building alone (``Kompleks Istana``, :func:`cut_complex`) is
    the one complex of the run whose name starts with those words and goes on (``Kompleks Istana
    Kepresidenan``), as a reader takes the short name for the complex the news names in full, when
    the run names one such complex only (two, ``... Kepresidenan`` and ``... Bogor``, leave it apart)
    and its story (article and event) names no other building of that kind (``Istana Bogor``: the
    complex may be that one). Re-keys the uses that qualify; where all of a cut name's uses moved,
    its key joins the complex's (a speaker written with it resolves through its key)."""
    uf = mentions.uf
    cut: dict[tuple[str, str], list[Form]] = defaultdict(list)
    kinds: set[str] = set()
    for f in mentions.forms:
        found = cut_complex(f.full) if f.key and f.type in PLACE_TYPES else None
        if found:
            cut[found].append(f)
            kinds.add(found[1])
    if not cut:
        return
    # (head, kind) -> the keys of the longer names; kind -> (article, root) of buildings of that kind
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)
    buildings: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for f in mentions.forms:
        if not f.key or f.type not in PLACE_TYPES:
            continue
        toks = f.full.split()
        low = [w.casefold() for w in toks]
        if len(toks) > 2 and (low[0], low[1]) in cut and all(w[:1].isupper() for w in toks[2:]):
            longer[(low[0], low[1])].add(f.key)
        for k in (0, 1):
            # (a building of the kind has a name after it: a bare ``Istana`` is no other building)
            if len(low) > k + 1 and low[k] in kinds and (k == 0 or low[0] in COMPLEX_HEADS):
                buildings[low[k]].add((f.article, uf.find(f.key)))
    story = story_articles(event_of)
    for (head, kind), uses in cut.items():
        roots = {uf.find(k) for k in longer.get((head, kind), set())}
        if len(roots) != 1:
            continue
        root = next(iter(roots))
        target = min(longer[(head, kind)])  # (one root: any of its keys, the same one every run)
        own = {uf.find(f.key) for f in uses if f.key}
        moved: set[str] = set()
        left: set[str] = set()
        for f in uses:
            near = story(f.article)
            if any(a in near and r != root and r not in own for a, r in buildings[kind]):
                left.add(f.key or "")
                continue
            moved.add(f.key or "")
            f.key = target
        for key in moved - left:
            uf.union(target, key)


def _single_region(name: str) -> bool:
    """Exactly one of ``Kota name`` / ``Kabupaten name`` is an Indonesian region."""
    r = gazetteer.regions()
    if r.get(name, ("",))[0] == "province":  # "Jambi", "Bengkulu": the bare name is the province too
        return False
    found = [p for p in ("Kota ", "Kabupaten ") if p + name in r or p + "Administrasi " + name in r]
    return len(found) == 1


def _city_and_regency(name: str) -> bool:
    """Indonesia has both ``Kota name`` and ``Kabupaten name`` and no province ``name``."""
    r = gazetteer.regions()
    return r.get(name, ("",))[0] != "province" and all(
        p + name in r or p + "Administrasi " + name in r for p in ("Kota ", "Kabupaten "))


# The words written right before a region's bare name that say which kind of region it is: its
# head's office or its government (``Bupati Karanganyar``, ``Pemkab Karanganyar``, ``se-Kabupaten
# Bandung``; ``Wali Kota Jambi``, ``Pemkot Jambi``).
_KIND_CUE = re.compile(
    r"(?:\b(?P<kabupaten>Bupati|Wakil Bupati|Wabup|Pemkab|Pemerintah Kabupaten|DPRD Kabupaten|[Kk]abupaten)"
    r"|\b(?P<kota>Wali ?[Kk]ota|Wakil Wali ?[Kk]ota|Walkot|Wawali|Pemkot|Pemerintah Kota|DPRD Kota|[Kk]ota))\s+$")


# ``kota`` (or ``kota-kota``), words of :data:`CITY_LIST_WORDS`, a list opener of
# ``brands.LIST_OPENERS`` and the list's names before the one at the end (:func:`_listed_as_city`).
_CITY_LIST = re.compile(r"[Kk]ota(?:-kota)?(?P<words>(?:\s+[a-z]+)*?),?\s+(?:" + "|".join(sorted(LIST_OPENERS))
                        + r")\s+(?:di\s+)?(?P<items>[^.;:()]*)$")
# Everything up to the last ``kota`` of a text: the greedy run backs off from the end, so a place
# late in a long paragraph costs the distance to that word, not a scan of every earlier one.
_UP_TO_LAST_KOTA = re.compile(r".*\b[Kk]ota\b", re.DOTALL)
_LIST_SEPARATOR = re.compile(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")


def _listed_as_city(before: str) -> bool:
    """The text ``before`` a bare place name ends in a list of cities opened after its last
    ``kota``: ``kota besar seperti Medan, Padang, dan`` + ``Jambi``. Every name before it in the
    list is capitalised words (at most three), joined by commas, ``dan`` or ``serta``."""
    last = _UP_TO_LAST_KOTA.match(before)
    m = _CITY_LIST.match(before, last.end() - len("kota")) if last else None
    if not m or not set(m.group("words").split()) <= CITY_LIST_WORDS:
        return False
    *names, last = _LIST_SEPARATOR.split(m.group("items"))
    return last == "" and all(1 <= len(t.split()) <= 3 and all(w[:1].isupper() for w in t.split()) for t in names)


def _cued_kind(ev: Evidence, f: Form, sents: Sequence[Sentence]) -> str | None:
    """``Kota`` or ``Kabupaten``: the kind of region the words right before the bare place use
    ``f`` name (:data:`_KIND_CUE`: ``Bupati Karanganyar``, ``Wali Kota Jambi``), or ``Kota`` for a
    name in a list of cities (:func:`_listed_as_city`); None otherwise."""
    m = ev.mentions[f.mention]
    if not 0 <= m.sentence < len(sents):
        return None
    text = sents[m.sentence].text
    cue = _KIND_CUE.search(text[max(0, m.start - 40):m.start])
    if cue:
        return "Kabupaten" if cue.group("kabupaten") else "Kota"
    return "Kota" if _listed_as_city(text[:m.start]) else None


def _join_cued_cities(articles: Sequence[Evidence], mentions: Mentions) -> None:
    """A province's name that is also a city's (``Jambi``, ``Bengkulu``) written bare right after a
    city's cue (``Wali Kota Jambi``, ``kota besar seperti Medan dan Jambi``: :func:`_cued_kind`)
    is the city, where the run writes the city (``Kota Jambi``): that use takes the city's key. Only
    the cued use moves: the article's other bare uses may be the province (``Gubernur Jambi``),
    which :func:`_join_regions` never joins to the city."""
    regions = gazetteer.regions()
    for i, local in mentions.by_article.items():
        sents = articles[i].doc.sentences if i < len(articles) else []
        for f in local:
            if not f.key or f.type not in PLACE_TYPES or f.text != f.full \
                    or regions.get(f.full, ("",))[0] != "province" or f"Kota {f.full}" not in regions:
                continue
            key = type_key(f"Kota {f.full}", "GPE")
            if key in mentions.uf.parent and key != f.key and _cued_kind(articles[i], f, sents) == "Kota":
                f.key = key


def _districts_placed(local: Sequence[Form]) -> set[str]:
    """The cities and regencies sharing a bare name whose districts an article's place forms name
    (``Kecamatan Semarang Barat`` -> ``Kota Semarang``; ``gazetteer.region_districts``: a district's
    name unique in Indonesia, written after a district head, ``Kecamatan`` or ``Distrik``)."""
    found: set[str] = set()
    districts = gazetteer.region_districts()
    for f in local:
        if f.key and f.type in PLACE_TYPES:
            head, _, name = f.full.partition(" ")
            if head.casefold() in DISTRICT_HEADS and name in districts:
                found.add(districts[name])
    return found


def region_cues(articles: Sequence[Evidence], mentions: Mentions) -> dict[int, dict[str, str]]:
    """Article -> bare place key -> the full region its office or government words name
    (``Bupati Karanganyar`` -> ``Kabupaten Karanganyar``), where every such word before the bare
    name in the article names one kind and Indonesia has a region of that kind and name: the article
    writes that region as surely as one writing ``Kabupaten Karanganyar`` (:func:`_join_regions`);
    so does a district of the region the article places something in (``di PN Semarang, Kecamatan
    Semarang Barat``: :func:`_districts_placed`), for the article's every bare use of the name.
    A name in a list of cities (``kota besar seperti Semarang, Surabaya, dan Jambi``,
    :func:`_listed_as_city`) is cued as the city."""
    regions = gazetteer.regions()
    out: dict[int, dict[str, str]] = {}
    for i, local in mentions.by_article.items():
        kinds: dict[str, set[str]] = defaultdict(set)
        sents = articles[i].doc.sentences if i < len(articles) else []
        for f in local:
            if not f.key or f.type not in PLACE_TYPES or f.text != f.full or _REGION.match(f.full):
                continue
            kind = _cued_kind(articles[i], f, sents)
            if kind and (f"{kind} {f.full}" in regions or f"{kind} Administrasi {f.full}" in regions):
                kinds[f.key].add(f"{kind} {f.full}")
        for region in _districts_placed(local):
            bare = region.split(" ", 1)[1]
            for f in local:
                if f.key and f.type in PLACE_TYPES and f.text == f.full == bare:
                    kinds[f.key].add(region)
        found = {key: next(iter(k)) for key, k in kinds.items() if len(k) == 1}
        if found:
            out[i] = found
    return out


def _join_regions(mentions: Mentions, event_of: dict[int, str],
                  cues: dict[int, dict[str, str]] | None = None) -> None:
    """``Kota X`` / ``Kabupaten X`` joins the bare place ``X`` (:func:`region_bare`), and ``Kosmodrom
    X`` / ``Pelabuhan X`` and ``Kecamatan X`` / ``Desa X`` the bare ``X`` (:func:`facility_bare`,
    :func:`local_area_bare`), only where one article writes both forms or an article of each shares
    an event; an article writing the region's office or government with the bare name (``cues``,
    :func:`region_cues`: ``Bupati Karanganyar``) writes the region. A local area takes the bare uses of those articles only (many villages share a name),
    the others join the keys."""
    uf = mentions.uf
    bare_arts: dict[str, set[int]] = defaultdict(set)
    region_arts: dict[tuple[str, str], set[int]] = defaultdict(set)
    bare_forms: dict[str, list[Form]] = defaultdict(list)
    local_areas: set[str] = set()  # keys of ``Kecamatan X`` / ``Desa X`` forms
    for f in mentions.forms:
        area = body_area(f.full, f.type) if f.key else None
        if area:
            bare_arts[type_key(area, "GPE")].add(f.article)
        if not f.key or f.type not in PLACE_TYPES:
            continue
        bare = region_bare(f.full, f.type) or facility_bare(f.full, f.type) or estate_bare(f.full, f.type)
        if not bare:
            bare = local_area_bare(f.full, f.type)
            if bare:
                local_areas.add(f.key)
        if bare:
            region_arts[(f.key, type_key(bare, f.type))].add(f.article)
        else:
            bare_arts[f.key].add(f.article)
            bare_forms[f.key].append(f)
    # an article writing the region's office or government with the bare name writes the region
    for i, found in (cues or {}).items():
        for bare_key, region in found.items():
            key = type_key(region, "GPE")
            if key in mentions.uf.parent and region_bare(region, "GPE"):
                region_arts[(key, bare_key)].add(i)
    # the articles and events of each bare name's qualified forms: a local area joins its bare name
    # only where no other qualified form of that name is written (``Desa X`` and ``Kecamatan X``)
    qualified: dict[str, list[tuple[str, set[object]]]] = defaultdict(list)
    for (key, bare_key), arts in region_arts.items():
        qualified[bare_key].append((key, set(arts) | {event_of[i] for i in arts if i in event_of}))
    full_of: dict[str, str] = {}
    region_keys = region_arts_keys(region_arts)  # once, not per form
    for f in mentions.forms:
        if f.key in region_keys:
            full_of.setdefault(f.key, f.full)
    _bare_region_of_its_story(mentions, bare_forms, event_of, cues)
    for (key, bare_key), arts in region_arts.items():
        other = bare_arts.get(bare_key)
        if not other or bare_key not in bare_forms:
            continue  # (a body's area alone, no bare place of that name: nothing to join)
        ev = {event_of.get(i) for i in arts} - {None}
        province = _province_of(full_of.get(key, ""))
        with_province = province and any(
            province in f.full for i in other for f in mentions.by_article.get(i, []) if f.type in PLACE_TYPES)
        if key in local_areas:
            own = next(a for k, a in qualified[bare_key] if k == key)
            if any(k != key and a & own for k, a in qualified[bare_key]):
                continue  # two areas of that name in one article or event: the bare one may be either
            # many villages share a name: only the bare uses of the area's articles and events move
            for f in bare_forms[bare_key]:
                if f.article in own or event_of.get(f.article) in own:
                    f.key = key
            continue
        if arts & other or ev & ({event_of.get(i) for i in other} - {None}) or with_province:
            uf.union(key, bare_key)


def _bare_region_of_its_story(mentions: Mentions, bare_forms: dict[str, list[Form]], event_of: dict[int, str],
                              cues: dict[int, dict[str, str]] | None = None) -> None:
    """Where a city and a regency share a name (``Kota Bandung``, ``Kabupaten Bandung``), the bare
    name (``Bandung``) is the one of the two its article names, as news writes the region out (or
    its head or government: ``Bupati Bandung``, :func:`region_cues`) when it means it; an article
    naming neither takes the one its story (event) names. With both named (or neither, in article
    and story) the bare name stays apart, since it may be either. Only those articles' bare uses
    take the region's key: elsewhere the bare name may be either, so the keys stay apart (a
    province of the name, ``Jambi``, keeps the bare name apart too)."""
    named: dict[tuple[int, str], set[str]] = defaultdict(set)  # (article, bare key) -> region keys
    for f in mentions.forms:
        m = _REGION.match(f.full) if f.key and f.type in PLACE_TYPES else None
        if m and _city_and_regency(m.group(2)):
            named[(f.article, type_key(m.group(2), f.type))].add(f.key)  # type: ignore[arg-type]
    for i, found in (cues or {}).items():
        for bare_key, region in found.items():
            m = _REGION.match(region)
            key = type_key(region, "GPE")
            if m and _city_and_regency(m.group(2)) and key in mentions.uf.parent:
                named[(i, bare_key)].add(key)
    in_story: dict[tuple[str, str], set[str]] = defaultdict(set)  # (event, bare key) -> region keys
    for (i, bare_key), keys in named.items():
        if i in event_of:
            in_story[(event_of[i], bare_key)] |= keys
    for bare_key, forms in bare_forms.items():
        for f in forms:
            keys = named.get((f.article, bare_key)) or in_story.get((event_of.get(f.article, ""), bare_key), set())
            if len(keys) == 1:
                f.key = next(iter(keys))


def region_arts_keys(region_arts: dict[tuple[str, str], set[int]]) -> set[str]:
    return {k for k, _b in region_arts}


def _province_of(region: str) -> str:
    """The province of an Indonesian region name (``Kota Mataram`` -> ``Nusa Tenggara Barat``)."""
    m = _REGION.match(region)
    for name in (region, "Kota Administrasi " + m.group(2) if m else region):
        if name in gazetteer.regions():
            return gazetteer.regions()[name][1]
    return ""
