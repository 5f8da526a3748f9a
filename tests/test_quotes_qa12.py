"""A speaker described by what they were doing (docs/quotes.md, "Twelfth QA read"): ``kata warga
asal Kudus yang melintas, Budi (40)`` is said by Budi, as ``kata warga asal Kudus, Budi (40)`` was
read already. The sentences are written for these tests; the people and places are invented."""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes, speakers


def test_a_passer_by_described_by_a_relative_clause_then_named_speaks() -> None:
    assert speakers('"Airnya sudah sampai ke teras rumah," kata warga asal Kudus yang melintas, '
                    'Budi (40), saat ditemui, Senin (3/11/2025).') == ["Budi"]
    assert speakers('"Jalannya licin sekali sejak pagi," ujar seorang sopir truk yang terjebak macet, '
                    'Joko Prasetyo (41), kepada wartawan.') == ["Joko Prasetyo"]
    assert speakers('"Harga cabai naik dua kali lipat," kata pedagang yang berjualan di pasar itu, '
                    'Siti Aminah (52).') == ["Siti Aminah"]


def test_a_described_speaker_with_a_day_after_the_comma_stays_unnamed() -> None:
    """No person after the comma: a day or a place is no speaker, the quote is kept unnamed."""
    assert quotes('"Jalannya licin sekali," kata warga yang ditemui di lokasi, Senin (3/11/2025).') == [
        (True, "Jalannya licin sekali", None)]
    assert speakers('"Jalannya licin sekali," kata warga yang ditemui di lokasi, Jakarta Utara.') == [None]


def test_a_long_clause_before_the_comma_is_no_description_of_the_speaker() -> None:
    """More than a short description (a whole clause of its own) does not reach the name."""
    got = speakers('"Kami menunggu bantuan," kata warga yang sejak kemarin malam bertahan di atap rumah '
                   'bersama anak istri dan tetangga mereka yang lain, Rudi.')
    assert got == [None]
