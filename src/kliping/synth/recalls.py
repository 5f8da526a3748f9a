"""Recalled figures and per-occasion amounts: two readings of an amount that are not a new value of its series.

A later article often repeats an earlier party's figure as background: ``Pekan lalu, Gedung Putih menyatakan ...
lebih dari 1.000 kontainer``, ``angka 1.000 kontainer yang diumumkan Gedung Putih pekan lalu``. That sentence is a
recall of the party's statement: it supports the first report of it, it is no second outlet confirming the figure
(an agreement, the source matrix's Σ) and no reading of the outlet's own at its publication date (a chart).
:func:`recalled_party` says who is recalled; :func:`recalled_speaker` says it of a quote (``Pekan lalu, Dinas Sosial
menyatakan posko ...``), which is then no second article agreeing with the first report of the statement.

An amount given per occasion or per period (``setiap kali bersandar ... ratusan kontainer``, ``puluhan ribu peluru
setiap hari``) is what one occasion takes, not a reading of the running total its noun counts elsewhere:
:func:`occasion_qualifier` names its series apart (``kontainer (per kali)``).

The word lists are data in ``lang.id.figure_cues`` (``RECALL_*``, ``OCCASION_*``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from kliping.lang.id import figure_cues as fc
from kliping.lang.id import numbers
from kliping.model import Quantity
from kliping.text.patterns import WORD

_ONLY_SPACE = re.compile(r"[ \t]*")

Span = tuple[int, int]  # token indices [i, j)
# A quote not found whole in its sentence (it runs on into the next, or ``lanjut Bimo`` interrupts it) is looked for
# by this many opening words: enough to be its own, few enough to come before an interruption.
QUOTE_OPENING_WORDS = 5


class _Words:
    """A sentence's words: offsets (start, end) and case-folded forms. Read-only once built: one is shared
    by every amount of its sentence (:func:`_words`)."""

    def __init__(self, text: str) -> None:
        found = list(WORD.finditer(text))
        self.text = text
        self.spans = [(m.start(), m.end()) for m in found]
        self.starts = [a for a, _b in self.spans]
        self.ws = [m.group().casefold() for m in found]
        self._cues: list[Span] | None = None
        self._aux: list[int] | None = None

    def cues(self) -> list[Span]:
        """The sentence's ``earlier_cues``, found once for all its amounts."""
        if self._cues is None:
            self._cues = earlier_cues(self.ws)
        return self._cues

    def earlier_aux(self, i: int, j: int) -> bool:
        """A word of ``fc.RECALL_EARLIER_AUX`` (``sempat``) among words ``i`` to ``j`` (found once, bisected)."""
        if self._aux is None:
            self._aux = [k for k, w in enumerate(self.ws) if w in fc.RECALL_EARLIER_AUX]
        return bisect.bisect_left(self._aux, i) < bisect.bisect_left(self._aux, j)

    def index(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def joined(self, k: int) -> bool:
        """Words ``k`` and ``k + 1`` stand with only spaces between them (no comma, no bracket)."""
        return _ONLY_SPACE.fullmatch(self.text, self.spans[k][1], self.spans[k + 1][0]) is not None

    def slice(self, i: int, j: int) -> str:
        return self.text[self.spans[i][0]:self.spans[j - 1][1]]


@lru_cache(maxsize=64)
def _words(text: str) -> _Words:
    """The words of ``text``, read once for all its amounts: :func:`recalled_party` and
    :func:`occasion_qualifier` are asked of each amount of a sentence in turn (bounded: the amounts of one
    sentence are read together)."""
    return _Words(text)


def earlier_cues(ws: Sequence[str]) -> list[Span]:
    """Spans of the words that place a statement before the report: ``pekan lalu``, ``dua hari lalu``, ``beberapa
    waktu lalu``, ``kala itu``, ``sebelumnya`` (``figure_cues.RECALL_*``)."""
    out: list[Span] = []
    for k, w in enumerate(ws):
        if w in fc.RECALL_AGO and k and ws[k - 1] in fc.RECALL_AGO_UNITS:
            i = k - 1
            if i and (ws[i - 1] == "beberapa" or ws[i - 1].isdigit() or ws[i - 1] in numbers.UNIT_WORDS):
                i -= 1
            out.append((i, k + 1))
        elif w == "itu" and k and ws[k - 1] in fc.RECALL_THAT_WORDS:
            out.append((k - 1, k + 1))
        elif w in fc.RECALL_EARLIER_WORDS:
            out.append((k, k + 1))
    return out


def _party_after(t: _Words, k: int, end: int, cued: set[int]) -> Span | None:
    """The party named from word ``k`` on (``Gedung Putih`` of ``diumumkan Gedung Putih pekan lalu``): words joined
    by spaces only, up to a stop word, a cue or ``RECALL_PARTY_MAX_WORDS``, before word ``end``."""
    while k < end and t.ws[k] in fc.RECALL_AUX:
        k += 1
    j = k
    while (j < end and j - k < fc.RECALL_PARTY_MAX_WORDS and j not in cued and t.ws[j] not in fc.RECALL_PARTY_STOPS
           and not t.ws[j][0].isdigit()):
        j += 1
        if j < end and not t.joined(j - 1):
            break
    return (k, j) if j > k else None


def _party_before(t: _Words, v: int, lo: int, cued: set[int]) -> Span | None:
    """The party named right before word ``v`` (``Gedung Putih`` of ``Pekan lalu, Gedung Putih menyatakan``):
    words joined by spaces only, back to a cue, a stop word, ``lo`` or ``RECALL_PARTY_MAX_WORDS``."""
    i = v
    while (i > lo and v - i < fc.RECALL_PARTY_MAX_WORDS and (i - 1) not in cued and t.joined(i - 1)
           and not t.ws[i - 1][0].isdigit()
           # ``analis yang disurvei Bloomberg``: a relative clause describes the party, it does not end it
           and (t.ws[i - 1] not in fc.RECALL_PARTY_STOPS or (t.ws[i - 1] == "yang" and i - 1 > lo
                                                               and t.joined(i - 2)))):
        i -= 1
    return (i, v) if i < v else None


def _named(t: _Words, party: Span | None) -> str | None:
    """The party as written, unless it names nobody (a pronoun, a demonstrative: ``RECALL_NOT_PARTIES``)."""
    if party is None:
        return None
    i, j = party
    if all(w in fc.RECALL_NOT_PARTIES for w in t.ws[i:j]) or t.ws[i] in fc.RECALL_NOT_PARTIES:
        return None
    return t.slice(i, j)


def recalled_party(text: str, q: Quantity, clause: tuple[int, int] | None = None) -> str | None:
    """The party whose earlier statement the amount ``q`` of sentence ``text`` repeats, as the sentence names it;
    None when the sentence reports the amount as news of its own (:func:`recalled_statement` of its offsets)."""
    return recalled_statement(text, q.start, q.end, clause)


def recalled_speaker(text: str, quote: str) -> str | None:
    """The party whose earlier statement the sentence ``text`` repeats in ``quote`` (its reported content or its
    direct words), as the sentence names it: ``Pekan lalu, Dinas Sosial menyatakan posko ...`` recalls that
    statement, it is no second report of it (``synth.quotes.quote_agreements``). Read as an amount's recall
    (:func:`recalled_statement`), the quote standing where the amount would; None when the quote is not found in
    the sentence (a quote running on past it is looked for by its opening words)."""
    folded, head = text.casefold(), quote.casefold()
    start = folded.find(head)
    if start < 0:
        words = WORD.findall(head)[:QUOTE_OPENING_WORDS]
        m = re.search(r"\W+".join(map(re.escape, words)), folded) if words else None
        if m is None:
            return None
        start = m.start()
    return recalled_statement(text, start, min(start + len(quote), len(text)))


def recalled_statement(text: str, start: int, end: int, clause: tuple[int, int] | None = None) -> str | None:
    """The party whose earlier statement the words at offsets ``start``-``end`` of sentence ``text`` repeat (an
    amount, a quote), as the sentence names it; None when the sentence reports them as news of its own.

    The sentence must attribute the amount (or the quote: below, either) to a named party and place that statement
    earlier than the report (``earlier_cues``), in one of the Indonesian attribution forms:

    - ``[cue,] X [cue] [sempat] menyatakan/menyebut ... <amount>``: a stating verb before the amount, its party
      right before it, a cue before the verb (``Pekan lalu, Gedung Putih menyatakan``, ``Polisi sebelumnya
      menyebut``, ``X sempat menyebut``);
    - ``<amount> yang [sebelumnya] diumumkan/disampaikan X [cue]``;
    - ``seperti dilaporkan X [cue], ... <amount>`` and ``menurut X`` with a cue before the amount;
    - ``Diberitakan sebelumnya, ...`` opening the sentence: the outlet's own earlier report
      (``figure_cues.RECALL_OWN_REPORT_NAME``);
    - ``<amount>, kata X [dalam jumpa pers] pekan lalu`` (``"...," ujar X pekan lalu``): the attribution after it,
      the cue after its party, dating the saying (``figure_cues.RECALL_TAIL_ROOTS``).

    A cue that comes after the amount in the verb form dates the thing counted, not the statement (``BNPB
    menyatakan 10 rumah rusak akibat banjir pekan lalu``), and an attribution with no cue is the report of that
    statement (``Menurut Washington, lebih dari 1.000 kontainer ...``). ``clause`` (offsets) bounds the search,
    so the verb of another clause (``..., sedangkan Seoul memperkirakan 7.000``) is not this amount's."""
    lo_off, hi_off = clause or (0, len(text))
    t = _words(text)
    if not t.ws:
        return None
    lo, hi = t.index(lo_off), t.index(hi_off)
    qi, qe = t.index(start), t.index(end)
    cues = [(i, j) for i, j in t.cues() if lo <= i and j <= hi]
    if not cues and not t.earlier_aux(lo, qi):
        return None
    cued = {k for i, j in cues for k in range(i, j)}

    # ``Diberitakan sebelumnya, ...``: the outlet's own earlier report, opening the sentence
    opening = t.ws[:min(fc.RECALL_OWN_REPORT_OPENING, qi)]
    if any(w in fc.RECALL_OWN_REPORT for w in opening) and "sebelumnya" in opening:
        return fc.RECALL_OWN_REPORT_NAME

    # ``<amount|quote>, kata X [dalam jumpa pers] pekan lalu``: the attribution after it, a cue after the party
    for k in range(qe, hi):
        w = t.ws[k]
        if w in fc.RECALL_TAIL_ROOTS and k > 0 and not t.joined(k - 1):
            party = _party_after(t, k + 1, hi, cued)
            if party and any(party[1] <= i <= party[1] + fc.RECALL_RELATIVE_GAP
                             and not fc.RECALL_TAIL_BREAKS.intersection(t.ws[k + 1:i]) for i, _j in cues):
                return _named(t, party)
            break
    # ``<amount> yang [sebelumnya] diumumkan X [pekan lalu]``
    for y in range(qe, min(qe + fc.RECALL_RELATIVE_GAP + 1, hi)):
        if t.ws[y] != "yang":
            continue
        v = y + 1
        while v < hi and (t.ws[v] in fc.RECALL_AUX or v in cued):
            v += 1
        if v < hi and t.ws[v] in fc.RECALL_PASSIVE_VERBS:
            party = _party_after(t, v + 1, hi, cued)
            if party and any(y < i <= party[1] + 1 for i, _j in cues):
                return _named(t, party)
        break
    # ``seperti dilaporkan X`` / ``menurut X`` before the amount, a cue before the amount
    for k in range(lo, qi):
        w = t.ws[k]
        if w == "seperti":
            v = k + 1 + (k + 1 < qi and t.ws[k + 1] == "yang")
            if v < qi and t.ws[v] in fc.RECALL_PASSIVE_VERBS:
                party = _party_after(t, v + 1, qi, cued)
                if party and any(j <= qi for _i, j in cues):
                    return _named(t, party)
        elif w == "menurut":
            party = _party_after(t, k + 1, qi, cued)
            if party and any(j <= qi for _i, j in cues):
                return _named(t, party)
    # ``[Pekan lalu,] X [sebelumnya|sempat] menyatakan ... <amount>``: the stating verb nearest before the amount
    v = next((k for k in range(qi - 1, lo - 1, -1) if t.ws[k] in fc.RECALL_STATE_VERBS), None)
    if v is None:
        return None
    k = v
    aux_cue = False
    while k > lo and (t.ws[k - 1] in fc.RECALL_AUX or t.ws[k - 1] in fc.RECALL_EARLIER_AUX or (k - 1) in cued):
        aux_cue = aux_cue or t.ws[k - 1] in fc.RECALL_EARLIER_AUX or (k - 1) in cued
        k -= 1
    party = _party_before(t, k, lo, cued)
    # a cue before the party, with no other stating verb between (``Pekan lalu X menyatakan 1.000, Y menyebut 7.000``)
    if party is None or not (aux_cue or any(j <= party[0] and not any(w in fc.RECALL_STATE_VERBS
                                                                       for w in t.ws[j:party[0]])
                                            for _i, j in cues)):
        return None
    return _named(t, party)


def occasion_qualifier(text: str, q: Quantity, clause: tuple[int, int] | None = None) -> tuple[str, ...]:
    """``("per kali",)``, ``("per hari",)`` ... when the amount is given per occasion or per period: ``setiap kali``
    / ``tiap hari`` opening its clause (``Setiap kali merapat, kapal itu menurunkan ratusan karung``; inside the
    clause it times a verb, not the amount: ``bantuan diberikan setiap bulan kepada 20 juta keluarga`` counts the
    families), or ``setiap hari`` / ``per bulan`` / ``sehari`` within
    ``OCCASION_AFTER_GAP`` words after it (``figure_cues.OCCASION_*``, ``PERIOD_SINGLE``); else ``()``. ``per``
    before the amount is left out (``per hari ini, 1.000 kasus`` dates a reading), as is ``per hari ini`` after it."""
    lo_off, hi_off = clause or (0, len(text))
    t = _words(text)
    lo, hi = t.index(lo_off), t.index(hi_off)
    qi, qe = t.index(q.start), t.index(q.end)

    def unit_at(k: int) -> str | None:
        if k + 1 >= len(t.ws) or t.ws[k + 1] not in fc.OCCASION_UNITS:
            return None
        if k + 2 < len(t.ws) and t.ws[k + 2] in fc.OCCASION_NOT_AFTER:
            return None
        return fc.OCCASION_UNITS[t.ws[k + 1]]

    for k in range(lo, min(lo + fc.OCCASION_OPENING_WORDS, qi)):
        if t.ws[k] in fc.OCCASION_EVERY and t.ws[k] != "per" and (u := unit_at(k)):
            return (f"per {u}",)
    for k in range(qe, min(qe + fc.OCCASION_AFTER_GAP, hi)):
        w = t.ws[k]
        if w in fc.PERIOD_SINGLE:
            return (f"per {fc.PERIOD_SINGLE[w]}",)
        if w in fc.OCCASION_EVERY and (u := unit_at(k)):
            return (f"per {u}",)
        if k + 1 < len(t.ws) and not t.joined(k):
            break  # a comma ends the amount's phrase
    return ()
