"""Timeline (``synth.timeline``): one entry per dated happening, citing every source, in date order."""

from __future__ import annotations

from kliping.model import Event, Story, StorylineGroup
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus
from kliping.synth.timeline import SAME_HAPPENING_COSINE, same_happening
from tests.test_link_helpers import date, make_ev


def _story(arts) -> Story:
    return Story(articles=list(arts), duplicate_of={}, entities=[], events=[Event("e1", [a.id for a in arts])],
                 storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])


def _eruption_reports():
    # Background sentences repeat the subject (as a storyline does), so its words weigh little in
    # the TF-IDF cosine; the dated sentences then differ mostly by their own context.
    a = make_ev("g1", (
        "Gunung Merapi erupsi pada Jumat (3/5/2024) pagi dan memuntahkan awan panas guguran. "
        "Erupsi Gunung Merapi kali ini disebut yang terbesar sejak awal tahun."
    ), published="2024-05-03", mentions=[("Gunung Merapi", "LOC", 0)])
    b = make_ev("g2", (
        "Menurut BPPTKG, awan panas guguran Gunung Merapi yang erupsi Jumat (3/5/2024) pagi meluncur sejauh "
        "dua kilometer ke hulu Kali Bebeng sehingga relawan di dusun-dusun Kabupaten Magelang bersiaga. "
        "Erupsi Gunung Merapi juga membuat hujan abu tipis di sejumlah desa."
    ), published="2024-05-04", mentions=[("Gunung Merapi", "LOC", 0), ("BPPTKG", "ORG", 0)])
    c = make_ev("g3", (
        "Presiden meresmikan Bendungan Jatigede di Sumedang pada Jumat (3/5/2024) bersama sejumlah menteri. "
        "Bendungan itu akan mengairi puluhan ribu hektare sawah di pantai utara Jawa Barat."
    ), published="2024-05-04", mentions=[("Bendungan Jatigede", "LOC", 0), ("Sumedang", "GPE", 0)])
    d = make_ev("g4", (
        "Pascaerupsi Jumat (3/5/2024) pagi, status Gunung Merapi yang memuntahkan awan panas guguran tetap Siaga "
        "menurut Kepala BPPTKG di Yogyakarta. "
        "Pada Minggu (5/5/2024) petugas kembali mengukur deformasi tubuh Gunung Merapi."
    ), published="2024-05-06", mentions=[("Gunung Merapi", "LOC", 0), ("BPPTKG", "ORG", 0)])
    for ev, s, text, value in (
        (a, 0, "Jumat (3/5/2024)", "2024-05-03"), (b, 0, "Jumat (3/5/2024)", "2024-05-03"),
        (c, 0, "Jumat (3/5/2024)", "2024-05-03"), (d, 0, "Jumat (3/5/2024)", "2024-05-03"),
        (d, 1, "Minggu (5/5/2024)", "2024-05-05"),
    ):
        ev.times.append(date(ev.doc, s, text, value))
    return a, b, c, d


def test_one_happening_told_in_other_words_is_one_entry_citing_every_source() -> None:
    arts = _eruption_reports()
    [line] = synthesize(_story(arts)).storylines
    on_3_may = [t for t in line.timeline if t.value == "2024-05-03"]
    assert len(on_3_may) == 2  # the eruption and the dam: two happenings on one day stay apart
    eruption = next(t for t in on_3_may if "Merapi" in t.text)
    dam = next(t for t in on_3_may if "Jatigede" in t.text)
    assert [c.article for c in eruption.citations] == ["g1", "g2", "g4"]
    assert [c.article for c in dam.citations] == ["g3"]
    sents = {(ev.id, k): s.text for ev in arts for k, s in enumerate(ev.doc.sentences)}
    for t in line.timeline:
        assert t.text in {sents[(c.article, c.sentence)] for c in t.citations}  # verbatim, cited
    assert [t.value for t in line.timeline] == sorted(t.value for t in line.timeline)
    assert line.timeline[-1].value == "2024-05-05"
    agreements = [f for f in line.findings if f.kind == "agreement" and f.about == "2024-05-03"]
    assert [sorted(i.article for i in f.items) for f in agreements] == [["g1", "g2", "g4"]]


