"""Indonesian time expressions, typed and normalised to TIMEX3-style values.

One compiled regex (an alternation of pattern families, each a named group) runs once per sentence;
``Match.lastgroup`` names the family, and a small handler per family turns the match into
``TimeExpr`` values. There is no per-token Python loop, so tagging costs a fraction of spaCy
tokenisation of the same text (see ``bench/``).

Values follow TIMEX3: ``2024-06-17`` (day), ``2024-W23`` (week), ``2024-06`` (month), ``2024-Q3``,
``2024-H1``, ``2022-WI`` (season), ``2024`` (year), ``199X`` (decade), ``2014-12-28T14:30`` and
``2014-12-28TAF`` (time, part of day), ``P2D``/``PT3H``/``PXM`` (durations), ``P1W`` or
``XXXX-WXX-1`` (sets), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. Relative expressions are
resolved against ``Document.anchor``; without an anchor they are still reported with ``value=None``.

Choices worth knowing:

* bare months and weekdays (``pada Maret``, ``Selasa``) resolve to the nearest past occurrence
  (the current month/day included), or the nearest future one when the sentence speaks of the
  future (``akan``, ``mulai``, ``dijadwalkan``...); ``lalu``/``depan`` after them decide outright;
* dates without a year take the year that puts them nearest the anchor; with a weekday
  (``Senin (20/10)``) the year whose calendar matches the weekday wins;
* ``N unit kemudian`` / ``sebelumnya`` count from the latest explicit date earlier in the article;
  vague counts (``beberapa minggu kemudian``) get the coarsest calendar unit that contains every
  plausible reading (2–9 units), or ``None``/``PAST_REF``/``FUTURE_REF`` when none does;
* tropical seasons (``musim hujan``, ``musim kemarau``) have no TIMEX3 code: value is the year;
* a clock time or part of day (``malam hari``) takes the nearest day-level date before it in the
  sentence, else one after it unless a speech verb separates them, else the latest day of earlier
  sentences, else the anchor (``XXXX-XX-XX`` without one); a clock range (``pukul 13.00-15.00``)
  is one expression valued at its start;
* futures delivery months (``pengiriman Januari``) are future; ``sejak Juni`` is past; future cues
  after a bare word count only up to the next comma; a bare weekday written with a date earlier in
  the article (``Kamis (27/11/2014)``) is that day;
* ``kemarin`` before ``ada``/``sempat`` or after ``karena``/``yang`` is "previously" (PAST_REF);
* bare years after a word (``APBN-P 2015``) are dates unless the word makes them a number or code;
  years in bibliographic citations (``(Wilson, 2015)``, ``Aspinall dkk (2022)``) are not times;
* all-caps sentences are matched on a title-cased copy with the same offsets;
* ``UU No. 11 Tahun 2008`` and similar legal citations are not times.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import itertools
import re
from collections.abc import Callable

from kliping.extract.times.context import _PREV_WORD, _Ctx, _Hit
from kliping.extract.times.patterns import _FAMILY_NAMES, _MONTH_ANY, _WEEKDAY, PATTERN
from kliping.extract.times.resolution import (
    COMING_MONTHS,
    _direction,
    _nearest_month,
    _nearest_weekday,
    _past_cue,
    _pod_in,
    _resolve_day_month,
)
from kliping.extract.times.values import (
    _add_months,
    _at_granularity,
    _day,
    _duration,
    _month,
    _month_number,
    _num,
    _shift,
    _unit_letter,
    _vague_range,
    _valid_date,
    _week,
    _with_pod,
    _year2,
)
from kliping.lang.id import abbreviations, brands, gazetteer, titles
from kliping.lang.id import calendar as C
from kliping.model import Document, TimeExpr

# --------------------------------------------------------------------------- family handlers


def _h_skip(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    return []


def _h_wdate(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    wd = C.WEEKDAYS[m["wd_w"].lower()]
    for p in ("wdn_", "wdw_", "wdx_", "wdy_"):
        if m[p + "d"]:
            break
    day = int(m[p + "d"])
    mon = _month_number(m[p + "m"]) if p in ("wdw_", "wdx_") else int(m[p + "m"])
    tail = m["wd_tail"]
    end = m.end("wdate")
    if m[p + "y"]:
        date = _valid_date(_year2(m[p + "y"]), mon, day)
        if date is None:
            return []
    elif not (1 <= mon <= 12 and 1 <= day <= 31):
        return []
    else:
        date = _resolve_day_month(ctx, day, mon, wd, _past_cue(ctx, _direction(tail)))
    if date and m[p + "y"]:
        ctx.last_abs = date
        ctx.last_any = (date, "D")
    if date and ctx.anchor and abs((date - ctx.anchor).days) <= 7:
        ctx.week_dates[wd] = date
    typ, val, gran = _with_pod(date, _pod_in(tail) or _pod_in(m["wd_pod"]))
    return [(m.start("wdate"), end, typ, val, gran)]


def _date_hit(ctx: _Ctx, s: int, e: int, d: int, mon: int, y: str | None, tail: str | None) -> _Hit | None:
    if y:
        date = _valid_date(int(y), mon, d)
        if date is None:
            return None
        ctx.last_abs = date
        ctx.last_any = (date, "D")
    else:
        if not (1 <= d <= 31):
            return None
        # ``sejak 1 Desember`` (in July): the day something began is past, never the coming one
        date = _resolve_day_month(ctx, d, mon, None, _past_cue(ctx, _direction(tail)))
    return (s, e, "DATE", _day(date) if date else None, "day")


def _h_written(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    mon = _month_number(m["wr_m"])
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


def _h_mrange(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    y = int(m["mr_y"])
    return [
        (m.start("mr_m1"), m.end("mr_m1"), "DATE", _month(y, _month_number(m["mr_m1"])), "month"),
        (m.start("mr_m2"), m.end("mrange"), "DATE", _month(y, _month_number(m["mr_m2"])), "month"),
    ]


def _h_ndate(m: re.Match, ctx: _Ctx) -> list[_Hit]:
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
    h = _date_hit(ctx, s, e, d, mon, str(_year2(y)) if y else None, None)
    return [h] if h else []


def _h_decade(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    if m["dc_full"]:
        v = m["dc_full"][:3] + "X"
    else:
        v = ("19" if m["dc_short"] != "00" else "20") + m["dc_short"][0] + "X"
    return [(m.start("decade"), m.end("decade"), "DATE", v, "decade")]


def _h_monthyear(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    v = _month(int(m["my_y"]), _month_number(m["my_m"]))
    ctx.last_any = (dt.date(int(m["my_y"]), _month_number(m["my_m"]), 1), "M")
    return [(m.start("monthyear"), m.end("monthyear"), "DATE", v, "month")]


def _ordinal(word: str) -> int:
    return C.ORDINALS[word.lower()]


def _h_quarter(m: re.Match, ctx: _Ctx) -> list[_Hit]:
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
    dirn = _direction(tail)
    year = a.year
    says_year = bool(tail) and "tahun" in tail.lower()  # "kuartal II tahun lalu"
    if dirn == -1 and (says_year or n >= cur):
        year -= 1
    elif dirn == 1 and (says_year or n <= cur):
        year += 1
    elif dirn is None and n > cur and not ctx.is_future():
        year -= 1
    return [(s, e, "DATE", f"{year:04d}-{kind}{n}", gran)]


def _year_seen(ctx: _Ctx, year: str) -> None:
    ctx.last_any = (dt.date(int(year), 7, 1), "Y")


def _h_tyear(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    _year_seen(ctx, m["ty_y2"] or m["ty_y"])
    if m["ty_y2"]:
        return [
            (m.start("tyear"), m.end("ty_y"), "DATE", m["ty_y"], "year"),
            (m.start("ty_y2"), m.end("tyear"), "DATE", m["ty_y2"], "year"),
        ]
    return [(m.start("tyear"), m.end("tyear"), "DATE", m["ty_y"], "year")]


def _h_byear(m: re.Match, ctx: _Ctx) -> list[_Hit]:
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


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # northern meteorological seasons


def _season_year(a: dt.date, code: str, direction: int | None) -> int:
    """Year of the season occurrence meant: ``lalu`` the last one that ended, ``depan`` the next one
    to start, ``ini`` the current or else the coming one, otherwise the latest one that has started."""
    starts = [dt.date(y, _SEASON_START[code], 1) for y in range(a.year - 2, a.year + 2)]
    if direction == -1:
        return max(st for st in starts if _add_months(st, 3) <= a).year
    if direction == 1:
        return min(st for st in starts if st > a).year
    current = max(st for st in starts if st <= a)
    if direction == 0 and _add_months(current, 3) <= a:  # "musim dingin ini" in June: the coming one
        return min(st for st in starts if st > a).year
    return current.year


def _h_season(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    code = C.SEASONS[m["se_s"].lower()]
    s, e = m.start("season"), m.end("season")
    if m["se_y"]:
        y = int(m["se_y"])
    elif ctx.anchor is None:
        return [(s, e, "DATE", None, "season" if code else "year")]
    elif code is None:
        y = ctx.anchor.year + (_direction(m["se_tail"]) or 0)
    else:
        y = _season_year(ctx.anchor, code, _direction(m["se_tail"]))
    if code is None:
        return [(s, e, "DATE", f"{y:04d}", "year")]
    return [(s, e, "DATE", f"{y:04d}-{code}", "season")]


def _h_clock(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    if m["tm2_h"]:
        h, mi, tail = int(m["tm2_h"]), int(m["tm2_m"]), ""
    else:
        h, mi, tail = int(m["tm_h"]), int(m["tm_m"] or 0), (m["tm_tail"] or "").lower()
        if m["tm_m"] is None and not tail.strip() and m["clock"][:3].lower() == "jam":
            return []  # "jam 10" without minutes or zone is too often something else
    if h > 24 or mi > 59:
        return []
    for word, shift in C.PART_OF_DAY_HOUR_SHIFT.items():
        if word in tail and h < 12 and not (word in ("malam",) and h < 5):
            h += shift
            break
    value = f"XXXX-XX-XXT{h:02d}:{mi:02d}"  # the date part is filled per sentence afterwards
    return [(m.start("clock"), m.end("clock"), "TIME", value, "time")]


def _h_relunit(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    s, e = m.start("relunit"), m.end("relunit")
    if m["ru_se"]:
        n: float | None = 1.0
        unit_word = C.SE_UNITS[m["ru_se"].lower()]
        vague = ""
    else:
        vague = m["ru_n"].lower()
        n = _num(m["ru_n"])
        unit_word = m["ru_u"].lower()
    dirw = " ".join(m["ru_dir"].lower().split())
    if dirw in ("terakhir", "belakangan", "belakangan ini") or _time_left(dirw, ctx):
        return [(s, e, "DURATION", _duration(n, unit_word, vague), "duration")]
    letter = _unit_letter(unit_word)
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
    anchored = dirw in ("kemudian", "setelahnya", "sesudahnya", "berselang", "berikutnya", "sebelumnya")
    sign = -1 if dirw in ("lalu", "yang lalu", "silam", "sebelumnya") else 1
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
        val, gran = _vague_range(base, letter, sign)
        if val is None and not anchored:
            val, gran = ("PAST_REF" if sign < 0 else "FUTURE_REF"), "ref"
        return [(s, e, "DATE", val, gran)]
    shifted = _shift(base, letter, sign * int(n))
    if anchored and sign > 0 and _past_count_runs_ahead(ctx, base, shifted, letter):
        return [(s, e, "DATE", None, None)]
    val, gran = _at_granularity(shifted, letter)
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


def _past_count_runs_ahead(ctx: _Ctx, base: dt.date, shifted: dt.date, letter: str) -> bool:
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


# An address, alley, code or number word right before a d/m/yy date, with only spaces (or the
# word's dot) between: the numbers are the address's or the document's (``RT 03/02/01``, ``Gang
# 5/10/25``, ``Nomor 12/10/25``), not a date. A comma between (``kata Ketua RT, 14/10/25``) leaves
# the date; with a four-digit year only a number word takes it (``Nomor 12/10/2025``).
_ADDRESS_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(C.ADDRESS_WORDS | C.ALLEY_WORDS | C.DOC_NUMBER_WORDS)) + r")\.?[ \t]+$")
_NUMBER_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(C.DOC_NUMBER_WORDS)) + r")\.?[ \t]+$")
_HEDGE_END = re.compile(r"(?i)\b(?:" + "|".join(C.COUNT_HEDGES) + r")\s*$")
# How many words before the count a noun of time left may stand (``sisa masa jabatan bupati tinggal``:
# three words between).
TIME_LEFT_WINDOW = 6


def _time_left(dirw: str, ctx: _Ctx) -> bool:
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
        return not (any(w in ("akan", "bakal") for w in near) and any(w in C.PUNCTUAL_VERBS for w in near))
    if dirw not in ("lagi", "mendatang", "akan datang", "yang akan datang") or last not in C.REMAINING_BEFORE:
        return False
    return any(w in C.TIME_LEFT_NOUNS for w in before[-TIME_LEFT_WINDOW - 1 : -1])


_UNIT_ORDER = ["Y", "M", "W", "D"]  # coarse to fine
_REL_UNITS = {"hari": "D", "minggu": "W", "pekan": "W", "bulan": "M", "tahun": "Y"}


def _period_value(d: dt.date, unit: str) -> tuple[str, str]:
    if unit in ("kuartal", "triwulan"):
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}", "quarter"
    if unit == "semester":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}", "half"
    return _at_granularity(d, _REL_UNITS[unit])


def _h_relsimple(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    s, e = m.start("relsimple"), m.end("relsimple")
    unit = (m["rs_u"] or m["rs_u2"]).lower()
    dirw = " ".join((m["rs_dir"] or "ini").lower().split())
    text = m["relsimple"]
    if text.startswith("Minggu") and dirw in ("lalu", "kemarin", "ini", "depan") and _sunday_position(ctx, s):
        # "pada Minggu lalu" mid-sentence is Sunday, not "last week"
        date = _nearest_weekday(ctx, 7, _direction(dirw))
        typ, val, gran = _with_pod(date, None)
        return [(s, e, typ, val, gran)]
    if unit == "hari" and dirw == "ini" and not m["rs_mod"] and _nowadays(ctx, s, e):
        return [(s, e, "DATE", "PRESENT_REF", "ref")]
    anchored = dirw in ("berikutnya", "sebelumnya", "yang sama")
    base = ctx.last_abs if anchored else ctx.anchor
    if base is None:
        return [(s, e, "DATE", None, None)]
    step = {"ini": 0, "yang sama": 0}.get(dirw, -1 if dirw in ("lalu", "kemarin", "sebelumnya", "yang lalu") else 1)
    if unit in ("kuartal", "triwulan"):
        d = _add_months(base, 3 * step)
    elif unit == "semester":
        d = _add_months(base, 6 * step)
    else:
        d = _shift(base, _REL_UNITS[unit], step)
    val, gran = _period_value(d, unit)
    return [(s, e, "DATE", val, gran)]


# A date gloss right after ``hari ini`` (``hari ini, Senin``, ``hari ini (12/9)``): the day it is.
_DATE_GLOSS_AFTER = re.compile(r"\s*,?\s*(?:\(|" + _WEEKDAY + ")")


def _nowadays(ctx: _Ctx, s: int, e: int) -> bool:
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


def _sunday_position(ctx: _Ctx, start: int) -> bool:
    """A capitalised ``Minggu lalu/depan`` at ``start`` names the day Sunday, not the week.

    Capitals mark the day mid-clause (``rapat digelar pada Minggu depan``). At the start of a sentence,
    a quote or a clause (after a comma: ``Pencairan dibuka hari Selasa, Minggu depan semua warga bisa``)
    the capital is only the clause's, and right after another weekday (``Senin Minggu depan``) the
    phrase says which week that day is in: both are the week.
    """
    before = ctx.sent[:start].rstrip(' "“‘\'(')
    if not before or before[-1] in ",;:":
        return False
    return ctx.prev_word() not in C.WEEKDAYS


_RELDAY = C.DAY_OFFSETS  # ``kemarin`` -1, ``lusa`` +2 ... from the anchor


def _h_relday(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    s, e = m.start("relday"), m.end("relday")
    if m["rd_pod2"]:
        pod = C.PARTS_OF_DAY[" ".join(m["rd_pod2"].lower().split())]
        day = ctx.anchor
        if day is not None and m["rd_pod2"].lower() == "malam" and m["rd_rel"].lower() == "tadi":
            day -= dt.timedelta(days=1)  # "malam tadi": last night, as "tadi malam"
        return [(s, e, "TIME", f"{_day(day)}T{pod}" if day else None, "time")]
    w = " ".join(m["rd_w"].lower().split())
    pod = C.PARTS_OF_DAY[" ".join(m["rd_pod"].lower().split())] if m["rd_pod"] else None
    if w in C.NEXT_DAY_WORDS:
        d = _day_after_told(ctx)
        typ, val, gran = _with_pod(d, pod)
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
    d = ctx.anchor + dt.timedelta(days=_RELDAY[w]) if ctx.anchor else None
    if w == "tadi" and d is not None and m["rd_pod"] and m["rd_pod"].lower() == "malam":
        # "tadi malam" is the night just gone (KBBI: malam yang baru lalu): a morning report's
        # "tadi pagi" is today, its "tadi malam" yesterday; "dini hari tadi" (after midnight) today.
        d -= dt.timedelta(days=1)
    if m["rd_pd"]:  # "kemarin (19/11)": the bracketed date is the value, the whole is one expression
        written = _resolve_day_month(ctx, int(m["rd_pd"]), int(m["rd_pm"]), None, -1 if w == "kemarin" else None) \
            if not m["rd_py"] else _valid_date(_year2(m["rd_py"]), int(m["rd_pm"]), int(m["rd_pd"]))
        d = written or d
    typ, val, gran = _with_pod(d, pod)
    return [(s, e, typ, val, gran)]


def _day_after_told(ctx: _Ctx) -> dt.date | None:
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


def _kemarin_previously(ctx: _Ctx, end: int) -> bool:
    """``kemarin`` as "previously" (``karena kemarin ada kendala``) rather than "yesterday"."""
    if ctx.prev_word() in C.KEMARIN_PREVIOUSLY_BEFORE:
        return True
    following = ctx.sent[end : end + 40].lower().split()[:3]
    return any(w.strip(",.") in C.KEMARIN_PREVIOUSLY_AFTER for w in following)


_ASSURED = re.compile(r"(?i)\b(?:" + "|".join(re.escape(c).replace("\\ ", r"\s+") for c in C.ASSURANCE_CUES) + r")\b")


def _assured(sent: str, start: int, end: int) -> bool:
    """A modal assurance (``sudah dapat dipastikan hari Senin``, :data:`calendar.ASSURANCE_CUES`)
    in the weekday's own clause, within 50 characters before it, with nothing told between them but
    ``hari``/``pada`` or a schedule or payout verb (``bisa dipastikan dana itu cair Kamis``): what can
    be assured for a day is still to come. A QA read found such a payout day resolved to the Monday
    before the statement. A happening between (``dapat dipastikan korban meninggal Senin``, ``bisa
    dipastikan pelaku sudah kabur Senin``) is a past fact the speaker is sure of: the last weekday."""
    window = sent[max(0, start - 50) : start]
    cut = max(window.rfind(c) for c in ",;:")
    cues = list(_ASSURED.finditer(window, cut + 1))
    if not cues:
        return False
    cue = cues[-1]
    gap = _plain_words(window[cue.end() :])
    if all(w in C.ASSURED_GAP_WORDS for w in gap):
        # the weekday is what is assured (``dapat dipastikan hari Senin, dan ...``) unless a told
        # happening of its own follows it (``dapat dipastikan hari Senin pelaku berada di sana``)
        after = [w for w in _plain_words(_CLAUSE_END.split(sent[end:], 1)[0]) if w not in C.DAY_PART_WORDS]
        gap = after
        if not after:
            return True
    return any(w in C.ASSURED_SCHEDULE_VERBS for w in gap) and not any(w in C.COMPLETED_WORDS for w in gap)


_CLAUSE_END = re.compile(r"[,;:.!?\"“”()]")


def _plain_words(text: str) -> list[str]:
    return [w.strip(".'\"()").lower() for w in text.split()]


# A week phrase right after a bare weekday says which week the day is in (``Rabu pekan lalu``,
# ``Senin minggu depan``, ``Jumat pekan ini``).
_WEEK_AFTER_WEEKDAY = re.compile(
    r"\s+(?:pekan|minggu)\s+(?P<dir>lalu|kemarin|silam|depan|mendatang|ini)(?!\w)", re.IGNORECASE
)
_PLACE_BEFORE_WEEKDAY = re.compile(rf"\b(?:{'|'.join(sorted(C.WEEKDAY_PLACE_WORDS))})\s+$")


def _h_wday(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    s, e = m.start("wday"), m.end("wday")
    if _PLACE_BEFORE_WEEKDAY.search(ctx.sent[max(0, s - 12) : s]):
        return []  # a place: Pasar Minggu, Pasar Senen (Jakarta districts), not a day
    wd = C.WEEKDAYS[m["bw_w"].lower()]
    tail = m["bw_tail"]
    week = _WEEK_AFTER_WEEKDAY.match(ctx.sent, e) if not tail.strip() else None
    if week is not None and ctx.anchor is not None:
        # ``Rabu pekan lalu``: the Wednesday of last week, not the nearest Wednesday (which is this
        # week's when the anchor is a Friday). The week phrase keeps its own span and value.
        shift = _direction(week["dir"]) or 0
        monday = ctx.anchor - dt.timedelta(days=ctx.anchor.isoweekday() - 1)
        d = monday + dt.timedelta(weeks=shift, days=wd - 1)
        typ, val, gran = _with_pod(d, None)
        return [(s, e, typ, val, gran)]
    direction = _past_cue(ctx, _direction(tail))
    if direction is None and wd in ctx.week_dates:
        d: dt.date | None = ctx.week_dates[wd]
    elif direction is None and ctx.anchor is not None and _assured(ctx.sent, s, e):
        d = ctx.anchor + dt.timedelta(days=(wd - ctx.anchor.isoweekday()) % 7)
    else:
        d = _nearest_weekday(ctx, wd, direction)
    typ, val, gran = _with_pod(d, _pod_in(tail))
    return [(s, e, typ, val, gran)]


def _h_month(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    s, e = m.start("month"), m.end("month")
    if m["bm_m"] and not m["bm_mod"] and not m["bm_tail"] and _month_in_name(ctx.sent, s):
        return []
    mon = _month_number(m["bm_m"] or m["bm_m2"])
    tail = m["bm_tail"]
    dirn = _past_cue(ctx, _direction(tail))
    if dirn is None and _UNTIL_BEFORE.search(ctx.sent, max(0, s - 20), s) and ctx.anchor \
            and not 0 < (mon - ctx.anchor.month) % 12 <= COMING_MONTHS \
            and not (mon < ctx.anchor.month and ctx.is_future()):
        # ``stok cukup sampai Desember`` in October: this December (the coming month stays coming); an
        # earlier month with a future cue near (``akan aman hingga Maret``, ``berencana memperpanjang
        # sampai Februari``) is next year's, as :func:`_nearest_month` reads it
        dirn = 0
    if tail and "tahun" in tail.lower() and ctx.anchor:
        ym = (ctx.anchor.year + (dirn or 0), mon)
    else:
        ym = _nearest_month(ctx, mon, dirn)
    return [(s, e, "DATE", _month(*ym) if ym else None, "month")]


# ``hingga``/``sampai`` (``bulan`` may stand between) right before a bare month: :data:`calendar.UNTIL_MONTH_BEFORE`.
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(C.UNTIL_MONTH_BEFORE)) + r")\s+(?:bulan\s+)?$")


# The words of a capitalised run before a bare month, and the shape of a given name in it (a capital
# then lower case: ``PDB April``, ``RUPS Juni`` are dates).
_GIVEN_SHAPE = re.compile(r"[A-Z][a-z'’]{2,}")
_TITLE_WORD = re.compile(r"\b[A-Za-z]\w*")
# Words that open a person's title phrase: a given name after one (in the same capitalised run) is a
# person's, and a month after that name is the person's surname.
_PERSON_HEADS: frozenset[str] = titles.TITLE_HEADS | titles.RANKS | titles.OFFICE_HEADS | titles.CASE_ROLE_NOUNS
# Words that are no given name even right after a title: the title's own words, offices and units.
_NO_GIVEN: frozenset[str] = (
    (_PERSON_HEADS - titles.NAMEISH_TITLE_HEADS) | titles.TITLE_WORDS | titles.OFFICE_UNITS
    | titles.INSTITUTION_KIND_WORDS | C.NOT_NAME_BEFORE_MONTH | frozenset(C.MONTHS) | frozenset(C.WEEKDAYS)
)


def _capitalised_run(sent: str, start: int) -> list[str]:
    """The capitalised words right before ``start`` (one space before it), nearest last, up to eight;
    a lower-case word or a punctuation mark ends the run (``Menurut Budi, Juni ...`` -> ``[]``)."""
    before = sent[max(0, start - 160) : start]
    if not before.endswith(" ") or before.endswith("  "):
        return []
    run: list[str] = []
    for w in reversed(before.split()):
        if not w[:1].isupper() or not w[-1].isalnum() or len(run) == 8:
            break
        run.append(w)
    run.reverse()
    return run


def _is_place_or_company(words: list[str]) -> bool:
    """The last one to three words of a run are a gazetteer place, organisation or outlet, a known
    company or a known abbreviation's short name (``Gubernur Jawa Timur Juni``, ``Direktur Utama
    Pertamina Juni``): a place or company, no given name."""
    for k in range(1, min(3, len(words)) + 1):
        name = " ".join(words[-k:])
        if gazetteer.place_kind(name) is not None or name in brands.KNOWN_COMPANIES or name in gazetteer.orgs() \
                or name in gazetteer.media() or name in abbreviations.ABBREVIATIONS:
            return True
    return False


def _month_in_name(sent: str, start: int) -> bool:
    """A bare month that is part of a name, not a date: a person's surname after a title phrase and
    a given name in one capitalised run (``Kepala Dinas PUPR Ahmad Juni``, ``Menteri Kehutanan Raja
    Juli``), or an institution named for a date (``Universitas Sebelas Maret``). Any other capital
    word before a month leaves the date (``Inflasi China Juni``, ``Rapat Paripurna Juli``, ``HUT
    Bhayangkara Juli``, ``Harga Pertamax Juni``): a name is only called one with a person's title
    before it. A title-cased line with no lower-case word tells nothing. Found by a QA read (a
    person's surname placed a timeline entry and three figures at June); the first rule (any
    capital word) dropped real dates, a reviewer found."""
    run = _capitalised_run(sent, start)
    if len(run) < 2 or not _GIVEN_SHAPE.fullmatch(run[-1]):
        return False
    if not any(w[0].islower() for w in _TITLE_WORD.findall(sent)):
        return False
    given = run[-1].lower()
    if given in C.NAME_NUMBER_WORDS:  # ``Universitas Sebelas Maret``
        return True
    if given in _NO_GIVEN or _is_place_or_company(run):
        return False
    return any(w.lower().rstrip(".") in _PERSON_HEADS for w in run[:-1])


def _h_set(m: re.Match, ctx: _Ctx) -> list[_Hit]:
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
    n = _num(m["st_n"]) if m["st_n"] else 1.0
    return [(s, e, "SET", _duration(n, u), "set")]


def _h_duration(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    s, e = m.start("duration"), m.end("duration")
    if m["du_se"]:
        return [(s, e, "DURATION", _duration(1.0, C.SE_UNITS[m["du_se"].lower()]), "duration")]
    if m["du_red"]:
        return [(s, e, "DURATION", _duration(None, m["du_ru"]), "duration")]
    vague = m["du_n"].lower()
    n = None if m["du_n2"] else _num(m["du_n"])  # a range "1-2 bulan" is vague: PXM
    if n is not None and n > 100000:
        return []
    return [(s, e, "DURATION", _duration(n, m["du_u"], vague), "duration")]


def _h_weekord(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    """``pekan ketiga Januari``: the ISO week holding day 15 (7n-6) of that month; ``terakhir`` the
    week holding the month's last day but three (a full week inside the month)."""
    s, e = m.start("weekord"), m.end("weekord")
    if m["wo_y"]:
        ym: tuple[int, int] | None = (int(m["wo_y"]), _month_number(m["wo_m"]))
    elif m["wo_m"]:
        ym = _nearest_month(ctx, _month_number(m["wo_m"]), _past_cue(ctx, None))
    elif ctx.anchor:
        ym = (_add_months(ctx.anchor, {"ini": 0, "lalu": -1, "depan": 1}[m["wo_rel"].lower()]).year,
              _add_months(ctx.anchor, {"ini": 0, "lalu": -1, "depan": 1}[m["wo_rel"].lower()]).month)
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
    return [(s, e, "DATE", _week(dt.date(ym[0], ym[1], day)), "week")]


