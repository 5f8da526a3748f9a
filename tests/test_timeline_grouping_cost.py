"""The grouping's cheaper reading of a busy date gives what the plain reading gives: the cosines above
the bar kept sparse (``grouping._near_cosines``), each entity-sharing pair tested once, by the
plain words' overlap first and only in a group the sentence's figures do not contradict
(``grouping._Candidates``), and a group's figures read by kind (``sentences.StatedFigures``)."""

from __future__ import annotations

from kliping.model import Event, Story, StorylineGroup
from kliping.synth.corpus import build_corpus
from kliping.synth.timeline import dated_sentences
from kliping.synth.timeline import grouping as tl
from kliping.synth.timeline.sentences import Facts, Sentences, StatedFigures, contradicts
from tests.test_link_helpers import date, make_ev, qty

_NAMES = [("Kapolres Sleman", "ORG"), ("Polres Sleman", "ORG"), ("Bupati Klaten", "PERSON"), ("Sleman", "LOC"),
          ("Klaten", "LOC")]


def _busy_day():
    """Three articles of one Monday: two matters in one regency (Sleman) and one elsewhere, each
    sentence naming its place, some naming an office carrying the place too (two shared entities)."""
    texts = [
        ["Kapolres Sleman memeriksa lima saksi kasus jembatan gantung di Sleman, Senin (2/6/2025).",
         "Warga Sleman yang terdampak proyek pasar induk tercatat 40 keluarga, Senin (2/6/2025)."],
        ["Polres Sleman memeriksa lima saksi perkara jembatan gantung di Sleman, Senin (2/6/2025).",
         "Bupati Klaten meresmikan gedung sekolah baru di Klaten, Senin (2/6/2025)."],
        ["Kerugian proyek pasar induk di Sleman mencapai Rp 300 juta, Senin (2/6/2025).",
         "Kapolres Sleman menahan kontraktor jembatan gantung di Sleman, Senin (2/6/2025).",
         "Banjir merendam sawah petani Sleman sehingga panen padi warga tertunda, Senin (2/6/2025)."],
        ["Petani di Sleman mengeluhkan panen padi yang tertunda karena sawah terendam, Senin (2/6/2025).",
         "Pedagang pasar induk Sleman menolak relokasi ke lahan baru, Senin (2/6/2025)."],
    ]
    return _monday([(sents, []) for sents in texts])


def _monday(texts: list[tuple[list[str], list[tuple[int, str, float, str | None, str | None]]]]):
    """The corpus of one storyline of articles (sentences, counts as (sentence, text, value, noun, unit)),
    every sentence dated Monday 2 June 2025 and naming the entities of ``_NAMES`` it holds, and the
    sentences of that day."""
    arts = []
    for n, (sents, counts) in enumerate(texts):
        names = [(name, kind, k) for k, sent in enumerate(sents) for name, kind in _NAMES if name in sent]
        ev = make_ev(f"g{n}", " ".join(sents), published="2025-06-02", mentions=names)
        for k in range(len(sents)):
            ev.times.append(date(ev.doc, k, "Senin (2/6/2025)", "2025-06-02"))
        ev.quantities = [qty(ev.doc, k, text, value, noun=noun, unit=unit) for k, text, value, noun, unit in counts]
        arts.append(ev)
    story = Story(articles=arts, duplicate_of={}, entities=[], events=[Event("e1", [e.id for e in arts])],
                  storylines=[StorylineGroup("s1", ["e1"])])
    corpus = build_corpus(story)
    return corpus, dated_sentences(corpus, range(len(arts)))["2025-06-02"]


def test_near_cosines_are_the_dense_cosines_above_the_bar() -> None:
    corpus, items = _busy_day()
    rows = [corpus.sent_rows[(a, s)] for a, s, _g in items]
    dense = corpus.sims(rows, rows)
    near = tl._near_cosines(corpus, rows)
    for k in range(len(rows)):
        above = {j: float(dense[k, j]) for j in range(len(rows)) if float(dense[k, j]) >= tl.SAME_HAPPENING_COSINE}
        assert near[k].keys() == above.keys()
        assert all(abs(near[k][j] - above[j]) < 1e-12 for j in above)
    assert any(len(row) > 1 for row in near)  # the two reports of the Sleman bridge meet above the bar


