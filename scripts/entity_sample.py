"""Draw a seeded random sample of dossier entities for labelling their types (devsets/entities/).

Reads dossier JSON files written by ``kliping analyze`` on the dev sets, pools their entities,
draws ``--sizes`` entities per type group (PERSON, ORG, LOC/GPE) with ``--seed``, picks one of
each entity's articles (same generator) and writes the label sheet rows (``set``, ``article``,
``name``, ``given``, empty ``gold`` and ``reason``) to ``--out``. With ``--context FILE`` it also
writes, for the labeller only, a few characters around each of the entity's forms in the chosen
article; that file holds article text and must stay outside the repository.

Example::

    python scripts/entity_sample.py --dossier detik-dev=/tmp/d/dossier.json \
        --dossier kompas-oil-dev=/tmp/k/dossier.json --seed 1 --out /tmp/dev.tsv --context /tmp/dev.ctx
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from pathlib import Path

GROUPS = {"PERSON": ("PERSON",), "ORG": ("ORG",), "LOC/GPE": ("LOC", "GPE")}


def _articles(news: Path, name: str) -> dict[str, str]:
    out = {}
    with open(news / f"{name}.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                out[a["id"]] = f"{a.get('title') or ''}\n{a.get('text') or ''}"
    return out


def _contexts(text: str, forms: list[str], width: int = 90, most: int = 3) -> list[str]:
    found = []
    for form in sorted(set(forms), key=len, reverse=True):
        for m in re.finditer(re.escape(form), text):
            s, e = max(0, m.start() - width), min(len(text), m.end() + width)
            found.append(f"{text[s:m.start()]}[[{m.group()}]]{text[m.end():e]}".replace("\n", " / "))
            if len(found) >= most:
                return found
    return found


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dossier", action="append", required=True, help="SET=path/to/dossier.json")
    p.add_argument("--news", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "news")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--sizes", default="150,100,100", help="PERSON,ORG,LOC/GPE")
    p.add_argument("--exclude", type=Path, action="append", default=[], help="label files whose entities to skip")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--context", type=Path)
    args = p.parse_args()

    skip = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            skip |= {(r["set"], r["name"]) for r in csv.DictReader(f, delimiter="\t")}
    pool: dict[str, list[tuple[str, dict]]] = {g: [] for g in GROUPS}
    for spec in args.dossier:
        set_name, path = spec.split("=", 1)
        with open(path, encoding="utf-8") as f:
            entities = json.load(f)["entities"]
        for e in entities:
            for g, types in GROUPS.items():
                if e["type"] in types and (set_name, e["name"]) not in skip:
                    pool[g].append((set_name, e))
    rng = random.Random(args.seed)
    rows, ctx = [], []
    texts: dict[str, dict[str, str]] = {}
    for g, size in zip(GROUPS, (int(x) for x in args.sizes.split(",")), strict=True):
        for set_name, e in rng.sample(pool[g], size):
            art = rng.choice(e["articles"])
            rows.append([set_name, art, e["name"], e["type"], "", ""])
            if args.context:
                if set_name not in texts:
                    texts[set_name] = _articles(args.news, set_name)
                shown = _contexts(texts[set_name].get(art, ""), [e["name"], *e["aliases"]])
                ctx.append(f"{len(rows)}\t{art}\t{e['name']}\t{e['type']}\taliases={e['aliases']}\n    "
                           + "\n    ".join(shown or ["(no form found in the article text)"]))
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["set", "article", "name", "given", "gold", "reason"])
        w.writerows(rows)
    if args.context:
        args.context.write_text("\n".join(ctx) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