def _h_podday(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    """``malam hari``, ``tengah hari``: a time of day whose date is filled per sentence."""
    s, e = m.start("podday"), m.end("podday")
    if m["pd_noon"]:
        return [(s, e, "TIME", "XXXX-XX-XXT12:00", "time")]
    return [(s, e, "TIME", "XXXX-XX-XXT" + C.PARTS_OF_DAY[m["pd_pod"].lower()], "time")]


def _h_schoolyear(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    """``tahun ajaran baru``: the school year that starts next (in July), valued by its start year."""
    s, e = m.start("schoolyear"), m.end("schoolyear")
    a = ctx.anchor
    if a is None:
        return [(s, e, "DATE", None, "year")]
    return [(s, e, "DATE", f"{a.year if a.month <= 7 else a.year + 1:04d}", "year")]


def _citation(ctx: _Ctx, start: int) -> bool:
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
                    len(words) == 3 and words[1] in ("dan", "&") and words[0][:1].isupper() and words[2][:1].isupper())):
                return True
    return False


def _h_year(m: re.Match, ctx: _Ctx) -> list[_Hit]:
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


def _h_ref(m: re.Match, ctx: _Ctx) -> list[_Hit]:
    s, e = m.start("ref"), m.end("ref")
    if m["rf_red"]:
        if m["rf_ru"].lower() == "kemarin":
            return [(s, e, "DATE", "PAST_REF", "ref")]
        if not m["rf_dir"]:
            return []
        fut = m["rf_dir"].lower().split()[0] in ("mendatang", "ke", "yang")
        return [(s, e, "DATE", "FUTURE_REF" if fut else "PAST_REF", "ref")]
    w = " ".join(m["rf_w"].lower().split())
    prev = _PREV_WORD.search(ctx.sent, max(0, s - 30), s)
    pw = prev.group(1).lower() if prev else ""
    initial = not ctx.sent[:s].strip(' "“‘\'(')
    if w == "dulu" and pw not in ("sejak", "dari", "zaman", "jaman", "masa", "waktu", "seperti", "yang") and not initial:
        return []  # "tunggu dulu": "first", not "formerly"
    if w == "dahulu" and pw in ("lebih", "terlebih", "paling"):
        return []
    return [(s, e, "DATE", C.REFERENCE_WORDS[w], "ref")]


