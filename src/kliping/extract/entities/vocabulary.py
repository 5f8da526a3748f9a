"""Word sets and patterns that rules in several modules of the package read.

Kept here, below every rule module, so the rule modules need not import each other for a
word list; each set is built once at import. Lists of Indonesian words themselves live in
``kliping.lang.id``; these are the rules' own selections and shapes.
"""

from __future__ import annotations

import re

from kliping.lang.id.abbreviations import ACRONYM_SKIP
from kliping.lang.id.titles import (
    CASE_ROLE_NOUNS,
    DOSSIER_TITLE_WORDS,
    HONORIFICS,
    NAMEISH_TITLE_HEADS,
    OFFICE_HEADS,
    RANKS,
    REGIONAL_OFFICE_HEADS,
    TITLE_HEADS,
    TITLE_WORDS,
    UNIT_HEADS,
)

# Title heads and words of the rules (dossier profile): the lists the models see as features, plus
# ranks, one-word offices and crime/court roles that only the rules use (titles.py says why).
# Role nouns only strip and title a name the model or another rule found: as triggers they would make
# persons of "Korban Banjir Bandang", and they must not end an organisation ("Lembaga ... Saksi dan Korban").
# One-word offices likewise (``Kasi Dal Ops`` is a section, not a name) but end an organisation.
# Regional office heads (``Kadinsos``) trigger too: only a place and a name follow them.
_TRIGGER_HEADS = TITLE_HEADS | RANKS | REGIONAL_OFFICE_HEADS
_ORG_STOP = _TRIGGER_HEADS | OFFICE_HEADS
_HEADS = _ORG_STOP | CASE_ROLE_NOUNS
# Title heads that are also common parts of names (``Widiyanti Putri Wardhana``).
_NAMEISH_HEADS = NAMEISH_TITLE_HEADS
_TWORDS = TITLE_WORDS | DOSSIER_TITLE_WORDS

_CONNECT = frozenset({"dan", "untuk", "for", "of", "the", "and", "de", "&", "on", "al", "van", "der", "von"})

_ORG_SUFFIX = frozenset({
    "University", "Institute", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Group", "Company", "Council",
    "Agency", "Foundation", "Association", "Ltd", "Ltd.", "Tbk", "Bank", "Airlines", "Airways", "Times", "Post",
    "News", "Party", "Army", "Force", "Ministry", "Commission", "Committee", "Fund", "Organization",
    "Forum", "Watch", "Center", "Centre", "Monitor", "Network", "Project", "Initiative", "Alliance", "Union",
    "Society", "Trust", "Studies", "Research", "Institut", "Lab", "Labs",
})
# Dossier only: more words that end company and agency names (``Mizuho Securities``, ``Lipow Oil
# Associates``, ``Energy Information Administration``). Kept out of ``_ORG_SUFFIX``, which the corpus
# profile also reads (``place_types``), so the corpus-profile scores stay those of the shipped models.
_DOSSIER_ORG_SUFFIX = frozenset({
    "Securities", "Sekuritas", "Associates", "Administration", "Capital", "Partners", "Holdings",
    "Investments", "Management", "Advisors", "Advisory", "Consulting", "Exchange", "Newswires", "Limited",
    "LLC", "Plc", "PLC", "GmbH", "Bhd", "Berhad", "Persero", "Futures", "Insurance", "Reserve", "Authority",
    "Logistics", "Publishing", "Health", "Daily", "Journal", "Magazine", "Press", "Holding", "Digital",
    "Hospital", "Hospitals", "Clinic", "Zoo", "Steel", "Mining", "Industries", "Resources", "Motor", "Motors", "Foods",
    "Shop", "Store", "Prize", "Energy",
})
# One-word bank names (``Commerzbank``, ``Citibank``, ``Rabobank``): no personal name ends so.
_BANK_WORD = re.compile(r"^[A-Z][a-z]{2,}bank$")

_ORG_LABELS = ("AORG", "MEDIA", "NORG")
_CUE_LABELS = ("ORGC", "LOCC", "EVTC")

# Lower-case words after which a capitalised word is a place (``stasiun Khasan``, ``kota Rajin``).
_PLACE_NOUNS = frozenset({
    "stasiun", "kota", "desa", "pelabuhan", "perbatasan", "kawasan", "wilayah", "provinsi",
    "kabupaten", "distrik", "pulau", "sungai", "bandara", "kecamatan", "kampung", "daerah",
    "negara", "ibu", "kelurahan", "dusun", "gunung", "selat", "teluk", "region", "oblast",
})

_SPEECH_AFTER = frozenset({
    "kata", "ujar", "ucap", "tutur", "mengatakan", "menyatakan", "menjelaskan", "menegaskan",
    "mengungkapkan", "menyebutkan", "menambahkan", "berkata", "menilai", "menuturkan", "memaparkan",
})
# Nouns formed with pe-...-an / ke-...-an (``Pelayanan``, ``Pengembangan``, ``Kesehatan``) name units,
# programmes and fields; no PERSON token of the NERGrit, NERP or idner train splits has this shape.
# Nor has a loan noun in -isasi (``Digitalisasi``, ``Sosialisasi``, ``Organisasi``), which names fields too.
_ADMIN_NOUN = re.compile(r"^(?:(?:pe|ke)[a-z]{4,}an|[a-z]{3,}isasi)$")

