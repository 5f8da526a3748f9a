"""Issue 6 patterns not covered by test_quotes.py: passive and translated cues, role phrases,
antecedents, accounts, wire style, cp1252 marks, quotes spanning paragraphs with attribution first.

All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quote_spans, extract_quotes
from kliping.ingest.decode import decode_bytes
from tests.quote_helpers import direct, doc, mention


def test_passive_cue_dikatakan_with_organisation_speaker():
    qs = direct("“Penerbangan ke Medan dibatalkan sementara,” dikatakan Kementerian Perhubungan dalam keterangannya.")
    assert len(qs) == 1
    assert qs[0].cue == "dikatakan"
    assert qs[0].speaker_name == "Kementerian Perhubungan"


def test_translated_collective_speaker_stays_unknown():
    qs = direct("“Gempa susulan masih mungkin terjadi dalam sepekan,” kata para ahli.")
    assert len(qs) == 1 and qs[0].direct
    assert qs[0].speaker_name is None  # ``para ahli`` names nobody: not guessed


def test_kata_kementerian_keeps_the_whole_ministry_name():
    qs = direct("“Kuota pupuk bersubsidi ditambah,” kata Kementerian Pertanian Republik Indonesia.")
    assert qs[0].speaker_name == "Kementerian Pertanian Republik Indonesia"


def test_pronoun_skips_a_name_inside_the_previous_quote():
    # ``Taufik`` is the subject of a sentence inside the quote; ``katanya`` is still Wulan
    t = (
        "Kepala Balai Wulan Sari meninjau tanggul.\n"
        "“Air sudah surut. Taufik dan timnya berjaga sampai pagi,” ujar Wulan.\n"
        "“Pompa tambahan datang besok,” katanya."
    )
    ms = [mention(t, "Wulan Sari", title="Kepala Balai"), mention(t, "Taufik"), mention(t, "Wulan", nth=1)]
    qs = direct(t, ms)
    assert [q.speaker_name for q in qs] == ["Wulan", "Wulan Sari"]  # the pronoun: the full name


def test_capitalised_role_phrase_with_itu_is_the_current_speaker():
    t = (
        "“Kami membuka posko di tiga kecamatan,” kata Agus Salim.\n"
        "“Relawan bergantian setiap delapan jam,” tegas Ketua Palang Merah Kabupaten itu."
    )
    qs = direct(t)
    assert [q.speaker_name for q in qs] == ["Agus Salim", "Agus Salim"]


def test_role_phrase_menteri_tersebut_without_any_minister_stays_unknown():
    t = "“Harga gula turun,” kata Budi.\n“Stok aman,” ujar menteri tersebut."
    assert direct(t)[1].speaker_name is None


def test_lower_case_role_noun_before_the_name():
    qs = direct("“Terdakwa terbukti bersalah,” ujar hakim Maria Ulfa di ruang sidang.")
    assert qs[0].speaker_name == "Maria Ulfa"
    qs = direct("“Kami menuntut ganti rugi,” kata orator, Dimas Pratama.")
    assert qs[0].speaker_name == "Dimas Pratama"


def test_account_handle_is_the_speaker_and_continues():
    t = "“Ada tiga titik banjir di utara kota,” tulis akun @info_kota_kita.\n“Hindari jalan itu,” lanjutnya."
    qs = direct(t)
    assert [q.speaker_name for q in qs] == ["@info_kota_kita", "@info_kota_kita"]


def test_person_named_after_a_long_office_phrase_and_comma():
    t = "“Korban dirawat di dua rumah sakit,” kata Koordinator Posko Kesehatan SMPN 2 Lembang, Rina Hapsari."
    ms = [mention(t, "Rina Hapsari")]
    assert direct(t, ms)[0].speaker_name == "Rina Hapsari"


def test_wire_style_speaker_without_verb():
    qs = direct("“Tahun depan akan lebih berat bagi eksportir,” ekonom senior Hadi Wirawan kepada Reuters.")
    assert qs[0].speaker_name == "Hadi Wirawan"


def test_quote_opened_right_after_a_full_stop():
    t = 'Wali kota meninjau pasar.“Kami perbaiki atapnya bulan ini," kata Sutrisno.'
    qs = direct(t.replace("“", '"'))
    assert [q.text for q in qs] == ["Kami perbaiki atapnya bulan ini"]
    assert qs[0].speaker_name == "Sutrisno"


def test_tutup_cue():
    qs = direct("“Semua dapur sudah diperiksa,” tutup Yudi Hartono.")
    assert qs[0].speaker_name == "Yudi Hartono" and qs[0].cue == "tutup"


def test_cp1252_quote_marks_after_decoding():
    raw = "\x93Listrik pulih malam ini,\x94 kata Sari Dewi.".encode("latin-1")
    text = decode_bytes(raw)
    qs = direct(text)
    assert [(q.text, q.speaker_name) for q in qs] == [("Listrik pulih malam ini", "Sari Dewi")]


def test_attribution_first_then_quote_over_two_paragraphs():
    t = (
        "Direktur Pelabuhan Rahmat Hidayat mengatakan, “Dermaga baru mulai dipakai bulan depan.\n"
        "“Kapal besar bisa bersandar tanpa menunggu pasang.”\n"
        "Pembangunan itu menelan biaya besar."
    )
    qs = direct(t)
    assert len(qs) == 1
    assert qs[0].speaker_name == "Rahmat Hidayat"
    assert qs[0].sentence == 0 and qs[0].end_sentence == 1


def test_spans_point_at_the_quote_content():
    t = "Sementara itu, “Jalan desa rusak berat,” kata Lurah Sugeng. “Perbaikan butuh dana besar.”"
    d = doc(t)
    spans = [(q.text, d.text[a:b]) for q, a, b in extract_quote_spans(d) if q.direct]
    assert spans == [
        ("Jalan desa rusak berat", "Jalan desa rusak berat,"),
        ("Perbaikan butuh dana besar.", "Perbaikan butuh dana besar."),
    ]


def test_scare_quote_title_and_short_term_are_not_direct():
    t = "Ia menyebut program itu “lumbung rakyat” dan menulis buku “Jalan Panjang Menuju Swasembada Pangan”."
    qs = extract_quotes(doc(t))
    assert qs and all(not q.direct and q.speaker_name is None for q in qs if "lumbung" in q.text or "Jalan" in q.text)
