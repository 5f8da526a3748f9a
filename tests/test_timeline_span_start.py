"""One sentence, one entry: a date after ``sejak`` opens a span and is the sentence's date only when no
other date of another clause tells its happening. Sentences are invented; the time and quote
extractors are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import placements

PUBLISHED = "2025-10-07"


def _placed(text: str) -> set[str]:
    return {value for value, _ in placements(text, PUBLISHED)}


def test_a_span_start_beside_the_days_own_happening_gives_that_day_only() -> None:
    assert _placed("Sejak 7 April 2025, harga beras premium di Pasar Cikurubuk terus naik, dan pada Senin (6/10) "
                   "harganya menembus Rp 16.000 per kilogram.") == {"2025-10-06"}


def test_a_span_start_inside_a_quote_is_the_background_of_the_statement_day() -> None:
    assert _placed('"Sejak 7 April kami terus memantau stok gabah di gudang-gudang desa," kata Kepala Dinas '
                   'Pertanian Asep Suryana di Tasikmalaya, Senin (6/10/2025).') == {"2025-10-06"}


def test_a_span_start_alone_dates_its_sentence() -> None:
    assert _placed("Sejak 7 April, harga cabai rawit di Garut naik hampir dua kali lipat.") == {"2025-04-07"}
    assert _placed("Kepala desa itu ditahan penyidik kejaksaan sejak 4 Maret 2025.") == {"2025-03-04"}


def test_a_span_start_in_one_clause_with_another_date_keeps_both() -> None:
    # the letter was received that Friday: no clause break between the two dates
    assert _placed("Surat panggilan kepada saksi hari ini juga sudah dikirim dan diterima sejak Jumat (3/10).") == {
        "2025-10-03", "2025-10-07"}


def test_a_span_from_a_start_to_an_end_is_not_dated_apart() -> None:
    assert "2025-06" in _placed("Penyaluran bantuan beras berlangsung sejak awal Juni hingga Agustus 2025.")


def test_two_span_starts_keep_each_other() -> None:
    placed = _placed("Tersangka pertama ditahan sejak Senin (29/9), sedangkan tersangka kedua ditahan sejak "
                     "Kamis (2/10).")
    assert placed == {"2025-09-29", "2025-10-02"}
