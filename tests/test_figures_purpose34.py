"""A word of purpose (``agar``, ``supaya``) makes an aim only of an amount it moves or reaches; an amount its clause
merely names is a value there is (thirty-fourth reading: ``dana (target)`` of a handout told to be spent well, a
statute's fine under ``dengan maksud supaya``). Invented sentences; ``synth.figures.modes.amount_mode``."""

from __future__ import annotations

from tests.test_figures_qa import _series


def test_an_amount_a_purpose_clause_only_names_is_no_target() -> None:
    handout = _series("Pemerintah kota mengimbau warga agar memanfaatkan dana bantuan Rp 750.000 ini untuk kebutuhan "
                      "pokok keluarga.")
    assert not [k for k in handout if "target" in k] and any(750_000.0 in v for v in handout.values()), handout
    fine = _series("Setiap orang yang menyebarkan tuduhan dengan maksud supaya hal itu diketahui umum dipidana "
                   "dengan denda paling banyak Rp 250.000.000.")
    assert not [k for k in fine if "target" in k] and any(250e6 in v for v in fine.values()), fine


def test_an_amount_a_purpose_moves_or_reaches_is_still_an_aim() -> None:
    moved = _series("Fraksi itu meminta agar pendapatan asli daerah dikembalikan ke angka Rp 420 miliar.")
    assert [k for k in moved if "target" in k], moved
    wish = _series("Dinas pertanian berharap panen jagung tahun ini mencapai 15.000 ton.")
    assert [k for k in wish if "target" in k], wish


def test_the_fines_of_two_articles_of_a_law_are_no_update_of_each_other() -> None:
    from tests.test_synth_figures import _ev
    from tests.test_synth_findings import _findings

    one = _ev("uu-1", "Menurut Pasal 40 ayat (2) undang-undang itu, penyebar kabar bohong dipidana dengan denda paling "
                      "banyak Rp 750.000.000.", "2024-03-01", "Kabar Hukum")
    two = _ev("uu-2", "Menurut Pasal 41 undang-undang itu, pemalsu data pribadi dipidana dengan denda paling banyak "
                      "Rp 400.000.000.", "2024-03-02", "Warta Hukum")
    assert _findings([one, two], "update") == [] and _findings([one, two], "discrepancy") == []
    same = _ev("uu-3", "Menurut Pasal 40 ayat (2) undang-undang itu, penyebar kabar bohong dipidana dengan denda paling "
                       "banyak Rp 400.000.000.", "2024-03-02", "Warta Hukum")
    assert _findings([one, same], "update") + _findings([one, same], "discrepancy"), "one article's fine told twice"


def test_a_plan_before_karena_is_not_the_plan_of_the_reason_after_it() -> None:
    """``karena`` opens a clause of its own: the ``akan`` of the clause before it makes no plan of the count the
    reason gives (``... tidak akan mengurai kemacetan karena setiap tahun ada 90 ribu mobil baru``)."""
    reason = _series("Menurut pengamat, pelebaran jalan itu tidak akan mengurai kemacetan karena setiap tahun ada "
                     "90 ribu mobil baru yang masuk ke Kota Sukamaju.")
    assert not [k for k in reason if "target" in k] and any(90_000.0 in v for v in reason.values()), reason
    plan = _series("Dinas perhubungan akan menambah 40 bus kota karena penumpang terus bertambah.")
    assert [k for k in plan if "target" in k], plan


def test_a_count_of_one_that_is_a_rates_basis_is_no_figure() -> None:
    """``untuk satu pemilih``, ``1 kampung ... bisa diisi 2.000 keluarga``: the one is the unit another amount is
    given for (``synth.figures.counts.rate_basis``); a count of one suspect is a count."""
    bribe = _series("Calon itu diduga membagikan uang Rp 16 juta untuk satu pemilih di desa tersebut.")
    assert bribe == {"uang": [16_000_000.0]}, bribe
    village = _series("Menurut bupati, 1 kampung nelayan bisa diisi 2.000 keluarga.")
    assert village == {"keluarga": [2000.0]}, village
    for text in ("Polisi menetapkan satu tersangka dalam kasus pencurian itu.",
                 "Polisi menetapkan satu tersangka yang bisa dijerat hukuman lima tahun penjara."):
        assert _series(text).get("tersangka") == [1.0], text
