"""``kliping eval findings``: label lookup, counting, and the bundled sample's findings all labelled right."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kliping.eval import findings as ef
from kliping.model import Finding, FindingItem


def _finding(kind: str, *items: tuple[str, int], about: str = "x") -> Finding:
    return Finding(kind=kind, about=about, items=[FindingItem(a, s, "teks") for a, s in items])


def test_a_finding_is_known_by_its_kind_and_evidence_in_any_order(tmp_path: Path) -> None:
    labels = tmp_path / "f.tsv"
    labels.write_text("# comment line\nset\tkind\tabout\titems\tcorrect\tnote\n"
                      "sample\tdiscrepancy\t\tb:2 a:1\t1\tsame shipments\n"
                      "sample\tupdate\t\ta:1 c:0\t0\ttwo different cases\n"
                      "sample\tupdate\tpolisi\td:3 a:1\t1\tpolice counted twice\n"
                      "sample\tupdate\twarga\td:3 a:1\t0\tcivilians of two places\n", encoding="utf-8")
    got = ef.load_labels(labels)
    assert got[("sample", "discrepancy", "a:1 b:2", "")] == (True, "same shipments")
    findings = [_finding("discrepancy", ("a", 1), ("b", 2)), _finding("update", ("c", 0), ("a", 1)),
                _finding("update", ("e", 3), ("a", 1)), _finding("agreement", ("a", 1), ("b", 2))]
    # two findings on the same sentences about different things are labelled by their about
    assert ef.lookup(got, "sample", "update", "a:1 d:3", "polisi") == (True, "police counted twice")
    assert ef.lookup(got, "sample", "update", "a:1 d:3", "warga")[0] is False
    assert ef.lookup(got, "sample", "update", "a:1 c:0", "anything") == (False, "two different cases")
    rows = {r[0]: r[1:] for r in ef.score("sample", findings, got, show_unlabelled=False, show_wrong=False)}
    # produced, labelled, right, wrong, unlabelled, precision; agreements are not scored
    assert rows["sample discrepancy"] == [1, 1, 1, 0, 0, 1.0]
    assert rows["sample update"] == [2, 1, 0, 1, 1, 0.0]


def test_the_sample_dossier_findings_are_all_labelled_right(capsys) -> None:
    """The sample's planted discrepancies (3 vs 4.8 million shells; 7,000 vs nearly 10,000
    containers), its update and its contested claims survive the comparison rules, and nothing
    the rules should drop (a movement size, a breakdown, a scenario) appears unlabelled."""
    args = argparse.Namespace(labels=ef.LABELS, news=Path("/nonexistent"), unlabelled=True, wrong=True)
    assert ef.run(args) == 0
    out = capsys.readouterr().out
    flagged = [line for line in out.splitlines() if line.startswith(("UNLABELLED", "WRONG"))]
    assert not [line for line in flagged if "\tsample\t" in line]
    sample = [line.split() for line in out.splitlines() if line.startswith("sample ")]
    assert [r[:7] for r in sample] == [["sample", "discrepancy", "4", "4", "4", "0", "0"],
                                      ["sample", "update", "1", "1", "1", "0", "0"]]


def test_a_recall_label_is_found_when_a_finding_cites_both_of_its_sides(tmp_path: Path) -> None:
    """Either side may be any of its citations (reports repeating one value); other sentences in
    the finding do not matter, the kind must agree, and unmatched labels are counted as missed."""
    path = tmp_path / "r.tsv"
    path.write_text("# comment\nset\tkind\tside_a\tside_b\tnote\n"
                    "sample\tupdate\ta:1\tb:2 c:3\ttally grows\n"
                    "sample\tdiscrepancy\ta:1\td:4\ttwo outlets disagree\n"
                    "sample\tupdate\te:0\tf:0\tnever found\n", encoding="utf-8")
    labels = ef.load_recall(path)
    assert len(labels) == 3
    findings = [_finding("update", ("a", 1), ("x", 9), ("c", 3)), _finding("update", ("a", 1), ("d", 4))]
    assert ef.matches(labels[0], findings[0])
    assert not ef.matches(labels[1], findings[1])  # an update is not the labelled discrepancy
    rows = {r[0]: r[1:] for r in ef.score_recall("sample", findings, labels, show_missed=False)}
    assert rows["sample update"] == [2, 1, 0.5]
    assert rows["sample discrepancy"] == [1, 0, 0.0]
    assert ef.score_recall("other", findings, labels, show_missed=False) == []


def _recall_file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "r.tsv"
    path.write_text("set\tkind\tside_a\tside_b\tnote\tabout\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_bad_recall_row_is_an_error_naming_its_line(tmp_path: Path) -> None:
    """An empty side, an unknown kind or set, a short row, a bad citation and sides that share a citation
    are annotation errors, not rows silently dropped or tracebacks."""
    bad = ["s\tupdate\t\tb:2\tempty side\t", "s\tupdte\ta:1\tb:2\ttypo\t", "x\tupdate\ta:1\tb:2\tno such set\t",
           "s\tupdate\ta:1", "s\tupdate\ta:x\tb:2\tbad citation\t", "s\tupdate\ta:1 c:3\tb:2 c:3\toverlap\t"]
    for row in bad:
        with pytest.raises(ef.LabelError, match=r"r\.tsv:2: "):
            ef.load_recall(_recall_file(tmp_path, row.replace("s\t", "sample\t", 1)))


def test_a_discrepancy_with_its_sides_swapped_is_a_duplicate(tmp_path: Path) -> None:
    path = _recall_file(tmp_path, "sample\tdiscrepancy\ta:1\tb:2\tone\t", "sample\tdiscrepancy\tb:2\ta:1\ttwo\t")
    with pytest.raises(ef.LabelError, match="labelled twice"):
        ef.load_recall(path)
    # an update's sides keep their order (earlier, later): the reverse is another label
    path = _recall_file(tmp_path, "sample\tupdate\ta:1\tb:2\tone\t", "sample\tupdate\tb:2\ta:1\ttwo\t")
    assert len(ef.load_recall(path)) == 2


def test_a_recall_label_with_an_about_matches_only_findings_about_it(tmp_path: Path) -> None:
    [lab] = ef.load_recall(_recall_file(tmp_path, "sample\tupdate\ta:1\tb:2\tvehicles\tkendaraan"))
    assert ef.matches(lab, _finding("update", ("a", 1), ("b", 2), about="kendaraan"))
    assert not ef.matches(lab, _finding("update", ("a", 1), ("b", 2), about="stasiun"))
    [lab] = ef.load_recall(_recall_file(tmp_path, "sample\tupdate\ta:1\tb:2\tvehicles\tunit|kendaraan"))
    assert ef.matches(lab, _finding("update", ("a", 1), ("b", 2), about="unit"))


def test_a_missing_label_file_named_on_the_command_line_fails_with_exit_2(tmp_path: Path, capsys) -> None:
    args = argparse.Namespace(labels=None, news=Path("/nonexistent"), unlabelled=False, wrong=False,
                              recall_labels=tmp_path / "nope.tsv", missed=False)
    assert ef.run(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.tsv: no such file" in err[0]
    bad = _recall_file(tmp_path, "sample\tupdate\ta:1")
    args.recall_labels = bad
    assert ef.run(args) == 2
    assert "r.tsv:2:" in capsys.readouterr().err
