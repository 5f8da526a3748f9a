"""Entity-resolution rules from the fourth QA read (people split into several entities; docs/ner.md,
"Alias resolution", seventh round), on invented Indonesian sentences through the real extractor
and linker."""

from __future__ import annotations

from kliping.link.aliases import (
    _is_name_pair,
    _nickname_words,
    _office_title,
    _title_key,
    _vowels_swapped,
    normalize_key,
)
from tests.test_aliases_rules import _doc, _ids, _story


def _entity_of(story, article: str, text: str) -> set[str]:
    return {m.entity for ev in story.articles if ev.doc.id == article for m in ev.mentions if m.text == text}


def _variants(story) -> list[list[str]]:
    return [sorted(v.variants) for v in story.name_variants]


# --- nicknames after a full name


def test_a_nickname_in_brackets_after_a_full_name_is_that_person_in_every_story():
    story = _story(
        _doc("n1", 1, "Menteri Perindustrian Abdul Karim Wahid (Gus Karim) meresmikan pabrik pupuk di Gresik pada "
             "Senin (1/4/2024).",
             "Gus Karim mengatakan pabrik itu menyerap dua ribu pekerja."),
        _doc("n2", 20, "Gus Karim meminta pengusaha muda di Malang berani mengekspor produk mereka.",
             "\"Pasar luar negeri terbuka lebar,\" ujar Gus Karim di Malang."),
    )
    minister = _ids(story, "Abdul Karim Wahid")
    assert len(minister) == 1
    assert _entity_of(story, "n1", "Gus Karim") == minister
    assert _entity_of(story, "n2", "Gus Karim") == minister


def test_a_nickname_after_atau_is_that_person():
    story = _story(
        _doc("a1", 2, "Bupati Lamongan Muhammad Ubaidillah atau Cak Ubed meninjau banjir di Babat pada Selasa "
             "(2/4/2024).",
             "Cak Ubed meminta warga mengungsi ke balai desa."),
    )
    regent = _ids(story, "Muhammad Ubaidillah")
    assert len(regent) == 1
    assert _entity_of(story, "a1", "Cak Ubed") == regent


def test_an_age_party_office_or_place_in_brackets_is_no_nickname():
    assert _nickname_words("Gus Ipul") == ["gus", "ipul"]
    assert _nickname_words("Jokowi") == ["jokowi"]
    # an office, its abbreviation, a party acronym, a place, an age, a second person
    for not_nickname in ("Mensos", "Gubernur", "PDIP", "Bandung", "45", "Siti Rahmawati Dewi", "Partai Buruh"):
        assert _nickname_words(not_nickname) is None, not_nickname


def test_a_choice_between_two_people_with_atau_is_no_nickname():
    story = _story(
        _doc("c1", 3, "Partai itu belum memutuskan antara Dimas Anggara Putra atau Fajar sebagai calon wali kota.",
             "Fajar mengaku siap jika ditunjuk."),
        _doc("c2", 4, "Pengurus partai menyebut Hendra Kusuma atau Rizal bisa menjadi ketua baru.",
             "Rizal Mahendra kini menjabat sekretaris partai."),
    )
    assert not _entity_of(story, "c1", "Fajar") & _ids(story, "Dimas Anggara Putra")
    # after atau, a word of another full name of the run is that person's, not a nickname
    assert not _entity_of(story, "c2", "Rizal") & _ids(story, "Hendra Kusuma")


def test_the_last_of_a_list_of_people_after_atau_is_no_nickname():
    story = _story(
        _doc("l1", 5, "Warga berharap Yusuf Hamdani, Bagas Wirawan atau Cak Darto mau memimpin koperasi desa itu.",
             "Cak Darto belum menjawab permintaan warga."),
    )
    assert _entity_of(story, "l1", "Cak Darto")
    assert not _entity_of(story, "l1", "Cak Darto") & _ids(story, "Bagas Wirawan")


# --- a one-word name of a full name


def test_a_one_word_name_shared_by_two_full_names_follows_the_one_whose_title_it_has():
    story = _story(
        _doc("p1", 1, "Presiden Surya Wibisana membuka pameran industri di Jakarta pada Senin (1/4/2024).",
             "Kapolri Aditya Nugraha Surya memimpin pengamanan acara itu."),
        _doc("p2", 15, "Presiden RI Surya meminta harga beras di pasar tradisional diturunkan.",
             "Surya menyampaikan hal itu di Istana Bogor."),
    )
    president = _ids(story, "Surya Wibisana")
    assert len(president) == 1
    assert _entity_of(story, "p2", "Surya") == president
    assert not president & _ids(story, "Aditya Nugraha Surya")


