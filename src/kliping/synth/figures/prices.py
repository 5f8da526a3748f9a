"""Prices and rates: what a money rate prices (:func:`rate_product`, :func:`priced_noun`, :func:`priced_rate`),
what else a rate measures (:func:`rate_measure`), the rate written before an amount (:func:`rate_before`), a
market quote (:func:`market_quote`), a basis-point move of an interest rate (:func:`rate_points`) and the benchmark
grade an amount prices (:func:`sentence_grades`, :func:`amount_grade`).

Apart because a price is a series per product and grade: these readings name it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from kliping.lang.id import figure_cues
from kliping.model import Quantity
from kliping.synth.figures.clauses import Clause, Tokens, verb_like
from kliping.synth.figures.keys import rate_name
from kliping.synth.figures.money import CURRENCIES
from kliping.synth.figures.point import Point


def priced_noun(before: Sequence[str]) -> str | None:
    """What a rate prices by ``harga``: the word after the last ``harga`` of ``before`` (the words before the amount),
    past the words of which price it is (``figure_cues.PRICE_KIND_WORDS``: ``harga eceran tertinggi pupuk``). None
    when there is no ``harga``, or the word after it names no product (``harga murah``, ``harga ke``:
    ``figure_cues.PRICE_NOT_PRODUCT``), or names a benchmark grade (``harga Brent``: ``Point.grades`` compares it)."""
    at = max((k for k, w in enumerate(before) if w == "harga"), default=-1)
    if at < 0:
        return None
    for w in before[at + 1 :]:
        if w in figure_cues.PRICE_KIND_WORDS:
            continue
        ok = (w.isalnum() and not w.isdigit() and w != "per" and not verb_like(w) and w not in figure_cues.GRADE_NAMES
              and w not in figure_cues.PRICE_NOT_PRODUCT and w not in figure_cues.RATE_MEASURES)
        return w if ok else None
    return None


def _product_run(before: Sequence[tuple[int, str]], text: str) -> str | None:
    """The product named last in ``before`` (``figure_cues.PRODUCT_WORDS``; words with their offsets in ``text``)
    with the product words before it and the variety words after it (``daging sapi``, ``cabai rawit merah``, ``NPK
    kakao``, ``ZA khusus tebu``: ``figure_cues.PRODUCT_USE_WORDS``), not across punctuation (``bawang merah, cabai rawit``: ``cabai rawit``), a class word dropped before a
    product word (``pupuk NPK`` -> ``npk``: ``figure_cues.PRODUCT_CLASS_WORDS``)."""
    at = max((k for k, (_o, w) in enumerate(before) if w in figure_cues.PRODUCT_WORDS), default=-1)
    if at < 0:
        return None

    def joined(k: int) -> bool:  # words k-1 and k stand with only spaces between
        o, w = before[k - 1]
        return not text[o + len(w) : before[k][0]].strip()

    lo = at
    while lo and joined(lo) and (before[lo - 1][1] in figure_cues.PRODUCT_WORDS or (
            lo > 1 and before[lo - 1][1] in figure_cues.PRODUCT_USE_WORDS and joined(lo - 1)
            and before[lo - 2][1] in figure_cues.PRODUCT_WORDS)):
        lo -= 1  # ``ZA khusus tebu``: the fertiliser for cane, no price of cane
    hi = at + 1
    while hi < len(before) and before[hi][1] in figure_cues.PRODUCT_VARIETIES and joined(hi):
        hi += 1
    run = [w for _o, w in before[lo:hi]]
    while len(run) > 1 and run[0] in figure_cues.PRODUCT_CLASS_WORDS and run[1] in figure_cues.PRODUCT_WORDS:
        run.pop(0)
    return " ".join(run)


def priced_rate(key: tuple[str, str | None]) -> bool:
    """A figure key that is a price of goods: money per a unit of something (``per kg``, ``per liter``, ``per ekor``),
    not per time or person (``per bulan``, ``per orang``: ``figure_cues.RATE_NOT_PRICED``) nor an exchange rate
    (``per usd``)."""
    about, unit = key
    if not about.startswith("per ") or unit not in CURRENCIES:
        return False
    per = about[4:]
    return per not in figure_cues.RATE_NOT_PRICED and per.upper() not in CURRENCIES


def rate_product(q: Quantity, toks: Tokens, clause: Clause, others: Sequence[Quantity]) -> str | None:
    """What a money rate (``Rp 14.000 per kg``) is the rate of: the product named nearest before it in its clause
    (``_product_run``: ``harga beras medium ... Rp 14.000/kg``, ``urea dari Rp 2.200 per kilogram menjadi Rp 1.760``,
    ``cabai rawit dijual Rp 60.000 per kg``), else the word after ``harga`` (``priced_noun``: ``harga tiket``), led by
    a measure other than a price named before it, after the last ``harga`` and not right after a product (``subsidi BBM ... Rp 1.000 per liter`` ->
    ``subsidi bbm``: ``figure_cues.RATE_MEASURES``). Only the words after the last other amount of another rate count
    (``harga MOPS 72 dollar per barel dan kurs Rp 16.000 per dollar``: the MOPS is the barrel's); an amount of the same
    rate between is a value of the same product (``dari Rp 2.250/kg menjadi Rp 1.800/kg``). None when nothing names
    it: such an amount stays out of every named series (``build_figures``)."""
    mine = rate_name(" ".join(q.noun.casefold().split())) if q.noun else None
    lo = clause[0]
    for o in others:
        if o is q or not lo <= o.end <= q.start:
            continue
        theirs = rate_name(" ".join(o.noun.casefold().split())) if o.noun else None
        if theirs != mine and not (theirs is None and o.unit == q.unit):
            lo = o.end  # ``... 72 dollar AS per barel dan kurs Rp 16.000 per dollar AS``
    window = toks.within(lo, q.start)
    before = [w for _o, w in window]
    product = _product_run(window, toks.sentence) or priced_noun(before)
    # a measure word right after ``harga`` or a product describes the price (``harga pupuk subsidi``), measures nothing
    # and one before a later ``harga`` is not this price's (``harga eceran di luar pajak ... harga MOPS 65 dollar``)
    last_price = max((k for k, w in enumerate(before) if w == "harga"), default=-1)
    measure = next((w for k, w in reversed(list(enumerate(before))) if k > last_price
                    and w in figure_cues.RATE_MEASURES and not (
                        k and (before[k - 1] == "harga" or before[k - 1] in figure_cues.PRODUCT_WORDS))), None)
    if measure is None and any(w in figure_cues.ESTIMATED_PRICE_WORDS for w in before):
        measure = next(w for w in before if w in figure_cues.ESTIMATED_PRICE_WORDS)  # ``harga keekonomian Premium``
    if measure:
        return f"{measure} {product}" if product else measure
    return product


def rate_measure(p: Point) -> str | None:
    """What a money rate measures other than a sale price (``rate_product``: ``keuntungan``, ``subsidi``, an estimated
    price ``keekonomian``): the first word of ``Point.priced`` when it is one of ``figure_cues.RATE_MEASURES`` or
    ``ESTIMATED_PRICE_WORDS``, else None (a price)."""
    first = p.priced.split()[0] if p.priced else None
    return first if first in figure_cues.RATE_MEASURES or first in figure_cues.ESTIMATED_PRICE_WORDS else None


def market_quote(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """A price its clause reads as a market quote: ``figure_cues.MARKET_QUOTE_CUES`` before it (``ditutup pada``,
    ``menetap di``), or the level a move ended at (``merosot 2,10 dollar AS menjadi 61,40 dollar AS``: a movement
    verb, then ``menjadi``/``ke`` right before the price, ``figure_cues.CHANGE_TO``)."""
    if q.unit not in CURRENCIES:
        return False
    before = [w for _o, w in toks.within(clause[0], q.start)]
    if any(w in figure_cues.MARKET_QUOTE_CUES for w in before):
        return True
    return (len(before) >= 2 and before[-1] in figure_cues.CHANGE_TO
            and any(w in figure_cues.MOVEMENT_VERBS for w in before[-figure_cues.MOVE_TO_GAP - 1 : -1]))


def rate_before(q: Quantity, toks: Tokens, clause: Clause, others: Sequence[Quantity]) -> str | None:
    """The rate ``per <word>`` written before a money amount of no noun in its clause (``harga per sak dari Rp 98.000
    turun menjadi Rp 85.000``, ``harga per liter Rp 12.500``), at most ``figure_cues.RATE_BEFORE_GAP`` words before it,
    with only money amounts of no noun between (``dari Rp 101.000 menjadi Rp 87.000``: both per sack). Not a word of
    when (``per tanggal``, ``per hari ini``: ``figure_cues.NOT_RATE_AFTER_PER``), nor the rate written after an amount
    before (``ditutup pada 53 dollar per barel setelah bertahan di kisaran 56 dollar``: the 56 is an earlier level, and
    two values of one series in one sentence would make the close unusable for the findings). The name as
    ``rate_name`` gives it."""
    before = toks.within(clause[0], q.start)[-figure_cues.RATE_BEFORE_GAP :]
    for k in range(len(before) - 2, -1, -1):
        if before[k][1] != "per":
            continue
        w, nxt = before[k + 1][1], before[k + 2][1] if k + 2 < len(before) else ""
        if not w.isalpha() or w in figure_cues.NOT_RATE_AFTER_PER or nxt in figure_cues.NOT_RATE_AFTER_PER:
            return None
        at = before[k][0]
        if any(o.start < at <= o.end for o in others):
            return None  # the rate of the amount before (``53,61 dollar AS per barel setelah ... 56 dollar AS``)
        if any(at < o.start < q.start and (o.noun or o.unit not in CURRENCIES) for o in others):
            return None
        if w.endswith("nya") and len(w) > 6:
            w = w[:-3]  # ``harga per liternya``
        return rate_name("per " + w)
    return None


def sentence_grades(words_of_sentence: set[str]) -> frozenset[str]:
    """The benchmark grades a sentence names (``figure_cues.GRADE_NAMES``; ``light sweet`` and ``West Texas
    Intermediate`` written out are WTI: ``GRADE_ALIASES``)."""
    return frozenset(words_of_sentence & figure_cues.GRADE_NAMES) | frozenset(
        g for w, g in figure_cues.GRADE_ALIASES.items() if w in words_of_sentence)


# A benchmark grade's name or a word of one written out (``figure_cues.GRADE_NAMES``, ``GRADE_ALIASES``).
_GRADE_WORDS = figure_cues.GRADE_NAMES | frozenset(figure_cues.GRADE_ALIASES)


def amount_grade(q: Quantity, toks: Tokens, clause: Clause, grades: frozenset[str]) -> str | None:
    """The benchmark grade an amount prices: the last grade name (``figure_cues.GRADE_NAMES``, ``GRADE_ALIASES``)
    before it in its clause (``WTI ... 71,20 dollar, sementara Brent ... 75,40 dollar``), else the only one its
    sentence names, unless a word turning to another thing (``sedangkan``: ``GRADE_BREAKS``) stands between."""
    lo, hi = clause
    named = toks.marked(_GRADE_WORDS, lo, hi)  # the grade words are found once per sentence (``Tokens.marks``)
    before = toks.marked(_GRADE_WORDS, lo, min(hi, q.start))
    if before or named:  # the clause's own grade: before the amount, else after it (``55 dollar untuk WTI``)
        w = toks[before[-1] if before else named[0]][1]
        return figure_cues.GRADE_ALIASES.get(w, w)
    if len(grades) != 1:
        return None
    last = toks.marked(_GRADE_WORDS, 0, q.start)
    if not last or toks.marked(figure_cues.GRADE_BREAKS, toks[last[-1]][0] + 1, q.start):
        return None
    return next(iter(grades))


def rate_points(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """A basis-point amount with no noun moves an interest rate its clause names before it (``Rusia menaikkan suku
    bunganya 650 bps``: ``figure_cues.RATE_BP_HEADS``), so it belongs to that rate's series, where ``650 basis poin
    suku bunga`` of another report already stands; a bare ``bp`` series would hold one move twice."""
    ws = [w for _o, w in toks.within(clause[0], q.start)]
    return any(a == figure_cues.RATE_BP_FIRST and b in figure_cues.RATE_BP_HEADS for a, b in pairwise(ws))
