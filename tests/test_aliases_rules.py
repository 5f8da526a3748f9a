"""Entity-resolution rules measured by ``kliping eval aliases``, on invented Indonesian text."""

from __future__ import annotations

from kliping.extract import extract
from kliping.link import link
from kliping.link.aliases import normalize_key, type_key
from kliping.model import Document, Evidence, Sentence


def _doc(did: str, day: int, *sentences: str) -> Document:
    text, sents, pos = "", [], 0
    for s in sentences:
        sents.append(Sentence(s, pos, pos + len(s)))
        text += s + " "
        pos += len(s) + 1
    return Document(id=did, input=did, text=text.rstrip(), sentences=sents, published=f"2024-05-{day:02d}")


def _story(*docs: Document):
    out = []
    for d in docs:
        ev = extract(d)
        out.append(Evidence(doc=ev.doc, mentions=ev.mentions))
    return link(out)


def _ids(story, form: str) -> set[str]:
    return {e.id for e in story.entities if form in e.aliases}


def test_region_prefix_merges_only_unambiguous_regions():
    assert type_key("Kota Medan", "GPE") == type_key("Medan", "GPE")
    assert type_key("Kabupaten Badung", "GPE") == type_key("Badung", "GPE")
    assert type_key("Kota Jakarta Timur", "GPE") == type_key("Jakarta Timur", "GPE")
    # a city and a regency share the name: the bare name may be either
    assert type_key("Kota Bogor", "GPE") != type_key("Bogor", "GPE")
    assert type_key("Kabupaten Bogor", "GPE") != type_key("Kota Bogor", "GPE")
    # the bare name is also a province
    assert type_key("Kota Jambi", "GPE") != type_key("Jambi", "GPE")
    # people are not places
    assert type_key("Kota Medan", "PERSON") == normalize_key("Kota Medan")


def test_national_suffix_and_court_abbreviation():
    assert type_key("Kejaksaan Agung RI", "ORG") == type_key("Kejaksaan Agung", "ORG")
    assert type_key("Komisi I DPR RI", "ORG") == type_key("Komisi I DPR", "ORG")
    assert type_key("Komisi I DPR RI", "ORG") != type_key("Komisi II DPR", "ORG")
    # PT before a place is the high court (Pengadilan Tinggi), not a company
    assert normalize_key("PT Jakarta") != normalize_key("Jakarta")
    assert normalize_key("PT Pertamina (Persero)") == normalize_key("Pertamina")


def test_city_forms_merge_across_articles_in_the_pipeline():
    story = _story(
        _doc("r1", 1, "Banjir merendam ratusan rumah di Kota Medan pada Rabu (1/5/2024).",
             "Wali Kota Medan meminta warga waspada."),
        _doc("r2", 2, "Hujan deras kembali turun di Medan, Sumatera Utara, pada Kamis (2/5/2024)."),
        _doc("r3", 3, "Pemerintah Kabupaten Bogor dan Kota Bogor membahas banjir di Bogor."),
    )
    assert _ids(story, "Kota Medan") == _ids(story, "Medan") != set()
    bogor = [_ids(story, f) for f in ("Kota Bogor", "Kabupaten Bogor", "Bogor")]
    assert all(len(ids) == 1 for ids in bogor)
    assert len(set.union(*bogor)) == 3
