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


def compact_number(x: float) -> str:
    """A short Indonesian-style number: ``12500000000`` -> ``12,5 M``, ``1500`` -> ``1,5 rb``."""
    ax = abs(x)
    v, suffix = x, ""
    for div, name in ((1e12, " T"), (1e9, " M"), (1e6, " jt"), (1e3, " rb")):
        if ax >= div:
            v, suffix = x / div, name
            break
    s = f"{v:.2f}".rstrip("0").rstrip(".") if not float(v).is_integer() else str(int(v))
    return s.replace(".", ",") + suffix


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


class _TimeScale:
    """Maps datetimes to x; a zero-width domain (one point, or all on one date) maps to the centre."""

    def __init__(self, times: Sequence[dt.datetime], x0: float, x1: float) -> None:
        self.lo, self.hi = min(times), max(times)
        self.x0, self.x1 = x0, x1

    def __call__(self, t: dt.datetime) -> float:
        span = (self.hi - self.lo).total_seconds()
        if span <= 0:
            return (self.x0 + self.x1) / 2
        return self.x0 + (t - self.lo).total_seconds() / span * (self.x1 - self.x0)

    def ticks(self, n: int = 5) -> list[tuple[float, str]]:
        span = (self.hi - self.lo).total_seconds()
        fmt = "%Y-%m" if span > 2 * 365 * 86400 else "%Y-%m-%d"
        if span <= 0:
            return [(self(self.lo), self.lo.strftime(fmt))]
        out: list[tuple[float, str]] = []
        seen: set[str] = set()
        for k in range(n):
            t = self.lo + (self.hi - self.lo) * (k / (n - 1))
            label = t.strftime(fmt)
            if label not in seen:
                seen.add(label)
                out.append((self(t), label))
        return out


def _axis(scale: _TimeScale, y: float) -> list[str]:
    parts = [f'<line x1="{_f(scale.x0)}" y1="{_f(y)}" x2="{_f(scale.x1)}" y2="{_f(y)}" stroke="#555"/>']
    for x, label in scale.ticks():
        parts.append(f'<line x1="{_f(x)}" y1="{_f(y)}" x2="{_f(x)}" y2="{_f(y + 4)}" stroke="#555"/>')
        parts.append(f'<text x="{_f(x)}" y="{_f(y + 16)}" text-anchor="middle" fill="#444">{escape(label)}</text>')
    return parts


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class TimePoint:
    """One timeline event: a TIMEX3 ``when``, a short ``label``, a full ``tooltip``, an optional link."""

    when: str
    label: str
    tooltip: str = ""
    href: str | None = None


def timeline_svg(points: Sequence[TimePoint], *, width: float = 760, title: str = "Linimasa",
                 max_lanes: int = 12) -> str:
    """Dots on a time axis, each with a label in the first free lane above the axis.

    Points whose ``when`` is not a calendar value (durations, ``PAST_REF``) are left out; with no
    dated point the result is ``""``.
    """
    dated = [(t, i, p) for i, p in enumerate(points) if (t := timex_start(p.when)) is not None]
    if not dated:
        return ""
    dated.sort(key=lambda x: (x[0], x[1]))
    margin = 16.0
    # Inset by half a tick label so the first and last dates are not clipped.
    scale = _TimeScale([t for t, _, _ in dated], margin + 24, width - margin - 24)
    lane_h, top = 16.0, 10.0

    # Lane assignment: first lane whose last label ends before this one starts.
    lane_end: list[float] = []
    placed: list[tuple[float, int, int, TimePoint, str, bool]] = []
    stack: dict[str, int] = {}
    for _t, _i, p in dated:
        x = scale(_t)
        key = _f(x)
        level = stack.get(key, 0)  # dots on the same date stack upwards
        stack[key] = level + 1
        room_right, room_left = width - margin - x, x - margin
        flip = room_right < min(room_left, 56 * CHAR_W + 8)  # near the right edge: anchor at the label's end
        fits = int(((room_left if flip else room_right) - 8) / CHAR_W)
        text = _clip(f"{p.when} · {p.label}", max(8, min(56, fits)))
        w = len(text) * CHAR_W + 8
        x0, x1 = (x - w, x) if flip else (x, x + w)
        lane = next((k for k, end in enumerate(lane_end) if end < x0), None)
        if lane is None:
            if len(lane_end) < max_lanes:
                lane_end.append(x1)
                lane = len(lane_end) - 1
            else:  # out of room: reuse the lane that frees up first (labels may touch)
                lane = min(range(len(lane_end)), key=lambda k: lane_end[k])
        lane_end[lane] = max(lane_end[lane], x1)
        placed.append((x, lane, level, p, text, flip))

    n_lanes = max(1, len(lane_end))
    max_stack = max(stack.values())
    axis_y = top + n_lanes * lane_h + 10 + (max_stack - 1) * 9
    height = axis_y + 26
    parts = [_svg_open(width, height, title)]
    parts += _axis(scale, axis_y)
    for x, lane, level, p, text, flip in placed:
        ly = top + (n_lanes - 1 - lane) * lane_h + 11  # lane 0 nearest the axis
        dy = axis_y - level * 9
        tip = escape(p.tooltip or f"{p.when}: {p.label}")
        anchor = "end" if flip else "start"
        tx = x - 3 if flip else x + 3
        item = (
            f"<g><title>{tip}</title>"
            f'<line x1="{_f(x)}" y1="{_f(ly + 3)}" x2="{_f(x)}" y2="{_f(dy)}" stroke="#bbb" stroke-dasharray="2 2"/>'
            f'<circle cx="{_f(x)}" cy="{_f(dy)}" r="4" fill="{PALETTE[0]}" stroke="#fff"/>'
            f'<text x="{_f(tx)}" y="{_f(ly)}" text-anchor="{anchor}" fill="#222">{escape(text)}</text></g>'
        )
        if p.href:
            item = f'<a href="{escape(p.href)}">{item}</a>'
        parts.append(item)
    parts.append("</svg>")
    return "".join(parts)


