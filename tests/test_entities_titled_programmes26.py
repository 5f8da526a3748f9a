"""A programme named on an office word (``program Jaksa Sahabat ...``) is no person, nor are the other
programmes of its family (docs/ner.md, "Twenty-sixth round").

Every sentence here is written for these tests (no article text); the programmes are invented.
"""

from __future__ import annotations

from kliping.extract.entities.not_people import _not_people
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span


def _run(texts: list[str], spans: list[list[Span]]) -> list[list[str]]:
    sents = [_Sentence(t.split(), False) for t in texts]
    _not_people(sents, spans)
    return [[" ".join(st.w[s.i:s.j]) for s in sp] for st, sp in zip(sents, spans, strict=True)]


def test_a_programme_on_an_office_word_and_its_family_are_no_people():
    texts = ["Kejari Garut meluncurkan program Jaksa Sahabat Petani untuk desa tertinggal .",
             "Sebelumnya Jaksa Sahabat Sekolah sudah berjalan dua tahun ."]
    spans = [[Span(0, 2, "ORG"), Span(5, 7, "PERSON", title=(4, 5))], [Span(2, 4, "PERSON", title=(1, 2))]]
    assert _run(texts, spans) == [["Kejari Garut"], []]


def test_a_holder_after_program_and_an_office_stays_a_person():
    # a name no dictionary holds: the office's holder, whose programme it is
    texts = ["Warga menyambut program Presiden Prabowo Subianto di desa itu ."]
    spans = [[Span(4, 6, "PERSON", title=(3, 4))]]
    assert _run(texts, spans) == [["Prabowo Subianto"]]


def test_a_family_name_marked_as_a_person_elsewhere_stays():
    texts = ["Kejari Garut meluncurkan program Jaksa Sahabat Petani untuk desa tertinggal .",
             "Jaksa Sahabat Sekolah mengatakan sidang ditunda ."]
    spans = [[Span(0, 2, "ORG"), Span(5, 7, "PERSON", title=(4, 5))], [Span(1, 3, "PERSON", title=(0, 1))]]
    assert _run(texts, spans)[1] == ["Sahabat Sekolah"]