def _school_closure():
    e = make_ev("g5", (
        "Sekolah di lereng Gunung Merapi diliburkan pada Jumat (3/5/2024) oleh dinas pendidikan setempat."
    ), published="2024-05-04", mentions=[("Gunung Merapi", "LOC", 0)])
    e.times.append(date(e.doc, 0, "Jumat (3/5/2024)", "2024-05-03"))
    return e


def test_same_happening_without_the_cosine_needs_a_shared_name_and_the_same_words() -> None:
    """The second path of the rule alone (cosine 0): what a rewording keeps, beyond names and dates."""
    arts = [*_eruption_reports(), _school_closure()]
    corpus = build_corpus(_story(arts))

    def same(x: str, y: str) -> bool:
        return same_happening(corpus, (corpus.by_id[x], 0), (corpus.by_id[y], 0), 0.0)

    assert same("g1", "g2") and same("g1", "g4")  # the eruption, told three ways
    assert not same("g1", "g3")  # no common name: the dam
    assert not same("g1", "g5")  # the mountain and the Friday in common, but schools closing
    assert not same_happening(corpus, (corpus.by_id["g1"], 1), (corpus.by_id["g2"], 2), SAME_HAPPENING_COSINE - 0.01)


def test_a_shared_name_alone_does_not_merge_happenings() -> None:
    a, b, _c, d = _eruption_reports()
    e = _school_closure()  # same date, same mountain, a different happening
    [line] = synthesize(_story([a, b, d, e])).storylines
    on_3_may = [t for t in line.timeline if t.value == "2024-05-03"]
    assert [[c.article for c in t.citations] for t in on_3_may] == [["g1", "g2", "g4"], ["g5"]]


def test_sentences_without_a_date_are_not_placed_at_the_publication_date() -> None:
    a, _b, _c, _d = _eruption_reports()
    [line] = synthesize(_story([a])).storylines
    cited = {(c.article, c.sentence) for t in line.timeline for c in t.citations}
    assert cited == {("g1", 0)}  # sentence 1 names no date


def test_a_date_a_figure_is_compared_with_does_not_place_the_sentence() -> None:
    """``terendah sejak Juli 2009`` and ``dibanding penutupan Senin`` are comparisons, not happenings;
    ``sejak awal September`` is when something began and stays on the timeline."""
    from kliping.synth.timeline import comparison_date, delivery_month

    a = make_ev("o1", (
        "Harga minyak mentah ditutup pada 61,20 dollar AS per barel, terendah sejak Juli 2009. "
        "Brent melemah 40 sen dibanding penutupan Senin (8/12/2014). "
        "Korea Utara mengirim ribuan kontainer sejak awal September 2014."
    ), published="2014-12-12")
    for s, text, value, gran in ((0, "Juli 2009", "2009-07", "month"), (1, "Senin (8/12/2014)", "2014-12-08", "day"),
                                 (2, "awal September 2014", "2014-09", "month")):
        a.times.append(date(a.doc, s, text, value, gran))
    assert comparison_date(a.doc.sentences[0].text, a.times[0].start)
    contract = "Minyak Brent untuk pengiriman Januari turun 1,45 dollar AS pada Kamis."
    assert delivery_month(contract, contract.index("Januari"))  # a delivery month names the contract
    assert not delivery_month(contract, contract.index("Kamis"))
    assert not comparison_date(contract, contract.index("Kamis"))
    # a comparison before the date's own phrase is about something else: Monday is when it happened
    monday = "Harga naik 2 persen dibanding pekan lalu pada perdagangan Senin."
    assert not comparison_date(monday, monday.index("Senin"))
    # a decimal comma does not end the clause
    decimal = "Harganya terendah dalam 5,5 tahun sejak Juli 2009."
    assert comparison_date(decimal, decimal.index("Juli"))
    assert not comparison_date(a.doc.sentences[2].text, a.times[2].start)
    [line] = synthesize(_story([a])).storylines
    assert [t.value for t in line.timeline] == ["2014-09"]
