"""A table of a bare money noun (``anggaran``, ``dana``) whose values name two subjects or more by the words after the
noun (``anggaran pendidikan``, ``dana operasional``) is split by subject (issue 7: one ``anggaran`` table held the
budget of a ministry and the efficiency cut of all ministries). Invented reports; ``synth.figures.items.money_subject``,
``synth.figures.table.split_money_subjects``."""

from __future__ import annotations

from kliping.extract import extract
from kliping.link import link
from kliping.synth import synthesize
from tests.test_link_helpers import make_doc


def _series(*texts: str) -> dict[str, list[float]]:
    """``about -> values`` of the figures tables of invented reports (one storyline when they tell one story)."""
    evs = [extract(make_doc(f"f{k}", t, published=f"2025-03-0{k + 1}", source="Warta Contoh"))
           for k, t in enumerate(texts)]
    out: dict[str, list[float]] = {}
    for line in synthesize(link(evs)).storylines:
        for f in line.figures:
            out.setdefault(f.about, []).extend(v.value for v in f.values)
    return out


def test_two_subjects_of_one_budget_noun_are_two_tables() -> None:
    """The district's education budget and its health budget: the subject after ``anggaran`` names each (the noun
    before a demonstrative, ``kabupaten itu``, is no part of it); the first keeps the noun's table."""
    series = _series("Pemerintah Kabupaten Sukamaju menetapkan anggaran pendidikan sebesar Rp 300 miliar untuk tahun "
                     "depan. Sementara itu, anggaran kesehatan kabupaten itu hanya Rp 120 miliar.")
    assert series.get("anggaran") == [300e9] and series.get("anggaran (kesehatan)") == [120e9]


def test_a_value_naming_no_subject_goes_with_its_articles_one_subject() -> None:
    """A year list after ``dana hibah kelompok tani ... Rp A`` is the grant's: it stays with it, while another
    report's operational funds are split off."""
    series = _series(
        "Kejaksaan menyelidiki dugaan korupsi dana hibah kelompok tani di Provinsi Sukamaju. Pada 2019, dana hibah "
        "kelompok tani yang dicairkan pemerintah provinsi senilai Rp 40 miliar. Tahun 2020 Rp 45 miliar, 2021 Rp 52 "
        "miliar dan tahun 2022 Rp 60 miliar.",
        "Kejaksaan menyelidiki dugaan korupsi dana hibah kelompok tani di Provinsi Sukamaju. Dalam sebulan, kepala "
        "dinas itu menghabiskan dana operasional sebesar Rp 2 miliar.")
    assert series.get("dana") == [40e9, 45e9, 52e9, 60e9] and series.get("dana (operasional)") == [2e9]


def test_one_subject_or_a_time_or_a_stage_leaves_the_table_whole() -> None:
    """``pagu efektif`` names a stage, ``anggaran tahun ini`` a time, ``anggaran KPK`` the one subject: no table is
    named by a subject."""
    series = _series(
        "Pada 2024 realisasi anggaran lembaga itu mencapai 98 persen dari pagu efektif Rp 1,2 triliun. "
        "Anggaran tahun ini naik menjadi Rp 1,4 triliun, sementara anggaran KPK tahun depan diusulkan Rp 1,5 triliun.")
    assert not any(w in k.casefold() for k in series for w in ("kpk", "efektif", "tahun"))
