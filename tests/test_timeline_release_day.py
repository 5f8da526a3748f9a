"""A written statement sent out after its words were spoken: ``"...," kata X dalam keterangan
tertulis, Minggu (19/10).`` then ``Hal itu dikatakan X dalam acara ..., Sabtu (18/10) malam.`` The
words were said at the occasion the frame dates; the release's day is when the text was sent out,
so the statement is placed at the frame's day with the frame, not a day later on a line of its own
(round 31). Sentences are invented; the time and quote extractors are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import timeline_of

PUBLISHED = "2025-10-19"

_INTRO = "Bupati Sleman Harda Kiswaya meresmikan pasar desa yang baru dibangun di Kalasan. "
_QUOTE = ('"Pasar ini kami bangun supaya pedagang kecil punya tempat berjualan yang layak," kata Harda '
          "dalam keterangan tertulis, Minggu (19/10/2025). ")


def _entries(text: str) -> list[tuple[str, list[int]]]:
    return sorted((t.value, sorted(c.sentence for c in t.citations)) for t in timeline_of(text, PUBLISHED))


def test_a_release_after_the_occasion_is_placed_at_the_occasion_with_its_frame() -> None:
    entries = _entries(_INTRO + _QUOTE + "Hal itu dikatakan Harda saat peresmian pasar di Kalasan, Sabtu (18/10) malam.")
    assert [v for v, _c in entries] == ["2025-10-18"]
    assert {1, 2} <= set(entries[0][1])


def test_every_release_phrase_and_an_outlet_between_are_read() -> None:
    for release in ("dalam keterangannya", "dalam siaran pers yang diterima detikcom", "melalui keterangan resminya"):
        quote = _QUOTE.replace("dalam keterangan tertulis", release)
        entries = _entries(_INTRO + quote + "Hal itu disampaikan Harda di Kalasan, Sabtu (18/10).")
        assert [v for v, _c in entries] == ["2025-10-18"], release


def test_a_frame_on_the_release_day_changes_nothing() -> None:
    entries = _entries(_INTRO + _QUOTE + "Hal itu dikatakan Harda saat peresmian pasar di Kalasan, Minggu (19/10).")
    assert [v for v, _c in entries] == ["2025-10-19"]


def test_an_occasion_long_before_the_release_leaves_the_release_day() -> None:
    """Words sent out weeks after the occasion: the release is news of its own day."""
    entries = _entries(_INTRO + _QUOTE + "Hal itu dikatakan Harda di Kalasan, Sabtu (27/9).")
    assert "2025-10-19" in [v for v, _c in entries]


def test_a_spoken_attribution_keeps_its_own_day() -> None:
    """``kata X kepada wartawan, Minggu``: no release, the day of the attribution stands."""
    quote = _QUOTE.replace("dalam keterangan tertulis", "kepada wartawan")
    entries = _entries(_INTRO + quote + "Hal itu dikatakan Harda saat peresmian pasar di Kalasan, Sabtu (18/10) malam.")
    assert "2025-10-19" in [v for v, _c in entries]


_BEFORE = ("Kepala Dinas Pendidikan Sleman Ery Widaryana menjelaskan bahwa jumlah gedung sekolah yang retak akibat "
           "gempa terus bertambah. Hal itu diungkapkan olehnya saat meninjau sekolah di Prambanan, Senin (20/10/2025). ")


def test_a_frame_before_the_quote_dates_the_release_of_the_same_speaker() -> None:
    """Round 32: the frame stands between the speaker's statement and the quote going on with it; the
    release a day later sent out words said at the visit."""
    quote = '"Kami sudah mendata 42 gedung yang perlu diperbaiki," kata Ery dalam keterangan tertulis, Selasa (21/10/2025).'
    entries = _entries(_BEFORE + quote)
    # every sentence at the visit's day (the speaker's statements join one entry in a linked story,
    # where both name the same person; here the grouping sees no entities)
    assert {v for v, _c in entries} == {"2025-10-20"}
    assert {0, 1, 2} <= {c for _v, cs in entries for c in cs}


def test_a_frame_before_another_speakers_release_leaves_its_day() -> None:
    quote = ('"Warga kami ikut membersihkan puing di halaman sekolah," kata Camat Prambanan Sutarno dalam '
             "keterangan tertulis, Selasa (21/10/2025).")
    entries = _entries(_BEFORE + quote)
    assert "2025-10-21" in [v for v, _c in entries]
