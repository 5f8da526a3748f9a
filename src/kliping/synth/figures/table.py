"""The figures table: which points it shows (:func:`in_series`, :func:`in_table`), the series they form and
their names (:func:`series_qualifiers`, :func:`table_series`, :func:`split_money_subjects`, :func:`best_series_only`,
:func:`split_bare`), the
:class:`kliping.model.Figure` rows (:func:`build_figures`) and a series name as a reader expects it
(:func:`shown_series_name`).

Apart because the table's series also name the findings (``synth.findings``): both read them from here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from kliping.lang.id import figure_cues
from kliping.model import Figure, FigureValue, Quantity
from kliping.synth.corpus import Corpus
from kliping.synth.figures.clauses import Clause, Tokens
from kliping.synth.figures.measures import whole_of_part
from kliping.synth.figures.money import CURRENCIES
from kliping.synth.figures.point import Point
from kliping.synth.figures.prices import amount_grade, priced_rate
from kliping.text.patterns import WORD


def in_series(p: Point) -> bool:
    """A value of the thing its figure tracks: not the size of a movement, not where a movement
    started (a past value the report dates by itself), not a scenario's value, not a conversion of another
    amount into another currency (``Point.converted``), not an unnamed part of a whole its sentence states first
    (``Point.part``: ``Rp A, yaitu Rp B ditambah Rp C``; the whole is the value)."""
    return not p.delta and not p.base and p.mode != "conditional" and not p.converted and not p.part


def series_qualifiers(p: Point, toks: Tokens, clause: Clause) -> tuple[str, ...]:
    """What sets an amount's table series apart from others of its noun and unit: a target (``Point.mode``) or a
    plan (``Point.plan``: ``akan menjangkau 35 juta keluarga``, ``direncanakan sebesar``), both a value still to come
    and named alike (``figure_cues.AIM_QUALIFIER``), a role (``Point.role``:
    ``warga (luka)``, ``IDR (sitaan)``), a cost or an average (``figure_cues.SERIES_QUALIFIERS`` before it in its clause), a
    count's capacity (``figure_cues.CAPACITY_WORDS`` right before it), a trial (``on_trial``) and the benchmark grade
    it prices (``amount_grade``). A Brent price, a WTI price, a production cost and an aim are four series."""
    lo, _hi = clause
    out = [figure_cues.AIM_QUALIFIER] if p.mode == "target" or p.plan else []  # one name for aims and plans
    if p.role:
        out.append(p.role)
    if p.place:
        out.append(f"di {p.place}")
    if p.entry:  # the item of a list it is of (``anggaran (Sekjen)``, ``harga saham (BBNI)``: ``synth.figures.items``)
        out.append(p.entry)
    for k in toks.marked(figure_cues.SERIES_QUALIFIERS, lo, p.q.start):
        tag = figure_cues.SERIES_QUALIFIERS.get(toks[k][1])
        if tag and tag not in out:
            out.append(tag)
    if p.q.unit is None and any(w in figure_cues.CAPACITY_WORDS
                                for _o, w in toks.within(lo, p.q.start)[-figure_cues.CAPACITY_GAP - 1 :]):
        out.append(figure_cues.CAPACITY_QUALIFIER)  # ``berkapasitas 2 orang``: what it holds, no count of who came
    if on_trial(toks, clause):
        out.append(figure_cues.TRIAL_QUALIFIER)
    if whole_of_part(p.q, toks, clause):
        out.append("total")
    grade = amount_grade(p.q, toks, clause, p.grades)
    if grade:
        out.append(grade)
    return tuple(out)


def on_trial(toks: Tokens, clause: Clause) -> bool:
    """The amount's clause says something is on trial (``figure_cues.TRIAL_WORDS``, or ``uji``/``diuji`` then
    ``coba``), before the amount or after it (``5 SPBU yang tengah diujicobakan``): what is tried is counted apart
    from what is in service, so ``series_qualifiers`` gives it its own series."""
    ws = [w for _o, w in toks.within(*clause)]
    return any(w in figure_cues.TRIAL_WORDS or (w in figure_cues.TRIAL_HEADS and ws[k + 1 : k + 2] == ["coba"])
               for k, w in enumerate(ws))


def measured_thing(about: str, unit: str | None, p: Point, heads: set[str]) -> tuple[str, ...]:
    """The stock or flow (``Point.head``) that names the series of an amount whose key is only a rate or a unit
    (``per hari``, ``bbl``), when the amounts of that key name at least two (``heads``): ``produksi 9 juta barel per
    hari`` and ``ekspor 2,9 juta barel per hari`` are two series, as the findings already hold them apart
    (``synth.findings.facts.comparable``). A key whose amounts name one flow only keeps one series (``2.500 ton`` and
    ``produksi ... 676 ton`` of one harvest), and a noun of its own names the series already (``penerimaan``)."""
    if p.money or p.head is None or len(heads) < 2 or not (about.startswith("per ") or about == unit):
        return ()
    return (figure_cues.MEASURED_THING_NAMES[p.head],)


def in_table(p: Point) -> bool:
    """A value the figures table shows: one of the series (``in_series``) and not a forecast (``Point.forecast``,
    ``amount_forecast``)."""
    return in_series(p) and not p.forecast


def measured_owner_name(p: Point, owners: dict[str, str], owned: frozenset[str | None]) -> tuple[str, ...]:
    """The named owner of a stock or flow (``Point.owner``, named as ``owners`` first wrote it) in the series name of
    an amount whose series holds a stock or flow of another owner, or of one its sentence does not name (``owned``:
    the owners of the series' stocks and flows, None for an unnamed one): the United States' output and OPEC's quota,
    Indonesia's reserves and those of a report on Russia that names no country in its sentence, are two series
    (``synth.findings.facts.comparable`` already holds named owners apart). A series of one named owner only keeps its
    name. Money amounts too (``cadangan devisa Indonesia``)."""
    if p.head is None or not p.owner_named or p.owner not in owners or len(owned) < 2:
        return ()
    return (owners[p.owner],)


def rate_series_product(p: Point) -> tuple[str, ...]:
    """The product a money rate's series is named by (``Point.priced``, ``rate_product``): ``per kg (beras medium)``
    and ``per kg (cabai rawit)`` are two series, and an amount whose product its clause does not name stays in the
    plain ``per kg`` rather than join either. A benchmark grade among the qualifiers names the product already
    (``per barel (WTI)``, not ``per barel (WTI, minyak)``)."""
    if not p.priced or any(x in figure_cues.GRADE_NAMES for x in p.qualifiers):
        return ()
    return (p.priced,)


def once_per_article(pts: Sequence[Point]) -> list[Point]:
    """The first of the points that give one article's same reading of a series (same value, range, modifier and
    ``as_of``): an article repeating its figure in the lede, the body and a closing recap (``penerimaan Rp 28,3
    triliun`` three times) reported it once; the table lists it once, citing the first sentence."""
    seen: set[tuple[int, float, float | None, str, str | None]] = set()
    out = []
    for p in pts:
        k = (p.article, p.q.value, p.q.value_max, p.q.modifier, p.as_of)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def best_series_only(series: dict[tuple[str, str | None], list[Point]]) -> dict[tuple[str, str | None], list[Point]]:
    """One article's money amount in its best-keyed series only: the same amount (value, range, modifier, currency) of
    one article, in one kind of statement (``Point.mode``, ``Point.plan``) and of one role, grade and product, keyed
    under several series by its sentences' words is one figure told again. It leaves every series named by its unit
    alone (``IDR``, ``USD (2006/2023)``) when a series names what it measures; and of two series named by words of one
    pool of money (``dana`` and ``anggaran``: ``figure_cues.FUND_WORDS``; ``pemotongan dana pusat Rp 800 miliar`` and
    ``anggaran saya dipotong Rp 800 miliar``) it stays in the one more articles report, else the one the article names
    it in first. Series of two different measures keep it (a loss and a seizure of one sum, ``kerugian`` and
    ``sitaan``, are two facts), as do rates (``per kg``) and counts: one report's prices of two goods and its counts of
    two groups coincide often."""
    where: dict[tuple, list[tuple[tuple[str, str | None], Point]]] = {}
    for key, pts in series.items():
        name, unit = key
        if unit not in CURRENCIES or name.startswith("per "):
            continue
        for p in pts:
            grade = tuple(x for x in p.qualifiers if x in figure_cues.GRADE_NAMES)
            k = (p.article, p.q.value, p.q.value_max, p.q.modifier, unit, p.mode, p.plan, p.role, grade, p.priced)
            where.setdefault(k, []).append((key, p))
    spread = {key: len({p.article for p in pts}) for key, pts in series.items()}
    drop: set[int] = set()
    for found in where.values():
        if len({key for key, _p in found}) < 2:
            continue
        heads = {key: key[0].split(" (")[0] for key, _p in found}
        named = [(key, p) for key, p in found if heads[key] != key[1]]
        if named:
            drop.update(id(p) for key, p in found if heads[key] == key[1])  # ``IDR`` beside ``anggaran``
        funds = [(key, p) for key, p in named if heads[key] in figure_cues.FUND_WORDS]
        if len({key for key, _p in funds}) > 1:
            best = min(funds, key=lambda kp: (-spread[kp[0]], kp[1].q.sentence, kp[1].q.start))
            drop.update(id(p) for key, p in funds if key != best[0])
    out = {key: [p for p in pts if id(p) not in drop] for key, pts in series.items()}
    return {key: pts for key, pts in out.items() if pts}


def bare_series(name: str, unit: str | None) -> bool:
    """A series named by nothing but its unit (``IDR``, ``USD``, ``t``) or a word that counts people without saying
    who (``orang``, ``jiwa``: ``figure_cues.GENERIC_PEOPLE``): no measured thing, no role, place or qualifier. The aim
    alone (``USD (target)``: ``figure_cues.AIM_QUALIFIER``) says no more of what is measured: a price a trader foresees
    and a revenue target are two facts, so such a series is split as the bare one is (``split_bare``). So is a money
    series named by a loose noun only (``bantuan``: ``loose_money``): a total of aid and one family's aid are two."""
    aimed = name.removesuffix(f" ({figure_cues.AIM_QUALIFIER})")
    return aimed == unit or (unit is None and aimed in figure_cues.GENERIC_PEOPLE) or (
        unit in CURRENCIES and aimed in LOOSE_MONEY_NAMES)


