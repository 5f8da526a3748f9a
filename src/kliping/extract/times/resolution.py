"""Resolving a day, month or weekday written without a year against the publication date.

Direction words after the expression (``lalu``, ``depan``, ``ini``), ``sejak`` before it, and future
cues near it decide which occurrence is meant; without any, the nearest one (past for weekdays and
most months, see ``COMING_MONTHS``). Separate because the date, weekday, month and relative-day
handlers all resolve this way.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.extract.times.context import Ctx
from kliping.extract.times.values import valid_date
from kliping.lang.id import calendar as C
from kliping.text.patterns import alternation


def tail_direction(tail: str | None) -> int | None:
    """−1, 0, +1 from a trailing word (``lalu``, ``ini``, ``depan``); None when absent."""
    if not tail:
        return None
    t = tail.lower().split()
    if any(w in C.TAIL_BACK_WORDS for w in t):
        return -1
    if any(w in C.TAIL_AHEAD_WORDS for w in t):
        return 1
    if "ini" in t:
        return 0
    return None


def pod_in(tail: str | None) -> str | None:
    if not tail:
        return None
    t = " ".join(tail.lower().split())
    for word in sorted(C.PARTS_OF_DAY, key=len, reverse=True):
        if word in t:
            return C.PARTS_OF_DAY[word]
    return None


def resolve_day_month(ctx: Ctx, d: int, m: int, weekday: int | None = None, direction: int | None = None):
    """Year for a day-month without a year: nearest the anchor, honouring weekday and direction."""
    a = ctx.anchor
    if a is None:
        return None
    cands = [x for x in (valid_date(y, m, d) for y in (a.year - 1, a.year, a.year + 1)) if x]
    if not cands:
        return None
    if weekday is not None:
        matching = [x for x in cands if x.isoweekday() == weekday]
        if matching:
            cands = matching
    if direction == -1:
        past = [x for x in cands if x <= a]
        cands = past or cands
    elif direction == 1 or (direction is None and ctx.is_future()):
        fut = [x for x in cands if x >= a - dt.timedelta(days=7)]
        cands = fut or cands
    return min(cands, key=lambda x: abs((x - a).days))


# A bare month up to this many months after the anchor's, without a cue either way, is the coming
# one: ``target Desember`` on 28 November, ``minyak Brent untuk Januari`` in December, ``hingga
# November`` in October. Otherwise the past one (``Dari Januari hingga September`` in October).
# Measured on the 535 dev news articles: 13 values change, 11 to the reading a person gives, the
# other 2 (three month names followed by ``di`` and a past year) wrong before as well. Two months ahead would
# also fix ``Oktober, November, dan Desember`` in October (3 more) but reads ``Ekspor kopi melonjak
# pada Januari`` on 20 November as the coming January, where a past jump is the likelier reading.
# Both list cases are now read as lists (:func:`month_lists`: 9 values on the dev news, all right).
COMING_MONTHS = 1


def nearest_month(ctx: Ctx, m: int, direction: int | None) -> tuple[int, int] | None:
    a = ctx.anchor
    if a is None:
        return None
    if direction == 0:
        return a.year, m
    if direction == 1 or (direction is None and ctx.is_future()):
        return (a.year if m >= a.month else a.year + 1), m
    if direction is None and 0 < (m - a.month) % 12 <= COMING_MONTHS:
        return (a.year if m > a.month else a.year + 1), m  # the coming month
    return (a.year if m <= a.month else a.year - 1), m


def nearest_weekday(ctx: Ctx, wd: int, direction: int | None) -> dt.date | None:
    a = ctx.anchor
    if a is None:
        return None
    back = (a.isoweekday() - wd) % 7
    if direction == 1:
        return a + dt.timedelta(days=(wd - a.isoweekday()) % 7 or 7)
    if direction is None and ctx.is_future():
        return a + dt.timedelta(days=(wd - a.isoweekday()) % 7)
    if direction == 0:
        return a - dt.timedelta(days=back) if back <= 3 else a + dt.timedelta(days=7 - back)
    return a - dt.timedelta(days=back)


def past_cue(ctx: Ctx, direction: int | None) -> int | None:
    """``sejak Juni``, ``sejak 1 Desember``, ``sejak tanggal 3 Maret``: a month, weekday or day
    without a year after ``sejak`` is in the past (what began then is going on now)."""
    if direction is None and (ctx.prev_word() in C.PAST_CUES or _PAST_CUE_BEFORE.search(
            ctx.sent, max(0, ctx.span[0] - 20), ctx.span[0] + 1)):
        return -1
    return direction


# ``sejak`` with ``tanggal``/``hari`` between it and the date the match begins with.
_PAST_CUE_BEFORE = re.compile(r"(?i)\b(?:" + alternation(C.PAST_CUES) + r")\s+(?:tanggal|tgl\.?|hari)\s*$")
