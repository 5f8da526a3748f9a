"""What a report says of its own date: the day it is *for*, counted from its publication, or that
it is an explainer for no day at all (data only).

A daily service report names its own target day: ``Prediksi Cuaca Sulsel Besok``, ``Hari Ini 22
Oktober``, a lead ``Nilai tukar rupiah melemah pagi ini``. Two such reports of one routine on
different target days are two happenings however alike their words (``link.events.report_days``,
``link.stream`` keeps them in different events). Only words that count from the publication day
are read here (not ``kemarin``: a report of yesterday's happening is a follow-up, not a routine's
day); the lead's explicit date beside them is resolved by the time extractor.
"""

from __future__ import annotations

import re

from kliping.lang.id import calendar

# Deictic day words and how many days after the publication they name: the plain day words count as
# the time extractor counts them (``calendar.DAY_OFFSETS``), a part of today or tomorrow as its day.
REPORT_DAY_OFFSETS: dict[str, int] = {
    **{w: calendar.DAY_OFFSETS[w] for w in ("hari ini", "besok", "esok", "esok hari", "lusa")},
    "pagi ini": 0, "siang ini": 0, "sore ini": 0, "malam ini": 0, "besok pagi": 1, "besok malam": 1,
}

# The words above, longest first, as whole words (matched case-insensitively on a headline or on a
# time expression the extractor found in the lead sentence).
REPORT_DAY = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(REPORT_DAY_OFFSETS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)

# Time expressions that name no day of their own, though the extractor places them on the
# publication day: a bare clock (``pukul 10.00``, ``jam 13.00-15.00``: "drink coffee between ten and
# one" in an explainer) or a bare part of a day (``sore hari``). An article whose only "dated"
# expressions are these reports no dated happening (``link.events.is_evergreen``).
DAYLESS_TIME = re.compile(
    r"^(?:pukul|jam|pkl\.?)\s|^(?:pagi|siang|sore|petang|malam|dini)\s+hari$",
    re.IGNORECASE,
)

# The headline of an explainer, a listicle or a how-to, which reports no happening of its own day
# (``10 Manfaat Kopi untuk Kesehatan``, ``Cara Merebus Daun Sembung``, ``Apa Itu Padel?``). Only
# half of the evergreen test (``link.events.is_evergreen``): a news listicle (``9 Fakta ... Jadi
# Tersangka``) names the day of its happening and is not evergreen.
EXPLAINER_TITLE = re.compile(
    r"^\d{1,2}\s+(?:[\w-]+\s+)?(?:manfaat|khasiat|cara|tips|trik|fakta|jenis|macam|ciri|tanda|gejala|penyebab"
    r"|kesalahan|hal|alasan|rekomendasi|makanan|minuman|bahan|bunga|buah|sayur|daun|tanaman|kebiasaan"
    r"|langkah|syarat|doa|amalan|ayat|resep|ide|mitos|efek|dampak)\b"
    r"|\b(?:manfaat|khasiat|cara|tips|pengertian|penjelasan|sejarah|resep|apa\s+itu|apa\s+saja|simak"
    r"|begini|mengenal|panduan)\b"
    r"|\?",
    re.IGNORECASE,
)
