"""The grouping's cheaper reading of a busy date gives what the plain reading gives: the cosines above
the bar kept sparse (``grouping._near_cosines``) and each entity-sharing pair tested once, by the
plain words' overlap first (``grouping._Candidates.of``)."""

from __future__ import annotations

import numpy as np

from kliping.model import Event, Story, StorylineGroup
from kliping.synth.corpus import build_corpus
from kliping.synth.timeline import dated_sentences
from kliping.synth.timeline import grouping as tl
from kliping.synth.timeline.sentences import Sentences
from tests.test_link_helpers import date, make_ev

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
    arts = []
    for n, sents in enumerate(texts):
        names = [(name, kind, k) for k, sent in enumerate(sents) for name, kind in _NAMES if name in sent]
        ev = make_ev(f"g{n}", " ".join(sents), published="2025-06-02", mentions=names)
        for k in range(len(sents)):
            ev.times.append(date(ev.doc, k, "Senin (2/6/2025)", "2025-06-02"))
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
        assert near[k] == above
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
        mask = cand.of(k)
        for j in range(k):
            y = items[j][:2]
            if j in near[k] or cache.speakers(a, s) & cache.speakers(*y) or y[0] == a:
                continue
            if cache.entities(a, s) & cache.entities(*y):
                named_pairs += 1
                assert bool(mask[j]) == tl._overlapping(cache, (a, s), y, named=True)
            else:
                assert not mask[j]
        cand.add(k)
    assert named_pairs >= 10
    assert isinstance(mask, np.ndarray)
