"""Planned happenings on the timeline: a meeting scheduled for tomorrow stays on the timeline (its
date resolves, the labels count a scheduled event as right) but is marked ``planned``, and the
Markdown and HTML reports show the mark next to its date.

The articles go through the real cleaning and extraction stages, so the dates the timeline reads are
the time extractor's. The sentences are written for these tests.
"""

from __future__ import annotations

import copy
import datetime as dt

from kliping.extract import extract
from kliping.ingest import clean
from kliping.model import Article, Citation, Event, Story, StorylineGroup, TimelineEntry
from kliping.render import render_html, render_markdown, to_json, validate
from kliping.render.example import example_dossier
from kliping.render.markdown import PLANNED_LABEL
from kliping.synth import synthesize
from kliping.synth.timeline import planned_at


def _evidence(aid: str, published: str, text: str):
    return extract(clean(Article(id=aid, input=f"{aid}.txt", text=text, title=f"Berita {aid}",
                                 published=published, source=f"{aid}.contoh.id")))


def _timeline(*arts):
    story = Story(articles=list(arts), duplicate_of={}, entities=[], events=[Event("e1", [a.id for a in arts])],
                  storylines=[StorylineGroup("s1", ["e1"])])
    [line] = synthesize(story).storylines
    return line.timeline


def _entry(timeline, value: str, word: str):
    return next(t for t in timeline if t.value == value and word in t.text)


def test_meeting_scheduled_for_tomorrow_is_kept_and_marked_planned() -> None:
    art = _evidence("rapat-1", "2025-03-11", (
        "Banjir merendam ratusan rumah warga di Kecamatan Sukamaju pada Senin (10/3/2025). "
        "Rapat koordinasi penanganan banjir dijadwalkan digelar besok, Rabu (12/3/2025), di kantor bupati."
    ))
    timeline = _timeline(art)
    flood = _entry(timeline, "2025-03-10", "Banjir")
    meeting = _entry(timeline, "2025-03-12", "Rapat")
    assert meeting.planned is True
    assert flood.planned is False


def test_schedule_word_on_the_publication_day_is_planned_and_a_plain_report_of_that_day_is_not() -> None:
    art = _evidence("sidang-1", "2025-04-15", (
        "Majelis hakim Pengadilan Negeri Sleman rencananya membacakan putusan kasus pembalakan itu hari ini. "
        "Polisi menangkap dua pencuri kayu di hutan lindung Turi pada Selasa (15/4/2025) pagi."
    ))
    timeline = _timeline(art)
    assert _entry(timeline, "2025-04-15", "putusan").planned is True
    assert _entry(timeline, "2025-04-15", "menangkap").planned is False


def test_report_of_a_plan_carried_out_before_publication_is_not_planned() -> None:
    art = _evidence("rapat-2", "2025-03-14", (
        "Rapat koordinasi yang dijadwalkan pada Rabu (12/3/2025) itu menyepakati perbaikan tanggul sungai."
    ))
    [entry] = [t for t in _timeline(art) if t.value == "2025-03-12"]
    assert entry.planned is False


def test_planned_needs_every_cited_report_ahead_of_its_date() -> None:
    """One happening announced the day before and reported on the day: the later report tells it
    happened, so the entry citing both is not a plan."""
    before = _evidence("pasar-1", "2025-05-05", (
        "Wali Kota Bogor dijadwalkan meresmikan Pasar Kebon Kembang yang baru direnovasi besok, Selasa (6/5/2025)."
    ))
    after = _evidence("pasar-2", "2025-05-06", (
        "Wali Kota Bogor meresmikan Pasar Kebon Kembang yang baru direnovasi pada Selasa (6/5/2025)."
    ))
    alone = _entry(_timeline(before), "2025-05-06", "Pasar")
    assert alone.planned is True
    both = [t for t in _timeline(before, after) if t.value == "2025-05-06"]
    assert len(both) == 1 and len(both[0].citations) == 2
    assert both[0].planned is False


