"""Regression tests for the gates of the cross-article alias rules: two invented articles each,
of different stories, whose names differ by one letter, a place, a role word or an acronym."""

from __future__ import annotations

import pytest

from kliping.extract import extract
from kliping.link import link
from kliping.link.aliases import normalize_key, type_key
from kliping.link.aliases.spans import _drop_glued_role, _glued_heads
from kliping.model import Document, Evidence
from tests.test_aliases_rules import _doc


def _story(*docs: Document):
    return link([Evidence(doc=ev.doc, mentions=ev.mentions) for ev in (extract(d) for d in docs)])


def _ids(story, form: str) -> set[str]:
    return {e.id for e in story.entities if form in e.aliases}


def _apart(story, a: str, b: str) -> None:
    ids_a, ids_b = _ids(story, a), _ids(story, b)
    assert ids_a and ids_b, (a, b, [e.aliases for e in story.entities])
    assert not ids_a & ids_b
    assert not any(v.entity in ids_a | ids_b for v in story.name_variants)


@pytest.mark.parametrize("first, second, a, b", [
    # y/i spellings of two people in two stories
    ("Legenda bulu tangkis Rudy Hartono memberi semangat kepada atlet muda di Kota Kudus pada Kamis (2/5/2024).",
     "Polisi menangkap pencuri sepeda motor Rudi Hartono di Kota Pekalongan pada Selasa (21/5/2024).",
     "Rudy Hartono", "Rudi Hartono"),
    # a three-part name one letter apart in two stories
    ("Pelajar Muhammad Rizki Pratama tenggelam saat berenang di Sungai Serayu pada Jumat (3/5/2024).",
     "Pebulu tangkis Muhammad Rizky Pratama menjuarai turnamen nasional di Kota Surabaya pada Jumat (24/5/2024).",
     "Muhammad Rizki Pratama", "Muhammad Rizky Pratama"),
    # police of two regions one letter apart
    ("Polres Badung menangkap dua pengedar narkoba di Kuta pada Senin (6/5/2024).",
     "Polres Bandung menertibkan parkir liar di Soreang pada Senin (27/5/2024).",
     "Polres Badung", "Polres Bandung"),
], ids=["y-and-i-spellings", "three-part-name", "police-of-two-regions"])
def test_names_one_letter_apart_in_two_stories_stay_two_entities(first: str, second: str, a: str, b: str) -> None:
    days = [int(text.rsplit("(", 1)[1].split("/")[0]) for text in (first, second)]  # each sentence's own day
    _apart(_story(_doc("x1", days[0], first), _doc("x2", days[1], second)), a, b)


def test_a_shared_generic_role_word_does_not_join_a_lone_name():
    story = _story(
        _doc("d1", 7, "Ketua KPK Setyo Budiyanto menyampaikan laporan tahunan di Gedung Merah Putih pada Selasa "
             "(7/5/2024).", "Setyo Budiyanto meminta dukungan publik."),
        _doc("d2", 28, "Warga Desa Sukamaju bergotong royong membersihkan saluran air pada Selasa (28/5/2024).",
             "Kegiatan itu dipimpin Ketua RT setempat, Setyo, sejak pagi."),
    )
    kpk = _ids(story, "Setyo Budiyanto")
    lone = {m.entity for m in story.articles[1].mentions if m.text == "Setyo"}
    assert kpk and lone and not lone & kpk


def test_a_bare_place_joins_its_region_only_with_an_article_or_event_in_common():
    assert type_key("Agam", "PERSON") != type_key("Kabupaten Agam", "GPE")
    story = _story(
        _doc("e1", 8, "Banjir bandang melanda Kabupaten Puncak di Papua Tengah pada Rabu (8/5/2024)."),
        _doc("e2", 29, "Ribuan wisatawan memadati kawasan Puncak, Bogor, pada Rabu (29/5/2024)."),
    )
    region, bare = _ids(story, "Kabupaten Puncak"), _ids(story, "Puncak")
    assert region and bare and not region & bare


def test_an_embassy_ri_is_not_a_bare_embassy():
    assert type_key("Kedutaan Besar RI", "ORG") != type_key("Kedutaan Besar", "ORG")
    assert type_key("Kejaksaan Agung RI", "ORG") == type_key("Kejaksaan Agung", "ORG")


def test_a_place_glued_before_a_name_is_no_head_for_other_names():
    # ``Bima Arief Rahman`` (a Bima official tagged with the city) teaches no head ``bima``
    names = ["Bima Arief Rahman", "Arief Rahman", "Bima Arya Sugiarto"]
    keys = {normalize_key(n) for n in names}
    heads = _glued_heads(names, keys)
    assert "bima" not in heads
    assert _drop_glued_role("Bima Arief Rahman", keys, heads) == "Arief Rahman"
    assert _drop_glued_role("Bima Arya Sugiarto", keys, heads) == "Bima Arya Sugiarto"


def test_an_acronym_spelt_out_once_is_not_that_body_in_another_story():
    story = _story(
        _doc("f1", 9, "Badan Riset Kelautan Nusantara (BRKN) menyerahkan kapal riset kepada Universitas "
             "Pattimura pada Kamis (9/5/2024)."),
        _doc("f2", 30, "BRKN menggelar rapat pemenangan calon bupati di Kota Ambon pada Kamis (30/5/2024)."),
    )
    body = _ids(story, "Badan Riset Kelautan Nusantara")
    other = {m.entity for m in story.articles[1].mentions if m.text == "BRKN"}
    assert body and other and not other & body


def test_a_region_and_its_bare_name_written_in_one_article_are_one_place():
    story = _story(
        _doc("g1", 10, "Pemerintah Kota Mataram membuka pasar murah pada Jumat (10/5/2024).",
             "Harga beras di Mataram turun sejak pekan lalu."),
        _doc("g2", 31, "Hujan deras merendam puluhan rumah di Mataram pada Jumat (31/5/2024)."),
    )
    assert _ids(story, "Kota Mataram") == _ids(story, "Mataram") and len(_ids(story, "Mataram")) == 1
