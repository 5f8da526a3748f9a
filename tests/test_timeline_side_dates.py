"""One sentence anchored at two dates (time7 brief, task 3): an issue's date beside the day of the
happening (``Edisi Juni 2025``), a date inside the topic of the happening (``rapat 12 Juni membahas
keputusan 3 Juni``), and a year typo against the weekday (``Senin (3/11/2024)`` in a piece of
November 2025). Sentences are invented; the time extractor and the timeline are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import placements as _placed


def test_an_issue_month_beside_the_day_of_the_briefing_is_not_a_second_happening() -> None:
    placed = _placed("Defisit anggaran melebar hingga akhir Mei. Angka itu disampaikan wakil menteri dalam "
                     "konferensi pers Kinerja Anggaran Edisi Juni 2025 di Jakarta, Selasa (17/6/2025).",
                     "2025-06-18")
    assert ("2025-06-17", 1) in placed and ("2025-06", 1) not in placed


def test_an_issue_month_alone_stays() -> None:
    # the sentence is about that issue and has no other date: its month is all there is
    placed = _placed("Buletin statistik edisi Mei 2025 mencatat ekspor kopi naik tajam.", "2025-06-18")
    assert ("2025-05", 0) in placed


def test_a_date_inside_the_topic_of_a_dated_meeting_is_not_placed() -> None:
    placed = _placed("Komisi menggelar rapat 12 Juni membahas keputusan 3 Juni soal tarif air bersih. "
                     "Polisi memeriksa dua saksi, Senin (16/6/2025), terkait kebakaran gudang Sabtu (14/6/2025). "
                     "Menindaklanjuti surat 5 Juni, dinas menyegel pabrik itu pada 10 Juni.", "2025-06-18")
    assert {("2025-06-12", 0), ("2025-06-16", 1), ("2025-06-10", 2)} <= placed
    assert not {("2025-06-03", 0), ("2025-06-14", 1), ("2025-06-05", 2)} & placed


def test_a_topic_date_without_another_day_stays() -> None:
    # nothing else dates the sentence: the decision may be what it reports
    placed = _placed("Warga mempersoalkan keputusan 3 Juni tentang kenaikan tarif air bersih.", "2025-06-18")
    assert ("2025-06-03", 0) in placed


def test_a_day_before_the_topic_word_still_counts_as_the_sentences_own() -> None:
    # "pada" opens the date's own phrase: not inside the topic
    placed = _placed("Rapat membahas tarif air dan digelar pada 12 Juni di balai kota.", "2025-06-18")
    assert ("2025-06-12", 0) in placed


def test_a_year_typo_against_the_weekday_takes_the_publication_consistent_year() -> None:
    placed = _placed("Polisi memeriksa tiga saksi kasus pembakaran gudang pada Senin (3/11/2024). "
                     "Pemeriksaan pada Senin itu berlangsung tujuh jam.", "2025-11-04")
    assert {("2025-11-03", 0), ("2025-11-03", 1)} <= placed
    assert not any(v.startswith("2024") for v, _s in placed)


def test_a_date_in_what_a_visit_follows_up_is_not_the_visits_date() -> None:
    # the visit is "pekan ini" (a week: placed nowhere); "bulan lalu" dates the summit it follows up
    placed = _placed("Utusan khusus itu tengah berada di Hanoi pekan ini untuk menindaklanjuti perundingan "
                     "kedua menteri perdagangan di Da Nang bulan lalu.", "2025-06-18")
    assert ("2025-05", 0) not in placed
    placed = _placed("Gubernur mengumpulkan para bupati pada Senin (16/6/2025) guna membahas hasil musyawarah "
                     "perencanaan pembangunan desa awal Mei.", "2025-06-18")
    assert ("2025-06-16", 0) in placed and ("2025-05", 0) not in placed


def test_a_followed_up_date_stays_when_the_sentence_names_no_time_before_the_purpose() -> None:
    # nothing else dates the sentence: the earlier meeting's month is all there is
    placed = _placed("Utusan khusus itu datang ke Hanoi untuk menindaklanjuti perundingan kedua menteri "
                     "perdagangan di Da Nang bulan lalu.", "2025-06-18")
    assert ("2025-05", 0) in placed


def test_a_month_holding_the_sentences_own_day_is_not_a_second_placement() -> None:
    # the day dates the fall of the coffee price; "akhir bulan ini" is the coming auction's month
    placed = _placed("Harga kopi robusta jatuh pada Senin (9/6/2025) karena pedagang ragu lelang besar akhir "
                     "bulan ini akan menyerap panen petani.", "2025-06-10")
    assert ("2025-06-09", 0) in placed and ("2025-06", 0) not in placed
    # a forecast for the month, given in a report dated by its weekday
    placed = _placed("Koperasi kemungkinan menaikkan harga gabah dalam rapat anggota Juni, tulis lembaga riset "
                     "itu dalam catatannya pada Selasa.", "2025-06-11")
    assert ("2025-06-10", 0) in placed and ("2025-06", 0) not in placed


def test_a_month_of_another_month_than_the_day_stays() -> None:
    # May is not the month of the day: the sentence names two times of its own
    placed = _placed("Gudang yang terbakar pada Mei itu kembali dilalap api pada Senin (9/6/2025).", "2025-06-10")
    assert {("2025-05", 0), ("2025-06-09", 0)} <= placed


def test_a_date_of_the_happening_a_sentence_comes_ahead_of_is_not_placed_beside_its_own_day() -> None:
    # the survey's week is the sentence's own; Wednesday is the day of the report it anticipates
    placed = _placed(
        "Stok beras di gudang Bulog naik 2 persen dalam pekan yang berakhir 6 Juni, menurut survei sebuah lembaga "
        "menjelang rilis laporan Badan Pangan Nasional (Bapanas) pada Rabu (11/6/2025).", "2025-06-12")
    assert placed == {("2025-06-06", 0)}


def test_a_date_after_jelang_stays_when_it_alone_dates_the_sentence_or_a_verb_stands_between() -> None:
    placed = _placed(
        "Pasar mencerna laporan para menteri menjelang pertemuan tahunan di Bali, Rabu (11/6/2025). "
        "Warga memborong beras pada Senin (9/6/2025), lalu menjelang malam polisi menangkap penimbun pada "
        "Selasa (10/6/2025).", "2025-06-12")
    assert {("2025-06-11", 0), ("2025-06-09", 1), ("2025-06-10", 1)} <= placed
