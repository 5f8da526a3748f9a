"""Loaders for the Indonesian gazetteer data files in ``lang/id/data`` (read once, cached).

Files (see their header lines for sources and licences):

- ``countries.tsv``: country names in Indonesian from Unicode CLDR via babel;
  ``country_variants.tsv``: common variants (``Tiongkok``/``China``, ``Korut`` is an abbreviation and
  lives in ``abbreviations.py``); ``country_nicknames.tsv``: the epithets news gives countries
  (``Paman Sam``, ``Negeri Sakura``), apart from the names the NER features read.
- ``cities.tsv``: capitals and major cities with Indonesian spellings and their country.
- ``wilayah.tsv``: Indonesian provinces, regencies and cities (cahyadsn/wilayah, MIT).
- ``city_variants.tsv``: English and older spellings of cities -> the Indonesian spelling
  (``Moscow`` -> ``Moskow``), so the linker merges them.
- ``city_other_names.tsv``: a city's everyday name or epithet -> its official name (``Solo`` ->
  ``Kota Surakarta``, ``Kota Pahlawan`` -> ``Kota Surabaya``), apart from the names the NER features
  read (``city_other_names``).
- ``media.tsv``: news outlets and agencies (ORG); ``orgs.tsv``: organisations written as a bare
  name and government seats used for governments (``Kremlin``, ``Pentagon``).
- ``places.tsv``: oceans, seas, continents and regions (LOC, not political units: ``Pasifik``).
- ``ner_cues.tsv``: cue words for organisation, place, event and product names, months, days and
  capitalised non-entities.
- ``kecamatan.txt``: Indonesian district (kecamatan, level 3) names from cahyadsn/wilayah (MIT), one
  a line (``districts``).
- ``region_districts.tsv``: the districts of each city and regency that share a bare name
  (``Kota Semarang`` / ``Kabupaten Semarang``), names unique in Indonesia (cahyadsn/wilayah, MIT;
  ``region_districts``), built by ``scripts/train_ner.py gazetteer``.
- ``english_words.txt.gz``: English dictionary words from web2 (public domain, via english-words,
  MIT) less names and every word the NER corpora tag as a person (``is_english_word``).
- ``given_name_roots.txt``: Indonesian dictionary roots the NER corpora mostly tag as a person
  (``bambang``, ``untung``; ``given_name_roots``), built by ``scripts/given_name_roots.py``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[list[str]]:
    out = []
    with open(DATA / name, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                out.append(line.split("\t"))
    return out


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country name (CLDR Indonesian and common variants) -> ISO 3166-1 alpha-2 code."""
    out = {name: code for name, code in _rows("countries.tsv")}
    out.update({name: code for name, code in _rows("country_variants.tsv")})
    return out


@lru_cache(maxsize=1)
def country_nicknames() -> dict[str, str]:
    """A country's nickname in Indonesian news (``Negeri Tirai Bambu``) -> ISO 3166-1 alpha-2 code."""
    return {name: code for name, code in _rows("country_nicknames.tsv")}


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """City name (Indonesian spellings and variants, English ones included) -> country code."""
    out = {name: code for name, code in _rows("cities.tsv")}
    for variant, canon in _rows("city_variants.tsv"):
        if canon in out:
            out.setdefault(variant, out[canon])
    return out


@lru_cache(maxsize=1)
def city_canonical() -> dict[str, str]:
    """City spelling variant -> the Indonesian spelling (``Moscow`` -> ``Moskow``)."""
    return {variant: canon for variant, canon in _rows("city_variants.tsv")}


@lru_cache(maxsize=1)
def city_other_names() -> dict[str, str]:
    """A city's everyday name or epithet -> its official ``Kota X`` (``Solo`` -> ``Kota Surakarta``).
    Read only by the entity resolution (``link.aliases.places._join_city_other_names``), never by
    the NER features or the event linker."""
    return {name: official for name, official in _rows("city_other_names.tsv")}


