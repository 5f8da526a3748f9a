"""Updates an article states itself: a change from one value to another told in one sentence
(``sentence_changes``), in a sentence continuing the one before (``_continued_change``), or by a new level whose
earlier value another sentence of the article gives (``_earlier_value``); collected by ``stated_changes``.

This is reading the sentence's words (``dari``, ``menjadi``, verbs of change), not comparing reports, and it
is the largest single concern of the findings, so it has its own module.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from kliping.lang.id import calendar, figure_cues
from kliping.model import Evidence, Finding, Quantity
from kliping.synth.corpus import Corpus, content_words, stop_words
from kliping.synth.figures import CURRENCIES, amount_clause, figure_key, money_measure, sentence_tokens
from kliping.synth.figures.money import list_intro_money
from kliping.synth.findings.facts import FACT_COSINE
from kliping.synth.findings.intervals import PLURAL_RANGES, changed
from kliping.synth.findings.items import cited_item
from kliping.text.patterns import WORD


def _same_counted(x: Quantity, y: Quantity) -> bool:
    """The old and the new value of a stated change measure one thing: the same unit, and for counts the same
    noun (``figure_key``), no noun on one side (``dikurangi menjadi 11 ribu``: the count of the sentence before),
    or two nouns of people (``figure_cues.PEOPLE_NOUNS``: ``peserta`` then ``orang``)."""
    if x.unit != y.unit:
        return False
    if x.unit is not None and figure_key(x) == figure_key(y):
        return True
    nx, ny = (" ".join(q.noun.casefold().split()) if q.noun else "" for q in (x, y))
    if not nx or not ny or nx == ny:
        return True
    return nx in figure_cues.PEOPLE_NOUNS and ny in figure_cues.PEOPLE_NOUNS


class _Sentence:
    """One sentence's words with their offsets, read once for all its values (``sentence_changes`` and
    ``_continued_change`` look at the words before, between and after each value)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = [(m.start(), m.group().casefold()) for m in WORD.finditer(text)]

    def before(self, end: int) -> list[str]:
        """Words ending at or before ``end``."""
        return [w for o, w in self.toks if o + len(w) <= end]

    def between(self, start: int, end: int) -> list[str]:
        return [w for o, w in self.toks if o >= start and o + len(w) <= end]

    def clause_before(self, end: int) -> list[str]:
        """Words of ``end``'s clause before it (the text cut at ``,``, ``;``, ``:``)."""
        cut = max(self.text.rfind(c, 0, end) for c in ",;:")
        return self.between(cut + 1, end)




def _to_new_value(sent: _Sentence, q: Quantity) -> bool:
    """A word of CHANGE_TO stands at most ``CHANGE_GAP`` words before ``q`` in its clause (``menjadi sebesar Rp 90.000``)."""
    ws = sent.clause_before(q.start)[-(figure_cues.CHANGE_GAP + 1) :]
    if any(w in figure_cues.CHANGE_TO for w in ws):
        return True
    # ``turun lagi pada angka 676 ton``: "to the level of" right before the value, after a verb of change
    return len(ws) >= 3 and tuple(ws[-2:]) in figure_cues.NEW_LEVEL_PHRASES and _change_verb(sent.clause_before(q.start))


def _becomes(sent: _Sentence, q: Quantity) -> bool:
    """``menjadi``/``jadi`` (``figure_cues.CHANGE_BECOMES``) stands at most ``CHANGE_GAP`` words before ``q`` in its
    clause: ``dari 300 sekolah menjadi 450 sekolah`` states the change with no verb of its own (``ke`` needs one:
    ``dari 3 gudang ke 12 kecamatan`` is a route)."""
    ws = sent.clause_before(q.start)[-(figure_cues.CHANGE_GAP + 1) :]
    return any(w in figure_cues.CHANGE_BECOMES for w in ws)


def _rank(sent: _Sentence, q: Quantity) -> bool:
    """``q`` is a rank or a numbered point (``posisi 1``, ``titik 8``: ``figure_cues.RANK_WORDS`` right before it)."""
    ws = sent.before(q.start)
    return bool(ws) and ws[-1] in figure_cues.RANK_WORDS


