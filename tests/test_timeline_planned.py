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


_MONDAY = dt.date(2025, 3, 17)
_DAY = "Senin (17/3/2025)"


def _at(sentence: str, part: str, value: str = "2025-03-17", granularity: str = "day") -> bool:
    start = sentence.index(part)
    return planned_at(sentence, start, start + len(part), value, granularity, _MONDAY)


def test_happenings_of_the_publication_day_with_a_plan_word_in_a_side_role_are_not_planned() -> None:
    # the date is the day of the saying: a reporting verb before the plan word, or a date apposed
    # after a comma at the sentence's end
    assert not _at(f"Kapolres Sleman mengatakan pihaknya akan segera memanggil para saksi, {_DAY}.", _DAY)
    assert not _at("Gubernur berencana menambah anggaran banjir, ujarnya saat ditemui wartawan di Balai Kota, "
                   f"{_DAY}.", _DAY)
    assert not _at(f"Hal itu disampaikan Kapolres saat menjelaskan rencana pengamanan mudik di Mapolres, {_DAY}.", _DAY)
    # the bare noun ``rencana`` and the haste word ``segera`` are no plan words
    assert not _at(f"Warga Desa Sukamaju menolak rencana relokasi pasar pada {_DAY}.", _DAY)
    assert not _at(f"Mendapat laporan itu, petugas segera menuju lokasi dan memadamkan api pada {_DAY}.", _DAY)
    # a plan word inside a ``yang`` clause describes the subject; the main verb tells what happened
    assert not _at(f"Polisi yang berjanji mengusut kasus itu menangkap dua pelaku pada {_DAY}.", _DAY)
    assert not _at(f"Massa yang akan menuju Istana dibubarkan polisi pada {_DAY}.", _DAY)
    assert not _at(f"Upacara yang direncanakan sejak bulan lalu itu digelar meriah pada {_DAY}.", _DAY)
    assert not _at(f"Bupati Garut yang dijadwalkan hadir pada {_DAY} tidak datang karena sakit.", _DAY)
    # a date apposed to a date word is that day's own: the schedule holds
    assert _at(f"Rapat koordinasi dijadwalkan digelar hari ini, {_DAY}.", _DAY)


def test_time_and_place_words_after_a_plan_word_do_not_say_it_was_done() -> None:
    assert _at("Presiden dijadwalkan memberikan keterangan pers hari ini usai rapat terbatas.", "hari ini")
    assert _at("Menteri dijadwalkan meninjau pabrik di Kota Semarang Jawa Tengah hari ini.", "hari ini")
    assert _at("Rombongan itu dijadwalkan tiba di Jayapura hari ini tengah malam.", "hari ini")
    assert _at("Rapat itu dijadwalkan berlangsung hari ini.", "hari ini")
    # ``tengah`` before a verb is "in progress"; ``akhirnya`` tells it was done
    assert not _at("Sidang yang dijadwalkan hari ini tengah memeriksa saksi.", "hari ini")
    assert not _at("Rapat yang dijadwalkan hari ini akhirnya digelar tanpa camat.", "hari ini")


def test_schedule_words_and_a_plan_word_right_after_the_date_mark_the_day_planned() -> None:
    assert _at("Rapat paripurna DPR hari ini dijadwalkan mengesahkan RUU itu.", "hari ini")
    assert _at("KPU menjadwalkan rapat pleno hari ini.", "hari ini")
    assert _at("Peresmian bendungan itu diagendakan hari ini.", "hari ini")
    assert _at("Pelantikan itu sedianya digelar hari ini.", "hari ini")


def test_a_later_date_needs_words_when_far_or_relative_or_a_speech_tail() -> None:
    # a speech tail a day after the recorded publication: the saying happened
    assert not _at("Kami siap membantu warga, kata Bupati, Selasa (18/3/2025).", "Selasa (18/3/2025)", "2025-03-18")
    assert not _at("Untuk itu, Bupati mengatakan, Selasa (18/3/2025), pihaknya akan menambah posko.",
                   "Selasa (18/3/2025)", "2025-03-18")
    # a year typo far ahead, and a relative date counted from the publication, without plan words
    assert not _at("Warga berkumpul di balai desa pada Selasa (8/10/2028).", "Selasa (8/10/2028)", "2028-10-08")
    assert not _at("Lima bulan kemudian, pabrik itu ditutup.", "Lima bulan kemudian", "2025-08-17")
    # with a plan word, or near and absolute, or counted forward by its words: planned
    assert _at("Sidang itu akan digelar pada Rabu (8/10/2025).", "Rabu (8/10/2025)", "2025-10-08")
    assert _at("Warga berkumpul di balai desa pada Rabu (19/3/2025).", "Rabu (19/3/2025)", "2025-03-19")
    assert _at("Rapat koordinasi dijadwalkan digelar besok, Selasa (18/3/2025).", "Selasa (18/3/2025)", "2025-03-18")
    assert _at("Banjir susulan diperkirakan terjadi besok.", "besok", "2025-03-18")


def test_speech_tail_day_after_publication_is_not_planned_on_the_timeline() -> None:
    art = _evidence("tail-1", "2025-03-17", (
        "Banjir merendam ratusan rumah warga di Kecamatan Sukamaju pada Minggu (16/3/2025). "
        "Pemerintah kabupaten menyiapkan dapur umum bagi para pengungsi, kata Bupati Sukamaju, Selasa (18/3/2025)."
    ))
    [entry] = [t for t in _timeline(art) if t.value == "2025-03-18"]
    assert entry.planned is False


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
    del entry["planned"]  # to_json writes the key on every entry
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
