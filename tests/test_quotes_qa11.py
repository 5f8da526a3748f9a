"""Reported statements of a public body written in lower case (docs/quotes.md, "Eleventh round"):
``Pada Senin, otoritas Korea Selatan menyebut …`` is said by the body, read as the name after it, the
way ``kata otoritas Korea Selatan`` and ``menurut pemerintah Rusia`` are read; ``otoritas setempat``
speaks unnamed (no name, the statement kept).

The sentences are written for these tests (mentions from the real entity extractor); the people,
ships and places are invented or used only as names.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from tests.quote_helpers import doc
from tests.test_quotes_qa5 import quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(t, sp) for direct, t, sp in quotes(text) if not direct]


def test_a_lower_case_authority_before_a_country_speaks_as_that_country():
    got = _reported("Pada Selasa pagi, otoritas Korea Selatan menyebut kapal tanker itu mengangkut solar ilegal.")
    assert got == [("kapal tanker itu mengangkut solar ilegal", "Korea Selatan")]
    got = _reported("Kapal nelayan itu dicegat. Sementara itu, militer Filipina mengatakan "
                    "kapal itu memasuki perairannya.")
    assert got == [("kapal itu memasuki perairannya", "Filipina")]
    # the same body after the verb was read so already; the capitalised body keeps its own name
    assert _reported("Kapal tanker itu mengangkut solar ilegal, kata otoritas Korea Selatan.")[0][1] == "Korea Selatan"
    got = _reported("Kapal nelayan itu dicegat. Otoritas Pelabuhan Tanjung Wangi menyatakan kapal itu tidak berizin.")
    assert got == [("kapal itu tidak berizin", "Otoritas Pelabuhan Tanjung Wangi")]


def test_a_local_authority_with_no_name_speaks_unnamed_and_keeps_its_statement():
    got = _reported("Jalan itu longsor pada Minggu. Sementara itu, otoritas setempat mengatakan "
                    "jalan baru dibuka pekan depan.")
    assert got == [("jalan baru dibuka pekan depan", None)]
    # the capitalised word opening the sentence is no name either
    got = _reported("Jalan itu longsor pada Minggu. Otoritas setempat mengatakan jalan baru dibuka pekan depan.")
    assert got == [("jalan baru dibuka pekan depan", None)]


def test_a_bare_lower_case_government_narrating_a_policy_is_no_statement():
    assert _reported("Melalui aturan itu, pemerintah menegaskan arah baru untuk pertanian organik.") == []


def test_a_denial_by_a_lower_case_authority_has_the_country_as_actor():
    d = doc("Pada Rabu, otoritas Jepang membantah kapal patroli itu melepaskan tembakan.")
    claims = extract_claims(d, extract_mentions(d))
    assert [(c.status, c.actor_name) for c in claims] == [("denial", "Jepang")]
