"""Quotes from the twentieth review: a country described, not named, in the speaker's place.

* ``Pemerintah negara tersebut mengumumkan bahwa …``, ``Negeri itu menyatakan …``, ``Anggota OPEC
  ini menegaskan bahwa …`` (a member of a body whose members are countries): the speaker is the
  country the article named last before the statement, when the sentence naming it names no other
  country; a country's name after ``dollar`` (``12 miliar dollar AS``) is a currency, no antecedent.
  With two countries there (``Iran dan Irak``) the reference is ambiguous and the statement stays
  with no speaker name (a name guessed wrong would put words in a country's mouth; the dossier
  keeps the statement without one).

The sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import doc, mention


def _reported(text: str, countries: list[str], orgs: list[str] = ()) -> list[tuple[str | None, str]]:
    ms = [mention(text, c, "GPE", nth=i) for c in countries for i in range(text.count(c))]
    ms += [mention(text, o, "ORG", nth=i) for o in orgs for i in range(text.count(o))]
    ms.sort(key=lambda m: (m.sentence, m.start))
    return [(q.speaker_name, q.text) for q in extract_quotes(doc(text), ms) if not q.direct]


def test_government_of_the_country_described_is_the_country_named_before() -> None:
    text = ("Brasil menunda lelang blok minyak lepas pantai tahun depan. Pemerintah negara tersebut "
            "mengumumkan bahwa jadwal baru akan diputuskan setelah pemilu.")
    got = _reported(text, ["Brasil"])
    assert any(sp == "Brasil" and "jadwal baru" in t for sp, t in got), got


def test_member_of_a_body_of_states_is_the_country_named_before() -> None:
    text = ("Produksi Venezuela turun ke titik terendah dalam satu dekade. Anggota OPEC ini menegaskan "
            "bahwa kuota ekspor tidak akan dikurangi pada kuartal pertama.")
    got = _reported(text, ["Venezuela"], ["OPEC"])
    assert any(sp == "Venezuela" and "kuota ekspor" in t for sp, t in got), got


def test_a_currency_name_is_no_antecedent() -> None:
    text = ("Norwegia mencatat surplus anggaran sebesar 12 miliar dollar AS. Pemerintah negeri itu "
            "menyatakan bahwa dana abadi akan dipakai untuk membangun jaringan listrik.")
    got = _reported(text, ["Norwegia", "AS"])
    assert any(sp == "Norwegia" and "dana abadi" in t for sp, t in got), got


def test_two_countries_in_the_antecedent_sentence_leave_the_speaker_unnamed() -> None:
    text = ("Iran dan Irak menandatangani perjanjian pipa gas di perbatasan. Negara itu menyatakan "
            "bahwa aliran gas pertama diharapkan mulai bulan Maret.")
    got = _reported(text, ["Iran", "Irak"])
    assert got and all(sp is None for sp, t in got if "aliran gas" in t), got
    assert any("aliran gas" in t for _sp, t in got), got
