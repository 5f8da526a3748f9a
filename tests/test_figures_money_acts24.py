"""Money amounts a table still headed by a currency alone, named by what their sentence states (round 24).

* A passive act of money right after the amount (``Rp 12 triliun dari APBN dikucurkan untuk ...``, ``setiap Rp 1
  yang disalurkan ...``) names it as the active verb before it does (``penyaluran``); an amount that restates
  another in a second currency right before it is left to the exchange-rate rules.
* Collecting (``mengumpulkan``, ``menghimpun``) is an act of money, and a ``ber-`` verb of a money noun names the
  amount as that noun (``berpenghasilan`` -> ``penghasilan``, ``beromzet`` -> ``omzet``).
* ``<thing> dengan nilai Rp X`` is the value of the thing, as ``<thing> senilai Rp X`` is.
* ``Rp A untuk X, serta Rp B masing-masing untuk Y dan Z``: a breakdown whose second item puts ``masing-masing``
  between its amount and its ``untuk`` is still one list.
* Regional money written as its abbreviation (``PAD``, ``DBH``, ``DAU``, ``DAK``) is a money noun.

Invented reports; ``synth.figures.money``.
"""

from __future__ import annotations

from tests.test_figures_qa import _series


def test_a_passive_act_after_the_amount_names_it() -> None:
    series = _series("Rp 12 triliun dari APBN dikucurkan untuk penguatan program bantuan pangan bagi warga miskin.")
    assert series == {"penyaluran": [12e12]}
    assert _series("Setiap Rp 1 yang disalurkan pemerintah desa menghasilkan nilai tambah bagi warga.") == {
        "penyaluran": [1.0]}


def test_an_amount_with_no_act_after_it_stays_unnamed() -> None:
    # ``dipakai`` is no act of money: nothing names the sum
    assert "IDR" in _series("Rp 5 miliar dari kas daerah dipakai untuk membangun pasar.")


def test_collecting_is_an_act_of_money() -> None:
    series = _series("Direktorat Jenderal Bea Cukai (DJBC) berhasil mengumpulkan Rp 3 triliun dari para penunggak.")
    assert series.get("penghimpunan") == [3e12] and "IDR" not in series


def test_a_ber_verb_of_a_money_noun_names_the_amount_as_that_noun() -> None:
    assert _series("Ia berpenghasilan sekitar Rp 9 juta sebelum pajak.") == {"penghasilan": [9e6]}
    assert "omzet (per bulan)" in _series("Warung itu beromzet Rp 40 juta setiap bulan.")


def test_dengan_nilai_names_the_value_of_the_thing_before_it() -> None:
    series = _series("Keluarga korban luka mendapat gerobak bakso dengan nilai Rp 8 juta.")
    assert series.get("nilai gerobak bakso") == [8e6] and "IDR" not in series
    # a money noun before it still names the amount (``santunan``)
    assert _series("Keluarga korban luka menerima santunan berupa gerobak bakso dengan nilai Rp 8 juta.") == {
        "santunan": [8e6]}


def test_a_distributed_item_of_a_breakdown_continues_the_list() -> None:
    series = _series("Dana desa itu dipakai dengan rincian Rp 2 miliar untuk jalan desa, serta Rp 1 miliar "
                     "masing-masing untuk irigasi dan pasar.")
    assert series == {"dana": [2e9, 1e9]}


def test_regional_money_abbreviations_are_money_nouns() -> None:
    assert "DBH" in _series("Total DBH yang diterima kabupaten itu tahun ini mencapai Rp 800 miliar.")
    assert "PAD" in _series("Dewan meminta PAD kembali ke angka semula Rp 300 miliar.")


def test_a_cost_of_no_money_noun_is_headed_by_the_cost() -> None:
    """``Total biaya ... senilai Rp 2 miliar``: ``biaya``, not ``IDR (biaya)``; a cost per unit stays a rate."""
    assert _series("Total biaya yang dikeluarkan panitia untuk acara itu senilai Rp 2 miliar.") == {"biaya": [2e9]}
    assert _series("Panitia menargetkan biaya acara itu tidak lebih dari Rp 2 miliar.") == {"biaya (target)": [2e9]}
    assert _series("Setiap penelepon dikenakan biaya Rp 50 ribu per menit oleh operator itu.") == {
        "per menit (biaya)": [5e4]}


def test_an_offering_s_orderbook_names_its_amount() -> None:
    assert _series("Emisi obligasi itu berhasil menarik total orderbook sekitar USD 3 miliar.") == {
        "orderbook": [3e9]}


def test_a_relative_clause_of_a_recipient_does_not_break_a_list() -> None:
    """``dana sejumlah A kepada X yang telah memperkenalkan ..., dan sejumlah B kepada Y``: the verb describes X; both
    sums follow the same ``sejumlah`` after the fund, so both are ``dana``. A verb of the sentence still breaks one."""
    series = _series("Terdakwa menyerahkan dana sejumlah Rp 2 miliar kepada saksi Budi yang telah memperkenalkan "
                     "terdakwa dengan pejabat dinas, dan sejumlah Rp 700 juta kepada saksi Andi.")
    assert series == {"dana": [2e9, 7e8]}
    other = _series("Dari pagu Rp 1 triliun yang telah ditetapkan, lembaga itu sudah membelanjakan Rp 700 miliar.")
    assert other.get("anggaran") == [1e12] and 7e11 not in other["anggaran"]


def test_a_relative_clause_of_a_move_gives_the_new_value_the_first_one_s_noun() -> None:
    """``investasi senilai A di Batam, yang kemudian meningkat menjadi B``: B is the investment's new value, as in
    ``dari A menjadi B``; a clause with a verb before the comma, or no move, does not lend the noun."""
    series = _series("Pada Maret, perusahaan itu menjanjikan paket investasi senilai Rp 20 triliun di Batam, yang "
                     "kemudian meningkat menjadi Rp 25 triliun pada Juni.")
    assert series == {"investasi": [2e13, 2.5e13]}
    other = _series("Pada Maret, perusahaan itu menjanjikan paket investasi senilai Rp 20 triliun yang ditawarkan "
                    "kepada Batam, yang kemudian meningkat menjadi Rp 25 triliun pada Juni.")
    assert other.get("investasi") == [2e13]


def test_an_amount_restating_a_share_after_yaitu_is_named_by_what_the_share_is_of() -> None:
    """``telah menyerap 48 persen anggaran dari pagu Rp 3 triliun, yaitu sebesar Rp 1,4 triliun``: the sum absorbed;
    a share whose own clause names nothing (``angkanya mencapai 97 persen, yaitu Rp ...``) names nothing either."""
    series = _series("Hingga Juni, kementerian itu telah menyerap 48 persen anggaran dari pagu Rp 3 triliun, yaitu "
                     "sebesar Rp 1,4 triliun.")
    assert series.get("serapan") == [1.4e12]
    other = _series("Tahun lalu angkanya mencapai 97 persen, yaitu Rp 2,9 triliun dari pagu Rp 3 triliun.")
    assert other.get("IDR") == [2.9e12]
