"""How reported values read in the reports: vague plurals keep the scale they were written with."""

from __future__ import annotations

import pytest

from kliping.extract.quantities import extract_quantities
from kliping.model import Document, FigureValue
from kliping.render import render_html, render_markdown
from kliping.render.common import format_value, short_value, vague_value
from kliping.render.example import example_dossier as build
from kliping.text import split_sentences


def _quantity(text: str):
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text), published="2024-05-01")
    (q,) = extract_quantities(d)
    return q


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Kerugian negara ditaksir ratusan triliun rupiah oleh auditor.", "ratusan triliun IDR"),
        ("Proyek itu menyerap ratusan ribu tenaga kerja lokal.", "ratusan ribu"),
        ("Warga menyumbang puluhan juta rupiah untuk korban.", "puluhan juta IDR"),
        ("Ribuan relawan datang ke lokasi banjir.", "ribuan"),
        ("Petani menanam ratusan pohon di lereng bukit.", "ratusan"),
    ],
)
def test_vague_plural_is_shown_with_its_scale(sentence: str, shown: str) -> None:
    q = _quantity(sentence)
    assert q.modifier.startswith("plural_")
    assert format_value(q.value, q.value_max, q.modifier, q.unit) == shown


def test_vague_plural_scales_multiply_smaller_first() -> None:
    assert vague_value(1e17, "plural_hundreds") == "ratusan ribu triliun"
    assert vague_value(1e15, "plural_thousands") == "ribuan triliun"


def test_vague_value_that_is_no_scale_product_shows_its_number() -> None:
    assert vague_value(150, "plural_hundreds") == "ratusan (150)"


def test_chart_label_of_a_vague_plural_keeps_a_short_scale() -> None:
    assert short_value(1e14, None, "plural_hundreds") == "ratusan T"
    assert short_value(1e5, None, "plural_hundreds") == "ratusan rb"
    assert short_value(100, None, "plural_hundreds") == "ratusan"


def test_exact_values_are_unchanged() -> None:
    assert format_value(3e9, None, "about", "IDR") == "sekitar 3.000.000.000 IDR"
    assert short_value(4.8e6, None, "exact") == "4,8 jt"


def _vague_dossier():
    d = build()
    fig = d.storylines[0].figures[1]  # kerugian, IDR
    fig.values = [
        FigureValue(1e14, None, "a1", 2, modifier="plural_hundreds", text="ratusan triliun rupiah"),
        FigureValue(1e11, None, "a2", 0, modifier="plural_hundreds", text="ratusan miliar rupiah"),
    ]
    return d


def test_markdown_figures_table_shows_the_scale_of_vague_values() -> None:
    page = render_markdown(_vague_dossier())
    assert "ratusan triliun IDR" in page and "ratusan miliar IDR" in page
    assert "| ratusan IDR |" not in page


def test_html_shows_the_scale_of_vague_values_and_keeps_them_apart() -> None:
    page = render_html(_vague_dossier())
    assert "ratusan triliun IDR" in page and "ratusan miliar IDR" in page
    assert ">ratusan IDR<" not in page


# --------------------------------------------------------------------------- chart scale outliers


def test_scale_outliers_are_the_few_values_a_thousand_times_all_others() -> None:
    from kliping.render.charts import scale_outliers

    assert scale_outliers([1.41e9, 1.4e9, 1.41e18, 1.41e9]) == [2]
    assert scale_outliers([1.0, 2.0, 3.0, 3e6, 4e6]) == [3, 4]
    assert scale_outliers([1e9, 1e6, 1.0, 2.0, 3.0]) == [0, 1], "two tiers of slips both go"


@pytest.mark.parametrize(
    "values",
    [[1.0, 1e6], [1.0, 2.0, 3e6, 4e6], [1200.0, 1450.0, 1.2e6], [0.0, 0.0, 5.0], [5.0, 6.0, 7.0]],
)
def test_no_scale_outlier_when_no_side_is_clearly_the_slip(values: list[float]) -> None:
    from kliping.render.charts import scale_outliers

    assert scale_outliers(values) == []


def test_html_chart_leaves_out_a_slip_value_and_says_so() -> None:
    import re

    d = build()
    fig = d.storylines[0].figures[0]
    fig.values = [FigureValue(1200.0, "2024-03-05", "a1", 0, text="1.200 rumah"),
                  FigureValue(1450.0, "2024-03-06", "a2", 0, text="1.450 rumah"),
                  FigureValue(1300.0, "2024-03-07", "a1", 2, text="1.300 rumah"),
                  FigureValue(1.3e12, "2024-03-07", "a2", 0, text="1.300 miliar rumah")]
    page = render_html(d)
    section = page[page.index("<h4>rumah terendam"):page.index("<h4>Angka dari satu laporan")]
    svg = re.search(r"<svg.*?</svg>", section, re.S).group(0)
    assert "1,3 T" not in svg and "1.450" in svg  # the axis is the real values'
    caption = re.search(r"<figcaption>(.*?)</figcaption>", section, re.S).group(1)
    assert "1 nilai" in caption and "1.300.000.000.000" in caption and "tidak digambar" in caption
    assert "<td class=\"num\">1.300.000.000.000</td>" in section  # still in the table


def test_html_chart_of_comparable_values_has_no_left_out_note() -> None:
    assert "tidak digambar agar skalanya" not in render_html(build())
