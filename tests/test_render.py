"""The dossier contract and reports, on a small hand-built dossier (no pipeline, fast)."""

from __future__ import annotations

import copy
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kliping.model import (
    Citation,
    Dossier,
    Quote,
    Removal,
)
from kliping.render import (
    SCHEMA_ID,
    DossierInvalid,
    render_html,
    render_markdown,
    to_json,
    validate,
    write_all,
    write_json,
)
from kliping.render.example import A1
from kliping.render.example import example_dossier as build

# ----------------------------------------------------------------------------- JSON contract


def test_to_json_has_the_contract_shape_and_validates() -> None:
    data = to_json(build())
    validate(data)
    assert list(data) == ["schema", "generated", "kliping_version", "articles", "entities", "stories", "storylines"]
    assert data["schema"] == SCHEMA_ID == "kliping.dossier/1"
    a1 = data["articles"][0]
    assert a1["sentences"] == A1
    assert a1["duplicate_of"] is None
    q = a1["quantities"][0]
    assert q["value"] == 1200 and isinstance(q["value"], int)  # integral floats serialise as ints
    m = a1["mentions"][0]
    assert a1["sentences"][m["sentence"]][m["start"]:m["end"]] == m["text"] == "Kabupaten Bandung"
    assert {f["kind"] for f in data["storylines"][0]["findings"]} == {"agreement", "discrepancy", "update", "name_variant"}
    kerugian = data["storylines"][0]["figures"][1]["values"][0]
    assert kerugian["value"] == 3000000000 and kerugian["as_of"] is None
    # a summary sentence's date: its own day, or its article's publication day, flagged
    said, denied = data["storylines"][0]["summary"]
    assert list(said) == ["text", "citations", "date", "date_source"]
    assert (said["date"], said["date_source"]) == ("2024-03-05", "sentence")
    assert (denied["date"], denied["date_source"]) == ("2024-03-06", "published")


def test_a_summary_sentence_date_is_optional_but_comes_with_its_source() -> None:
    old = to_json(build())
    for ss in old["storylines"][0]["summary"] + old["stories"][0]["summary"]:
        del ss["date"], ss["date_source"]
    validate(old)  # a dossier written before the field
    d = build()
    d.storylines[0].summary[0].date = d.storylines[0].summary[0].date_source = None
    assert "date" not in to_json(d)["storylines"][0]["summary"][0], "unknown: left out, not null"
    for breakage, expected in [
        (lambda ss: ss.pop("date_source"), "'date_source' is a dependency of 'date'"),
        (lambda ss: ss.pop("date"), "'date' is a dependency of 'date_source'"),
        (lambda ss: ss.update(date="5 Maret 2024"), "does not match"),
        (lambda ss: ss.update(date_source="guessed"), "guessed"),
    ]:
        data = to_json(build())
        breakage(data["storylines"][0]["summary"][0])
        msgs = _messages(data)
        assert any(expected in m for m in msgs), msgs


def test_non_integral_values_stay_floats_and_duplicates_are_reported() -> None:
    d = build()
    d.articles[0].quantities[0].value = 1200.5
    d.duplicate_of = {"a2": "a1"}
    data = to_json(d)
    validate(data)
    assert data["articles"][0]["quantities"][0]["value"] == 1200.5
    assert data["articles"][1]["duplicate_of"] == "a1"


def _messages(data: dict) -> list[str]:
    with pytest.raises(ValueError) as exc:
        validate(data)
    assert isinstance(exc.value, DossierInvalid)
    return exc.value.messages


