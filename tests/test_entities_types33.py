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


def test_a_short_form_in_brackets_after_a_place_is_that_place_everywhere():
    got = _types('Petugas juga memasang kamera pengawas di tempat wisata lain, seperti di Benteng Kuto Besak (BKB). '
                 '"Kamera juga sudah terpasang di BKB.')
    assert got.get("BKB") == "LOC"
    # a short form a list knows as a body stays the body
    got = _types("Laporan itu diterima Komisi Pemberantasan Korupsi (KPK) pekan lalu.")
    assert got.get("KPK") == "ORG"


def test_a_units_headquarters_and_a_fort_are_places():
    got = _types("Massa aksi juga datang ke Mapolres Grobogan untuk melakukan audiensi.")
    assert got.get("Mapolres Grobogan") == "LOC"
    got = _types("Kerak hitam ditemukan pada dinding Red Fort, sebuah monumen di Delhi.")
    assert got.get("Red Fort") == "LOC"


def test_a_school_listed_after_another_whose_students_are_named_is_a_body():
    got = _types("Keracunan dialami siswa SMP Negeri 2 Lembang, lalu disusul siswa SD Negeri 3 Cibodas dan "
                 "SMK Negeri 2 Lembang pada Rabu.")
    assert got.get("SMK Negeri 2 Lembang") == "ORG"
    # a school named only as where something happens stays a place
    got = _types("Warga merusak tembok di SD Negeri 3 Cibodas pada malam hari.")
    assert got.get("SD Negeri 3 Cibodas") != "ORG"


def test_a_race_named_after_its_town_is_an_event():
    got = _types("Peserta Ngawi Run 2025 berkesempatan membawa pulang hadiah. Ngawi Run 2025 bukan cuma tentang "
                 "berlari.")
    assert got.get("Ngawi Run") == "EVENT"


def test_a_unit_ending_with_a_known_body_s_short_form_is_a_body_and_its_building_a_place():
    got = _types('"Kami menghargai proses yang berjalan di Siber Bareskrim," kata kuasa hukumnya.')
    assert got.get("Siber Bareskrim") == "ORG"
    got = _types("Wartawan menunggu di Gedung MK sejak pagi.")
    assert got.get("Gedung MK") == "LOC"


def test_an_office_that_puts_out_a_report_is_a_body():
    got = _types("Kantor Ombudsman Lima dalam laporannya menyebut sekitar 90 orang terluka selama unjuk rasa.")
    assert got.get("Kantor Ombudsman Lima") == "ORG"
    got = _types("Menurut laporan tahun 2023 dari Kantor Federal Anti-Diskriminasi Austria, diskriminasi masih marak.")
    assert got.get("Kantor Federal Anti-Diskriminasi Austria") == "ORG"


def test_an_english_body_head_before_of_is_a_body():
    got = _types("Peneliti utama di Center of Generational Kinetics, Jason Dorsey, menyampaikan tiga alasan.")
    assert got.get("Center of Generational Kinetics") == "ORG"
