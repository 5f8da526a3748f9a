"""``kliping eval quantities [GOLD_DIR] [--news DIR]``: quantity extraction against the dev gold set.

Gold (``devsets/quantities``) holds only article ids, raw-text offsets and labels: ``articles.tsv``
lists the annotated articles with their input file and split (``dev`` or ``heldout``), and one
``<input>.tsv`` per input file has ``article_id, start, end, value, value_max, unit, modifier``.
The articles are cleaned and extracted exactly as ``kliping analyze`` does, and predictions are
mapped back onto raw offsets with :class:`kliping.eval.align.RawAligner`.

Gold spans are minimal: modifier + number + scale + currency/unit, without the counted noun (see
the gold README). kliping's ``Quantity`` span also covers the noun, so :func:`number_span` cuts it
off for the strict span score; the lenient score only asks for overlap.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, PRF, REPO_ROOT, format_table, match_spans
from kliping.lang.id import numbers as W

DESCRIPTION = "quantity span P/R/F1, value+unit F1 and modifier accuracy on the dev gold set"
ROOT = REPO_ROOT
DEFAULT_GOLD = ROOT / "devsets" / "quantities"


@dataclass(frozen=True)
class Item:
    """One quantity in raw-text coordinates. ``core`` is the span without the counted noun."""

    article: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    modifier: str
    core: tuple[int, int] | None = None
    text: str = ""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", help=f"gold folder (default: {DEFAULT_GOLD})")
    parser.add_argument("--news", help=f"folder with the annotated JSONL inputs (default: {DEFAULT_NEWS})")
    parser.add_argument("--split", choices=("dev", "heldout", "all"), help="score only this split")
    parser.add_argument("--show", action="store_true", help="list every error (gold and predicted)")


_TAIL_RATE = (re.compile(r"\s*/\s*[^\s/]+$"), re.compile(r"\s+per\s+\S+$"), re.compile(r"\s+\S+$"))
# Words the extractor steps over to reach the noun (``tiga buah kapal``, ``20 ribu internal karyawan``): cut with it.
_SKIPPED = "|".join(sorted(W.CLASSIFIERS | W.NOUN_PREMODIFIERS))
_TAIL_NOUN = re.compile(rf"\s+(?:(?:{_SKIPPED})\s+)?\S+$", re.I)


def number_span(text: str, noun: str | None) -> tuple[int, int]:
    """``[start, end)`` within ``text`` (a quantity's text) of modifier + number + unit, noun cut off.

    The extractor extends a quantity over its counted noun (``7.000 kontainer``) or rate
    (``75 dollar AS per barel``); gold spans stop before them.
    """
    end = len(text)
    if noun:
        # A two-word counted noun (``14,5 juta wajib pajak``) is cut whole.
        words = len(noun.split())
        tail = _TAIL_NOUN if words <= 1 else re.compile(rf"\s+(?:(?:{_SKIPPED})\s+)?" + r"\S+\s+" * (words - 1) + r"\S+$", re.I)
        pats = _TAIL_RATE if noun.startswith("per ") else (tail,)
        for pat in pats:
            m = pat.search(text)
            if m and m.start() > 0:
                end = m.start()
                break
    return 0, end


def read_gold(gold_dir: Path) -> tuple[dict[str, tuple[str, str]], list[Item]]:
    """``{article id: (input file, split)}`` and the gold items of ``gold_dir``."""
    articles: dict[str, tuple[str, str]] = {}
    with open(gold_dir / "articles.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            articles[row["article_id"]] = (row["input"], row["split"])
    items: list[Item] = []
    for name in sorted({inp for inp, _ in articles.values()}):
        path = gold_dir / (Path(name).stem + ".tsv")
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                items.append(Item(
                    row["article_id"], int(row["start"]), int(row["end"]), float(row["value"]),
                    float(row["value_max"]) if row["value_max"] else None, row["unit"] or None,
                    row["modifier"],
                ))
    return articles, items


def predict(raw_articles: dict[str, dict]) -> list[Item]:
    """kliping's quantities for each raw JSONL record, in raw-text coordinates."""
    from kliping.eval.align import RawAligner
    from kliping.extract import extract
    from kliping.ingest import clean
    from kliping.model import Article

    out: list[Item] = []
    for aid, rec in raw_articles.items():
        raw = rec.get("text") or ""
        art = Article(id=aid, input=aid, text=raw, title=rec.get("title"), source=rec.get("source"),
                      url=rec.get("url"), published=rec.get("published"))
        ev = extract(clean(art))
        align = RawAligner(raw, ev.doc)
        for q in ev.quantities:
            span = align.raw_span(q.sentence, q.start, q.end)
            if span is None:
                continue
            a, b = number_span(q.text, q.noun)
            core = align.raw_span(q.sentence, q.start + a, q.start + b)
            out.append(Item(aid, span[0], span[1], q.value, q.value_max, q.unit, q.modifier, core, q.text))
    return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _same_value(g: Item, p: Item) -> bool:
    return _close(g.value, p.value) and _close(g.value_max, p.value_max) and g.unit == p.unit


def _overlap(g: Item, p: Item) -> int:
    return min(g.end, p.end) - max(g.start, p.start)


def _match(gold: list[Item], pred: list[Item], ok) -> list[tuple[Item, Item]]:
    """One-to-one pairs of overlapping items accepted by ``ok``, largest overlap first."""
    return [(gold[i], pred[j]) for i, j in match_spans(gold, pred, accept=ok)]


@dataclass
class Scores:
    lenient: PRF
    strict: PRF
    value: PRF
    modifier_ok: int
    modifier_n: int
    pairs: list[tuple[Item, Item]]
    value_pairs: list[tuple[Item, Item]]

    @property
    def modifier_accuracy(self) -> float:
        return self.modifier_ok / self.modifier_n if self.modifier_n else 0.0


def score(gold: list[Item], pred: list[Item]) -> Scores:
    """Span (lenient overlap and strict core-span), value+unit and modifier scores."""
    pairs = _match(gold, pred, lambda g, p: True)
    strict = sum(1 for g, p in pairs if p.core == (g.start, g.end))
    value_pairs = _match(gold, pred, _same_value)
    n = len(value_pairs)
    mod_ok = sum(1 for g, p in pairs if g.modifier == p.modifier)
    return Scores(
        lenient=PRF(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)),
        strict=PRF(strict, len(pred) - strict, len(gold) - strict),
        value=PRF(n, len(pred) - n, len(gold) - n),
        modifier_ok=mod_ok, modifier_n=len(pairs), pairs=pairs, value_pairs=value_pairs,
    )


