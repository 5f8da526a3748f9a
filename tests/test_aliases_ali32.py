"""Round ali32 of the alias rules (docs/ner.md, "Alias resolution"): a foreign body rendered in
Indonesian with its own acronym in brackets (``bodies._keep_foreign_renderings``). Invented
Indonesian sentences, hand-made mentions where the point is what the linker does with them."""

from __future__ import annotations

from kliping.link import link
from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence

# --- a foreign agency's name translated word for word, its own acronym after it


def _bodies_story():
    foreign = _evidence("f1", ["Ilmuwan itu dulu meneliti vaksin di Badan Pengawas Obat dan Makanan (FDA) di Maryland.",
                               "Ia keluar dari Badan Pengawas Obat dan Makanan setelah sepuluh tahun bekerja."],
                        [(0, "Badan Pengawas Obat dan Makanan", "ORG", None),
                         (1, "Badan Pengawas Obat dan Makanan", "ORG", None)])
    home = _evidence("f2", ["Badan Pengawas Obat dan Makanan menyita ribuan kemasan jamu tanpa izin edar di Sragen.",
                            "BPOM meminta warga memeriksa label sebelum membeli jamu."],
                     [(0, "Badan Pengawas Obat dan Makanan", "ORG", None), (1, "BPOM", "ORG", None)])
    return link([foreign, home])


def test_a_foreign_agency_rendered_in_indonesian_is_not_the_indonesian_body_of_those_words():
    story = _bodies_story()
    agency = _entity_of(story, "f1", "Badan Pengawas Obat dan Makanan")
    body = _entity_of(story, "f2", "Badan Pengawas Obat dan Makanan")
    assert len(agency) == 1 and len(body) == 1 and not agency & body
    # every written-out use of the article moved, and the name shown says which agency it is
    assert [e.name for e in story.entities if e.id in agency] == ["Badan Pengawas Obat dan Makanan (FDA)"]
    assert _entity_of(story, "f2", "BPOM") == body


def test_a_body_with_its_own_acronym_or_one_the_table_gives_it_keeps_its_name():
    own = _evidence("g1", ["Badan Pengawas Obat dan Makanan (BPOM) menarik tiga merek kosmetik dari pasar.",
                           "Organisasi Kesehatan Dunia (WHO) memuji langkah itu."],
                    [(0, "Badan Pengawas Obat dan Makanan", "ORG", None), (0, "BPOM", "ORG", None),
                     (1, "Organisasi Kesehatan Dunia", "ORG", None)])
    other = _evidence("g2", ["Badan Pengawas Obat dan Makanan membuka posko pengaduan di Kupang.",
                             "Direktur Organisasi Kesehatan Dunia berkunjung ke Kupang pekan lalu."],
                      [(0, "Badan Pengawas Obat dan Makanan", "ORG", None),
                       (1, "Organisasi Kesehatan Dunia", "ORG", None)])
    story = link([own, other])
    assert _entity_of(story, "g1", "Badan Pengawas Obat dan Makanan") == _entity_of(story, "g2", "Badan Pengawas Obat dan Makanan")
    assert _entity_of(story, "g1", "Organisasi Kesehatan Dunia") == _entity_of(story, "g2", "Organisasi Kesehatan Dunia")


# --- a complex named by its kind of building alone


def test_a_complex_named_by_its_kind_alone_is_the_one_complex_of_that_kind_the_run_names():
    full = _evidence("k1", ["Presiden menerima para gubernur di Kompleks Istana Kepresidenan, Jakarta, pada Senin.",
                            "Rapat di Kompleks Istana Kepresidenan itu berlangsung tiga jam."],
                     [(0, "Kompleks Istana Kepresidenan", "LOC", None), (1, "Kompleks Istana Kepresidenan", "LOC", None)])
    cut = _evidence("k2", ["Rombongan duta besar Qatar tiba di Kompleks Istana sekitar pukul 10.00 WIB.",
                           "Mereka membahas kerja sama energi dengan Presiden."],
                    [(0, "Kompleks Istana", "LOC", None)])
    story = link([full, cut])
    palace = _entity_of(story, "k1", "Kompleks Istana Kepresidenan")
    assert len(palace) == 1 and _entity_of(story, "k2", "Kompleks Istana") == palace