def test_schema_violations_are_caught() -> None:
    data = to_json(build())
    data["articles"][0]["mentions"][0]["type"] = "PERSONA"
    data["articles"][0]["quantities"][0]["modifier"] = "approximately"
    data["entities"][0]["extra"] = 1
    del data["stories"][0]["summary"]
    msgs = _messages(data)
    assert any("PERSONA" in m for m in msgs)
    assert any("approximately" in m for m in msgs)
    assert any("extra" in m for m in msgs)
    assert any("summary" in m for m in msgs)


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda d: d["storylines"][0]["summary"][0]["citations"].append({"article": "a9", "sentence": 0}), "unknown article 'a9'"),
        (lambda d: d["storylines"][0]["timeline"][0]["citations"][0].update(sentence=7), "sentence 7 out of range"),
        (lambda d: d["storylines"][0]["figures"][0]["values"][0].update(sentence=3), "sentence 3 out of range"),
        (lambda d: d["storylines"][0]["findings"][2]["items"][0].update(article="zz"), "unknown article 'zz'"),
        (lambda d: d["stories"][0]["summary"][0]["citations"][0].update(sentence=99), "sentence 99 out of range"),
        (lambda d: d["articles"][0]["mentions"][0].update(start=1), "not 'Kabupaten Bandung'"),
        (lambda d: d["articles"][0]["times"][0].update(end=500), "outside sentence"),
        (lambda d: d["articles"][0]["quantities"][0].update(sentence=5), "sentence 5 out of range"),
        (lambda d: d["articles"][1]["mentions"][0].update(entity="e404"), "unknown entity 'e404'"),
        (lambda d: d["articles"][1]["quotes"][0].update(speaker="e405"), "unknown entity 'e405'"),
        (lambda d: d["articles"][1]["claims"][0].update(sentence=2), "sentence 2 out of range"),
        (lambda d: d["storylines"][0]["stories"].append("s404"), "unknown story 's404'"),
        (lambda d: d["articles"][1].update(duplicate_of="a404"), "unknown article 'a404'"),
        (lambda d: d["entities"][1]["articles"].append("a405"), "unknown article 'a405'"),
        (lambda d: d["articles"].append(copy.deepcopy(d["articles"][0])), "duplicate article id 'a1'"),
    ],
)
def test_broken_references_are_caught(breakage, expected: str) -> None:
    data = to_json(build())
    breakage(data)
    msgs = _messages(data)
    assert any(expected in m for m in msgs), msgs


def test_validate_reports_at_most_twenty_messages() -> None:
    data = to_json(build())
    for k in range(30):
        data["storylines"][0]["summary"][0]["citations"].append({"article": f"x{k}", "sentence": 0})
    with pytest.raises(DossierInvalid) as exc:
        validate(data)
    assert len(exc.value.messages) == 20 and exc.value.total == 30
    assert "10 more" in str(exc.value)


def test_write_json_is_utf8_indented_and_round_trips(tmp_path: Path) -> None:
    d = build(title1="Banjir “parah” di Bandung — warga mengungsi")
    p = write_json(d, tmp_path / "d.json")
    raw = p.read_text(encoding="utf-8")
    assert "“parah”" in raw and "\\u" not in raw
    assert raw.startswith('{\n  "schema": "kliping.dossier/1"')
    assert json.loads(raw) == to_json(d)


def test_write_all_writes_three_files_and_refuses_invalid(tmp_path: Path) -> None:
    paths = write_all(build(), tmp_path / "out")
    assert set(paths) == {"json", "markdown", "html"}
    assert [p.name for p in paths.values()] == ["dossier.json", "dossier.md", "dossier.html"]
    validate(json.loads(paths["json"].read_text(encoding="utf-8")))
    bad = build()
    bad.storylines[0].summary[0].citations.append(Citation("a1", 42))
    with pytest.raises(ValueError, match="sentence 42 out of range"):
        write_all(bad, tmp_path / "bad")
    assert not (tmp_path / "bad" / "dossier.json").exists()


def test_output_is_deterministic() -> None:
    assert to_json(build()) == to_json(build())
    assert render_markdown(build()) == render_markdown(build())
    assert render_html(build()) == render_html(build())


# ----------------------------------------------------------------------------- Markdown


