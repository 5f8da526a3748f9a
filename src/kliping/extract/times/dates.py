"""Handlers of explicit calendar dates: weekday with a date, written and numeric dates, month ranges
and month-year, and legal citations dropped so their ``Tahun 2008`` is no date.

These name the day or month themselves (a year missing is taken nearest the anchor); they also set
the article's latest explicit date that ``N hari kemudian`` counts from.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.extract.times.context import Ctx, Hit
from kliping.extract.times.resolution import past_cue, pod_in, resolve_day_month, tail_direction
from kliping.extract.times.values import (
    add_months,
    day_value,
    full_year,
    month_number,
    month_value,
    valid_date,
    with_pod,
)
from kliping.lang.id import calendar as C
from kliping.text.patterns import alternation


def h_skip(m: re.Match, ctx: Ctx) -> list[Hit]:
    return []


def h_wdate(m: re.Match, ctx: Ctx) -> list[Hit]:
    wd = C.WEEKDAYS[m["wd_w"].lower()]
    for p in ("wdn_", "wdw_", "wdx_", "wdy_"):
        if m[p + "d"]:
            break
    day = int(m[p + "d"])
    mon = month_number(m[p + "m"]) if p in ("wdw_", "wdx_") else int(m[p + "m"])
    tail = m["wd_tail"]
    end = m.end("wdate")
    if m[p + "y"]:
        date = valid_date(full_year(m[p + "y"]), mon, day)
        if date is None:
            return []
    elif not (1 <= mon <= 12 and 1 <= day <= 31):
        return []
    else:
        date = resolve_day_month(ctx, day, mon, wd, past_cue(ctx, tail_direction(tail)))
    if date and m[p + "y"]:
        ctx.last_abs = date
        ctx.last_any = (date, "D")
    if date and ctx.anchor and abs((date - ctx.anchor).days) <= 7:
        ctx.week_dates[wd] = date
    typ, val, gran = with_pod(date, pod_in(tail) or pod_in(m["wd_pod"]))
    return [(m.start("wdate"), end, typ, val, gran)]


def _date_hit(ctx: Ctx, s: int, e: int, d: int, mon: int, y: str | None, tail: str | None) -> Hit | None:
    if y:
        date = valid_date(int(y), mon, d)
        if date is None:
            return None
        ctx.last_abs = date
        ctx.last_any = (date, "D")
    else:
        if not (1 <= d <= 31):
            return None
        # ``sejak 1 Desember`` (in July): the day something began is past, never the coming one
        date = resolve_day_month(ctx, d, mon, None, past_cue(ctx, tail_direction(tail)))
    return (s, e, "DATE", day_value(date) if date else None, "day")


def h_written(m: re.Match, ctx: Ctx) -> list[Hit]:
    mon = month_number(m["wr_m"])
    hits = []
    if m["wr_d0"]:
        h0 = _date_hit(ctx, m.start("wr_d0"), m.end("wr_d0"), int(m["wr_d0"]), mon, m["wr_y"], m["wr_tail"])
        if h0:
            hits.append(h0)
        start = m.start("wr_d")
    else:
        start = m.start("written")
    h = _date_hit(ctx, start, m.end("written"), int(m["wr_d"]), mon, m["wr_y"], m["wr_tail"])
    return [*hits, h] if h else hits


def h_mday(m: re.Match, ctx: Ctx) -> list[Hit]:
    """A day of a month the text names by its place, not by its name: ``tanggal 5 bulan depan`` is
    the 5th of the month after the publication's (a DATE); a day of every month (``setiap tanggal
    10``, ``tanggal 1 setiap bulan``, ``tanggal 28 bulan berjalan`` in a standing rule) is a SET
    ``XXXX-XX-10``, and ``setiap tanggal 17 Agustus`` every year's day (``XXXX-08-17``). Before, the
    number and ``bulan`` were read as a duration (``28 bulan``, P28M).

    Two days joined (``setiap tanggal 1 hingga 5``, ``tanggal 1-5 setiap bulan``, ``tanggal 10 s/d 15
    bulan depan``): a range of days of every month is one SET over the whole range, valued at its
    first day as a clock range is (TIMEX3 has no value for a set of day ranges; only the first day
    was read, and ``tanggal 1-5 setiap bulan`` not at all); a list (``tanggal 1 dan 15 setiap bulan``)
    is a SET per day, and a range or list in a named month (``bulan depan``) a DATE per day, as
    written date ranges are. A second day not after the first (``tanggal 5-3``) leaves the first day
    alone."""
    s, e = m.start("mday"), m.end("mday")
    tail = " ".join((m["md_tail"] or "").casefold().split())
    day = int(m["md_d"] or m["md_d2"])
    if not 1 <= day <= 31:
        return []
    d_grp, e_grp, j_grp = ("md_d", "md_e", "md_j") if m["md_d"] else ("md_d2", "md_e2", "md_j2")
    last = int(m[e_grp]) if m[e_grp] else None
    if last is not None and not day < last <= 31:
        if m["md_d"]:
            return [(s, m.end(d_grp), "SET", f"XXXX-XX-{day:02d}", "set")]
        return []
    # two days: each on its own words, except a range of every month, one SET over the whole
    days = [(day, s, m.end(d_grp)), (last, m.start(e_grp), e)] if last is not None else [(day, s, e)]
    if m["md_m"] or not tail or tail in C.RUNNING_MONTH_WORDS:
        if last is not None and not m[j_grp].strip().casefold().startswith("dan"):
            days = [(day, s, e)]
        month = f"{month_number(m['md_m']):02d}" if m["md_m"] else "XX"
        return [(a, b, "SET", f"XXXX-{month}-{d:02d}", "set") for d, a, b in days]
    if ctx.anchor is None:
        return [(a, b, "DATE", None, "day") for _d, a, b in days]
    first = add_months(ctx.anchor.replace(day=1), C.DIRECTION_WORDS[tail])
    out: list[Hit] = []
    for d, a, b in days:
        date = valid_date(first.year, first.month, d)
        out.append((a, b, "DATE", day_value(date) if date else None, "day"))
    return out


def h_mrange(m: re.Match, ctx: Ctx) -> list[Hit]:
    y = int(m["mr_y"])
    return [
        (m.start("mr_m1"), m.end("mr_m1"), "DATE", month_value(y, month_number(m["mr_m1"])), "month"),
        (m.start("mr_m2"), m.end("mrange"), "DATE", month_value(y, month_number(m["mr_m2"])), "month"),
    ]


def h_ndate(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("ndate"), m.end("ndate")
    if m["nd_pd"]:
        d, mon, y = int(m["nd_pd"]), int(m["nd_pm"]), m["nd_py"]
    elif m["nd_d"]:
        d, mon, y = int(m["nd_d"]), int(m["nd_m"]), m["nd_y"]
    elif m["nd_d2"]:
        d, mon, y = int(m["nd_d2"]), int(m["nd_m2"]), m["nd_y2"]
    else:
        d, mon, y = int(m["nd_id"]), int(m["nd_im"]), m["nd_iy"]
    if not (1 <= mon <= 12):
        return []
    if m["nd_d2"] and _ADDRESS_BEFORE.search(ctx.sent, max(0, s - 12), s):
        return []  # "RT 03/02/01", "Nomor 12/10/25": an address or number written like a date
    if m["nd_d"] and _NUMBER_BEFORE.search(ctx.sent, max(0, s - 12), s):
        return []  # "Surat Edaran Nomor 12/10/2025": a letter's number
    h = _date_hit(ctx, s, e, d, mon, str(full_year(y)) if y else None, None)
    return [h] if h else []


def h_monthyear(m: re.Match, ctx: Ctx) -> list[Hit]:
    v = month_value(int(m["my_y"]), month_number(m["my_m"]))
    ctx.last_any = (dt.date(int(m["my_y"]), month_number(m["my_m"]), 1), "M")
    return [(m.start("monthyear"), m.end("monthyear"), "DATE", v, "month")]


# An address, alley, code or number word right before a d/m/yy date, with only spaces (or the
# word's dot) between: the numbers are the address's or the document's (``RT 03/02/01``, ``Gang
# 5/10/25``, ``Nomor 12/10/25``), not a date. A comma between (``kata Ketua RT, 14/10/25``) leaves
# the date; with a four-digit year only a number word takes it (``Nomor 12/10/2025``).
_ADDRESS_BEFORE = re.compile(
    r"(?i)\b(?:" + alternation(C.ADDRESS_WORDS | C.ALLEY_WORDS | C.DOC_NUMBER_WORDS) + r")\.?[ \t]+$")
_NUMBER_BEFORE = re.compile(r"(?i)\b(?:" + alternation(C.DOC_NUMBER_WORDS) + r")\.?[ \t]+$")