_HANDLERS: dict[str, Callable[[re.Match, _Ctx], list[_Hit]]] = {
    "skip": _h_skip, "wdate": _h_wdate, "mrange": _h_mrange, "written": _h_written, "ndate": _h_ndate,
    "decade": _h_decade, "monthyear": _h_monthyear, "quarter": _h_quarter, "tyear": _h_tyear,
    "byear": _h_byear, "season": _h_season, "clock": _h_clock, "relunit": _h_relunit,
    "relsimple": _h_relsimple, "relday": _h_relday, "wday": _h_wday, "month": _h_month, "set": _h_set,
    "duration": _h_duration, "podday": _h_podday, "weekord": _h_weekord, "schoolyear": _h_schoolyear, "ref": _h_ref, "year": _h_year,
}
assert set(_HANDLERS) == set(_FAMILY_NAMES)


# --------------------------------------------------------------------------- entry points


def tag_sentence(text: str, anchor: dt.date | None, sentence: int = 0, ctx: _Ctx | None = None) -> list[TimeExpr]:
    """Time expressions of one sentence; ``ctx`` carries the article's latest explicit date."""
    if ctx is None:
        ctx = _Ctx(anchor)
    scan = text
    if _shouting(text):  # all-caps headlines and leads: match on a title-cased copy, same offsets
        titled = text.title()
        if len(titled) == len(text):
            scan = titled
    padded = " " + scan
    ctx.sent = padded
    hits: list[_Hit] = []
    ctx.days_here = []
    for m in PATTERN.finditer(padded):
        ctx.span = m.span()
        found = _HANDLERS[m.lastgroup](m, ctx)
        hits.extend(found)
        ctx.days_here.extend(_told_days(padded, found))
    ctx.days_before = ctx.days_here
    hits = _weekly(padded, _glossed_days(padded, _day_years(padded, _month_lists(padded, hits))))
    out: list[TimeExpr] = []
    day_dates = [(h[0], h[3][:10]) for h in hits if h[3] and h[4] in ("day", "time") and h[3][:1].isdigit()]
    for s, e, typ, val, gran in hits:
        if typ == "TIME" and val and val.startswith("XXXX-XX-XXT"):
            day = _day_for_time(padded, s, day_dates, ctx)
            if day:
                val = day + val[10:]
        out.append(TimeExpr(text[s - 1 : e - 1], typ, sentence, s - 1, e - 1, val, gran))
    if day_dates:
        ctx.last_day = day_dates[-1][1]
    return out


