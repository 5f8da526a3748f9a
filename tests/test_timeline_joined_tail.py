"""A quote tail joined to an entry shown by a clearer sentence (the report of the day the quote was said)
cites the quote's opening and its introduction, as an entry shown by the quote does
(``synth.timeline.shown_text.tail_sources``, switch ``QUOTE_TAIL_CITES_WHOLE``); the shown sentence stays
the clear report. Sentences are invented; the time and quote extractors are the real ones."""

from __future__ import annotations

import pytest

from kliping.synth.timeline import shown_text
from tests.test_timeline_quote_introductions import _entries

_REPORT = ('Petugas Kecamatan Sukasari membersihkan saluran air yang tersumbat sampah di tiga kelurahan pada '
           'Selasa (7/10/2025). ')
_QUOTE = ('"Saluran air di tiga kelurahan tersumbat sampah. Petugas kami membersihkan saluran air itu mulai hari '
          'ini," kata Dedi, Selasa (7/10/2025).')


def test_a_joined_tail_cites_the_quotes_opening_and_introduction() -> None:
    [(value, cited, text)] = _entries(_REPORT + 'Camat Sukasari Dedi Mulyana meminta warga waspada banjir. ' + _QUOTE)
    assert value == "2025-10-07"
    assert text.startswith("Petugas Kecamatan Sukasari membersihkan")
    assert cited[0] == 0 and sorted(cited) == [0, 1, 2, 3]


def test_without_the_switch_the_joined_entry_cites_only_what_was_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shown_text, "QUOTE_TAIL_CITES_WHOLE", False)
    monkeypatch.setattr("kliping.synth.timeline.entries.QUOTE_TAIL_CITES_WHOLE", False)
    [(_value, cited, _text)] = _entries(_REPORT + 'Camat Sukasari Dedi Mulyana meminta warga waspada banjir. '
                                        + _QUOTE)
    assert sorted(cited) == [0, 3]


def test_an_introduction_of_another_occasion_is_not_cited() -> None:
    # the sentence before the quote tells of 2019: no introduction of the day the quote was said, so only
    # the quote's opening joins the report and the tail
    [(_value, cited, text)] = _entries(
        _REPORT + 'Pada 2019, Camat Sukasari Dedi Mulyana meminta warga waspada banjir. ' + _QUOTE)
    assert text.startswith("Petugas Kecamatan Sukasari membersihkan")
    assert 1 not in cited and sorted(cited) == [0, 2, 3]


def test_each_joined_quote_cites_its_own_opening_and_introduction() -> None:
    # two officials' quotes of one clean-up joined to its report: both quotes are evidence, each from its start
    second = (' Lurah Sukagalih Budi Santoso mengatakan warganya ikut membersihkan saluran air. "Warga kami turun ke '
              'saluran air sejak pagi. Sampah di saluran air itu kami angkut ke tempat pembuangan," kata Budi, '
              'Selasa (7/10/2025).')
    [(_value, cited, text)] = _entries(_REPORT + 'Camat Sukasari Dedi Mulyana meminta warga waspada banjir. ' + _QUOTE
                                       + second)
    assert text.startswith("Petugas Kecamatan Sukasari membersihkan")
    assert sorted(cited) == [0, 1, 2, 3, 4, 5, 6]


def test_an_entry_shown_by_one_quote_cites_the_other_quotes_from_their_start() -> None:
    # one official's two quotes of one Tuesday: the entry shows the first introduction and cites the
    # second quote's introduction and opening too, not only its tail
    [(value, cited, text)] = _entries(
        'Camat Sukasari Dedi Mulyana meminta warga waspada banjir. "Saluran air di tiga kelurahan tersumbat sampah. '
        'Petugas kami membersihkannya mulai pekan ini," kata Dedi, Selasa (7/10/2025). Dedi Mulyana juga meminta '
        'warga berhenti membuang sampah ke sungai. "Sampah di sungai membuat air meluap ke rumah warga. Kami akan '
        'memasang papan larangan di bantaran," ujar Dedi, Selasa (7/10/2025).')
    assert value == "2025-10-07" and text.startswith("Camat Sukasari Dedi Mulyana meminta")
    assert sorted(cited) == [0, 1, 2, 3, 4, 5]
