"""Journals' and awards' names (docs/ner.md, "Twenty-sixth round"): a journal after ``jurnal`` or a
publishing verb is one organisation over its whole name, and a rank won is cut from before an
award's name, which is an event.

Every sentence here is written for these tests (no article text); the journals and awards are invented.
"""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_journal_after_jurnal_is_one_organisation_over_its_subtitle():
    got = _types("Temuan itu dimuat dalam jurnal Pacific Cardiology Society Rhythm: Clinical Practice pekan lalu.")
    assert got.get("Pacific Cardiology Society Rhythm: Clinical Practice") == "ORG"
    assert not any(t != "Pacific Cardiology Society Rhythm: Clinical Practice" and "Rhythm" in t for t in got)


def test_a_journal_after_a_publishing_verb_runs_over_english_joiners():
    got = _types("Riset tim itu diterbitkan dalam Frontiers in Tropical Soil and the Climate tahun ini.")
    assert got.get("Frontiers in Tropical Soil and the Climate") == "ORG"


def test_a_journal_word_keeps_the_name_whole():
    got = _types("Hasil uji klinis itu dirilis di Borneo Medical Network Open pada Senin.")
    assert got.get("Borneo Medical Network Open") == "ORG"


def test_a_place_after_a_publishing_verb_stays_a_place():
    got = _types("Buku kumpulan puisi itu diterbitkan di Yogyakarta pada 2019.")
    assert got.get("Yogyakarta") in ("GPE", "LOC")


def test_a_rank_won_is_cut_from_an_award_which_is_an_event():
    got = _types("Kantor imigrasi itu meraih Bronze Winner Anugerah Humas Nusantara 2024.")
    assert got.get("Anugerah Humas Nusantara") == "EVENT"
    assert not any("Winner" in t for t in got)