def _told_days(sent: str, hits: list[_Hit]) -> list[str]:
    """The day values (``YYYY-MM-DD``) of ``hits`` that a ``keesokan harinya`` may follow: days, not
    themselves a ``keesokan harinya`` (a chain of them counts from a day told), and times of day
    that name their day (``Sabtu (11/10) malam``; not ``semalam``, "overnight" in a narrative)."""
    out = []
    for s, e, _typ, val, gran in hits:
        text = " ".join(sent[s:e].casefold().split())
        if not val or not val[:1].isdigit() or text in _NEXT_DAY:
            continue
        if gran == "day" or (gran == "time" and (any(c.isdigit() for c in text)
                                                  or text.split()[0] in C.WEEKDAYS)):
            out.append(val[:10])
    return out


_NEXT_DAY = C.NEXT_DAY_WORDS


# What may stand between the months of a list or a range: ``Juli, Agustus, dan Oktober 2019``,
# ``Januari, Februari hingga Maret 2024``, ``Januari-Maret dan Juni 2020``.
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:dan|serta)?|dan|serta|&|[-–]|hingga|sampai|s\.?\s?d\.?)\s*", re.IGNORECASE)
# Between a list's last month and the year it closes with: ``November di 2020``, ``Mei tahun 2019``.
_YEAR_GAP = re.compile(r"\s*,?\s*(?:(?:di|pada)\s+)?(?:tahun\s+)?", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b\d{4}\b")


# ``setiap hari`` right before a weekday: ``Setiap hari Rabu`` is every Wednesday.
_EVERY_DAY = re.compile(r"(?i)(?:setiap|tiap|saban)\s+hari$")
# What joins the weekdays of one habit: ``setiap Senin dan Kamis``, ``setiap hari Senin hingga Jumat``.
_WEEKDAY_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:dan|serta)?|dan|serta|atau|hingga|sampai|[-–])\s*")


