"""Organisation and place error classes of the second dev draw (devsets/entities/dev2.tsv; docs/ner.md,
"Twenty-fourth round"): names a general mechanism cut or joined wrongly in Indonesian news.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_body_named_by_a_list_of_fields_runs_to_its_last_field():
    got = _types("Tiga pejabat Dinas Pertanian, Perikanan, Ketahanan Pangan dan Peternakan Kendal diperiksa jaksa.")
    assert got == {"Dinas Pertanian, Perikanan, Ketahanan Pangan dan Peternakan Kendal": "ORG"}
    got = _types("Peringatan dini dikeluarkan Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) pagi tadi.")
    assert got.get("Badan Meteorologi, Klimatologi, dan Geofisika") == "ORG"


def test_a_field_list_ends_before_the_holder_and_a_lower_case_word():
    got = _types("Ketua Tim Reformasi Pangan dan Gizi Nasional Rudi Hartono meninjau dapur umum.")
    assert got.get("Tim Reformasi Pangan dan Gizi Nasional") == "ORG"
    assert got.get("Rudi Hartono") == "PERSON"
    got = _types("Ia kini menjabat Kepala Bagian Pengadaan Barang dan Jasa pada Setda Kendal.")
    assert got.get("Bagian Pengadaan Barang dan Jasa") == "ORG"


def test_a_list_of_bodies_is_no_field_list():
    got = _types("Rapat itu dihadiri Dinas Sosial, Dinas Kesehatan, dan BPBD Kendal.")
    assert got.get("Dinas Sosial") == "ORG" and got.get("Dinas Kesehatan") == "ORG"
    got = _types("Surat itu dikirim ke Badan Pengawas Obat dan Makanan, serta Perpustakaan Nasional.")
    assert got.get("Badan Pengawas Obat dan Makanan") == "ORG"
    assert not any("Perpustakaan" in t for t in got)


def test_a_name_run_over_dan_into_a_second_body_is_two_bodies():
    got = _types("Kredit itu dikucurkan Bank Sentosa dan BJB tanpa analisis yang memadai.")
    assert got.get("BJB") == "ORG" and "Bank Sentosa dan BJB" not in got
    got = _types("Data penerima diselaraskan Pemkab Karawang dan Kemensos pekan ini.")
    assert got.get("Pemkab Karawang") == "ORG" and got.get("Kemensos") == "ORG"
    got = _types("Pengaduan warga diteruskan ke Dinas Kesehatan dan Kementerian Sosial.")
    assert got.get("Dinas Kesehatan") == "ORG" and got.get("Kementerian Sosial") == "ORG"


def test_a_known_written_out_name_keeps_its_dan():
    assert _types("Ia pernah bertugas di Kementerian Hukum dan HAM.") == {"Kementerian Hukum dan HAM": "ORG"}
    got = _types("Ia dulu pejabat Badan Pengawas Pasar Modal dan Lembaga Keuangan.")
    assert got == {"Badan Pengawas Pasar Modal dan Lembaga Keuangan": "ORG"}


def test_a_month_after_a_number_word_and_a_weekday_after_pasar_end_the_name():
    got = _types("Tim peneliti Universitas Sebelas Maret (UNS) menguji alat itu.")
    assert got.get("Universitas Sebelas Maret") == "ORG"
    got = _types("Mahasiswa Institut Teknologi Sepuluh Nopember merakit mobil listrik.")
    assert got.get("Institut Teknologi Sepuluh Nopember") == "ORG"
    assert _types("Antrean kendaraan mengular di Jl Raya Pasar Minggu No 21 sejak pagi.").get("Jl Raya Pasar Minggu") == "LOC"


def test_a_month_or_weekday_after_an_ordinary_name_still_dates_it():
    got = _types("Rapat Universitas Indonesia Senin lalu membahas anggaran.")
    assert got.get("Universitas Indonesia") == "ORG" and "Universitas Indonesia Senin" not in got


def test_a_known_short_form_spelt_out_as_a_lower_case_thing_names_that_thing():
    got = _types("Kabupaten itu menerima pajak bumi dan bangunan (PBB) senilai Rp 9 miliar. Setoran PBB naik.")
    assert "PBB" not in got


def test_a_programme_or_a_body_spelt_out_in_lower_case_stays():
    # a programme stays as the linker's key, typed a programme (no dossier entity: docs/ner.md, "Round ent31")
    assert _types("Program makan bergizi gratis (MBG) dimulai. MBG diawasi ketat.").get("MBG") == "PROGRAMME"
    assert _types("Penyidik komisi pemberantasan korupsi (KPK) datang. KPK menyita dokumen.").get("KPK") == "ORG"
    assert _types("Sekretaris Jenderal PBB Antonio Guterres berpidato di Jenewa.").get("PBB") == "ORG"


def test_a_school_named_after_its_students_is_the_school_as_a_body():
    got = _types("Keracunan dialami puluhan siswa SMP Negeri 2 Cikalong. Posko dibuka di SMP Negeri 2 Cikalong.")
    assert got.get("SMP Negeri 2 Cikalong") == "ORG"
    assert _types("Hujan deras merusak pagar di SD Negeri 4 Cibeber.").get("SD Negeri 4 Cibeber") == "LOC"


def test_a_platform_written_as_a_medium_is_a_product():
    assert _types("Video itu viral dan jadi tagar di TikTok.").get("TikTok") == "PRODUCT"
    assert _types("Pelaku menawarkan motor lewat media sosial Facebook.").get("Facebook") == "PRODUCT"
    got = _types("Kabar itu beredar di Instagram, Facebook, dan YouTube.")
    assert got.get("Facebook") == "PRODUCT" and got.get("YouTube") == "PRODUCT"


def test_a_fuel_brand_is_a_product_also_when_cut_after_its_maker():
    got = _types("Harga Pertamina Dex naik, sedangkan Pertamax Turbo turun sejak Senin.")
    assert got.get("Pertamina Dex") == "PRODUCT" and got.get("Pertamax Turbo") == "PRODUCT"
    got = _types("Direktur Pertamina Budi Santoso hadir dalam rapat itu.")
    assert got.get("Pertamina") == "ORG"


def test_a_royal_or_noble_name_typed_a_body_or_a_place_is_a_person():
    assert _types("Mahkota milik Permaisuri Eugenie ikut dicuri dari museum.") == {"Permaisuri Eugenie": "PERSON"}
    got = _types("Tanah itu tercatat atas nama Gusti Raden Mas Suryono sejak lama.")
    assert got.get("Gusti Raden Mas Suryono") == "PERSON"
    got = _types("Lahan itu hak milik atas Tanah Gusti Raden Mas Sutedjo alias Sultan HB VII di Gunungkidul.")
    assert got.get("Gusti Raden Mas Sutedjo") == "PERSON"
    assert _types("Raja Charles III menyambut Presiden di istana.").get("Charles III") == "PERSON"


def test_a_royal_house_and_a_section_of_a_regency_are_bodies():
    got = _types("Sertifikat itu atas nama Kasultanan Ngayogyakarta Hadiningrat sejak lama.")
    assert got.get("Kasultanan Ngayogyakarta Hadiningrat") == "ORG"
    assert _types("Ia berkoordinasi dengan Bagian Protokol Pemkab Kendal.").get("Bagian Protokol Pemkab Kendal") == "ORG"


def test_a_unit_s_or_joint_body_s_short_form_after_dan_opens_a_second_body():
    got = _types("Dua pencuri itu dibekuk oleh Polsek Kuta dan Resmob Polda Bali semalam.")
    assert got.get("Polsek Kuta") == "ORG" and got.get("Resmob Polda Bali") == "ORG"
