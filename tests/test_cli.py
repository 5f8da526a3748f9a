"""End-to-end behaviour of ``kliping analyze`` on the bundled sample and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kliping.cli.main import main, sample_dir
from kliping.render import validate


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory) -> tuple[int, Path, dict]:
    out = tmp_path_factory.mktemp("out")
    code = main(["analyze", "--out", str(out), "--quiet"])
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    return code, out, data


def test_sample_run_writes_three_valid_outputs(sample_run):
    code, out, data = sample_run
    assert code == 0
    for name in ("dossier.json", "dossier.md", "dossier.html"):
        assert (out / name).stat().st_size > 1000, name
    validate(data)
    assert data["schema"] == "kliping.dossier/1"


def test_sample_has_two_events_in_one_storyline(sample_run):
    _, _, data = sample_run
    assert len(data["stories"]) >= 2
    assert any(len(sl["stories"]) >= 2 for sl in data["storylines"])


def test_sample_finds_every_planted_finding_kind(sample_run):
    _, _, data = sample_run
    kinds = {f["kind"] for sl in data["storylines"] for f in sl["findings"]}
    assert {"agreement", "discrepancy", "update", "name_variant"} <= kinds


def test_sample_marks_the_syndicated_copy_as_duplicate(sample_run):
    _, _, data = sample_run
    assert sum(1 for a in data["articles"] if a["duplicate_of"]) >= 1


def test_sample_resolves_kim_spellings_but_keeps_other_kims_apart(sample_run):
    _, _, data = sample_run
    people = [e for e in data["entities"] if e["type"] == "PERSON"]
    kim = [e for e in people if {"Kim Jong-un", "Kim Jong Un"} & set(e["aliases"])]
    assert len(kim) == 1, [e["aliases"] for e in kim]
    assert {"Kim Jong-un", "Kim Jong Un"} <= set(kim[0]["aliases"])
    assert not any("Myong" in a for a in kim[0]["aliases"])


def test_every_summary_sentence_is_cited_and_verbatim(sample_run):
    _, _, data = sample_run
    sentences = {a["id"]: a["sentences"] for a in data["articles"]}
    summaries = [s for st in data["stories"] for s in st["summary"]]
    summaries += [s for sl in data["storylines"] for s in sl["summary"]]
    assert summaries
    for item in summaries:
        assert item["citations"]
        assert any(sentences[c["article"]][c["sentence"]] == item["text"] for c in item["citations"])
        first = item["citations"][0]
        assert sentences[first["article"]][first["sentence"]] == item["text"], "the shown sentence is cited first"


def test_every_timeline_entry_shows_its_first_cited_sentence(sample_run):
    _, _, data = sample_run
    sentences = {a["id"]: a["sentences"] for a in data["articles"]}
    entries = [t for sl in data["storylines"] for t in sl["timeline"]]
    assert entries
    for t in entries:
        first = t["citations"][0]
        assert sentences[first["article"]][first["sentence"]] == t["text"]


def test_rerun_reuses_the_store_and_stores_each_article_once(tmp_path):
    from kliping.store import Store

    out = tmp_path / "out"
    assert main(["analyze", "--out", str(out), "--quiet"]) == 0
    with Store(out / "kliping.db") as store:
        first = store.count()
    assert main(["analyze", "--out", str(out), "--quiet"]) == 0
    with Store(out / "kliping.db") as store:
        assert store.count() == first
    assert first >= 8


def test_bad_inputs_are_reported_in_one_line_each_and_the_rest_analysed(tmp_path, capsys):
    good = sample_dir()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (bad / "lines.jsonl").write_text('{"id": "x1", "text": "Ini artikel pendek."}\nnot json\n{"id": "x2"}\n')
    code = main(["analyze", str(good), str(bad), "--out", str(tmp_path / "out"), "--no-db", "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert any("empty.txt" in line for line in err)
    assert any("binary.txt" in line for line in err)
    assert any("lines.jsonl" in line and "JSON" in line for line in err)
    assert any("lines.jsonl" in line and "text" in line for line in err)
    data = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) >= 9


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "--workers", "many"])
    assert exc.value.code == 2


def test_no_command_exits_2():
    assert main([]) == 2


def test_nothing_readable_exits_1(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    assert main(["analyze", str(tmp_path), "--out", str(tmp_path / "o"), "--no-db", "--quiet"]) == 1
    assert "empty.txt" in capsys.readouterr().err


def test_tag_writes_one_bio_tag_per_input_token(tmp_path):
    conll = tmp_path / "in.txt"
    conll.write_text("Presiden\tO\nJoko\tO\nWidodo\tO\ntiba\tO\ndi\tO\nSurabaya\tO\n.\tO\n\nIa\tO\npulang\tO\n.\tO\n")
    out = tmp_path / "out.txt"
    assert main(["tag", str(conll), str(out)]) == 0
    rows = [line.split("\t") for line in out.read_text().splitlines() if line]
    assert [r[0] for r in rows] == ["Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", ".", "Ia", "pulang", "."]
    tags = [r[1] for r in rows]
    assert tags[1:3] == ["B-PER", "I-PER"]
    assert tags[5] == "B-GPE"


def test_eval_ner_scores_a_perfect_prediction_as_one(tmp_path, capsys):
    gold = tmp_path / "gold.txt"
    gold.write_text("Menteri\tO\nSri\tB-PER\nMulyani\tI-PER\nke\tO\nBandung\tB-LOC\n.\tO\n")
    pred = tmp_path / "pred.txt"
    pred.write_text("Menteri\tO\nSri\tB-PER\nMulyani\tI-PER\nke\tO\nBandung\tB-GPE\n.\tO\n")
    assert main(["eval", "ner", str(gold), "--pred", str(pred)]) == 0
    out = capsys.readouterr().out
    assert "all" in out and "1.000" in out


def test_tag_convention_selects_the_model_and_rejects_unknown_names(tmp_path):
    conll = tmp_path / "in.txt"
    conll.write_text("Warga\tO\nJakarta\tO\nmenyambut\tO\nPresiden\tO\nPrabowo\tO\nSubianto\tO\n.\tO\n")
    out = tmp_path / "out.txt"
    assert main(["tag", str(conll), str(out), "--convention", "news"]) == 0
    tags = [line.split("\t")[1] for line in out.read_text().splitlines() if line]
    assert tags[4:6] == ["B-PER", "I-PER"]
    with pytest.raises(SystemExit) as exc:
        main(["tag", str(conll), str(out), "--convention", "klingon"])
    assert exc.value.code == 2


def test_sample_shells_disagree_and_containers_are_updated_then_disputed(sample_run):
    """The planted figures under the update/discrepancy rule of docs/dossier.md."""
    _, _, data = sample_run
    found = {(f["kind"], f["about"]): [i["article"] for i in f["items"]]
             for sl in data["storylines"] for f in sl["findings"]}
    # 3 million (18 Oct) vs 4.8 million shells (20 Oct), two outlets within the same days
    assert found[("discrepancy", "peluru")] == ["suaradunia-2023-10-18-tujuh-ribu-kontainer",
                                                "beritapagi-2023-10-20-hampir-10000"]
    assert ("update", "peluru") not in found
    # more than 1,000 (14 Oct) -> about 7,000 (18 Oct) is an update; 7,000 vs nearly 10,000 a discrepancy
    assert found[("update", "kontainer")][-1] == "suaradunia-2023-10-18-tujuh-ribu-kontainer"
    assert found[("update", "kontainer")][0].endswith("2023-10-14-kontainer")
    assert found[("discrepancy", "kontainer")] == ["suaradunia-2023-10-18-tujuh-ribu-kontainer",
                                                   "beritapagi-2023-10-20-hampir-10000"]


def test_sample_report_keeps_one_colour_per_outlet_from_chart_to_chart(sample_run):
    # the legend says "Satu warna per media": an outlet drawn in several figure charts has one colour in all
    import re

    _, out, _ = sample_run
    html = (out / "dossier.html").read_text(encoding="utf-8")
    legend = re.findall(r'<rect x="[^"]+" y="[^"]+" width="10" height="10" fill="([^"]+)"/><text [^>]*>([^<]+)</text>', html)
    colours: dict[str, set[str]] = {}
    for fill, name in legend:
        colours.setdefault(name, set()).add(fill)
    drawn_twice = [n for n in colours if sum(1 for _f, m in legend if m == n) >= 2]
    assert drawn_twice, legend  # the sample's outlets appear in more than one chart
    assert all(len(colours[n]) == 1 for n in colours), colours
