"""Dossier entity rules from the sixth QA round (docs/ner.md, "Sixth QA read"): the outlet of the
dateline is no entity of the story; a count word, a job title, a trailing year or a glued list
number is no name or part of one; two names joined by ``dan`` or a hyphen are two.

Every sentence is written for these tests (no article text); the people and companies are invented.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from tests.test_entities import _doc


def _spans(*sentences: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(_doc(*sentences))}


# ---- the outlet of the dateline


def test_the_dateline_outlet_is_no_entity_of_the_story():
    got = _spans("KABARNUSA.COM - SURABAYA. Wali kota meresmikan pasar ikan baru di tepi Kali Mas.")
    assert "KABARNUSA.COM" not in got
    got = _spans("Surabaya, Warta Timur - Wali kota meresmikan pasar ikan baru di tepi Kali Mas.")
    assert "Warta Timur" not in got
    assert got.get("Surabaya") == "GPE"  # the dateline's place stays


def test_an_outlet_quoted_in_the_story_stays_an_organisation():
    got = _spans("Surabaya - Wali kota meresmikan pasar ikan baru di tepi Kali Mas.",
                 "Kabar itu pertama kali diberitakan Warta Timur pada Senin pagi.")
    assert "Warta Timur" in got


# ---- a count word opening a sentence


def test_a_count_word_before_a_noun_is_no_place():
    assert "Lima" not in _spans("Lima program unggulan itu dijalankan mulai bulan depan.")
    assert "Lima" not in _spans("Lima penagih utang ditahan di Polres Bekasi.")


def test_the_city_before_a_verb_stays_a_place():
    assert _spans("Lima menjadi tuan rumah pertemuan para menteri perdagangan tahun itu.").get("Lima") == "GPE"


# ---- job titles


def test_a_job_title_alone_is_no_entity():
    got = _spans("Chief Executive Officer (CEO) Danantara Rosan Pratama melarang direksi membeli pesawat baru.")
    assert "Chief Executive Officer" not in got
    assert got.get("Rosan Pratama") == "PERSON"
    got = _spans("Head of Dermatology Clinic rumah sakit itu, dr Mira Santika, menjelaskan manfaat tabir surya.")
    assert not [t for t in got if t.startswith("Head of")]


def test_job_title_words_after_a_name_are_cut_off():
    got = _spans("Direktur PT Maju Jaya Joseph Sulistyo Direktur membantah tuduhan itu di persidangan.")
    assert got.get("Joseph Sulistyo") == "PERSON" and "Joseph Sulistyo Direktur" not in got
    got = _spans("Saksi Rudi Firmansah Warehouse Manager PT Sinar Laut memberi keterangan kepada hakim.")
    assert got.get("Rudi Firmansah") == "PERSON"


def test_a_name_ending_in_a_word_that_is_also_a_title_stays_whole():
    # ``Putri`` opens titles (TITLE_HEADS) but is no job title: the name keeps it
    got = _spans("Penyanyi Dewi Sekar Putri mengatakan konser amal itu ditunda sampai bulan depan.")
    assert got.get("Dewi Sekar Putri") == "PERSON"


# ---- years, list numbers, joins


def test_a_trailing_year_leaves_a_company_name():
    got = _spans("Kasus itu terjadi di PT Gas Nusantara 2016-2019 ketika direksi lama menjabat.")
    assert "PT Gas Nusantara" in got and not [t for t in got if "2016" in t]


def test_the_period_words_before_a_trailing_year_go_with_it():
    got = _spans("Proyek jalan itu dibiayai Dinas PUPR Sikka Tahun Anggaran 2022 sepenuhnya.")
    assert "Dinas PUPR Sikka" in got and not [t for t in got if "Tahun" in t]


def test_an_event_keeps_its_year():
    assert "Asian Games 2018" in _spans("Atlet itu meraih medali emas di Asian Games 2018 di Palembang.")


def test_a_glued_list_number_leaves_the_name():
    got = _spans("Perusahaan yang diperiksa: 1. PT Saka Mulia Mandiri2. PT Wira Fatimah Jaya3. PT Amanah Perkasa.")
    assert "PT Saka Mulia Mandiri" in got and "PT Wira Fatimah Jaya" in got
    assert not [t for t in got if t[-1:].isdigit()]


def test_two_bodies_of_one_kind_joined_by_dan_are_two():
    got = _spans("Kementerian Luar Negeri dan Kementerian Agama menggelar rapat bersama pada Kamis.")
    assert got.get("Kementerian Luar Negeri") == "ORG" and got.get("Kementerian Agama") == "ORG"
    got = _spans("Kerja sama PT Gas Nusantara dan PT Inti Alam Energi diteken pada 2017.")
    assert "PT Gas Nusantara" in got and "PT Inti Alam Energi" in got


def test_a_hyphenated_pair_of_people_named_apart_is_two():
    got = extract_mentions(_doc("Wiranto dan Gilang tiba di gedung KPU pada pagi hari.",
                                "Pasangan Wiranto-Gilang kemudian mendaftar sebagai peserta pemilu."))
    texts = [m.text for m in got]
    assert "Wiranto-Gilang" not in texts and texts.count("Wiranto") == 2


def test_a_hyphenated_name_the_article_never_splits_stays_whole():
    got = _spans("Jean-Pierre Dupont datang ke Jakarta untuk pameran lukisan.")
    assert "Jean-Pierre Dupont" in got
    # its words inside another name of the article are no people named apart
    got = extract_mentions(_doc("Menurut Pierre Dupont, pameran itu dibuka pada Jumat.",
                                "Lukisan Jean-Pierre terpajang di ruang utama."))
    assert "Pierre" not in [m.text for m in got]
