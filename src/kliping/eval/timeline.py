"""``kliping eval timeline``: are the dossier's timeline entries right, on real news?

A timeline entry claims that something happened at its date, and that every sentence it cites
reports that one happening. This scorer runs the real pipeline (``kliping analyze``) on labelled
sets and looks every *placed sentence* up in a label file written by reading them
(``devsets/timeline/labels.tsv``: ``set``, ``item`` = ``article:sentence``, ``value`` = the date
the sentence was placed at, ``date`` 1/0 = is it the date of the happening the sentence reports,
``happening`` = a short tag naming that happening (one tag per happening within a set),
``informative`` 1/0 = does the sentence alone tell a reader what happened, and a note in the
annotator's words). Labels are on (sentence, date) pairs, not on entries, so they survive a change
that merges or splits entries; the entry-level scores are derived:

- **date**: an entry is right when every labelled sentence it cites has ``date`` 1 (precision
  over the labelled entries); also counted per sentence.
- **merge**: an entry citing two or more labelled sentences is a wrong merge when their
  ``happening`` tags differ.
- **redundant**: entries beyond the first of one happening (same tag in two entries): a reader
  sees one happening twice. Split into *same date* (two entries with one value: a missed merge)
  and *other date* (a range's two ends, a month and its day, a relative date resolved wrongly).
- **informative**: the share of entries whose text (the cited sentence shown) is labelled 1; an
  entry showing a quote's opening before ``…`` and its closing sentence, or a sentence after the one
  before it that it points back at, is informative when either shown sentence is.
- **kept**: the right (sentence, date) pairs of the labels that a run still places, and the
  happenings with a right pair of which one is still placed; a change that drops right entries
  shows here instead of silently (a range's end date left out drops a pair, not a happening).

Entries are scored when one of their cited articles is labelled (the sample is the labelled
articles: every entry of kompas-oil-dev, the entries of a seeded random draw of detik-dev
storylines; devsets/timeline/README.md). Sentences of such entries without a label are counted
and listed with ``--unlabelled``, so a change that places new sentences shows what needs reading.
``../shared`` absent: skipped with a message, exit 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, REPO_ROOT, format_table

DESCRIPTION = "timeline entries: date of the happening, merges, redundancy, informative text, against labels"

LABELS = REPO_ROOT / "devsets" / "timeline" / "labels.tsv"
HELDOUT = REPO_ROOT / "devsets" / "timeline" / "heldout.tsv"  # ``--labels`` it: a second draw, not tuned on
SETS = ("kompas-oil-dev", "detik-dev")


@dataclass(frozen=True)
class Label:
    date: bool
    happening: str
    informative: bool
    note: str


@dataclass
class Entry:
    """A timeline entry as the scorer sees it: its date, its cited sentences, the shown one."""

    value: str
    items: list[str]  # article:sentence, in citation order
    shown: str  # the item whose sentence is the entry's text
    also_shown: tuple[str, ...] = ()  # a quote's opening shown (shortened) before ``…`` and ``shown``


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--labels", type=Path, default=None,
                        help="label TSV (default: devsets/timeline/labels.tsv; a given file that is absent: exit 2)")
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of the dev JSONL files")
    parser.add_argument("--unlabelled", action="store_true", help="print every placed sentence without a label")
    parser.add_argument("--wrong", action="store_true",
                        help="print wrong-date entries, wrong merges, redundant entries and right sentences dropped")


class LabelError(ValueError):
    """A malformed label file row: the message names ``file:line``."""


_COLUMNS = ("set", "item", "value", "date", "happening", "informative")


def load_labels(path: Path) -> dict[tuple[str, str, str], Label]:
    """``(set, article:sentence, value) -> Label``; a key given twice is reported, the first kept.
    A row with too few columns or a ``date``/``informative`` other than 0/1 raises
    :class:`LabelError` naming ``file:line``."""
    out: dict[tuple[str, str, str], Label] = {}
    if not path.is_file():
        return out
    header: list[str] | None = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").rstrip("\r").split("\t")
            if header is None:
                header = cells
                missing = [c for c in _COLUMNS if c not in header]
                if missing:
                    raise LabelError(f"{path}:{n}: header lacks {', '.join(missing)}")
                continue
            if len(cells) < len(_COLUMNS):
                raise LabelError(f"{path}:{n}: {len(cells)} columns, at least {len(_COLUMNS)} expected")
            row = dict(zip(header, cells, strict=False))
            for col in ("date", "informative"):
                if row.get(col, "").strip() not in ("0", "1"):
                    raise LabelError(f"{path}:{n}: {col} is {row.get(col, '')!r}, not 0 or 1")
            key = (row["set"], row["item"].strip(), row["value"].strip())
            if key in out:
                print(f"kliping eval timeline: {path}: {' '.join(key)} is labelled twice; the first label is kept")
                continue
            out[key] = Label(row["date"].strip() == "1", row["happening"].strip(),
                             row["informative"].strip() == "1", row.get("note", "") or "")
    return out


def dossier_entries(paths: list[Path]) -> tuple[list[Entry], dict[str, str]]:
    """The storyline timeline entries of ``kliping analyze`` on ``paths`` (no store, one worker),
    and ``article:sentence -> sentence text`` for the sentences they cite."""
    from kliping.pipeline import analyze

    dossier = analyze(paths, db=None, workers=1).dossier
    sents = {ev.id: ev.doc.sentences for ev in dossier.articles}
    entries, texts = [], {}
    for line in dossier.storylines:
        for t in line.timeline:
            items = [f"{c.article}:{c.sentence}" for c in t.citations]
            for c, item in zip(t.citations, items, strict=True):
                texts[item] = sents[c.article][c.sentence].text
            entries.append(Entry(t.value, items, *shown_items(t.text, items, texts)))
    return entries, texts


def shown_items(text: str, items: list[str], texts: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    """The cited item an entry's ``text`` shows, and the items it shows in part: a quote's opening
    (shortened) before ``…`` and its closing sentence (synth.timeline's quote-head entries), or the
    sentence before the shown one that it points back at (its antecedent entries); the first item when
    no cited sentence is the text."""
    exact = next((i for i in items if texts[i] == text), None)
    if exact is not None:
        return exact, ()
    # a sentence shown after the one before it that it points back at (synth.timeline's antecedent entries)
    pair = next(((i, j) for i in items for j in items if i != j and text == texts[j].strip() + " " + texts[i].strip()),
                None)
    if pair is not None:
        return pair[0], (pair[1],)
    tail = next((i for i in items if text.endswith(" … " + texts[i])), None)
    if tail is None:
        return items[0], ()
    head = text.partition(" … ")[0]
    return tail, tuple(i for i in items if i != tail and " ".join(texts[i].split()[:5]) in head)


@dataclass
class Scores:
    entries: int = 0  # entries in the sample
    sentences: int = 0  # (sentence, date) pairs they place
    unlabelled: int = 0
    labelled_entries: int = 0  # entries with every sentence labelled
    right_entries: int = 0
    right_sentences: int = 0
    labelled_sentences: int = 0
    merged: int = 0  # labelled entries citing 2+ sentences
    wrong_merges: int = 0
    redundant_same_date: int = 0
    redundant_other_date: int = 0
    informative: int = 0
    right_dropped: int = 0
    right_in_labels: int = 0
    happenings: int = 0  # happenings of the labels with a right (sentence, date)
    happenings_kept: int = 0  # ... of which some right (sentence, date) is still placed

    def precision(self) -> object:
        """Right / labelled entries; with unlabelled entries, also its bounds over all entries (every
        unlabelled entry wrong .. every one right), so an unlabelled change cannot pass unseen."""
        le = self.labelled_entries
        p = self.right_entries / le if le else 0.0
        if le == self.entries:
            return p
        lo = self.right_entries / self.entries
        hi = (self.right_entries + self.entries - le) / self.entries
        return f"{p:.3f} [{lo:.3f}-{hi:.3f}]"

    def row(self, name: str) -> list[object]:
        le = self.labelled_entries
        return [name, self.entries, le, self.right_entries, self.precision(),
                f"{self.right_sentences}/{self.labelled_sentences}", f"{self.wrong_merges}/{self.merged}",
                self.redundant_same_date, self.redundant_other_date, self.informative / le if le else 0.0,
                f"{self.right_in_labels - self.right_dropped}/{self.right_in_labels}",
                f"{self.happenings_kept}/{self.happenings}", self.unlabelled]


HEADER = ["set", "entries", "labelled", "right date", "precision", "sentences right", "wrong merges",
          "redundant same date", "other date", "informative", "right kept", "happenings kept", "unlabelled"]


def score(name: str, entries: list[Entry], texts: dict[str, str], labels: dict[tuple[str, str, str], Label],
          show_unlabelled: bool = False, show_wrong: bool = False) -> Scores:
    mine = {(item, value): lab for (s, item, value), lab in labels.items() if s == name}
    articles = {item.rpartition(":")[0] for item, _v in mine}
    sample = [e for e in entries if any(i.rpartition(":")[0] in articles for i in e.items)]
    sc = Scores(entries=len(sample))
    placed: set[tuple[str, str]] = set()
    tags_seen: Counter[str] = Counter()  # happening -> entries so far
    tag_values: dict[str, set[str]] = {}
    for e in sample:
        labs = []
        for item in e.items:
            placed.add((item, e.value))
            sc.sentences += 1
            lab = mine.get((item, e.value))
            if lab is None:
                sc.unlabelled += 1
                if show_unlabelled:
                    print(f"UNLABELLED\t{name}\t{item}\t{e.value}\t{texts.get(item, '')[:200]}")
            else:
                labs.append(lab)
                sc.labelled_sentences += 1
                sc.right_sentences += lab.date
        if len(labs) < len(e.items):
            continue
        sc.labelled_entries += 1
        right = all(lab.date for lab in labs)
        sc.right_entries += right
        shown = mine[(e.shown, e.value)]
        sc.informative += shown.informative or any(mine[(i, e.value)].informative for i in e.also_shown)
        tags = {lab.happening for lab in labs}
        if len(labs) > 1:
            sc.merged += 1
            if len(tags) > 1:
                sc.wrong_merges += 1
                if show_wrong:
                    _print_entry(name, e, texts, mine, "WRONG MERGE")
        if not right and show_wrong:
            _print_entry(name, e, texts, mine, "WRONG DATE")
        # redundancy: the entry's happening (its shown sentence's) already has an entry
        tag = shown.happening
        if tags_seen[tag]:
            if e.value in tag_values[tag]:
                sc.redundant_same_date += 1
            else:
                sc.redundant_other_date += 1
            if show_wrong:
                _print_entry(name, e, texts, mine, f"REDUNDANT ({tag})")
        tags_seen[tag] += 1
        tag_values.setdefault(tag, set()).add(e.value)
    kept: dict[str, bool] = {}
    for (item, value), lab in mine.items():
        if lab.date:
            sc.right_in_labels += 1
            kept[lab.happening] = kept.get(lab.happening, False) or (item, value) in placed
            if (item, value) not in placed:
                sc.right_dropped += 1
                if show_wrong:
                    print(f"RIGHT DROPPED\t{name}\t{item}\t{value}\t{lab.happening}\t{lab.note}")
    sc.happenings, sc.happenings_kept = len(kept), sum(kept.values())
    return sc


def _print_entry(name: str, e: Entry, texts: dict[str, str], mine: dict, tag: str) -> None:
    print(f"{tag}\t{name}\t{e.value}\t{' '.join(e.items)}")
    for item in e.items:
        lab = mine.get((item, e.value))
        mark = "?" if lab is None else f"date={int(lab.date)} {lab.happening} {lab.note}"
        print(f"    {item}  [{mark}]  {texts.get(item, '')[:160]}")


def run(args: argparse.Namespace) -> int:
    path = args.labels if args.labels is not None else LABELS
    if args.labels is not None and not path.is_file():
        print(f"kliping eval timeline: no label file {path}", file=sys.stderr)
        return 2
    try:
        labels = load_labels(path)
    except LabelError as e:
        print(f"kliping eval timeline: {e}", file=sys.stderr)
        return 2
    if not labels:
        print(f"kliping eval timeline: no labels at {path}; nothing to score")
        return 0
    rows: list[list[object]] = []
    unlabelled = 0
    for name in SETS:
        if not any(key[0] == name for key in labels):
            continue  # e.g. the held-out labels, of detik-dev only
        news = args.news / f"{name}.jsonl"
        if not news.is_file():
            print(f"kliping eval timeline: {news} is absent (../shared absent?); skipping {name}")
            continue
        entries, texts = dossier_entries([news])
        sc = score(name, entries, texts, labels, args.unlabelled, args.wrong)
        unlabelled += sc.entries - sc.labelled_entries
        rows.append(sc.row(name))
    if rows:
        print(format_table(HEADER, rows))
    if unlabelled:
        print(f"kliping eval timeline: {unlabelled} entries cite unlabelled sentences: precision is shown with "
              "its bounds (all of them wrong .. all right); list them with --unlabelled and label them")
    return 0
