"""Reported statements around the one addressed and a second party (docs/quotes.md, "Addressee and a
second party"): ``X mengingatkan <named party> bahwa …`` says what follows ``bahwa``; ``…, sementara
<party> menyebut …`` ends the first party's statement and is the second party's own.

The sentences are written for these tests (mentions from the real entity extractor); the people and
places are invented or used only as names.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(t, sp) for direct, t, sp in quotes(text) if not direct]


def test_a_named_party_addressed_before_bahwa_is_not_part_of_what_was_said():
    got = _reported("Pemerintah Jepang memperingatkan Korea Utara bahwa uji coba rudal berikutnya akan dibalas "
                    "dengan sanksi tambahan.")
    assert got == [("uji coba rudal berikutnya akan dibalas dengan sanksi tambahan", "Pemerintah Jepang")]


def test_a_common_noun_addressed_before_bahwa_stays_with_the_content():
    # the gold sets keep "warga bahwa ..." whole: only a named party is cut off
    got = _reported("Camat Sukamaju Budi Santoso mengingatkan warga bahwa musim hujan sudah dekat.")
    assert got and got[0][0].startswith("warga bahwa")


def test_a_second_party_after_sementara_makes_its_own_statement():
    got = _reported("Pemerintah Filipina menyatakan akan memantau latihan itu bersama sekutunya, sementara "
                    "Kementerian Pertahanan Vietnam menyebut latihan tersebut mengganggu jalur nelayan.")
    assert got == [("akan memantau latihan itu bersama sekutunya", "Pemerintah Filipina"),
                   ("latihan tersebut mengganggu jalur nelayan", "Kementerian Pertahanan Vietnam")]


def test_sementara_without_a_speaking_party_does_not_split_the_statement():
    got = _reported("Bupati Andi Wirawan mengatakan jalan itu akan diperbaiki, sementara jembatan baru dibangun "
                    "tahun depan.")
    assert len(got) == 1 and got[0][0].endswith("jembatan baru dibangun tahun depan")
