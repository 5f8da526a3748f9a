"""Dates that are no happening of the story: a weekly habit, the dates of papers in a list of seized
evidence, a rule that starts after the article. Sentences are invented; the time and quote extractors
are the real ones."""

from __future__ import annotations

import datetime as dt

from kliping.extract.times import tag_sentence
from tests.test_timeline_quote_day import placements


def test_setiap_hari_before_a_weekday_is_a_weekly_habit_not_a_day() -> None:
    assert [(t.text, t.type, t.value) for t in tag_sentence(
        "Setiap hari Kamis, petugas puskesmas memeriksa kesehatan lansia di balai desa.", dt.date(2025, 10, 7))] == [
        ("Setiap hari Kamis", "SET", "XXXX-WXX-4")]
    # weekdays joined to a weekly habit are the habit's too
    assert [t.type for t in tag_sentence("Pasar murah digelar setiap Senin dan Kamis.", dt.date(2025, 10, 7))] == [
        "SET", "SET"]
    placed = placements("Polres Bantul menggiatkan patroli malam di kampung. "
                     "Setiap hari Kamis, petugas memberi penyuluhan soal bahaya narkoba di sekolah. "
                     "Patroli itu dimulai pada Senin (6/10/2025).", "2025-10-07")
    assert not any(s == 1 for _v, s in placed) and ("2025-10-06", 2) in placed


def test_dates_on_seized_papers_are_not_happenings() -> None:
    placed = placements(
        "Polisi menangkap seorang pria yang mengaku keturunan raja di Bantul, Jumat (17/10/2025). "
        "Polisi menyita dua lembar kuitansi tgl 4 Maret 2014 yang dikeluarkan kelurahan setempat. "
        "Selain itu disita satu lembar salinan SHM atas nama sebuah yayasan tertanggal 9 Mei 2018, "
        "dan akta hibah tanah di Sewon tgl 2 Juni 2022.", "2025-10-18")
    assert placed == {("2025-10-17", 0)}


def test_a_dated_act_of_the_story_stays_on_the_timeline() -> None:
    """A suspect named by a dated decision letter: no sheet counted, the naming happened that day."""
    placed = placements("Kejaksaan menyidik dugaan korupsi dana desa di Majalengka. "
                     "Kepala desa ditetapkan jaksa menjadi tersangka lewat surat penetapan bertanggal "
                     "9 Oktober 2025.", "2025-10-20")
    assert ("2025-10-09", 1) in placed


def test_a_rule_starting_after_the_article_is_not_a_happening() -> None:
    text = ("Dinas Perhubungan mengubah aturan ojek daring di kota itu. "
            "Mulai 1 Agustus 2025, pengemudi ojek di terminal wajib memakai rompi hijau. "
            "Lalu, mulai 1 Oktober 2025, pengemudi ojek di stasiun juga wajib memakai rompi itu.")
    placed = placements(text, "2025-09-08")
    assert ("2025-08-01", 1) in placed  # the rule took effect then
    assert not any(v == "2025-10-01" for v, _s in placed)


def test_a_date_after_setelah_bounds_the_happening_and_is_not_its_day() -> None:
    # a rumoured fee for fitting the device after a day, and a plan for the months after December
    placed = placements("Pesan berantai di grup warga menyebut pendaftaran kartu subsidi setelah 15 Mei 2025 dikenai "
                        "biaya Rp 50.000. Sesudah Juni, pembagian kartu akan diperluas ke kecamatan lain.",
                        "2025-05-10")
    assert not {v for v, _s in placed} & {"2025-05-15", "2025-06"}


def test_a_past_date_after_setelah_is_the_day_of_the_clause_it_opens() -> None:
    # "pada" opens the date's own phrase: the questioning happened on Monday; "setelah
    # Selasa sempat turun" tells the fall of that Tuesday
    placed = placements("Setelah pada Senin (5/5/2025) diperiksa selama sembilan jam, kepala desa itu ditahan. "
                        "Harga cabai di pasar induk naik lagi, setelah Selasa (6/5/2025) sempat turun tajam.",
                        "2025-05-07")
    assert {("2025-05-05", 0), ("2025-05-06", 1)} <= placed


def test_a_coming_date_the_speaker_says_is_unknown_is_not_placed() -> None:
    placed = placements('"Harga gabah hari ini stabil, tetapi tiga bulan lagi kami enggak tahu," kata ketua koperasi. '
                        "Pengurus belum tahu apakah rapat anggota digelar pekan depan.", "2025-05-07")
    assert not any(v > "2025-05-07" for v, _s in placed)


def test_a_coming_meeting_without_doubt_stays_planned() -> None:
    placed = placements("Pengurus koperasi akan menggelar rapat anggota pada Senin (12/5/2025) di balai desa.",
                        "2025-05-07")
    assert ("2025-05-12", 0) in placed


def test_a_date_in_apposition_to_a_target_is_the_targets_time() -> None:
    placed = placements("Kepala dinas mengatakan, hingga target pemasangan lampu jalan usai, yakni pada Maret 2026, "
                        "warga masih harus memakai senter. Polisi menahan sopir truk itu, yakni pada Senin (5/5/2025).",
                        "2025-05-07")
    assert ("2026-03", 0) not in {(v, s) for v, s in placed}
    assert ("2025-05-05", 1) in placed


def test_a_coming_date_a_thing_is_to_be_ready_by_is_not_a_happening() -> None:
    # ready or available by this month, next month, the end of the month: targets, nothing happened
    placed = placements("Pengelola pasar mengatakan, kios-kios di lantai dua sudah siap Juni ini untuk pedagang "
                        "yang direlokasi. Sekitar dua ribu tabung gas akan tiba pekan ini dan semuanya siap pada "
                        "Juli 2025 untuk warga tiga kecamatan. Stok beras di gudang itu tersedia akhir Juni nanti.",
                        "2025-06-04")
    assert not any(v.startswith("2025-06") or v.startswith("2025-07") for v, _s in placed)


def test_a_verb_or_comma_after_siap_leaves_the_date_its_own() -> None:
    # the opening day, the use from a day and the day of a statement of readiness stay placed
    placed = placements("Kios-kios di lantai dua sudah siap dan dibuka Senin (2/6/2025) untuk pedagang. "
                        "Kios di lantai tiga siap digunakan mulai 10 Juni 2025, kata pengelola pasar. "
                        "Pemerintah kota menyatakan siap, Selasa (3/6/2025), menampung pedagang yang direlokasi.",
                        "2025-06-04")
    assert {("2025-06-02", 0), ("2025-06-10", 1), ("2025-06-03", 2)} <= placed


def test_a_coming_date_given_as_a_made_up_example_is_not_placed() -> None:
    placed = placements("Juru bicara itu menolak menyebut jadwal peluncuran aplikasi, 30 Juni misalnya, karena belum "
                        "diputuskan. Katakanlah pada 5 Juli tarif naik, pedagang harus menyesuaikan harga.", "2025-06-10")
    assert not {v for v, _s in placed} & {"2025-06-30", "2025-07-05"}


def test_a_past_date_given_as_an_example_stays() -> None:
    # an example of what happened is a happening
    placed = placements("Banjir sering merendam jalan desa itu, misalnya pada 2 Juni lalu.", "2025-06-10")
    assert ("2025-06-02", 0) in placed
