"""Report features for analysts: the source × fact matrix, claims, quotes by speaker, chart labels,
and a large dossier that stays navigable. Hand-built dossiers only (no pipeline, fast)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from itertools import pairwise

from kliping.model import (
    Citation,
    Claim,
    Document,
    Dossier,
    Entity,
    Evidence,
    Figure,
    FigureValue,
    Finding,
    FindingItem,
    Mention,
    Quote,
    Sentence,
    Storyline,
    StorySection,
    SummarySentence,
    TimelineEntry,
)
from kliping.render import render_html, render_markdown, to_json, validate
from kliping.render.charts import CHAR_W, SeriesPoint, TimePoint, series_svg, timeline_chart, timex_start
from kliping.render.common import Index
from kliping.render.example import example_dossier as build
from kliping.render.html import UNNAMED_LABEL
from kliping.render.matrix import source_matrix
from kliping.sources import outlet_key

SVG = "{http://www.w3.org/2000/svg}"


def _doc(aid: str, sents: list[str], source: str | None, published: str) -> Document:
    out, pos = [], 0
    for s in sents:
        out.append(Sentence(s, pos, pos + len(s)))
        pos += len(s) + 1
    return Document(id=aid, input=f"uji/{aid}.txt", text=" ".join(sents), sentences=out, source=source,
                    published=published, language="id")


def _three_outlets() -> Dossier:
    """The example flood plus a3, a near-copy of a1 run by a third outlet, cited for the same facts."""
    d = build()
    a1 = d.articles[0].doc
    a3 = _doc("a3", [s.text for s in a1.sentences], "Salinan Harian", "2024-03-05")
    d.articles.append(Evidence(a3, claims=[Claim("allegation", "diduga", "tanggul jebol karena lalai", 0,
                                                 actor_name="warga")]))
    d.duplicate_of = {"a3": "a1"}
    d.stories[0].articles.append("a3")
    sl = d.storylines[0]
    sl.figures[0].values.append(FigureValue(1200.0, "2024-03-05", "a3", 0, text="1.200 rumah"))
    sl.findings[0].items.append(FindingItem("a3", 0, a3.sentences[0].text))
    sl.timeline[0].citations.append(Citation("a3", 0))
    return d


# ----------------------------------------------------------------------------- matrix


def test_matrix_rows_columns_and_duplicates() -> None:
    d = _three_outlets()
    validate(to_json(d))
    m = source_matrix(Index(d), d.storylines[0])
    assert m.by == "source"
    assert set(m.columns) == {"Kabar Contoh", "Warta Uji", "Salinan Harian"}
    rows = {(r.group, r.topic, r.label): r for r in m.rows}
    # figure values: one row per distinct value; 1.200 is in a1 and its copy a3, 1.450 only in a2
    r1200 = rows[("figure", "rumah terendam", "1.200")]
    assert {c: [(x.article, x.sentence) for x in refs] for c, refs in r1200.cells.items()} == {
        "Kabar Contoh": [("a1", 0)], "Salinan Harian": [("a3", 0)]}
    assert r1200.cells["Salinan Harian"][0].duplicate_of == "a1"
    assert r1200.sources == 2 and r1200.independent == 1  # the copy does not count
    assert rows[("figure", "rumah terendam", "1.450")].cells.keys() == {"Warta Uji"}
    assert rows[("figure", "rumah terendam", "1.200")].detail == "2024-03-05"
    # findings and timeline entries are rows too
    agree = rows[("finding", "", "lokasi banjir")]
    assert agree.kind == "agreement" and agree.independent == 2 and agree.sources == 3
    assert rows[("timeline", "", "Banjir merendam 1.200 rumah")].detail == "2024-03-05"
    assert [r.group for r in m.rows] == sorted((r.group for r in m.rows), key=["figure", "finding", "timeline"].index)
    assert m.columns[0] == "Kabar Contoh"  # widest coverage first


def test_matrix_in_html_links_cells_to_sentences() -> None:
    page = render_html(_three_outlets())
    table = re.search(r'<table class="matrix">.*?</table>', page, re.S)
    assert table
    html = table.group(0)
    row = next(tr for tr in re.findall(r"<tr.*?</tr>", html, re.S) if "<strong>rumah terendam</strong>: 1.200" in tr)
    assert 'href="#a-a1-s0"' in row and '>●</a>' in row
    assert 'href="#a-a3-s0" title="duplikat dari a1 · a3:0' in row and ">○</a>" in row
    assert 'class="mark dup"' in row  # a cell holding only a copy is shown as such
    assert row.endswith('<td class="count" title="jumlah media independen">1</td></tr>')
    assert "Salinan Harian" in re.search(r"<thead>.*?</thead>", html, re.S).group(0)
    assert 'id="sl-L1-matriks"' in page


def test_matrix_in_markdown() -> None:
    md = render_markdown(_three_outlets())
    header = next(line for line in md.splitlines() if line.startswith("| Fakta |"))
    cols = [c.strip() for c in header.strip("|").split("|")]
    assert cols[0] == "Fakta" and cols[-1] == "Σ" and set(cols[1:-1]) == {"Kabar Contoh", "Warta Uji", "Salinan Harian"}
    row = next(line for line in md.splitlines() if line.startswith("| rumah terendam: 1.200 "))
    cells = [c.strip() for c in row.strip("|").split("|")]
    by_col = dict(zip(cols, cells, strict=True))
    assert by_col["Kabar Contoh"] == "[●0](#sumber-a1)"
    assert by_col["Salinan Harian"] == "[○0](#sumber-a3)"
    assert by_col["Warta Uji"] == "" and by_col["Σ"] == "1"


def test_matrix_uses_articles_when_one_outlet_and_merges_outlet_spellings() -> None:
    d = build()
    d.articles[1].doc.source = "Kabar Contoh"
    m = source_matrix(Index(d), d.storylines[0])
    assert m.by == "article" and set(m.columns) == {"a1", "a2"}
    d.articles[1].doc.source = "kabarcontoh.id"  # the same outlet written as a domain
    assert outlet_key("kabarcontoh.id") == outlet_key("Kabar Contoh") == outlet_key("https://www.KabarContoh.id/x")
    m = source_matrix(Index(d), d.storylines[0])
    assert m.by == "article"  # still one outlet: never counted as two independent sources
    d.articles[1].doc.source = None
    assert set(source_matrix(Index(d), d.storylines[0]).columns) == {"Kabar Contoh", "a2"}  # id fallback


def test_one_outlet_matrix_says_its_count_is_articles_not_independent_sources() -> None:
    """Columns of a one-outlet storyline are that outlet's articles: Σ counts them, and both
    reports say so instead of calling them independent sources."""
    d = build()
    d.articles[1].doc.source = "Kabar Contoh"
    md = render_markdown(d)
    legend = next(line for line in md.splitlines() if line.startswith("Baris: fakta; kolom: artikel"))
    assert "bukan sumber independen" in legend and "Σ = jumlah sumber independen" not in legend
    page = render_html(d)
    table = re.search(r'<table class="matrix">.*?</table>', page, re.S).group(0)
    counts = re.findall(r'<td class="count" title="([^"]*)">', table)
    assert counts and all("bukan sumber independen" in t for t in counts)


# ----------------------------------------------------------------------------- claims, quotes

EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


def test_claims_grouped_by_status_with_actor_and_escaped() -> None:
    d = _three_outlets()
    ev2 = d.articles[1]
    ev2.claims.append(Claim("speculation", "diperkirakan", f"air surut {EVIL}", 0, actor_name=f"BMKG {EVIL}"))
    validate(to_json(d))
    page = render_html(d)
    assert "<script" not in page and "<img" not in page
    assert "air surut &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "BMKG &lt;script&gt;" in page
    klaim = page[page.index('id="sl-L1-klaim"'):page.index('id="sl-L1-kutipan"')]
    order = [klaim.index(label) for label in ("Tuduhan dan klaim", "Bantahan", "Spekulasi")]
    assert order == sorted(order)
    assert "Konfirmasi" not in klaim  # no confirmation claims: no empty group
    # actor resolved through the entity, citation to the sentence, cue shown
    row = next(tr for tr in re.findall(r"<tr>.*?</tr>", klaim, re.S) if "ada korban jiwa" in tr)
    assert "<td>Dedi Kurnia</td>" in row and "membantah" in row and 'href="#a-a2-s1"' in row
    tuduhan = next(tr for tr in re.findall(r"<tr>.*?</tr>", klaim, re.S) if "tanggul jebol" in tr)
    assert "<td>warga</td>" in tuduhan and 'class="cite dup"' in tuduhan  # claim from a copy is marked
    parsed = _Tags()
    parsed.feed(page)
    assert not parsed.tags & {"script", "img"} and not any(a.startswith("on") for a in parsed.attrs)
    md = render_markdown(d)
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert md.index("#### Tuduhan dan klaim") < md.index("#### Bantahan") < md.index("#### Spekulasi")


def test_quotes_grouped_by_speaker_most_quoted_first() -> None:
    d = build()
    d.articles[1].quotes.append(Quote("Kami siaga", 0, speaker_name="Rina"))
    d.articles[1].quotes.append(Quote("Tanpa nama", 0))
    page = render_html(d)
    quotes = page[page.index('id="sl-L1-kutipan"'):]
    speakers = re.findall(r'<details class="speaker"[^>]*><summary><strong>(.*?)</strong> · (\d+) kutipan', quotes)
    # quotes with no speaker named come last, under a label that says they are not one person's
    assert speakers == [("Dedi Kurnia", "2"), ("Rina", "1"), (UNNAMED_LABEL, "1")]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.stack: list[str] = []
        self.details_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(a for a, _ in attrs)
        self.ids.update(v or "" for a, v in attrs if a == "id")
        self.hrefs += [v or "" for a, v in attrs if a == "href"]


# ----------------------------------------------------------------------------- charts


def test_series_labels_show_indonesian_values_without_overlap() -> None:
    pts = [SeriesPoint("2023-09", 7000, "Suara", text="±7.000"), SeriesPoint("2023-09", 10000, "Pagi", text="≈10.000"),
           SeriesPoint("2023-10-14", 1000, "Warta", text=">1.000"), SeriesPoint("2023-10-14", 1000, "Harian", text=">1.000"),
           SeriesPoint("2023-10-18", 1000, "Suara", text=">1.000")]
    root = ET.fromstring(series_svg(pts, title="kontainer"))
    labels = [t for t in root.iter(f"{SVG}text") if t.get("font-size") == "10"]
    texts = [t.text for t in labels]
    assert "±7.000" in texts and "≈10.000" in texts
    # same date, different values: side by side, not on top of each other
    xs = {c.get("fill"): float(c.get("cx")) for c in root.iter(f"{SVG}circle")}
    assert len(set(xs.values())) == len(xs)
    boxes = []
    for t in labels:
        w = len(t.text) * CHAR_W * 10 / 11
        x = float(t.get("x"))
        x0 = {"middle": x - w / 2, "start": x, "end": x - w}[t.get("text-anchor")]
        boxes.append((x0, float(t.get("y")) - 10, x0 + w, float(t.get("y")) + 2))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    assert "10.000" in [t.text for t in root.iter(f"{SVG}text")]  # y axis with dot thousands


def test_timeline_with_100_entries_labels_never_overlap_and_outliers_are_reported() -> None:
    pts = [TimePoint(f"2024-03-{1 + k % 28:02d}", f"Peristiwa nomor {k} di kecamatan ke-{k}", weight=1 + (k % 5 == 0))
           for k in range(100)]
    pts.append(TimePoint("2019-04", "Latar belakang lama"))
    pts.append(TimePoint("PAST_REF", "dulu"))
    focus = (timex_start("2024-02-01"), timex_start("2024-04-30"))
    chart = timeline_chart(pts, focus=focus, max_lanes=10)
    assert chart.drawn == 100 and chart.undated == 1
    assert [p.label for p in chart.outside] == ["Latar belakang lama"]
    assert 0 < chart.labelled < 100
    root = ET.fromstring(chart.svg)
    labels = [t for g in root.iter(f"{SVG}g") for t in g.iter(f"{SVG}text")]  # axis ticks are outside groups
    assert len(labels) == chart.labelled
    assert len({t.get("y") for t in labels}) <= 10
    spans: dict[str, list[tuple[float, float]]] = {}
    for t in labels:
        x, w = float(t.get("x")), len(t.text) * CHAR_W
        spans.setdefault(t.get("y"), []).append((x, x + w) if t.get("text-anchor") == "start" else (x - w, x))
    for lane in spans.values():
        lane.sort()
        assert all(a[1] <= b[0] for a, b in pairwise(lane))
    # best-supported entries get labels first: they are 1 in 5 entries, most of the labels
    labelled = {t.text.split(" · ", 1)[1] for t in labels}
    strong = {p.label for p in pts[:100] if p.weight > 1}
    assert len(strong & labelled) > len(labelled) / 2


def test_month_entries_are_bars_over_the_month() -> None:
    root = ET.fromstring(timeline_chart([TimePoint("2024-03", "Maret"), TimePoint("2024-04-20", "hari")]).svg)
    (bar,) = root.iter(f"{SVG}rect")
    circles = sorted(float(c.get("cx")) for c in root.iter(f"{SVG}circle"))
    assert float(bar.get("x")) == circles[0] and float(bar.get("width")) > 100


# ----------------------------------------------------------------------------- large dossier

WORDS = ("banjir", "warga", "tanggul", "bantuan", "pengungsi", "jalan", "sungai", "hujan", "desa", "posko")


def big_dossier(n_articles: int = 300, per_story: int = 6) -> Dossier:
    """``n_articles`` invented articles in stories of ``per_story``, two stories per storyline."""
    outlets = ["Kabar Contoh", "Warta Uji", "Harian Coba", "kabarcontoh.id", None]
    arts: list[Evidence] = []
    dup: dict[str, str] = {}
    for k in range(n_articles):
        aid = f"b{k}"
        sents = [f"Sebanyak {100 + k} rumah di desa {WORDS[k % 10]} terendam pada hari ke-{k}.",
                 f'"Kami butuh {WORDS[(k + 3) % 10]} segera," kata Kepala Desa Budi {k % 7}.',
                 f"Pemerintah membantah ada {WORDS[(k + 5) % 10]} yang terlambat."]
        day = f"2024-{1 + (k // 60) % 12:02d}-{1 + k % 28:02d}"
        ev = Evidence(_doc(aid, sents, outlets[k % 5], day),
                      mentions=[Mention(f"Budi {k % 7}", "PERSON", 1, sents[1].index("Budi"),
                                        sents[1].index("Budi") + len(f"Budi {k % 7}"), entity=f"e{k % 7}")],
                      quotes=[Quote(f"Kami butuh {WORDS[(k + 3) % 10]} segera,", 1, speaker_name=f"Budi {k % 7}",
                                    speaker=f"e{k % 7}", cue="kata")],
                      claims=[Claim("denial", "membantah", f"ada {WORDS[(k + 5) % 10]} yang terlambat", 2,
                                    actor_name="Pemerintah")])
        arts.append(ev)
        if k % 10 == 9:
            dup[aid] = f"b{k - 1}"
    entities = [Entity(f"e{j}", f"Budi {j}", "PERSON", [f"Budi {j}"], "Kepala Desa",
                       [a.doc.id for a in arts if a.mentions[0].entity == f"e{j}"]) for j in range(7)]
    stories, storylines = [], []
    for s in range(0, n_articles, per_story):
        ids = [f"b{k}" for k in range(s, min(s + per_story, n_articles))]
        stories.append(StorySection(f"s{s}", f"Banjir gelombang {s}", ids, arts[s].doc.published,
                                    arts[int(ids[-1][1:])].doc.published,
                                    [SummarySentence(arts[s].doc.sentences[0].text, [Citation(ids[0], 0)])]))
    for j in range(0, len(stories), 2):
        group = stories[j:j + 2]
        ids = [a for st in group for a in st.articles]
        storylines.append(Storyline(
            id=f"L{j}", title=f"Alur banjir {j}", stories=[st.id for st in group],
            summary=[SummarySentence(f"Ringkasan alur {j}.", [Citation(ids[0], 0)])],
            timeline=[TimelineEntry(arts[int(a[1:])].doc.published, "day", f"Rumah terendam di {a}", [Citation(a, 0)])
                      for a in ids],
            figures=[Figure("rumah", None, [FigureValue(100.0 + int(a[1:]), arts[int(a[1:])].doc.published, a, 0,
                                                        text=f"{100 + int(a[1:])} rumah") for a in ids])],
            findings=[Finding("update", "rumah", [FindingItem(a, 0, "rumah") for a in ids[:3]])],
        ))
    return Dossier(arts, dup, entities, stories, storylines, generated=None)


def test_big_dossier_renders_folded_and_every_link_resolves() -> None:
    d = big_dossier(300)
    validate(to_json(d))
    page = render_html(d)
    parsed = _Tags()
    parsed.feed(page)
    # every in-page link has a target
    targets = {h[1:] for h in parsed.hrefs if h.startswith("#")}
    assert targets and targets <= parsed.ids
    # the appendix: one closed <details> per article, sentences addressable
    assert len(re.findall(r'<details class="article" id="a-b\d+">', page)) == 300
    assert 'id="a-b299-s2"' in page
    # storylines: largest first, the first three open, the rest folded; TOC folds the long tail
    sl_tags = re.findall(r'<details class="storyline" id="sl-L\d+"( open)?>', page)
    assert len(sl_tags) == 25 and sl_tags[:3] == [" open"] * 3 and not any(sl_tags[3:])
    assert "alur cerita lain</summary>" in page
    # main sections in reading order
    pos = [page.index(x) for x in ('<nav class="toc"', 'id="sl-L0"', 'id="cerita"', 'id="entitas"', 'id="artikel"')]
    assert pos == sorted(pos)
    # the matrix has outlets as columns, spellings merged, copies marked
    m = source_matrix(Index(d), d.storylines[0])
    # three outlets (two spellings of Kabar Contoh are one) and, for articles without a source, their ids
    assert m.by == "source" and m.columns[:3] == ["Kabar Contoh", "Warta Uji", "Harian Coba"]
    assert set(m.columns[3:]) == {"b4", "b9"}
    assert "○" in page
    # size grows with the text, not with the square of it
    assert len(page.encode()) < 300 * 6000
    md = render_markdown(d)
    assert md.count('<a id="alur-') == 25 and md.count("| Fakta |") == 25


def test_timeline_focus_grows_over_nearby_entries_but_not_distant_background() -> None:
    whens = ["2024-12-02", "2025-06", "2025-07-08", "2025-07-15", "2025-08-06", "2025-10-20", "2025-10-22", "2025"]
    chart = timeline_chart([TimePoint(w, f"entri {w}") for w in whens],
                           focus=(timex_start("2025-10-20"), timex_start("2025-10-22")))
    # June-August chain back from the October reporting period; December 2024 is half a year off
    assert [p.when for p in chart.outside] == ["2024-12-02"]
    assert chart.drawn == 7  # the year entry overlaps the period: drawn, but it does not widen it
    ticks = [t.text for t in ET.fromstring(chart.svg).iter(f"{SVG}text") if t.text and "entri" not in t.text]
    assert ticks[0].startswith("Jun") and not any("2024" in t for t in ticks)


def test_figure_table_marks_the_values_of_a_discrepancy_finding() -> None:
    d = build()
    fig = d.storylines[0].figures[0]
    fig.values = [FigureValue(1200.0, "2024-03-05", "a1", 0, text="1.200 rumah"),
                  FigureValue(1450.0, "2024-03-05", "a2", 0, text="1.450 unit"),   # same date, other outlet
                  FigureValue(1200000.0, "2024-03-06", "a1", 2, text="1,2 juta")]
    page = render_html(d)
    section = page[page.index("<h4>rumah terendam"):page.index("<h4>Angka dari satu laporan")]
    rows = re.findall(r"<tr( class=\"differs\")?><td class=\"num\">([^<]*)</td>", section)
    assert rows == [(' class="differs"', "1.200"), (' class="differs"', "1.450"), ("", "1.200.000")]
    labels = [t.text for t in ET.fromstring(re.search(r"<svg.*?</svg>", section, re.S).group(0)).iter(f"{SVG}text")
              if t.get("font-size") == "10"]
    assert set(labels) == {"1.200", "1.450", "1,2 jt"}  # Indonesian digits; millions compact
    # two articles giving different values on one date, but no discrepancy finding (a part and the
    # whole, two places: the findings' rules): no mark
    sl = d.storylines[0]
    disputes = [f for f in sl.findings if f.kind == "discrepancy"]
    sl.findings = [f for f in sl.findings if f.kind != "discrepancy"]
    assert 'class="differs"' not in render_html(d)
    # a discrepancy about another figure marks nothing here; one of two figures joined (``a / b``) does
    sl.findings.append(Finding("discrepancy", "jiwa", disputes[0].items))
    assert 'class="differs"' not in render_html(d)
    sl.findings[-1].about = f"jiwa / {fig.about}"
    assert render_html(d).count('<tr class="differs">') == 2