# The table names of loose money nouns (``loose_money``): such a table is split by fact as a bare one is.
LOOSE_MONEY_NAMES = frozenset(figure_cues.LOOSE_MONEY_NOUNS.values())


def same_stated_amount(a: Quantity, b: Quantity) -> bool:
    """Two money amounts can be one sum as written: each is its value give or take its written precision
    (``synth.findings.intervals.rounding``), read as rounded or cut off at its last digit (news writes ``Rp 13,2
    triliun`` for Rp 13,255 triliun as often as ``Rp 13,3 triliun``), and the two ranges meet. Ranges (``Rp 5-7
    miliar``) are no one sum. Approximate words (``sekitar``, ``lebih dari``) say the amount is near, so they are
    read at their value as exact ones are: what they may stand for is decided by ``restated_amounts``."""
    from kliping.synth.findings.intervals import rounding  # the findings build on this module

    if a.value_max is not None or b.value_max is not None or a.unit != b.unit:
        return False
    if {a.modifier, b.modifier} & _LOWER_BOUNDS and {a.modifier, b.modifier} & _UPPER_BOUNDS:
        return False  # ``di bawah 50 dolar`` and ``di atas 50 dolar``: two sides of one mark
    if abs(a.value - b.value) > RESTATED_CLOSENESS * max(abs(a.value), abs(b.value)):
        return False
    ra, rb = rounding(a), rounding(b)
    return a.value - ra <= b.value + 2 * rb and b.value - rb <= a.value + 2 * ra


