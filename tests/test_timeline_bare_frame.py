"""A frame saying nothing of its own right after a quote (``Menteri X mengatakan kepada wartawan,
Rabu.``) dates that quote, is one entry with it and is shown with it (``synth.timeline.said_days.BARE_FRAME``,
``shown_text.framed_quote``). Sentences are invented; the time and quote extractors are the real ones,
names are given as mentions."""

from __future__ import annotations

import re

from kliping.synth.timeline import said_days, shown_text
from kliping.synth.timeline.said_days import BARE_FRAME, dates_told
from tests.test_timeline_quote_day import timeline_of

PUBLISHED = "2025-12-12"
_MINISTER = "Menteri Energi Bambang Sutrisno"
_TEXT = (f"{_MINISTER} mempertanyakan perlunya memangkas ekspor batu bara. \"Mengapa kami harus mengurangi "
         f"ekspor?\" {_MINISTER} mengatakan kepada wartawan, Rabu (10/12/2025). \"Pasar akan menyesuaikan "
         "diri dengan sendirinya.\"")
_MENTIONS = [(_MINISTER, "PERSON", 0), (_MINISTER, "PERSON", 2)]


def test_a_bare_frame_is_a_speaker_a_speech_verb_an_adjunct_and_the_day() -> None:
    for text in ("Menteri Energi Bambang Sutrisno mengatakan kepada wartawan, Rabu.",
                 "Budi mengatakan, Selasa (21/10/2025) malam.",
                 "Kepala dinas itu menjelaskan di Jakarta, Senin (20/10)."):
        assert BARE_FRAME.match(text) and dates_told(text), text
    for text in ("Budi mengatakan, Selasa, bahwa harga beras naik.",  # says something after the day
                 "Budi tidak mengatakan apa pun, Selasa.",
                 "\"Kami siap,\" kata Budi mengatakan, Selasa."):
        assert not BARE_FRAME.match(text), text


def test_the_quote_before_a_bare_frame_is_of_its_day_and_shown_with_it(monkeypatch) -> None:
    [entry] = [t for t in timeline_of(_TEXT, PUBLISHED, _MENTIONS) if t.value == "2025-12-10"]
    assert sorted(c.sentence for c in entry.citations) == [1, 2]
    assert entry.text.startswith("\"Mengapa kami harus mengurangi ekspor?\" … ")
    assert entry.text.endswith("mengatakan kepada wartawan, Rabu (10/12/2025).")
    monkeypatch.setattr(shown_text, "QUOTE_WITH_FRAME", False)
    [entry] = [t for t in timeline_of(_TEXT, PUBLISHED, _MENTIONS) if t.value == "2025-12-10"]
    assert entry.text.startswith(_MINISTER)
    monkeypatch.setattr(said_days, "BARE_FRAME", re.compile("(?!)"))  # no bare frame: the question is undated
    placed = {(t.value, c.sentence) for t in timeline_of(_TEXT, PUBLISHED, _MENTIONS) for c in t.citations}
    assert ("2025-12-10", 1) not in placed and ("2025-12-10", 2) in placed


def test_a_bare_frame_after_no_quote_dates_nothing_before_it() -> None:
    text = (f"Harga batu bara acuan naik tajam bulan ini. {_MINISTER} mengatakan kepada wartawan, "
            "Rabu (10/12/2025).")
    placed = {(t.value, c.sentence) for t in timeline_of(text, PUBLISHED, [(_MINISTER, "PERSON", 1)])
              for c in t.citations}
    assert ("2025-12-10", 0) not in placed
