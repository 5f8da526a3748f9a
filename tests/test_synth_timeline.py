"""Timeline (``synth.timeline``): one entry per dated happening, citing every source, in date order."""

from __future__ import annotations

import datetime as dt

from kliping.model import Event, Story, StorylineGroup
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus
from kliping.synth.timeline import SAME_HAPPENING_COSINE, same_happening
from tests.test_link_helpers import date, make_ev


def _story(arts) -> Story:
    return Story(articles=list(arts), duplicate_of={}, entities=[], events=[Event("e1", [a.id for a in arts])],
                 storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])


def _eruption_reports():
    # Background sentences repeat the subject (as a storyline does), so its words weigh little in
    # the TF-IDF cosine; the dated sentences then differ mostly by their own context.
    a = make_ev("g1", (
        "Gunung Merapi erupsi pada Jumat (3/5/2024) pagi dan memuntahkan awan panas guguran. "
        "Erupsi Gunung Merapi kali ini disebut yang terbesar sejak awal tahun."
    ), published="2024-05-03", mentions=[("Gunung Merapi", "LOC", 0)])
    b = make_ev("g2", (
        "Menurut BPPTKG, awan panas guguran Gunung Merapi yang erupsi Jumat (3/5/2024) pagi meluncur sejauh "
        "dua kilometer ke hulu Kali Bebeng sehingga relawan di dusun-dusun Kabupaten Magelang bersiaga. "
        "Erupsi Gunung Merapi juga membuat hujan abu tipis di sejumlah desa."
    ), published="2024-05-04", mentions=[("Gunung Merapi", "LOC", 0), ("BPPTKG", "ORG", 0)])
    c = make_ev("g3", (
        "Presiden meresmikan Bendungan Jatigede di Sumedang pada Jumat (3/5/2024) bersama sejumlah menteri. "
        "Bendungan itu akan mengairi puluhan ribu hektare sawah di pantai utara Jawa Barat."
    ), published="2024-05-04", mentions=[("Bendungan Jatigede", "LOC", 0), ("Sumedang", "GPE", 0)])
    d = make_ev("g4", (
        "Pascaerupsi Jumat (3/5/2024) pagi, status Gunung Merapi yang memuntahkan awan panas guguran tetap Siaga "
        "menurut Kepala BPPTKG di Yogyakarta. "
        "Pada Minggu (5/5/2024) petugas kembali mengukur deformasi tubuh Gunung Merapi."
    ), published="2024-05-06", mentions=[("Gunung Merapi", "LOC", 0), ("BPPTKG", "ORG", 0)])
    for ev, s, text, value in (
        (a, 0, "Jumat (3/5/2024)", "2024-05-03"), (b, 0, "Jumat (3/5/2024)", "2024-05-03"),
        (c, 0, "Jumat (3/5/2024)", "2024-05-03"), (d, 0, "Jumat (3/5/2024)", "2024-05-03"),
        (d, 1, "Minggu (5/5/2024)", "2024-05-05"),
    ):
        ev.times.append(date(ev.doc, s, text, value))
    return a, b, c, d


def test_one_happening_told_in_other_words_is_one_entry_citing_every_source() -> None:
    arts = _eruption_reports()
    [line] = synthesize(_story(arts)).storylines
    on_3_may = [t for t in line.timeline if t.value == "2024-05-03"]
    assert len(on_3_may) == 2  # the eruption and the dam: two happenings on one day stay apart
    eruption = next(t for t in on_3_may if "Merapi" in t.text)
    dam = next(t for t in on_3_may if "Jatigede" in t.text)
    assert [c.article for c in eruption.citations] == ["g1", "g2", "g4"]
    assert [c.article for c in dam.citations] == ["g3"]
    sents = {(ev.id, k): s.text for ev in arts for k, s in enumerate(ev.doc.sentences)}
    for t in line.timeline:
        assert t.text in {sents[(c.article, c.sentence)] for c in t.citations}  # verbatim, cited
    assert [t.value for t in line.timeline] == sorted(t.value for t in line.timeline)
    assert line.timeline[-1].value == "2024-05-05"
    agreements = [f for f in line.findings if f.kind == "agreement" and f.about == "2024-05-03"]
    assert [sorted(i.article for i in f.items) for f in agreements] == [["g1", "g2", "g4"]]


def _school_closure():
    e = make_ev("g5", (
        "Sekolah di lereng Gunung Merapi diliburkan pada Jumat (3/5/2024) oleh dinas pendidikan setempat."
    ), published="2024-05-04", mentions=[("Gunung Merapi", "LOC", 0)])
    e.times.append(date(e.doc, 0, "Jumat (3/5/2024)", "2024-05-03"))
    return e


def test_same_happening_without_the_cosine_needs_a_shared_name_and_the_same_words() -> None:
    """The second path of the rule alone (cosine 0): what a rewording keeps, beyond names and dates."""
    arts = [*_eruption_reports(), _school_closure()]
    corpus = build_corpus(_story(arts))

    def same(x: str, y: str) -> bool:
        return same_happening(corpus, (corpus.by_id[x], 0), (corpus.by_id[y], 0), 0.0)

    assert same("g1", "g2") and same("g1", "g4")  # the eruption, told three ways
    assert not same("g1", "g3")  # no common name: the dam
    assert not same("g1", "g5")  # the mountain and the Friday in common, but schools closing
    assert not same_happening(corpus, (corpus.by_id["g1"], 1), (corpus.by_id["g2"], 2), SAME_HAPPENING_COSINE - 0.01)


def test_a_shared_name_alone_does_not_merge_happenings() -> None:
    a, b, _c, d = _eruption_reports()
    e = _school_closure()  # same date, same mountain, a different happening
    [line] = synthesize(_story([a, b, d, e])).storylines
    on_3_may = [t for t in line.timeline if t.value == "2024-05-03"]
    assert [[c.article for c in t.citations] for t in on_3_may] == [["g1", "g2", "g4"], ["g5"]]


def test_sentences_without_a_date_are_not_placed_at_the_publication_date() -> None:
    a, _b, _c, _d = _eruption_reports()
    [line] = synthesize(_story([a])).storylines
    cited = {(c.article, c.sentence) for t in line.timeline for c in t.citations}
    assert cited == {("g1", 0)}  # sentence 1 names no date