def test_only_an_office_title_tells_two_full_names_apart():
    assert _title_key("Presiden RI") == _title_key("Presiden") == "presiden"
    assert _office_title(_title_key("Presiden RI"))
    assert _office_title(_title_key("Kapolsek Tambora"))
    # a case role or an everyday one is shared by many people
    assert not _office_title(_title_key("tersangka"))
    assert not _office_title(_title_key("warga"))


def test_a_hyphenated_ticket_with_one_unknown_name_is_no_full_name():
    assert _is_name_pair("Surya Wibisana-Gilang Permana Putra", {normalize_key("Surya Wibisana")})
    assert not _is_name_pair("Surya Wibisana-Gilang Permana Putra", set())
    assert not _is_name_pair("Kim Jong-un", {normalize_key("Kim Jong Un")})


# --- spellings


def test_names_equal_after_accent_folding_are_one_name():
    assert normalize_key("Matthías Alfreðsson") == normalize_key("Matthias Alfredsson")
    assert normalize_key("Björn Øster") == normalize_key("Bjorn Oster")
    story = _story(
        _doc("f1", 5, "Ahli gunung api Islandia, Jón Guðmundsson, mengatakan letusan itu belum berbahaya.",
             "Guðmundsson menambahkan lava mengalir ke arah laut."),
        _doc("f2", 6, "Menurut ahli gunung api Jon Gudmundsson, aliran lava kini melambat.",
             "Gudmundsson meminta warga tetap menjauhi kawasan itu."),
    )
    assert _ids(story, "Jón Guðmundsson") == _ids(story, "Jon Gudmundsson")
    assert len(_ids(story, "Jón Guðmundsson")) == 1


def test_a_shorter_name_misspelling_a_longer_one_in_one_article_is_one_person():
    story = _story(
        _doc("m1", 7, "Kepala Seksi Intelijen Kejari Ende, Rangga Prawiro Utomo, mengatakan dua pegawai bank "
             "ditahan pada Jumat (5/4/2024).",
             "Rangga menyebut kerugian negara mencapai Rp 3 miliar.",
             "\"Berkas perkara segera kami limpahkan,\" kata Rangga Prawira dalam keterangan tertulis."),
    )
    assert _ids(story, "Rangga Prawiro Utomo") == _ids(story, "Rangga Prawira")
    assert ["Rangga Prawira", "Rangga Prawiro Utomo"] in _variants(story)


def test_a_shorter_name_with_a_title_of_its_own_or_two_letters_off_stays_apart():
    story = _story(
        _doc("m2", 8, "Kepala Seksi Intelijen Kejari Ende, Rangga Prawiro Utomo, mengatakan dua pegawai bank "
             "ditahan pada Jumat (5/4/2024).",
             "Sementara itu, pengacara Rangga Prawira membantah ada rekayasa data nasabah.",
             "Penasihat hukum tersangka, Rangga Pratomo, belum memberi tanggapan."),
    )
    prosecutor = _ids(story, "Rangga Prawiro Utomo")
    assert len(prosecutor) == 1
    assert not prosecutor & _ids(story, "Rangga Prawira")
    assert not prosecutor & _ids(story, "Rangga Pratomo")


def test_one_name_with_two_vowels_swapped_in_one_trial_report_is_one_defendant():
    story = _story(
        _doc("v1", 9, "Jaksa menghadirkan terdakwa Sunarto, direktur sebuah perusahaan konstruksi, di Pengadilan "
             "Tipikor Semarang pada Rabu (3/4/2024).",
             "Menurut jaksa, terdakwa Sunarto menerima uang dari rekanan proyek.",
             "Setelah itu, terdakwa Sunorta membagikan uang itu kepada dua pejabat dinas."),
    )
    assert _ids(story, "Sunarto") == _ids(story, "Sunorta")
    assert ["Sunarto", "Sunorta"] in _variants(story)


def test_vowels_swapped_only_in_long_names():
    assert _vowels_swapped("nasori", "nasiro")
    assert not _vowels_swapped("rina", "rani")  # two names
    assert not _vowels_swapped("mirna", "marni")
    assert not _vowels_swapped("sunarto", "sunarti")  # one vowel, the last letter: another name
