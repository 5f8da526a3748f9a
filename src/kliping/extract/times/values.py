"""TIMEX3 value formatting and calendar arithmetic: counts, days, weeks, months, durations.

Pure functions of dates and words, no sentence or document state: separate so the handlers of
every family share one way of writing a value.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt

from kliping.lang.id import calendar as C


def parse_count(text: str) -> float | None:
    """Count written in digits or words (``1.000``, ``1,5``, ``dua puluh lima``); None for vague."""
    t = text.lower().strip()
    half = 0.0
    if t.endswith("setengah"):
        half = 0.5
        t = t[: -len("setengah")].strip()
        if not t:
            return 0.5
    if t in C.VAGUE_COUNTS:
        return None
    if t[:1].isdigit():
        return float(t.replace(".", "").replace(",", ".")) + half
    value = 0
    for w in t.split():
        if w in C.NUMBER_WORDS:
            value += C.NUMBER_WORDS[w]
        elif w in C.NUMBER_MULTIPLIERS:
            value = value + 10 if w == "belas" else value * C.NUMBER_MULTIPLIERS[w]
    return float(value) + half


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def day_value(d: dt.date) -> str:
    return d.isoformat()


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(d: dt.date, n: int) -> dt.date:
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def shift_date(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    if unit == "M":
        return add_months(d, n)
    return add_months(d, 12 * n)


def at_granularity(d: dt.date, unit: str) -> tuple[str, str]:
    if unit == "D":
        return day_value(d), "day"
    if unit == "W":
        return week_value(d), "week"
    if unit == "M":
        return month_value(d.year, d.month), "month"
    return f"{d.year:04d}", "year"


def vague_range(d: dt.date, unit: str, sign: int) -> tuple[str | None, str | None]:
    """Coarsest-containing value for "beberapa <unit>" (2–9 units) before/after ``d``."""
    a, b = shift_date(d, unit, 2 * sign), shift_date(d, unit, 9 * sign)
    if unit in ("D", "W") and (a.year, a.month) == (b.year, b.month):
        return month_value(a.year, a.month), "month"
    if a.year == b.year:
        return f"{a.year:04d}", "year"
    if a.year // 10 == b.year // 10 and unit == "Y":
        return f"{a.year // 10:03d}X", "decade"
    return None, None


def unit_letter(word: str) -> str:
    w = word.lower()
    return C.DATE_UNITS.get(w) or C.TIME_UNITS[w]


def duration_value(n: float | None, unit_word: str, vague_word: str = "") -> str:
    w = unit_word.lower()
    if n is None:
        if w == "tahun" and vague_word in C.VAGUE_YEAR_LETTERS:
            return f"PX{C.VAGUE_YEAR_LETTERS[vague_word]}"
        letter = C.DATE_UNITS.get(w)
        return f"PX{letter}" if letter else f"PTX{C.TIME_UNITS[w]}"
    if w == "windu" or (n != int(n) and w in C.YEARS_PER_UNIT):
        return f"P{_fmt_num(C.YEARS_PER_UNIT[w] * n)}Y"  # "setengah abad" is P50Y, not P0.5CE
    if w in C.TIME_UNITS:
        return f"PT{_fmt_num(n)}{C.TIME_UNITS[w]}"
    return f"P{_fmt_num(n)}{C.DATE_UNITS[w]}"


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def full_year(y: str) -> int:
    v = int(y)
    return v if len(y) == 4 else (2000 + v if v < 70 else 1900 + v)


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return C.MONTHS.get(w) or C.MONTH_ABBREVIATIONS[w]


def with_pod(d: dt.date | None, pod: str | None) -> tuple[str, str | None, str]:
    """(type, value, granularity) for a day optionally narrowed by a part of day."""
    if pod:
        return "TIME", (f"{day_value(d)}T{pod}" if d else None), "time"
    return "DATE", (day_value(d) if d else None), "day"
