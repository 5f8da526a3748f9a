"""Tokenizer keeps names, designations, numbers, money and dates whole."""

from __future__ import annotations

from kliping.text import tokenize


def toks(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text)]


def test_hyphenated_names_and_designations_stay_whole() -> None:
    out = toks("Kim Jong-un menguji Hwasong-11A, sementara Rusia memamerkan Su-57.")
    assert "Jong-un" in out
    assert "Hwasong-11A" in out
    assert "Su-57" in out


def test_numbers_money_dates_stay_whole() -> None:
    out = toks("Harga naik 4,8 persen, 1.000 ton, US$250 juta, Rp1.500 per liter pada 12/9/2023 pukul 14.30.")
    for tok in ("4,8", "1.000", "US$250", "Rp1.500", "12/9/2023", "14.30"):
        assert tok in out
    assert out[-1] == "."


def test_punctuation_and_reduplication() -> None:
    assert toks('"Anak-anak pulang," kata dia.') == ['"', "Anak-anak", "pulang", ",", '"', "kata", "dia", "."]
    assert toks("Jakarta—Bandung") == ["Jakarta", "—", "Bandung"]


def test_offsets_are_character_spans() -> None:
    text = "  Harga   BBM naik. "
    spans = tokenize(text)
    assert [text[a:b] for a, b in spans] == ["Harga", "BBM", "naik", "."]
    assert spans[0] == (2, 7)