# At most this share apart, two amounts may be one sum restated (``same_stated_amount``): ``Rp 13 triliun`` for
# Rp 13,255 triliun is 2 percent off; ``Rp 1 triliun`` (rounded: 0,5-1,5 triliun) is no restating of ``Rp 1,35
# triliun``.
RESTATED_CLOSENESS = 0.025
_LOWER_BOUNDS = frozenset({"more_than", "at_least"})
_UPPER_BOUNDS = frozenset({"less_than", "up_to"})


def restated_amounts(series: dict[tuple[str, str | None], list[Point]]) -> dict[tuple[str, str | None], list[Point]]:
    """The series, each money amount of a bare or loosely named series (``bare_series``: ``IDR``, ``uang``,
    ``bantuan``) that restates the sum of a named one (``same_stated_amount``: ``Rp13,2 triliun bukan angka kecil``
    after ``uang yang diserahkan senilai Rp 13,255 triliun``; ``mendapatkan uang senilai Rp 4,5 miliar`` beside
    ``menyerahkan dana sejumlah Rp 4,5 miliar kepada``) moved into that series: one stated amount sits in one table,
    under the name that says what it is. The named series is its own article's when one of its article's named series
    holds the sum, else one of the storyline's that do: the one holding it at the finest written precision (``Rp
    13.255.244.538.149`` is the ``Rp 13,255 triliun`` of one report rather than the ``Rp 13 triliun`` of another, and
    the ``Rp 13 triliun`` of its own article follows it there); when two hold it alike, the amount stays (a loss and a
    payment of one sum, ``kerugian`` and ``pembayaran``, are not told apart by the sum). An aim joins aims only, a
    value there is values only (``USD (target)`` is no reading of ``harga``). Rates (``per bulan``), series named by
    a purpose (``untuk ...``) and those headed by the unit (``IDR (Program X)``) take no amount."""
    def plain(key: tuple[str, str | None]) -> bool:
        return key[1] in CURRENCIES and not key[0].startswith("per ") and key[0].split()[0] not in figure_cues.PURPOSE_WORDS

    def aimed(key: tuple[str, str | None]) -> bool:
        return f"({figure_cues.AIM_QUALIFIER}" in key[0]

    from kliping.synth.findings.intervals import rounding  # the findings build on this module

    named = [(key, p) for key, pts in series.items()
             if plain(key) and not bare_series(*key) and key[0].split(" (")[0] != key[1] for p in pts]
    moved: dict[int, tuple[str, str | None]] = {}
    undecided: list[tuple[tuple[str, str | None], Point, set[tuple[str, str | None]]]] = []
    for key, pts in series.items():
        if not plain(key) or not bare_series(*key):
            continue
        for p in pts:
            found = [(k, r) for k, r in named if aimed(k) == aimed(key) and same_stated_amount(p.q, r.q)]
            mine = [(k, r) for k, r in found if r.article == p.article]
            found = mine or found
            # the series holding it at the finest written precision (``Rp 13.255.244.538.149`` is the ``Rp 13,255
            # triliun`` of one report before the ``Rp 13 triliun`` of another)
            fine: dict[tuple[str, str | None], float] = {}
            for k, r in found:
                fine[k] = min(fine.get(k, float("inf")), max(rounding(p.q), rounding(r.q)))
            best = [k for k in fine if fine[k] == min(fine.values(), default=0.0)]
            if len(best) == 1:
                moved[id(p)] = best[0]
            elif best:
                undecided.append((key, p, set(best)))
    for key, p, keys in undecided:  # one article's amounts of one series go where its other amounts went
        went = {moved[id(r)] for r in series[key] if r.article == p.article and id(r) in moved}
        if len(went) == 1 and went <= keys:
            moved[id(p)] = went.pop()
    if not moved:
        return series
    out: dict[tuple[str, str | None], list[Point]] = {}
    for key, pts in series.items():
        for p in pts:
            out.setdefault(moved.get(id(p), key), []).append(p)
    taking = set(moved.values())  # in time order as ``figure_points`` gives them, one reading per article
    return {key: once_per_article(sorted(pts, key=_by_date)) if key in taking else pts for key, pts in out.items()}


