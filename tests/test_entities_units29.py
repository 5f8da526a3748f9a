"""Military units and their commanders' titles (docs/ner.md, "Round ent29"): a commander's title
built on a unit keeps the unit's number and name in the title, and the linker reads a unit's slash
and space spellings as one unit. Through the real extractor and linker.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from tests.quote_helpers import doc
from tests.test_aliases_rules import _doc, _ids, _story
from tests.test_entities_classes22 import _types


def test_a_commander_s_unit_number_and_name_are_no_person():
    got = _types("Pangdam V Brawijaya Mayjen TNI Hendra Wiratama meninjau pos jaga di Malang, Senin (3/11/2025).")
    assert "V Brawijaya" not in got and "Brawijaya" not in got
    assert got.get("Hendra Wiratama") == "PERSON"
    got = _types("Upacara itu dipimpin Danrem 084/Bhaskara Jaya Kolonel Inf Agus Setiawan di lapangan tembak.")
    assert got.get("Agus Setiawan") == "PERSON"
    assert not any("Bhaskara" in name for name in got)


def test_the_holder_s_title_reaches_back_to_the_commander_s_title():
    ms = extract_mentions(doc("Pangdam V Brawijaya Mayjen TNI Hendra Wiratama meninjau pos jaga di Malang."))
    holder = next(m for m in ms if m.text == "Hendra Wiratama")
    assert holder.title == "Pangdam V Brawijaya Mayjen TNI"


def test_a_commander_title_without_a_unit_number_is_left_to_the_other_rules():
    got = _types("Pangdam Jaya Mayjen TNI Rudi Hartono datang ke lokasi banjir pada Selasa pagi.")
    assert got.get("Rudi Hartono") == "PERSON"


def test_a_unit_s_slash_and_space_spellings_are_one_entity():
    story = _story(
        _doc("u1", 3, "Kodam V Brawijaya mengerahkan 40 prajurit untuk membantu warga korban banjir pada Senin (3/11/2025).",
             "Bantuan dari Kodam V/Brawijaya itu tiba di posko pengungsian sore harinya."))
    space, slash = _ids(story, "Kodam V Brawijaya"), _ids(story, "Kodam V/Brawijaya")
    assert space and space == slash


def test_two_units_of_one_head_stay_apart():
    story = _story(
        _doc("u2", 3, "Kodim 0830/Surabaya dan Kodim 0817/Gresik menggelar latihan bersama pada Senin (3/11/2025).",
             "Prajurit Kodim 0817 Gresik lalu kembali ke markas."))
    assert _ids(story, "Kodim 0830/Surabaya") and not _ids(story, "Kodim 0830/Surabaya") & _ids(story, "Kodim 0817/Gresik")


def test_a_rank_title_after_a_unit_s_digits_or_slash_starts_at_the_commander_s_title():
    ms = extract_mentions(doc("Dandim 0830 Surabaya Letkol Inf Bayu Pratama hadir bersama camat setempat."))
    assert next(m for m in ms if m.text == "Bayu Pratama").title == "Dandim 0830 Surabaya Letkol Inf"
    ms = extract_mentions(doc("Kapendam IV/Diponegoro Kolonel Arh Yudi Santoso menjelaskan jumlah personel itu."))
    assert next(m for m in ms if m.text == "Yudi Santoso").title == "Kapendam IV/Diponegoro Kolonel Arh"
