"""Reports of hostile-sized inputs: thousands of articles of one outlet must not make a report of
empty matrix cells. Texts are invented for these tests."""

from __future__ import annotations

from kliping.model import Citation, Document, Evidence, Sentence
from kliping.render import render_html, render_markdown, to_json, validate
from kliping.render.common import Index
from kliping.render.example import example_dossier as build
from kliping.render.matrix import MAX_COLUMNS, source_matrix


def _many_articles_of_one_outlet(n: int):
    d = build()
    for ev in d.articles:
        ev.doc.source = "Kabar Contoh"
    sl = d.storylines[0]
    for i in range(n):
        text = f"Warga RT {i} membersihkan lumpur sisa banjir bersama relawan."
        doc = Document(id=f"rt{i}", input=f"uji/rt{i}.txt", text=text, sentences=[Sentence(text, 0, len(text))],
                       source="Kabar Contoh", published="2024-03-06", language="id")
        d.articles.append(Evidence(doc))
        d.stories[0].articles.append(doc.id)
        sl.timeline[0].citations.append(Citation(doc.id, 0))
    return d


def test_matrix_keeps_the_widest_columns_and_says_how_many_are_left_out() -> None:
    # 3,000 one-sentence files of no outlet made a 104 MB HTML report, 98 MB of it this matrix.
    d = _many_articles_of_one_outlet(100)
    validate(to_json(d))
    m = source_matrix(Index(d), d.storylines[0])
    n_cols = len(d.storylines[0].timeline[0].citations)
    assert m.by == "article"
    assert len(m.columns) == MAX_COLUMNS and m.omitted >= n_cols - MAX_COLUMNS > 0
    assert m.columns[:2] == ["a1", "a2"]  # the articles reporting most facts stay in view
    row = next(r for r in m.rows if r.group == "timeline")
    assert row.independent >= n_cols  # Σ still counts every source
    note = f"{m.omitted} kolom lain yang melaporkan lebih sedikit fakta tidak ditampilkan"
    assert note in render_html(d) and note in render_markdown(d)
