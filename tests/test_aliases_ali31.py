"""A company written with the town of its office and without it, one building written with two
towns one of which lies in the other (``places.town_tail``, ``places._join_town_tails``), a body's
Roman numeral in its key and a city named in a list after ``kota`` (``places._listed_as_city``;
docs/ner.md, "Alias resolution"). Invented Indonesian sentences, hand-made mentions where the point
is what the linker does with them."""

from __future__ import annotations

from kliping.link import link
from kliping.link.aliases.places import _one_town, _town_within, town_tail
from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence

# --- a company and the town of its office


def test_a_company_splits_into_its_name_and_the_town_or_province_of_its_office():
    assert town_tail("PT Sinar Energindo Asahan", "ORG") == ("PT Sinar Energindo", "Asahan")
    # a province's short form is that province; a legal form after the name is no part of it
    assert town_tail("PT Sinar Energindo Jatim", "ORG") == ("PT Sinar Energindo", "Jawa Timur")
    assert town_tail("PT Sinar Energindo (Persero) Medan", "ORG") == ("PT Sinar Energindo", "Medan")


def test_a_company_of_no_name_of_its_own_or_a_court_or_a_country_is_no_company_with_its_town():
    # ``PT Bank`` names no one company; ``PT Medan`` is the high court of Medan
    assert town_tail("PT Bank Medan", "ORG") is None
    assert town_tail("PT Medan", "ORG") is None
    # an acronym alone is no proper name (``PT KRL Bandung`` may be the line of that town)
    assert town_tail("PT KRL Bandung", "ORG") is None
    # a country after a company's name is part of it: the country is no town
    assert town_tail("PT Sinar Energindo Indonesia", "ORG") is None
    # no legal form: a bank or shop of a town keeps its town (branches of one name)
    assert town_tail("Bank Sejahtera Medan", "ORG") is None


def test_a_company_written_with_its_office_town_is_the_bare_company_its_story_writes():
    ev = _evidence("c1", ["Jaksa menghadirkan Direktur PT Sinar Energindo dalam sidang kasus proyek pasar.",
                          "Kepala Kantor PT Sinar Energindo Jateng ikut didakwa dalam perkara yang sama.",
                          "Menurut jaksa, PT Sinar Energindo tidak punya alat untuk proyek itu."],
                   [(0, "PT Sinar Energindo", "ORG", None), (1, "PT Sinar Energindo Jateng", "ORG", None),
                    (2, "PT Sinar Energindo", "ORG", None)])
    story = link([ev])
    company = _entity_of(story, "c1", "PT Sinar Energindo")
    assert len(company) == 1 and _entity_of(story, "c1", "PT Sinar Energindo Jateng") == company


def test_two_companies_of_one_name_in_two_towns_stay_apart_from_the_bare_name():
    # the group's firms in two regions: the bare name may be either
    ev = _evidence("c2", ["Kejaksaan menetapkan PT Karya Nabati Asahan dan PT Karya Nabati Sulawesi sebagai tersangka.",
                          "Kuasa hukum PT Karya Nabati menolak berkomentar."],
                   [(0, "PT Karya Nabati Asahan", "ORG", None), (0, "PT Karya Nabati Sulawesi", "ORG", None),
                    (1, "PT Karya Nabati", "ORG", None)])
    story = link([ev])
    bare = _entity_of(story, "c2", "PT Karya Nabati")
    assert not _entity_of(story, "c2", "PT Karya Nabati Asahan") & bare


# --- one building written with a town and a part of it


def test_a_town_lies_in_itself_its_longer_name_and_its_province():
    assert _town_within("Jakarta Pusat", "Jakarta")
    assert _town_within("Medan", "Sumatera Utara")
    assert not _town_within("Jakarta", "Jakarta Pusat")
    assert not _town_within("Bogor", "Jakarta")
    assert not _town_within("Medan", "Jawa Timur")
    assert _one_town({"Jakarta", "Jakarta Pusat"}) and not _one_town({"Jakarta Pusat", "Bogor"})


def test_a_building_written_with_a_town_and_with_a_part_of_it_is_one_place_across_stories():
    # the bare name in one story only; the other story writes the palace with the wider town alone
    one = _evidence("p1", ["Menteri baru dilantik di Istana Kepresidenan Jakarta Pusat pada Senin pagi.",
                           "Usai pelantikan, para menteri berfoto di halaman Istana Kepresidenan."],
                    [(0, "Istana Kepresidenan Jakarta Pusat", "LOC", None), (1, "Istana Kepresidenan", "LOC", None)])
    two = _evidence("p2", ["Harga cabai di pasar tradisional naik dua kali lipat menjelang Lebaran.",
                           "Presiden membahas harga pangan dalam rapat terbatas di Istana Kepresidenan Jakarta."],
                    [(1, "Istana Kepresidenan Jakarta", "LOC", None)])
    story = link([one, two])
    palace = _entity_of(story, "p1", "Istana Kepresidenan")
    assert len(palace) == 1
    assert _entity_of(story, "p1", "Istana Kepresidenan Jakarta Pusat") == palace
    assert _entity_of(story, "p2", "Istana Kepresidenan Jakarta") == palace


