"""Fifth QA read, timeline: document dates and counting periods listed as happenings. A document's
own date cited as the basis of a rule or an act (``berdasarkan Surat Perintah tanggal 10 Juli``) and
a month used as the frame of a statistic (``sepanjang Januari-Agustus, kunjungan mencapai 28
juta``) are not when anything in the sentence happened. Sentences are invented; the time and quote
extractors are the real ones."""

from __future__ import annotations

from tests.test_timeline_quote_day import placements

_PUBLISHED = "2025-10-21"


def _placed_in(sentence: str, index: int = 1) -> set[str]:
    """Dates the timeline places sentence ``index`` of a two-sentence story at."""
    placed = placements(
        "Kejaksaan Negeri Klaten menyelidiki dugaan korupsi dana hibah pertanian di kabupaten itu. "
        + sentence, _PUBLISHED)
    return {v for v, s in placed if s == index}


# --- documents cited as a basis ---------------------------------------------------------------


def test_a_search_warrants_date_is_the_day_the_warrant_was_issued() -> None:
    """A warrant is an order: its issuing is a happening of the case, and keeps its day."""
    assert _placed_in("Penggeledahan kantor dinas itu dilakukan berdasarkan Surat Perintah Penggeledahan "
                      "Kepala Kejaksaan Negeri Klaten tanggal 3 Oktober 2025.") == {"2025-10-03"}


def test_a_rule_set_out_in_a_dated_decree_places_nothing() -> None:
    assert _placed_in("Ketentuan penukaran uang lama itu diatur dalam Surat Keputusan Direksi Bank "
                      "Indonesia No. 12/34/KEP/DIR tanggal 14 Februari 1995.") == set()


def test_a_circular_tertanggal_cited_by_sesuai_places_nothing() -> None:
    assert _placed_in("Pembatasan jam kunjungan rumah sakit ini sesuai surat edaran Dinas Kesehatan "
                      "Nomor 440/77 tertanggal 5 Mei 2025.") == set()


def test_a_regulation_cited_as_a_basis_places_nothing() -> None:
    assert _placed_in("Pungutan retribusi pasar itu mengacu pada Peraturan Bupati Nomor 8 tanggal "
                      "2 Januari 2024.") == set()


def test_every_standing_rule_of_a_cited_list_is_left_out() -> None:
    """The second rule has no reference word of its own: it is the list's second document."""
    assert _placed_in("Larangan itu berdasarkan Perda Nomor 3 tanggal 6 Mei 2023, dan Peraturan Bupati "
                      "Nomor 17 tanggal 8 Mei 2024.") == set()


def test_telegrams_and_orders_of_a_cited_list_keep_their_days() -> None:
    """A telegram and an order are issued as acts of the story, even when cited as a basis."""
    assert _placed_in("Pengamanan gedung itu berdasarkan Telegram Kapolda Nomor 91 tanggal 6 Mei 2025, "
                      "dan Surat Perintah Kapolres Nomor 17 tanggal 8 Mei 2025.") == {"2025-05-06", "2025-05-08"}


def test_a_memorandum_of_understanding_keeps_its_day() -> None:
    assert _placed_in("Kerja sama itu tertuang dalam Nota Kesepahaman Nomor 12/2024 tanggal 4 Maret 2024 "
                      "antara pemkab dan kejaksaan.") == {"2024-03-04"}


def test_a_prosecutors_note_behind_a_detention_keeps_its_day() -> None:
    assert _placed_in("Penahanan ini berdasarkan Nota Pendapat Jaksa Penuntut Umum tanggal 20 Oktober 2025 "
                      "nomor Print-12/2025.") == {"2025-10-20"}


def test_a_plain_letter_cited_keeps_its_day() -> None:
    assert _placed_in("Proyek itu dijalankan sesuai surat Menteri Pertanian Nomor 51 tanggal 12 Januari "
                      "2025.") == {"2025-01-12"}


def test_a_decree_signed_days_before_the_article_is_its_news() -> None:
    """A decree cited right after its signing is the act of issuing it; an old one is a standing basis."""
    assert _placed_in("Penurunan tarif bus ini sesuai Keputusan Menteri Perhubungan Nomor 90 tanggal "
                      "20 Oktober 2025.") == {"2025-10-20"}
    assert _placed_in("Penurunan tarif bus ini sesuai Keputusan Menteri Perhubungan Nomor 90 tanggal "
                      "20 Oktober 2021.") == set()


