"""``kliping eval findings``: how many of the dossier's figure findings are right, on real news.

A ``discrepancy`` or ``update`` claims that several sentences give values of *one* fact; when
they are values of different things (two surveys' respondents, WTI and Brent prices, two
corruption cases' losses) the finding misleads the reader it was written for. This scorer runs
the real pipeline (``kliping analyze``) on labelled sets and looks every produced finding up in a
label file written by reading the findings (``devsets/findings/findings.tsv``: ``set``, ``kind``,
``about`` (usually empty; see :func:`load_labels`), ``items`` = the finding's ``article:sentence``
evidence, space-separated, ``correct`` 1/0, and a short reason in the annotator's words). It prints, per set and kind, the findings produced, how
many are labelled, right and wrong, and the precision over the labelled ones; findings without a
label are counted (and listed with ``--unlabelled``), so a change that produces new findings shows
what still needs reading.

Recall is scored against ``devsets/findings/recall.tsv``, written before any rule was changed by
reading a seeded draw of detik-dev storylines and all of kompas-oil-dev (``set``, ``kind``,
``side_a``, ``side_b``, ``note``): every discrepancy and update a careful reader would want flagged.
Each side lists the ``article:sentence`` citations that state one value (any of them may stand for
it: three reports repeating "about 40,000" are one side). A produced finding *matches* a recall
label when it has the label's kind, the same set, and its evidence cites at least one sentence of
``side_a`` and at least one of ``side_b``; other sentences in the finding do not matter (a longer
update series containing both stages matches). Recall per set and kind = labels matched / labels.
Recall covers only the drawn storylines, so findings elsewhere do not count for or against it. A label
may give ``about`` (optional column; ``|`` between nouns the extractor may file one figure under): a
finding then matches only when it is about that figure (the same sentences can be sides of two labels
about different things). The rows are validated when read (known
set and kind, two non-empty sides that share no citation, ``article:sentence`` citations; a
discrepancy's sides are unordered, so its sides are stored in one canonical order): a bad row, a label
given twice or a missing file named on the command line stops the command with a one-line error and
exit status 2. The recall of the shipped rules is measured on the labels that suggested them (a
training-set number; docs/dossier.md, "Recall").

Sets: ``sample`` (the bundled fictional corpus; always there) and ``detik-dev`` /
``kompas-oil-dev`` from ``../shared/data/news`` (skipped with a message when absent).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, REPO_ROOT, format_table

DESCRIPTION = "precision and recall of the dossier's discrepancy and update findings against labelled findings"

LABELS = REPO_ROOT / "devsets" / "findings" / "findings.tsv"
RECALL = REPO_ROOT / "devsets" / "findings" / "recall.tsv"
KINDS = ("discrepancy", "update")
SETS = ("sample", "detik-dev", "kompas-oil-dev")


class LabelError(ValueError):
    """A label file that cannot be scored: a bad row, a label given twice or a missing file."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--labels", type=Path, default=None, help="label TSV (default: devsets/findings)")
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of the dev JSONL files")
    parser.add_argument("--unlabelled", action="store_true", help="print every finding without a label")
    parser.add_argument("--wrong", action="store_true", help="print every finding labelled wrong")
    parser.add_argument("--recall-labels", type=Path, default=None, help="recall TSV (default: devsets/findings)")
    parser.add_argument("--missed", action="store_true", help="print every recall label no finding matches")


def finding_key(kind: str, items: Iterable[tuple[str, int]]) -> tuple[str, str]:
    """A finding's identity for labels: its kind and its evidence sentences (order-free)."""
    return kind, " ".join(sorted(f"{a}:{s}" for a, s in set(items)))


def _rows(path: Path, need: tuple[str, ...], required: bool) -> Iterable[tuple[int, dict[str, str]]]:
    """``(line number, row)`` of a label TSV (``#`` lines skipped), each with the ``need`` columns
    filled. A missing file gives no rows unless ``required`` (a path named on the command line)."""
    if not path.is_file():
        if required:
            raise LabelError(f"{path}: no such file")
        return
    with open(path, encoding="utf-8") as f:
        lines = [(no, line) for no, line in enumerate(f, 1) if not line.startswith("#") and line.strip()]
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    missing = [c for c in need if c not in header]
    if missing:
        raise LabelError(f"{path}:{lines[0][0]}: header lacks {', '.join(missing)}")
    for no, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        row = dict(zip(header, cells, strict=False))
        if any(not (row.get(c) or "").strip() for c in need):
            raise LabelError(f"{path}:{no}: empty or missing column among {', '.join(need)}")
        if row["set"] not in SETS:
            raise LabelError(f"{path}:{no}: unknown set {row['set']!r} (one of {', '.join(SETS)})")
        if row["kind"] not in KINDS:
            raise LabelError(f"{path}:{no}: unknown kind {row['kind']!r} (one of {', '.join(KINDS)})")
        yield no, row


