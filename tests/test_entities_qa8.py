"""Entity rules from the eighth round (docs/ner.md, "Eighth QA read"): regional office titles,
the types of trading benchmarks, exchanges, technologies and instruments, and capitalised words
that are no names (sentence adverbs, conjunctions before a name, teams, degrees, a cabinet's name).

Every sentence is written for these tests (no article text); the people are invented or public
figures named in ordinary sentences.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from tests.test_entities import _doc


def _spans(*sentences: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(_doc(*sentences))}


def _titles(*sentences: str) -> dict[str, str | None]:
    return {m.text: m.title for m in extract_mentions(_doc(*sentences)) if m.type == "PERSON"}


# ---- regional office titles


def test_a_regional_office_head_written_as_one_word_titles_the_name_after_its_place():
    got = _titles("Kadinsos Kota Medan Irvan Wahyudi memastikan bantuan beras sudah dibagikan.")
    assert got == {"Irvan Wahyudi": "Kadinsos Kota Medan"}
    got = _titles("Kadisnaker Jawa Barat Rachmat Taufik memantau pembayaran upah buruh.")
    assert got == {"Rachmat Taufik": "Kadisnaker Jawa Barat"}


def test_the_unit_word_of_the_municipal_police_head_is_part_of_the_title():
    got = _titles("Kasatpol PP Agus Ridho mengatakan lapak liar itu dibongkar pagi tadi.")
    assert got == {"Agus Ridho": "Kasatpol PP"}