def _from_old_value(sent: _Sentence, q: Quantity) -> bool:
    """``dari`` stands before ``q`` in its clause, right before it or before a short phrase of a past value (``dari
    sebelumnya 39%``, ``dari level 5.000``: ``figure_cues.CHANGE_BASE_GAP`` words only, at most ``BASE_GAP_MAX``;
    not ``dari kuota awal 13 ribu``, whose ``kuota awal`` names the figure, nor ``dari posisi 3``, a rank)."""
    ws = sent.clause_before(q.start)
    for i in range(len(ws) - 1, -1, -1):
        if ws[i] == "dari":
            gap = ws[i + 1 :]
            return len(gap) <= figure_cues.BASE_GAP_MAX and all(w in figure_cues.CHANGE_BASE_GAP for w in gap)
    return False


def _change_verb(ws: Sequence[str]) -> bool:
    return any(w in figure_cues.CHANGE_VERBS for w in ws)


def _realised(ws: Sequence[str]) -> bool:
    """No word before the new value makes the change a proposal, plan, forecast, wish or premise
    (``figure_cues.UNREALISED_CHANGE_CUES``: ``mengusulkan menaikkan ... menjadi``): the value has not moved."""
    return not any(w in figure_cues.UNREALISED_CHANGE_CUES for w in ws)


def _clause_break(mid: str) -> bool:
    """The text between two values holds ``;`` or a comma before a word of contrast (``figure_cues.
    CHANGE_CLAUSE_BREAKS``: ``5 persen, sedangkan pajak diturunkan menjadi 8 persen``): another clause, whose value
    is no new value of the first's."""
    if ";" in mid:
        return True
    return any(m.group(1).casefold() in figure_cues.CHANGE_CLAUSE_BREAKS for m in re.finditer(r",\s*(\w+)", mid))


def _base_of(sent: _Sentence, q: Quantity) -> str | None:
    """What ``q`` is a share of or where it holds: the noun after ``terhadap``/``di`` right after it (``38 persen
    terhadap PDB``, ``30 persen di desa``; ``figure_cues.BASE_OF_WORDS``), not a word of time; None when none."""
    ws = [w for o, w in sent.toks if o >= q.end][:2]
    if len(ws) == 2 and ws[0] in figure_cues.BASE_OF_WORDS and ws[1].isalpha():
        return None if ws[1] in figure_cues.BASE_OF_TIME_WORDS else ws[1]
    return None


# Words of the change itself, no part of the noun a value carries (``_own_noun``).
_CHANGE_WORDS = figure_cues.CHANGE_VERBS | figure_cues.CHANGE_TO | figure_cues.MOVEMENT_GAP


def _own_noun(sent: _Sentence, q: Quantity, end: int) -> tuple[str, ...]:
    """The noun ``q`` carries: its extracted noun and the words after it up to ``end`` that are no word of the change
    (``30 orang siswa ditambah``: ``orang siswa``)."""
    tail = tuple(w for w in sent.between(q.end, end) if w not in _CHANGE_WORDS)
    return (*(q.noun or "").casefold().split(), *tail)


def _middle_breaks(sent: _Sentence, x: Quantity, between: Sequence[Quantity], y: Quantity) -> bool:
    """A value between the old and the new one names its own thing (``30 orang siswa ditambah 20 orang guru menjadi
    50 orang``: a sum, ``ditambah`` "plus"), not the size of the movement (``dari Rp 2.250 turun Rp 450 menjadi``)."""
    for i, z in enumerate(between):
        nxt = between[i + 1].start if i + 1 < len(between) else y.start
        own = _own_noun(sent, z, nxt)
        if own and own != _own_noun(sent, x, z.start):
            return True
    return False


