"""Entity spans from the twelfth QA read (docs/ner.md, "Twelfth QA read"): ``Imam`` straight before a
name is a given name, not the prayer leader's title; a university's short form given in brackets,
glued before a person's name later (``dosen Unhar Budi Santoso``), is the university, not part of
the name. The sentences are written for these tests; people and institutions are invented."""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.model import Document
from kliping.text import split_sentences


def mentions(text: str) -> list[tuple[str, str, str | None]]:
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text))
    return [(m.text, m.type, m.title) for m in extract_mentions(d)]


def test_imam_right_before_a_name_is_the_given_name() -> None:
    got = mentions("Rina melaporkan Imam Santoso ke polisi. Imam Santoso membantah tuduhan itu.")
    assert ("Imam Santoso", "PERSON", None) in got
    assert not any(name == "Santoso" for name, _t, _title in got)


def test_imam_with_a_role_before_it_keeps_the_role_and_the_whole_name() -> None:
    got = mentions("Kasus eks dosen Universitas Negeri Harapan (Unhar) Imam Santoso dengan tetangganya, "
                   "Rina, terus bergulir.")
    [(name, _t, title)] = [m for m in got if m[1] == "PERSON" and "Santoso" in m[0]]
    assert name == "Imam Santoso" and title is not None and "Imam" not in title


def test_the_office_of_imam_besar_is_no_given_name() -> None:
    got = mentions("Imam Besar Masjid Raya Al-Falah Ahmad Syukri memimpin salat Idul Fitri.")
    assert not any(name.startswith("Imam") and t == "PERSON" for name, t, _title in got)


def test_a_bracketed_short_form_glued_before_a_name_is_the_organisation() -> None:
    got = mentions("Dosen Universitas Harapan Bangsa (Unhar) Malang, Budi Santoso, jadi sorotan. "
                   "Rina, tetangga dosen Unhar Budi Santoso, melapor ke polisi.")
    assert ("Unhar Budi Santoso", "PERSON") not in [(n, t) for n, t, _ in got]
    assert [n for n, t, _ in got if t == "PERSON" and "Santoso" in n] == ["Budi Santoso", "Budi Santoso"]
    # the short form standing alone in brackets after the name (``... Sunan Cahaya (Sucah) Malang``)
    got = mentions("Eks dosen Universitas Islam Nusantara (UIN) Sunan Cahaya (Sucah) Malang, Imam Santoso, kembali "
                   "jadi sorotan. Rina, tetangga eks dosen UIN Sucah Imam Santoso, berniat melapor.")
    assert [n for n, t, _ in got if t == "PERSON" and "Santoso" in n] == ["Imam Santoso", "Imam Santoso"]
