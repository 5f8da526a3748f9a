"""An acting office (``Pj``, ``Plt``) and a regional secretary (``Sekda``) are a title, not a
person's name (ent20)."""

from kliping.extract.entities import tag_words


def _spans(sentence: str) -> list[tuple[str, str]]:
    words = sentence.split()
    return [(" ".join(words[s.i:s.j]), s.type) for s in tag_words(words)]


def test_acting_regional_secretary_alone_is_no_person():
    found = _spans("Pj Sekda Maros itu menyebut pencairan dana masih tertunda .")
    assert not any(t == "PERSON" for _, t in found)


def test_acting_regional_secretary_before_a_name_titles_the_name():
    found = _spans("Pj Sekda Bone Andi Fulan menyebut pencairan dana masih tertunda .")
    assert ("Pj Sekda Bone Andi Fulan", "PERSON") not in found
    assert any(t == "PERSON" and n.endswith("Andi Fulan") for n, t in found)
