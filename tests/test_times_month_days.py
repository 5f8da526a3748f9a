"""A day of a month named by its place (``tanggal 5 bulan depan``) or of every month (``setiap
tanggal 10``, ``tanggal 28 bulan berjalan``), and a month named as the exception of a monthly rule
(``khusus Februari``): neither a duration nor the nearest such month. Sentences are invented; the
time extractor and the timeline are the real ones."""

from __future__ import annotations

import datetime as dt

from kliping.extract.times import tag_sentence
from kliping.extract.times.context import Ctx
from tests.test_timeline_quote_day import placements

_ANCHOR = dt.date(2025, 10, 17)


def _tags(*sentences: str) -> list[list[tuple[str, str, str | None]]]:
    """Each sentence's (text, type, value), read in order as one article published 17 October 2025."""
    ctx = Ctx(_ANCHOR)
    return [[(t.text, t.type, t.value) for t in tag_sentence(s, _ANCHOR, i, ctx)] for i, s in enumerate(sentences)]


def test_a_day_of_a_month_named_by_its_place_is_that_day_not_a_duration() -> None:
    assert _tags("Pendaftaran calon anggota koperasi ditutup pada tanggal 15 bulan depan.") == [
        [("tanggal 15 bulan depan", "DATE", "2025-11-15")]]
    assert _tags("Gaji guru honorer cair tanggal 5 bulan ini.") == [[("tanggal 5 bulan ini", "DATE", "2025-10-05")]]
    assert _tags("Dana hibah itu masuk ke rekening desa tgl. 3 bulan lalu.") == [
        [("tgl. 3 bulan lalu", "DATE", "2025-09-03")]]
    # a day the month does not have: the expression stays, with no value
    assert _tags("Tunjangan dibayar tanggal 31 bulan depan.") == [[("tanggal 31 bulan depan", "DATE", None)]]


def test_a_day_of_every_month_is_a_set() -> None:
    assert _tags("Loket pembayaran iuran dibuka sampai tanggal 25 bulan berjalan.") == [
        [("tanggal 25 bulan berjalan", "SET", "XXXX-XX-25")]]
    assert _tags("Pedagang pasar membayar retribusi setiap tanggal 10.") == [
        [("setiap tanggal 10", "SET", "XXXX-XX-10")]]
    assert _tags("Iuran warga disetor paling lambat tanggal 1 setiap bulan.") == [
        [("tanggal 1 setiap bulan", "SET", "XXXX-XX-01")]]
    assert _tags("Warga kampung itu menggelar upacara setiap tanggal 17 Agustus.") == [
        [("setiap tanggal 17 Agustus", "SET", "XXXX-08-17")]]


def test_a_count_of_months_stays_a_duration() -> None:
    assert _tags("Cicilan motor itu berjalan 12 bulan lamanya.") == [[("12 bulan", "DURATION", "P12M")]]
    assert _tags("Sidang digelar tanggal 3 Oktober.") == [[("tanggal 3 Oktober", "DATE", "2025-10-03")]]


def test_a_month_excepted_from_a_monthly_rule_is_every_years_month() -> None:
    rule = "Pengajuan keringanan iuran dibuka sampai tanggal 25 bulan berjalan."
    assert _tags(rule, "Namun, khusus Februari, pengajuan hanya diterima hingga tanggal 24.")[1] == [
        ("Februari", "SET", "XXXX-02")]
    assert _tags("Retribusi pasar dibayar setiap bulan kecuali bulan Desember.") == [
        [("setiap bulan", "SET", "P1M"), ("bulan Desember", "SET", "XXXX-12")]]


def test_an_excepted_month_without_a_monthly_rule_stays_one_month() -> None:
    assert _tags("Khusus Februari, penjualan mobil listrik turun 5 persen.") == [
        [("Februari", "DATE", "2025-02")]]
    # a rate per month is no rule of when; a month with its year is one month
    assert _tags("Bantuan itu senilai Rp 200.000 per bulan.", "Khusus Oktober, bantuan cair dua kali.")[1] == [
        ("Oktober", "DATE", "2025-10")]
    assert _tags(
        "Loket dibuka sampai tanggal 25 bulan berjalan.", "Khusus Februari 2025, loket tutup lebih awal.")[1] == [
        ("Februari 2025", "DATE", "2025-02")]


def test_the_excepted_month_is_not_placed_on_the_timeline() -> None:
    placed = placements(
        "Dinas Kependudukan membuka layanan cetak ulang kartu keluarga secara daring. "
        "Permohonan dilayani sampai tanggal 25 bulan berjalan. "
        "Namun, khusus Februari, permohonan hanya dilayani hingga tanggal 24. "
        "Kepala dinas meresmikan layanan itu pada Kamis (16/10/2025).",
        "2025-10-17")
    assert ("2025-10-16", 3) in placed
    assert not any(v.startswith("2025-02") or v.startswith("2026-02") for v, _s in placed)


def test_a_range_of_days_of_every_month_is_one_set_valued_at_its_first_day() -> None:
    assert _tags("Nasabah koperasi menyetor angsuran setiap tanggal 1 hingga 5.") == [
        [("setiap tanggal 1 hingga 5", "SET", "XXXX-XX-01")]]
    assert _tags("Warung sembako itu memberi potongan harga tiap tanggal 1-5 setiap bulan.") == [
        [("tiap tanggal 1-5 setiap bulan", "SET", "XXXX-XX-01")]]
    assert _tags("Laporan stok gudang dikirim tanggal 20 sampai dengan tanggal 25 setiap bulannya.") == [
        [("tanggal 20 sampai dengan tanggal 25 setiap bulannya", "SET", "XXXX-XX-20")]]
    assert _tags("Kampung nelayan itu menggelar sedekah laut setiap tanggal 10 s/d 12 Agustus.") == [
        [("setiap tanggal 10 s/d 12 Agustus", "SET", "XXXX-08-10")]]


def test_days_listed_of_every_month_are_one_set_each() -> None:
    assert _tags("Bantuan beras dibagikan tanggal 1 dan 15 setiap bulan.") == [
        [("tanggal 1", "SET", "XXXX-XX-01"), ("15 setiap bulan", "SET", "XXXX-XX-15")]]


def test_a_range_of_days_of_a_month_named_by_its_place_is_a_date_at_each_end() -> None:
    assert _tags("Pendaftaran peserta lomba dibuka tanggal 3-7 bulan depan.") == [
        [("tanggal 3", "DATE", "2025-11-03"), ("7 bulan depan", "DATE", "2025-11-07")]]


def test_a_second_day_before_the_first_is_no_range() -> None:
    assert _tags("Iuran kebersihan dipungut setiap tanggal 9-2 oleh pengurus RT.")[0][0] == (
        "setiap tanggal 9", "SET", "XXXX-XX-09")


def test_every_words_of_speech_make_sets_as_setiap_does() -> None:
    assert _tags("Pasar kaget itu buka tiap-tiap hari Minggu.") == [[("tiap-tiap hari Minggu", "SET", "XXXX-WXX-7")]]
    assert _tags("Saban hari Jumat warga membersihkan masjid.") == [[("Saban hari Jumat", "SET", "XXXX-WXX-5")]]
    assert _tags("Petani di lereng itu memanen kopi saban Juni.") == [[("saban Juni", "SET", "XXXX-06")]]
    assert _tags("Gaji buruh pabrik dibayar tiap-tiap tanggal 28.") == [[("tiap-tiap tanggal 28", "SET", "XXXX-XX-28")]]
