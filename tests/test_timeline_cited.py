"""Dates of compiling or quoting a text are the outlet's, not a happening's."""

from __future__ import annotations

import datetime as dt

from kliping.synth.timeline import not_a_happening


def test_the_day_an_outlet_compiled_a_roundup_is_not_a_happening() -> None:
    text = "Dirangkum detikcom, Jumat (17/10/2025), berikut lima fakta unjuk rasa pengemudi ojek."
    assert not_a_happening(text, text.find("Jumat"), "day", "2025-10-17", dt.date(2025, 10, 17)) == "cited"
    happened = "Pengemudi ojek berunjuk rasa di depan balai kota pada Jumat (17/10/2025)."
    assert not_a_happening(happened, happened.find("Jumat"), "day", "2025-10-17", dt.date(2025, 10, 17)) is None
