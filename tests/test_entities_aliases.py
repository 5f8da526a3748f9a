"""Alias resolution on the real pipeline: extract + link over the bundled sample corpus.

The sample README lists the planted name forms: ``Kim Jong-un`` / ``Kim Jong Un`` / ``Kim`` /
``Tuan Kim`` are one person, ``Kim Myong Sik``, ``Pak Thae Song`` and ``Pak Jong Chon`` three
others, ``Shin Wok-sik`` a misspelling of ``Shin Won-sik``.
"""

from __future__ import annotations

import pytest

from kliping.cli.main import sample_dir
from kliping.extract import extract
from kliping.ingest import clean, read_inputs
from kliping.link import link
from kliping.model import Document, Evidence, Problem, Sentence


@pytest.fixture(scope="module")
def story():
    evidence = []
    for item in read_inputs([sample_dir()]):
        if isinstance(item, Problem):
            continue
        evidence.append(extract(clean(item)))
    return link(evidence)


def _entity(story, name: str):
    hits = [e for e in story.entities if e.name == name or name in e.aliases]
    assert len(hits) == 1, (name, [(e.name, e.aliases) for e in hits])
    return hits[0]


def _surfaces(story, eid: str) -> set[str]:
    """Every mention text (with its title when it is an honorific like ``Tuan``) of one entity."""
    out = set()
    for ev in story.articles:
        for m in ev.mentions:
            if m.entity == eid:
                out.add(m.text)
                if m.title:
                    out.add(f"{m.title} {m.text}")
    return out


def _mentions_of(story, text: str) -> set[str | None]:
    return {m.entity for ev in story.articles for m in ev.mentions if m.text == text}


def test_every_form_of_kim_jong_un_is_one_entity(story):
    kim = _entity(story, "Kim Jong-un")
    forms = _surfaces(story, kim.id)
    assert {"Kim Jong-un", "Kim Jong Un", "Kim", "Tuan Kim"} <= forms
    assert _mentions_of(story, "Kim Jong Un") == {kim.id}
    assert _mentions_of(story, "Kim Jong-un") == {kim.id}
    # "Tuan Kim" in every article, including the one naming no other Kim in full
    tuan = {m.entity for ev in story.articles for m in ev.mentions if m.text == "Kim" and m.title == "Tuan"}
    assert tuan == {kim.id}


def test_people_sharing_a_family_name_stay_apart(story):
    people = {n: _entity(story, n) for n in ("Kim Jong-un", "Kim Myong Sik", "Pak Thae Song", "Pak Jong Chon",
                                            "Dmitry Peskov", "Shin Won-sik")}
    assert len({e.id for e in people.values()}) == len(people)
    for e in people.values():
        assert e.type == "PERSON", (e.name, e.type)
    alias_sets = {n: {a.casefold() for a in e.aliases} for n, e in people.items()}
    names = list(alias_sets)
    for x in range(len(names)):
        for y in range(x + 1, len(names)):
            assert not alias_sets[names[x]] & alias_sets[names[y]], (names[x], names[y])
    assert "Thae Song" not in {a for e in story.entities for a in e.aliases}
    assert "Jong Chon" not in {a for e in story.entities for a in e.aliases}


def test_short_and_misspelt_forms_join_their_person(story):
    peskov = _entity(story, "Dmitry Peskov")
    assert "Peskov" in peskov.aliases
    assert "Kremlin" not in peskov.aliases
    shin = _entity(story, "Shin Won-sik")
    assert "Shin Wok-sik" in shin.aliases
    assert any(v.entity == shin.id for v in story.name_variants)
    assert _entity(story, "Sergei Lavrov").type == "PERSON"


def test_a_name_variants_evidence_writes_a_spelling_out(story):
    shin = _entity(story, "Shin Won-sik")
    [variant] = [v for v in story.name_variants if v.entity == shin.id]
    assert variant.items, "the variant has its evidence"
    for item in variant.items:  # ``Menurut Shin, ...`` names him but shows no spelling
        assert "Shin Won-sik" in item.text or "Shin Wok-sik" in item.text, item.text
    assert any("Shin Wok-sik" in item.text for item in variant.items)


def test_capitals_used_for_governments_stay_places_of_their_own(story):
    for city in ("Pyongyang", "Moskow", "Washington"):
        e = _entity(story, city)
        assert e.type == "GPE"
        assert e.name == city
    assert _entity(story, "Korea Utara").id == _entity(story, "Korut").id
    assert _entity(story, "Pyongyang").id != _entity(story, "Korea Utara").id


def test_dateline_outlets_are_no_entities_nor_fragments(story):
    # the outlet publishing the story is no entity of it (docs/ner.md, "Sixth QA read")
    names = {e.name: e.type for e in story.entities}
    assert "WARTANUSA.COM" not in names and "SUARADUNIA.CO.ID" not in names
    assert "COM" not in names
    assert not [n for n in names if n[:1].islower() and "." not in n]


def _doc(did: str, *sentences: str) -> Document:
    text, sents, pos = "", [], 0
    for s in sentences:
        sents.append(Sentence(s, pos, pos + len(s)))
        text += s + " "
        pos += len(s) + 1
    return Document(id=did, input=did, text=text.rstrip(), sentences=sents, published="2024-03-0" + did[-1])


def test_english_and_indonesian_place_names_merge_and_appositive_gives_description():
    a = extract(_doc("a1", "Delegasi dari Moskow tiba di Seoul untuk membahas keamanan Korea Utara.",
                     "Nam Sung-wook, mantan direktur sebuah lembaga riset intelijen, mengatakan pertemuan "
                     "itu penting."))
    b = extract(_doc("a2", "Pejabat di Moscow menolak berkomentar soal North Korea pada Selasa.",
                     "Menurut Nam Sung-wook, kedua negara sudah lama saling membutuhkan."))
    story = link([Evidence(doc=a.doc, mentions=a.mentions), Evidence(doc=b.doc, mentions=b.mentions)])
    assert _entity(story, "Moskow").id == _entity(story, "Moscow").id
    assert _entity(story, "Korea Utara").id == _entity(story, "North Korea").id
    nam = _entity(story, "Nam Sung-wook")
    assert nam.description == "mantan direktur sebuah lembaga riset intelijen"
