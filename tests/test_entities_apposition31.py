"""A person's name the tagger read as a place, set off by commas after a title (docs/ner.md, "Round
ent31"). Every sentence here is written for these tests (no article text)."""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_name_in_apposition_to_a_title_is_the_office_holder():
    got = _types("Perdana Menteri pertama India, Jawaharlal Nehru, berpidato di depan parlemen pada 1947.")
    assert got.get("Jawaharlal Nehru") == "PERSON"
    assert got.get("India") == "GPE"


def test_a_region_written_after_an_office_stays_a_place():
    got = _types("Bupati Kuantan Singingi, Riau, meresmikan jembatan itu.")
    assert got.get("Riau") == "GPE"
    got = _types("Banjir melanda Kecamatan Cibinong, Bogor, sejak pagi.")
    assert got.get("Bogor") == "GPE"
