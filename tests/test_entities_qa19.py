"""A regional agency's short name between an office head and the holder (nineteenth QA read):
``Kepala BPBD Garut [Fulan]``, ``Ketua DPRD Sleman [Fulan]``, ``Kepala Dinkes Garut [Fulan]``. The
agency is named after the regency it serves, so the word after it is the area, as after
``Bupati``; the tagger ran the area into the holder's name (a speaker ``Garut Dedi Kurniawan``), or
the agency too (``Dinkes Garut Dedi Kurniawan``, titled only ``Kepala``); with a day after the holder
(``… Dedi Kurniawan Jumat malam``) it read agency, area and holder as one organisation.

Every sentence here is written for these tests; the people are invented, the regencies real places
of the gazetteer.
"""

from __future__ import annotations

from tests.test_entities import _doc
from tests.test_entities_qa import _titles, _types
from tests.test_quotes_qa5 import quotes


def test_the_area_after_a_regional_agency_is_no_part_of_the_holders_name() -> None:
    doc = _doc("Kepala BPBD Garut Dedi Kurniawan mengatakan genangan mulai surut pada Jumat malam.")
    assert _titles(doc).get("Dedi Kurniawan") == "Kepala BPBD Garut"
    # the agency and its area are one organisation (docs/ner.md, "Twenty-second round")
    assert _types(doc).get("BPBD Garut") == {"ORG"}
    assert "Garut Dedi Kurniawan" not in _types(doc)
    doc = _doc("Kepala BPBD Sleman Makwan meminta warga bantaran sungai tetap waspada.")
    assert _titles(doc).get("Makwan") == "Kepala BPBD Sleman"


def test_an_agency_the_tagger_ran_into_the_name_is_an_organisation() -> None:
    doc = _doc("Kepala Dinkes Garut Rina Marlina memastikan stok obat di puskesmas aman.")
    assert _titles(doc).get("Rina Marlina") == "Kepala Dinkes Garut"
    assert "Dinkes Garut Rina Marlina" not in _types(doc)
    assert _types(doc).get("Dinkes Garut") == {"ORG"}


def test_the_speaker_of_a_quote_is_the_holder_not_the_area() -> None:
    got = quotes('"Genangan mulai surut, tapi warga tetap kami minta waspada," kata Kepala BPBD Garut '
                 'Dedi Kurniawan, Jumat malam.')
    assert got == [(True, "Genangan mulai surut, tapi warga tetap kami minta waspada", "Dedi Kurniawan")]


def test_a_title_without_a_regional_agency_keeps_the_name_whole() -> None:
    # a ministry is no agency of a regency: a name after it may open with a place word
    doc = _doc("Wakil Menteri Dalam Negeri Bima Arya Sugiarto membuka rapat koordinasi itu.")
    assert _types(doc).get("Bima Arya Sugiarto") == {"PERSON"}


def test_a_day_after_the_holder_does_not_make_agency_area_and_holder_one_organisation() -> None:
    doc = _doc("Kepala BPBD Garut Dedi Kurniawan Jumat malam meninjau tanggul yang jebol.")
    assert _titles(doc).get("Dedi Kurniawan") == "Kepala BPBD Garut"
    assert "BPBD Garut Dedi Kurniawan" not in _types(doc)
    got = quotes('"Genangan mulai surut," kata Kepala BPBD Garut Dedi Kurniawan Jumat malam.')
    assert got == [(True, "Genangan mulai surut", "Dedi Kurniawan")]
