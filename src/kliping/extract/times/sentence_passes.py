"""Passes over one sentence's hits read together, after every family has matched.

Months of a written list share their year (``Januari dan Februari 2021``); a day without a year
takes the year written after it (``1 Januari di 2004``); a relative day glossed by a date is that
date (``hari ini, Senin (20/10/2025)``); weekdays of a habit are sets (``setiap hari Rabu``), and so
are months and month or year parts after an every-word (``setiap Desember``, ``tiap akhir tahun``)
and a month excepted from a rule for every month (``khusus Februari`` after ``setiap bulan``).
Separate because each needs neighbouring hits, which no single handler sees.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from kliping.extract.times.context import Hit
from kliping.extract.times.patterns import EVERY, MONTH_ANY
from kliping.extract.times.values import day_value, month_value, valid_date
from kliping.lang.id import calendar as C

# What may stand between the months of a list or a range: ``Juli, Agustus, dan Oktober 2019``,
# ``Januari, Februari hingga Maret 2024``, ``Januari-Maret dan Juni 2020``.
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:dan|serta)?|dan|serta|&|[-–]|hingga|sampai|s\.?\s?d\.?)\s*", re.IGNORECASE)
# Between a list's last month and the year it closes with: ``November di 2020``, ``Mei tahun 2019``.
_YEAR_GAP = re.compile(r"\s*,?\s*(?:(?:di|pada)\s+)?(?:tahun\s+)?", re.IGNORECASE)


# ``setiap hari`` right before a weekday: ``Setiap hari Rabu`` is every Wednesday.
# Any every-word of ``calendar.EVERY_WORDS`` (``tiap-tiap hari Rabu``, ``saban hari Rabu``).
_EVERY_DAY = re.compile(r"(?i)" + EVERY + r"\s+hari$")
# What joins the weekdays of one habit: ``setiap Senin dan Kamis``, ``setiap hari Senin hingga Jumat``.
_WEEKDAY_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:dan|serta)?|dan|serta|atau|hingga|sampai|[-–])\s*")


# An every-word right before a period: ``setiap Desember``, ``tiap bulan Maret`` (``setiap bulan`` is
# then a SET hit of its own), ``saban akhir tahun``.
_EVERY_BEFORE = re.compile(r"(?i)" + EVERY + r"\s+$")
_EVERY_MONTH = re.compile(r"(?i)" + EVERY + r"\s+bulan")
# A period that repeats every year or month: a month named alone (``Desember``, ``bulan Desember``)
# or a part of a month or year (``akhir tahun``, ``awal bulan``); with ``lalu``, ``ini`` or a year
# after it (``setiap Desember lalu`` is no Indonesian) it is not matched.
_RECURRING = re.compile(r"(?i)(?:bulan\s+)?(?P<month>[^\W\d_]+)|(?P<part>" + "|".join(
    sorted(C.PERIOD_MODIFIERS)) + r")\s+(?P<unit>bulan|tahun|pekan|minggu)")


def recurring(sent: str, hits: list[Hit]) -> list[Hit]:
    """Periods after an every-word are a habit, not one period: ``Setiap Desember harga tiket naik``
    is every December (one SET ``XXXX-12``), ``tiap bulan Maret`` too (the ``setiap bulan`` SET and
    the month become one), ``tiap akhir tahun`` every year's end (``P1Y``, likewise ``P1M`` for a
    month's part). The extractor read them as the nearest such month or year, which the timeline
    then placed as a happening."""
    out: list[Hit] = []
    for h in hits:
        s, e, typ, _val, gran = h
        prev = out[-1] if out else None
        m = _RECURRING.fullmatch(" ".join(sent[s:e].split())) if typ == "DATE" and gran in ("month", "year") else None
        month = C.MONTHS.get(m.group("month").casefold()) if m and m.group("month") else None
        if m and not month and not m.group("part"):
            m = None
        if m and prev and prev[2] == "SET" and _EVERY_MONTH.fullmatch(" ".join(sent[prev[0]:prev[1]].split())) \
                and month and not sent[prev[1]:s].strip():
            out[-1] = (prev[0], e, "SET", f"XXXX-{month:02d}", "set")
            continue
        if m and _EVERY_BEFORE.search(sent[:s]):
            start = _EVERY_BEFORE.search(sent[:s]).start()
            value = f"XXXX-{month:02d}" if month else ("P1Y" if m.group("unit").casefold() == "tahun" else
                                                       "P1M" if m.group("unit").casefold() == "bulan" else "P1W")
            out.append((start, e, "SET", value, "set"))
            continue
        out.append(h)
    return out


# An exception word right before a month (``khusus Februari``, ``kecuali bulan Desember``, ``khusus
# untuk Maret``); the month's own ``bulan`` is inside its hit.
_EXCEPTION_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(C.EXCEPTION_WORDS)) + r")\s+(?:(?:untuk|pada|di)\s+)?$")


def monthly_rule(sent: str, hits: list[Hit]) -> bool:
    """A hit states a rule for every month: a day of every month (``setiap tanggal 10``, ``tanggal 28
    bulan berjalan``: ``XXXX-XX-DD``) or ``setiap bulan`` (``P1M`` after an every-word; ``per bulan``
    is a rate, ``Rp 300.000 per bulan``, no rule of when)."""
    return any(typ == "SET" and val and (val.startswith("XXXX-XX-") or (
        val == "P1M" and _EVERY_MONTH.match(" ".join(sent[s:e].split())) is not None))
        for s, e, typ, val, _gran in hits)


def rule_exceptions(sent: str, hits: list[Hit], rule_before: bool) -> list[Hit]:
    """A month named alone after an exception word, next to a rule for every month (in its sentence or
    the one before: ``rule_before``), is that month of every year: ``Pendaftaran dibuka sampai tanggal
    28 bulan berjalan. Namun, khusus Februari, hanya sampai tanggal 27`` is every February (a SET
    ``XXXX-02``), not the nearest February, which the timeline placed as a happening. Without such a
    rule the month stays one month (``Khusus Februari, penjualan turun 5 persen``: that February's
    figure)."""
    if not (rule_before or monthly_rule(sent, hits)):
        return hits
    out = list(hits)
    for k, h in enumerate(out):
        s, e, _typ, val, _gran = h
        if _bare_month(sent, h) and _EXCEPTION_BEFORE.search(sent[:s]):
            out[k] = (s, e, "SET", f"XXXX-{val[5:7]}", "set")
    return out


def weekly(sent: str, hits: list[Hit]) -> list[Hit]:
    """Weekdays of a habit are no single day: ``Setiap hari Rabu`` is one SET (every Wednesday,
    ``XXXX-WXX-3``), not ``setiap hari`` and a Wednesday; bare weekdays joined to a weekly SET
    (``setiap Senin dan Kamis``, ``setiap hari Senin hingga Jumat``) are SETs too."""
    out: list[Hit] = []
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
_DAY_MONTH_ONLY = re.compile(r"\d{1,2}\s+" + MONTH_ANY + r"$", re.IGNORECASE)


def day_years(sent: str, hits: list[Hit]) -> list[Hit]:
    """A day and month written without a year take the year written right after them behind
    ``di``/``pada``/``tahun`` (``1 Januari di 2004``): the writer's year, not the one nearest
    the publication. The year stays an expression of its own."""
    out = list(hits)
    for k in range(len(out) - 1):
        s, e, typ, val, gran = out[k]
        ns, _ne, _nt, nval, ngran = out[k + 1]
        if (typ == "DATE" and gran == "day" and val and ngran == "year" and nval and nval.isdigit()
                and _DAY_MONTH_ONLY.search(sent[s:e]) and _DAY_YEAR_GAP.fullmatch(sent[e:ns])):
            day = valid_date(int(nval), int(val[5:7]), int(val[8:10]))
            if day is not None:
                out[k] = (s, e, typ, day_value(day), gran)
    return out


# Between a word of a relative day and the date that glosses it: ``hari ini, Senin (20/10/2025)``,
# ``kemarin (19/10)``.
_GLOSS_GAP = re.compile(r"\s*,?\s*\(?\s*")


def glossed_days(sent: str, hits: list[Hit]) -> list[Hit]:
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
    words = [w.strip(",(").casefold() for w in text.split()[:2]]
    first = words[1] if words[:1] == ["hari"] and len(words) > 1 else words[0] if words else ""
    weekday = C.WEEKDAYS.get(first)
    try:
        return weekday is None or dt.date.fromisoformat(value[:10]).isoweekday() == weekday
    except ValueError:
        return False


def _bare_month(sent: str, hit: Hit) -> bool:
    """A month named alone (``Juni``, ``bulan Juni``), without a year or a word placing it
    (``Juni 2020``, ``Juni tahun lalu``, ``Desember lalu``: those close a list)."""
    s, e, _typ, val, gran = hit
    words = [w for w in sent[s:e].casefold().split() if w != "bulan"]
    return gran == "month" and bool(val) and len(words) == 1 and not any(c.isdigit() for c in words[0])


def _month_closer(sent: str, hit: Hit) -> bool:
    """A month whose year the text fixes (``Juni 2020``, ``Juni tahun lalu``)."""
    return hit[4] == "month" and bool(hit[3]) and not _bare_month(sent, hit)


def month_lists(sent: str, hits: list[Hit]) -> list[Hit]:
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
                out[i] = (s0, e0, typ, month_value(y, months[i - k]), gran)
        k = j + 1
    return out