def test_a_building_written_with_two_towns_neither_in_the_other_stays_two():
    one = _evidence("p3", ["Tamu negara disambut di Istana Kepresidenan Bogor pada Selasa.",
                           "Jamuan makan malam digelar di Istana Kepresidenan."],
                    [(0, "Istana Kepresidenan Bogor", "LOC", None), (1, "Istana Kepresidenan", "LOC", None)])
    two = _evidence("p4", ["Harga beras turun sepekan terakhir di sejumlah pasar.",
                           "Presiden memimpin rapat kabinet di Istana Kepresidenan Jakarta."],
                    [(1, "Istana Kepresidenan Jakarta", "LOC", None)])
    story = link([one, two])
    assert not _entity_of(story, "p4", "Istana Kepresidenan Jakarta") & _entity_of(story, "p3", "Istana Kepresidenan Bogor")
    assert not _entity_of(story, "p4", "Istana Kepresidenan Jakarta") & _entity_of(story, "p3", "Istana Kepresidenan")


def test_a_building_and_a_body_of_one_bare_name_are_matched_apart():
    # the tagger reads one hospital as a building in one story and a body in another: the body's
    # tailed use (no bare body in its story) does not stop the building's from joining its bare name
    one = _evidence("p5", ["Korban kecelakaan dibawa ke Rumah Sakit Harapan Kasih Medan pada Minggu.",
                           "Di Rumah Sakit Harapan Kasih, korban langsung ditangani dokter jaga."],
                    [(0, "Rumah Sakit Harapan Kasih Medan", "LOC", None), (1, "Rumah Sakit Harapan Kasih", "LOC", None)])
    two = _evidence("p6", ["Harga minyak goreng naik di pasar tradisional.",
                           "Direksi Rumah Sakit Harapan Kasih Medan menaikkan tarif kamar rawat."],
                    [(1, "Rumah Sakit Harapan Kasih Medan", "ORG", None)])
    story = link([one, two])
    place = _entity_of(story, "p5", "Rumah Sakit Harapan Kasih")
    assert len(place) == 1 and _entity_of(story, "p5", "Rumah Sakit Harapan Kasih Medan") == place


# --- a body's one-letter Roman numeral


def test_a_bodys_one_letter_roman_numeral_is_part_of_its_key():
    from kliping.link.aliases.keys import normalize_key, type_key

    # two commissions of one parliament are two bodies
    assert type_key("Komisi V DPR", "ORG") != type_key("Komisi I DPR", "ORG")
    assert type_key("Komisi X DPR", "ORG") != type_key("Komisi XI DPR", "ORG")
    # one unit written with a slash or a space is one key, its numeral kept as IV's is
    assert type_key("Kodam V/Brawijaya", "ORG") == type_key("Kodam V Brawijaya", "ORG") == "kodamvbrawijaya"
    # a person's middle initial is still no part of the name
    assert type_key("Budi V Santoso", "PERSON") == type_key("Budi Santoso", "PERSON")
    assert normalize_key("Vladimir V Putin") == normalize_key("Vladimir Putin")


def test_two_commissions_of_one_parliament_stay_two_entities():
    a = _evidence("k1", ["Rapat kerja Komisi V DPR membahas anggaran jalan tol pada Senin.",
                         "Komisi I DPR pada hari yang sama memanggil Menteri Pertahanan."],
                  [(0, "Komisi V DPR", "ORG", None), (1, "Komisi I DPR", "ORG", None)])
    story = link([a])
    assert not _entity_of(story, "k1", "Komisi V DPR") & _entity_of(story, "k1", "Komisi I DPR")


# --- a city named in a list after ``kota``


def test_a_name_in_a_list_of_cities_after_kota_is_cued_as_a_city():
    from kliping.link.aliases.places import _listed_as_city

    assert _listed_as_city("Harga cabai naik di kota besar seperti Medan, Padang, dan ")
    assert _listed_as_city("Kemacetan terjadi di kota-kota lain seperti ")
    assert _listed_as_city("Banjir melanda kota seperti Bandung serta ")
    # a list after a regency or province is none of cities; a list broken by a clause ends it
    assert not _listed_as_city("Hujan deras turun di kabupaten seperti Bogor dan ")
    assert not _listed_as_city("Warga kota itu seperti biasa pulang ke ")
    assert not _listed_as_city("Di kota besar seperti Medan, kemudian juga di ")


def test_a_province_name_cued_as_a_city_is_the_city_the_run_writes():
    city = _evidence("j1", ["Wali Kota Jambi meminta warga Kota Jambi waspada terhadap penipuan.",
                            "Pemkot menerbitkan surat edaran pada Senin."],
                     [(0, "Kota Jambi", "GPE", None)])
    listed = _evidence("j2", ["Kualitas udara memburuk di kota besar seperti Medan, Padang, dan Jambi.",
                              "Gubernur Jambi meminta warga memakai masker saat keluar rumah."],
                       [(0, "Medan", "GPE", None), (0, "Padang", "GPE", None), (0, "Jambi", "GPE", None),
                        (1, "Jambi", "GPE", None)])
    story = link([city, listed])
    kota = _entity_of(story, "j1", "Kota Jambi")
    by_sentence = {m.sentence: m.entity for ev in story.articles if ev.doc.id == "j2" for m in ev.mentions
                   if m.text == "Jambi"}
    # the listed city joins the city; the governor's province stays apart
    assert {by_sentence[0]} == kota
    assert by_sentence[1] not in kota
