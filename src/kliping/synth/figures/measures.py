"""What an amount measures and whose it is: the stocks and flows its clause names (:func:`amount_measures`,
:func:`measure_head`), their owner, a country or organisation (:func:`measured_owner`, :func:`article_countries`),
the scope of the value (an estimate or a part of the whole: :func:`measure_scoped`, :func:`amount_whole`,
:func:`amount_total`, :func:`whole_of_part`) and what a physical amount of no noun measures
(:func:`amount_dimension`).

Apart because these readings name a figure's series and fact beyond its noun and unit (``produksi minyak AS``).
"""

from __future__ import annotations

import bisect
import sys
from collections import Counter
from collections.abc import Sequence

from kliping.lang.id import figure_cues
from kliping.lang.id.titles import health_centre_head
from kliping.model import Evidence, Mention, Quantity
from kliping.synth.figures.clauses import Clause, Tokens, amount_clause, as_tokens


def in_amount(ev: Evidence, s: int, start: int) -> bool:
    """The mention at ``start`` of sentence ``s`` names a currency, not a country: it lies inside a
    quantity (``US$ 400 miliar``, ``400 miliar dollar AS``) or right after a currency word
    (``dollar AS``, ``dolar Singapura``: ``figure_cues.CURRENCY_WORDS``)."""
    if any(q.sentence == s and q.start <= start < q.end for q in ev.quantities):
        return True
    if not 0 <= s < len(ev.doc.sentences):
        return False
    before = ev.doc.sentences[s].text[max(0, start - 12) : start].casefold().split()
    return bool(before) and before[-1] in figure_cues.CURRENCY_WORDS


def places_outside_amounts(ev: Evidence) -> list[Mention]:
    """The article's place mentions (GPE, and LOC, FAC: ``figure_cues.PLACE_TYPES``) that name no currency
    (``in_amount``), in order: read once per article for its countries (:func:`article_countries`) and its
    scenes and crowd places (``places.scene_places``, ``places.crowd_places``). A health centre is typed a
    body (``Puskesmas X``, as a hospital) but is still where patients are counted (``titles.health_centre_head``)."""
    return [m for m in ev.mentions if (m.type == "GPE" or m.type in figure_cues.PLACE_TYPES
                                       or (m.type == "ORG" and health_centre_head(m.text.split()[0].casefold())))
            and not in_amount(ev, m.sentence, m.start)]


def article_countries(ev: Evidence, outside: Sequence[Mention] | None = None,
                      ) -> tuple[dict[tuple[int, int], str], str | None]:
    """The article's country mentions as ``(sentence, start) -> entity id`` and its main country
    (the GPE it mentions most, when one leads), for :func:`measure_owner`; once per article. The
    ``AS`` of ``dollar AS`` names a currency and counts for neither (``in_amount``): a report on
    Russia's economy that gives its sums in dollars is not about the United States. ``outside``: the
    article's :func:`places_outside_amounts` when already read."""
    outside = places_outside_amounts(ev) if outside is None else outside
    at = {(m.sentence, m.start): m.entity for m in outside if m.type == "GPE" and m.entity}
    top = Counter(at.values()).most_common(2) if at else []
    main = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    return at, main


def amount_measures(sentence: str, q: Quantity, toks: Tokens | None = None,
                    clause: Clause | None = None) -> frozenset[str]:
    """What the amount measures as its clause says (``amount_clause``, or ``clause`` when already known):
    the stocks and flows (``figure_cues.MEASURED_THINGS``) named there. The rest of the sentence may use
    the same words of something else (``atas permintaan jaksa`` is a request, not demand)."""
    toks = as_tokens(sentence, toks)
    lo, hi = clause or amount_clause(sentence, q.start, q.end, toks)
    return frozenset(figure_cues.MEASURED_THINGS[toks[k][1]] for k in toks.marked(figure_cues.MEASURED_THINGS, lo, hi))


def measure_owner(ev: Evidence, s: int, sentence: str, at: int,
                  countries: tuple[dict[tuple[int, int], str], str | None] | None = None,
                  toks: Tokens | None = None) -> tuple[str | None, bool]:
    """Whose stock or flow the amount at offset ``at`` is: ``(entity id, named)`` (``measured_owner``)."""
    owner, named, _phrase = measured_owner(ev, s, sentence, at, countries, toks)
    return owner, named


