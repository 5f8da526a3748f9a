"""Roundup articles: one article retelling several unrelated happenings (data only).

Regional desks publish weekly digests (``Bandung Sepekan: ...``, ``Berbagai peristiwa terjadi di
Sumatera Utara dalam sepekan terakhir ...``): six cases under one headline. Linked like a report,
such an article joins whichever case its words lean to, and pulls the other cases' readers with it;
``link.stream`` therefore keeps it an event and a storyline of its own. Used on the headline and the
first two sentences; matched case-insensitively.
"""

from __future__ import annotations

import re

# A desk's column name before the headline proper: ``Bandung Sepekan:``, ``Kilas Balik Pekan Ini:``,
# ``Rangkuman Berita Hari Ini:``. (A headline merely holding ``sepekan`` is a report: ``Harga Cabai
# Naik Sepekan Terakhir``.)
COLUMN_TITLE = re.compile(
    r"^(?:[\w.'-]+\s+){0,3}(?:sepekan|seminggu|sepanjang\s+pekan)\s*:"
    r"|^(?:kilas\s+(?:balik|berita|peristiwa)|rangkuman(?:\s+berita)?|berita\s+terpopuler|top\s+news)\b",
    re.IGNORECASE,
)

# The lede announcing a roundup: ``Berbagai peristiwa terjadi ... dalam sepekan terakhir``,
# ``Sejumlah peristiwa mewarnai ... pekan ini``, ``Berikut rangkuman peristiwa ...``.
ROUNDUP_LEDE = re.compile(
    r"\b(?:berbagai|sejumlah|beragam|deretan|rentetan|beberapa)\s+(?:peristiwa|kejadian|berita)\b"
    r"[^.!?]{0,160}?\b(?:sepekan|seminggu|sepanjang\s+pekan|pekan\s+ini|minggu\s+ini|pekan\s+lalu)\b"
    r"|\bberikut\s+(?:ini\s+)?(?:rangkuman|ringkasan|deretan|sejumlah|beberapa)\s+"
    r"(?:peristiwa|kejadian|berita)\b",
    re.IGNORECASE,
)