def test_a_decree_signed_on_a_day_is_a_happening_of_that_day() -> None:
    """No document day word: the signing is the sentence's happening."""
    assert _placed_in("Keputusan bupati tentang hibah pertanian itu diteken pada 6 Mei 2025.") == {"2025-05-06"}


def test_a_letter_that_is_the_act_itself_keeps_its_day() -> None:
    """``melalui surat ... tanggal``: the letter proposing a plan is the happening (no reference word)."""
    assert _placed_in("Melalui surat nomor 27/BUP tanggal 9 Juli 2025, bupati mengajukan tambahan "
                      "anggaran hibah ke DPRD.") == {"2025-07-09"}


def test_a_court_rulings_date_is_the_verdicts_day() -> None:
    assert _placed_in("Hukuman itu tertuang dalam putusan Pengadilan Tinggi Semarang nomor 88/Pid.Sus/2025 "
                      "tanggal 14 September 2025.") == {"2025-09-14"}


def test_a_suspect_named_on_a_day_under_a_letter_keeps_that_day() -> None:
    """``berdasarkan surat ... pada 26 April``: ``pada`` dates the naming, not the letter."""
    assert _placed_in("Kepala dinas itu ditetapkan tersangka berdasarkan surat penyidik nomor B/12/IV/2025 "
                      "pada 26 April 2025.") == {"2025-04-26"}


def test_a_law_passed_on_a_day_keeps_its_entry() -> None:
    assert _placed_in("UU itu disahkan DPR dalam rapat paripurna pada 5 Mei 2025.") == {"2025-05-05"}


def test_a_regulations_number_year_is_no_date() -> None:
    assert _placed_in("Berdasarkan Perpres Nomor 12 Tahun 2023, setiap desa wajib membentuk tim pangan.") == set()


# --- months that frame a statistic ------------------------------------------------------------


def test_a_total_over_a_range_of_months_places_neither_end() -> None:
    assert _placed_in("Sepanjang Januari-Agustus 2025, kunjungan wisatawan ke Klaten mencapai 1,2 juta "
                      "orang.") == set()


def test_a_loss_counted_over_a_period_places_nothing() -> None:
    assert _placed_in("Kerugian negara dari hibah fiktif itu mencapai Rp 4,1 miliar sepanjang November 2024 "
                      "hingga Juni 2025.") == set()


def test_a_forecast_for_a_quarter_period_places_nothing() -> None:
    assert _placed_in("Bupati memperkirakan ekonomi daerah tumbuh 4,8 persen pada periode Juli-September "
                      "2025.") == set()


def test_an_average_over_two_months_places_nothing() -> None:
    assert _placed_in("Harga rata-rata gabah di Klaten pada Juni-Juli 2025 berkisar Rp 6.500 per "
                      "kilogram.") == set()


def test_a_survey_held_over_a_range_of_months_keeps_its_start() -> None:
    """A happening in the period (``dilakukan``): the survey's start stays, figures or not."""
    assert "2025-08" in _placed_in("Survei kepuasan petani itu dilakukan pada Agustus hingga September 2025 "
                                   "dengan 1.200 responden, dan 70 persen menyatakan puas.")


def test_a_month_of_a_statistic_without_a_frame_keeps_its_entry() -> None:
    """``pada Desember``: the month's own figure, no counting frame."""
    assert _placed_in("Produksi beras Klaten mencapai 41 ribu ton pada Desember 2024.") == {"2024-12"}


def test_a_price_move_through_a_month_without_a_figure_of_magnitude_stays() -> None:
    assert _placed_in("Selama Agustus 2025, harga cabai di pasar Klaten terus turun.") == {"2025-08"}


def test_a_range_of_months_with_no_statistic_stays() -> None:
    assert "2025-06" in _placed_in("Penyaluran pupuk bersubsidi ke kelompok tani berjalan dari Juni hingga "
                                   "Agustus 2025.")


def test_a_move_through_a_month_quoted_at_a_price_range_stays() -> None:
    """``menurun pada kisaran``: the fall is the month's happening, the range only its level."""
    assert _placed_in("Selama September 2025, harga gabah di Klaten terus menurun pada kisaran Rp 6.000 "
                      "sampai Rp 6.300 per kilogram.") == {"2025-09"}


def test_a_move_counted_in_percent_over_a_range_of_months_is_a_statistic() -> None:
    assert _placed_in("Harga beras di Klaten naik 6 persen sepanjang Januari hingga Maret 2025.") == set()
