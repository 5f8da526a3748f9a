"""The dossier as ONE self-contained HTML file: inline CSS and SVG, no script, no external request.

Article text is untrusted (scraped pages can carry markup meant to run). Every piece of it goes
through :func:`html.escape` at the point it is written, including the pieces cut out of a sentence
to highlight mentions, numbers and dates: the sentence is split at offsets first and each piece is
escaped on its own, so an offset can never land inside an entity or a tag.

Every citation links to the cited sentence in the articles appendix (``#a-<id>-s<n>``, ids
sanitised), where ``:target`` highlights it: following the evidence needs no JavaScript.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from urllib.parse import quote

from kliping import __version__
from kliping.model import Citation, Dossier, Evidence, Figure, Storyline, StorySection, SummarySentence
from kliping.render.charts import SeriesPoint, TimePoint, series_colors, series_svg, timeline_svg
from kliping.render.common import (
    ENTITY_TYPE_LABELS,
    FINDING_HELP,
    FINDING_LABELS,
    Index,
    format_value,
    safe_id,
)
from kliping.render.jsonout import SCHEMA_ID

_URL_SAFE = ":/?#@!$&'()*+,;=%~-._"

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --bg: #fff; --accent: #0b57d0;
  --m: #e3effd; --q: #fdecd8; --t: #e1f5e6; --target: #fff3b0; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 4rem; color: var(--ink); background: var(--bg);
  font: 16px/1.55 Georgia, 'Times New Roman', serif; }
h1, h2, h3, h4, nav, table, .meta, .counts, figcaption, .cite, summary, .badge {
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
a { color: var(--accent); }
.meta { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
.counts { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; list-style: none; padding: 0; margin: .8rem 0; }
.counts b { font-size: 1.3rem; }
nav ol { margin: .3rem 0; padding-left: 1.3rem; font-size: .95rem; }
.summary li { margin: .25rem 0; }
.cite { font-size: .72rem; vertical-align: super; text-decoration: none; white-space: nowrap; margin-left: .1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .88rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f7f8; font-weight: 600; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
figure { margin: .6rem 0 1.2rem; }
figcaption { color: var(--muted); font-size: .85rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
.finding { margin: .4rem 0 .8rem; }
.finding ul { margin: .2rem 0; }
.badge { display: inline-block; font-size: .72rem; padding: 0 .4rem; border-radius: .6rem; background: #eef;
  color: #334; margin-right: .3rem; }
.kind-discrepancy .badge { background: #fde2e1; color: #7a1712; }
.kind-update .badge { background: #e6f4ea; color: #0d5223; }
.kind-name_variant .badge { background: #fef7e0; color: #6b4e00; }
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
details { margin: .4rem 0; font-size: .88rem; color: var(--muted); }
details li { margin: .1rem 0; }
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


class _Html:
    """The report builder: one instance per render, holding the lookups."""

    def __init__(self, dossier: Dossier) -> None:
        self.d = dossier
        self.ix = Index(dossier)

    # ---------------------------------------------------------------- pieces

    def cite(self, c: Citation) -> str:
        label = f"[{e(c.article)}:{c.sentence}]"
        anchor = self.ix.anchor(c.article, c.sentence)
        if anchor is None:
            return f'<span class="cite">{label}</span>'
        tip = self.ix.sentence(c.article, c.sentence) or ""
        return f'<a class="cite" href="#{anchor}" title="{e(tip)}">{label}</a>'

    def cites(self, cs: list[Citation]) -> str:
        return "".join(self.cite(c) for c in cs)

    def article_link(self, aid: str) -> str:
        anchor = self.ix.anchor(aid)
        return f'<a href="#{anchor}">{e(aid)}</a>' if anchor else e(aid)

    def summary(self, sents: list[SummarySentence]) -> str:
        if not sents:
            return '<p class="empty">Tidak ada ringkasan.</p>'
        items = "".join(f"<li>{e(s.text)}{self.cites(s.citations)}</li>" for s in sents)
        return f'<ul class="summary">{items}</ul>'

    # ---------------------------------------------------------------- storyline

    def timeline(self, sl: Storyline) -> str:
        if not sl.timeline:
            return '<p class="empty">Tidak ada entri linimasa.</p>'
        points = []
        for t in sl.timeline:
            c = t.citations[0] if t.citations else None
            href = f"#{a}" if c and (a := self.ix.anchor(c.article, c.sentence)) else None
            points.append(TimePoint(t.value, t.text, f"{t.value}: {t.text}", href))
        svg = timeline_svg(points, title=f"Linimasa: {sl.title}")
        rows = "".join(
            f'<tr><td class="num">{e(t.value)}</td><td>{e(t.text)}</td><td>{self.cites(t.citations)}</td></tr>'
            for t in sl.timeline
        )
        chart = f"<figure>{svg}<figcaption>Titik pada sumbu waktu; arahkan kursor untuk teks lengkap.</figcaption></figure>" if svg else ""
        return (f"{chart}<table><thead><tr><th>Waktu</th><th>Peristiwa</th><th>Sumber</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")

    def figure(self, f: Figure) -> str:
        points = []
        for v in f.values:
            when, note = v.as_of, ""
            if not when:  # undated figure: place it at the reporting article's publication date
                ev = self.ix.articles.get(v.article)
                when = ev.doc.published[:10] if ev and ev.doc.published else None
                note = " (tanggal terbit)" if when else ""
            anchor = self.ix.anchor(v.article, v.sentence)
            label = f"{format_value(v.value, v.value_max, v.modifier, f.unit)} — {v.article}, {when or 'tanpa tanggal'}{note}"
            points.append(SeriesPoint(when, v.value, v.article, v.value_max, label, f"#{anchor}" if anchor else None))
        svg = series_svg(points, unit=f.unit, title=f"{f.about}" + (f" ({f.unit})" if f.unit else ""))
        colors = series_colors([p.series for p in points if p.when])
        rows = []
        for v in f.values:
            sw = f'<span class="swatch" style="background:{colors[v.article]}"></span>' if v.article in colors else ""
            rows.append(
                f'<tr><td class="num">{e(format_value(v.value, v.value_max, v.modifier, f.unit))}</td>'
                f'<td class="num">{e(v.as_of or "—")}</td><td>{sw}{self.cite(Citation(v.article, v.sentence))}</td>'
                f"<td>{e(v.text)}</td></tr>"
            )
        unit = f" <small>({e(f.unit)})</small>" if f.unit else ""
        chart = f"<figure>{svg}<figcaption>Satu warna per artikel; titik tanpa tanggal data memakai tanggal terbit.</figcaption></figure>" if svg else ""
        return (f"<h4>{e(f.about)}{unit}</h4>{chart}<table><thead><tr><th>Nilai</th><th>Per tanggal</th>"
                f"<th>Sumber</th><th>Teks</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")

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
                    f"<li><blockquote>{e(it.text)}{self.cite(Citation(it.article, it.sentence))}</blockquote></li>"
                    for it in f.items
                )
                out.append(f'<div class="finding kind-{kind}"><span class="badge">{e(label)}</span>'
                           f"<strong>{e(f.about)}</strong><ul>{items}</ul></div>")
        return "".join(out)

    def quotes(self, sl: Storyline) -> str:
        rows = []
        for q, who, where in self.ix.storyline_quotes(sl):
            text = f"“{e(q.text)}”" if q.direct else f"{e(q.text)} <small>(tidak langsung)</small>"
            cue = f" <small>({e(q.cue)})</small>" if q.cue else ""
            rows.append(f"<tr><td>{e(who)}{cue}</td><td>{text}</td>"
                        f"<td>{''.join(self.cite(Citation(a, s)) for a, s in where)}</td></tr>")
        if not rows:
            return '<p class="empty">Tidak ada kutipan.</p>'
        return ("<table><thead><tr><th>Pembicara</th><th>Kutipan</th><th>Artikel</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>")

    def storyline(self, sl: Storyline) -> str:
        stories = {s.id: s for s in self.d.stories}
        links = ", ".join(
            f'<a href="#st-{safe_id(s)}">{e(stories[s].title)}</a>' if s in stories else e(s) for s in sl.stories
        )
        figures = "".join(self.figure(f) for f in sl.figures) or '<p class="empty">Tidak ada angka.</p>'
        return (
            f'<section class="storyline" id="sl-{safe_id(sl.id)}"><h2>{e(sl.title)}</h2>'
            f'<p class="meta">Alur cerita {e(sl.id)} · cerita: {links or "—"}</p>'
            f"<h3>Ringkasan</h3>{self.summary(sl.summary)}"
            f"<h3>Linimasa</h3>{self.timeline(sl)}"
            f"<h3>Angka</h3>{figures}"
            f"<h3>Temuan</h3>{self.findings(sl)}"
            f"<h3>Kutipan</h3>{self.quotes(sl)}</section>"
        )

    # ---------------------------------------------------------------- other sections

    def entities(self) -> str:
        if not self.d.entities:
            return '<section id="entitas"><h2>Entitas</h2><p class="empty">Tidak ada entitas.</p></section>'
        rows = []
        for ent in self.d.entities:
            aliases = ", ".join(e(a) for a in ent.aliases if a != ent.name)
            arts = ", ".join(self.article_link(a) for a in ent.articles)
            rows.append(
                f'<tr id="e-{safe_id(ent.id)}"><td><strong>{e(ent.name)}</strong></td>'
                f"<td>{e(ENTITY_TYPE_LABELS.get(ent.type, ent.type))}</td><td>{e(ent.description or '')}</td>"
                f"<td>{aliases}</td><td>{arts}</td></tr>"
            )
        return ('<section id="entitas"><h2>Entitas</h2><table><thead><tr><th>Nama</th><th>Jenis</th>'
                "<th>Keterangan</th><th>Juga ditulis</th><th>Artikel</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table></section>")

    def story(self, st: StorySection) -> str:
        span = " – ".join(e(x) for x in (st.start, st.end) if x)
        arts = ", ".join(self.article_link(a) for a in st.articles)
        return (f'<div class="story" id="st-{safe_id(st.id)}"><h3>{e(st.title)}</h3>'
                f'<p class="meta">{span or "tanpa tanggal"} · artikel: {arts or "—"}</p>{self.summary(st.summary)}</div>')

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

    def article(self, ev: Evidence) -> str:
        d = ev.doc
        anchor = self.ix.anchor(d.id)
        href = _href(d.url)
        title = e(d.title or d.id)
        if href:
            title = f'<a href="{href}" rel="noreferrer noopener">{title}</a>'
        meta = [f"<code>{e(d.id)}</code>", e(d.source or "media tak diketahui")]
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
            removed = f"<details><summary>Boilerplate dihapus ({len(d.removed)})</summary><ul>{items}</ul></details>"
        return (f'<div class="article" id="{anchor}"><h3>{title}</h3><p class="meta">{" · ".join(meta)}</p>'
                f'<ol class="sentences" start="0">{sents}</ol>{removed}</div>')

    # ---------------------------------------------------------------- page

    def page(self) -> str:
        d = self.d
        n_dup = sum(1 for ev in d.articles if ev.doc.id in d.duplicate_of)
        title = "Dossier kliping" + (f": {d.storylines[0].title}" if len(d.storylines) == 1 else "")
        counts = [(len(d.articles), "artikel"), (n_dup, "duplikat"), (len(d.entities), "entitas"),
                  (len(d.stories), "cerita"), (len(d.storylines), "alur cerita")]
        nav = "".join(f'<li><a href="#sl-{safe_id(sl.id)}">{e(sl.title)}</a></li>' for sl in d.storylines)
        nav += '<li><a href="#entitas">Entitas</a></li><li><a href="#cerita">Cerita</a></li><li><a href="#artikel">Artikel</a></li>'
        stories = "".join(self.story(s) for s in d.stories) or '<p class="empty">Tidak ada cerita.</p>'
        legend = ('<p class="legend meta"><span class="hl hl-m">nama</span><span class="hl hl-q">angka</span>'
                  '<span class="hl hl-t">waktu</span> Nomor kalimat mulai dari 0, sama dengan rujukan.</p>')
        return (
            '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="icon" href="data:,">'
            f"<title>{e(title)}</title><style>{CSS}</style></head><body>"
            f"<header><h1>{e(title)}</h1>"
            f'<p class="meta">Dibuat {e(d.generated or "tanpa tanggal")} · kliping {e(__version__)} · {SCHEMA_ID}</p>'
            f'<ul class="counts">{"".join(f"<li><b>{n}</b> {label}</li>" for n, label in counts)}</ul>'
            f"<nav><ol>{nav}</ol></nav></header><main>"
            + "".join(self.storyline(sl) for sl in d.storylines)
            + self.entities()
            + f'<section id="cerita"><h2>Cerita</h2>{stories}</section>'
            + f'<section id="artikel"><h2>Artikel</h2>{legend}{"".join(self.article(ev) for ev in d.articles)}</section>'
            + "</main></body></html>\n"
        )


def render_html(dossier: Dossier) -> str:
    """The whole dossier as one self-contained HTML page (deterministic for a given dossier)."""
    return _Html(dossier).page()
