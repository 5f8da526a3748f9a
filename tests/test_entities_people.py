"""Dossier rules from the third QA read (docs/ner.md, "People typed as places, discourse words"):
a name the model types as a place or organisation is a person when the article marks it as one, and
one name keeps one type through the article.

Every sentence here is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from tests.test_entities import _doc
from tests.test_entities_qa import _types


def test_name_before_an_age_in_brackets_is_a_person_in_every_mention():
    got = _types(_doc("Warga Desa Sukamaju digegerkan penemuan jasad Endang Sulastri (52) di rumahnya.",
                      "Polisi menyebut Endang tinggal sendirian sejak suaminya wafat.",
                      "Tetangga terakhir melihat Endang pada Sabtu sore.",
                      "Jenazah Endang dibawa ke rumah sakit untuk diautopsi."))
    assert got["Endang Sulastri"] == {"PERSON"}
    assert got["Endang"] == {"PERSON"}


def test_subject_of_an_inverted_speech_verb_is_a_person_and_its_full_name_follows():
    got = _types(_doc("Bupati Tabanan, I Gusti Made Jaya Negara, meninjau tempat pengolahan sampah.",
                      '"Sampah harus dipilah dari rumah," ungkap Jaya Negara.',
                      '"Kami siapkan truk tambahan," terang Jaya Negara di Tabanan.'))
    assert got["Jaya Negara"] == {"PERSON"}
    assert got["I Gusti Made Jaya Negara"] == {"PERSON"}
    assert got["Tabanan"] == {"GPE"}


def test_name_after_a_capitalised_minister_title_is_a_person():
    got = _types(_doc("Seorang staf ahli mewakili Menteri Wihaji membuka acara itu.",
                      "Pesan Wihaji itu dibacakan oleh seorang deputi di Bandung."))
    assert got["Wihaji"] == {"PERSON"}


def test_places_after_territorial_offices_and_lower_case_role_nouns_stay_places():
    got = _types(_doc("Bupati Sleman meninjau lokasi banjir bersama camat setempat.",
                      "Kritik itu datang dari para politisi Senayan pekan lalu.",
                      "Analis Commerzbank menyebut harga minyak tertekan."))
    assert "PERSON" not in got.get("Sleman", set())
    assert "PERSON" not in got.get("Senayan", set())
    assert "PERSON" not in got.get("Commerzbank", set())


def test_a_title_with_its_short_form_after_a_speech_verb_is_no_person():
    got = _types(_doc('"Kasus ini terus kami dalami," kata Pelaksana Tugas (Plt) Direktur Penyidikan Budi Santoso.'))
    assert "PERSON" not in got.get("Pelaksana Tugas", set())


# ---- discourse words, programmes and publications are no people


def test_a_capitalised_discourse_word_opening_a_sentence_is_no_person():
    got = _types(_doc("Yuk, simak daftar harga bahan pokok hari ini.",
                      "Alhasil, petugas menangkap dua orang di lokasi.",
                      "'Entar, Pak, saya bayar besok,' katanya kepada penagih."))
    assert not {"Yuk", "Alhasil", "Entar"} & set(got)


def test_a_discourse_word_that_is_part_of_a_full_name_in_the_article_stays_a_person():
    got = _types(_doc("Ekonom senior Mari Elka Pangestu menilai ekspor masih kuat.",
                      "Mari, yang pernah menjabat menteri, meminta pemerintah berhati-hati."))
    assert got.get("Mari Elka Pangestu") == {"PERSON"}
    assert got.get("Mari") == {"PERSON"}


def test_a_programme_name_and_its_bracketed_short_form_are_no_person_in_the_article():
    got = _types(_doc("Dinas kesehatan menjalankan Program Pengendalian Penyakit Menahun (Prolanis) di tiap puskesmas.",
                      "Peserta Prolanis mendapat pemeriksaan gula darah setiap bulan.",
                      "Kegiatan itu sejalan dengan program prioritas Asta Cita.",
                      "Menurut kepala dinas, Asta Cita menjadi pedoman kerja daerah."))
    assert "PERSON" not in got.get("Prolanis", set())
    assert "PERSON" not in got.get("Asta Cita", set())


def test_a_programme_named_after_a_person_of_the_article_keeps_the_person():
    got = _types(_doc("Survei menilai kinerja Presiden Prabowo Subianto selama setahun.",
                      "Warga puas dengan sejumlah program Prabowo di bidang pangan."))
    assert got.get("Prabowo") == {"PERSON"}


def test_a_publication_named_with_a_health_or_publishing_word_is_an_organisation():
    got = _types(_doc("Menurut Harvard Health Publishing, tidur cukup menjaga daya tahan tubuh.",
                      "Situs Verywell Health juga menyarankan minum air putih yang cukup."))
    assert "PERSON" not in got.get("Harvard Health Publishing", set())
    assert "PERSON" not in got.get("Verywell Health", set())


# ---- the office, the rank and the name


def _titles_of(doc):
    from kliping.extract.entities import extract_mentions
    return {m.text: m.title for m in extract_mentions(doc) if m.type == "PERSON"}


def test_a_rank_before_the_name_never_ends_the_office_description():
    got = _titles_of(_doc("Kapolsek Tanah Merah AKP Fulan Hidayat mengatakan pelaku sudah ditangkap.",
                          "Kabid Humas Polda Riau Kombes Andi Saputra membenarkan kabar itu."))
    assert got["Fulan Hidayat"] == "Kapolsek Tanah Merah"
    assert got["Andi Saputra"] == "Kabid Humas Polda Riau"


def test_a_hospital_group_before_a_name_is_split_off_the_person():
    from kliping.extract.entities import extract_mentions
    got = {m.text: (m.type, m.title) for m in extract_mentions(_doc(
        "Presiden Direktur Sehat Sentosa Hospitals Maria Wijaya mengatakan layanan diperluas."))}
    assert got.get("Maria Wijaya", ("", ""))[0] == "PERSON"
    assert "Sehat Sentosa Hospitals Maria Wijaya" not in got


def test_a_first_name_closing_the_ministry_before_the_person_moves_to_the_person():
    got = _titles_of(_doc("Direktur Penanggulangan Penyakit Kronis Kementerian Kesehatan "
                          "Siti Nadira Tamzil menyebut kasus diabetes terus naik."))
    assert "Siti Nadira Tamzil" in got, got
    assert got["Siti Nadira Tamzil"].endswith("Kementerian Kesehatan")


def test_an_unclosed_bracket_ends_the_name():
    got = _types(_doc("Banjir melanda Sumatera Utara (Sumut) sejak Senin malam."))
    assert not any("(" in name for name in got)


def test_the_unit_or_field_after_an_office_is_no_person():
    got = _types(_doc("Ketua MUI Bidang Fatwa, Asrorun Hidayat, menjelaskan hukum iuran itu.",
                      "Guru Besar Ilmu Fikih UIN Jakarta menilai aturan itu sudah tepat.",
                      "Deputi Bidang Keluarga Sejahtera membuka acara di Bandung."))
    assert not {"Bidang Fatwa", "Ilmu Fikih UIN Jakarta", "Keluarga Sejahtera"} & {
        n for n, t in got.items() if "PERSON" in t}


def test_a_unit_between_an_office_and_a_ranked_name_is_no_person():
    got = _titles_of(_doc('Total kerugian para korban ditaksir miliaran rupiah," ujar Kapolres Metro Bekasi Kombes Hendra '
                          "dilansir media."))
    assert "Metro Bekasi" not in got
    assert got["Hendra"] == "Kapolres Metro Bekasi"


def test_a_name_followed_by_a_leader_is_that_leaders_programme():
    got = _types(_doc("Pelatihan itu sejalan dengan Asta Cita Presiden Prabowo Subianto.",
                      "Menurut panitia, Asta Cita menjadi arah pembangunan desa."))
    assert "PERSON" not in got.get("Asta Cita", set())
    assert got.get("Prabowo Subianto") == {"PERSON"}