def _by_date(p: Point) -> tuple[bool, dt.date]:
    """A point's place in time order, undated last (``figure_points`` orders a key's points so)."""
    return p.date is None, p.date or dt.date.min


def split_bare(corpus: Corpus, series: dict[tuple[str, str | None], list[Point]]
               ) -> list[tuple[tuple[str, str | None], list[Point]]]:
    """The series, a bare one (``bare_series``) split by what its sentences say: its values form a series only within
    one fact (``synth.findings.fact_clusters``: sentences alike, as the findings compare them) stated in two sentences
    or more (the rupiah's closing rate day by day, one crowd size repeated by four reports); every other value stands
    alone, one figure each, among the figures of one report (``Rp 163 miliar`` of one budget item and ``Rp 201
    triliun`` of another are no series of ``IDR``; nor are the values of one sentence's list)."""
    from kliping.synth.findings import fact_clusters  # the findings build on this module

    out: list[tuple[tuple[str, str | None], list[Point]]] = []
    for key, pts in series.items():
        if not bare_series(*key) or len(pts) < 2:
            out.append((key, pts))
            continue
        for fact in fact_clusters(corpus, pts):
            if len({(p.article, p.q.sentence) for p in fact}) > 1:
                out.append((key, fact))
            else:
                out.extend((key, [p]) for p in fact)
    return out


