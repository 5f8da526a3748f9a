"""``synth.timeline.clauses``: a date's last words and clauses read from a window before it, as the whole
prefix would give them (a long paragraph's dates cost their own length, not the paragraph's)."""

from __future__ import annotations

from kliping.synth.corpus import words
from kliping.synth.timeline.clauses import (
    ASIDE,
    CLAUSE_BREAK,
    last_clause,
    last_clause_words,
    last_words,
    previous_clause,
)

_UNIT = "Rapat digelar Senin (3/3/2025) di gedung DPRD (lantai 2) menjelang rilis laporan pada Selasa "


def test_last_words_of_a_long_prefix_are_those_of_the_whole() -> None:
    text = _UNIT * 40 + "seperti dalam keterangan tertulis yang diterima, Rabu"
    end = text.rindex("Rabu")
    assert last_words(text, end, 5) == ["dalam", "keterangan", "tertulis", "yang", "diterima"]
    assert last_words(text, end, 30) == words(text[:end])[-30:]
    assert last_words(text, 10, 30) == words(text[:10])  # fewer words than asked: all of them


def test_last_clause_words_leave_asides_out_across_the_window() -> None:
    prefix = _UNIT * 40 + "menurut Badan Informasi Energi AS (EIA) menjelang rilis laporan pada"
    assert last_clause_words(prefix, 13) == words(last_clause(prefix))[-13:] == [
        "menjelang", "rilis", "laporan", "pada"]  # a bracket ends a clause
    assert last_clause_words(prefix, 13, asides=True) == words(last_clause(ASIDE.sub(" ", prefix)))[-13:]
    assert last_clause_words(prefix, 13, asides=True)[-7:] == [
        "informasi", "energi", "as", "menjelang", "rilis", "laporan", "pada"]
    # a bracket opened long before and never closed is a clause break, wherever the window starts
    assert last_clause_words("kata Ani (" + "kata Budi " * 50, 3, asides=True) == ["budi", "kata", "budi"]


def test_previous_clause_is_the_clause_before_the_last_break() -> None:
    prefix = "Seperti dilansir Reuters, " * 30 + "Senin"
    assert previous_clause(prefix) == CLAUSE_BREAK.split(prefix)[-2] == " Seperti dilansir Reuters"
    assert previous_clause("Harga naik 5,5 persen") is None  # a comma before a digit breaks nothing
    assert previous_clause("Menurut BPS; harga naik") == "Menurut BPS"
