"""Who published an article, as a key: the unit of independence for agreements and coverage.

Two articles of one outlet are not two independent sources, however the outlet is written
(``Kabar Harian``, ``kabarharian.id``, ``www.KabarHarian.id``). Articles with no known outlet count
as their own source, since nothing says they share one.
"""

from __future__ import annotations

import re

from kliping.model import Document

_DOMAIN_END = re.compile(r"\.(?:co\.id|or\.id|go\.id|ac\.id|web\.id|my\.id|com|id|net|org|news|tv|co)$")


def outlet_key(source: str) -> str:
    """One key per outlet however it is written: ``Kabar Harian``, ``kabarharian.id``,
    ``www.KabarHarian.id`` -> ``kabarharian``."""
    s = source.strip().casefold()
    s = re.sub(r"^(?:https?://)?(?:www\.)?", "", s).split("/")[0] if "." in s else s
    s = _DOMAIN_END.sub("", s)
    return re.sub(r"[\W_]+", "", s) or source.casefold()


def source_key(doc: Document) -> str:
    """The independence key of an article: its outlet key, else ``article:<id>``."""
    return outlet_key(doc.source) if doc.source and doc.source.strip() else f"article:{doc.id}"