def test_candidates_are_the_pairs_the_plain_rules_accept() -> None:
    """Below the bar, an earlier sentence sharing an entity is a candidate exactly when the overlap path
    accepts the pair, however many entities the two share."""
    corpus, items = _busy_day()
    cache = Sentences(corpus)
    rows = [corpus.sent_rows[(a, s)] for a, s, _g in items]
    near = tl._near_cosines(corpus, rows)
    cand = tl._Candidates(cache, items, near)
    named_pairs = 0
    for k, (a, s, _g) in enumerate(items):
        sure = cand.sure(k)
        named = cand.named(k, sure)
        assert not sure & named and all(j < k for j in sure | named)
        for j in range(k):
            y = items[j][:2]
            if j in near[k] or cache.speakers(a, s) & cache.speakers(*y) or y[0] == a:
                continue
            if cache.entities(a, s) & cache.entities(*y):
                named_pairs += 1
                assert j in named
                assert cand.overlaps(k, j) == tl._overlapping(cache, (a, s), y, named=True)
            else:
                assert j not in sure | named
        cand.add(k)
    assert named_pairs >= 10


def _counted_day():
    """Five articles of one Monday in one regency, stating counts, a loss and price moves: reports that
    agree, reports that disagree (five and seven witnesses; a price up and down) and one article's parts."""
    texts = [
        (["Kapolres Sleman memeriksa 5 saksi kasus jembatan gantung di Sleman, Senin (2/6/2025).",
          "Kerugian proyek jembatan gantung di Sleman mencapai Rp 300 juta, Senin (2/6/2025)."],
         [(0, "5 saksi", 5, "saksi", None), (1, "Rp 300 juta", 3e8, None, "IDR")]),
        (["Polres Sleman memeriksa 7 saksi kasus jembatan gantung di Sleman, Senin (2/6/2025).",
          "Kerugian proyek jembatan gantung di Sleman mencapai Rp 300 juta, Senin (2/6/2025)."],
         [(0, "7 saksi", 7, "saksi", None), (1, "Rp 300 juta", 3e8, None, "IDR")]),
        (["Harga cabai di pasar induk Sleman naik menjadi Rp 60 ribu per kilogram, Senin (2/6/2025).",
          "Pedagang pasar induk Sleman menjual 40 karung cabai, Senin (2/6/2025)."],
         [(0, "Rp 60 ribu", 6e4, None, "IDR"), (1, "40 karung", 40, "karung", None)]),
        (["Harga cabai di pasar induk Sleman turun menjadi Rp 60 ribu per kilogram, Senin (2/6/2025).",
          "Pedagang pasar induk Sleman menjual 55 karung cabai, Senin (2/6/2025)."],
         [(0, "Rp 60 ribu", 6e4, None, "IDR"), (1, "55 karung", 55, "karung", None)]),
        (["Kapolres Sleman memeriksa 5 saksi perkara jembatan gantung di Sleman, Senin (2/6/2025).",
          "Kerugian proyek jembatan gantung di Sleman mencapai Rp 450 juta, Senin (2/6/2025)."],
         [(0, "5 saksi", 5, "saksi", None), (1, "Rp 450 juta", 4.5e8, None, "IDR")]),
    ]
    return _monday(texts)


def test_a_groups_figures_by_kind_contradict_as_its_members_do() -> None:
    """:meth:`StatedFigures.contradicted` is :func:`contradicts` asked of every member of another article."""
    corpus, items = _counted_day()
    cache = Sentences(corpus)
    facts = [(a, cache.facts(a, s)) for a, s, _g in items]
    # an article stating two counts of one kind, or moving one price up and another down, contradicts no
    # sentence of its own: one report's parts
    extra: list[tuple[int, Facts]] = [(0, ({(None, "saksi"): {6.0}}, False, False)), (9, ({}, True, False)),
                                      (9, ({}, False, True)), (9, ({}, True, True)),
                                      (8, ({(None, "saksi"): {5.0, 7.0}}, False, True))]
    members = extra + facts
    seen = 0
    for cut in range(len(members)):
        figures = StatedFigures()
        figures.new()
        for b, f in members[:cut]:
            figures.add(0, b, f)
        for a, mine in members:
            plain = any(b != a and contradicts(mine, f) for b, f in members[:cut])
            assert figures.contradicted(0, a, mine) == plain
            seen += plain
    assert seen >= 10  # the day's reports do disagree


def test_the_grouping_is_the_plain_walk_over_every_group(monkeypatch) -> None:
    """Testing only the candidates, each group's figures first, groups the day as testing every member of
    every earlier group does."""
    corpus, items = _counted_day()
    groups = tl.group_sentences(corpus, items, Sentences(corpus))
    monkeypatch.setattr(tl._Candidates, "sure", lambda self, k: set(range(k)))
    assert groups == tl.group_sentences(corpus, items, Sentences(corpus))
    where = {(a, s): n for n, g in enumerate(groups) for a, s, _g in g}
    assert where[(0, 0)] == where[(4, 0)] != where[(1, 0)]  # five witnesses twice; seven is another report
    assert where[(2, 0)] != where[(3, 0)]  # the price up and down