def _weekly(sent: str, hits: list[_Hit]) -> list[_Hit]:
    """Weekdays of a habit are no single day: ``Setiap hari Rabu`` is one SET (every Wednesday,
    ``XXXX-WXX-3``), not ``setiap hari`` and a Wednesday; bare weekdays joined to a weekly SET
    (``setiap Senin dan Kamis``, ``setiap hari Senin hingga Jumat``) are SETs too."""
    out: list[_Hit] = []
    for h in hits:
        s, e, typ, _val, _gran = h
        prev = out[-1] if out else None
        bare = typ == "DATE" and " ".join(sent[s:e].casefold().split()) in C.WEEKDAYS
        if prev and bare and prev[2] == "SET" and _EVERY_DAY.fullmatch(" ".join(sent[prev[0]:prev[1]].split())) \
                and not sent[prev[1]:s].strip():
            out[-1] = (prev[0], e, "SET", f"XXXX-WXX-{C.WEEKDAYS[sent[s:e].strip().casefold()]}", "set")
            continue
        if prev and bare and prev[2] == "SET" and (prev[3] or "").startswith("XXXX-WXX-") \
                and _WEEKDAY_JOIN.fullmatch(sent[prev[1]:s]):
            out.append((s, e, "SET", f"XXXX-WXX-{C.WEEKDAYS[sent[s:e].strip().casefold()]}", "set"))
            continue
        out.append(h)
    return out


