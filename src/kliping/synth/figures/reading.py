"""The storyline's amounts read into figure points: :func:`figure_points` reads every quantity of the articles
once, in its clause, with the readings of the other modules, and groups the points by :func:`figure_key`;
:func:`recalls_figure` tells the summaries whether a sentence only repeats another party's earlier figure.

Apart as the one place that runs all the readings in order (per article, per sentence, per amount), so that each
of them is asked once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kliping.lang.id import figure_cues
from kliping.model import Quantity
from kliping.synth.corpus import Corpus, words
from kliping.synth.figures.clauses import Tokens, amount_clause, sentence_tokens
from kliping.synth.figures.counts import (
    amount_role,
    bare_counter,
    breakdown_item,
    continues_list,
    count_deed,
    count_subject,
    counted_nouns,
    counter_noun,
    counts_nothing,
    group_value,
    part_of,
    people_groups,
    people_join,
    rate_basis,
)
from kliping.synth.figures.dates import (
    copied_plan_days,
    lede_day,
    parse_timex_date,
    sentence_dates,
    sentence_opening_year,
    sentence_periods,
    stated_as_of,
)
from kliping.synth.figures.exchange import converted, exchange_rate, near_rate
from kliping.synth.figures.items import (
    bracket_owner,
    clause_stock,
    line_item,
    modifier_items,
    money_subject,
    named_before,
    stock_price,
    unnamed_parts,
)
from kliping.synth.figures.keys import abbreviations, figure_key
from kliping.synth.figures.mates import LastBefore
from kliping.synth.figures.measures import (
    amount_dimension,
    amount_measures,
    amount_total,
    amount_whole,
    article_countries,
    article_orgs,
    measure_head,
    measure_scoped,
    measured_owner,
    places_outside_amounts,
)
from kliping.synth.figures.modes import (
    aim_words,
    amount_forecast,
    amount_mode,
    amount_plan,
    points_back,
    statement_mode,
)
from kliping.synth.figures.money import CURRENCIES, money_measure, money_names, period_paid
from kliping.synth.figures.moves import article_moves, changed_count_start, is_base, moved_rate, prior_level
from kliping.synth.figures.places import amount_scene, article_places, crowd_place, crowd_places, scene_places
from kliping.synth.figures.point import Point
from kliping.synth.figures.prices import (
    market_quote,
    priced_noun,
    priced_rate,
    rate_before,
    rate_measure,
    rate_points,
    rate_product,
    sentence_grades,
)
from kliping.synth.figures.shares import SHARE_NAMES, share_measures
from kliping.synth.figures.table import in_table, series_qualifiers
from kliping.synth.recalls import occasion_qualifier, recalled_party


def figure_points(corpus: Corpus, article_idx: Sequence[int]) -> dict[tuple[str, str | None], list[Point]]:
    """Quantities of the articles grouped by ``figure_key``, in time order."""
    groups: dict[tuple[str, str | None], list[Point]] = {}
    aliases = abbreviations(corpus, article_idx)
    counted = counted_nouns(corpus, article_idx, aliases)
    for a in sorted(article_idx, key=corpus.time_key):
        ev = corpus.articles[a]
        n = len(ev.doc.sentences)
        texts: list[str] | None = None  # the article's sentences, read once for its list lines (``items.line_item``)
        named = {(t.sentence, (t.value or "")[:10]) for t in ev.times if t.type == "DATE" and t.granularity == "day"}
        dates = sentence_dates(ev, corpus.dates[a])
        copied = copied_plan_days(ev, corpus.dates[a])
        periods = sentence_periods(ev)
        outside = places_outside_amounts(ev)  # read once for the countries, scenes and crowd places
        countries = article_countries(ev, outside)
        orgs = article_orgs(ev)
        places = article_places(ev)
        moves = article_moves(ev)
        scene_at = scene_places(ev, outside)
        crowd_at = crowd_places(ev, outside)
        trading_day = lede_day(ev, corpus.dates[a], corpus.text(a, 0) if n else "")
        lede = words(corpus.text(a, 0)) if n else []
        values: dict[tuple[tuple[str, str | None], int, str, str | None], set[float]] = {}
        slots: dict[int, tuple[int, str, str | None]] = {}  # per point counted in ``values``: sentence, mode, measure
        kinds: dict[int, tuple[str, bool, bool, Tokens, frozenset[str]]] = {}
        art_points: list[tuple[tuple[str, str | None], Point]] = []
        listed: set[int] = set()  # points whose clause continues a list with no act of its own (``continues_list``)
        money_at: dict[int, list[int]] = {}  # per sentence, where its money amounts start (``money_measure``)
        groups_of = people_groups(ev.quantities, aliases)
        nouns_at: dict[int, frozenset[str]] = {}  # per sentence, the nouns its quantities count (``aim_words``)
        by_sentence: dict[int, list[Quantity]] = {}
        named_at: dict[int, dict[int, str]] = {}  # per sentence, its amounts named right before them (``named_before``)
        shares: dict[int, dict[int, tuple[str, str | None, str | None]]] = {}  # per sentence (``share_measures``)
        toks_at: dict[int, Tokens] = {}  # per sentence, its words, read once for ``share_measures`` and the readings
        of_unit: dict[tuple[int, str | None], list[Quantity]] = {}  # per sentence and unit, its amounts in order
        for q in ev.quantities:
            by_sentence.setdefault(q.sentence, []).append(q)
            of_unit.setdefault((q.sentence, q.unit), []).append(q)
            if q.unit in CURRENCIES:
                money_at.setdefault(q.sentence, []).append(q.start)
            if q.noun:
                nouns_at[q.sentence] = nouns_at.get(q.sentence, frozenset()) | {q.noun.casefold()}
        last_of_unit: dict[tuple[int, str | None], LastBefore] = {}  # the amount before one, of its unit (``moved_rate``)
        last_money: dict[int, LastBefore] = {}  # the money amount ending last before one (``converted``)
        for q in ev.quantities:
            key = figure_key(q, aliases)
            share = None
            if key is None and q.unit == "%" and 0 <= q.sentence < n:  # a share of a budget spent, by its owner
                if q.sentence not in shares:
                    stext = corpus.text(a, q.sentence)
                    toks_at[q.sentence] = sentence_tokens(stext)
                    shares[q.sentence] = share_measures(ev, q.sentence, stext, toks_at[q.sentence],
                                                        corpus.text(a, q.sentence - 1) if q.sentence else "", orgs)
                share = shares[q.sentence].get(q.start)
                key = (share[0], q.unit) if share else None
            if key is None or not 0 <= q.sentence < n:
                continue
            as_of = q.as_of
            text = corpus.text(a, q.sentence)
            if q.sentence not in kinds:  # once per sentence: its statement kind and whether it reads a level
                ws = words(text)
                sw = set(ws)
                kinds[q.sentence] = (statement_mode(aim_words(ws, nouns_at.get(q.sentence, frozenset())), ws, text),
                                     bool(sw & figure_cues.LEVEL_CUES), points_back(ws),
                                     toks_at.get(q.sentence) or sentence_tokens(text), sentence_grades(sw))
            smode, level, pointed, toks, grades = kinds[q.sentence]
            clause = amount_clause(text, q.start, q.end, toks)  # once per amount: every reading below is of its clause
            if rate_basis(q, toks, clause, by_sentence.get(q.sentence, ())):
                continue  # ``Rp 16 juta untuk satu pemilih``: the one is the rate's basis, no count
            if counts_nothing(q, toks, clause, by_sentence.get(q.sentence, ())):
                continue  # ``X dan Y itu satu kelompok``, ``satu galon setara dengan 3,8 liter``: no figure
            bare = False
            if key[1] is None and key[0] in figure_cues.GENERIC_COUNTERS:
                noun = counter_noun(text, q, toks, clause, counted)
                key = (noun or key[0], None)
                bare = noun is None and bare_counter(q, toks, clause)
            elif (key[1] is None and key[0] in figure_cues.GENERIC_PEOPLE and q.value in groups_of and group_value(q)
                    and people_join(corpus, a, q, groups_of[q.value][1])):
                key = (groups_of[q.value][0], None)  # ``11 ribu orang`` of an article counting ``11 ribu peserta``
            elif key[1] in CURRENCIES and key[0] == key[1] and "per" in text:
                rate = rate_before(q, toks, clause, by_sentence.get(q.sentence, ()))
                key = (rate, key[1]) if rate else key
            elif key == (figure_cues.RATE_BP_UNIT, figure_cues.RATE_BP_UNIT) and rate_points(q, toks, clause):
                key = (figure_cues.RATE_BP_NAME, key[1])  # ``suku bunganya 650 bps``: the rate's series
            elif key[1] is not None and key[0] == key[1]:
                if (q.sentence, q.unit) not in last_of_unit:
                    last_of_unit[(q.sentence, q.unit)] = LastBefore(of_unit[(q.sentence, q.unit)])
                key = moved_rate(text, q, last_of_unit[(q.sentence, q.unit)](q.start), aliases) or key
            asof = parse_timex_date(as_of)
            explicit = asof is not None and (q.sentence, asof.isoformat()) in named
            # the extractor's as_of is a day the sentence names in the week up to publication, else the publication;
            # a month or an earlier day the clause names is the time the value holds for: the table's as_of (the
            # findings keep dating by the statement: ``Point.date``)
            named_dates = dates.get(q.sentence, ())
            # a year or span its own clause names (``... dan Rp 612,4 miliar pada 2024," kata ..., Selasa (15/7)``)
            # or the sentence opens on (``Pada 2025, KPK menyita ...``) is the period the value holds for, before the
            # statement day; a month or day of the clause only when the sentence names no statement day
            mates = by_sentence.get(q.sentence, ())
            stated = stated_as_of(q, clause, [d for d in named_dates if not explicit or d[2] in ("year", "period")],
                                  text, mates) \
                or sentence_opening_year(q, text, named_dates, mates)
            if stated:
                as_of = stated
            elif explicit and (q.sentence, as_of) in copied:
                as_of = None  # the day a plan was copied (``copied_plan_days``); ``Point.date`` keeps it
            elif as_of is None and trading_day and q.sentence > 0 \
                    and not any(d[2] in ("day", "month") for d in named_dates) \
                    and market_quote(q, toks, clause):
                as_of = trading_day  # a close of the day the lede names (``lede_day``); ``Point.date`` keeps its date
            mode = amount_mode(text, q, smode, toks, clause)
            measures = amount_measures(text, q, toks, clause)
            owner, owner_named, phrase = measured_owner(ev, q.sentence, text, q.start, countries, toks, clause, orgs)
            scoped = measure_scoped(text, q, toks, countries[0], places, clause) if measures or grades else ""
            plan = amount_plan(text, q, toks, clause)
            whole = amount_whole(q, toks, clause)
            total = not whole and amount_total(q, toks, clause)
            forecast = amount_forecast(q, toks, clause, scoped)
            delta = (q.sentence, q.start) in moves
            base = is_base(text, q)
            p = Point(q, a, asof or corpus.dates[a], explicit, mode=mode, delta=delta, level=delta or level,
                      periods=periods.get(q.sentence, frozenset()), pointed=pointed, base=base, measures=measures,
                      owner=owner, owner_named=owner_named, phrase=phrase, scoped=scoped, grades=grades,
                      plan=plan, whole=whole, total=total, forecast=forecast, as_of=as_of,
                      scene=amount_scene(toks, clause, scene_at.get(q.sentence, ()), q, mates))
            p.bare = bare
            if q.sentence not in last_money:
                last_money[q.sentence] = LastBefore([m for m in mates if m.unit in CURRENCIES], key=_end)
            p.converted = converted(text, q, last_money[q.sentence](q.start))
            p.subject = count_subject(q, toks, clause) if key[1] is None else None
            p.item = breakdown_item(q, toks, clause) if key[1] is None else None
            if key[1] in CURRENCIES and key[0] == key[1]:  # a money amount of no noun: what it is an amount of
                p.money = money_measure(q, toks, clause, money_at.get(q.sentence, ()))
            elif key[1] is not None and key[0] == key[1]:  # a physical amount of no noun: what it measures
                p.dimension = amount_dimension(q, toks, mates)
            if key[1] in CURRENCIES and (key[0] == key[1] or key[0].startswith("per ")):
                p.exchange = exchange_rate(q, toks, clause, key[0], lede)  # ``kurs rupiah``, not ``IDR``
            if key[1] in CURRENCIES:  # the list item it is of: its line's label, or the name before its bracket
                if q.sentence not in named_at:
                    named_at[q.sentence] = named_before(text, [r for r in mates if r.unit in CURRENCIES])
                if texts is None:
                    texts = [corpus.text(a, k) for k in range(n)]
                p.entry = line_item(texts, q.sentence) or bracket_owner(text, q) or named_at[q.sentence].get(q.start) \
                    or clause_stock(text, q, clause[0], mates)
            p.role = amount_role(q, toks, clause, by_sentence.get(q.sentence, ()))
            p.place = crowd_place(q, toks, clause, crowd_at.get(q.sentence, ()), mates)
            p.qualifiers = series_qualifiers(p, toks, clause)
            if key[1] in CURRENCIES and key[0][4:] in figure_cues.PERIOD_NOUNS and key[0].startswith("per ") \
                    and not p.entry:
                # ``tunjangan ... Rp 50 juta per bulan``: what a sum per period pays, as a product names a price per
                # kg (``per bulan (tunjangan)``, not ``per bulan`` beside every other monthly sum of the storyline)
                paid = period_paid(text, q, toks, clause, money_at.get(q.sentence, ()))
                if paid and paid not in p.qualifiers:
                    p.qualifiers += (paid,)
            if not key[0].startswith("per "):  # a per-occasion amount is no reading of the total (``occasion_qualifier``)
                p.qualifiers += occasion_qualifier(text, q, clause)
            p.recall = recalled_party(text, q, clause)
            if key[1] is None and mode == "fact" and not plan and not forecast and not any(
                    w in figure_cues.PLAN_CUES for _o, w in toks.within(*clause)):
                p.deed = count_deed(q, toks, clause, key[0])  # a count reported done, not planned (``bakal rampung``)
                if not p.deed[0] and continues_list(toks, clause):
                    listed.add(id(p))
            if owner_named and owner:
                p.owner_name = next((m.text for m in ev.mentions if m.entity == owner and m.sentence == q.sentence), None)
            if priced_rate(key):  # a price of goods: of what (``rate_product``)
                p.priced = rate_product(q, toks, clause, by_sentence.get(q.sentence, ()))
                if rate_measure(p) in figure_cues.ESTIMATED_PRICE_WORDS:
                    p.level = False  # an estimated price is no market reading, whatever ``level`` its sentence writes
            elif key[0].startswith("per "):  # another rate: what ``harga`` names, for the findings only
                p.priced = priced_noun([w for _o, w in toks.within(clause[0], q.start)])
            p.head = measure_head(q, toks, clause) if measures else None
            if share:  # one owner's share: its own series and fact (``synth.findings.facts.same_measured_thing``)
                p.measures, p.head = frozenset({share[0]}), share[0]
                p.owner, p.owner_name = share[1], share[2]
                p.owner_named = share[1] is not None
                p.bare = share[1] is None  # a share of no named owner (``penyerapannya ... 50%``) meets no other
                p.level = True  # a share spent so far grows through the year: a reading at its day, as a close is
            art_points.append((key, p))
            if not (delta or base):  # counted under its key once the keys are final (a change may move it below)
                slots[id(p)] = (q.sentence, mode, p.owner if share else rate_measure(p))
        for i, (key, p) in enumerate(art_points):
            if key[1] is None and not (p.delta or p.base):
                # ``400 ribu pasien ..., melonjak menjadi 2,8 juta peserta``: one group then and now, one series
                start = changed_count_start(corpus.text(a, p.q.sentence), p.q, by_sentence.get(p.q.sentence, ()))
                was = next(((k, r) for k, r in art_points if r.q is start and k != key and k[1] is None), None)
                if was is not None:
                    art_points[i] = (was[0], p)
                    p.subject = was[1].subject
        for key, p in art_points:  # a moved count is a value of its new key only, not of the noun it was worded by
            if id(p) in slots:
                values.setdefault((key, *slots[id(p)]), set()).add(p.q.value)
        for _key, p in art_points:
            if id(p) in listed:  # ``..., serta 276 SPBU``: the act and things of the count before it in the sentence
                prev = max((r for _k, r in art_points if r.q.sentence == p.q.sentence and r.q.end <= p.q.start),
                           key=lambda r: r.q.start, default=None)
                if prev is not None and prev.deed is not None:
                    p.deed = (prev.deed[0], p.deed[1] | prev.deed[1]) if p.deed else prev.deed
        money_names(corpus, a, art_points)
        list_items(corpus, a, art_points)
        for key, p in art_points:  # whose a bare money noun's amount is (``items.money_subject``)
            noun = p.money if key[0] == key[1] else key[0]
            if p.q.unit in CURRENCIES and noun in figure_cues.BARE_MONEY_NOUNS and not p.entry:
                p.subject_of = money_subject(corpus.text(a, p.q.sentence), p.q, noun)
        for key, p in art_points:
            if p.exchange is None:
                p.exchange = near_rate(key, p, art_points)
        for _key, p in art_points:
            if not (p.delta or p.base):
                p.prior = prior_level(corpus.text(a, p.q.sentence), p.q, of_unit[(p.q.sentence, p.q.unit)], moves)
        pairs = {p.exchange for _k, p in art_points if p.exchange and p.exchange[1]}
        if len(pairs) == 1:  # ``rupiah berada di level Rp 16.383`` in a report of the rupiah against the dollar
            pair = pairs.pop()
            for _k, p in art_points:
                if p.exchange and p.exchange[0] == pair[0]:
                    p.exchange = pair
        for key, p in art_points:
            if p.bare and any(r.q.sentence == p.q.sentence and k2 == key and not r.bare and r.mode != p.mode
                              for k2, r in art_points):
                # ``target 1 juta unit terpasang di mobil ... baru terealisasi 135.000 unit``: the value reached
                # counts what its target under the same counter counts (``bare_counter``)
                p.bare = False
        # counts with no noun of their own (``11 sisanya``, ``86 lainnya``) continue the sentence's count
        rest: dict[int, set[float]] = {}
        for q in ev.quantities:
            if q.unit is None and (q.noun is None or q.noun.casefold() in figure_cues.ANAPHORIC_COUNT_NOUNS):
                rest.setdefault(q.sentence, set()).add(q.value)
        totals: dict[tuple[tuple[str, str | None], int], list[Point]] = {}  # marked totals by key and sentence
        for key, r in art_points:
            if r.total:
                totals.setdefault((key, r.q.sentence), []).append(r)
        for key, p in art_points:
            # a target beside its realisation is no breakdown, nor are the shares of a list's owners
            # a profit per litre is no second value of the price per litre beside it (``rate_measure``)
            mine = values.get((key, p.q.sentence, p.mode, p.owner if p.head in SHARE_NAMES else rate_measure(p)), set())
            if key[1] is None and key[0] not in figure_cues.ANAPHORIC_COUNT_NOUNS:
                mine = mine | rest.get(p.q.sentence, set())
            wholes = {r.q.value for r in totals.get((key, p.q.sentence), ()) if part_of(corpus.text(a, p.q.sentence), p, r)}
            p.shared = len(mine - wholes) > 1  # ``255 SPBU ..., dari total 264 SPBU``: the part is read, not listed
            groups.setdefault(key, []).append(p)
    for pts in groups.values():
        pts.sort(key=lambda p: (p.date is None, p.date or dt.date.min, corpus.time_key(p.article, p.q.sentence)))
    return groups


def _end(q: Quantity) -> int:
    """An amount's end offset: the amount ``exchange.converted`` restates is the one ending last before it."""
    return q.end


