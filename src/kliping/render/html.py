"""The dossier as ONE self-contained HTML file: inline CSS and SVG, no script, no external request.

Article text is untrusted (scraped pages can carry markup meant to run). Every piece of it goes
through :func:`html.escape` at the point it is written, including the pieces cut out of a sentence
to highlight mentions, numbers and dates: the sentence is split at offsets first and each piece is
escaped on its own, so an offset can never land inside an entity or a tag.

Every citation links to the cited sentence in the articles appendix (``#a-<id>-s<n>``, ids
sanitised), where ``:target`` highlights it: following the evidence needs no JavaScript.

Order follows what a reader needs first: a table of contents, each storyline (summary, timeline,
figures, who-reported-what matrix, findings, claims, quotes), then stories, entities and the
articles appendix. Long parts are ``<details>`` (closed) so a run of hundreds of articles stays a
usable page; browsers open a closed ``<details>`` when a link targets something inside it.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from itertools import pairwise
from urllib.parse import quote

from kliping import __version__
from kliping.model import (
    Citation,
    Document,
    Dossier,
    Evidence,
    Figure,
    Storyline,
    StorySection,
    SummarySentence,
    TimelineEntry,
)
from kliping.render.charts import (
    SeriesPoint,
    TimePoint,
    scale_outliers,
    series_colors,
    series_svg,
    short_date,
    timeline_chart,
    timex_start,
)
from kliping.render.common import (
    BY_PUBLISHED_LABEL,
    CLAIM_HELP,
    CLAIM_LABELS,
    ENTITY_TYPE_LABELS,
    FINDING_HELP,
    FINDING_LABELS,
    PLANNED_LABEL,
    ROUNDUP_LABEL,
    Index,
    day_range,
    figure_rows,
    format_value,
    heading_name,
    heading_unit,
    planned_when,
    safe_id,
    short_value,
    sources_count,
    summary_when,
    value_text,
    year_only_points,
)
from kliping.render.jsonout import SCHEMA_ID
from kliping.render.markdown import row_citations, shown_text, summary_texts
from kliping.render.matrix import GROUP_LABELS, RECALL_MEANING, Matrix, Ref, count_meaning, source_matrix

_URL_SAFE = ":/?#@!$&'()*+,;=%~-._"

# Above these sizes a part of the report starts closed (<details>); the numbers keep a small
# dossier fully open and a run of hundreds of articles a page one can scroll.
OPEN_ARTICLES = 20       # articles appendix: one <details> per article beyond this many articles
OPEN_STORYLINES = 3      # with more storylines than OPEN_STORYLINES_ALL, only the first few start open
OPEN_STORYLINES_ALL = 6
OPEN_ROWS = 30           # a table with more rows than this starts closed
OPEN_STORIES = 20
OPEN_ENTITIES = 40       # entities beyond the first 40 (most-cited first) sit in a closed list
UNNAMED_LABEL = "Pembicara tidak disebut (tiap kutipan dari orang yang mungkin berbeda)"
OPEN_SPEAKERS = 5        # with many quotes, the most quoted speakers start open
# The plan mark's hover text (the mark itself: :data:`markdown.PLANNED_LABEL`).
PLANNED_TIP = "dijadwalkan atau direncanakan: belum terjadi saat diberitakan"
SENTENCE_DATE_TIP = "tanggal peristiwa menurut kalimat ini"
PUBLISHED_TIP = "kalimat ini tidak menyebut tanggal: tanggal terbit artikelnya"
CHART_FIGURES = 6        # figures with several values charted before the rest are folded

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --bg: #fff; --accent: #0b57d0;
  --m: #e3effd; --q: #fdecd8; --t: #e1f5e6; --target: #fff3b0; --yes: #e6f4ea; --dup: #f1f3f4; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 4rem; color: var(--ink); background: var(--bg);
  font: 16px/1.55 Georgia, 'Times New Roman', serif; }
h1, h2, h3, h4, nav, table, .meta, .counts, figcaption, .cite, summary, .badge, .note {
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; line-height: 1.25; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
a { color: var(--accent); }
.meta, .note { color: var(--muted); font-size: .88rem; margin: .2rem 0; }
.counts { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; list-style: none; padding: 0; margin: .8rem 0; }
.counts b { font-size: 1.3rem; }
nav.toc { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; font-size: .92rem; }
nav.toc h2 { font-size: 1rem; margin: 0 0 .2rem; border: 0; padding: 0; }
nav.toc ol { margin: .2rem 0; padding-left: 1.3rem; }
nav.toc ol ol { font-size: .88rem; }
nav.toc ol.many { columns: 2 18rem; }
nav.toc li { break-inside: avoid; }
.glance { list-style: none; padding: 0; margin: .3rem 0 .6rem; display: flex; flex-wrap: wrap; gap: .3rem .5rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: .85rem; }
.glance li { border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; }
.glance a { text-decoration: none; color: inherit; }
details.stories { margin: .2rem 0; }
details.stories ol { font-size: .9rem; margin: .2rem 0; }
nav.toc .sub { color: var(--muted); font-size: .82rem; }
nav.toc .sub a { margin-right: .5rem; }
.summary li { margin: .25rem 0; }
.summary .when { font-size: .8rem; color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.cite { font-size: .72rem; vertical-align: super; text-decoration: none; white-space: nowrap; margin-left: .1rem; }
.cite.dup { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .88rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f7f8; font-weight: 600; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.differs td { background: #fff4f3; }
tbody th.group { background: #eef1f5; text-align: left; }
.scroll { overflow-x: auto; }
table.matrix { width: auto; min-width: 60%; }
table.matrix td, table.matrix th { padding: .25rem .4rem; }
table.matrix th.col { vertical-align: bottom; text-align: center; max-width: 2.4rem; }
table.matrix th.col span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
  max-height: 11rem; overflow: hidden; text-overflow: ellipsis; display: inline-block; font-weight: 500; }
table.matrix td.fact { min-width: 16rem; max-width: 30rem; }
table.matrix td.mark { text-align: center; white-space: nowrap; }
table.matrix td.yes { background: var(--yes); }
table.matrix td.dup { background: var(--dup); }
table.matrix td.mark a { text-decoration: none; }
table.matrix td.count { text-align: center; font-weight: 600; }
table.matrix tr.single td.count { color: #a50e0e; }
figure { margin: .6rem 0 1.2rem; }
figcaption { color: var(--muted); font-size: .85rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
.finding { margin: .4rem 0 .8rem; }
.finding ul { margin: .2rem 0; }
.badge { display: inline-block; font-size: .72rem; padding: 0 .4rem; border-radius: .6rem; background: #eef;
  color: #334; margin-right: .3rem; white-space: nowrap; }
.kind-discrepancy .badge, .badge.kind-discrepancy, .badge.differs { background: #fde2e1; color: #7a1712; }
.kind-update .badge, .badge.kind-update { background: #e6f4ea; color: #0d5223; }
.kind-name_variant .badge, .badge.kind-name_variant { background: #fef7e0; color: #6b4e00; }
.status-denial .badge { background: #fde2e1; color: #7a1712; }
.status-confirmation .badge { background: #e6f4ea; color: #0d5223; }
.status-speculation .badge { background: #fef7e0; color: #6b4e00; }
.badge.plan { background: #fef7e0; color: #6b4e00; margin: 0 0 0 .3rem; }
blockquote { margin: 0; }
.sentences { padding-left: 2.4rem; }
.sentences li { margin: .15rem 0; padding: 0 .2rem; border-radius: 3px; }
.sentences li:target { background: var(--target); outline: 2px solid #e6c200; }
.sentences li::marker { color: var(--muted); font-size: .8rem; font-family: system-ui, sans-serif; }
.hl { border-radius: 2px; padding: 0 1px; }
.hl-m { background: var(--m); }
.hl-q { background: var(--q); }
.hl-t { background: var(--t); }
.hl-m.hl-q, .hl-m.hl-t, .hl-q.hl-t { background: linear-gradient(var(--q), var(--t)); }
.article { border-top: 1px solid var(--line); padding-top: .6rem; margin-top: 1.4rem; }
.article h3 { margin-top: .3rem; }
details.article { margin-top: .2rem; padding-top: .2rem; color: inherit; font-size: inherit; }
details.article > summary { cursor: pointer; font-size: .92rem; }
details.article > summary .meta { display: inline; margin-left: .4rem; }
details { margin: .4rem 0; }
details > summary { cursor: pointer; font-size: .9rem; color: var(--accent); }
details.removed { font-size: .88rem; color: var(--muted); }
details.removed > summary { color: var(--muted); }
details li { margin: .1rem 0; }
details.speaker > summary { color: var(--ink); font-size: .92rem; }
details.speaker table { margin-top: .2rem; }
details.storyline > summary { font-size: 1.2rem; color: var(--ink); list-style-position: outside; }
details.storyline > summary h2 { display: inline; border: 0; font-size: 1.3rem; }
details.storyline { border-top: 2px solid var(--ink); margin-top: 1.6rem; padding-top: .4rem; }
details.story > summary { color: var(--ink); }
details.story > summary h3 { display: inline; font-size: 1rem; }
.legend span { margin-right: .8rem; }
.swatch { display: inline-block; width: .7rem; height: .7rem; margin-right: .3rem; vertical-align: baseline; }
.empty { color: var(--muted); font-style: italic; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, .cite { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  tr, figure, .finding, .sentences li { break-inside: avoid; }
  #artikel { break-before: page; }
}
"""


