"""A statement attributed to a group, a kind of people or a document (``Menurut para analis``, ``Sejumlah pengamat
menilai``, ``menurut laporan itu``) that a speech verb at the sentence's end attributes to someone it names
(``..., kata dia.``, ``..., ujar Budi.``) is that person's: the trailing verb wins, and the statement runs from the
sentence's start to the verb (the person cites the group). ``extract.quotes.reported._trailing_speech``.

The sentences are written for these tests (mentions from the real entity extractor).
"""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes, speakers


def test_menurut_a_group_then_kata_dia_is_the_person_before():
    out = quotes("Rina Kusuma adalah peneliti di sebuah lembaga kajian pangan. "
                 "Menurut para analis, harga gabah akan terus naik sampai musim tanam berikutnya, kata dia.")
    assert out[-1] == (False, "Menurut para analis, harga gabah akan terus naik sampai musim tanam berikutnya",
                       "Rina Kusuma")


def test_a_group_subject_then_a_named_speaker_at_the_end():
    assert quotes("Sejumlah pengamat menilai tarif ojek daring perlu ditinjau ulang tahun ini, ujar Hendra Wijaya.") == [
        (False, "Sejumlah pengamat menilai tarif ojek daring perlu ditinjau ulang tahun ini", "Hendra Wijaya")]


def test_an_office_and_a_name_after_the_verb_name_the_speaker():
    assert speakers("Menurut warga setempat, air sungai sudah surut sejak subuh, kata Kepala Desa Mekarsari, "
                    "Joko Susilo.") == ["Joko Susilo"]


def test_an_unnamed_source_then_a_named_speaker():
    assert speakers("Menurut media Jepang, hasil panen jagung di sana turun tujuh persen, ujar Dewi Lestari.") \
        == ["Dewi Lestari"]


def test_without_a_trailing_verb_the_group_keeps_the_statement_unnamed():
    assert quotes("Menurut para analis, harga gabah akan naik tahun ini.") == [
        (False, "harga gabah akan naik tahun ini", None)]


def test_a_named_menurut_keeps_its_speaker():
    assert speakers("Menurut Hendra Wijaya, tarif ojek daring perlu ditinjau ulang.") == ["Hendra Wijaya"]


def test_menurut_data_of_an_agency_then_a_named_speaker_is_the_person():
    # ``data BPS`` names the record's owner, not a speaker: the trailing verb names who cites it
    assert speakers("Menurut data BPS, angka kemiskinan di pedesaan turun tipis tahun ini, kata Siti Rahmawati.") \
        == ["Siti Rahmawati"]


def test_menurut_a_record_then_an_office_and_a_name():
    assert speakers("Menurut catatan kepolisian, sebanyak 12 kendaraan rusak dalam kecelakaan beruntun itu, "
                    "ujar Kapolres Kota Contoh, Ahmad Fauzi.") == ["Ahmad Fauzi"]


def test_menurut_a_study_then_a_speaker_and_an_addressee():
    out = quotes("Menurut riset kampus itu, kualitas udara kota memburuk setiap musim kemarau, tutur Rudi Hartono "
                 "kepada wartawan.")
    assert out == [(False, "Menurut riset kampus itu, kualitas udara kota memburuk setiap musim kemarau",
                    "Rudi Hartono")]


def test_a_record_without_a_trailing_verb_names_no_speaker():
    assert quotes("Menurut catatan dinas itu, jumlah pengungsi terus bertambah sejak pekan lalu.") == [
        (False, "jumlah pengungsi terus bertambah sejak pekan lalu", None)]


def test_a_record_of_a_named_owner_without_a_trailing_verb_keeps_the_owner():
    assert speakers("Menurut data Kementerian Kesehatan, kasus demam berdarah naik dua kali lipat.") \
        == ["Kementerian Kesehatan"]
