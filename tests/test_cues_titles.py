"""Title and role word lists: one source of truth in ``kliping.lang.id.titles``, read by the entity
rules and (through ``kliping.lang.id.cues``) by the quote rules.

All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract import quotes
from kliping.extract.entities import extract_mentions
from kliping.extract.quotes import extract_quotes
from kliping.extract.quotes import roles as quote_rules
from kliping.lang.id import cues, titles
from tests.quote_helpers import direct, doc


def test_speaker_titles_are_built_from_the_shared_title_lists():
    shared = (titles.TITLE_HEADS | titles.RANKS | titles.RANK_CORPS | titles.OFFICE_HEADS | titles.OFFICE_UNITS
              | titles.CASE_ROLE_NOUNS)
    assert shared - cues.NAME_LIKE_TITLE_HEADS <= cues.SPEAKER_TITLES
    assert not cues.NAME_LIKE_TITLE_HEADS & cues.SPEAKER_TITLES
    assert quotes.TITLE_WORDS is cues.SPEAKER_TITLES
    assert titles.CASE_ROLE_NOUNS <= cues.ROLE_NOUNS
    assert quote_rules._GLUED_OFFICES is titles.OFFICE_UNITS


def test_quote_only_words_do_not_repeat_the_shared_lists():
    # a word listed in both places would be two sources for one meaning
    shared = (titles.TITLE_HEADS | titles.RANKS | titles.RANK_CORPS | titles.OFFICE_HEADS | titles.OFFICE_UNITS
              | titles.CASE_ROLE_NOUNS)
    assert not cues._QUOTE_TITLES & shared
    assert not cues._QUOTE_ROLE_NOUNS & titles.CASE_ROLE_NOUNS


def test_office_units_continue_an_entity_title():
    assert titles.OFFICE_UNITS <= titles.DOSSIER_TITLE_WORDS


def test_vice_minister_abbreviation_is_stripped_from_the_speaker():
    # ``Wamenkeu`` was an entity office head only; without mentions it stayed in the speaker's name
    qs = direct("“Anggaran tahun depan sudah kami siapkan,” kata Wamenkeu Rina Kartika di Jakarta.")
    assert [q.speaker_name for q in qs] == ["Rina Kartika"]


def test_every_rank_is_a_speaker_title():
    qs = direct("“Kami tidak mengenal orang itu,” kata Bharada Dimas Prasetyo.")
    assert [q.speaker_name for q in qs] == ["Dimas Prasetyo"]


def test_court_role_before_a_name_is_a_title():
    qs = direct("“Saya hanya disuruh,” ujar Terdakwa Joko Santoso di ruang sidang.")
    assert [q.speaker_name for q in qs] == ["Joko Santoso"]


def test_bare_court_role_as_subject_gives_a_statement_without_speaker():
    # ``pelaku`` (a case role) names nobody, but the statement is still reported
    t = "Kepada petugas, pelaku mengaku membeli barang itu dari seorang temannya."
    qs = extract_quotes(doc(t), None)
    assert [(q.direct, q.speaker_name) for q in qs] == [(False, None)]


def test_office_head_the_quote_rules_had_alone_titles_an_entity():
    t = "“Pemeriksaan masih berjalan,” ujar Kapolrestabes Sungai Biru Kombes Adi Nugroho."
    person = [m for m in extract_mentions(doc(t)) if m.text == "Adi Nugroho"]
    assert person and person[0].title and person[0].title.startswith("Kapolrestabes")
