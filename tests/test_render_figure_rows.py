"""One figure several sources state is one row of the figures table, citing them all (round 37: kompas-oil-dev's
``provinsi`` table showed ``33`` four times in a row, one row per citing article). Invented data: the example
dossier's two articles (``a1`` published 2024-03-05 by Kabar Contoh, ``a2`` 2024-03-06 by Warta Uji) and a third."""

from __future__ import annotations

import re
from dataclasses import replace

from kliping.model import Dossier, Evidence, Figure, FigureValue
from kliping.render import render_html, render_markdown, to_json
from kliping.render.common import day_range, figure_rows
from kliping.render.example import _doc
from kliping.render.example import example_dossier as build

A3 = ["Sebanyak 300 warga masih bertahan di tenda pengungsian, Jumat (8/3/2024).",
      "Relawan membagikan <b>nasi</b> & air bersih kepada 300 pengungsi."]


def _with_third_article(d: Dossier) -> Dossier:
    """The example dossier and a third article (another outlet, published 2024-03-08) in its story."""
    doc = _doc("a3", A3, title="Pengungsi", source="Harian Uji", published="2024-03-08", language="id",
               content_hash="h3")
    d.articles.append(Evidence(doc=doc, mentions=[], quantities=[], times=[], quotes=[], claims=[]))
    d.stories[0].articles.append("a3")
    return d


def _dossier(values: list[FigureValue]) -> Dossier:
    d = _with_third_article(build())
    d.storylines[0].figures.append(Figure("pengungsi", None, values))
    return d


def _md_table(md: str, head: str) -> list[str]:
    part = md[md.index(f"#### {head}"):]
    part = part[:part.index("\n\n", part.index("| --- |"))]
    return [line for line in part.splitlines() if line.startswith("| ") and not line.startswith(("| Nilai", "| ---"))]


def _html_table(html: str, head: str) -> list[str]:
    part = html[html.index(f"<h4>{head}"):]
    part = part[:part.index("</table>")]
    return re.findall(r"<tr(?: class=\"differs\")?><td class=\"num\">.*?</tr>", part)


SAME = [FigureValue(300.0, None, "a1", 2, text="300 warga"),
        FigureValue(300.0, None, "a2", 1, text="300 orang"),
        FigureValue(300.0, None, "a3", 0, text="Sebanyak 300 warga")]


def test_a_run_of_one_value_is_one_row_and_a_value_that_comes_back_keeps_its_own() -> None:
    rows = figure_rows([*SAME[:2], FigureValue(450.0, None, "a2", 0, text="450 warga"), SAME[2]])
    assert [len(r.values) for r in rows] == [2, 1, 1]  # 300, 450, 300: the table still shows the figure moved
    assert rows[0].articles == ["a1", "a2"]
    # a value stated another way (``sekitar``), on another date, or as another party's earlier word is not folded
    assert len(figure_rows([SAME[0], replace(SAME[1], modifier="about")])) == 2
    assert len(figure_rows([replace(SAME[0], as_of="2024-03-05"), SAME[1]])) == 2
    assert len(figure_rows([SAME[0], replace(SAME[1], recall="BPBD")])) == 2
    assert len(figure_rows([replace(SAME[0], recall="BPBD"), replace(SAME[1], recall="BPBD")])) == 1


def test_the_row_text_names_each_wording_once() -> None:
    (row,) = figure_rows(SAME)
    # ``Sebanyak 300 warga`` differs from ``300 warga`` by its word; case alone is no other wording
    assert row.text() == "300 warga / 300 orang / Sebanyak 300 warga"
    (row,) = figure_rows([SAME[0], replace(SAME[1], text="300 Warga")])
    assert row.text() == "300 warga"
    assert day_range(["2024-03-08", None, "2024-03-05", "2024-03-06"]) == "2024-03-05 – 2024-03-08"
    assert day_range([None]) == "" and day_range(["2024-03-05", "2024-03-05"]) == "2024-03-05"


def test_markdown_shows_one_row_citing_every_source_with_the_publication_range() -> None:
    md = render_markdown(_dossier([*SAME, FigureValue(450.0, None, "a3", 1, text="450 pengungsi"),
                                   FigureValue(300.0, None, "a1", 0, text="300 rumah")]))
    rows = _md_table(md, "pengungsi")
    assert len(rows) == 3, rows
    assert rows[0] == ("| 300 | — _(terbit 2024-03-05 – 2024-03-08)_ | [a1:2](#sumber-a1) [a2:1](#sumber-a2) "
                       "[a3:0](#sumber-a3) (3 artikel) | 300 warga / 300 orang / Sebanyak 300 warga |")
    assert rows[1] == "| 450 | — _(terbit 2024-03-08)_ | [a3:1](#sumber-a3) | 450 pengungsi |"
    assert rows[2].startswith("| 300 | — _(terbit 2024-03-05)_ | [a1:0](#sumber-a1) |")  # back after 450: its own row


