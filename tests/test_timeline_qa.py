"""Timeline defects a dossier review found (``synth.timeline``): different happenings merged into one
entry. Sentences are invented; the time and quantity extractors are the real ones."""

from __future__ import annotations

from kliping.extract.quantities import extract_quantities
from kliping.extract.times import extract_times
from kliping.model import Event, Quote, Story, StorylineGroup
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus
from kliping.synth.timeline import same_happening
from tests.test_link_helpers import make_ev


def _story(arts) -> Story:
    return Story(articles=list(arts), duplicate_of={}, entities=[], events=[Event("e1", [a.id for a in arts])],
                 storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])


def _article(aid: str, text: str, published: str, speaker: str | None = None, mentions=None):
    """An article with the real times and quantities; ``speaker`` quotes its first sentence."""
    ev = make_ev(aid, text, published=published, mentions=mentions or [])
    ev.times = extract_times(ev.doc)
    ev.quantities = extract_quantities(ev.doc, ev.times)
    if speaker:
        first = ev.doc.sentences[0].text
        ev.quotes.append(Quote(text=first.split('"')[1], sentence=0, speaker_name=speaker, direct=True))
    return ev


def _entries(arts) -> list[tuple[str, list[str]]]:
    """(date, citations) of each entry; citations sorted (the shown sentence is cited first)."""
    [line] = synthesize(_story(arts)).storylines
    return [(t.value, sorted(f"{c.article}:{c.sentence}" for c in t.citations)) for t in line.timeline]


ROAD = (" Proyek jalan lingkar itu dianggarkan pemerintah kabupaten sejak tiga tahun lalu."
        " Kontraktor jalan lingkar diduga mengurangi ketebalan aspal dan lebar bahu jalan."
        " Warga di sepanjang jalan lingkar mengeluhkan retakan yang muncul setelah musim hujan."
        " Dinas pekerjaan umum belum menjawab pertanyaan soal pengawasan proyek jalan lingkar.")
PORT = (" Dana hibah pelabuhan perikanan itu dicairkan dua kali melalui rekening yayasan."
        " Nelayan mengeluhkan dermaga pelabuhan yang tak kunjung selesai dibangun."
        " Tempat pelelangan ikan di pelabuhan perikanan itu juga belum beroperasi."
        " Bupati membantah menerima aliran dana hibah pelabuhan.")


def test_one_speaker_on_two_unrelated_matters_the_same_day_is_two_entries() -> None:
    """A deputy answering on two cases at one doorstop, told in a piece each: the speaker is all the
    two pieces share, so they are two happenings; two pieces on one case stay one entry."""
    road = _article("r1", '"Penyidik sudah memeriksa tiga pejabat dinas pekerjaan umum dan dua kontraktor terkait proyek jalan '
                          'lingkar yang retak sebelum diserahterimakan," '
                          "kata Wakil Ketua Komisi Hendra Saputra di Jakarta, Selasa (14/10/2025). "
                          + ROAD, "2025-10-14", speaker="Hendra Saputra")
    port = _article("r2", '"Kami juga menelusuri aliran dana hibah pelabuhan perikanan yang masuk ke rekening keluarga bupati '
                          'melalui sebuah yayasan nelayan," '
                          "ujar Hendra Saputra kepada wartawan, Selasa (14/10/2025). "
                          + PORT, "2025-10-15", speaker="Hendra Saputra")
    assert _entries([road, port]) == [("2025-10-14", ["r1:0"]), ("2025-10-14", ["r2:0"])]
    road2 = _article("r3", '"Kerugian proyek jalan lingkar masih dihitung auditor," ucap Hendra Saputra di Jakarta, '
                           "Selasa (14/10/2025)." + ROAD, "2025-10-15", speaker="Hendra Saputra")
    assert _entries([road, road2]) == [("2025-10-14", ["r1:0", "r3:0"])]


def test_two_quote_tails_sharing_only_the_quoting_frame_are_two_entries() -> None:
    """Two speakers' quote tails of one day share the frame (``kata ... di Jakarta, Rabu (...)``)
    and nothing of what was said: not one happening whatever their cosine. Two plain sentences
    that share only a date range do tell one thing."""
    a = _article("t1", 'Itu paling tidak menolong dari sisi pasokan," kata Bambang di sebuah hotel, Rabu (4/12/2013).',
                 "2013-12-04")
    b = _article("t2", 'Sejauh yang saya dengar memang belum," kata Sutomo di Jakarta, Rabu (4/12/2013).',
                 "2013-12-04")
    corpus = build_corpus(_story([a, b]))
    assert not same_happening(corpus, (0, 0), (1, 0), cosine=0.5)
    c = _article("t3", "Pengiriman beras itu dilakukan antara 3 Maret dan 9 April 2024.", "2024-04-20")
    d = _article("t4", "Kapal-kapal tersebut berlayar antara 3 Maret dan 9 April 2024 menurut pelacak.", "2024-04-21")
    corpus = build_corpus(_story([c, d]))
    assert same_happening(corpus, (0, 0), (1, 0), cosine=0.5)


