"""``kliping eval ner GOLD [--pred PRED]``: entity-level exact-span P/R/F1 per type.

Gold is CoNLL (first column token, last column BIO tag, blank lines between sentences). Without
``--pred`` the gold tokens are tagged by kliping's NER; with it, the file written by ``kliping tag``
(or any tagger) is scored. Against gold with a single place type, GPE and LOC count as one.
"""

from __future__ import annotations

import argparse

from kliping.eval import format_table

DESCRIPTION = "entity-level P/R/F1 (exact span) of the NER on CoNLL files"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="+", help="CoNLL gold file(s)")
    parser.add_argument("--pred", help="predicted CoNLL file (only with a single gold file)")


def run(args: argparse.Namespace) -> int:
    from kliping.extract.entities import eval_ner

    if args.pred and len(args.gold) != 1:
        print("kliping: --pred goes with a single gold file")
        return 2
    for gold in args.gold:
        res = eval_ner(gold, args.pred)
        rows = [[t, s["precision"], s["recall"], s["f1"], s["support"]] for t, s in res["types"].items()]
        rows.append(["all", res["precision"], res["recall"], res["f1"], res["support"]])
        print(f"{gold} ({res['tokens']} tokens)")
        print(format_table(["type", "P", "R", "F1", "gold"], rows))
    return 0