def list_items(corpus: Corpus, a: int, art_points: Sequence[tuple[tuple[str, str | None], Point]]) -> None:
    """The money amounts of article ``a`` (``art_points``) that are items of a list or parts of a whole
    (``synth.figures.items``): a stock's price beside its code is ``harga saham`` (``items.stock_price``), an item's
    total beside another amount of its sentence (``Rp 400 ribu, total Rp 7 triliun``) is its ``total``, and the
    unnamed parts after ``yaitu`` of a whole stated before them are marked (``Point.part``: no value of a series). Run
    after ``money_names``, which names what the amounts are of."""
    by_sentence: dict[tuple[int, str | None], list[Quantity]] = {}
    for _key, p in art_points:
        if p.q.unit in CURRENCIES:
            by_sentence.setdefault((p.q.sentence, p.q.unit), []).append(p.q)
    parts = {s: unnamed_parts(corpus.text(a, s), qs) for (s, _u), qs in by_sentence.items() if len(qs) >= 3}
    stock_words: dict[int, list[str]] = {}

    def sentence_words(s: int) -> list[str]:
        if s not in stock_words:
            stock_words[s] = words(corpus.text(a, s))
        return stock_words[s]

    for key, p in art_points:
        if p.q.unit not in CURRENCIES or key[0] != key[1] or p.money not in (None, "harga"):
            continue
        if p.money is not None:  # ``harga saham PT Contoh Tbk (CNTH) naik menjadi Rp 1.234``: the stock's price
            if stock_price(p.entry, sentence_words(p.q.sentence)):
                p.money = figure_cues.STOCK_PRICE_NAME
        elif p.q.start in parts.get(p.q.sentence, ()) and p.purpose is None and not p.entry:
            p.part = True
        elif p.entry and p.total and any(r.q.sentence == p.q.sentence and r.q.unit == p.q.unit and not r.total
                                         and r is not p for _k, r in art_points):
            p.money = figure_cues.TOTAL_NAME  # ``-Program X: ..., Rp 400 ribu, total Rp 7 triliun``: the item's total
        elif stock_price(p.entry, sentence_words(p.q.sentence)):
            p.money = figure_cues.STOCK_PRICE_NAME
    # amounts of one money noun in one sentence, each its noun told apart by the words after it (``modifier_items``)
    of_noun: dict[tuple[int, str, str | None], list[Point]] = {}
    for _key, p in art_points:
        if p.q.unit in CURRENCIES and p.money and not p.entry and in_table(p):
            of_noun.setdefault((p.q.sentence, p.money, p.q.unit), []).append(p)
    for (s, _money, _unit), pts in of_noun.items():
        if len(pts) >= 2 and len({p.q.value for p in pts}) == len(pts):
            named = modifier_items(corpus.text(a, s), [p.q for p in pts])
            for p in pts:
                if p.q.start in named:  # read after ``series_qualifiers``: its qualifier is added here
                    p.entry = named[p.q.start]
                    p.qualifiers += (p.entry,)


def recalls_figure(corpus: Corpus, a: int, s: int) -> bool:
    """Sentence ``s`` of article ``a`` repeats a figure as another party's earlier statement: one of its amounts that
    a figure is kept of (``figure_key``) has a recalled party (``recalled_party``, read in its clause as
    ``figure_points`` reads it for ``Point.recall``). The summaries ask it of the sentences they cite: such a
    sentence supports the first report of the statement, it is no second source of it. Read once per sentence and
    corpus (a sentence is cited by many candidates)."""
    memo = corpus.figure_recalls
    if (a, s) not in memo:
        text = corpus.text(a, s)
        qs = [q for q in corpus.articles[a].quantities if q.sentence == s and figure_key(q) is not None]
        toks = sentence_tokens(text) if qs else None
        memo[(a, s)] = any(recalled_party(text, q, amount_clause(text, q.start, q.end, toks)) for q in qs)
    return memo[(a, s)]
