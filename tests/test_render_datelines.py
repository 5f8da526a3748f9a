"""The reports show summary and timeline sentences without the outlet's dateline that opens an
article (``KABARCONTOH.COM, BANDUNG --``); the JSON keeps the verbatim sentence, the contract's
citation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kliping.ingest import clean
from kliping.model import Article, Citation, SummarySentence, TimelineEntry
from kliping.render import render_html, render_markdown, to_json
from kliping.render.example import A1, example_dossier

FLOOD = A1[0]  # the example's first sentence, which its dossier's figures point into


def _with_dateline(prefix: str):
    """The example dossier whose first article opens with ``prefix`` (its ``dateline`` is Bandung),
    with that first sentence as a summary sentence and a timeline entry."""
    first = prefix + FLOOD
    d = example_dossier([first, *A1[1:]])
    line = d.storylines[0]
    line.summary.insert(0, SummarySentence(first, [Citation("a1", 0)]))
    line.timeline[0] = TimelineEntry("2024-03-05", "day", first, [Citation("a1", 0)])
    return d, first


@pytest.mark.parametrize("prefix", ["KABARCONTOH.COM, BANDUNG -- ", "WARTAUJI.ID - BANDUNG. ",
                                    "Bandung, Kabar Contoh - "])
def test_reports_show_summary_and_timeline_without_the_dateline(prefix: str) -> None:
    d, first = _with_dateline(prefix)
    md = render_markdown(d)
    summary_lines = [x for x in md.splitlines() if x.startswith("Banjir merendam 1.200")]
    assert summary_lines, "the summary sentence is shown from its first word after the dateline"
    assert any(x.startswith("| 2024-03-05 | Banjir merendam 1.200") for x in md.splitlines())
    assert any(x.startswith("| 2024-03-05 Banjir merendam 1.200") for x in md.splitlines())  # source matrix
    html = render_html(d)
    assert "<li>Banjir merendam 1.200" in html
    assert '<td class="num">2024-03-05</td><td>Banjir merendam 1.200' in html
    assert '<span class="num">2024-03-05</span> Banjir merendam 1.200' in html  # source matrix
    # the article itself, in the sources appendix, keeps its first words
    assert html.count(prefix.split()[0]) >= 1
    data = to_json(d)
    assert data["storylines"][0]["summary"][0]["text"] == first  # the contract keeps the sentence
    assert data["storylines"][0]["timeline"][0]["text"] == first


def test_ingest_records_the_dateline_city_the_reports_cut() -> None:
    doc = clean(Article(id="x1", input="x1.txt", text="KABARCONTOH.COM, BANDUNG -- " + FLOOD,
                        title="Banjir di Bandung", published="2024-03-05"))
    assert doc.dateline == "Bandung"
    assert doc.sentences[0].text.startswith("KABARCONTOH.COM")  # the body keeps it


def test_a_sentence_that_only_looks_like_a_dateline_keeps_its_words() -> None:
    """Only the dateline of an article the text cites is cut: the second example article records
    none, so its sentence shows as written."""
    d = example_dossier()
    text = "Sumedang - Tanggul Sungai Cimanuk jebol dan merendam sawah warga."
    d.storylines[0].timeline.append(TimelineEntry("2024-03-06", "day", text, [Citation("a2", 0)]))
    assert d.articles[1].doc.dateline is None
    md = render_markdown(d)
    assert "| 2024-03-06 | Sumedang - Tanggul" in md
    assert "<td>Sumedang - Tanggul" in render_html(d)


def test_a_later_sentence_starting_with_the_dateline_city_keeps_its_words() -> None:
    """A route named in a later sentence of an article with that dateline (``Bandung - Jakarta``) is
    not the dateline: only the article's first sentence is cut."""
    d, _first = _with_dateline("KABARCONTOH.COM, BANDUNG -- ")
    route = "Bandung - Jakarta kini dapat ditempuh dalam 40 menit dengan kereta cepat."
    d.storylines[0].timeline.append(TimelineEntry("2024-03-06", "day", route, [Citation("a1", 3)]))
    md = render_markdown(d)
    assert "| 2024-03-06 | Bandung - Jakarta kini" in md
    assert "<td>Bandung - Jakarta kini" in render_html(d)
    # the first sentence is still cut
    assert any(x.startswith("| 2024-03-05 | Banjir merendam 1.200") for x in md.splitlines())


def test_summary_without_a_dateline_is_shown_unchanged() -> None:
    d = example_dossier()
    md = render_markdown(d)
    for s in d.storylines[0].summary:
        assert s.text in md


def test_findings_quote_their_sentence_without_the_dateline() -> None:
    """A finding's evidence sentence is shown like a summary sentence: the outlet's dateline that
    opens the cited first sentence is cut in Markdown and HTML (QA5b class 14); the JSON keeps it."""
    from kliping.model import Finding, FindingItem

    d, first = _with_dateline("KABARCONTOH.COM, BANDUNG -- ")
    d.storylines[0].findings = [Finding("agreement", "rumah terendam", [FindingItem("a1", 0, first)])]
    md = render_markdown(d)
    assert any(x.startswith("  - Banjir merendam 1.200") for x in md.splitlines())
    assert "  - KABARCONTOH" not in md
    html = render_html(d)
    assert "<li><blockquote>Banjir merendam 1.200" in html
    assert to_json(d)["storylines"][0]["findings"][0]["items"][0]["text"] == first


def test_an_opening_of_the_outlets_name_alone_is_cut_like_a_dateline() -> None:
    """``KABARCONTOH.COM - `` with no city: the ingest records no dateline, but the words name the cited article's
    own outlet (``Kabar Contoh``), so the reports show the sentence from its first word after them."""
    d, first = _with_dateline("KABARCONTOH.COM - ")
    d.articles[0].doc.dateline = None
    md = render_markdown(d)
    assert any(x.startswith("Banjir merendam 1.200") for x in md.splitlines())
    assert "<li>Banjir merendam 1.200" in render_html(d)
    assert to_json(d)["storylines"][0]["summary"][0]["text"] == first


def test_an_opening_naming_another_outlet_keeps_its_words() -> None:
    """Near variant: ``Warta Lain - `` is not the cited article's outlet: a name and a dash, kept as written."""
    d, _first = _with_dateline("Warta Lain - ")
    d.articles[0].doc.dateline = None
    md = render_markdown(d)
    assert any(x.startswith("Warta Lain - Banjir merendam") for x in md.splitlines())
