"""Document pass for a party's faction glued after the parliament body it sits in.

``Anggota [Komisi XII DPR RI Fraksi Golkar], Fulan``: news writes a member's commission, parliament
and faction as one run of capitalised words and the tagger tags the run as one organisation, which
is none: the commission is one body (``Komisi XII DPR RI``) and the party whose faction the member
sits in another (``Golkar``). Apart from ``office_parents``, which joins a unit to the body owning it: a
faction is no unit of the commission.
"""

from __future__ import annotations

from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap, _split_tail
from kliping.lang.id.entity_words import FACTION_HEADS, PARLIAMENT_WORDS


def _factions(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an organisation span holding a parliament word (``entity_words.PARLIAMENT_WORDS``:
    ``DPR``, ``DPRD``, ``Komisi``) and, after it, a capitalised faction head (``FACTION_HEADS``:
    ``Fraksi``) with a name after it ends before the faction head; the party's name after it is an
    organisation of its own (``Komisi XI DPR RI`` + ``PDI Perjuangan``), as the tagger gives it where
    the faction is written apart (``dari Fraksi [Gerindra]``), so the linker puts it with the party's
    other mentions. A title that ran over both (the member's) stays as it was."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        added: list[Span] = []
        for s in sp:
            if s.type != "ORG" or s.j - s.i < 3:
                continue
            k = next((k for k in range(s.i + 1, s.j - 1) if st.low[k] in FACTION_HEADS and _cap(st.w[k])), None)
            if k is None or not any(st.low[x] in PARLIAMENT_WORDS for x in range(s.i, k)):
                continue
            added.append(_split_tail(s, k, k + 1, "ORG"))
        if added:
            sp.extend(added)
            sp.sort(key=lambda o: o.i)
