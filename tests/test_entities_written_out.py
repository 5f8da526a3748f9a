"""A cue word's organisation runs to the end of a written-out name the abbreviation table knows.

``Kementerian Energi dan Sumber Daya Mineral`` was cut at ``dan``: ``Sumber`` alone is listed as no
name (the ``Sumber:`` source line), so the cue rule stopped before it. Sentences written for these tests.
"""

from __future__ import annotations

from kliping.extract.entities import canonical_form, extract_mentions
from tests.test_entities import _doc


def _orgs(*sentences: str) -> list[str]:
    return [m.text for m in extract_mentions(_doc(*sentences)) if m.type == "ORG"]


def test_a_known_ministry_name_is_not_cut_at_dan_before_a_word_that_alone_is_no_name():
    orgs = _orgs("Menurut Kementerian Energi dan Sumber Daya Mineral, stok solar cukup sampai akhir tahun.")
    assert "Kementerian Energi dan Sumber Daya Mineral" in orgs
    assert "Kementerian Energi" not in orgs


def test_the_written_out_name_before_its_bracketed_short_form_is_one_organisation():
    orgs = _orgs("Kementerian Energi dan Sumber Daya Mineral (ESDM) menunda lelang blok migas itu.")
    assert orgs[:2] == ["Kementerian Energi dan Sumber Daya Mineral", "ESDM"]
    # and the whole name now has the same canonical form as its short forms
    assert {canonical_form(o, "ORG") for o in (orgs[0], "ESDM", "Kementerian ESDM")} == {orgs[0]}


def test_a_lowercase_continuation_is_not_taken_into_the_name():
    orgs = _orgs("Kementerian Energi dan sumber daya lain ikut dibahas dalam rapat itu.")
    assert "Kementerian Energi dan sumber daya lain" not in orgs
