"""Dossier entity rule for foreign places the model does not know and reads as a first name: a
lower-case place noun before the name (``kota``, ``blok``) or a preposition before it and a country
after it (``di X, Kroasia``) makes it a place in the whole article.

Every sentence here is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from kliping.extract.entities import Span
from kliping.extract.entities.places import _place_names
from kliping.extract.entities.sentence import _Sentence


def _run(texts: list[str], person: list[list[tuple[int, int]]]) -> list[str]:
    sents = [_Sentence(t.split(), False) for t in texts]
    spans = [[Span(i, j, "PERSON", source="model") for i, j in sp] for sp in person]
    _place_names(sents, spans)
    return [s.type for sp in spans for s in sp]


def test_a_name_after_a_lower_case_place_noun_is_a_place_in_the_whole_article():
    got = _run(["Perusahaan itu menggarap blok Kalinda di lepas pantai .",
                "Cadangan Kalinda diperkirakan cukup untuk dua puluh tahun ."], [[(4, 5)], [(1, 2)]])
    assert got == ["LOC", "LOC"]
    got = _run(["Rombongan itu menginap di kota Ostrava selama tiga hari .",
                "Ostrava menyambut mereka dengan hujan ."], [[(5, 6)], [(0, 1)]])
    assert got == ["GPE", "GPE"]


def test_a_name_between_a_preposition_and_a_country_is_a_place():
    got = _run(["Pesawat itu mendarat di Brindor , Kroasia , Senin pagi .",
                "Brindor menjadi tujuan wisata musim panas ."], [[(4, 5)], [(0, 1)]])
    assert got == ["GPE", "GPE"]


def test_a_person_marked_elsewhere_stays_a_person():
    """A name with an age or a title in the article names a person, even after ``kota``."""
    got = _run(["Ia datang ke kota Sandria kemarin .",
                "\" Jalannya banjir , \" kata Sandria ( 27 ) , pengemudi ojek ."], [[(4, 5)], [(6, 7)]])
    assert got == ["PERSON", "PERSON"]
    got = _run(["Budi , warga Depok , tiba kemarin ."], [[(0, 1)]])
    assert got == ["PERSON"]
