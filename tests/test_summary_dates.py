"""Summary sentences carry the date of their happening (QA class 10: a ``hari ini`` line in a
storyline spanning months left the reader no time anchor).

The articles are invented and run through the real cleaning and extraction stages, so the dates are
the time extractor's and the timeline's reading of them, not planted ones.
"""

from __future__ import annotations

from kliping.extract import extract
from kliping.ingest import clean
from kliping.model import Article, Event, Story, StorylineGroup
from kliping.synth.corpus import build_corpus
from kliping.synth.summary import sentence_date, summarize


def _evidence(aid: str, published: str, text: str):
    return extract(clean(Article(id=aid, input=f"{aid}.txt", text=text, title=f"Rupiah {aid}",
                                 published=published, source=f"Media {aid}")))


def _corpus():
    arts = [
        _evidence("kurs-1", "2025-04-15", (
            "Nilai tukar rupiah dibuka melemah 20 poin ke level 16.800 per dolar AS pada pagi hari ini. "
            "Pelaku pasar masih mencermati arah kebijakan bank sentral Amerika Serikat.")),
        _evidence("kurs-2", "2025-07-30", (
            "Menteri Keuangan menyebut tren rupiah menguat sejak Senin (28/7/2025) setelah data ekspor membaik. "
            "Rupiah ditutup menguat menjelang akhir pekan karena arus modal asing kembali masuk.")),
        _evidence("kurs-3", "2025-10-03", (
            "Bank sentral mencatat cadangan devisa naik pada September 2025 menjadi 150 miliar dolar AS. "
            "Kenaikan itu ditopang penerbitan surat utang global pemerintah.")),
    ]
    events = [Event("e1", [a.id for a in arts])]
    story = Story(articles=arts, duplicate_of={}, entities=[], events=events,
                  storylines=[StorylineGroup("s1", ["e1"])])
    return build_corpus(story)


def _at(corpus, aid: str, s: int):
    a = next(k for k, ev in enumerate(corpus.articles) if ev.doc.id == aid)
    return sentence_date(corpus, a, s)


def test_a_summary_sentence_is_dated_by_its_resolved_day_else_by_its_publication() -> None:
    corpus = _corpus()
    assert _at(corpus, "kurs-1", 0) == ("2025-04-15", "sentence"), "``pagi hari ini``: the day it resolves to"
    assert _at(corpus, "kurs-2", 0) == ("2025-07-28", "sentence"), "a written day is the sentence's own"
    assert _at(corpus, "kurs-3", 0) == ("2025-09", "sentence"), "a month when the sentence names only a month"
    # ``menjelang akhir pekan`` names no day: the reader is told when it was reported, and that it is so
    assert _at(corpus, "kurs-2", 1) == ("2025-07-30", "published")
    assert _at(corpus, "kurs-1", 1) == ("2025-04-15", "published")


def test_every_summary_sentence_carries_the_date_of_the_sentence_it_shows() -> None:
    corpus = _corpus()
    sents = summarize(corpus, list(range(len(corpus.articles))), n=6)
    assert sents
    ids = {ev.doc.id: k for k, ev in enumerate(corpus.articles)}
    for s in sents:
        shown = s.citations[0]
        assert (s.date, s.date_source) == sentence_date(corpus, ids[shown.article], shown.sentence)
        assert s.date_source in ("sentence", "published")