def load_labels(path: Path, required: bool = False) -> dict[tuple[str, str, str, str], tuple[bool, str]]:
    """``(set, kind, items, about) -> (correct, reason)``. ``about`` may be empty: the label then
    holds for any finding of that kind on those sentences; it is filled where two findings share
    their sentences (civilians and police counted in one sentence pair). A bad row or a key given
    twice is an annotation error (``LabelError``)."""
    out: dict[tuple[str, str, str, str], tuple[bool, str]] = {}
    for no, row in _rows(path, ("set", "kind", "items", "correct"), required):
        kind, items = finding_key(row["kind"], _parse_items(row["items"], f"{path}:{no}"))
        key = (row["set"], kind, items, (row.get("about") or "").strip())
        if key in out:
            raise LabelError(f"{path}:{no}: {' / '.join(key)} is labelled twice")
        if row["correct"].strip() not in ("0", "1"):
            raise LabelError(f"{path}:{no}: correct must be 0 or 1, not {row['correct']!r}")
        out[key] = (row["correct"].strip() == "1", row.get("note", "") or "")
    return out


def lookup(labels: dict, name: str, kind: str, items: str, about: str) -> tuple[bool, str] | None:
    """The label for one finding: the one naming its ``about``, else the one for its sentences."""
    return labels.get((name, kind, items, about)) or labels.get((name, kind, items, ""))


def _parse_items(text: str, where: str = "label") -> list[tuple[str, int]]:
    """``article:sentence`` citations; a malformed one is a ``LabelError`` naming ``where``."""
    out = []
    for tok in text.split():
        a, _, s = tok.rpartition(":")
        if not a or not s.isdigit():
            raise LabelError(f"{where}: bad citation {tok!r} (article:sentence)")
        out.append((a, int(s)))
    return out


@dataclass(frozen=True)
class RecallLabel:
    """One discrepancy or update a reader would want flagged: two sides, each a set of citations
    that state one value (any one of them stands for the side)."""

    set: str
    kind: str
    side_a: frozenset[tuple[str, int]]
    side_b: frozenset[tuple[str, int]]
    note: str
    about: str = ""  # when given, only a finding about this figure matches (``unit|kendaraan``: either noun)


def load_recall(path: Path, required: bool = False) -> list[RecallLabel]:
    """The recall labels of ``path`` (a missing default file: none). Rows are validated (``_rows``;
    both sides non-empty and sharing no citation); a discrepancy's sides are put in one canonical order
    (which outlet is "a" means nothing), an update's keep theirs (earlier, later). A bad row or a label
    given twice is a ``LabelError``."""
    out: list[RecallLabel] = []
    seen: set[tuple[str, str, frozenset, frozenset, str]] = set()
    for no, row in _rows(path, ("set", "kind", "side_a", "side_b"), required):
        where = f"{path}:{no}"
        a = frozenset(_parse_items(row["side_a"], where))
        b = frozenset(_parse_items(row["side_b"], where))
        if a & b:
            raise LabelError(f"{where}: the two sides share {' '.join(f'{x}:{y}' for x, y in sorted(a & b))}")
        if row["kind"] == "discrepancy" and sorted(b) < sorted(a):
            a, b = b, a
        lab = RecallLabel(row["set"], row["kind"], a, b, row.get("note", "") or "", (row.get("about") or "").strip())
        key = (lab.set, lab.kind, lab.side_a, lab.side_b, lab.about)
        if key in seen:
            raise LabelError(f"{where}: {lab.set} {lab.kind} {row['side_a']} / {row['side_b']} is labelled twice")
        seen.add(key)
        out.append(lab)
    return out


def matches(label: RecallLabel, finding) -> bool:
    """The finding cites the label's two sides (at least one sentence of each), has its kind and, when
    the label gives one, its ``about``."""
    if finding.kind != label.kind or (label.about and finding.about not in label.about.split("|")):
        return False
    cited = {(it.article, it.sentence) for it in finding.items}
    return bool(cited & label.side_a) and bool(cited & label.side_b)