def test_markdown_has_summary_citations_tables_and_sources() -> None:
    md = render_markdown(build())
    assert "BPBD membantah adanya korban jiwa. [a2:1](#sumber-a2)" in md
    assert "[a1:0](#sumber-a1) [a2:0](#sumber-a2)" in md
    assert "| Waktu | Peristiwa | Sumber |" in md
    assert "| 2024-03-05 | Banjir merendam 1.200 rumah | [a1:0](#sumber-a1) |" in md
    assert "| 1.200 | 2024-03-05 | [a1:0](#sumber-a1) | 1.200 rumah |" in md
    assert "sekitar 3.000.000.000 IDR" in md
    for label in ("Kesesuaian", "Perbedaan", "Pembaruan", "Variasi nama"):
        assert f"#### {label}" in md
    # quotes grouped by speaker: the resolved name heads the group, ditto marks follow
    assert "| Dedi Kurnia (2) | “Air naik sangat cepat sejak subuh,” | kata | [a1:1](#sumber-a1) |" in md
    assert "| 〃 | tidak ada korban jiwa _(tidak langsung)_ | membantah | [a2:1](#sumber-a2) |" in md
    assert "| Dedi Kurnia | membantah | ada korban jiwa | [a2:1](#sumber-a2) |" in md  # claims: resolved actor
    assert "- **Dedi Kurnia** (orang) — Kepala BPBD; juga ditulis: Dedy Kurnia" in md
    assert '<a id="sumber-a2"></a>a2 | Rumah terendam bertambah | Warta Uji | 2024-03-06 (dari teks) |' in md


def test_markdown_figure_without_a_stated_date_shows_its_publication_day_marked_as_such() -> None:
    md = render_markdown(build())
    # the sentence names no date for the loss: the cell says so, then when it was reported
    assert "| sekitar 3.000.000.000 IDR | — _(terbit 2024-03-05)_ | [a1:2](#sumber-a1) | sekitar Rp 3 miliar |" in md
    assert "| 1.200 | 2024-03-05 | [a1:0](#sumber-a1) |" in md, "a stated date is shown bare"
    undated = build()
    undated.articles[0].doc.published = None
    assert "| sekitar 3.000.000.000 IDR | — | [a1:2](#sumber-a1) |" in render_markdown(undated)


def test_reports_show_a_summary_sentence_date_before_it_escaped_and_flag_a_publication_day() -> None:
    md = render_markdown(build())
    assert "**2024-03-05** · Jumlah rumah terendam naik dari 1.200 menjadi 1.450. [a1:0](#sumber-a1)" in md
    assert "**terbit 2024-03-06** · BPBD membantah adanya korban jiwa. [a2:1](#sumber-a2)" in md
    page = render_html(build())
    assert ('<li><span class="when" title="tanggal peristiwa menurut kalimat ini">2024-03-05</span> '
            "Jumlah rumah terendam naik") in page
    assert '">terbit 2024-03-06</span> BPBD membantah adanya korban jiwa.' in page
    evil = build()
    evil.storylines[0].summary[0].date = f"2024-03-05{EVIL_1}*x*"
    assert "<script" not in render_html(evil).lower()
    assert ">2024-03-05&lt;script&gt;alert(1)&lt;/script&gt;*x*</span> Jumlah" in render_html(evil)
    assert "**2024-03-05&lt;script&gt;alert(1)&lt;/script&gt;\\*x\\*** · Jumlah" in render_markdown(evil)
    old = build()
    old.storylines[0].summary[1].date = old.storylines[0].summary[1].date_source = None
    assert "\nBPBD membantah adanya korban jiwa. [a2:1](#sumber-a2)" in render_markdown(old), "no date: none shown"


def test_markdown_quotes_show_the_cue_so_a_denial_is_not_read_as_asserted(tmp_path) -> None:
    from kliping.pipeline import analyze

    (tmp_path / "suap.txt").write_text(
        "Kejaksaan Usut Dugaan Suap Proyek Jembatan\n\n"
        "Kejaksaan Negeri Sleman memeriksa dua pejabat dinas pekerjaan umum pada Rabu (12/6/2024) "
        "terkait dugaan suap proyek jembatan.\n\n"
        "Kepala dinas pekerjaan umum, Bambang Hartono, membantah bahwa dinasnya menerima uang dari "
        "kontraktor proyek tersebut.\n\n"
        "Pemeriksaan dijadwalkan berlanjut pekan depan dengan memanggil pihak kontraktor.\n", encoding="utf-8")
    md = render_markdown(analyze([tmp_path / "suap.txt"]).dossier)
    quotes = md[md.index("### Kutipan"):md.index("### Entitas")]
    assert "| Pembicara | Kutipan | Penanda | Artikel |" in quotes
    row = next(line for line in quotes.splitlines() if "dinasnya menerima uang" in line)
    assert "_(tidak langsung)_ | membantah |" in row, "the denied proposition carries its cue"


