"""What the linker reads of one article (:class:`Features`) and the hash buckets its terms and entity
keys are counted in (:func:`hash_key`).
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

HASH_BITS = 20
_MASK = (1 << HASH_BITS) - 1


def hash_key(text: str) -> int:
    """Stable 20-bit bucket of a term or entity key (CRC-32: the same in every process and run)."""
    return zlib.crc32(text.encode("utf-8")) & _MASK


def bucket_counts(counts: dict[str, int]) -> dict[int, int]:
    """``counts`` summed per hash bucket (:func:`hash_key`)."""
    out: dict[int, int] = {}
    crc = zlib.crc32
    for w, c in counts.items():
        k = crc(w.encode("utf-8")) & _MASK
        out[k] = out.get(k, 0) + c
    return out


@dataclass
class Features:
    """What the linker needs of one article: its term counts, entity keys and date.

    ``terms`` maps content unigrams/bigrams (or any token) to counts; ``entities`` are canonical
    entity keys. ``embedding`` is an optional L2-normalised sentence-encoder vector. ``title``: the
    headline's term counts (also counted in ``terms``), compared headline to headlines.
    """

    id: str
    date: dt.date | None
    terms: dict[str, int]
    entities: frozenset[str] = frozenset()
    duplicate_of: str | None = None
    embedding: Sequence[float] | None = None
    title: dict[str, int] = field(default_factory=dict)
    facts: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    # A roundup of several happenings (``Bandung Sepekan: ...``; ``link.events.is_roundup``): an
    # event and a storyline of its own, never a candidate for another article.
    roundup: bool = False
    # The days the report says it is for (``link.events.report_days``: ``Cuaca Besok``, ``menguat
    # pagi ini``), ISO dates: an event holding reports for other days is no candidate (DAY_GUARD).
    days: frozenset[str] = frozenset()
    # An explainer with no dated happening (``link.events.is_evergreen``): its new event joins only
    # a storyline holding a dated report (EVERGREEN_GUARD).
    evergreen: bool = False
