"""Word sets and patterns that rules in several modules of the package read.

Kept here, below every rule module, so the rule modules need not import each other for a
word list; each set is built once at import. Lists of Indonesian words themselves live in
``kliping.lang.id``; these are the rules' own selections and shapes.
"""

from __future__ import annotations

import re

# Lower-case words after which a capitalised word is a place (``stasiun Khasan``, ``kota Rajin``).
_PLACE_NOUNS = frozenset({
    "stasiun", "kota", "desa", "pelabuhan", "perbatasan", "kawasan", "wilayah", "provinsi",
    "kabupaten", "distrik", "pulau", "sungai", "bandara", "kecamatan", "kampung", "daerah",
    "negara", "ibu", "kelurahan", "dusun", "gunung", "selat", "teluk", "region", "oblast",
})

_VERB_START = re.compile(r"^(?:me|di|ber|ter)[a-z]|^(?:adalah|merupakan|juga|akan|telah|sudah|kini|masih|tetap|pun)$")

# Head words of a ministry's or agency's name, which news sometimes writes in lower case before
# the capitalised rest (``kementerian Keuangan``, ``direktorat Jenderal Pajak``).
_LOWER_ORG_HEADS = frozenset({"kementerian", "kemenko", "direktorat", "badan", "dinas", "komisi"})
