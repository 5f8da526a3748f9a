"""Inline SVG charts for the HTML report: pure functions from points to an SVG string.

Why hand-written SVG: the report is one self-contained file that must open offline with no script
errors, and the charts are simple (dots on a time axis, values over dates). Every label comes from
article text, so every piece of text is escaped here. Each function handles zero points (returns
``""``: the caller shows the table alone), one point and many points sharing one date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from kliping.render.common import compact_number, format_number

# Okabe–Ito: distinguishable for colour-blind readers and in greyscale print.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
CHAR_W = 6.2  # average glyph width at 11px, for label collision estimates

_TIMEX_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?)?")
_TIMEX_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_TIMEX_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_TIMEX_HALF = re.compile(r"^(\d{4})-H([12])")
_TIMEX_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)")
_TIMEX_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_TIMEX_YEAR = re.compile(r"^(\d{4})$")
_TIMEX_DECADE = re.compile(r"^(\d{3})X?$")
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def timex_start(value: str | None) -> dt.datetime | None:
    """The start of the period a TIMEX3 date value names, or ``None`` for durations, sets, refs.

    ``2024-03-04T14:30`` -> that minute; ``2024-03`` -> 1 March; ``2024-W10`` -> Monday of week
    10; ``2024-Q2`` -> 1 April; ``2024-SU`` -> 1 June; ``2024`` -> 1 January; ``202`` -> 2020.
    """
    if not value:
        return None
    v = value.strip()
    try:
        if m := _TIMEX_DAY.match(v):
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
            return dt.datetime(y, mo, d, int(m[4] or 0), int(m[5] or 0))
        if m := _TIMEX_WEEK.match(v):
            return dt.datetime.combine(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), dt.time())
        if m := _TIMEX_QUARTER.match(v):
            return dt.datetime(int(m[1]), 3 * (int(m[2]) - 1) + 1, 1)
        if m := _TIMEX_HALF.match(v):
            return dt.datetime(int(m[1]), 1 if m[2] == "1" else 7, 1)
        if m := _TIMEX_SEASON.match(v):
            return dt.datetime(int(m[1]), _SEASON_MONTH[m[2]], 1)
        if m := _TIMEX_MONTH.match(v):
            return dt.datetime(int(m[1]), int(m[2]), 1)
        if m := _TIMEX_YEAR.match(v):
            return dt.datetime(int(m[1]), 1, 1)
        if m := _TIMEX_DECADE.match(v):
            return dt.datetime(int(m[1]) * 10, 1, 1)
    except ValueError:  # 2024-02-31, week 60 ...
        return None
    return None


def _f(x: float) -> str:
    """Coordinates with one decimal: short, and identical across runs and platforms."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values (1, 2, 5 × 10^k steps) covering ``[lo, hi]``."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / max(1, n - 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    t = first
    while t <= hi + step * 1e-9:
        ticks.append(round(t, 10))
        t += step
    if ticks[-1] < hi:
        ticks.append(round(t, 10))
    return ticks


def _svg_open(width: float, height: float, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_f(width)} {_f(height)}" '
        f'width="{_f(width)}" height="{_f(height)}" role="img" aria-label="{escape(title)}" '
        f'font-family="{escape(FONT)}" font-size="11" class="chart">'
        f"<title>{escape(title)}</title>"
    )


MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def _add_months(t: dt.datetime, n: int) -> dt.datetime:
    m = t.month - 1 + n
    return dt.datetime(t.year + m // 12, m % 12 + 1, 1)


def timex_span(value: str | None) -> tuple[dt.datetime, dt.datetime] | None:
    """``(start, end)`` of the period a TIMEX3 date names; ``start == end`` for a day or a time.

    A month is drawn as a bar over the month, not a dot on its first day, so a reader does not
    take ``2023-09`` for 1 September.
    """
    start = timex_start(value)
    if start is None or value is None:
        return None
    v = value.strip()
    if _TIMEX_DAY.match(v):
        return start, start
    if _TIMEX_WEEK.match(v):
        return start, start + dt.timedelta(days=7)
    if _TIMEX_QUARTER.match(v) or _TIMEX_SEASON.match(v):
        return start, _add_months(start, 3)
    if _TIMEX_HALF.match(v):
        return start, _add_months(start, 6)
    if _TIMEX_MONTH.match(v):
        return start, _add_months(start, 1)
    if _TIMEX_YEAR.match(v):
        return start, dt.datetime(start.year + 1, 1, 1)
    return start, dt.datetime(start.year + 10, 1, 1)  # decade


def short_date(value: str, with_year: bool = True) -> str:
    """A TIMEX3 value as a short Indonesian label: ``12 Sep 2023``, ``Sep 2023``, ``pekan 41 2023``."""
    v = value.strip()
    if m := _TIMEX_DAY.match(v):
        mo = int(m[2])
        if not 1 <= mo <= 12:
            return v
        out = f"{int(m[3])} {MONTHS_ID[mo - 1]}" + (f" {m[1]}" if with_year else "")
        return out + (f" {m[4]}:{m[5] or '00'}" if m[4] else "")
    if (m := _TIMEX_MONTH.match(v)) and 1 <= int(m[2]) <= 12:
        return f"{MONTHS_ID[int(m[2]) - 1]} {m[1]}"
    if m := _TIMEX_WEEK.match(v):
        return f"pekan {int(m[2])} {m[1]}"
    return v


class _TimeScale:
    """Maps datetimes in ``[lo, hi]`` to x (clamped); a zero-width domain maps to the centre."""

    def __init__(self, lo: dt.datetime, hi: dt.datetime, x0: float, x1: float) -> None:
        self.lo, self.hi = lo, hi
        self.x0, self.x1 = x0, x1

    def __call__(self, t: dt.datetime) -> float:
        span = (self.hi - self.lo).total_seconds()
        if span <= 0:
            return (self.x0 + self.x1) / 2
        frac = min(1.0, max(0.0, (t - self.lo).total_seconds() / span))
        return self.x0 + frac * (self.x1 - self.x0)

    def ticks(self, max_ticks: int = 8) -> list[tuple[float, str]]:
        """Calendar ticks (days, months or years, whichever gives at most ``max_ticks``)."""
        lo, hi = self.lo, self.hi
        days = (hi - lo).total_seconds() / 86400
        if days <= 0:
            return [(self(lo), f"{lo.day} {MONTHS_ID[lo.month - 1]} {lo.year}")]
        out: list[tuple[float, str]] = []
        if days <= 62:
            step = next(s for s in (1, 2, 7, 14, 31) if days / s <= max_ticks)
            t = dt.datetime(lo.year, lo.month, lo.day) + (dt.timedelta(days=1) if lo.time() != dt.time() else dt.timedelta())
            first = True
            while t <= hi:
                label = f"{t.day} {MONTHS_ID[t.month - 1]}" + (f" {t.year}" if first or (t.month == 1 and t.day <= step) else "")
                out.append((self(t), label))
                first = False
                t += dt.timedelta(days=step)
        elif days <= 366 * 8:
            months = days / 30.4
            step = next(s for s in (1, 2, 3, 6, 12, 24) if months / s <= max_ticks)
            t = _add_months(lo, 0 if lo == dt.datetime(lo.year, lo.month, 1) else 1)
            while (t.month - 1) % step:
                t = _add_months(t, 1)
            first = True
            while t <= hi:
                label = MONTHS_ID[t.month - 1] + (f" {t.year}" if first or t.month == 1 else "")
                if step == 12:
                    label = str(t.year)
                out.append((self(t), label))
                first = False
                t = _add_months(t, step)
        else:
            years = days / 365.25
            step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if years / s <= max_ticks)
            y = (lo.year // step + 1) * step if lo != dt.datetime(lo.year, 1, 1) or lo.year % step else lo.year
            while y <= hi.year:
                out.append((self(dt.datetime(y, 1, 1)), str(y)))
                y += step
        if not out:  # a domain between two ticks: label its start
            out.append((self(lo), f"{lo.day} {MONTHS_ID[lo.month - 1]} {lo.year}"))
        return out


def _axis(scale: _TimeScale, y: float, width: float) -> list[str]:
    parts = [f'<line x1="{_f(scale.x0)}" y1="{_f(y)}" x2="{_f(scale.x1)}" y2="{_f(y)}" stroke="#555"/>']
    for x, label in scale.ticks():
        half = len(label) * CHAR_W / 2
        anchor, tx = ("start", max(x - 4, 2.0)) if x - half < 2 else ("end", min(x + 4, width - 2)) if x + half > width - 2 \
            else ("middle", x)  # edge ticks: keep the label inside the chart
        parts.append(f'<line x1="{_f(x)}" y1="{_f(y)}" x2="{_f(x)}" y2="{_f(y + 4)}" stroke="#555"/>')
        parts.append(f'<text x="{_f(tx)}" y="{_f(y + 16)}" text-anchor="{anchor}" fill="#444">{escape(label)}</text>')
    return parts


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class TimePoint:
    """One timeline event: a TIMEX3 ``when``, a short ``label``, a full ``tooltip``, an optional link.

    ``weight`` is how many sources report it: points reported by two or more are drawn darker and
    get their labels first when space is short.
    """

    when: str
    label: str
    tooltip: str = ""
    href: str | None = None
    weight: int = 1


@dataclass
class TimelineChart:
    """The SVG and what a caption must say about it: which points are not drawn or not labelled."""

    svg: str
    drawn: int
    labelled: int
    outside: list[TimePoint]
    undated: int


def _grow_focus(core: tuple[dt.datetime, dt.datetime], spans: Sequence[tuple[dt.datetime, dt.datetime]],
                max_gap: dt.timedelta) -> tuple[dt.datetime, dt.datetime]:
    """The core period (the reporting period) grown by every entry within ``max_gap`` of it.

    Entries chain: a July event pulls in a June one, but a date years earlier, separated by a
    long empty stretch, stays out. Entries coarser than a month (a quarter, a year) never widen
    the period; they are drawn when they overlap it.
    """
    lo, hi = core
    fine = sorted((s, e) for s, e in spans if e - s <= dt.timedelta(days=31))
    grown = True
    while grown:
        grown = False
        for s, e in fine:
            if e >= lo - max_gap and s <= hi + max_gap and (s < lo or e > hi):
                lo, hi = min(lo, s), max(hi, e)
                grown = True
    return lo, hi


def timeline_chart(points: Sequence[TimePoint], *, width: float = 900, title: str = "Linimasa",
                   focus: tuple[dt.datetime, dt.datetime] | None = None, max_lanes: int = 10,
                   max_points: int = 150, label_chars: int = 42,
                   max_gap: dt.timedelta = dt.timedelta(days=120)) -> TimelineChart:
    """Markers on a time axis (dots for days, bars for months and weeks), labels where they fit.

    Why labels can be missing: a label is only drawn in a free lane, never on top of another, so
    with many entries the chart stays readable and the caller's table lists everything. ``focus``
    is the reporting period; it grows to take in entries within ``max_gap`` of it (see
    :func:`_grow_focus`). Entries beyond (background such as a summit years earlier) are left out
    so they do not squeeze the reporting period into a corner; they are returned in ``outside``.
    """
    items = [(span, i, p) for i, p in enumerate(points) if (span := timex_span(p.when)) is not None]
    undated = len(points) - len(items)
    if not items:
        return TimelineChart("", 0, 0, [], undated)
    outside: list[tuple[tuple[dt.datetime, dt.datetime], int, TimePoint]] = []
    if focus is not None:
        lo_f, hi_f = _grow_focus(focus, [it[0] for it in items], max_gap)
        inside = [it for it in items if it[0][1] >= lo_f and it[0][0] <= hi_f]
        if inside:
            keep = {it[1] for it in inside}
            outside = [it for it in items if it[1] not in keep]
            items = inside
            focus = (lo_f, hi_f)
    if len(items) > max_points:
        best = sorted(items, key=lambda it: (-it[2].weight, it[0][0], it[1]))[:max_points]
        keep = {it[1] for it in best}
        outside += [it for it in items if it[1] not in keep]
        items = [it for it in items if it[1] in keep]
    items.sort(key=lambda it: (it[0][0], it[1]))
    lo = min(it[0][0] for it in items)
    hi = max(it[0][1] for it in items)
    if focus is not None:
        lo, hi = max(lo, focus[0]), min(hi, focus[1])
    margin = 24.0
    scale = _TimeScale(lo, hi, margin, width - margin)
    with_year = lo.year != hi.year

    # Markers: greedy lanes upwards from the axis, so same-day dots and overlapping bars stack.
    marker_end: list[float] = []
    markers: list[tuple[float, float, int]] = []
    for (start, end), _i, _p in items:
        x0, x1 = scale(start), scale(end)
        x1 = x0 if x1 - x0 < 3 else x1
        lane = next((k for k, e in enumerate(marker_end) if e < x0 - 4), None)
        if lane is None:
            if len(marker_end) < 12:
                marker_end.append(x1 + 4)
                lane = len(marker_end) - 1
            else:
                lane = min(range(len(marker_end)), key=lambda k: marker_end[k])
        marker_end[lane] = max(marker_end[lane], x1 + 4)
        markers.append((x0, x1, lane))

    # Labels: best-supported first, each in the first lane where it overlaps nothing.
    lanes: list[list[tuple[float, float]]] = []
    labels: dict[int, tuple[int, float, str, str]] = {}
    # Day-precise entries before month or week entries of the same support.
    order = sorted(range(len(items)), key=lambda k: (-items[k][2].weight, items[k][0][1] > items[k][0][0],
                                                     items[k][0][0], items[k][1]))
    for k in order:
        p = items[k][2]
        x = markers[k][0]
        text = f"{short_date(p.when, with_year)} · {_clip(p.label, label_chars)}"
        w = len(text) * CHAR_W
        if x + 4 + w <= width - 2:
            box, anchor, tx = (x, x + 4 + w), "start", x + 4
        elif x - 4 - w >= 2:
            box, anchor, tx = (x - 4 - w, x), "end", x - 4
        else:  # too long either way: shorten to the wider side
            room = max(x, width - x) - 8
            text = _clip(text, max(8, int(room / CHAR_W)))
            w = len(text) * CHAR_W
            box, anchor, tx = ((x, x + 4 + w), "start", x + 4) if x < width / 2 else ((x - 4 - w, x), "end", x - 4)
        lane = next((n for n, used in enumerate(lanes) if all(box[1] + 6 < a or b + 6 < box[0] for a, b in used)), None)
        if lane is None and len(lanes) < max_lanes:
            lanes.append([])
            lane = len(lanes) - 1
        if lane is None:
            continue  # no room: the dot keeps its tooltip, the table has the entry
        lanes[lane].append(box)
        labels[k] = (lane, tx, anchor, text)

    lane_h, top, mark_h = 15.0, 8.0, 8.0
    n_lanes, n_marks = len(lanes), max(1, len(marker_end))
    marker_base = top + n_lanes * lane_h + 8 + (n_marks - 1) * mark_h
    axis_y = marker_base + 8
    height = axis_y + 24
    parts = [_svg_open(width, height, title)]
    parts += _axis(scale, axis_y, width)
    for k, ((_s, _e), _i, p) in enumerate(items):
        x0, x1, mlane = markers[k]
        my = marker_base - mlane * mark_h
        color = PALETTE[0] if p.weight >= 2 else PALETTE[5]
        item = f"<g><title>{escape(p.tooltip or f'{p.when}: {p.label}')}</title>"
        if k in labels:
            lane, tx, anchor, text = labels[k]
            ly = top + (n_lanes - 1 - lane) * lane_h + 11
            item += (f'<line x1="{_f(x0)}" y1="{_f(ly + 3)}" x2="{_f(x0)}" y2="{_f(my - 3)}" stroke="#c4c4c4" '
                     f'stroke-dasharray="2 2"/>'
                     f'<text x="{_f(tx)}" y="{_f(ly)}" text-anchor="{anchor}" fill="#222" stroke="#fff" stroke-width="3" '
                     f'paint-order="stroke">{escape(text)}</text>')
        if x1 > x0:
            item += (f'<rect x="{_f(x0)}" y="{_f(my - 2)}" width="{_f(x1 - x0)}" height="4" rx="2" fill="{color}" '
                     f'opacity="0.45"/>')
        item += f'<circle cx="{_f(x0)}" cy="{_f(my)}" r="3.5" fill="{color}" stroke="#fff"/></g>'
        if p.href:
            item = f'<a href="{escape(p.href)}">{item}</a>'
        parts.append(item)
    parts.append("</svg>")
    return TimelineChart("".join(parts), len(items), len(labels), [it[2] for it in outside], undated)


def timeline_svg(points: Sequence[TimePoint], *, width: float = 900, title: str = "Linimasa",
                 max_lanes: int = 10, focus: tuple[dt.datetime, dt.datetime] | None = None) -> str:
    """Just the SVG of :func:`timeline_chart` (``""`` when no point has a calendar date)."""
    return timeline_chart(points, width=width, title=title, max_lanes=max_lanes, focus=focus).svg


# --------------------------------------------------------------------------- series


@dataclass(frozen=True)
class SeriesPoint:
    """One reported value: ``when`` (TIMEX3), the value (and ``value_max`` for a range), its series.

    ``text`` is the short visible label (``±7.000``); ``label`` the full tooltip.
    """

    when: str | None
    value: float
    series: str
    value_max: float | None = None
    label: str = ""
    href: str | None = None
    text: str = ""


def series_colors(names: Sequence[str]) -> dict[str, str]:
    """A stable colour per series name (sorted order, palette cycles beyond eight)."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(sorted(set(names)))}


def tick_label(v: float, ticks: Sequence[float]) -> str:
    """Axis numbers as written in Indonesian (``7.000``, ``2,5``); compact (``4,8 jt``) from a million."""
    if max(abs(t) for t in ticks) >= 1e6:
        return compact_number(v)
    return format_number(round(v, 6))


def scale_outliers(values: Sequence[float], ratio: float = 1000.0) -> list[int]:
    """Indices of the few values so large that charting them would flatten the rest onto zero.

    A writer's slip (``1.410.000.000 miliar`` for 1,41 miliar, triliun for miliar) puts one value
    10^3 to 10^9 above the others; on a shared linear axis the real values then sit on the zero
    line and the chart says nothing. The largest ``k`` values are outliers when the ``k``-th is at least
    ``ratio`` times the next (the deepest such gap, so two tiers of slips both go) and they are fewer than the rest (so two values, or a series
    split half and half, have none: there is no telling which side is the slip). The caller leaves
    them out of the chart, says so beside it, and keeps them in the table.
    """
    order = sorted(range(len(values)), key=lambda i: -abs(values[i]))
    mags = [abs(values[i]) for i in order]
    cut = 0  # the deepest such gap: 1e12 and 1e9 above 35.000 both flatten it
    for k in range(1, (len(mags) + 1) // 2):
        if mags[k] > 0 and mags[k - 1] >= ratio * mags[k]:
            cut = k
    return sorted(order[:cut])


def series_svg(points: Sequence[SeriesPoint], *, unit: str | None = None, width: float = 640,
               height: float = 240, title: str = "Angka", colors: dict[str, str] | None = None) -> str:
    """Values over dates, one colour per series, ranges as vertical bars, value labels, a legend.

    ``colors``: series name -> colour shared by every chart of a report (one outlet keeps its colour from chart to
    chart); a name it lacks, or no mapping, takes :func:`series_colors` of this chart's names.

    Points without a calendar ``when`` are left out; with none left the result is ``""``. Points
    of different series on one date stand side by side (a discrepancy reads as two labelled dots
    next to each other); a value label is drawn above, below or beside its dot where it collides
    with no other label, else left to the tooltip.
    """
    dated = [(t, i, p) for i, p in enumerate(points) if (t := timex_start(p.when)) is not None]
    if not dated:
        return ""
    dated.sort(key=lambda x: (x[0], x[1]))
    own = series_colors([p.series for _, _, p in dated])
    colors = {name: (colors or {}).get(name, own[name]) for name in own}
    names = sorted(colors)
    vals = [p.value for _, _, p in dated] + [p.value_max for _, _, p in dated if p.value_max is not None]
    lo, hi = min(min(vals), 0.0), max(max(vals), 0.0)
    ticks = _nice_ticks(lo, hi)
    ylo, yhi = ticks[0], ticks[-1]
    tick_text = [tick_label(tv, ticks) for tv in ticks]
    left, right, top = max(44.0, max(len(t) for t in tick_text) * CHAR_W + 14), 20.0, 24.0
    plot_h = height - 72
    times = [t for t, _, _ in dated]
    scale = _TimeScale(min(times), max(times), left + 36, width - right - 36)

    def y(v: float) -> float:
        return top + plot_h - (v - ylo) / (yhi - ylo) * plot_h

    legend_rows = math.ceil(len(names) / 3)
    axis_y = top + plot_h
    total_h = axis_y + 28 + legend_rows * 16
    parts = [_svg_open(width, total_h, title)]
    for tv, label in zip(ticks, tick_text, strict=True):
        parts.append(f'<line x1="{_f(left)}" y1="{_f(y(tv))}" x2="{_f(width - right)}" y2="{_f(y(tv))}" stroke="#e4e4e4"/>')
        parts.append(f'<text x="{_f(left - 6)}" y="{_f(y(tv) + 4)}" text-anchor="end" fill="#444">{escape(label)}</text>')
    if unit:
        parts.append(f'<text x="{_f(left - 6)}" y="{_f(top - 12)}" text-anchor="end" fill="#444" '
                     f'font-weight="600">{escape(unit)}</text>')
    parts += _axis(scale, axis_y, width)

    # Series sharing an x position stand side by side, 14 px apart.
    at_x: dict[str, list[str]] = {}
    for t, _, p in dated:
        names_here = at_x.setdefault(_f(scale(t)), [])
        if p.series not in names_here:
            names_here.append(p.series)

    def px(t: dt.datetime, series: str) -> float:
        here = at_x[_f(scale(t))]
        return scale(t) + (here.index(series) - (len(here) - 1) / 2) * 14

    for name in names:
        pts = [(px(t, p.series), y(p.value)) for t, _, p in dated if p.series == name]
        if len(pts) > 1:
            path = " ".join(f"{_f(a)},{_f(b)}" for a, b in pts)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colors[name]}" stroke-width="1.5" opacity="0.7"/>')
    # Labels avoid each other and every dot.
    placed: list[tuple[float, float, float, float]] = [
        (px(t, p.series) - 4, y(v) - 4, px(t, p.series) + 4, y(v) + 4)
        for t, _, p in dated for v in (p.value, p.value_max) if v is not None
    ]
    cw = CHAR_W * 10 / 11  # value labels are 10px
    said: set[tuple[str, dt.datetime, str]] = set()
    for t, _, p in dated:
        x, c = px(t, p.series), colors[p.series]
        tip = escape(p.label or f"{p.series}: {p.value}")
        item = f"<g><title>{tip}</title>"
        top_v = p.value
        if p.value_max is not None and p.value_max != p.value:
            y0, y1 = y(p.value), y(p.value_max)
            top_v = max(p.value, p.value_max)
            item += (f'<line x1="{_f(x)}" y1="{_f(y0)}" x2="{_f(x)}" y2="{_f(y1)}" stroke="{c}" stroke-width="3" '
                     f'opacity="0.5"/><circle cx="{_f(x)}" cy="{_f(y1)}" r="3" fill="{c}"/>')
        cy = y(p.value)
        item += f'<circle cx="{_f(x)}" cy="{_f(cy)}" r="4" fill="{c}" stroke="#fff"/>'
        if p.text and (p.series, t, p.text) not in said:  # one label for repeats of one value
            said.add((p.series, t, p.text))
            w = len(p.text) * cw
            ty = y(top_v)
            for lx, ly, anchor in ((x, ty - 8, "middle"), (x, cy + 16, "middle"),
                                   (x + 7, cy + 3, "start"), (x - 7, cy + 3, "end")):
                bx0 = lx - w / 2 if anchor == "middle" else (lx if anchor == "start" else lx - w)
                box = (bx0 - 1, ly - 10, bx0 + w + 1, ly + 2)
                # may dip just below the axis line (values near zero), not into the tick labels
                if box[0] < 0 or box[2] > width or box[1] < 0 or box[3] > axis_y + 5:
                    continue
                if any(_overlaps(box, b) for b in placed):
                    continue
                placed.append(box)
                item += (f'<text x="{_f(lx)}" y="{_f(ly)}" text-anchor="{anchor}" font-size="10" fill="#222" '
                         f'stroke="#fff" stroke-width="3" paint-order="stroke">{escape(p.text)}</text>')
                break
        item += "</g>"
        if p.href:
            item = f'<a href="{escape(p.href)}">{item}</a>'
        parts.append(item)
    col_w = (width - left) / 3
    for k, name in enumerate(names):
        lx = left + (k % 3) * col_w
        ly = axis_y + 36 + (k // 3) * 16
        parts.append(f'<rect x="{_f(lx)}" y="{_f(ly - 9)}" width="10" height="10" fill="{colors[name]}"/>'
                     f'<text x="{_f(lx + 14)}" y="{_f(ly)}" fill="#222">{escape(_clip(name, 30))}</text>')
    parts.append("</svg>")
    return "".join(parts)
