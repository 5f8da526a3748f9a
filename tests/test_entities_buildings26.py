"""Two cuts of one place's name joined again (docs/ner.md, "Twenty-sixth round"): a lone ``Kantor``
tagged before the body it houses is the building's first word, and a compass word after a hyphen
closes the place before it.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_lone_kantor_before_a_body_is_the_building():
    got = _types("Sejumlah pejabat rapat di Kantor Kementerian Keuangan, Kamis (5/6/2019) sore, membahas subsidi listrik.")
    assert got.get("Kantor Kementerian Keuangan") == "LOC" and "Kantor" not in got


def test_a_compass_word_after_a_hyphen_closes_the_place():
    got = _types("Warga mengadu ke Kantor Dinas Sosial Jakarta-Selatan di Jl Raya Pasar Minggu.")
    assert got.get("Kantor Dinas Sosial Jakarta-Selatan") == "LOC" and "Selatan" not in got


def test_a_body_named_alone_after_di_stays_an_organisation():
    got = _types("Para menteri rapat di Kementerian Perdagangan, Senin malam.")
    assert got.get("Kementerian Perdagangan") == "ORG"
