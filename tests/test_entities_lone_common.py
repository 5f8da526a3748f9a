"""Dossier rule ``_lone_common_people``: a one-word "person" that is a common noun (a dictionary
root that is no known given name, or a common-noun acronym such as ``sembako``) with nothing in its
article making it a person is no entity; a title, speech verb, naming word or role keeps it.

Every sentence here is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from kliping.lang.id import gazetteer
from tests.test_entities import _doc
from tests.test_entities_qa import _types


def test_capitalised_movement_word_in_a_list_is_no_person():
    got = _types(_doc("Partai itu ingin merangkul kaum Liberal, Sosialis, dan kelompok buruh di kota besar."))
    assert "PERSON" not in got.get("Sosialis", set())


def test_sentence_opening_common_noun_is_no_person():
    got = _types(_doc("Stimulan untuk usaha kecil disalurkan pekan depan.", "Pemerintah menyiapkan dana tambahan."))
    assert "Stimulan" not in got
    got = _types(_doc("Pandemi membuat banyak toko di pasar itu tutup selama dua tahun."))
    assert "Pandemi" not in got


def test_common_noun_acronym_alone_is_no_person():
    got = _types(_doc("Bantuan itu disalurkan lewat bansos reguler dan bantuan Sembako setiap bulan, kata pejabat dinas."))
    assert "PERSON" not in got.get("Sembako", set())


def test_dictionary_word_that_speaks_is_still_a_person():
    got = _types(_doc("Wartawan menemui Sahara di rumahnya di Malang.", "Sahara mengatakan ia akan melapor ke polisi."))
    assert got.get("Sahara") == {"PERSON"}


def test_dictionary_word_with_a_role_after_it_is_still_a_person():
    got = _types(_doc("Laporan itu disusun oleh Laksana selaku kepala bagian keuangan."))
    assert got.get("Laksana") == {"PERSON"}


def test_dictionary_word_after_alias_is_still_a_person():
    got = _types(_doc("Polisi menangkap pria berinisial RT alias Belut di rumahnya.",
                      "Belut mengaku mencuri dua sepeda motor."))
    assert got.get("Belut") == {"PERSON"}


def test_dictionary_word_of_a_longer_name_is_still_a_person():
    got = _types(_doc("Ibu Melati Sukmawati hadir di acara itu.", "Melati tiba pukul sembilan pagi."))
    assert got.get("Melati") == {"PERSON"}


def test_given_names_that_are_dictionary_roots_are_listed():
    # the list comes from the person tags of the NER corpora: common given names, no common nouns
    names = gazetteer.given_name_roots()
    assert {"bambang", "budi", "agus", "sri", "untung"} <= names
    assert not names & {"stimulan", "sosialis", "pandemi", "ekstrak", "umrah"}


def test_dictionary_word_listed_beside_another_person_is_still_a_person():
    got = _types(_doc("Dua pedagang, Sutarjo dan Kencana, berjualan sayur di pasar sejak subuh.",
                      "Kencana menata sayur, sedangkan Sutarjo menghitung uang."))
    assert got.get("Kencana") == {"PERSON"}
