"""Sixth QA read, summary: a sentence giving a figure and a date is not supported by a similar
sentence that gives neither (a target of 4,5 million vehicles by December cited with a line saying
only that every vehicle must be fitted). Articles go through the real cleaning and extraction
stages; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_summary_support import _cited, _evidence, _story

_TARGET = ("Direktur ritel Pertamina Budi Santoso mengatakan pemasangan alat pemantau BBM di 4,5 juta "
           "kendaraan bermotor di Jakarta harus rampung pada Desember 2013.")
_ALL = ("Direktur ritel Pertamina Budi Santoso mengatakan pemasangan alat pemantau BBM di semua kendaraan "
        "bermotor di Jakarta harus rampung.")


def _reports(first_says: str, second_says: str):
    first = _evidence("alat-1", "Target Pemasangan Alat", "2013-12-05", "Kabar Kota",
                      "Petugas menjelaskan jadwal sosialisasi di kantor kementerian. " + first_says)
    other = _evidence("alat-2", "Alat Pemantau BBM", "2013-12-05", "Warta Kota",
                      "Sosialisasi alat pemantau digelar di kantor kementerian. " + second_says)
    return _story([first, other])


def test_a_figure_and_date_are_not_supported_by_a_sentence_giving_neither() -> None:
    story = _reports(_TARGET, _ALL)
    assert _cited(story, _TARGET[:-1]) == [("alat-1", 1)]
    # and the other way round: the line without them is not cited with the target either
    assert _cited(story, _ALL[:-1]) == [("alat-2", 1)]


def test_a_figure_and_date_are_supported_by_a_sentence_giving_them() -> None:
    story = _reports(_TARGET, _TARGET.replace("harus rampung", "harus segera rampung"))
    assert _cited(story, _TARGET[:-1]) == [("alat-1", 1), ("alat-2", 1)]


def test_a_figure_without_a_date_is_still_supported_by_a_sentence_without_it() -> None:
    """Only a sentence giving both is kept apart: a value alone is often a detail one report adds."""
    figure_only = _TARGET.replace(" pada Desember 2013", "")
    story = _reports(figure_only, _ALL)
    assert _cited(story, figure_only[:-1]) == [("alat-1", 1), ("alat-2", 1)]
