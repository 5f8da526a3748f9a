"""Type errors of the fourth entity draw (docs/ner.md, "Thirty-third round, types"): concept short
forms spelt out in lower case with commas or in brackets after them, programmes, places, events and
bodies typed the wrong kind.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import PROGRAMME
from tests.test_entities_classes22 import _types


def test_a_short_form_spelt_out_in_lower_case_with_commas_is_no_body():
    got = _types("Perusahaan itu menunda tender engineering, procurement and construction (EPC) untuk kilang baru. "
                 "Tender EPC akan dibuka lagi tahun depan.")
    assert got.get("EPC") == PROGRAMME


def test_a_short_form_spelt_out_in_lower_case_inside_the_bracket_after_it_is_no_body():
    got = _types("Kota itu ingin dikenal lewat MICE (meetings, incentives, conventions, dan exhibitions). "
                 "Sektor MICE tumbuh pesat tahun ini.")
    assert got.get("MICE") == PROGRAMME
    # a body's short form with its own capitalised name in the bracket stays the body
    got = _types("Laporan itu diterima KPK (Komisi Pemberantasan Korupsi) pekan lalu.")
    assert got.get("KPK") == "ORG"


def test_the_items_of_a_list_a_programme_noun_opens_are_programmes():
    got = _types("Program lain yang dinilai baik yakni Sekolah Unggul Garuda (3,1), Koperasi Merah Putih (2,7), "
                 "dan bantuan beras.")
    assert got.get("Sekolah Unggul Garuda") == PROGRAMME
    assert got.get("Koperasi Merah Putih") == PROGRAMME
    # a list of who runs the programme names bodies
    got = _types("Program itu sebaiknya dijalankan oleh satu badan seperti Badan Pelatihan Keuangan atau "
                 "Politeknik Nusantara.")
    assert got.get("Politeknik Nusantara") == "ORG"


def test_a_national_school_programme_is_a_programme_and_one_school_of_it_a_body():
    got = _types("Menurut Menteri Sosial, Sekolah Rakyat kini hadir di ratusan titik.")
    assert got.get("Sekolah Rakyat") == PROGRAMME
    got = _types("Siswa Sekolah Rakyat Menengah Atas 12 Bekasi mengikuti upacara.")
    assert got.get("Sekolah Rakyat Menengah Atas 12 Bekasi") == "ORG"
