"""A written weekday against its date: a year typo corrected
(``Kamis (11/12/2013)`` in a piece of Thursday 11 December 2014: :func:`checked_day`) and a
weekday that still contradicts its date settled by the publication day or the article, or the date
left out (:func:`weekday_or_date`).

Apart because a day's value is checked here before any rule reads it, for the placement and for
the day a quote was said alike.
"""

from __future__ import annotations

import datetime as dt

from kliping.lang.id import calendar
from kliping.model import TimeExpr
from kliping.synth.timeline.clauses import DAY, WEEKDAY_FIRST

# How far from the publication date a corrected year may put a date (``Kamis (11/12/2013)`` in an
# article of Thursday 11 December 2014).
YEAR_TYPO_DAYS = 31


def checked_day(t: TimeExpr, published: dt.date | None) -> str:
    """The day value of ``t``, its year corrected when its weekday contradicts its date and the
    year before or after gives that weekday within :data:`YEAR_TYPO_DAYS` of the publication date
    (``Kamis (11/12/2013)`` in an article of Thursday 11 December 2014; ``Senin (20/10/2026)`` in
    one of Monday 20 October 2025). Other contradictions (``Rabu (14/12/2014)``, a Sunday) are
    returned as written, for :func:`weekday_or_date` to settle."""
    value = t.value or ""
    m = WEEKDAY_FIRST.match(t.text)
    weekday = calendar.WEEKDAYS.get(m.group(1).casefold()) if m else None
    if weekday is None or not any(c.isdigit() for c in t.text):
        return value
    day = dt.date.fromisoformat(value)
    if day.isoweekday() == weekday:
        return value
    for year in (day.year - 1, day.year + 1):
        try:
            other = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if other.isoweekday() == weekday and published and abs((other - published).days) <= YEAR_TYPO_DAYS:
            return other.isoformat()
    return value


def _written_weekday(t: TimeExpr) -> int | None:
    """The ISO weekday written with a numeric date (``Kamis (17/10)``), else None."""
    m = WEEKDAY_FIRST.match(t.text)
    if not m or not any(c.isdigit() for c in t.text):
        return None
    return calendar.WEEKDAYS.get(m.group(1).casefold())


def weekday_contradicts(t: TimeExpr, value: str) -> bool:
    """``t`` writes a weekday that is not the weekday of the day ``value``."""
    weekday = _written_weekday(t)
    return weekday is not None and dt.date.fromisoformat(value).isoweekday() != weekday


def weekday_or_date(t: TimeExpr, value: str, published: dt.date | None, written: dict[str, int]) -> str | None:
    """A day whose weekday still contradicts its date after :func:`checked_day` (``Kamis (17/10)``,
    a Friday), settled by the publication day or the article, else None. The date when another
    expression of the article names it without a contradicting weekday (``written``: day value -> how
    many do) or when it is the publication day; the day of that weekday within three days of the
    date when that is the publication day (``Senin (19/10)`` in a piece of Monday the 20th) or when
    it is before the publication and the written date after it (a report of ``Selasa (22/10)``, a
    Wednesday, published on Tuesday the 21st: a report does not run ahead of itself). Otherwise which
    of the two is wrong cannot be told (the article naming the weekday's day for another story is
    no evidence), so the sentence is not placed by it: a timeline entry asserts its day, and a day
    the source itself contradicts is no better than a guess (docs/times.md, "Fourth QA report")."""
    weekday = _written_weekday(t)
    if weekday is None or not DAY.match(value):
        return value
    day = dt.date.fromisoformat(value)
    if day.isoweekday() == weekday or written.get(value, 0) or day == published:
        return value
    other = day + dt.timedelta(days=(weekday - day.isoweekday() + 3) % 7 - 3)
    if published is not None and other <= published and (other == published or published < day):
        return other.isoformat()
    return None
