"""``kliping eval claims [GOLD_DIR] [--news DIR] [--split dev|dev2|heldout|all]``: claim status and actor.

Gold (``devsets/quotes/claims-*.tsv``, see ``devsets/quotes/README.md``) holds only ``article_id,
start, end, status, actor``: the raw offsets of the **cue word** (``membantah``, ``diduga``, ``tidak
benar``), the claim status and the actor as the article writes it (empty when it names nobody).
The annotated articles (for ``dev`` and ``heldout`` the quote gold's articles of the same split plus
the articles holding claims gold; for a split drawn for claims alone, such as ``dev2``, the ids listed
in ``claims-<split>-articles.txt``) are cleaned, tagged for mentions and run through ``extract_claims``; every predicted claim's cue is located in its sentence
and mapped back to raw offsets, then

* cue P/R/F1: a predicted cue matches a gold cue it overlaps (one-to-one);
* status accuracy on the matched cues;
* actor accuracy on the matched cues: names compared like quote speakers (casefolded, titles
  stripped, ``Milley`` = ``Mark Milley``), an empty gold actor matches only an empty prediction.

Why cue offsets rather than claim spans: the claim text is a by-product (the clause after the cue);
what a dossier gets wrong in practice is the status and who holds it.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, PRF, REPO_ROOT, format_table, inputs_present

DESCRIPTION = "claim cue P/R/F1, status accuracy and actor accuracy on the annotated dev news"

ROOT = REPO_ROOT


@dataclass
class ClaimSpan:
    """A claim cue in raw offsets: gold or predicted."""

    article: str
    start: int
    end: int
    status: str
    actor: str | None


# Split -> the gold files it reads (``claims-<part>.tsv``); ``all`` is every annotated article.
SPLITS: dict[str, tuple[str, ...]] = {
    "dev": ("dev",), "dev2": ("dev2",), "heldout": ("heldout",), "all": ("dev", "dev2", "heldout"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", default=str(ROOT / "devsets" / "quotes"),
                        help="folder with claims-dev.tsv / claims-heldout.tsv (default: devsets/quotes)")
    parser.add_argument("--news", default=str(DEFAULT_NEWS),
                        help="folder with the annotated articles (default: ../shared/data/news)")
    parser.add_argument("--split", choices=tuple(SPLITS), default="dev",
                        help="which annotated articles to score (held-out: only for the final number)")
    parser.add_argument("--errors", action="store_true", help="list misses, false cues, wrong statuses and actors")


def load_gold(gold_dir: Path, split: str = "dev") -> dict[str, list[ClaimSpan]]:
    """Article id -> gold claims from ``claims-<part>.tsv`` for every part of ``split``."""
    parts = SPLITS[split]
    gold: dict[str, list[ClaimSpan]] = {}
    for p in parts:
        path = gold_dir / f"claims-{p}.tsv"
        if not path.is_file():
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                aid = row["article_id"]
                gold.setdefault(aid, []).append(ClaimSpan(
                    aid, int(row["start"]), int(row["end"]), row["status"].strip(), (row["actor"] or "").strip() or None,
                ))
    return gold


def articles_for(gold_dir: Path, split: str) -> set[str]:
    """Every annotated article of ``split``: claims are scored on all of them, also those without any.

    A part drawn for claims alone lists its articles in ``claims-<part>-articles.txt`` (one id a line);
    the first parts were the quote gold's articles of the same split (``dev.tsv``, ``heldout.tsv``)."""
    from kliping.eval.quotes import load_gold as load_quotes

    ids: set[str] = set()
    for part in SPLITS[split]:
        listed = gold_dir / f"claims-{part}-articles.txt"
        if listed.is_file():
            ids |= {w for w in listed.read_text(encoding="utf-8").split() if w}
        else:
            ids |= set(load_quotes(gold_dir, part))
    return ids


def predict(article: object) -> list[ClaimSpan]:
    """kliping's claims of one article with raw cue offsets (cues that cannot be mapped are dropped)."""
    from kliping.eval.align import RawAligner
    from kliping.eval.quotes import _raw_span
    from kliping.extract.claims import extract_claims
    from kliping.extract.entities import extract_mentions
    from kliping.ingest import clean

    raw = article.text or ""  # type: ignore[attr-defined]
    doc = clean(article)  # type: ignore[arg-type]
    align = RawAligner(raw, doc)
    out: list[ClaimSpan] = []
    seen: dict[tuple[int, str], int] = {}
    for c in extract_claims(doc, extract_mentions(doc)):
        sent = doc.sentences[c.sentence]
        k = seen.get((c.sentence, c.cue), 0)
        seen[(c.sentence, c.cue)] = k + 1
        hits = [m for m in re.finditer(r"(?<![\w-])" + re.escape(c.cue) + r"(?![\w-])", sent.text, re.I)]
        if k >= len(hits):
            continue
        a, b = sent.start + hits[k].start(), sent.start + hits[k].end()
        span = _raw_span(raw, doc, align, a, b) or _by_sentence(raw, sent.text, c.cue, k)
        if span is None:
            continue
        out.append(ClaimSpan(article.id, span[0], span[1], c.status, c.actor_name))  # type: ignore[attr-defined]
    return out


