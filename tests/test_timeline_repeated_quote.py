"""A quote reprinted in a later article of the storyline with no day of saying: its ``hari ini`` or
``kemarin`` counts from the first copy's day, not from the reprint's publication (docs/times.md,
"Twelfth QA read"). Sentences, people and places are invented; the time and quote extractors are
the real ones."""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.extract.quotes import extract_quotes
from kliping.extract.times import extract_times
from kliping.model import Event, Story, StorylineGroup, TimelineEntry
from kliping.synth import synthesize
from tests.test_link_helpers import make_ev


def _ev(aid: str, text: str, published: str):
    ev = make_ev(aid, text, published=published)
    ev.times = extract_times(ev.doc)
    ev.quotes = extract_quotes(ev.doc, extract_mentions(ev.doc))
    return ev


def timeline(*articles: tuple[str, str, str]) -> list[TimelineEntry]:
    """The timeline of one storyline holding one story per article."""
    evs = [_ev(*a) for a in articles]
    events = [Event(f"e{i}", [ev.doc.id]) for i, ev in enumerate(evs)]
    story = Story(articles=evs, duplicate_of={}, entities=[], events=events,
                  storylines=[StorylineGroup("s1", [e.id for e in events])], name_variants=[])
    [line] = synthesize(story).storylines
    return line.timeline


def placed(entries: list[TimelineEntry]) -> set[tuple[str, str, int]]:
    return {(t.value, c.article, c.sentence) for t in entries for c in t.citations}


def days_of(first: tuple[str, str, str], later: tuple[str, str, str], sentence: int) -> tuple[set[str], set[str]]:
    """The days sentence ``sentence`` of each of two articles is placed at, in one storyline."""
    got = placed(timeline(first, later))
    return ({v for v, a, s in got if a == first[0] and s == sentence},
            {v for v, a, s in got if a == later[0] and s == sentence})


FIRST = ("Warga Desa Sukamaju resmi menggugat pengembang perumahan ke Pengadilan Negeri Sleman. "
         '"Hari ini kami mendaftarkan gugatan terhadap pengembang yang menelantarkan pembeli rumah '
         'di kompleks itu," kata kuasa hukum warga, Budi Santoso.')
RECAP = ("Gugatan warga Desa Sukamaju terhadap pengembang perumahan terus bergulir. "
         "Berikut fakta-fakta kasusnya. "
         '"Hari ini kami mendaftarkan gugatan terhadap pengembang yang menelantarkan pembeli rumah '
         'di kompleks itu," kata Budi Santoso.')


def test_a_reprinted_quotes_hari_ini_is_the_first_copys_day_not_the_recaps_publication() -> None:
    got = placed(timeline(("a1", FIRST, "2025-09-18"), ("a2", RECAP, "2025-09-19")))
    assert ("2025-09-18", "a1", 1) in got
    assert ("2025-09-18", "a2", 2) in got  # one statement, one day: cited by both articles
    assert not any(v == "2025-09-19" for v, _a, _s in got)


def test_a_reprint_with_glued_words_is_still_the_same_quote() -> None:
    """Reprints lose spaces (``maumenginap``) or trim a laugh: the letters still match."""
    first = ('Bupati itu bercerita tentang kunjungannya ke desa terpencil. "Kemarin saya berangkat pagi, '
             'saya mau menginap di rumah warga, ha-ha-ha, tapi ajudan saya melarang," kata Bupati Sumarno.')
    later = ('Bupati Sumarno memilih mobil dinas buatan dalam negeri. "Kemarin saya berangkat pagi, '
             'saya maumenginap di rumah warga, ha-ha, tapi ajudan saya melarang," ucapnya.')
    assert days_of(("b1", first, "2025-10-20"), ("b2", later, "2025-10-22"), 1) == ({"2025-10-19"}, {"2025-10-19"})


