"""Dossier entity rules for police and government unit words the model types as places or people
(``Satuan Reserse Kriminal``, ``Setwan``, ``Satpol``).

Every sentence here is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

from kliping.extract.entities import Span, extract_mentions
from kliping.extract.entities.glued_names import _unit_bodies
from kliping.extract.entities.sentence import _Sentence
from tests.test_entities import _doc


def _types(*sentences: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in extract_mentions(_doc(*sentences)):
        out.setdefault(m.text, set()).add(m.type)
    return out


def test_unit_words_and_their_short_forms_are_organisations():
    """A name opening with a unit word, or a unit's short form alone, is an organisation however the
    model typed it."""
    sents = [_Sentence(t.split(), False) for t in ("Kasus itu ditangani Satuan Reserse Narkoba Polres Garut .",
                                                    "Staf di Setwan belum bisa dihubungi .",
                                                    "Petugas Satpol dan warga membongkar lapak .")]
    spans = [[Span(3, 6, "LOC", source="model")], [Span(2, 3, "LOC", source="model")],
             [Span(1, 2, "PERSON", source="model")]]
    _unit_bodies(sents, spans)
    assert [s.type for sp in spans for s in sp] == ["ORG", "ORG", "ORG"]


def test_unit_short_forms_in_an_article_are_not_places_or_people():
    got = _types("Seorang pegawai Sekretariat DPRD (Setwan) Kota Mataram diperiksa pekan lalu.",
                 "Pemeriksaan dilakukan di Setwan pada Selasa siang.",
                 "Anggota Provos ikut mengawasi jalannya pemeriksaan.")
    assert "LOC" not in got.get("Setwan", set()) and "PERSON" not in got.get("Setwan", set())
    assert "LOC" not in got.get("Provos", set()) and "PERSON" not in got.get("Provos", set())


def test_a_place_opening_with_an_office_word_stays_a_place():
    """Buildings such as ``Balai Kota`` are not unit bodies: only command units turn into organisations."""
    sents = [_Sentence(["Warga", "berkumpul", "di", "Balai", "Kota", "Bandung", "."], False)]
    spans = [[Span(3, 6, "LOC", source="model")]]
    _unit_bodies(sents, spans)
    assert spans[0][0].type == "LOC"


def test_police_prosecutor_and_village_post_short_forms_are_organisations():
    """``Polantas``, ``Puspenkum``, ``Cabdin``, ``Bhabinkamtibmas`` and ``Babinsa`` name a unit or a
    post, never a place or a person, however the model typed them."""
    texts = ("Arus kendaraan diatur Polantas sejak pagi .",
             "Keterangan itu disampaikan Puspenkum kepada wartawan .",
             "Sekolah itu berada di bawah Cabdin wilayah selatan .",
             "Warga melapor ke Bhabinkamtibmas dan Babinsa setempat .")
    sents = [_Sentence(t.split(), False) for t in texts]
    spans = [[Span(3, 4, "PERSON", source="model")], [Span(3, 4, "LOC", source="model")],
             [Span(5, 6, "PERSON", source="model")],
             [Span(3, 4, "PERSON", source="model"), Span(5, 6, "LOC", source="model")]]
    _unit_bodies(sents, spans)
    assert [s.type for sp in spans for s in sp] == ["ORG"] * 5


def test_unit_short_forms_in_an_article_are_not_people():
    got = _types("Sejumlah personel Polantas berjaga di perempatan itu pada Minggu pagi.",
                 "Kepala Puspenkum menyebut berkas perkara sudah lengkap.")
    for name in ("Polantas", "Puspenkum"):
        assert "PERSON" not in got.get(name, set()) and "LOC" not in got.get(name, set())
