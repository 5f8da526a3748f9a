"""Entity-resolution rules of round ali26 (docs/ner.md, "Round ali26"), on invented Indonesian
sentences through the real extractor and linker."""

from __future__ import annotations

from tests.test_aliases_ali24 import _initials_story
from tests.test_aliases_rules import _doc, _ids

# --- a resolved mention carries its entity's type


def test_initials_joined_to_a_person_are_typed_person_in_every_article():
    # in the follow-up the tagger reads ``HWK`` alone as an acronym (ORG); it names the person
    story = _initials_story()
    person = _ids(story, "Hendra Wijaya Kusuma")
    uses = [(ev.doc.id, m.type) for ev in story.articles for m in ev.mentions if m.text == "HWK"]
    assert {ev for ev, _t in uses} == {"r1", "r2"}
    assert {t for _ev, t in uses} == {"PERSON"}
    assert {m.entity for ev in story.articles for m in ev.mentions if m.text == "HWK"} == person


def test_every_resolved_mention_has_its_entitys_type():
    story = _initials_story(
        _doc("r5", 6, "Kuasa hukum HWK, Bayu Pranata, mendatangi Bareskrim Polri di Jakarta pada Kamis (6/6/2024).",
             "Bayu menyerahkan bukti tambahan kepada penyidik."))
    types = {e.id: e.type for e in story.entities}
    resolved = [m for ev in story.articles for m in ev.mentions if m.entity]
    assert resolved
    assert all(m.type == types[m.entity] for m in resolved)
