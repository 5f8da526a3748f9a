"""Findings and as_of fixes from the third QA read (issues 13 and 21): a change an article states itself is an
update, and a year the sentence before names is the period of a continuing sentence's figures.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.quantities import extract_quantities
from kliping.extract.times import extract_times
from kliping.model import Document, Quantity
from kliping.text import split_sentences
from tests.test_synth_figures import _dossier, _ev, _found

# --------------------------------------------------------------------------- stated changes (issue 13)


def _updates(text: str) -> list[list[tuple[str, int]]]:
    return _found(_dossier(_ev("c1", text, "2025-10-21", "Warta Contoh")), "update")


def test_a_cut_from_one_value_to_another_in_one_sentence_is_an_update() -> None:
    """``dipangkas dari X menjadi Y``: the article states the change, the one sentence carries both values."""
    text = ("Pemerintah provinsi memangkas kuota beasiswa dari 4.000 mahasiswa menjadi 3.200 mahasiswa tahun ini. "
            "Pendaftaran dibuka bulan depan di semua kampus negeri.")
    assert _updates(text) == [[("c1", 0)]]


def test_a_rise_with_its_size_between_the_values_is_one_update() -> None:
    """``dari Rp 5.000 naik Rp 1.000 menjadi Rp 6.000``: only the size of the move stands between old and new."""
    text = "Tarif parkir motor di pusat kota dari Rp 5.000 naik Rp 1.000 menjadi Rp 6.000 sejak pekan lalu."
    assert _updates(text) == [[("c1", 0)]]


def test_a_value_marked_earlier_then_cut_in_the_next_sentence_is_an_update() -> None:
    """``semula X peserta`` then ``Namun, kuota itu dikurangi menjadi Y``: the new sentence names no noun and
    continues the one before, whose value it changes."""
    text = ("Kabupaten itu semula mendapat jatah 9 ribu peserta untuk program pelatihan kerja. "
            "Namun, kuota tersebut kemudian dikurangi menjadi 7 ribu. "
            "Dinas setempat kini memverifikasi data calon peserta di tiap kecamatan.")
    assert _updates(text) == [[("c1", 0), ("c1", 1)]]


def test_a_proposed_change_is_no_update() -> None:
    """``mengusulkan menaikkan ... dari X menjadi Y``: a proposal, the value has not moved."""
    text = "Kementerian mengusulkan menaikkan insentif guru honorer dari Rp 300.000 menjadi Rp 500.000 per bulan."
    assert _updates(text) == []


def test_a_list_of_changes_gives_no_update_it_could_not_name() -> None:
    """Two items each changed in one sentence (a price list): each item its own figure, no single fact."""
    text = ("Harga benih turun, yaitu padi dari Rp 12.000 per kilogram menjadi Rp 10.000 per kilogram dan jagung "
            "dari Rp 9.000 per kilogram menjadi Rp 8.000 per kilogram.")
    assert _updates(text) == []


def test_a_comparison_with_a_past_value_is_no_stated_change() -> None:
    """``berkurang dari X`` with no new value after ``menjadi``: a comparison, not a change from X to Y."""
    text = "Jumlah itu jauh berkurang dari total 20 ribu peserta yang sebelumnya terdaftar, kata kepala dinas."
    assert _updates(text) == []


# --------------------------------------------------------------------------- as_of from the sentence before (issue 21)


def _found_q(text: str, published: str = "2025-10-21") -> list[Quantity]:
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text), published=published)
    return extract_quantities(d, times=extract_times(d))