def test_a_cut_complex_stays_apart_where_its_story_or_the_run_names_another_of_its_kind():
    full = _evidence("m1", ["Presiden menerima para gubernur di Kompleks Istana Kepresidenan, Jakarta, pada Senin."],
                     [(0, "Kompleks Istana Kepresidenan", "LOC", None)])
    bogor = _evidence("m2", ["Presiden menginap di Istana Bogor selama libur akhir pekan.",
                             "Wartawan menunggu di depan Kompleks Istana sejak pagi."],
                      [(0, "Istana Bogor", "LOC", None), (1, "Kompleks Istana", "LOC", None)])
    story = link([full, bogor])
    assert not _entity_of(story, "m2", "Kompleks Istana") & _entity_of(story, "m1", "Kompleks Istana Kepresidenan")
    # two complexes of the kind in the run: the cut name may be either
    other = _evidence("m3", ["Ribuan jemaah salat Id di Kompleks Masjid Raya Baiturrahman.",
                             "Panitia juga menyiapkan tenda di Kompleks Masjid Agung Sunda Kelapa."],
                      [(0, "Kompleks Masjid Raya Baiturrahman", "LOC", None),
                       (1, "Kompleks Masjid Agung Sunda Kelapa", "LOC", None)])
    cut = _evidence("m4", ["Pedagang takjil memadati Kompleks Masjid menjelang berbuka."],
                    [(0, "Kompleks Masjid", "LOC", None)])
    story = link([other, cut])
    assert len({e.id for e in story.entities if "Kompleks Masjid" in e.aliases}) == 1
    assert not any("Kompleks Masjid" in e.aliases and len(e.aliases) > 1 for e in story.entities)


# --- a bare name a city and a regency share, in an article placing something in one's district


def test_a_district_of_the_city_makes_the_articles_bare_shared_name_the_city():
    city = _evidence("d1", ["Wali kota meresmikan taman baru di Kota Magelang pada Sabtu."],
                     [(0, "Kota Magelang", "GPE", None)])
    court = _evidence("d2", ["Sidang perkara pencurian kabel digelar di Pengadilan Negeri Magelang, Kecamatan Magelang Utara.",
                             "Terdakwa ditangkap polisi di Magelang bulan lalu."],
                      [(0, "Kecamatan Magelang Utara", "LOC", None), (1, "Magelang", "GPE", None)])
    story = link([city, court])
    assert _entity_of(story, "d2", "Magelang") == _entity_of(story, "d1", "Kota Magelang")


def test_districts_of_both_or_none_leave_the_bare_shared_name_apart():
    city = _evidence("d3", ["Wali kota meresmikan taman baru di Kota Magelang pada Sabtu.",
                            "Bupati meninjau jembatan rusak di Kabupaten Magelang."],
                     [(0, "Kota Magelang", "GPE", None), (1, "Kabupaten Magelang", "GPE", None)])
    both = _evidence("d4", ["Banjir merendam rumah di Kecamatan Magelang Utara dan Kecamatan Borobudur.",
                            "Hujan deras mengguyur Magelang sejak sore."],
                     [(0, "Kecamatan Magelang Utara", "LOC", None), (0, "Kecamatan Borobudur", "LOC", None),
                      (1, "Magelang", "GPE", None)])
    story = link([city, both])
    bare = _entity_of(story, "d4", "Magelang")
    assert not bare & (_entity_of(story, "d3", "Kota Magelang") | _entity_of(story, "d3", "Kabupaten Magelang"))


# --- a place whose head word is misspelt, typed a person


def test_a_place_with_its_head_word_misspelt_typed_a_person_is_the_place_of_its_article():
    ev = _evidence("s1", ["Kapal nelayan itu tenggelam di Laut Mediterania pada Minggu malam.",
                          "Lau Mediterania memang dikenal berombak tinggi pada musim dingin."],
                   [(0, "Laut Mediterania", "LOC", None), (1, "Lau Mediterania", "PERSON", None)])
    story = link([ev])
    sea = _entity_of(story, "s1", "Laut Mediterania")
    assert len(sea) == 1 and _entity_of(story, "s1", "Lau Mediterania") == sea
    assert [e.type for e in story.entities if e.id in sea] == ["LOC"]


def test_a_person_one_letter_from_a_place_of_no_geographic_head_or_with_a_title_stays_a_person():
    # ``Taman`` (a park) is no sea's or mountain's head; a titled name is a person
    ev = _evidence("s2", ["Warga berkumpul di Taman Nusantara dan di tepi Selat Malaka sejak pagi.",
                          "Tamin Nusantara, pengelola taman, membuka gerbang pukul enam.",
                          "Kapten Selar Malaka, nakhoda kapal itu, memimpin upacara."],
                   [(0, "Taman Nusantara", "LOC", None), (0, "Selat Malaka", "LOC", None),
                    (1, "Tamin Nusantara", "PERSON", None), (2, "Selar Malaka", "PERSON", "Kapten")])
    story = link([ev])
    assert not _entity_of(story, "s2", "Tamin Nusantara") & _entity_of(story, "s2", "Taman Nusantara")
    assert [e.type for e in story.entities if "Tamin Nusantara" in e.aliases] == ["PERSON"]
    assert not _entity_of(story, "s2", "Selar Malaka") & _entity_of(story, "s2", "Selat Malaka")
