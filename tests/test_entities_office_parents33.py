"""An office unit and the regional body or area that owns it are one organisation (docs/ner.md,
"Thirty-third round": ``extract.entities.office_parents``, ``canonical.built_on_known_short_form``).

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities.canonical import built_on_known_short_form, canonical_form
from tests.test_entities_classes22 import _types


def test_a_unit_and_the_district_after_it_are_one_office():
    got = _types("Kepala Seksi Pelayanan Umum Kecamatan Sukaraja, Andi Wijaya, membenarkan kabar itu.")
    assert got.get("Seksi Pelayanan Umum Kecamatan Sukaraja") == "ORG"
    assert "Kecamatan Sukaraja" not in got


def test_a_unit_tagged_by_its_short_form_takes_its_words_and_its_police():
    got = _types("Satuan Reserse Narkoba (Satresnarkoba) Polres Sleman menangkap dua pengedar pada Rabu malam.")
    assert any(t.startswith("Satuan Reserse Narkoba") and t.endswith("Polres Sleman") for t in got), got
    assert "Polres Sleman" not in got


def test_a_unit_written_short_before_its_police_opens_the_police_name():
    got = _types("Petugas Satreskrim Polres Sleman masih memeriksa kedua saksi itu.")
    assert got.get("Satreskrim Polres Sleman") == "ORG"


def test_a_provincial_office_keeps_its_government_after_the_bracket():
    got = _types("Kepala Dinas Perhubungan (Dishub) Pemprov Jateng, Budi Santoso, meninjau terminal.")
    assert got.get("Dinas Perhubungan (Dishub) Pemprov Jateng") == "ORG"


def test_something_between_the_unit_and_the_body_leaves_them_apart():
    got = _types("Dinas Sosial bersama Polres Sleman membagikan bantuan kepada warga.")
    assert "Polres Sleman" in got


def test_a_police_station_and_its_parent_keep_their_own_areas():
    got = _types("Petugas Polsek Depok dan Polres Sleman berjaga di lokasi.")
    assert "Polres Sleman" in got


def test_a_city_police_short_form_built_on_a_regency_police_short_form():
    assert built_on_known_short_form("Polresta", ["Kepolisian", "Resor", "Kota"])
    assert not built_on_known_short_form("Polresta", ["Kepolisian", "Daerah"])
    got = _types("Kepolisian Resor Kota (Polresta) Malang Kota memusnahkan ribuan botol minuman keras.")
    assert got.get("Kepolisian Resor Kota (Polresta) Malang Kota") == "ORG"
    assert canonical_form("Kepolisian Resor Kota (Polresta) Malang Kota", "ORG") == "Kepolisian Resor Kota Malang Kota"


def test_an_institution_kind_its_short_form_and_its_name_are_one_organisation():
    got = _types("Santri Pondok Pesantren (Ponpes) Al-Hidayah Lamongan mengikuti lomba pidato.")
    assert got.get("Pondok Pesantren (Ponpes) Al-Hidayah Lamongan") == "ORG", got
    assert "Al-Hidayah Lamongan" not in got


def test_a_person_or_a_body_after_the_bracket_stays_apart():
    got = _types("Kepala Badan Gizi Nasional (BGN) Dadan Suherman meninjau dapur umum.")
    assert not any("Dadan" in t and "Badan" in t for t in got)
    got = _types("Direktorat Jenderal Pajak (DJP) Kementerian Keuangan menagih tunggakan itu.")
    assert not any(t.startswith("Direktorat") and t.endswith("Keuangan") for t in got)
