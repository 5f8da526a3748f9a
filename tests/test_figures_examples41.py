"""An amount given as an example is a scenario's value, not a figure (round 41 reading: ``katakanlah UMKM
penghasilannya Rp 500 juta`` tabled as an income). ``misalnya`` makes an example only right before its amount;
after a subject it brings in a real instance.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import Quantity
from kliping.synth.figures.modes import example_amount
from tests.test_synth_figures import _dossier, _ev


def _q(sentence: str, amount: str) -> Quantity:
    at = sentence.index(amount)
    return Quantity(text=amount, value=1, sentence=0, start=at, end=at + len(amount))


def test_lets_say_and_suppose_make_an_example_anywhere_before_the_amount() -> None:
    s = "Setiap pedagang katakanlah omzetnya Rp 300 juta setahun, maka ia wajib mendaftar."
    assert example_amount(s, _q(s, "Rp 300 juta"))
    s = "Kalau dari satu kapal bisa didapat misalkan 2 ton ikan, nelayan untung."
    assert example_amount(s, _q(s, "2 ton"))


def test_for_example_right_before_the_amounts_makes_examples() -> None:
    s = "Pemerintah dapat mematok bantuan tetap, misalnya Rp 200 atau Rp 400 per kilogram, bagi petani."
    assert example_amount(s, _q(s, "Rp 200"))
    assert example_amount(s, _q(s, "Rp 400"))
    s = "Tarif parkir bisa dinaikkan, misalnya menjadi Rp 5.000 per jam."
    assert example_amount(s, _q(s, "Rp 5.000"))


def test_for_example_after_a_subject_brings_in_a_real_value() -> None:
    s = "Harga cabai misalnya, naik Rp 8.000 dalam sepekan di pasar induk."
    assert not example_amount(s, _q(s, "Rp 8.000"))
    s = "Misalnya kasus di desa itu, warga tertipu sebesar Rp 75 juta."
    assert not example_amount(s, _q(s, "Rp 75 juta"))


def test_an_example_amount_makes_no_table() -> None:
    d = _dossier(_ev("d1", "Dinas pajak mengingatkan pelaku usaha soal kewajiban lapor. \"Setiap pedagang katakanlah "
                     "omzetnya Rp 300 juta setahun, maka ia wajib mendaftar,\" kata kepala dinas. Tahun ini dinas "
                     "mencatat 1.200 pedagang baru.", "2025-10-21", "Warta Contoh"))
    values = [v.value for sl in d.storylines for f in sl.figures for v in f.values]
    assert 300_000_000 not in values and 1200 in values, values
