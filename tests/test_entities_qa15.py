"""Entity types and resolution of the fifteenth QA read: products and weapons typed as people,
reference numbers typed as products, and a body's bare name beside the name with its country.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.link.aliases import country_tail
from kliping.model import Document
from tests.quote_helpers import doc
from tests.test_aliases_rules import _doc as _dated_doc
from tests.test_aliases_rules import _story


def _doc(*sentences: str) -> Document:
    return doc(" ".join(sentences))


def _types(d: Document) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(d)}


def test_a_model_name_ending_with_its_well_known_maker_is_a_product_and_so_is_its_first_word_alone():
    got = _types(_doc("Para pejabat daerah kini diminta menaiki Anoa Pindad ketika meninjau lokasi bencana.",
                      "Bupati itu mengaku sudah dua bulan memakai Anoa untuk perjalanan dinas."))
    assert got["Anoa Pindad"] == "PRODUCT"
    assert got["Anoa"] == "PRODUCT"


def test_a_name_followed_by_its_maker_or_a_vehicle_noun_in_apposition_is_a_product():
    got = _types(_doc("Warga mengendarai Sarbini Jaya buatan PT Mitra Motor."))
    assert got.get("Sarbini Jaya") == "PRODUCT"
    assert got.get("PT Mitra Motor") == "ORG"
    got = _types(_doc("Kepala dinas datang dengan Sembrani Limosin, kendaraan rakitan bengkel lokal itu."))
    assert got.get("Sembrani Limosin") == "PRODUCT"


def test_a_weapon_or_vehicle_noun_before_a_one_word_name_makes_it_a_product_even_if_read_as_a_place():
    got = _types(_doc("Angkatan darat memamerkan tank Cakrawala dalam parade pagi itu.",
                      "Pengunjung berfoto di samping Cakrawala setelah parade usai."))
    assert got.get("Cakrawala") == "PRODUCT"


def test_a_person_speaking_keeps_the_person_type_beside_a_vehicle_noun():
    got = _types(_doc("Sopir mobil Handoko mengatakan jalan itu rusak parah.",
                      "Handoko menjelaskan perbaikan belum dimulai."))
    assert got.get("Handoko") == "PERSON"


def test_letter_and_decree_numbers_and_age_groups_are_no_products():
    got = _types(_doc("Penagihan itu mengacu pada PMK-77/PMK.03/2021 tentang tata cara penagihan pajak.",
                      "Direksi lalu menerima surat nomor SK-219 dari kementerian.",
                      "Pelatih baru juga menangani tim U-19 dan U-17 mulai bulan depan.",
                      "Korea Utara menguji rudal Hwasong-19 di lepas pantai timur."))
    assert not any(t == "PRODUCT" and n.split("-")[0] in ("PMK", "SK", "U") for n, t in got.items())
    assert got["Hwasong-19"] == "PRODUCT"


def test_country_tail_of_a_body_name_is_a_country_not_a_province():
    assert country_tail("Dewan Keamanan Nasional AS") == ("Dewan Keamanan Nasional", "US")
    assert country_tail("Kementerian Luar Negeri Korea Selatan") == ("Kementerian Luar Negeri", "KR")
    assert country_tail("Baznas Jabar") is None  # a province's branch
    assert country_tail("Pemerintah AS") is None  # too short a body to stand alone
    assert country_tail("Dewan Keamanan Nasional") is None


def test_a_bare_body_name_joins_the_one_country_its_article_names_it_with():
    story = _story(_dated_doc("t", 1,
        "Dewan Keamanan Nasional AS menggelar rapat darurat di Washington pada Senin malam.",
        "Rapat itu membahas serangan siber terhadap jaringan listrik Amerika Serikat.",
        "Dewan Keamanan Nasional kemudian meminta Pentagon menyiapkan laporan dalam sepekan."))
    ids = {e.id for e in story.entities if {"Dewan Keamanan Nasional AS", "Dewan Keamanan Nasional"} & set(e.aliases)}
    assert len(ids) == 1


def test_a_bare_body_name_beside_two_countries_stays_apart_from_both():
    story = _story(_dated_doc("t", 1,
        "Kementerian Luar Negeri Rusia memanggil duta besar Jepang di Moskow pada Selasa.",
        "Pada hari yang sama Kementerian Luar Negeri Korea Selatan mengeluarkan nota protes.",
        "Kementerian Luar Negeri menyebut pertemuan berikutnya belum dijadwalkan."))
    rus = {e.id for e in story.entities if "Kementerian Luar Negeri Rusia" in e.aliases}
    kor = {e.id for e in story.entities if "Kementerian Luar Negeri Korea Selatan" in e.aliases}
    bare = {e.id for e in story.entities if "Kementerian Luar Negeri" in e.aliases}
    assert rus and kor and rus != kor
    assert not bare & (rus | kor)


def test_a_name_like_title_after_an_office_and_its_country_is_the_given_name():
    got = {m.text: m.title for m in extract_mentions(_doc(
        "Ketua Dewan Perwakilan Daerah (DPD) RI Sultan Baharudin Lamasi menanggapi usulan itu."))}
    assert "Sultan Baharudin Lamasi" in got
    got = {m.text: m.title for m in extract_mentions(_doc("Ketua DPD RI Sultan Baharudin Lamasi menanggapi usulan itu."))}
    assert got.get("Sultan Baharudin Lamasi") == "Ketua DPD RI"
    # the royal title before a name stays a title
    got = {m.text: m.title for m in extract_mentions(_doc("Sultan Hamengku Buwono X meresmikan pasar itu pada Senin."))}
    assert got.get("Hamengku Buwono X") == "Sultan"


def test_a_government_seat_that_speaks_is_an_organisation_and_a_silent_one_a_place():
    got = _types(_doc("Pihak Istana Kepresidenan mengatakan jadwal kunjungan itu belum berubah.",
                      "Para menteri berkumpul di Istana Kepresidenan sejak pagi."))
    assert got["Istana Kepresidenan"] == "ORG"
    got = _types(_doc("Presiden menerima para duta besar di Istana Merdeka pada Kamis."))
    assert got["Istana Merdeka"] == "LOC"
    got = _types(_doc("Jakarta menyatakan siap menjadi tuan rumah pertemuan itu."))
    assert got["Jakarta"] == "GPE"


def test_the_white_house_is_the_us_presidency_and_is_split_from_its_spokeswoman():
    got = {m.text: (m.type, m.title) for m in extract_mentions(_doc(
        "Juru bicara Gedung Putih Marlena Dowd mengatakan tarif baru berlaku pekan depan."))}
    assert got["Gedung Putih"][0] == "ORG"
    assert got["Marlena Dowd"] == ("PERSON", "Juru bicara Gedung Putih")


def test_a_product_named_with_its_maker_and_without_it_is_one_entity():
    story = _story(_dated_doc("t", 1, "Para pejabat daerah kini diminta menaiki Anoa Pindad ketika meninjau lokasi bencana.",
                        "Bupati itu mengaku sudah dua bulan memakai Anoa untuk perjalanan dinas."))
    ids = {e.id for e in story.entities if {"Anoa", "Anoa Pindad"} & set(e.aliases)}
    assert len(ids) == 1
    assert next(e for e in story.entities if e.id in ids).type == "PRODUCT"


def test_the_palace_alone_that_speaks_is_the_presidency_and_silent_it_is_no_entity():
    got = _types(_doc("Istana membantah kabar perombakan kabinet pada Senin malam."))
    assert got.get("Istana") == "ORG"
    got = _types(_doc("Menurut Istana, kunjungan ke luar negeri itu bersifat pribadi."))
    assert got.get("Istana") == "ORG"
    got = _types(_doc("Para menteri datang ke Istana sejak pagi."))
    assert "Istana" not in got


def test_a_name_after_an_office_its_organisation_and_short_form_is_a_person_not_a_place():
    got = {m.text: (m.type, m.title) for m in extract_mentions(_doc(
        "Direktur Penyediaan Badan Gizi Nasional (BGN) Sonny Sanjaya hadir dalam rapat itu."))}
    assert got["Sonny Sanjaya"] == ("PERSON", "Direktur Penyediaan Badan Gizi Nasional")
    # a territorial office before a bracketed unit and a place names the place
    got = _types(_doc("Bupati Kabupaten Badung (Pemkab) Denpasar hadir dalam rapat itu."))
    assert got.get("Denpasar") == "GPE"


def test_a_ministry_short_form_after_di_is_the_ministry():
    got = _types(_doc("Keputusan soal jam belajar ada di tangan dinas, bukan di Kemendiktisaintek."))
    assert got.get("Kemendiktisaintek") == "ORG"
