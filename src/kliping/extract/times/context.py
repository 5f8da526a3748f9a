"""The per-document state the family handlers read and update (``Ctx``) and the hit tuple.

The state carries the anchor (publication date), the sentence being scanned, the latest explicit
dates of the article and the weekdays already dated, so later relative expressions resolve against
them. Separate so every handler module can share it without importing the entry points.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kliping.lang.id import calendar as C
from kliping.text.patterns import alternation

_FUTURE = re.compile(r"\b(?:" + alternation(C.FUTURE_CUES, any_space=True) + r")\b", re.IGNORECASE)
PREV_WORD = re.compile(r"(\w+)\W*$")
_DELIVERY_GAP = re.compile(r"\s*(?:bulan\s+)?", re.IGNORECASE)  # ``pengiriman (bulan) Januari``


@dataclass
class Ctx:
    anchor: dt.date | None
    sent: str = ""
    last_abs: dt.date | None = None
    span: tuple[int, int] = (0, 0)  # the match being normalised
    # the latest explicit time of any granularity (``Pada 2012``): the base of ``setahun sebelumnya``
    last_any: tuple[dt.date, str] | None = None
    # the latest day-level value seen in earlier sentences, for times of day without a date
    last_day: str | None = None
    # weekday -> date for weekdays written with a date near the anchor (``Kamis (27/11/2014)``), so a
    # later bare ``Kamis`` in the same article names the same day
    week_dates: dict[int, dt.date] = field(default_factory=dict)
    # day values of the sentence so far and of the sentence before (``keesokan harinya``: the day
    # after the one just told, not after the article's latest date, which may be another thread)
    days_here: list[str] = field(default_factory=list)
    days_before: list[str] = field(default_factory=list)
    # the sentence before stated a rule for every month (``dibuka sampai tanggal 28 bulan berjalan``),
    # so ``khusus Februari`` after it is every February (:func:`.sentence_passes.rule_exceptions`)
    monthly_rule: bool = False

    def prev_word(self) -> str:
        """The word just before the current match, lower case."""
        m = PREV_WORD.search(self.sent, max(0, self.span[0] - 30), self.span[0] + 1)
        return m.group(1).lower() if m else ""

    def is_future(self) -> bool:
        """A future cue (``akan``, ``mulai``...) near the current match (50 chars before, 25 after).

        A window rather than the whole sentence: ``laporan pada Rabu ... akan naik`` speaks of a
        past Wednesday and a future rise.
        """
        start, end = self.span
        after = self.sent[end : end + 25]
        if "," in after:  # "Rudi, Rabu, menyebut akan ada...": the cue is in the reported speech
            after = after[: after.index(",")]
        before = (m for m in _FUTURE.finditer(self.sent, max(0, start - 50), end) if self._own_cue(m))
        return any(before) or any(self._own_cue(m, True) for m in _FUTURE.finditer(after))

    def _own_cue(self, m: re.Match[str], after: bool = False) -> bool:
        """A delivery word (``pengiriman Januari``) makes only the month it names future: ``minyak untuk
        pengiriman Januari turun pada Rabu`` tells of a past Wednesday's trading."""
        if m.group(0).lower() not in C.DELIVERY_CUES:
            return True
        return not after and _DELIVERY_GAP.fullmatch(self.sent, m.end(), self.span[0]) is not None


Hit = tuple[int, int, str, "str | None", "str | None"]  # start, end, type, value, granularity
