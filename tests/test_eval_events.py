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


def test_per_field_runs_link_each_subject_alone_and_score_against_the_gold_within_it(tmp_path: Path) -> None:
    """``--by topic``: each topic's articles are one run; a story filed under two topics (the same
    text twice, as keyword-collected corpora do) is scored once within each topic's run."""
    import json

    flood = ("Banjir merendam ratusan rumah warga di Kecamatan Tambun, Bekasi, pada Senin (3/3/2025). "
             "Ketinggian air mencapai satu meter setelah hujan deras semalaman. Badan Penanggulangan "
             "Bencana Daerah Bekasi mengevakuasi 250 warga ke balai desa. Kepala BPBD Bekasi Dodi "
             "Supriadi mengatakan pompa air dikerahkan ke permukiman yang paling parah.")
    flood2 = ("BPBD Bekasi mengevakuasi 250 warga Tambun yang rumahnya terendam banjir setinggi satu meter "
              "pada Senin (3/3/2025). Dodi Supriadi, kepala BPBD Bekasi, menyebut pompa air dan perahu "
              "karet dikerahkan sejak pagi. Hujan deras semalaman membuat tanggul kali jebol.")
    tax = ("Direktorat Jenderal Pajak memperpanjang batas pelaporan SPT tahunan hingga akhir April 2025. "
           "Perpanjangan diberikan karena sistem pelaporan daring sempat terganggu selama tiga hari. "
           "Wajib pajak yang terlambat karena gangguan itu tidak dikenai denda, kata juru bicara DJP.")
    rows = [("a1", "banjir", "Banjir Rendam Ratusan Rumah di Tambun", flood),
            ("a2", "banjir", "BPBD Evakuasi 250 Warga Korban Banjir Tambun", flood2),
            ("a3", "pajak", "Batas Lapor SPT Diperpanjang", tax),
            ("a4", "pajak", "Banjir Rendam Ratusan Rumah di Tambun", flood)]
    articles = tmp_path / "arts.jsonl"
    with open(articles, "w", encoding="utf-8") as fh:
        for i, topic, title, text in rows:
            fh.write(json.dumps({"id": i, "topic": topic, "title": title, "text": text,
                                 "published": "2025-03-03", "source": "contoh.id"}) + "\n")
    gold = tmp_path / "gold.tsv"
    gold.write_text("article_id\tevent\tstoryline\na1\tbanjir\tbanjir\na2\tbanjir\tbanjir\n"
                    "a3\tspt\tspt\na4\tbanjir\tbanjir\n", encoding="utf-8")
    assert ev.field_values(articles, "topic") == {"a1": "banjir", "a2": "banjir", "a3": "pajak", "a4": "pajak"}

    evidence = ev.load_evidence(articles)
    whole, _sl, dups = ev.predict(evidence)
    assert dups.get("a4") == "a1" and whole["a4"] == whole["a1"]  # one run: the copy joins its original
    by_topic, _sl = ev.predict_by(evidence, ev.field_values(articles, "topic"))
    assert by_topic["a1"] == by_topic["a2"] and by_topic["a1"].startswith("banjir")
    assert by_topic["a4"] != by_topic["a1"] and by_topic["a4"].startswith("pajak")  # runs share no cluster

    table = ev.evaluate("contoh", articles, gold, None, errors=False, by="topic")
    per_topic = [r for r in table if str(r[0]).startswith("contoh per topic (2 runs) events")]
    assert per_topic and per_topic[0][3] == 1.0  # within each run the linker is right
    assert per_topic[0][7] == 3  # gold events restricted to the runs: banjir|banjir, pajak|banjir, pajak|spt


def test_auc_is_the_share_of_positive_negative_pairs_ranked_right_with_ties_half() -> None:
    assert ev.auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) == 0.75
    assert ev.auc([0.2, 0.2], [1, 0]) == 0.5
    assert ev.auc([0.3, 0.9], [1, 1]) == 0.5  # one class only: no ranking to judge


def test_pair_signals_rank_two_reports_of_one_flood_above_a_flood_and_a_tax_story(tmp_path: Path) -> None:
    """``--pairs``: every pair within the window gets its signals and its gold label; two reports
    of one flood share body, headline and rare terms that a tax story does not."""
    import json

    rows = [("b1", "2025-03-03", "Banjir Rendam Ratusan Rumah di Tambun",
             "Banjir merendam ratusan rumah warga di Kecamatan Tambun, Bekasi, pada Senin (3/3/2025). "
             "Ketinggian air mencapai satu meter setelah hujan deras semalaman. BPBD Bekasi mengungsikan "
             "250 warga ke balai desa dan mengerahkan pompa air ke permukiman."),
            ("b2", "2025-03-04", "Banjir Tambun Surut, Warga Kembali ke Rumah",
             "Genangan banjir di Kecamatan Tambun, Bekasi, mulai surut pada Selasa (4/3/2025). Sebagian "
             "dari 250 warga yang mengungsi di balai desa pulang untuk membersihkan rumah, kata BPBD Bekasi."),
            ("t1", "2025-03-04", "Batas Lapor SPT Diperpanjang",
             "Direktorat Jenderal Pajak memperpanjang batas pelaporan SPT tahunan hingga akhir April 2025 "
             "karena sistem pelaporan daring sempat terganggu selama tiga hari.")]
    articles = tmp_path / "arts.jsonl"
    with open(articles, "w", encoding="utf-8") as fh:
        for i, day, title, text in rows:
            fh.write(json.dumps({"id": i, "title": title, "text": text, "published": day,
                                 "source": "contoh.id"}) + "\n")
    evidence = ev.load_evidence(articles)
    signals, labels = ev.pair_signals(evidence, {"b1": "banjir", "b2": "banjir", "t1": "spt"})
    assert len(signals) == 3 and sorted(labels) == [0, 0, 1]
    same = signals[labels.index(1)]
    others = [s for s, y in zip(signals, labels, strict=True) if not y]
    for j, name in enumerate(ev.PAIR_SIGNALS[:5]):
        assert all(same[j] >= o[j] for o in others), name
    assert same[0] > max(o[0] for o in others)  # the body cosine separates them outright
    assert same[5] == -1.0  # one day apart
    lines = ev.pair_report("contoh", evidence, {"b1": "banjir", "b2": "banjir", "t1": "spt"})
    assert lines[0].startswith("contoh pairs at most") and any("body" in line and "1.000" in line for line in lines)
    with_enc, labels2 = ev.pair_signals(evidence, {"b1": "banjir", "b2": "banjir", "t1": "spt"}, embed=True)
    assert labels2 == labels and all(len(r) == len(ev.PAIR_SIGNALS) + 1 for r in with_enc)
    assert with_enc[labels.index(1)][-1] > max(r[-1] for r, y in zip(with_enc, labels, strict=True) if not y)
