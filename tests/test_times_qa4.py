"""Fourth QA report, time expressions: a month that is part of a name, a weekday that a modal
assurance puts ahead, a narrative ``kemudian`` that would run past the publication. Our own
Indonesian sentences."""

from __future__ import annotations

import datetime as dt

from tests.test_times_context import article as context_article
from tests.test_times_context import tags as context_tags

SUN = dt.date(2025, 10, 19)  # a Sunday


def tags(text: str, anchor: dt.date | None = SUN) -> list[tuple[str, str, str | None]]:
    return context_tags(text, anchor)


def article(text: str, published: str = "2025-10-19") -> list[tuple[str, str | None]]:
    return context_article(text, published)


def test_month_after_a_capitalised_given_name_is_part_of_the_name() -> None:
    assert tags("Uang itu diterima Kepala Dinas Perhubungan Kota Bogor Rahmat Juni sebesar Rp 2 miliar.") == []
    assert tags("Rapat itu dihadiri Menteri Pertanian Dedi April dan dua wakilnya.") == []
    assert tags("Penelitian dilakukan dosen Universitas Sebelas Maret di Solo.") == []


def test_month_after_a_time_word_place_or_preposition_stays_a_date() -> None:
    # a holiday, a place after ``di``, an acronym, a sentence-initial preposition: still months
    assert tags("Libur Lebaran April membuat harga tiket naik.")[0][2] == "2025-04"
    assert tags("Konser itu digelar di Bali Juni dengan ribuan penonton.")[0][2] == "2025-06"
    assert tags("Data BPS Juni menunjukkan inflasi turun.")[0][2] == "2025-06"
    assert tags("Sejak Juni harga beras terus naik.")[0][2] == "2025-06"
    # a direction word or a year after the month keeps the date even after a name
    assert tags("Rumah Budi Juni lalu kebanjiran.")[0][2] == "2025-06"
    # a name set off by a comma before the month is not followed by it
    assert tags("Menurut Budi, Juni adalah puncak panen padi di desa itu.")[0][2] == "2025-06"
    # a title-cased line capitalises every word: no name can be told
    assert tags("Harga Beras Naik Tajam Pada Juni")[0][2] == "2025-06"


def test_weekday_after_a_modal_assurance_is_the_coming_one() -> None:
    said = "Jadi sudah dapat dipastikan hari Senin, dan sesudahnya warga bisa mengambil dana itu."
    assert tags(said)[0] == ("hari Senin", "DATE", "2025-10-20")
    assert tags("Bantuan itu bisa dipastikan cair Kamis bagi semua penerima.")[0][2] == "2025-10-23"


def test_weekday_confirmed_in_the_past_stays_the_last_one() -> None:
    # ``dipastikan`` alone is a confirmation of what happened, not a promise
    assert tags("Korban dipastikan meninggal pada hari Senin di rumah sakit.")[0][2] == "2025-10-13"
    # the assurance of another clause does not reach the weekday
    assert tags("Kemarin dapat dipastikan ia pergi, lalu pada Kamis ia pulang.")[1][2] == "2025-10-16"


def test_narrative_kemudian_running_past_the_publication_is_left_out() -> None:
    text = (
        "Pelaku mulai mengancam korban sejak Maret. "
        "\"Pelaku sudah kami tahan,\" kata Kapolres, Selasa (14/10/2025). "
        "Perbuatan itu baru diketahui keluarga enam bulan kemudian. "
        "Dua hari kemudian polisi menggeledah rumahnya."
    )
    values = dict(article(text))
    assert values["enam bulan kemudian"] is None
    # a count that stays within the publication is still counted from the latest date
    assert values["Dua hari kemudian"] == "2025-10-16"


def test_kemudian_after_a_coming_date_or_with_a_future_cue_is_counted() -> None:
    text = (
        "Sidang perdana dijadwalkan pada Senin (27/10/2025). "
        "Putusan akan dibacakan dua minggu kemudian."
    )
    assert dict(article(text))["dua minggu kemudian"] == "2025-W46"


def test_month_after_a_capitalised_word_without_a_persons_title_stays_a_date() -> None:
    # a country, a company, a product, an event, an institution, a holiday: the month is a date
    assert tags("Inflasi China Juni tercatat 0,1 persen.")[0][2] == "2025-06"
    assert tags("Penjualan mobil Toyota Juni turun tajam.")[0][2] == "2025-06"
    assert tags("Harga Pertamax Juni naik lagi.")[0][2] == "2025-06"
    assert tags("Rapat Paripurna Juli membahas rancangan itu.")[0][2] == "2025-07"
    assert tags("Data Badan Pusat Statistik Juni menunjukkan kenaikan.")[0][2] == "2025-06"
    assert tags("Kenaikan Isa Almasih Mei jatuh pada hari kerja.")[0][2] == "2025-05"
    assert tags("Upacara HUT Bhayangkara Juli berlangsung meriah.")[0][2] == "2025-07"
    assert tags("Penetapan UMP Jakarta November ditunggu buruh.")[0][2] == "2025-11"


def test_month_after_a_title_and_a_place_or_portfolio_stays_a_date() -> None:
    # the word before the month is the title's place or portfolio, not a given name
    assert tags("Pelantikan Gubernur Jawa Timur Juni berlangsung di Surabaya.")[0][2] == "2025-06"
    assert tags("Kunjungan Menteri Keuangan Juni ditunda.")[0][2] == "2025-06"


def test_modal_assurance_before_a_told_happening_keeps_the_last_weekday() -> None:
    wed = dt.date(2025, 10, 22)
    assert tags("Dapat dipastikan korban meninggal Senin.", wed)[0][2] == "2025-10-20"
    assert tags("Bisa dipastikan pelaku sudah kabur Senin.", wed)[0][2] == "2025-10-20"
    said = "Dari rekaman CCTV dapat dipastikan pelaku masuk rumah Senin malam."
    assert tags(said, wed)[0][2].startswith("2025-10-20")
    # a payout verb after the subject is still a promise, a completion word with it is not
    assert tags("Bisa dipastikan dana itu cair Senin.", wed)[0][2] == "2025-10-27"
    assert tags("Bisa dipastikan dana itu sudah cair Senin.", wed)[0][2] == "2025-10-20"


def test_month_after_a_title_and_a_known_organisation_stays_a_date() -> None:
    assert tags("Laporan Direktur Utama Pertamina Juni menunjukkan laba naik.")[0][2] == "2025-06"


def test_assured_weekday_followed_by_a_told_happening_keeps_the_last_weekday() -> None:
    wed = dt.date(2025, 10, 22)
    assert tags("Dapat dipastikan hari Senin pelaku berada di lokasi itu.", wed)[0][2] == "2025-10-20"
    # the weekday is what is assured, or a payout verb follows it: the coming one
    assert tags("Bisa dipastikan hari Senin dana itu cair.", wed)[0][2] == "2025-10-27"
