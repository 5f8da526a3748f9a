"""Which values are of one fact: figure points split into facts by sentence similarity (``fact_clusters``),
and the tests that keep two values of one figure key apart (``comparable``: kind, periods, what is measured,
whose, where, which matter).

Agreements, discrepancies and updates compare values only within one fact; what makes a fact is one concern,
shared by all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kliping.lang.id import figure_cues
from kliping.synth.corpus import Corpus
from kliping.synth.figures import SHARE_NAMES, Point, in_series, rate_measure

# Two occurrences of a noun belong to one fact when their sentences reach this TF-IDF cosine with the
# fact's first occurrence (or are the same sentence). Low on purpose: the noun and unit already
# match; the sentence only has to be about the same thing.
FACT_COSINE = 0.2
# Two sentences that both name one stock or flow (``figure_cues.MEASURED_THINGS``) of one owner they both
# name (``produksi minyak mentah AS``, ``Produksi AS naik menjadi``) need only this cosine to be one fact:
# what they measure and whose it is are already said, the rest of the wording (the source, the week, the
# comparison) varies from report to report. Half of FACT_COSINE.
FACT_COSINE_MEASURED = 0.1

# A figure whose sentence names its matter only by pointing back (``dalam kasus ini``) is compared with
# another article's figure only when the two articles reach this TF-IDF cosine (whole texts): reports
# of one case share its names and words, reports of two cases in one storyline (two corruption cases
# pursued by one agency) share little beyond the agency. 0.15 is where the link stage's events are told
# apart best on detik-dev: 12% of the article pairs of one event fall below it, 16% of the pairs from
# different events of one storyline reach it (at 0.2: 27% and 8%).
SAME_MATTER_COSINE = 0.15


def fact_clusters(corpus: Corpus, pts: Sequence[Point]) -> list[list[Point]]:
    """Split one figure's points into facts by sentence similarity to each fact's first point; two counts whose
    clauses name one act done to one thing (``same_deed``) are one fact however their sentences are worded."""
    if not pts:
        return []
    rows = [corpus.sent_rows[(p.article, p.q.sentence)] for p in pts]
    sims = corpus.sims(rows, rows)
    seeds: list[int] = []
    members: list[list[Point]] = []
    for k, p in enumerate(pts):
        best, best_sim = -1, FACT_COSINE
        for g, seed in enumerate(seeds):
            if p.measures and pts[seed].measures and not p.measures & pts[seed].measures:
                continue  # a stock never joins a flow's fact (``comparable`` would keep them apart anyway)
            if is_share(p) and is_share(pts[seed]) and p.owner != pts[seed].owner:
                continue  # one ministry's share of its budget spent is not another's, even in one sentence's list
            sim = 1.0 if rows[seed] == rows[k] else float(sims[k, seed])
            if FACT_COSINE_MEASURED <= sim < FACT_COSINE and (same_measured_thing(p, pts[seed])
                                                               or same_grade(p, pts[seed])
                                                               or same_estimate(p, pts[seed])):
                sim = FACT_COSINE  # the same stock or flow of the same named owner: worded apart, one fact
            elif is_share(p) and same_measured_thing(p, pts[seed]):
                sim = 1.0  # one named owner's share of its budget spent, however worded: one fact
            elif same_deed(p, pts[seed]):
                sim = 1.0  # one act done to one thing, counted in both clauses: one fact, as one sentence is
            if sim >= best_sim and (best < 0 or sim > best_sim):
                best, best_sim = g, sim
        if best < 0:
            seeds.append(k)
            members.append([p])
        else:
            members[best].append(p)
    return members


def same_product(a: str, b: str) -> bool:
    """Two rates' priced things (``Point.priced``) may be one: the words of one are all words of the other (``beras``,
    ``beras medium``), or one names a class alone where the other names one of its products
    (``figure_cues.PRODUCT_CLASS_MEMBERS``: ``keekonomian bbm bersubsidi`` and ``keekonomian premium``; the class's
    variety words, ``bersubsidi``, aside), the rest alike."""
    x, y = set(a.split()), set(b.split())
    if x <= y or y <= x:
        return True
    for cls, members in figure_cues.PRODUCT_CLASS_MEMBERS.items():
        for one, other in ((x, y), (y, x)):
            if cls in one and not (one - {cls} - figure_cues.PRODUCT_VARIETIES) ^ (other - members) \
                    and len(other & members) == 1:
                return True
    return False


def is_share(p: Point) -> bool:
    """``p`` is a share of a budget spent (``penyerapan anggaran Kementerian A 52%``:
    ``figures.shares.share_measures``)."""
    return p.q.unit == "%" and p.head in SHARE_NAMES


def same_measured_thing(p: Point, r: Point) -> bool:
    """Both sentences name the same stock or flow (``Point.measures``) and both name its owner, the same
    country (``Point.owner_named``): ``produksi minyak mentah AS`` and ``Produksi AS``. What is stocked or
    produced must agree where both say it (``Point.phrase``: ``stok minyak mentah AS`` is not ``stok bensin
    AS``; a bare ``Produksi AS`` leaves it open), and neither may be an estimate, an average or a part of
    the whole (``Point.scoped``: ``diperkirakan rata-rata``, ``di wilayah Texas saja``)."""
    return (bool(p.measures) and p.measures == r.measures and p.owner_named and r.owner_named
            and p.owner is not None and p.owner == r.owner and not p.scoped and not r.scoped
            and (not p.phrase or not r.phrase or p.phrase == r.phrase))


def same_deed(p: Point, r: Point) -> bool:
    """Both are counts reported done (``Point.deed``: not targets, plans or forecasts) whose clauses name one act
    (a shared root: ``pemasangan`` / ``terpasang``) and one thing it is done to (``RFID``, ``mobil``): ``pemasangan
    label RFID di kendaraan baru 2.500 unit`` and ``realisasi pemasangan RFID ... mencapai 40.000 kendaraan`` count
    the same vehicles, though the sentences around them share few words."""
    return p.deed is not None and r.deed is not None and bool(p.deed[0] & r.deed[0]) and bool(p.deed[1] & r.deed[1])


def same_estimate(p: Point, r: Point) -> bool:
    """Both amounts are estimated prices (``figures.rate_measure``: ``harga keekonomian``) of one good
    (``same_product``: ``BBM`` alone and ``Premium``): what they measure is said by those words, so the rest of the
    wording (who reckons it, on what oil price) may differ, as for a benchmark grade (``same_grade``)."""
    measure = rate_measure(p)
    return (measure in figure_cues.ESTIMATED_PRICE_WORDS and measure == rate_measure(r) and p.priced is not None
            and r.priced is not None and same_product(p.priced, r.priced))


def same_grade(p: Point, r: Point) -> bool:
    """Both sentences name one and the same benchmark grade (``Point.grades``: ``Brent`` and ``Brent``, not
    ``Brent`` and ``WTI`` or a sentence naming both) and neither amount is an estimate, an average or a
    part (``Point.scoped``): what a price of a grade measures is said by the grade's name, so the rest of
    the wording (the contract month, the market, the size of the day's move) may differ."""
    return len(p.grades) == 1 and p.grades == r.grades and not p.scoped and not r.scoped


def usable(p: Point) -> bool:
    """A value that can be compared at all: not a scenario, not the size of a movement, not one of
    several values of its figure in one sentence (a breakdown, a range of cases, then-and-now), and
    not another party's earlier statement repeated (``Point.recall``) unless its sentence names the day
    of it (``Point.explicit``: ``Dua hari lalu, BPBD menyatakan 250 rumah``, dated that day). A recall
    whose statement is dated only ``pekan lalu`` or ``sebelumnya`` is dated at its article, after the
    statement: there it would be a later stage of an update that is no new reading (``Diberitakan
    sebelumnya, ... 40.000 unit``) and a same-time conflict with the day's reports of a newer value.
    Its value is the first report's, which takes part; dated, the recall is a reading at its day."""
    return in_series(p) and not p.shared and (not p.recall or p.explicit)


def same_matter(corpus: Corpus | None, p: Point, r: Point) -> bool:
    """False when one of the sentences names its matter only by a demonstrative (``Point.pointed``:
    ``dana yang raib dalam kasus ini``) and the other comes from an article about something else
    (article cosine below SAME_MATTER_COSINE): "this case" of one report is not "this case" of
    another. Sentences that say what they count, and figures of one article, are not affected.
    The corpus computes each article pair once (``Corpus.article_cosine``)."""
    if corpus is None or p.article == r.article or not (p.pointed or r.pointed):
        return True
    if corpus.art_matrix.shape[1] == 0:
        return True
    return corpus.article_cosine(p.article, r.article) >= SAME_MATTER_COSINE


def later_months(p: Point, r: Point) -> bool:
    """``r`` is stated on a later day than ``p`` and every month it names as a month comes after every
    month ``p`` names: the next reading of a series whose period moves on (the front-month price on
    19 November is the December contract, on 7 January the February one; November's output, then
    December's). Not the other way round, and not on one day: two contracts quoted on one day are
    two prices. Not for a plan (``Point.plan``: ``akan memangkas ... mulai Januari`` is no reading)."""
    if p.date is None or r.date is None or r.date <= p.date or p.plan or r.plan:
        return False
    a = [x for x in p.periods if len(x) == 7]
    b = [x for x in r.periods if len(x) == 7]
    return bool(a and b) and min(b) > max(a)


def comparable(p: Point, r: Point, corpus: Corpus | None = None, update: bool = False) -> bool:
    """Values of one fact as far as their sentences tell: the same kind of statement (targets with
    targets), no two different periods (years, or months named as months, both stated and none
    shared: the 2014 realisation is not the 2015 projection, the December contract not January's),
    no stock against a flow (``stok`` vs ``produksi``, ``figure_cues.MEASURED_THINGS``, when both
    sentences name one), no two different benchmark grades (``Point.grades``: Brent vs WTI), no whole against
    what is said of its part (``Point.whole``: ``sebagian dari total ... di 34 provinsi``; a whole meets another
    report's total, ``Point.total``: ``total 6 juta paket``), no two different local places (``Point.scene``: the
    villages or subdistricts the two clauses say the values are in), no two counts of different acts (``Point.deed``:
    residents examined are not residents referred) and, given the
    corpus, the same matter (``same_matter``). With ``update`` (``r`` a
    possible later stage of ``p``) months that move forward with the statement dates do not separate
    them (``later_months``); years still do."""
    if p.mode != r.mode:
        return False
    moving = update and later_months(p, r)
    # years, also those of named months; a series moving on to later months may cross into a new year
    a = {x[:4] for x in p.periods if not moving or len(x) == 4}
    b = {x[:4] for x in r.periods if not moving or len(x) == 4}
    if a and b and not a & b:
        return False  # different years
    a = {x for x in p.periods if len(x) == 7}
    b = {x for x in r.periods if len(x) == 7}
    if a and b and not a & b and not moving:
        return False  # different months, both named as months (an update may move on to later months)
    if p.measures and r.measures and not p.measures & r.measures:
        return False  # a stock and a flow, or two flows (``stok`` vs ``produksi``)
    if p.owner and r.owner and p.owner != r.owner and (p.owner_named or r.owner_named):
        return False  # Indonesia's reserves are not Russia's
    if p.measures and r.measures and p.scoped != r.scoped:
        return False  # an estimate, a part (``di wilayah Texas saja``) and the whole: three different figures
    if p.grades and r.grades and not p.grades & r.grades:
        return False  # a Brent price is not a WTI price
    if p.deed and r.deed and p.deed[0] and r.deed[0] and not p.deed[0] & r.deed[0]:
        return False  # stations using a card are not stations selling it (``Point.deed``: two acts, no shared one)
    if p.bare or r.bare:
        return False  # ``2 juta unit`` of what? A count naming nothing it counts meets no other (``Point.bare``)
    if p.money and r.money and p.money != r.money:
        return False  # a state's revenue is not its deficit (``Point.money``: both clauses name what they measure)
    if ("/" in (p.as_of or "")) != ("/" in (r.as_of or "")):
        return False  # a total over several years (``dalam tiga tahun (2022-2024)``) is no one year's value
    if p.place and r.place and p.place.casefold() != r.place.casefold():
        return False  # the crowd in New York is not the one in Washington (``Point.place``)
    if p.role and r.role and p.role != r.role:
        return False  # the injured are not the dead, seized money is not a loss (``Point.role``)
    if p.subject and r.subject and p.subject != r.subject:
        return False  # the anaemic children are not the children with caries (``Point.subject``)
    if p.priced and r.priced and not same_product(p.priced, r.priced):
        return False  # rice per kg is not chilli per kilogram (``Point.priced``); ``beras`` may be ``beras medium``
    if (p.priced and r.priced and rate_measure(p) != rate_measure(r)
            and {rate_measure(p), rate_measure(r)} & figure_cues.ESTIMATED_PRICE_WORDS):
        return False  # what Premium costs to supply is not its pump price (``figures.rate_measure``)
    if p.whole != r.whole and not (r.total if p.whole else p.total):
        return False  # the whole a part belongs to (``sebagian dari total ... 34 provinsi``) is not the part,
        # but it is the total another report gives unmarked (``secara keseluruhan ... 6 juta paket``)

    if p.scene and r.scene and not p.scene & r.scene:
        return False  # one village's evacuees are not another subdistrict's (``Point.scene``)
    if corpus is not None and other_provisions(corpus.text(p.article, p.q.sentence), corpus.text(r.article, r.q.sentence)):
        return False  # the fine of one article of a law is not the fine of another
    return same_matter(corpus, p, r)


_PROVISION = re.compile(r"(?<![\w-])(?i:" + "|".join(sorted(figure_cues.PROVISION_WORDS)) + r")\s+(\d+[A-Za-z]?)\b")


def other_provisions(text: str, other: str) -> bool:
    """Both sentences name articles of a law (``Pasal 28 ayat (3)``, ``Pasal 27A``: ``figure_cues.PROVISION_WORDS``)
    and none in common: each value is set by its own provision (a statute quoted article by article gives each
    its own maximum fine), so one is no update of, nor a disagreement with, the other."""
    a = {m.casefold() for m in _PROVISION.findall(text)}
    b = {m.casefold() for m in _PROVISION.findall(other)}
    return bool(a and b) and not a & b
