"""Handlers of periods longer than a day and not a calendar month: quarters and halves
(``kuartal II``), seasons (``musim dingin``), ordinal weeks of a month (``pekan ketiga Januari``) and
the coming school year.

Each picks the occurrence meant relative to the anchor by its own calendar.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

from kliping.extract.times.context import Ctx, Hit
from kliping.extract.times.resolution import nearest_month, past_cue, tail_direction
from kliping.extract.times.values import add_months, month_number, week_value
from kliping.lang.id import calendar as C


def _ordinal(word: str) -> int:
    return C.ORDINALS[word.lower()]


def h_quarter(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("quarter"), m.end("quarter")
    if m["qq_n"]:
        n, y, kind, tail = int(m["qq_n"]), m["qq_y"], "Q", None
    else:
        w = m["qh_w"].lower()
        n, y, tail = _ordinal(m["qh_n"]), m["qh_y"], m["qh_tail"]
        kind = "H" if w in C.HALF_WORDS else "Q"
        if kind == "H" and n > 2:
            return []
        if m["qh_n"].isdigit() and w == "semester" and not (y or tail):
            return []  # "semester 2" of a school year
    gran = "half" if kind == "H" else "quarter"
    if y:
        return [(s, e, "DATE", f"{y}-{kind}{n}", gran)]
    a = ctx.anchor
    if a is None:
        return [(s, e, "DATE", None, gran)]
    cur = (a.month - 1) // 3 + 1 if kind == "Q" else (a.month - 1) // 6 + 1
    dirn = tail_direction(tail)
    year = a.year
    says_year = bool(tail) and "tahun" in tail.lower()  # "kuartal II tahun lalu"
    if dirn == -1 and (says_year or n >= cur):
        year -= 1
    elif dirn == 1 and (says_year or n <= cur):
        year += 1
    elif dirn is None and n > cur and not ctx.is_future():
        year -= 1
    return [(s, e, "DATE", f"{year:04d}-{kind}{n}", gran)]


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # northern meteorological seasons


def _season_year(a: dt.date, code: str, direction: int | None) -> int:
    """Year of the season occurrence meant: ``lalu`` the last one that ended, ``depan`` the next one
    to start, ``ini`` the current or else the coming one, otherwise the latest one that has started."""
    starts = [dt.date(y, _SEASON_START[code], 1) for y in range(a.year - 2, a.year + 2)]
    if direction == -1:
        return max(st for st in starts if add_months(st, 3) <= a).year
    if direction == 1:
        return min(st for st in starts if st > a).year
    current = max(st for st in starts if st <= a)
    if direction == 0 and add_months(current, 3) <= a:  # "musim dingin ini" in June: the coming one
        return min(st for st in starts if st > a).year
    return current.year


def h_season(m: re.Match, ctx: Ctx) -> list[Hit]:
    code = C.SEASONS[m["se_s"].lower()]
    s, e = m.start("season"), m.end("season")
    if m["se_y"]:
        y = int(m["se_y"])
    elif ctx.anchor is None:
        return [(s, e, "DATE", None, "season" if code else "year")]
    elif code is None:
        y = ctx.anchor.year + (tail_direction(m["se_tail"]) or 0)
    else:
        y = _season_year(ctx.anchor, code, tail_direction(m["se_tail"]))
    if code is None:
        return [(s, e, "DATE", f"{y:04d}", "year")]
    return [(s, e, "DATE", f"{y:04d}-{code}", "season")]


def h_weekord(m: re.Match, ctx: Ctx) -> list[Hit]:
    """``pekan ketiga Januari``: the ISO week holding day 15 (7n-6) of that month; ``terakhir`` the
    week holding the month's last day but three (a full week inside the month)."""
    s, e = m.start("weekord"), m.end("weekord")
    if m["wo_y"]:
        ym: tuple[int, int] | None = (int(m["wo_y"]), month_number(m["wo_m"]))
    elif m["wo_m"]:
        ym = nearest_month(ctx, month_number(m["wo_m"]), past_cue(ctx, None))
    elif ctx.anchor:
        month = add_months(ctx.anchor, tail_direction(m["wo_rel"]) or 0)  # bulan ini / lalu / depan
        ym = (month.year, month.month)
    else:
        ym = None
    if ym is None:
        return [(s, e, "DATE", None, "week")]
    word = m["wo_n"].lower().replace(" ", "")
    if word == "terakhir":
        day = _cal.monthrange(*ym)[1] - 3
    else:
        n = int(word[-1]) if word[-1].isdigit() else _ordinal(word)
        day = 7 * n - 6
    return [(s, e, "DATE", week_value(dt.date(ym[0], ym[1], day)), "week")]


def h_schoolyear(m: re.Match, ctx: Ctx) -> list[Hit]:
    """``tahun ajaran baru``: the school year that starts next (in July), valued by its start year."""
    s, e = m.start("schoolyear"), m.end("schoolyear")
    a = ctx.anchor
    if a is None:
        return [(s, e, "DATE", None, "year")]
    return [(s, e, "DATE", f"{a.year if a.month <= 7 else a.year + 1:04d}", "year")]