def test_planned_at_reads_the_date_clause_not_a_quote_or_a_done_word() -> None:
    day = dt.date(2025, 6, 2)

    def at(sentence: str, part: str, value: str, granularity: str = "day") -> bool:
        start = sentence.index(part)
        return planned_at(sentence, start, start + len(part), value, granularity, day)

    # the quote's ``akan`` is not the tail's: the date is when it was said
    assert not at('"Kami akan menyisir sungai itu," kata Kapolsek, Senin (2/6/2025).', "Senin (2/6/2025)", "2025-06-02")
    assert not at("Rapat yang dijadwalkan hari ini akhirnya digelar tanpa camat.", "hari ini", "2025-06-02")
    assert not at("Harga cabai naik sejak awal bulan ini.", "awal bulan ini", "2025-06", "month")
    assert at("Menteri akan berkunjung ke Ende bulan ini.", "bulan ini", "2025-06", "month")
    # ``masa depan`` and ``di depan`` are no plan words
    assert not at("Mahasiswa berunjuk rasa di depan gedung DPRD hari ini.", "hari ini", "2025-06-02")
    # a later day is ahead whatever the words
    assert at("Warga berkumpul di balai desa pada Rabu (4/6/2025).", "Rabu (4/6/2025)", "2025-06-04")
    assert not at("Gubernur meresmikan jembatan itu pada Minggu (1/6/2025).", "Minggu (1/6/2025)", "2025-06-01")


def _with_planned_entry():
    d = copy.deepcopy(example_dossier())
    line = d.storylines[0]
    line.timeline.append(TimelineEntry("2024-03-07", "day", "Bupati <b>akan</b> meninjau tanggul",
                                       [Citation("a2", 0)], planned=True))
    return d


def test_reports_show_the_plan_mark_next_to_the_date_escaped() -> None:
    d = _with_planned_entry()
    md = render_markdown(d)
    row = next(x for x in md.splitlines() if x.startswith("| 2024-03-07"))
    assert f"2024-03-07 _({PLANNED_LABEL})_ |" in row
    assert "&lt;b&gt;" in row  # the text stays escaped
    assert not any(PLANNED_LABEL in x for x in md.splitlines() if x.startswith("| 2024-03-05"))
    html = render_html(d)
    assert '2024-03-07 <span class="badge plan"' in html
    assert f">{PLANNED_LABEL}</span>" in html
    assert "<b>akan</b>" not in html


def test_source_matrix_row_of_a_planned_entry_carries_the_mark() -> None:
    from kliping.render.common import Index
    from kliping.render.matrix import source_matrix

    d = _with_planned_entry()
    rows = [r for r in source_matrix(Index(d), d.storylines[0]).rows if r.group == "timeline"]
    assert [r.detail for r in rows if "tanggul" in r.label] == [f"2024-03-07 ({PLANNED_LABEL})"]
    assert all(PLANNED_LABEL not in r.detail for r in rows if "tanggul" not in r.label)


def test_entries_not_planned_render_unmarked() -> None:
    d = example_dossier()
    assert not any(t.planned for line in d.storylines for t in line.timeline)
    assert PLANNED_LABEL not in render_markdown(d)
    assert 'class="badge plan"' not in render_html(d)


def test_schema_takes_planned_as_an_optional_boolean() -> None:
    data = to_json(example_dossier())
    entry = data["storylines"][0]["timeline"][0]
    validate(data)  # without the key: dossiers written before the field stay valid
    entry["planned"] = True
    validate(data)
    entry["planned"] = "ya"
    try:
        validate(data)
    except ValueError as exc:
        assert "planned" in str(exc)
    else:
        raise AssertionError("a non-boolean planned was accepted")


def test_json_carries_planned_on_every_entry() -> None:
    data = to_json(_with_planned_entry())
    marks = {t["value"]: t["planned"] for t in data["storylines"][0]["timeline"]}
    assert marks == {"2024-03-05": False, "2024-03-06": False, "2024-03-07": True}
    validate(data)
