"""What synthesis reads once per run instead of once per story or summary gives what the
per-story reading gave: word-bounded name search without a compiled pattern per name, the
publication span of each story from a run-wide index, name variants looked up by article, and one
reading of the sentences shared by every summary of a corpus.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

import random
import re

from kliping.model import Entity, FindingItem, NameVariant
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus, find_whole
from kliping.synth.findings import name_variant_findings
from kliping.synth.summary import SentenceFacts, sentence_facts
from tests.test_synth import _port_articles, _story


def test_find_whole_finds_where_the_word_bounded_pattern_finds() -> None:
    pieces = ["a", "B", "_", " ", ".", "1", "é", "ß", "-", "٣", "²", "Ⅳ", "\u0301", "ab", "a b", ""]
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        needle = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        m = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)
        assert find_whole(needle, text) == (m.start() if m else -1), (needle, text)
    assert find_whole("kim", "kimchi dan kim jong un") == 11
    assert find_whole("un", "kim jong-un") == 9  # a hyphen is no word character
    assert find_whole("un", "kim jong_un") == -1


def test_each_story_spans_its_own_articles_days_in_a_run_of_several_stories() -> None:
    arts = list(_port_articles())  # published 2024-04-01, -02, -03 and -20
    dossier = synthesize(_story(arts, groups=[["p1", "p2"], ["p3", "p4"], ["p2", "p4"]]))
    spans = [(s.start, s.end) for s in dossier.stories]
    assert spans == [("2024-04-01", "2024-04-02"), ("2024-04-03", "2024-04-20"), ("2024-04-02", "2024-04-20")]


def test_name_variants_with_the_runs_names_read_as_with_its_entities() -> None:
    ent = Entity("E1", "Dinas Perikanan Kota", "ORG", ["Dinas Perikanan Kota", "Dinas Perikanann Kota"])
    nv = NameVariant("E1", ["Dinas Perikanan Kota", "Dinas Perikanann Kota"], [
        FindingItem("a1", 0, "Dinas Perikanan Kota menebar benih ikan di waduk."),
        FindingItem("a2", 2, "Petugas Dinas Perikanann Kota mencatat jumlah benih.")])
    plain = name_variant_findings([nv], [ent], {"a1", "a2"})
    assert plain and plain[0].about == "Dinas Perikanan Kota"
    assert name_variant_findings([nv], [], {"a1", "a2"}, names={"E1": "Dinas Perikanan Kota"}) == plain


def test_every_summary_of_a_corpus_shares_one_reading_of_its_sentences() -> None:
    corpus = build_corpus(_story(list(_port_articles())))
    shared = sentence_facts(corpus)
    assert sentence_facts(corpus) is shared
    fresh = SentenceFacts(corpus)
    for a, s in corpus.rows:
        assert shared(a, s) == fresh(a, s)
