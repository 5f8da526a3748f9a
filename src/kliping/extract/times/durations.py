"""Handlers of durations (``tiga hari``, ``berbulan-bulan``) and sets (``setiap Senin``,
``tiap tahun``): spans and recurrences, not points in time.
"""

from __future__ import annotations

import re

from kliping.extract.times.context import Ctx, Hit
from kliping.extract.times.values import duration_value, parse_count
from kliping.lang.id import calendar as C


def h_set(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("set"), m.end("set")
    q = m["st_q"].lower()
    u = " ".join(m["st_u"].lower().split())
    if u.endswith("nya"):
        u = u[:-3]
    if u in C.WEEKDAYS and (m["st_u"][:1].isupper() or u != "minggu"):
        if q == "per":
            return []
        if m["st_n"]:
            return []
        return [(s, e, "SET", f"XXXX-WXX-{C.WEEKDAYS[u]}", "set")]
    if u in C.PARTS_OF_DAY:
        if q == "per" or m["st_n"]:
            return []
        return [(s, e, "SET", f"T{C.PARTS_OF_DAY[u]}", "set")]
    if u == "akhir pekan":
        return [(s, e, "SET", "XXXX-WXX-WE", "set")]
    n = parse_count(m["st_n"]) if m["st_n"] else 1.0
    return [(s, e, "SET", duration_value(n, u), "set")]


def h_duration(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("duration"), m.end("duration")
    if m["du_se"]:
        return [(s, e, "DURATION", duration_value(1.0, C.SE_UNITS[m["du_se"].lower()]), "duration")]
    if m["du_red"]:
        return [(s, e, "DURATION", duration_value(None, m["du_ru"]), "duration")]
    vague = m["du_n"].lower()
    n = None if m["du_n2"] else parse_count(m["du_n"])  # a range "1-2 bulan" is vague: PXM
    if n is not None and n > 100000:
        return []
    return [(s, e, "DURATION", duration_value(n, m["du_u"], vague), "duration")]
