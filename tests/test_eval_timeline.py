"""``kliping eval timeline``: sentence labels, entry scores derived from them, skipping without data."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kliping.eval import timeline as et

LABELS = (
    "# comment\nset\titem\tvalue\tdate\thappening\tinformative\tnote\n"
    "s\ta:0\t2024-05-03\t1\terupsi\t1\teruption\n"
    "s\tb:2\t2024-05-03\t1\terupsi\t0\tquote tail of the same day\n"
    "s\tb:4\t2024-05-03\t1\tbendungan\t1\tthe dam, another happening\n"
    "s\tc:1\t2024-06\t0\ttarget\t1\ta target, not a happening\n"
    "s\tc:3\t2024-05-05\t1\tukur\t1\tmeasuring\n"
    "s\tc:3\t2024-05-06\t1\tukur\t1\trange end: the same happening\n"
    "s\td:1\t2024-05-07\t1\tgone\t1\tright, no longer placed\n"
    "other\ta:0\t2024-05-03\t0\tx\t0\tanother set's label\n"
)


def test_labels_are_read_and_a_repeated_key_is_reported(tmp_path: Path, capsys) -> None:
    path = tmp_path / "labels.tsv"
    path.write_text(LABELS + "s\ta:0\t2024-05-03\t0\tx\t0\tagain\n", encoding="utf-8")
    labels = et.load_labels(path)
    assert labels[("s", "a:0", "2024-05-03")] == et.Label(True, "erupsi", True, "eruption")
    assert labels[("s", "c:1", "2024-06")].date is False
    assert "labelled twice" in capsys.readouterr().out
    assert et.load_labels(tmp_path / "missing.tsv") == {}


def test_entry_scores_are_derived_from_sentence_labels(tmp_path: Path, capsys) -> None:
    path = tmp_path / "labels.tsv"
    path.write_text(LABELS, encoding="utf-8")
    labels = et.load_labels(path)
    entries = [
        et.Entry("2024-05-03", ["a:0", "b:2"], shown="a:0"),  # one happening, two sources: a right merge
        et.Entry("2024-05-03", ["b:4", "a:0x"], shown="b:4"),  # a sentence without a label
        et.Entry("2024-05-03", ["b:2x"], shown="b:2x"),  # ... and another: not scored as an entry
        et.Entry("2024-05-05", ["c:3"], shown="c:3"),
        et.Entry("2024-05-06", ["c:3"], shown="c:3"),  # the range's end: redundant at another date
        et.Entry("2024-06", ["c:1"], shown="c:1"),  # a wrong date
        et.Entry("2024-05-03", ["z:1"], shown="z:1"),  # an article outside the sample
    ]
    texts = {"a:0": "Gunung erupsi.", "a:0x": "Lain.", "b:2x": "Lain lagi."}
    sc = et.score("s", entries, texts, labels, show_unlabelled=True, show_wrong=True)
    out = capsys.readouterr().out
    assert sc.entries == 6 and sc.sentences == 8 and sc.unlabelled == 2
    assert "UNLABELLED\ts\ta:0x\t2024-05-03\tLain." in out
    assert (sc.labelled_entries, sc.right_entries) == (4, 3)
    assert (sc.labelled_sentences, sc.right_sentences) == (6, 5)
    assert (sc.merged, sc.wrong_merges) == (1, 0)
    assert (sc.redundant_same_date, sc.redundant_other_date) == (0, 1)
    assert sc.informative == 4  # a:0, c:3 twice, c:1; the entry showing b:2 would not be
    # d:1 is right but no longer placed: one right pair and one happening dropped, and said so
    assert (sc.right_in_labels, sc.right_dropped) == (6, 1)
    assert (sc.happenings, sc.happenings_kept) == (4, 3)
    assert "RIGHT DROPPED\ts\td:1\t2024-05-07" in out and "WRONG DATE\ts\t2024-06" in out


def test_a_merge_of_two_happenings_is_wrong_and_a_second_entry_of_one_is_redundant(tmp_path: Path) -> None:
    path = tmp_path / "labels.tsv"
    path.write_text(LABELS, encoding="utf-8")
    labels = et.load_labels(path)
    entries = [et.Entry("2024-05-03", ["a:0", "b:4"], shown="a:0"), et.Entry("2024-05-03", ["b:2"], shown="b:2")]
    sc = et.score("s", entries, {}, labels)
    assert (sc.merged, sc.wrong_merges) == (1, 1)
    assert (sc.redundant_same_date, sc.redundant_other_date) == (1, 0)  # b:2 is the eruption again
    row = sc.row("s")
    assert row[:5] == ["s", 2, 2, 2, 1.0] and row[6] == "1/1"


def test_an_entry_showing_a_quotes_opening_and_tail_is_informative_by_either(tmp_path: Path) -> None:
    path = tmp_path / "labels.tsv"
    path.write_text(LABELS, encoding="utf-8")
    labels = et.load_labels(path)
    texts = {"b:2": 'Kami sudah siap," kata Ani, Jumat (3/5/2024).',
             "a:0": '"Gunung itu meletus pagi tadi dan abunya sampai ke kota sebelah.'}
    text = '"Gunung itu meletus pagi tadi dan abunya sampai ke kota sebelah … ' + texts["b:2"]
    shown, also = et.shown_items(text, ["b:2", "a:0"], texts)
    assert (shown, also) == ("b:2", ("a:0",))
    assert et.shown_items(texts["b:2"], ["a:0", "b:2"], texts) == ("b:2", ())
    sc = et.score("s", [et.Entry("2024-05-03", ["b:2", "a:0"], shown, also)], texts, labels)
    assert sc.informative == 1  # the tail alone (b:2) is labelled 0, the opening shown with it 1
    sc = et.score("s", [et.Entry("2024-05-03", ["b:2", "a:0"], "b:2")], texts, labels)
    assert sc.informative == 0


def test_without_the_news_or_the_labels_it_skips_with_exit_0(tmp_path: Path, capsys, monkeypatch) -> None:
    args = argparse.Namespace(labels=et.LABELS, news=tmp_path / "absent", unlabelled=False, wrong=False)
    assert et.run(args) == 0
    assert "skipping kompas-oil-dev" in capsys.readouterr().out
    monkeypatch.setattr(et, "LABELS", tmp_path / "none.tsv")  # the default file absent (a given one: exit 2)
    args.labels = None
    assert et.run(args) == 0
    assert "no labels" in capsys.readouterr().out


KOMPAS = et.DEFAULT_NEWS / "kompas-oil-dev.jsonl"


@pytest.mark.slow
def test_kompas_timeline_against_its_labels() -> None:
    """Every entry of the kompas-oil-dev timeline is labelled; the scores of docs/dossier.md
    ("Measuring the timeline") hold. Skipped without ../shared."""
    if not KOMPAS.is_file():
        pytest.skip("../shared/data/news absent")
    entries, texts = et.dossier_entries([KOMPAS])
    sc = et.score("kompas-oil-dev", entries, texts, et.load_labels(et.LABELS))
    assert sc.unlabelled == 0
    assert sc.right_entries / sc.labelled_entries >= 0.83  # 0.683 before the rules
    assert sc.right_in_labels - sc.right_dropped >= 108  # of 109: one range end left out
    # one labelled happening is a period statistic the timeline leaves out (``harga rata-rata ... pada
    # Juni-Juli berkisar ...``: synth.timeline.documents_and_periods.period_statistics), labelled before that rule
    assert sc.happenings_kept >= sc.happenings - 1
    # 15: a scheduled meeting and the meeting that evening (a date with ``malam``) are two entries
    assert sc.redundant_same_date <= 15 and sc.wrong_merges <= 3


def test_bad_label_rows_name_file_and_line_and_an_absent_given_file_exits_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(LABELS + "s\te:1\t2024-05-08\tya\tbanjir\t1\tnot 0/1\n", encoding="utf-8")
    with pytest.raises(et.LabelError, match=r"bad.tsv:11: date is 'ya'"):
        et.load_labels(bad)
    short = tmp_path / "short.tsv"
    short.write_text(LABELS + "s\te:1\t2024-05-08\n", encoding="utf-8")
    with pytest.raises(et.LabelError, match=r"short.tsv:11: 3 columns"):
        et.load_labels(short)
    args = argparse.Namespace(labels=tmp_path / "absent.tsv", news=tmp_path, unlabelled=False, wrong=False)
    assert et.run(args) == 2
    args.labels = bad
    assert et.run(args) == 2 and "bad.tsv:11" in capsys.readouterr().err


def test_precision_shows_its_bounds_when_entries_are_unlabelled() -> None:
    sc = et.Scores(entries=10, labelled_entries=8, right_entries=6)
    assert sc.precision() == "0.750 [0.600-0.800]"
    assert et.Scores(entries=4, labelled_entries=4, right_entries=3).precision() == 0.75


@pytest.mark.parametrize("name", ["labels.tsv", "heldout.tsv", "heldout2.tsv", "heldout3.tsv", "heldout4.tsv", "dev6.tsv"])
def test_every_label_file_of_the_devset_reads_without_a_repeated_key(name: str, capsys) -> None:
    """The shipped label files are well formed (0/1 columns, enough cells) and give each
    (set, sentence, date) once, so ``--labels`` scores them as written."""
    labels = et.load_labels(et.LABELS.parent / name)
    assert labels
    assert "labelled twice" not in capsys.readouterr().out