def test_a_date_a_figure_is_compared_with_does_not_place_the_sentence() -> None:
    """``terendah sejak Juli 2009`` and ``dibanding penutupan Senin`` are comparisons, not happenings;
    ``sejak awal September`` is when something began and stays on the timeline."""
    from kliping.synth.timeline import comparison_date, delivery_month

    a = make_ev("o1", (
        "Harga minyak mentah berakhir di 61,20 dollar AS untuk tiap barel, terendah sejak Juli 2009. "
        "Brent melemah 40 sen dibanding penutupan Senin (8/12/2014). "
        "Korea Utara mengirim ribuan kontainer sejak awal September 2014."
    ), published="2014-12-12")
    for s, text, value, gran in ((0, "Juli 2009", "2009-07", "month"), (1, "Senin (8/12/2014)", "2014-12-08", "day"),
                                 (2, "awal September 2014", "2014-09", "month")):
        a.times.append(date(a.doc, s, text, value, gran))
    assert comparison_date(a.doc.sentences[0].text, a.times[0].start)
    contract = "Pada Kamis, harga kedelai kontrak pengiriman Januari melemah 12 sen."
    assert delivery_month(contract, contract.index("Januari"))  # a delivery month names the contract
    assert not delivery_month(contract, contract.index("Kamis"))
    assert not comparison_date(contract, contract.index("Kamis"))
    # a comparison before the date's own phrase is about something else: Monday is when it happened
    monday = "Harga naik 2 persen dibanding pekan lalu pada perdagangan Senin."
    assert not comparison_date(monday, monday.index("Senin"))
    # a decimal comma does not end the clause
    decimal = "Harganya terendah dalam 5,5 tahun sejak Juli 2009."
    assert comparison_date(decimal, decimal.index("Juli"))
    assert not comparison_date(a.doc.sentences[2].text, a.times[2].start)
    [line] = synthesize(_story([a])).storylines
    assert [t.value for t in line.timeline] == ["2014-09"]


def test_a_target_a_quoting_date_a_name_and_a_measured_from_date_are_not_happenings() -> None:
    """``synth.timeline.not_a_happening``: the date of a target, of quoting, inside a name, or the
    month/level a change is measured from is not when the sentence's happening took place; a
    scheduled event, a start (``naik sejak Maret``) and a statement's day are."""
    from kliping.synth.timeline import not_a_happening

    def why(sentence: str, date_text: str, granularity: str = "day") -> str | None:
        return not_a_happening(sentence, sentence.index(date_text), granularity)

    assert why("Pemerintah menargetkan jembatan itu rampung pada Juni 2025.", "Juni", "month") == "target"
    assert why("Pembangunan pasar diperkirakan selesai bulan depan.", "bulan depan", "month") == "target"
    assert why("Rapat paripurna akan digelar pada Kamis (5/6/2025).", "Kamis") is None  # scheduled
    assert why("Sidang itu diundur ke Rabu (11/6/2025).", "Rabu") is None  # rescheduled: still an event
    # a target in an earlier clause does not reach the date's clause
    assert why("Target kami 2 juta, tapi kemarin baru 1 juta yang mendaftar.", "kemarin") is None
    assert why('"Kami siap," ujar Budi lewat pernyataan resmi, dikutip Minggu (8/6/2025).', "Minggu") == "cited"
    assert why('"Kami siap," ujar Budi kepada wartawan, Minggu (8/6/2025).', "Minggu") is None
    assert why("Dosen Universitas 17 Agustus 1945 itu diperiksa penyidik.", "17 Agustus") == "name"
    assert why("Ia kuliah di Universitas Sebelas Maret.", "Maret", "month") == "name"
    assert why("Harga cabai naik 40 persen sejak Maret.", "Maret", "month") == "comparison"
    assert why("Harga cabai naik sejak Maret.", "Maret", "month") is None  # when the rise began
    assert why("Sejak Senin (2/6/2025), tarif naik 10 persen.", "Senin") is None  # a day: it took effect then
    assert why("Harga emas turun 3 persen dari puncaknya pada April.", "April", "month") == "comparison"
    assert why("Saham itu turun 20 poin dari penutupan pada Jumat (6/6/2025).", "Jumat") == "comparison"
    assert why("Ia mundur dari jabatan ketua pada Senin (9/6/2025).", "Senin") is None
    assert why("Harga setinggi ini belum pernah tercatat sejak Mei 2008.", "Mei", "month") == "comparison"
    assert why("Harga gabah turun 50 rupiah dari Rabu menjadi 6.500 rupiah per kilogram.", "Rabu") == "comparison"
    assert why("Warga mengungsi dari Rabu hingga kini.", "Rabu") is None


def _times(sentence: str, *spans: tuple[str, str]) -> list:
    from kliping.model import TimeExpr

    out = []
    for text, value in spans:
        start = sentence.index(text, out[-1].end if out else 0)
        gran = "day" if len(value) == 10 else "month"
        out.append(TimeExpr(text, "DATE", 0, start, start + len(text), value, gran))
    return out


def test_a_range_alternatives_a_habit_and_a_glossed_word_are_not_two_happenings() -> None:
    from kliping.synth.timeline.several_dates import joined

    s = "Festival itu berlangsung pada 12-14 Juli 2025 di alun-alun."
    assert joined(s, _times(s, ("12", "2025-07-12"), ("14 Juli 2025", "2025-07-14"))) == {1}  # placed at 12 July
    s = "Survei digelar dari 3 hingga 9 Juni 2025."
    assert joined(s, _times(s, ("3", "2025-06-03"), ("9 Juni 2025", "2025-06-09"))) == {1}
    s = "Kapal itu berlayar antara 7 Mei dan 1 Juni 2025."
    assert joined(s, _times(s, ("7 Mei", "2025-05-07"), ("1 Juni 2025", "2025-06-01"))) == {1}
    s = "Pasokan sayur dari Lembang tiba Selasa atau Rabu, tergantung cuaca."
    assert joined(s, _times(s, ("Selasa", "2025-06-03"), ("Rabu", "2025-06-04"))) == {0, 1}
    s = "Acara itu tayang setiap Senin-Jumat mulai 09.30 WIB."
    assert joined(s, _times(s, ("Senin", "2025-06-02"), ("Jumat", "2025-06-06"))) == {0, 1}
    s = '"Besok (hari ini) ia dipanggil penyidik," kata polisi.'
    assert joined(s, _times(s, ("Besok", "2025-06-10"), ("hari ini", "2025-06-09"))) == {0}
    s = "Inflasi turun dari 2,5 persen pada Juli menjadi 2,3 persen pada Agustus 2025."  # Juli is the base
    assert joined(s, _times(s, ("Juli", "2025-07"), ("Agustus 2025", "2025-08"))) == {0}
    s = "Menteri pada Minggu mengatakan ekspor naik menjadi 3 juta ton bulan ini."  # no base: two happenings
    assert joined(s, _times(s, ("Minggu", "2025-06-01"), ("bulan ini", "2025-06"))) == set()
    s = "Harga naik pada Selasa (3/6/2025) setelah kemarin turun."  # two happenings
    assert joined(s, _times(s, ("Selasa (3/6/2025)", "2025-06-03"), ("kemarin", "2025-06-02"))) == set()


