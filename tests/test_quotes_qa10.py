"""Quote speakers that are no names, from the tenth round: a work's title set off by commas after
``dalam bukunya``, a two-letter typo of ``dia``, ``Kala itu`` opening the clause, and the common
nouns ``Media``/``Lembaga`` capitalised as the clause's first word.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import speakers


def test_a_work_title_between_commas_after_the_work_noun_is_no_speaker():
    t = "Rina Kartika Dewi dkk dalam bukunya, Sayuran Hijau Sehari-hari, menjelaskan bahwa bayam kaya zat besi."
    assert speakers(t) == ["Rina Kartika Dewi"]
    # the clause's own subject after "Dalam bukunya," still speaks
    t = "Dalam bukunya, Rina Kartika Dewi menjelaskan bahwa bayam kaya zat besi."
    assert speakers(t) == ["Rina Kartika Dewi"]


def test_a_two_letter_typo_of_dia_is_the_pronoun_not_a_name():
    t = ("Kepala Bagian Humas OJK Budi Santoso mengatakan laporan korban diproses dalam sehari. "
         "Da juga menegaskan bahwa rekening pelaku akan segera diblokir.")
    assert speakers(t) == ["Budi Santoso", "Budi Santoso"]


def test_kala_itu_opening_the_clause_is_no_speaker():
    t = "Kala itu Kementerian Luar Negeri juga menegaskan tidak ada kesepakatan yang diteken."
    assert speakers(t) == ["Kementerian Luar Negeri"]


def test_media_or_lembaga_opening_the_clause_is_no_name():
    assert speakers("Media pemerintah setempat menyebut rombongan itu tiba pada malam hari.") == [None]
    assert speakers("Lembaga pemantau independen menyatakan sudah memverifikasi citra satelit itu.") == [None]
    # a named organisation opening the clause still speaks
    assert speakers("Lembaga Survei Indonesia menyatakan hasil hitung cepat sudah final.") == [
        "Lembaga Survei Indonesia"]


def test_two_letters_that_are_no_pronoun_typo_stay_the_speaker():
    t = 'Menurut Ar, pencuri itu datang sendirian. "Saya tidak kenal orangnya," ucapnya.'
    assert speakers(t)[-1] == "Ar"


def test_the_words_of_a_title_after_berjudul_are_no_speaker():
    t = ("Namun dalam pandangan Rina Kartika Dewi dalam makalahnya berjudul The Green Economy of Coastal "
         "Villages menyatakan bahwa nelayan kecil paling dirugikan.")
    assert speakers(t) == ["Rina Kartika Dewi"]
