"""A reference date (the day of a price a calculation or comparison refers to) is no happening of its
sentence. Sentences are invented; the time extractor and the timeline are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import placements


def test_a_date_in_the_object_of_a_reference_verb_is_not_placed() -> None:
    placed = placements(
        "Pengamat energi itu menghitung ulang biaya produksi bensin. "
        "Dengan merujuk harga minyak mentah dunia pada 19 Mei 2025 sebesar 64 dollar AS per barel, "
        "ongkos pokok bensin ditaksir Rp 9.000 per liter. "
        "Hitungan koperasi yang mengacu pada harga gabah tanggal 2 Juni menunjukkan petani merugi.",
        "2025-06-10")
    assert not {v for v, _s in placed} & {"2025-05-19", "2025-06-02"}


def test_a_date_after_a_comparison_word_and_its_object_is_not_placed() -> None:
    # ``pada`` opens the date's phrase inside the comparison's object: the base of the fall
    placed = placements("Harga cabai rawit di pasar induk turun 10 persen dibandingkan dengan harga pada 3 Juni 2025.",
                        "2025-06-10")
    assert not any(v == "2025-06-03" for v, _s in placed)


def test_the_happening_after_a_dated_comparison_or_beside_a_reference_stays() -> None:
    placed = placements(
        "Harga gabah di tingkat petani naik 2 persen dibanding pekan lalu pada perdagangan Senin (9/6/2025). "
        "Pemerintah menaikkan harga pupuk pada Selasa (10/6/2025), mengacu pada keputusan menteri. "
        "Polisi menangkap pelaku pada Rabu (11/6/2025) setelah merujuk rekaman kamera pengawas.",
        "2025-06-12")
    # the comparison has its own date (pekan lalu), so Monday is the rise's day; a verb or a clause
    # break between the reference word and the date leaves the date to its own verb
    assert {("2025-06-09", 0), ("2025-06-10", 1), ("2025-06-11", 2)} <= placed


def test_a_verb_shaped_noun_does_not_cut_the_reference_object() -> None:
    """``mentah`` (crude) has the shape of a me- verb; read as one, it hid the reference verb."""
    placed = placements("Analis itu merujuk harga minyak mentah pada 2 Mei 2025 untuk menaksir subsidi.", "2025-06-10")
    assert not any(v == "2025-05-02" for v, _s in placed)
