"""Offsets of cleaned sentences map back onto the raw input text used by the gold sets."""

from kliping.eval.align import RawAligner
from kliping.ingest import clean
from kliping.model import Article


def test_raw_span_points_at_the_same_words_after_boilerplate_and_nbsp_are_removed():
    raw = (
        "Reporter: Dewi | Editor: Bayu\r\n"
        "Harga cabai di Pasar Minggu naik\u00a0menjadi Rp80.000 per kilogram pada Senin (3/6/2024).\r\n"
        "Baca Juga: Harga Beras Stabil\r\n"
        "Pedagang berharap pasokan dari Garut segera pulih."
    )
    doc = clean(Article(id="x", input="x", text=raw, published="2024-06-04"))
    align = RawAligner(raw, doc)
    for k, s in enumerate(doc.sentences):
        for word in ("Rp80.000", "Garut"):
            i = s.text.find(word)
            if i >= 0:
                a, b = align.raw_span(k, i, i + len(word))
                assert raw[a:b] == word
                assert align.sentence_of(a) == k
