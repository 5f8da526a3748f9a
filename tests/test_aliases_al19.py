"""Entity-resolution causes of the al19 read of missed pairs and split identities (docs/ner.md,
"Alias resolution"): a local area named with and without its head word. Invented Indonesian sentences
and invented places, through the real linker with hand-made mentions."""

from __future__ import annotations

import dataclasses

from kliping.link import link
from kliping.link.aliases import local_area_bare
from kliping.model import Evidence
from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence


def _evidence_on(did: str, day: int, sentences: list[str],
                 mentions: list[tuple[int, str, str, str | None]]) -> Evidence:
    """:func:`_evidence` published on ``day`` of the month (two days far apart: two stories)."""
    ev = _evidence(did, sentences, mentions)
    return dataclasses.replace(ev, doc=dataclasses.replace(ev.doc, published=f"2024-05-{day:02d}"))


# --- a local area with and without its head word


def test_a_local_area_s_head_word_is_dropped_only_for_a_name_of_its_own():
    assert local_area_bare("Kecamatan Pasirmukti", "LOC") == "Pasirmukti"
    assert local_area_bare("Desa Sindangjaya Girang", "GPE") == "Sindangjaya Girang"
    # the bare name is a regency: the district named after it is not the regency
    assert local_area_bare("Kecamatan Cilacap", "LOC") is None
    # not a place mention, or no name after the head word
    assert local_area_bare("Kecamatan Pasirmukti", "ORG") is None
    assert local_area_bare("Desa tetangga", "LOC") is None


def test_an_area_written_with_and_without_its_head_word_in_one_article_is_one_place():
    ev = _evidence_on("k1", 3, ["Longsor menimbun dua rumah di Kecamatan Pasirmukti pada Senin dini hari.",
                                "Warga Pasirmukti mengungsi ke balai desa terdekat."],
                      [(0, "Kecamatan Pasirmukti", "LOC", None), (1, "Pasirmukti", "LOC", None)])
    story = link([ev])
    area = _entity_of(story, "k1", "Kecamatan Pasirmukti")
    assert len(area) == 1 and _entity_of(story, "k1", "Pasirmukti") == area


def test_a_bare_area_name_of_an_unrelated_story_stays_apart():
    # villages share names across the country: the bare name elsewhere is not taken along
    slide = _evidence_on("k2", 3, ["Longsor menimbun dua rumah di Kecamatan Pasirmukti pada Senin dini hari.",
                                   "Warga Pasirmukti mengungsi ke balai desa terdekat."],
                         [(0, "Kecamatan Pasirmukti", "LOC", None), (1, "Pasirmukti", "LOC", None)])
    fair = _evidence_on("k3", 27, ["Festival durian digelar di lapangan Pasirmukti selama tiga hari.",
                                   "Panitia menjual ribuan tiket kepada pengunjung dari luar kota."],
                        [(0, "Pasirmukti", "LOC", None)])
    story = link([slide, fair])
    assert not _entity_of(story, "k3", "Pasirmukti") & _entity_of(story, "k2", "Kecamatan Pasirmukti")


def test_a_bare_name_beside_two_areas_of_that_name_is_neither():
    # the district and the village it is named after: the bare name may be either
    ev = _evidence_on("k4", 3, ["Banjir melanda Desa Pasirmukti di Kecamatan Pasirmukti pada Senin sore.",
                                "Petugas mendirikan posko di Pasirmukti untuk para pengungsi."],
                      [(0, "Desa Pasirmukti", "LOC", None), (0, "Kecamatan Pasirmukti", "LOC", None),
                       (1, "Pasirmukti", "LOC", None)])
    story = link([ev])
    bare = _entity_of(story, "k4", "Pasirmukti")
    assert not bare & (_entity_of(story, "k4", "Desa Pasirmukti") | _entity_of(story, "k4", "Kecamatan Pasirmukti"))
    assert _entity_of(story, "k4", "Desa Pasirmukti") != _entity_of(story, "k4", "Kecamatan Pasirmukti")


# --- an organisation's name with a typo


def test_two_swapped_letters_in_an_organisation_s_word_are_one_typo():
    from kliping.link.aliases.spelling import _org_typo

    def words(name: str) -> list[str]:
        return name.casefold().split()

    assert _org_typo(words("PT Sinar Lestrado"), words("PT Sinar Lestardo"))
    # two letters changed, not swapped, in a word under nine letters: two names
    assert not _org_typo(words("PT Sinar Lestrado"), words("PT Sinar Lestanto"))


