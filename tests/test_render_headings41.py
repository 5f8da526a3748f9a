"""A figure named by its unit and qualifiers is headed by the unit once (round 41 reading: ``IDR (target) (IDR)``,
``MMSCFD (target) (MMSCFD)``, ``IDR (Penebalan Juni-Juli 2025) (IDR)`` in the dev dossiers' reports).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.render import render_html, render_markdown
from kliping.render.common import heading_unit
from tests.test_synth_figures import _dossier, _ev


def test_a_name_that_is_the_unit_with_qualifiers_takes_no_unit_after_it() -> None:
    assert heading_unit("IDR (target)", "IDR") is None
    assert heading_unit("cm", "cm") is None
    assert heading_unit("anggaran (target)", "IDR") == "IDR"
    assert heading_unit("per barel (Brent)", "USD") == "USD"
    assert heading_unit("orang", None) is None


def test_a_bare_target_series_is_headed_by_its_unit_once() -> None:
    d = _dossier(_ev("d1", "Pemerintah kota menyiapkan anggaran untuk perbaikan jalan desa. Tahun depan pemerintah "
                     "menargetkan Rp 12 miliar dan pada 2027 sebesar Rp 15 miliar.", "2025-10-21", "Warta Contoh"))
    assert [(f.about, f.unit) for sl in d.storylines for f in sl.figures] == [("IDR (target)", "IDR")]
    md, html = render_markdown(d), render_html(d)
    assert "#### IDR (target)\n" in md and "IDR (target) (IDR)" not in md
    assert "IDR (target)</h4>" in html and "(IDR)</small>" not in html


def test_a_rate_is_headed_by_the_money_it_is_of() -> None:
    from kliping.render.common import heading_name

    assert heading_name("per bulan (dana)") == "dana per bulan"
    assert heading_name("per bulan (target, tunjangan)") == "tunjangan per bulan (target)"
    assert heading_name("per liter (subsidi BBM)") == "subsidi BBM per liter"
    # a grade, a place or a thing priced stays a qualifier; a name that is no rate is unchanged
    assert heading_name("per barel (Brent)") == "per barel (Brent)"
    assert heading_name("per kg (kopi)") == "per kg (kopi)"
    assert heading_name("anggaran (target)") == "anggaran (target)"


def test_the_reports_head_a_monthly_allowance_by_the_allowance() -> None:
    d = _dossier(_ev("d1", "Pemerintah daerah menaikkan bantuan bagi guru honorer. Tunjangan itu kini Rp 750.000 per "
                     "bulan, naik dari Rp 500.000 per bulan tahun lalu.", "2025-10-21", "Warta Contoh"))
    names = [f.about for sl in d.storylines for f in sl.figures]
    assert "per bulan (tunjangan)" in names, names
    md = render_markdown(d)
    assert "#### tunjangan per bulan (IDR)" in md and "#### per bulan (tunjangan)" not in md


def test_an_empty_qualifier_leaves_a_rate_heading_as_it_is() -> None:
    # the review of round 41: ``per bulan ()`` raised IndexError
    from kliping.render.common import heading_name

    assert heading_name("per bulan ()") == "per bulan ()"
    assert heading_name("per bulan (dana)") == "dana per bulan"
