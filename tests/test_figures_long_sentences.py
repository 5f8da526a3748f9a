"""A long sentence's list readings (``items.named_before``, ``items.clause_stock``, ``moves.is_base``) search the words
before each amount, not the whole prefix, and read as the short sentence does."""

from __future__ import annotations

import re

from kliping.model import Quantity
from kliping.synth.figures.items import clause_stock, named_before
from kliping.synth.figures.moves import is_base


def _money(text: str) -> list[Quantity]:
    return [Quantity(text=m.group(), value=1.0, sentence=0, start=m.start(), end=m.end(), unit="IDR")
            for m in re.finditer(r"Rp \d+ miliar", text)]


def test_every_item_of_a_long_list_is_named_by_its_abbreviation() -> None:
    codes = [f"L{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(120)]
    text = "Dana itu terdiri dari " + ", ".join(f"Lembaga Contoh ({c}) Rp {i + 1} miliar" for i, c in enumerate(codes))
    named = named_before(text, _money(text))
    assert [named[q.start] for q in _money(text)] == codes


def test_a_price_far_into_a_sentence_takes_the_stock_named_before_it() -> None:
    head = "Indeks bergerak tipis sepanjang hari dan investor menahan diri, " * 40
    text = head + "saham ABCD ditutup Rp 9 miliar, sementara saham EFGH melemah ke Rp 4 miliar"
    first, second = _money(text)
    assert clause_stock(text, first, len(head), [first, second]) == "ABCD"
    assert clause_stock(text, second, text.index("sementara"), [first, second]) == "EFGH"
    assert clause_stock(text, first, text.index("ditutup"), [first, second]) is None  # named before its clause


def test_a_base_far_into_a_sentence_is_read_in_its_clause() -> None:
    text = "Harga bergerak, " * 50 + "anggaran naik dari Rp 3 miliar menjadi Rp 5 miliar"
    old, new = _money(text)
    assert is_base(text, old) and not is_base(text, new)
