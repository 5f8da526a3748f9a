"""Document passes for journals' and awards' names: one span each, of the right type.

The tagger cuts an English journal's name at a word it does not read as a name (``[JAMA Network]
Open``, ``American Heart [Association Circulation]: Heart Failure``) or types it a place, and
glues the rank won to an award (``Silver Winner Anugerah ...``). Kept apart because both are read
from a cue word before the name (a journal noun or a publishing verb, a rank word), not the name.
"""

from __future__ import annotations

from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.lang.id import brands
from kliping.lang.id.entity_words import JOURNAL_JOINERS

# The most words a journal's name runs over.
_LONGEST = 10


def _journal_run(st: _Sentence, a: int) -> int:
    """End of a journal's name from ``a``: capitalised words, English joiners between them and a
    subtitle after ``:`` (``Circulation: Heart Failure``); ``a`` when no capitalised word opens it."""
    k, end = a, a
    while k < st.n and k - a < _LONGEST:
        w = st.w[k]
        if _cap(w) and (w.replace("-", "").isalnum()):
            k += 1
            end = k
        else:
            e = k
            while e < st.n and e - k < 2 and (st.low[e] in JOURNAL_JOINERS or (e == k and st.w[e] == ":")):
                e += 1  # "in", "and the", ":" between capitalised words
            if k == a or e == k or e >= st.n or not _cap(st.w[e]):
                break
            k = e
    return end


def _journal_at(st: _Sentence, k: int) -> tuple[int, int] | None:
    """The journal's name a cue at word ``k`` opens: after ``jurnal``/``majalah`` any capitalised run,
    after a publishing verb and ``di``/``dalam`` a run holding a journal word (``brands.JOURNAL_WORDS``)."""
    if st.w[k] in brands.JOURNAL_NOUNS:
        a = k + 1
    elif st.w[k] in brands.PUBLISHED_VERBS and k + 2 < st.n and st.w[k + 1] in brands.PUBLISHED_IN:
        a = k + 2
    else:
        return None
    if a >= st.n or not _cap(st.w[a]):
        return None
    b = _journal_run(st, a)
    if st.w[k] not in brands.JOURNAL_NOUNS and not any(w in brands.JOURNAL_WORDS for w in st.w[a:b]):
        return None
    return a, b


def _journals(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a journal's name after a journal noun or a publishing verb (``_journal_at``) is one
    organisation over its whole run, as a magazine is; the spans inside it go (a cut name, a word typed
    a place). A person span inside it stays when it is the run's only span and the run is just that
    name: ``majalah Tempo`` is ORG, but a run starting with a person the tagger found whole
    (``jurnal ... oleh Fulan``) is left alone."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or not any(w in brands.JOURNAL_NOUNS or w in brands.PUBLISHED_VERBS for w in st.w):
            continue
        for k in range(st.n):
            r = _journal_at(st, k)
            if r is None:
                continue
            a, b = r
            inside = [s for s in sp if s.i < b and a < s.j]
            if any(s.i < a or s.j > b for s in inside):
                continue  # a span running out of the name: some other reading, leave it
            if any(s.type == "PERSON" and s.title is not None for s in inside):
                continue
            for s in inside:
                sp.remove(s)
            sp.append(Span(a, b, "ORG", source="rule"))
            sp.sort(key=lambda s: s.i)


def _awards(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a rank won glued before an award's name (``brands.AWARD_RANKS`` and
    ``AWARD_RANK_TAILS``: ``Silver Winner [Anugerah ...]``, ``Winner [Anugerah ...]``) is cut off, and a name opening with an
    award head (``Anugerah``, ``Penghargaan``) is that award, an event like ``... Awards``."""
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            k = s.i
            while k + 1 < s.j and k - s.i < 2 and (st.w[k] in brands.AWARD_RANKS or st.w[k] in brands.AWARD_RANK_TAILS):
                k += 1  # "Silver Winner", or "Winner" alone when the tagger left the rank out
            if k > s.i and st.w[k] in brands.AWARD_HEADS:
                s.i, s.title = k, None
            if st.w[s.i] in brands.AWARD_HEADS and s.j - s.i >= 2 and s.type in ("ORG", "LOC", "GPE", "PERSON") \
                    and s.title is None:
                s.type = "EVENT"
