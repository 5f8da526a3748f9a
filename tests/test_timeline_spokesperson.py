"""One spokesperson quoted in two articles of one event on one matter, one day: one statement, one entry
(``synth.timeline.grouping._same_spokesperson``, switch ``SAME_SPOKESPERSON_ONE_MATTER``); on two matters
(articles sharing little but the institution) two entries, as ``same_statement`` keeps a spokesperson's
day apart. Sentences are invented; the dates are given, the linker's event is one for all."""

from __future__ import annotations

from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus
from kliping.synth.timeline import grouping
from kliping.synth.timeline.grouping import same_statement
from tests.test_synth_timeline import _quoted
from tests.test_timeline_qa import _story

_LIFTING = (" Lifting minyak nasional tahun ini diperkirakan meleset dari target APBN-P karena harga minyak dunia"
            " anjlok. Realisasi lifting minyak hingga akhir Desember mencapai 97 persen dari target."
            " Penerimaan negara dari sektor hulu migas ikut turun seiring turunnya harga minyak.")


def _pieces(second_background: str) -> list:
    a = _quoted("h1", '"Penerimaan migas tahun depan sekitar 13 miliar dollar AS," kata Kepala Humas SKK Migas Rudi '
                'Hartono, Selasa (30/12/2014).' + _LIFTING, "Rudi Hartono", "2014-12-30", "Selasa (30/12/2014)",
                "2014-12-30")
    b = _quoted("h2", '"Penurunannya tidak signifikan, selisihnya kecil," ujar Kepala Humas SKK Migas Rudi Hartono, '
                'Selasa (30/12/2014).' + second_background, "Rudi Hartono", "2014-12-30", "Selasa (30/12/2014)",
                "2014-12-30")
    return [a, b]


def _cited(arts: list) -> list[list[str]]:
    [line] = synthesize(_story(arts)).storylines
    return [sorted(c.article for c in t.citations) for t in line.timeline]


def test_a_spokesperson_on_one_matter_in_two_articles_is_one_statement(monkeypatch) -> None:
    arts = _pieces(_LIFTING)
    corpus = build_corpus(_story(arts))
    assert same_statement(corpus, (corpus.by_id["h1"], 0), (corpus.by_id["h2"], 0))
    assert _cited(arts) == [["h1", "h2"]]
    monkeypatch.setattr(grouping, "SAME_SPOKESPERSON_ONE_MATTER", False)
    assert _cited(arts) == [["h1"], ["h2"]]


def test_a_spokesperson_on_two_matters_is_two_entries() -> None:
    other = (" Kontraktor kontrak kerja sama diminta segera menyerahkan rencana kerja blok baru di lepas pantai."
             " Dua blok eksplorasi di timur Indonesia belum menemukan cadangan yang layak dikembangkan."
             " Tender wilayah kerja baru akan dibuka kembali pada pertengahan tahun.")
    arts = _pieces(other)
    corpus = build_corpus(_story(arts))
    assert corpus.article_cosine(corpus.by_id["h1"], corpus.by_id["h2"]) < grouping.SAME_SPOKESPERSON_ARTICLE_COSINE
    assert not same_statement(corpus, (corpus.by_id["h1"], 0), (corpus.by_id["h2"], 0))
    assert _cited(arts) == [["h1"], ["h2"]]