def test_an_organisation_s_typo_in_another_story_joins_when_both_give_it_one_acronym():
    def fund(did: str, day: int, name: str, sentence: str) -> Evidence:
        return _evidence_on(did, day, [sentence.format(name=name), "Program KPTD itu dibiayai dana daerah."],
                            [(0, name, "ORG", None), (1, "KPTD", "ORG", None)])

    a = fund("u1", 3, "Komite Penanggulangan Tuberkulosis Daerah",
             "Rapat {name} membahas obat gratis di puskesmas.")
    b = fund("u2", 27, "Komite Penanggulangan Tuberkulosa Daerah",
             "Anggaran {name} naik untuk pelacakan pasien baru.")
    story = link([a, b])
    ids = _entity_of(story, "u1", "Komite Penanggulangan Tuberkulosis Daerah")
    assert len(ids) == 1 and _entity_of(story, "u2", "Komite Penanggulangan Tuberkulosa Daerah") == ids
    assert any(set(v.variants) == {"Komite Penanggulangan Tuberkulosis Daerah", "Komite Penanggulangan Tuberkulosa Daerah"}
               for v in story.name_variants)


def test_an_organisation_s_typo_in_another_story_without_its_acronym_stays_apart():
    a = _evidence_on("u3", 3, ["Rapat Komite Penanggulangan Tuberkulosis Daerah membahas obat gratis."],
                     [(0, "Komite Penanggulangan Tuberkulosis Daerah", "ORG", None)])
    b = _evidence_on("u4", 27, ["Anggaran Komite Penanggulangan Tuberkulosa Daerah naik tahun ini."],
                     [(0, "Komite Penanggulangan Tuberkulosa Daerah", "ORG", None)])
    story = link([a, b])
    assert not (_entity_of(story, "u3", "Komite Penanggulangan Tuberkulosis Daerah")
                & _entity_of(story, "u4", "Komite Penanggulangan Tuberkulosa Daerah"))


# --- a bridge or a compound named with and without its head word


def test_a_bridge_or_a_compound_written_with_and_without_its_head_word_in_one_article_is_one_place():
    ev = _evidence_on("j1", 3, ["Truk bermuatan pasir terguling di Jembatan Cikarangsari pada Selasa pagi.",
                                "Arus lalu lintas di Cikarangsari tersendat hingga siang."],
                      [(0, "Jembatan Cikarangsari", "LOC", None), (1, "Cikarangsari", "LOC", None)])
    story = link([ev])
    bridge = _entity_of(story, "j1", "Jembatan Cikarangsari")
    assert len(bridge) == 1 and _entity_of(story, "j1", "Cikarangsari") == bridge
    ev = _evidence_on("j2", 3, ["Ribuan penonton memadati Kompleks Gelora Patriot pada Minggu malam.",
                                "Panitia menutup pintu Gelora Patriot sebelum laga dimulai."],
                      [(0, "Kompleks Gelora Patriot", "LOC", None), (1, "Gelora Patriot", "LOC", None)])
    story = link([ev])
    venue = _entity_of(story, "j2", "Kompleks Gelora Patriot")
    assert len(venue) == 1 and _entity_of(story, "j2", "Gelora Patriot") == venue


def test_a_bridge_s_bare_name_in_an_unrelated_story_stays_apart():
    bridge = _evidence_on("j3", 3, ["Truk bermuatan pasir terguling di Jembatan Cikarangsari pada Selasa pagi."],
                          [(0, "Jembatan Cikarangsari", "LOC", None)])
    market = _evidence_on("j4", 27, ["Pedagang di Cikarangsari menolak relokasi pasar ke pinggir kota."],
                          [(0, "Cikarangsari", "LOC", None)])
    story = link([bridge, market])
    assert not _entity_of(story, "j4", "Cikarangsari") & _entity_of(story, "j3", "Jembatan Cikarangsari")


# --- a bare name a city and a regency share


def test_a_bare_name_a_city_and_a_regency_share_is_the_city_in_an_article_writing_only_the_city():
    city = _evidence_on("m1", 3, ["Wali kota meresmikan taman baru di Kota Magelang pada Senin pagi.",
                                  "Taman itu menjadi ruang terbuka hijau terluas di Magelang."],
                        [(0, "Kota Magelang", "GPE", None), (1, "Magelang", "GPE", None)])
    story = link([city])
    assert _entity_of(story, "m1", "Magelang") == _entity_of(story, "m1", "Kota Magelang") != set()