_ROMAN = re.compile(r"^[IVX]{1,4}$")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω]")


# Offices whose holder is named after the place they govern (``Bupati Sleman``, ``Kapolsek Kuta``):
# a name after them is only weak evidence of a person, since the place usually comes first.
_JURISDICTION_HEADS = frozenset({
    "gubernur", "wagub", "bupati", "wabup", "wali", "walkot", "wawali", "camat", "lurah", "kades",
    "kapolda", "kapolres", "kapolsek", "kapolresta", "kapolrestabes", "wakapolda", "wakapolres",
    "pangdam", "danrem", "dandim", "danramil", "kajati", "kajari", "kadis", "kepala", "ketua", "kota",
})
# Words before a span that read it as a place (``di Endang`` would be a place, ``warga Sleman``).
_PLACE_BEFORE = frozenset({"di", "ke", "dari", "menuju", "wilayah", "kawasan", "daerah", "kabupaten",
                           "provinsi", "desa", "kelurahan", "kecamatan", "warga", "asal"})

# Ranks and academic or medical titles written right before a name (lower case, no full stop): they
# belong to the name's own title, so a description never ends with one (``... Metro Jaya Brigjen``).
_NAME_RANKS = frozenset(r.rstrip(".") for r in RANKS) | frozenset({"prof", "dr", "drg", "ir", "drs", "dra", "h", "hj"})


# Quote marks that open a quoted title or term (``film "X"``, ``istilah 'BPJS Hewan'``), and with an
# opening bracket what may stand before a sentence's first name; the marks that close one.
_OPEN_QUOTES = frozenset({'"', "'", "“", "‘"})
_OPENING_QUOTES = _OPEN_QUOTES | {"("}
_CLOSE_QUOTES = frozenset({'"', "'", "”", "’"})


# Words that open the unit or field of an office, never a name (``Ketua MUI Bidang Fatwa``, ``Guru
# Besar Ilmu Fikih``, ``Komandan Pos TNI AL``, ``Deputi Direksi Bidang ...``).
_UNIT_OPENERS = UNIT_HEADS | frozenset({"bidang", "direksi", "ilmu", "pos"})

# Speech verbs of an inverted attribution, written before the speaker (``kata X``, ``jelas X``); a
# prefixed verb before a name (``mengatakan X ...``) introduces what is said, not who says it.
_SPEECH_BEFORE = frozenset({"kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "terang", "imbuh",
                            "lanjut", "sebut", "papar"})


# Words before a name that mark a person: naming words and honorifics (``bernama Sutrisno``, ``Pak Hadi``).
_PERSON_MARKS = HONORIFICS | frozenset({"bernama", "alias", "saudara", "saudari", "menurut"})

# Nouns that open Indonesian neighbourhood names (``Kebun Jeruk``, ``Pondok Labu``, ``Rawa Belong``)
# and no personal name: a person span opening with one is a place.
_NEIGHBOURHOOD_NOUNS = frozenset({"kebun", "kebon", "kampung", "pondok", "pasar", "rawa", "tanah", "gang",
                                  "perumahan", "kompleks", "komplek", "blok"})

# Street names honour people (``Jl. Gatot Subroto``, ``Jalan Abdul Muis No. 68``): after these words a
# span is a place, and it stops before house numbers and administrative tails.
_STREET = frozenset({"jl", "jln", "jalan"})
_STREET_TAIL = frozenset({"no", "nomor", "kav", "kel", "kec", "rt", "rw", "blok", "km"})

# Words after a second name that make ``A, B,`` a list of names rather than a name and its appositive.
_LIST_WORDS = frozenset({"dan", "serta", "atau", "&"})

# A verb prefix or a predicate word (``menjadi``, ``adalah``, ``akan``): the word after a name that starts
# what is said of it (a count word before one is the city: ``Lima menjadi tuan rumah``, tidy.py).
_VERB_START = re.compile(r"^(?:me|di|ber|ter)[a-z]|^(?:adalah|merupakan|juga|akan|telah|sudah|kini|masih|tetap|pun)$")

# Head words of a ministry's or agency's name, which news sometimes writes in lower case before
# the capitalised rest (``kementerian Keuangan``, ``direktorat Jenderal Pajak``).
_LOWER_ORG_HEADS = frozenset({"kementerian", "kemenko", "direktorat", "badan", "dinas", "komisi"})

# Function words a short form's initials leave out (``pajak bumi dan bangunan (PBB)``).
_SKIP_IN_INITIALS = ACRONYM_SKIP | {"serta", "pada"}


def _initials(words: list[str]) -> str:
    """The initials of a spelt-out name, its function words left out, each part of a hyphenated word
    giving one (``Low-Cost Sensor`` -> ``LCS``)."""
    return "".join(part[:1] for w in words if w.casefold() not in _SKIP_IN_INITIALS for part in w.split("-"))
