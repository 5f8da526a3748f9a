"""Time expressions whose value depends on context: cues around bare months and weekdays, earlier
dates in the article, speech vs. yesterday, citations, capitals. Our own Indonesian sentences."""

from __future__ import annotations

import datetime as dt
import json

from kliping.extract.times import extract_times, tag_sentence
from kliping.ingest import clean, read_inputs
from kliping.model import Document
from kliping.text import split_sentences

NOV = dt.date(2014, 11, 20)  # a Thursday


def tags(text: str, anchor: dt.date | None = NOV) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag_sentence(text, anchor)]


def article(text: str, published: str = "2014-11-20") -> list[tuple[str, str | None]]:
    doc = Document(id="d", input="t", text=text, sentences=split_sentences(text), published=published)
    return [(t.text, t.value) for t in extract_times(doc)]


def test_delivery_month_of_a_futures_contract_is_the_coming_one() -> None:
    assert tags("Kontrak kedelai untuk pengiriman Januari naik 3 sen.") == [("Januari", "DATE", "2015-01")]
    assert tags("Kopi untuk pengantaran Desember turun tipis.") == [("Desember", "DATE", "2014-12")]
    # without the cue the bare month is the latest past one
    assert tags("Ekspor kopi melonjak pada Januari.") == [("Januari", "DATE", "2014-01")]


def test_sejak_puts_a_bare_month_in_the_past_even_near_a_future_cue() -> None:
    assert tags("Harga gabah turun sejak Juni dan akan terus turun.") == [("Juni", "DATE", "2014-06")]


def test_future_cue_inside_reported_speech_does_not_move_the_weekday() -> None:
    # the statement was made on Monday; "akan" belongs to what was said
    assert tags("Gubernur Lampung, Senin, mengatakan akan ada rapat.")[0][2] == "2014-11-17"
    assert tags("Rapat itu akan digelar Senin.")[0][2] == "2014-11-24"


def test_bare_weekday_reuses_the_date_written_with_it_earlier() -> None:
    text = ("Para petani akan berkumpul pada Sabtu (22/11/2014) di Metro. "
            "Pertemuan Sabtu itu membahas harga pupuk.")
    assert article(text) == [("Sabtu (22/11/2014)", "2014-11-22"), ("Sabtu", "2014-11-22")]


def test_kemarin_as_previously_is_past_ref() -> None:
    assert tags("Proyek itu tertunda karena kemarin ada kendala izin.") == [("kemarin", "DATE", "PAST_REF")]
    assert tags("Kemarin pabrik itu sempat berhenti, sekarang sudah jalan.")[0] == ("Kemarin", "DATE", "PAST_REF")
    assert tags("Banjir melanda Bekasi kemarin sore.") == [("kemarin sore", "TIME", "2014-11-19TAF")]
    assert tags("Hujan turun deras kemarin di Bogor.") == [("kemarin", "DATE", "2014-11-19")]


def test_a_backward_count_after_a_verb_of_lasting_is_the_span_before_not_a_day() -> None:
    """``berlangsung tiga hari sebelumnya`` is the previous three days (QA: a fall shown twice, once
    at a day three days before the article's last written date); ``berlangsung tiga hari lalu``
    ("took place three days ago") stays a day, and so does a count with no verb of lasting."""
    text = "Kemarin harga kedelai anjlok 2 persen, menghapus penguatan yang berlangsung tiga hari sebelumnya."
    assert tags(text) == [("Kemarin", "DATE", "2014-11-19"), ("tiga hari sebelumnya", "DURATION", "P3D")]
    assert tags("Reli saham yang bertahan dua pekan sebelumnya akhirnya terhenti.") == [
        ("dua pekan sebelumnya", "DURATION", "P2W")]
    assert tags("Pameran itu berlangsung tiga hari lalu di Bandung.") == [("tiga hari lalu", "DATE", "2014-11-17")]
    assert article("Pada 12 November 2014, gudang itu terbakar. Pemiliknya diperiksa tiga hari sebelumnya.") == [
        ("12 November 2014", "2014-11-12"), ("tiga hari sebelumnya", "2014-11-09")]


def test_relative_day_with_bracketed_date_is_one_expression() -> None:
    assert tags("Laporan itu terbit kemarin (19/11) di Jakarta.") == [("kemarin (19/11)", "DATE", "2014-11-19")]


def test_count_before_counts_from_the_year_just_named() -> None:
    text = "Pada 2012, produksi garam naik 5 persen dibanding setahun sebelumnya."
    assert article(text) == [("2012", "2012"), ("setahun sebelumnya", "2011")]


def test_part_of_day_takes_the_date_in_focus() -> None:
    assert tags("Sore hari ini pasar ditutup menguat.") == [("Sore hari ini", "TIME", "2014-11-20TAF")]
    text = "Perampokan terjadi Rabu (12/11/2014). Pelaku masuk pada malam hari, kata polisi, Kamis (20/11/2014)."
    assert article(text)[1] == ("malam hari", "2014-11-12TNI")
    assert tags("Perdagangan hingga tengah hari masih sepi.") == [("tengah hari", "TIME", "2014-11-20T12:00")]


