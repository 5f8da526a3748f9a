"""A quote's introduction shown for an entry told only by the quote: the introduction may name the
speaker by a mention the linker resolved to them (the attribution shortens or respells the name), and
may hold a time that places nothing and is no other occasion (``saat ini``, a year still to come),
but not a past one. The quote's opening stays cited with it. Sentences are invented; the time and
quote extractors are the real ones, the linker's result is set by hand."""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from kliping.extract.times import extract_times
from kliping.model import Event, Mention, Story, StorylineGroup, TimelineEntry
from kliping.synth import synthesize
from tests.test_link_helpers import make_ev

PUBLISHED = "2025-10-08"


def _timeline(text: str, intro_name: str | None = None) -> list[TimelineEntry]:
    """The timeline of a one-article story; with ``intro_name``, its mention in sentence 0 and every
    quote's speaker are the one entity ``E1`` (what the linker gives when it joins the two names)."""
    ev = make_ev("q1", text, published=PUBLISHED)
    ev.times = extract_times(ev.doc)
    ev.quotes = extract_quotes(ev.doc)
    if intro_name is not None:
        start = ev.doc.sentences[0].text.index(intro_name)
        ev.mentions = [Mention(intro_name, "PERSON", 0, start, start + len(intro_name), entity="E1")]
        for q in ev.quotes:
            q.speaker = "E1"
    story = Story(articles=[ev], duplicate_of={}, entities=[], events=[Event("e1", ["q1"])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    [line] = synthesize(story).storylines
    return line.timeline


def _entries(text: str, intro_name: str | None = None) -> list[tuple[str, list[int], str]]:
    return [(t.value, [c.sentence for c in t.citations], t.text) for t in _timeline(text, intro_name)]


_RESPELT = ('Kepala Bidang Humas Dinas Perhubungan Rudiyanto Wibisono menjelaskan, jalur alternatif disiapkan '
            'selama perbaikan jembatan Cikapundung. "Kendaraan berat dialihkan ke jalan lingkar utara," jelas '
            'Rudi di Bandung, Selasa (7/10/2025).')


def test_an_introduction_naming_the_speakers_entity_is_shown() -> None:
    [(value, cited, text)] = _entries(_RESPELT, intro_name="Rudiyanto Wibisono")
    assert value == "2025-10-07" and cited == [0, 1]
    assert text.startswith("Kepala Bidang Humas Dinas Perhubungan Rudiyanto Wibisono")


def test_an_introduction_naming_someone_else_is_not_shown() -> None:
    # no mention of the speaker's entity, and the attribution's ``Rudi`` is not a word of the introduction
    [(_value, cited, text)] = _entries(_RESPELT)
    assert cited == [1] and text.startswith('"Kendaraan berat')


def test_an_introduction_with_a_present_or_coming_time_is_shown() -> None:
    [(_value, cited, text)] = _entries(
        'Kepala Dinas Pendidikan Wahyu Hidayat mengatakan, saat ini 40 sekolah rusak akibat gempa dan anggaran '
        'perbaikannya disiapkan pada 2026. "Kami mendata semua ruang kelas yang retak," kata Wahyu di Cianjur, '
        'Selasa (7/10/2025).')
    assert cited == [0, 1] and text.startswith("Kepala Dinas Pendidikan Wahyu Hidayat")


def test_an_introduction_with_a_past_time_is_not_shown() -> None:
    for intro in ('Pada 2019, Kepala Dinas Pendidikan Wahyu Hidayat mengatakan 40 sekolah rusak akibat gempa.',
                  'Di saat itu, Kepala Dinas Pendidikan Wahyu Hidayat gencar meminta sekolah menyiapkan jalur '
                  'evakuasi.'):
        [(_value, cited, _text)] = _entries(
            intro + ' "Kami mendata semua ruang kelas yang retak," kata Wahyu di Cianjur, Selasa (7/10/2025).')
        assert 0 not in cited


def test_the_quotes_opening_stays_cited_with_the_introduction() -> None:
    [(value, cited, text)] = _entries(
        'Camat Sukasari Dedi Mulyana meminta warga waspada banjir. "Saluran air di tiga kelurahan tersumbat '
        'sampah. Petugas kami membersihkannya mulai pekan ini," kata Dedi, Selasa (7/10/2025).')
    assert value == "2025-10-07" and sorted(cited) == [0, 1, 2] and cited[0] == 0
    assert text.startswith("Camat Sukasari Dedi Mulyana")