def test_sentences_whose_figures_contradict_are_two_entries() -> None:
    """About 7.000 and nearly 10.000 containers in one month in two outlets: two reports that
    disagree, two entries (the findings report the discrepancy). A sentence that adds a figure of
    another kind, or says ``ratusan`` where the other counts, still joins; so do one article's
    figures of one day."""
    seven = _article("k1", "Negara itu diduga mengirim sekitar 7.000 kontainer amunisi ke Rusia pada September 2023.",
                     "2023-10-18")
    ten = _article("k2", "Negara itu diduga mengirim hampir 10.000 kontainer amunisi ke Rusia pada September 2023.",
                   "2023-10-20")
    assert _entries([seven, ten]) == [("2023-09", ["k1:0"]), ("2023-09", ["k2:0"])]
    more = _article("k3", "Negara itu diduga mengirim sekitar 7.000 kontainer amunisi dengan 300 gerbong ke Rusia pada "
                          "September 2023.", "2023-10-21")
    assert _entries([seven, more]) == [("2023-09", ["k1:0", "k3:0"])]
    hurt = _article("k4", "Ratusan orang terluka saat ribuan buruh berunjuk rasa di alun-alun kota pada Rabu (15/10/2025).",
                    "2025-10-16")
    counted = _article("k5", "Sekitar 113 orang terluka saat ribuan buruh berunjuk rasa di alun-alun kota pada Rabu "
                             "(15/10/2025).", "2025-10-16")
    assert _entries([hurt, counted]) == [("2025-10-15", ["k4:0", "k5:0"])]
    # one article's two closes of one trading day are parts of one report
    day = _article("k6", "Harga minyak jenis WTI ditutup melemah ke 55,91 dollar AS per barel pada Senin (15/12/2014). "
                         "Harga minyak jenis Brent ditutup melemah ke 61,06 dollar AS per barel pada Senin (15/12/2014).",
                   "2014-12-16")
    assert _entries([day]) == [("2014-12-15", ["k6:0", "k6:1"])]


def test_groups_of_one_date_holding_the_same_sentence_are_one_entry() -> None:
    """One statement copied word for word into two articles, each copy grouped with other sentences
    first: one entry. Groups with different sentences stay apart."""
    from kliping.synth.timeline.grouping import same_text

    said = '"Penetapan tersangka ini menunjukkan penyidik bekerja serius," kata Rahmat, Senin (20/10/2025).'
    a = _article("c1", said + " Rahmat mendampingi korban sejak awal pekan.", "2025-10-20")
    b = _article("c2", "Polisi menyita sebuah mobil milik tersangka pada Senin (20/10/2025). " + said, "2025-10-21")
    corpus = build_corpus(_story([a, b]))
    groups = [[(0, 0, "day")], [(1, 0, "day")], [(1, 1, "day")]]
    assert same_text(corpus, groups) == [[(0, 0, "day"), (1, 1, "day")], [(1, 0, "day")]]


def test_two_quote_tails_with_the_same_place_and_audience_are_still_two_entries() -> None:
    """Both frames ``di Jakarta`` (or ``kepada wartawan``): the frame's words are not what the two
    quotes share; a word of the quotes themselves still joins them."""
    a = _article("f1", 'Pasokan gas untuk pabrik pupuk harus dijamin," kata Darmawan di Jakarta kepada wartawan, '
                 "Kamis (9/10/2025).", "2025-10-09")
    b = _article("f2", 'Kami belum menerima surat resmi dari kementerian," ujar Kurniawati di Jakarta kepada wartawan, '
                 "Kamis (9/10/2025).", "2025-10-09")
    corpus = build_corpus(_story([a, b]))
    assert not same_happening(corpus, (0, 0), (1, 0), cosine=0.5)
    c = _article("f3", 'Pasokan gas untuk pabrik pupuk belum dijamin," ujar Kurniawati di Jakarta kepada wartawan, '
                 "Kamis (9/10/2025).", "2025-10-09")
    corpus = build_corpus(_story([a, c]))
    assert same_happening(corpus, (0, 0), (1, 0), cosine=0.5)


def test_a_protest_told_as_turun_ke_jalan_is_no_fall() -> None:
    """``turun ke jalan`` (to take to the streets) is no fall of anything: it does not contradict a
    sentence where the demand is for a wage to go up, and the two tell one protest."""
    street = _article("d1", "Ratusan guru honorer turun ke jalan di depan kantor gubernur menuntut gaji yang layak pada "
                            "Selasa (7/10/2025).", "2025-10-07")
    march = _article("d2", "Ratusan guru honorer berunjuk rasa di depan kantor gubernur menuntut gaji naik pada Selasa "
                           "(7/10/2025).", "2025-10-08")
    assert _entries([street, march]) == [("2025-10-07", ["d1:0", "d2:0"])]