def test_reference_phrases() -> None:
    assert tags("Beberapa waktu lalu gudang itu terbakar.") == [("Beberapa waktu lalu", "DATE", "PAST_REF")]
    assert tags("Dinas akan menerbitkan aturan dalam waktu dekat.") == [("waktu dekat", "DATE", "FUTURE_REF")]
    assert tags("Harga cabai akhir-akhir ini tinggi.") == [("akhir-akhir ini", "DATE", "PRESENT_REF")]
    assert tags("Anak muda menentukan masa depan desa.") == [("masa depan", "DATE", "FUTURE_REF")]


def test_bare_year_after_a_name_is_a_date_but_counts_and_codes_are_not() -> None:
    assert tags("Target itu tercantum dalam APBN-P 2015.") == [("2015", "DATE", "2015")]
    assert tags("Rencana usaha PLN 2025-2034 disahkan.") == [("2025", "DATE", "2025"), ("2034", "DATE", "2034")]
    assert tags("Gudang di Jalan 2010 itu kosong.") == []
    assert tags("Sebanyak 2015 orang ikut lomba lari.") == []
    assert tags("Sengketa itu diatur Undang-Undang Dasar 1945.") == []


def test_citations_are_not_times() -> None:
    assert tags("Biaya kampanye terus naik (Santoso, 2019).") == []
    assert tags("Menurut Lubis dkk (2021) biaya itu tinggi.") == []
    assert tags("Menurut Lubis dan Hartono (2021) biaya itu tinggi.") == []
    # a bracketed year range after an ordinary word is still a time
    assert tags("Serapan anggaran selama tiga tahun (2019-2021) rendah.")[1:] == [
        ("2019", "DATE", "2019"), ("2021", "DATE", "2021"),
    ]


def test_ordinal_week_of_a_month() -> None:
    assert tags("Panen raya jatuh pada pekan ketiga Januari 2015.") == [
        ("pekan ketiga Januari 2015", "DATE", "2015-W03"),
    ]
    assert tags("Lelang digelar minggu terakhir bulan ini.") == [("minggu terakhir bulan ini", "DATE", "2014-W48")]


def test_school_year() -> None:
    assert tags("Menjelang tahun ajaran baru harga seragam naik.", dt.date(2025, 6, 13)) == [
        ("tahun ajaran baru", "DATE", "2025"),
    ]


def test_all_caps_text_is_tagged_with_its_own_offsets() -> None:
    text = "HARGA PERTALITE TURUN MULAI SELASA (2/12/2014) PUKUL 00.00 WIB."
    found = tag_sentence(text, NOV)
    assert [(t.text, t.value) for t in found] == [
        ("SELASA (2/12/2014)", "2014-12-02"), ("PUKUL 00.00 WIB", "2014-12-02T00:00"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_ingest_pads_unpadded_publication_dates_for_the_anchor(tmp_path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "published": "2013-12-5",
                               "text": "Pasar Tanah Abang ramai pada Sabtu (7/12) siang, kata pedagang."}) + "\n",
                   encoding="utf-8")
    (art,) = list(read_inputs([str(src)]))
    doc = clean(art)
    assert doc.published == "2013-12-05"
    assert doc.anchor == dt.date(2013, 12, 5)
    assert [t.value for t in extract_times(doc)] == ["2013-12-07TAF"]


def test_minggu_depan_at_a_clause_start_or_after_a_weekday_is_next_week_not_sunday() -> None:
    oct22 = dt.date(2025, 10, 22)  # a Wednesday, in ISO week 43
    # the week, whatever the capital, at the start of a sentence, a quote or a clause
    assert tags("Minggu depan pemerintah membuka lelang baru.", oct22) == [("Minggu depan", "DATE", "2025-W44")]
    assert tags("Lelang itu dibuka minggu depan.", oct22) == [("minggu depan", "DATE", "2025-W44")]
    assert tags("Lelang itu dibuka pekan depan.", oct22) == [("pekan depan", "DATE", "2025-W44")]
    assert tags("Menurut dia, Minggu depan bantuan tunai bisa diambil.", oct22) == [
        ("Minggu depan", "DATE", "2025-W44")]
    assert ("Minggu depan", "DATE", "2025-W44") in tags("Loket dibuka hari Selasa, Minggu depan dana bisa dicairkan.", oct22)
    assert ("Minggu depan", "DATE", "2025-W44") in tags("Sidang ditunda ke Senin Minggu depan.", oct22)
    # the day Sunday: with ``hari``, with its date, or capitalised mid-clause after ``pada``
    assert tags("Warga akan berkumpul hari Minggu depan.", oct22) == [("hari Minggu depan", "DATE", "2025-10-26")]
    assert tags("Warga berkumpul Minggu (26/10) di alun-alun.", oct22) == [("Minggu (26/10)", "DATE", "2025-10-26")]
    assert tags("Pasar murah digelar pada Minggu depan.", oct22) == [("Minggu depan", "DATE", "2025-10-26")]
