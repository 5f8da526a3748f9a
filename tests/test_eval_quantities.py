"""``kliping eval quantities``: noun trimming, matching rules and the gold set on the shared corpus."""

from __future__ import annotations

import argparse
from pathlib import Path

from kliping.eval import quantities as EQ
from kliping.eval.quantities import Item, number_span, score

ROOT = Path(__file__).resolve().parents[1]


def item(start: int, end: int, value: float, unit: str | None = None, modifier: str = "exact",
         core: tuple[int, int] | None = None) -> Item:
    return Item("a", start, end, value, None, unit, modifier, core)


def test_number_span_cuts_counted_noun_and_rate() -> None:
    assert number_span("7.000 kontainer", "kontainer") == (0, 5)
    assert number_span("75 dollar AS per barel", "per barel") == (0, 12)
    assert number_span("Rp 16.300/US$", "per USD") == (0, 9)
    assert number_span("tiga buah kapal", "kapal") == (0, 4)
    assert number_span("sekitar 30 persen", None) == (0, 17)


def test_value_match_needs_overlap_equal_value_and_unit() -> None:
    gold = [item(0, 5, 7000), item(10, 16, 4.8, "%")]
    pred = [item(0, 15, 7000, core=(0, 5)), item(10, 16, 4.8, None, core=(10, 16))]
    s = score(gold, pred)
    assert (s.lenient.tp, s.strict.tp) == (2, 2)
    assert (s.value.tp, s.value.fp, s.value.fn) == (1, 1, 1)


def test_modifier_accuracy_on_matched_items_and_no_match_without_overlap() -> None:
    gold = [item(0, 10, 5, modifier="about"), item(20, 25, 3)]
    pred = [item(0, 10, 5, modifier="exact", core=(0, 10)), item(30, 35, 3, core=(30, 35))]
    s = score(gold, pred)
    assert s.modifier_n == 1 and s.modifier_accuracy == 0.0
    assert (s.lenient.tp, s.lenient.fp, s.lenient.fn) == (1, 1, 1)


def test_gold_files_hold_offsets_and_labels_only() -> None:
    articles, gold = EQ.read_gold(ROOT / "devsets" / "quantities")
    assert len(gold) >= 400 and {sp for _, sp in articles.values()} == {"dev", "heldout"}
    assert all(g.article in articles and g.start < g.end for g in gold)


def test_eval_runs_on_shared_gold(shared_dir: Path, capsys) -> None:
    args = argparse.Namespace(gold=None, news=str(shared_dir / "news"), split="dev", show=False)
    assert EQ.run(args) == 0
    out = capsys.readouterr().out
    row = next(line.split() for line in out.splitlines() if line.startswith("dev"))
    assert float(row[10]) >= 0.95 and float(row[11]) >= 0.92  # value F1, modifier accuracy


def test_eval_skips_without_news(tmp_path: Path, capsys) -> None:
    args = argparse.Namespace(gold=None, news=str(tmp_path / "none"), split=None, show=False)
    assert EQ.run(args) == 0
    assert "absent" in capsys.readouterr().out


def test_number_span_cuts_a_two_word_counted_noun_whole() -> None:
    text = "14,5 juta wajib pajak"
    assert text[slice(*number_span(text, "wajib pajak"))] == "14,5 juta"
    assert "120 kontainer"[slice(*number_span("120 kontainer", "kontainer"))] == "120"
