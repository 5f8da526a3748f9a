"""Entity-resolution rules from the fourth QA read (people split into several entities; docs/ner.md,
"Alias resolution", seventh round), on invented Indonesian sentences through the real extractor
and linker."""

from __future__ import annotations

import dataclasses

from kliping.link.aliases import (
    HONORIFICS,
    NICKNAME_HONORIFICS,
    PUBLIC_NICKNAME_HONORIFICS,
    WEAK_HONORIFICS,
    normalize_key,
)
from kliping.link.aliases.nicknames import _NOT_NICKNAME_WORDS, _nickname_words
from kliping.link.aliases.roles import _office_title, _title_key
from kliping.link.aliases.spans import _is_name_pair
from kliping.link.aliases.spelling import _vowel_inserted, _vowels_swapped
from tests.test_aliases_rules import _doc, _ids, _story


def _entity_of(story, article: str, text: str) -> set[str]:
    return {m.entity for ev in story.articles if ev.doc.id == article for m in ev.mentions if m.text == text}


def _variants(story) -> list[list[str]]:
    return [sorted(v.variants) for v in story.name_variants]


# --- nicknames after a full name


def test_a_nickname_in_brackets_after_a_full_name_is_that_person_where_another_story_gives_its_office():
    story = _story(
        _doc("n1", 1, "Menteri Perindustrian Abdul Karim Wahid (Gus Karim) meresmikan pabrik pupuk di Gresik pada "
             "Senin (1/4/2024).",
             "Gus Karim mengatakan pabrik itu menyerap dua ribu pekerja."),
        _doc("n2", 20, "Menteri Perindustrian Gus Karim meminta pengusaha muda di Malang berani mengekspor produk "
             "mereka.",
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
    assert _nickname_words("Bamsoet") == ["bamsoet"]
    # an office, its abbreviation, a party (acronym or one word), a club, a place, an age, a kinship
    # word, an everyday role, a second person
    for not_nickname in ("Mensos", "Gubernur", "Sekda", "PDIP", "Gerindra", "Golkar", "Demokrat", "Nasdem",
                         "Perindo", "Hanura", "Persib", "Persija", "Arema", "Bandung", "45", "Istri", "Suami",
                         "Ayah", "Anak", "Adik", "Kakak", "Sopir", "Siti Rahmawati Dewi", "Partai Buruh"):
        assert _nickname_words(not_nickname) is None, not_nickname


def test_a_party_or_regional_office_in_brackets_is_no_nickname():
    story = _story(
        _doc("b1", 2, "Rapat dipimpin Budi Santoso (Sekda) di kantor bupati pada Senin (1/4/2024).",
             "Sekda meminta semua dinas menyerahkan laporan."),
        _doc("b2", 3, "Anggota DPRD Jawa Barat Hendra Wiguna (Gerindra) menolak usulan itu.",
             "Rekannya, Dedi Kurniawan (Golkar), mendukung usulan tersebut.",
             "Gerindra dan Golkar akan membahasnya di rapat fraksi."),
    )
    assert not _entity_of(story, "b1", "Sekda") & _ids(story, "Budi Santoso")
    assert not _entity_of(story, "b2", "Gerindra") & _ids(story, "Hendra Wiguna")
    assert not _entity_of(story, "b2", "Golkar") & _ids(story, "Dedi Kurniawan")


def test_every_nickname_opener_can_open_a_nickname():
    # a title, an office or an honorific stripped from a name never reaches the nickname rule
    assert not NICKNAME_HONORIFICS & _NOT_NICKNAME_WORDS
    assert not NICKNAME_HONORIFICS & (HONORIFICS | WEAK_HONORIFICS)
    assert PUBLIC_NICKNAME_HONORIFICS <= NICKNAME_HONORIFICS


def test_a_plain_name_after_atau_is_a_second_person():
    story = _story(
        _doc("o1", 4, "Untuk informasi lebih lanjut, warga bisa menghubungi Budi Santoso atau Agus di kantor desa.",
             "Agus mengatakan pendaftaran dibuka hingga akhir bulan."),
    )
    assert _entity_of(story, "o1", "Agus")
    assert not _entity_of(story, "o1", "Agus") & _ids(story, "Budi Santoso")


def test_a_name_in_brackets_after_a_couple_is_the_other_one():
    story = _story(
        _doc("k1", 5, "Pasangan suami istri Andi Wijaya (Rina) ditemukan tewas di rumah mereka pada Senin (1/4/2024).",
             "Rina diketahui bekerja sebagai guru honorer."),
        _doc("k2", 6, "Polisi memeriksa Hadi Purnomo (Wati) dan dua tetangganya pada Selasa (2/4/2024).",
             "Wati mengaku tidak mendengar suara apa pun."),
    )
    assert not _entity_of(story, "k1", "Rina") & _ids(story, "Andi Wijaya")
    assert not _entity_of(story, "k2", "Wati") & _ids(story, "Hadi Purnomo")


def test_a_bracketed_name_given_a_role_of_its_own_later_is_a_second_person():
    story = _story(
        _doc("r1", 7, "Warga Desa Sukamaju, Joko Susilo (Tini), melaporkan kebakaran itu kepada polisi.",
             "Bidan Tini kemudian merawat dua korban luka."),
    )
    assert not _entity_of(story, "r1", "Tini") & _ids(story, "Joko Susilo")


def test_an_address_nickname_joins_no_one_in_another_story():
    story = _story(
        _doc("d1", 8, "Anggota DPR Ahmad Sahroni atau Bang Roni meninjau banjir di Jakarta Utara pada Senin (1/4/2024).",
             "Bang Roni meminta pompa air ditambah."),
        _doc("d2", 28, "Bang Roni, sopir angkot di Bogor, mengaku penghasilannya turun sejak jalan ditutup.",
             "Bang Roni berharap jalan segera dibuka kembali."),
    )
    lawmaker = _ids(story, "Ahmad Sahroni")
    assert _entity_of(story, "d1", "Bang Roni") == lawmaker
    assert not _entity_of(story, "d2", "Bang Roni") & lawmaker


def test_a_public_honorific_nickname_joins_no_one_in_an_unrelated_story():
    # months later, in another storyline, with no office title of the minister's
    later = dataclasses.replace(
        _doc("g2", 1, "Gus Karim, pengasuh sebuah pondok pesantren di Jombang, mengajak santri menanam pohon.",
             "Menurut Gus Karim, kegiatan itu digelar setiap bulan."), published="2025-02-10")
    story = _story(
        _doc("g1", 9, "Menteri Perindustrian Abdul Karim Wahid (Gus Karim) meresmikan pabrik pupuk di Gresik.",
             "Gus Karim mengatakan pabrik itu menyerap dua ribu pekerja."),
        later,
    )
    assert len({s.id for s in story.storylines}) == 2
    minister = _ids(story, "Abdul Karim Wahid")
    assert _entity_of(story, "g1", "Gus Karim") == minister
    assert not _entity_of(story, "g2", "Gus Karim") & minister


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
        _doc("m1", 7, "Kepala Seksi Intelijen Kejari Ende, Dimas Saputera Wibowo, mengatakan dua pegawai bank "
             "ditahan pada Jumat (5/4/2024).",
             "Dimas menyebut kerugian negara mencapai Rp 3 miliar.",
             "\"Berkas perkara segera kami limpahkan,\" kata Dimas Saputra dalam keterangan tertulis."),
    )
    assert _ids(story, "Dimas Saputera Wibowo") == _ids(story, "Dimas Saputra")
    assert ["Dimas Saputera Wibowo", "Dimas Saputra"] in _variants(story)


def test_a_shorter_name_one_consonant_or_final_vowel_off_is_another_person():
    story = _story(
        _doc("m3", 10, "Sidang menghadirkan saksi Agus Salim Hidayat.",
             "Agus Halim juga dihadirkan jaksa penuntut."),
        _doc("m4", 11, "Ketua panitia, Dedi Rahmat Santoso, membuka acara itu pada Sabtu (6/4/2024).",
             "Acara itu juga dihadiri Dedi Rahman dari dinas pendidikan."),
        _doc("m5", 12, "Warga bernama Eka Putra Wijaya melaporkan pencurian itu ke polisi.",
             "Tetangganya, Eka Putri, mengaku melihat dua pria masuk ke rumah itu."),
    )
    assert not _ids(story, "Agus Salim Hidayat") & _ids(story, "Agus Halim")
    assert not _ids(story, "Dedi Rahmat Santoso") & _ids(story, "Dedi Rahman")
    assert not _ids(story, "Eka Putra Wijaya") & _ids(story, "Eka Putri")
    assert not _vowel_inserted("salim", "halim") and not _vowel_inserted("darwin", "darwis")
    assert not _vowel_inserted("daryono", "darsono") and not _vowel_inserted("putra", "putri")
    assert _vowel_inserted("prasetyo", "prastyo")


def test_a_second_name_introduced_with_juga_is_another_person():
    story = _story(
        _doc("m6", 13, "Kepala Seksi Intelijen Kejari Ende, Dimas Saputera Wibowo, mengatakan dua pegawai bank "
             "ditahan pada Jumat (5/4/2024).",
             "Dimas Saputra juga hadir dalam pemeriksaan itu."),
    )
    assert not _ids(story, "Dimas Saputera Wibowo") & _ids(story, "Dimas Saputra")


def test_two_suspects_sharing_a_case_role_are_two_people():
    story = _story(
        _doc("t1", 14, "Polisi menetapkan tersangka Marni sebagai pemilik warung.",
             "Polisi juga menetapkan tersangka Murni sebagai penjual."),
        _doc("t2", 15, "Polisi menetapkan tersangka Marni sebagai pemilik warung pada Senin (1/4/2024).",
             "Menurut polisi, tersangka Murni menyimpan barang bukti di dapur."),
    )
    assert not _ids(story, "Marni") & _ids(story, "Murni")
    assert ["Marni", "Murni"] not in _variants(story)


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


def test_an_honorific_nickname_or_an_explicit_cue_still_gives_a_nickname_near_family_words():
    story = _story(
        _doc("h1", 16, "Saat mengunjungi panti asuhan anak di Kediri, Menteri Agama Ahmad Fauzi Rahman (Gus Fauzi) "
             "bersama istrinya membagikan buku.",
             "Gus Fauzi meminta pengurus panti mendata anak yang belum bersekolah."),
        _doc("h2", 17, "Pemilik toko kelontong itu, Slamet Riyadi yang akrab disapa Memet, kehilangan dua sepeda motor.",
             "Memet mengaku baru melapor ke polisi pada Rabu (3/4/2024)."),
    )
    assert _entity_of(story, "h1", "Gus Fauzi") == _ids(story, "Ahmad Fauzi Rahman")
    assert _entity_of(story, "h2", "Memet") == _ids(story, "Slamet Riyadi")
