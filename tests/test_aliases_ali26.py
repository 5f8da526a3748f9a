"""Entity-resolution rules of round ali26 (docs/ner.md, "Round ali26"), on invented Indonesian
sentences through the real extractor and linker."""

from __future__ import annotations

from tests.test_aliases_ali24 import _initials_story
from tests.test_aliases_qa import _entity_of
from tests.test_aliases_rules import _doc, _ids, _story

# --- a resolved mention carries its entity's type


def test_initials_joined_to_a_person_are_typed_person_in_every_article():
    # in the follow-up the tagger reads ``HWK`` alone as an acronym (ORG); it names the person
    story = _initials_story()
    person = _ids(story, "Hendra Wijaya Kusuma")
    uses = [(ev.doc.id, m.type) for ev in story.articles for m in ev.mentions if m.text == "HWK"]
    assert {ev for ev, _t in uses} == {"r1", "r2"}
    assert {t for _ev, t in uses} == {"PERSON"}
    assert {m.entity for ev in story.articles for m in ev.mentions if m.text == "HWK"} == person


def test_every_resolved_mention_has_its_entitys_type():
    story = _initials_story(
        _doc("r5", 6, "Kuasa hukum HWK, Bayu Pranata, mendatangi Bareskrim Polri di Jakarta pada Kamis (6/6/2024).",
             "Bayu menyerahkan bukti tambahan kepada penyidik."))
    types = {e.id: e.type for e in story.entities}
    resolved = [m for ev in story.articles for m in ev.mentions if m.entity]
    assert resolved
    assert all(m.type == types[m.entity] for m in resolved)


# --- a one name the tagger ran into the country opening the next clause


_FOOD_NEWS = {"d1": ("Senin", "stok beras nasional cukup sampai akhir tahun"),
              "d2": ("Rabu", "harga gabah petani mulai naik"),
              "d3": ("Jumat", "impor jagung tidak diperlukan tahun ini")}


def _food_minister(did: str, day: int):
    weekday, news = _FOOD_NEWS[did]
    return _doc(did, day, "Menteri Koordinator Bidang Pangan Sutrisno Hadiwijoyo memberi keterangan di Gedung "
                f"Graha Mandala Pangan pada {weekday} ({day}/5/2024).",
                f"Sutrisno mengatakan {news}.")


_RUN_ON = _doc("d4", 20, "Pemerintah menyiapkan cadangan pangan di daerah rawan banjir di pesisir utara Jawa.",
               "Menurut Sutrisno Indonesia belum perlu membuka keran impor gula tahun ini.")
_INVITED = _doc("d5", 27, "Sejumlah kepala daerah datang ke Gedung Graha Mandala Pangan pada Senin (27/5/2024).",
                "Mereka memenuhi undangan dari Sutrisno untuk membahas cadangan pangan.")


def test_a_one_name_run_into_a_country_is_no_second_full_name():
    from kliping.extract import extract

    # the tagger reads ``Sutrisno Indonesia`` as one person
    assert "Sutrisno Indonesia" in {m.text for m in extract(_RUN_ON).mentions if m.type == "PERSON"}
    story = _story(_food_minister("d1", 3), _food_minister("d2", 10), _food_minister("d3", 17), _RUN_ON, _INVITED)
    assert not [e for e in story.entities if e.name == "Sutrisno Indonesia"]
    # so the one name of a story of its own, at the building the figure's stories name, is his
    minister = _ids(story, "Sutrisno Hadiwijoyo")
    assert len(minister) == 1
    assert _entity_of(story, "d5", "Sutrisno") == minister


def test_a_name_ending_in_a_country_its_article_calls_by_that_word_is_kept():
    story = _story(
        _doc("j1", 3, "Pelatih tim basket Satria Muda Sutrisno Jordan memimpin latihan di Jakarta pada Senin (3/6/2024).",
             "Jordan mengatakan timnya siap menghadapi laga final."),
        _food_minister("d1", 4))
    coach = _ids(story, "Sutrisno Jordan")
    assert len(coach) == 1
    assert not coach & _ids(story, "Sutrisno Hadiwijoyo")


# --- a regional head called by one name in a story set in the region


_GOVERNOR = _doc("g1", 3, "Gubernur Kalimantan Timur Sutrisno Wibowo meresmikan pasar rakyat di Samarinda pada Senin (3/6/2024).",
                 "Sutrisno meminta para pedagang menjaga kebersihan pasar.")


def test_a_governors_one_name_in_a_story_set_in_the_province_is_the_governor():
    air = _doc("g2", 20, "Kualitas udara di Kalimantan Timur membaik dalam sepekan terakhir.",
               "Titik panas di Kalimantan Timur juga berkurang setelah hujan turun.",
               "\"Asap kebakaran lahan sudah jauh berkurang,\" ujar Sutrisno saat meninjau hutan kota di Samarinda.")
    story = _story(_GOVERNOR, air)
    governor = _ids(story, "Sutrisno Wibowo")
    assert len(governor) == 1
    assert _entity_of(story, "g2", "Sutrisno") == governor


