"""Exchange rates and conversions: a money amount that is the price of another currency
(:func:`exchange_rate`, :func:`counter_currency`, :func:`near_rate`) and one that restates the amount before it in
another currency (:func:`converted`).

Apart because both are money amounts that are no sum of anything: a rate is its own series, a conversion none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kliping.lang.id import figure_cues, numbers
from kliping.model import Quantity
from kliping.synth.corpus import words
from kliping.synth.figures.clauses import Clause, Tokens
from kliping.synth.figures.money import CURRENCIES, money_word
from kliping.synth.figures.point import Point

# Scale words trusted only after a currency (``Rp 5 M``), case-folded as ``words`` reads them.
_CURRENCY_SCALES = frozenset(k.casefold() for k in numbers.CURRENCY_ONLY_SCALES)


def _currency_at(ws: Sequence[str], i: int) -> str | None:
    """The code of the currency whose name starts at word ``i`` of ``ws`` (``numbers.CURRENCY_WORDS``, longest name
    first: ``dolar singapura`` before ``dolar``; and ``figure_cues.EXCHANGE_CURRENCY_EXTRA``: ``paman sam``), else
    None."""
    for n in (3, 2, 1):
        if i + n <= len(ws):
            code = numbers.CURRENCY_WORDS.get(" ".join(ws[i : i + n])) or figure_cues.EXCHANGE_CURRENCY_EXTRA.get(
                tuple(ws[i : i + n]))
            if code:
                return code
    return None


def counter_currency(ws: Sequence[str], unit: str, at: int | None = None) -> str | None:
    """The other currency of an exchange rate in ``unit`` that the words ``ws`` name: the one named last before word
    ``at`` (the amount), else the first after it (``kurs rupiah terhadap dolar AS ditutup di Rp 16.400``, ``rupiah
    ... Rp 16.400 per dolar AS``); with no ``at``, the first named. None when they name no currency but ``unit``."""
    named = [(i, code) for i in range(len(ws)) if (code := _currency_at(ws, i)) and code != unit]
    if at is not None:
        before = [code for i, code in named if i < at]
        if before:
            return before[-1]
    return named[0][1] if named else None


def exchange_rate(q: Quantity, toks: Tokens, clause: Clause, about: str, lede: Sequence[str] = ()
                  ) -> tuple[str, str | None] | None:
    """``(series name, other currency)`` of a money amount that is its currency's exchange rate, else None. A
    reader cannot tell the rupiah's daily rate tabled as ``IDR`` from any other rupiah amount, so it is tabled as
    ``kurs rupiah`` (``figure_cues.EXCHANGE_CURRENCY_NAMES``), with the currency it is the price of when stated
    (``build_figures``: ``kurs rupiah (per dolar AS)``). An amount per a currency (``Rp 16.239/US$``, key ``per usd``)
    is one; so is an amount of no noun of its own and no scale word (``Rp 16 miliar`` is a sum, not a rate) whose
    clause names before it, at most ``figure_cues.EXCHANGE_GAP`` words away (numbers and ``Rp`` not counted), the rate
    (``figure_cues.EXCHANGE_WORDS``: ``kurs``, ``nilai tukar``), or a currency and then a level or a market's move
    (``EXCHANGE_LEVEL_WORDS``: ``dolar AS berada di level Rp 15.980``, ``rupiah ditutup menguat ke Rp 15.870``). A
    money noun (``harga``, ``anggaran``: ``money_measure``) or a word of a converted sum (``senilai``:
    ``EXCHANGE_CONVERSION_WORDS``) between makes the amount that noun's, not a rate. The other currency is the one
    the clause names (``counter_currency``), else the sentence, else the article's first sentence (``lede``, its
    words) when it names both (``Nilai tukar rupiah dibuka melemah terhadap dolar AS``); ``figure_points`` gives an
    amount that names none the pair of the article's other rates when they name one only. A level word in the amount's
    own words counts (``dolar AS tetap di kisaran level Rp 15.750``: the extractor takes ``di kisaran level`` as its
    modifier)."""
    own = figure_cues.EXCHANGE_CURRENCY_NAMES.get(q.unit or "")
    if own is None:
        return None
    name = f"kurs {own}"
    if about.startswith("per "):
        per = about[4:]
        code = numbers.CURRENCY_WORDS.get(per) or (per.upper() if per.upper() in CURRENCIES else None)
        return (name, code) if code and code != q.unit else None
    if about != q.unit or any(w in numbers.SCALE_WORDS or w in _CURRENCY_SCALES for w in words(q.text)):
        return None
    ws = [w for _o, w in toks.within(clause[0], q.start)]
    gap, level = 0, any(w in figure_cues.EXCHANGE_LEVEL_WORDS for w in words(q.text))  # ``di kisaran level Rp 16.800``
    for i in range(len(ws) - 1, -1, -1):
        w = ws[i]
        if not w.isalpha() or w in figure_cues.EXCHANGE_SKIP:
            continue
        if w in figure_cues.EXCHANGE_CONVERSION_WORDS or money_word(w):
            return None
        level = level or w in figure_cues.EXCHANGE_LEVEL_WORDS
        if w in figure_cues.EXCHANGE_WORDS or (level and _currency_at(ws, i)):
            break
        gap += 1
        if gap > figure_cues.EXCHANGE_GAP:
            return None
    else:
        return None
    sentence = [w for _o, w in toks]
    in_clause = [w for _o, w in toks.within(*clause)]
    code = (counter_currency(in_clause, q.unit or "", len(ws)) or counter_currency(sentence, q.unit or "")
            or (counter_currency(lede, q.unit or "") if q.unit in {_currency_at(lede, i) for i in range(len(lede))}
                else None))
    return name, code


_CONVERSION_BREAK = re.compile(r"[\d;.!?]")


def converted(text: str, q: Quantity, r: Quantity | None) -> bool:
    """``q`` restates the money amount right before it in another currency: ``US$ 120 juta atau Rp 1,9 triliun``,
    ``USD 2 juta (setara Rp 31,8 miliar)``, ``68,40 dollar AS—setara Rp 1,1 juta—per barel``, ``US$ 5,2 juta atau bila
    dirupiahkan dengan kurs hari itu senilai Rp 82 miliar``. Only the words of ``figure_cues.CONVERSION_LINK_WORDS``
    stand between, at most ``CONVERSION_MAX_WORDS``, one of them a mark (``CONVERSION_MARKS``) or a bracket or dash
    opening. The reported value is the first; the second is one currency converted to another, at a rate of the
    writer's choosing: tabled, it is a sum of no name (``IDR``) or a second series of the first's figure, and two
    outlets converting at two rates would seem to disagree. An amount of one unit converted (``setiap US$ 1 atau Rp
    16.040``) is an exchange rate, and stays. ``r``: the money amount of its sentence ending last by ``q``'s start
    (``mates.LastBefore``), None when none does."""
    if q.unit not in CURRENCIES or r is None:
        return False
    if r.unit == q.unit or r.value == 1:
        return False
    mid = text[r.end : q.start]
    if _CONVERSION_BREAK.search(mid):
        return False
    ws = words(mid)
    if len(ws) > figure_cues.CONVERSION_MAX_WORDS or any(w not in figure_cues.CONVERSION_LINK_WORDS for w in ws):
        return False
    return bool(set(ws) & figure_cues.CONVERSION_MARKS) or any(c in mid for c in "(\u2014\u2013")


def near_rate(key: tuple[str, str | None], p: Point, art_points: Sequence[tuple[tuple[str, str | None], Point]]
              ) -> tuple[str, str | None] | None:
    """The exchange rate (``Point.exchange``) of a money amount its own clause tells as none (``exchange_rate``) but
    its article's rates place: a bare amount (keyed by its unit, no money noun, no scale word, no move) within
    ``figure_cues.EXCHANGE_NEAR_SHARE`` of a rate of its currency the article states (``Posisi itu menguat dibanding
    awal sesi, yaitu Rp 15.940`` after ``dolar AS berada pada level Rp 15.985``; ``setiap US$ 1
    atau Rp 16.040`` beside ``kurs Rp 16.040/dolar AS``). Tabled as ``IDR`` it is one more rupiah sum the reader
    cannot place; it is the rate, of the pair of the nearest one. None otherwise."""
    q = p.q
    if (key[0] != key[1] or q.unit not in figure_cues.EXCHANGE_CURRENCY_NAMES or p.money or p.delta or p.base
            or any(w in numbers.SCALE_WORDS or w in _CURRENCY_SCALES for w in words(q.text))):
        return None
    near = [(abs(r.q.value - q.value), r.exchange) for _k, r in art_points
            if r.exchange and r.q.unit == q.unit and r.q.value > 0
            and abs(r.q.value - q.value) <= figure_cues.EXCHANGE_NEAR_SHARE * r.q.value]
    return min(near, key=lambda x: x[0])[1] if near else None
