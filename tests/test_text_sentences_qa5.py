"""QA5 sentence splitting: office abbreviations before a name. Invented Indonesian text."""

from __future__ import annotations

import pytest

from kliping.text import split_sentences


@pytest.mark.parametrize("title", ["Plt.", "Plh.", "Pj.", "Pjs."])
def test_acting_office_abbreviation_does_not_end_the_sentence(title: str) -> None:
    text = (f'"Layanan paspor kini lebih cepat," ujar {title} Kepala Kantor Imigrasi Budi Santoso di Medan. '
            "Antrean pemohon pun berkurang.")
    assert [s.text for s in split_sentences(text)] == [
        f'"Layanan paspor kini lebih cepat," ujar {title} Kepala Kantor Imigrasi Budi Santoso di Medan.',
        "Antrean pemohon pun berkurang.",
    ]


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_flattened_list_numbers_glued_to_items_open_the_next_item() -> None:
    # Words, full stops and amounts with the next item's number glued on, counting up.
    assert _texts("1. Budi Hartono, Direktur PT Sinar Pagi2. Ani Lestari, Direktur PT Maju Terus3. "
                  "Tono Wibowo, Direktur PT Abadi Jaya") == [
        "1. Budi Hartono, Direktur PT Sinar Pagi", "2. Ani Lestari, Direktur PT Maju Terus",
        "3. Tono Wibowo, Direktur PT Abadi Jaya"]
    assert _texts("1. Kota Asri dari Rp 2 triliun menjadi Rp 1 triliun.2. Kota Baru dari Rp 700 miliar "
                  "menjadi Rp 650 miliar.3. Kota Cerah dari Rp 90 miliar menjadi Rp 80 miliar4. Kota Damai tetap.") == [
        "1. Kota Asri dari Rp 2 triliun menjadi Rp 1 triliun.", "2. Kota Baru dari Rp 700 miliar menjadi Rp 650 miliar.",
        "3. Kota Cerah dari Rp 90 miliar menjadi Rp 80 miliar", "4. Kota Damai tetap."]
    assert _texts("1. Biro umum: Rp 12.450.000.0002. Biro hukum: Rp 8.100.000.0003. Biro humas: Rp 3.000.000.000") == [
        "1. Biro umum: Rp 12.450.000.000", "2. Biro hukum: Rp 8.100.000.000", "3. Biro humas: Rp 3.000.000.000"]
    assert _texts("1. Dinas Pangan skor 3,412. Dinas Pariwisata skor 3,383. Dinas Perhubungan skor 3,304. "
                  "Dinas Sosial skor 3,1") == [
        "1. Dinas Pangan skor 3,41", "2. Dinas Pariwisata skor 3,38", "3. Dinas Perhubungan skor 3,30",
        "4. Dinas Sosial skor 3,1"]
    assert _texts("1. Koin Rp 500 tahun 19912. Koin Rp 100 tahun 1995") == [
        "1. Koin Rp 500 tahun 1991", "2. Koin Rp 100 tahun 1995"]


@pytest.mark.parametrize("text", [
    "Anggaran naik pada 2024. Lalu naik lagi pada 2025. Kemudian turun pada 2026. Akhirnya stabil.",
    "Pesawat itu bernomor GA193. Mesinnya standar Euro4. Penumpang turun pukul 10. Bagasi menyusul.",
    "Skornya 3,352. Tim lawan mencetak 3,303. Penonton pulang.",
    "Kami punya 1. Lalu datang Budi2. Ani3. Selesai.",
])
def test_numbers_that_only_look_like_a_glued_list_stay(text: str) -> None:
    # Years counting up, codes, a lone pair of decimals without the list's item 1, and digits
    # glued to words after a sentence that is no list item: the sentences end where written.
    assert "".join(_texts(text)).replace(" ", "") == text.replace(" ", "")
    assert all(s.endswith(".") for s in _texts(text))
