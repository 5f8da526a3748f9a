"""Fourth QA report, timeline: the reporter's own "today" named by a gloss, months of a list, a name
that holds a month, a weekday after a modal assurance. Sentences are invented; the time and quote
extractors are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import placements


def test_the_reporters_glossed_today_dates_their_other_unglossed_today() -> None:
    """Published Tuesday 21 October; the reporter writes ``hari ini, Senin (20/10/2025)`` once, so
    their later bare ``hari ini`` is the Monday too, not the publication day."""
    placed = placements(
        "Polisi memanggil Rina Wulandari sebagai tersangka kasus penipuan arisan. "
        "Rencananya Rina diperiksa penyidik hari ini, Senin (20/10/2025), di Polda Jawa Tengah. "
        "Namun Rina hari ini tidak datang ke Polda dan mengirim surat sakit.",
        "2025-10-21")
    assert ("2025-10-20", 2) in placed and ("2025-10-21", 2) not in placed


def test_a_today_without_any_gloss_in_the_article_still_counts_from_publication() -> None:
    placed = placements(
        "Polisi memanggil Rina Wulandari sebagai tersangka kasus penipuan arisan. "
        "Namun Rina hari ini tidak datang ke Polda dan mengirim surat sakit.",
        "2025-10-21")
    assert ("2025-10-21", 1) in placed


def test_a_speakers_glossed_today_inside_a_quote_does_not_move_the_reporters_today() -> None:
    """The gloss is inside a quote, said on another day: the reporter's ``hari ini`` is not moved."""
    placed = placements(
        "Polisi memanggil Rina Wulandari sebagai tersangka kasus penipuan arisan. "
        '"Hari ini, Senin (20/10/2025), kami kirim surat panggilan," kata Kapolda Jawa Tengah. '
        "Rina hari ini tidak datang ke Polda dan mengirim surat sakit.",
        "2025-10-21")
    assert ("2025-10-21", 2) in placed


def test_months_of_a_list_are_one_placement_at_the_first_month() -> None:
    placed = placements(
        "Pemerintah menyalurkan bantuan tunai untuk Oktober, November, dan Desember kepada warga miskin. "
        "Penyaluran dilakukan lewat kantor pos di seluruh kabupaten pada Senin (20/10/2025).",
        "2025-10-21")
    months = {v for v, s in placed if s == 0}
    assert months == {"2025-10"}


def test_two_months_of_separate_figures_are_not_a_list() -> None:
    """``pada Juli ... dan pada Agustus``: words between, each month its own."""
    placed = placements(
        "Ekspor kopi Lampung naik pada Juli 2025 lalu turun lagi pada Agustus 2025 menurut BPS. "
        "Data itu dirilis di Bandar Lampung pada Senin (20/10/2025).",
        "2025-10-21")
    assert {v for v, s in placed if s == 0} == {"2025-07", "2025-08"}


def test_a_surname_that_is_a_month_places_nothing() -> None:
    placed = placements(
        "Hakim menyebut aliran dana ke mantan Kepala Dinas PUPR Kota Medan Rahmat Juni sebesar Rp 1 miliar. "
        "Sidang digelar di Pengadilan Tipikor Medan pada Senin (20/10/2025).",
        "2025-10-21")
    assert not any(s == 0 for _, s in placed)


def test_a_count_naming_a_deadlines_day_again_is_no_happening_either() -> None:
    """``batas pengurusan ... 30 Oktober 2025, jadi waktunya tinggal sembilan hari``: both name the
    deadline's day; neither places the sentence."""
    placed = placements(
        "Dinas Kesehatan mengingatkan pengelola dapur umum soal sertifikat laik higiene. "
        "Pemerintah pusat memberi batas waktu pengurusan sertifikat sampai 30 Oktober 2025, sehingga "
        "tinggal sembilan hari lagi. "
        "Pengumuman itu disampaikan di Cirebon pada Senin (20/10/2025).",
        "2025-10-21")
    assert not any(s == 1 for _, s in placed)


def test_a_count_of_days_next_to_a_plain_date_still_places() -> None:
    placed = placements(
        "Pemerintah pusat meresmikan pasar rakyat pada 30 Oktober 2025 atau sembilan hari lagi. "
        "Pengumuman itu disampaikan di Cirebon pada Senin (20/10/2025).",
        "2025-10-21")
    assert ("2025-10-30", 0) in placed



def test_a_weekday_contradicting_its_date_leaves_the_sentence_off_the_timeline() -> None:
    """``Jumat (28/9/2025)`` is a Sunday: the 26th or the 28th cannot be told, so the sentence is
    not placed by that date (the contract in docs/times.md, "Fourth QA report")."""
    placed = placements(
        "Fraksi oposisi keluar dari ruang rapat paripurna DPRD pada Jumat (28/9/2025) lalu. "
        "Ketua DPRD menyesalkan sikap itu dalam jumpa pers di gedung dewan, Selasa (21/10/2025).",
        "2025-10-22")
    assert not any(s == 0 for _, s in placed)


