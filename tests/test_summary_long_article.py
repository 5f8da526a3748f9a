"""A long article repeating itself: its summary's candidates cite other articles' sentences only,
so a one-article summary reads no sentence similarities (one article of N sentences read N x N of
them) and a candidate's own article is left out before its citations are looked for.

The articles go through the real cleaning and extraction stages; the sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from kliping.extract import extract
from kliping.ingest import clean
from kliping.model import Article, Event, Story, StorylineGroup
from kliping.synth.corpus import Corpus, build_corpus
from kliping.synth.summary import candidates

UNIT = "Warga Desa Sukamaju memperbaiki jembatan gantung yang putus diterjang banjir pekan lalu. "


def _story(*texts: str) -> Story:
    arts = [extract(clean(Article(id=f"ulang-{k}", input=f"ulang-{k}.txt", text=t, title="Jembatan Desa Diperbaiki",
                                  published=f"2025-03-0{k + 1}", source=f"Kabar {k}")))
            for k, t in enumerate(texts)]
    return Story(articles=arts, duplicate_of={}, entities=[], events=[Event("e1", [a.id for a in arts])],
                 storylines=[StorylineGroup("s1", ["e1"])])


def test_one_article_repeating_itself_cites_itself_without_similarities(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = build_corpus(_story(UNIT * 30))

    def no_sims(self: Corpus, rows: object, others: object) -> None:
        raise AssertionError("a one-article summary read sentence similarities")

    monkeypatch.setattr(Corpus, "sims", no_sims)
    found = candidates(corpus, [0], limit=None)
    assert len(found) >= 30
    assert all(c.cites == [corpus.rows[c.row]] and not c.agreed for c in found)


def test_a_sentence_another_article_repeats_cites_that_article_once_not_its_own_repeats() -> None:
    corpus = build_corpus(_story(UNIT * 5, "Banjir juga merusak sawah warga. " + UNIT))
    found = candidates(corpus, [0, 1], limit=None)
    ours = [c for c in found if corpus.rows[c.row][0] == 0]
    assert ours and all(c.agreed for c in ours)
    assert all([a for a, _s in c.cites] == [0, 1] for c in ours)