def test_a_year_typo_is_corrected_by_the_weekday_and_other_contradictions_are_kept() -> None:
    import datetime as dt

    from kliping.model import TimeExpr
    from kliping.synth.timeline.weekday_checks import checked_day

    def day(text: str, value: str, published: str) -> str:
        return checked_day(TimeExpr(text, "DATE", 0, 0, len(text), value, "day"), dt.date.fromisoformat(published))

    assert day("Kamis (11/12/2013)", "2013-12-11", "2014-12-11") == "2014-12-11"
    assert day("Senin (20/10/2026)", "2026-10-20", "2025-10-20") == "2025-10-20"
    assert day("Rabu (14/12/2014)", "2014-12-14", "2014-12-25") == "2014-12-14"  # not a year typo: kept
    assert day("Kamis (11/12/2013)", "2013-12-11", "2016-05-01") == "2013-12-11"  # too far to tell
    assert day("Rabu (11/12/2013)", "2013-12-11", "2014-12-11") == "2013-12-11"  # no contradiction
    assert day("11 Desember 2013", "2013-12-11", "2014-12-11") == "2013-12-11"  # no weekday


def test_targets_and_range_ends_stay_off_the_timeline_of_a_storyline() -> None:
    a = make_ev("r1", (
        "Dinas PU menargetkan perbaikan Jembatan Cikapundung rampung pada Agustus 2025. "
        "Jembatan Cikapundung ditutup pada 2-4 Juni 2025 untuk perbaikan. "
        "Kepala Dinas PU meninjau Jembatan Cikapundung pada Senin (2/6/2025)."
    ), published="2025-06-03", mentions=[("Jembatan Cikapundung", "LOC", 0)])
    for s, text, value, gran in ((0, "Agustus 2025", "2025-08", "month"), (1, "2", "2025-06-02", "day"),
                                 (1, "4 Juni 2025", "2025-06-04", "day"), (2, "Senin (2/6/2025)", "2025-06-02", "day")):
        a.times.append(date(a.doc, s, text, value, gran))
    [line] = synthesize(_story([a])).storylines
    placed = {(t.value, c.sentence) for t in line.timeline for c in t.citations}
    assert placed == {("2025-06-02", 1), ("2025-06-02", 2)}  # no August target, no 4 June


def _quoted(aid: str, text: str, speaker: str, published: str, date_text: str, value: str):
    from kliping.model import Quote

    ev = make_ev(aid, text, published=published, mentions=[(speaker, "PER", 0)])
    ev.quotes.append(Quote(text=text.split('"')[1], sentence=0, speaker_name=speaker, speaker=None))
    ev.times.append(date(ev.doc, 0, date_text, value))
    return ev


def test_one_speaker_quoted_on_one_day_is_one_entry_but_a_spokesperson_is_not() -> None:
    """Two articles quote a lawyer's different remarks of one Monday: one occasion, one entry (the
    wordings alone would not merge them). A spokesperson's remarks of one day are not one occasion:
    they speak for an institution on many matters."""
    from kliping.synth.timeline import same_statement

    # the name and the day repeat in background sentences (as in a storyline), so they weigh little
    background = (" Kasus itu bermula dari laporan seorang pengusaha tambang di Kalimantan Timur."
                  " Andi Wijaya mendampingi kliennya sejak Senin (2/6/2025)."
                  " Pemeriksaan pada Senin (2/6/2025) itu ditunda, menurut Andi Wijaya.")
    a = _quoted("q1", '"Kami menghormati proses hukum yang berjalan," kata Andi Wijaya, Senin (2/6/2025).' + background,
                "Andi Wijaya", "2025-06-02", "Senin (2/6/2025)", "2025-06-02")
    b = _quoted("q2", '"Klien kami sedang sakit sehingga tidak bisa hadir," ujar pengacara Andi Wijaya kepada '
                'wartawan di Balikpapan, Senin (2/6/2025).' + background,
                "Andi Wijaya", "2025-06-03", "Senin (2/6/2025)", "2025-06-02")
    corpus = build_corpus(_story([a, b]))
    x, y = (corpus.by_id["q1"], 0), (corpus.by_id["q2"], 0)
    rows = [corpus.sent_rows[x], corpus.sent_rows[y]]
    assert not same_happening(corpus, x, y, float(corpus.sims(rows, rows)[0, 1]))  # the wordings differ
    assert same_statement(corpus, x, y)
    [line] = synthesize(_story([a, b])).storylines
    assert [[c.article for c in t.citations] for t in line.timeline] == [["q1", "q2"]]
    c = _quoted("q3", '"Saksi kasus tambang diperiksa hari ini," kata Juru Bicara KPK Budi Santoso, Senin (2/6/2025).',
                "Budi Santoso", "2025-06-02", "Senin (2/6/2025)", "2025-06-02")
    d = _quoted("q4", '"Penyidik menyita dua mobil dalam kasus jalan tol," kata Budi Santoso, Senin (2/6/2025).',
                "Budi Santoso", "2025-06-03", "Senin (2/6/2025)", "2025-06-02")
    corpus = build_corpus(_story([a, c, d]))
    assert not same_statement(corpus, (corpus.by_id["q3"], 0), (corpus.by_id["q4"], 0))