def article_orgs(ev: Evidence) -> dict[tuple[int, int], str]:
    """The article's organisation mentions as ``(sentence, start) -> entity id``, for ``measured_owner``: a flow may be
    an organisation's (``produksi OPEC``); once per article."""
    return {(m.sentence, m.start): m.entity for m in ev.mentions if m.type == "ORG" and m.entity}


def measured_owner(ev: Evidence, s: int, sentence: str, at: int,
                   countries: tuple[dict[tuple[int, int], str], str | None] | None = None,
                   toks: Tokens | None = None, clause: Clause | None = None,
                   orgs: dict[tuple[int, int], str] | None = None) -> tuple[str | None, bool, tuple[str, ...]]:
    """Whose stock or flow the amount at offset ``at`` of a sentence is: ``(entity id, named)``. Its
    head is the last measured noun before it in its clause (``figure_cues.MEASURED_THINGS``,
    ``amount_clause``); a country (GPE) right after that noun (``cadangan devisa Indonesia``;
    ``OWNER_GAP`` words at most, no number or ``OWNER_BREAKS`` word between) is named. A head without a
    country speaks of its article's main country (the GPE it mentions most, when one leads: ``cadangan
    devisa tergerus hingga 400 miliar dollar AS`` in a report on Russia). (None, False) when no measured
    noun comes before the amount. The third value is the words between the noun and a named owner
    (``minyak mentah`` of ``stok minyak mentah AS``): what is stocked, which ``synth.findings`` compares.
    ``toks`` are the sentence's ``sentence_tokens`` (made once per sentence by ``figure_points``), ``clause``
    the amount's ``amount_clause`` when already known (only its start is read, which the amount's end
    does not change). With ``orgs`` (``article_orgs``) an organisation named so is an owner too (``produksi OPEC``),
    and the head may be an active verb of the flow (``figure_cues.MEASURED_VERBS``: ``OPEC ... memompa 30 juta
    barel``), whose owner is the country or organisation its clause names last before it, its subject."""
    toks = as_tokens(sentence, toks)
    lo, _hi = clause or amount_clause(sentence, at, at + 1, toks)
    heads = toks.marked(figure_cues.MEASURED_THINGS, lo, at)
    if not heads:
        return None, False, ()
    gpes, main = countries or article_countries(ev)
    owners = {**orgs, **gpes} if orgs else gpes
    k = heads[-1]
    if orgs is not None and toks[k][1] in figure_cues.MEASURED_VERBS:
        subject = [j for j in range(toks.at(lo), k) if (s, toks[j][0]) in owners]
        if subject:
            return owners[(s, toks[subject[-1]][0])], True, ()
    for j in range(k + 1, min(len(toks), k + 2 + figure_cues.OWNER_GAP)):
        o, w = toks[j]
        if (s, o) in owners:
            return owners[(s, o)], True, tuple(x for _o, x in toks[k + 1 : j])
        if w in figure_cues.OWNER_BREAKS or w[0].isdigit() or o >= at:
            break
    return main, False, ()


def _scope_window(sentence: str, q: Quantity, toks: Tokens, clause: Clause) -> list[tuple[int, str]]:
    """The words that may say an amount's scope: its clause (``amount_clause``) before the amount, and
    after it up to the first comma. A tail after a comma names the source (``..., berdasarkan data dari
    BPS``) or compares (``..., lebih tinggi dari perkiraan analis``), not the part measured. ``clause``
    is the amount's ``amount_clause``."""
    lo, hi = clause
    comma = sentence.find(",", q.end, hi)
    stop = comma if comma >= 0 else hi
    return toks.within(lo, q.start) + toks.within(q.end, stop)


