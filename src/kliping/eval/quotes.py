"""``kliping eval quotes [GOLD_DIR] [--news DIR] [--split dev|dev2|dev3|dev4|dev5|dev6|heldout|heldout2|all]``: quotes and speakers.

Gold (``devsets/quotes/*.tsv``, see its README) holds only ``article_id, start, end, direct,
speaker`` with offsets of the quote content (inside the quote marks) in the raw input text. The
annotated articles are read from ``--news``, cleaned, tagged for mentions and run through
``extract_quotes``; each predicted quote is mapped back to raw offsets with
:class:`~kliping.eval.align.RawAligner` and scored:

* direct quotes: span P/R/F1, lenient (any overlap, one-to-one) and strict (same span up to
  surrounding spaces and punctuation);
* reported statements (``reported-*.tsv``, ``direct=False``): the same, as a separate table;
* speaker accuracy on the lenient matches: names compared casefolded with titles stripped; a name
  that is a leading or trailing part of the other (``Milley`` / ``Mark Milley``) counts;
* quotes attributed to a name that does not occur in the article (must be 0).

Predicted ``direct=False`` items whose span sits between quote marks are scare quotes or quoted
terms: they are neither quotes nor reported statements and are not scored.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, PRF, REPO_ROOT, format_table, inputs_present, match_spans

DESCRIPTION = "quote span P/R/F1 and speaker accuracy on the annotated dev news"

ROOT = REPO_ROOT
_QUOTE_MARKS = "\"“”„«»‘’'"
_TRIM = " \t\n,.;:!?…-–—" + _QUOTE_MARKS


# split name -> the gold files it reads (``<part>.tsv`` and ``reported-<part>.tsv`` where present)
_PARTS = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "heldout", "heldout2"]
SPLITS: dict[str, list[str]] = {**{p: [p] for p in _PARTS}, "all": _PARTS}


@dataclass
class Span:
    """A quote in raw offsets: gold or predicted."""

    article: str
    start: int
    end: int
    direct: bool
    speaker: str | None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", default=str(ROOT / "devsets" / "quotes"),
                        help="folder of gold TSV files (default: devsets/quotes)")
    parser.add_argument("--news", default=str(DEFAULT_NEWS),
                        help="folder with the annotated articles (default: ../shared/data/news)")
    parser.add_argument("--split", choices=tuple(SPLITS), default="dev",
                        help="which annotated articles to score (dev2 … dev6: later "
                             "development batches, direct quotes only; heldout: only for the final "
                             "number; heldout2: the second held-out batch, direct quotes only, "
                             "scored once; all: every split)")
    parser.add_argument("--errors", action="store_true", help="list misses, false quotes and wrong speakers")


# ----------------------------------------------------------------------------- gold and predictions


def load_gold(gold_dir: Path, split: str = "dev") -> dict[str, list[Span]]:
    """Article id -> gold spans, from ``dev.tsv`` / ``dev2.tsv`` / ``dev3.tsv`` / ``dev4.tsv`` / ``dev5.tsv`` /
    ``dev6.tsv`` / ``heldout.tsv`` / ``heldout2.tsv`` (every one for ``all``).

    Reported statements come from ``reported-dev.tsv`` / ``reported-heldout.tsv`` (same article
    split, columns ``article_id, start, end, speaker``) and are loaded with ``direct=False``.
    """
    parts = SPLITS[split]
    names = [f"{p}.tsv" for p in parts] + [f"reported-{p}.tsv" for p in parts]
    gold: dict[str, list[Span]] = {}
    for name in names:
        path = gold_dir / name
        if not path.is_file():
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                aid = row["article_id"]
                # ``reported-*.tsv`` has no ``direct`` column: every row is a reported statement
                direct = (row.get("direct") or "0").strip() == "1"
                gold.setdefault(aid, []).append(Span(
                    aid, int(row["start"]), int(row["end"]), direct, (row["speaker"] or "").strip() or None,
                ))
    return gold


def read_articles(news_dir: Path, ids: set[str]) -> dict[str, object]:
    """The input ``Article`` of every id in ``ids`` (raw text as the gold offsets see it)."""
    from kliping.ingest import read_inputs
    from kliping.model import Article

    found: dict[str, object] = {}
    for art in read_inputs([news_dir]):
        if isinstance(art, Article) and art.id in ids:
            found[art.id] = art
    return found


def predict(article: object) -> list[Span]:
    """kliping's quotes of one article, in raw offsets (quotes that cannot be mapped are dropped)."""
    from kliping.eval.align import RawAligner
    from kliping.extract.entities import extract_mentions
    from kliping.extract.quotes import extract_quote_spans
    from kliping.ingest import clean

    raw = article.text or ""  # type: ignore[attr-defined]
    doc = clean(article)  # type: ignore[arg-type]
    align = RawAligner(raw, doc)
    out: list[Span] = []
    for q, a, b in extract_quote_spans(doc, extract_mentions(doc)):
        span = _raw_span(raw, doc, align, a, b)
        if span is None:
            continue
        start, end = span
        if not q.direct and start > 0 and raw[start - 1] in _QUOTE_MARKS:
            continue  # scare quote / quoted term
        out.append(Span(article.id, start, end, q.direct, q.speaker_name))  # type: ignore[attr-defined]
    return out


