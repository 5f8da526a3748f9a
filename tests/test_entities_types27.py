"""Entity types of the twenty-seventh round (docs/ner.md, "Twenty-seventh round"): a law's short
form in a chain of legal citations, housing estates and residential complexes, vehicle makers.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.model import Document
from tests.quote_helpers import doc


def _types(d: Document) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(d)}


def test_a_law_code_and_its_citation_link_name_no_entity():
    got = _types(doc("Jaksa menuntut kedua terdakwa dengan Pasal 3 UU Pencucian Uang Jo. Pasal 56 Ayat (2) KUHP "
                     "Jo. Pasal 66 Ayat (2) KUHP serta meminta hakim Budi Santoso menyita aset mereka di Bandung."))
    assert not any(t.split()[0] in ("KUHP", "Jo", "Jo.") for t in got)
    assert got.get("Budi Santoso") == "PERSON"


def test_a_law_code_named_alone_is_no_place():
    got = _types(doc("Menurut ahli hukum pidana itu, KUHAP yang baru belum mengatur penyadapan secara rinci, "
                     "berbeda dengan aturan lama di Belanda."))
    assert "KUHAP" not in got
