"""Indonesian time expressions, typed and normalised to TIMEX3-style values (see :mod:`.extraction`).

This package re-exports the entry points the rest of the project uses.
"""

from __future__ import annotations

from kliping.extract.times.extraction import (
    COMING_MONTHS,
    GLOSS_MAX_DAYS,
    PATTERN,
    TIME_LEFT_WINDOW,
    extract_times,
    tag_sentence,
)

__all__ = [
    "COMING_MONTHS",
    "GLOSS_MAX_DAYS",
    "PATTERN",
    "TIME_LEFT_WINDOW",
    "extract_times",
    "tag_sentence",
]