def test_one_copied_line_does_not_merge_two_groups_whose_figures_contradict() -> None:
    """A boilerplate statement copied into two pieces, each grouped with its own report of the day:
    the reports' figures disagree (about 7.000 against nearly 10.000 containers), so the groups stay
    two entries."""
    from kliping.synth.timeline.grouping import same_text

    said = '"Kami terus memantau jalur laut di kawasan itu," kata juru bicara angkatan laut, Senin (20/10/2025).'
    a = _article("m1", said + " Kapal itu membawa sekitar 7.000 kontainer amunisi pada Senin (20/10/2025).", "2025-10-20")
    b = _article("m2", said + " Kapal itu membawa hampir 10.000 kontainer amunisi pada Senin (20/10/2025).", "2025-10-21")
    corpus = build_corpus(_story([a, b]))
    groups = [[(0, 0, "day"), (0, 1, "day")], [(1, 0, "day"), (1, 1, "day")]]
    assert same_text(corpus, groups) == groups


def test_a_quote_tail_and_a_plain_sentence_sharing_only_their_date_are_two_entries() -> None:
    """A short quoted question (``"Lalu dananya dari mana?" tanya Hasan, Senin (29/12/2014) sore``) and a
    market report of that Monday share the date's words, which make most of the quote's cosine: the
    quoting frame is no common ground when either sentence quotes; a shared word beyond it still is."""
    a = _article("q1", '"Lalu anggarannya dari mana?" tanya Hasan, Senin (29/12/2014).', "2014-12-30")
    b = _article("q2", "Harga minyak mentah dunia turun ke titik terendah lima tahun, Senin (29/12/2014).", "2014-12-30")
    corpus = build_corpus(_story([a, b]))
    assert not same_happening(corpus, (0, 0), (1, 0), cosine=0.5)
    c = _article("q3", '"Harga minyak mentah masih akan turun," kata Hasan, Senin (29/12/2014).', "2014-12-30")
    corpus = build_corpus(_story([c, b]))
    assert same_happening(corpus, (0, 0), (1, 0), cosine=0.5)


def test_an_officials_long_title_in_two_quote_tails_is_no_common_ground() -> None:
    """One official answers on two cases on one day, quoted in a piece each: the tails share his title
    (``kata Pelaksana Tugas Deputi Penindakan ... di Jakarta, Selasa``), which makes most of the
    sentences' cosine, but not what was said; the title is part of the quoting frame."""
    tail = ('," kata Pelaksana Tugas Deputi Penindakan dan Eksekusi Komisi Antirasuah Wahyu Prakoso '
            'di kantornya, Jakarta, Selasa (21/10/2025).')
    a = _article("c1", '"Tersangka pengadaan pupuk sudah kami periksa kesehatannya' + tail, "2025-10-22",
                 speaker="Wahyu Prakoso")
    b = _article("c2", '"Aset terpidana kasus tambang senilai dua bidang tanah sudah disita' + tail, "2025-10-22",
                 speaker="Wahyu Prakoso")
    corpus = build_corpus(_story([a, b]))
    assert not same_happening(corpus, (0, 0), (1, 0), cosine=0.6)
    c = _article("c3", '"Tersangka pengadaan pupuk sudah kami periksa di rumah sakit' + tail, "2025-10-22",
                 speaker="Wahyu Prakoso")
    corpus = build_corpus(_story([a, c]))
    assert same_happening(corpus, (0, 0), (1, 0), cosine=0.6)


def test_one_speakers_day_in_two_events_is_two_statements() -> None:
    """The linker put the two pieces in two events (two cases): the speaker's remarks of that day are
    two happenings, whatever the articles share."""
    from kliping.synth.timeline import same_statement

    a = _article("d1", '"Berkas perkara pupuk segera kami limpahkan," kata Wahyu Prakoso, Selasa (21/10/2025).',
                 "2025-10-22", speaker="Wahyu Prakoso")
    b = _article("d2", '"Berkas perkara pupuk dan tambang kami pelajari," kata Wahyu Prakoso, Selasa (21/10/2025).',
                 "2025-10-22", speaker="Wahyu Prakoso")
    one = Story(articles=[a, b], duplicate_of={}, entities=[], events=[Event("e1", ["d1", "d2"])],
                storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    two = Story(articles=[a, b], duplicate_of={}, entities=[], events=[Event("e1", ["d1"]), Event("e2", ["d2"])],
                storylines=[StorylineGroup("s1", ["e1", "e2"])], name_variants=[])
    assert same_statement(build_corpus(one), (0, 0), (1, 0))
    assert not same_statement(build_corpus(two), (0, 0), (1, 0))