def measure_scoped(sentence: str, q: Quantity, toks: Tokens, gpes: dict[tuple[int, int], str],
                   places: frozenset[tuple[int, int]] = frozenset(), clause: Clause | None = None) -> str:
    """The amount is an estimate, an average or a part of its owner's whole, as its clause says: a
    forecast or average word in its clause (``amount_clause``; ``memperkirakan``, ``rata-rata``,
    ``menurut proyeksi``: ``figure_cues.ESTIMATE_CUES``) not after a word of comparison
    (``dari``/``daripada``/``dibanding``/``di atas``: ``lebih tinggi dari perkiraan analis`` is a fact
    compared with a forecast); or, before the amount or after it up to a comma (``_scope_window``),
    ``saja``, or ``di``/``dari``/``wilayah`` then a noun of a part (``dari
    formasi serpih``, ``figure_cues.PART_NOUNS``) or a place mention that is no country (``places``:
    LOC/FAC, ``di wilayah Texas``). ``dari`` after a word of attribution (``menurut data dari``,
    ``berdasarkan``: ``figure_cues.SOURCE_BEFORE_DARI``) names a source, not a place. Such a value joins
    a fact only by its wording, not by naming the same stock or flow and owner, and is compared only
    with values of the same scope (``synth.findings``). ``"estimate"``, ``"part"`` or ``""`` (the whole).
    ``clause`` is the amount's ``amount_clause`` when already known."""
    toks = as_tokens(sentence, toks)
    clause = clause or amount_clause(sentence, q.start, q.end, toks)
    lo, hi = clause
    clause_words = [w for _o, w in toks.within(lo, hi)]
    for j, w in enumerate(clause_words):
        if w in figure_cues.ESTIMATE_CUES and not (j > 0 and clause_words[j - 1] in figure_cues.COMPARISON_BEFORE):
            return "estimate"
    inside = _scope_window(sentence, q, toks, clause)
    for j, (_o, w) in enumerate(inside):
        if w in figure_cues.PART_CUES:
            return "part"
        if w in figure_cues.PLACE_CUES:
            if w == "dari" and j > 0 and inside[j - 1][1] in figure_cues.SOURCE_BEFORE_DARI:
                continue
            if j + 1 < len(inside) and inside[j + 1][1] in figure_cues.PART_NOUNS:
                return "part"
            for o2, _w2 in inside[j + 1 : j + 3]:
                if (q.sentence, o2) in places and (q.sentence, o2) not in gpes:
                    return "part"
    return ""


