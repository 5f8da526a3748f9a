"""Handlers of years and decades: ``tahun 2015``, ``pada 2015``, ``(2022-2024)``, a bare year after a
word (``APBN-P 2015``), ``1990-an``; and the test that drops years of bibliographic citations.

Separate because a bare number that looks like a year needs its own rejections (counts, codes,
citations), which no other family shares.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.extract.times.context import Ctx, Hit
from kliping.lang.id import calendar as C
from kliping.lang.id import function_words


def h_decade(m: re.Match, ctx: Ctx) -> list[Hit]:
    if m["dc_full"]:
        v = m["dc_full"][:3] + "X"
    else:
        v = ("19" if m["dc_short"] != "00" else "20") + m["dc_short"][0] + "X"
    return [(m.start("decade"), m.end("decade"), "DATE", v, "decade")]


def _year_seen(ctx: Ctx, year: str) -> None:
    ctx.last_any = (dt.date(int(year), 7, 1), "Y")


def h_tyear(m: re.Match, ctx: Ctx) -> list[Hit]:
    _year_seen(ctx, m["ty_y2"] or m["ty_y"])
    if m["ty_y2"]:
        return [
            (m.start("tyear"), m.end("ty_y"), "DATE", m["ty_y"], "year"),
            (m.start("ty_y2"), m.end("tyear"), "DATE", m["ty_y2"], "year"),
        ]
    return [(m.start("tyear"), m.end("tyear"), "DATE", m["ty_y"], "year")]


def h_byear(m: re.Match, ctx: Ctx) -> list[Hit]:
    if m["by_y4"] and _citation(ctx, m.start("by_y4")):
        return []
    _year_seen(ctx, m["by_y3"] or m["by_y5"] or m["by_y4"] or m["by_y2"] or m["by_y"])
    if m["by_y3"]:
        return [(m.start("byear"), m.end("byear"), "DATE", m["by_y3"], "year")]
    if m["by_y4"]:  # "(2022-2024)": the years, without the brackets
        hits = [(m.start("by_y4"), m.end("by_y4"), "DATE", m["by_y4"], "year")]
        if m["by_y5"]:
            hits.append((m.start("by_y5"), m.end("by_y5"), "DATE", m["by_y5"], "year"))
        return hits
    start = m.start("by_mod") if m["by_mod"] else m.start("by_y")
    if m["by_y2"]:
        return [
            (start, m.end("by_y"), "DATE", m["by_y"], "year"),
            (m.start("by_y2"), m.end("byear"), "DATE", m["by_y2"], "year"),
        ]
    return [(start, m.end("byear"), "DATE", m["by_y"], "year")]


def _citation(ctx: Ctx, start: int) -> bool:
    """A year inside a bibliographic citation: ``(Wilson, 2015)``, ``Aspinall dkk (2022)``,
    ``Prihatini dan Wardani (2024``. Citations date a publication, not an event of the story."""
    before = ctx.sent[max(0, start - 60) : start]
    opened = before.rfind("(")
    if opened >= 0 and ")" not in before[opened:]:
        inside = before[opened + 1 :].strip()
        if inside and inside[:1].isupper() and inside.endswith(","):
            return True  # (Wilson, 2015)
        if not inside:
            words = before[:opened].split()[-3:]
            if words and (words[-1].lower() in C.CITATION_BEFORE or (
                    len(words) == 3 and words[1] in function_words.NAME_AND and words[0][:1].isupper() and words[2][:1].isupper())):
                return True
    return False


def h_year(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("year"), m.end("year")
    lead = ctx.sent[max(0, s - 2) : s]
    if not lead.endswith(" ") or lead[:1].isdigit():
        return []  # "/2025/", "Nomor 12 2025"...
    prev = ctx.prev_word()
    if not prev or prev.isdigit() or prev in C.NOT_YEAR_BEFORE or prev in C.LAW_PREFIXES or prev in C.MONTHS:
        return []
    after = ctx.sent[e : e + 20].lower().split()
    if after and after[0].strip(",.;:)") in C.NOT_YEAR_AFTER:
        return []
    if _citation(ctx, s):
        return []
    _year_seen(ctx, m["yr_y2"] or m["yr_y"])
    if m["yr_y2"]:
        return [(s, m.end("yr_y"), "DATE", m["yr_y"], "year"), (m.start("yr_y2"), e, "DATE", m["yr_y2"], "year")]
    return [(s, e, "DATE", m["yr_y"], "year")]