# Between a day written without its year and the year written after ``di``/``pada``/``tahun``:
# ``1 Januari di 2004``, ``17 Agustus pada tahun 1945``, ``5 Mei tahun 2019``.
# (the year's own expression may hold ``tahun``: ``tahun 2019``).
_DAY_YEAR_GAP = re.compile(r"\s+(?:(?:di|pada)\s+)?(?:tahun\s+)?", re.IGNORECASE)
_DAY_MONTH_ONLY = re.compile(r"\d{1,2}\s+" + _MONTH_ANY + r"$", re.IGNORECASE)


def _day_years(sent: str, hits: list[_Hit]) -> list[_Hit]:
    """A day and month written without a year take the year written right after them behind
    ``di``/``pada``/``tahun`` (``1 Januari di 2004``): the writer's year, not the one nearest
    the publication. The year stays an expression of its own."""
    out = list(hits)
    for k in range(len(out) - 1):
        s, e, typ, val, gran = out[k]
        ns, _ne, _nt, nval, ngran = out[k + 1]
        if (typ == "DATE" and gran == "day" and val and ngran == "year" and nval and nval.isdigit()
                and _DAY_MONTH_ONLY.search(sent[s:e]) and _DAY_YEAR_GAP.fullmatch(sent[e:ns])):
            day = _valid_date(int(nval), int(val[5:7]), int(val[8:10]))
            if day is not None:
                out[k] = (s, e, typ, _day(day), gran)
    return out


