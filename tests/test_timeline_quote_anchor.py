"""A relative day word inside a direct quote (``kemarin``, ``hari ini``, ``besok``) counts from the day
the speaker spoke; when the article names that day (a dated attribution, a frame, a dated
introduction) the entry is placed from it, otherwise it is counted from the publication and the entry
is marked ``date_source`` ``published``: placed by the article's date, not a day the text gives
(round 31). Sentences are invented; the time and quote extractors are the real ones."""

from __future__ import annotations

import copy

from kliping.model import TimelineEntry
from kliping.render import render_markdown, to_json, validate
from kliping.render.example import example_dossier
from tests.test_timeline_quote_day import timeline_of

PUBLISHED = "2025-10-22"
_LEAD = "Warga Desa Sukamaju menolak rencana tambang pasir di tepi sungai desa mereka. "


def _entries(text: str) -> list[tuple[str, str | None]]:
    return sorted((t.value, t.date_source) for t in timeline_of(text, PUBLISHED))


def test_a_quotes_kemarin_said_on_a_day_the_article_does_not_name_is_marked() -> None:
    entries = _entries(_LEAD + '"Kemarin kami mengirim surat keberatan ke kantor bupati," ujar kepala desa Darto.')
    assert entries == [("2025-10-21", "published")]


def test_a_quotes_kemarin_with_a_dated_attribution_counts_from_that_day_unmarked() -> None:
    entries = _entries(_LEAD + '"Kemarin kami mengirim surat keberatan ke kantor bupati," ujar kepala desa '
                       "Darto, Senin (20/10).")
    assert ("2025-10-19", None) in entries and all(source is None for _v, source in entries)


def test_a_quotes_kemarin_dated_by_its_frame_is_unmarked() -> None:
    entries = _entries(_LEAD + '"Kemarin kami mengirim surat keberatan ke kantor bupati," ujar Darto. '
                       "Hal itu disampaikan Darto di balai desa, Senin (20/10).")
    assert ("2025-10-19", None) in entries and all(source is None for _v, source in entries)


def test_the_reporters_own_kemarin_is_unmarked() -> None:
    entries = _entries(_LEAD + "Kemarin, puluhan warga berunjuk rasa di depan kantor bupati.")
    assert entries == [("2025-10-21", None)]


def test_the_mark_is_in_the_json_only_when_set_and_in_the_report() -> None:
    dossier = example_dossier()
    data = to_json(dossier)
    assert all("date_source" not in t for sl in data["storylines"] for t in sl["timeline"])
    marked = copy.deepcopy(dossier)
    entry: TimelineEntry = marked.storylines[0].timeline[0]
    entry.date_source = "published"
    data = to_json(marked)
    validate(data)
    assert data["storylines"][0]["timeline"][0]["date_source"] == "published"
    assert "menurut tanggal terbit" in render_markdown(marked)
