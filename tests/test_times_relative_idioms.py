"""Relative words that name no day (time7 brief, task 2): ``hari ini`` meaning "nowadays", the idiom
``anak kemarin sore``, the vague ``beberapa hari lalu``, and ``tadi malam`` as the night just gone.
Sentences are invented; the extractor and the timeline are the real ones."""

from __future__ import annotations

import datetime as dt

import pytest

from kliping.extract.times import tag_sentence
from tests.test_timeline_quote_day import placements

FRIDAY = dt.date(2025, 6, 20)


def _values(sentence: str, anchor: dt.date = FRIDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_sentence(sentence, anchor)]


@pytest.mark.parametrize("sentence", [
    "Anak muda hari ini lebih suka berbelanja lewat aplikasi.",
    "Menurut dia, generasi hari ini jarang membaca koran cetak.",
    '"Tantangan kaum muda hari ini jauh lebih berat," ujarnya.',
    "Zaman hari ini semua urusan bisa selesai dari telepon genggam.",
    "Penulis itu melukiskan wajah Indonesia hari ini dengan getir.",
    "Indonesia hari ini adalah negara yang bergantung pada impor gandum.",
])
def test_hari_ini_after_a_generic_group_or_a_portrait_is_nowadays(sentence: str) -> None:
    assert _values(sentence) == [("hari ini", "PRESENT_REF")]


@pytest.mark.parametrize("sentence", [
    "Ratusan anak muda hari ini berunjuk rasa di depan gedung dewan.",  # a group of that day
    "Para remaja hari ini mengikuti lomba pidato di balai kota.",
    "Jepang hari ini mengumumkan tarif balasan atas baja impor.",  # a government acting that day
    "Bank Indonesia hari ini menahan suku bunga acuan.",  # part of a name
    "Timnas Indonesia hari ini adalah tim yang lebih muda.",
    "Bupati meresmikan jembatan gantung itu hari ini.",
])
def test_hari_ini_of_a_group_acting_that_day_stays_the_day(sentence: str) -> None:
    assert ("hari ini", "2025-06-20") in _values(sentence)


def test_a_date_gloss_keeps_a_generic_looking_hari_ini_the_day() -> None:
    assert ("hari ini", "2025-06-20") in _values("Anak muda hari ini, Jumat (20/6), menggelar pentas seni.")


def test_anak_kemarin_sore_is_an_idiom_not_a_time() -> None:
    assert _values("Pengamat itu menyebut calon ketua umum tersebut masih anak kemarin sore.") == []
    assert _values("Bocah kemarin sore itu kini duduk di kursi menteri.") == [("kini", "PRESENT_REF")]
    # the literal afternoon before stays
    assert _values("Kami bertemu dengan pengurus kemarin sore di kantor desa.") == [("kemarin sore", "2025-06-19TAF")]


def test_tadi_malam_is_the_night_before_the_publication_day() -> None:
    # the night just gone: in the dev news every "tadi malam" of a piece is the previous evening
    assert _values("Gudang itu terbakar tadi malam sekitar pukul 22.00.") == [
        ("tadi malam", "2025-06-19TNI"), ("pukul 22.00", "2025-06-19T22:00")]
    assert _values("Malam tadi hujan deras membuat jalan tergenang.") == [("Malam tadi", "2025-06-19TNI")]


@pytest.mark.parametrize(("anchor", "value"), [
    (dt.date(2025, 6, 20), "2025-06"),  # every reading of "a few days" falls in June
    (dt.date(2025, 6, 3), "2025"),  # May or June: only the year is sure
])
def test_beberapa_hari_lalu_never_gives_a_day(anchor: dt.date, value: str) -> None:
    assert _values("Beberapa hari lalu warga melapor ke kantor polisi.", anchor) == [("Beberapa hari lalu", value)]


def test_beberapa_hari_lalu_places_no_day_entry_on_the_timeline() -> None:
    placed = placements("Polisi menangkap dua pencuri sepeda motor di Depok, Jumat (20/6/2025). Beberapa hari "
                        "lalu, warga melapor ke polisi soal pencurian di kompleks perumahan itu.", "2025-06-20")
    assert ("2025-06-20", 0) in placed
    assert not any(s == 1 and len(v) == 10 for v, s in placed)  # the report: at most its month


@pytest.mark.parametrize(("sentence", "day"), [
    # FRIDAY is 2025-06-20: the nearest Wednesday (18 June) is this week's, not last week's
    ("Menteri itu bertemu para petani pada Rabu pekan lalu.", "2025-06-11"),
    ("Sidang lanjutan digelar Jumat minggu lalu di Bandung.", "2025-06-13"),
    ("Hasil audit diumumkan Senin pekan depan.", "2025-06-23"),
    ("Rapat dengar pendapat dijadwalkan Kamis pekan ini.", "2025-06-19"),
])
def test_weekday_with_a_week_phrase_is_that_weeks_day(sentence: str, day: str) -> None:
    values = dict(_values(sentence))
    weekday = next(text for text in values if text[:1].isupper() and " " not in text)
    assert values[weekday] == day


def test_esok_harinya_is_the_day_after_the_day_just_told_not_tomorrow() -> None:
    """``esok harinya`` ("the next day") counts from the day the sentence has told, like
    ``keesokan harinya``; only a bare ``esok``/``esok hari`` is the day after the publication."""
    told = "Kapal nelayan itu karam pada 3 Juni 2025, dan esok harinya tim SAR menemukan dua awaknya."
    assert _values(told) == [("3 Juni 2025", "2025-06-03"), ("esok harinya", "2025-06-04")]
    assert _values("Esok hari panitia akan mengumumkan pemenang lomba perahu hias.") == [
        ("Esok hari", "2025-06-21")]


# --- a count of units before ``kemarin`` (round 31) ---------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Warga bilang beberapa hari kemarin ada petugas dinas yang datang ke kampung.",
     [("beberapa hari kemarin", "2025-06")]),
    ('"Dua hari kemarin kami sudah mengungsi ke balai desa," kata seorang warga.',
     [("Dua hari kemarin", "2025-06-18")]),
    ("Harga cabai di pasar itu naik sejak tiga minggu kemarin.", [("tiga minggu kemarin", "2025-W22")]),
])
def test_a_count_of_units_before_kemarin_counts_back_like_lalu(sentence: str, expected: list) -> None:
    """Spoken ``N hari kemarin`` is "N days ago", as ``N hari lalu``: not a duration and yesterday."""
    assert _values(sentence) == expected


def test_kemarin_alone_is_yesterday_and_a_count_after_selama_is_a_span() -> None:
    assert _values("Kemarin warga mengungsi ke balai desa.") == [("Kemarin", "2025-06-19")]
    assert _values("Selama dua hari kemarin hujan turun tanpa henti.") == [("dua hari kemarin", "P2D")]
