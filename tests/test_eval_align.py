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


def test_raw_span_of_a_repaired_character_covers_its_whole_mojibake():
    # "€" saved as mojibake is three raw characters; the cleaned text has one, and a span in the
    # cleaned text maps to raw offsets that hold the mojibake whole and the words after it unmoved
    euro = "\u20ac".encode("utf-8").decode("cp1252")
    raw = f"Gaji perawat di Jerman sekitar {euro}3.100 per bulan.\nAgen menjanjikan visa kerja dalam enam bulan."
    doc = clean(Article(id="x", input="x", text=raw, published="2024-06-04"))
    assert "\u20ac3.100" in doc.text
    align = RawAligner(raw, doc)
    i = doc.sentences[0].text.find("\u20ac3.100")
    a, b = align.raw_span(0, i, i + len("\u20ac3.100"))
    assert raw[a:b] == f"{euro}3.100"
    j = doc.sentences[1].text.find("visa")
    a, b = align.raw_span(1, j, j + 4)
    assert raw[a:b] == "visa"