def test_the_entry_text_is_a_sentence_that_stands_alone_when_there_is_one() -> None:
    from kliping.synth.timeline import leans_on_context

    assert leans_on_context("Hal tersebut disampaikan sang bupati seusai rapat di pendopo kemarin.")
    assert leans_on_context('"Kami siap," kata Budi, Senin (2/6/2025).')
    assert not leans_on_context("Menteri Pertanian mengumumkan harga pupuk turun 20 persen mulai hari ini.")
    a = make_ev("p1", (
        "Menteri Pertanian Sutrisno Hadi mengumumkan harga pupuk bersubsidi turun 20 persen mulai Rabu (4/6/2025). "
        "Hal itu diungkapkan Sutrisno Hadi di Jakarta, Rabu (4/6/2025)."
    ), published="2025-06-04", mentions=[("Sutrisno Hadi", "PER", 0), ("Sutrisno Hadi", "PER", 1)])
    for s in (0, 1):
        a.times.append(date(a.doc, s, "Rabu (4/6/2025)", "2025-06-04"))
    [line] = synthesize(_story([a])).storylines
    [entry] = line.timeline  # one happening: the second sentence's words are in the first
    assert entry.text.startswith("Menteri Pertanian") and len(entry.citations) == 2


def test_a_quotes_relative_day_counts_from_when_it_was_said() -> None:
    """A quote of Saturday reprinted on Tuesday: its ``kemarin`` is Friday, not Monday. A relative
    word outside the quote, or in the editor's brackets, counts from the publication."""
    from kliping.model import Quote

    a = make_ev("k1", (
        '"Benar, kemarin kami menerima laporan ada warga yang tenggelam di Sungai Musi," '
        "ujar Kapolsek Seberang Ulu AKP Darmawan, Sabtu (18/10/2025). "
        "Jasad korban ditemukan tim SAR kemarin."
    ), published="2025-10-21", mentions=[("Sungai Musi", "LOC", 0)])
    a.quotes.append(Quote(text="Benar, kemarin kami menerima laporan ada warga yang tenggelam di Sungai Musi",
                          sentence=0, speaker_name="Darmawan", direct=True))
    for s, text, value in ((0, "kemarin", "2025-10-20"), (0, "Sabtu (18/10/2025)", "2025-10-18"),
                           (1, "kemarin", "2025-10-20")):
        a.times.append(date(a.doc, s, text, value))
    [line] = synthesize(_story([a])).storylines
    placed = {(t.value, c.sentence) for t in line.timeline for c in t.citations}
    assert placed == {("2025-10-17", 0), ("2025-10-18", 0), ("2025-10-20", 1)}


def test_speakers_are_read_once_per_article_and_grouping_matches_the_pairwise_rule(monkeypatch) -> None:
    """The grouping looks each article's quotes up once (not once per sentence pair), and its
    speaker index gives the groups the pairwise rule gives: a sentence joins the first group holding
    a sentence it matches."""
    from kliping.model import Quote
    from kliping.synth.timeline import dated_sentences, sentences
    from kliping.synth.timeline import grouping as tl

    arts = []
    people = ["Rina Kusuma", "Bayu Pratama", "Sari Lestari"]
    for n in range(4):
        sents = [f'"Urusan irigasi desa nomor {n}{k} segera kami benahi," kata {people[(n + k) % 3]}, '
                 "Senin (2/6/2025)." for k in range(5)]
        ev = make_ev(f"w{n}", " ".join(sents), published="2025-06-03")
        for k, s in enumerate(ev.doc.sentences):
            ev.quotes.append(Quote(text=s.text.split('"')[1], sentence=k, speaker_name=people[(n + k) % 3], direct=True))
            ev.times.append(date(ev.doc, k, "Senin (2/6/2025)", "2025-06-02"))
        arts.append(ev)
    story = _story(arts)
    corpus = build_corpus(story)
    calls = []
    real = sentences._article_quoted  # speakers and spokespersons, read together
    monkeypatch.setattr(sentences, "_article_quoted", lambda c, a: calls.append(a) or real(c, a))
    items = dated_sentences(corpus, range(len(arts)))["2025-06-02"]
    groups = tl.group_sentences(corpus, items)
    assert sorted(calls) == list(range(len(arts)))  # one look per article
    # the pairwise rule, written out
    expected: list[list[tuple[int, int, str]]] = []
    rows = [corpus.sent_rows[(a, s)] for a, s, _g in items]
    sims = corpus.sims(rows, rows)
    for k, it in enumerate(items):
        def same(j: int, k: int = k) -> bool:
            x, y = items[k][:2], items[j][:2]
            return tl.same_happening(corpus, x, y, float(sims[k, j])) or tl.same_statement(corpus, x, y)
        g = next((g for g in expected if any(same(items.index(j)) for j in g)), None)
        g.append(it) if g is not None else expected.append([it])
    assert groups == expected and len(groups) == 3  # one entry per speaker


def test_the_day_a_quote_was_said_is_the_first_day_after_it_and_positions_decide_what_is_inside() -> None:
    """``quote_said_days``: the first day date after the quote ends (not the last one of the sentence),
    never a quoting date (``dikutip ...``), its year typo corrected; ``_said_day`` moves only a
    relative word inside the quote's words, not the same word outside them."""
    from kliping.model import Quote
    from kliping.synth.corpus import build_corpus

    a = make_ev("d1", (
        '"Hari ini jalur itu kami tutup," kata Kasatlantas Heru, Sabtu (18/10/2025), soal jembatan yang dibuka '
        "Senin (20/10/2025). "
        '"Kemarin tanggul di Sukamaju jebol," kata Camat Darmaji, dikutip pada Selasa (21/10/2025). '
        '"Kemarin air mulai surut," kata Lurah Yanti, Kamis (16/10/2024), yang kemarin meninjau posko.'
    ), published="2025-10-21")
    for k, (quoted, who) in enumerate((("Hari ini jalur itu kami tutup", "Heru"),
                                       ("Kemarin tanggul di Sukamaju jebol", "Darmaji"),
                                       ("Kemarin air mulai surut", "Yanti"))):
        a.quotes.append(Quote(text=quoted, sentence=k, speaker_name=who, direct=True))
    for s, text, value in ((0, "Hari ini", "2025-10-21"), (0, "Sabtu (18/10/2025)", "2025-10-18"),
                           (0, "Senin (20/10/2025)", "2025-10-20"), (1, "Kemarin", "2025-10-20"),
                           (1, "Selasa (21/10/2025)", "2025-10-21"), (2, "Kemarin", "2025-10-20"),
                           (2, "Kamis (16/10/2024)", "2024-10-16")):
        a.times.append(date(a.doc, s, text, value))
    second = a.doc.sentences[2].text
    a.times.append(date(a.doc, 2, "kemarin", "2025-10-20"))
    a.times[-1].start = second.rindex("kemarin")
    a.times[-1].end = a.times[-1].start + len("kemarin")
    [line] = synthesize(_story([a])).storylines
    placed = {(t.value, c.sentence) for t in line.timeline for c in t.citations}
    assert ("2025-10-18", 0) in placed and ("2025-10-20", 0) in placed  # hari ini = Saturday; Monday kept
    assert ("2025-10-20", 1) in placed  # dikutip Selasa is not when it was said: kemarin counts from publication
    assert ("2025-10-15", 2) in placed  # kemarin of Thursday 16 October 2025 (year typo corrected)
    assert ("2025-10-20", 2) in placed  # the kemarin outside the quote stays
    from kliping.synth.timeline.said_days import quote_said_days

    corpus = build_corpus(_story([a]))
    days = quote_said_days(corpus, corpus.by_id["d1"])
    assert [str(d) for _span, d in days[0]] == ["2025-10-18"] and 1 not in days


