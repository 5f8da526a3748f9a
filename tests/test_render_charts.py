"""Inline SVG charts: TIMEX3 parsing, 0/1/many points, identical dates, escaping of labels."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from kliping.render.charts import (
    SeriesPoint,
    TimePoint,
    compact_number,
    series_svg,
    timeline_svg,
    timex_start,
)

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", dt.datetime(2024, 3, 5)),
        ("2024-03-05T14:30", dt.datetime(2024, 3, 5, 14, 30)),
        ("2024-03", dt.datetime(2024, 3, 1)),
        ("2024-W11", dt.datetime(2024, 3, 11)),
        ("2024-Q2", dt.datetime(2024, 4, 1)),
        ("2024-H2", dt.datetime(2024, 7, 1)),
        ("2024-SU", dt.datetime(2024, 6, 1)),
        ("2024", dt.datetime(2024, 1, 1)),
        ("202", dt.datetime(2020, 1, 1)),
        ("P3D", None),
        ("PAST_REF", None),
        ("2024-02-31", None),
        (None, None),
    ],
)
def test_timex_start(value: str | None, expected: dt.datetime | None) -> None:
    assert timex_start(value) == expected


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    assert root.tag == f"{SVG}svg"
    return root


def _circles(root: ET.Element) -> list[tuple[float, float]]:
    return [(float(c.get("cx")), float(c.get("cy"))) for c in root.iter(f"{SVG}circle")]


def test_zero_points_give_no_chart() -> None:
    assert timeline_svg([]) == ""
    assert timeline_svg([TimePoint("P2D", "dua hari")]) == ""
    assert series_svg([]) == ""
    assert series_svg([SeriesPoint(None, 5, "a1")]) == ""


def test_one_point_is_centred_and_labelled() -> None:
    root = _parse(timeline_svg([TimePoint("2024-03-05", "Gempa mengguncang Cianjur")], width=600))
    (cx, _), = _circles(root)
    assert cx == pytest.approx(300)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "5 Mar · Gempa mengguncang Cianjur" in texts  # the axis tick carries the year
    assert "5 Mar 2024" in texts
    root = _parse(series_svg([SeriesPoint("2024-03-05", 7, "a1")], width=500))
    assert len(_circles(root)) == 1


def test_many_points_ordered_in_time_and_identical_dates_stacked() -> None:
    pts = [TimePoint("2024-03-09", "ketiga"), TimePoint("2024-03-01", "pertama"),
           TimePoint("2024-03-05", "kedua a"), TimePoint("2024-03-05", "kedua b")]
    root = _parse(timeline_svg(pts))
    groups = list(root.iter(f"{SVG}g"))
    pos = {g.find(f"{SVG}title").text.split(": ")[1]: _circles(g)[0] for g in groups}
    assert pos["pertama"][0] < pos["kedua a"][0] < pos["ketiga"][0]
    assert pos["kedua a"][0] == pos["kedua b"][0]
    assert pos["kedua a"][1] != pos["kedua b"][1]  # same date: stacked, both visible


def test_all_points_on_one_date() -> None:
    pts = [SeriesPoint("2024-05-01", v, f"a{v}") for v in (10, 20, 30)]
    root = _parse(series_svg(pts, width=400))
    xs = sorted(x for x, _ in _circles(root))
    assert len(xs) == 3 and len(set(xs)) == 3  # side by side, none hidden
    assert xs[-1] - xs[0] < 40


def test_series_lines_ranges_and_colours() -> None:
    pts = [SeriesPoint("2024-03-05", 1200, "a1"), SeriesPoint("2024-03-07", 1450, "a1"),
           SeriesPoint("2024-03-06", 1300, "a2", value_max=1500)]
    svg = series_svg(pts, unit="rumah")
    root = _parse(svg)
    (line,) = root.iter(f"{SVG}polyline")  # only a1 has two points
    assert len(line.get("points").split()) == 2
    fills = {c.get("fill") for c in root.iter(f"{SVG}circle")}
    assert len(fills) == 2  # one colour per series
    assert ">rumah<" in svg
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "1.500" in texts and "1.000" in texts  # axis in Indonesian digits, dot thousands


def test_labels_are_escaped() -> None:
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    for svg in (timeline_svg([TimePoint("2024-01-01", evil, evil, href='#x"><b>')]),
                series_svg([SeriesPoint("2024-01-01", 1, evil, label=evil)], unit=evil, title=evil)):
        root = _parse(svg)
        assert {el.tag for el in root.iter()} <= {f"{SVG}{t}" for t in
                                                 ("svg", "title", "g", "line", "circle", "text", "a", "rect", "polyline")}
        assert "<script" not in svg and "<img" not in svg
        assert not any(name.startswith("on") for el in root.iter() for name in el.attrib)
        assert all(a.get("href", "").startswith("#") for a in root.iter(f"{SVG}a"))


def test_compact_number() -> None:
    assert compact_number(12_500_000_000) == "12,5 M"
    assert compact_number(1500) == "1,5 rb"
    assert compact_number(2_000_000) == "2 jt"
    assert compact_number(0) == "0"
    assert compact_number(-3000) == "-3 rb"


def test_charts_are_deterministic() -> None:
    pts = [SeriesPoint("2024-03-05", 1.5, "b"), SeriesPoint("2024-03-06", 2.5, "a")]
    assert series_svg(pts) == series_svg(list(pts))
