"""Sentence splitter: offsets, paragraphs and the Indonesian news cases that break naive splitters."""

from __future__ import annotations

import json

import pytest

from kliping.text import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_match_text_and_paragraphs_skip_blank_lines() -> None:
    text = "Hujan turun deras. Banjir datang.\r\n\r\n  Warga mengungsi ke masjid.\nBantuan tiba sore hari."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Hujan turun deras.", "Banjir datang.", "Warga mengungsi ke masjid.", "Bantuan tiba sore hari.",
    ]
    assert [s.paragraph for s in sents] == [0, 0, 1, 2]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_quote_with_question_mark_and_attribution_is_one_sentence() -> None:
    text = '"Apakah akan ada perbedaan besar? Saya skeptis," kata Milley. Rapat lalu ditutup.'
    assert texts(text) == ['"Apakah akan ada perbedaan besar? Saya skeptis," kata Milley.', "Rapat lalu ditutup."]


def test_closing_quote_then_lowercase_cue_continues() -> None:
    assert texts('"Kami tidak akan mundur!" ujar sang ketua. Massa bersorak.') == [
        '"Kami tidak akan mundur!" ujar sang ketua.', "Massa bersorak.",
    ]


def test_question_outside_quote_splits() -> None:
    assert texts("Apa sebabnya? Belum ada yang tahu.") == ["Apa sebabnya?", "Belum ada yang tahu."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Smith dan Dr. Rina bertemu Prof. Tono di kantor.",
        "Jend. Andika dan H. Lukman meninjau lokasi.",
        "Kapal itu berlayar ke St. Petersburg kemarin.",
        "Aturan itu tertuang dalam UU No. 11 Tahun 2008 tentang ITE.",
        "Surat a.n. Budi Santoso, S.H., M.Si. sudah diterima panitia.",
        "Jenderal Mark A. Milley bertemu Vladimir V. Putin di Moskow.",
        "Ekonomi tumbuh 4,8 persen dan 1.000 pekerja direkrut dengan upah Rp1.500 per jam.",
        "Rapat digelar pada 12/9/2023 pukul 14.30 WIB di gedung utama.",
        "Data dari KOMPAS.com dan situs www.contoh.go.id dikutip redaksi.",
        "Dia diam sejenak... Lalu dia menjawab pelan.",
        "Penelitian Budi dkk. menunjukkan hasil serupa.",
    ],
)
def test_no_split_inside(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_list_abbreviation_can_end_sentence() -> None:
    assert texts("Harga gula, beras, dll. Semua naik tajam.") == ["Harga gula, beras, dll.", "Semua naik tajam."]


def test_dateline_stays_with_following_sentence() -> None:
    text = "KONTAN.CO.ID - MOSKOW. Pemerintah Rusia mengumumkan latihan militer baru. Latihan dimulai besok."
    assert texts(text) == [
        "KONTAN.CO.ID - MOSKOW. Pemerintah Rusia mengumumkan latihan militer baru.",
        "Latihan dimulai besok.",
    ]


@pytest.mark.parametrize("tail", ["Senin (20/10).", "Kamis (3/4/2025).", "Jumat (7/11)."])
def test_day_and_date_cut_off_by_a_stray_stop_stay_with_the_sentence_before(tail: str) -> None:
    text = f'"Kami menyita semua dokumen," kata Wati di kantor kejaksaan. {tail} Sidang ditunda sepekan.'
    assert texts(text) == [
        f'"Kami menyita semua dokumen," kata Wati di kantor kejaksaan. {tail}',
        "Sidang ditunda sepekan.",
    ]
    end = f"Rapat dibuka oleh bupati di pendopo. {tail}"
    assert texts(end) == [end]


def test_a_day_and_date_opening_a_sentence_still_splits() -> None:
    text = "Polisi menutup jalan itu. Senin (20/10), jalan dibuka kembali."
    assert texts(text) == ["Polisi menutup jalan itu.", "Senin (20/10), jalan dibuka kembali."]


def test_list_number_stays_with_item() -> None:
    assert texts("3. Tambahkan gula secukupnya.") == ["3. Tambahkan gula secukupnya."]


def test_split_is_fast_enough_on_long_text() -> None:
    # Not a timing test: a long text must not make the quote scan explode; it just has to finish.
    text = ('"Ini kutipan panjang? Ya," kata dia. ' * 500).strip()
    assert len(split_sentences(text)) == 500


def test_shared_articles_offsets(shared_dir) -> None:
    path = shared_dir / "news" / "kompas-oil-dev.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][:20]
    for row in rows:
        sents = split_sentences(row["text"])
        assert sents
        for s in sents:
            assert row["text"][s.start:s.end] == s.text
            assert s.text == s.text.strip()
            assert "\n" not in s.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Presiden AS Donald J. Trump menyambut tamunya di Gedung Putih.",
        "Pemerintahan George W. Bush dan John F. Kennedy sama-sama disorot.",
        "Menurut Donald J. Trump, tarif itu akan naik pekan depan.",
    ],
)
def test_middle_initial_between_name_words_is_no_sentence_end(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_initials_of_a_person_a_street_honours_are_no_sentence_end() -> None:
    assert texts("Antrean panjang terlihat di Jl HR. Rasuna Said Kav. 5 dan Jl. KS. Tubun No. 2.") == [
        "Antrean panjang terlihat di Jl HR. Rasuna Said Kav. 5 dan Jl. KS. Tubun No. 2."]
    assert texts("Wakil Presiden Moh. Hatta membuka sidang itu.") == ["Wakil Presiden Moh. Hatta membuka sidang itu."]
    # a country's short form elsewhere still ends a sentence
    assert texts("Ia tiba di AS. Trump lalu berpidato.") == ["Ia tiba di AS.", "Trump lalu berpidato."]


def test_one_letter_name_after_a_lower_case_word_may_end_the_sentence() -> None:
    assert texts("Video itu diunggah di platform X. Trump lalu membalas kritik itu.") == [
        "Video itu diunggah di platform X.", "Trump lalu membalas kritik itu."]
    # an initial opening a sentence, or followed by another initial, still holds the name together
    assert texts("Itu kata dia. A. Rahman lalu pergi.") == ["Itu kata dia.", "A. Rahman lalu pergi."]
    assert texts("Novel karya penulis J. K. Rowling laris di Jakarta.") == [
        "Novel karya penulis J. K. Rowling laris di Jakarta."]
    # M. is Muhammad wherever it stands
    assert texts("Gagasan itu dirumuskan oleh M. Yamin pada sidang pertama.") == [
        "Gagasan itu dirumuskan oleh M. Yamin pada sidang pertama."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stok beras aman, tambahnya.Ia juga meminta warga tenang.",
         ["Stok beras aman, tambahnya.", "Ia juga meminta warga tenang."]),
        ("Perundingan itu menemui kebuntuan.Menurutnya, kedua pihak masih berbeda pendapat.",
         ["Perundingan itu menemui kebuntuan.", "Menurutnya, kedua pihak masih berbeda pendapat."]),
        ('Ia menekankan pentingnya pendidikan.'
         '"Sekolah adalah kunci masa depan," ujarnya.',
         ["Ia menekankan pentingnya pendidikan.", '"Sekolah adalah kunci masa depan," ujarnya.']),
        ('"Kami siap membantu para petani."Rapat kemudian ditutup.',
         ['"Kami siap membantu para petani."', "Rapat kemudian ditutup."]),
    ],
)
def test_full_stop_glued_to_the_next_sentence_after_a_lower_case_word_splits(text: str, expected: list[str]) -> None:
    sents = split_sentences(text)
    assert [s.text for s in sents] == expected
    for s in sents:
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Berita itu dimuat di detik.com dan www.Kabar.Com pada pagi hari.",
        "Surel dikirim ke alamat humas.Pemkot@contoh.id oleh warga.",
        "Sebanyak 1.000 orang antre di Jl.Sudirman sejak pagi.",
        "Rapat dihadiri Budi dkk.mereka datang bersama.",
        "Unggahan di platform X.Trump lalu ramai dibahas.",
    ],
)
def test_glued_full_stop_after_domains_numbers_and_capitals_does_not_split(sentence: str) -> None:
    assert texts(sentence) == [sentence]