def score_recall(name: str, findings: list, labels: list[RecallLabel], show_missed: bool) -> list[list[object]]:
    """Per kind: recall labels of the set, how many a produced finding matches, and recall."""
    rows = []
    for kind in KINDS:
        mine = [lab for lab in labels if lab.set == name and lab.kind == kind]
        found = 0
        for lab in mine:
            if any(matches(lab, f) for f in findings):
                found += 1
            elif show_missed:
                a = " ".join(sorted(f"{x}:{y}" for x, y in lab.side_a))
                b = " ".join(sorted(f"{x}:{y}" for x, y in lab.side_b))
                print(f"MISSED\t{name}\t{kind}\t{a} / {b}\t{lab.note}")
        if mine:  # sets and kinds nobody labelled for recall get no row
            rows.append([f"{name} {kind}", len(mine), found, found / len(mine)])
    return rows


RECALL_HEADER = ["set / kind", "recall labels", "found", "recall"]


def dossier_findings(paths: list[Path]) -> list:
    """The storyline findings of ``kliping analyze`` on ``paths`` (no store, no worker pool)."""
    from kliping.pipeline import analyze

    result = analyze(paths, db=None, workers=1)
    return [f for sl in result.dossier.storylines for f in sl.findings]


def score(name: str, findings: list, labels: dict, show_unlabelled: bool, show_wrong: bool) -> list[list[object]]:
    rows = []
    for kind in KINDS:
        counts: Counter[str] = Counter()
        for f in findings:
            if f.kind != kind:
                continue
            _kind, items = finding_key(kind, ((it.article, it.sentence) for it in f.items))
            counts["produced"] += 1
            label = lookup(labels, name, kind, items, f.about)
            if label is None:
                counts["unlabelled"] += 1
                if show_unlabelled:
                    _print_finding(name, f, "UNLABELLED")
            else:
                counts["right" if label[0] else "wrong"] += 1
                if show_wrong and not label[0]:
                    _print_finding(name, f, f"WRONG ({label[1]})")
        labelled = counts["right"] + counts["wrong"]
        rows.append([f"{name} {kind}", counts["produced"], labelled, counts["right"], counts["wrong"],
                     counts["unlabelled"], counts["right"] / labelled if labelled else 0.0])
    return rows


def _print_finding(name: str, f, tag: str) -> None:
    items = " ".join(f"{it.article}:{it.sentence}" for it in f.items)
    print(f"{tag}\t{name}\t{f.kind}\t{items}\tabout={f.about}")
    for it in f.items:
        print(f"    {it.article}:{it.sentence}  {it.text[:200]}")


HEADER = ["set / kind", "produced", "labelled", "right", "wrong", "unlabelled", "precision"]


def run(args: argparse.Namespace) -> int:
    """Score every set; a label file that cannot be read is one line on stderr and exit status 2."""
    try:
        labels = load_labels(args.labels or LABELS, required=args.labels is not None)
        given = getattr(args, "recall_labels", None)
        recall_labels = load_recall(given or RECALL, required=given is not None)
    except LabelError as e:
        print(f"kliping eval findings: {e}", file=sys.stderr)
        return 2
    return _run(args, labels, recall_labels)


def _run(args: argparse.Namespace, labels: dict, recall_labels: list[RecallLabel]) -> int:
    from kliping.cli.main import sample_dir

    sets: list[tuple[str, list[Path]]] = [("sample", [sample_dir()])]
    for name in ("detik-dev", "kompas-oil-dev"):
        path = args.news / f"{name}.jsonl"
        if path.is_file():
            sets.append((name, [path]))
        else:
            print(f"kliping eval findings: {path} is absent; skipping {name}")
    rows: list[list[object]] = []
    recall_rows: list[list[object]] = []
    total: Counter[str] = Counter()
    for name, paths in sets:
        produced = dossier_findings(paths)
        part = score(name, produced, labels, args.unlabelled, args.wrong)
        recall_rows.extend(score_recall(name, produced, recall_labels, getattr(args, "missed", False)))
        rows.extend(part)
        for r in part:
            total["right"] += r[3]  # type: ignore[operator]
            total["wrong"] += r[4]  # type: ignore[operator]
            total["unlabelled"] += r[5]  # type: ignore[operator]
            total["produced"] += r[1]  # type: ignore[operator]
    labelled = total["right"] + total["wrong"]
    rows.append(["all", total["produced"], labelled, total["right"], total["wrong"], total["unlabelled"],
                 total["right"] / labelled if labelled else 0.0])
    print(format_table(HEADER, rows))
    n = sum(r[1] for r in recall_rows)  # type: ignore[misc]
    hit = sum(r[2] for r in recall_rows)  # type: ignore[misc]
    recall_rows.append(["all", n, hit, hit / n if n else 0.0])
    print()
    print(format_table(RECALL_HEADER, recall_rows))
    return 0
