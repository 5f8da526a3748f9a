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
    """``batas waktu ... 30 Oktober 2025 dan hanya tersisa sembilan hari lagi``: both name the
    deadline's day; neither places the sentence."""
    placed = placements(
        "Dinas Kesehatan mengingatkan pengelola dapur umum soal sertifikat laik higiene. "
        "Pemerintah pusat menetapkan batas waktu pengurusan sertifikat hingga 30 Oktober 2025 dan "
        "hanya tersisa sembilan hari lagi. "
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
