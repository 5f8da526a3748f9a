"""Canonical names for linking: abbreviations expanded, countries and organisations by one name.

Used by ``link.aliases`` (and the tests of linking), never by tagging: a concern of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kliping.extract.entities.vocabulary import _LOWER_ORG_HEADS, _PLACE_NOUNS
from kliping.lang.id import gazetteer
from kliping.lang.id.abbreviations import (
    ABBREVIATIONS,
    ACRONYM_SKIP,
    LEGAL_FORM_AFTER,
    LEGAL_FORM_BEFORE,
    ORG_HEAD_ABBREVIATIONS,
    ORG_OTHER_NAMES,
)
from kliping.lang.id.titles import BRACKET_SKIPPED_HEADS
from kliping.text.tokens import letters_in_order


@lru_cache(maxsize=1)
def _canon_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    abbr = {k: v[0] for k, v in ABBREVIATIONS.items()}
    abbr_low = {k.lower(): v[0] for k, v in ABBREVIATIONS.items() if len(k) > 3 and not k.isupper()}
    code_name: dict[str, str] = {}
    for name, code in gazetteer._rows("countries.tsv"):
        code_name.setdefault(code, name.split(" (")[0])
    country = {}
    for name, code in gazetteer.countries().items():
        country[name] = code_name.get(code, name)
    for name, code in gazetteer.country_nicknames().items():  # ``Negeri Tirai Bambu`` is Tiongkok
        country[name] = code_name.get(code, name)
    return abbr, abbr_low, country


def _org_name_key(name: str) -> str:
    """An organisation's full name to compare: lower case, without function words, a doubled plural
    written once (``Negara-Negara`` = ``Negara``), ``AS`` written out."""
    out = []
    for w in re.split(r"[\s,]+", name.lower()):
        parts = w.split("-")
        if len(parts) == 2 and parts[0] == parts[1]:
            w = parts[0]
        if w and w not in ACRONYM_SKIP:
            out.append("amerika serikat" if w == "as" else w)
    return " ".join(out)


@lru_cache(maxsize=1)
def _org_other_names() -> dict[str, str]:
    """Name key -> expansion of every organisation of ``ABBREVIATIONS`` and ``ORG_OTHER_NAMES``."""
    out = {_org_name_key(exp): exp for exp, typ in ABBREVIATIONS.values() if typ == "ORG" and len(exp.split()) > 1}
    for name, abbr in ORG_OTHER_NAMES.items():
        out[_org_name_key(name)] = ABBREVIATIONS[abbr][0]
    return out


# A one-word short form in brackets inside a name, words following it (``... (BPI) Daya ...``), or a
# written-short head and an acronym (``Kantor Wilayah DJP (Kanwil DJP) Jawa Tengah II``).
_INNER_SHORT_FORM = re.compile(r"(\s*\(([A-Za-z]{2,12}(?: [A-Z]{2,8})?)\))(?=\s+\S)")


def built_on_known_short_form(short: str, words: list[str]) -> bool:
    """``short`` is a body's known short form (``ABBREVIATIONS``) with letters added, abbreviating
    ``words``: they open with that one's expansion and the added letters occur in the words after
    it in order (``Polresta`` of ``Kepolisian Resor Kota``: ``Polres`` is ``Kepolisian Resor``).
    The first letters differ (``P``, ``K``), so Schwartz and Hearst's test misses these police
    and government short forms."""
    for n in range(len(short) - 1, 2, -1):
        entry = ABBREVIATIONS.get(short[:n])
        if entry is None or entry[1] != "ORG":
            continue
        head = entry[0].split()
        rest = iter("".join(words[len(head):]).casefold())
        return len(words) > len(head) and words[:len(head)] == head and all(c in rest for c in short[n:].casefold())
    return False


def inner_short_form(text: str) -> tuple[str, str, str, str] | None:
    """``Kejaksaan Negeri (Kejari) Sumenep`` -> (``Kejaksaan Negeri Sumenep``, ``Kejari Sumenep``,
    ``Kejaksaan Negeri``, ``Kejari``): the name without the short form written inside it, the short
    form with the rest of the name, and the words before the bracket with the short form of them;
    None when the bracket holds no short form of the words before it (or of them after a head the
    short form leaves out, ``titles.BRACKET_SKIPPED_HEADS``: ``Dinas Pekerjaan Umum (PU) Sikka``)."""
    t = " ".join(text.split())
    inner = _INNER_SHORT_FORM.search(t)
    if not inner:
        return None
    head, short = t[:inner.start()], inner.group(2)
    before, letters = head.split(), short.replace(" ", "")
    spelt = letters_in_order(letters, "".join(before))
    if not spelt and len(before) > 1 and before[0].lower() in BRACKET_SKIPPED_HEADS:
        before = before[1:]  # "Badan Kesatuan Bangsa dan Politik (Kesbangpol)": the short form leaves the head out
        spelt = letters_in_order(letters, "".join(before))
    if not (spelt or built_on_known_short_form(short, before)) \
            or (" " in short and short.split()[0] not in ORG_HEAD_ABBREVIATIONS):
        return None
    rest = t[inner.end():].strip()
    return head + " " + rest, short + " " + rest, head, short


def canonical_form(text: str, type: str) -> str:
    """The expansion of a known abbreviation or country variant, else the text with tidy spaces.

    ``Korut`` -> ``Korea Utara``, ``AS`` -> ``Amerika Serikat``, ``China`` -> ``Tiongkok``. The
    linker uses it to merge surface forms; ``type`` keeps person names untouched.
    """
    t = " ".join(text.split())
    if type == "PERSON":
        return t
    inner = inner_short_form(t)
    if inner is not None:
        # ``Kejaksaan Negeri (Kejari) Sumenep``: the short form written inside the name is no part of it
        t = inner[0]
    abbr, abbr_low, country = _canon_tables()
    if t in abbr:
        return abbr[t]
    if t.lower() in abbr_low:
        return abbr_low[t.lower()]
    words = t.split()
    if type == "ORG" and len(words) > 1 and words[0] in _LOWER_ORG_HEADS and words[1][:1].isupper():
        # ``kementerian Keuangan RI`` (a lower-case head, ``_tidy_spans``) is ``Kementerian Keuangan RI``
        return canonical_form(" ".join([words[0].capitalize(), *words[1:]]), type)
    if type == "ORG" and len(words) > 1:
        other = _org_other_names().get(_org_name_key(t))
        if other is not None and other != t:
            return other
    if type == "ORG" and len(words) > 1:
        # ``Ditjen Pajak`` is ``Direktorat Jenderal Pajak``; ``PT PLN (Persero)`` is ``PLN``
        if words[0] in ORG_HEAD_ABBREVIATIONS:
            return canonical_form(" ".join([ORG_HEAD_ABBREVIATIONS[words[0]], *words[1:]]), type)
        if words[0] == "PT" and gazetteer.place_kind(" ".join(words[1:])):
            # ``Hakim PT Jakarta``: ``PT`` before a city is its high court, no company
            return "Pengadilan Tinggi " + " ".join(words[1:])
        core = words[1:] if words[0] in LEGAL_FORM_BEFORE else words
        while len(core) > 1 and core[-1] in LEGAL_FORM_AFTER:
            core = core[:-1]
        name = " ".join(core)
        if name != t and ABBREVIATIONS.get(name, ("", ""))[1] == "ORG":
            return abbr[name]
    if type in ("GPE", "LOC"):
        if t in country:
            return country[t]
        city = gazetteer.city_canonical().get(t)
        if city:
            return city
        # "pelabuhan Rajin", "kota Khasan": the place noun is not part of the name to merge on
        words = t.split()
        if len(words) > 1 and words[0] in _PLACE_NOUNS:
            return canonical_form(" ".join(words[1:]), type)
    return t
