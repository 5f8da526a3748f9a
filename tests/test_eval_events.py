"""BCubed and pairwise scores of ``kliping eval events`` on hand-computed cases; the CLI on dev sets."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kliping.eval import events as ev


def test_bcubed_perfect_and_all_in_one() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert ev.bcubed(gold, gold) == (1.0, 1.0, 1.0)
    p, r, f = ev.bcubed({"a": "1", "b": "1", "c": "1"}, gold)
    # a, b: 2 of 3 right; c: 1 of 3 -> P = (2/3 + 2/3 + 1/3) / 3
    assert p == pytest.approx(5 / 9) and r == 1.0
    assert f == pytest.approx(2 * p / (p + 1))


def test_pairwise_counts_pairs() -> None:
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    prf = ev.pairwise({"a": "1", "b": "1", "c": "2", "d": "2"}, gold)
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 2)


def test_missing_predictions_count_as_singletons() -> None:
    p, r, _f = ev.bcubed({}, {"a": "x", "b": "x"})
    assert p == 1.0 and r == 0.5


def test_gold_files_cover_every_dev_article(shared_dir: Path) -> None:
    import json

    for name in ("detik-dev", "kompas-oil-dev"):
        with open(shared_dir / "news" / f"{name}.jsonl", encoding="utf-8") as fh:
            ids = [json.loads(line)["id"] for line in fh]
        gold_ev, gold_sl = ev.load_gold(ev.DEVSETS / f"{name}.tsv")
        assert sorted(gold_ev) == sorted(ids) and set(gold_sl) == set(gold_ev)
        events_of_sl: dict[str, set[str]] = {}
        for a, e in gold_ev.items():
            events_of_sl.setdefault(e, set()).add(gold_sl[a])
        assert all(len(s) == 1 for s in events_of_sl.values())  # an event lies in one storyline


def test_run_skips_absent_corpora_with_a_message(tmp_path: Path, capsys) -> None:
    args = argparse.Namespace(detik=tmp_path / "no.jsonl", kompas=tmp_path / "none.jsonl", gold=None,
                              articles=None, duplicates=None, errors=False, embed=False)
    assert ev.run(args) == 0
    out = capsys.readouterr().out
    assert "is absent; skipping detik-dev" in out and "skipping kompas-oil-dev" in out


def test_explain_lists_split_gold_events_with_titles_and_similarities() -> None:
    import datetime as dt
    from types import SimpleNamespace

    from kliping.link.stream import Features, StreamLinker

    day = dt.date(2024, 3, 1)
    flood = "banjir bandang sungai meluap rumah warga terendam evakuasi pengungsi garut"
    arts = [("a", flood, "Banjir bandang di Garut"), ("b", "pajak penghasilan tarif lapor spt coretax djp", "Batas lapor SPT"),
            ("c", "bupati tinjau dapur umum bantuan logistik relawan", "Bupati tinjau dapur umum")]
    linker = StreamLinker(trace=True)
    for aid, words, _title in arts:
        linker.add(Features(id=aid, date=day, terms={w: 1 for w in words.split()}))
    evidence = [SimpleNamespace(id=aid, doc=SimpleNamespace(title=title)) for aid, _w, title in arts]
    res = linker.result()
    pred = {a: f"e{g}" for a, g in res.event_of.items()}
    gold = {"a": "banjir", "b": "pajak", "c": "banjir"}  # c is another angle on the flood
    assert pred["a"] != pred["c"]
    lines = ev.explain("toy", evidence, linker, pred, gold, {a: "s" for a in gold})
    text = "\n".join(lines)
    assert "split gold banjir (2 articles" in text and "pajak" not in text.split("-- split")[1].split("\n")[0]
    c_line = next(line for line in lines if " c [banjir]" in line)
    assert "new" in c_line and "mates e" in c_line and "Bupati tinjau dapur umum" in c_line