def amount_whole(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """The amount follows ``sebagian dari`` / ``bagian dari`` (``figure_cues.PART_OF_CUES``, ``dari`` within
    ``PART_OF_GAP`` words) in its clause (``amount_clause``): it counts the whole the sentence's subject is a
    part of (``bantuan itu sebagian dari seluruh 8 juta paket di 30 provinsi``), so it is no value of what
    another report says of that subject (``5 juta paket di 15 provinsi``)."""
    lo, _hi = clause
    end = toks.at(q.start)
    return any(any(w == "dari" for _o, w in toks[k + 1 : min(end, k + 1 + figure_cues.PART_OF_GAP)])
               for k in toks.marked(figure_cues.PART_OF_CUES, lo, q.start))


def amount_total(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """A word of the whole (``total``, ``seluruh``, ``keseluruhan``: ``figure_cues.TOTAL_CUES``) comes before the
    amount in its clause (``amount_clause``): the total of the thing, as a report gives it without saying what it
    is a whole of (``Secara keseluruhan, pemerintah menyalurkan 6 juta paket``), which a whole named by
    ``sebagian dari`` (``Point.whole``) can contradict."""
    lo, _hi = clause
    return bool(toks.marked(figure_cues.TOTAL_CUES, lo, q.start))


class _MateWords:
    """Which words of a sentence its amounts (``mates``) cover, found once per sentence for
    :func:`amount_dimension`: ``ends[k]``, the earliest end of an amount covering word ``k`` (``_NO_END`` for
    none); ``opened[k]``, the last word at or before ``k`` no amount covers (-1 for none); and the amounts'
    starts with the latest end of those starting before each, which tells whether an amount runs across a
    given offset. A word covered by an amount that ends by ``q.start`` is not read for ``q``; when no amount
    runs across ``q.start`` every covered word before ``q`` is such a word, and a run of them is passed in
    one step."""

    def __init__(self, toks: Tokens, mates: Sequence[Quantity]) -> None:
        self.ends = [_NO_END] * len(toks)
        for m in mates:
            for k in range(toks.at(m.start), toks.at(m.end)):
                if m.end < self.ends[k]:
                    self.ends[k] = m.end
        self.opened = []
        last = -1
        for k, end in enumerate(self.ends):
            if end == _NO_END:
                last = k
            self.opened.append(last)
        spans = sorted((m.start, m.end) for m in mates)
        self.starts = [a for a, _b in spans]
        self.latest: list[int] = []
        for _a, b in spans:
            self.latest.append(max(b, self.latest[-1]) if self.latest else b)

    def across(self, offset: int) -> bool:
        """An amount starts before ``offset`` and ends after it."""
        i = bisect.bisect_left(self.starts, offset)
        return i > 0 and self.latest[i - 1] > offset


_NO_END = sys.maxsize


def amount_dimension(q: Quantity, toks: Tokens, mates: Sequence[Quantity] = ()) -> str | None:
    """What a physical amount with no noun of its own measures (``figure_cues.DIMENSION_WORDS``): the nearest such
    word before it (``banjir setinggi 30 sentimeter`` -> ``tinggi``, ``tanah seluas 75 meter persegi`` -> ``luas``),
    at most ``DIMENSION_GAP`` words away, not counting the words of the sentence's other amounts (``mates``: a list
    ``berat badan 60 kg (210 kalori), 75 kg``) and not past ``;``, ``:`` or a clause break word (``sedangkan``); a
    comma before ``dan`` does not cut a list. The word names the amount only when its unit is of the word's kind
    (``DIMENSION_UNITS``): ``berat badan 60 kg (210 kalori)`` names the kilograms, not the calories, and a dimension
    word of another kind nearer than one of the right kind names nothing; a label of another thing in that unit is
    that thing's (``DIMENSION_RELABEL``: an engine's ``kapasitas`` in cc is ``mesin``). A length right before ``dari`` is a
    distance (``290 kilometer dari perbatasan``), millimetres right after a gun or its ammunition a calibre
    (``figure_cues.CALIBRE_NOUNS``). None when nothing names it: the series stays named by its unit."""
    text = toks.sentence
    lo = max(text.rfind(";", 0, q.start), text.rfind(":", 0, q.start)) + 1
    covered = toks.derived("mate words", mates, lambda: _MateWords(toks, mates))  # the other amounts' words, found once
    jump = not covered.across(q.start)
    first = toks.at(lo)
    k = toks.at(q.start) - 1
    gap = 0
    while k >= first:  # the words read back from the amount
        if covered.ends[k] <= q.start:  # a word of another amount before this one: not counted
            k = covered.opened[k] if jump else k - 1
            continue
        w = toks[k][1]
        if w in figure_cues.CLAUSE_BREAK_WORDS:
            break
        if w in figure_cues.CALIBRE_NOUNS and gap <= figure_cues.CALIBRE_GAP and q.unit in figure_cues.CALIBRE_UNITS:
            return "kaliber"  # ``peluru artileri 152 milimeter``: the size of a shell is its calibre
        label = figure_cues.DIMENSION_WORDS.get(w)
        if label:
            if q.unit not in figure_cues.DIMENSION_UNITS[label]:
                return None
            return figure_cues.DIMENSION_RELABEL.get((label, q.unit or ""), label)  # ``kapasitas`` of cc: ``mesin``
        gap += 1
        if gap > figure_cues.DIMENSION_GAP:
            break
        k -= 1
    k = toks.at(q.end)
    if k < len(toks) and toks[k][1] in figure_cues.DISTANCE_AFTER and q.unit in figure_cues.DIMENSION_UNITS["jarak"]:
        return "jarak"
    return None


def whole_of_part(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """The amount is the whole another amount before it is measured against: ``dari total`` / ``dari seluruh`` right
    before it (``figure_cues.TOTAL_CUES``; ``sebanyak`` and other ``figure_cues.WHOLE_GAP`` words between), after an
    amount of its sentence's clause (``sudah ada 255 SPBU yang terpasang ..., dari total sebanyak 264 SPBU``). The
    255 and the 264 are no two readings of one count: the 264 is the whole, a series of its own (``stasiun
    (total)``)."""
    first, k = toks.at(clause[0]), toks.at(q.start)  # the clause's words before the amount: toks[first:k]
    while k > first and toks[k - 1][1] in figure_cues.WHOLE_GAP:
        k -= 1
    return (k - first >= 3 and toks[k - 1][1] in figure_cues.TOTAL_CUES and toks[k - 2][1] == "dari"
            and bool(toks.marked(_number_word, clause[0], toks[k - 2][0])))


def _number_word(w: str) -> bool:
    """A word that starts with a digit: an amount's number (``whole_of_part``), found once per sentence."""
    return w[0].isdigit()


def measure_head(q: Quantity, toks: Tokens, clause: Clause) -> str | None:
    """The stock or flow (``figure_cues.MEASURED_THINGS``) named last before the amount in its clause: ``produksi
    minyak AS naik menjadi 9,1 juta barel`` is production, ``mobil bermesin 500 cc ... mobil produksi`` is none."""
    named = toks.marked(figure_cues.MEASURED_THINGS, clause[0], q.start)
    return figure_cues.MEASURED_THINGS[toks[named[-1]][1]] if named else None
