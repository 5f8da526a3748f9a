"""A quote that goes on with the sentence before it in its article (one or two sentences back) and
tells a date in its own words is one happening with that sentence when both are placed at that date:
a reader saw the happening twice, once told and once quoted. Not a quote dated only by its
attribution (the speaker's statement of that day is an occasion of its own), nor after a sentence
moving a figure (a day's reading). Sentences are invented; the time and quote extractors are the real
ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import timeline_of

PUBLISHED = "2025-10-08"


def _entries(text: str) -> list[tuple[str, list[int]]]:
    return sorted((t.value, sorted(c.sentence for c in t.citations)) for t in timeline_of(text, PUBLISHED))


def test_a_quote_telling_the_date_joins_the_sentence_it_goes_on_with() -> None:
    entries = _entries(
        "Pengurus koperasi nelayan melaporkan dugaan penggelapan dana ke Polres Bantul pada Senin (6/10/2025). "
        '"Senin kemarin kami serahkan semua bukti transfer kepada penyidik," kata ketua koperasi, Darto.')
    assert ("2025-10-06", [0, 1]) in entries


def test_a_quote_told_with_a_sentence_between_joins_too() -> None:
    entries = _entries(
        "Jembatan gantung di Desa Karangsari ditutup mulai Senin (6/10/2025). "
        "Perbaikan tali baja jembatan itu ditangani dinas pekerjaan umum. "
        '"Mulai Senin jembatan kami tutup untuk semua kendaraan," ujar camat setempat, Wulan.')
    assert ("2025-10-06", [0, 2]) in entries


def test_a_quote_dated_only_by_its_attribution_stays_its_own_statement() -> None:
    entries = _entries(
        "Terdakwa kasus pemalsuan ijazah tidak hadir di Pengadilan Negeri Sleman pada Senin (6/10/2025). "
        '"Klien kami sedang dirawat di rumah sakit," kata pengacaranya, Hendra, Senin (6/10/2025).')
    assert ("2025-10-06", [0]) in entries and ("2025-10-06", [1]) in entries


def test_a_quote_after_a_move_of_a_figure_stays_apart() -> None:
    entries = _entries(
        "Harga cabai rawit di Pasar Beringharjo naik tajam pada Senin (6/10/2025). "
        '"Senin ini kami belum bisa menurunkan harga karena pasokan dari petani seret," kata pedagang, Sri.')
    assert ("2025-10-06", [0, 1]) not in entries
