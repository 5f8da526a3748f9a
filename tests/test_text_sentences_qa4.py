"""Sentence splitting leftovers found by QA4: ``Jo.`` (juncto) and full stops glued to the next word."""

from __future__ import annotations

from kliping.text.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_juncto_abbreviation_does_not_end_a_sentence() -> None:
    assert _texts("Tersangka dijerat Pasal 2 Jo. Pasal 18 UU Tipikor. Berkasnya segera dilimpahkan.") == [
        "Tersangka dijerat Pasal 2 Jo. Pasal 18 UU Tipikor.", "Berkasnya segera dilimpahkan."]


def test_glued_stop_before_a_hyphenated_capitalised_word_splits() -> None:
    assert _texts("Kami tidak mau tahu.Mobil-mobil dinas wajib buatan dalam negeri.") == [
        "Kami tidak mau tahu.", "Mobil-mobil dinas wajib buatan dalam negeri."]


def test_glued_stop_after_a_closing_bracket_splits() -> None:
    assert _texts("Rapat digelar di balai kota, Senin (3/3).Ia menyebut anggaran sudah cair.") == [
        "Rapat digelar di balai kota, Senin (3/3).", "Ia menyebut anggaran sudah cair."]


def test_glued_stop_after_a_capitalised_name_splits_an_author_box() -> None:
    assert _texts("Tulisan ini opini pribadi Rahmat Hidayat.Peneliti Pusat Kajian Energi di Bandung.") == [
        "Tulisan ini opini pribadi Rahmat Hidayat.", "Peneliti Pusat Kajian Energi di Bandung."]


def test_glued_domains_titles_and_abbreviations_stay_whole() -> None:
    for text in (
        "Berita itu dimuat Kompas.Com pada pagi hari.",
        "Warga Kab.Bogor menolak rencana itu.",
        "Sambutan dibawakan Prof.Santoso di aula kampus.",
        "Kantornya di Jl.Merdeka nomor sepuluh.",
        "Rapat ditunda karena Sdr.Yanto belum hadir.",
    ):
        assert _texts(text) == [text], text


def test_a_list_number_glued_to_a_year_opens_the_next_item() -> None:
    assert _texts("Ia menjabat direktur sejak 2012,2. Andi Wijaya menjabat komisaris sejak 2015.") == [
        "Ia menjabat direktur sejak 2012,", "2. Andi Wijaya menjabat komisaris sejak 2015."]
    assert _texts("Inflasi bulan lalu 2,5. Angka itu rendah.") == ["Inflasi bulan lalu 2,5.", "Angka itu rendah."]
