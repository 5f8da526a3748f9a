"""Discrepancies inside one article: two breakdowns giving one item different counts (``item_discrepancies``),
one amount given for two periods (``period_discrepancies``), and two named data sources quoted with different
values of one figure at one time (``source_discrepancies``).

These read the sentences of one article against each other, not reports against reports, so they stand
apart from the cross-source rule (``discrepancy``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from kliping.lang.id import figure_cues
from kliping.model import Finding, Quantity
from kliping.synth.corpus import Corpus, words
from kliping.synth.figures import (
    CURRENCIES,
    Point,
    amount_clause,
    figure_key,
    in_series,
    money_measure,
    sentence_tokens,
)
from kliping.synth.findings.facts import FACT_COSINE, FACT_COSINE_MEASURED, comparable, usable
from kliping.synth.findings.intervals import point_span, spans_compatible
from kliping.synth.findings.items import cited_items


def _whole_words(sentence: str) -> set[str] | None:
    """The words of 4+ letters before a sentence's first word of composition (``figure_cues.BREAKDOWN_CUES``:
    ``Barang sitaan yang dihancurkan polisi terdiri atas ...``), or None when it has none."""
    ws = words(sentence)
    k = next((i for i, w in enumerate(ws) if w in figure_cues.BREAKDOWN_CUES), None)
    return None if k is None else {w for w in ws[:k] if len(w) >= 4}


def same_whole(a: str, b: str) -> bool:
    """Both sentences break down a whole (``terdiri dari``, ``meliputi``) and describe it with at least
    ``figure_cues.WHOLE_SHARED_WORDS`` shared words (``barang sitaan ... dihancurkan``): the two lists split one
    stock. Lists of one article for different parts (``Pada bidang tari, ada ...``, ``Pada bidang musik,
    meliputi ...``) are no two versions of one list."""
    wa, wb = _whole_words(a), _whole_words(b)
    return wa is not None and wb is not None and len(wa & wb) >= figure_cues.WHOLE_SHARED_WORDS


def item_discrepancies(corpus: Corpus, about: str, pts: Sequence[Point]) -> list[Finding]:
    """Two breakdowns of one article that give one item different counts on one day (``Point.item``: ``25 botol
    vodka`` in one list and ``1.850 botol minuman jenis Vodka`` in a later one, both stating the same destroyed stock):
    the article contradicts itself. Only counts of lists (``Point.shared``) of two different sentences that break down
    one whole (``same_whole``), the same
    statement day, comparable (``comparable``: kind, periods, places) and incompatible (``spans_compatible``). The
    pairs are looked up per article and item, never across articles (those are the other rules' matter)."""
    by_item: dict[tuple[int, str], list[Point]] = {}
    for p in pts:
        if p.item and p.shared and in_series(p) and p.date is not None:
            by_item.setdefault((p.article, p.item[0]), []).append(p)
    out = []
    for (_a, _item), group in by_item.items():
        hit: list[Point] = []
        for p, r in itertools.combinations(group, 2):
            if (p.q.sentence != r.q.sentence and p.date == r.date and p.mode == r.mode
                    and same_whole(corpus.text(p.article, p.q.sentence), corpus.text(r.article, r.q.sentence))
                    and not spans_compatible(point_span(p), point_span(r)) and comparable(p, r, corpus)):
                hit.extend(x for x in (p, r) if x not in hit)
        if hit:
            hit.sort(key=lambda x: x.q.sentence)
            out.append(Finding(kind="discrepancy", about=f"{about} {hit[0].item[1]}",  # type: ignore[index]
                               items=cited_items(corpus, hit)))
    return out


_PERIOD_AFTER = re.compile(r"\s*,?\s*(?:(\w+)\s+)?(\w+)", re.UNICODE)


def amount_period(text: str, key: tuple[str, str | None], q: Quantity) -> str | None:
    """The period an amount is given for: its rate noun (``per tahun``), else the words right after it in its sentence
    (``setahun``, ``, per bulan``, ``setiap hari``: ``figure_cues.PERIOD_NOUNS``, ``PERIOD_SINGLE``), else None."""
    if key[0].startswith("per ") and key[0][4:] in figure_cues.PERIOD_NOUNS:
        return figure_cues.PERIOD_NOUNS[key[0][4:]]
    m = _PERIOD_AFTER.match(text, q.end)
    if not m:
        return None
    first, second = (m.group(1) or "").casefold(), m.group(2).casefold()
    if not first:
        return figure_cues.PERIOD_SINGLE.get(second)
    if first in figure_cues.PERIOD_BEFORE_NOUN:
        return figure_cues.PERIOD_NOUNS.get(second)
    return figure_cues.PERIOD_SINGLE.get(first)


def _money_of(corpus: Corpus, p: Point) -> str | None:
    """The money noun of a money amount's clause (``figures.money_measure``: ``pengeluaran``), else None."""
    if p.money or p.q.unit not in CURRENCIES:
        return p.money
    text = corpus.text(p.article, p.q.sentence)
    toks = sentence_tokens(text)
    return money_measure(p.q, toks, amount_clause(text, p.q.start, p.q.end, toks))


def period_discrepancies(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]]) -> list[Finding]:
    """One article giving one amount (the same wording: value, range, modifier, unit) for two different periods in two
    sentences about one thing (``amount_period``: ``tidak sampai Rp 1 miliar setahun``, then ``tidak sampai Rp 1
    miliar, per bulan``; sentences at least ``FACT_COSINE`` alike): the source contradicts itself, a twelvefold
    difference the reader should see. A discrepancy with a note naming both periods."""
    by_amount: dict[tuple, dict[str, Point]] = {}
    for key, pts in points.items():
        if key[1] is None:
            continue  # counts: ``5 orang per hari`` and ``5 orang sebulan`` of one report are often two things
        for p in pts:
            if not in_series(p) or p.shared:
                continue
            period = amount_period(corpus.text(p.article, p.q.sentence), key, p.q)
            if period:
                k = (p.article, p.q.value, p.q.value_max, p.q.modifier, p.q.unit, p.mode)
                by_amount.setdefault(k, {}).setdefault(period, p)
    out = []
    for found in by_amount.values():
        if len(found) < 2:
            continue
        pair = sorted(found.values(), key=lambda p: p.q.sentence)[:2]
        a, b = pair
        if a.q.sentence == b.q.sentence:
            continue
        if corpus.sentence_cosine(a.article, a.q.sentence, b.article, b.q.sentence) < FACT_COSINE:
            continue
        names = {id(p): per for per, p in found.items()}
        wording = min((a.q.text, b.q.text), key=len)
        note = f"{wording} disebut untuk periode per {names[id(a)]} dan per {names[id(b)]} dalam satu artikel"
        about = next((m for m in (_money_of(corpus, p) for p in pair) if m), None) or figure_key(a.q)[0]  # type: ignore[index]
        out.append(Finding(kind="discrepancy", about=about, items=cited_items(corpus, pair), note=note))
    return out


