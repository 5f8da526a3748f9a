"""Invariants that must hold for any text, checked on generated input (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kliping.extract import extract
from kliping.ingest import clean
from kliping.model import Article, ArticleError
from kliping.text import split_sentences, tokenize

# Indonesian-news-like alphabet: letters, digits, the punctuation the rules look at, quotes, newlines.
ALPHABET = st.sampled_from([
    *"abcdeiklmnoprstuyAKJMRS0123456789 .,;:!?-/()%$\"'“”‘’\n",
    " Rp", " US$", " kata ", " pukul ", " WIB", " Selasa ", "(12/9/2023)", " juta ", " lalu ", "Baca Juga: ",
])
TEXT = st.lists(ALPHABET, max_size=120).map("".join)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_sentences_are_exact_slices_in_order(text):
    sentences = split_sentences(text)
    last = 0
    for s in sentences:
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= last
        last = s.end


@FAST
@given(TEXT)
def test_tokens_are_ordered_non_empty_slices(text):
    last = 0
    for a, b in tokenize(text):
        assert last <= a < b <= len(text)
        last = b


@FAST
@given(TEXT)
def test_extracted_offsets_always_spell_their_text(text):
    try:
        doc = clean(Article(id="p", input="p", text=text, published="2023-09-14"))
    except ArticleError:
        return
    ev = extract(doc)
    for item in [*ev.mentions, *ev.quantities, *ev.times]:
        sentence = doc.sentences[item.sentence].text
        assert sentence[item.start:item.end] == item.text
