"""Entity-resolution rules of round ali24 (docs/ner.md, "Round ali24"), on invented Indonesian
sentences through the real extractor and linker."""

from __future__ import annotations

from tests.test_aliases_qa import _entity_of
from tests.test_aliases_rules import _doc, _ids, _story

# --- a person's initials written alone in a follow-up of the story that introduced them


def _initials_story(*extra):
    return _story(
        _doc("r1", 3, "Mantan Gubernur Sulawesi Tengah Hendra Wijaya Kusuma (HWK) melaporkan seorang selebgram "
             "ke Bareskrim Polri atas tuduhan pencemaran nama baik pada Senin (3/6/2024).",
             "HWK menyebut tuduhan selebgram itu soal anak hasil hubungan gelap sebagai fitnah.",
             "Penyidik Bareskrim Polri memeriksa laporan HWK soal pencemaran nama baik itu."),
        _doc("r2", 4, "Selebgram yang dilaporkan HWK ke Bareskrim Polri atas tuduhan pencemaran nama baik "
             "mangkir dari pemeriksaan pada Selasa (4/6/2024).",
             "HWK melalui kuasa hukumnya meminta penyidik Bareskrim Polri segera memeriksa selebgram itu.",
             "Kasus pencemaran nama baik HWK itu bermula dari tuduhan soal anak hasil hubungan gelap."),
        *extra,
    )


def test_initials_alone_in_a_follow_up_are_the_person_the_story_gave_them():
    story = _initials_story()
    person = _ids(story, "Hendra Wijaya Kusuma")
    assert len(person) == 1
    assert _entity_of(story, "r2", "HWK") == person
    assert [e.type for e in story.entities if e.id in person] == ["PERSON"]
    assert not [e for e in story.entities if e.name == "HWK"]


def test_the_same_initials_in_a_story_of_its_own_stay_apart():
    story = _initials_story(
        _doc("r3", 20, "Kedai kopi milik HWK di Kota Kupang ramai pengunjung pada Kamis (20/6/2024).",
             "Pemilik kedai itu menargetkan sepuluh ribu pelanggan sampai akhir tahun."))
    person = _ids(story, "Hendra Wijaya Kusuma")
    assert _entity_of(story, "r2", "HWK") == person
    other = _entity_of(story, "r3", "HWK")
    assert other and not other & person


def test_initials_a_case_cue_marks_are_not_taken_from_the_story():
    # ``berinisial`` withholds a name: the suspect is not the figure of the story's other article
    story = _initials_story(
        _doc("r4", 5, "Bareskrim Polri menetapkan seorang pria berinisial HWK sebagai tersangka penyebar video "
             "selebgram yang dilaporkan Hendra soal pencemaran nama baik pada Rabu (5/6/2024).",
             "Tersangka HWK ditangkap di rumahnya."))
    person = _ids(story, "Hendra Wijaya Kusuma")
    assert not _entity_of(story, "r4", "HWK") & person


def test_a_bodys_acronym_in_the_story_is_not_taken_for_the_person():
    # the story spells out a body with the same letters as nobody's initials: the person rule needs a name
    story = _story(
        _doc("b1", 3, "Badan Wisata Kupang (BWK) menggelar pameran kopi di Kota Kupang pada Senin (3/6/2024).",
             "BWK mengundang dua puluh petani kopi dari Flores."),
        _doc("b2", 4, "Pameran kopi yang digelar BWK di Kota Kupang ramai pengunjung pada Selasa (4/6/2024).",
             "BWK akan menggelar pameran serupa tahun depan."),
    )
    assert not [e for e in story.entities if e.type == "PERSON" and "BWK" in e.aliases]


# --- a one name quoted under a headline that names the office


def _headed(did: str, day: int, headline: str, *sentences: str):
    import dataclasses

    return dataclasses.replace(_doc(did, day, *sentences), title=headline)


def _chair_story(*extra):
    return _story(
        _doc("h1", 2, "Ketua Komisi VII DPR RI Wahyu Santika Pradana meminta pemerintah menunda kenaikan tarif "
             "listrik pada Senin (2/9/2024).",
             "Menurut Pradana, daya beli warga belum pulih."),
        *extra,
    )


def test_a_one_name_under_a_headline_naming_the_office_is_its_holder():
    story = _chair_story(
        _headed("h2", 30, "Ketua Komisi VII DPR Kritik Rencana Impor Beras",
                "\"Petani kita sedang panen, jadi impor beras belum perlu,\" ujar Pradana kepada wartawan, Senin "
                "(30/9/2024).",
                "Pradana meminta Kementerian Perdagangan menghitung ulang stok beras."))
    chair = _ids(story, "Wahyu Santika Pradana")
    assert len(chair) == 1
    assert _entity_of(story, "h2", "Pradana") == chair


def test_without_the_office_in_the_headline_a_story_of_its_own_stays_apart():
    story = _chair_story(
        _headed("h3", 30, "Harga Beras di Pasar Induk Turun",
                "\"Pembeli mulai ramai lagi,\" ujar Pradana, pedagang beras di Pasar Induk, Senin (30/9/2024)."))
    other = _entity_of(story, "h3", "Pradana")
    assert other and not other & _ids(story, "Wahyu Santika Pradana")


def test_a_generic_head_in_the_headline_is_no_office():
    # the run also writes the chair under a bare ``Ketua``: that head alone names no office, so a
    # headline opening with another ``Ketua`` says nothing about who the one name is
    story = _chair_story(
        _doc("h5", 3, "Rapat itu dibuka Ketua Wahyu Santika Pradana pada Selasa (3/9/2024)."),
        _headed("h4", 30, "Ketua Panitia Lomba Minta Warga Datang Lebih Pagi",
                "\"Lomba dimulai pukul tujuh,\" ujar Pradana kepada wartawan, Senin (30/9/2024)."))
    other = _entity_of(story, "h4", "Pradana")
    assert other and not other & _ids(story, "Wahyu Santika Pradana")