def one_sentence_lists(series: list[tuple[tuple[str, str | None], list[Point]]]
                       ) -> list[tuple[tuple[str, str | None], list[Point]]]:
    """The series, the lone values of a bare series (``bare_series``, as ``split_bare`` leaves them) of one sentence
    joined in one: ``untuk berat badan 60 kg (210 kalori), 75 kg (260 kalori)`` gives one table of calories, not one
    ``kcal`` table per value with the same heading. They share a sentence, an article and a date, so nothing charts
    them as a series over time; values of other sentences keep their own tables."""
    out: list[tuple[tuple[str, str | None], list[Point]]] = []
    at: dict[tuple[tuple[str, str | None], int, int], int] = {}
    for key, pts in series:
        if len(pts) == 1 and bare_series(*key):
            k = (key, pts[0].article, pts[0].q.sentence)
            if k in at:
                out[at[k]][1].append(pts[0])
                continue
            at[k] = len(out)
            pts = list(pts)
        out.append((key, pts))
    return out


def grade_rates(points: dict[tuple[str, str | None], list[Point]]) -> dict[tuple[str | None, str], set[str]]:
    """For each currency and benchmark grade, the rates (``per barel``) whose table values price that grade."""
    out: dict[tuple[str | None, str], set[str]] = {}
    for (about, unit), pts in points.items():
        if about.startswith("per ") and unit in CURRENCIES:
            for p in pts:
                if in_table(p):
                    for g in p.qualifiers:
                        if g in figure_cues.GRADE_NAMES:
                            out.setdefault((unit, g), set()).add(about)
    return out


def graded_rate(about: str, unit: str | None, p: Point, rates: dict[tuple[str | None, str], set[str]]) -> str | None:
    """The rate a bare money amount of one benchmark grade is a reading of: ``minyak jenis Brent ... ke level 66,15
    dollar AS siang ini`` writes no ``per barel``, but the storyline prices Brent per barrel only (``grade_rates``), so
    it is a value of ``per barel (Brent)``, not a table ``USD (Brent)`` or ``harga (Brent)`` of its own. None when the
    amount has a money noun other than ``harga``, names no grade or two, or its grade is priced per two units."""
    if about != unit or p.exchange or p.money not in (None, "harga"):
        return None
    grades = [g for g in p.qualifiers if g in figure_cues.GRADE_NAMES]
    if len(grades) != 1:
        return None
    found = rates.get((unit, grades[0]), set())
    return next(iter(found)) if len(found) == 1 else None


