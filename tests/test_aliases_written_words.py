"""``link.aliases.spans._written_words``: the words an article writes, as cased, read once for all its
sentence-opening names (``_drop_opening_word`` asks whether an opening word is also written in lower case)."""

from __future__ import annotations

from kliping.link.aliases.spans import _written_words


def test_a_word_is_written_alone_only_as_a_whole_run() -> None:
    text = "Gagasan Megawati ini dibahas. Gagasannya diterima, dan gagasan itu dijalankan pada 2025."
    written = _written_words(text)
    assert "gagasan" in written and "Gagasan" in written
    assert "gagasannya" not in written  # only "Gagasannya", capitalised, as a whole word
    assert "gagas" not in written and "2025" in written


def test_a_word_only_inside_a_longer_one_is_not_written() -> None:
    assert "untung" not in _written_words("Untung Wahyudi meraih keuntungan besar.")
