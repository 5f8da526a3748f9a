"""The second held-out batch (``devsets/quotes/heldout2.tsv``) is a split of ``kliping eval quotes``.

Only that the split is read and aligns with the shared articles is tested here; its score is not
asserted (the batch is scored once, see the gold README).
"""

from __future__ import annotations

import argparse

import kliping.eval.quotes as eq
from tests.conftest import ROOT

GOLD = ROOT / "devsets" / "quotes"


def test_heldout2_is_a_split_of_its_own_and_part_of_all():
    gold = eq.load_gold(GOLD, "heldout2")
    assert len(gold) >= 15 and sum(len(v) for v in gold.values()) >= 80
    assert all(s.direct for v in gold.values() for s in v)  # direct quotes only
    others = set().union(*(eq.load_gold(GOLD, p) for p in eq.SPLITS if p not in ("heldout2", "all")))
    assert not set(gold) & others  # unseen articles
    assert set(gold) <= set(eq.load_gold(GOLD, "all"))


def test_heldout2_gold_holds_offsets_and_labels_only():
    lines = (GOLD / "heldout2.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["article_id", "start", "end", "direct", "speaker"]
    for line in lines[1:]:
        _aid, start, end, direct, speaker = line.split("\t")
        assert int(start) < int(end) and direct == "1"
        assert len(speaker.split()) <= 5


def test_heldout2_split_is_read_from_the_shared_articles(shared_dir):
    gold = eq.load_gold(GOLD, "heldout2")
    arts = eq.read_articles(shared_dir / "news", set(gold))
    assert set(arts) == set(gold)
    for aid, spans in gold.items():
        raw = arts[aid].text
        for s in spans:  # every gold span sits between quote marks
            assert raw[s.start - 1] in eq._QUOTE_MARKS and raw[s.end] in eq._QUOTE_MARKS


def test_cli_accepts_heldout2():
    parser = argparse.ArgumentParser()
    eq.add_arguments(parser)
    assert parser.parse_args(["--split", "heldout2"]).split == "heldout2"