def data_source(corpus: Corpus, p: Point) -> str | None:
    """The data source its sentence reads the value from: an organisation named right after a word of citing data
    (``mengutip data Bloomberg``, ``berdasarkan data Reuters``: ``figure_cues.DATA_SOURCE_CUES``, at most two words
    before the name) before the amount. None when the sentence names none."""
    ev = corpus.articles[p.article]
    text = corpus.text(p.article, p.q.sentence)
    for m in sorted((m for m in ev.mentions if m.sentence == p.q.sentence and m.type == "ORG" and m.end <= p.q.start),
                    key=lambda m: m.start):
        if any(w in figure_cues.DATA_SOURCE_CUES for w in words(text[: m.start])[-2:]):
            return " ".join(m.text.split())
    return None


def source_discrepancies(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]]) -> list[Finding]:
    """One article quoting two named data sources (``data_source``: Bloomberg, Reuters) for one figure at one time:
    two values of one key, one kind of statement, comparable (``comparable``), on one statement day, neither the
    opening and the other the close (``figure_cues.OPENING_WORDS``, ``CLOSING_WORDS``), their sentences at least
    ``FACT_COSINE_MEASURED`` alike. Different values are a discrepancy between the sources, noted as such; the
    article reports both, so this is no update of one by the other."""
    out = []
    for key, pts in points.items():
        cands = [p for p in pts if usable(p) and p.date is not None]
        by_article: dict[int, list[tuple[Point, str]]] = {}
        for p in cands:
            src = data_source(corpus, p)
            if src:
                by_article.setdefault(p.article, []).append((p, src))
        for found in by_article.values():
            for (p, sp), (r, sr) in itertools.combinations(found, 2):
                if sp.casefold() == sr.casefold() or p.date != r.date or p.mode != r.mode or p.q.sentence == r.q.sentence:
                    continue
                if spans_compatible(point_span(p), point_span(r)) or not comparable(p, r, corpus):
                    continue
                wp = set(words(corpus.text(p.article, p.q.sentence)))
                wr = set(words(corpus.text(r.article, r.q.sentence)))
                if (wp & figure_cues.OPENING_WORDS and wr & figure_cues.CLOSING_WORDS) or (
                        wp & figure_cues.CLOSING_WORDS and wr & figure_cues.OPENING_WORDS):
                    continue
                if corpus.sentence_cosine(p.article, p.q.sentence, r.article, r.q.sentence) < FACT_COSINE_MEASURED:
                    continue
                first, second = sorted(((p, sp), (r, sr)), key=lambda x: x[0].q.sentence)
                note = f"{first[1]}: {first[0].q.text}; {second[1]}: {second[0].q.text} (satu artikel, waktu yang sama)"
                out.append(Finding(kind="discrepancy", about=key[0], items=cited_items(corpus, (first[0], second[0])),
                                   note=note))
    return out
