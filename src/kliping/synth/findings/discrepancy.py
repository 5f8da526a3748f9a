"""Discrepancies between sources: incompatible values of one fact stated at the same time by different
sources (``same_time_conflict``; a running series excepted), and a scale word's likely slip (``unit_slip``,
``scale_slips``).

The same-time rule is also what keeps a disagreement from being read as an update (``update``), so it lives
here, apart from the update's walk over the dated values.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from kliping.lang.id import figure_cues
from kliping.model import Finding, Quantity
from kliping.synth.corpus import Corpus
from kliping.synth.figures import Point, figure_key
from kliping.synth.findings.facts import comparable
from kliping.synth.findings.intervals import PLURAL_RANGES, SCALED_NUMBER, point_span, span, spans_compatible
from kliping.synth.findings.items import cited_items

# Values stated this many days apart or less describe "the same days": different values from
# different outlets then disagree (one news cycle: a report and the other outlets' versions of it).
SAME_TIME_DAYS = 3
# A fact whose values move one way on at least SERIES_MIN_DATES days spanning SERIES_DAYS or more is
# a running series (a tally reported over weeks): its close steps are updates, not disagreements.
SERIES_DAYS = 7
SERIES_MIN_DATES = 3

# Two conflicting values exactly this many times apart are likely one source's slip of the scale word (``miliar`` for
# ``triliun``): the discrepancy stays, with a note saying so (``unit_slip``).
UNIT_SLIP_RATIO = 1000.0


def running_series(fact: Sequence[Point]) -> bool:
    """The fact's values move one way on ≥ SERIES_MIN_DATES days spanning ≥ SERIES_DAYS days.

    "One way" compares every pair of values from different articles in date order: in a rising
    series no later value lies entirely below an earlier one (by interval), in a falling series none
    lies entirely above.
    """
    dated = [p for p in fact if p.date is not None]
    days = {p.date for p in dated}
    if len(days) < SERIES_MIN_DATES or (max(days) - min(days)).days < SERIES_DAYS:  # type: ignore[operator]
        return False
    up = down = True
    ivs = [point_span(p)[:2] for p in dated]  # once per value, not once per pair
    for i, p in enumerate(dated):
        lo1, hi1 = ivs[i]
        for j in range(i + 1, len(dated)):
            r = dated[j]
            if r.article == p.article or r.date == p.date:
                continue
            lo2, hi2 = ivs[j]
            up = up and not hi2 < lo1
            down = down and not lo2 > hi1
        if not (up or down):
            return False
    return up or down


def source_keys(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]]) -> dict[int, str]:
    """Who states each article's figures (``Corpus.source_keys`` over the storyline's figures, as the
    report's source matrix does): in a run of one outlet's reports, two of its articles giving
    different figures at the same time still disagree."""
    return corpus.source_keys(p.article for pts in points.values() for p in pts)


def same_time_conflict(src: dict[int, str], p: Point, r: Point, running: bool, corpus: Corpus | None = None) -> bool:
    """Incompatible values from different sources stated at the same time (see the module rule)."""
    if p.article == r.article or p.date is None or r.date is None:
        return False
    if src[p.article] == src[r.article]:
        return False
    gap = abs((p.date - r.date).days)
    # on another day, rounded values of adjacent last digits (1,2 then 1,3 juta) may be a count that grew
    if spans_compatible(point_span(p), point_span(r), touching=gap > 0):
        return False
    if p.plan != r.plan:
        return False  # what will be given (``akan diberikan kepada 35 juta``) does not contradict what was given
    if not comparable(p, r, corpus):
        return False
    if follows(p, r) or follows(r, p):
        return False  # two sessions: one reading moved on from the other (``figures.moves.prior_level``)
    if gap == 0:
        return True
    if p.level or r.level:
        return False  # a reading at its own time (a market close, a count "now"): another day's differs
    if p.explicit and r.explicit:
        return False  # each sentence names its own, different day: the times do not overlap
    return gap <= SAME_TIME_DAYS and not running


def follows(p: Point, r: Point) -> bool:
    """``r`` is the reading after ``p``: the level ``r``'s sentence says it moved from (``Point.prior``: ``naik 10 sen
    menjadi 78,20`` moved from 78,10) is ``p``'s value (``kehilangan 37 sen ke posisi 78,1``). The two are the close
    of one session and the price of the next, as the arithmetic of their moves shows, not two sources' versions of
    one price, however close their dates."""
    return r.prior is not None and math.isclose(r.prior, p.q.value, rel_tol=1e-9, abs_tol=1e-9)


def states_both(by_article: dict[int, list[Point]], p: Point, r: Point, corpus: Corpus | None = None) -> bool:
    """Each of the two articles also states the other's value of this fact (``by_article``: the fact's
    values per article). Then they do not disagree: both report both values, which belong to two
    different things the fact's key could not tell apart (two households of one flood list, ``1 KK, 2
    jiwa`` and ``1 KK, 4 jiwa``, given in the same order by two outlets). Only values, not bounds: ``lebih
    dari 1.000`` in both reports of ``7.000`` and ``hampir 10.000`` leaves those two in conflict. Given the
    corpus, an article may state the value in another sentence under a noun alike (``restated_elsewhere``: ``satu
    keluarga yang terdiri dari 2 orang`` states the ``satu kepala keluarga (dua jiwa)`` of the other report)."""
    def restates(x: Point, y: Point) -> bool:  # a bound (``lebih dari 1.000``) restates no value
        a, b = point_span(x), point_span(y)
        return all(map(math.isfinite, a[:2] + b[:2])) and spans_compatible(a, b)

    def states(article: int, own: Point, other: Point) -> bool:
        return (any(restates(x, other) for x in by_article.get(article, ()) if x is not own)
                or (corpus is not None and restated_elsewhere(corpus, article, own, other)))

    return states(p.article, p, r) and states(r.article, r, p)


def restated_elsewhere(corpus: Corpus, article: int, own: Point, other: Point) -> bool:
    """The article gives ``other``'s value, in a sentence other than ``own``'s, as a count of another noun alike
    (``alike_counted``): the key of the fact only holds the count worded with its own noun, the report may word the
    same count with another (``satu keluarga``, ``2 orang`` for ``satu kepala keluarga``, ``dua jiwa``). Counts only
    (no unit), values only (no bound). A count of the fact's own noun outside the fact is another fact
    (``fact_clusters`` told them apart) and restates nothing."""
    if other.q.unit is not None or not other.q.noun:
        return False
    want = point_span(other)
    if not all(map(math.isfinite, want[:2])):
        return False
    for q in corpus.articles[article].quantities:
        if (q.sentence == own.q.sentence or q.unit is not None or not q.noun or figure_key(q) == figure_key(other.q)
                or not alike_counted(q.noun, other.q.noun)):
            continue
        got = span(q)
        if all(map(math.isfinite, got[:2])) and spans_compatible(got, want):
            return True
    return False


def alike_counted(a: str, b: str) -> bool:
    """Two counted nouns that may word one count: the same words, one's words among the other's (``keluarga`` of
    ``kepala keluarga``), or two counters of people that name no group (``figure_cues.GENERIC_PEOPLE``: ``orang``,
    ``jiwa``)."""
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    if wa <= wb or wb <= wa:
        return True
    return a.casefold() in figure_cues.GENERIC_PEOPLE and b.casefold() in figure_cues.GENERIC_PEOPLE


def fact_discrepancy(corpus: Corpus, src: dict[int, str], about: str, fact: Sequence[Point],
                     running: bool) -> Finding | None:
    """Every pair of values that conflict at the same time (``same_time_conflict``). Only values at most
    SAME_TIME_DAYS apart can conflict, so the values are walked in date order and each is compared with
    the ones of the days that follow within that window (no all-pairs pass over a large fact)."""
    order = sorted((k for k, p in enumerate(fact) if p.date is not None), key=lambda k: fact[k].date)  # type: ignore[arg-type, return-value]
    by_article: dict[int, list[Point]] = {}
    for p in fact:
        by_article.setdefault(p.article, []).append(p)
    hit: set[int] = set()
    slip: tuple[Point, Point] | None = None
    # one source's values never conflict (``same_time_conflict``): a run of them is passed in one step, so that
    # the values of one long article are not compared pair by pair
    source = [(True, src[fact[k].article]) if fact[k].article in src else (False, fact[k].article) for k in order]
    other = [len(order)] * len(order)  # per position, the first after it of another source than its own
    for j in range(len(order) - 2, -1, -1):
        if source[j + 1] == source[j]:
            other[j] = other[j + 1]
        else:
            other[j] = j + 1
    for i, k in enumerate(order):
        p = fact[k]
        j = i + 1
        while j < len(order):
            if source[j] == source[i]:
                j = other[j]
                continue
            m = order[j]
            r = fact[m]
            if (r.date - p.date).days > SAME_TIME_DAYS:  # type: ignore[operator]
                break
            if same_time_conflict(src, p, r, running, corpus) and not states_both(by_article, p, r, corpus):
                hit.update((k, m))
                if slip is None and unit_slip(p.q, r.q):
                    slip = (p, r)
            j += 1
    if not hit:
        return None
    return Finding(kind="discrepancy", about=about, items=cited_items(corpus, (fact[k] for k in sorted(hit))),
                   note=unit_slip_note(*slip) if slip else "")


def unit_slip(a: Quantity, b: Quantity) -> bool:
    """The two values are exactly ``UNIT_SLIP_RATIO`` times apart (``4,8 ribu`` and ``4,8 juta``, ``Rp 2 miliar`` and
    ``Rp 2 triliun``): the same digits under the next scale word, which is how one source slips on the unit far more
    often than two reports truly differ a thousandfold."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo > 0 and math.isclose(hi, lo * UNIT_SLIP_RATIO, rel_tol=1e-9)


