"""A party's faction glued after a parliament body leaves the body (docs/ner.md, "Thirty-third round":
``extract.entities.factions``).

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities.factions import _factions
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span
from tests.test_entities_classes22 import _types


def test_a_faction_after_a_commission_is_the_party_not_part_of_the_commission():
    got = _types("Anggota Komisi IV DPR RI Fraksi Golkar, Budi Santoso, meminta harga pupuk diturunkan.")
    assert got.get("Komisi IV DPR RI") == "ORG"
    assert got.get("Golkar") == "ORG"
    assert not any("Fraksi" in t and "Komisi" in t for t in got)


def test_a_faction_of_a_regional_parliament_leaves_it_too():
    got = _types("Ketua DPRD Sleman Fraksi PDI Perjuangan menolak usulan tersebut pada rapat paripurna.")
    assert not any("Fraksi" in t and "DPRD" in t for t in got)


def test_a_span_with_fraksi_and_no_parliament_word_is_left_whole():
    words = ["Kelompok", "Studi", "Fraksi", "Hijau", "menggelar", "diskusi"]
    st = _Sentence(words, False)
    sp = [Span(0, 4, "ORG")]
    _factions([st], [sp])
    assert [(s.i, s.j) for s in sp] == [(0, 4)]
    sp = [Span(0, 5, "ORG")]
    st = _Sentence(["Komisi", "II", "DPR", "Fraksi", "Hijau", "menggelar", "diskusi"], False)
    _factions([st], [sp])
    assert [(s.i, s.j) for s in sp] == [(0, 3), (4, 5)]