# Between a word of a relative day and the date that glosses it: ``hari ini, Senin (20/10/2025)``,
# ``kemarin (19/10)``.
_GLOSS_GAP = re.compile(r"\s*,?\s*\(?\s*")


def _glossed_days(sent: str, hits: list[_Hit]) -> list[_Hit]:
    """A relative day glossed by the date right after it is that date (``hari ini, Senin
    (20/10/2025)`` in an article published on the 21st: a story written the day before; ``Besok,
    Selasa (21/10)``). The writer's date is the fact; the publication day only guessed it."""
    out = list(hits)
    for k in range(len(out) - 1):
        s, e, typ, val, gran = out[k]
        ns, _ne, _ntyp, nval, ngran = out[k + 1]
        if (val and nval and ngran == "day" and gran in ("day", "time") and nval[:1].isdigit()
                and " ".join(sent[s:e].casefold().split()) in C.DEICTIC_DAYS
                and any(c.isdigit() for c in sent[ns:out[k + 1][1]])
                and _GLOSS_GAP.fullmatch(sent[e:ns]) and _weekday_agrees(sent[ns:out[k + 1][1]], nval)
                and (_days_apart(val, nval) <= GLOSS_MAX_DAYS or val[:4] == nval[:4])):
            out[k] = (s, e, typ, nval[:10] + val[10:], gran)
    return out