def test_a_bare_shared_name_stays_apart_beside_both_regions_or_in_another_article():
    both = _evidence_on("m2", 3, ["Kota Magelang dan Kabupaten Magelang berbagi sumber air baku.",
                                  "Debit mata air di Magelang turun pada musim kemarau."],
                        [(0, "Kota Magelang", "GPE", None), (0, "Kabupaten Magelang", "GPE", None),
                         (1, "Magelang", "GPE", None)])
    city = _evidence_on("m3", 27, ["Wali kota meresmikan taman baru di Kota Magelang pada Senin pagi."],
                        [(0, "Kota Magelang", "GPE", None)])
    alone = _evidence_on("m4", 12, ["Petani cabai di Magelang mengeluhkan harga pupuk yang naik."],
                         [(0, "Magelang", "GPE", None)])
    story = link([both, city, alone])
    city_ids = _entity_of(story, "m2", "Kota Magelang") | _entity_of(story, "m3", "Kota Magelang")
    assert not _entity_of(story, "m2", "Magelang") & city_ids
    assert not _entity_of(story, "m4", "Magelang") & city_ids


# --- a body's name with the country written out


def test_republik_indonesia_at_the_end_of_a_body_s_name_is_its_ri():
    from kliping.link.aliases import type_key, written_out_key

    assert written_out_key("Kedutaan Besar Republik Indonesia", "ORG") == type_key("Kedutaan Besar RI", "ORG")
    assert written_out_key("Kejaksaan Agung Republik Indonesia", "ORG") == type_key("Kejaksaan Agung", "ORG")
    # an embassy of Indonesia is still no bare embassy (often another country's); the country
    # alone and a person's name are no body
    assert written_out_key("Kedutaan Besar Republik Indonesia", "ORG") != type_key("Kedutaan Besar", "ORG")
    assert written_out_key("Republik Indonesia", "GPE") is None
    assert written_out_key("Putri Republik Indonesia", "PERSON") is None


def test_a_body_written_with_republik_indonesia_and_with_ri_in_two_stories_is_one_body():
    a = _evidence_on("r1", 3, ["Kedutaan Besar RI di Canberra membuka layanan paspor pada akhir pekan."],
                     [(0, "Kedutaan Besar RI", "ORG", None)])
    b = _evidence_on("r2", 27, ["Kedutaan Besar Republik Indonesia di Canberra menggelar pameran batik."],
                     [(0, "Kedutaan Besar Republik Indonesia", "ORG", None)])
    story = link([a, b])
    ids = _entity_of(story, "r1", "Kedutaan Besar RI")
    assert len(ids) == 1 and _entity_of(story, "r2", "Kedutaan Besar Republik Indonesia") == ids


# --- initials the article declares a name's


def test_withheld_initials_the_article_then_declares_are_that_person():
    ev = _evidence("i1", ["Petugas memburu seorang buron berinisial FW sejak bulan lalu.",
                          "FW yang dimaksud adalah Fulanah Wijaya, pemilik gudang di pelabuhan.",
                          "Fulanah membantah tuduhan itu melalui pengacaranya."],
                   [(0, "FW", "PERSON", None), (1, "FW", "PERSON", None), (1, "Fulanah Wijaya", "PERSON", None),
                    (2, "Fulanah", "PERSON", None)])
    story = link([ev])
    person = _entity_of(story, "i1", "Fulanah Wijaya")
    assert len(person) == 1 and _entity_of(story, "i1", "FW") == person


def test_withheld_initials_stand_only_for_the_name_declared_for_them():
    # another name with the same initials in the article is not the one declared
    ev = _evidence("i2", ["Petugas memburu seorang buron berinisial FW sejak bulan lalu.",
                          "Kepala gudang Fajar Wicaksono mengaku tidak mengenal buron itu.",
                          "FW yang dimaksud adalah Fulanah Wijaya, pemilik gudang di pelabuhan."],
                   [(0, "FW", "PERSON", None), (1, "Fajar Wicaksono", "PERSON", "Kepala gudang"),
                    (2, "FW", "PERSON", None), (2, "Fulanah Wijaya", "PERSON", None)])
    story = link([ev])
    assert _entity_of(story, "i2", "FW") == _entity_of(story, "i2", "Fulanah Wijaya")
    assert not _entity_of(story, "i2", "FW") & _entity_of(story, "i2", "Fajar Wicaksono")
    # without the declaration the withheld initials are nobody's name of the article
    ev = _evidence("i3", ["Petugas memburu seorang buron berinisial FW sejak bulan lalu.",
                          "Pemilik gudang Fulanah Wijaya mengaku tidak mengenal buron itu."],
                   [(0, "FW", "PERSON", None), (1, "Fulanah Wijaya", "PERSON", "Pemilik gudang")])
    story = link([ev])
    assert not _entity_of(story, "i3", "FW") & _entity_of(story, "i3", "Fulanah Wijaya")


