"""Thirteenth timeline round (twelfth QA read): two dates that are no happening of their sentence.
A month naming which data a release is of (``data inflasi Juni yang dirilis``) is the data's
period, and a period counted back that a state is likened to (``seperti bulan sebelumnya``) is a
comparison. Near variants keep their place. Sentences are invented; the time and quote extractors
are the real ones."""

from __future__ import annotations

from kliping.synth.timeline import comparison_date
from tests.test_timeline_quote_day import placements

PUBLISHED = "2025-10-16"


def _placed(text: str) -> set[str]:
    return {value for value, _ in placements(text, PUBLISHED)}


# --- a month naming which data a release is of ---------------------------------------------------


def test_the_month_of_released_data_is_not_the_date_of_the_move_it_caused() -> None:
    assert _placed("Yen melemah tajam setelah data penjualan ritel Jepang September 2025 yang dirilis "
                   "jauh di bawah perkiraan pasar.") == set()


def test_a_release_of_a_period_keeps_the_day_of_the_release_only() -> None:
    placed = _placed("Badan Pusat Statistik merilis neraca perdagangan periode September pada Rabu (15/10/2025).")
    assert placed == {"2025-10-15"}


def test_data_of_a_month_named_with_bulan_is_the_data_period_too() -> None:
    assert _placed("Data pengangguran Kanada bulan Agustus diumumkan lebih buruk dari dugaan analis pada "
                   "Rabu (15/10/2025).") == {"2025-10-15"}


def test_a_months_own_statistic_without_a_release_keeps_its_month() -> None:
    assert _placed("Inflasi tahunan Korea Selatan September 2025 tercatat 2,1 persen.") == {"2025-09"}


def test_a_release_in_a_month_keeps_its_month() -> None:
    # the verb stands between the data and the month: the release happened then
    assert _placed("Laporan data ekspor kopi itu dirilis pada September 2025 oleh asosiasi eksportir.") == {"2025-09"}


def test_a_month_after_a_release_word_but_no_data_noun_keeps_its_month() -> None:
    assert _placed("Pemerintah daerah mengumumkan kenaikan tarif air bersih pada September 2025.") == {"2025-09"}


def test_data_as_of_a_day_keeps_that_day() -> None:
    placed = _placed("Menurut data per 14 Oktober 2025 yang dirilis dinas kesehatan, ada 52 kasus demam berdarah.")
    assert "2025-10-14" in placed


# --- a period counted back that a state is likened to ---------------------------------------------


def test_a_state_likened_to_the_month_before_is_no_happening_of_that_month() -> None:
    assert _placed("Produksi pabrik tekstil di Bandung masih lesu seperti bulan lalu, bahkan makin turun.") == set()


def test_sama_seperti_and_sama_dengan_a_past_period_are_comparisons() -> None:
    assert _placed("Jumlah penumpang kapal cepat ke Batam sama seperti bulan lalu.") == set()
    assert _placed("Harga gabah kering panen di Karawang sama dengan bulan lalu.") == set()
    assert _placed("Penjualan mobil bekas naik lagi seperti halnya bulan lalu.") == set()


def test_the_same_period_without_a_likeness_word_keeps_its_month() -> None:
    assert _placed("Produksi pabrik tekstil di Bandung turun tajam bulan lalu.") == {"2025-09"}


def test_seperti_before_a_dated_example_keeps_the_example_day() -> None:
    # an example that happened then, not a comparison with a period counted back
    placed = _placed("Longsor sering menutup jalan itu, seperti pada 12 Oktober 2025 yang menimbun dua mobil.")
    assert "2025-10-12" in placed


def test_seperti_with_a_verb_before_the_date_keeps_the_day_of_saying() -> None:
    placed = _placed("Jalan itu ditutup sementara, seperti disampaikan kepala dinas pada Senin (13/10/2025).")
    assert "2025-10-13" in placed


def test_a_likened_period_is_a_comparison_date_for_figures_too() -> None:
    text = "Ekspor kayu lapis tetap 3,2 juta ton seperti bulan lalu."
    assert comparison_date(text, text.index("bulan lalu"))
    text = "Ekspor kayu lapis mencapai 3,2 juta ton bulan lalu."
    assert not comparison_date(text, text.index("bulan lalu"))