def test_the_one_name_in_a_story_set_elsewhere_or_given_an_age_stays_apart():
    elsewhere = _doc("g3", 22, "Harga cabai di Jawa Tengah naik tajam menjelang akhir pekan.",
                     "Pedagang di Jawa Tengah mengeluhkan pasokan yang seret dari petani.",
                     "\"Pembeli jadi berkurang,\" ujar Sutrisno, pedagang sayur di Pasar Johar.")
    aged = _doc("g4", 24, "Banjir merendam ratusan rumah di Kalimantan Timur pada Senin (24/6/2024).",
                "Warga Kalimantan Timur mengungsi ke masjid terdekat.",
                "\"Air masuk rumah sejak subuh,\" kata Sutrisno (52), warga Samarinda.")
    story = _story(_GOVERNOR, elsewhere, aged)
    governor = _ids(story, "Sutrisno Wibowo")
    assert _entity_of(story, "g3", "Sutrisno") and not _entity_of(story, "g3", "Sutrisno") & governor
    assert _entity_of(story, "g4", "Sutrisno") and not _entity_of(story, "g4", "Sutrisno") & governor


def test_the_region_a_regional_heads_title_names():
    from kliping.link.aliases.lone_names import _region_of_head

    assert _region_of_head("Gubernur DKI Jakarta") == ("jakarta",)
    assert _region_of_head("Walkot Bogor") == ("bogor",)
    assert _region_of_head("Bupati Kabupaten Sleman") == ("sleman",)
    assert _region_of_head("Wakil Gubernur Jawa Barat") == ()
    assert _region_of_head("Menteri Dalam Negeri") == ()


# --- a figure written as initials and one name, called by that name alone in stories of its own


_SASMITA = _doc("h1", 2, "Tokoh dirgantara HR Sasmita pernah memimpin industri pesawat nasional di Bandung.",
                "Pesawat itu kini dipajang di museum kedirgantaraan.")
_SEMINAR = _doc("h2", 14, "Sebuah seminar industri dirgantara digelar di Surabaya pada Selasa (14/5/2024).",
                "\"Gagasan Pak Sasmita soal industri pesawat nasional masih relevan,\" kata seorang dosen.")
_BOOK = _doc("h3", 27, "Mahasiswa teknik mesin di Malang membedah buku tentang teknologi tepat guna pada Senin (27/5/2024).",
             "Buku itu merangkum pemikiran Prof. Sasmita semasa memimpin lembaga riset.")


def test_a_name_used_alone_in_two_stories_joins_the_initialled_full_name():
    story = _story(_SASMITA, _SEMINAR, _BOOK)
    figure = _ids(story, "HR Sasmita")
    assert len(figure) == 1
    assert _entity_of(story, "h2", "Sasmita") == figure
    assert _entity_of(story, "h3", "Sasmita") == figure


def test_a_name_used_alone_once_or_shared_with_another_full_name_stays_apart():
    once = _story(_SASMITA, _SEMINAR)
    assert not _entity_of(once, "h2", "Sasmita") & _ids(once, "HR Sasmita")
    mayor = _doc("h4", 28, "Wali Kota Kendari Budi Sasmita meresmikan jalan baru pada Selasa (28/5/2024).")
    two = _story(_SASMITA, _SEMINAR, _BOOK, mayor)
    figure = _ids(two, "HR Sasmita")
    assert not (_entity_of(two, "h2", "Sasmita") | _entity_of(two, "h3", "Sasmita")) & figure


# --- a region's office or government written with its bare name writes the region


_KLATEN_AID = _doc("k1", 3, "Pemerintah Kabupaten Klaten menyalurkan bantuan benih padi kepada kelompok tani pada Senin (3/6/2024).",
                   "Bantuan itu diberikan menjelang musim tanam kedua.")
_KLATEN_FESTIVAL = _doc("k3", 20, "Festival lurik digelar di alun-alun Klaten pada Kamis (20/6/2024).",
                        "Ribuan warga memadati lokasi festival sejak pagi.")


def test_a_regents_office_with_the_bare_name_ties_it_to_the_regency():
    market = _doc("k2", 12, "Bupati Klaten meresmikan pasar hewan baru di Kecamatan Delanggu pada Rabu (12/6/2024).",
                  "Pasar itu dibangun dengan anggaran daerah Klaten senilai Rp 9 miliar.")
    story = _story(_KLATEN_AID, market, _KLATEN_FESTIVAL)
    regency = _ids(story, "Kabupaten Klaten")
    assert len(regency) == 1
    assert _entity_of(story, "k2", "Klaten") == regency


def test_without_an_article_tying_them_the_bare_name_stays_apart():
    story = _story(_KLATEN_AID, _KLATEN_FESTIVAL)
    assert not _entity_of(story, "k3", "Klaten") & _ids(story, "Kabupaten Klaten")


def test_region_cues_name_one_kind_of_region():
    from kliping.link.aliases.places import _KIND_CUE

    assert _KIND_CUE.search("Bupati ").group("kabupaten")
    assert _KIND_CUE.search("peserta se-Kabupaten ").group("kabupaten")
    assert _KIND_CUE.search("Wali Kota ").group("kota")
    assert _KIND_CUE.search("Pemkot ").group("kota")
    assert not _KIND_CUE.search("Gubernur ")
