"""Indonesian time expressions, typed and normalised to TIMEX3-style values (see :mod:`.extraction`).

This package re-exports the entry points the rest of the project uses.
"""

from __future__ import annotations

from kliping.extract.times.extraction import GLOSS_MAX_DAYS, extract_times, tag_sentence
from kliping.extract.times.patterns import PATTERN
from kliping.extract.times.relative import TIME_LEFT_WINDOW
from kliping.extract.times.resolution import COMING_MONTHS

__all__ = [
    "COMING_MONTHS",
    "GLOSS_MAX_DAYS",
    "PATTERN",
    "TIME_LEFT_WINDOW",
    "extract_times",
    "tag_sentence",
]
