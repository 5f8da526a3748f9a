"""What a count's clause says was done, and to what (``synth.figures.counts.count_deed``,
``synth.findings.facts.same_deed``), the part of a total (``synth.figures.counts.part_of``) and a count continuing a
list: invented Indonesian reports run through the real extractor, linker and synth."""

from __future__ import annotations

from kliping.extract import extract
from kliping.ingest.glue import word_root
from kliping.link import link
from kliping.model import Evidence
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus
from kliping.synth.figures import Point, figure_points
from tests.test_link_helpers import make_doc

# Two sentences that tie the reports into one storyline; the counts come after them.
LEAD = ("Direktur PDAM Tirta Contoh, Budi Santoso, memantau program meteran air pintar di Kota Contoh. "
        "Program itu didanai APBD Kota Contoh dan diawasi DPRD. ")


def _ev(aid: str, text: str, published: str, source: str) -> Evidence:
    return extract(make_doc(aid, LEAD + text, published=published, source=source))


def _updates(*arts: Evidence) -> list[list[tuple[str, int]]]:
    d = synthesize(link(list(arts)))
    return [[(i.article, i.sentence) for i in f.items] for line in d.storylines for f in line.findings
            if f.kind == "update"]


def _points(*arts: Evidence) -> dict[str, Point]:
    corpus = build_corpus(link(list(arts)))
    return {p.q.text: p for pts in figure_points(corpus, range(len(corpus.articles))).values() for p in pts}


FIRST = ("m1", "Wali kota mengatakan, pemasangan meteran pintar PDAM sejauh ini baru menjangkau 1.200 rumah.",
         "2024-03-04", "Warta Contoh")
LATER = ("m2", "Hingga pertengahan Maret, realisasi pemasangan meteran PDAM di seluruh kecamatan mencapai 9.500 rumah "
         "pelanggan.", "2024-03-20", "Kabar Lain")


def test_one_act_done_to_one_thing_is_one_fact_however_the_sentences_are_worded(monkeypatch) -> None:
    """``pemasangan meteran pintar PDAM ... 1.200 rumah`` and ``realisasi pemasangan meteran PDAM ... 9.500 rumah``
    share few words (their sentence cosine is below ``FACT_COSINE``), but both clauses name one act (``pasang``)
    done to one thing (``PDAM``): the count of houses moved from 1.200 to 9.500."""
    from kliping.synth.findings import facts

    first, later = _ev(*FIRST), _ev(*LATER)
    assert _updates(first, later) == [[("m1", 2), ("m2", 2)]]
    monkeypatch.setattr(facts, "same_deed", lambda p, r: False)
    assert _updates(first, later) == []  # the wording alone does not tie them


def test_a_count_planned_or_of_another_act_joins_no_reported_count() -> None:
    """A count to be completed (``bakal rampung``) is no reading of what was done, and houses behind on their bills
    are not the houses fitted: neither becomes a stage of the fitted houses' update."""
    plan = _ev("m3", "Gubernur berjanji pemasangan perangkat PDAM untuk 50.000 rumah bakal tuntas tahun depan.",
               "2024-03-10", "Kabar Lain")
    owing = _ev("m4", "Sebanyak 300 rumah tercatat menunggak tagihan PDAM bulan ini.", "2024-03-12", "Warta Contoh")
    pts = _points(_ev(*FIRST), plan, owing)
    assert pts["50.000 rumah"].deed is None
    assert "pasang" not in pts["Sebanyak 300 rumah"].deed[0]
    assert _updates(_ev(*FIRST), plan, owing, _ev(*LATER)) == [[("m1", 2), ("m2", 2)]]


def test_the_act_of_a_relative_clause_after_the_count_is_its_act() -> None:
    """``40 kantor yang sudah terpasang ...`` counts offices fitted; ``12 kantor ... yang melayani pemasangan ...``
    counts offices serving the fitting: the first verb after ``yang`` is the act, not any word of the clause."""
    ev = _ev("m5", "Kini ada 40 kantor cabang yang sudah terpasang meteran pintar. Selain itu ada 12 kantor di pusat "
             "kota yang melayani pemasangan meteran pintar.", "2024-03-15", "Warta Contoh")
    pts = _points(ev)
    assert pts["40 kantor"].deed[0] == frozenset({"pasang"})
    assert pts["12 kantor"].deed[0] == frozenset({"layan"})


def test_the_part_of_a_total_is_a_reported_value_and_the_total_stays_out() -> None:
    """``80 sekolah yang terpasang panel surya, dari total 95 sekolah``: the 80 is the count the sentence reports (no
    breakdown), the 95 a total of its own, kept out of the comparisons as one of two values of one sentence."""
    ev = _ev("m6", "Dinas menyebut sudah ada 80 sekolah yang terpasang panel surya, dari total sebanyak 95 sekolah.",
             "2024-03-15", "Warta Contoh")
    pts = _points(ev)
    assert not pts["80 sekolah"].shared
    assert pts["sebanyak 95 sekolah"].shared


def test_a_count_continuing_a_list_shares_the_act_of_the_count_before_it() -> None:
    """``baru terpasang 9.500 meteran di rumah yang terhubung jaringan PDAM, serta 40 kantor``: the offices are fitted
    too; the clause of ``serta 40 kantor`` names no act, so it takes that of the count before it."""
    ev = _ev("m7", "Hingga kini baru terpasang 9.500 meteran di rumah yang terhubung jaringan PDAM, serta 40 kantor.",
             "2024-03-15", "Warta Contoh")
    deed = _points(ev)["40 kantor"].deed
    assert deed is not None and "pasang" in deed[0] and "pdam" in deed[1]


def test_one_act_written_as_noun_and_verb_has_one_root() -> None:
    assert word_root("pemasangan") == word_root("terpasang") == word_root("dipasangi") == "pasang"
    assert word_root("mobil") is None  # a root itself


def test_counts_of_two_different_acts_are_two_facts() -> None:
    """On one day one outlet counts residents examined, another residents referred: two facts, no discrepancy. The
    same act counted differently by the two outlets is one."""
    seen = _ev("d1", "Hari ini sebanyak 40 warga diperiksa petugas puskesmas keliling.", "2024-03-15", "Warta Contoh")
    sent = _ev("d2", "Hari ini sebanyak 9 warga dirujuk petugas puskesmas keliling.", "2024-03-15", "Kabar Lain")
    again = _ev("d3", "Hari ini sebanyak 9 warga diperiksa petugas puskesmas keliling.", "2024-03-15", "Kabar Lain")

    def discrepancies(*arts: Evidence) -> list[list[tuple[str, int]]]:
        d = synthesize(link(list(arts)))
        return [sorted((i.article, i.sentence) for i in f.items) for line in d.storylines for f in line.findings
                if f.kind == "discrepancy"]

    assert discrepancies(seen, sent) == []
    assert discrepancies(seen, again) == [[("d1", 2), ("d3", 2)]]
