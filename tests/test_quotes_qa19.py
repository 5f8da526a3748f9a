"""Quotes from the nineteenth review: dotted acting titles, lower-case unnamed speakers.

* ``ujar Plt. Direktur Jenderal X Fulan``: the acting title written with its abbreviation's dot
  (``Plt.``, ``Plh.``, ``Pj.``, ``Pjs.``) is a title word like ``Plt``; the dot does not end the
  speaker phrase at ``Plt``, so the speaker is the person named after the office.
* ``Sebelumnya, polisi mengatakan …``, ``Dilansir AFP, panitia mengatakan …``, ``Sementara itu,
  warga setempat menyebut …``: a common noun for an unnamed speaker written in lower case after an
  opener is the same unnamed speaker as the capitalised ``Polisi mengatakan …``: a reported
  statement with no speaker name, not a missed one.

The sentences are written for these tests.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes


def test_a_dotted_acting_title_does_not_end_the_speakers_name() -> None:
    for title in ("Plt.", "Plh.", "Pj.", "Pjs."):
        got = quotes(f'"Antrean paspor kini selesai dalam satu jam," ujar {title} Direktur Jenderal Imigrasi '
                     'Rudi Hartono di Jakarta, Selasa (4/11/2025).')
        assert got == [(True, "Antrean paspor kini selesai dalam satu jam", "Rudi Hartono")], title


def test_a_dotted_acting_title_opening_a_reported_statement() -> None:
    got = quotes("Plt. Kepala Dinas Perhubungan Rudi Hartono mengatakan jalur bus baru dibuka bulan depan.")
    assert got == [(False, "jalur bus baru dibuka bulan depan", "Rudi Hartono")]
    got = quotes("Menurut Plt. Kepala Dinas Perhubungan Rudi Hartono, jalur bus baru dibuka bulan depan.")
    assert got == [(False, "jalur bus baru dibuka bulan depan", "Rudi Hartono")]


def test_a_lower_case_unnamed_speaker_after_an_opener_still_speaks() -> None:
    for opener in ("Sebelumnya, polisi", "Namun polisi", "Pada Kamis, polisi", "Dilansir Reuters, polisi"):
        got = quotes(f"{opener} mengatakan dua tersangka sudah ditahan di markas kepolisian.")
        assert got == [(False, "dua tersangka sudah ditahan di markas kepolisian", None)], opener
    got = quotes("Sementara itu, warga setempat menyebut genangan baru surut menjelang subuh.")
    assert got == [(False, "genangan baru surut menjelang subuh", None)]
    got = quotes("Di sisi lain, pihak sekolah menjelaskan ujian susulan digelar pekan depan.")
    assert got == [(False, "ujian susulan digelar pekan depan", None)]


def test_a_lower_case_noun_that_is_no_subject_gives_no_statement() -> None:
    # the noun is the object of another verb (a directive), not the one speaking
    assert quotes("Lurah meminta warga mengatakan keluhan lewat aplikasi.") == []
