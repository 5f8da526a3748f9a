"""Entity error classes of the third dev draw (devsets/entities/dev3.tsv; docs/ner.md, "Twenty-eighth
round"): each a general mechanism of Indonesian news names, typed or cut wrongly.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_province_short_form_after_a_bracket_is_the_office_s_area():
    got = _types("Pemprov lewat Badan Pendapatan Daerah (Bapenda) Jatim memperpanjang pemutihan pajak motor.")
    assert got.get("Badan Pendapatan Daerah (Bapenda) Jatim") == "ORG"
    assert "Jatim" not in got and "Badan Pendapatan Daerah" not in got
    got = _types("Seminar gizi itu digelar Ikatan Dokter Indonesia (IDI) Jabar di Bandung.")
    assert got.get("Ikatan Dokter Indonesia (IDI) Jabar") == "ORG"


def test_an_area_and_the_office_holder_read_as_one_place_are_split():
    got = _types("Menurut Kepala Badan Pengelola Keuangan Daerah (BPKD) NTT Hasan Basri, target itu berat.")
    assert got.get("Badan Pengelola Keuangan Daerah (BPKD) NTT") == "ORG"
    assert got.get("Hasan Basri") == "PERSON"
    got = _types("Plt Kepala Badan Kepegawaian Daerah (BKD) Sulsel Hasanudin, Senin, menyebut kuota itu penuh.")
    assert got.get("Badan Kepegawaian Daerah (BKD) Sulsel") == "ORG"
    assert got.get("Hasanudin") == "PERSON"


def test_a_place_after_a_bracket_without_a_title_before_the_body_stays_whole():
    got = _types("Data itu dirilis Badan Pusat Statistik (BPS) NTB Lombok Tengah kemarin.")
    assert not any(t == "PERSON" for t in got.values())


def test_a_military_unit_s_name_after_its_slash_stays_in_the_unit():
    got = _types("Sejak pagi kantor kejaksaan dijaga prajurit Kodam IV/Diponegoro bersenjata lengkap.")
    assert got == {"Kodam IV/Diponegoro": "ORG"}
    got = _types("Apel siaga digelar Kodim 0830/Surabaya Utara bersama kepolisian.")
    assert got.get("Kodim 0830/Surabaya Utara") == "ORG"
    got = _types("Dua kompi Yonif 315/Garuda dikirim ke lokasi longsor.")
    assert got.get("Yonif 315/Garuda") == "ORG"
    assert not any(t == "PERSON" for t in got.values())


def test_a_rank_after_the_unit_opens_the_soldier_s_name():
    got = _types("Anggota Kodim 0402/OKI Serka Budi Santoso ikut berjaga di gerbang.")
    assert got.get("Kodim 0402/OKI") == "ORG" and got.get("Budi Santoso") == "PERSON"


def test_a_newer_platform_written_as_a_medium_is_a_product():
    got = _types("Trump menulis di Truth Social bahwa gencatan senjata harus dihormati kedua pihak.")
    assert got.get("Truth Social") == "PRODUCT"
    got = _types("Rekaman itu lebih dulu ramai di Weibo sebelum menyebar ke situs berita.")
    assert got.get("Weibo") == "PRODUCT"


def test_a_police_or_service_unit_s_short_form_is_a_body_not_a_place():
    got = _types("Tersangka itu diperiksa di Kortas Tipikor Polri hingga malam.")
    assert got.get("Kortas Tipikor Polri") == "ORG"
    got = _types("Korban kemudian melapor ke SPKT Polda Sumsel pada Senin malam.")
    assert got.get("SPKT Polda Sumsel") == "ORG"
    got = _types("Menu ayam itu dimasak di dapur SPPG Sukamaju sejak subuh.")
    assert got.get("SPPG Sukamaju") == "ORG"


def test_an_english_place_opener_stays_with_the_place_after_it():
    got = _types("Ribuan warga New Jersey turun ke jalan pada Sabtu siang.")
    assert got.get("New Jersey") == "GPE" and "Jersey" not in got
