"""A month named as a recurring period (``setiap Desember``, ``biasanya pada Januari``, ``Bulan Desember
perlu ...``) is no happening date. Sentences are invented; the time extractor and the timeline are the
real ones."""

from __future__ import annotations

import datetime as dt

from kliping.extract.times import tag_sentence
from tests.test_timeline_quote_day import placements


def _tags(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag_sentence(text, dt.date(2025, 10, 22))]


def test_a_month_after_an_every_word_is_a_set() -> None:
    assert _tags("Setiap Desember harga tiket kapal ke pulau itu naik tajam.") == [
        ("Setiap Desember", "SET", "XXXX-12")]
    assert _tags("Setiap bulan Maret warga desa menggelar tradisi bersih sungai.") == [
        ("Setiap bulan Maret", "SET", "XXXX-03")]
    assert _tags("Tiap-tiap Januari sekolah itu menerima murid baru.") == [("Tiap-tiap Januari", "SET", "XXXX-01")]
    assert _tags("Saban akhir tahun permintaan avtur melonjak.") == [("Saban akhir tahun", "SET", "P1Y")]
    assert _tags("Tiap awal bulan pedagang membayar iuran pasar.") == [("Tiap awal bulan", "SET", "P1M")]


def test_a_named_month_without_an_every_word_stays_a_date() -> None:
    assert _tags("Harga beras naik pada Desember lalu.") == [("Desember lalu", "DATE", "2024-12")]
    # ``setiap bulan`` with a clause between is a SET of its own, the month a date
    assert [t for _x, t, _v in _tags("Setiap bulan harga naik, dan pada Maret lalu harga turun.")] == ["SET", "DATE"]


def test_a_month_with_a_habit_word_is_not_placed() -> None:
    placed = placements(
        "Dinas Pertanian memantau harga cabai di pasar kabupaten. "
        "Biasanya pada Januari harga cabai turun karena panen raya. "
        "Permintaan tiket kapal umumnya memuncak pada Desember saat musim liburan. "
        "Pajak kendaraan dinas dibayar setiap tahun pada Maret.",
        "2025-10-22")
    assert not any(s in (1, 2, 3) for _v, s in placed)


def test_a_month_as_the_subject_of_a_property_is_not_placed() -> None:
    placed = placements("Bulan Desember perlu pasokan listrik lebih besar karena libur panjang dan pesta akhir tahun.",
                        "2025-12-20")
    assert placed == set()


def test_a_month_of_a_happening_stays() -> None:
    placed = placements(
        "Harga cabai di pasar induk turun tajam pada Juli karena panen raya. "
        "Bulan Agustus harga cabai naik lagi. "
        "Pada September lalu, petani biasanya sudah menanam ulang.",
        "2025-10-22")
    assert {("2025-07", 0), ("2025-08", 1), ("2025-09", 2)} <= placed
