"""Days relative to today and times of day: ``kemarin``, ``besok``, ``keesokan harinya``,
``malam ini``; clock times (``pukul 14.30 WIB``) and parts of day (``malam hari``), and the date a
time written without one takes from its sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.extract.times.context import Ctx, Hit
from kliping.extract.times.resolution import resolve_day_month
from kliping.extract.times.values import day_value, full_year, valid_date, with_pod
from kliping.lang.id import calendar as C
from kliping.lang.id import cues
from kliping.text.patterns import alternation


def h_clock(m: re.Match, ctx: Ctx) -> list[Hit]:
    if m["tm2_h"]:
        h, mi, tail = int(m["tm2_h"]), int(m["tm2_m"]), ""
    else:
        h, mi, tail = int(m["tm_h"]), int(m["tm_m"] or 0), (m["tm_tail"] or "").lower()
        if m["tm_m"] is None and not tail.strip() and m["clock"][:3].lower() == "jam":
            return []  # "jam 10" without minutes or zone is too often something else
    if h > 24 or mi > 59:
        return []
    for word, shift in C.PART_OF_DAY_HOUR_SHIFT.items():
        if word in tail and h < 12 and not (word in C.SMALL_HOURS_PARTS and h < 5):
            h += shift
            break
    value = f"XXXX-XX-XXT{h:02d}:{mi:02d}"  # the date part is filled per sentence afterwards
    return [(m.start("clock"), m.end("clock"), "TIME", value, "time")]


def h_relday(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("relday"), m.end("relday")
    if m["rd_pod2"]:
        pod = C.PARTS_OF_DAY[" ".join(m["rd_pod2"].lower().split())]
        day = ctx.anchor
        if day is not None and m["rd_pod2"].lower() == "malam" and m["rd_rel"].lower() == "tadi":
            day -= dt.timedelta(days=1)  # "malam tadi": last night, as "tadi malam"
        return [(s, e, "TIME", f"{day_value(day)}T{pod}" if day else None, "time")]
    w = " ".join(m["rd_w"].lower().split())
    pod = C.PARTS_OF_DAY[" ".join(m["rd_pod"].lower().split())] if m["rd_pod"] else None
    if w in C.NEXT_DAY_WORDS:
        d = _day_after_told(ctx)
        typ, val, gran = with_pod(d, pod)
        return [(s, e, typ, val, gran)]
    if w == "tadi" and not pod:
        return []
    if w == "nanti" and not pod:
        return [(s, e, "DATE", "FUTURE_REF", "ref")]
    if w == "semalam":
        pod = "NI"
    if w == "kemarin" and pod == "AF" and ctx.prev_word() in C.KEMARIN_SORE_IDIOM_BEFORE:
        return []  # "masih anak kemarin sore": a newcomer, no time
    if w == "kemarin" and not pod and not m["rd_pd"] and _kemarin_previously(ctx, m.end("relday")):
        return [(s, e, "DATE", "PAST_REF", "ref")]
    d = ctx.anchor + dt.timedelta(days=C.DAY_OFFSETS[w]) if ctx.anchor else None
    if w == "tadi" and d is not None and m["rd_pod"] and m["rd_pod"].lower() == "malam":
        # "tadi malam" is the night just gone (KBBI: malam yang baru lalu): a morning report's
        # "tadi pagi" is today, its "tadi malam" yesterday; "dini hari tadi" (after midnight) today.
        d -= dt.timedelta(days=1)
    if m["rd_pd"]:  # "kemarin (19/11)": the bracketed date is the value, the whole is one expression
        written = resolve_day_month(ctx, int(m["rd_pd"]), int(m["rd_pm"]), None, -1 if w == "kemarin" else None) \
            if not m["rd_py"] else valid_date(full_year(m["rd_py"]), int(m["rd_pm"]), int(m["rd_pd"]))
        d = written or d
    typ, val, gran = with_pod(d, pod)
    return [(s, e, typ, val, gran)]


def _day_after_told(ctx: Ctx) -> dt.date | None:
    """The day after the last day its sentence names before ``keesokan harinya``, else after the
    last day of the sentence before; None when neither names one. A story told with no day of its
    own (``Setelah membunuh korban, pelaku menginap. Keesokan harinya ...``) would otherwise take the
    article's latest date, often a later press conference: an unknown day is better than a wrong one."""
    days = ctx.days_here or ctx.days_before
    if not days:
        return None
    try:
        return dt.date.fromisoformat(days[-1]) + dt.timedelta(days=1)
    except ValueError:
        return None


def _kemarin_previously(ctx: Ctx, end: int) -> bool:
    """``kemarin`` as "previously" (``karena kemarin ada kendala``) rather than "yesterday"."""
    if ctx.prev_word() in C.KEMARIN_PREVIOUSLY_BEFORE:
        return True
    following = ctx.sent[end : end + 40].lower().split()[:3]
    return any(w.strip(",.") in C.KEMARIN_PREVIOUSLY_AFTER for w in following)


def h_podday(m: re.Match, ctx: Ctx) -> list[Hit]:
    """``malam hari``, ``tengah hari``: a time of day whose date is filled per sentence."""
    s, e = m.start("podday"), m.end("podday")
    if m["pd_noon"]:
        return [(s, e, "TIME", "XXXX-XX-XXT12:00", "time")]
    return [(s, e, "TIME", "XXXX-XX-XXT" + C.PARTS_OF_DAY[m["pd_pod"].lower()], "time")]


# A word of speaking between a clock time and a later day (``..., kata X, Senin``, ``..., tambahnya, Senin``,
# ``..., X menjelaskan, Senin``): the day dates the statement, not the time. Every written form of speaking the
# quote rules know (``cues.SPEECH_FORMS``: roots, their ``-nya`` forms, prefixed verbs), as whole words.
_SPEECH = re.compile(rf"\b(?:{alternation(cues.SPEECH_FORMS)})\b", re.IGNORECASE)


def day_for_time(sent: str, at: int, day_dates: list[tuple[int, str]], ctx: Ctx) -> str | None:
    """Date of a clock time or part of day written without one.

    The nearest day-level date before it in the sentence; else one after it, unless a speech verb
    separates them (``..., kata X, Senin (20/10)`` dates the statement, not the event); else the
    latest day of the previous sentences; else the publication date.
    """
    before = [d for d in day_dates if d[0] < at]
    if before:
        return before[-1][1]
    after = [d for d in day_dates if d[0] > at]
    if after and not _SPEECH.search(sent, at, after[0][0]):
        return after[0][1]
    if ctx.last_day:
        return ctx.last_day
    return day_value(ctx.anchor) if ctx.anchor else None