# --------------------------------------------------------------------------- series


@dataclass(frozen=True)
class SeriesPoint:
    """One reported value: ``when`` (TIMEX3), the value (and ``value_max`` for a range), its series."""

    when: str | None
    value: float
    series: str
    value_max: float | None = None
    label: str = ""
    href: str | None = None


def series_colors(names: Sequence[str]) -> dict[str, str]:
    """A stable colour per series name (sorted order, palette cycles beyond eight)."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(sorted(set(names)))}


def series_svg(points: Sequence[SeriesPoint], *, unit: str | None = None, width: float = 560,
               height: float = 220, title: str = "Angka") -> str:
    """Values over dates, one colour per series, ranges as vertical bars, a legend below.

    Points without a calendar ``when`` are left out; with none left the result is ``""``. Points
    of different series on one date are spread a few pixels apart so none hides another.
    """
    dated = [(t, i, p) for i, p in enumerate(points) if (t := timex_start(p.when)) is not None]
    if not dated:
        return ""
    dated.sort(key=lambda x: (x[0], x[1]))
    colors = series_colors([p.series for _, _, p in dated])
    names = sorted(colors)
    left, right, top, plot_h = 58.0, 16.0, 24.0, height - 72
    scale = _TimeScale([t for t, _, _ in dated], left + 24, width - right - 30)
    vals = [p.value for _, _, p in dated] + [p.value_max for _, _, p in dated if p.value_max is not None]
    lo, hi = min(min(vals), 0.0), max(max(vals), 0.0)
    ticks = _nice_ticks(lo, hi)
    ylo, yhi = ticks[0], ticks[-1]

    def y(v: float) -> float:
        return top + plot_h - (v - ylo) / (yhi - ylo) * plot_h

    legend_rows = math.ceil(len(names) / 3)
    total_h = top + plot_h + 30 + legend_rows * 16
    axis_y = top + plot_h
    parts = [_svg_open(width, total_h, title)]
    for tv in ticks:
        parts.append(f'<line x1="{_f(left)}" y1="{_f(y(tv))}" x2="{_f(width - right)}" y2="{_f(y(tv))}" stroke="#e4e4e4"/>')
        parts.append(f'<text x="{_f(left - 6)}" y="{_f(y(tv) + 4)}" text-anchor="end" fill="#444">'
                     f"{escape(compact_number(tv))}</text>")
    if unit:
        parts.append(f'<text x="{_f(left - 6)}" y="{_f(top - 12)}" text-anchor="end" fill="#444" '
                     f'font-weight="600">{escape(unit)}</text>')
    parts += _axis(scale, axis_y)

    # Spread series sharing an x position.
    at_x: dict[str, list[str]] = {}
    for t, _, p in dated:
        names_here = at_x.setdefault(_f(scale(t)), [])
        if p.series not in names_here:
            names_here.append(p.series)

    def px(t: dt.datetime, series: str) -> float:
        here = at_x[_f(scale(t))]
        return scale(t) + (here.index(series) - (len(here) - 1) / 2) * 6

    for name in names:
        pts = [(px(t, p.series), y(p.value)) for t, _, p in dated if p.series == name]
        if len(pts) > 1:
            path = " ".join(f"{_f(a)},{_f(b)}" for a, b in pts)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colors[name]}" stroke-width="1.5" opacity="0.7"/>')
    for t, _, p in dated:
        x, c = px(t, p.series), colors[p.series]
        tip = escape(p.label or f"{p.series}: {p.value}")
        item = f"<g><title>{tip}</title>"
        if p.value_max is not None and p.value_max != p.value:
            y0, y1 = y(p.value), y(p.value_max)
            item += (f'<line x1="{_f(x)}" y1="{_f(y0)}" x2="{_f(x)}" y2="{_f(y1)}" stroke="{c}" stroke-width="3" '
                     f'opacity="0.5"/><circle cx="{_f(x)}" cy="{_f(y1)}" r="3" fill="{c}"/>')
        item += f'<circle cx="{_f(x)}" cy="{_f(y(p.value))}" r="4" fill="{c}" stroke="#fff"/></g>'
        if p.href:
            item = f'<a href="{escape(p.href)}">{item}</a>'
        parts.append(item)
    col_w = (width - left) / 3
    for k, name in enumerate(names):
        lx = left + (k % 3) * col_w
        ly = axis_y + 30 + (k // 3) * 16
        parts.append(f'<rect x="{_f(lx)}" y="{_f(ly - 9)}" width="10" height="10" fill="{colors[name]}"/>'
                     f'<text x="{_f(lx + 14)}" y="{_f(ly)}" fill="#222">{escape(_clip(name, 26))}</text>')
    parts.append("</svg>")
    return "".join(parts)
