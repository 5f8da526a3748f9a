"""The entry points (:func:`extract_times`, :func:`tag_sentence`) and the per-sentence driver.

:func:`tag_sentence` runs the one compiled pattern (:mod:`.patterns`) over a sentence, hands each
match to its family's handler (``_HANDLERS``, by ``Match.lastgroup``), runs the passes that read
the hits together (:mod:`.sentence_passes`) and dates the times of day written without a day; the
per-document state (:mod:`.context`) carries what later sentences resolve against.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from kliping.extract.times.context import _Ctx, _Hit
from kliping.extract.times.dates import _h_monthyear, _h_mrange, _h_ndate, _h_skip, _h_wdate, _h_written
from kliping.extract.times.days import _day_for_time, _h_clock, _h_podday, _h_relday
from kliping.extract.times.durations import _h_duration, _h_set
from kliping.extract.times.months import _h_month
from kliping.extract.times.patterns import _FAMILY_NAMES, PATTERN
from kliping.extract.times.periods import _h_quarter, _h_schoolyear, _h_season, _h_weekord
from kliping.extract.times.relative import _h_ref, _h_relsimple, _h_relunit
from kliping.extract.times.sentence_passes import _day_years, _glossed_days, _month_lists, _weekly
from kliping.extract.times.values import _valid_date
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
