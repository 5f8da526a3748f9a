"""Dossier rules for bare company, product and benchmark names, and for unit short names glued
between an office and a name.

Every sentence here is written for these tests (no article text); the people and most companies are
invented, so the rules are tested, not a list of names.
"""

from __future__ import annotations

from tests.test_entities import _doc
from tests.test_entities_qa import _titles, _types

# ---- bare companies, products and benchmarks are no people


def test_crude_grade_after_oil_noun_is_a_product_in_the_whole_article():
    got = _types(_doc("Harga minyak mentah Brent naik 2 persen menjadi 81 dollar AS per barel pada Senin.",
                      "Ini merupakan level tertinggi Brent dalam dua bulan terakhir."))
    assert got["Brent"] == {"PRODUCT"}


def test_crude_grade_of_several_words_after_oil_noun_is_a_product():
    got = _types(_doc("Minyak mentah Kelvara North Field untuk pengiriman Maret turun 90 sen."))
    assert "PERSON" not in got.get("Kelvara North Field", {"PERSON"})


def test_names_listed_after_a_company_noun_are_companies():
    got = _types(_doc("Perusahaan multinasional seperti Kalvoro, Ternix, dan Bavanta menikmati izin yang stabil."))
    for name in ("Kalvoro", "Ternix", "Bavanta"):
        assert "PERSON" not in got.get(name, set()), name


def test_names_listed_after_a_car_noun_are_products():
    got = _types(_doc("Penyidik menyita mobil mewah seperti Raventa, Solvix hingga Marlano di rumah itu."))
    for name in ("Raventa", "Solvix"):
        assert "PERSON" not in got.get(name, set()), name


def test_bare_name_of_a_company_written_with_pt_elsewhere_is_the_company():
    got = _types(_doc("Kejaksaan memeriksa direksi PT Wirastama terkait kredit macet.",
                      "Dalam kasus ini, Wirastama menerima kredit dari dua bank daerah."))
    assert got["Wirastama"] == {"ORG"}


def test_well_known_company_without_a_cue_is_an_organisation():
    got = _types(_doc("Dalam proyek itu, Chevron akan mengebor 20 sumur baru."))
    assert got["Chevron"] == {"ORG"}


def test_known_company_after_its_country_word_is_one_organisation():
    got = _types(_doc("Produsen minyak milik negara itu, Saudi Aramco, memangkas harga jual ke Asia."))
    assert got.get("Saudi Aramco") == {"ORG"}


def test_one_name_of_a_person_introduced_in_full_stays_a_person():
    got = _types(_doc("Budi Hartanto membeli dua unit mobil bekas pekan lalu.",
                      "Polisi kemudian menyita mobil Budi di rumahnya."))
    assert got.get("Budi") == {"PERSON"}


def test_lone_name_that_speaks_stays_a_person_after_a_product_noun():
    got = _types(_doc("Mobil Rendra ditemukan di tepi sungai.",
                      "Saya sudah melapor ke polisi, kata Rendra kepada wartawan."))
    assert got.get("Rendra") == {"PERSON"}


def test_known_company_name_that_is_a_person_surname_here_stays_a_person():
    got = _types(_doc("Gelandang Keisuke Honda mencetak dua gol pada laga itu.",
                      "Honda mengatakan timnya bermain sangat disiplin."))
    assert got.get("Honda") == {"PERSON"}


# ---- a unit short name between an office and a name


def test_portfolio_short_name_after_an_office_belongs_to_the_title():
    got = _titles(_doc("Menteri Imipas Darmawan Sulistyo mengatakan layanan paspor dibuka akhir pekan."))
    assert got.get("Darmawan Sulistyo") == "Menteri Imipas"


def test_sector_word_after_an_acronym_ends_the_organisation_not_opens_the_name():
    doc = _doc("Kepala Humas SKK Migas Rudi Hartanto menuturkan target produksi tercapai.")
    got = _types(doc)
    assert got.get("Rudi Hartanto") == {"PERSON"}
    assert got.get("SKK Migas") == {"ORG"}
    assert not any(t.startswith("Migas ") for t in got)


def test_a_verb_between_a_product_noun_and_a_name_keeps_the_person():
    got = _types(_doc("Sebuah mobil boks menabrak Sukirman hingga terpental ke selokan."))
    assert got.get("Sukirman") == {"PERSON"}


def test_the_place_after_an_english_think_tank_is_no_tank_model():
    got = _types(_doc("Seorang peneliti dari lembaga think tank Korea, Pusat Kajian Damai Timur, menilai "
                      "pertemuan itu penting.", "Pabrik di kota itu merakit tank Lorvan untuk angkatan darat."))
    assert "PRODUCT" not in got.get("Korea", set())
    assert got["Lorvan"] == {"PRODUCT"}


def test_person_whose_first_name_is_a_benchmark_stays_a_person():
    got = _types(_doc("Ekonom energi Brent Hollis mengatakan pasokan minyak dunia masih berlebih."))
    assert got.get("Brent Hollis") == {"PERSON"}


def test_a_product_written_with_its_maker_is_no_person_name():
    """``Maung Pindad``-style: a product and the company of the same article, typed PERSON, neither
    is a person's full name, so it holds back neither the product nor itself."""
    got = _types(_doc("Presiden meminta para menteri memakai Garuta Wiranusa sebagai kendaraan dinas.",
                      "Kapasitas produksi PT Wiranusa belum mencukupi permintaan.",
                      "Anggota DPR diminta membeli mobil Garuta dengan uang sendiri."))
    assert got.get("Garuta") == {"PRODUCT"}
    assert got.get("Garuta Wiranusa") == {"PRODUCT"}


def test_a_family_company_named_bare_after_its_group_is_the_company():
    got = _types(_doc("Mobil ini adalah proyek yang dibuat oleh Grup Sastrowijoyo melalui Sastrowijoyo Brothers.",
                      "Sastrowijoyo ketika itu ingin menjadikan mobil itu sebagai mobil nasional.",
                      "Desain awal mulai diperlihatkan ke manajemen Sastrowijoyo."))
    assert got.get("Sastrowijoyo") == {"ORG"}
