"""Reported statements a reader can trust (docs/quotes.md, "Deeds, topics and the verb's own words"): ``memastikan``
after a comma that closes the subject's own doing is a deed, no statement; a topic noun with no predicate after
it is what was talked about; the one addressed before a directive and an adverb of the speaking are not part
of what was said.

The sentences are written for these tests (mentions from the real entity extractor); the people and places are
invented or used only as names.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(t, sp) for direct, t, sp in quotes(text) if not direct]


def test_memastikan_after_the_subjects_own_doing_is_a_deed_not_a_statement():
    assert _reported("Menteri Budi Santoso turun langsung ke lapangan, memastikan pupuk benar-benar sampai ke "
                     "tangan petani.") == []
    assert _reported("Ribuan relawan memenuhi aula dengan semangat yang sama, memastikan setiap anak mendapat "
                     "makanan.") == []


def test_memastikan_after_the_speakers_apposition_still_states():
    assert _reported("Rektor Universitas Sukamaju, Budi Santoso, memastikan kampus bergerak cepat menangani "
                     "kasus itu.") == [("kampus bergerak cepat menangani kasus itu", "Budi Santoso")]


def test_a_topic_noun_without_a_predicate_is_no_statement():
    assert _reported("Dokter Rina Kartika menjelaskan skema pembiayaan pasien di rumah sakit daerah.") == []
    assert _reported("Para direktur memaparkan rencana anggaran unit yang mereka pimpin.") == []


def test_a_topic_noun_with_a_predicate_is_a_statement():
    assert _reported("Dokter Rina Kartika menjelaskan skema itu sudah berjalan sejak Januari.") == [
        ("skema itu sudah berjalan sejak Januari", "Rina Kartika")]


def test_the_one_addressed_before_a_directive_is_not_what_was_said():
    assert _reported("Gubernur Andi Wirawan mengingatkan kepada para kepala desa untuk tidak memungut biaya "
                     "tambahan.") == [("untuk tidak memungut biaya tambahan", "Andi Wirawan")]
    # a request verb stays a request, no statement
    assert _reported("Namun, Budi Santoso meminta kepada jajarannya untuk membantu penyidik.") == []


def test_an_adverb_of_the_speaking_is_not_what_was_said():
    assert _reported("Kepala Dinas Rina Kartika menyebutkan lebih dulu desa yang paling terdampak banjir, yaitu "
                     "Sukamaju.") == [("desa yang paling terdampak banjir, yaitu Sukamaju", "Rina Kartika")]
    assert _reported("Camat Budi Santoso menekankan kembali, saat ini warga belum boleh pulang ke rumah.") == [
        ("saat ini warga belum boleh pulang ke rumah", "Budi Santoso")]
    # ``kembali`` with no comma after it may open the content's own phrase (the gold sets keep it)
    assert _reported("Budi Santoso mengingatkan kembali pesan Bung Karno bahwa pangan adalah hidup matinya "
                     "bangsa.")[0][0].startswith("kembali pesan")