def sentence_changes(text: str, qs: Sequence[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The changes one sentence states (``qs``: its quantities in text order): ``dari`` and an old value, then (at
    most ``2 * CHANGE_GAP + 1`` words on, in the same clause (``_clause_break``), only a movement's size between:
    ``dari Rp 2.250 turun Rp 450 menjadi Rp 1.800``, ``_middle_breaks``) a word of CHANGE_TO and a new value of the
    same thing (``_same_counted``; no rank, ``_rank``; no share of another base, ``_base_of``), a verb of change
    (``figure_cues.CHANGE_VERBS``) in the sentence before the new value or ``menjadi`` right before it (``_becomes``:
    ``tarif dari Rp 2.000 menjadi Rp 2.500``), no word of a plan or proposal (``_realised``), and the values
    different (``changed``). The sentence's words are read once (``_Sentence``)."""
    out: list[tuple[Quantity, Quantity]] = []
    sent: _Sentence | None = None
    for i, x in enumerate(qs):
        if "dari" not in text[: x.start].casefold():
            continue
        sent = sent or _Sentence(text)
        if not _from_old_value(sent, x) or _rank(sent, x):
            continue
        for j in range(i + 1, min(i + 3, len(qs))):
            y = qs[j]
            mid = text[x.end : y.start]
            if _clause_break(mid) or len(sent.between(x.end, y.start)) > 2 * figure_cues.CHANGE_GAP + 1:
                break
            if _middle_breaks(sent, x, qs[i + 1 : j], y):
                break
            lead = sent.before(y.start)
            bx, by = _base_of(sent, x), _base_of(sent, y)
            if (_to_new_value(sent, y) and _same_counted(x, y) and changed(x, y) and not _rank(sent, y)
                    and (bx is None or by is None or bx == by) and (_change_verb(lead) or _becomes(sent, y))
                    and _realised(lead)):
                out.append((x, y))
                break
            if not _change_verb(sent.between(x.end, y.start)):  # only the size of a movement may stand between
                break
    return out


def _prior_value(sent: _Sentence, qs: Sequence[Quantity], y: Quantity) -> Quantity | None:
    """The one value of the sentence that its clause marks as the earlier one (``awalnya ... 13 ribu peserta``:
    ``figure_cues.PRIOR_VALUE_CUES`` before it) and that measures what ``y`` measures; None when none or several."""
    found = [x for x in qs if _same_counted(x, y) and changed(x, y)
             and (set(sent.clause_before(x.start)) & figure_cues.PRIOR_VALUE_CUES or _earlier_year(x, y))]
    return found[0] if len(found) == 1 else None


def _earlier_year(x: Quantity, y: Quantity) -> bool:
    """Both values hold for a year their clauses name (``as_of``, ``extract.quantities``) and ``x``'s comes first:
    ``Pada 2021 ... 2.500 ton`` / ``Namun, hasilnya merosot ke 700 ton pada 2023``. The year says which is
    earlier, as ``awalnya`` would."""
    a, b = x.as_of or "", y.as_of or ""
    return len(a) == 4 and len(b) == 4 and a.isdigit() and b.isdigit() and a < b


def _clause_words(sent: _Sentence, q: Quantity) -> set[str]:
    """Content words of ``q``'s clause (``_clause_span``), before and after it (``content_words``)."""
    start, end = _clause_span(sent.text, q)
    return content_words(sent.text[start:end])


# Words that name no figure in a continued change: its cues, openers and pointers back (``_names_prior``).
_CHANGE_CUES = (figure_cues.CHANGE_VERBS | figure_cues.CHANGE_TO | figure_cues.CHANGE_CONTINUATION_OPENERS
                | figure_cues.CHANGE_POINTING_BACK | figure_cues.PRIOR_VALUE_CUES)


def _names_prior(prior: _Sentence, x: Quantity, before: Sequence[str]) -> bool:
    """The words before the new value name what the earlier value measured: a content word of its clause
    (``kuota ... 9 ribu`` / ``kuota tersebut dikurangi menjadi``; ``figure_cues.SAME_FIGURE_WORDS`` read as one:
    ``dijatah`` / ``kuota``). An opener alone (``Kini tarif ojek naik menjadi``
    after ``harga BBM``) says nothing of which figure changed."""
    same = figure_cues.SAME_FIGURE_WORDS
    named = {same.get(w, w) for w in set(before) - _CHANGE_CUES}
    return bool(named & {same.get(w, w) for w in _clause_words(prior, x) - _CHANGE_CUES})


def _clause_span(text: str, q: Quantity) -> tuple[int, int]:
    """Offsets of ``q``'s clause (the text cut at ``,;:``)."""
    cuts = [i for i in (text.find(c, q.end) for c in ",;:") if i >= 0]
    return max(text.rfind(c, 0, q.start) for c in ",;:") + 1, min(cuts, default=len(text))


def _stem(w: str) -> str:
    return w[:-3] if w.endswith("nya") and len(w) > 5 else w


def _things(ws: Iterable[str]) -> set[str]:
    return {figure_cues.MEASURED_THINGS[_stem(w)] for w in ws if _stem(w) in figure_cues.MEASURED_THINGS}


# Words after a product head that name no product: verbs and words of change, demonstratives, clause breaks
# (``_products``).
_NOT_PRODUCTS = (figure_cues.CHANGE_VERBS | figure_cues.CHANGE_AGAIN | figure_cues.CHANGE_TO
                 | figure_cues.DEMONSTRATIVES | figure_cues.CLAUSE_BREAK_WORDS | figure_cues.PRIOR_VALUE_CUES)


def _products(ws: Sequence[str]) -> set[str]:
    """The word right after a head of PRODUCT_HEADS (``produksi padi``, ``harga beras``, ``ekspor batu``): the
    product measured. Not after a head with ``-nya`` (``produksinya merosot``), not a verb, a word of change or a
    demonstrative."""
    out = set()
    for a, b in itertools.pairwise(ws):
        if (a in figure_cues.PRODUCT_HEADS and b.isalpha() and b not in _NOT_PRODUCTS
                and not b.startswith(figure_cues.VERB_PREFIXES)):
            out.add(b)
    return out - stop_words()


def _same_thing(earlier: Sequence[str], sent: _Sentence, y: Quantity) -> bool:
    """``y``'s clause measures what the earlier text (the sentence before, and the chain's sentences before it)
    measured, read when only the years order the two values (``figure_cues.VARIETY_WORDS``): no capitalised name,
    grade or product the earlier text lacks, and the same stock or flow when both name one. ``ekspor batu bara
    Indonesia`` / ``ekspor batu bara Australia turun menjadi``, ``produksi padi`` / ``produksi jagung kembali naik``,
    ``stok beras`` / ``impor beras turun``: two things, no update."""
    known = {w.casefold() for t in earlier for w in WORD.findall(t)}
    start, end = _clause_span(sent.text, y)
    first = sent.toks[0][0] if sent.toks else -1
    raw = [(m.start() + start, m.group()) for m in WORD.finditer(sent.text[start:end])]
    ws = [w.casefold() for _, w in raw]
    if any(o != first and w[0].isupper() and w.casefold() not in known
           and w.casefold() not in figure_cues.NAME_NOT_OWNER and w.casefold() not in calendar.MONTHS
           for o, w in raw):
        return False
    if (set(ws) & figure_cues.VARIETY_WORDS) - known or _products(ws) - known:
        return False
    new, old = _things(ws), _things(known)
    return not (new and old and not new & old)


def _continued_change(prev: str, prev_qs: Sequence[Quantity], text: str, qs: Sequence[Quantity],
                      chain: Sequence[str] = ()) -> Quantity | None:
    """A sentence that states only a new value (``Namun, kuota itu dikurangi menjadi 11 ribu``: one value, after
    a word of CHANGE_TO, a verb of change before it, no ``dari`` of its own) and opens as the continuation of the
    sentence before (``figure_cues.CHANGE_CONTINUATION_OPENERS``) or points back to it (``tersebut``, ``itu``
    before the value): the old value is the one the sentence before marks as earlier (``_prior_value``), when the
    words before the new value name what it measured (``_names_prior``). Returns that old value, or None."""
    if len(qs) != 1:
        return None
    y = qs[0]
    sent = _Sentence(text)
    before = sent.before(y.start)
    if (not before or not _to_new_value(sent, y) or not _change_verb(before) or not _realised(before)
            or "dari" in before):
        return None
    if (before[0] not in figure_cues.CHANGE_CONTINUATION_OPENERS
            and not set(before) & (figure_cues.CHANGE_POINTING_BACK | figure_cues.CHANGE_AGAIN)):
        return None
    prior = _Sentence(prev)
    x = _prior_value(prior, prev_qs, y)
    if x is None or not _names_prior(prior, x, before):
        return None
    if not set(prior.clause_before(x.start)) & figure_cues.PRIOR_VALUE_CUES and not _same_thing([*chain, prev], sent, y):
        return None  # only the years order the values: the new clause must measure the same thing
    return x


def _about(x: Quantity, y: Quantity, ev: Evidence | None = None, text: str = "", intro: str | None = None) -> str:
    """What a stated change is about: the figure of the old or the new value whose key is more than its unit
    (``figure_key``: ``dari Rp 98.000 menjadi Rp 85.000 per sak`` is ``per sak``). An amount named by its unit alone
    (``IDR``) is named by its line (``ev``'s sentence ``text`` at ``x``): the money noun of its clause
    (``figures.money_measure``: ``anggaran``), else that of the list its line is of (``intro``: ``Berikut rincian
    pemotongan dana ...:`` over ``2. Kabupaten Dompu dari Rp 540 miliar menjadi Rp 470 miliar``,
    ``figures.money.list_intro_money``; the figures table names the line's amounts so), with the name its clause gives
    before the old value (``changed_name``): ``dana (Kabupaten Dompu)``, or ``IDR (Kabupaten Dompu)`` when no money
    noun is found."""
    keys = [figure_key(x), figure_key(y)]
    own = next((k for k in keys if k and k[0] != k[1]), None)
    if own:
        return own[0]
    key = keys[0] or keys[1]
    about = key[0] if key else (x.unit or "jumlah")
    if not key or key[1] is None or ev is None or not text:
        return about
    toks = sentence_tokens(text)
    clause = amount_clause(text, x.start, x.end, toks)
    thing = money_measure(x, toks, clause) if key[1] in CURRENCIES else None
    if thing:
        return thing
    if key[1] in CURRENCIES and intro:
        about = intro
    name = changed_name(ev, x, clause)
    return f"{about} ({name})" if name else about


def changed_name(ev: Evidence, x: Quantity, clause: tuple[int, int]) -> str | None:
    """The name (an entity mention: a regency, a company, a product brand) that the clause of a stated change's old
    value ``x`` gives before it, the last one: the line of a list the change is told of (``3. Lombok Barat dari Rp 1,2
    triliun menjadi Rp 910 miliar``). None when the clause names none before the value."""
    names = [m for m in ev.mentions if m.sentence == x.sentence and clause[0] <= m.start and m.end <= x.start]
    return " ".join(max(names, key=lambda m: m.start).text.split()) if names else None


def stated_changes(corpus: Corpus, articles: Iterable[int]) -> list[Finding]:
    """Updates an article states itself: a change from one value to another in one sentence (``kuota dipangkas dari
    13 ribu menjadi 11 ribu peserta``, ``sentence_changes``) or in a sentence continuing the one before
    (``awalnya 13 ribu peserta`` / ``Namun, kuota itu dikurangi menjadi 11 ribu``, ``_continued_change``). The
    value moves over time and the text says so, so the reader gets both values cited, as a later report would give
    them. Not a sentence of several changes (a list of the items of a budget or a price list: each item its own
    figure, which the finding could not name). One pass over each article's sentences."""
    out = []
    for a in articles:
        ev = corpus.articles[a]
        by_sent: dict[int, list[Quantity]] = {}
        for q in ev.quantities:
            by_sent.setdefault(q.sentence, []).append(q)
        for s, qs in sorted(by_sent.items()):
            text = corpus.text(a, s)
            pairs = sentence_changes(text, qs)
            if len(pairs) == 1:
                x, y = pairs[0]
                out.append(Finding(kind="update", about=_about(x, y, ev, text, list_intro_money(corpus, a, s)),
                                   items=[cited_item(corpus, a, s)]))
            elif not pairs and s - 1 in by_sent:
                last = out[-1] if out else None
                extends = (last is not None and last.kind == "update" and len(last.items) > 1
                           and (last.items[-1].article, last.items[-1].sentence) == (ev.id, s - 1))
                chain = [corpus.text(a, i.sentence) for i in last.items[:-1]] if extends and last else []
                x = _continued_change(corpus.text(a, s - 1), by_sent[s - 1], text, qs, chain)
                if x is not None:
                    if extends and last is not None:
                        last.items.append(cited_item(corpus, a, s))  # the change goes on (``turun lagi``): one chain
                    else:
                        out.append(Finding(kind="update", about=_about(x, qs[0], ev, corpus.text(a, s - 1),
                                                                  list_intro_money(corpus, a, s - 1)),
                                           items=[cited_item(corpus, a, s - 1), cited_item(corpus, a, s)]))
                    continue
            if not pairs:  # no change told with the sentence before: its earlier value may stand elsewhere
                earlier = _earlier_value(corpus, a, s, qs, by_sent)
                if earlier is not None:
                    t, x = earlier
                    out.append(Finding(kind="update", about=_about(x, qs[0], ev, text, list_intro_money(corpus, a, t)),
                                       items=[cited_item(corpus, a, t), cited_item(corpus, a, s)]))
    return out


def _earlier_value(corpus: Corpus, a: int, s: int, qs: Sequence[Quantity],
                   by_sent: dict[int, list[Quantity]]) -> tuple[int, Quantity] | None:
    """The earlier value of a rise or fall a sentence states only by its new level (``jumlah siswa ... yang diduga
    keracunan bertambah menjadi 232 orang``: one value, ``menjadi``/``jadi`` right before it (``_becomes``), a verb
    of rising or falling before it (``figure_cues.RISE_VERBS``, ``FALL_VERBS``), no word of a plan),
    as another sentence of the same article gives it (``Sebanyak 186 siswa ... diduga keracunan``, a quote of the
    first count): a value of the same counted thing (``_same_counted``, or a noun the first sentence names when the
    new value counts ``orang``/``jiwa``), on the side the verb moves from (less for a rise), in a sentence alike
    (``FACT_COSINE``: a part of the count, ``tersisa tiga siswa yang masih dirawat``, is worded otherwise) whose
    clause names nothing the new value's sentence lacks (``_same_thing``: ``ekspor batu bara Indonesia`` is no earlier
    value of ``ekspor batu bara Australia turun menjadi``). Only one
    such value (one or more sentences of it): the first sentence giving it, and that value. None otherwise."""
    if len(qs) != 1:
        return None
    y = qs[0]
    text = corpus.text(a, s)
    sent = _Sentence(text)
    before = sent.before(y.start)
    if not _becomes(sent, y) or not _realised(before) or y.modifier in PLURAL_RANGES:
        return None
    rise, fall = bool(set(before) & figure_cues.RISE_VERBS), bool(set(before) & figure_cues.FALL_VERBS)
    if rise == fall:
        return None
    named = set(before)
    ny = " ".join(y.noun.casefold().split()) if y.noun else ""
    cands = [(t, x) for t, xs in sorted(by_sent.items()) if t != s for x in xs
             if x.unit == y.unit and x.modifier not in PLURAL_RANGES and changed(x, y)
             and (x.value < y.value if rise else x.value > y.value)
             and (_same_counted(x, y) or (ny in figure_cues.GENERIC_PEOPLE and x.noun is not None
                                          and set(x.noun.casefold().split()) <= named))]
    if not cands:
        return None
    alike = [(t, x) for t, x in cands
             if corpus.sentence_cosine(a, s, a, t) >= FACT_COSINE and _same_thing([text], _Sentence(corpus.text(a, t)), x)]
    if len({x.value for _t, x in alike}) != 1:
        return None
    return alike[0]
