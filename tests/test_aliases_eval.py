"""``kliping eval aliases``: scoring on invented entities, and a clean skip without ../shared."""

from __future__ import annotations

import argparse
from pathlib import Path

from kliping.eval import aliases as ev
from kliping.eval import kinds
from kliping.model import Entity, NameVariant


def _e(eid: str, name: str, aliases: list[str], arts: int = 2, typ: str = "PERSON") -> Entity:
    return Entity(id=eid, name=name, type=typ, aliases=aliases, articles=[f"a{i}" for i in range(arts)])


FORMS = {
    ("s", "Komisi Pemberantasan Korupsi", ""): "KPK",
    ("s", "KPK", ""): "KPK",
    ("s", "Rina Wulandari", ""): "Rina Wulandari",
    ("s", "Wulandari", ""): "Rina Wulandari",
    ("s", "Kota Medan", ""): "Medan",
    ("s", "Medan", ""): "Medan",
    ("s", "Bogor", ""): "?",
    ("s", "Kota Bogor", ""): "Kota Bogor",
    ("s", "Joko Santosa", ""): "Joko Santosa",
    ("s", "Rina", ""): "Rina Wulandari",
    ("s", "Rina", "a9"): "Rina (40, pedagang)",  # a one-name trader in one article
}


def test_scores_merges_pairs_and_variants():
    entities = [
        _e("E1", "Komisi Pemberantasan Korupsi", ["KPK", "Komisi Pemberantasan Korupsi"], typ="ORG"),
        _e("E2", "Rina Wulandari", ["Rina Wulandari", "Wulandari", "Joko Santosa"]),  # one wrong merge
        _e("E3", "Kota Medan", ["Kota Medan"], typ="GPE"),
        _e("E4", "Medan", ["Medan"], typ="GPE"),  # a missed merge
        _e("E5", "Kota Bogor", ["Kota Bogor", "Bogor"], typ="GPE"),  # "?" is not scored
    ]
    variants = [NameVariant(entity="E2", variants=["Rina Wulandari", "Rina Wulandary"])]
    gold_variants = {("s", "Rina Wulandari", "Rina Wulandary"): True}
    c = ev.score("s", entities, variants, FORMS, gold_variants, show_wrong=False)
    assert (c["entities"], c["pure entities"]) == (2, 1)  # E1 pure, E2 not; E5 has one scored form
    assert (c["merged pairs"], c["right merged pairs"]) == (4, 2)
    # gold pairs: KPK, Rina/Wulandari (hard), Kota Medan/Medan (hard); found the first two
    assert (c["gold pairs"], c["found pairs"]) == (3, 2)
    assert (c["hard gold pairs"], c["hard found pairs"]) == (3, 2)
    assert (c["identities"], c["split identities"]) == (5, 1)  # Medan is in two entities
    assert (c["variants"], c["right variants"], c["unlabelled variants"]) == (1, 1, 0)


def test_article_labels_catch_a_one_name_person_joined_to_a_namesake():
    entities = [_e("E1", "Rina Wulandari", ["Rina Wulandari", "Rina"])]
    right = {"E1": {("Rina Wulandari", "a1"), ("Rina", "a1")}}
    wrong = {"E1": {("Rina Wulandari", "a1"), ("Rina", "a1"), ("Rina", "a9")}}
    c = ev.score("s", entities, [], FORMS, {}, show_wrong=False, items=right)
    assert (c["entities"], c["pure entities"]) == (1, 1)
    c = ev.score("s", entities, [], FORMS, {}, show_wrong=False, items=wrong)
    assert (c["entities"], c["pure entities"]) == (1, 0)
    assert c["found pairs"] == 1  # the set-wide pair Rina / Rina Wulandari is still merged


