"""A money noun right after another amount is that amount's noun, not the next amount's (round 41 reading: ``Dari
Rp 60 triliun tunggakan pajak, sudah direalisasi Rp 7,21 triliun`` headed the collected 7,21 ``tunggakan pajak``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_synth_figures import _dossier, _ev


def _tables(text: str) -> list[tuple[str, list[float]]]:
    d = _dossier(_ev("d1", text, "2025-10-14", "Warta Contoh"))
    return [(f.about, [v.value for v in f.values]) for sl in d.storylines for f in sl.figures]


def test_the_noun_after_an_amount_is_not_the_next_amounts() -> None:
    tables = _tables("Kantor pajak menagih para penunggak di wilayah itu. \"Dari Rp 60 triliun tunggakan pajak, sudah "
                     "bisa ditagih sekitar Rp 7,21 triliun,\" kata kepala kantor.")
    assert ("tunggakan", [60e12]) in tables
    assert all(about != "tunggakan pajak" for about, _v in tables), tables


def test_a_noun_after_a_comma_names_the_next_item() -> None:
    tables = _tables("Kementerian itu merinci rencana belanjanya. Untuk gaji pegawai Rp 1,7 triliun, belanja modal "
                     "Rp 1,9 triliun.")
    assert any(about.startswith("belanja") and 1.9e12 in v for about, v in tables), tables


def test_a_noun_before_its_own_amount_keeps_it() -> None:
    tables = _tables("Rumah sakit itu melaporkan keuangannya. Defisit ekuitas sebesar Rp 5 triliun, sementara total "
                     "kekayaan sebesar Rp 4 triliun.")
    assert any(about.startswith("kekayaan") and 4e12 in v for about, v in tables), tables
