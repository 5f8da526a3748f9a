"""Openings the round 41 reading found standing alone in summaries: a noun ``yang dimaksud`` (the thing meant was
told in the sentence before), a spoken ``Nah`` before a wrap-up, and ``Sejatinya`` set against the sentence before.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.synth.summary.openings import continues, dependent, leans_back


def test_a_noun_that_is_meant_leans_back() -> None:
    assert leans_back("Kecamatan yang dimaksud antara lain Cibeber, Cikalong, dan Sindangbarang.")
    assert leans_back("Kawasan pesisir yang dimaksud meliputi tiga desa nelayan.")
    # a definition opening the sentence stands alone
    assert not leans_back("Yang dimaksud dengan zona merah adalah wilayah dengan kasus terbanyak.")


def test_nah_is_read_past_and_continues() -> None:
    assert leans_back("Nah itulah hasil survei tentang kebiasaan belanja remaja di kota besar.")
    assert continues("Nah saat ini petugas sedang memeriksa gudang itu bersama polisi.")
    assert not leans_back("Nah saat ini petugas sedang memeriksa gudang itu bersama polisi.")


def test_sejatinya_continues_the_sentence_before() -> None:
    s = "Sejatinya ada lima saksi yang dipanggil, tapi dua di antaranya meminta jadwal ulang."
    assert continues(s) and dependent(s) and not leans_back(s)


def test_a_how_to_teaser_or_a_list_header_is_no_statement() -> None:
    from kliping.synth.corpus import is_clear

    assert not is_clear("Mengutip dari laman resmi dinas itu, ini cara mendaftar program pelatihan lewat aplikasi.")
    assert not is_clear("Ternyata beginicara mudah mengecek nomor rekening yang mencurigakan.")  # a scrape's glue
    assert not is_clear("Warga juga bisa mendaftar dengan cara lain sebagai berikut.")
    assert not is_clear("Yuk simak penjelasan singkat dari dinas kesehatan tentang vaksin itu.")
    # the way itself, or the word ``berikutnya``, is a statement
    assert is_clear("Untuk membuat teh dari daun itu caranya cukup dengan menyeduhnya dengan air panas.")
    assert is_clear("Bantuan berikutnya akan disalurkan kepada warga pada pekan depan.")


def test_what_a_verb_says_is_meant_stands_alone() -> None:
    # the review of round 41: ``yang dimaksud`` after a verb is the sentence's own definition, not a pointer back
    assert not leans_back("Dinsos menjelaskan yang dimaksud dengan warga rentan adalah lansia yang hidup sendiri.")
    assert leans_back("Desa rawan yang dimaksud berada di lereng utara gunung itu.")


def test_a_reported_how_to_phrase_or_a_deed_of_reading_is_a_statement() -> None:
    from kliping.synth.corpus import is_clear

    # someone is reported calling it a way: a statement, no teaser
    assert is_clear("Menurut kepala dinas, ini cara paling cepat untuk menyalurkan bantuan ke desa terpencil.")
    # ``simak`` mid-clause tells what someone does; opening its clause it bids the reader read on
    assert is_clear("Penyidik masih simak rekaman kamera pengawas di sekitar gudang itu.")
    assert not is_clear("Untuk lengkapnya, simak ulasan tentang jadwal pendaftaran itu di bawah ini.")
    assert not is_clear("Simak selengkapnya jadwal pendaftaran sekolah itu di laman resmi dinas.")
