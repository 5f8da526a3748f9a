"""``kliping eval claims``: gold format, scoring rules, and the shared dev gold run."""

from __future__ import annotations

import argparse
from pathlib import Path

from kliping.eval import claims as ec

ROOT = Path(__file__).resolve().parents[1]


def test_gold_files_hold_offsets_and_labels_only():
    n = 0
    for name in ("claims-dev.tsv", "claims-dev2.tsv", "claims-heldout.tsv"):
        lines = (ROOT / "devsets" / "quotes" / name).read_text(encoding="utf-8").splitlines()
        assert lines[0].split("\t") == ["article_id", "start", "end", "status", "actor"]
        for line in lines[1:]:
            _aid, start, end, status, actor = line.split("\t")
            assert 0 < int(end) - int(start) <= 20  # a cue word, never a sentence
            assert status in ("allegation", "denial", "confirmation", "speculation")
            assert len(actor.split()) <= 5
            n += 1
    assert n >= 160


def test_dev2_split_reads_its_own_article_list():
    """``--split dev2`` scores the articles drawn for it (also those without claims), never the quote
    gold's ``dev2.tsv`` articles; ``all`` holds every part."""
    gold_dir = ROOT / "devsets" / "quotes"
    dev2 = ec.load_gold(gold_dir, "dev2")
    listed = ec.articles_for(gold_dir, "dev2")
    assert set(dev2) <= listed and len(listed) > len(dev2)  # some drawn articles hold no claim
    assert not listed & ec.articles_for(gold_dir, "dev")
    assert not listed & ec.articles_for(gold_dir, "heldout")
    every = ec.load_gold(gold_dir, "all")
    assert sum(map(len, every.values())) == sum(
        sum(map(len, ec.load_gold(gold_dir, s).values())) for s in ("dev", "dev2", "heldout"))
    assert ec.articles_for(gold_dir, "all") >= listed


def test_score_counts_cues_statuses_and_actors():
    gold = {"a": [ec.ClaimSpan("a", 10, 19, "denial", "Mark Milley"), ec.ClaimSpan("a", 50, 56, "allegation", None)]}
    preds = {"a": [ec.ClaimSpan("a", 10, 19, "denial", "Milley"), ec.ClaimSpan("a", 50, 56, "speculation", "X"),
                   ec.ClaimSpan("a", 80, 90, "confirmation", None)]}
    sc = ec.score(gold, preds)
    assert (sc.cue.tp, sc.cue.fp, sc.cue.fn) == (2, 1, 0)
    assert (sc.status_ok, sc.actor_ok, sc.matched) == (1, 1, 2)


def test_predict_maps_cues_to_raw_offsets():
    from kliping.model import Article

    raw = ("Harga beras naik di pasar induk pekan ini.\n\nMenteri  Dewi Sartika membantah kabar itu.\n\n"
           "Namun, Andi tidak membantah laporan tersebut.")
    got = ec.predict(Article(id="a", input="a", text=raw, published="2024-03-01"))
    assert [(raw[c.start:c.end], c.status) for c in got] == [("membantah", "denial"), ("tidak membantah", "confirmation")]


def test_run_skips_cleanly_without_news(tmp_path, capsys):
    args = argparse.Namespace(gold=str(ROOT / "devsets" / "quotes"), news=str(tmp_path / "none"), split="dev",
                              errors=False)
    assert ec.run(args) == 0
    assert "skipped" in capsys.readouterr().out


def test_dev_claims_gold_scores(shared_dir):
    """The claims dev gold aligns with the shared articles and kliping reads most of it right."""
    from kliping.eval.quotes import read_articles

    gold = ec.load_gold(ROOT / "devsets" / "quotes", "dev")
    arts = read_articles(shared_dir / "news", set(gold))
    assert set(arts) == set(gold)
    sc = ec.score(gold, {k: ec.predict(a) for k, a in arts.items()})
    assert sc.cue.f1 >= 0.9
    assert sc.status_accuracy >= 0.95
    assert sc.actor_accuracy >= 0.8