def test_candidate_pairs_propose_acronyms_initials_and_places():
    entities = [
        _e("E1", "Komisi Pemberantasan Korupsi", ["Komisi Pemberantasan Korupsi"], typ="ORG"),
        _e("E2", "KPK", ["KPK"], arts=1, typ="ORG"),
        _e("E3", "Hadi Prasetya Susanto", ["Hadi Prasetya Susanto"]),
        _e("E4", "HPS", ["HPS"], arts=1, typ="ORG"),
        _e("E5", "Kota Medan", ["Kota Medan"], typ="GPE"),
        _e("E6", "Medan", ["Medan"], arts=1, typ="GPE"),
        _e("E7", "Budi Susanto", ["Budi Susanto"], arts=1),
    ]
    pairs = ev.candidate_pairs(entities)
    assert pairs[("KPK", "Komisi Pemberantasan Korupsi")] == "acronym"
    assert pairs[("HPS", "Hadi Prasetya Susanto")] == "acronym"
    assert pairs[("Kota Medan", "Medan")] == "contains"
    assert pairs[("Budi Susanto", "Hadi Prasetya Susanto")] == "last token"


def test_candidate_pairs_compare_places_and_bodies_across_types():
    """The second draw: region-kind and state words dropped, a body's name a run of another's, one
    word inserted, across GPE / LOC / ORG; a place's office and a one-word body head are left out."""
    entities = [
        _e("E1", "Kota Tarakan", ["Kota Tarakan"], typ="LOC"),
        _e("E2", "Tarakan", ["Tarakan"], arts=1, typ="GPE"),
        _e("E3", "Kerajaan Maroko", ["Kerajaan Maroko"], arts=1, typ="LOC"),
        _e("E4", "Maroko", ["Maroko"], typ="GPE"),
        _e("E5", "Kementerian Kelautan", ["Kementerian Kelautan"], typ="ORG"),
        _e("E6", "Kementerian Kelautan dan Perikanan", ["Kementerian Kelautan dan Perikanan"], arts=1, typ="ORG"),
        _e("E7", "Dinas Perikanan", ["Dinas Perikanan"], typ="ORG"),
        _e("E8", "Dinas Perikanan Sikka", ["Dinas Perikanan Sikka"], arts=1, typ="ORG"),
        _e("E9", "Polres", ["Polres"], typ="ORG"),
        _e("E10", "Polres Sikka", ["Polres Sikka"], arts=1, typ="ORG"),
        _e("E11", "Sikka", ["Sikka"], typ="GPE"),
        _e("E12", "Badan Riset Nasional", ["Badan Riset Nasional"], typ="ORG"),
        _e("E13", "Badan Riset Inovasi Nasional", ["Badan Riset Inovasi Nasional"], arts=1, typ="ORG"),
    ]
    pairs = ev.candidate_pairs(entities)
    assert pairs[("Kota Tarakan", "Tarakan")] == "kind word"
    assert pairs[("Kerajaan Maroko", "Maroko")] == "kind word"
    assert pairs[("Kementerian Kelautan", "Kementerian Kelautan dan Perikanan")] == "body run"
    assert pairs[("Badan Riset Inovasi Nasional", "Badan Riset Nasional")] == "inserted word"
    assert ("Dinas Perikanan", "Dinas Perikanan Sikka") not in pairs  # the place's office
    assert ("Polres", "Polres Sikka") not in pairs  # a body's head alone
    assert ("Polres Sikka", "Sikka") not in pairs  # a body and the place it serves


def test_registered_and_skips_cleanly_without_shared(tmp_path: Path, capsys):
    assert "aliases" in kinds()
    args = argparse.Namespace(gold=ev.GOLD, news=tmp_path / "absent", todo=False, wrong=False)
    assert ev.run(args) == 0
    assert "skipping detik-dev" in capsys.readouterr().out
    args = argparse.Namespace(gold=tmp_path / "no-gold", news=tmp_path, todo=False, wrong=False)
    assert ev.run(args) == 0


def test_a_question_mark_form_merged_into_a_labelled_entity_is_counted_and_listed():
    entities = [_e("E1", "Kota Bogor", ["Kota Bogor", "Bogor"], typ="GPE"), _e("E2", "Bogor", ["Bogor"], typ="GPE")]
    items = {"E1": {("Kota Bogor", "a1"), ("Bogor", "a2")}, "E2": {("Bogor", "a3")}}
    out: list[tuple[str, str, str]] = []
    c = ev.score("s", entities, [], FORMS, {}, show_wrong=False, items=items, unscored=out)
    # E1 holds a labelled form, so its "?" use is an unscored merge; E2 alone holds no labelled form
    assert c["unscored merged"] == 1
    assert out == [("E1", "Bogor", "a2")]
