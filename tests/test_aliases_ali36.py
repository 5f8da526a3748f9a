"""Second candidate draw (thirty-sixth round): places named with the words of their kind and bodies
cut before the ``dan`` of their name join their bare or full names (``docs/ner.md``, "Second
candidate draw"). Invented sentences."""

from __future__ import annotations

import pytest

from kliping.link.aliases.bodies import written_out_key
from kliping.link.aliases.keys import type_key
from kliping.link.aliases.places import kind_word_bare
from tests.test_aliases_rules import _doc, _ids, _story


def _one_entity(story, a: str, b: str) -> bool:
    """Both forms are aliases of one entity, and of that one only."""
    ids = _ids(story, a)
    return len(ids) == 1 and ids == _ids(story, b)


def test_kind_word_bare_drops_state_city_and_province_words():
    assert kind_word_bare("Kerajaan Arab Saudi", "LOC") == "Arab Saudi"
    assert kind_word_bare("Kerajaan Arab Saudi", "ORG") == "Arab Saudi"  # the state named as its government
    assert kind_word_bare("Kota Makkah", "LOC") == "Makkah"
    assert kind_word_bare("Kota New York", "GPE") == "New York"
    assert kind_word_bare("Provinsi Nusa Tenggara Barat", "LOC") == "Nusa Tenggara Barat"
    # an Indonesian city is region_bare's, joined on evidence (a regency may share its name)
    assert kind_word_bare("Kota Medan", "GPE") is None
    assert kind_word_bare("Kota Singapura", "GPE") is None  # a city that is a country too
    assert kind_word_bare("Istana Negara", "LOC") is None  # a state word after a name
    assert kind_word_bare("Kota Makkah", "ORG") is None  # a body is not the city
    assert kind_word_bare("Provinsi Kandal", "LOC") is None  # no Indonesian province


def test_a_body_ending_with_indonesia_is_written_with_ri():
    assert written_out_key("Pemerintah Indonesia", "ORG") == type_key("Pemerintah RI", "ORG")
    assert written_out_key("Gedung Bursa Efek Indonesia", "LOC") is None  # a place's name is its own


# Two stories weeks apart, each writing the name one way: the two forms are one entity.
_WRITTEN_TWO_WAYS = [
    # a foreign city with and without ``Kota``
    ("Jemaah asal Bantul tiba di Kota Makkah pada Selasa malam setelah perjalanan panjang.",
     "Suhu udara di Makkah mencapai 45 derajat Celsius pada pekan lalu, kata petugas kesehatan.",
     "Kota Makkah", "Makkah"),
    # a state word before a country
    ("Delegasi itu melakukan kunjungan resmi ke Kerajaan Arab Saudi selama tiga hari.",
     "Harga minyak naik setelah Arab Saudi memangkas produksi sebesar satu juta barel per hari.",
     "Kerajaan Arab Saudi", "Arab Saudi"),
    # the government of Indonesia, with and without ``Republik``
    ("Duta besar itu berterima kasih kepada Pemerintah Indonesia atas bantuan kemanusiaan tersebut.",
     "Juru bicara Pemerintah Republik Indonesia menyebut evakuasi warga dimulai besok pagi.",
     "Pemerintah Indonesia", "Pemerintah Republik Indonesia"),
]


@pytest.mark.parametrize(("first", "second", "a", "b"), _WRITTEN_TWO_WAYS)
def test_a_name_written_with_and_without_its_kind_words_is_one_entity_across_stories(first, second, a, b):
    assert _one_entity(_story(_doc("a", 1, first), _doc("b", 20, second)), a, b)


# A body's name cut short (before its ``dan``, without its ``Nasional``): the full name's story, the
# cut name alone in its own story later, the full and the cut name.
_CUT_NAMES = [
    (("Kementerian Kelautan dan Perikanan menyita tiga kapal asing di perairan Natuna pada Senin.",
      "Menurut Kementerian Kelautan, ketiga kapal itu menangkap ikan tanpa izin."),
     ("Festival layang-layang di Pantai Parangtritis dibuka pada Sabtu pagi.",
      "Kementerian Kelautan disebut ikut mendukung acara itu bersama pemerintah daerah."),
     "Kementerian Kelautan dan Perikanan", "Kementerian Kelautan"),
    (("Badan Riset Nasional meluncurkan kapal survei baru di Surabaya pada Senin.",
      "Menurut Badan Riset, kapal itu akan memetakan dasar laut selama enam bulan."),
     ("Seminar kampus itu menghadirkan pembicara dari Badan Riset daerah setempat.",),
     "Badan Riset Nasional", "Badan Riset"),
]