def table_series(points: dict[tuple[str, str | None], list[Point]]) -> dict[tuple[str, str | None], list[Point]]:
    """The table's series: the points the table shows (``in_table``) by series name and unit, each name its key with
    what sets the point's series apart (``series_qualifiers``, the money noun, dimension or subject, the exchange
    pair, the priced product, the measured thing and its owner). The findings name a finding by the series of its
    values (``synth.findings.figure_findings``), so a reader finds it under the heading of its table."""
    series: dict[tuple[str, str | None], list[Point]] = {}
    rates = grade_rates(points)
    for (about, unit), all_pts in points.items():
        if about in figure_cues.NON_MEASURE_NOUNS:
            continue
        if unit is None and about in figure_cues.ENUMERATED_PARTS:  # ``dua opsi``, ``tiga alasan``
            all_pts = [p for p in all_pts if p.q.value > figure_cues.ENUMERATION_MAX]
        heads = {p.head for p in all_pts if p.head and in_table(p)}
        owners: dict[str, str] = {}  # owner entity id -> its first written name (``RI`` and ``Indonesia``: one)
        for p in all_pts:
            if p.head and p.owner and p.owner_name and p.owner_named and in_table(p):
                owners.setdefault(p.owner, p.owner_name)
        named: dict[tuple[str, str | None], list[Point]] = {}
        for p in all_pts:
            if in_table(p):
                # ``pendapatan`` of ``USD``: a revenue and a reserve are two series; ``tinggi`` and ``panjang`` of a
                # length too (``amount_dimension``)
                head = graded_rate(about, unit, p, rates) or p.money or p.dimension or p.purpose or about
                if p.subject:  # ``anak penderita anemia`` and ``anak mengalami karies``: two groups, two series
                    head = f"{about} {p.subject}"
                quals = p.qualifiers + measured_thing(about, unit, p, heads)
                if head == unit and unit in CURRENCIES:
                    # ``dikenakan biaya US$ 15``: a cost of no money noun is headed by the cost, not ``USD (biaya)``
                    cost = next((w for w in quals if w in figure_cues.MONEY_QUALIFIER_HEADS), None)
                    if cost:
                        head, quals = cost, tuple(w for w in quals if w != cost)
                if p.exchange:  # ``kurs rupiah (per dolar AS)``, whether written ``Rp 16.239/US$`` or ``Rp 16.239``
                    head, code = p.exchange
                    if code:
                        quals = (f"per {figure_cues.EXCHANGE_PAIR_NAMES.get(code, code)}", *quals)
                elif priced_rate((about, unit)):
                    quals += rate_series_product(p)
                quals += (p.as_of,) if p.as_of and "/" in p.as_of else ()  # a total over years (``2022/2024``)
                named.setdefault((f"{head} ({', '.join(quals)})" if quals else head, unit), []).append(p)
        for (name, unit_), pts in split_money_subjects(named).items():
            # whose stock or flow each value is, where the series holds more than one owner (``measured_owner_name``)
            owned = frozenset(p.owner if p.owner_named and p.owner in owners else None for p in pts if p.head)
            for p in pts:
                own = measured_owner_name(p, owners, owned)
                if own:
                    series.setdefault((f"{name[:-1]}, {own[0]})" if name.endswith(")") else f"{name} ({own[0]})",
                                       unit_), []).append(p)
                else:
                    series.setdefault((name, unit_), []).append(p)
    return series


def split_money_subjects(named: dict[tuple[str, str | None], list[Point]]) -> dict[tuple[str, str | None], list[Point]]:
    """The series, each of a bare money noun (``figure_cues.BARE_MONEY_NOUNS``: ``anggaran``, ``dana``) whose values
    name two subjects or more (``Point.subject_of``: ``anggaran pendidikan`` and ``anggaran kementerian kesehatan``,
    ``dana hibah pokir`` and ``dana operasional``), with the values of each subject but its main one (named in the
    most articles, then first) in a series of their own, named by it: ``anggaran (kementerian kesehatan)``. A value
    naming none is of the one subject its article's values of the series name (the year list after ``dana hibah
    pokir ... Rp A`` in one report is the grant's), else of none; the main subject's values and those of none keep
    the noun's series, so an unnamed budget is not guessed to be any one's and one budget told with and without its
    owner's name stays one series. A series whose values name one subject or none is left whole; a subject that
    starts another's words is the same one (``program makan`` and ``program makan bergizi``)."""
    out: dict[tuple[str, str | None], list[Point]] = {}
    for (name, unit), pts in named.items():
        if unit not in CURRENCIES or name.split(" (")[0] not in figure_cues.BARE_MONEY_NOUNS:
            out.setdefault((name, unit), []).extend(pts)
            continue
        written = sorted({p.subject_of for p in pts if p.subject_of}, key=len)
        # ``program makan`` and ``program makan bergizi``: one subject, named by the shorter
        canon = {s: next(t for t in written if s == t or s.startswith(t + " ")) for s in written}
        spread: dict[str, set[int]] = {}
        for p in pts:
            if p.subject_of:
                spread.setdefault(canon[p.subject_of], set()).add(p.article)
        if len(spread) < 2:
            out.setdefault((name, unit), []).extend(pts)
            continue
        main = max(spread, key=lambda s: len(spread[s]))  # (dicts keep order: the first named wins a tie)
        of_article: dict[int, set[str]] = {}
        for s, arts in spread.items():
            for a in arts:
                of_article.setdefault(a, set()).add(s)
        for p in pts:
            mine = of_article.get(p.article, set())
            of = canon[p.subject_of] if p.subject_of else next(iter(mine)) if len(mine) == 1 else None
            key = name if of in (None, main) else f"{name[:-1]}, {of})" if name.endswith(")") else f"{name} ({of})"
            out.setdefault((key, unit), []).append(p)
    return out


