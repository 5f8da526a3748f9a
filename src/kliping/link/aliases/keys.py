"""Merge keys of names: what two mentions must share to be one entity before any rule joins them.

A name's key is its parts casefolded, accents, honorifics, middle initials, hyphens and spaces
dropped (:func:`normalize_key`); :func:`type_key` adds the rules that need the mention's type (a
place's key is never a person's, ``Kejaksaan Agung RI`` = ``Kejaksaan Agung``). Every other module
of the package builds on these keys, so they sit apart, with the few word tests (a place of the
gazetteer, an organisation word, a word spelt as meant) the rules share.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kliping.lang.id import brands, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.alias_words import CORPORATE_AFFIXES, HONORIFICS, INDONESIAN_BODIES, WEAK_HONORIFICS
from kliping.lang.id.entity_words import MILITARY_UNIT_HEADS

_SPLIT = re.compile(r"[\s\-‐‑–]+")
_INITIAL = re.compile(r"^[^\W\d_]$|^(?:[^\W\d_]\.)+[^\W\d_]?$", re.UNICODE)
# Punctuation around a word that is no part of it (``(Persero)``, ``Kim,``), stripped before words compare.
STRIP = ".,;:'\"“”‘’()[]"

# Every honorific, strong or weak: no title of its own (a description, a shared title).
ALL_HONORIFICS = HONORIFICS | WEAK_HONORIFICS


@lru_cache(maxsize=1 << 17)
def strip_honorifics(name: str) -> str:
    """``name`` without leading honorifics (``Mr. Kim`` -> ``Kim``); never returns an empty name."""
    toks = name.split()
    while len(toks) > 1:
        head = toks[0].casefold().strip(STRIP)
        if head in HONORIFICS or (head in WEAK_HONORIFICS and len(toks) == 2):
            toks = toks[1:]
        else:
            break
    return " ".join(toks)


# Letters that no Unicode decomposition maps to a plain Latin one (``ð`` is no ``d`` + a mark).
_FOLD_LETTERS = str.maketrans({"ð": "d", "đ": "d", "þ": "th", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l",
                               "ı": "i", "ß": "ss"})


@lru_cache(maxsize=1 << 16)
def fold_accents(text: str) -> str:
    """``text`` casefolded with its accents dropped (``Matthías Alfreðsson`` -> ``matthias
    alfredsson``): news writes a foreign name with or without its diacritics, and Indonesian names
    have none, so the two spellings are one name (``docs/ner.md``, "Alias resolution")."""
    text = text.casefold()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


# One-letter Roman numerals as a body's name writes them (``Komisi V DPR``, ``Kodam V/Brawijaya``).
_ROMAN_LETTERS = frozenset("IVX")


def name_parts(name: str, *, numerals: bool = False) -> list[str]:
    """Casefolded name parts split on spaces and hyphens, accents dropped (:func:`fold_accents`),
    initials dropped when others remain.

    ``Kim Jong-un`` and ``Kim Jong Un`` both give ``[kim, jong, un]``; ``Vladimir V. Putin`` gives
    ``[vladimir, putin]``. With ``numerals`` (a body's name) a capital ``I`` / ``V`` / ``X`` after
    the first part is a number, not an initial: ``Komisi V DPR`` is not ``Komisi I DPR``.
    """
    pairs = [(p.strip(STRIP), w.strip(STRIP)) for p, w in zip(_SPLIT.split(fold_accents(name)), _SPLIT.split(name),
                                                              strict=False)]
    pairs = [(p, w) for p, w in pairs if p]
    raw = [p for p, _w in pairs]
    kept = [p for k, (p, w) in enumerate(pairs) if not _INITIAL.match(p) or (numerals and k and w in _ROMAN_LETTERS)]
    if len(kept) >= 2 or (kept and len(raw) == len(kept)):
        return [p.replace(".", "") for p in kept]
    return [p.replace(".", "") for p in raw]


@lru_cache(maxsize=1 << 17)
def normalize_key(name: str, *, numerals: bool = False) -> str:
    """The merge key of a name: its parts joined (``kimjongun``); ``PT X (Persero) Tbk`` -> ``x``.
    ``numerals``: a body's name, whose one-letter Roman numerals stay (:func:`name_parts`)."""
    parts = name_parts(strip_honorifics(name), numerals=numerals)
    while len(parts) > 1 and parts[0] in CORPORATE_AFFIXES:
        parts = parts[1:]
    while len(parts) > 1 and parts[-1] in CORPORATE_AFFIXES:
        parts = parts[:-1]
    return "".join(parts)


def is_place(text: str) -> bool:
    """``text`` is a country, city or Indonesian region name in the gazetteer."""
    return gazetteer.place_kind(text.strip(STRIP)) is not None


PLACE_TYPES = frozenset({"GPE", "LOC"})
_REGION = re.compile(r"^(kota|kabupaten|kab\.?)\s+(?:administrasi\s+)?(.+)$", re.IGNORECASE)
# "Komisi I DPR RI", "Kejaksaan Agung RI": the national suffix of a body's name
NATIONAL_SUFFIXES = frozenset({"ri"})


@lru_cache(maxsize=1 << 17)
def type_key(full: str, typ: str) -> str:
    """The merge key of a mention's full form, with two rules that need its type.

    * A person: capital initials inside the name are dropped (``Bambang PS Brodjonegoro``).
    * A military unit's slash is a space (``Kodam V/Brawijaya`` = ``Kodam V Brawijaya``,
      ``entity_words.MILITARY_UNIT_HEADS``): news writes one unit both ways.
    * A product: a well-known maker after the model's name is dropped (``Maung Pindad`` = ``Maung``).
    * A short province name is the province (``DKI Jakarta`` = ``Daerah Khusus Ibukota Jakarta``).
    * Not a person: a trailing ``RI`` is dropped (``Kejaksaan Agung RI`` = ``Kejaksaan Agung``,
      ``Komisi I DPR RI`` = ``Komisi I DPR``); a body's trailing country or province short form is
      written out (``Departemen Luar Negeri AS`` = ``Departemen Luar Negeri Amerika Serikat``,
      ``Polda Jatim`` = ``Polda Jawa Timur``; :func:`_place_short_form`).
    * ``PT`` before a place name is a court (``PT Jakarta``, Pengadilan Tinggi), not a company: the
      legal-form word is kept, so it does not merge with ``Jakarta``.
    * ``Kota X`` / ``Kabupaten X`` is ``X`` when Indonesia has only one region of that name
      (``Kota Medan`` = ``Medan``, ``Kabupaten Badung`` = ``Badung``); with both a city and a regency
      (``Bogor``, ``Bandung``) the three forms stay apart, since the bare name may be either (but
      in an article, or failing that a story, naming only one of the two, its bare uses are that
      one's: :func:`_bare_region_of_its_story`); so do
      ``Kota Jambi`` and ``Jambi``, which is also a province.
    """
    toks = full.split()
    if typ == "PERSON":
        return normalize_key(without_initials(full))
    if toks and toks[0] in MILITARY_UNIT_HEADS and "/" in full:
        full = full.replace("/", " ")  # "Kodam V/Brawijaya" is "Kodam V Brawijaya": one unit, two spellings
        toks = full.split()
    if typ == "PRODUCT" and len(toks) >= 2 and toks[-1] in brands.KNOWN_COMPANIES and toks[0] not in brands.KNOWN_COMPANIES:
        return normalize_key(" ".join(toks[:-1]))  # "Maung Pindad" is "Maung": the model and its maker
    province = _province_alias(full)
    if province:
        return PLACE_KEY + normalize_key(province)
    if len(toks) > 1 and toks[0].casefold().strip(STRIP) == "pt" and is_place(" ".join(toks[1:])):
        return "".join(name_parts(strip_honorifics(full)))
    if len(toks) > 1 and toks[-1].casefold().strip(STRIP) in NATIONAL_SUFFIXES and _indonesian_body(toks[:-1]):
        full = " ".join(toks[:-1])
    elif len(toks) > 1 and typ not in PLACE_TYPES:
        place = _place_short_form(toks[-1].strip(STRIP))
        if place:
            full = " ".join([*toks[:-1], place])
    if is_place(full) or is_place(full.title()):  # a place's key never equals a person's (``Agam (30)`` is not Kabupaten Agam)
        return PLACE_KEY + normalize_key(full)
    return normalize_key(full, numerals=True)


# Place short forms a body's name does not end with as the place written out: ``RI`` / ``NKRI``
# (``Kejaksaan Agung RI`` is ``Kejaksaan Agung``, above), ``DKI`` (``DKI Jakarta``: the next word is
# part of it).
_NOT_WRITTEN_OUT_PLACES = frozenset({"RI", "NKRI", "DKI"})


def _place_short_form(word: str) -> str | None:
    """The country or province a body's last word stands for (``AS`` -> ``Amerika Serikat``,
    ``Korut`` -> ``Korea Utara``, ``Jatim`` -> ``Jawa Timur``): ``Departemen Luar Negeri AS`` is
    ``Departemen Luar Negeri Amerika Serikat``."""
    entry = ABBREVIATIONS.get(word)
    return entry[0] if entry and entry[1] == "GPE" and word not in _NOT_WRITTEN_OUT_PLACES else None


# Prefix of the key of a non-person mention that is a gazetteer place.
PLACE_KEY = "@"


def _indonesian_body(toks: list[str]) -> bool:
    words = [t.casefold().strip(STRIP) for t in toks]
    return any(tuple(words[:len(b)]) == b or (b[0] in ("dpr", "mpr", "dpd") and b[0] in words)
               for b in INDONESIAN_BODIES)


_CAPITAL_INITIALS = re.compile(r"^[A-Z]{2,3}$")


def without_initials(name: str) -> str:
    """``Bambang PS Brodjonegoro`` -> ``Bambang Brodjonegoro``: capital initials inside a name of
    three or more words are not a part to match on."""
    toks = name.split()
    if len(toks) < 3:
        return name
    return " ".join(toks[:1] + [t for t in toks[1:-1] if not _CAPITAL_INITIALS.match(t)] + toks[-1:])


def _province_alias(name: str) -> str | None:
    """The province a short province name stands for (``DKI Jakarta`` -> ``Daerah Khusus Ibukota
    Jakarta``); None for a name that is also a city (``Jakarta``, ``Yogyakarta``)."""
    kind_prov = gazetteer.regions().get(name)
    if not kind_prov or kind_prov[0] != "province" or kind_prov[1] == name or gazetteer.place_kind(name) != "province":
        return None
    return kind_prov[1]


def key_tokens(name: str) -> list[str]:
    """Whitespace tokens of a name, each reduced to a key (``Jong-un`` -> ``jongun``)."""
    return [k for k in (normalize_key(t) for t in name.split()) if k]


def org_word(word: str) -> bool:
    """A legal-form word (``PT``) or an organisation cue of the gazetteer (``Universitas``)."""
    return word.casefold() in CORPORATE_AFFIXES or word in gazetteer.cues().get("org", frozenset())


@lru_cache(maxsize=1 << 14)
def _known_word(word: str) -> bool:
    """A casefolded word that is a gazetteer place (``badung``, ``binjai``) or a word of the
    organisation/place cue lists: spelt as meant, not a typo."""
    if is_place(word.capitalize()) or is_place(word.upper()):
        return True
    return any(word in ws or word.capitalize() in ws for ws in gazetteer.cues().values())