def test_a_weekday_pair_is_a_habit_only_after_a_habit_word_and_alternatives_of_one_day_stay() -> None:
    from kliping.synth.timeline.several_dates import joined

    s = "Bazar buku itu digelar Sabtu-Minggu (8-9/3/2025) di gedung serbaguna."
    assert joined(s, _times(s, ("Sabtu", "2025-03-08"), ("Minggu", "2025-03-09"))) == {1}  # a range: its start
    s = "Pameran kriya dibuka Sabtu–Minggu di balai desa."  # en dash, no habit word: a range too
    assert joined(s, _times(s, ("Sabtu", "2025-03-08"), ("Minggu", "2025-03-09"))) == {1}
    s = "Pasar tani biasanya buka Sabtu—Minggu di lapangan kecamatan."  # em dash after a habit word
    assert joined(s, _times(s, ("Sabtu", "2025-03-08"), ("Minggu", "2025-03-09"))) == {0, 1}
    s = "Acara bincang pagi itu tayang Senin-Jumat, pukul 07.00 WIB, di radio daerah."  # a schedule
    assert joined(s, _times(s, ("Senin", "2025-03-10"), ("Jumat", "2025-03-14"))) == {0, 1}
    s = "Setiap Sabtu-Minggu (8-9/3/2025) warga bergotong royong."  # a bracketed date: that weekend
    assert joined(s, _times(s, ("Sabtu", "2025-03-08"), ("Minggu", "2025-03-09"))) == {1}
    s = "Gudang itu terbakar Jumat (7/3/2025) atau tiga hari lalu."  # one day told twice: kept
    assert joined(s, _times(s, ("Jumat (7/3/2025)", "2025-03-07"), ("tiga hari lalu", "2025-03-07"))) == set()
    for every in ("tiap-tiap", "saban"):  # every every-word of calendar.EVERY_WORDS is a habit word
        s = f"Perpustakaan keliling itu singgah di desa kami {every} Selasa-Kamis."
        assert joined(s, _times(s, ("Selasa", "2025-03-11"), ("Kamis", "2025-03-13"))) == {0, 1}


def test_a_target_cue_reaches_its_date_only_as_the_governing_verb() -> None:
    """A cue inside a ``yang`` clause, a cue followed by another verb of its own, ``berjanji`` and a
    bare noun ``target`` before other words do not make the date a target."""
    from kliping.synth.timeline import not_a_happening

    def why(sentence: str, date_text: str, granularity: str = "day") -> str | None:
        return not_a_happening(sentence, sentence.index(date_text), granularity)

    assert why("Mayat lelaki yang diperkirakan berumur 50 tahun itu ditemukan nelayan Senin (3/3/2025).",
               "Senin") is None
    assert why("Perbaikan gorong-gorong itu diperkirakan memakan waktu hingga Rabu (5/3/2025).",
               "Rabu") == "target"  # the cue's own complement is not another verb
    assert why("Polisi diperkirakan menahan dua pemuda yang ditangkap warga Kamis (6/3/2025).", "Kamis") is None
    assert why("Dinas menargetkan agar kontraktor bisa merampungkan saluran itu pada Mei 2026.", "Mei", "month") == "target"
    assert why("Untuk kota ini, target 2.000 sambungan air terpasang di rumah warga pada akhir Mei.", "akhir Mei",
               "month") == "target"
    assert why("Target utama 1 Mei 2026, semua desa teraliri listrik.", "1 Mei") == "target"
    assert why("Kepala desa berjanji dan langsung menyerahkan bantuan pada Jumat (7/3/2025).", "Jumat") is None
    assert why("Target pemasangan pipa air baru sempat dibahas dewan pada Selasa (4/3/2025).", "Selasa") is None
    assert why("Pembangunan pasar itu punya target Juni 2026.", "Juni", "month") == "target"
    assert why("Dinas menargetkan lampu jalan di tiga kecamatan pinggiran itu tuntas pada Maret 2026.",
               "Maret", "month") == "target"  # a completion verb keeps the target


def test_a_name_word_must_be_capitalised_and_a_quoting_clause_may_precede_the_date() -> None:
    from kliping.synth.timeline import not_a_happening

    def why(sentence: str, date_text: str, granularity: str = "day") -> str | None:
        return not_a_happening(sentence, sentence.index(date_text), granularity)

    assert why("Ratusan mahasiswa berunjuk rasa di kampus Senin (3/3/2025) menolak kenaikan UKT.", "Senin") is None
    assert why("Ratusan mahasiswa berunjuk rasa di Kampus Senin (3/3/2025).", "Senin") is None  # a dated weekday
    assert why("Pedagang pindah ke jalan 10 November.", "10 November") is None  # not capitalised: no name
    assert why("Kantornya di Jalan 10 November, Surabaya.", "10 November") == "name"
    assert why("Ia lulusan Universitas Sebelas Maret.", "Maret", "month") == "name"
    assert why("Seperti dilansir Reuters, Senin (10/3/2025), harga kopi melonjak.", "Senin") == "cited"
    assert why("Dikutip dari Antara, Selasa (11/3/2025), banjir merendam dua desa.", "Selasa") == "cited"
    assert why("Setelah rapat, Senin (10/3/2025), warga pulang.", "Senin") is None
    assert why("Seperti diberitakan sebelumnya, Senin (10/3/2025), jembatan ambruk.", "Senin") is None


