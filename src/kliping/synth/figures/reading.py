"""Figures: the storyline's numbers grouped by what they count or measure.

Quantities group by their counted noun (lemma from the extractor), mapped through a small synonym
table so that words for the same thing compare (``butir``/``selongsong``/``peluru`` -> ``peluru``).
Without a noun, money and measures group by their unit (all ``USD`` amounts); bare percentages and
ratios are skipped, since "12%" of unknown things is not comparable with another "12%".

Each occurrence (``Point``) also records what kind of statement carries it, read from its sentence
(``lang.id.figure_cues``): a scenario, a target, the size of a movement, a level read at its own
time, one of several values of its figure in one sentence (a breakdown or a comparison), and the
years and months the sentence names. ``synth.findings`` compares only what these allow
(docs/dossier.md, "Measuring the findings").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from kliping.lang.id import figure_cues, numbers
from kliping.model import Evidence, Figure, FigureValue, Quantity
from kliping.synth.corpus import Corpus, words
from kliping.synth.figures.clauses import _TOKEN, Clause, Tokens, _verb_like, amount_clause, sentence_tokens
from kliping.synth.figures.counts import (
    amount_role,
    bare_counter,
    breakdown_item,
    continues_list,
    count_deed,
    count_subject,
    counted_nouns,
    counter_noun,
    group_value,
    part_of,
    people_groups,
    people_join,
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
from kliping.synth.figures.keys import abbreviations, figure_key, rate_name
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
    whole_of_part,
)
from kliping.synth.figures.modes import (
    aim_words,
    amount_forecast,
    amount_mode,
    amount_plan,
    points_back,
    statement_mode,
)
from kliping.synth.figures.money import CURRENCIES, _money_word, money_measure, money_names
from kliping.synth.figures.moves import article_moves, is_base, moved_rate, prior_level
from kliping.synth.figures.places import amount_scene, article_places, crowd_place, crowd_places, scene_places
from kliping.synth.figures.point import Point
from kliping.synth.recalls import occasion_qualifier, recalled_party
from kliping.text.patterns import alternation

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
        if w in figure_cues.EXCHANGE_CONVERSION_WORDS or _money_word(w):
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


def converted(text: str, q: Quantity, mates: Sequence[Quantity]) -> bool:
    """``q`` restates the money amount right before it in another currency: ``US$ 120 juta atau Rp 1,9 triliun``,
    ``USD 2 juta (setara Rp 31,8 miliar)``, ``68,40 dollar AS—setara Rp 1,1 juta—per barel``, ``US$ 5,2 juta atau bila
    dirupiahkan dengan kurs hari itu senilai Rp 82 miliar``. Only the words of ``figure_cues.CONVERSION_LINK_WORDS``
    stand between, at most ``CONVERSION_MAX_WORDS``, one of them a mark (``CONVERSION_MARKS``) or a bracket or dash
    opening. The reported value is the first; the second is one currency converted to another, at a rate of the
    writer's choosing: tabled, it is a sum of no name (``IDR``) or a second series of the first's figure, and two
    outlets converting at two rates would seem to disagree. An amount of one unit converted (``setiap US$ 1 atau Rp
    16.040``) is an exchange rate, and stays."""
    if q.unit not in CURRENCIES:
        return False
    before = [m for m in mates if m.unit in CURRENCIES and m.end <= q.start]
    if not before:
        return False
    r = max(before, key=lambda m: m.end)
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


SHARE_NAMES = frozenset(figure_cues.SHARE_WORDS.values())
_SHARE_ITEM_BREAK = re.compile(r"[,;]|\b(?:" + alternation(figure_cues.SHARE_ITEM_BREAKS) + r")\b", re.IGNORECASE)


def _share_word(toks: Tokens, lo: int, at: int) -> str | None:
    """The series name of the last share word (``figure_cues.SHARE_WORDS``) among the words of ``toks`` in
    ``[lo, at)``, at most ``SHARE_GAP`` words before ``at``, with the offset it ends at; else None."""
    for _o, w in reversed(toks.within(lo, at)[-figure_cues.SHARE_GAP :]):
        if w in figure_cues.SHARE_WORDS:
            return figure_cues.SHARE_WORDS[w]
    return None


def share_measures(ev: Evidence, s: int, text: str, toks: Tokens, prev: str,
                   orgs: dict[tuple[int, int], str]) -> dict[int, tuple[str, str | None, str | None]]:
    """The percentages of no noun of sentence ``s`` that are shares of a budget spent (``figure_cues.SHARE_WORDS``:
    ``penyerapan anggaran Kementerian A sekitar 52%``), by start offset: ``(series name, owner entity, owner as
    written)``. A share word in the amount's clause at most ``SHARE_GAP`` words before names it; a sentence of two
    percentages or more with none continues the share of the sentence before (``prev``) when that names one (a
    list: ``Badan A 16,9%, Kementerian B 48,2%, dan Kementerian C 32,8%``). The owner is the organisation named last
    before the amount in its list item (from the last comma or ``dan``: ``figure_cues.SHARE_ITEM_BREAKS``) after the
    share word, else the owner of the amount before it in that item (``Kementerian B sedikit di bawah 60% di angka
    55,1%``). A bound (``di bawah 50%``) its owner's exact value in the sentence meets says that value again and is
    left out. Owners keep the shares of a list apart: one organisation's share is no later reading of another's."""
    pct = sorted((q for q in ev.quantities if q.sentence == s and q.unit == "%" and not q.noun), key=lambda q: q.start)
    if not pct:
        return {}
    named: dict[int, str] = {}
    for q in pct:
        clause = amount_clause(text, q.start, q.end, toks)
        name = _share_word(toks, clause[0], q.start)
        if name:
            named[q.start] = name
    if not named and len(pct) >= 2 and prev:
        ptoks = sentence_tokens(prev)
        name = next((figure_cues.SHARE_WORDS[w] for _o, w in ptoks if w in figure_cues.SHARE_WORDS), None)
        if name and any(q.unit == "%" for q in ev.quantities if q.sentence == s - 1):
            named = {q.start: name for q in pct}
    out: dict[int, tuple[str, str | None, str | None]] = {}
    mentions = {(m.sentence, m.start): m.text for m in ev.mentions if m.type == "ORG" and m.entity}
    last_owner: tuple[str | None, str | None] = (None, None)
    item_start = -1
    for q in pct:
        if q.start not in named:
            continue
        breaks = [m.end() for m in _SHARE_ITEM_BREAK.finditer(text, 0, q.start)]
        lo = breaks[-1] if breaks else 0
        share_at = [o for o, w in toks.within(lo, q.start) if w in figure_cues.SHARE_WORDS]
        lo = max([lo, *share_at])
        found = [(o, orgs[(s, o)]) for o, _w in toks.within(lo, q.start) if (s, o) in orgs]
        if found:
            o, ent = found[-1]
            last_owner = (ent, mentions.get((s, o)))
        elif lo != item_start:
            last_owner = (None, None)
        item_start = lo
        out[q.start] = (named[q.start], *last_owner)
    exact = {(out[q.start][1], q.value) for q in pct if q.start in out and q.modifier in (None, "exact", "about")}
    for q in pct:
        if q.start in out and out[q.start][1] and q.modifier in figure_cues.SHARE_BOUNDS:
            below = q.modifier in figure_cues.SHARE_BOUNDS_BELOW
            if any(o == out[q.start][1] and (v <= q.value if below else v >= q.value) for o, v in exact):
                del out[q.start]
    return out


def figure_points(corpus: Corpus, article_idx: Sequence[int]) -> dict[tuple[str, str | None], list[Point]]:
    """Quantities of the articles grouped by ``figure_key``, in time order."""
    groups: dict[tuple[str, str | None], list[Point]] = {}
    aliases = abbreviations(corpus, article_idx)
    counted = counted_nouns(corpus, article_idx, aliases)
    for a in sorted(article_idx, key=corpus.time_key):
        ev = corpus.articles[a]
        n = len(ev.doc.sentences)
        named = {(t.sentence, (t.value or "")[:10]) for t in ev.times if t.type == "DATE" and t.granularity == "day"}
        dates = sentence_dates(ev, corpus.dates[a])
        copied = copied_plan_days(ev, corpus.dates[a])
        periods = sentence_periods(ev)
        countries = article_countries(ev)
        orgs = article_orgs(ev)
        places = article_places(ev)
        moves = article_moves(ev)
        scene_at = scene_places(ev)
        crowd_at = crowd_places(ev)
        trading_day = lede_day(ev, corpus.dates[a], corpus.text(a, 0) if n else "")
        lede = words(corpus.text(a, 0)) if n else []
        values: dict[tuple[tuple[str, str | None], int, str], set[float]] = {}
        kinds: dict[int, tuple[str, bool, bool, Tokens, frozenset[str]]] = {}
        art_points: list[tuple[tuple[str, str | None], Point]] = []
        listed: set[int] = set()  # points whose clause continues a list with no act of its own (``continues_list``)
        money_at: dict[int, list[int]] = {}  # per sentence, where its money amounts start (``money_measure``)
        groups_of = people_groups(ev.quantities, aliases)
        nouns_at: dict[int, frozenset[str]] = {}  # per sentence, the nouns its quantities count (``aim_words``)
        by_sentence: dict[int, list[Quantity]] = {}
        shares: dict[int, dict[int, tuple[str, str | None, str | None]]] = {}  # per sentence (``share_measures``)
        for q in ev.quantities:
            by_sentence.setdefault(q.sentence, []).append(q)
            if q.unit in CURRENCIES:
                money_at.setdefault(q.sentence, []).append(q.start)
            if q.noun:
                nouns_at[q.sentence] = nouns_at.get(q.sentence, frozenset()) | {q.noun.casefold()}
        for q in ev.quantities:
            key = figure_key(q, aliases)
            share = None
            if key is None and q.unit == "%" and 0 <= q.sentence < n:  # a share of a budget spent, by its owner
                if q.sentence not in shares:
                    stext = corpus.text(a, q.sentence)
                    shares[q.sentence] = share_measures(ev, q.sentence, stext, sentence_tokens(stext),
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
                                     sentence_tokens(text), sentence_grades(sw))
            smode, level, pointed, toks, grades = kinds[q.sentence]
            clause = amount_clause(text, q.start, q.end, toks)  # once per amount: every reading below is of its clause
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
                key = moved_rate(text, q, by_sentence.get(q.sentence, ()), aliases) or key
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
            p.converted = converted(text, q, mates)
            p.subject = count_subject(q, toks, clause) if key[1] is None else None
            p.item = breakdown_item(q, toks, clause) if key[1] is None else None
            if key[1] in CURRENCIES and key[0] == key[1]:  # a money amount of no noun: what it is an amount of
                p.money = money_measure(q, toks, clause, money_at.get(q.sentence, ()))
            elif key[1] is not None and key[0] == key[1]:  # a physical amount of no noun: what it measures
                p.dimension = amount_dimension(q, toks, mates)
            if key[1] in CURRENCIES and (key[0] == key[1] or key[0].startswith("per ")):
                p.exchange = exchange_rate(q, toks, clause, key[0], lede)  # ``kurs rupiah``, not ``IDR``
            p.role = amount_role(q, toks, clause, by_sentence.get(q.sentence, ()))
            p.place = crowd_place(q, toks, clause, crowd_at.get(q.sentence, ()), mates)
            p.qualifiers = series_qualifiers(p, toks, clause)
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
            if share:  # one owner's share: its own series and fact (``synth.findings.same_measured_thing``)
                p.measures, p.head = frozenset({share[0]}), share[0]
                p.owner, p.owner_name = share[1], share[2]
                p.owner_named = share[1] is not None
                p.bare = share[1] is None  # a share of no named owner (``penyerapannya ... 50%``) meets no other
                p.level = True  # a share spent so far grows through the year: a reading at its day, as a close is
            art_points.append((key, p))
            if not (delta or base):
                values.setdefault((key, q.sentence, mode, p.owner if share else rate_measure(p)), set()).add(q.value)
        for _key, p in art_points:
            if id(p) in listed:  # ``..., serta 276 SPBU``: the act and things of the count before it in the sentence
                prev = max((r for _k, r in art_points if r.q.sentence == p.q.sentence and r.q.end <= p.q.start),
                           key=lambda r: r.q.start, default=None)
                if prev is not None and prev.deed is not None:
                    p.deed = (prev.deed[0], p.deed[1] | prev.deed[1]) if p.deed else prev.deed
        money_names(corpus, a, art_points)
        for key, p in art_points:
            if p.exchange is None:
                p.exchange = near_rate(key, p, art_points)
        for _key, p in art_points:
            if not (p.delta or p.base):
                p.prior = prior_level(corpus.text(a, p.q.sentence), p.q, by_sentence.get(p.q.sentence, ()), moves)
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
        ok = (w.isalnum() and not w.isdigit() and w != "per" and not _verb_like(w) and w not in figure_cues.GRADE_NAMES
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


def recalls_figure(corpus: Corpus, a: int, s: int) -> bool:
    """Sentence ``s`` of article ``a`` repeats a figure as another party's earlier statement: one of its amounts that
    a figure is kept of (``figure_key``) has a recalled party (``recalled_party``, read in its clause as
    ``figure_points`` reads it for ``Point.recall``). The summaries ask it of the sentences they cite: such a
    sentence supports the first report of the statement, it is no second source of it. Read once per sentence and
    corpus (a sentence is cited by many candidates)."""
    memo: dict[tuple[int, int], bool] = corpus.__dict__.setdefault("_recalls_figure", {})
    if (a, s) not in memo:
        text = corpus.text(a, s)
        qs = [q for q in corpus.articles[a].quantities if q.sentence == s and figure_key(q) is not None]
        toks = sentence_tokens(text) if qs else None
        memo[(a, s)] = any(recalled_party(text, q, amount_clause(text, q.start, q.end, toks)) for q in qs)
    return memo[(a, s)]


def in_series(p: Point) -> bool:
    """A value of the thing its figure tracks: not the size of a movement, not where a movement
    started (a past value the report dates by itself), not a scenario's value, not a conversion of another
    amount into another currency (``Point.converted``)."""
    return not p.delta and not p.base and p.mode != "conditional" and not p.converted


def sentence_grades(words_of_sentence: set[str]) -> frozenset[str]:
    """The benchmark grades a sentence names (``figure_cues.GRADE_NAMES``; ``light sweet`` and ``West Texas
    Intermediate`` written out are WTI: ``GRADE_ALIASES``)."""
    return frozenset(words_of_sentence & figure_cues.GRADE_NAMES) | frozenset(
        g for w, g in figure_cues.GRADE_ALIASES.items() if w in words_of_sentence)


def amount_grade(q: Quantity, toks: Tokens, clause: Clause, grades: frozenset[str]) -> str | None:
    """The benchmark grade an amount prices: the last grade name (``figure_cues.GRADE_NAMES``, ``GRADE_ALIASES``)
    before it in its clause (``WTI ... 71,20 dollar, sementara Brent ... 75,40 dollar``), else the only one its
    sentence names, unless a word turning to another thing (``sedangkan``: ``GRADE_BREAKS``) stands between."""
    lo, hi = clause
    named = [(o, figure_cues.GRADE_ALIASES.get(w, w)) for o, w in toks.within(lo, hi)
             if w in figure_cues.GRADE_NAMES or w in figure_cues.GRADE_ALIASES]
    before = [g for o, g in named if o < q.start]
    if before or named:  # the clause's own grade: before the amount, else after it (``55 dollar untuk WTI``)
        return before[-1] if before else named[0][1]
    if len(grades) != 1:
        return None
    last_grade = max((o for o, w in toks.within(0, q.start) if w in figure_cues.GRADE_NAMES
                      or w in figure_cues.GRADE_ALIASES), default=None)
    if last_grade is None or any(w in figure_cues.GRADE_BREAKS for _o, w in toks.within(last_grade + 1, q.start)):
        return None
    return next(iter(grades))


def series_qualifiers(p: Point, toks: Tokens, clause: Clause) -> tuple[str, ...]:
    """What sets an amount's table series apart from others of its noun and unit: a target (``Point.mode``) or a
    plan (``Point.plan``: ``akan menjangkau 35 juta keluarga``, ``direncanakan sebesar``), both a value still to come
    and named alike (``figure_cues.AIM_QUALIFIER``), a role (``Point.role``:
    ``warga (luka)``, ``IDR (sitaan)``), a cost or an average (``figure_cues.SERIES_QUALIFIERS`` before it in its clause) and the benchmark grade
    it prices (``amount_grade``). A Brent price, a WTI price, a production cost and an aim are four series."""
    lo, _hi = clause
    out = [figure_cues.AIM_QUALIFIER] if p.mode == "target" or p.plan else []  # one name for aims and plans
    if p.role:
        out.append(p.role)
    if p.place:
        out.append(f"di {p.place}")
    for _o, w in toks.within(lo, p.q.start):
        tag = figure_cues.SERIES_QUALIFIERS.get(w)
        if tag and tag not in out:
            out.append(tag)
    if whole_of_part(p.q, toks, clause):
        out.append("total")
    grade = amount_grade(p.q, toks, clause, p.grades)
    if grade:
        out.append(grade)
    return tuple(out)


def rate_points(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """A basis-point amount with no noun moves an interest rate its clause names before it (``Rusia menaikkan suku
    bunganya 650 bps``: ``figure_cues.RATE_BP_HEADS``), so it belongs to that rate's series, where ``650 basis poin
    suku bunga`` of another report already stands; a bare ``bp`` series would hold one move twice."""
    ws = [w for _o, w in toks.within(clause[0], q.start)]
    return any(a == figure_cues.RATE_BP_FIRST and b in figure_cues.RATE_BP_HEADS for a, b in pairwise(ws))


def measured_thing(about: str, unit: str | None, p: Point, heads: set[str]) -> tuple[str, ...]:
    """The stock or flow (``Point.head``) that names the series of an amount whose key is only a rate or a unit
    (``per hari``, ``bbl``), when the amounts of that key name at least two (``heads``): ``produksi 9 juta barel per
    hari`` and ``ekspor 2,9 juta barel per hari`` are two series, as the findings already hold them apart
    (``synth.findings.comparable``). A key whose amounts name one flow only keeps one series (``2.500 ton`` and
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
    (``synth.findings.comparable`` already holds named owners apart). A series of one named owner only keeps its
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
                if p.exchange:  # ``kurs rupiah (per dolar AS)``, whether written ``Rp 16.239/US$`` or ``Rp 16.239``
                    head, code = p.exchange
                    if code:
                        quals = (f"per {figure_cues.EXCHANGE_PAIR_NAMES.get(code, code)}", *quals)
                elif priced_rate((about, unit)):
                    quals += rate_series_product(p)
                quals += (p.as_of,) if p.as_of and "/" in p.as_of else ()  # a total over years (``2022/2024``)
                named.setdefault((f"{head} ({', '.join(quals)})" if quals else head, unit), []).append(p)
        for (name, unit_), pts in named.items():
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


def build_figures(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]],
                  series: dict[tuple[str, str | None], list[Point]] | None = None) -> list[Figure]:
    """One Figure per group and qualifier (``series_qualifiers``: ``per barel (Brent)``, ``shown_series_name``),
    most-reported first. ``series`` is ``table_series(points)`` when the caller has it already (the findings name
    themselves by the same series, ``synth.findings.name_by_series``): it is computed once per storyline.
    The size of a movement (``turun 1,03 dollar AS``), a scenario's value (``kalau harga minyak 60 dollar AS``),
    and a forecast are not values of the thing a figure tracks, so they stay out of its series (they
    remain in the articles' own evidence: ``in_table``), and nouns that measure nothing (``dua kali``,
    ``tiga jenis``: ``figure_cues.NON_MEASURE_NOUNS``) make no series."""
    figs = []
    if series is None:
        series = table_series(points)
    series = best_series_only({key: once_per_article(pts) for key, pts in series.items()})
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
        for w in _TOKEN.findall(text):
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
        name = _TOKEN.sub(lambda m: forms.get(m.group(0), m.group(0)) if m.group(0) != unit_key else m.group(0), name)
    head, sep, quals = name.partition(" (")
    if not sep or not quals.endswith(")"):
        return name
    shown = [figure_cues.GRADE_SHOWN.get(x, x) for x in quals[:-1].split(", ")]
    return f"{head} ({', '.join(shown)})"
