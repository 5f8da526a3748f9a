"""Regional offices written out or short, a kind of aid before a ministry, app stores (docs/ner.md,
"Twenty-second round").

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import canonical_form, extract_mentions, inner_short_form
from kliping.link import link
from tests.quote_helpers import doc
from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(doc(text))}


def test_a_written_short_head_opening_a_sentence_opens_the_office():
    got = _types("Kanwil DJP Jawa Timur II menyita dua mobil milik penunggak pajak.")
    assert got == {"Kanwil DJP Jawa Timur II": "ORG"}


def test_an_office_written_out_with_its_two_word_short_form_in_brackets_is_one_name():
    got = _types("Sengketa lahan itu kini ditangani Kantor Wilayah Badan Pertanahan Nasional (Kanwil BPN) "
                 "Jawa Barat setelah warga mengadu.")
    assert got == {"Kantor Wilayah Badan Pertanahan Nasional (Kanwil BPN) Jawa Barat": "ORG"}


def test_the_two_word_short_form_in_brackets_is_the_office_s_short_name():
    written = "Kantor Wilayah Badan Pertanahan Nasional (Kanwil BPN) Jawa Barat"
    assert inner_short_form(written) == ("Kantor Wilayah Badan Pertanahan Nasional Jawa Barat",
                                         "Kanwil BPN Jawa Barat", "Kantor Wilayah Badan Pertanahan Nasional",
                                         "Kanwil BPN")
    # two words that are no written-short head and an acronym are no short form
    assert inner_short_form("Badan Usaha (Dua Kata) Jawa Timur") is None
    assert canonical_form(written, "ORG") == "Kantor Wilayah Badan Pertanahan Nasional Jawa Barat"


def test_the_office_written_out_and_short_is_one_entity():
    written = "Kantor Wilayah Badan Pertanahan Nasional (Kanwil BPN) Jawa Barat"
    ev = _evidence("o1", [f"Sengketa lahan itu kini ditangani {written} setelah warga mengadu.",
                          "Pekan depan, Kanwil BPN Jawa Barat memanggil kedua pihak."],
                   [(0, written, "ORG", None), (1, "Kanwil BPN Jawa Barat", "ORG", None)])
    story = link([ev])
    office = _entity_of(story, "o1", "Kanwil BPN Jawa Barat")
    assert len(office) == 1 and _entity_of(story, "o1", written) == office


def test_a_kind_of_aid_before_a_ministry_is_no_part_of_its_name():
    got = _types("Warga cukup membuka laman Cek Bansos Kemensos untuk melihat status penerima.")
    assert got == {"Kemensos": "ORG"}


def test_an_institution_word_still_opens_its_name():
    got = _types("Santri Ponpes Al Hikmah dan pasien Puskesmas Cibadak ikut diperiksa.")
    assert got.get("Ponpes Al Hikmah") == "ORG"
    assert "Puskesmas Cibadak" in got


def test_an_app_store_is_a_product():
    got = _types("Aplikasi itu bisa diunduh di Play Store maupun Google Play Store sejak pekan lalu.")
    assert got.get("Play Store") == "PRODUCT"
    assert got.get("Google Play Store") == "PRODUCT"
