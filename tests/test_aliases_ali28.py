"""Entity-resolution rules of round ali28 (docs/ner.md, "Round ali28"), on invented Indonesian
sentences through the real extractor and linker."""

from __future__ import annotations

from tests.test_aliases_rules import _doc, _ids, _story

# --- a bare name a city and a regency share (Bandung, Semarang, Malang, Bogor)


def _apart(story, a: str, b: str) -> bool:
    """Both forms are some entity's alias and no entity holds both."""
    return bool(_ids(story, a)) and bool(_ids(story, b)) and not _ids(story, a) & _ids(story, b)


def _bare_and_regions(story, name: str) -> tuple[set[str], set[str], set[str]]:
    return _ids(story, name), _ids(story, f"Kota {name}"), _ids(story, f"Kabupaten {name}")


def test_a_shared_bare_name_joins_the_city_its_article_alone_names():
    story = _story(
        _doc("a1", 3, "Pemerintah Kota Semarang menutup dua ruas jalan karena banjir rob pada Senin (3/6/2024).",
             "Genangan di Semarang setinggi lutut orang dewasa."))
    bare, city, regency = _bare_and_regions(story, "Semarang")
    assert bare == city != set()
    assert not regency


def test_a_shared_bare_name_stays_apart_in_an_article_naming_both_regions():
    story = _story(
        _doc("a2", 3, "Kabupaten Malang dan Kota Malang sama-sama dilanda kekeringan pada Senin (3/6/2024).",
             "Warga Malang mengantre air bersih di balai desa."))
    bare, city, regency = _bare_and_regions(story, "Malang")
    assert len(bare | city | regency) == 3


def test_a_shared_bare_name_stays_apart_in_an_article_naming_neither_region():
    story = _story(
        _doc("a3", 3, "Hujan deras mengguyur Bogor sejak siang pada Senin (3/6/2024).",
             "Sejumlah pohon tumbang di jalan utama Bogor."),
        _doc("a4", 20, "Pemerintah Kota Bogor meluncurkan aplikasi layanan parkir pada Kamis (20/6/2024).",
             "Aplikasi itu bisa diunduh warga secara gratis."))
    assert _apart(story, "Bogor", "Kota Bogor")



def test_a_shared_bare_name_joins_the_regency_its_article_alone_names():
    story = _story(
        _doc("b1", 3, "Banjir bandang menerjang tiga desa di Kabupaten Bandung pada Senin (3/6/2024).",
             "Petugas gabungan mengevakuasi warga yang terjebak air.",
             "Hujan di Bandung diperkirakan masih turun hingga akhir pekan."))
    bare, city, regency = _bare_and_regions(story, "Bandung")
    assert bare == regency != set()
    assert not city


def test_a_shared_bare_name_joins_the_one_region_its_story_names():
    story = _story(
        _doc("s1", 5, "Tanah longsor menimbun jalan penghubung dua kecamatan di Kabupaten Malang pada Rabu (5/6/2024).",
             "Longsor terjadi setelah hujan deras mengguyur kawasan Pujon sejak sore."),
        _doc("s2", 5, "Longsor di jalur Pujon, Malang, pada Rabu (5/6/2024) membuat arus kendaraan tersendat.",
             "Alat berat dikerahkan untuk membersihkan material longsor di Pujon."))
    assert len({e.id for e in story.events if {"s1", "s2"} <= set(e.articles)}) == 1
    bare, _city, regency = _bare_and_regions(story, "Malang")
    assert bare == regency != set()


def test_a_shared_bare_name_stays_apart_in_a_story_naming_both_regions():
    story = _story(
        _doc("t1", 5, "Tanah longsor menimbun jalan penghubung dua kecamatan di Kabupaten Malang pada Rabu (5/6/2024).",
             "Longsor terjadi setelah hujan deras mengguyur kawasan Pujon sejak sore."),
        _doc("t2", 5, "Longsor di jalur Pujon, Malang, pada Rabu (5/6/2024) membuat arus kendaraan tersendat.",
             "Alat berat dikerahkan untuk membersihkan material longsor di Pujon."),
        _doc("t3", 5, "Relawan dari Kota Malang ikut membersihkan material longsor yang menimbun jalur Pujon "
             "pada Rabu (5/6/2024).", "Longsor di Pujon membuat arus kendaraan tersendat hingga malam."))
    assert len({e.id for e in story.events if {"t1", "t2", "t3"} <= set(e.articles)}) == 1
    bare, city, regency = _bare_and_regions(story, "Malang")
    assert len(bare | city | regency) == 3