def _load_raw(news: Path, articles: dict[str, tuple[str, str]]) -> dict[str, dict]:
    wanted = set(articles)
    raw: dict[str, dict] = {}
    for name in sorted({inp for inp, _ in articles.values()}):
        path = news / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("id") in wanted:
                    raw[rec["id"]] = rec
    return raw


def _show(gold: list[Item], pred: list[Item], s: Scores, raw: dict[str, dict]) -> None:
    def txt(it: Item) -> str:
        return raw[it.article]["text"][it.start:it.end].replace("\n", " ")

    good_g = {id(g) for g, _ in s.value_pairs}
    good_p = {id(p) for _, p in s.value_pairs}
    for g in gold:
        if id(g) not in good_g:
            print(f"  FN {g.article}:{g.start} |{txt(g)}| {g.value:g} {g.value_max} {g.unit} {g.modifier}")
    for p in pred:
        if id(p) not in good_p:
            print(f"  FP {p.article}:{p.start} |{txt(p)}| {p.value:g} {p.value_max} {p.unit} {p.modifier}")
    for g, p in s.pairs:
        if g.modifier != p.modifier:
            print(f"  MOD {g.article}:{g.start} |{txt(g)}| gold {g.modifier} pred {p.modifier}")


def run(args: argparse.Namespace) -> int:
    gold_dir = Path(args.gold) if args.gold else DEFAULT_GOLD
    news = Path(args.news) if args.news else DEFAULT_NEWS
    if not (gold_dir / "articles.tsv").exists():
        print(f"kliping: no quantity gold set at {gold_dir} (articles.tsv missing); nothing to score")
        return 0
    if not news.is_dir():
        print(f"kliping: news folder {news} is absent; the quantity gold set cannot be scored without it")
        return 0
    articles, gold = read_gold(gold_dir)
    raw = _load_raw(news, articles)
    missing = sorted(set(articles) - set(raw))
    if missing:
        print(f"kliping: {len(missing)} annotated article(s) not found under {news}: {', '.join(missing[:5])}")
    splits = ["dev", "heldout", "all"] if not args.split else [args.split]
    pred = predict(raw)
    rows = []
    for split in splits:
        ids = {a for a, (_, sp) in articles.items() if a in raw and (split == "all" or sp == split)}
        g = [it for it in gold if it.article in ids]
        p = [it for it in pred if it.article in ids]
        s = score(g, p)
        rows.append([split, len(ids), len(g), len(p), s.lenient.precision, s.lenient.recall, s.lenient.f1,
                     s.strict.f1, s.value.precision, s.value.recall, s.value.f1, s.modifier_accuracy])
        if args.show:
            print(f"-- {split}")
            _show(g, p, s, raw)
    print(format_table(
        ["split", "articles", "gold", "pred", "span P", "span R", "span F1", "strict F1",
         "value P", "value R", "value F1", "modifier acc"], rows))
    return 0