def test_markdown_escapes_text_that_would_break_tables() -> None:
    d = build()
    d.storylines[0].timeline[0].text = "Banjir | tanggul jebol\nwarga <b>panik</b> *lari*"
    d.duplicate_of = {"a2": "a1"}
    md = render_markdown(d)
    row = next(line for line in md.splitlines() if line.startswith("| 2024-03-05 |"))
    assert row.count(" | ") == 2  # still three cells: the pipe in the text is escaped
    assert "Banjir \\| tanggul jebol warga &lt;b&gt;panik&lt;/b&gt; \\*lari\\*" in row
    assert "<b>" not in md
    assert "| [a1](#sumber-a1) |" in md  # duplicate_of column


def test_markdown_keeps_a_plain_ampersand_and_escapes_one_that_starts_a_reference() -> None:
    d = build()
    d.storylines[0].timeline[0].text = "Rapat DJP & Wajib Pajak membahas kode &lt; dan &#60; di laporan"
    row = next(line for line in render_markdown(d).splitlines() if line.startswith("| 2024-03-05 |"))
    assert "Rapat DJP & Wajib Pajak" in row
    assert "kode &amp;lt; dan &\\#60; di laporan" in row, "a reference in the text is shown, not decoded"


# ----------------------------------------------------------------------------- HTML

EVIL_1 = "<script>alert(1)</script>"
EVIL_2 = '"><img src=x onerror=alert(1)>'


def _evil() -> Dossier:
    a1 = [f"Banjir {EVIL_1} merendam 1.200 rumah di Kabupaten Bandung pada Selasa (5/3/2024).",
          f'"Air naik {EVIL_2} cepat," kata Kepala BPBD Dedi Kurnia.',
          "Dedi menyebut kerugian sementara sekitar Rp 3 miliar."]
    d = build(a1, title1=f"Judul {EVIL_1} {EVIL_2}")
    d.entities[0].name = f"Dedi {EVIL_2}"
    d.entities[0].aliases.append(EVIL_1)
    d.articles[0].quotes[0].text = f"Air naik {EVIL_2} cepat"
    d.articles[0].doc.removed.append(Removal(EVIL_1, "caption"))
    d.articles[0].doc.url = "javascript:alert(1)"
    d.storylines[0].summary[0].text += EVIL_2
    d.storylines[0].timeline[0].text = EVIL_1
    d.storylines[0].figures[0].about = EVIL_2
    d.storylines[0].findings[0].about = EVIL_1
    d.stories[0].title = EVIL_1
    return d


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(a for a, _ in attrs)
        self.hrefs += [v or "" for a, v in attrs if a == "href"]


def test_html_escapes_all_article_text() -> None:
    d = _evil()
    validate(to_json(d))
    page = render_html(d)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    parsed = _Tags()
    parsed.feed(page)
    assert not parsed.tags & {"script", "img", "iframe", "object"}
    assert not any(a.startswith("on") for a in parsed.attrs)
    assert not any(h.lower().startswith("javascript:") for h in parsed.hrefs)
    # no external requests: every link is a fragment or an article URL (none here)
    assert all(h.startswith("#") or h == "data:," for h in parsed.hrefs)
    assert "src" not in parsed.attrs


def test_html_highlights_from_offsets_and_links_citations() -> None:
    page = render_html(_evil())
    # the highlighted mention is escaped piecewise, and the evil text beside it stays escaped
    assert '<span class="hl hl-m" title="GPE → Kabupaten Bandung">Kabupaten Bandung</span>' in page
    assert '<span class="hl hl-q" title="angka: 1.200 rumah per 2024-03-05">1.200 rumah</span>' in page
    assert '<li id="a-a1-s0">Banjir &lt;script&gt;' in page
    assert 'href="#a-a2-s1"' in page
    assert '<details class="removed"><summary>Boilerplate dihapus (2)</summary>' in page


