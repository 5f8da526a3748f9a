"""``kliping eval timex GOLD...``: recognition, typing and normalisation of time expressions.

GOLD is any mix of TimeML files (``.tml``, or directories holding them) and annotation-only TSV
files (``devsets/timex/*.tsv``, whose articles are read from ``--corpus``, by default
``../shared/data/news``). Each gold text goes through the real path: ``ingest.clean`` on an
``Article`` with the text and the creation date as ``published``, then ``extract_times``; the
predicted spans are mapped back onto the gold text with :class:`~kliping.eval.align.RawAligner`.

Scores, per gold file group and overall:

* recognition P/R/F1, *lenient* (a prediction overlapping a gold span, one-to-one, greatest
  overlap first) and *strict* (exactly the same span);
* type accuracy and normalisation (value) accuracy on the leniently matched pairs — the
  "on recognised expressions" measure of the TempEval/IndoTimex papers.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

from kliping.eval import PRF, format_table, match_spans
from kliping.eval.timeml import GoldDoc, GoldTimex

DESCRIPTION = "time expressions: recognition P/R/F1 (lenient, strict), type and value accuracy"

_DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "news"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="+", help="TimeML .tml files or folders, or devsets/timex/*.tsv")
    parser.add_argument("--corpus", default=str(_DEFAULT_CORPUS),
                        help="JSONL file or folder with the articles a TSV gold points at")
    parser.add_argument("--errors", action="store_true",
                        help="print every miss, false alarm and wrong type/value (with the text; for development)")


@dataclass
class Scores:
    """Counts for one group of documents."""

    lenient: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    matched: int = 0
    type_ok: int = 0
    value_ok: int = 0
    docs: int = 0

    def add(self, other: Scores) -> None:
        for name in ("lenient", "strict"):
            a, b = getattr(self, name), getattr(other, name)
            a.tp, a.fp, a.fn = a.tp + b.tp, a.fp + b.fp, a.fn + b.fn
        self.matched += other.matched
        self.type_ok += other.type_ok
        self.value_ok += other.value_ok
        self.docs += other.docs

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.matched if self.matched else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.matched if self.matched else 0.0


def predict(text: str, published: str | None, doc_id: str = "gold", title: str | None = None) -> list[GoldTimex]:
    """kliping's time expressions for ``text`` as spans of ``text`` itself (unmappable ones dropped)."""
    from kliping.eval.align import RawAligner
    from kliping.extract.times import extract_times
    from kliping.ingest import clean, normalize_published
    from kliping.model import Article

    published = normalize_published(published) if published else None  # as read_inputs does
    doc = clean(Article(id=doc_id, input=doc_id, text=text, published=published, title=title))
    align = RawAligner(text, doc)
    out: list[GoldTimex] = []
    for t in extract_times(doc):
        span = align.raw_span(t.sentence, t.start, t.end)
        if span is None:
            # cleaning collapsed whitespace inside the sentence, so it is not found verbatim: look
            # for the expression itself, whitespace-insensitively, after the previous one
            words = t.text.split()
            pattern = r"\s+".join(re.escape(w) for w in words)
            m = re.compile(pattern).search(text, out[-1].end if out else 0) if words else None
            span = m.span() if m else None
        if span:
            out.append(GoldTimex(span[0], span[1], t.type, t.value))
    return out


