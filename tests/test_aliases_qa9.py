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
