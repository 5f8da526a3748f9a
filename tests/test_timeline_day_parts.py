"""Relative days with a part of day (``kemarin sore``, ``tadi malam``, ``besok pagi``) place their
sentence at that day, as ``kemarin`` alone does: counted from the publication, or inside a quote from
the day it was said. Sentences are invented; the time and quote extractors are the real ones."""

from __future__ import annotations

import pytest

from kliping.synth.timeline import relative_day_offset
from tests.test_timeline_quote_day import placements, timeline_of

PUBLISHED = "2025-10-07"  # a Tuesday


def _placed(text: str) -> set[str]:
    return {value for value, _ in placements(text, PUBLISHED)}


@pytest.mark.parametrize(("words", "offset"), [
    ("kemarin", -1), ("kemarin sore", -1), ("Kemarin  Malam", -1), ("tadi malam", -1), ("malam tadi", -1),
    ("tadi pagi", 0), ("pagi ini", 0), ("sore hari ini", 0), ("dini hari tadi", 0), ("besok pagi", 1),
    ("sore hari", None), ("pukul 21.00", None),
])
def test_a_relative_day_counts_its_days_as_the_time_extractor_does(words: str, offset: int | None) -> None:
    assert relative_day_offset(words) == offset


def test_yesterday_afternoon_and_last_night_are_the_day_before_publication() -> None:
    assert _placed("Rapat koordinasi penanganan banjir digelar kemarin sore di Balai Kota Bogor.") == {"2025-10-06"}
    assert _placed("Tadi malam banjir merendam tiga desa di Kabupaten Bandung.") == {"2025-10-06"}
    assert _placed("Massa membubarkan diri usai salat magrib tadi malam.") == {"2025-10-06"}


def test_after_a_meeting_on_a_named_afternoon_is_that_day() -> None:
    assert _placed("Hal itu disampaikan Gubernur Dedi usai bertemu Presiden di Istana Bogor, Senin (6/10) sore.") == {
        "2025-10-06"}
    assert _placed("Usai rapat terbatas kemarin sore, Menteri Pertanian menyatakan stok beras aman.") == {"2025-10-06"}


def test_a_quotes_yesterday_afternoon_counts_from_the_day_it_was_said() -> None:
    placed = placements('Polisi memeriksa lima saksi kasus pengeroyokan. "Kemarin sore kami sudah periksa lima saksi '
                        'di Polsek Cibeunying," kata Kapolsek Kompol Dadang, Sabtu (4/10).', PUBLISHED)
    assert ("2025-10-03", 1) in placed and ("2025-10-06", 1) not in placed


def test_tomorrow_morning_is_a_planned_entry() -> None:
    [entry] = timeline_of("Bupati Garut akan memberi keterangan usai rapat bersama DPRD besok pagi.", PUBLISHED)
    assert entry.value == "2025-10-08" and entry.planned


def test_the_idiom_and_overnight_place_nothing() -> None:
    assert _placed("Menurut pengamat itu, ia masih anak kemarin sore di dunia politik.") == set()
    assert _placed("Semalam suntuk warga berjaga di tanggul Sungai Citarum.") == set()


def test_todays_part_of_day_adds_no_entry_of_its_own() -> None:
    # the report's own day, which its dated sentences tell (measured: one market close became five entries)
    assert _placed("Rupiah kembali melemah sore ini sebesar 0,1 persen menjadi Rp 16.600 per dolar AS.") == set()


def test_a_knee_high_flood_since_monday_is_no_level_not_seen_since() -> None:
    assert _placed("Banjir setinggi lutut merendam Kampung Melayu sejak Senin (6/10) hingga Selasa (7/10).") == {
        "2025-10-06"}
    assert _placed("Banjir setinggi lutut merendam Kampung Melayu sejak kemarin malam.") == {"2025-10-06"}
    assert _placed("Harga cabai rawit belum pernah setinggi ini sejak Juli 2024.") == set()
    assert _placed("Harga cabai rawit tidak serendah itu sejak Juli 2024.") == set()
