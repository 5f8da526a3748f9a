"""A ministry's portfolio word after ``Menteri`` that no title list covers (``Koperasi``, ``Agraria``,
``Haji``) is the office's field, never the first word of the holder's name (docs/ner.md, "Twenty-fifth
round").

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_portfolio_after_menteri_is_cut_from_the_holder_s_name():
    got = _types("Wakil Menteri Koperasi Dewi Lestari meresmikan gerai sembako di Cianjur.")
    assert got.get("Dewi Lestari") == "PERSON" and "Koperasi Dewi Lestari" not in got
    got = _types("Menteri Haji Rudi Hartono meninjau pemondokan jemaah di Makkah.")
    assert got.get("Rudi Hartono") == "PERSON" and "Haji Rudi Hartono" not in got


def test_a_lone_portfolio_after_menteri_is_nobody():
    got = _types("Menteri Agraria dan Tata Ruang Bambang Susilo membagikan sertifikat tanah.")
    assert "Agraria" not in got and got.get("Bambang Susilo") == "PERSON"


def test_the_same_words_elsewhere_keep_their_reading():
    # ``Haji`` as the pilgrim's honorific, with no ``Menteri`` before it, stays in the name
    assert _types("Jemaah menyambut Haji Bambang Susilo di halaman masjid.") == {"Haji Bambang Susilo": "PERSON"}
