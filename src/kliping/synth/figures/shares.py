"""Shares of a budget spent (``penyerapan anggaran Kementerian A 52%``): :func:`share_measures` reads the
percentages of no noun that are such shares, by their owner.

Apart because a bare percentage is otherwise no figure at all (``figure_key`` skips it): only this reading keys it.
"""

from __future__ import annotations

import re

from kliping.lang.id import figure_cues
from kliping.model import Evidence
from kliping.synth.figures.clauses import Tokens, amount_clause, sentence_tokens
from kliping.text.patterns import alternation

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
