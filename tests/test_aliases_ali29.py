"""A building or site written with the town it stands in and without it (``places.town_tail``,
docs/ner.md, "Alias resolution"). Invented Indonesian sentences, hand-made mentions where the
point is what the linker does with them."""

from __future__ import annotations

from kliping.link.aliases.places import town_tail
from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence


def test_a_place_name_with_a_town_after_it_splits_into_place_and_town():
    assert town_tail("Istana Kepresidenan Jakarta Pusat", "LOC") == ("Istana Kepresidenan", "Jakarta Pusat")
    assert town_tail("Stadion Harapan Bangsa Medan", "LOC") == ("Stadion Harapan Bangsa", "Medan")
    # a street is an address: every town has its own street of that name
    assert town_tail("Jalan Melati Klaten", "LOC") is None
    # a body's branch is no place; a one-word name before a town is not enough to name one building
    assert town_tail("Kejaksaan Negeri Sleman", "ORG") is None
    assert town_tail("Istana Bogor", "LOC") is None
    # a region before a town is a list of places, not a building
    assert town_tail("Jawa Tengah Semarang", "LOC") is None


def test_a_place_written_with_its_town_is_the_bare_place_its_article_writes():
    from kliping.link import link

    ev = _evidence("t1", ["Para menteri berkumpul di Istana Kepresidenan Jakarta Pusat sejak pagi.",
                          "Rapat di Istana Kepresidenan itu berlangsung hingga sore."],
                   [(0, "Istana Kepresidenan Jakarta Pusat", "LOC", None), (1, "Istana Kepresidenan", "LOC", None)])
    story = link([ev])
    place = _entity_of(story, "t1", "Istana Kepresidenan")
    assert len(place) == 1 and _entity_of(story, "t1", "Istana Kepresidenan Jakarta Pusat") == place


def test_a_place_the_run_writes_with_two_towns_or_a_street_stays_apart():
    from kliping.link import link

    # two palaces of one name in the run: the bare name may be either
    one = _evidence("t2", ["Presiden menerima tamu negara di Istana Kepresidenan Bogor pada Senin.",
                           "Jamuan di Istana Kepresidenan berlangsung tertutup."],
                    [(0, "Istana Kepresidenan Bogor", "LOC", None), (1, "Istana Kepresidenan", "LOC", None)])
    two = _evidence("t3", ["Pelantikan pejabat digelar di Istana Kepresidenan Jakarta pada Rabu.",
                           "Wartawan menunggu di luar Istana Kepresidenan sejak siang."],
                    [(0, "Istana Kepresidenan Jakarta", "LOC", None), (1, "Istana Kepresidenan", "LOC", None)])
    story = link([one, two])
    assert not _entity_of(story, "t2", "Istana Kepresidenan Bogor") & _entity_of(story, "t2", "Istana Kepresidenan")
    assert not _entity_of(story, "t3", "Istana Kepresidenan Jakarta") & _entity_of(story, "t3", "Istana Kepresidenan")
    # a street with its town is an address, even where the article writes the street alone
    ev = _evidence("t4", ["Kecelakaan terjadi di Jalan Melati Klaten pada Kamis malam.",
                          "Arus lalu lintas di Jalan Melati sempat tersendat."],
                   [(0, "Jalan Melati Klaten", "LOC", None), (1, "Jalan Melati", "LOC", None)])
    story = link([ev])
    assert not _entity_of(story, "t4", "Jalan Melati Klaten") & _entity_of(story, "t4", "Jalan Melati")
