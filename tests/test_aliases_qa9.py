"""Entity-resolution defects of the seventh QA read, class 9 (docs/ner.md, "Alias resolution"): a
person called in the article by a clipped given name or by a middle name, and organisation names
written with a country's short form. Invented Indonesian sentences and invented people, through the
real extractor and linker (or hand-made mentions where the point is what the linker does with them)."""

from __future__ import annotations

from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence
from tests.test_aliases_rules import _doc, _ids, _story

# --- a person called by a clipped given name or a middle name


def test_a_one_word_name_clipped_from_the_given_name_named_before_is_that_person():
    story = _story(_doc("c1", 3, "Wakil Menteri Pertanian dr Benediktus Harsono Wirawan meninjau sawah di Karawang.",
                        "Benny mengatakan panen tahun ini lebih baik dari tahun lalu.",
                        "Kami terus mendampingi petani, kata Benny kepada wartawan."))
    person = _ids(story, "Benediktus Harsono Wirawan")
    assert len(person) == 1
    assert _entity_of(story, "c1", "Benny") == person
    story = _story(_doc("c2", 3, "Bupati Sleman Prasetyo meresmikan pasar baru di Depok, Sleman.",
                        "Pras menjelaskan pasar itu menampung lima ratus pedagang."))
    assert _entity_of(story, "c2", "Pras") == _ids(story, "Prasetyo")


def test_a_clipped_name_with_two_people_it_could_be_or_used_first_stays_apart():
    # two given names it could be clipped from: nobody
    story = _story(_doc("c3", 3, "Ketua RT Benediktus Harsono dan Bendahara RT Benjamin Situmorang menerima bantuan.",
                        "Benny mengatakan bantuan itu dibagikan besok."))
    assert not _entity_of(story, "c3", "Benny") & (_ids(story, "Benediktus Harsono") | _ids(story, "Benjamin Situmorang"))
    # used before the full name is given: another person
    story = _story(_doc("c4", 3, "Benny menyebut jalan desa rusak berat.",
                        "Kepala Desa Benediktus Harsono berjanji memperbaikinya."))
    assert not _entity_of(story, "c4", "Benny") & _ids(story, "Benediktus Harsono")
    # a word that opens with other letters is no clipping
    story = _story(_doc("c5", 3, "Wakil Menteri Pertanian Benediktus Harsono meninjau sawah di Karawang.",
                        "Rudi mengatakan panen tahun ini lebih baik."))
    assert not _entity_of(story, "c5", "Rudi") & _ids(story, "Benediktus Harsono")


def test_a_speaker_written_as_a_middle_name_is_the_one_full_name_with_it_inside():
    from kliping.link.aliases import collect_mentions, resolve, speaker_resolver

    ev = _evidence("m1", ["Kapolres Sleman AKBP Rudianto Wisnu Hartanto meninjau dapur umum.",
                          "Menurut Sutrisno Hadi, dapur itu buka sejak pagi."],
                   [(0, "Rudianto Wisnu Hartanto", "PERSON", "Kapolres Sleman"), (1, "Sutrisno Hadi", "PERSON", None)])
    mentions = collect_mentions([ev], [0])
    entities, ids, _v, keys = resolve([ev], mentions, {})
    who = speaker_resolver([ev], mentions, ids, keys)
    assert who(0, "Wisnu") == next(e.id for e in entities if e.name == "Rudianto Wisnu Hartanto")
    # a word that is also another name's first or last word is that one
    ev = _evidence("m2", ["Kapolres Sleman AKBP Rudianto Wisnu Hartanto meninjau dapur umum.",
                          "Menurut Wisnu Pratama, dapur itu buka sejak pagi."],
                   [(0, "Rudianto Wisnu Hartanto", "PERSON", "Kapolres Sleman"), (1, "Wisnu Pratama", "PERSON", None)])
    mentions = collect_mentions([ev], [0])
    entities, ids, _v, keys = resolve([ev], mentions, {})
    who = speaker_resolver([ev], mentions, ids, keys)
    assert who(0, "Wisnu") == next(e.id for e in entities if e.name == "Wisnu Pratama")


# --- a person's nickname said to be what they are called


def test_initials_the_article_says_a_person_is_called_are_that_person():
    from kliping.link import link

    # initials that are not the name's own (those join by their letters already)
    ev = _evidence("j1", ["Ketua RW Darmanto Sulis atau kerap disapa JQ kepada wartawan mengeluhkan banjir.",
                          "JQ meminta pengembang memperbaiki saluran air."],
                   [(0, "Darmanto Sulis", "PERSON", "Ketua RW"), (0, "JQ", "ORG", None), (1, "JQ", "ORG", None)])
    story = link([ev])
    person = {e.id for e in story.entities if "Darmanto Sulis" in e.aliases}
    assert len(person) == 1 and _entity_of(story, "j1", "JQ") == person
    assert next(e for e in story.entities if e.id in person).type == "PERSON"
    # a body's known short form after ``atau`` is that body, not the person's nickname
    ev = _evidence("j2", ["Ketua RW Darmanto Sulis atau kerap disapa KPK kemarin datang."],
                   [(0, "Darmanto Sulis", "PERSON", "Ketua RW"), (0, "KPK", "ORG", None)])
    story = link([ev])
    assert not _entity_of(story, "j2", "KPK") & {e.id for e in story.entities if "Darmanto Sulis" in e.aliases}


# --- organisations and places


def test_a_body_named_with_a_country_short_form_is_the_body_named_with_the_country_written_out():
    from kliping.link import link

    a = _evidence("o1", ["Departemen Luar Negeri AS menjatuhkan sanksi baru kepada dua perusahaan."],
                  [(0, "Departemen Luar Negeri AS", "ORG", None)])
    b = _evidence("o2", ["Departemen Luar Negeri Amerika Serikat membantah laporan itu."],
                  [(0, "Departemen Luar Negeri Amerika Serikat", "ORG", None)])
    story = link([a, b])
    body = {e.id for e in story.entities if "Departemen Luar Negeri AS" in e.aliases}
    assert len(body) == 1 and _entity_of(story, "o2", "Departemen Luar Negeri Amerika Serikat") == body
    # another country's ministry stays another body
    c = _evidence("o3", ["Departemen Luar Negeri Korsel menyambut baik keputusan itu."],
                  [(0, "Departemen Luar Negeri Korsel", "ORG", None)])
    story = link([a, c])
    assert not _entity_of(story, "o3", "Departemen Luar Negeri Korsel") & _entity_of(story, "o1", "Departemen Luar Negeri AS")


def test_a_facility_named_by_its_head_word_and_name_is_the_name_alone_where_an_article_writes_both():
    from kliping.link import link

    ev = _evidence("f1", ["Roket itu diluncurkan dari Kosmodrom Zarechny pada Selasa pagi.",
                          "Peluncuran di Zarechny ditonton para pejabat militer."],
                   [(0, "Kosmodrom Zarechny", "LOC", None), (1, "Zarechny", "LOC", None)])
    story = link([ev])
    site = _entity_of(story, "f1", "Kosmodrom Zarechny")
    assert len(site) == 1 and _entity_of(story, "f1", "Zarechny") == site
    # a head word before a place of the place data is no facility name of its own
    ev = _evidence("f2", ["Kapal itu berlayar di Selat Malaka menuju Batam.",
                          "Di Malaka, aparat memeriksa kapal lain."],
                   [(0, "Selat Malaka", "LOC", None), (0, "Batam", "GPE", None), (1, "Malaka", "GPE", None)])
    story = link([ev])
    assert not _entity_of(story, "f2", "Malaka") & _entity_of(story, "f2", "Selat Malaka")