# --- a name of another kind than a person's misspelt in one word


def test_one_word_typo_is_one_letter_in_a_long_word_of_names_alike_otherwise():
    from kliping.link.aliases.spelling import _one_word_typo

    def typo(a: str, b: str) -> bool:
        return _one_word_typo(a.split(), b.split())

    assert typo("Koperasi Tani Makmur Sejahtera", "Koperasi Tani Makmur Sejahtra")  # a letter dropped
    assert typo("Puskesmas Sukajadi", "Puskesms Sukajadi")  # in the head word too
    assert typo("Festival Kopi Nusantara", "Festival Kopi Nusantrar") is False  # two edits
    assert typo("Indonesia Energy Summit", "Indonesian Energy Summit")  # a country and no word
    # short words, numbers and acronyms differ on purpose
    assert not typo("Komisi I DPR", "Komisi II DPR")
    assert not typo("Kampung Sawah RT 03/02", "Kampung Sawah RT 04/02")
    assert not typo("Laporan PEFINDO Terbaru", "Laporan PELINDO Terbaru")
    # two words spelt as meant: two places, two provinces' short forms
    assert not typo("Pemerintah Kabupaten Badung", "Pemerintah Kabupaten Bandung")
    assert not typo("Dinas Pendidikan Provinsi Sumsel", "Dinas Pendidikan Provinsi Sulsel")
    # a male/female pair is two names
    assert not typo("Toko Emas Putra Jaya", "Toko Emas Putri Jaya")
    # an agent noun written as its process noun (peN- / peN-...-an) is one body's word
    assert typo("Lembaga Pengawas Pangan Daerah", "Lembaga Pengawasan Pangan Daerah")
    assert not typo("Polres Kota Sukamaju", "Polresta Kota Sukamaju")  # any other ending is another word


def test_a_body_misspelt_in_one_word_is_one_across_stories_with_two_more_words_in_common():
    story = _story(
        _doc("k1", 4, "Direktur PT Sinar Bahari Nusantara ditahan jaksa di Kota Medan pada Selasa (4/6/2024)."),
        _doc("k2", 25, "Kapal milik PT Sinar Bahari Nusantra tenggelam di Selat Malaka pada Selasa (25/6/2024)."))
    ids = _ids(story, "PT Sinar Bahari Nusantara")
    assert ids and ids == _ids(story, "PT Sinar Bahari Nusantra")
    assert any(set(v.variants) == {"PT Sinar Bahari Nusantara", "PT Sinar Bahari Nusantra"}
               for v in story.name_variants)


def test_one_word_in_common_or_a_place_stays_apart_across_stories():
    story = _story(
        _doc("p1", 3, "Yayasan Cendana membagikan 300 paket sembako kepada warga pada Senin (3/6/2024).",
             "Warga mengantre sejak pagi di halaman Jalan Sultan Agung."),
        _doc("p2", 24, "Polisi menyelidiki dugaan penggelapan dana Yayasan Cendena pada Senin (24/6/2024).",
             "Kantor yayasan itu berada di Jalan Sultan Ageng."))
    assert _apart(story, "Yayasan Cendana", "Yayasan Cendena")
    assert _apart(story, "Jalan Sultan Agung", "Jalan Sultan Ageng")


def test_a_place_misspelt_in_one_word_is_one_within_its_story():
    story = _story(
        _doc("q1", 3, "Sebanyak 40 siswa keracunan makanan di Kecamatan Sukajadi pada Senin (3/6/2024).",
             "Para siswa dirawat di Puskesmas Sukajadi sejak siang.",
             "\"Yang dirawat di Puskesms Sukajadi masih 12 orang,\" kata kepala puskesmas."))
    ids = _ids(story, "Puskesmas Sukajadi")
    assert ids and ids == _ids(story, "Puskesms Sukajadi")
