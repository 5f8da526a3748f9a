"""``kliping eval entities``: is the type of each dossier entity right?

Runs the real pipeline (ingest, extract, link: :func:`kliping.eval.aliases.link_dev_set`) on the
sets named in a label file and reads the type it now gives each labelled entity. The labels
(``devsets/entities/``, names only, no article text) are rows of ``set``, ``article``, ``name``
(the entity's name as the dossier printed it when it was drawn), ``given`` (the type it had then),
``gold`` (the right type, ``span`` when the name is a wrong cut of the text — a word short, a name
glued on — or ``none`` when it names no entity at all: a programme, a common noun, a title) and
``reason``.

An item is found again as the entity of that name in that article, else as the entity holding a
mention of that surface form in that article. A label whose name ends in ``…`` (:data:`RUNS_ON`) is a
wrong span too long to write out without copying the article: its opening words, and it is found as a
name or form of that article that opens with those words and runs on past them (the first in the
index's order: an entity's own name before a mention's form). Precision per type: of the found items kliping now
types T, how many have gold T (LOC and GPE count as one place type: the gold for a town is a
judgement call between them). ``span`` and ``none`` items are wrong under any type. Items no
longer found are counted apart: a dropped ``span`` or ``none`` item is an error fixed, a dropped
real entity a loss (precision alone would reward dropping everything).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, REPO_ROOT, format_table

DESCRIPTION = "type precision of the dossier's entities on a labelled sample (devsets/entities)"

GOLD = REPO_ROOT / "devsets" / "entities" / "dev.tsv"
PLACE = frozenset({"LOC", "GPE"})
NOT_AN_ENTITY = frozenset({"span", "none"})
# A label name ending so stands for a longer name opening with the words before it (a glued span
# written in full would copy a run of the article's sentence into the label file).
RUNS_ON = "…"
# rows of the table, in this order; a type outside them gets its own row
ROWS = ("PERSON", "ORG", "LOC/GPE")


@dataclass(frozen=True)
class Label:
    set: str
    article: str
    name: str
    given: str
    gold: str
    reason: str = ""


def load_labels(path: Path) -> list[Label]:
    """The rows of a label file (``#`` lines and blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t")
        return [Label(r["set"], r["article"], r["name"], r["given"], r["gold"].strip(), r.get("reason") or "")
                for r in rows]


def row_of(etype: str) -> str:
    """The table row a type is counted in (LOC and GPE share one)."""
    return "LOC/GPE" if etype in PLACE else etype


def is_right(pred: str, gold: str) -> bool:
    """A predicted type against a gold label: equal, or both place types."""
    if gold in NOT_AN_ENTITY:
        return False
    return pred == gold or (pred in PLACE and gold in PLACE)


def type_index(story) -> dict[tuple[str, str], str]:
    """``(article id, name or surface form) -> type`` of the entities of one linked set; an entity's
    own name first, then the surface forms of its mentions (a name is kept over a form)."""
    from kliping.eval.aliases import entity_items

    by_id = {e.id: e for e in story.entities}
    out: dict[tuple[str, str], str] = {}
    for e in story.entities:
        for art in e.articles:
            out[(art, e.name)] = e.type
    for eid, items in entity_items(story).items():
        e = by_id.get(eid)
        if e is None:
            continue
        for form, art in items:
            out.setdefault((art, form), e.type)
    return out


def lookup(index: dict[tuple[str, str], str], article: str, name: str) -> str | None:
    """The type now given to a labelled name in an article (:func:`type_index`), None when not found.
    A name ending in :data:`RUNS_ON` matches the first name or form of that article opening with its
    words and running on past them: a span cut back to those words or shorter is no longer found."""
    if not name.endswith(RUNS_ON):
        return index.get((article, name))
    opening = name[: -len(RUNS_ON)].rstrip() + " "
    return next((t for (art, n), t in index.items() if art == article and n.startswith(opening)), None)


def score(labels: Sequence[Label], found: dict[tuple[str, str, str], str | None],
          show_wrong: bool = False) -> dict[str, dict[str, int]]:
    """Counts per table row: ``items`` typed so, ``right``; and the ``dropped`` row with ``fixed``
    (span/none items no longer found) and ``lost`` (real entities no longer found).
    ``found`` maps ``(set, article, name)`` to the type now given, None when not found."""
    c: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for lab in labels:
        pred = found.get((lab.set, lab.article, lab.name))
        if pred is None:
            key = "fixed" if lab.gold in NOT_AN_ENTITY else "lost"
            c["dropped"][key] += 1
            if show_wrong and key == "lost":
                print(f"LOST\t{lab.set}\t{lab.article}\t{lab.name}\tgold {lab.gold}")
            continue
        ok = is_right(pred, lab.gold)
        c[row_of(pred)]["items"] += 1
        c[row_of(pred)]["right"] += ok
        if show_wrong and not ok:
            print(f"WRONG\t{lab.set}\t{lab.article}\t{lab.name}\t{pred} (gold {lab.gold}: {lab.reason})")
    return c


def table(c: dict[str, dict[str, int]]) -> str:
    rows: list[list[object]] = []
    names = [r for r in ROWS if r in c] + sorted(k for k in c if k not in ROWS and k != "dropped")
    total = right = 0
    for name in names:
        n, r = c[name]["items"], c[name]["right"]
        total += n
        right += r
        rows.append([name, n, r, r / n if n else 0.0])
    rows.append(["all", total, right, right / total if total else 0.0])
    drop = c.get("dropped", {})
    out = format_table(["type now", "items", "right", "precision"], rows)
    return out + f"\ndropped: {drop.get('fixed', 0)} span/none items (fixed), {drop.get('lost', 0)} real entities (lost)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--labels", type=Path, default=GOLD, help="label file (default: devsets/entities/dev.tsv)")
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of the dev JSONL files")
    parser.add_argument("--wrong", action="store_true", help="print the items typed wrong and the lost ones")


def run(args: argparse.Namespace) -> int:
    from kliping.eval.aliases import link_dev_set

    if not args.labels.is_file():
        print(f"kliping eval entities: no label file at {args.labels}; nothing to score")
        return 0
    labels = load_labels(args.labels)
    found: dict[tuple[str, str, str], str | None] = {}
    scored: list[Label] = []
    for set_name in sorted({lab.set for lab in labels}):
        path = args.news / f"{set_name}.jsonl"
        if not path.is_file():
            print(f"kliping eval entities: {path} is absent (../shared absent?); skipping {set_name}")
            continue
        index = type_index(link_dev_set(path))
        for lab in labels:
            if lab.set == set_name:
                found[(lab.set, lab.article, lab.name)] = lookup(index, lab.article, lab.name)
                scored.append(lab)
    if not scored:
        return 0
    print(f"{args.labels.name}: {len(scored)} labelled entities")
    print(table(score(scored, found, args.wrong)))
    return 0