def test_any_quote_mark_of_the_quote_extractor_makes_a_sentence_lean_on_its_context() -> None:
    from kliping.synth.timeline import leans_on_context

    assert leans_on_context("„Kami tetap buka,” ujar pemilik warung itu.")
    assert leans_on_context("«Air sudah surut,» kata petugas posko.")
    assert not leans_on_context("Air sungai sudah surut sejak pagi.")


def test_the_shared_comparison_test_knows_the_measured_from_dates() -> None:
    """``comparison_date`` (used by the figures too) leaves out what a move is measured from, not
    only what a figure is compared with; without a granularity a month name counts as a month."""
    from kliping.synth.timeline import comparison_date

    def cmp(sentence: str, date_text: str, granularity: str | None = None) -> bool:
        return comparison_date(sentence, sentence.index(date_text), granularity)

    assert cmp("Harga kedelai belum pernah setinggi ini sejak Mei 2008.", "Mei")
    assert cmp("Harga cabai rawit naik 40 persen sejak Maret.", "Maret")  # a month name: a month
    assert not cmp("Harga cabai rawit naik 40 persen sejak Senin (3/3/2025).", "Senin")  # a day: it began then
    assert cmp("Saham itu melemah 20 poin dari penutupan Jumat (7/3/2025).", "Jumat")
    assert cmp("Harga gabah turun 50 rupiah dari Selasa menjadi 6.500 rupiah.", "Selasa")
    assert not cmp("Warga mengungsi dari Rabu hingga kini.", "Rabu")


def _placed(text: str, published: str = "2025-10-20") -> list[str]:
    """The timeline values of a one-article storyline, on the real time extractor's output."""
    from kliping.extract.times import extract_times

    a = make_ev("one", text, published=published)
    a.times = extract_times(a.doc)
    lines = synthesize(_story([a])).storylines
    return [t.value for line in lines for t in line.timeline]


def test_a_quoting_or_viewing_date_glued_to_the_outlet_name_is_not_a_happening() -> None:
    """The scrape glues italic outlet names to their neighbours (``dikutipdetikPop``,
    ``dariReuterspada``); the date after a quoting or viewing verb and its outlet is when the text
    was read, glued or not, active (``Mengutip Reuters``) or passive. A date after a visit or an
    interview by the outlet stays."""
    from kliping.synth.timeline import not_a_happening

    def why(sentence: str, date_text: str) -> str | None:
        return not_a_happening(sentence, sentence.index(date_text), "day")

    assert why('"Dia tampak lelah," kata Rina dikutipdetikPop, Minggu (14/9/2025).', "Minggu") == "cited"
    assert why("Dikutip dariReuterspada Kamis (16/10), ekspor gandum Kanada naik.", "Kamis") == "cited"
    assert why("Dilihatdetikcom, Senin (20/10/2025), aturan itu memuat tiga pasal baru.", "Senin") == "cited"
    assert why('"Kami siaga," ujar Kapolres seperti dilansir daridetikJabar, Selasa (21/10/2025).', "Selasa") == "cited"
    assert why("Daftar itu terpampang di situs dinas yang dilihat pada Kamis (23/10/2025).", "Kamis") == "cited"
    assert why("Isi edaran yang dikutip, Minggu (19/10/2025), memuat jadwal baru.", "Minggu") == "cited"
    assert why("Jadwal itu diunggah dinas di akunnya dikutip, Minggu (19/10/2025).", "Minggu") == "cited"
    assert why("DilansirReuters, Selasa (14/10/2025), badai menerjang dua pulau.", "Selasa") == "cited"
    assert why("Hal itu disampaikan Kapolres seperti dilansir kumparan, Selasa (21/10/2025).", "Selasa") == "cited"
    assert why("Mengutip Bloomberg pada Kamis (16/10/2025), harga emas naik.", "Kamis") == "cited"
    assert why("Info cuaca itu dilansir dari laman resmi BMKG, Minggu (19/10/2025).", "Minggu") == "cited"
    assert why('"Jalan sudah dibuka," kata Camat saat dihubungidetikJatim, Rabu (22/10/2025).', "Rabu") is None
    assert why("Pantauan detikJatim pada Sabtu (18/10/2025) menunjukkan antrean panjang.", "Sabtu") is None
    assert why("Dilihat dari udara, banjir meluas, Senin (20/10/2025).", "Senin") is None


def test_a_seen_or_written_date_with_no_outlet_or_an_old_date_is_a_happening() -> None:
    """``dilihat``/``ditulis``/``dilansir`` with a person, an office or nothing between it and the
    date (``terakhir dilihat Selasa``: when someone was last seen; ``ditulis Rina``: when a letter
    was written) is no quoting date; nor is a date more than three days before the publication."""
    assert _placed("Pelaku terakhir dilihat di Pasar Baru pada Jumat (17/10/2025).") == ["2025-10-17"]
    assert _placed("Korban terakhir kali dilihat pada Selasa (14/10/2025).") == ["2025-10-14"]
    assert _placed("Barang bukti itu dilihat Hakim Ketua, Jumat (17/10/2025), dalam sidang.") == ["2025-10-17"]
    assert _placed("Lokasi itu dilihat Presiden Prabowo Subianto, Kamis (16/10/2025).") == ["2025-10-16"]
    assert _placed("Surat wasiat itu ditulis Rina, Rabu (15/10/2025).") == ["2025-10-15"]
    assert _placed("Naskah itu ditulis antara Sabtu (18/10/2025) dan Minggu.")[:1] == ["2025-10-18"]  # "between"
    assert _placed("Surat itu ditulis Presiden Soekarno pada 17 Agustus 1945.") == ["1945-08-17"]
    assert _placed("Data yang dilansir BPS pada Rabu (15/10/2025) menunjukkan ekspor naik.") == ["2025-10-15"]
    assert _placed("Dokumen itu ditulis detikcom, Senin (6/10/2025), lalu diralat.") == ["2025-10-06"]  # old
    assert _placed('"Kami siap," kata Arif dikutip dari detikNews, Minggu (12/10/2025).') == []  # a text: any age
    assert _placed("Mengutip Bloomberg pada Kamis (16/10/2025), harga emas naik.") == []  # four days: a text, any age


