"""A currency's move against another is the other's opposite move (docs/dossier.md, "Twelfth QA
read"): ``dolar AS melemah terhadap rupiah`` and ``rupiah melemah terhadap dolar AS`` are two
opposite facts, so a summary sentence telling the first never cites the second. The sentences and
articles are invented; they run through the real cleaning, extraction and linking stages."""

from __future__ import annotations

from kliping.extract import extract
from kliping.ingest import clean
from kliping.model import Article, Event, Story, StorylineGroup
from kliping.synth.corpus import build_corpus, moves, opposite_moves
from kliping.synth.summary import summarize


def test_one_currency_falling_against_another_is_the_other_rising() -> None:
    dollar_down = moves("Kurs dolar Amerika di pasar spot melemah terhadap rupiah.")
    rupiah_down = moves("Kurs rupiah di pasar spot dibuka melemah terhadap dolar AS.")
    rupiah_up = moves("Rupiah menguat terhadap dolar AS sepanjang pekan lalu.")
    assert opposite_moves(dollar_down, rupiah_down)
    assert dollar_down == rupiah_up  # one fact in two wordings
    assert not opposite_moves(rupiah_up, moves("Penguatan rupiah terhadap dolar AS berlanjut hari ini."))


def test_a_move_against_no_other_currency_keeps_its_own_direction() -> None:
    assert moves("Harga cabai rawit naik tajam menjelang Lebaran.") == (True, False)
    assert moves("Rupiah melemah pada perdagangan sore ini.") == (False, True)
    assert moves("Saham bank melemah terhadap indeks sektor lain.") == (False, True)


def _evidence(aid: str, text: str, published: str):
    return extract(clean(Article(id=aid, input=f"{aid}.txt", text=text, title="Kurs Hari Ini",
                                 published=published, source="Warta Pasar")))


def test_a_summary_sentence_does_not_cite_the_opposite_move_of_the_pair() -> None:
    one = _evidence("pasar-1", "Kurs dolar Amerika Serikat (AS) terus melemah terhadap rupiah. Mata uang Negeri "
                               "Paman Sam dibuka di posisi Rp 16.190. Investor menanti data inflasi.", "2025-07-14")
    two = _evidence("pasar-2", "Kurs rupiah pagi tadi sempat melemah terhadap dolar Amerika Serikat (AS) di sesi awal. "
                               "Pelemahan itu membawa mata uang Negeri Paman Sam ke posisi Rp 16.480. "
                               "Investor menanti data tenaga kerja.", "2025-08-01")
    corpus = build_corpus(Story(articles=[one, two], duplicate_of={}, entities=[],
                                events=[Event("e1", [one.id]), Event("e2", [two.id])],
                                storylines=[StorylineGroup("s1", ["e1", "e2"])]))
    shown = [sent for sent in summarize(corpus, [0, 1], 5) if "terhadap" in sent.text]
    assert shown
    for sent in shown:
        assert len({c.article for c in sent.citations}) == 1, sent