@pytest.mark.parametrize(("story_a", "story_b", "full", "cut"), _CUT_NAMES)
def test_a_body_cut_short_is_the_body_its_story_writes_in_full_and_no_other_story_s(story_a, story_b, full, cut):
    story = _story(_doc("a", 1, *story_a), _doc("b", 25, *story_b))
    ids = _ids(story, full)
    assert ids and story_uses(story, "a", cut) <= ids
    assert story_uses(story, "b", cut) and not story_uses(story, "b", cut) & ids  # no full name in its story


def test_a_ministry_cut_before_its_dan_beside_another_country_s_ministry_of_those_words():
    story = _story(
        _doc("a", 1, "Kementerian Kelautan dan Perikanan menyita tiga kapal asing di perairan Natuna pada Senin.",
             "Menurut Kementerian Kelautan, ketiga kapal itu menangkap ikan tanpa izin."),
        _doc("c", 20, "Kementerian Kelautan Jepang mengumumkan kuota tangkapan tuna yang baru untuk tahun depan."))
    assert not _ids(story, "Kementerian Kelautan dan Perikanan") & _ids(story, "Kementerian Kelautan Jepang")


def test_a_short_form_with_ri_after_it_is_the_body_written_out():
    from kliping.lang.id.abbreviations import ABBREVIATIONS

    full = ABBREVIATIONS["MPR"][0]
    assert written_out_key("MPR RI", "ORG") == type_key(full, "ORG")
    assert written_out_key("Lentera RI", "ORG") is None  # no short form of the table


def test_a_commission_written_bare_is_the_one_its_article_writes_with_its_parliament():
    story = _story(
        _doc("a", 1, "Komisi IV DPR memanggil Menteri Pertanian untuk rapat kerja soal harga pupuk pada Rabu.",
             "Anggota Komisi IV mempertanyakan lambatnya penyaluran pupuk bersubsidi ke petani."),
        _doc("b", 20, "Rapat Komisi IV DPRD Kota Batu membahas retribusi parkir wisata pada Kamis.",
             "Komisi IV juga meminta dinas perhubungan menertibkan juru parkir liar."),
        _doc("c", 25, "Wakil Ketua Komisi IV mengatakan anggaran sekolah di kota itu harus ditambah."))
    dpr = _ids(story, "Komisi IV DPR")
    assert dpr and story_uses(story, "a", "Komisi IV") <= dpr
    # another parliament's commission of the same number, and an article writing no parliament
    assert not story_uses(story, "b", "Komisi IV") & dpr
    assert not story_uses(story, "c", "Komisi IV") & dpr


def story_uses(story, article: str, form: str) -> set[str]:
    """The entity ids of the mentions written ``form`` in ``article``."""
    return {m.entity for ev in story.articles if ev.doc.id == article for m in ev.mentions
            if " ".join(m.text.split()) == form and m.entity}


def test_initials_glossed_by_a_short_name_that_drops_a_given_name_are_that_person():
    story = _story(_doc("a", 1, "Penyidik menyebut nama saudara MRC (Riza Chalid) muncul dalam dokumen perusahaan itu.",
                        "Komisi itu belum memanggil Riza Chalid untuk diperiksa."))
    assert _one_entity(story, "MRC", "Riza Chalid")
    # capitals that are not the short name's initials with one given name before them declare nothing
    story = _story(_doc("a", 1, "Penyidik menyebut nama saudara KBS (Riza Chalid) muncul dalam dokumen perusahaan itu.",
                        "Komisi itu belum memanggil Riza Chalid untuk diperiksa."))
    assert not _ids(story, "KBS") & _ids(story, "Riza Chalid")


def test_a_country_in_its_english_spelling_is_the_country():
    story = _story(
        _doc("a", 1, "Inflasi di Brazil mencapai 5 persen pada kuartal itu, lebih tinggi dari Argentina."),
        _doc("b", 20, "Presiden Brasil menghadiri pertemuan puncak iklim di Belem pada Senin."))
    assert _one_entity(story, "Brazil", "Brasil")
