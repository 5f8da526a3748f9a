"""Measures and software are no bodies or places (docs/ner.md, "Twenty-sixth round"): a unit's short
form after a quantity (``(Mtpa)``, ``5 MMBOE``) is no entity; a public service's software system
(``Coretax``, ``SIPP ...``) or a name written after ``sistem``/``aplikasi`` is a product.

Every sentence here is written for these tests (no article text); the names are invented.
"""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_unit_short_form_after_a_quantity_is_no_entity():
    got = _types("Terminal baru itu mampu menampung 12 juta ton per tahun (Mtpa) gas alam cair dari Bontang.")
    assert "Mtpa" not in got
    got = _types("Cadangan blok itu naik menjadi 310 juta barel setara minyak (MMBOE) setelah pengeboran.")
    assert "MMBOE" not in got


def test_a_unit_word_after_a_number_is_no_entity_and_takes_its_other_uses():
    got = _types("Kilang di Tuban dirancang berkapasitas 7 Mtpa. Kapasitas Mtpa itu belum cukup bagi pasar Jawa.")
    assert "Mtpa" not in got


def test_a_body_short_form_in_brackets_after_a_figure_stays():
    # a body named after a percentage is the source of the figure, no unit
    got = _types("Inflasi tahunan tercatat 2,1 persen (BPS) pada bulan lalu di Jakarta.")
    assert got.get("BPS") == "ORG"


def test_a_known_software_system_is_a_product():
    # (a name the tagger typed: the rule retypes, it does not find names)
    got = _types("Petugas memeriksa Coretax DJP setelah gangguan pada Senin.")
    assert got.get("Coretax DJP") == "PRODUCT"
    got = _types("Jadwal sidang perkara itu tercantum di situs SIPP PN Jaksel sejak Senin.")
    assert got.get("SIPP PN Jaksel") == "PRODUCT"


def test_a_name_written_after_aplikasi_is_a_product_at_all_its_uses():
    got = _types("Warga kini bisa mendaftar lewat aplikasi Lapakdesa. Data di Lapakdesa diperbarui setiap hari.")
    assert got.get("Lapakdesa") == "PRODUCT"


def test_a_body_or_place_after_sistem_keeps_its_type():
    got = _types("Gubernur meminta sistem Kemenkes segera diperbaiki sebelum akhir bulan.")
    assert got.get("Kemenkes") == "ORG"