def test_a_hoped_supposed_or_awaited_date_still_to_come_is_not_a_happening() -> None:
    """``mudah-mudahan awal Desember``, ``jika akhir Oktober nanti``, ``kita tunggu saja sampai akhir
    Oktober``, ``Desember nanti kami lihat lagi``: a date after the publication (a month from the
    publication month only when put ahead) that is hoped for, supposed or waited for. The same
    words before a past date, or a scheduled event, leave it in."""
    from kliping.synth.timeline import unsure_future

    published = dt.date(2025, 10, 17)

    def why(sentence: str, date_text: str, value: str, granularity: str = "month") -> str | None:
        k = sentence.index(date_text)
        return unsure_future(sentence, k, k + len(date_text), value, granularity, published)

    assert why("Semoga awal November semua kios pasar sudah buka lagi.", "awal November", "2025-11") == "hope"
    assert why("Mudah2an Senin (20/10/2025) dana bantuan sudah cair.", "Senin", "2025-10-20", "day") == "hope"
    assert why("Kami harap Kamis (23/10/2025) jalan itu sudah bisa dilewati.", "Kamis", "2025-10-23", "day") == "hope"
    assert why("Insya Allah Jumat (24/10/2025) rombongan berangkat.", "Jumat", "2025-10-24", "day") == "hope"
    assert why("Semoga, kata Bupati, awal November jalan sudah mulus.", "awal November", "2025-11") == "hope"
    assert why("Dana akan ditarik jika akhir Oktober nanti serapannya masih rendah.", "akhir Oktober",
               "2025-10") == "condition"
    assert why("Kalau besok hujan, upacara dipindah ke aula.", "besok", "2025-10-18", "day") == "condition"
    assert why("Jika stok tak segera ditambah, maka antrean bisa berlanjut hingga November.", "November",
               "2025-11") == "condition"
    assert why("Belum pasti, kita tunggu saja sampai akhir Oktober.", "akhir Oktober", "2025-10") == "wait"
    assert why("Kita pantau terus sampai akhir Oktober.", "akhir Oktober", "2025-10") == "wait"
    assert why("Desember nanti kami lihat lagi hasil panennya.", "Desember", "2025-12") == "wait"
    assert why("Semoga upaya kita hari ini membuahkan hasil.", "hari ini", "2025-10-17", "day") is None  # today
    assert why("Warga mengaku kalau banjir datang pada Agustus.", "Agustus", "2025-08") is None  # past
    assert why("Sidang putusan akan digelar Senin (20/10/2025).", "Senin", "2025-10-20", "day") is None


def test_a_hope_or_condition_about_this_month_is_still_to_come() -> None:
    """``Oktober ini``/``bulan ini`` in an October piece after a hope or condition word is the rest
    of the month, still to come (``Mudah-mudahan Oktober ini jembatan gantung itu diresmikan``); the
    same month with no hope or condition (``sejak awal Oktober``, ``Bulan ini harga cabai naik``)
    stays on the timeline."""
    assert _placed("Mudah-mudahan Oktober ini jembatan gantung di desa kami diresmikan.") == []
    assert _placed("Semoga bulan ini jalan menuju pasar sudah mulus.") == []
    assert _placed("Kalau bulan ini pupuk belum datang, petani akan menunda tanam.") == []
    assert _placed("Harga cabai di pasar terus naik sejak awal Oktober.") == ["2025-10"]
    assert _placed("Bulan ini harga cabai di pasar naik dua kali.") == ["2025-10"]


def test_hope_condition_and_wait_words_that_do_not_govern_a_coming_date_leave_it_in() -> None:
    """``menyebut kalau`` ("said that"), ``jika dilihat dari`` (a way of reading figures), a hope
    about something else (``berharap banyak pada pertemuan yang akan digelar Rabu``), a plain visit
    (``akan melihat lokasi``) and the month of publication when nothing puts it ahead (``sejak awal
    Oktober``) are no unsure plans: the dates stay on the timeline."""
    for text, value in (
        ("Kapolres menyebut kalau pemeriksaan tersangka dijadwalkan Rabu (22/10/2025).", "2025-10-22"),
        ("Ia mengatakan jika sidang lanjutan digelar Kamis (23/10/2025).", "2025-10-23"),
        ("Pihak sekolah memastikan bila ujian susulan digelar Jumat (24/10/2025).", "2025-10-24"),
        ("Jika dilihat dari data Oktober 2025, inflasi pangan turun tajam.", "2025-10"),
        ("Jika dilihat dari jadwalnya, maka rapat pleno digelar Rabu (22/10/2025).", "2025-10-22"),
        ("BMKG memperingatkan cuaca ekstrem yang terjadi sejak awal Oktober 2025.", "2025-10"),
        ("Warga berharap banyak pada pertemuan dengan bupati yang akan digelar Rabu (22/10/2025).", "2025-10-22"),
        ("Warga berharap banyak dari pertemuan dengan bupati rencananya pada Rabu (22/10/2025).", "2025-10-22"),
        ("Rapat pleno yang diharapkan memutuskan nasib RUU itu digelar Kamis (23/10/2025).", "2025-10-23"),
        ("Kami akan melihat lokasi pada Senin (27/10/2025).", "2025-10-27"),
        ("Tim SAR akan melihat kondisi jembatan Rabu (22/10/2025).", "2025-10-22"),
        ("Presiden dijadwalkan melihat pameran pada Rabu (22/10/2025).", "2025-10-22"),
        ("Rabu (22/10/2025) Presiden akan melihat langsung lokasi banjir.", "2025-10-22"),
    ):
        assert _placed(text) == [value], text