def unit_slip_note(p: Point, r: Point) -> str:
    """The finding's note for a likely unit slip (``unit_slip``), naming the two wordings."""
    small, large = sorted((p.q, r.q), key=lambda q: abs(q.value))
    return (f"{small.text} dan {large.text} berselisih tepat 1.000 kali: "
            "kemungkinan salah tulis satuan (ribu/juta/miliar/triliun) di salah satu sumber")


_DOTTED_RIBU = re.compile(r"\d{1,3}(?:\.\d{3})+\s*(?:ribu|rb)\b", re.IGNORECASE)


def scale_slips(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]]) -> list[Finding]:
    """A dotted thousands number with ``ribu`` after it (``12.508 ribu unit SPPG``) read a thousand times the digits
    (12.508.000), while another sentence of the storyline gives those digits with no scale (``12.508 SPPG``), of the
    same unit: statistics write ``275.773,8 ribu jiwa`` for 275 million, so the reading is kept, but one of the two is
    a slip of the scale word. A discrepancy with the unit-slip note (``unit_slip_note``), under whichever key each value
    is filed. Nothing when no other sentence gives the bare digits (``625.400 ribu lapangan kerja``: left as read)."""
    flat = [p for pts in points.values() for p in pts]
    plain: dict[tuple[float, str | None], list[Point]] = {}
    for p in flat:
        if not SCALED_NUMBER.search(p.q.text) and p.q.modifier not in PLURAL_RANGES:
            plain.setdefault((p.q.value, p.q.unit), []).append(p)
    out: list[Finding] = []
    seen: set[tuple[int, int, int]] = set()
    for p in flat:
        if not _DOTTED_RIBU.search(p.q.text) or (p.article, p.q.sentence, p.q.start) in seen:
            continue
        seen.add((p.article, p.q.sentence, p.q.start))
        others = [r for r in plain.get((p.q.value / 1000, p.q.unit), ())
                  if (r.article, r.q.sentence) != (p.article, p.q.sentence)]
        if others:
            pair = sorted([others[0], p], key=lambda x: corpus.time_key(x.article, x.q.sentence))
            # named by the plain value's noun (``sppg``; the slip's is often the counter ``unit``)
            out.append(Finding(kind="discrepancy", about=figure_key(others[0].q)[0], items=cited_items(corpus, pair),  # type: ignore[index]
                               note=unit_slip_note(*pair)))
    return out
