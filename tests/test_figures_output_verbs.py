"""An output stated by a verb (``memompa``) and the level a per-day move reaches after the month it is told of.

``figure_cues.MEASURED_VERBS`` / ``figures.measures.measured_owner``: ``OPEC memompa 29,8 juta barel per hari`` is
OPEC's production, as ``Produksi OPEC`` is; ``figures.moves.moves_to``: ``turun 150.000 barel per hari pada Oktober
menjadi 29,65 juta barel`` reaches a per-day level, a month between the move and ``menjadi``. All sentences are written
for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract import extract
from kliping.link import link
from kliping.model import Quantity
from kliping.synth.figures.measures import article_orgs, measured_owner
from kliping.synth.figures.moves import moves_to
from tests.test_link_helpers import make_doc
from tests.test_synth_figures import _dossier, _ev, _found


def _qs(text: str) -> list[Quantity]:
    return sorted(extract(make_doc("q", text, published="2025-01-05")).quantities, key=lambda q: q.start)


def test_a_month_between_a_move_and_its_new_level_still_leads_to_the_level() -> None:
    text = "Produksi kartel itu turun 150.000 barel per hari pada Oktober menjadi 29,65 juta barel."
    move, level = _qs(text)[:2]
    assert moves_to(text, move, level)
    text = "Produksi kartel itu turun 150.000 barel per hari pada bulan Oktober 2024 menjadi 29,65 juta barel."
    move, level = _qs(text)[:2]
    assert moves_to(text, move, level)


def test_a_word_that_is_no_month_still_breaks_the_move_from_the_level() -> None:
    text = "Produksi kartel itu turun 150.000 barel per hari pada pekan lalu menjadi 29,65 juta barel."
    move, level = _qs(text)[:2]
    assert not moves_to(text, move, level)


_LEDE = "Harga minyak mentah dunia kembali melemah di tengah kekhawatiran pasokan yang berlimpah."


def _survey() -> object:
    """A later report: OPEC's output after a per-day fall, the month between the move and ``menjadi``."""
    return _ev("o2", " ".join([
        _LEDE,
        "Produksi OPEC turun 150.000 barel per hari pada Oktober menjadi 29,65 juta barel pada November, "
        "menurut survei sebuah kantor berita.",
        "Para analis menilai kelompok itu belum akan memangkas produksinya dalam waktu dekat."]),
        "2024-12-10", "Kabar Lain")


def test_an_output_pumped_then_an_output_moved_is_one_update() -> None:
    a = _ev("o1", " ".join([
        _LEDE,
        "OPEC, yang memasok sepertiga minyak dunia, memompa 29,8 juta barel per hari pada bulan Oktober.",
        "Para analis menilai kelompok itu belum akan memangkas produksinya dalam waktu dekat."]),
        "2024-11-12", "Warta Contoh")
    assert [("o1", 1), ("o2", 1)] in _found(_dossier(a, _survey()), "update")


def test_another_producer_pumping_is_no_stage_of_its_output() -> None:
    """The subject of ``memompa`` owns the output: Russia pumping is no reading of OPEC's production."""
    a = _ev("o1", " ".join([
        _LEDE, "Rusia memompa 10,6 juta barel per hari pada bulan Oktober.",
        "Para analis menilai produsen itu belum akan memangkas produksinya dalam waktu dekat."]),
        "2024-11-12", "Warta Contoh")
    assert _found(_dossier(a, _survey()), "update") == []


def test_the_subject_of_an_output_verb_owns_the_output() -> None:
    text = "OPEC, yang memasok sepertiga minyak dunia, memompa 29,8 juta barel per hari pada bulan Oktober."
    ev = link([extract(make_doc("v", text, published="2024-11-12"))]).articles[0]  # entity ids come from linking
    q = next(q for q in ev.quantities if q.value == 29_800_000)
    opec = next(m.entity for m in ev.mentions if m.text == "OPEC")
    assert measured_owner(ev, 0, text, q.start, orgs=article_orgs(ev))[:2] == (opec, True)
    assert measured_owner(ev, 0, text, q.start)[1] is False  # countries only: no owner named
