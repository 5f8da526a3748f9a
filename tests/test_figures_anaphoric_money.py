"""An amount its sentence names only by an anaphor (``angka tersebut``, ``jumlah itu``) is named by the one money noun
of the sentence before (issue 7: such amounts were tables headed by their currency alone). Invented reports;
``synth.figures.money.anaphoric_money``."""

from __future__ import annotations

from tests.test_figures_qa import _series


def test_an_anaphor_takes_the_money_noun_of_the_sentence_before() -> None:
    """``angka tersebut`` after a sentence naming one fund: the new amount is the fund's."""
    series = _series("Pemerintah kota merencanakan dana hibah bagi koperasi nelayan tahun ini sebesar Rp 40 miliar. "
                     "Setelah rapat dengan dewan pekan lalu, angka tersebut dipangkas menjadi Rp 25 miliar.")
    assert sorted(series.get("dana", [])) == [25e9, 40e9] and "IDR" not in series


def test_jumlah_itu_in_a_later_clause_reads_the_same_way() -> None:
    """The anaphor may open a later clause (``..., jumlah itu naik ...``); the noun is the one the sentence before
    gave (``anggaran`` by its synonym ``pagu``)."""
    series = _series("Pagu dinas pendidikan kabupaten itu semula ditetapkan Rp 120 miliar. "
                     "Karena ada tambahan sekolah baru, jumlah itu naik menjadi Rp 135 miliar.")
    assert sorted(series.get("anggaran", [])) == [120e9, 135e9] and "IDR" not in series


def test_two_nouns_before_leave_the_anaphor_unnamed() -> None:
    """When the sentence before names two money nouns (a budget and a debt), the anaphor could be either: the amount
    keeps its currency; so does an anaphor after a sentence with no amount of that currency."""
    two = _series("Anggaran desa itu Rp 2 miliar, sedangkan utang desa mencapai Rp 500 juta. "
                  "Menurut camat, angka tersebut akan berubah menjadi Rp 800 juta tahun depan.")
    assert 8e8 not in two.get("anggaran", []) and 8e8 not in two.get("utang", [])
    none = _series("Warga desa itu mengeluhkan harga pupuk yang terus naik sejak awal musim. "
                   "Kepala desa menyebut angka tersebut kini mencapai Rp 9 juta.")
    assert not any(9e6 in v for k, v in none.items() if k != "IDR")


def test_an_anaphor_of_a_count_does_not_name_money() -> None:
    """``jumlah tersebut`` after a count of people (no money amount before): nothing to name the money by."""
    series = _series("Sebanyak 300 warga mengungsi akibat banjir di kecamatan itu. "
                     "Untuk jumlah tersebut, pemerintah menyiapkan Rp 2 miliar.")
    assert any(k.startswith("warga") for k in series) and not any(2e9 in v for k, v in series.items() if k != "IDR")
