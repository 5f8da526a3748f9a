"""A clock time written before any day of its sentence takes the day after it, unless a word of speaking stands
between (``..., kata X, Kamis``): that day dates the statement, not the time, which then takes the day of the
sentences before or the publication day. Words of speaking are every form the quote rules know
(``cues.SPEECH_FORMS``), as whole words. Our own Indonesian sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from kliping.extract.times import tag_sentence

PUBLISHED = dt.date(2024, 6, 5)  # a Wednesday; the day after the time below is Thursday 6 June


def clock_value(text: str) -> str | None:
    return next(t.value for t in tag_sentence(text, PUBLISHED) if t.type == "TIME")


@pytest.mark.parametrize(("text", "value"), [
    ("Kebakaran terjadi pukul 03.00 WIB, kata Kapolsek, Kamis (6/6/2024).", "2024-06-05T03:00"),
    ("Kebakaran terjadi pukul 03.00 WIB, tambah Kapolsek, Kamis (6/6/2024).", "2024-06-05T03:00"),
    ("Api padam pukul 05.30 WIB, pungkasnya di lokasi, Kamis (6/6/2024).", "2024-06-05T05:30"),
    ("Kapal bersandar pukul 10.00 WIB, Syahbandar menjelaskan, Kamis (6/6/2024).", "2024-06-05T10:00"),
])
def test_a_day_after_a_word_of_speaking_dates_the_statement_not_the_time(text: str, value: str) -> None:
    assert clock_value(text) == value


def test_a_day_after_the_time_with_no_word_of_speaking_between_dates_it() -> None:
    assert clock_value("Rapat dimulai pukul 09.00 WIB pada Kamis (6/6/2024).") == "2024-06-06T09:00"


def test_a_word_that_only_begins_like_a_speech_root_is_no_word_of_speaking() -> None:
    # ``sebutan`` (a name given) begins with the root ``sebut`` but says nobody spoke
    assert clock_value("Kirab dimulai pukul 19.00 WIB dengan sebutan Malam Puncak pada Kamis (6/6/2024).") == (
        "2024-06-06T19:00")