def test_a_market_reports_template_line_is_a_new_happening_every_day() -> None:
    """Narration is not moved: the same words about ``hari ini`` on two days are two closings."""
    line = "Nilai tukar rupiah ditutup menguat terhadap dolar AS pada perdagangan hari ini di pasar spot."
    assert days_of(("c1", line, "2025-07-07"), ("c2", line, "2025-07-14"), 0) == ({"2025-07-07"}, {"2025-07-14"})


def test_a_quote_said_again_on_another_day_in_other_words_keeps_its_own_day() -> None:
    first = ('"Hari ini kami memeriksa tiga saksi dari dinas pendidikan terkait pengadaan laptop," '
             'kata juru bicara kejaksaan, Rina Kartika.')
    later = ('"Hari ini kami memeriksa dua pejabat kementerian dan seorang rekanan swasta terkait '
             'proyek jalan," kata juru bicara kejaksaan, Rina Kartika.')
    assert days_of(("d1", first, "2025-08-04"), ("d2", later, "2025-08-11"), 0) == ({"2025-08-04"}, {"2025-08-11"})


# A three-sentence quote whose opening sentence (seven words) is too short to be told apart from a
# formula said again; the whole quote is not.
_OPENING = ('"Kemarin itu klien kami demam tinggi sekali. Jadi kami minta jadwal pemeriksaan digeser ke '
            'pekan depan. Itu saja," ujar kuasa hukum Sinta Dewi, Rahmat Hidayat.')


def test_a_reprinted_quote_opening_counts_its_kemarin_from_the_first_copys_day() -> None:
    """Nineteenth QA read: the opening of a multi-sentence quote, dated only by its own ``kemarin``,
    moves with the whole quote to the first copy's day."""
    first = ("Sinta Dewi tidak memenuhi panggilan penyidik. " + _OPENING)
    later = ("Sinta Dewi batal diperiksa sebagai tersangka. Berikut kronologinya. " + _OPENING)
    got = placed(timeline(("f1", first, "2025-10-20"), ("f2", later, "2025-10-21")))
    assert ("2025-10-19", "f1", 1) in got
    assert ("2025-10-19", "f2", 2) in got
    assert not any(v == "2025-10-20" and a == "f2" and s == 2 for v, a, s in got)


def test_a_short_quote_opening_of_another_quote_keeps_its_own_day() -> None:
    """The same short opening in a different whole quote is a formula said again: not moved."""
    first = ("Sinta Dewi tidak memenuhi panggilan penyidik. " + _OPENING)
    other = ('Sinta Dewi kembali mangkir dari panggilan penyidik. "Kemarin itu klien kami demam tinggi sekali. '
             'Dokter di rumah sakit swasta memintanya beristirahat penuh selama lima hari. Surat keterangannya '
             'sudah kami kirim," ujar kuasa hukum Sinta Dewi, Rahmat Hidayat.')
    got = placed(timeline(("g1", first, "2025-10-20"), ("g2", other, "2025-10-27")))
    assert ("2025-10-26", "g2", 1) in got


def test_a_long_reprinted_quote_moves_even_when_the_reprint_names_another_speaker() -> None:
    """A reprint that resolves ``ujarnya`` to another lawyer of the story is still the same quote: a
    quote this long is no formula two people say alike."""
    quote = ('"Kemarin itu klien kami demam tinggi sekali. Dokter menyarankan istirahat total, jadi kami minta '
             'jadwal pemeriksaan digeser ke pekan depan, paling lambat tanggal 29. Itu saja,"')
    first = "Kuasa hukum Sinta Dewi, Rahmat Hidayat, mendatangi kantor penyidik. " + quote + " ujar Rahmat Hidayat."
    later = ("Kuasa hukum pelapor, Bonar Sitompul, menyambut penetapan tersangka itu. "
             '"Kami menghormati proses hukum yang berjalan," kata Bonar Sitompul. '
             "Sinta Dewi batal diperiksa sebagai tersangka. " + quote + " ujarnya.")
    got = placed(timeline(("h1", first, "2025-10-20"), ("h2", later, "2025-10-21")))
    assert ("2025-10-19", "h2", 3) in got
    assert not any(v == "2025-10-20" and a == "h2" and s == 3 for v, a, s in got)