def test_a_forecast_for_a_coming_day_is_left_out_but_weather_alone_is_no_forecast() -> None:
    """A forecast word in the date's own clause (``prakiraan``, ``memprediksi``, ``diprakirakan``,
    ``berpotensi``) makes a coming date a prediction; bad weather delaying a flight, or a
    prediction in another clause (``simak prediksi susunan pemainnya``), does not."""
    for text in (
        "Inilah prakiraan hujan di Makassar untuk lusa, Rabu, 22 Oktober 2025.",
        "BMKG memprediksi hujan lebat turun pada Rabu (22/10/2025).",
        "Gelombang tinggi diprakirakan terjadi Kamis (23/10/2025).",
        "Hujan lebat berpotensi terjadi pada Rabu (22/10/2025).",
    ):
        assert _placed(text) == [], text
    for text, value in (
        ("Cuaca buruk membuat penerbangan ke Labuan Bajo ditunda hingga Selasa (21/10/2025).", "2025-10-21"),
        ("Karena cuaca buruk, pelantikan bupati dipindah ke Rabu (22/10/2025).", "2025-10-22"),
        ("Laga Persib melawan Persija digelar Sabtu (25/10/2025), simak prediksi susunan pemainnya.", "2025-10-25"),
    ):
        assert _placed(text) == [value], text


def test_the_time_left_and_an_address_are_left_out_of_the_timeline() -> None:
    """On real extractor output: a detention period (``untuk 25 hari ke depan``) and an address
    written like a date (``RT 04/01/02``) place nothing; the day's real happening stays, and so
    does a date after a comma (``kata Ketua RT, 14/10/25``)."""
    assert _placed(
        "Hujan lebat merendam tiga desa di Kabupaten Bone pada Senin (20/10/2025). "
        "Dua sopir truk yang tertangkap membuang sampah ditahan untuk 25 hari ke depan. "
        "Air masuk ke rumah warga di Kampung Bojong RT 04/01/02 RW 03.") == ["2025-10-20"]
    assert _placed('"Kami sudah lapor ke polisi," kata Ketua RT, 14/10/25.') == ["2025-10-14"]


def test_the_quoting_look_back_is_bounded_on_a_long_run_of_date_words() -> None:
    """The quoting test looks at a bounded stretch before the date, so a sentence of thousands of
    ``pada`` costs what a short one does (it was quadratic). Shown by behaviour, not by a clock (a
    timed assertion fails on a busy machine): the quoting cue is seen a few dozen words back and not
    thousands of words back."""
    from kliping.synth.timeline import not_a_happening

    near = "Dikutip Reuters" + " pada" * 30 + " Senin (20/10/2025)."
    assert not_a_happening(near, near.index("Senin"), "day") == "cited"
    far = "Dikutip Reuters" + " pada" * 4000 + " Senin (20/10/2025)."
    assert not_a_happening(far, far.index("Senin"), "day") is None


def _busy_day(matters: int):
    """Articles of one day on ``matters`` unrelated matters: each matter's two articles quote its own
    official (with a mention of them) with different counts; the real time and quantity extractors."""
    from kliping.extract.quantities import extract_quantities
    from kliping.extract.times import extract_times
    from kliping.model import Quote

    places = ["Wonosari", "Kutoarjo", "Purwodadi", "Karanganyar", "Tulungagung", "Situbondo", "Sukoharjo", "Temanggung"]
    things = ["sumur bor", "pompa air", "kandang sapi", "perahu nelayan", "mesin jahit", "bibit kopi", "traktor", "pupuk"]
    people = ["Wisnu Hartono", "Ratna Sembiring", "Galih Permana", "Yohana Tarigan", "Surya Batubara", "Intan Manurung",
              "Rizal Effendi", "Melati Sinaga"]
    arts = []
    for m in range(matters):
        for copy in range(2):
            lines = [f'"Bantuan {things[m]} untuk petani {places[m]} sudah kami salurkan sebanyak {10 * m + copy + 3} unit," '
                     f"kata {people[m]}, Kamis (5/6/2025).",
                     f"Penyaluran {things[m]} di {places[m]} diawasi inspektorat pada Kamis (5/6/2025)."]
            ev = make_ev(f"m{m}c{copy}", " ".join(lines), published="2025-06-05",
                         mentions=[(people[m], "PER", 0), (places[m], "LOC", 1)])
            ev.times = extract_times(ev.doc)
            ev.quantities = extract_quantities(ev.doc, ev.times)
            ev.quotes.append(Quote(text=lines[0].split('"')[1], sentence=0, speaker_name=people[m], direct=True))
            arts.append(ev)
    return arts


def test_grouping_tests_only_candidate_groups_and_gives_the_groups_of_testing_every_group(monkeypatch) -> None:
    """A sentence is tested only against earlier sentences it can match (above the cosine bar, a shared
    entity or speaker), so unrelated matters of a busy day cost no pair tests, and the groups are the
    ones the walk over every earlier group gives: the first group holding a match and no sentence of
    another article whose figures contradict."""
    from kliping.synth.timeline import dated_sentences
    from kliping.synth.timeline import grouping as tl

    arts = _busy_day(8)
    corpus = build_corpus(_story(arts))
    items = dated_sentences(corpus, range(len(arts)))["2025-06-05"]
    tests: list[tuple[int, int]] = []
    real = tl.same_happening
    monkeypatch.setattr(tl, "same_happening", lambda c, x, y, cos, cache=None: tests.append((x[0], y[0])) or real(
        c, x, y, cos, cache))
    groups = tl.group_sentences(corpus, items)
    matter = {a: corpus.articles[a].id.split("c")[0] for a, _s, _g in items}
    assert tests and all(matter[x] == matter[y] for x, y in tests)  # no test across matters
    monkeypatch.setattr(tl, "same_happening", real)
    rows = [corpus.sent_rows[(a, s)] for a, s, _g in items]
    sims = corpus.sims(rows, rows)
    expected: list[list[int]] = []
    for k, (a, s, _g) in enumerate(items):
        def joins(g: list[int], k: int = k, a: int = a, s: int = s) -> bool:
            mine = tl.Sentences(corpus).facts(a, s)
            if any(items[j][0] != a and tl.contradicts(mine, tl.Sentences(corpus).facts(*items[j][:2])) for j in g):
                return False
            return any(tl.same_happening(corpus, (a, s), items[j][:2], float(sims[k, j]))
                       or tl.same_statement(corpus, (a, s), items[j][:2]) for j in g)
        g = next((g for g in expected if joins(g)), None)
        g.append(k) if g is not None else expected.append([k])
    assert groups == [[items[k] for k in g] for g in expected]
    assert len(groups) > 8  # the two articles of a matter contradict in their counts: not all merged
