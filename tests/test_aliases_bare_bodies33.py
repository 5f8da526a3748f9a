"""A regional body's short name written alone is the one body of its area the article names
(``link.aliases.short_forms._bare_regional_bodies``; docs/ner.md, "Thirty-third round"). Invented
Indonesian sentences, hand-made mentions where the point is what the linker does with them."""

from __future__ import annotations

from kliping.link import link
from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence


def _police_story():
    one = _evidence("p1", ["Polda Jateng menangkap tiga pelaku penipuan daring di Semarang.",
                           "Polda menyebut para pelaku sudah beraksi sejak awal tahun."],
                    [(0, "Polda Jateng", "ORG", None), (1, "Polda", "ORG", None)])
    other = _evidence("p2", ["Polda Bali memeriksa dua saksi kebakaran pasar di Denpasar.",
                             "Polda belum menetapkan tersangka dalam kasus itu."],
                      [(0, "Polda Bali", "ORG", None), (1, "Polda", "ORG", None)])
    two = _evidence("p3", ["Polda Jateng dan Polda Bali menggelar latihan bersama di Solo.",
                           "Polda mengerahkan ratusan personel dalam latihan itu."],
                    [(0, "Polda Jateng", "ORG", None), (0, "Polda Bali", "ORG", None), (1, "Polda", "ORG", None)])
    return link([one, other, two])


def test_a_bare_regional_police_is_the_one_its_article_names():
    story = _police_story()
    assert _entity_of(story, "p1", "Polda") == _entity_of(story, "p1", "Polda Jateng")
    assert _entity_of(story, "p2", "Polda") == _entity_of(story, "p2", "Polda Bali")
    # one province's police is not another's: the bare uses of two articles stay apart
    assert not _entity_of(story, "p1", "Polda") & _entity_of(story, "p2", "Polda")


def test_a_bare_short_name_with_two_candidates_in_its_article_joins_neither():
    story = _police_story()
    bare = _entity_of(story, "p3", "Polda")
    assert not bare & _entity_of(story, "p3", "Polda Jateng")
    assert not bare & _entity_of(story, "p3", "Polda Bali")


def test_an_office_written_without_its_area_is_the_one_of_its_article_with_it():
    school = _evidence("s1", ["Puluhan siswa SMPN 4 Sleman mengikuti lomba sains di Yogyakarta.",
                              "Kepala SMPN 4 menyambut para siswa sepulang lomba."],
                       [(0, "SMPN 4 Sleman", "ORG", None), (1, "SMPN 4", "ORG", None)])
    bureau = _evidence("s2", ["Biro Hukum Pemprov Jateng menerima laporan itu pada Senin.",
                              "Biro Hukum akan membalas laporan tersebut pekan depan."],
                       [(0, "Biro Hukum Pemprov Jateng", "ORG", None), (1, "Biro Hukum", "ORG", None)])
    national = _evidence("s3", ["Badan Pertanahan Nasional bekerja sama dengan Badan Pertanahan Nasional Kota Solo.",
                                "Badan Pertanahan Nasional menyerahkan sertifikat itu."],
                         [(0, "Badan Pertanahan Nasional", "ORG", None),
                          (0, "Badan Pertanahan Nasional Kota Solo", "ORG", None),
                          (1, "Badan Pertanahan Nasional", "ORG", None)])
    story = link([school, bureau, national])
    assert _entity_of(story, "s1", "SMPN 4") == _entity_of(story, "s1", "SMPN 4 Sleman")
    assert _entity_of(story, "s2", "Biro Hukum") == _entity_of(story, "s2", "Biro Hukum Pemprov Jateng")
    # a national body's name alone is the national body, not its city office
    assert not _entity_of(story, "s3", "Badan Pertanahan Nasional") & _entity_of(story, "s3", "Badan Pertanahan Nasional Kota Solo")