# A gloss in another year than the relative day's moves it by at most this many days (a story
# written on 31 December); further, the year is mistyped (``Hari ini (20/10/2013)`` in 2025). In the
# same year it may be far: a quoted letter's own ``hari ini``, dated months before the story.
GLOSS_MAX_DAYS = 3


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 1 << 30


def _weekday_agrees(text: str, value: str) -> bool:
    """A date written with its weekday (``Kamis (11/12/2013)``) is trusted over the relative word
    only when the two agree; a mistyped year (2013 for 2014) would otherwise move ``hari ini``."""
    first = text.split(maxsplit=1)[0].strip(",(").casefold() if text.strip() else ""
    weekday = C.WEEKDAYS.get(first)
    try:
        return weekday is None or dt.date.fromisoformat(value[:10]).isoweekday() == weekday
    except ValueError:
        return False


def _bare_month(sent: str, hit: _Hit) -> bool:
    """A month named alone (``Juni``, ``bulan Juni``), without a year or a word placing it
    (``Juni 2020``, ``Juni tahun lalu``, ``Desember lalu``: those close a list)."""
    s, e, _typ, val, gran = hit
    words = [w for w in sent[s:e].casefold().split() if w != "bulan"]
    return gran == "month" and bool(val) and len(words) == 1 and not any(c.isdigit() for c in words[0])


def _month_closer(sent: str, hit: _Hit) -> bool:
    """A month whose year the text fixes (``Juni 2020``, ``Juni tahun lalu``)."""
    return hit[4] == "month" and bool(hit[3]) and not _bare_month(sent, hit)


def _month_lists(sent: str, hits: list[_Hit]) -> list[_Hit]:
    """The months of a list written out share their year, which each alone would guess.

    A list or range closed by a month whose year the text fixes takes that year (``Januari dan
    Februari 2021``: both 2021, not this January; ``Mei dan Juni tahun lalu``), or the year before
    for a month a few months before the closing one across the year's end (``November dan Januari
    2021``; ``Agustus dan Juli 2024`` is one year); closed by a year (``Juli, Agustus, Oktober di
    2019``), it takes that year. A list with no year runs forward from its first month (``Oktober,
    November, Desember`` written in October: this December, not the last).
    """
    out = list(hits)
    k = 0
    while k < len(out):
        if not _bare_month(sent, out[k]):
            k += 1
            continue
        j = k  # the run of bare months k..j
        while (j + 1 < len(out) and _bare_month(sent, out[j + 1])
               and _LIST_GAP.fullmatch(sent[out[j][1]:out[j + 1][0]])):
            j += 1
        closer = out[j + 1] if j + 1 < len(out) else None
        months = [int(h[3][5:7]) for h in out[k:j + 1]]
        years: list[int] | None = None
        if closer and _month_closer(sent, closer) and _LIST_GAP.fullmatch(sent[out[j][1]:closer[0]]):
            year, last = int(closer[3][:4]), int(closer[3][5:7])
            years = [year - 1 if m > last and (last - m) % 12 <= 6 else year for m in months]
        elif (closer and closer[4] == "year" and closer[3] and closer[3].isdigit()
              and _YEAR_GAP.fullmatch(sent[out[j][1]:closer[0]]) and months == sorted(months)):
            years = [int(closer[3])] * len(months)
        elif j > k:
            years = [int(out[k][3][:4])]
            for prev, m in itertools.pairwise(months):
                years.append(years[-1] + (m <= prev))
        if years:
            for i, y in zip(range(k, j + 1), years, strict=True):
                s0, e0, typ, _val, gran = out[i]
                out[i] = (s0, e0, typ, _month(y, months[i - k]), gran)
        k = j + 1
    return out


def _shouting(text: str) -> bool:
    """Text written in capitals (``HARGA BBM TURUN MULAI SENIN``), where the case-sensitive gate
    and weekday names would miss every word."""
    head = text[:24]
    if not head.isupper():  # cheap test first: almost every sentence fails here
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


_SPEECH = re.compile(r"\b(?:kata|ujar|ungkap|jelas|tutur|terang|tegas|imbuh|ucap|papar|sebut)\w*", re.IGNORECASE)


def _day_for_time(sent: str, at: int, day_dates: list[tuple[int, str]], ctx: _Ctx) -> str | None:
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
    return _day(ctx.anchor) if ctx.anchor else None


def extract_times(doc: Document) -> list[TimeExpr]:
    """All time expressions of ``doc``, in order, with offsets relative to their sentence.

    Relative values are resolved against ``doc.anchor`` (the publication date); ``N hari kemudian``
    counts from the latest explicit date earlier in the article. Unknown values stay ``None``.
    """
    anchor = doc.anchor or _lenient_anchor(doc.published)
    ctx = _Ctx(anchor)
    out: list[TimeExpr] = []
    for i, sent in enumerate(doc.sentences):
        out.extend(tag_sentence(sent.text, anchor, i, ctx))
    return out


_LOOSE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _lenient_anchor(published: str | None) -> dt.date | None:
    """``2013-12-5`` (unpadded) still names a day; ``Document.anchor`` only takes strict ISO."""
    m = _LOOSE_ISO.match(published or "")
    return _valid_date(int(m[1]), int(m[2]), int(m[3])) if m else None
