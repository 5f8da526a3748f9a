"""A value dated by a whole year only is not drawn in a chart of values dated by day (round 41 reading: 200 tax
evaders of ``hingga akhir tahun ini`` drawn at January and joined by a line to October's counts of other things).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

import re

from kliping.render import render_html
from kliping.render.common import year_only_points
from tests.test_synth_figures import _dossier, _ev


def test_year_only_values_among_days_are_picked() -> None:
    assert year_only_points(["2025", None, "2025-10-20"], ["2025", "2025-10-14", "2025-10-20"]) == {0}
    # with no value at a day, a year is drawn as the others are
    assert year_only_points(["2024", "2025"], ["2024", "2025"]) == set()
    assert year_only_points(["2025-10", None], ["2025-10", "2025-10-14"]) == set()  # a month is not a year


def test_the_chart_leaves_the_year_out_and_says_so() -> None:
    d = _dossier(_ev("d1", "Dinas sosial mendata penerima bantuan di kota itu. Sepanjang 2024 sebanyak 90 keluarga "
                     "menerima bantuan. Hingga Senin (20/10/2025), sebanyak 120 keluarga sudah menerima bantuan "
                     "tersebut.", "2025-10-21", "Warta Contoh"),
                 _ev("d2", "Bantuan sosial kota itu terus disalurkan. Hingga Selasa (21/10/2025), sebanyak 150 keluarga "
                     "sudah menerima bantuan.", "2025-10-22", "Kabar Lain"))
    assert [(v.value, v.as_of) for sl in d.storylines for f in sl.figures for v in f.values] == [
        (120.0, "2025-10-20"), (90.0, "2024"), (150.0, "2025-10-21")]
    html = render_html(d)
    svg = re.search(r"<svg[^>]*aria-label=\"keluarga\".*?</svg>", html, re.S).group(0)
    assert "<title>120 " in svg and "<title>150 " in svg and "<title>90 " not in svg
    assert "1 nilai yang hanya bertanggal tahun tidak digambar" in html
    assert ">90<" in html  # still in the table