@lru_cache(maxsize=1)
def orgs() -> frozenset[str]:
    """Organisations written as a bare name (``Kremlin``, ``Pentagon``, ``Hamas``)."""
    return frozenset(r[0] for r in _rows("orgs.tsv"))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Oceans, seas, continents and regions (``Pasifik``, ``Timur Tengah``): LOC, not GPE."""
    return frozenset(r[0] for r in _rows("places.tsv"))


_REGION_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")
_PROVINCE_ALIASES = {
    "Daerah Khusus Ibukota Jakarta": ("DKI Jakarta", "Jakarta"),
    "Daerah Istimewa Yogyakarta": ("DI Yogyakarta", "Yogyakarta"),
    "Kepulauan Bangka Belitung": ("Bangka Belitung",),
    "Aceh": ("Nanggroe Aceh Darussalam",),
}


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, str]]:
    """Indonesian region name -> (kind, province); kind is province, regency, city or short.

    ``short`` is a regency/city name without ``Kabupaten``/``Kota`` (``Bantul``): useful, but some
    are also ordinary words (``Batu``, ``Pati``), so the extractor only trusts them when the text
    capitalises them or the model already saw a place.
    """
    out: dict[str, tuple[str, str]] = {}
    for name, kind, prov in _rows("wilayah.tsv"):
        out[name] = (kind, prov)
        for alias in _PROVINCE_ALIASES.get(name, ()):
            out.setdefault(alias, (kind, prov))
        for p in _REGION_PREFIXES:
            if name.startswith(p):
                out.setdefault(name[len(p):], ("short", prov))
                if p.startswith("Kota Administrasi"):
                    out.setdefault("Kota " + name[len(p):], ("city", prov))
                break
    return out


@lru_cache(maxsize=1)
def media() -> frozenset[str]:
    """News outlet and agency names (ORG)."""
    return frozenset(r[0] for r in _rows("media.tsv"))


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue words by kind: org, loc, event, product, month, day, nonent."""
    out: dict[str, set[str]] = {}
    for kind, word in _rows("ner_cues.tsv"):
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def districts() -> frozenset[str]:
    """Indonesian district (kecamatan) names (``kecamatan.txt``, about 6,900), read on first use."""
    with open(DATA / "kecamatan.txt", encoding="utf-8") as f:
        return frozenset(x.strip() for x in f if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def region_districts() -> dict[str, str]:
    """District name -> the city or regency it lies in, for the cities and regencies that share a
    bare name (``Semarang Barat`` -> ``Kota Semarang``, ``Ungaran Barat`` -> ``Kabupaten
    Semarang``; ``region_districts.tsv``): a district placed in an article says which of the two
    the article's bare ``Semarang`` is."""
    return {district: region for district, region in _rows("region_districts.tsv")}


@lru_cache(maxsize=1)
def given_name_roots() -> frozenset[str]:
    """Dictionary roots that are also given names (``given_name_roots.txt``, about 400): such a word
    alone can be a person even with no title beside it."""
    with open(DATA / "given_name_roots.txt", encoding="utf-8") as f:
        return frozenset(x.strip() for x in f if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def _english_blob() -> str:
    """The sorted English word list as one newline-separated string (about 2.2 MB, read in about
    0.15 s on first use): a frozenset of its 209k words held about 20 MB per process (and took
    about 1 s to build) for a test run on a few candidate words per article."""
    import gzip

    with gzip.open(DATA / "english_words.txt.gz", "rb") as f:
        text = f.read().decode("ascii")
    start = 0
    while text.startswith("#", start):  # the header lines
        start = text.index("\n", start) + 1
    return text[start:]


def is_english_word(word: str) -> bool:
    """``word`` (any case) is an English dictionary word that is no given name or person word
    (``english_words.txt.gz``; a binary search over the sorted lines, microseconds a word)."""
    w = word.lower()
    if not w.isalpha():
        return False
    blob = _english_blob()
    lo, hi = 0, len(blob)
    while lo < hi:
        mid = (lo + hi) // 2
        s = blob.rfind("\n", 0, mid) + 1  # the line holding position mid
        e = blob.find("\n", s)
        e = len(blob) if e < 0 else e
        cur = blob[s:e]
        if cur == w:
            return True
        if cur < w:
            lo = e + 1
        else:
            hi = s
    return False


def place_kind(name: str) -> str | None:
    """``country``, ``city``, ``province``, ``regency``, ``short`` (region without prefix) or None."""
    if name in countries():
        return "country"
    if name in cities():
        return "city"
    r = regions().get(name)
    return r[0] if r else None