def test_html_has_sections_and_svg_charts() -> None:
    page = render_html(build())
    assert page.startswith("<!DOCTYPE html>")
    # timeline + the "rumah terendam" series; "kerugian" has one value only, so a table and no chart
    assert page.count("<svg") == 2
    assert "<title>Linimasa: Banjir Bandung Maret 2024</title>" in page
    for section in ('id="sl-L1"', 'id="entitas"', 'id="cerita"', 'id="artikel"', 'id="a-a1-s2"', 'id="e-e1"',
                    'id="sl-L1-matriks"', 'id="sl-L1-klaim"', 'id="sl-L1-kutipan"'):
        assert section in page
    for label in ("Kesesuaian", "Perbedaan", "Pembaruan", "Variasi nama"):
        assert label in page
    assert "<b>2</b> artikel" in page
    # one colour per outlet in the figure chart legend
    assert 'fill="#0072B2"/><text x="' in page and '>Kabar Contoh</text>' in page and '>Warta Uji</text>' in page


def test_html_anchor_ids_are_sanitised_and_unique() -> None:
    d = build()
    d.articles[0].doc.id = "a 1/x"
    d.articles[1].doc.id = "a_1_x"
    for obj in (d.stories[0],):
        obj.articles = ["a 1/x", "a_1_x"]
    for sl in d.storylines:
        for s in sl.summary:
            s.citations = [Citation("a 1/x" if c.article == "a1" else "a_1_x", c.sentence) for c in s.citations]
    page = render_html(d)
    assert 'id="a-a_1_x-s0"' in page and 'id="a-a_1_x-2-s0"' in page
    assert 'href="#a-a_1_x-s0"' in page


def test_numbers_above_float_precision_print_as_written_not_binary_noise() -> None:
    from kliping.render.common import format_number

    assert format_number(1e20) == "100.000.000.000.000.000.000"
    assert format_number(538.7e12) == "538.700.000.000.000"
    assert format_number(12500000.5) == "12.500.000,5"
    assert format_number(4.8e6) == "4.800.000"


def test_unnamed_speakers_are_never_shown_as_one_person() -> None:
    """Quotes with no speaker named come from different, unnamed people: the Markdown gives each row
    its own dash (no ditto mark, no count) and the HTML labels the group as unnamed speakers."""
    d = build()
    ev1, ev2 = d.articles[0], d.articles[1]
    ev1.quotes.append(Quote("jalan desa tertutup lumpur", 0, cue="menyebut", direct=False))
    ev2.quotes.append(Quote("bantuan belum datang", 0, cue="mengeluh", direct=False))
    md = render_markdown(d)
    assert "| — | jalan desa tertutup lumpur _(tidak langsung)_ | menyebut |" in md
    assert "| — | bantuan belum datang _(tidak langsung)_ | mengeluh |" in md
    assert "— (2)" not in md
    # the named speaker still heads a group followed by ditto marks
    assert "| 〃 | tidak ada korban jiwa _(tidak langsung)_ | membantah |" in md
    html = render_html(d)
    assert "Pembicara tidak disebut" in html and "<strong>—</strong>" not in html


def test_sources_give_one_outlet_one_name_and_keep_the_articles_own_spelling() -> None:
    # the second article's metadata gives the outlet's domain; the first its name: the Sumber table and the
    # HTML article header name one outlet, the name, and show the domain spelling beside it
    d = copy.deepcopy(build())
    d.articles[1].doc.source = "kabarcontoh.id"
    md, html = render_markdown(d), render_html(d)
    assert '<a id="sumber-a2"></a>a2 | Rumah terendam bertambah | Kabar Contoh (kabarcontoh.id) |' in md
    assert '<a id="sumber-a1"></a>a1 |' in md and "| Kabar Contoh | 2024-03-05" in md
    assert "Kabar Contoh (kabarcontoh.id)" in html


def test_markdown_lone_figures_of_one_heading_share_one_table() -> None:
    """Lone values the figures keep apart (no series) under one heading are one table of rows, not four tables all
    headed ``IDR``; a figure of several values keeps its own table."""
    from kliping.model import Figure, FigureValue

    d = build()
    line = d.storylines[0]
    line.figures += [Figure("IDR", "IDR", [FigureValue(5e8, None, "a1", 1, text="Rp 500 juta")]),
                     Figure("IDR", "IDR", [FigureValue(2e6, None, "a2", 1, text="Rp 2 juta")])]
    md = render_markdown(d)
    assert md.count("#### IDR") == 1, md
    table = md[md.index("#### IDR"):md.index("### Temuan")]
    assert "Rp 500 juta" in table and "Rp 2 juta" in table
    assert md.count("#### rumah terendam") == 1
