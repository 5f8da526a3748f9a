"""An organisation's acronym written alone in one story is the body another story of its event or
storyline spells it out for (docs/ner.md, "Alias resolution", "An acronym alone in a story of the
storyline"). Sentences written for these tests; the bodies are invented."""

from __future__ import annotations

from kliping.link.aliases import collect_mentions, resolve
from tests.test_aliases_rules import _doc
from tests.test_aliases_short_names import _evidence

_SPELT = _doc("a1", 3, "Badan Pengawas Irigasi Rakyat (BPIR) memeriksa saluran air di Kabupaten Klaten pada Senin "
              "(3/6/2024).",
              "Petugas menemukan pintu air yang rusak di tiga desa.")
_ALONE = _doc("a2", 5, "Pekerjaan perbaikan saluran di Klaten dimulai pada Rabu (5/6/2024).",
              "BPIR meminta warga melapor bila air tidak mengalir ke sawah.")


def _entity_of(evs, event_of, storyline_of, article: int, text: str) -> set[str]:
    """The entity ids of the mentions written ``text`` in article ``article``, resolved with the
    given events and storylines."""
    mentions = collect_mentions(evs, list(range(len(evs))))
    _ents, ids, _variants, _keys = resolve(evs, mentions, event_of, storyline_of)
    return {ids[(article, j)] for j, m in enumerate(evs[article].mentions) if m.text == text and (article, j) in ids}


def _joined(evs, event_of, storyline_of, alone: int, acronym: str, name: str) -> bool:
    """Whether the acronym's alone uses in article ``alone`` are the entity of ``name``."""
    named = {i for a in range(len(evs)) if a != alone for i in _entity_of(evs, event_of, storyline_of, a, name)}
    used = _entity_of(evs, event_of, storyline_of, alone, acronym)
    return bool(used) and used <= named


def test_an_acronym_alone_joins_the_name_its_storyline_spells_it_out_for():
    evs = _evidence(_SPELT, _ALONE)
    assert "BPIR" in {m.text for m in evs[1].mentions}
    assert _joined(evs, {0: "e1", 1: "e2"}, {0: "s1", 1: "s1"}, 1, "BPIR", "Badan Pengawas Irigasi Rakyat")


def test_an_acronym_alone_in_another_storyline_stays_apart():
    evs = _evidence(_SPELT, _ALONE)
    assert not _joined(evs, {0: "e1", 1: "e2"}, {0: "s1", 1: "s2"}, 1, "BPIR", "Badan Pengawas Irigasi Rakyat")


def test_an_acronym_its_storyline_spells_out_for_two_bodies_joins_neither():
    other = _doc("a3", 4, "Balai Pemantau Irigasi Rawa (BPIR) juga turun ke lokasi pada Selasa (4/6/2024).")
    evs = _evidence(_SPELT, other, _ALONE)
    places = {0: "e1", 1: "e2", 2: "e3"}, {0: "s1", 1: "s1", 2: "s1"}
    assert not _joined(evs, *places, 2, "BPIR", "Badan Pengawas Irigasi Rakyat")
    assert not _joined(evs, *places, 2, "BPIR", "Balai Pemantau Irigasi Rawa")


def test_a_bracketed_acronym_not_made_of_the_names_initials_is_no_spelling():
    wrong = _doc("a4", 3, "Badan Pengawas Irigasi Rakyat (KPIR) memeriksa saluran air di Kabupaten Klaten pada Senin "
                 "(3/6/2024).")
    alone = _doc("a5", 5, "KPIR meminta warga melapor bila air tidak mengalir ke sawah pada Rabu (5/6/2024).")
    evs = _evidence(wrong, alone)
    assert "KPIR" in {m.text for m in evs[1].mentions}
    assert not _joined(evs, {0: "e1", 1: "e2"}, {0: "s1", 1: "s1"}, 1, "KPIR", "Badan Pengawas Irigasi Rakyat")
