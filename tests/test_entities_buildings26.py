"""Two cuts of one place's name joined again (docs/ner.md, "Twenty-sixth round"): a lone ``Kantor``
tagged before the body it houses is the building's first word, and a compass word after a hyphen
closes the place before it.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities.places import _buildings_and_compass
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span
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


def _joined(words: str, spans: list[Span]) -> list[tuple[str, str]]:
    st = _Sentence(words.split(), False)
    sp = list(spans)
    _buildings_and_compass([st], [sp])
    return [(" ".join(st.w[s.i:s.j]), s.type) for s in sp]


_CHAIN = "Warga berunjuk rasa di Kantor Kementerian Keuangan Jakarta - Timur pagi ini ."


def test_a_building_joined_to_its_body_takes_the_compass_word_too():
    # the tagger cut the name twice: the grown building span goes on to the compass word after the hyphen
    got = _joined(_CHAIN, [Span(4, 5, "LOC"), Span(5, 8, "ORG"), Span(9, 10, "LOC")])
    assert got == [("Kantor Kementerian Keuangan Jakarta - Timur", "LOC")]


def test_only_the_joined_span_leaves_the_list():
    # a place after the joined one stays, the same object it was
    after = Span(11, 12, "LOC")
    words = "Warga berunjuk rasa di Kantor Kementerian Keuangan Jakarta - Timur dekat Monas ."
    st = _Sentence(words.split(), False)
    sp = [Span(4, 5, "LOC"), Span(5, 8, "ORG"), Span(9, 10, "LOC"), after]
    _buildings_and_compass([st], [sp])
    assert [(s.i, s.j, s.type) for s in sp] == [(4, 10, "LOC"), (11, 12, "LOC")] and sp[1] is after
