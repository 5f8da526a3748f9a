"""A bare ``Presiden`` whose holder the article names only by name (round 22, item 3).

* Nobody introduced with the office before: the one person the article titles ``Presiden`` anywhere
  (later on, too), else the person the narrative was about right before (the subject of the sentence
  before, past sentences opening with ``Ia``), when the article gives that person no title at all;
  a person with another office (``Menko X``) is no president.
* ``Presiden mengatakan … dan menepis klaim …``: a claim cue coordinated with the statement's speech
  verb (``dan`` right before it) is the statement speaker's.

The sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import doc
from tests.quote_helpers import typed_mentions as _mentions

_NARRATED = ("Sejak kembali berkuasa pada Januari, Hartono Wibisono telah menerbitkan puluhan dekret.\n"
             "Ia juga meminta jaksa agung menyelidiki para pengkritiknya.\n"
             "Presiden mengatakan langkahnya diperlukan untuk menyelamatkan negara dan menepis klaim "
             "bahwa ia seorang diktator.")


def test_a_bare_president_is_the_untitled_person_the_narrative_was_about():
    ms = _mentions(_NARRATED, [("Hartono Wibisono", "PERSON")])
    said = [q for q in extract_quotes(doc(_NARRATED), ms) if q.cue == "mengatakan"]
    assert [q.speaker_name for q in said] == ["Hartono Wibisono"]


def test_a_denial_coordinated_with_the_speech_verb_is_the_speakers():
    ms = _mentions(_NARRATED, [("Hartono Wibisono", "PERSON")])
    claims = extract_claims(doc(_NARRATED), ms)
    assert [(c.status, c.actor_name) for c in claims] == [("denial", "Hartono Wibisono")]


def test_a_bare_president_is_the_one_the_article_titles_so_later():
    t = ("Presiden menegaskan bahwa subsidi pupuk tetap berjalan tahun depan.\n"
         "Hal itu disampaikan Presiden Hartono Wibisono saat meninjau gudang pupuk di Karawang.")
    ms = _mentions(t, [("Hartono Wibisono", "PERSON", "Presiden")])
    first = [q for q in extract_quotes(doc(t), ms) if q.cue == "menegaskan"]
    assert [q.speaker_name for q in first] == ["Hartono Wibisono"]


def test_a_narrated_person_with_another_office_is_no_president():
    t = ("Menko Perekonomian Andi Saputra telah meninjau pasar induk pagi ini.\n"
         "Presiden mengatakan bahwa harga beras harus turun sebelum akhir bulan.")
    ms = _mentions(t, [("Andi Saputra", "PERSON", "Menko Perekonomian")])
    said = [q for q in extract_quotes(doc(t), ms) if q.cue == "mengatakan"]
    assert [q.speaker_name for q in said] == [None]
