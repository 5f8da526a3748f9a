"""A person's first word glued to the end of the office before them goes back to the person when the
article names them in full and by that word alone (docs/ner.md, "Twenty-sixth round").

Every sentence here is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from kliping.extract.entities.glued_names import _glued_prefixes
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span


def _run(texts: list[str], spans: list[list[Span]]) -> list[list[tuple[str, str]]]:
    sents = [_Sentence(t.split(), False) for t in texts]
    _glued_prefixes(sents, spans)
    return [[(" ".join(st.w[s.i:s.j]), s.type) for s in sp] for st, sp in zip(sents, spans, strict=True)]


_GLUED = "Uang mengalir ke mantan Kepala Dinas PUPR Kabupaten Pakpak Bharat Ervi Yanti Siregar kemarin ."


def test_the_first_name_goes_back_to_the_person():
    texts = [_GLUED, "Ervi Yanti Siregar tidak hadir di sidang .", "Ervi belum menjawab ."]
    spans = [[Span(5, 11, "ORG"), Span(11, 13, "PERSON", title=(3, 11))],
             [Span(0, 3, "PERSON")], [Span(0, 1, "PERSON")]]
    got = _run(texts, spans)
    assert got[0] == [("Dinas PUPR Kabupaten Pakpak Bharat", "ORG"), ("Ervi Yanti Siregar", "PERSON")]
    assert spans[0][1].title == (3, 10)


def test_a_word_never_used_alone_as_a_person_stays_with_the_body():
    # the article never calls anyone "Ervi" alone: no evidence the word is the person's
    texts = [_GLUED, "Ervi Yanti Siregar tidak hadir di sidang ."]
    spans = [[Span(5, 11, "ORG"), Span(11, 13, "PERSON", title=(3, 11))], [Span(0, 3, "PERSON")]]
    assert _run(texts, spans)[0][0] == ("Dinas PUPR Kabupaten Pakpak Bharat Ervi", "ORG")
