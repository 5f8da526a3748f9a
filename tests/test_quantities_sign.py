"""A sign before a number: ``minus Rp 1.896 per liter`` and ``inflasi -0,5 persen`` are values below
zero, while a range joint (``10-12``, ``Rp 45 -50 juta``), a code (``Covid-19``) and a list dash
(``- 5 orang``) are not signs. All sentences are written for these tests (no article text)."""

from __future__ import annotations

import pytest

from kliping.extract.quantities import extract_quantities
from kliping.model import Document
from kliping.text import split_sentences


def _values(text: str) -> list[tuple[str, float, float | None]]:
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text), published="2025-10-20")
    return [(q.text, q.value, q.value_max) for q in extract_quantities(d)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dengan harga minyak serendah itu, subsidi solar menjadi minus Rp 1.250 per liter.",
     [("minus Rp 1.250 per liter", -1250.0, None)]),
    ("Suhu di puncak gunung turun sampai minus 4 derajat Celsius.",
     [("sampai minus 4 derajat Celsius", -4.0, None)]),
    ("Indeks sektor tambang melemah (-0,35 persen) pada penutupan sesi.",
     [("-0,35 persen", -0.35, None)]),
    ("Ekonomi negara itu tumbuh −1,4% pada kuartal ketiga.", [("−1,4%", -1.4, None)]),
])
def test_a_sign_before_the_number_makes_it_negative(text: str, expected: list) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sebanyak 15-20 warga mengungsi ke balai desa.", [("Sebanyak 15-20 warga", 15.0, 20.0)]),
    ("Mobil listrik itu dijual antara Rp 210 -240 juta per unit.",
     [("antara Rp 210 -240 juta per unit", 210e6, 240e6)]),
    ("Pasien Covid-19 di kota itu bertambah 8 orang.", [("8 orang", 8.0, None)]),
])
def test_a_range_joint_or_a_code_is_no_sign(text: str, expected: list) -> None:
    assert _values(text) == expected
