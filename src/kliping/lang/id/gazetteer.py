"""Loaders for the Indonesian gazetteer data files in ``lang/id/data`` (read once, cached).

Files (see their header lines for sources and licences):

- ``countries.tsv``: country names in Indonesian from Unicode CLDR via babel;
  ``country_variants.tsv``: common variants (``Tiongkok``/``China``, ``Korut`` is an abbreviation and
  lives in ``abbreviations.py``).
- ``cities.tsv``: capitals and major cities with Indonesian spellings and their country.
- ``wilayah.tsv``: Indonesian provinces, regencies and cities (cahyadsn/wilayah, MIT).
- ``city_variants.tsv``: English and older spellings of cities -> the Indonesian spelling
  (``Moscow`` -> ``Moskow``), so the linker merges them.
- ``media.tsv``: news outlets and agencies (ORG); ``orgs.tsv``: organisations written as a bare
  name and government seats used for governments (``Kremlin``, ``Pentagon``).
- ``places.tsv``: oceans, seas, continents and regions (LOC, not political units: ``Pasifik``).
- ``ner_cues.tsv``: cue words for organisation, place, event and product names, months, days and
  capitalised non-entities.
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


def place_kind(name: str) -> str | None:
    """``country``, ``city``, ``province``, ``regency``, ``short`` (region without prefix) or None."""
    if name in countries():
        return "country"
    if name in cities():
        return "city"
    r = regions().get(name)
    return r[0] if r else None