def test_markdown_a_stated_date_is_the_folded_rows_date_and_a_recall_keeps_its_mark() -> None:
    md = render_markdown(_dossier([replace(v, as_of="2024-03") for v in SAME[:2]]
                                  + [replace(SAME[2], recall="Kepala BPBD")]))
    rows = _md_table(md, "pengungsi")
    assert len(rows) == 2, rows
    assert rows[0].startswith("| 300 | 2024-03 | [a1:2](#sumber-a1) [a2:1](#sumber-a2) (2 artikel) |")
    assert rows[1].endswith("| Sebanyak 300 warga (↺ mengulang Kepala BPBD) |")


def test_html_shows_one_row_with_every_source_escaped_and_still_charts_every_point() -> None:
    d = _dossier([*SAME[:2], FigureValue(450.0, None, "a3", 0, text="450 warga"),
                  FigureValue(450.0, None, "a3", 1, text="450 <b>orang</b> & anak")])
    html = render_html(d)
    rows = _html_table(html, "pengungsi")
    assert len(rows) == 2, rows
    first, second = rows
    assert "terbit 2024-03-05 – 2024-03-06" in first and "(2 artikel)" in first
    assert "Kabar Contoh" in first and "Warta Uji" in first and 'href="#a-a1-s2"' in first and 'href="#a-a2-s1"' in first
    assert "300 warga / 300 orang" in first
    assert "450 warga / 450 &lt;b&gt;orang&lt;/b&gt; &amp; anak" in second and "<b>orang" not in html
    # the chart draws each value at its own date, one point per article's sentence, folded or not
    svg = html[html.index("<h4>pengungsi"):html.index("</svg>", html.index("<h4>pengungsi"))]
    for tip in ("(a1), 2024-03-05", "(a2), 2024-03-06", "(a3), 2024-03-08"):
        assert tip in svg, tip
    assert svg.count("<circle") == 4


def test_html_of_one_outlet_names_each_article_once_in_a_folded_row() -> None:
    d = _dossier(list(SAME))
    for ev in d.articles:
        ev.doc.source = "Kabar Contoh"
    (row,) = _html_table(render_html(d), "pengungsi")
    # colours per article (one outlet): the citation names the article, the cell does not repeat it
    assert row.count(">a1 <") == 0 and row.count("[a1:2]") == 1 and "(3 artikel)" in row, row
    assert row.count('class="swatch"') == 3


def test_the_json_keeps_one_value_per_sentence() -> None:
    data = to_json(_dossier(list(SAME)))
    (fig,) = [f for f in data["storylines"][0]["figures"] if f["about"] == "pengungsi"]
    assert [(v["article"], v["sentence"]) for v in fig["values"]] == [("a1", 2), ("a2", 1), ("a3", 0)]


FLOOD = [  # (id, published, outlet, text): invented reports of one flood, the count restated by follow-ups
    ("b0", "2024-02-12", "Kabar Garut", "Banjir merendam 120 rumah warga di Desa Sukamaju, Kabupaten Garut. "
     "Air sungai meluap setelah hujan deras sejak malam. Warga mengungsi ke balai desa."),
    ("b1", "2024-02-13", "Warta Priangan", "Warga Desa Sukamaju, Kabupaten Garut, mulai membersihkan lumpur dari "
     "rumah mereka. Banjir sebelumnya merendam 120 rumah warga di desa itu. Petugas membagikan air bersih."),
    ("b3", "2024-02-14", "Kabar Garut", "Jumlah rumah terendam di Desa Sukamaju, Kabupaten Garut, bertambah. "
     "Banjir kini merendam 135 rumah warga di desa itu. Warga diminta tetap waspada."),
    ("b2", "2024-02-15", "Harian Uji", "Bantuan makanan tiba di Desa Sukamaju, Kabupaten Garut. Banjir pekan ini "
     "merendam 120 rumah warga di desa tersebut. Pemerintah kabupaten menyiapkan dana perbaikan."),
]


def test_the_pipelines_report_folds_a_count_its_follow_ups_restate(tmp_path) -> None:
    import json

    from kliping.pipeline import analyze

    path = tmp_path / "banjir.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": f"Banjir Sukamaju {i}", "text": t, "published": d,
                                        "source": s}) + "\n" for i, d, s, t in FLOOD), encoding="utf-8")
    d = analyze([path], workers=1).dossier
    rows = _md_table(render_markdown(d), "rumah")
    assert rows == [
        "| 120 | — _(terbit 2024-02-12 – 2024-02-13)_ | [b0:0](#sumber-b0) [b1:1](#sumber-b1) (2 artikel) | 120 rumah |",
        "| 135 | — _(terbit 2024-02-14)_ | [b3:1](#sumber-b3) | 135 rumah |",
        "| 120 | — _(terbit 2024-02-15)_ | [b2:1](#sumber-b2) | 120 rumah |",  # back after 135: its own row
    ], rows
    html_rows = _html_table(render_html(d), "rumah")
    assert len(html_rows) == 3 and "(2 artikel)" in html_rows[0], html_rows
