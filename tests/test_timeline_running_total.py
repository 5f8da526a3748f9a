"""Ninth timeline round: a count "since X" (``sudah mengirim 7.000 kontainer sejak awal September``)
is a running total as of its statement. The day or month it counts from is no happening of the
sentence: the sentence is placed at the statement's day (its own date of saying, or the frame after
it, ``Angka itu disampaikan X, Selasa``), not at X. Sentences are invented; the time and quote
extractors are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import placements


def test_a_running_total_since_a_month_is_placed_at_the_day_the_frame_after_it_names() -> None:
    placed = placements(
        "Korea Utara diduga telah mengirim kira-kira 5.000 peti amunisi ke Rusia sejak awal Agustus. "
        "Angka itu disampaikan kepala intelijen Korea Selatan di depan parlemen, Selasa (17/10/2023). "
        "Moskow membantah tuduhan tersebut.",
        "2023-10-18")
    assert ("2023-08", 0) not in placed
    assert ("2023-10-17", 0) in placed and ("2023-10-17", 1) in placed


def test_a_running_total_since_a_day_keeps_only_the_statements_own_day() -> None:
    placed = placements(
        "Presiden mengatakan sudah 900 juta porsi makanan dibagikan kepada siswa sejak tanggal 6 "
        "Januari 2025 dalam sidang kabinet di Jakarta, Senin (20/10/2025). Program itu terus diperluas.",
        "2025-10-20")
    assert ("2025-01-06", 0) not in placed and ("2025-10-20", 0) in placed


def test_a_state_since_a_day_without_a_total_stays_at_that_day() -> None:
    # no count of a total: the detention began that day
    placed = placements(
        "Kedua tersangka penipuan arisan daring itu ditahan di Polres Bantul sejak Senin (13/10/2025). "
        "Polisi masih mencari korban lain.",
        "2025-10-16")
    assert ("2025-10-13", 0) in placed


def test_a_count_of_the_day_itself_is_still_placed_at_it() -> None:
    # ``pada`` is no start: 40 rumah were flooded that day
    placed = placements(
        "Banjir merendam sedikitnya 40 rumah warga di Kecamatan Cikarang pada Minggu (12/10/2025). "
        "Air mulai surut keesokan harinya.",
        "2025-10-13")
    assert ("2025-10-12", 0) in placed
