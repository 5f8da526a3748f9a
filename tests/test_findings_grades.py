"""One benchmark grade's price is one fact however the reports word it (``synth.findings.facts.same_grade``):
invented Indonesian reports run through the real extractor, linker and synth."""

from __future__ import annotations

from kliping.link import link
from kliping.model import Evidence
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus
from tests.test_synth_figures import _ev, _found


def _cosine(a: Evidence, b: Evidence) -> float:
    """Sentence cosine of the two one-sentence reports: the rule under test decides only between
    ``FACT_COSINE_MEASURED`` and ``FACT_COSINE``, so each test first checks it is there."""
    corpus = build_corpus(link([a, b]))
    rows = [corpus.sent_rows[(corpus.by_id[x.id], 0)] for x in (a, b)]
    return float(corpus.sims(rows, rows)[0, 1])


_OCT = _ev("b1", "Minyak mentah Brent untuk pengiriman Oktober ditutup pada 82,40 dolar AS per barel di bursa London "
           "setelah laporan stok mingguan terbit.", "2025-09-08", "Warta Contoh")


def test_two_closes_of_one_grade_worded_apart_are_one_price_series() -> None:
    """A month later another outlet words the close of the next Brent contract differently (the market,
    the move, the reason): still the next reading of the Brent price, an update."""
    nov = _ev("b2", "Patokan Eropa Brent kontrak November berakhir melemah di level 76,15 dolar AS per barel karena "
              "kekhawatiran pasokan berlebih.", "2025-10-06", "Kabar Lain")
    assert 0.1 <= _cosine(_OCT, nov) < 0.2
    d = synthesize(link([_OCT, nov]))
    assert _found(d, "update") == [[("b1", 0), ("b2", 0)]]
    assert _found(d, "discrepancy") == []


def test_two_sentences_naming_both_grades_are_not_joined_by_grade() -> None:
    """A sentence naming Brent and WTI says no more of one price than of the other: two such sentences
    worded apart are not one grade's price by their names."""
    oct_both = _ev("b6", "Minyak mentah Brent dan WTI untuk pengiriman Oktober ditutup pada 82,40 dolar AS per barel di "
                   "bursa London setelah laporan stok mingguan terbit.", "2025-09-08", "Warta Contoh")
    nov_both = _ev("b4", "Patokan Eropa Brent dan WTI kontrak November berakhir melemah di level 76,15 dolar AS per barel "
                   "karena kekhawatiran pasokan berlebih.", "2025-10-06", "Kabar Lain")
    assert 0.1 <= _cosine(oct_both, nov_both) < 0.2
    assert _found(synthesize(link([oct_both, nov_both])), "update") == []


def test_a_forecast_average_of_the_grade_is_no_reading_of_its_price() -> None:
    """``rata-rata ... diperkirakan``: an estimate of the Brent price (``Point.scoped``), not the next close."""
    avg = _ev("b5", "Rata-rata harga Brent kontrak November diperkirakan berada di 76,15 dolar AS per barel karena "
              "kekhawatiran pasokan berlebih.", "2025-10-06", "Kabar Lain")
    assert 0.1 <= _cosine(_OCT, avg) < 0.2
    assert _found(synthesize(link([_OCT, avg])), "update") == []
