"""Entity error classes of the fifth dev draw (devsets/entities/dev5.tsv; docs/ner.md, "Thirty-fourth
round"): each a general mechanism of Indonesian news names, typed or cut wrongly.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import canonical_form, extract_mentions
from tests.quote_helpers import doc
from tests.test_entities_classes22 import _types


def test_a_group_or_legal_aid_body_the_tagger_reads_as_a_person_is_an_organisation():
    text = "Menurut Darto, mantan Ketua Kelompok Tani Sido Makmur, panen kopi tahun ini turun."
    group = [m for m in extract_mentions(doc(text)) if m.text == "Kelompok Tani Sido Makmur"]
    assert [(m.type, m.title) for m in group] == [("ORG", None)]  # the office is Darto's, not the group's
    got = _types("Pengacara LBH Padang yang mendampingi Rudi mengatakan kliennya ditahan sejak Senin.")
    assert got.get("LBH Padang") == "ORG" and got.get("Rudi") == "PERSON"
    got = _types("Pendamping hukum dari LBH Makassar, Andi, menyebut penahanan itu janggal.")
    assert got.get("LBH Makassar") == "ORG"


def test_a_name_ending_in_motor_is_a_company():
    got = _types("Mobil itu dirakit oleh Hadi Motor di Surabaya.")
    assert got.get("Hadi Motor") == "ORG"


def test_english_words_spelling_a_bracketed_short_form_are_a_term_also_untagged_plural_or_hyphenated():
    got = _types("Forum itu menandai selesainya proyek Climate Resilient and Inclusive Towns (CRIT), inisiatif tiga "
                 "tahun yang didanai Uni Eropa.")
    assert got.get("Climate Resilient and Inclusive Towns") != "ORG" and got.get("CRIT") != "ORG"
    got = _types("Para wali kota diminta menerapkan aksi iklim Climate Action Plans (CAPs) mulai tahun depan.")
    assert got.get("Climate Action Plans") != "ORG"
    got = _types("Alat bernama Low-Cost Sensor (LCS) itu sudah dipasang di delapan titik.")
    assert got.get("Low-Cost Sensor") != "ORG"
    got = _types("Data itu dirilis Asian Development Bank (ADB) kemarin.")
    assert got.get("Asian Development Bank") == "ORG"


def test_a_health_centre_or_clinic_is_a_body_as_a_hospital_is_also_misspelt():
    got = _types("Sebanyak 74 siswa dirawat di Puskesmas Waimana dan sisanya di Puskesmas Kairo.")
    assert got.get("Puskesmas Waimana") == "ORG" and got.get("Puskesmas Kairo") == "ORG"
    got = _types("Pasien itu lalu dirujuk dari Klinik Harapan Bunda ke rumah sakit.")
    assert got.get("Klinik Harapan Bunda") == "ORG"
    got = _types("Hingga sore, dua siswa masih dirawat di Puskesms Kairo.")
    assert got.get("Puskesms Kairo") == "ORG"


def test_a_section_with_its_head_s_short_title_in_brackets_is_one_body_with_the_office_after_it():
    got = _types("Kepala Seksi Intelijen (Kasi Intel) Kejari Lembata, Mohamad Risal, mengatakan tiga kantor itu digeledah.")
    assert got.get("Seksi Intelijen (Kasi Intel) Kejari Lembata") == "ORG" and got.get("Mohamad Risal") == "PERSON"
    got = _types("Kepala Seksi Datun Kejari Bandar Lampung, Bambang Irawan, menegaskan pentingnya kerja sama itu.")
    assert got.get("Seksi Datun Kejari Bandar Lampung") == "ORG"
    assert "Seksi Datun" not in got


def test_the_zakat_agency_s_short_name_takes_the_province_after_it():
    got = _types("Mantan Kepala Kepatuhan dan Satuan Audit Internal Baznas Jawa Timur itu ditetapkan menjadi tersangka.")
    assert got.get("Satuan Audit Internal Baznas Jawa Timur") == "ORG"
    assert "Jawa Timur" not in got


def test_a_body_s_short_form_that_leaves_its_head_out_keeps_the_area_after_it():
    got = _types("Surat itu ditembuskan ke Badan Kesatuan Bangsa dan Politik (Kesbangpol) Sumut dan polisi.")
    assert got == {"Badan Kesatuan Bangsa dan Politik (Kesbangpol) Sumut": "ORG"}
    got = _types("Perkara itu disidangkan di Pengadilan Tindak Pidana Korupsi (Tipikor) Medan pekan depan.")
    assert got == {"Pengadilan Tindak Pidana Korupsi (Tipikor) Medan": "ORG"}


def test_the_linker_s_name_drops_a_short_form_that_leaves_the_head_out():
    assert canonical_form("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Sumut", "ORG") \
        == "Badan Kesatuan Bangsa dan Politik Sumut"
    assert canonical_form("Dinas Pekerjaan Umum (PU) Lembata", "ORG") == "Dinas Pekerjaan Umum Lembata"


def test_a_school_level_written_short_beside_another_is_no_school():
    got = _types("Makanan dibagikan dalam beberapa gelombang di sekolah mulai dari PAUD hingga SMA.")
    assert "PAUD" not in got
    got = _types("Dari berbagai pelajar SMA/SMK/MA/sederajat yang diseleksi, hanya dua puluh yang lolos.")
    assert "MA" not in got
    got = _types("Putusan MA dan KY itu dibacakan kemarin.")
    assert got.get("MA") == "ORG"


def test_a_body_named_after_a_date_in_digits_keeps_the_month_and_the_year():
    got = _types("Menurut pakar IT Universitas 17 Agustus 1945 (Untag) Surabaya, Supangat, putusan itu tepat.")
    assert got.get("Universitas 17 Agustus 1945 (Untag) Surabaya") == "ORG"
    got = _types("Dia kini memimpin Direktorat Sistem Informasi (DSI) Yayasan Perguruan 17 Agustus 1945 (YPTA) Surabaya.")
    assert got.get("Yayasan Perguruan 17 Agustus 1945") == "ORG"
    got = _types("Direksi PT Gas Negara 2016-2019 diperiksa penyidik.")
    assert not any(name.endswith("2019") for name in got)



def test_a_unit_with_its_bracketed_short_form_is_one_body_with_the_known_body_after_it():
    got = _types("Usulan itu dibahas Badan Anggaran (Banggar) DPR RI bersama pemerintah pekan lalu.")
    assert got.get("Badan Anggaran (Banggar) DPR RI") == "ORG"
    assert "DPR RI" not in got and "Badan Anggaran" not in got
    got = _types("Sebagai Badan Usaha Pelaksana (BUP) MLFF, perusahaan itu mengusulkan bank daerah.")
    assert not any(name.endswith("MLFF") and name.startswith("Badan") for name in got)
