"""Name-variant findings from the fifth QA read: a storyline shows each spelling once, from its own articles only
(``findings.name_variant_findings``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import Entity, FindingItem, NameVariant
from kliping.synth.findings import name_variant_findings

_ENT = [Entity("E1", "Badan Pangan Daerah", "ORG", ["Badan Pangan Daerah", "Badan Pagan Daerah"])]
_RIGHT = "Badan Pangan Daerah"
_TYPO = "Badan Pagan Daerah"


def _nv(*items: tuple[str, int, str]) -> NameVariant:
    return NameVariant("E1", [_RIGHT, _TYPO], [FindingItem(a, s, t) for a, s, t in items])


def test_identical_spellings_are_shown_once_and_the_variant_once() -> None:
    nv = _nv(("a1", 0, f"{_RIGHT} membuka pasar murah di alun-alun."),
             ("a2", 3, f"Menurut {_RIGHT}, stok beras cukup hingga akhir tahun."),
             ("a3", 1, f"Kepala {_TYPO} meninjau gudang pada Senin."),
             ("a3", 4, f"{_TYPO} juga menyiapkan operasi pasar."))
    [f] = name_variant_findings([nv], _ENT, {"a1", "a2", "a3"})
    assert [(i.article, i.sentence) for i in f.items] == [("a1", 0), ("a3", 1)]


def test_a_variant_only_in_another_storyline_gives_this_storyline_no_finding() -> None:
    nv = _nv(("a1", 0, f"{_RIGHT} membuka pasar murah di alun-alun."),
             ("a2", 3, f"Menurut {_RIGHT}, stok beras cukup hingga akhir tahun."),
             ("z9", 2, f"Kepala {_TYPO} meninjau gudang pada Senin."))
    assert name_variant_findings([nv], _ENT, {"a1", "a2"}) == []
    [f] = name_variant_findings([nv], _ENT, {"a1", "z9"})  # the storyline holding both spellings shows both
    assert [(i.article, i.sentence) for i in f.items] == [("a1", 0), ("z9", 2)]
    [f] = name_variant_findings([nv], _ENT, {"z9"})  # the storyline of the misspelling shows it
    assert [(i.article, i.sentence) for i in f.items] == [("z9", 2)]