def test_a_deputys_office_in_the_headline_is_not_the_office():
    story = _chair_story(
        _headed("h6", 30, "Wakil Ketua Komisi VII DPR Minta Tarif Tol Ditinjau",
                "\"Tarif itu memberatkan sopir truk,\" ujar Pradana kepada wartawan, Senin (30/9/2024)."))
    other = _entity_of(story, "h6", "Pradana")
    assert other and not other & _ids(story, "Wahyu Santika Pradana")


# --- a ministry's unit written with its ministry after it


def test_a_unit_written_with_its_ministry_is_the_unit_its_article_writes_bare():
    story = _story(
        _doc("m1", 5, "Petugas Ditjen Bea dan Cukai Kemenkeu menyita dua kontainer pakaian bekas di Pelabuhan "
             "Belawan pada Kamis (5/9/2024).",
             "Direktur Teknis Ditjen Bea dan Cukai Kementerian Keuangan Andi Saputra menjelaskan penyitaan itu.",
             "Menurut Ditjen Bea dan Cukai, pakaian itu masuk tanpa dokumen impor."),
    )
    unit = _ids(story, "Ditjen Bea dan Cukai")
    assert len(unit) == 1
    assert _ids(story, "Ditjen Bea dan Cukai Kemenkeu") == _ids(story, "Ditjen Bea dan Cukai Kementerian Keuangan") == unit


def test_a_unit_with_its_ministry_in_a_story_without_the_bare_unit_stays_apart():
    # written bare only in another story, the unit with its ministry keeps its own name there
    story = _story(
        _doc("m3", 5, "Petugas Ditjen Bea dan Cukai Kemenkeu menyita dua kontainer pakaian bekas di Pelabuhan "
             "Belawan pada Kamis (5/9/2024)."),
        _doc("m4", 20, "Menurut Ditjen Bea dan Cukai, ekspor kopi dari Kota Kupang naik pada Jumat (20/9/2024)."),
    )
    qualified = _ids(story, "Ditjen Bea dan Cukai Kemenkeu")
    bare = _ids(story, "Ditjen Bea dan Cukai")
    assert qualified and bare and not qualified & bare


# --- a short form its article leaves between two full names with the word


def _governor_story(*extra):
    # the run calls the governor by his first word alone in three stories
    return _story(
        _doc("g1", 1, "Gubernur Papua Barat Daya Hartono Wicaksono meresmikan pasar ikan di Kota Sorong pada Senin "
             "(1/7/2024).", "Hartono berharap pasar itu menambah pendapatan nelayan."),
        _doc("g2", 9, "Gubernur Papua Barat Daya Hartono Wicaksono meninjau banjir di Kabupaten Maybrat pada Selasa "
             "(9/7/2024).", "Hartono meminta bantuan tenda segera dikirim."),
        _doc("g3", 20, "Gubernur Papua Barat Daya Hartono Wicaksono melantik kepala dinas baru pada Sabtu "
             "(20/7/2024).", "Hartono meminta para kepala dinas bekerja cepat."),
        *extra,
    )


def test_a_short_form_between_two_full_names_is_the_one_the_run_calls_so():
    story = _governor_story(
        _doc("g4", 28, "Gubernur Papua Barat Daya Hartono Wicaksono bertemu Kapolda Papua Barat Daya Irjen "
             "Budi Santoso Hartono di Kota Sorong pada Minggu (28/7/2024).",
             "Hartono meminta polisi menjaga keamanan jelang pilkada."))
    governor = _ids(story, "Hartono Wicaksono")
    assert len(governor) == 1
    assert _entity_of(story, "g4", "Hartono") == governor


def test_without_the_runs_usage_the_short_form_stays_nobodys():
    story = _story(
        _doc("g5", 28, "Gubernur Papua Barat Daya Hartono Wicaksono bertemu Kapolda Papua Barat Daya Irjen "
             "Budi Santoso Hartono di Kota Sorong pada Minggu (28/7/2024).",
             "Hartono meminta polisi menjaga keamanan jelang pilkada."))
    assert not _entity_of(story, "g5", "Hartono") & (_ids(story, "Hartono Wicaksono") | _ids(story, "Budi Santoso Hartono"))


def test_a_one_name_under_a_headline_naming_a_ticket_is_its_half():
    pair = _doc("t1", 2, "Pasangan Andika Wiratama-Sekar Ayuningtyas resmi mendaftar ke KPU Provinsi Bengkulu "
                "pada Senin (2/9/2024).", "Andika Wiratama dan Sekar Ayuningtyas datang bersama pendukungnya.")
    story = _story(
        pair,
        _headed("t2", 30, "Debat Pertama Andika-Sekar Bahas Harga Pupuk",
                "Sekar berjanji menurunkan harga pupuk bagi petani kopi jika terpilih.",
                "Debat itu digelar di sebuah hotel di Kota Bengkulu pada Senin (30/9/2024)."))
    assert _entity_of(story, "t2", "Sekar") == _ids(story, "Sekar Ayuningtyas")
    # without the ticket in the headline the one name of a story of its own stays apart
    plain = _story(pair, _doc("t3", 30, "Sekar berjanji menurunkan harga pupuk bagi petani kopi jika terpilih.",
                              "Debat itu digelar di sebuah hotel di Kota Bengkulu pada Senin (30/9/2024)."))
    other = _entity_of(plain, "t3", "Sekar")
    assert other and not other & _ids(plain, "Sekar Ayuningtyas")