def _story_entries(*articles: tuple[str, str, str, list[tuple[str, str, int]]]) -> list[tuple[str, bool, set[str]]]:
    """(date, planned, cited article ids) of every entry of a one-storyline story of ``articles``
    (id, text, published, mentions)."""
    from kliping.extract.quotes import extract_quotes
    from kliping.extract.times import extract_times
    from kliping.model import Event, Story, StorylineGroup
    from kliping.synth import synthesize
    from tests.test_link_helpers import make_ev

    evs = []
    for aid, text, published, mentions in articles:
        ev = make_ev(aid, text, published=published, mentions=mentions)
        ev.times = extract_times(ev.doc)
        ev.quotes = extract_quotes(ev.doc)
        evs.append(ev)
    story = Story(articles=evs, duplicate_of={}, entities=[], events=[Event("e1", [a[0] for a in articles])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    [line] = synthesize(story).storylines
    return [(t.value, t.planned, {c.article for c in t.citations}) for t in line.timeline]


def test_a_plan_joins_the_report_of_its_day_that_shares_a_name_and_a_happening_word() -> None:
    """The meeting announced on Monday and reported on Friday is one entry, not a planned one
    beside a done one."""
    got = _story_entries(
        ("p1", "Menteri energi ASEAN akan membahas cadangan minyak di Manila pada Kamis (23/10/2025).",
         "2025-10-20", [("ASEAN", "ORG", 0), ("Manila", "GPE", 0)]),
        ("p2", "Setelah perdebatan panjang soal kuota, subsidi, dan harga, negara anggota ASEAN akhirnya "
               "menyepakati pembentukan cadangan minyak regional dalam sidang tertutup pada Kamis (23/10/2025).",
         "2025-10-24", [("ASEAN", "ORG", 0)]),
    )
    day = [e for e in got if e[0] == "2025-10-23"]
    assert len(day) == 1 and day[0][1] is False and day[0][2] == {"p1", "p2"}


def test_a_plan_sharing_a_name_and_only_one_word_with_a_report_stays_apart() -> None:
    """The merge itself on given facts (the grouping already joins most short same-day sentences
    with one name, so a pipeline case would not reach it): one shared word beyond the names, or a
    month, is not enough."""
    from types import SimpleNamespace

    from kliping.synth.timeline.entries import _plans_into_reports

    facts = {(0, 0): ({"budi santoso"}, {"memeriksa", "penyidik", "laporan"}),
             (1, 0): ({"budi santoso"}, {"meresmikan", "pabrik", "laporan"}),
             (2, 0): ({"budi santoso"}, {"meresmikan", "pabrik", "tahu"})}
    cache = SimpleNamespace(entities=lambda a, s: facts[(a, s)][0], happening_words=lambda a, s: facts[(a, s)][1],
                            name_words=lambda a, s: set())
    plan, report = [(0, 0, "day")], [(1, 0, "day")]
    assert _plans_into_reports([plan, report], [True, False], cache) == [(plan, True), (report, False)]
    # two shared words join them; not at a month
    cache_two = SimpleNamespace(**{**vars(cache), "happening_words": lambda a, s: facts[(2 if a == 0 else a, s)][1]})
    assert _plans_into_reports([plan, report], [True, False], cache_two) == [(report + plan, False)]
    months = [[(0, 0, "month")], [(1, 0, "month")]]
    assert _plans_into_reports(months, [True, False], cache_two) == [(months[0], True), (months[1], False)]


def test_two_months_of_different_years_joined_by_dan_are_both_placed() -> None:
    placed = placements(
        "Ia diperiksa KPK pada Januari 2024 dan Maret 2025 sebagai saksi. "
        "Pemeriksaan ketiga digelar di Jakarta pada Senin (20/10/2025).",
        "2025-10-21")
    assert {v for v, s in placed if s == 0} == {"2024-01", "2025-03"}


def test_a_later_month_with_its_own_verb_is_its_own_happening() -> None:
    placed = placements(
        "Harga cabai di Pasar Induk naik pada Oktober dan November turun lagi. "
        "Data itu dirilis di Jakarta pada Senin (20/12/2025).",
        "2025-12-21")
    assert {v for v, s in placed if s == 0} == {"2025-10", "2025-11"}


def test_months_that_are_not_consecutive_are_no_list() -> None:
    placed = placements(
        "Gempa terjadi pada Maret, dan Juli banjir melanda desa itu. "
        "Bantuan tiba di desa itu pada Senin (20/10/2025).",
        "2025-10-21")
    assert {v for v, s in placed if s == 0} == {"2025-03", "2025-07"}


def test_consecutive_months_across_a_new_year_are_no_list() -> None:
    placed = placements(
        "Pajak kendaraan dihapus untuk Desember 2025 dan Januari 2026 oleh pemerintah daerah. "
        "Aturan itu diumumkan di Bandung pada Senin (20/10/2025).",
        "2025-10-21")
    assert {v for v, s in placed if s == 0} >= {"2025-12", "2026-01"}


def test_a_later_month_with_a_figure_of_its_own_is_no_list() -> None:
    placed = placements(
        "Inflasi Kota Medan tercatat 2,1 persen pada Oktober dan November 2,4 persen menurut BPS. "
        "Data itu dirilis di Medan pada Senin (1/12/2025).",
        "2025-12-02")
    assert {v for v, s in placed if s == 0} == {"2025-10", "2025-11"}
