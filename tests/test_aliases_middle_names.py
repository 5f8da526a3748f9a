"""Within one article, a one-word mention of a full name's inner word is that person (docs/ner.md,
"People typed as places, discourse words, middle names"). Sentences written for these tests; the
people are invented."""

from __future__ import annotations

from tests.test_aliases_rules import _doc, _ids, _story


def test_an_inner_name_alone_joins_the_full_name_of_the_article():
    story = _story(_doc("m1", 6, "Kasat Reskrim AKP Jefri Halomoan Siregar mengatakan pelaku sudah ditahan.",
                        "Menurut Halomoan, pelaku menyerahkan diri pada Minggu pagi.",
                        '"Kami masih mencari barang bukti," ujar Halomoan.'))
    full, inner = _ids(story, "Jefri Halomoan Siregar"), _ids(story, "Halomoan")
    assert full and full == inner


def test_an_inner_name_shared_by_two_full_names_joins_neither():
    story = _story(_doc("m2", 7, "Rapat dihadiri Budi Santoso Wibowo dan Rina Santoso Hartati dari dinas pendidikan.",
                        "Santoso kemudian meninggalkan ruang rapat lebih dulu."))
    lone = _ids(story, "Santoso")
    assert not lone & _ids(story, "Budi Santoso Wibowo")
    assert not lone & _ids(story, "Rina Santoso Hartati")


def test_an_inner_name_waits_for_a_name_that_starts_with_the_word():
    story = _story(_doc("m3", 8, "Direktur Hendra Wijaya Kusuma dan staf ahli Wijaya Pranata meninjau gudang.",
                        "Wijaya mengatakan stok beras cukup sampai akhir tahun."))
    lone = _ids(story, "Wijaya")
    assert not lone & _ids(story, "Hendra Wijaya Kusuma")
