"""A paragraph whose first quote mark closes a quote: the quote was opened in the paragraph before
(left open at the paragraph break, the next paragraph going on without a mark), its opening mark
was lost, it was opened glued after a comma (``melanjutkan,"Program …``), or the mark is a typo
(``…," " kata dia``, a stray mark at a sentence end). See docs/quotes.md, "A closing mark with no
opening one".

All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import direct, doc, mentions


def test_a_quote_left_open_at_a_paragraph_break_is_closed_in_the_next_paragraph():
    t = (
        "Warga Desa Sukamaju menolak rencana tambang pasir itu.\n"
        "“Kami sudah tiga kali mengirim surat ke kabupaten.\n"
        "Sampai sekarang belum ada jawaban yang jelas,” kata Rudi Hartono.\n"
        "Rapat berikutnya dijadwalkan pekan depan."
    )
    qs = direct(t, mentions(t, ["Rudi Hartono"]))
    assert len(qs) == 1
    q = qs[0]
    assert q.text.startswith("Kami sudah tiga kali") and q.text.endswith("belum ada jawaban yang jelas")
    assert (q.sentence, q.end_sentence) == (1, 2)
    assert (q.speaker_name, q.cue) == ("Rudi Hartono", "kata")


def test_an_open_quote_closed_at_the_end_of_the_next_paragraph_keeps_the_speaker_before_it():
    t = (
        "Lurah Tanjung Rejo, Wulan Sari, mengatakan, “Posko sudah kami buka sejak pagi.\n"
        "Bantuan dari dinas sosial juga sudah sampai di balai desa.”\n"
        "Banjir merendam dua dusun sejak Minggu malam."
    )
    qs = direct(t, mentions(t, ["Wulan Sari"]))
    assert len(qs) == 1
    assert qs[0].text.endswith("sudah sampai di balai desa.")
    assert qs[0].speaker_name == "Wulan Sari"


def test_a_quote_whose_opening_mark_was_lost_runs_from_the_paragraph_start_to_its_attribution():
    t = (
        "“Kami tetap kooperatif,” ujar pengacara Dedi Kurniawan.\n"
        "Ia memastikan kliennya akan datang pada panggilan berikutnya.\n"
        "Kami hanya minta jadwalnya digeser. Klien kami sedang dirawat di rumah sakit,\" terang dia.\n"
    )
    qs = direct(t, mentions(t, ["Dedi Kurniawan"]))
    assert [q.text for q in qs][1] == "Kami hanya minta jadwalnya digeser. Klien kami sedang dirawat di rumah sakit"
    assert [(q.speaker_name, q.cue) for q in qs] == [("Dedi Kurniawan", "ujar"), ("Dedi Kurniawan", "terang")]


def test_a_lost_opening_mark_names_the_speaker_of_a_following_bare_quote_paragraph():
    t = (
        "Peneliti itu menguji sampel tanah dari tiga lokasi.\n"
        "Yang penting adalah membandingkan hasilnya dengan tanah biasa,\" kata Laras Wening.\n"
        "\"Hasil kami menunjukkan kadar logamnya masih di bawah ambang batas.\""
    )
    qs = direct(t, mentions(t, ["Laras Wening"]))
    assert [q.speaker_name for q in qs] == ["Laras Wening", "Laras Wening"]


def test_a_stray_closing_mark_with_no_attribution_is_ignored_and_the_reported_statement_kept():
    t = "Kepala dinas Agus Salim mengatakan harga beras di pasar induk mulai turun pekan ini.\""
    qs = extract_quotes(doc(t), mentions(t, ["Agus Salim"]))
    assert [q.direct for q in qs] == [False]
    assert qs[0].speaker_name == "Agus Salim"
    assert qs[0].text.startswith("harga beras di pasar induk mulai turun")
    assert '"' not in qs[0].text


def test_a_stray_closing_mark_inside_narration_makes_no_quote():
    t = (
        "Polisi menutup jalan itu selama dua jam.\"\n"
        "Kendaraan dialihkan lewat jalur lingkar selatan."
    )
    assert direct(t) == []


def test_a_quote_opened_glued_after_a_comma_is_a_quote():
    t = (
        "Menteri itu melanjutkan,\"Program ini kami perluas ke seluruh provinsi. "
        "Anggarannya sudah disetujui dewan,\" ujar Surya Atmaja."
    )
    qs = direct(t, mentions(t, ["Surya Atmaja"]))
    assert len(qs) == 1
    assert qs[0].text.startswith("Program ini kami perluas")
    assert qs[0].speaker_name == "Surya Atmaja"


def test_a_doubled_closing_mark_before_the_attribution_keeps_the_attribution():
    t = (
        "\"Pasokan masih berlimpah. Permintaan justru melemah,\" \" kata analis Bayu Pratama.\n"
    )
    qs = direct(t, mentions(t, ["Bayu Pratama"]))
    assert [(q.speaker_name, q.cue) for q in qs] == [("Bayu Pratama", "kata")]
