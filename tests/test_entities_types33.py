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


def test_the_short_form_of_a_law_spelt_out_is_no_body():
    got = _types("Kuasa hukumnya menyinggung pasal Undang-Undang Informasi dan Transaksi Elektronik (UUITE) "
                 "dalam laporan itu. UUITE kerap dikritik aktivis.")
    assert got.get("UUITE") == PROGRAMME
    # a body's bracket after a law's name is the body's short form, not the law's
    got = _types("Revisi Undang-Undang Pemilu dibahas Dewan Perwakilan Rakyat (DPR) pekan ini.")
    assert got.get("DPR") == "ORG"


def test_a_quoted_channel_typed_a_place_and_a_quoted_nickname_typed_a_body_are_no_entities():
    got = _types("Keluhan itu diterima dari warga yang mengadu melalui 'Lapor Pak Purbaya'.")
    assert got.get("Lapor Pak Purbaya") == PROGRAMME
    got = _types("Penelitian tentang Homo erectus yang dikenal dengan 'The Java Man' pada tahun 1891 itu penting.")
    assert got.get("The Java Man") == PROGRAMME


def test_a_name_typed_a_place_one_letter_from_a_person_of_the_article_is_that_person():
    from kliping.link.aliases.forms import Form
    from kliping.link.aliases.spans import _people_typed_places

    typo = Form(0, 0, 0, "Verrel Bramasta", "Verrel Bramasta", "LOC", None, "verrelbramasta")
    person = Form(0, 1, 1, "Verrell Bramasta", "Verrell Bramasta", "PERSON", None, "verrellbramasta")
    _people_typed_places([typo, person])
    assert typo.type == "PERSON"
    # two letters away, or another first letter, is another name
    far = Form(0, 0, 0, "Verra Bramasta", "Verra Bramasta", "LOC", None, "verrabramasta")
    _people_typed_places([far, person])
    assert far.type == "LOC"


def test_a_party_s_short_form_spelt_out_as_a_tax_or_an_agreement_is_no_body():
    got = _types("Warga dibebaskan dari denda Pajak Kendaraan Bermotor (PKB) hingga akhir tahun. "
                 "Tunggakan PKB bisa dibayar di kantor Samsat.")
    assert "PKB" not in got
    got = _types("Kedua pemerintah daerah menandatangani Perjanjian Kerja Sama (PKS) soal air bersih.")
    assert "PKS" not in got
    # the body's own name in another language keeps it the body
    got = _types("Organization of Petroleum Exporting Countries (OPEC) memangkas produksi bulan ini.")
    assert got.get("OPEC") == "ORG"


def test_a_head_word_alone_and_a_distributive_phrase_are_no_places():
    got = _types("Ada juga rumah di dalam Gang yang tidak ikut dibongkar petugas.")
    assert "Gang" not in got
    got = _types("(1) Setiap Orang dengan sengaja merusak Informasi Elektronik milik Orang lain.")
    assert "Setiap Orang" not in got
    # a head with its name stays
    got = _types("Petugas menyisir Gang Kelinci di Kelurahan Cibodas pada malam hari.")
    assert got.get("Gang Kelinci") == "LOC"


def test_a_two_word_name_the_article_writes_with_its_second_word_in_lower_case_is_no_name():
    got = _types("Tanaman obat ini bernama ilmiah Centella asiatica. Sebuah jurnal berjudul 'Khasiat Daun "
                 "Pegagan (Centella Asiatica) bagi Kulit' membahasnya.")
    assert "Centella Asiatica" not in got


def test_a_model_after_a_vehicle_noun_and_its_kind_is_a_product_in_the_whole_article():
    got = _types("Mobil offroad FIN Komodo saat ini lebih banyak dipakai di kawasan wisata. Hingga kini, FIN "
                 "Komodo masih eksis.")
    assert got.get("FIN Komodo") == "PRODUCT"


def test_an_english_term_spelt_out_before_its_short_form_is_no_body():
    got = _types("Setiap murid memakai satu laptop dan pembelajaran berbasis sistem Learning Management System (LMS).")
    assert got.get("Learning Management System") == PROGRAMME
    got = _types("Negara kepulauan mendesak agar New Collective Quantified Goal (NCQG) segera dijalankan.")
    assert got.get("New Collective Quantified Goal") == PROGRAMME
    # an English body's name keeps its type
    got = _types("Pinjaman itu datang dari Asian Development Bank (ADB) tahun lalu.")
    assert got.get("Asian Development Bank") == "ORG"