def _raw_span(raw: str, doc: object, align: object, a: int, b: int) -> tuple[int, int] | None:
    """Raw offsets of ``doc.text[a:b]``: the aligner gives the place, the words pin the ends.

    Cleaning collapses runs of spaces, so sentence-relative arithmetic can drift by a character;
    the quote's own words, searched with flexible whitespace near the aligned place, fix that.
    """
    sa, oa = doc.locate(a)  # type: ignore[attr-defined]
    approx = align.raw_span(sa, oa, oa + 1)  # type: ignore[attr-defined]
    slack = 40
    if approx is None:
        # the sentence itself differs from the raw text (cleaning repaired a character in it):
        # estimate the place from the nearest earlier sentence that was found
        for k in range(sa - 1, -1, -1):
            anchor = align.raw_span(k, 0, 1)  # type: ignore[attr-defined]
            if anchor is not None:
                guess = anchor[0] + a - doc.sentences[k].start  # type: ignore[attr-defined]
                approx, slack = (guess, guess + 1), 200
                break
        else:
            return None
    words = doc.text[a:b].split()  # type: ignore[attr-defined]
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    m = pattern.search(raw, max(0, approx[0] - slack))
    if m is not None and m.start() <= approx[0] + slack:
        return m.start(), m.end()
    # cleaning also repairs characters (a mis-decoded ``â\x80¦`` becomes ``…``), so the words in the
    # middle may differ from the raw text: pin the first and the last words separately
    k = min(3, len(words))
    head = re.compile(r"\s+".join(re.escape(w) for w in words[:k])).search(raw, max(0, approx[0] - slack))
    if head is None or head.start() > approx[0] + slack:
        return None
    span = len(doc.text[a:b])  # type: ignore[attr-defined]
    tail_re = re.compile(r"\s+".join(re.escape(w) for w in words[-k:]))
    tail = None
    for t in tail_re.finditer(raw, head.start(), head.start() + span + 40):
        tail = t
    if tail is None or tail.end() < head.end():
        return None
    return head.start(), tail.end()


# ----------------------------------------------------------------------------- comparison


def _trimmed(raw: str, a: int, b: int) -> tuple[int, int]:
    while a < b and raw[a] in _TRIM:
        a += 1
    while b > a and raw[b - 1] in _TRIM:
        b -= 1
    return a, b



def _name_tokens(name: str) -> list[str]:
    from kliping.extract.quotes import TITLE_WORDS

    toks = [t.strip(".,'’()") for t in name.casefold().split()]
    toks = [t for t in toks if t]
    while len(toks) > 1 and (toks[0] in TITLE_WORDS or toks[0] + "." in TITLE_WORDS):
        toks.pop(0)
    return toks


def same_speaker(pred: str | None, gold: str | None) -> bool:
    """Casefolded, titles stripped; a leading or trailing part of the other name counts."""
    if not pred or not gold:
        return not pred and not gold
    p, g = _name_tokens(pred), _name_tokens(gold)
    if not p or not g:
        return False
    short, long_ = (p, g) if len(p) <= len(g) else (g, p)
    return long_[: len(short)] == short or long_[-len(short):] == short


