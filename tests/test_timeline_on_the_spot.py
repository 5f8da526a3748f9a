"""The outlet's reporter at the scene and a person quoted there that day are one happening
(``synth.timeline.grouping._on_the_spot``, switch ``REPORTER_ON_THE_SPOT``), and the joined entry cites
the quote from its introduction and opening (``shown_text.tail_sources``). Not when either was taken from
another text or said through one (a recap's ``Mengutip pantauan ...``, a broadcast). Sentences are
invented; the time and quote extractors are the real ones."""

from __future__ import annotations

from kliping.synth.timeline import grouping
from kliping.synth.timeline.grouping import reporter_on_the_spot
from tests.test_timeline_quote_introductions import _entries

_VISIT = 'Dari pantauan tim detikJabar di lokasi, Selasa (7/10/2025), air setinggi lutut masih menggenangi Jalan Merdeka. '
_BETWEEN = 'Pedagang di sepanjang jalan menutup kiosnya sejak pagi. '
_QUOTE = ('Seorang pedagang bakso, Asep Sunarya, mengaku rugi besar karena kiosnya terendam. "Sudah tiga hari saya '
          'tidak berjualan. Barang dagangan saya rusak semua," kata Asep saat ditemui, Selasa (7/10/2025).')


def test_the_reporters_look_is_read_with_the_outlets_own_name() -> None:
    assert reporter_on_the_spot('Selasa (7/10/2025) malam, detikJabar menyusuri jalan yang gelap itu.')
    assert not reporter_on_the_spot('Polisi memantau lokasi banjir, Selasa (7/10/2025).')
    assert not reporter_on_the_spot('Hal itu dikatakan Asep kepada detikJabar, Selasa (7/10/2025).')


def test_a_person_met_on_the_spot_joins_the_reporters_visit(monkeypatch) -> None:
    [(value, cited, text)] = _entries(_VISIT + _BETWEEN + _QUOTE)
    assert value == "2025-10-07" and text.startswith("Dari pantauan tim detikJabar")
    assert sorted(cited) == [0, 2, 3, 4]  # the visit, the introduction, the quote's opening and tail
    monkeypatch.setattr(grouping, "REPORTER_ON_THE_SPOT", False)
    assert len(_entries(_VISIT + _BETWEEN + _QUOTE)) == 2


def test_a_recap_or_a_broadcast_is_no_visit() -> None:
    recap = 'Mengutip pantauan detikJabar di lokasi, Selasa (7/10/2025), air setinggi lutut menggenangi Jalan Merdeka. '
    assert len(_entries(recap + _BETWEEN + _QUOTE)) == 2
    broadcast = _QUOTE.replace('saat ditemui', 'dalam siaran langsung di kanal YouTube')
    assert len(_entries(_VISIT + _BETWEEN + broadcast)) == 2


def test_each_sentence_is_read_for_the_scene_once_not_once_per_pair() -> None:
    """``_on_the_spot`` asks of one sentence for every candidate pair of its date; the readings are cached by
    text (the release phrases are matched against every word), so a date's grouping reads each sentence once."""
    grouping.reporter_on_the_spot.cache_clear()
    grouping._said_elsewhere.cache_clear()
    _entries(_VISIT + _BETWEEN + _QUOTE + ' ' + _QUOTE.replace('Asep Sunarya', 'Dedi Kurnia').replace('Asep', 'Dedi'))
    seen, said = grouping.reporter_on_the_spot.cache_info(), grouping._said_elsewhere.cache_info()
    assert seen.hits and said.hits  # asked again for later pairs, answered from the cache
    assert seen.misses <= 8 and said.misses <= 8  # at most once per sentence of the report
