"""The last document pass: an appositive title (``X, juru bicara Y``) given to its owner, and
how far a title's text runs.
"""

from __future__ import annotations

from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import _HEADS, _LIST_WORDS, _NAME_RANKS, _VERB_START
from kliping.lang.id import name_prefixes
from kliping.lang.id.cues import KIN_NOUNS, SPEECH_FORMS
from kliping.lang.id.titles import DECEASED_TITLES, HONORIFICS, RANKS, ROLE_PHRASE_OPENERS

# Honorifics written right before a name (``Wakil Menteri Agama Romo [Fulan]``): the person's, not
# the office's, like the ranks of ``_NAME_RANKS``.
_TITLE_TAIL = _NAME_RANKS | frozenset(h.rstrip(".") for h in HONORIFICS)


def _appositive_name(st: _Sentence, p: Span, starts: dict[int, Span]) -> bool:
    """Person span ``p`` (written right after ``NAME1,``) stands alone as an appositive: it ends the
    sentence or is closed by a full stop, a bracket or a comma that no further name or ``dan`` follows
    (``pengacara Budi, Rina Sari, kepada wartawan``; not ``Menteri Budi, Rina, dan Santi``)."""
    if p.j >= st.n or st.w[p.j] in (".", "(", ")", ";", ":", "\"", "”"):
        return True
    if st.w[p.j] != ",":
        return False
    nxt = p.j + 1
    return nxt < st.n and st.low[nxt] not in _LIST_WORDS and nxt not in starts


def _opens_phrase(st: _Sentence, a: int) -> bool:
    """Word ``a`` opens a noun phrase: it starts the sentence or follows punctuation, a speech verb,
    a prefixed verb or a preposition (``titles.ROLE_PHRASE_OPENERS``), not a noun that governs it."""
    if a == 0 or not st.w[a - 1][:1].isalnum():
        return True
    before = st.low[a - 1]
    return before in ROLE_PHRASE_OPENERS or before in SPEECH_FORMS or (
        len(before) > 5 and _VERB_START.match(before) is not None and before not in _HEADS)


def _title_owners(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Give each person only a title that governs that person's name. The description of an entity
    is made of these titles, so a title that belongs to someone else names a false role.

    * A title ends before another person's span that is glued to the name (``Direktur ... BI
      [Ramdan] [Denny Prakoso]``): the first name is a name, not part of the office.
    * ``pengacara Jokowi, Yakup Hasibuan,``: the role phrase before ``NAME1,`` is the role of the
      appositive ``NAME2`` (``pengacara Jokowi``), and ``NAME1`` is the one served; a kinship noun
      before it is part of the phrase (``istri Gubernur X Fulan, Fulanah``: the governor keeps his
      title, the wife is ``istri Gubernur X Fulan``).
    * ``Jhony, pengacara Lisa Mariana,``: a title of ``Lisa Mariana`` opening at the head of another
      person's appositive is that person's role, not hers.
    * ``istri almarhum, Rosmala``: a fronted word for the dead is the one who died; with a kinship
      noun before it the phrase is the title (``istri almarhum``), else there is none.
    * Across the article: when ``pengacara Lisa`` opens another person's title, a ``pengacara``
      written right before ``Lisa`` elsewhere is Lisa's lawyer, not Lisa's role.
    """
    roles: list[tuple[str, ...]] = []
    owned: list[tuple[tuple[str, ...], Span]] = []
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        people = sorted((s for s in sp if s.type == "PERSON"), key=lambda s: s.i)
        starts = {s.i: s for s in people}
        for s in people:
            t = s.title
            if t is not None and t[1] == s.i:
                glued = [o for o in people if o is not s and o.j == s.i and o.i >= t[0]]
                if glued:
                    s.title = t = (t[0], glued[0].i) if glued[0].i > t[0] else None
            if t is not None and t[1] == s.i - 1 and st.w[t[1]] == "," \
                    and all(st.low[k].rstrip(".") in DECEASED_TITLES for k in range(*t)):
                kin = t[0] > 0 and st.low[t[0] - 1] in KIN_NOUNS
                s.title = (t[0] - 1, t[1]) if kin else None
        for s in people:
            nxt = starts.get(s.j + 1)
            if nxt is None or st.w[s.j] != "," or not _appositive_name(st, nxt, starts) \
                    or name_prefixes.is_degree_word("".join(st.w[nxt.i:nxt.j]).replace(".", "")) \
                    or any(name_prefixes.is_degree_word(w.replace(".", "")) for w in st.w[nxt.i:nxt.j]):
                continue  # "dr Siti, M.Epid,": a degree after the name, no second person
            a = s.title[0] if s.title is not None and s.title[1] == s.i else s.i
            if nxt.title is not None and nxt.title != (a, s.j):
                continue  # the second name has a title of its own
            kin = a > 0 and st.low[a - 1] in KIN_NOUNS
            if a == s.i and not kin:
                continue  # "Budi, Rina," with no role before them: a list or an address
            if not kin and not _opens_phrase(st, a):
                continue  # "tukang cukur langganan Gubernur X Fulan, Budi": Budi's role is unknown
            nxt.title = (a - 1 if kin else a, s.j)
            if not kin:
                s.title = None
        for q in people:
            if q.title is None or q.title[0] < q.j:
                continue
            for s in people:
                if s is q or s.title is None or s.title[0] != q.title[0] or s.j > q.title[1]:
                    continue
                e = s.j + 1
                if _appositive_name(st, s, starts) and not (e < st.n and _cap(st.w[e]) and st.title_head(e)):
                    s.title = None
                else:  # "Budi, Kepala Dinas X Rina, dan ...": the comma lists office holders
                    q.title = None
                    break
        for s in people:
            if s.title is None:
                continue
            words = tuple(st.low[s.title[0]:s.title[1]])
            if s.title[0] >= s.j or (s.title[1] == s.i - 1 and st.w[s.title[1]] == ","):
                roles.append(words)  # a role set off by commas ("Tigor, pengacara Melati,")
            if s.title[1] == s.i:
                owned.append((words + tuple(st.low[s.i:s.j]), s))
    for phrase, s in owned:
        if any(len(r) >= len(phrase) and r[:len(phrase)] == phrase for r in roles):
            s.title = None


def _title_tail(st: _Sentence, ti: int, tj: int) -> int:
    """End of title words ``ti..tj`` without the ranks, academic titles and honorifics closing it
    (``Kapolsek Tanah Sareal AKP [Fulan]``, ``Kabid Humas Polda X Kombes Pol [Fulan]``): they are
    written before the person's name, so they are the person's, not the office's."""
    while tj - 1 > ti:
        w = st.low[tj - 1].rstrip(".")
        if w == "pol" and tj - 2 > ti and st.low[tj - 2] in RANKS:
            tj -= 2  # "Kombes Pol": the rank and its corps
        elif w in _TITLE_TAIL:
            tj -= 1
        else:
            break
    return tj