def _match(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one matches by largest overlap (greedy)."""
    return [(gold[i], pred[j]) for i, j in match_spans(gold, pred)]


@dataclass
class Scores:
    lenient: PRF
    strict: PRF
    speaker_ok: int = 0
    speaker_n: int = 0
    speaker_named_ok: int = 0  # among matches whose gold speaker is named
    speaker_named_n: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_n if self.speaker_n else 0.0


def score(gold: dict[str, list[Span]], preds: dict[str, list[Span]], raws: dict[str, str], direct: bool,
          errors: list[str] | None = None) -> Scores:
    """Span and speaker scores for direct quotes (``direct=True``) or reported statements."""
    sc = Scores(PRF(), PRF())
    for aid, gspans in gold.items():
        raw = raws[aid]
        g = [s for s in gspans if s.direct == direct]
        p = [s for s in preds.get(aid, []) if s.direct == direct]
        pairs = _match(g, p)
        sc.lenient.tp += len(pairs)
        sc.lenient.fp += len(p) - len(pairs)
        sc.lenient.fn += len(g) - len(pairs)
        gs = {_trimmed(raw, s.start, s.end) for s in g}
        ps = {_trimmed(raw, s.start, s.end) for s in p}
        sc.strict.tp += len(gs & ps)
        sc.strict.fp += len(ps - gs)
        sc.strict.fn += len(gs - ps)
        for gq, pq in pairs:
            ok = same_speaker(pq.speaker, gq.speaker)
            sc.speaker_n += 1
            sc.speaker_ok += ok
            if gq.speaker:
                sc.speaker_named_n += 1
                sc.speaker_named_ok += ok
            if errors is not None and not ok:
                errors.append(f"{aid}\tSPEAKER\t{gq.start}:{gq.end}\tgold={gq.speaker!r} pred={pq.speaker!r}"
                              f"\t{_snippet(raw, gq.start, gq.end)}")
        if errors is not None:
            mg = {id(x) for x, _ in pairs}
            mp = {id(y) for _, y in pairs}
            kind = "direct" if direct else "reported"
            for s in g:
                if id(s) not in mg:
                    errors.append(f"{aid}\tMISS-{kind}\t{s.start}:{s.end}\t{s.speaker!r}\t{_snippet(raw, s.start, s.end)}")
            for s in p:
                if id(s) not in mp:
                    errors.append(f"{aid}\tFALSE-{kind}\t{s.start}:{s.end}\t{s.speaker!r}\t{_snippet(raw, s.start, s.end)}")
    return sc


def _snippet(raw: str, a: int, b: int) -> str:
    """A short excerpt for the developer's error list (printed, never stored)."""
    t = raw[a:b].replace("\n", " / ")
    return t if len(t) <= 90 else t[:60] + " … " + t[-25:]


def unknown_speakers(preds: dict[str, list[Span]], raws: dict[str, str]) -> list[tuple[str, str]]:
    """(article, name) for every predicted speaker name that does not occur in its article."""
    bad = []
    for aid, spans in preds.items():
        text = raws[aid].casefold()
        for s in spans:
            if s.speaker and s.speaker.casefold() not in text:
                # ``Rusia dan Korea Utara`` from ``baik Rusia maupun Korea Utara``: each part occurs
                parts = [x for x in re.split(r"\s+dan\s+", s.speaker.casefold()) if x]
                if not all(x in text for x in parts):
                    bad.append((aid, s.speaker))
    return bad


# ----------------------------------------------------------------------------- command


def run(args: argparse.Namespace) -> int:
    gold_dir, news = Path(args.gold), Path(args.news)
    if not inputs_present("quotes", gold_dir, news):
        return 0
    gold = load_gold(gold_dir, args.split)
    if not gold:
        print(f"kliping eval quotes: no gold rows for split {args.split!r} in {gold_dir}")
        return 1
    arts = read_articles(news, set(gold))
    missing = sorted(set(gold) - set(arts))
    if missing:
        print(f"kliping eval quotes: {len(missing)} annotated articles not in {news}: {', '.join(missing[:5])}",
              file=sys.stderr)
    gold = {k: v for k, v in gold.items() if k in arts}
    raws = {k: a.text or "" for k, a in arts.items()}  # type: ignore[attr-defined]
    preds = {k: predict(arts[k]) for k in gold}
    errors: list[str] | None = [] if args.errors else None
    n_gold = sum(1 for v in gold.values() for s in v if s.direct)
    n_rep = sum(1 for v in gold.values() for s in v if not s.direct)
    d = score(gold, preds, raws, True, errors)
    # without reported gold (dev2, dev3) every predicted statement would be listed as false
    r = score(gold, preds, raws, False, errors if n_rep else None)
    print(f"{gold_dir} split={args.split}: {len(gold)} articles, {n_gold} direct quotes, {n_rep} reported statements")
    kinds = [("direct", d)] + ([("reported", r)] if n_rep else [])
    if not n_rep:
        print(f"(reported statements are not annotated in this gold set: {r.lenient.fp} predicted, not scored)")
    for label, sc in kinds:  # one table per kind: direct quotes, then reported statements
        rows = [[f"{label} lenient", sc.lenient.precision, sc.lenient.recall, sc.lenient.f1,
                 sc.lenient.tp, sc.lenient.fp, sc.lenient.fn],
                [f"{label} strict", sc.strict.precision, sc.strict.recall, sc.strict.f1,
                 sc.strict.tp, sc.strict.fp, sc.strict.fn]]
        print(format_table([label, "P", "R", "F1", "tp", "fp", "fn"], rows))
        named = sc.speaker_named_ok / sc.speaker_named_n if sc.speaker_named_n else 0.0
        print(f"{label} speaker accuracy {sc.speaker_accuracy:.3f} ({sc.speaker_ok}/{sc.speaker_n}); "
              f"named gold {named:.3f} ({sc.speaker_named_ok}/{sc.speaker_named_n})\n")
    bad = unknown_speakers(preds, raws)
    print(f"quotes attributed to a name not in the article: {len(bad)}")
    for aid, name in bad[:20]:
        print(f"  {aid}: {name}")
    if errors:
        print("\n".join(errors))
    return 0
