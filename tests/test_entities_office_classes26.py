"""A tax office's class (``Pratama``, ``Madya``) between its short form and its area is part of the
office's name (docs/ner.md, "Twenty-sixth round").

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities.acronyms import _office_classes
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span
from tests.test_entities_classes22 import _types


def test_the_class_after_the_bracketed_short_form_continues_the_office():
    got = _types("Kepala Kantor Pelayanan Pajak (KPP) Pratama Purwakarta, Budi Santoso, membenarkan penyitaan itu.")
    assert got.get("Kantor Pelayanan Pajak (KPP) Pratama Purwakarta") == "ORG"
    assert not any(t.startswith("Pratama") for t in got)


def test_a_class_and_area_cut_from_the_short_form_takes_it_back():
    text = "Mobil sitaan diparkir di halaman KPP Pratama Boyolali sejak Senin ."
    st = _Sentence(text.split(), False)
    spans = [[Span(6, 8, "LOC")]]
    _office_classes([st], spans)
    assert [(" ".join(st.w[s.i:s.j]), s.type) for s in spans[0]] == [("KPP Pratama Boyolali", "ORG")]


def test_the_class_word_elsewhere_is_left_alone():
    text = "Direktur PT Sinar Pratama Jaya hadir ."
    st = _Sentence(text.split(), False)
    spans = [[Span(1, 5, "ORG")]]
    _office_classes([st], spans)
    assert (spans[0][0].i, spans[0][0].j) == (1, 5)
