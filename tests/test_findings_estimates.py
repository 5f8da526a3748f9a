"""An estimated price (``harga keekonomian``: what a fuel costs to supply) is its own measure, compared with other
estimates of the same good and never with its pump price (``synth.figures.rate_measure``,
``synth.findings.facts.same_estimate``). Invented Indonesian reports run through the real extractor, linker and
synth."""

from __future__ import annotations

from kliping.link import link
from kliping.synth import synthesize
from tests.test_synth_figures import _ev, _found

_ANALYST = _ev("e1", "Seorang pengamat energi memperkirakan harga keekonomian BBM bersubsidi saat ini paling tinggi "
               "Rp 9.000 per liter, sehingga pemerintah justru untung Rp 1.000 per liter dari penjualan Pertalite.",
               "2025-03-03", "Warta Contoh")
_REGULATOR = _ev("e2", "Kepala badan pengatur hilir migas menyebut harga keekonomian Pertalite yang dihitung Pertamina "
                 "sempat menyentuh level Rp 10.500 per liter seiring melemahnya rupiah.", "2025-03-05", "Kabar Lain")


def test_two_estimates_of_one_fuels_cost_days_apart_conflict() -> None:
    """The analyst's estimate for the class (``BBM bersubsidi``) and the regulator's for one of its fuels two days later
    are one cost reckoned twice: a discrepancy, though the regulator's sentence writes ``level`` (an estimate is no
    market close) and the analyst's sentence also gives a profit per litre (no second value of the price)."""
    d = synthesize(link([_ANALYST, _REGULATOR]))
    assert _found(d, "discrepancy") == [[("e1", 0), ("e2", 0)]]


def test_an_estimated_price_is_not_compared_with_the_pump_price() -> None:
    """The price the fuel sells at (``harga Pertalite di SPBU``) is another measure than what it costs to supply: no
    finding between the two, whatever their values."""
    pump = _ev("e3", "Pemerintah memutuskan harga Pertalite di SPBU tetap Rp 10.000 per liter hingga akhir bulan "
               "meski harga keekonomian naik.", "2025-03-04", "Kabar Lain")
    d = synthesize(link([_REGULATOR, pump]))
    assert _found(d, "discrepancy") == [] and _found(d, "update") == []
