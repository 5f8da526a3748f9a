"""Sixth QA read, timeline: an entry citing only the closing sentence of a multi-sentence quote
(``Belum, belum, tahun depan belum," kata X, Rabu (27/8).``) showed a fragment. It now shows the
quote from its opening sentence (shortened), then ``…`` and the closing sentence, and cites both.
Sentences are invented; the time and quote extractors are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import timeline_of


def _entries(text: str, published: str = "2025-08-28") -> list[tuple[str, str, list[int]]]:
    return [(t.value, t.text, [c.sentence for c in t.citations]) for t in timeline_of(text, published)]


_LEAD = "Pemerintah menunda kenaikan iuran jaminan kesehatan. Artinya kebijakan itu tidak berlaku tahun depan. "


def test_a_quotes_closing_sentence_is_shown_with_the_quotes_opening() -> None:
    [(value, text, cited)] = _entries(
        _LEAD + '"Itu memang rencana jangka menengah, jadi tidak dalam waktu dekat. Belum, belum, tahun '
        'depan belum," kata Rofyanto kepada wartawan di Jakarta, Rabu (27/8/2025).')
    assert value == "2025-08-27"
    assert text.startswith('"Itu memang rencana jangka menengah') and " … Belum, belum" in text
    assert cited == [3, 2]  # the dated closing sentence first, then the opening


def test_a_long_opening_is_shortened() -> None:
    [(_value, text, _cited)] = _entries(
        _LEAD + '"Kami sudah menghitung ulang seluruh kebutuhan anggaran untuk program itu bersama dinas '
        'terkait di semua provinsi dan kabupaten yang ikut serta. Jadi menterinya saya," ungkap Budi '
        'kepada wartawan di Jakarta, Rabu (27/8/2025).')
    # one ellipsis stands for the rest of the opening and the sentences skipped, not two in a row
    assert "ikut serta" not in text and text.count("…") == 1 and "Jadi menterinya saya" in text


def test_a_one_sentence_quote_is_shown_as_it_is() -> None:
    [(_value, text, cited)] = _entries(
        _LEAD + '"Belum, belum, tahun depan belum," kata Rofyanto kepada wartawan di Jakarta, Rabu (27/8/2025).')
    assert "…" not in text and cited == [2]