def e(text: object) -> str:
    """Escape anything for HTML text and attribute values (quotes included)."""
    return escape("" if text is None else str(text), quote=True)


def _href(url: str | None) -> str | None:
    """An ``http(s)`` URL safe to link; anything else (``javascript:``, ``data:``) is not linked."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return e(quote(url, safe=_URL_SAFE))


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _fold(summary: str, body: str, *, closed: bool, cls: str = "") -> str:
    """``body`` as is, or inside a closed ``<details>`` with ``summary`` (escaped by the caller)."""
    if not closed:
        return body
    c = f' class="{cls}"' if cls else ""
    return f"<details{c}><summary>{summary}</summary>{body}</details>"


def disputed_values(sl: Storyline, f: Figure) -> frozenset[tuple[str, int]]:
    """The ``(article, sentence)`` of ``f``'s values that take part in a ``discrepancy`` finding about it.

    Two articles giving different values on one date are often no disagreement: a part and the
    whole (276 of 5.027 stations), two places, a target and a count, a household-by-household list.
    The findings already apply those rules (``synth.findings``), so the table marks only what they
    found. A finding's ``about`` is the heading of its values' series (``per barel (Brent)``:
    ``synth.findings.collect.name_by_series``), else the figure's name without its qualifier (``per barel``),
    joined with `` / `` when one sentence pair disputes two figures.
    """
    names = {f.about, f.about.split(" (", 1)[0]}
    return frozenset((it.article, it.sentence) for fd in sl.findings
                     if fd.kind == "discrepancy" and names & set(fd.about.split(" / ")) for it in fd.items)


class _Html:
    """The report builder: one instance per render, holding the lookups."""

    def __init__(self, dossier: Dossier) -> None:
        self.d = dossier
        self.ix = Index(dossier)
        self.stories = {s.id: s for s in dossier.stories}
        self.large = len(dossier.articles) > OPEN_ARTICLES
        # one colour per outlet for the whole report: a reader follows an outlet from chart to chart
        self.outlet_colors = series_colors([self.ix.source_label(ev.doc.id) for ev in dossier.articles])

    # ---------------------------------------------------------------- pieces

    def cite(self, c: Citation, *, tip: bool = True) -> str:
        """``[a3:5]`` linking to the sentence; a near-duplicate article's citation is marked as a copy."""
        label = f"[{e(c.article)}:{c.sentence}]"
        anchor = self.ix.anchor(c.article, c.sentence)
        dup = self.d.duplicate_of.get(c.article)
        cls = "cite dup" if dup else "cite"
        if anchor is None:
            return f'<span class="{cls}">{label}</span>'
        text = (f"duplikat dari {dup}: " if dup else "") + ((self.ix.sentence(c.article, c.sentence) or "") if tip else "")
        title = f' title="{e(text)}"' if text else ""
        return f'<a class="{cls}" href="#{anchor}"{title}>{label}</a>'

    def cites(self, cs: list[Citation], *, tip: bool = True) -> str:
        return "".join(self.cite(c, tip=tip) for c in cs)

    def article_link(self, aid: str) -> str:
        anchor = self.ix.anchor(aid)
        return f'<a href="#{anchor}">{e(aid)}</a>' if anchor else e(aid)

    def summary(self, sents: list[SummarySentence], *, tip: bool = True) -> str:
        if not sents:
            return '<p class="empty">Tidak ada ringkasan.</p>'
        items = "".join(f"<li>{self.when_said(s)}{e(text)}"
                        f"{self.cites(s.citations, tip=tip)}</li>"
                        for s, text in zip(sents, summary_texts(self.ix, sents), strict=True))
        return f'<ul class="summary">{items}</ul>'

    @staticmethod
    def when_said(s: SummarySentence) -> str:
        """The date before a summary sentence (:func:`summary_when`); a publication day says so in
        its tip. Nothing when the dossier gives none."""
        when = summary_when(s.date, s.date_source)
        if not when:
            return ""
        tip = PUBLISHED_TIP if s.date_source == "published" else SENTENCE_DATE_TIP
        return f'<span class="when" title="{e(tip)}">{e(when)}</span> '

    # ---------------------------------------------------------------- storyline

    def focus(self, sl: Storyline) -> tuple[dt.datetime, dt.datetime] | None:
        """The reporting period of a storyline: from its first story's start to its last story's end."""
        times = [t for sid in sl.stories if sid in self.stories
                 for t in (timex_start(self.stories[sid].start), timex_start(self.stories[sid].end)) if t]
        return (min(times), max(times)) if times else None

    def timeline(self, sl: Storyline) -> str:
        if not sl.timeline:
            return '<p class="empty">Tidak ada entri linimasa.</p>'
        points = []
        one_outlet = len({self.ix.source_label(a) for a in self.ix.storyline_articles(sl)}) <= 1
        texts = [shown_text(self.ix, t.text, t.citations) for t in sl.timeline]  # chart and table
        for t, text in zip(sl.timeline, texts, strict=True):
            c = t.citations[0] if t.citations else None
            href = f"#{a}" if c and (a := self.ix.anchor(c.article, c.sentence)) else None
            n_src = len({x.article if one_outlet else self.ix.source_label(x.article)
                         for x in t.citations if x.article not in self.d.duplicate_of})
            points.append(TimePoint(t.value, text, f"{planned_when(t.value, t.planned)}: {text}", href, max(1, n_src)))
        chart = timeline_chart(points, title=f"Linimasa: {sl.title}", focus=self.focus(sl))
        notes = [f"{chart.drawn} entri pada grafik; label untuk {chart.labelled} (sisanya lewat kursor dan tabel)"
                 if chart.labelled < chart.drawn else f"{chart.drawn} entri pada grafik"]
        notes.append(f"titik gelap: dilaporkan ≥ 2 {'artikel' if one_outlet else 'media'}; batang: bulan atau pekan")
        if chart.outside:
            shown = ", ".join(e(short_date(p.when)) for p in chart.outside[:6])
            more = f" dan {len(chart.outside) - 6} lagi" if len(chart.outside) > 6 else ""
            notes.append(f"{len(chart.outside)} entri jauh di luar periode liputan tidak digambar ({shown}{more})")
        if chart.undated:
            notes.append(f"{chart.undated} entri tanpa tanggal kalender hanya di tabel")
        fig = f"<figure>{chart.svg}<figcaption>{'; '.join(notes)}.</figcaption></figure>" if chart.svg else ""
        rows = "".join(
            f'<tr><td class="num">{e(t.value)}{self.plan_mark(t)}</td><td>{e(text)}</td>'
            f'<td>{self.cites(t.citations, tip=False)}</td></tr>'
            for t, text in zip(sl.timeline, texts, strict=True)
        )
        table = (f"<table><thead><tr><th>Waktu</th><th>Peristiwa</th><th>Sumber</th></tr></thead>"
                 f"<tbody>{rows}</tbody></table>")
        return fig + _fold(f"Tabel linimasa ({len(sl.timeline)} entri)", table, closed=len(sl.timeline) > OPEN_ROWS)

    @staticmethod
    def plan_mark(t: TimelineEntry) -> str:
        """The marks after a timeline entry's date: its happening was still ahead when reported; its day
        is counted from its article's publication (``date_source`` ``published``)."""
        out = f' <span class="badge plan" title="{e(PLANNED_TIP)}">{e(PLANNED_LABEL)}</span>' if t.planned else ""
        if t.date_source == "published":
            out += f' <span class="badge plan">{e(BY_PUBLISHED_LABEL)}</span>'
        return out

    def figure_when(self, as_of: str | None, article: str) -> tuple[str | None, bool]:
        """The date a value is charted at: its ``as_of``, else its article's publication date."""
        if as_of and timex_start(as_of):
            return as_of, False
        return self.ix.published(article), True

    def figure(self, f: Figure, *, chart: bool = True, disputed: frozenset[tuple[str, int]] = frozenset()) -> str:
        """One measured thing: a chart of its values over time and a table, same-date values together.

        ``chart=False`` (figures folded away in a long storyline) leaves the chart out to keep the
        file small; the table carries the same values. ``disputed``: the ``(article, sentence)`` of
        this figure's values that a discrepancy finding holds (:func:`disputed_values`); only those
        rows are marked *berbeda*.
        """
        points, rows_data = [], []
        # one outlet: colour per article instead, as the matrix does
        one_outlet = len({self.ix.source_label(v.article) for v in f.values}) <= 1 < len({v.article for v in f.values})
        for v in f.values:
            when, fallback = self.figure_when(v.as_of, v.article)
            src = v.article if one_outlet else self.ix.source_label(v.article)
            anchor = self.ix.anchor(v.article, v.sentence)
            shown = format_value(v.value, v.value_max, v.modifier, f.unit)
            label = f"{shown} — {src} ({v.article}), {when or 'tanpa tanggal'}" + (" (tanggal terbit)" if fallback and when else "")
            points.append(SeriesPoint(when, v.value, src, v.value_max, label, f"#{anchor}" if anchor else None,
                                      short_value(v.value, v.value_max, v.modifier)))
            rows_data.append((when or "", v, src, shown, fallback))
        # A value 10^3+ times all others (a writer's slip, or another thing in the series) would flatten
        # them onto zero: it stays in the table and is named under the chart, not drawn.
        dated = [k for k, p in enumerate(points) if timex_start(p.when)]
        far = {dated[k] for k in scale_outliers([max(points[i].value, points[i].value_max or points[i].value)
                                                  for i in dated])}
        # A value repeating another party's earlier statement (``FigureValue.recall``) is no reading of its outlet
        # at the publication date: drawn there it would look like the count fell back (it stays in the table).
        recalls = {k for k, v in enumerate(f.values) if v.recall}
        yearly = year_only_points([v.as_of for v in f.values], [p.when for p in points])
        drawn = [p for k, p in enumerate(points) if k not in far and k not in recalls and k not in yearly]
        # A chart needs something to compare: two dates or two outlets (else the table says it all).
        chart = chart and len({(p.when, p.series) for p in drawn if timex_start(p.when)}) > 1
        # the report's colour per outlet; per article (one outlet) the figure's own
        colors = series_colors([p.series for p in points if timex_start(p.when)]) if one_outlet else {
            p.series: self.outlet_colors.get(p.series, "#888") for p in points if timex_start(p.when)}
        svg = series_svg(drawn, unit=f.unit, title=heading_name(f.about) + (f" ({u})" if (u := heading_unit(f.about, f.unit)) else ""),
                         colors=None if one_outlet else colors) if chart else ""
        rows = []
        ordered = sorted(rows_data, key=lambda r: (r[0], r[1].value))
        # a run of rows stating one value the same way is one row citing every source (``figure_rows``)
        start = 0
        for row in figure_rows([r[1] for r in ordered]):
            members = ordered[start : start + len(row.values)]
            start += len(row.values)
            v, shown = row.first, members[0][3]
            differs = any((x.article, x.sentence) in disputed for x in row.values)
            published = day_range(when for when, _v, _s, _sh, fallback in members if fallback)
            date = e(v.as_of or "—") + (f' <small class="note">terbit {e(published)}</small>' if published else "")
            badge = ' <span class="badge differs">berbeda</span>' if differs else ""
            diff_cls = ' class="differs"' if differs else ""
            # one outlet: the series is the article, which its citation already names (not ``a7 [a7:3]``)
            sources = "; ".join(
                (f'<span class="swatch" style="background:{colors[src]}"></span>' if src in colors else "")
                + ("" if one_outlet else f"{e(src)} ")
                + "".join(self.cite(Citation(x.article, x.sentence), tip=False) for _w, x, s, _sh, _f in members if s == src)
                for src in dict.fromkeys(m[2] for m in members))
            count = sources_count(row)
            sources += f' <small class="note">({e(count)})</small>' if count else ""
            rows.append(
                f'<tr{diff_cls}><td class="num">{e(shown)}</td><td class="num">{date}{badge}</td>'
                f"<td>{sources}</td><td>{e(row.text())}</td></tr>"
            )
        unit = f" <small>({e(u)})</small>" if (u := heading_unit(f.about, f.unit)) else ""  # not ``cm (cm)``
        caption = (("Satu warna per artikel (semua dari satu media)" if one_outlet else "Satu warna per media") + "; label menunjukkan nilai yang dilaporkan (± sekitar, > lebih dari, "
                   "≈ hampir); tanpa tanggal data, titik memakai tanggal terbit.")
        if svg and far:
            named = ", ".join(f"{rows_data[k][3]} ({rows_data[k][1].article})" for k in sorted(far)[:3])
            caption += (f" {len(far)} nilai yang seribu kali atau lebih dari nilai lain tidak digambar agar "
                        f"skalanya terbaca (ada di tabel): {named}"
                        + (f" dan {len(far) - 3} lagi" if len(far) > 3 else "") + ".")
        if svg and yearly:
            caption += (f" {len(yearly)} nilai yang hanya bertanggal tahun tidak digambar agar tidak terbaca sebagai "
                        "nilai awal Januari (ada di tabel).")
        if svg and recalls:
            caption += (f" {len(recalls)} nilai yang mengulang pernyataan pihak lain yang lebih dulu (↺) tidak digambar "
                        "sebagai laporan media itu (ada di tabel).")
        fig = f"<figure>{svg}<figcaption>{e(caption)}</figcaption></figure>" if svg else ""
        return (f"<h4>{e(heading_name(f.about))}{unit}</h4>{fig}<table><thead><tr><th>Nilai</th><th>Per tanggal</th>"
                f"<th>Sumber</th><th>Teks</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")

    def figures(self, sl: Storyline) -> str:
        """Figures with two or more values charted (the first few open); single values in one table."""
        if not sl.figures:
            return '<p class="empty">Tidak ada angka.</p>'
        multi = [f for f in sl.figures if len(f.values) > 1]
        single = [f for f in sl.figures if len(f.values) == 1]
        out = [self.figure(f, disputed=disputed_values(sl, f)) for f in multi[:CHART_FIGURES]]
        if len(multi) > CHART_FIGURES:
            rest = "".join(self.figure(f, chart=False, disputed=disputed_values(sl, f)) for f in multi[CHART_FIGURES:])
            out.append(_fold(f"{len(multi) - CHART_FIGURES} angka lain dengan beberapa nilai", rest, closed=True))
        if single:
            rows = "".join(
                f'<tr><td>{e(heading_name(f.about))}</td><td class="num">{e(format_value(v.value, v.value_max, v.modifier, f.unit))}</td>'
                f'<td class="num">{e(v.as_of or "—")}</td><td>{e(self.ix.source_label(v.article))} '
                f"{self.cite(Citation(v.article, v.sentence), tip=False)}</td><td>{e(value_text(v))}</td></tr>"
                for f in single for v in f.values
            )
            table = ("<table><thead><tr><th>Hal</th><th>Nilai</th><th>Per tanggal</th><th>Sumber</th><th>Teks</th>"
                     f"</tr></thead><tbody>{rows}</tbody></table>")
            out.append("<h4>Angka dari satu laporan</h4>"
                       + _fold(f"{len(single)} angka dari satu laporan", table, closed=len(single) > OPEN_ROWS))
        return "".join(out)

    def mark(self, r: Ref) -> str:
        anchor = self.ix.anchor(r.article, r.sentence)
        where = f"{r.article}:{r.sentence}"
        tip = ((f"duplikat dari {r.duplicate_of} · " if r.duplicate_of else "")
               + (f"mengulang pernyataan {r.recall} · " if r.recall else "") + where + (f" · {r.note}" if r.note else ""))
        tip = _clip(tip, 80)  # the sentence is one click away; long tooltips would bloat big reports
        sym = r.symbol
        return f'<a href="#{anchor}" title="{e(tip)}">{sym}</a>' if anchor else f'<span title="{e(tip)}">{sym}</span>'

    def matrix(self, m: Matrix) -> str:
        if not m.rows:
            return '<p class="empty">Tidak ada fakta yang dapat dibandingkan.</p>'
        head = "".join(f'<th class="col" title="{e(m.titles.get(c, c))}"><span>{e(_clip(c, 40))}</span></th>'
                       for c in m.columns)
        body, group = [], None
        width = len(m.columns) + 2
        meaning = count_meaning(m)
        for r in m.rows:
            if r.group != group:
                group = r.group
                body.append(f'<tr><th class="group" colspan="{width}">{e(GROUP_LABELS[r.group])}</th></tr>')
            if r.group == "figure":
                fact = f"<strong>{e(r.topic)}</strong>: {e(r.label)}" + (f' <small class="note">per {e(r.detail)}</small>' if r.detail else "")
            elif r.group == "finding":
                fact = f'<span class="badge kind-{e(r.kind)}">{e(FINDING_LABELS.get(r.kind or "", r.kind))}</span>{e(_clip(r.label, 120))}'
            else:
                fact = f'<span class="num">{e(r.detail)}</span> {e(_clip(shown_text(self.ix, r.label, row_citations(r)), 70))}'
            cells = []
            for c in m.columns:
                refs = r.cells.get(c, [])
                if not refs:
                    cells.append('<td class="mark"></td>')
                    continue
                cls = "yes" if any(x.duplicate_of is None for x in refs) else "dup"
                cells.append(f'<td class="mark {cls}">{"".join(self.mark(x) for x in refs)}</td>')
            single = ' class="single"' if r.independent < 2 else ""
            body.append(f'<tr{single}><td class="fact">{fact}</td>{"".join(cells)}'
                        f'<td class="count" title="{e(meaning)}">{r.independent}</td></tr>')
        what = "artikel (semua dari satu media)" if m.by == "article" else "media"
        legend = (f'<p class="note">Baris: fakta yang diselaraskan; kolom: {what}. ● melaporkan (tautan ke kalimat), '
                  f"○ salinan dari artikel lain (duplikat, tidak dihitung), ↺ {RECALL_MEANING}, kosong: tidak menyebut. "
                  + f"Σ: {meaning}."
                  + (f" {m.omitted} kolom lain yang melaporkan lebih sedikit fakta tidak ditampilkan;"
                     " Σ tetap menghitungnya." if m.omitted else "") + "</p>")
        table = (f'<div class="scroll"><table class="matrix"><thead><tr><th>Fakta</th>{head}<th>Σ</th></tr></thead>'
                 f"<tbody>{''.join(body)}</tbody></table></div>")
        n2 = sum(1 for r in m.rows if r.independent >= 2)
        summ = f"Matriks {len(m.rows)} fakta × {len(m.columns)} {what.split(' ')[0]} ({n2} fakta dari ≥ 2 sumber)"
        return legend + _fold(e(summ), table, closed=len(m.rows) > 3 * OPEN_ROWS)

    def findings(self, sl: Storyline) -> str:
        if not sl.findings:
            return '<p class="empty">Tidak ada temuan.</p>'
        out = []
        for kind, label in FINDING_LABELS.items():
            group = [f for f in sl.findings if f.kind == kind]
            if not group:
                continue
            out.append(f'<h4>{e(label)} <small>— {e(FINDING_HELP[kind])}</small></h4>')
            for f in group:
                items = "".join(
                    f"<li><blockquote>{e(shown_text(self.ix, it.text, [Citation(it.article, it.sentence)]))}{self.cite(Citation(it.article, it.sentence), tip=False)}</blockquote></li>"
                    for it in f.items
                )
                note = f' <small class="note">{e(f.note)}</small>' if f.note else ""
                out.append(f'<div class="finding kind-{kind}"><span class="badge">{e(label)}</span>'
                           f"<strong>{e(f.about)}</strong>{note}<ul>{items}</ul></div>")
        return "".join(out)

    def claims(self, sl: Storyline, groups: dict | None = None) -> str:
        groups = self.ix.storyline_claims(sl) if groups is None else groups
        if not groups:
            return '<p class="empty">Tidak ada klaim.</p>'
        body = []
        for status, rows in groups.items():
            label = CLAIM_LABELS.get(status, status)
            body.append(f'<tr class="status-{e(status)}"><th class="group" colspan="4"><span class="badge">{e(label)}</span>'
                        f'{len(rows)} · <small>{e(CLAIM_HELP.get(status, ""))}</small></th></tr>')
            for c, who, cites in rows:
                body.append(f"<tr><td>{e(who)}</td><td><small>{e(c.cue)}</small></td><td>{e(c.text)}</td>"
                            f"<td>{self.cites(cites, tip=False)}</td></tr>")
        n = sum(len(r) for r in groups.values())
        table = ("<table><thead><tr><th>Pihak</th><th>Penanda</th><th>Klaim</th><th>Sumber</th></tr></thead>"
                 f"<tbody>{''.join(body)}</tbody></table>")
        counts = ", ".join(f"{len(r)} {CLAIM_LABELS.get(s, s).lower()}" for s, r in groups.items())
        return _fold(f"{n} klaim ({e(counts)})", table, closed=n > OPEN_ROWS)

    def quotes(self, sl: Storyline) -> str:
        """Quotes grouped by speaker, one foldable group each; with many quotes only the most quoted open."""
        groups = self.ix.storyline_quotes_by_speaker(sl)
        if not groups:
            return '<p class="empty">Tidak ada kutipan.</p>'
        n = sum(len(r) for _, r in groups)
        out = [f'<p class="note">{n} kutipan dari {len(groups)} pembicara; yang paling sering dikutip lebih dulu.</p>']
        for k, (who, rows) in enumerate(groups):
            body = "".join(
                f"<tr><td>{f'<small>({e(q.speaker_desc)})</small> ' if q.speaker_desc and who == self.ix.UNNAMED else ''}"
                f"{f'“{e(q.text)}”' if q.direct else f'{e(q.text)} <small>(tidak langsung)</small>'}</td>"
                f"<td><small>{e(q.cue or '')}</small></td>"
                f"<td>{''.join(self.cite(Citation(a, s), tip=False) for a, s in where)}</td></tr>"
                for q, where in rows
            )
            opened = " open" if n <= OPEN_ROWS or k < OPEN_SPEAKERS else ""
            # The unnamed rows are quotes of different, unnamed people, not one speaker's.
            label = (f"<strong>{UNNAMED_LABEL}</strong>" if who == self.ix.UNNAMED else f"<strong>{e(who)}</strong>")
            out.append(f'<details class="speaker"{opened}><summary>{label} · {len(rows)} kutipan</summary>'
                       '<table><thead><tr><th>Kutipan</th><th>Penanda</th><th>Artikel</th></tr></thead>'
                       f"<tbody>{body}</tbody></table></details>")
        return "".join(out)

    SECTIONS = (("ringkasan", "Ringkasan"), ("linimasa", "Linimasa"), ("angka", "Angka"),
                ("matriks", "Siapa melaporkan apa"), ("temuan", "Temuan"), ("klaim", "Klaim"), ("kutipan", "Kutipan"))

    def storyline(self, sl: Storyline, k: int) -> str:
        sid = safe_id(sl.id)
        links = [f'<a href="#st-{safe_id(s)}">{e(self.stories[s].title)}</a>' if s in self.stories else e(s)
                 for s in sl.stories]
        arts = self.ix.storyline_articles(sl)
        n_src = len({self.ix.source_label(a) for a in arts})
        n_dup = sum(1 for a in arts if a in self.d.duplicate_of)
        claims = self.ix.storyline_claims(sl)
        # At a glance: what a fact-checker triages on, each linking to its section.
        glance = [(f"{len(arts)} artikel" + (f" ({n_dup} duplikat)" if n_dup else ""), "matriks"),
                  (f"{n_src} media", "matriks")]
        glance += [(f"{sum(1 for f in sl.findings if f.kind == k)} {FINDING_LABELS[k].lower()}", "temuan")
                   for k in FINDING_LABELS if any(f.kind == k for f in sl.findings)]
        glance += [(f"{len(rows)} {CLAIM_LABELS.get(st, st).lower()}", "klaim") for st, rows in claims.items()]
        glance_html = '<ul class="glance">' + "".join(
            f'<li><a href="#sl-{sid}-{key}">{e(text)}</a></li>' for text, key in glance) + "</ul>"
        parts = {
            "ringkasan": self.summary(sl.summary),
            "linimasa": self.timeline(sl),
            "angka": self.figures(sl),
            "matriks": self.matrix(source_matrix(self.ix, sl)) if len(arts) > 1
            else '<p class="empty">Satu artikel: tidak ada sumber lain untuk dibandingkan.</p>',
            "temuan": self.findings(sl),
            "klaim": self.claims(sl, claims),
            "kutipan": self.quotes(sl),
        }
        if len(sl.stories) > 3:
            items = "".join(f"<li>{x}</li>" for x in links)
            stories = f'<details class="stories"><summary>{len(sl.stories)} cerita</summary><ol>{items}</ol></details>'
        else:
            stories = f'<p class="meta">Cerita: {", ".join(links) or "—"}</p>'
        body = (f"{glance_html}{stories}"
                + "".join(f'<h3 id="sl-{sid}-{key}">{label}</h3>{parts[key]}' for key, label in self.SECTIONS))
        many = len(self.d.storylines) > OPEN_STORYLINES_ALL
        if not many:
            return f'<section class="storyline" id="sl-{sid}"><h2>{e(sl.title)}</h2>{body}</section>'
        opened = " open" if k < OPEN_STORYLINES else ""
        return (f'<details class="storyline" id="sl-{sid}"{opened}><summary><h2>{e(sl.title)}</h2> '
                f'<span class="meta">{len(arts)} artikel · {n_src} media · {len(sl.timeline)} linimasa · '
                f"{len(sl.findings)} temuan</span></summary>{body}</details>")

    # ---------------------------------------------------------------- other sections

    def entity_rows(self, ents: list) -> str:
        rows = []
        for ent in ents:
            aliases = ", ".join(e(a) for a in ent.aliases if a != ent.name)
            arts = ", ".join(self.article_link(a) for a in ent.articles)
            rows.append(
                f'<tr id="e-{safe_id(ent.id)}"><td><strong>{e(ent.name)}</strong></td>'
                f"<td>{e(ENTITY_TYPE_LABELS.get(ent.type, ent.type))}</td><td>{e(ent.description or '')}</td>"
                f"<td>{aliases}</td><td>{arts}</td></tr>"
            )
        return ("<table><thead><tr><th>Nama</th><th>Jenis</th><th>Keterangan</th><th>Juga ditulis</th><th>Artikel</th>"
                f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")

    def entities(self) -> str:
        if not self.d.entities:
            return '<section id="entitas"><h2>Entitas</h2><p class="empty">Tidak ada entitas.</p></section>'
        ents = sorted(self.d.entities, key=lambda x: -len(x.articles))  # most cited first, stable
        out = self.entity_rows(ents[:OPEN_ENTITIES])
        if len(ents) > OPEN_ENTITIES:
            out += _fold(f"{len(ents) - OPEN_ENTITIES} entitas lain", self.entity_rows(ents[OPEN_ENTITIES:]), closed=True)
        note = '<p class="note">Urut menurut jumlah artikel yang menyebutnya.</p>'
        return f'<section id="entitas"><h2>Entitas</h2>{note}{out}</section>'

    def story(self, st: StorySection) -> str:
        span = " – ".join(e(x) for x in (st.start, st.end) if x)
        arts = ", ".join(self.article_link(a) for a in st.articles)
        meta = f'<p class="meta">{span or "tanpa tanggal"} · artikel: {arts or "—"}</p>'
        # a digest of several happenings says so next to its title (``roundup`` in the JSON)
        mark = f' <span class="badge">{e(ROUNDUP_LABEL)}</span>' if st.roundup else ""
        if len(self.d.stories) > OPEN_STORIES:
            return (f'<details class="story" id="st-{safe_id(st.id)}"><summary><h3>{e(st.title)}</h3>{mark} '
                    f'<span class="meta">{span or "tanpa tanggal"} · {len(st.articles)} artikel</span></summary>'
                    f"{meta}{self.summary(st.summary, tip=False)}</details>")
        return (f'<div class="story" id="st-{safe_id(st.id)}"><h3>{e(st.title)}</h3>{mark}'
                f"{meta}{self.summary(st.summary)}</div>")

    def highlighted(self, ev: Evidence, k: int, text: str) -> str:
        """Sentence ``k`` with evidence spans wrapped; every piece escaped separately."""
        spans: list[tuple[int, int, str, str]] = []
        for m in ev.mentions:
            if m.sentence == k:
                ent = self.ix.entities.get(m.entity or "")
                tip = f"{m.type}" + (f" → {ent.name}" if ent else "") + (f" ({m.title})" if m.title else "")
                spans.append((m.start, m.end, "hl-m", tip))
        for q in ev.quantities:
            if q.sentence == k:
                tip = "angka: " + format_value(q.value, q.value_max, q.modifier, q.unit)
                tip += (f" {q.noun}" if q.noun else "") + (f" per {q.as_of}" if q.as_of else "")
                spans.append((q.start, q.end, "hl-q", tip))
        for t in ev.times:
            if t.sentence == k:
                spans.append((t.start, t.end, "hl-t", f"{t.type} {t.value or '(tak diketahui)'}"))
        spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
        if not spans:
            return e(text)
        bounds = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
        out = []
        for a, b in pairwise(bounds):
            cover = [s for s in spans if s[0] <= a and b <= s[1]]
            piece = e(text[a:b])
            if cover:
                classes = " ".join(sorted({s[2] for s in cover}))
                tip = "; ".join(dict.fromkeys(s[3] for s in cover))
                out.append(f'<span class="hl {classes}" title="{e(tip)}">{piece}</span>')
            else:
                out.append(piece)
        return "".join(out)

    def outlet_text(self, d: Document) -> str:
        """The outlet's one name in the dossier (escaped), with the article's own spelling when it differs."""
        name = self.ix.outlet(d)
        if name is None:
            return "media tak diketahui"
        return e(name) if name == d.source else f"{e(name)} ({e(d.source)})"

    def article(self, ev: Evidence) -> str:
        d = ev.doc
        anchor = self.ix.anchor(d.id)
        href = _href(d.url)
        title = e(d.title or d.id)
        meta = [f"<code>{e(d.id)}</code>", self.outlet_text(d)]
        if d.published:
            meta.append(e(d.published) + (" (dari teks)" if d.published_inferred else ""))
        if d.dateline:
            meta.append(e(d.dateline))
        dup = self.d.duplicate_of.get(d.id)
        if dup:
            meta.append(f"duplikat dari {self.article_link(dup)}")
        meta.append(f"berkas: {e(d.input)}")
        sents = "".join(
            f'<li id="{self.ix.anchor(d.id, k)}">{self.highlighted(ev, k, s.text)}</li>'
            for k, s in enumerate(d.sentences)
        )
        removed = ""
        if d.removed:
            items = "".join(f"<li><code>{e(r.reason)}</code> {e(r.text)}</li>" for r in d.removed)
            removed = (f'<details class="removed"><summary>Boilerplate dihapus ({len(d.removed)})</summary>'
                       f"<ul>{items}</ul></details>")
        link = f' <a href="{href}" rel="noreferrer noopener">tautan asli</a>' if href else ""
        body = f'<ol class="sentences" start="0">{sents}</ol>{removed}'
        if self.large:
            short = [self.outlet_text(d)] + ([e(d.published[:10])] if d.published else [])
            if dup:
                short.append(f"duplikat dari {e(dup)}")
            return (f'<details class="article" id="{anchor}"><summary><strong>{title}</strong>'
                    f'<span class="meta"><code>{e(d.id)}</code> · {" · ".join(short)}</span></summary>'
                    f'<p class="meta">{" · ".join(meta)}{link}</p>{body}</details>')
        if href:
            title = f'<a href="{href}" rel="noreferrer noopener">{title}</a>'
        return f'<div class="article" id="{anchor}"><h3>{title}</h3><p class="meta">{" · ".join(meta)}</p>{body}</div>'

    # ---------------------------------------------------------------- page

    def toc(self, storylines: list[Storyline]) -> str:
        d = self.d
        items = []
        for sl in storylines:
            sid = safe_id(sl.id)
            sub = ""
            if len(d.storylines) <= OPEN_STORYLINES_ALL:
                sub = '<br><span class="sub">' + "".join(
                    f'<a href="#sl-{sid}-{key}">{label}</a>' for key, label in self.SECTIONS) + "</span>"
            n = len(self.ix.storyline_articles(sl))
            items.append(f'<li><a href="#sl-{sid}">{e(sl.title)}</a> <small>({n} artikel)</small>{sub}</li>')
        sls = f"<ol>{''.join(items)}</ol>" if items else ""
        if len(items) > 12:
            # the largest stay in view; the long tail folds
            sls = (f'<ol class="many">{"".join(items[:8])}</ol><details><summary>{len(items) - 8} alur cerita lain'
                   f'</summary><ol class="many" start="9">{"".join(items[8:])}</ol></details>')
        return (
            '<nav class="toc" aria-label="Daftar isi"><h2>Daftar isi</h2><ol>'
            f'<li>Alur cerita ({len(d.storylines)}){sls}</li>'
            f'<li><a href="#cerita">Cerita</a> ({len(d.stories)})</li>'
            f'<li><a href="#entitas">Entitas</a> ({len(d.entities)})</li>'
            f'<li><a href="#artikel">Artikel</a> ({len(d.articles)})</li></ol></nav>'
        )

    def ordered_storylines(self) -> list[Storyline]:
        """Dossier order; with many storylines the largest (most articles) first, as a reader would triage."""
        sls = list(self.d.storylines)
        if len(sls) > OPEN_STORYLINES_ALL:
            sls.sort(key=lambda sl: -len(self.ix.storyline_articles(sl)))  # stable: ties keep dossier order
        return sls

    def page(self) -> str:
        d = self.d
        storylines = self.ordered_storylines()
        n_dup = sum(1 for ev in d.articles if ev.doc.id in d.duplicate_of)
        n_src = len({self.ix.source_label(ev.doc.id) for ev in d.articles})
        title = "Dossier kliping" + (f": {d.storylines[0].title}" if len(d.storylines) == 1 else "")
        counts = [(len(d.articles), "artikel"), (n_dup, "duplikat"), (n_src, "media"), (len(d.entities), "entitas"),
                  (len(d.stories), "cerita"), (len(d.storylines), "alur cerita")]
        stories = "".join(self.story(s) for s in d.stories) or '<p class="empty">Tidak ada cerita.</p>'
        legend = ('<p class="legend meta"><span class="hl hl-m">nama</span><span class="hl hl-q">angka</span>'
                  '<span class="hl hl-t">waktu</span> Nomor kalimat mulai dari 0, sama dengan rujukan.'
                  + (" Klik judul artikel untuk membuka teksnya; tautan rujukan membukanya otomatis." if self.large else "")
                  + "</p>")
        return (
            '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            '<meta name="generator" content="kliping">'  # ingest skips its own reports by this
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="icon" href="data:,">'
            f"<title>{e(title)}</title><style>{CSS}</style></head><body>"
            f"<header><h1>{e(title)}</h1>"
            f'<p class="meta">Dibuat {e(d.generated or "tanpa tanggal")} · kliping {e(__version__)} · {SCHEMA_ID} · '
            "rujukan [artikel:kalimat] menuju kalimat yang dikutip</p>"
            f'<ul class="counts">{"".join(f"<li><b>{n}</b> {label}</li>" for n, label in counts)}</ul>'
            f"{self.toc(storylines)}</header><main>"
            + "".join(self.storyline(sl, k) for k, sl in enumerate(storylines))
            + f'<section id="cerita"><h2>Cerita</h2>{stories}</section>'
            + self.entities()
            + f'<section id="artikel"><h2>Artikel</h2>{legend}{"".join(self.article(ev) for ev in d.articles)}</section>'
            + "</main></body></html>\n"
        )


def render_html(dossier: Dossier) -> str:
    """The whole dossier as one self-contained HTML page (deterministic for a given dossier)."""
    return _Html(dossier).page()
