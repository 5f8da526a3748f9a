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

import datetime as dt
import itertools
import re
from collections.abc import Callable

from kliping.extract.times.context import _Ctx, _Hit
from kliping.extract.times.dates import _h_monthyear, _h_mrange, _h_ndate, _h_skip, _h_wdate, _h_written
from kliping.extract.times.days import _day_for_time, _h_clock, _h_podday, _h_relday
from kliping.extract.times.durations import _h_duration, _h_set
from kliping.extract.times.months import _h_month
from kliping.extract.times.patterns import _FAMILY_NAMES, _MONTH_ANY, PATTERN
from kliping.extract.times.periods import _h_quarter, _h_schoolyear, _h_season, _h_weekord
from kliping.extract.times.relative import _h_ref, _h_relsimple, _h_relunit
from kliping.extract.times.values import _day, _month, _valid_date
from kliping.extract.times.weekdays import _h_wday
from kliping.extract.times.years import _h_byear, _h_decade, _h_tyear, _h_year
from kliping.lang.id import calendar as C
from kliping.model import Document, TimeExpr

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
