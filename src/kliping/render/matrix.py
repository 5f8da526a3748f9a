"""Who reported what: the source × fact matrix of a storyline, shared by both reports.

A fact-checker's first question about a claim is how many independent outlets carry it. The
matrix answers it for every aligned fact the dossier already has (figure values, findings,
timeline entries): one row per fact, one column per outlet, a mark in each cell whose outlet
reports it, linked to the cited sentence. A near-duplicate article (``duplicate_of``) is marked as
a copy and does not count as an independent source. Nor does a recall: a sentence repeating a figure as another
party's earlier statement (``FigureValue.recall``: ``Pekan lalu, Gedung Putih menyatakan ...``) supports the first
report of that statement; its cell is marked ``↺`` wherever the sentence is cited (figure, finding or timeline row).

Columns are outlets (``article.source``, else the article id). When every article of a storyline
comes from one outlet, outlet columns would say nothing, so the columns are the articles instead.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kliping.model import Citation, Storyline
from kliping.render.common import FINDING_LABELS, Index, format_value, planned_when


@dataclass(frozen=True)
class Ref:
    """One article's report of a fact: where (``article``, ``sentence``) and whether it is a copy."""

    article: str
    sentence: int
    duplicate_of: str | None = None
    note: str = ""  # the words reported, for a tooltip
    recall: str = ""  # the party whose earlier statement the sentence repeats (``FigureValue.recall``)

    @property
    def counted(self) -> bool:
        """A first-hand report: neither a near-copy nor a recall."""
        return self.duplicate_of is None and not self.recall

    @property
    def symbol(self) -> str:
        """``○`` a near-copy, ``↺`` a recall, ``●`` a report."""
        return "○" if self.duplicate_of else ("↺" if self.recall else "●")


@dataclass
class FactRow:
    """One aligned fact. ``group`` is ``figure``, ``finding`` or ``timeline``; ``topic`` groups rows
    of one figure; ``kind`` is the finding kind (for a badge)."""

    group: str
    label: str
    detail: str = ""
    topic: str = ""
    kind: str | None = None
    cells: dict[str, list[Ref]] = field(default_factory=dict)

    @property
    def sources(self) -> int:
        """Columns with any report."""
        return len(self.cells)

    @property
    def independent(self) -> int:
        """Columns with at least one first-hand report (``Ref.counted``: no near-duplicate copy, no recall). A row
        only recalled (its first report is not among the articles) counts the parties recalled: each is one
        statement, however many outlets repeat it."""
        first = sum(1 for refs in self.cells.values() if any(r.counted for r in refs))
        if first:
            return first
        return len({" ".join(r.recall.casefold().split()) for refs in self.cells.values() for r in refs
                    if r.recall and r.duplicate_of is None})


@dataclass
class Matrix:
    """``by`` is ``source`` (columns are outlets) or ``article`` (one outlet: columns are articles)."""

    by: str
    columns: list[str]
    rows: list[FactRow]
    titles: dict[str, str] = field(default_factory=dict)  # column -> longer description
    omitted: int = 0  # columns beyond MAX_COLUMNS, the least covering, not shown


# A matrix wider than this is unreadable and, at thousands of articles of one outlet (columns are
# then articles), made the HTML report ~100 MB of empty cells. The widest-coverage columns are kept;
# Σ still counts every source.
MAX_COLUMNS = 40


GROUP_LABELS = {"figure": "Angka", "finding": "Temuan", "timeline": "Linimasa"}


RECALL_MEANING = "mengulang angka yang lebih dulu dinyatakan pihak lain (tidak dihitung)"


def count_meaning(m: Matrix) -> str:
    """What Σ counts, for the legend and the cell tooltip: in a one-outlet storyline the columns
    are articles of that outlet, which are no independent sources (a background paragraph the
    outlet repeats in every report is one source, however many articles carry it)."""
    if m.by == "article":
        return "jumlah artikel yang bukan duplikat (semua dari satu media: bukan sumber independen)"
    return "jumlah media independen"


def source_matrix(ix: Index, sl: Storyline) -> Matrix:
    """The source × fact matrix of ``sl`` (deterministic; rows in report order)."""
    arts = ix.storyline_articles(sl)
    outlets = {ix.source_label(a) for a in arts}
    by = "article" if len(outlets) <= 1 and len(arts) > 1 else "source"

    def column(aid: str) -> str:
        return aid if by == "article" else ix.source_label(aid)

    # sentences that repeat a figure as another party's earlier statement, wherever they are cited
    recalled = {(v.article, v.sentence): v.recall for f in sl.figures for v in f.values if v.recall}

    def ref(aid: str, k: int, note: str = "") -> Ref:
        return Ref(aid, k, ix.dossier.duplicate_of.get(aid), note, recalled.get((aid, k), ""))

    members = set(arts)

    def add(row: FactRow, r: Ref) -> None:
        # A name variant's other spelling may be evidenced in another storyline's article: evidence
        # for the finding, but not this storyline's report, so not a column of who reported what.
        if r.article not in members:
            return
        refs = row.cells.setdefault(column(r.article), [])
        if all((x.article, x.sentence) != (r.article, r.sentence) for x in refs):
            refs.append(r)

    rows: list[FactRow] = []
    for f in sl.figures:
        by_value: dict[str, FactRow] = {}
        dates: dict[str, set[str]] = defaultdict(set)
        for v in sorted(f.values, key=lambda v: (v.as_of or "", v.value)):
            shown = format_value(v.value, v.value_max, v.modifier, f.unit)
            row = by_value.get(shown)
            if row is None:
                row = by_value[shown] = FactRow("figure", shown, topic=f.about)
            if v.as_of:
                dates[shown].add(v.as_of)
            add(row, ref(v.article, v.sentence, v.text))
        for shown, row in by_value.items():
            row.detail = ", ".join(sorted(dates[shown]))
            rows.append(row)
    for kind in FINDING_LABELS:
        for fd in sl.findings:
            if fd.kind != kind:
                continue
            row = FactRow("finding", fd.about, kind=kind)
            for it in fd.items:
                add(row, ref(it.article, it.sentence, it.text))
            rows.append(row)
    for t in sl.timeline:
        row = FactRow("timeline", t.text, detail=planned_when(t.value, t.planned))
        for c in t.citations:
            add(row, ref(c.article, c.sentence))
        rows.append(row)

    # Columns: every outlet (or article) of the storyline, the widest coverage first.
    cols = list(dict.fromkeys([column(a) for a in arts] + [c for r in rows for c in r.cells]))
    coverage = {c: sum(1 for r in rows if c in r.cells) for c in cols}
    cols.sort(key=lambda c: -coverage[c])  # stable: ties keep storyline order
    omitted = max(0, len(cols) - MAX_COLUMNS)
    cols = cols[:MAX_COLUMNS]
    titles: dict[str, str] = {}
    for c in cols:
        if by == "article":
            ev = ix.articles.get(c)
            titles[c] = " · ".join(x for x in (ev.doc.title, ev.doc.published) if x) if ev else c
        else:
            n = sum(1 for a in arts if ix.source_label(a) == c)
            titles[c] = f"{c}: {n} artikel"
    return Matrix(by, cols, rows, titles, omitted)


def citation(r: Ref) -> Citation:
    return Citation(r.article, r.sentence)
