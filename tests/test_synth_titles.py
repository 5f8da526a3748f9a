"""Story and storyline titles: the central article's headline, or a short title from its lede."""

from __future__ import annotations

from kliping.synth import synthesize
from tests.test_link_helpers import make_ev
from tests.test_synth import _story


def test_an_untitled_articles_story_is_named_by_its_lede_without_the_dateline() -> None:
    ev = make_ev("u1", (
        "KABARHARIAN.ID - SEMARANG. Ribuan warga pesisir utara Semarang mengungsi setelah air laut pasang "
        "merendam permukiman mereka selama tiga hari berturut-turut pada pekan ini. "
        "Petugas membuka dapur umum di dua kelurahan."
    ), title=None, published="2024-05-02")
    d = synthesize(_story([ev]))
    title = d.stories[0].title
    assert not title.startswith("KABARHARIAN")
    assert title.startswith("Ribuan warga pesisir utara Semarang")
    assert title.endswith("…") and len(title.split()) <= 14
    assert d.storylines[0].title == title


def test_a_headline_is_the_title_as_written() -> None:
    ev = make_ev("h1", "Air laut pasang merendam permukiman di pesisir Semarang.", title="Rob Rendam Pesisir Semarang",
                 published="2024-05-02")
    assert synthesize(_story([ev])).stories[0].title == "Rob Rendam Pesisir Semarang"
