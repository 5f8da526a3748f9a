"""Money amounts their own clause does not name, named from the sentence before or from their own sentence
(issue 7, qf31: such amounts were tables headed by their currency alone, ``IDR``, ``USD``). Invented reports;
``synth.figures.money.anaphoric_money``, ``elided_move`` and ``realised_target``."""

from __future__ import annotations

from tests.test_figures_qa import _series


def test_a_nya_anaphor_takes_the_money_noun_of_the_sentence_before() -> None:
    """``jumlahnya``, ``nilainya``, ``totalnya`` point back as ``jumlah itu`` does."""
    for anaphor in ("jumlahnya", "nilainya", "totalnya"):
        series = _series("Dinas sosial menyiapkan dana hibah untuk koperasi petani sebesar Rp 40 miliar. "
                         f"Setelah rapat dengan dewan, {anaphor} dipangkas menjadi Rp 25 miliar.")
        assert sorted(series.get("dana", [])) == [25e9, 40e9] and "IDR" not in series, (anaphor, series)


def test_a_nya_anaphor_after_two_money_nouns_stays_unnamed() -> None:
    series = _series("Anggaran desa itu Rp 2 miliar, sedangkan utang desa mencapai Rp 500 juta. "
                     "Menurut camat, jumlahnya akan berubah menjadi Rp 800 juta tahun depan.")
    assert 8e8 not in series.get("anggaran", []) and 8e8 not in series.get("utang", [])


def test_a_move_with_no_subject_moves_the_amount_of_the_sentence_before() -> None:
    """``Tahun ini dinaikkan menjadi ...``, ``Di era Wali Kota X dinaikkan lagi menjadi ...``: the clause names no
    subject, so it moves the budget the sentence before gave."""
    for second in ("Tahun ini dinaikkan menjadi Rp 75 miliar.",
                   "Di era Wali Kota Budi Santoso dinaikkan lagi menjadi Rp 75 miliar."):
        series = _series(f"Pagu anggaran kesehatan kota itu tahun lalu Rp 50 miliar. {second}")
        assert sorted(series.get("anggaran", [])) == [50e9, 75e9] and "IDR" not in series, series
    prices = _series("Harga cabai rawit di pasar induk mencapai Rp 60.000. Sepekan kemudian turun menjadi Rp 45.000.")
    assert sorted(prices.get("harga", [])) == [45e3, 60e3]


def test_a_move_that_names_its_own_subject_is_not_the_amount_before() -> None:
    """``Tiket pesawat naik menjadi Rp 2 juta`` names what rose: not the budget of the sentence before."""
    series = _series("Anggaran mudik gratis kota itu Rp 5 miliar. Tiket pesawat naik menjadi Rp 2 juta.")
    assert 2e6 not in series.get("anggaran", [])


def test_a_target_named_only_as_a_target_is_a_target_of_what_its_sentence_reached() -> None:
    for text in ("Realisasi penerimaan pajak daerah itu mencapai Rp 800 miliar atau 40 persen dari target sebesar "
                 "Rp 2 triliun.",
                 "Dari target Rp 2 triliun tahun ini, realisasi penerimaannya baru Rp 800 miliar."):
        series = _series(text)
        assert series.get("penerimaan (target)") == [2e12] and series.get("penerimaan") == [8e11], series


def test_an_aim_by_a_verb_names_no_noun_of_its_own() -> None:
    """``menargetkan Rp 5 triliun`` beside a price: the verb's aim is not a target of the price."""
    series = _series("Harga gabah di tingkat petani Rp 6.500 per kilogram, sementara Bulog menargetkan Rp 5 triliun "
                     "untuk penyerapan tahun ini.")
    assert not any(k.startswith("harga") and 5e12 in v for k, v in series.items())


def test_a_sum_per_period_is_named_by_what_it_pays() -> None:
    """``tunjangan ... Rp 30 juta per bulan``: the rate's series names the allowance, as a price per kg names its
    product; with no money noun before it, the purpose after it (``untuk gaji ...``) names it."""
    series = _series("Tunjangan perumahan anggota dewan kota itu mencapai Rp 30 juta per bulan, sedangkan sewa kantor "
                     "fraksi Rp 20 juta per bulan.")
    assert series.get("per bulan (tunjangan)") == [3e7]
    wage = _series("Setiap desa di kabupaten itu menerima Rp 5 juta per bulan untuk gaji perangkat desa.")
    assert wage == {"per bulan (untuk gaji perangkat desa)": [5e6]}


def test_an_act_of_money_names_no_sum_per_period() -> None:
    """``menyalurkan BLT Rp 300 ribu per bulan``: the act is no name of the aid's rate."""
    series = _series("Pemerintah kota menyalurkan bantuan tunai Rp 300 ribu per bulan kepada warga lansia.")
    assert not any(k.startswith("per bulan (penyaluran") for k in series)
