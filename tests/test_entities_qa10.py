"""Entity rules from the tenth round (docs/ner.md, "Tenth QA read"): villages, districts and
regencies the model reads as people, a person named like a place, and words that are no names.

Every sentence is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from tests.test_entities import _doc


def _spans(*sentences: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(_doc(*sentences))}


def _titles(*sentences: str) -> dict[str, str | None]:
    return {m.text: m.title for m in extract_mentions(_doc(*sentences)) if m.type == "PERSON"}


def _types(*sentences: str) -> list[tuple[int, str, str]]:
    return [(m.sentence, m.text, m.type) for m in extract_mentions(_doc(*sentences))]


# ---- places typed as persons


def test_a_name_the_article_writes_after_an_area_word_is_that_place_alone():
    got = _types("Longsor menutup jalan desa di tiga kecamatan, yaitu Cikembar, Warungkiara, dan Bantargadung.",
                 "Petugas BPBD masih menyisir Kecamatan Warungkiara sejak pagi.")
    assert (0, "Warungkiara", "LOC") in got
    assert (1, "Kecamatan Warungkiara", "LOC") in got
    assert not [t for t in got if t[2] == "PERSON"]


def test_an_item_of_a_list_of_known_places_is_a_place():
    got = _spans("Genangan air terlihat di Kelurahan Sokanegara, Arcawinangun, Karangpucung, dan Kranji.")
    assert got.get("Arcawinangun") == "LOC"
    got = _spans("Hujan sedang berpeluang turun di Maros, Barru, Sidrap, Pinrang, dan Wajo sore nanti.")
    assert "PERSON" not in got.values()


def test_a_list_of_people_beside_a_place_keeps_its_people():
    got = _spans("Rapat itu dihadiri Budi Santoso, Rina Marlina, dan warga Cikembar.")
    assert got.get("Budi Santoso") == "PERSON" and got.get("Rina Marlina") == "PERSON"
    # a marked person in a list of places stays a person, and so does the list's other name
    got = _spans("Bantuan dikirim ke Maros, Takalar, dan Bantaeng oleh Pak Sumarno.")
    assert got.get("Sumarno") == "PERSON"


# ---- a person named like a place


def test_a_place_name_with_an_age_after_a_speech_verb_is_a_person():
    got = _types('"Kami menunggu air surut dulu," kata Bandung (31), sopir truk asal Kudus.',
                 "Bandung mengaku sudah dua jam terjebak di jalan itu.",
                 "Truk itu akan dibawa ke bengkel di Bandung besok.")
    assert (0, "Bandung", "PERSON") in got and (1, "Bandung", "PERSON") in got
    assert (2, "Bandung", "GPE") in got  # "di Bandung": the city
    assert (0, "Kudus", "GPE") in got


def test_a_count_in_brackets_after_a_country_makes_no_person():
    got = _spans("Perolehan medali terbanyak diraih Jepang (27) dan Indonesia (11).")
    assert got.get("Jepang") == "GPE" and got.get("Indonesia") == "GPE"
    got = _spans("Sementara itu Bandung (24) di Jawa Barat memiliki banyak kecamatan.")
    assert got.get("Bandung") == "GPE"


# ---- works' titles


def test_the_words_of_a_work_title_after_berjudul_are_no_person():
    got = _spans("Penelitian dalam jurnal berjudul 'Khasiat Daun Kelor bagi Kesehatan Ibu dan Antioksidan' "
                 "menyebut daun kelor bermanfaat.")
    assert "PERSON" not in got.values()


def test_a_title_of_dictionary_words_after_a_work_noun_is_no_person_but_an_author_is():
    got = _spans("Rina Kartika Dewi dkk dalam buku Sayuran Penurun Kolesterol menjelaskan manfaat bayam.")
    assert got == {"Rina Kartika Dewi": "PERSON"}
    assert _spans("Penonton memadati bioskop untuk menonton film Joko Anwar yang baru dirilis.") == {
        "Joko Anwar": "PERSON"}
    assert _spans("Dalam bukunya, Rina Kartika Dewi menjelaskan manfaat bayam.") == {"Rina Kartika Dewi": "PERSON"}


# ---- names inside names


def test_a_country_inside_a_cabinet_name_is_the_cabinet():
    assert _spans("Ia pernah menjabat menteri di Kabinet Indonesia Maju selama dua tahun.") == {
        "Kabinet Indonesia Maju": "ORG"}
    got = _titles("Menteri Kesehatan Kabinet Indonesia Maju Budi Gunadi Sadikin meninjau rumah sakit.")
    assert got == {"Budi Gunadi Sadikin": "Menteri Kesehatan Kabinet Indonesia Maju"}
    assert _spans("Menteri Kabinet Indonesia Bersatu II itu kini menjadi dosen.") == {
        "Kabinet Indonesia Bersatu II": "ORG"}
    # the country alone after the word is the country's cabinet
    assert _spans("Kabinet Jepang menyetujui anggaran baru.") == {"Jepang": "GPE"}


def test_putri_capitalised_before_one_name_is_the_first_name():
    assert _titles('"Kami sudah melapor ke polisi," kata Putri Ayu, salah satu korban.') == {"Putri Ayu": None}
    assert _titles("Putri Ayu mengaku kehilangan uang Rp 5 juta.") == {"Putri Ayu": None}
    # in lower case it is a daughter
    assert _titles("Ia datang bersama putri Ayu yang masih kecil.") == {"Ayu": "putri"}


def test_the_name_a_scheme_is_known_by_is_no_person():
    got = _types("Menurut pakar keamanan, modus ini dikenal dengan nama Wangiri, yang berarti sekali berdering.",
                 "Wangiri kini menyasar banyak pengguna ponsel.")
    assert [t for t in got if t[1] == "Wangiri"] == []
    # a man known by a nickname stays a person
    assert _spans("Pria itu dikenal dengan nama Budi Gondrong di kampungnya.") == {"Budi Gondrong": "PERSON"}


def test_a_two_letter_unit_and_its_organisation_word_before_a_name_are_the_organisation():
    got = _titles("Ketua Umum PP Muhammadiyah Haedar Nashir meminta warga tetap tenang.")
    assert got == {"Haedar Nashir": "Ketua Umum PP Muhammadiyah"}
    assert _spans("Ketua Umum PP Muhammadiyah Haedar Nashir meminta warga tetap tenang.").get("PP Muhammadiyah") == "ORG"
    # initials before a name stay the name's
    assert _titles("Jaksa Agung ST Burhanuddin memerintahkan penyelidikan.") == {"ST Burhanuddin": "Jaksa Agung"}
