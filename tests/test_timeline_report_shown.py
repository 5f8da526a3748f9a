"""Sixth QA read, timeline: an entry holding both the announcement of a happening and a report of
it is shown by the report, not by a sentence telling it as still ahead or telling what went before
it (``menjelang``). Sentences are invented; the time extractor is the real one."""

from __future__ import annotations

from kliping.synth import synthesize
from tests.test_timeline_qa import _article, _story

# --- the sentence an entry is shown by -------------------------------------------------------

_PLAN = "Para menteri negara pengekspor minyak akan bertemu di Wina pada 27 November mendatang untuk membahas kuota produksi."
_DECISION = ("Para menteri negara pengekspor minyak yang bertemu di Wina pada Kamis (27/11/2014) memutuskan "
             "mempertahankan kuota produksi.")
_BEFORE = "Harga minyak melemah menjelang pertemuan menteri negara pengekspor minyak di Wina, Kamis (27/11/2014)."


def _shown(arts) -> dict[str, tuple[str, list[str]]]:
    """Date -> (text shown, sorted citations) of a one-storyline story's entries."""
    [line] = synthesize(_story(arts)).storylines
    return {t.value: (t.text, sorted(f"{c.article}:{c.sentence}" for c in t.citations)) for t in line.timeline}


def test_an_entry_holding_a_plan_and_the_report_of_the_day_is_shown_by_the_report() -> None:
    """The shorter announcement (``akan bertemu ... mendatang``) would be the entry's text; the report wins."""
    shown = _shown([_article("a1", _PLAN, "2014-11-20"), _article("a2", _DECISION, "2014-11-28")])
    text, cites = shown["2014-11-27"]
    assert cites == ["a1:0", "a2:0"]
    assert text == _DECISION


def test_an_entry_is_shown_by_the_report_rather_than_by_what_went_on_before_it() -> None:
    shown = _shown([_article("a1", _BEFORE, "2014-11-27"), _article("a2", _DECISION, "2014-11-28")])
    text, cites = shown["2014-11-27"]
    assert cites == ["a1:0", "a2:0"]
    assert text == _DECISION


# --- a subject pointed back to ---------------------------------------------------------------

_POINTED = "Kecaman itu muncul setelah kapal patroli Vietnam ditabrak kapal penjaga pantai di Laut Natuna pada Kamis (6/3/2025)."
_NAMED = ("Sebuah kapal penjaga pantai menabrak kapal patroli Vietnam yang sedang berlayar di perairan Laut Natuna "
          "pada Kamis (6/3/2025) sore.")


def test_an_entry_is_shown_by_a_sentence_naming_its_subject_not_one_pointing_back() -> None:
    """``Kecaman itu muncul setelah ...`` is shorter, but the reader of the timeline does not know which condemnation;
    the sentence that names what happened is shown, both stay cited."""
    shown = _shown([_article("a1", _POINTED, "2025-03-07"), _article("a2", _NAMED, "2025-03-07")])
    text, cites = shown["2025-03-06"]
    assert cites == ["a1:0", "a2:0"]
    assert text == _NAMED
