"""Time expressions: one test per pattern family, on our own Indonesian sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from kliping.extract.times import extract_times, tag_sentence
from kliping.model import Document
from kliping.text import split_sentences

ANCHOR = dt.date(2024, 6, 5)  # a Wednesday, ISO week 23


def tags(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag_sentence(text, anchor)]


def one(text: str, anchor: dt.date | None = ANCHOR) -> tuple[str, str, str | None]:
    found = tags(text, anchor)
    assert len(found) == 1, found
    return found[0]


def doc(text: str, published: str | None = "2024-06-05") -> Document:
    return Document(id="d", input="t", text=text, sentences=split_sentences(text), published=published)


# --------------------------------------------------------------------------- absolute dates


def test_numeric_dates() -> None:
    assert one("Sidang dibuka 12/9/2023 di Bandung.") == ("12/9/2023", "DATE", "2023-09-12")
    assert one("Sidang dibuka 12-09-2023 di Bandung.") == ("12-09-2023", "DATE", "2023-09-12")
    assert one("Warga berkumpul di alun-alun (12/9) untuk upacara.") == ("(12/9)", "DATE", "2024-09-12")


def test_weekday_with_date_is_one_expression() -> None:
    assert one("Rapat itu digelar Selasa (12/9/2023) di Jakarta.") == ("Selasa (12/9/2023)", "DATE", "2023-09-12")
    text, _typ, value = one("Gempa terasa pada Minggu (28/12/2014) kemarin di Padang.")
    assert (text, value) == ("Minggu (28/12/2014) kemarin", "2014-12-28")
    assert one("Kata dia, Senin, 3 Juni 2024, di kantornya.")[2] == "2024-06-03"


def test_weekday_picks_the_year_without_one() -> None:
    # 20 October is a Monday in 2025, not in 2024: the weekday decides the year.
    assert one("Ia berbicara di Bandung, Senin (20/10).", dt.date(2025, 10, 22))[2] == "2025-10-20"
    assert one("Ia berbicara di Bandung, Kamis (20/10).", dt.date(2023, 1, 5))[2] == "2022-10-20"


def test_written_dates() -> None:
    assert one("Kontrak diteken pada 17 Juni 2024 lalu.")[0:3:2] == ("17 Juni 2024 lalu", "2024-06-17")
    assert one("Kontrak diteken pada 17 Juni.")[2] == "2024-06-17"
    assert one("Kontrak diteken pada 3 Des 2023.")[2] == "2023-12-03"
    assert one("Kontrak diteken pada 3 Agt 2023.")[2] == "2023-08-03"
    assert one("Kontrak diteken pada 30 Desember.", dt.date(2024, 1, 4))[2] == "2023-12-30"
    assert tags("Survei digelar 8-19 Mei 2025 di kota itu.") == [
        ("8", "DATE", "2025-05-08"), ("19 Mei 2025", "DATE", "2025-05-19"),
    ]


def test_month_year_and_years() -> None:
    assert one("Harga naik sejak Juni 2024 di seluruh daerah.") == ("Juni 2024", "DATE", "2024-06")
    assert one("Kebijakan itu berlaku pada tahun 2020 di Aceh.") == ("tahun 2020", "DATE", "2020")
    assert one("Pabrik itu beroperasi sejak 2019 di Cilegon.") == ("2019", "DATE", "2019")
    assert one("Target itu dipatok hingga akhir 2030 oleh pemerintah.") == ("akhir 2030", "DATE", "2030")
    assert tags("Korupsi berlangsung dalam periode 2017-2021 di dinas itu.") == [
        ("2017", "DATE", "2017"), ("2021", "DATE", "2021"),
    ]
    assert one("Dana itu masuk APBN 2025 yang sudah disahkan.") == ("2025", "DATE", "2025")
    assert one("Proyek itu dibiayai tahun anggaran 2023.") == ("tahun anggaran 2023", "DATE", "2023")
    assert tags("Serapan anggaran selama tiga tahun (2022-2024) tinggi.")[1:] == [
        ("2022", "DATE", "2022"), ("2024", "DATE", "2024"),
    ]
    assert tags("Data Januari-Maret 2024 menunjukkan kenaikan.") == [
        ("Januari", "DATE", "2024-01"), ("Maret 2024", "DATE", "2024-03"),
    ]


def test_decades() -> None:
    assert one("Musik itu populer pada dekade 1990-an di kota kecil.") == ("dekade 1990-an", "DATE", "199X")
    assert one("Gaya rambut tahun 80-an kembali tren.")[2] == "198X"


def test_quarters_and_halves() -> None:
    assert one("Laba naik pada kuartal III 2023 menurut laporan.") == ("kuartal III 2023", "DATE", "2023-Q3")
    assert one("Ekspor tumbuh pada semester pertama 2023.") == ("semester pertama 2023", "DATE", "2023-H1")
    assert one("Ekspor tumbuh pada kuartal I tahun ini.")[2] == "2024-Q1"
    assert one("Penjualan Q2 2024 melonjak.")[2] == "2024-Q2"
    assert tags("Ia naik ke semester 2 di kampusnya.") == []


# --------------------------------------------------------------------------- not times


@pytest.mark.parametrize(
    "sentence",
    [
        "Aturan itu tertuang dalam UU No. 11 Tahun 2008 tentang informasi.",
        "Rusia mengirim tank T-54 dan jet Su-57 ke perbatasan.",
        "Peluru 152-milimeter itu ditemukan warga.",
        "Ekonomi tumbuh 4,8 persen dan 1.000 warga bekerja.",
        "Nilai kontrak mencapai $34,4 juta.",
        "Tim tuan rumah menang 2-1 atas tamunya.",
        "Hubungi nomor 0812-3456-7890 untuk informasi.",
        "Ia dijerat Pasal 27 tentang pencemaran nama baik.",
        "Tunggu dulu sebelum menjawab.",
        "Dia membayar terlebih dahulu.",
        "Sebanyak 2020 orang mendaftar.",
        "Putusan itu dinilai melanggar UUD Tahun 1945.",
    ],
)
def test_not_times(sentence: str) -> None:
    assert tags(sentence) == []


# --------------------------------------------------------------------------- clock times


def test_clock_times_take_the_sentence_date() -> None:
    found = tags("Ledakan terjadi Minggu (28/12/2014) sekitar pukul 14.30 WIB di gudang.")
    assert found[1] == ("pukul 14.30 WIB", "TIME", "2014-12-28T14:30")
    # no day in the sentence or before it: the publication day; without an anchor the date is unknown
    assert one("Kapal tiba pukul 09.00 waktu setempat.") == ("pukul 09.00 waktu setempat", "TIME", "2024-06-05T09:00")
    assert one("Kapal tiba pukul 09.00 waktu setempat.", None)[2] == "XXXX-XX-XXT09:00"
    assert one("Kapal tiba pukul 8 malam.")[2] == "2024-06-05T20:00"
    assert tags("Kapal tiba hari ini pukul 10.15 WITA.")[1][2] == "2024-06-05T10:15"


# --------------------------------------------------------------------------- relative to the anchor


def test_relative_days() -> None:
    assert one("Hari ini harga cabai turun.")[2] == "2024-06-05"
    assert one("Polisi menangkap pelaku kemarin.")[2] == "2024-06-04"
    assert one("Sidang dilanjutkan besok.")[2] == "2024-06-06"
    assert one("Sidang dilanjutkan lusa.")[2] == "2024-06-07"
    assert one("Hujan deras turun kemarin lusa.")[2] == "2024-06-03"


def test_relative_weeks_months_years() -> None:
    assert one("Harga naik pekan lalu.")[2] == "2024-W22"
    assert one("Harga naik minggu ini.")[2] == "2024-W23"
    assert one("Rapat digelar minggu depan.")[2] == "2024-W24"
    assert one("Stok menipis bulan lalu.")[2] == "2024-05"
    assert one("Panen raya datang bulan depan.")[2] == "2024-07"
    assert one("Produksi turun tahun lalu.")[2] == "2023"
    assert one("Produksi naik tahun depan.")[2] == "2025"


def test_counted_relative_expressions() -> None:
    assert one("Proyek itu dimulai sembilan bulan yang lalu.") == ("sembilan bulan yang lalu", "DATE", "2023-09")
    assert one("Dia tiba dua hari lalu.")[2] == "2024-06-03"
    assert one("Jalan tol selesai tiga tahun lagi.")[2] == "2027"
    assert one("Kasus itu terungkap dua pekan lalu.")[2] == "2024-W21"
    assert one("Harga turun dalam lima tahun terakhir.") == ("lima tahun terakhir", "DURATION", "P5Y")


def test_period_parts() -> None:
    assert one("Target itu dicapai awal tahun ini.") == ("awal tahun ini", "DATE", "2024")
    assert one("Gaji dibayar akhir bulan lalu.")[2] == "2024-05"
    assert one("Pabrik dibuka pertengahan tahun depan.")[2] == "2025"


def test_bare_months_past_and_future() -> None:
    assert one("Banjir melanda pada Maret di desa itu.")[2] == "2024-03"
    assert one("Banjir melanda pada Agustus lalu.")[2] == "2023-08"
    assert one("Pemilu akan digelar pada Maret.")[2] == "2025-03"
    assert one("Kenaikan harga berlaku mulai bulan Juli.")[2] == "2024-07"


def test_bare_weekdays_past_and_future() -> None:
    assert one("Polisi menggerebek gudang itu pada Senin.")[2] == "2024-06-03"
    assert one("Polisi menggerebek gudang itu Selasa lalu.")[2] == "2024-06-04"
    assert one("Aturan baru berlaku mulai Selasa.")[2] == "2024-06-11"
    assert one("Ia pulang Minggu sore.") == ("Minggu sore", "TIME", "2024-06-02TAF")
    assert one("Harga naik, kata dia pada Minggu lalu.")[2] == "2024-06-02"
    assert one("Minggu lalu harga naik.")[2] == "2024-W22"


def test_seasons() -> None:
    assert one("Salju turun deras musim dingin lalu.")[2] == "2023-WI"
    assert one("Bunga mekar musim semi nanti.")[2] == "2025-SP"
    assert one("Bunga mekar musim semi lalu.")[2] == "2024-SP"
    assert one("Salju akan turun musim dingin ini.")[2] == "2024-WI"
    assert one("Salju turun musim dingin 2022.")[2] == "2022-WI"
    assert one("Petani menanam padi saat musim hujan.")[2] == "2024"


def test_anchor_missing_keeps_expressions() -> None:
    assert one("Dia tiba dua hari lalu.", None) == ("dua hari lalu", "DATE", None)
    assert one("Kontrak diteken pada 17 Juni 2024.", None)[2] == "2024-06-17"


# --------------------------------------------------------------------------- durations, sets, refs


def test_durations() -> None:
    assert one("Pameran berlangsung dua hari.") == ("dua hari", "DURATION", "P2D")
    assert one("Dia mengabdi 24 tahun.")[2] == "P24Y"
    assert one("Pencarian berlangsung beberapa bulan.")[2] == "PXM"
    assert one("Latihan berlangsung selama tiga pekan.") == ("tiga pekan", "DURATION", "P3W")
    assert one("Rapat berlangsung 1,5 jam.")[2] == "PT1.5H"
    assert one("Konflik berlangsung dua puluh lima tahun.")[2] == "P25Y"
    assert one("Pemeriksaan lab butuh 5-7 hari.")[2] == "PXD"
    assert one("Organisasi itu berdiri setengah abad.")[2] == "P50Y"
    assert one("Tarif tidak naik sewindu.")[2] == "P8Y"


def test_the_next_n_units_and_the_time_left_are_durations_not_dates() -> None:
    """``N hari ke depan`` ("the next N days") and a count after ``selama``/``untuk``/``dalam`` are
    spans; ``tinggal N bulan lagi`` is time left when a noun of time left comes before it (a hedge
    such as ``sekitar`` or ``kurang dari`` may stand between). ``N bulan lagi`` alone stays a date."""
    assert one("Kedua pemuda itu ditahan di rutan polres untuk 25 hari ke depan.") == (
        "25 hari ke depan", "DURATION", "P25D")
    assert one("Toko itu tutup untuk dua pekan ke depan.")[1:] == ("DURATION", "P2W")
    assert one("Sisa masa jabatan bupati tinggal tiga bulan lagi.") == ("tiga bulan lagi", "DURATION", "P3M")
    assert one("Waktu untuk mendaftar hanya tersisa enam hari lagi.")[1:] == ("DURATION", "P6D")
    assert one("Masa jabatan wali kota tinggal sekitar tiga bulan lagi.")[1:] == ("DURATION", "P3M")
    assert one("Waktu yang tersisa kurang dari tiga bulan lagi.")[1:] == ("DURATION", "P3M")
    assert one("Jembatan baru dibuka tiga bulan lagi.") == ("tiga bulan lagi", "DATE", "2024-09")


def test_a_count_of_days_to_a_scheduled_event_stays_a_date() -> None:
    """Without a noun of time left, ``tinggal``/``masih``/``hanya`` + ``N unit lagi`` counts down to
    a day (``sidang vonis tinggal tiga hari lagi``); ``akan`` with a one-off act makes ``N hari ke
    depan`` that day too."""
    assert one("Sidang vonis terdakwa tinggal tiga hari lagi.") == ("tiga hari lagi", "DATE", "2024-06-08")
    assert one("Pelantikan presiden masih dua bulan lagi.")[1:] == ("DATE", "2024-08")
    assert one("Pemerintah akan mengumumkan hasilnya tiga hari ke depan.")[1:] == ("DATE", "2024-06-08")


def test_an_address_written_like_a_date_is_not_a_date() -> None:
    """A neighbourhood or plot number (``RT 04/01/02``) is not the 4 January 2002; after a comma
    (``kata Ketua RT, 14/10/25``) or with a four-digit year the date stays."""
    assert tags("Air menggenangi rumah warga di Dusun Mawar RT 04/01/02 RW 06.") == []
    assert tags("Toko itu ada di Blok 12/3/21 pasar induk.") == []
    assert one("Pasar itu terbakar 03/02/01 menurut arsip desa.")[2] == "2001-02-03"
    assert one('"Kami sudah lapor ke polisi," kata Ketua RT, 14/10/25.')[2] == "2025-10-14"
    assert one("Rapat RT 14/10/2025 memutuskan iuran naik.")[2] == "2025-10-14"


def test_a_document_number_or_an_alley_written_like_a_date_is_not_a_date() -> None:
    """A letter's number (``SK Nomor 7/11/24``; with ``nomor``/``no`` also a four-digit year,
    ``Surat Edaran No. 3/9/2025``) and an alley or lot (``Gang 5/10/25``, ``Gg. 8/2/23``) are not
    dates; the same numbers after a comma (``kata Ketua RT, 14/10/2025``) or a plain ``digelar``
    stay dates."""
    assert tags("SK Bupati Nomor 7/11/24 mengatur tarif parkir baru.") == []
    assert tags("Surat Edaran No. 3/9/2025 melarang truk masuk kota.") == []
    assert tags("Surat Edaran Nomor 3/9/2025 melarang truk masuk kota.") == []
    assert tags("Rumah di Gang 5/10/25 ikut tergenang.") == []
    assert tags("Warga Gg. 8/2/23 mengungsi ke masjid.") == []
    assert one('"Air sudah surut," kata Ketua RT, 14/10/2025.')[2] == "2025-10-14"
    assert one("Rapat warga digelar 3/9/2025 di balai desa.")[2] == "2025-09-03"


def test_sets() -> None:
    assert one("Rapat digelar setiap pekan.") == ("setiap pekan", "SET", "P1W")
    assert one("Dia berolahraga tiap minggu.")[2] == "P1W"
    assert one("Pasar buka setiap Senin.") == ("setiap Senin", "SET", "XXXX-WXX-1")
    assert one("Kilang memompa 30 ribu barel per hari.")[1:] == ("SET", "P1D")


def test_reference_words() -> None:
    assert one("Saat ini stok beras aman.")[2] == "PRESENT_REF"
    assert one("Harga sekarang jauh lebih murah.")[2] == "PRESENT_REF"
    assert one("Sejak dulu warga menanam kopi.")[2] == "PAST_REF"
    assert one("Saat itu jalan masih sepi.")[2] == "PAST_REF"
    assert one("Kami akan bahas nanti.")[2] == "FUTURE_REF"
    assert one("Investasi akan tumbuh di tahun-tahun mendatang.")[2] == "FUTURE_REF"
    assert one("Utang itu bisa jadi masalah di kemudian hari.")[2] == "FUTURE_REF"


# --------------------------------------------------------------------------- article-level anchoring


def test_kemudian_counts_from_last_explicit_date() -> None:
    d = doc("Banjir datang pada 3 Maret 2024. Dua hari kemudian air surut. Beberapa minggu kemudian warga pulang.")
    values = [(t.text, t.value, t.sentence) for t in extract_times(d)]
    assert values[0] == ("3 Maret 2024", "2024-03-03", 0)
    assert values[1] == ("Dua hari kemudian", "2024-03-05", 1)
    assert values[2][0] == "Beberapa minggu kemudian"
    assert values[2][1] in ("2024-03", "2024")


def test_kemudian_without_explicit_date_is_none() -> None:
    (t,) = extract_times(doc("Dua hari kemudian air surut."))
    assert t.value is None


def test_offsets_are_sentence_relative() -> None:
    d = doc("Hujan turun.\nWarga mengungsi Selasa (12/9/2023) ke masjid.")
    (t,) = extract_times(d)
    sent = d.sentences[t.sentence].text
    assert t.sentence == 1
    assert sent[t.start:t.end] == t.text == "Selasa (12/9/2023)"


def test_shared_news_sample(shared_dir) -> None:
    import json

    rows = [json.loads(x) for x in (shared_dir / "news" / "kompas-oil-dev.jsonl").open(encoding="utf-8")][:10]
    for row in rows:
        d = doc(row["text"], row.get("published"))
        for t in extract_times(d):
            assert d.sentences[t.sentence].text[t.start:t.end] == t.text
            assert t.type in ("DATE", "TIME", "DURATION", "SET")


def test_a_bare_month_of_the_next_month_is_the_coming_one() -> None:
    """In June, "Juli" without a cue is this year's; "Agustus" and "September" are last year's, as
    "Januari" in a list of months so far is this year's past one."""
    assert one("Target perusahaan itu, semua gerai baru buka pada Juli.")[2] == "2024-07"  # no future cue
    assert one("Harga kakao untuk Juli turun 70 sen.")[2] == "2024-07"
    assert one("Kasus serupa terjadi pada Agustus di desa itu.")[2] == "2023-08"
    assert one("Kasus serupa terjadi pada September di desa itu.")[2] == "2023-09"
    assert [v for _t, _ty, v in tags("Dari Januari hingga Mei jumlah wisatawan naik.")] == ["2024-01", "2024-05"]


def test_a_weekday_in_a_place_name_is_not_a_day() -> None:
    """Pasar Minggu is a Jakarta district; "pasar Senin" in lower case stays a market day."""
    assert tags("Bengkel itu terletak di Jl Raya Pasar Minggu 27, Jakarta Selatan.") == []
    assert [v for _t, _ty, v in tags("Banjir melanda Pasar Minggu pada Senin.")] == ["2024-06-03"]