def build_figures(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]],
                  series: dict[tuple[str, str | None], list[Point]] | None = None) -> list[Figure]:
    """One Figure per group and qualifier (``series_qualifiers``: ``per barel (Brent)``, ``shown_series_name``),
    most-reported first. ``series`` is ``table_series(points)`` when the caller has it already (the findings name
    themselves by the same series, ``synth.findings.collect.name_by_series``): it is computed once per storyline.
    The size of a movement (``turun 1,03 dollar AS``), a scenario's value (``kalau harga minyak 60 dollar AS``),
    and a forecast are not values of the thing a figure tracks, so they stay out of its series (they
    remain in the articles' own evidence: ``in_table``), and nouns that measure nothing (``dua kali``,
    ``tiga jenis``: ``figure_cues.NON_MEASURE_NOUNS``) make no series."""
    figs = []
    if series is None:
        series = table_series(points)
    series = restated_amounts(best_series_only({key: once_per_article(pts) for key, pts in series.items()}))
    for (about, unit), pts in one_sentence_lists(split_bare(corpus, series)):
        values = [
            FigureValue(
                value=p.q.value,
                as_of=p.as_of,
                article=corpus.articles[p.article].id,
                sentence=p.q.sentence,
                value_max=p.q.value_max,
                modifier=p.q.modifier,
                text=p.q.text,
                recall=p.recall or "",
            )
            for p in pts
        ]
        figs.append(Figure(about=about, unit=unit, values=values))
    figs.sort(key=lambda f: (-len({v.article for v in f.values}), -len(f.values), f.about))
    for f in figs:  # named for the reader once sorted: a capital grade moves no table (``B`` sorts before ``b``)
        f.about = shown_series_name(f.about, f.unit, [corpus.text(corpus.by_id[v.article], v.sentence)
                                                      for v in f.values])
    return figs


def written_forms(texts: Sequence[str]) -> dict[str, str]:
    """Each word the sentences ``texts`` write with two capitals or more (an acronym: ``MOPS``, ``RON92``,
    ``UMKM``), by its lower-case key, as written there most often. The series and findings are keyed on
    lower-case words (``figure_key``), so a name built from them says ``per barel (mops)`` or ``umkm`` unless it is
    written back the way its articles write it (``shown_series_name``)."""
    seen: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for w in WORD.findall(text):
            if sum(c.isupper() for c in w) >= 2:
                seen[(w.casefold(), w)] += 1
    out: dict[str, str] = {}
    for (key, form), _n in seen.most_common():
        out.setdefault(key, form)
    return out


def shown_series_name(name: str, unit: str | None = None, texts: Sequence[str] = ()) -> str:
    """A series name as the table shows it: each benchmark grade among its qualifiers written as a reader expects
    (``per barel (wti)`` is shown ``per barel (WTI)``: ``figure_cues.GRADE_SHOWN``), and each word its values'
    sentences (``texts``) write as an acronym written so (``written_forms``: ``per barel (MOPS)``, ``UMKM``,
    ``per liter (RON92)``). Series are grouped, sorted and compared on the lower-case keys
    (``series_qualifiers``, ``rate_series_product``, ``best_series_only``); only the shown name changes. A name that is
    its unit (``kl``) stays the unit: the table heads it so."""
    if name == unit:
        return name
    forms = written_forms(texts)
    if forms:
        unit_key = (unit or "").casefold()
        name = WORD.sub(lambda m: forms.get(m.group(0), m.group(0)) if m.group(0) != unit_key else m.group(0), name)
    head, sep, quals = name.partition(" (")
    if not sep or not quals.endswith(")"):
        return name
    shown = [figure_cues.GRADE_SHOWN.get(x, x) for x in quals[:-1].split(", ")]
    return f"{head} ({', '.join(shown)})"
