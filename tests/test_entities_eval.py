"""``kliping eval entities``: type precision on invented labels, the lookup of a labelled entity in
a linked set, and a run on the real dev sets (skipped without ../shared)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kliping.eval import entities as ev
from kliping.eval import kinds
from kliping.eval.entities import Label
from kliping.model import Entity, Story

ROOT = Path(__file__).resolve().parents[1]


def _lab(name: str, given: str, gold: str, article: str = "a1") -> Label:
    return Label("s", article, name, given, gold)


def test_is_registered_as_an_eval_kind():
    assert "entities" in kinds()


def test_precision_per_type_counts_places_as_one_type_and_span_or_none_as_wrong():
    labels = [
        _lab("Rina Wulandari", "PERSON", "PERSON"),
        _lab("Tanjung Sari", "PERSON", "LOC"),  # a village typed as a person
        _lab("Kota Medan", "GPE", "LOC"),  # LOC / GPE: one place type
        _lab("Dinas Sosial Batu", "ORG", "ORG"),
        _lab("KPU Bantul Joko", "ORG", "span"),
        _lab("Program Sehat", "ORG", "none"),
    ]
    found = {("s", "a1", lab.name): lab.given for lab in labels}
    c = ev.score(labels, found)
    assert (c["PERSON"]["items"], c["PERSON"]["right"]) == (2, 1)
    assert (c["LOC/GPE"]["items"], c["LOC/GPE"]["right"]) == (1, 1)
    assert (c["ORG"]["items"], c["ORG"]["right"]) == (3, 1)
    text = ev.table(c)
    assert "all" in text and "0.500" in text


def test_a_dropped_span_or_none_item_is_fixed_and_a_dropped_real_entity_is_lost():
    labels = [_lab("Program Sehat", "ORG", "none"), _lab("Rina Wulandari", "PERSON", "PERSON"),
              _lab("Tanjung Sari", "PERSON", "LOC")]
    found = {("s", "a1", "Tanjung Sari"): "LOC"}  # retyped; the other two no longer found
    c = ev.score(labels, found)
    assert c["dropped"]["fixed"] == 1 and c["dropped"]["lost"] == 1
    assert (c["LOC/GPE"]["items"], c["LOC/GPE"]["right"]) == (1, 1)
    assert "1 span/none items (fixed), 1 real entities (lost)" in ev.table(c)


def test_an_item_is_found_by_its_entity_name_in_that_article_only():
    story = Story(articles=[], duplicate_of={}, events=[], storylines=[], entities=[
        Entity(id="E1", name="Rina Wulandari", type="PERSON", aliases=["Rina"], articles=["a1"]),
        Entity(id="E2", name="Tanjung Sari", type="LOC", aliases=["Tanjung Sari"], articles=["a2"]),
    ])
    index = ev.type_index(story)
    assert index[("a1", "Rina Wulandari")] == "PERSON"
    assert index[("a2", "Tanjung Sari")] == "LOC"
    assert ("a1", "Tanjung Sari") not in index


def test_a_label_name_ending_in_an_ellipsis_finds_the_longer_span_that_opens_with_its_words():
    story = Story(articles=[], duplicate_of={}, events=[], storylines=[], entities=[
        Entity(id="E1", name="Koperasi Maju Jaya Ketua Budi Santoso", type="ORG", aliases=[], articles=["a1"]),
        Entity(id="E2", name="Koperasi Maju", type="ORG", aliases=[], articles=["a2"]),
    ])
    index = ev.type_index(story)
    assert ev.lookup(index, "a1", "Koperasi Maju Jaya …") == "ORG"  # the glued span, still there
    assert ev.lookup(index, "a2", "Koperasi Maju Jaya …") is None  # cut back: no longer found (fixed)
    assert ev.lookup(index, "a1", "Koperasi Maju") is None  # a plain name matches only itself
    assert ev.lookup(index, "a2", "Koperasi Maju") == "ORG"


def test_the_label_files_have_the_right_columns_and_labels(tmp_path):
    for name in ("dev.tsv", "heldout.tsv"):
        labels = ev.load_labels(ROOT / "devsets" / "entities" / name)
        assert len(labels) == 350
        assert {lab.gold for lab in labels} <= {"PERSON", "ORG", "LOC", "GPE", "EVENT", "PRODUCT", "span", "none"}
        assert sum(lab.given == "PERSON" for lab in labels) == 150
    dev = {(lab.set, lab.name) for lab in ev.load_labels(ROOT / "devsets" / "entities" / "dev.tsv")}
    held = {(lab.set, lab.name) for lab in ev.load_labels(ROOT / "devsets" / "entities" / "heldout.tsv")}
    assert not dev & held


def test_a_missing_label_file_is_a_clean_skip(tmp_path, capsys):
    args = argparse.Namespace(labels=tmp_path / "none.tsv", news=tmp_path, wrong=False)
    assert ev.run(args) == 0
    assert "nothing to score" in capsys.readouterr().out


def test_scores_the_dev_labels_on_the_real_dev_sets(shared_dir, capsys):
    args = argparse.Namespace(labels=ROOT / "devsets" / "entities" / "dev.tsv", news=shared_dir / "news",
                              wrong=False)
    assert ev.run(args) == 0
    out = capsys.readouterr().out
    assert "dev.tsv: 350 labelled entities" in out
    assert "PERSON" in out and "LOC/GPE" in out and "dropped:" in out
