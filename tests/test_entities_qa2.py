"""Dossier rules from the second QA read of real dossiers (docs/ner.md, "Dossier post-rules"):
suspects' initials that are also a country abbreviation, reporting verbs glued to a source, spans
that run over a name boundary, units typed as people, short forms in brackets and misspelt titles.

Every sentence here is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from tests.test_entities import _doc
from tests.test_entities_qa import _titles, _types

# ---- initials that are also a country abbreviation


def test_initials_after_saudara_are_a_person_in_the_whole_article():
    got = _types(_doc("Komisi antirasuah menahan satu tersangka, yakni Saudara AS selaku direktur PT Bumi Makmur.",
                      "Penyidik menyebut saudara AS menerima uang dari rekanan proyek.",
                      "AS dijerat dengan pasal suap dalam undang-undang tipikor."))
    assert got["AS"] == {"PERSON"}


def test_initials_after_a_suspect_role_or_berinisial_are_a_person():
    assert _types(_doc("Polisi menangkap tersangka AS di rumahnya pada Kamis malam."))["AS"] == {"PERSON"}
    assert _types(_doc("Seorang pria berinisial RI ditangkap karena mencuri sepeda motor."))["RI"] == {"PERSON"}


def test_country_abbreviation_stays_the_country_after_country_words():
    got = _types(_doc("Warga AS yang tinggal di Bandung diminta waspada.",
                      "Presiden AS dijadwalkan tiba di Jakarta pekan depan.",
                      "Nilai tukar dolar AS menguat pada Senin."))
    assert got["AS"] == {"GPE"}


def test_suspect_initials_do_not_retype_the_country_where_the_article_names_it():
    got = _types(_doc("Pemerintah Amerika Serikat (AS) membekukan aset perusahaan itu.",
                      "Di Jakarta, polisi menahan tersangka AS yang diduga menjadi perantara."))
    assert "GPE" in got["AS"] and "PERSON" in got["AS"]


# ---- reporting verbs


def test_reporting_verb_is_cut_and_the_source_after_dilansir_is_an_outlet():
    got = _types(_doc("Dilansir Warta Sentosa, para ahli menilai harga beras akan naik."))
    assert got.get("Warta Sentosa") == {"ORG"}
    got = _types(_doc("Dilansir Warta Timur, para ahli menilai harga beras akan naik."))
    assert got.get("Warta Timur") == {"ORG"}
    got = _types(_doc("Melansir Harian Jaya Abadi, kapal itu berangkat dari Surabaya pada Selasa pagi."))
    assert not any(t.startswith("Melansir") for t in got)


# ---- spans over a name boundary


def test_korean_name_after_a_country_in_a_role_is_a_person():
    got = _titles(_doc("Kim didampingi Jenderal Tentara Rakyat Korea Ri Song Chol dan Pak Jong Hun dalam kunjungan itu."))
    assert "Ri Song Chol" in got
    assert not any(t.startswith("Korea Ri") for t in _types(_doc(
        "Kim didampingi Jenderal Tentara Rakyat Korea Ri Song Chol dan Pak Jong Hun dalam kunjungan itu.")))


def test_organisation_cue_after_a_country_is_cut_from_the_place():
    got = _types(_doc("Park Min-jae, mantan peneliti Korea Selatan Lembaga kajian keamanan, menilai uji coba itu provokatif."))
    assert "Korea Selatan Lembaga" not in got
    assert got.get("Korea Selatan") == {"GPE"}


def test_country_ends_a_name_after_a_title():
    got = _types(_doc("Rudi Hartono, kepala Staf Gabungan Amerika Serikat (AS) mengatakan latihan itu ditunda."))
    assert "PERSON" not in got.get("Gabungan Amerika Serikat", set())
    assert "PERSON" not in got.get("Amerika Serikat", set())


def test_title_cut_before_its_closing_bracket_has_no_open_bracket():
    titles = _titles(_doc("Rudi Hartono, kepala Staf Gabungan Amerika Serikat (AS) mengatakan latihan itu ditunda."))
    assert "(" not in (titles.get("Rudi Hartono") or "")


# ---- units and organisations typed as people


def test_unit_after_an_office_is_an_organisation_not_a_person():
    got = _types(_doc("Komandan Satuan Siber Mabes TNI menyampaikan hasil penyelidikan itu."))
    assert "PERSON" not in got.get("Satuan Siber", set())
    got = _types(_doc("Kepala Divisi Perencanaan Strategis dan Keuangan PT Sinar Laut hadir dalam rapat itu."))
    assert not any("PERSON" in v for k, v in got.items() if k.startswith("Divisi"))
    got = _types(_doc("Ia menjabat Kepala Daerah Pemerintah Provinsi Maluku sejak tahun lalu."))
    assert not any("PERSON" in v for k, v in got.items() if k.startswith("Pemerintah"))


def test_name_after_the_unit_keeps_its_title():
    got = _titles(_doc("Kepala Divisi Hukum Lembaga Bantuan Warga, Dimas Arya Pradana, mengatakan laporan sudah dikirim."))
    assert "Dimas Arya Pradana" in got


def test_short_form_in_brackets_after_an_organisation_is_that_organisation():
    got = _types(_doc("Ia kuliah di Fakultas Teknik Universitas Diponegoro (Undip) Semarang.",
                      "Rektor Undip, Sugeng Raharjo, membenarkan kabar itu.",
                      "Menurutnya, Undip akan memberikan pendampingan hukum."))
    assert got["Undip"] == {"ORG"}
    assert "Sugeng Raharjo" in _titles(_doc("Rektor Undip, Sugeng Raharjo, membenarkan kabar itu."))


def test_short_form_of_a_person_in_brackets_stays_a_person():
    got = _types(_doc("Mantan gubernur itu, Bambang Sutrisno (Bams), hadir di pengadilan.",
                      "Bams mengatakan ia tidak bersalah."))
    assert "ORG" not in got.get("Bams", set())


# ---- misspelt titles


def test_misspelt_title_before_a_name_is_a_title():
    got = _titles(_doc("Ia bertemu Presiedn Vladimir Putin di Vladivostok pekan lalu."))
    assert "Vladimir Putin" in got
    assert not any(k.startswith("Presiedn") for k in got)


def test_name_one_letter_from_a_title_stays_a_name():
    got = _titles(_doc("Menurut Mentari Ayu Lestari, acara itu akan digelar di Bandung."))
    assert "Mentari Ayu Lestari" in got


def test_person_after_a_company_in_a_titled_organisation_span_is_split_off():
    got = _titles(_doc('"Permintaan melemah," kata analis Central China Securities Liu Wen.'))
    assert "Liu Wen" in got


def test_organisation_abbreviation_after_a_suspect_role_stays_the_organisation():
    got = _types(_doc("Dua tersangka KPK itu ditahan selama 20 hari pertama.",
                      "Juru bicara KPK mengatakan penyidik masih memeriksa saksi."))
    assert got["KPK"] == {"ORG"}


def test_source_after_dilansir_is_an_outlet_in_the_whole_article():
    got = _types(_doc("Warta Sentosa menulis bahwa kapal itu tenggelam pada Jumat.",
                      "Dilansir Warta Sentosa, penumpang dievakuasi ke Pelabuhan Merak."))
    assert got["Warta Sentosa"] == {"ORG"}


def test_korean_name_the_model_cuts_short_after_a_country_takes_its_last_syllable():
    # the tagger reads "Korea Utara Kim Jong" as one place and leaves "Un" out; a Korean name is its
    # family name and two syllables, so the person is the three words
    for text in ("Pemimpin Korea Utara Kim Jong Un meninjau pabrik rudal itu pada Kamis pagi.",
                 "Pemimpin Korea Utara Kim Jong Un sampai di Vladivostok pada Rabu (4/10/2023)."):
        got = _types(_doc(text))
        assert got.get("Kim Jong Un") == {"PERSON"}, got
        assert "Kim Jong" not in got
