"""The day a quote was said, for its relative day words (``hari ini``, ``besok``): the date of its
attribution, or of the next sentence pointing back at it. Sentences are invented; the time and quote
extractors are the real ones."""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from kliping.extract.times import extract_times
from kliping.model import Event, Story, StorylineGroup, TimelineEntry
from kliping.synth import synthesize
from tests.test_link_helpers import make_ev


def timeline_of(text: str, published: str, mentions: list[tuple[str, str, int]] | None = None) -> list[TimelineEntry]:
    """The timeline of a one-article story, with the real time and quote extractors (names given as
    ``mentions``: text, type, sentence)."""
    ev = make_ev("q1", text, published=published, mentions=mentions)
    ev.times = extract_times(ev.doc)
    ev.quotes = extract_quotes(ev.doc)
    story = Story(articles=[ev], duplicate_of={}, entities=[], events=[Event("e1", ["q1"])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    [line] = synthesize(story).storylines
    return line.timeline


def placements(text: str, published: str) -> set[tuple[str, int]]:
    """(date, sentence) of every timeline placement of a one-article story."""
    return {(t.value, c.sentence) for t in timeline_of(text, published) for c in t.citations}


def test_a_quotes_hari_ini_is_the_day_its_attribution_names_not_the_publication_day() -> None:
    """Published Wednesday 22 October, said Tuesday 21: ``hari ini`` is the 21st, ``besok`` the 22nd."""
    placed = placements(
        'Warga Desa Sukamaju menggugat ganti rugi lahan jalan tol ke Pengadilan Negeri Sleman. '
        '"Hari ini kami serahkan berkas gugatan ke pengadilan," kata kuasa hukum warga, Budi Santoso, '
        'Selasa (21/10). "Besok kami bertemu pejabat kementerian," ujar Budi, Selasa (21/10).',
        "2025-10-22")
    assert ("2025-10-21", 1) in placed and ("2025-10-22", 1) not in placed
    assert ("2025-10-22", 2) in placed  # besok said on the 21st


def test_a_quote_dated_by_the_next_sentence_pointing_back_at_it_counts_from_that_day() -> None:
    """``Hal itu disampaikan Budi di Sleman, Selasa (21/10).`` dates the quote before it."""
    placed = placements(
        'Warga Desa Sukamaju menggugat ganti rugi lahan jalan tol ke Pengadilan Negeri Sleman. '
        '"Hari ini kami serahkan berkas gugatan ke pengadilan. Kami berharap hakim adil," kata Budi Santoso. '
        'Hal itu disampaikan Budi di Sleman, Selasa (21/10).',
        "2025-10-22")
    assert ("2025-10-21", 1) in placed and ("2025-10-22", 1) not in placed
    # a next sentence that does not point back at the quote leaves the publication day
    placed = placements(
        'Warga Desa Sukamaju menggugat ganti rugi lahan jalan tol ke Pengadilan Negeri Sleman. '
        '"Hari ini kami serahkan berkas gugatan ke pengadilan," kata Budi Santoso. '
        'Sidang perdana dijadwalkan pada Senin (27/10).',
        "2025-10-22")
    assert ("2025-10-22", 1) in placed


def test_a_frame_pointing_back_at_a_statement_is_one_entry_with_it_shown_by_the_statement() -> None:
    """``Hal itu diungkap X ..., Senin (20/10).`` dates the sentence before it: both are placed at
    the Monday in one entry, whose text is the statement, not the frame."""
    ev = make_ev("q2", (
        "Presiden meminta aparat menuntaskan kasus korupsi di daerah. "
        "Presiden menegaskan tidak ada pejabat yang kebal hukum. "
        "Hal itu diungkap Presiden dalam rapat kabinet di Istana, Jakarta, Senin (20/10) lalu."
    ), published="2025-10-22")
    ev.times = extract_times(ev.doc)
    ev.quotes = extract_quotes(ev.doc)
    story = Story(articles=[ev], duplicate_of={}, entities=[], events=[Event("e1", ["q2"])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    [line] = synthesize(story).storylines
    [entry] = [t for t in line.timeline if t.value == "2025-10-20"]
    assert [c.sentence for c in entry.citations] == [1, 2]
    assert entry.text.startswith("Presiden menegaskan")


def test_a_date_inside_what_a_frame_goes_on_to_tell_does_not_date_the_statement() -> None:
    """``Hal ini disampaikan Ali, menanggapi kabar ... setelah 30 November``: the date is the rumour's,
    not when Ali spoke, so the statement before stays unplaced."""
    placed = placements(
        "Pemasangan alat pemantau BBM di kendaraan pribadi sudah dimulai di Jakarta. "
        "Menurut dia, alat itu dipasang tanpa biaya. "
        "Hal ini disampaikan Ali, menanggapi kabar bahwa pemasangan setelah 30 November akan dikenai tarif.",
        "2013-11-29")
    assert not any(s == 1 for _v, s in placed)


def test_a_quote_introduced_by_a_dated_statement_of_its_speaker_counts_besok_from_that_day() -> None:
    """Said on Sunday 19 October (the introduction names the speaker and the day), published Monday:
    the quote's ``besok`` is Monday the 20th, not Tuesday."""
    text = ('Rapat kerja gubernur dengan para bupati digelar di gedung sate. '
            'Agenda rapat itu disampaikan juru bicara Pemprov, Yudi Wibowo, saat meninjau sekolah di Cimahi, '
            'Minggu (19/10). Ia menyebut rapat itu membahas anggaran banjir. '
            '"Semua bupati sudah kami undang, nanti besok rapatnya dimulai pagi. '
            'Gubernur akan memimpin langsung," kata Yudi.')
    placed = placements(text, "2025-10-20")
    assert ("2025-10-20", 3) in placed and ("2025-10-21", 3) not in placed
    # an introduction naming someone else does not date the quote: besok stays the publication's
    other = text.replace("Ia menyebut", "Sekda Sari Utami menyebut").replace(
        "juru bicara Pemprov, Yudi Wibowo,", "Sekda Sari Utami")
    assert ("2025-10-21", 3) in placements(other, "2025-10-20")


def _timeline(text: str, published: str):
    ev = make_ev("q3", text, published=published)
    ev.times = extract_times(ev.doc)
    ev.quotes = extract_quotes(ev.doc)
    story = Story(articles=[ev], duplicate_of={}, entities=[], events=[Event("e1", ["q3"])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    [line] = synthesize(story).storylines
    return line.timeline


def test_an_entry_of_a_quote_tail_is_shown_by_the_sentence_introducing_the_quote() -> None:
    """Only the quote's last sentence is dated (``..., kata Rina, Senin (20/10/2025).``): the entry
    cites and shows the sentence that introduces the quote and names its speaker, not ``Ketiga, ...``."""
    [entry] = [t for t in _timeline(
        "Banjir merendam tiga desa di Kabupaten Garut sejak akhir pekan. "
        "Kepala BPBD Garut Rina Lestari mengatakan pihaknya sudah menyiapkan tiga langkah darurat. "
        '"Pertama, kami dirikan dapur umum. Kedua, warga lansia kami ungsikan. '
        'Ketiga, pompa air kami kerahkan ke desa terparah," kata Rina, Senin (20/10/2025).',
        "2025-10-21") if t.value == "2025-10-20"]
    assert entry.text.startswith("Kepala BPBD Garut Rina Lestari mengatakan")
    # the quote's opening (``Pertama, ...``) stays cited with the introduction shown (round 26)
    assert [c.sentence for c in entry.citations] == [1, 2, 4]


def test_a_quote_tail_dated_by_what_the_quote_tells_keeps_its_own_text() -> None:
    """The tail's date is inside the quote (an event it tells), not the day it was said: the
    introduction is not of that day and is not added."""
    entries = [t for t in _timeline(
        "Kepala BPBD Garut Rina Lestari mengatakan pihaknya sudah menyiapkan tiga langkah darurat. "
        '"Pertama, kami dirikan dapur umum. Ketiga, pompa air sudah kami kerahkan hari Sabtu (18/10/2025)," '
        "kata Rina.", "2025-10-21") if t.value == "2025-10-18"]
    assert all(c.sentence != 0 for e in entries for c in e.citations)


def _digest(title: str) -> set[tuple[str, int]]:
    ev = make_ev("q4", (
        "Beragam kejadian di wilayah Cirebon dalam sepekan kami rangkum di sini. "
        "Puluhan siswa SD di Kuningan keracunan makanan, Rabu (15/10/2025). "
        '"Hari ini yang datang ke posko kebanyakan siswa kelas satu," kata petugas posko.'),
        title=title, published="2025-10-19")
    ev.times = extract_times(ev.doc)
    ev.quotes = extract_quotes(ev.doc)
    story = Story(articles=[ev], duplicate_of={}, entities=[], events=[Event("e1", ["q4"])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    [line] = synthesize(story).storylines
    return {(t.value, c.sentence) for t in line.timeline for c in t.citations}


def test_a_relative_day_retold_in_a_weekly_digest_is_not_counted_from_the_digests_day() -> None:
    """A Sunday recap retells a Wednesday quote: its ``hari ini`` is not the Sunday, and with no day
    of saying it is left out; the written date of the same story stays."""
    placed = _digest("Cirebon Sepekan: Siswa Keracunan Makanan di Kuningan")
    assert ("2025-10-15", 1) in placed and not any(s == 2 for _v, s in placed)
