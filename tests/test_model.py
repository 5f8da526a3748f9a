"""Behaviour of the shared data model."""

import datetime as dt

from kliping.model import Document, Sentence


def test_anchor_reads_padded_unpadded_and_datetime_publication_dates():
    def doc(published):
        return Document("a", "a", "", [], published=published)

    assert doc("2013-12-5").anchor == dt.date(2013, 12, 5)
    assert doc("2023-09-12T08:30:00+07:00").anchor == dt.date(2023, 9, 12)
    assert doc("kemarin").anchor is None
    assert doc(None).anchor is None


def test_locate_maps_text_offsets_to_sentence_relative_offsets():
    text = "Satu dua. Tiga empat."
    doc = Document("a", "a", text, [Sentence("Satu dua.", 0, 9), Sentence("Tiga empat.", 10, 21)])
    assert doc.locate(0) == (0, 0)
    assert doc.locate(5) == (0, 5)
    assert doc.locate(15) == (1, 5)
