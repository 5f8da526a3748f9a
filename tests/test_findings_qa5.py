"""Findings fixes from the fourth QA read (findings defects): a price whose rate unit two reports spell differently
is compared, and a decline an article tells year by year (``turun menjadi ... pada 2023``, ``turun lagi pada 2024``)
is one update.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_synth_figures import _dossier, _ev, _found


def _updates(text: str) -> list[list[tuple[str, int]]]:
    return _found(_dossier(_ev("c1", text, "2025-03-02", "Warta Contoh")), "update")


def test_a_price_per_kg_and_per_kilogram_of_two_reports_is_one_update() -> None:
    a = _ev("p1", "Pemerintah menetapkan harga eceran tertinggi pupuk NPK bersubsidi sebesar Rp 2.300/kg untuk petani. "
            "Kebijakan itu berlaku di seluruh kios resmi.", "2025-01-10", "Warta Contoh")
    b = _ev("p2", "Harga eceran tertinggi pupuk NPK bersubsidi kini Rp 1.840 per kilogram bagi petani. "
            "Kios resmi wajib memasang daftar harga baru.", "2025-02-20", "Kabar Lain")
    assert [("p1", 0), ("p2", 0)] in _found(_dossier(a, b), "update")


def test_a_decline_told_year_by_year_is_one_update() -> None:
    """A value of 2020, ``Namun, produksinya merosot menjadi ... pada 2022`` and ``kembali turun di angka ... pada
    2024``: the years order the values, the change verbs say they moved, one chain of three sentences."""
    text = ("Pada 2020, Kabupaten Lembah Hijau menghasilkan teh hitam sebanyak 3.100 ton. "
            "Namun, produksinya merosot menjadi 1.950 ton pada 2022. "
            "Produksi teh kabupaten itu kembali turun di angka 1.400 ton pada 2024. "
            "Petani mengeluhkan cuaca yang tidak menentu.")
    assert _updates(text) == [[("c1", 0), ("c1", 1), ("c1", 2)]]


def test_values_of_two_years_without_a_change_verb_are_no_stated_update() -> None:
    """Two years' figures side by side, no verb of change: the article states no change."""
    text = ("Pada 2020, Kabupaten Lembah Hijau menghasilkan teh hitam sebanyak 3.100 ton. "
            "Namun, pada 2022 luas kebun teh tercatat 1.950 hektare.")
    assert _updates(text) == []


def test_a_later_year_value_of_another_figure_is_no_update() -> None:
    """The new sentence changes the price, the sentence before gave the harvest: the words before the new value name
    nothing of the earlier figure's clause."""
    text = ("Pada 2021, petani desa itu memanen 800 ton kopi. "
            "Namun, harga jualnya turun menjadi 600 ton setara beras pada 2023.")
    assert _updates(text) == []


def test_a_level_phrase_without_a_change_verb_is_no_new_value() -> None:
    """``berada di level 7.000``: where an index stands, no change from the value before."""
    text = ("Pada 2023, indeks saham ditutup pada 6.800 poin. "
            "Indeks itu lagi-lagi berada di level 7.000 poin pada 2024.")
    assert _updates(text) == []


def test_a_later_year_value_of_another_country_is_no_update() -> None:
    """Only the years order the values: a capitalised name the earlier sentence lacks (another country) is another
    thing measured."""
    text = ("Pada 2022, ekspor batu bara Indonesia mencapai 400 juta ton. "
            "Namun, ekspor batu bara Australia turun menjadi 350 juta ton pada 2024.")
    assert _updates(text) == []


def test_a_later_year_value_of_another_crop_is_no_update() -> None:
    text = ("Pada 2022, produksi padi Kabupaten Sukamaju mencapai 1.200 ton. "
            "Produksi jagung kabupaten itu kembali naik menjadi 800 ton pada 2024.")
    assert _updates(text) == []


def test_a_later_year_value_of_another_regency_grade_or_flow_is_no_update() -> None:
    for text in ("Pada 2021, produksi kopi Kabupaten Sukamaju mencapai 2.000 ton. "
                 "Namun, produksi kopi Kabupaten Lembang turun menjadi 1.500 ton pada 2023.",
                 "Pada 2023, harga minyak WTI mencapai 80 dolar AS per barel. "
                 "Namun, harga minyak Brent turun menjadi 75 dolar AS per barel pada 2024.",
                 "Pada 2023, harga beras medium mencapai Rp 12.000 per kg. "
                 "Harga beras premium kembali naik menjadi Rp 15.000 per kg pada 2024.",
                 "Pada 2022, stok beras nasional mencapai 3 juta ton. "
                 "Namun, impor beras turun menjadi 2 juta ton pada 2024."):
        assert _updates(text) == [], text


def test_a_chain_does_not_pick_up_another_product() -> None:
    """The third sentence is checked against the chain's first one: tea, then coffee, is no third step."""
    text = ("Pada 2020, produksi teh kabupaten itu mencapai 3.100 ton. "
            "Namun, produksinya merosot menjadi 1.950 ton pada 2022. "
            "Produksi kopi kabupaten itu kembali turun menjadi 1.400 ton pada 2024.")
    assert _updates(text) == [[("c1", 0), ("c1", 1)]]


def test_an_earlier_value_marked_by_a_cue_needs_no_same_name_check() -> None:
    """``sebelumnya`` marks the earlier value itself: the update stands as before."""
    text = ("Kuota haji daerah itu sebelumnya 9.000 jemaah. "
            "Namun, kuota tersebut dikurangi menjadi 8.000 jemaah.")
    assert _updates(text) == [[("c1", 0), ("c1", 1)]]


def test_prices_per_kg_of_two_products_are_no_discrepancy() -> None:
    """Rice per kg and chilli per kilogram on one day: both ``per kg``, two products (the word after ``harga``)."""
    a = _ev("r1", "Harga beras di Pasar Baru Kota Sukamaju mencapai Rp 14.000/kg pada Senin. "
            "Pedagang mengaku pasokan lancar.", "2025-03-03", "Warta Contoh")
    b = _ev("r2", "Harga cabai di Pasar Baru Kota Sukamaju mencapai Rp 60.000 per kilogram pada Senin. "
            "Pedagang mengaku pasokan lancar.", "2025-03-03", "Kabar Lain")
    d = _dossier(a, b)
    assert _found(d, "discrepancy") == [] and _found(d, "update") == []


def test_a_later_year_value_of_the_same_named_thing_is_still_an_update() -> None:
    """The same country and product in both sentences: the name check lets the year-ordered update stand."""
    assert _updates("Pada 2021, ekspor kopi Indonesia mencapai 400 ribu ton. "
                    "Namun, ekspor kopi Indonesia turun menjadi 350 ribu ton pada 2023.") == [[("c1", 0), ("c1", 1)]]
    assert _updates("Pada 2021, produksi beras nasional mencapai 31 juta ton. "
                    "Namun, produksi beras turun menjadi 30 juta ton pada 2023.") == [[("c1", 0), ("c1", 1)]]
