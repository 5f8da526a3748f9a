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

from kliping.extract.times.context import Ctx, Hit
from kliping.extract.times.dates import h_mday, h_monthyear, h_mrange, h_ndate, h_skip, h_wdate, h_written
from kliping.extract.times.days import day_for_time, h_clock, h_podday, h_relday
from kliping.extract.times.durations import h_duration, h_set
from kliping.extract.times.months import h_month
from kliping.extract.times.patterns import FAMILY_NAMES, PATTERN
from kliping.extract.times.periods import h_quarter, h_schoolyear, h_season, h_weekord
from kliping.extract.times.relative import h_ref, h_relsimple, h_relunit
from kliping.extract.times.sentence_passes import (
    day_years,
    glossed_days,
    month_lists,
    monthly_rule,
    recurring,
    rule_exceptions,
    weekly,
)
from kliping.extract.times.values import valid_date
from kliping.extract.times.weekdays import h_wday
from kliping.extract.times.years import h_byear, h_decade, h_tyear, h_year
from kliping.lang.id import calendar as C
from kliping.model import Document, TimeExpr

_HANDLERS: dict[str, Callable[[re.Match, Ctx], list[Hit]]] = {
    "skip": h_skip, "wdate": h_wdate, "mrange": h_mrange, "written": h_written, "mday": h_mday, "ndate": h_ndate,
    "decade": h_decade, "monthyear": h_monthyear, "quarter": h_quarter, "tyear": h_tyear,
    "byear": h_byear, "season": h_season, "clock": h_clock, "relunit": h_relunit,
    "relsimple": h_relsimple, "relday": h_relday, "wday": h_wday, "month": h_month, "set": h_set,
    "duration": h_duration, "podday": h_podday, "weekord": h_weekord, "schoolyear": h_schoolyear, "ref": h_ref, "year": h_year,
}
assert set(_HANDLERS) == set(FAMILY_NAMES)


# --------------------------------------------------------------------------- entry points


def tag_sentence(text: str, anchor: dt.date | None, sentence: int = 0, ctx: Ctx | None = None) -> list[TimeExpr]:
    """Time expressions of one sentence; ``ctx`` carries the article's latest explicit date."""
    if ctx is None:
        ctx = Ctx(anchor)
    scan = text
    if _shouting(text):  # all-caps headlines and leads: match on a title-cased copy, same offsets
        titled = text.title()
        if len(titled) == len(text):
            scan = titled
    padded = " " + scan
    ctx.sent = padded
    hits: list[Hit] = []
    ctx.days_here = []
    for m in PATTERN.finditer(padded):
        ctx.span = m.span()
        found = _HANDLERS[m.lastgroup](m, ctx)
        hits.extend(found)
        ctx.days_here.extend(_told_days(padded, found))
    ctx.days_before = ctx.days_here
    hits = recurring(padded, weekly(padded, glossed_days(padded, day_years(padded, month_lists(padded, hits)))))
    hits = rule_exceptions(padded, hits, ctx.monthly_rule)
    ctx.monthly_rule = monthly_rule(padded, hits)
    out: list[TimeExpr] = []
    day_dates = [(h[0], h[3][:10]) for h in hits if h[3] and h[4] in ("day", "time") and h[3][:1].isdigit()]
    for s, e, typ, val, gran in hits:
        if typ == "TIME" and val and val.startswith("XXXX-XX-XXT"):
            day = day_for_time(padded, s, day_dates, ctx)
            if day:
                val = day + val[10:]
        out.append(TimeExpr(text[s - 1 : e - 1], typ, sentence, s - 1, e - 1, val, gran))
    if day_dates:
        ctx.last_day = day_dates[-1][1]
    return out


def _told_days(sent: str, hits: list[Hit]) -> list[str]:
    """The day values (``YYYY-MM-DD``) of ``hits`` that a ``keesokan harinya`` may follow: days, not
    themselves a ``keesokan harinya`` (a chain of them counts from a day told), and times of day
    that name their day (``Sabtu (11/10) malam``; not ``semalam``, "overnight" in a narrative)."""
    out = []
    for s, e, _typ, val, gran in hits:
        text = " ".join(sent[s:e].casefold().split())
        if not val or not val[:1].isdigit() or text in C.NEXT_DAY_WORDS:
            continue
        if gran == "day" or (gran == "time" and (any(c.isdigit() for c in text)
                                                  or text.split()[0] in C.WEEKDAYS)):
            out.append(val[:10])
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
    ctx = Ctx(anchor)
    out: list[TimeExpr] = []
    for i, sent in enumerate(doc.sentences):
        out.extend(tag_sentence(sent.text, anchor, i, ctx))
    return out


_LOOSE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _lenient_anchor(published: str | None) -> dt.date | None:
    """``2013-12-5`` (unpadded) still names a day; ``Document.anchor`` only takes strict ISO."""
    m = _LOOSE_ISO.match(published or "")
    return valid_date(int(m[1]), int(m[2]), int(m[3])) if m else None