def _same_value(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return gold.strip().upper() == pred.strip().upper()


def match(gold: list[GoldTimex], pred: list[GoldTimex]) -> list[tuple[GoldTimex | None, GoldTimex | None]]:
    """One-to-one lenient alignment: pairs by greatest overlap first, then unmatched gold and predictions."""
    matched = match_spans(gold, pred, prefer_exact=True)
    used_g = {i for i, _ in matched}
    used_p = {j for _, j in matched}
    pairs: list[tuple[GoldTimex | None, GoldTimex | None]] = [(gold[i], pred[j]) for i, j in matched]
    pairs += [(g, None) for i, g in enumerate(gold) if i not in used_g]
    pairs += [(None, p) for j, p in enumerate(pred) if j not in used_p]
    return sorted(pairs, key=lambda gp: (gp[0] or gp[1]).start)


def score_doc(gold: list[GoldTimex], pred: list[GoldTimex]) -> tuple[Scores, list]:
    """Scores of one document and its aligned pairs."""
    sc = Scores(docs=1)
    pairs = match(gold, pred)
    gold_spans = {(g.start, g.end) for g in gold}
    pred_spans = {(p.start, p.end) for p in pred}
    sc.strict.tp = len(gold_spans & pred_spans)
    sc.strict.fp = len(pred_spans - gold_spans)
    sc.strict.fn = len(gold_spans - pred_spans)
    for g, p in pairs:
        if g and p:
            sc.lenient.tp += 1
            sc.matched += 1
            sc.type_ok += g.type == p.type
            sc.value_ok += _same_value(g.value, p.value)
        elif g:
            sc.lenient.fn += 1
        else:
            sc.lenient.fp += 1
    return sc, pairs


def _gold_docs(path: Path, corpus: Path) -> list[tuple[GoldDoc, str | None]] | None:
    """(gold document, title) pairs of one gold file; ``None`` when its articles are unavailable."""
    from kliping.eval.timeml import load_articles, read_tml, read_tsv

    if path.suffix.lower() in (".tsv", ".txt"):
        gold = read_tsv(path)
        if not corpus.exists():
            return None
        rows = load_articles(corpus, set(gold))
        missing = sorted(set(gold) - set(rows))
        if missing:
            print(f"{path}: {len(missing)} article(s) not found in {corpus}: {', '.join(missing[:5])}")
        return [(GoldDoc(aid, rows[aid]["text"], rows[aid].get("published"), items), rows[aid].get("title"))
                for aid, items in gold.items() if aid in rows]
    doc = read_tml(path)
    return [(doc, None)]


def _show(text: str, t: GoldTimex | None) -> str:
    return "-" if t is None else f"{text[t.start:t.end]!r} {t.type} {t.value}"


def run(args: argparse.Namespace) -> int:
    from kliping.eval.timeml import tml_files

    corpus = Path(args.corpus)
    groups: list[tuple[str, list[Path]]] = []
    tml = []
    for g in args.gold:
        p = Path(g)
        if p.suffix.lower() in (".tsv", ".txt"):
            groups.append((str(p), [p]))
        else:
            tml.extend(tml_files([p]))
    if tml:
        groups.append((f"TimeML ({len(tml)} files)", tml))
    if not groups:
        print("kliping: no gold files given")
        return 2
    rows, total = [], Scores()
    for label, files in groups:
        sc = Scores()
        for f in files:
            if not f.exists():
                print(f"{f}: no such file")
                continue
            docs = _gold_docs(f, corpus)
            if docs is None:
                print(f"{f}: skipped, the articles it annotates ({corpus}) are absent")
                continue
            for gd, title in docs:
                pred = predict(gd.text, gd.dct, gd.id, title)
                ds, pairs = score_doc(gd.timexes, pred)
                sc.add(ds)
                if args.errors:
                    for g, p in pairs:
                        if g and p and (g.start, g.end, g.type) == (p.start, p.end, p.type) \
                                and _same_value(g.value, p.value):
                            continue
                        at = (g or p).start
                        ctx = " ".join(gd.text[max(0, at - 60): at + 60].split())
                        print(f"{gd.id} [{gd.dct}] gold: {_show(gd.text, g)} | pred: {_show(gd.text, p)}\n    …{ctx}…")
        if sc.docs:
            rows.append((label, sc))
            total.add(sc)
    if not rows:
        return 0
    if len(rows) > 1:
        rows.append(("all", total))
    header = ["gold", "docs", "timex", "P", "R", "F1", "strict P", "strict R", "strict F1", "type acc", "value acc"]
    table = [
        [label, s.docs, s.lenient.tp + s.lenient.fn, s.lenient.precision, s.lenient.recall, s.lenient.f1,
         s.strict.precision, s.strict.recall, s.strict.f1, s.type_accuracy, s.value_accuracy]
        for label, s in rows
    ]
    print(format_table(header, table))
    return 0