def _by_sentence(raw: str, sentence: str, cue: str, k: int) -> tuple[int, int] | None:
    """Fallback mapping: the sentence's words (flexible whitespace) in ``raw``, then the k-th cue in it."""
    words = sentence.split()
    m = re.search(r"\s+".join(re.escape(w) for w in words), raw) if words else None
    if m is None:
        return None
    hits = list(re.finditer(r"(?<![\w-])" + re.escape(cue).replace(r"\ ", r"\s+") + r"(?![\w-])", m.group(), re.I))
    if k >= len(hits):
        return None
    return m.start() + hits[k].start(), m.start() + hits[k].end()


@dataclass
class Scores:
    cue: PRF
    status_ok: int = 0
    actor_ok: int = 0
    matched: int = 0

    @property
    def status_accuracy(self) -> float:
        return self.status_ok / self.matched if self.matched else 0.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_ok / self.matched if self.matched else 0.0


def score(gold: dict[str, list[ClaimSpan]], preds: dict[str, list[ClaimSpan]],
          errors: list[str] | None = None, raws: dict[str, str] | None = None) -> Scores:
    """Cue P/R/F1 and status/actor accuracy on matched cues over the articles in ``preds``."""
    from kliping.eval.quotes import same_speaker

    sc = Scores(PRF())
    for aid in preds:
        g, p = gold.get(aid, []), preds[aid]
        pairs: list[tuple[ClaimSpan, ClaimSpan]] = []
        used: set[int] = set()
        for gc in g:
            for i, pc in enumerate(p):
                if i not in used and min(gc.end, pc.end) > max(gc.start, pc.start):
                    used.add(i)
                    pairs.append((gc, pc))
                    break
        sc.cue.tp += len(pairs)
        sc.cue.fp += len(p) - len(pairs)
        sc.cue.fn += len(g) - len(pairs)
        for gc, pc in pairs:
            sc.matched += 1
            st, ac = gc.status == pc.status, same_speaker(pc.actor, gc.actor)
            sc.status_ok += st
            sc.actor_ok += ac
            if errors is not None and not (st and ac):
                errors.append(f"{aid}\tWRONG\t{gc.start}\tgold={gc.status}/{gc.actor!r} pred={pc.status}/{pc.actor!r}"
                              f"\t{_context(raws, aid, gc.start)}")
        if errors is not None:
            mg = {id(x) for x, _ in pairs}
            mp = {id(y) for _, y in pairs}
            errors += [f"{aid}\tMISS\t{x.start}\t{x.status}/{x.actor!r}\t{_context(raws, aid, x.start)}"
                       for x in g if id(x) not in mg]
            errors += [f"{aid}\tFALSE\t{y.start}\t{y.status}/{y.actor!r}\t{_context(raws, aid, y.start)}"
                       for y in p if id(y) not in mp]
    return sc


def _context(raws: dict[str, str] | None, aid: str, at: int) -> str:
    """A short excerpt around a cue for the developer's error list (printed, never stored)."""
    if not raws:
        return ""
    raw = raws[aid]
    return raw[max(0, at - 60):at + 50].replace("\n", " / ")


def run(args: argparse.Namespace) -> int:
    from kliping.eval.quotes import read_articles

    gold_dir, news = Path(args.gold), Path(args.news)
    if not inputs_present("claims", gold_dir, news):
        return 0
    gold = load_gold(gold_dir, args.split)
    if not gold:
        print(f"kliping eval claims: no claims gold for split {args.split!r} in {gold_dir}")
        return 1
    ids = articles_for(gold_dir, args.split) | set(gold)
    arts = read_articles(news, ids)
    missing = sorted(ids - set(arts))
    if missing:
        print(f"kliping eval claims: {len(missing)} annotated articles not in {news}: {', '.join(missing[:5])}",
              file=sys.stderr)
    preds = {k: predict(a) for k, a in arts.items()}
    raws = {k: a.text or "" for k, a in arts.items()}  # type: ignore[attr-defined]
    errors: list[str] | None = [] if args.errors else None
    sc = score(gold, preds, errors, raws)
    n = sum(len(v) for k, v in gold.items() if k in arts)
    by_status: dict[str, int] = {}
    for v in gold.values():
        for c in v:
            by_status[c.status] = by_status.get(c.status, 0) + 1
    print(f"{gold_dir} split={args.split}: {len(arts)} articles, {n} gold claims "
          + ", ".join(f"{s} {c}" for s, c in sorted(by_status.items())))
    print(format_table(["claims", "P", "R", "F1", "tp", "fp", "fn"],
                       [["cue", sc.cue.precision, sc.cue.recall, sc.cue.f1, sc.cue.tp, sc.cue.fp, sc.cue.fn]]))
    print(format_table(["on matched cues", "accuracy", "ok", "matched"],
                       [["status", sc.status_accuracy, sc.status_ok, sc.matched],
                        ["actor", sc.actor_accuracy, sc.actor_ok, sc.matched]]))
    if errors:
        print("\n".join(errors))
    return 0
