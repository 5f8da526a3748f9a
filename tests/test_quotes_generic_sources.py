"""Statements attributed to a kind of people in general (qf26): ``Menurut para ahli, …``, ``menurut
sejumlah pengamat``, ``…, kata warga.``, ``Menurut pakar, …``.

* ``menurut`` before a group (a group word and a noun of people: ``para ahli``, ``sejumlah pengamat``,
  ``kalangan ekonom``) is an attribution: the statement is kept, with no speaker name (it was dropped).
* A noun of a kind of people written alone after a cue or ``menurut`` (``kata warga``, ``menurut pakar``,
  ``cues.GENERIC_SOURCE_NOUNS``) names people in general: not the resident or expert the article named
  before. A demonstrative (``warga tersebut``) or a name after the noun still names someone.

The sentences are written for these tests (mentions from the real entity extractor).
"""

from __future__ import annotations

from kliping.extract.quotes.speaker_phrases import generic_alone
from tests.test_quotes_qa5 import quotes, speakers

NAMED_EXPERT = "Pengamat pertanian Budi Santoso mengatakan harga gabah akan turun. "
NAMED_RESIDENT = "Siti Aminah, warga Kampung Melayu, menuturkan banjir datang tengah malam. "


def test_menurut_a_group_of_experts_keeps_the_statement_with_no_speaker():
    assert quotes("Menurut para ahli, curah hujan tinggi akan berlangsung hingga Maret.") == [
        (False, "curah hujan tinggi akan berlangsung hingga Maret", None)]
    assert speakers("Menurut sejumlah pengamat, harga gabah tidak akan turun tahun ini.") == [None]
    assert speakers("Menurut kalangan ekonom, inflasi pangan masih akan tinggi.") == [None]
    assert speakers("Harga gabah tidak akan turun tahun ini, menurut para analis.") == [None]


def test_a_group_source_after_a_named_expert_is_not_that_expert():
    assert speakers(NAMED_EXPERT + "Menurut para pengamat, harga pupuk justru akan naik.") == [
        "Budi Santoso", None]
    assert speakers(NAMED_EXPERT + "Harga pupuk justru akan naik, kata sejumlah pengamat.") == [
        "Budi Santoso", None]


def test_a_kind_of_people_written_alone_is_no_one_named_before():
    assert speakers(NAMED_EXPERT + "Menurut pengamat, harga pupuk justru akan naik.") == ["Budi Santoso", None]
    assert speakers(NAMED_RESIDENT + "Air setinggi lutut masuk ke rumah, kata warga.") == [None]
    assert speakers(NAMED_RESIDENT + "Menurut warga setempat, air setinggi lutut masuk ke rumah.") == [None]
    assert speakers(NAMED_RESIDENT + '"Air masuk sampai ke dapur," ujar warga.') == [None]


def test_a_demonstrative_or_a_name_after_the_noun_still_names_someone():
    assert speakers(NAMED_RESIDENT + '"Air masuk sampai ke dapur," ujar warga tersebut.') == ["Siti Aminah"]
    assert speakers('"Air masuk sampai ke dapur," kata warga, Siti Aminah.') == ["Siti Aminah"]
    assert speakers("Menurut pengamat pertanian Budi Santoso, harga gabah akan turun.") == ["Budi Santoso"]


def test_what_counts_as_written_alone():
    assert generic_alone(["warga"])
    assert generic_alone(["warga."])
    assert generic_alone(["warga", "setempat"])
    assert generic_alone(["warga", "saat", "ditemui"])
    assert not generic_alone(["warga,", "Siti"])
    assert not generic_alone(["warga", "tersebut"])
    assert not generic_alone(["warga", "Kampung", "Melayu"])


def test_the_words_after_a_group_source_are_the_statement_not_its_apposition():
    assert quotes("Menurut para analis, anggota koperasi dari Jawa, yang dipimpin Budi, menolak usulan itu.") == [
        (False, "anggota koperasi dari Jawa, yang dipimpin Budi, menolak usulan itu", None)]
    assert quotes("Menurut Budi Santoso, pengamat pertanian, harga gabah akan turun.") == [
        (False, "harga gabah akan turun", "Budi Santoso")]
