"""An entry told only by a direct quote shows a sentence that says who spoke and what: the sentence
introducing a whole quote (naming the speaker), or a quote's opening joined to its closing sentence
with the speaker. Sentences are invented; the time and quote extractors are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import timeline_of

PUBLISHED = "2025-10-07"


def _entries(text: str) -> list[tuple[str, list[int], str]]:
    return [(t.value, [c.sentence for c in t.citations], t.text) for t in timeline_of(text, PUBLISHED)]


def test_a_whole_quote_said_that_day_is_shown_by_its_introduction() -> None:
    [(value, cited, text)] = _entries(
        'Kepala Dinas Pertanian Asep Suryana memastikan stok pupuk subsidi di Tasikmalaya aman. "Stok pupuk '
        'subsidi kami cukup untuk musim tanam ini," kata Asep di Tasikmalaya, Senin (6/10/2025).')
    assert value == "2025-10-06" and cited == [0, 1]
    assert text.startswith("Kepala Dinas Pertanian Asep Suryana memastikan")


def test_an_introduction_that_does_not_name_the_speaker_is_not_shown() -> None:
    [(_value, cited, text)] = _entries(
        'Pupuk subsidi langka di Tasikmalaya. "Stok pupuk subsidi kami cukup untuk musim tanam ini," kata Kepala '
        'Dinas Pertanian Asep Suryana di Tasikmalaya, Senin (6/10/2025).')
    assert cited == [1] and text.startswith('"Stok pupuk')


def test_an_opening_said_that_day_is_shown_with_the_close_naming_the_speaker() -> None:
    [(value, cited, text)] = _entries(
        'Warga Desa Sukamaju mendatangi Polres Garut. "Hari ini kami melaporkan pengembang perumahan yang tak '
        'kunjung menyerahkan sertifikat rumah warga. Laporan kami mengacu pada pasal penipuan," kata kuasa hukum '
        'warga, Budi Santoso.')
    assert value == PUBLISHED and cited == [2, 1]
    assert " … " in text and text.endswith("kata kuasa hukum warga, Budi Santoso.")


def test_an_opening_telling_another_day_stays_alone() -> None:
    # yesterday's report is no happening of the day the quote was said: its close is not cited there
    [(value, cited, _text)] = _entries(
        'Polisi menyelidiki kasus penganiayaan di Garut. "Kemarin kami mendapat laporan penganiayaan di Pasar '
        'Baru. Tim kami langsung mendatangi lokasi," kata Kapolsek Kompol Dadang Hermawan.')
    assert value == "2025-10-06" and cited == [1]


def test_an_opening_and_its_close_cited_together_are_shown_together() -> None:
    [(value, cited, text)] = _entries(
        'Bupati membuka festival kopi di alun-alun. "Acara hari ini penting bagi petani kopi di Garut. Kami '
        'berharap harga kopi naik tahun depan," ujar Bupati Garut Rudy Gunawan, Selasa (7/10/2025).')
    assert value == PUBLISHED and sorted(cited) == [1, 2]
    assert text.startswith('"Acara hari ini') and " … " in text and text.endswith("Selasa (7/10/2025).")
