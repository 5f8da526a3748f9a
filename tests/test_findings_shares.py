"""Shares of a budget spent (``penyerapan``, ``terserap``) are keyed by their owner
(``synth.figures.shares.share_measures``): a list of each ministry's share is no breakdown and no series of one figure,
and one ministry's later share updates its own. Invented Indonesian reports run through the real extractor, linker and
synth."""

from __future__ import annotations

from kliping.link import link
from kliping.synth import synthesize
from tests.test_synth_figures import _ev, _found

_LIST = _ev("s1", "Kementerian Keuangan mencatat penyerapan anggaran sejumlah kementerian masih rendah menjelang "
            "akhir tahun. Beberapa kementerian dengan pagu besar penyerapannya masih di bawah 60%. Badan Pangan "
            "Nasional per 30 September tercatat 21,4%, Kementerian Perhubungan sedikit di bawah 60% di angka 55,1%, "
            "dan Kementerian Sosial di 38,6%, kata wakil menteri itu di Jakarta.", "2025-10-14", "Warta Contoh")


def _tables(d) -> dict[str, list[float]]:
    return {f.about: [v.value for v in f.values] for line in d.storylines for f in line.figures if f.unit == "%"}


def test_a_list_of_ministries_shares_is_one_share_per_ministry() -> None:
    """Each share of the list is its ministry's (the bound ``sedikit di bawah 60%`` says the 55,1% again), one table
    each, and no finding reads one ministry's share as a later value of another's."""
    d = synthesize(link([_LIST]))
    tables = _tables(d)
    assert tables.get("serapan (Kementerian Perhubungan)") == [55.1]
    assert tables.get("serapan (Badan Pangan Nasional)") == [21.4]
    assert tables.get("serapan (Kementerian Sosial)") == [38.6]
    assert _found(d, "update") == [] and _found(d, "discrepancy") == []


def test_a_ministrys_later_share_updates_its_own() -> None:
    """Three days later another report gives the transport ministry's share as of that day: the next reading of that
    share (a share spent grows through the year: no conflict with the earlier day's), not of the others'."""
    later = _ev("s2", "Menteri Keuangan menyatakan sampai hari ini dana yang sudah terserap Kementerian "
                "Perhubungan baru 61%, sehingga penyerapan anggaran kementerian itu perlu dipercepat.",
                "2025-10-17", "Kabar Lain")
    d = synthesize(link([_LIST, later]))
    assert _found(d, "update") == [[("s1", 2), ("s2", 0)]]
    # named as the one table both sentences give, though the list's sentence gives three (``name_by_series``)
    assert [f.about for line in d.storylines for f in line.findings if f.kind == "update"] == [
        "serapan (Kementerian Perhubungan)"]
    assert _found(d, "discrepancy") == []
