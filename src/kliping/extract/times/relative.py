"""Handlers of relative expressions counted in units: ``tiga hari lalu``, ``setahun kemudian``,
``bulan lalu``, ``tahun depan``, spans of time left (``tiga bulan lagi``), ``hari ini`` as "nowadays",
and reference words (``dulu``, ``kini``, ``bertahun-tahun lalu``).

Separate because these count from a base (the anchor or the article's latest explicit date) rather
than naming a calendar day.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.extract.times.context import PREV_WORD, Ctx, Hit
from kliping.extract.times.patterns import WEEKDAY
from kliping.extract.times.resolution import nearest_weekday, tail_direction
from kliping.extract.times.values import (
    add_months,
    at_granularity,
    duration_value,
    parse_count,
    shift_date,
    unit_letter,
    vague_range,
    with_pod,
)
from kliping.extract.times.weekdays import sunday_position
from kliping.lang.id import calendar as C
from kliping.lang.id import gazetteer
from kliping.text.patterns import alternation


def h_relunit(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("relunit"), m.end("relunit")
    if m["ru_se"]:
        n: float | None = 1.0
        unit_word = C.SE_UNITS[m["ru_se"].lower()]
        vague = ""
    else:
        vague = m["ru_n"].lower()
        n = parse_count(m["ru_n"])
        unit_word = m["ru_u"].lower()
    dirw = " ".join(m["ru_dir"].lower().split())
    if dirw in C.SPAN_TO_NOW_WORDS or _time_left(dirw, ctx):
        return [(s, e, "DURATION", duration_value(n, unit_word, vague), "duration")]
    letter = unit_letter(unit_word)
    # "dua jam kemudian", "tujuh menit berselang": no clock anchor. Minutes share the letter M with
    # months, so the unit word decides, not the letter.
    if unit_word in C.TIME_UNITS or letter not in ("D", "W", "M", "Y", "DE", "Y8", "CE") or (
            n is not None and n != int(n)):
        return [(s, e, "DATE", None, None)]
    if letter == "DE":
        letter, n = "Y", (10 * n if n is not None else None)
    elif letter == "Y8":
        letter, n = "Y", (8 * n if n is not None else None)
    elif letter == "CE":
        letter, n = "Y", (100 * n if n is not None else None)
    anchored = dirw in C.COUNT_FROM_LATEST_WORDS
    sign = -1 if dirw in C.COUNT_BACK_WORDS else 1
    base = ctx.last_abs if anchored else ctx.anchor
    if anchored and ctx.last_any and (base is None or ctx.last_any[0] != base) and _UNIT_ORDER.index(
            ctx.last_any[1]) <= _UNIT_ORDER.index(letter):
        # "Pada 2012 ... dibanding setahun sebelumnya": count from the year just named
        base = ctx.last_any[0]
        if ctx.last_any[1] == "Y" and letter == "Y" and n is not None:
            return [(s, e, "DATE", f"{base.year + sign * int(n):04d}", "year")]
    if base is None:
        return [(s, e, "DATE", None, None)]
    if n is None:
        val, gran = vague_range(base, letter, sign)
        if val is None and not anchored:
            val, gran = ("PAST_REF" if sign < 0 else "FUTURE_REF"), "ref"
        return [(s, e, "DATE", val, gran)]
    shifted = shift_date(base, letter, sign * int(n))
    if anchored and sign > 0 and _past_count_runs_ahead(ctx, base, shifted, letter):
        return [(s, e, "DATE", None, None)]
    val, gran = at_granularity(shifted, letter)
    return [(s, e, "DATE", val, gran)]


def _period_start(d: dt.date, letter: str) -> dt.date:
    """The first day of the period of ``d`` at the unit ``letter`` (a count of months names a month)."""
    if letter == "Y":
        return dt.date(d.year, 1, 1)
    if letter == "M":
        return dt.date(d.year, d.month, 1)
    if letter == "W":
        return d - dt.timedelta(days=d.isoweekday() - 1)
    return d


def _past_count_runs_ahead(ctx: Ctx, base: dt.date, shifted: dt.date, letter: str) -> bool:
    """``lima bulan kemudian`` counted from a day up to the publication that lands after it, with no
    future cue near: a narrative ``kemudian`` tells what already happened, so the base is not the
    day it counts from (the latest date of the article is often a quote's attribution day, later
    than the told events: ``aksinya sejak April ... kata polisi, Selasa (14/10) ... baru terungkap
    lima bulan kemudian`` was placed five months after that Tuesday, in the coming March). The
    right base cannot be told, so the value is left out rather than invented."""
    a = ctx.anchor
    if a is None or base > a or ctx.is_future():
        return False
    return _period_start(shifted, letter) > a


_HEDGE_END = re.compile(r"(?i)\b(?:" + alternation(C.COUNT_HEDGES) + r")\s*$")
# How many words before the count a noun of time left may stand (``sisa masa jabatan bupati tinggal``:
# three words between).
TIME_LEFT_WINDOW = 6


def _time_left(dirw: str, ctx: Ctx) -> bool:
    """A count that is a span of time, not a date (:data:`calendar.REMAINING_BEFORE` and
    the lists after it say why): ``N hari ke depan`` ("the next N days", ``ditahan selama 20 hari
    ke depan``) unless a one-off act is announced for then (``akan mengumumkan hasilnya tiga hari
    ke depan``); any forward count after ``selama``/``untuk``/``dalam``, and a backward ``N unit
    sebelumnya`` right after a verb of lasting (``kenaikan yang berlangsung tiga hari sebelumnya``:
    the previous three days, :data:`calendar.LASTING_VERBS`); ``lagi``/``mendatang``
    after a word of time left that follows a noun of time left (``sisa masa jabatan tinggal tiga
    bulan lagi``; a hedge such as ``sekitar`` or ``kurang dari`` may stand between)."""
    start = ctx.span[0]
    cut = max(ctx.sent.rfind(c, max(0, start - 120), start) for c in ",;:()")
    head_text = _HEDGE_END.sub("", ctx.sent[max(cut + 1, start - 120) : start])
    before = [w.lower() for w in re.findall(r"\w+", head_text)]
    last = before[-1] if before else ""
    if last in C.SPAN_BEFORE or (dirw == "sebelumnya" and last in C.LASTING_VERBS):
        return True
    if dirw == "ke depan":
        near = before[-TIME_LEFT_WINDOW:]
        return not (any(w in C.FUTURE_AUXILIARIES for w in near) and any(w in C.PUNCTUAL_VERBS for w in near))
    if dirw not in C.COUNT_AHEAD_WORDS or last not in C.REMAINING_BEFORE:
        return False
    return any(w in C.TIME_LEFT_NOUNS for w in before[-TIME_LEFT_WINDOW - 1 : -1])


_UNIT_ORDER = ["Y", "M", "W", "D"]  # coarse to fine


def _period_value(d: dt.date, unit: str) -> tuple[str, str]:
    if unit in C.RELATIVE_QUARTER_UNITS:
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}", "quarter"
    if unit == "semester":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}", "half"
    return at_granularity(d, C.DATE_UNITS[unit])


def h_relsimple(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("relsimple"), m.end("relsimple")
    unit = (m["rs_u"] or m["rs_u2"]).lower()
    dirw = " ".join((m["rs_dir"] or "ini").lower().split())
    text = m["relsimple"]
    if text.startswith("Minggu") and dirw in C.SUNDAY_OR_WEEK_TAILS and sunday_position(ctx, s):
        # "pada Minggu lalu" mid-sentence is Sunday, not "last week"
        date = nearest_weekday(ctx, 7, tail_direction(dirw))
        typ, val, gran = with_pod(date, None)
        return [(s, e, typ, val, gran)]
    if unit == "hari" and dirw == "ini" and not m["rs_mod"] and _nowadays(ctx, s, e):
        return [(s, e, "DATE", "PRESENT_REF", "ref")]
    anchored = dirw in C.PERIOD_FROM_LATEST_WORDS
    base = ctx.last_abs if anchored else ctx.anchor
    if base is None:
        return [(s, e, "DATE", None, None)]
    step = 0 if dirw in C.PERIOD_SAME_WORDS else -1 if dirw in C.PERIOD_BACK_WORDS else 1
    if unit in C.RELATIVE_QUARTER_UNITS:
        d = add_months(base, 3 * step)
    elif unit == "semester":
        d = add_months(base, 6 * step)
    else:
        d = shift_date(base, C.DATE_UNITS[unit], step)
    val, gran = _period_value(d, unit)
    return [(s, e, "DATE", val, gran)]


# A date gloss right after ``hari ini`` (``hari ini, Senin``, ``hari ini (12/9)``): the day it is.
_DATE_GLOSS_AFTER = re.compile(r"\s*,?\s*(?:\(|" + WEEKDAY + ")")


def _nowadays(ctx: Ctx, s: int, e: int) -> bool:
    """``hari ini`` at ``s:e`` is "nowadays", not the publication day: right after a generic group or
    period (``anak muda hari ini``, ``generasi hari ini``: :data:`calendar.NOWADAYS_HEADS`) that no
    quantity picks out, or after a country in a portrait (``wajah Indonesia hari ini``) or before a
    copula (``Indonesia hari ini adalah ...``). A date gloss after it (``hari ini, Senin (20/10)``,
    ``hari ini (20/10)``) makes it the day."""
    if _DATE_GLOSS_AFTER.match(ctx.sent, e):
        return False
    before = ctx.sent[max(0, s - 60):s].split()
    low = [w.lower().strip('"“‘\'(,') for w in before]
    for n in (2, 1):
        if len(low) >= n and " ".join(low[-n:]) in C.NOWADAYS_HEADS:
            prior = low[-n - 1] if len(low) > n else ""
            return prior not in C.NOWADAYS_SPECIFIC_BEFORE and not prior.isdigit()
    if not before or before[-1] not in gazetteer.countries():
        return False
    prior = before[-2] if len(before) > 1 else ""
    if prior.lower() in C.NOWADAYS_PORTRAIT_BEFORE:
        return True
    if prior[:1].isupper():  # part of a name: ``Timnas Indonesia``, ``Bank Indonesia``
        return False
    after = ctx.sent[e:e + 20].split()
    return bool(after) and after[0].lower().strip(",") in C.NOWADAYS_COPULA_AFTER


def h_ref(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("ref"), m.end("ref")
    if m["rf_red"]:
        if m["rf_ru"].lower() == "kemarin":
            return [(s, e, "DATE", "PAST_REF", "ref")]
        if not m["rf_dir"]:
            return []
        fut = m["rf_dir"].lower().split()[0] in C.DOUBLED_AHEAD_STARTS
        return [(s, e, "DATE", "FUTURE_REF" if fut else "PAST_REF", "ref")]
    w = " ".join(m["rf_w"].lower().split())
    prev = PREV_WORD.search(ctx.sent, max(0, s - 30), s)
    pw = prev.group(1).lower() if prev else ""
    initial = not ctx.sent[:s].strip(' "“‘\'(')
    if w == "dulu" and pw not in C.FORMERLY_BEFORE and not initial:
        return []  # "tunggu dulu": "first", not "formerly"
    if w == "dahulu" and pw in C.FIRST_BEFORE:
        return []
    return [(s, e, "DATE", C.REFERENCE_WORDS[w], "ref")]
