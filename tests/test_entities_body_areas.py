"""A body's short name and the area after it are one organisation (``BPBD Purbalingga``), and the
linker still reads the area inside such a name as the region's bare form (docs/ner.md, "Twenty-second
round").

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.link import link
from kliping.link.aliases.places import body_area
from tests.quote_helpers import doc
from tests.test_aliases_al19 import _evidence_on as _on
from tests.test_aliases_qa4 import _entity_of


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(doc(text))}


# --- the entity extractor


def test_a_regional_agency_and_its_regency_are_one_organisation():
    got = _types("Tim gabungan dari BPBD Kota Cimahi dan Polda Jateng tiba di lokasi pada Senin pagi.")
    assert got.get("BPBD Kota Cimahi") == "ORG"
    assert got.get("Polda Jateng") == "ORG"
    assert "Kota Cimahi" not in got and "BPBD" not in got


def test_a_regional_government_head_takes_the_area_after_it():
    # (the tagger reads this regency after the head as a first name)
    got = _types("Menurut warga, Pemkab Sleman sudah menyiapkan tiga posko pengungsian di lapangan desa.")
    assert got.get("Pemkab Sleman") == "ORG"
    assert "Sleman" not in got


def test_an_office_holder_after_the_agency_and_area_stays_a_person():
    got = _types("Ketua DPRD Kuantan Singingi, Hendra Saputra, membuka rapat paripurna kemarin.")
    assert got.get("DPRD Kuantan Singingi") == "ORG"
    assert got.get("Hendra Saputra") == "PERSON"


def test_a_regional_office_keeps_its_roman_number():
    got = _types("Pekan lalu, juru sita dari Kanwil DJP Jawa Timur II menyita dua mobil milik penunggak pajak.")
    assert got.get("Kanwil DJP Jawa Timur II") == "ORG"
    assert "Jawa Timur" not in got


def test_a_country_after_a_body_is_not_its_area():
    got = _types("Auditor BPK RI menemukan selisih anggaran di gedung Bawaslu RI pekan lalu.")
    assert "BPK RI" not in got and "Bawaslu RI" not in got


def test_a_region_seen_only_as_the_place_itself_stays_a_place():
    got = _types("Hujan deras mengguyur Kabupaten Purbalingga sejak Senin sore.")
    assert got.get("Kabupaten Purbalingga") == "GPE"


# --- the linker


def test_the_area_inside_a_body_s_name_is_the_region_s_bare_name():
    assert body_area("BPBD Purbalingga", "ORG") == "Purbalingga"
    assert body_area("Badan Penanggulangan Bencana Daerah Aceh Jaya", "ORG") == "Aceh Jaya"
    # written with its head word, the region is no bare name; no area, or not an organisation
    assert body_area("DPRD Kota Cimahi", "ORG") is None
    assert body_area("BPBD", "ORG") is None
    assert body_area("Purbalingga", "GPE") is None


def test_a_body_named_after_the_area_ties_the_regency_to_its_bare_name():
    flood = _on("b1", 3, ["Banjir merendam empat desa di Kabupaten Purbalingga pada Senin malam.",
                          "BPBD Purbalingga mengirim perahu karet ke desa yang terisolasi."],
                [(0, "Kabupaten Purbalingga", "GPE", None), (1, "BPBD Purbalingga", "ORG", None)])
    fair = _on("b2", 27, ["Festival gula kelapa digelar di alun-alun Purbalingga selama tiga hari.",
                          "Panitia menjual ribuan tiket kepada pengunjung."],
               [(0, "Purbalingga", "GPE", None)])
    story = link([flood, fair])
    regency = _entity_of(story, "b1", "Kabupaten Purbalingga")
    assert len(regency) == 1 and _entity_of(story, "b2", "Purbalingga") == regency
    # the body stays its own entity
    assert not _entity_of(story, "b1", "BPBD Purbalingga") & regency


def test_without_the_body_the_regency_and_a_bare_name_of_another_story_stay_apart():
    flood = _on("b3", 3, ["Banjir merendam empat desa di Kabupaten Purbalingga pada Senin malam.",
                          "Perahu karet dikirim ke desa yang terisolasi."],
                [(0, "Kabupaten Purbalingga", "GPE", None)])
    fair = _on("b4", 27, ["Festival gula kelapa digelar di alun-alun Purbalingga selama tiga hari.",
                          "Panitia menjual ribuan tiket kepada pengunjung."],
               [(0, "Purbalingga", "GPE", None)])
    story = link([flood, fair])
    assert not _entity_of(story, "b4", "Purbalingga") & _entity_of(story, "b3", "Kabupaten Purbalingga")
