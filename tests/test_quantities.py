"""Quantity extraction: number forms, units, modifiers, nouns, speakers and exclusions.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

import json

import pytest

from kliping.extract.numbers import english_style, parse_digits, parse_words
from kliping.extract.quantities import extract_quantities
from kliping.model import Document, Mention, Quantity, Quote, TimeExpr
from kliping.text import split_sentences


def doc(text: str, published: str | None = "2024-05-01") -> Document:
    return Document(id="t", input="t", text=text, sentences=split_sentences(text), published=published)


def qs(text: str, **kw) -> list[Quantity]:
    return extract_quantities(doc(text), **kw)


def one(text: str, **kw) -> Quantity:
    found = qs(text, **kw)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# --------------------------------------------------------------------------- numerals


@pytest.mark.parametrize(
    ("s", "english", "value"),
    [
        ("1.000", False, 1000), ("10.000", False, 10000), ("4,8", False, 4.8), ("1.657,5", False, 1657.5),
        ("3,000,000", False, 3e6), ("1,000", False, 1000), ("4,800", False, 4.8), ("4,800", True, 4800),
        ("1,234.5", False, 1234.5), ("52.016.000.000", False, 52016000000), ("12", False, 12),
    ],
)
def test_parse_digits_separator_rule(s: str, english: bool, value: float) -> None:
    assert parse_digits(s, english) == pytest.approx(value)


def test_parse_digits_rejects_versions() -> None:
    assert parse_digits("1.2.3") is None


@pytest.mark.parametrize(
    ("words", "value", "used"),
    [
        ("dua ratus lima puluh ribu", 250_000, 5), ("seribu lima ratus", 1500, 3), ("dua belas", 12, 2),
        ("satu setengah", 1.5, 2), ("setengah juta", 500_000, 2), ("seratus lima", 105, 2),
        ("tiga puluh dua", 32, 3), ("dua tiga", 2, 1), ("satu juta dua ratus ribu", 1_200_000, 5),
    ],
)
def test_parse_words(words: str, value: float, used: int) -> None:
    v, n = parse_words(words.split())
    assert v == pytest.approx(value)
    assert n == used


def test_english_style_decided_by_unambiguous_numbers() -> None:
    assert english_style("Sales hit 3,000,000 units and 1,500 more.")
    assert not english_style("Nilainya Rp 1.500.000 dan naik 4,8 persen.")


# --------------------------------------------------------------------------- forms and units


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Pemerintah menyiapkan Rp 1,2 triliun untuk jembatan baru.", 1.2e12, "IDR"),
        ("Harga tiket Rp1.500 per orang di loket.", 1500, "IDR"),
        ("Bantuan tunai Rp500 ribu dibagikan minggu depan.", 500_000, "IDR"),
        ("Investor menanam US$250 juta di pabrik baterai.", 250e6, "USD"),
        ("Kerugiannya ditaksir $34,4 juta oleh auditor.", 34.4e6, "USD"),
        ("Kontrak senilai 3 miliar euro diteken di Paris.", 3e9, "EUR"),
        ("Utangnya mencapai 200 miliar yen tahun lalu.", 200e9, "JPY"),
        ("Dana sebesar 5 juta yuan dialirkan ke koperasi.", 5e6, "CNY"),
        ("Pembelian senilai 10 juta dolar AS itu ditunda.", 10e6, "USD"),
        ("Aset Rp 2,77 T diserahkan ke negara.", 2.77e12, "IDR"),
        ("Harga saham turun 50% dalam sepekan terakhir.", 50, "%"),
        ("Inflasi naik 2 persen dibanding bulan lalu.", 2, "%"),
        ("Curah hujan 120 mm tercatat di stasiun itu.", 120, "mm"),
        ("Jalan tol sepanjang 45 km itu dibuka.", 45, "km"),
        ("Petani memanen 8 ton gabah kering.", 8, "t"),
        ("Kebakaran melahap 300 hektare hutan lindung.", 300, "ha"),
        ("Kilang mengolah 10 juta barel minyak mentah.", 10e6, "bbl"),
        ("Produksinya naik sembilan kali lipat dalam setahun.", 9, "ratio"),
        ("Tentara memakai meriam 152-milimeter di garis depan.", 152, "mm"),
        ("Laras 152 mm itu dipasang di truk.", 152, "mm"),
    ],
)
def test_forms_values_and_units(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seratus relawan datang membantu.", 100),
        ("Panitia menyiapkan dua ribu kursi.", 2000),
        ("Sebanyak tiga juta dosis vaksin tiba.", 3e6),
        ("Setengah juta warga mengungsi ke bukit.", 500_000),
        ("Sepertiga anggaran terserap di kuartal ini.", 1 / 3),
        ("Hanya 1/3 peserta yang lolos seleksi.", 1 / 3),
        ("Pabrik itu menyerap 1.000 pekerja lokal.", 1000),
        ("Kapasitas gudang 10.000 karung beras.", 10000),
    ],
)
def test_number_words_and_fractions(text: str, value: float) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit is None


def test_english_grouping_in_translated_copy() -> None:
    q = one("The agency counted 3,000,000 visitors at the fair.")
    assert q.value == 3e6
    assert one("Bantuan US$ 1,500 dikirim ke tiap keluarga.").value == 1500
    assert one("Angka indeks naik 4,800 poin.").value == pytest.approx(4.8)


def test_rate_denominator_becomes_noun() -> None:
    q = one("Harga minyak naik ke US$ 82 per barel pagi ini.")
    assert (q.value, q.unit, q.noun, q.text) == (82, "USD", "per barel", "US$ 82 per barel")
    q = one("Kurs sore itu berakhir di level Rp 15.940/US$.")
    assert (q.value, q.unit, q.noun) == (15940, "IDR", "per USD")


# --------------------------------------------------------------------------- modifiers


@pytest.mark.parametrize(
    ("text", "modifier", "value"),
    [
        ("Polisi menyita lebih dari 1.000 kontainer ilegal.", "more_than", 1000),
        ("Harga rumah di atas Rp 2 miliar sulit terjual.", "more_than", 2e9),
        ("Banjir merendam hampir 300 rumah warga.", "nearly", 300),
        ("Nyaris 40 persen lahan rusak berat.", "nearly", 40),
        ("Sekitar 4,8 juta warga terdampak kekeringan.", "about", 4.8e6),
        ("Kurang lebih 20 kapal bersandar di dermaga.", "about", 20),
        ("Kira-kira 15 truk diparkir di sana.", "about", 15),
        ("Sekira 70 personel dikerahkan ke lokasi.", "about", 70),
        ("Kenaikan tarif hingga 10 persen dibahas DPR.", "up_to", 10),
        ("Denda maksimal Rp 50 juta menanti pelanggar.", "up_to", 50e6),
        ("Setiap mobil boleh membeli paling banyak 40 liter.", "up_to", 40),
        ("Setidaknya 12 orang terluka dalam kejadian itu.", "at_least", 12),
        ("Sedikitnya 25 rumah roboh diterjang angin.", "at_least", 25),
        ("Minimal 3 saksi harus hadir di sidang.", "at_least", 3),
        ("Kurang dari 5 persen sampel tercemar.", "less_than", 5),
        ("Suhu di bawah 10 derajat membuat warga menggigil.", "less_than", 10),
        ("Sebanyak 2.500 unit kendaraan sudah dipasangi alat.", "exact", 2500),
        ("Pengunjung mencapai 100 lebih orang per hari.", "more_than", 100),
        ("Rupiah kemarin tertahan di level Rp 15.900-an.", "about", 15900),
    ],
)
def test_modifiers(text: str, modifier: str, value: float) -> None:
    q = one(text)
    assert q.modifier == modifier
    assert q.value == pytest.approx(value)


def test_modifier_is_part_of_span() -> None:
    q = one("Polisi menyita lebih dari 1.000 kontainer ilegal.")
    assert q.text == "lebih dari 1.000 kontainer"
    s = doc("Polisi menyita lebih dari 1.000 kontainer ilegal.").sentences[0].text
    assert s[q.start:q.end] == q.text


@pytest.mark.parametrize(
    ("text", "modifier", "value"),
    [
        ("Puluhan mahasiswa berunjuk rasa di depan gedung.", "plural_tens", 10),
        ("Ratusan ribu selongsong dikirim ke perbatasan.", "plural_hundreds", 100_000),
        ("Ribuan buruh memadati jalan protokol.", "plural_thousands", 1000),
        ("Jutaan pelanggan terdampak gangguan listrik.", "plural_millions", 1e6),
        ("Pabrik itu memproduksi puluhan juta peluru artileri.", "plural_tens", 1e7),
    ],
)
def test_plural_numbers(text: str, modifier: str, value: float) -> None:
    q = one(text)
    assert (q.modifier, q.value) == (modifier, value)


def test_plural_noun_skips_scale_and_takes_first_noun() -> None:
    assert one("Pabrik itu memproduksi puluhan juta peluru artileri.").noun == "peluru"


@pytest.mark.parametrize(
    ("text", "lo", "hi", "unit"),
    [
        ("Produksi berkisar antara 5 dan 7 ton per hari.", 5, 7, "t"),
        ("Truk itu memuat 5-7 ton pasir.", 5, 7, "t"),
        ("Proyek butuh 5 hingga 7 juta dolar AS.", 5e6, 7e6, "USD"),
        ("Antrean berisi 5 sampai 7 kendaraan.", 5, 7, None),
        ("Biayanya Rp 200-400 ribu per orang.", 200_000, 400_000, "IDR"),
        ("Harga mobil Rp 1 juta-Rp 2 juta lebih murah.", 1e6, 2e6, "IDR"),
        ("Pertumbuhan diproyeksikan 5,2-5,8% tahun depan.", 5.2, 5.8, "%"),
    ],
)
def test_ranges(text: str, lo: float, hi: float, unit: str | None) -> None:
    q = one(text)
    assert q.modifier == "range"
    assert (q.value, q.value_max, q.unit) == (pytest.approx(lo), pytest.approx(hi), unit)


def test_range_opener_in_span() -> None:
    assert one("Produksi berkisar antara 5 dan 7 ton per hari.").text == "berkisar antara 5 dan 7 ton per hari"


def test_dan_without_antara_is_two_numbers() -> None:
    found = qs("Ia membeli 5 buku dan 7 pensil di toko.")
    assert [(q.value, q.noun) for q in found] == [(5, "buku"), (7, "pensil")]


def test_score_is_not_a_range() -> None:
    assert qs("Tim tamu menang 3-1 di kandang lawan.") == []


# --------------------------------------------------------------------------- nouns


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Petugas menemukan 300 butir-butir peluru di gudang.", "butir"),
        ("Sebanyak 266 SPBU sudah memasang alat itu.", "SPBU"),
        ("Tiga buah kapal tenggelam di selat itu.", "kapal"),
        ("Pemerintah memecat 9.000-an karyawannya tahun lalu.", "karyawan"),
        ("Korea Utara menembakkan 2 misil ke laut.", "misil"),
        ("Sebanyak 12 warga dievakuasi dari bantaran kali.", "warga"),
        ("Penduduknya terdiri atas 51 persen laki-laki.", "laki-laki"),
    ],
)
def test_nouns(text: str, noun: str) -> None:
    assert one(text).noun == noun


def test_function_word_and_verb_are_not_nouns() -> None:
    assert one("Anggarannya Rp 500 juta untuk tahun ini.").noun is None
    assert one("Korban mencapai 40 dan terus bertambah.").noun is None
    assert one("Harga naik 5 persen menjadi mahal.").noun is None
    assert one("Ada 7 menunggu di luar.").noun is None


def test_capitalised_word_after_number_is_not_noun() -> None:
    assert qs("Murid SMP Negeri 1 Bogor ikut lomba.") == []


# --------------------------------------------------------------------------- speaker and as_of


def test_speaker_from_kata_attribution() -> None:
    q = one("Polisi menyita 40 senjata api, kata Kapolda Budi Santoso.")
    assert q.speaker_name == "Kapolda Budi Santoso"


def test_speaker_from_menurut_and_verb_cue() -> None:
    assert one("Menurut Siti Aminah, 20 desa kebanjiran.").speaker_name == "Siti Aminah"
    assert one("Direktur Rudi Hartono mengatakan 30 truk dikerahkan.").speaker_name == "Direktur Rudi Hartono"


def test_speaker_prefers_mention_inside_phrase() -> None:
    text = "Direktur Rudi Hartono mengatakan 30 truk dikerahkan."
    m = Mention("Rudi Hartono", "PERSON", 0, 9, 21)
    assert one(text, mentions=[m]).speaker_name == "Rudi Hartono"


def test_pronoun_speaker_is_none() -> None:
    assert one("Ia mengatakan 30 truk dikerahkan.").speaker_name is None
    assert one("Sebanyak 30 truk dikerahkan, katanya.").speaker_name is None


def test_speaker_from_quote() -> None:
    text = '"Kami menyiapkan 500 tenda," ujar seorang petugas.'
    quote = Quote("Kami menyiapkan 500 tenda,", 0, speaker_name="Wahyu Pratama")
    assert one(text, quotes=[quote]).speaker_name == "Wahyu Pratama"


def test_as_of_is_statement_date_within_week_before_publication() -> None:
    text = "Pada Senin (29/4/2024) tercatat 120 kasus baru."
    t = TimeExpr("Senin (29/4/2024)", "DATE", 0, 5, 22, value="2024-04-29", granularity="day")
    q = one(text, times=[t])
    assert (q.value, q.as_of) == (120, "2024-04-29")


def test_as_of_ignores_period_start_and_old_dates() -> None:
    # ``sejak Agustus`` says since when, not when the figure was stated: the text does not say (None).
    text = "Sekitar 7.000 kontainer dikirim sejak Agustus 2023."
    t = TimeExpr("Agustus 2023", "DATE", 0, 38, 50, value="2023-08", granularity="month")
    assert one(text, times=[t]).as_of is None
    text = "Pada 3 Maret 2024 tercatat 120 kasus baru."
    t = TimeExpr("3 Maret 2024", "DATE", 0, 5, 17, value="2024-03-03", granularity="day")
    assert one(text, times=[t]).as_of is None


def test_as_of_takes_each_clauses_day_in_window_and_not_future_dates() -> None:
    text = "Angka 120 kasus pada 26 April naik menjadi 150 kasus pada 30 April, target 200 kasus pada 10 Mei."
    times = [
        TimeExpr("26 April", "DATE", 0, 21, 29, value="2024-04-26", granularity="day"),
        TimeExpr("30 April", "DATE", 0, 58, 66, value="2024-04-30", granularity="day"),
        TimeExpr("10 Mei", "DATE", 0, 90, 96, value="2024-05-10", granularity="day"),
    ]
    # each figure its own clause's day (the 120 cases of 26 April, the 150 of 30 April); the target's day is in
    # the future, so the 200 take the latest day named, never 10 May
    assert [(q.text, q.as_of) for q in qs(text, times=times)] == [
        ("120 kasus", "2024-04-26"), ("150 kasus", "2024-04-30"), ("200 kasus", "2024-04-30")]


def test_as_of_is_none_when_the_sentence_names_no_day() -> None:
    # The contract (docs/dossier.md): null when the text does not say; readers fall back to publication.
    assert one("Tercatat 120 kasus baru.").as_of is None
    text = "Pada Senin (29/4/2024) tercatat 120 kasus baru."
    t = TimeExpr("Senin (29/4/2024)", "DATE", 0, 5, 22, value="2024-04-29", granularity="day")
    assert extract_quantities(doc(text, published=None), times=[t])[0].as_of is None


def test_times_overlap_removes_number() -> None:
    text = "Tim itu bekerja selama tiga pekan tanpa libur."
    t = TimeExpr("tiga pekan", "DURATION", 0, 23, 33, value="P3W")
    assert qs(text, times=[t]) == []


# --------------------------------------------------------------------------- exclusions


@pytest.mark.parametrize(
    "text",
    [
        "Aturan itu tertuang dalam UU No. 11 Tahun 2020.",
        "Ia dijerat Pasal 27 ayat (3) undang-undang tersebut.",
        "Lihat Nomor 5 pada lampiran.",
        "Keterangan ada di halaman 2 laporan.",
        "Rapat dimulai pukul 14.30 WIB di balai kota.",
        "Sidang digelar pada 12/9/2023 di pengadilan negeri.",
        "Kejadian itu terjadi pada tahun 2025 di desa itu.",
        "Acara berlangsung 17 Agustus lalu di lapangan.",
        "Ia masuk final untuk yang ketiga kalinya.",
        "Tim itu finis di posisi ke-3 klasemen.",
        "Hubungi 0812-3456-7890 untuk informasi.",
        "Tank T-54 dan jet Su-57 terlihat di pangkalan.",
        "Rudal Hwasong-11A diuji coba di pantai timur.",
        "Pesawat F-16 itu mendarat darurat.",
        "Pandemi COVID-19 mengubah cara kerja kantor.",
        "Para pemimpin G20 bertemu di Bali.",
        "Penggemar K-pop memenuhi stadion.",
        "Dokumen lengkap ada di https://contoh.go.id/berkas/2024/55 untuk diunduh.",
        "Ia menjadi salah satu pembicara utama.",
        "Dia satu-satunya perempuan di tim itu.",
        "Pasal 27A, 32, dan 35 undang-undang itu digugat.",
        "Proyek itu dijadwalkan selesai dalam 5 tahun ke depan.",
        "Polisi menahan Budi (34) di rumahnya.",
        "Pembangunan berlangsung 2020-2025 secara bertahap.",
    ],
)
def test_exclusions(text: str) -> None:
    assert qs(text) == []


def test_list_number_at_line_start() -> None:
    found = extract_quantities(doc("1. Korut menembakkan 3 rudal.\n2. Jepang memprotes keras."))
    assert [q.value for q in found] == [3]


def test_url_and_date_next_to_real_quantity() -> None:
    found = qs("Pada 1 Mei 2024 pemerintah menyalurkan Rp 3 triliun, lihat www.contoh.com/2024.")
    assert [(q.value, q.unit) for q in found] == [(3e12, "IDR")]


def test_offsets_relative_to_sentence() -> None:
    d = doc("Kalimat pertama tanpa angka. Kedua, pabrik itu mengirim 40 kontainer.")
    (q,) = extract_quantities(d)
    assert q.sentence == 1
    assert d.sentences[1].text[q.start:q.end] == q.text == "40 kontainer"


# --------------------------------------------------------------------------- real corpus


@pytest.mark.shared
def test_shared_corpus_has_no_year_or_model_number(shared_dir) -> None:
    """Over real news: no quantity is a bare year or a hyphenated model name."""
    import re

    path = shared_dir / "news" / "kompas-oil-dev.jsonl"
    if not path.exists():
        pytest.skip("kompas-oil-dev.jsonl absent")
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines()[:30]:
        rec = json.loads(line)
        d = Document(id="k", input="k", text=rec["text"], sentences=split_sentences(rec["text"]),
                     published=rec.get("published"))
        for q in extract_quantities(d):
            n += 1
            assert d.sentences[q.sentence].text[q.start:q.end] == q.text
            if q.unit is None and q.modifier == "exact":
                assert not re.fullmatch(r"(19|20)\d\d", q.text), q.text
            assert not re.search(r"[A-Za-z]-\d", q.text), q.text
    assert n > 50


def test_scale_with_an_suffix_is_about() -> None:
    q = one("Nilainya sekitar Rp 2,9 triliunan tahun ini.")
    assert (q.value, q.unit, q.modifier) == (pytest.approx(2.9e12), "IDR", "about")


def test_capitalised_number_word_mid_sentence_is_a_name() -> None:
    assert qs("Delegasi itu tiba di Lima, Peru, pada Senin malam.") == []
    assert one("Tiga orang luka ringan.").value == 3


def test_rate_against_currency_word() -> None:
    q = one("Asumsi kurs Rp 12.500 per dolar AS dipakai.")
    assert (q.noun, q.text) == ("per USD", "Rp 12.500 per dolar AS")


def test_an_suffix_before_unit() -> None:
    q = one("Harga minyak turun ke level 60-an dolar AS per barel.")
    assert (q.value, q.unit, q.modifier, q.noun) == (60, "USD", "about", "per barel")


def test_range_inside_address_name() -> None:
    assert qs("Kantornya di Jl Kenanga No F 6-7 Palmerah.") == []


def test_as_of_with_real_time_extractor() -> None:
    from kliping.extract.times import extract_times

    d = doc("Sekitar 7.000 kontainer sudah dikirim sejak Agustus. Pada Jumat (26/4/2024) gudang mencatat "
            "1.200 kontainer.", published="2024-04-28")
    found = extract_quantities(d, times=extract_times(d))
    assert [(q.value, q.as_of) for q in found] == [(7000, None), (1200, "2024-04-26")]


# --------------------------------------------------------------------------- forms found by the dev gold set


@pytest.mark.parametrize(
    ("text", "value", "unit", "modifier"),
    [
        ("Setoran pajak 120 miliar riyal lebih rendah ketimbang target.", 120e9, "SAR", "exact"),
        ("Dana yang terkumpul 31 miliar dollar AS sekian.", 31e9, "USD", "more_than"),
        ("Biayanya paling Rp 15 juta maksimal.", 15e6, "IDR", "up_to"),
        ("Alatnya nggak sampai Rp 25 juta.", 25e6, "IDR", "less_than"),
        ("Kantor itu setidaknya ada 40 pegawai tetap.", 40, None, "at_least"),
        ("Sumur itu menghasilkan 12.000 bph minyak.", 12000, "bbl", "exact"),
        ("Lari santai membakar 300 kalori.", 300, "kcal", "exact"),
        ("Pemerintah membayar tiap bulan 65%-nya.", 65, "%", "exact"),
        ("Anggaran kantor itu terpangkas separuh.", 0.5, None, "exact"),
    ],
)
def test_dev_gold_forms(text: str, value: float, unit: str | None, modifier: str) -> None:
    q = one(text)
    assert (q.value, q.unit, q.modifier) == (pytest.approx(value), unit, modifier)


def test_cents_take_the_sentence_currency() -> None:
    found = qs("Harga minyak mentah turun 45 sen menjadi 80 dollar AS per barel.")
    assert (found[0].text, found[0].value, found[0].unit) == ("45 sen", pytest.approx(0.45), "USD")
    assert [q.unit for q in qs("Antrean bertambah 45 sen setiap hari.")] == [None]


def test_enumeration_labels_and_ordinal_lists_are_not_quantities() -> None:
    assert qs("Pemerintah menyiapkan paket 1, 2, 3 untuk desa.") == []
    assert [q.value for q in qs("Ia mencetak dua gol di menit ke-70 dan 75.")] == [2]


def test_year_does_not_spread_to_count_and_grouped_count_after_tahap() -> None:
    assert [q.value for q in qs("Pada 2024, 48 sekolah dibangun.")] == [48]
    assert [q.value for q in qs("Program sudah sampai pada tahap 9.315 dapur.")] == [9315]


def test_parenthesised_score_is_kept_and_age_dropped() -> None:
    assert [q.value for q in qs("Nilai rata-rata layanan (3,45) naik.")] == [3.45]
    assert qs("Budi (34) ditangkap polisi.") == []


def test_a_modifier_may_stand_before_the_word_for_the_level() -> None:
    """Market reports put ``level``/``posisi`` between the bound and the number."""
    [below] = qs("Harga batu bara acuan sempat tertahan di bawah level 68 dollar AS per ton.")
    assert (below.value, below.modifier, below.unit) == (68, "less_than", "USD")
    [above] = qs("Rupiah ditutup di atas posisi Rp 16.000 per dolar AS.")
    assert (above.value, above.modifier) == (16000, "more_than")
    [plain] = qs("Sore tadi kurs euro tercatat pada level Rp 17.480.")
    assert plain.modifier == "exact"


def test_an_emphatic_particle_is_not_part_of_the_counted_noun() -> None:
    assert [q.noun for q in qs("Jadikan saja 30 oranglah petugasnya.")] == ["orang"]
    assert [q.noun for q in qs("Ada 3 sekolah yang rusak.")] == ["sekolah"]  # -lah of a word, kept


def test_scaled_values_carry_no_floating_point_noise() -> None:
    """538,70 x 10^12 is 538700000000000.06 in binary floating point; the figure is 538.700.000.000.000."""
    [q] = qs("Anggaran perlindungan sosial tahun depan dipatok Rp 538,70 triliun.")
    assert q.value == 538_700_000_000_000 and q.value.is_integer()
    [r] = qs("Belanja modal daerah itu mencapai Rp 256,1 triliun.")
    assert r.value == 256_100_000_000_000


# --------------------------------------------------------------------------- scale slips and broken lists


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hingga Maret tercatat 1.320.000.000 miliar porsi makanan dibagikan.", 1.32e9),
        ("Kas daerah menerima Rp 2.000.000.000 miliar dari pusat.", 2e9),
    ],
)
def test_scale_word_after_a_number_written_in_full_restates_its_scale(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Utang pemerintah mencapai Rp 2.500 triliun akhir tahun.", 2.5e15),
        ("Laba bersih perseroan Rp 1.234.567 juta tahun lalu.", 1_234_567e6),
        ("Transaksi digital tembus Rp 12.500 miliar sepanjang kuartal.", 12.5e12),
        ("Setoran pajak Rp 1.500.000 ribu dari tiap gerai.", 1.5e9),
    ],
)
def test_scale_word_still_multiplies_short_or_unround_numbers(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pabrik itu menyerap Rp 7.500.000 juta kredit bank.", 7.5e12),
        ("Modal disetor perseroan tercatat Rp 3.200.000 juta pada akhir tahun.", 3.2e12),
    ],
)
def test_figure_in_millions_written_in_full_is_multiplied(text: str, value: float) -> None:
    """Financial reports give figures in millions (``Rp 3.200.000 juta`` = 3,2 triliun): not a restated scale."""
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarif parkir Rp 120.000, 40 ribu di antaranya masuk kas daerah.", [(120_000, "IDR"), (40_000, None)]),
        ("Ia menyumbang Rp 7.250, 15 juta lainnya dari donatur kampung.", [(7250, "IDR"), (15e6, None)]),
        ("Harganya Rp 2.750, 30 juta liter disalurkan ke desa.", [(2750, "IDR"), (30e6, "l")]),
        ("Warga membayar Rp 8.000, 25 juta dari kas sendiri.", [(8000, "IDR"), (25e6, None)]),
    ],
)
def test_comma_after_a_whole_price_ends_it_before_the_next_figure(text: str, expected: list) -> None:
    """A round price (``.000``), a share (``lainnya``, ``di antaranya``) or a non-currency unit after the
    scale: the comma ends the price, no broken decimal."""
    assert [(q.value, q.unit) for q in qs(text)] == expected


def test_broken_decimal_with_space_after_comma_is_one_amount() -> None:
    q = one("Pagu lembaga riset itu Rp 1.549, 22 miliar untuk tahun depan.")
    assert q.value == pytest.approx(1549.22e9)
    assert q.unit == "IDR"


def test_comma_then_count_after_a_price_is_not_a_broken_decimal() -> None:
    found = qs("Tiket dijual Rp 1.500, 20 ribu orang antre sejak pagi.")
    assert [(q.value, q.unit) for q in found] == [(1500, "IDR"), (20_000, None)]


def test_comma_between_a_year_and_a_count_is_not_a_decimal() -> None:
    assert [q.value for q in qs("Pada 2019, 25 juta warga menerima bantuan itu.")] == [25e6]


def test_list_label_glued_to_a_scale_word_leaves_the_scale() -> None:
    text = ("Alokasinya: Badan Satu: Rp 37,25 miliar2. Badan Dua: Rp 5.118,62 miliar3. "
            "Pusat Tiga: Rp 84 juta rupiah4. Kantor Empat: 12 persen")
    assert [(q.value, q.unit) for q in qs(text)] == [
        (pytest.approx(37.25e9), "IDR"), (pytest.approx(5118.62e9), "IDR"), (84e6, "IDR"), (12, "%")]



# --------------------------------------------------------------------------- QA read of real dossiers (issues 5, 17, 18)


def test_article_number_before_code_of_law_is_no_quantity() -> None:
    assert [q.text for q in qs("Jaksa mendakwa mereka dengan 310, 311 KUHP dan menyita 4 mobil.")] == ["4 mobil"]
    assert qs("Ia dijerat Pasal 170junctoPasal 55 KUHP.") == []


def test_article_number_before_ayat_with_label_is_no_quantity() -> None:
    assert [q.text for q in qs("Terdakwa dijerat Pasal 12 ayat 2junctoPasal 30 ayat (1) UU Narkotika.")] == []
    assert qs("Polisi menerapkan pasal 362 jo 363 ayat (1) huruf a.") == []
    # a count of paragraphs, without a label after it, is a count
    assert one("Rancangan itu terdiri atas 27 ayat.").value == 27


def test_reference_word_glued_to_previous_word() -> None:
    assert qs("Berikut isiPasal 9:") == []


def test_case_and_letter_numbers_with_slash_are_codes() -> None:
    assert qs("Perkara Nomor 88/PUU-XX/2023 dan 91/PUU-XX/2023 diputus.") == []
    assert [q.text for q in qs("Surat bernomor B/512/VI/2024 dikirim kepada 12 kepala desa.")] == ["12 kepala desa"]


def test_scale_word_with_glued_speech_particles() -> None:
    q = one("Warga di sini masih 25 ribugitukan, katanya.")
    assert (q.value, q.noun) == (25000, None)
    # ``jutawan`` is a word of its own (a millionaire), not ``juta`` + particles
    assert one("Kini ada 3 jutawan baru di desa itu.").value == 3


def test_kilo_before_a_thing_sold_by_weight_is_kilogram() -> None:
    q = one("Penambang liar bisa mendapat 2 kilo emas sehari.")
    assert (q.value, q.unit, q.noun) == (2, "kg", "emas")
    # ``kilo`` of a distance in speech is left without a unit
    q = one("Pasarnya cuma 4 kilo dari rumah.")
    assert (q.unit, q.noun) == (None, None)
    assert one("Harga cabai Rp 60.000 per kilo.").noun == "per kilo"


def test_counted_noun_is_never_a_function_word_or_verb() -> None:
    cases = [
        "Uang Rp 40 juta diberikan kepada kepala dinas.",
        "Harga pupuk turun 15% tanpa tambahan subsidi.",
        "Luas lahannya cuma 6 hektare ya.",
        "Sebanyak 97% berhasil lulus tahun ini.",
        "Dana Rp 2 miliar hilang akibat kelalaian itu.",
        "Bantuan Rp 300 ribu diterima secara utuh.",
        "Kerugian Rp 4 triliun tercatat sepanjang tahun lalu.",
        "Menurutnya 90% seharusnya cukup.",
        "Produksinya 2 juta barel setara minyak.",
        "Bank itu mengumumkan lima jangan bagi nasabah.",
    ]
    for text in cases:
        found = qs(text)
        assert found and all(q.noun is None for q in found), (text, [(q.text, q.noun) for q in found])


def test_derived_words_that_are_nouns_stay_counted() -> None:
    assert one("Jaksa memeriksa 3 tersangka baru.").noun == "tersangka"
    assert one("Petugas menyita 12 berkas perkara.").noun == "berkas"
    assert one("Gudang itu menyimpan 40 karung beras.").noun == "karung"


def test_two_word_counted_nouns_are_kept_whole() -> None:
    assert one("Banjir membuat 14 kepala keluarga mengungsi.").noun == "kepala keluarga"
    assert one("Polisi menilang 120 sepeda motor pagi itu.").noun == "sepeda motor"
    assert one("BPBD mencatat tiga tanah longsor di lereng itu.").noun == "tanah longsor"
    q = one("Kantor pajak mendata 3,1 juta wajib pajak baru.")
    assert (q.text, q.noun) == ("3,1 juta wajib pajak", "wajib pajak")
    # the first word alone stays a noun when no known second word follows
    assert one("Ada 5 kepala sapi yang dikurbankan.").noun == "kepala"


def test_compounds_whose_first_word_counts_something_else_round41() -> None:
    """Round 41 reading: ``negara`` of ``negara bagian`` headed a count of states, ``ahli`` one of heirs, and
    ``penyandang`` joined people with disabilities and people with social problems in one table."""
    assert one("Unjuk rasa serupa digelar di 12 negara bagian pada akhir pekan.").noun == "negara bagian"
    assert one("Bupati menyerahkan santunan kepada 21 ahli waris korban.").noun == "ahli waris"
    assert one("Dinas sosial mendata 450 penyandang disabilitas di kecamatan itu.").noun == "penyandang disabilitas"
    assert one("Yayasan itu menyantuni 300 anak yatim setiap bulan.").noun == "anak yatim"
    assert one("Sebanyak 40 negara menandatangani kesepakatan itu.").noun == "negara"
    assert one("Panitia mengundang 15 ahli gizi dari kampus.").noun == "ahli"


def test_comparison_base_day_is_not_as_of() -> None:
    text = "Harga minyak ditutup di 81,20 dollar AS per barel, turun 90 sen dibanding penutupan Kamis."
    t = TimeExpr("Kamis", "DATE", 0, text.index("Kamis"), text.index("Kamis") + 5, value="2024-04-25",
                 granularity="day")
    assert {q.as_of for q in qs(text, times=[t])} == {None}
    text = "Harga emas naik Rp 5.000 dari posisi pada Senin (29/4/2024)."
    s = text.index("Senin")
    t = TimeExpr("Senin (29/4/2024)", "DATE", 0, s, s + 17, value="2024-04-29", granularity="day")
    assert one(text, times=[t]).as_of is None
    # the day a value is stated at is still its as_of
    text = "Pada penutupan Selasa (30/4/2024), harga minyak di 80 dollar AS per barel."
    s = text.index("Selasa")
    t = TimeExpr("Selasa (30/4/2024)", "DATE", 0, s, s + 18, value="2024-04-30", granularity="day")
    assert one(text, times=[t]).as_of == "2024-04-30"


def test_rupiah_glued_to_the_word_before_keeps_its_currency() -> None:
    q = one("Pelaku diancam denda paling banyakRp 250.000.000 menurut undang-undang itu.")
    assert (q.value, q.unit, q.modifier) == (250_000_000, "IDR", "up_to")


def test_unit_word_with_possessive_nya() -> None:
    q = one("Dari lahan itu, 60 persennya sudah ditanami.")
    assert (q.value, q.unit) == (60, "%")


def test_satu_persatu_is_an_idiom_not_a_count() -> None:
    assert qs("Petugas memeriksa kendaraan satu persatu di gerbang tol.") == []
    assert qs("Semua saksi diperiksa satu persatu.") == []


def test_be_word_that_is_a_noun_stays_counted() -> None:
    # ``besaran`` is not ``be`` + ``saran``: only ber-/ter-/se- derivations are refused
    assert one("Pemerintah menetapkan 3 besaran tarif baru.").noun == "besaran"


def test_end_of_a_period_after_sejak_is_still_as_of() -> None:
    text = "Sejak Senin (29/4/2024) hingga Selasa (30/4/2024), sebanyak 500 warga mengungsi."
    s1, s2 = text.index("Senin"), text.index("Selasa")
    times = [TimeExpr("Senin (29/4/2024)", "DATE", 0, s1, s1 + 17, value="2024-04-29", granularity="day"),
             TimeExpr("Selasa (30/4/2024)", "DATE", 0, s2, s2 + 18, value="2024-04-30", granularity="day")]
    assert one(text, times=times).as_of == "2024-04-30"


def _as_of_read(text: str, published: str) -> list[tuple[str, str | None]]:
    """(figure, as_of) of one invented article run through the real cleaning and extraction."""
    from kliping.extract import extract
    from kliping.ingest import clean
    from kliping.model import Article

    ev = extract(clean(Article(id="a", input="a.txt", text=text, title="Judul Berita Uji", published=published,
                               source="Kabar Daerah")))
    return [(q.text, q.as_of) for q in ev.quantities]


def test_a_day_after_per_dates_the_figures_of_its_clause_before_the_day_they_were_said() -> None:
    said = _as_of_read("Menurut Wakil Menteri, serapan anggaran Dinas Sukamaju per tgl 30 September lalu adalah "
                       "41,5%, Dinas Sukaresmi di angka 38,2%, dan Dinas Sukamakmur di 22,4%, kata dia dalam "
                       "konferensi pers, Selasa (14/10/2025).", "2025-10-17")
    assert said == [("41,5%", "2025-09-30"), ("38,2%", "2025-09-30"), ("22,4%", "2025-09-30")]
    old = _as_of_read("Jaksa menyebut utang klaim nasabah senilai Rp 12,5 triliun per 31 Desember 2019.", "2025-05-10")
    assert old == [("Rp 12,5 triliun", "2019-12-31")], "years before publication, still the day it holds at"
    turn = _as_of_read("Saat itu kurs rupiah sempat menembus level Rp 16.900 per dolar AS, sedangkan per 30 Juni 2025 "
                       "sudah kembali ke level Rp 16.200 per dolar AS.", "2025-10-20")
    assert turn == [("Rp 16.900 per dolar AS", None), ("Rp 16.200 per dolar AS", "2025-06-30")], "its clause only"
    base = _as_of_read("Harga cabai naik menjadi Rp 60.000 per kilogram dibanding posisi per 30 September lalu.",
                       "2025-10-17")
    assert base == [("Rp 60.000 per kilogram", None)], "the base of a comparison dates nothing"


def test_a_sentence_naming_two_days_dates_each_figure_by_the_day_of_its_clause() -> None:
    # round 36 reading: yesterday's peak and today's level were both dated today
    both = _as_of_read('"Kurs yang kemarin pagi sempat menyentuh Rp 16.700, hari ini sudah kami tahan di Rp 16.550," '
                       "kata Gubernur bank sentral itu.", "2025-09-03")
    assert both == [("Rp 16.700", "2025-09-02"), ("Rp 16.550", "2025-09-03")]
    rose = _as_of_read("Harga minyak mentah naik 1,2 persen hari ini, setelah kemarin turun 2,5 persen.", "2025-06-12")
    assert rose == [("1,2 persen", "2025-06-12"), ("2,5 persen", "2025-06-11")]
    # one moment in two zones is one day: the sentence keeps its day
    zone = _as_of_read("Harga minyak turun 3,1 persen pada Selasa (10/6/2025) waktu setempat (Rabu pagi WIB).",
                       "2025-06-11")
    assert zone == [("3,1 persen", "2025-06-10")]


def test_an_amount_restated_after_atau_keeps_the_bound_or_vagueness_of_the_first() -> None:
    # round 36 reading: a regulation's maximum of one platoon 'atau 30 personel' showed the 30 as exact
    platoon = _as_of_read("Aturan itu membolehkan maksimal 1 satuan setingkat peleton atau 30 personel untuk menjaga "
                          "kantor kejaksaan.", "2025-07-09")
    assert [q for q, _d in platoon] == ["maksimal 1 satuan", "30 personel"]
    from kliping.extract import extract
    from kliping.ingest import clean
    from kliping.model import Article

    def mods(text: str) -> list[tuple[str, str]]:
        ev = extract(clean(Article(id="a", input="a.txt", text=text, title="Judul Berita Uji",
                                   published="2025-07-09", source="Kabar Daerah")))
        return [(q.text, q.modifier) for q in ev.quantities]

    assert mods("Aturan itu membolehkan maksimal 1 satuan setingkat peleton atau 30 personel untuk menjaga kantor.") \
        == [("maksimal 1 satuan", "up_to"), ("30 personel", "up_to")]
    assert mods("Nilai proyek itu sekitar Rp 330 triliun atau US$ 20 miliar menurut kementerian.") \
        == [("sekitar Rp 330 triliun", "about"), ("US$ 20 miliar", "about")]
    # nothing to carry: two plain counts stay exact
    assert {m for _t, m in mods("Setiap tenda menampung 4 atau 5 orang pengungsi.")} == {"exact"}
    # its own modifier stays
    assert mods("Kerugian mencapai lebih dari 27 miliar dolar atau Rp 407 triliun lebih.")[-1][1] == "more_than"