# --- a ticket of two known figures


def _ticket_stories(short: str) -> list[Evidence]:
    full = _evidence_on("t1", 3, ["Rahmat Hidayatullah dan Sinta Maharani resmi mendaftar ke KPU daerah.",
                                  "Pasangan Rahmat Hidayatullah-Sinta Maharani membawa ribuan pendukung."],
                        [(0, "Rahmat Hidayatullah", "PERSON", None), (0, "Sinta Maharani", "PERSON", None),
                         (1, "Rahmat Hidayatullah-Sinta Maharani", "PERSON", None)])
    later = _evidence_on("t2", 27, [f"Survei menyebut warga puas dengan kinerja {short} di bidang jalan."],
                         [(0, short, "PERSON", None)])
    other = _evidence_on("t3", 12, [f"Relawan {short} menggelar pengobatan gratis di pasar desa."],
                         [(0, short, "PERSON", None)])
    return [full, later, other]


def test_a_hyphenated_pair_of_two_known_figures_one_names_is_their_ticket_in_every_story():
    story = link(_ticket_stories("Rahmat-Sinta"))
    ticket = _entity_of(story, "t1", "Rahmat Hidayatullah-Sinta Maharani")
    assert len(ticket) == 1
    assert _entity_of(story, "t2", "Rahmat-Sinta") == _entity_of(story, "t3", "Rahmat-Sinta") == ticket
    assert not ticket & _entity_of(story, "t1", "Rahmat Hidayatullah")


def test_a_hyphenated_one_word_name_of_unknown_words_stays_in_its_story():
    story = link(_ticket_stories("Dewi-Lestari"))
    assert not _entity_of(story, "t2", "Dewi-Lestari") & _entity_of(story, "t3", "Dewi-Lestari")


def test_a_citation_link_glued_to_a_law_s_name_is_no_part_of_it():
    from kliping.link.aliases import type_key, written_out_key

    assert written_out_key("KUHP Jo", "LOC") == type_key("KUHP", "LOC")
    assert written_out_key("UU Tipikor juncto", "ORG") == type_key("UU Tipikor", "ORG")
    # a one-word name, and a person's name ending with the letters, are left alone
    assert written_out_key("Jo", "ORG") is None
    assert written_out_key("Kim Jo", "PERSON") is None


# --- an institution named by the name after its head


def test_an_institution_s_name_after_its_head_is_the_institution_where_its_article_writes_it_whole():
    from kliping.link.aliases import institution_tail

    assert institution_tail("Universitas Islam Negeri (UIN) Raden Fatah Kusuma") == "Raden Fatah Kusuma"
    assert institution_tail("Rumah Sakit Umum Daerah Siti Rahmawati") == "Siti Rahmawati"
    assert institution_tail("Universitas Indonesia") is None  # one word after the head
    assert institution_tail("Bank Rakyat Indonesia") is None  # no institution head
    ev = _evidence_on("n1", 3, ["Mahasiswa Universitas Islam Negeri Raden Fatah Kusuma menggelar aksi damai.",
                                "Rektor Raden Fatah Kusuma meminta mahasiswa tetap tertib."],
                      [(0, "Universitas Islam Negeri Raden Fatah Kusuma", "ORG", None),
                       (1, "Raden Fatah Kusuma", "ORG", None)])
    story = link([ev])
    campus = _entity_of(story, "n1", "Universitas Islam Negeri Raden Fatah Kusuma")
    assert len(campus) == 1 and _entity_of(story, "n1", "Raden Fatah Kusuma") == campus


def test_a_name_after_an_institution_s_head_used_without_it_elsewhere_stays_apart():
    campus = _evidence_on("n2", 3, ["Mahasiswa Universitas Islam Negeri Raden Fatah Kusuma menggelar aksi damai.",
                                    "Rektor Raden Fatah Kusuma meminta mahasiswa tetap tertib."],
                          [(0, "Universitas Islam Negeri Raden Fatah Kusuma", "ORG", None),
                           (1, "Raden Fatah Kusuma", "ORG", None)])
    other = _evidence_on("n3", 27, ["Yayasan Raden Fatah Kusuma membagikan beasiswa kepada pelajar desa."],
                         [(0, "Raden Fatah Kusuma", "ORG", None)])
    story = link([campus, other])
    assert not _entity_of(story, "n3", "Raden Fatah Kusuma") & _entity_of(
        story, "n2", "Universitas Islam Negeri Raden Fatah Kusuma")
