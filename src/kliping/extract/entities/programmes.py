"""Document pass: names of programmes, schemes and slogans that the tagger typed a body or a place.

A programme names no entity (``devsets/entities/README.md``: ``none``), but the reports about one
programme share its name, and the event and storyline linker keys articles by it; so these spans are
not dropped but typed :data:`kliping.model.PROGRAMME`, which ``link`` keeps as a key and leaves out
of the dossier's entities and mentions. People-typed programme names are dropped by
``not_people._not_people`` (their programme noun is read by the same ``not_people._after_programme_noun``);
a programme's known name anywhere is ``concepts.PROGRAMME_NAMES`` (``lone_words._concept_terms``).
"""

from __future__ import annotations

from kliping.extract.entities.not_people import _after_programme_noun
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import _ADMIN_NOUN, _CLOSE_QUOTES, _OPEN_QUOTES
from kliping.extract.ner_features import GPE_OR_SHORT
from kliping.lang.id import brands, concepts, gazetteer, name_prefixes
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.entity_words import NAMING_LINKS, NAMING_NOUNS, NAMING_VERBS
from kliping.model import PROGRAMME

# Lexicon labels of a place's words (``extract.ner_features.lexicon``: the strong places, a region's
# short name, a geographic place): a slogan is written on a place.
_PLACE_LABELS = GPE_OR_SHORT | {"GLOC"}
_RETYPED = ("ORG", "LOC", "GPE")


def _slogan(st: _Sentence, s: Span, sp: list[Span]) -> bool:
    """Span ``s`` is a place's name and one slogan word after it (``Karawang Sehat``, ``Indonesia
    Pintar``: ``concepts.SLOGAN_TAILS``), no head word before it: a regional or national programme
    named as a wish for the place, not the place nor a body. A place span the slogan word follows
    (the tagger's ``[Karawang] Sehat``), in no other span and before no other capitalised word, takes
    it."""
    if s.type in ("LOC", "GPE") and s.j < st.n and st.w[s.j] in concepts.SLOGAN_TAILS \
            and not any(o.i <= s.j < o.j for o in sp) and (s.j + 1 == st.n or not _cap(st.w[s.j + 1])):
        s.j += 1
    return s.j - s.i >= 2 and st.w[s.j - 1] in concepts.SLOGAN_TAILS \
        and all(st.label[k] in _PLACE_LABELS for k in range(s.i, s.j - 1))


def _unknown_named(st: _Sentence, s: Span) -> bool:
    """Span ``s``, right after a scheme noun (``name_prefixes.SCHEME_NOUNS``: ``program [REHAB BPJS]``,
    ``program [BLTS]``), opens
    with a word no list knows as a body or a place and does not end in a field noun: the programme's
    own name. ``program Pemkab Bone``, ``program Kemensos``, ``program Sekolah Rakyat`` (a body's cue
    word first) and ``program BPJS Ketenagakerjaan`` (a body and its field, ``ke-...-an``) name the
    body whose programme it is, and stay."""
    first, last = st.w[s.i], st.low[s.j - 1]
    if st.label[s.i] or first in ABBREVIATIONS or first in brands.KNOWN_COMPANIES:
        return False
    if s.j - s.i >= 2 and _ADMIN_NOUN.match(last):
        return False
    return _after_programme_noun(st, s, name_prefixes.SCHEME_NOUNS)


def _listed_programmes(st: _Sentence, sp: list[Span]) -> list[Span]:
    """The body- or place-typed spans of a list that a programme noun opens (``Program lain yang
    dinilai baik yakni [Sekolah Rakyat] (3,1), [Sekolah Unggul Garuda] (3,0) dan ...``: the noun, a
    few lower-case words, a list opener of ``brands.LIST_OPENERS``, then names apart only by commas,
    list joiners and bracketed scores): the items of a list of programmes are programmes, though
    their head word (``Sekolah``, ``Koperasi``) opens bodies' names too. An item holding a number or a
    place's word (``SMA Negeri 1 ...``, ``Pemkab Sleman``) or wholly a known body's name stays, and so
    does a list of who runs the programme (``name_prefixes.SCHEME_LIST_OWNER_WORDS`` before the
    opener: ``dijalankan oleh satu badan seperti ...``)."""
    out: list[Span] = []
    for k in range(st.n):
        if st.low[k] not in name_prefixes.SCHEME_NOUNS:
            continue
        o = next((x for x in range(k + 1, min(st.n, k + 8)) if st.low[x] in brands.LIST_OPENERS), None)
        if o is None or not all(st.w[x].islower() and st.low[x] not in name_prefixes.SCHEME_LIST_OWNER_WORDS
                                for x in range(k + 1, o)):
            continue
        at = o + 1
        for s in sorted((s for s in sp if s.i > o), key=lambda s: s.i):
            if not all(_list_gap(st.w[x]) for x in range(at, s.i)):
                break
            at = s.j
            words = st.w[s.i:s.j]
            if s.type in _RETYPED and not any(c.isdigit() for w in words for c in w) \
                    and not any(st.label[x] in _PLACE_LABELS for x in range(s.i, s.j)) \
                    and " ".join(words) not in ABBREVIATIONS and " ".join(words) not in brands.KNOWN_COMPANIES:
                out.append(s)
        break
    return out


def _list_gap(w: str) -> bool:
    """A token between two items of a list: a comma, a list joiner, a bracket or a number in it."""
    return w in (",", "(", ")") or w in brands.LIST_JOINERS or w.replace(",", "").replace(".", "").isdigit()


def _quoted_name(st: _Sentence, s: Span) -> bool:
    """Span ``s`` typed a place stands alone in quotes (``mengadu melalui 'Lapor Pak X'``, ``kanal WA
    'Lapor ...'``): news quotes the name of a channel, a campaign, a nickname or a title, and writes a
    place bare; no word of it is a place of the place data (``'Jakarta'`` stays). A body's name in
    quotes is one only after a naming verb (``dikenal dengan 'The X Man'``: a nickname)."""
    if s.i == 0 or s.j >= st.n or st.w[s.i - 1] not in _OPEN_QUOTES or st.w[s.j] not in _CLOSE_QUOTES:
        return False
    if s.type == "ORG":
        return _naming_verb_before(st, s.i - 1)
    return s.type in ("LOC", "GPE") and not any(st.label[k] in _PLACE_LABELS for k in range(s.i, s.j)) \
        and not gazetteer.place_kind(" ".join(st.w[s.i:s.j]))


def _naming_verb_before(st: _Sentence, q: int) -> bool:
    """A naming verb (``entity_words.NAMING_VERBS``: ``dikenal``, ``disebut``) right before the quote
    at ``q``, through ``dengan``/``sebagai`` (``NAMING_LINKS``) and a naming noun (``dikenal dengan nama 'X'``)."""
    k = q - 1
    if k >= 0 and st.low[k] in NAMING_NOUNS:
        k -= 1
    if k >= 0 and st.low[k] in NAMING_LINKS:
        k -= 1
    return k >= 0 and st.low[k] in NAMING_VERBS


def _programme_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an organisation or place span that names a programme is typed ``PROGRAMME``, with
    every mention of the same words in the article: a slogan on a place (:func:`_slogan`) anywhere,
    or a name no list knows right after a programme noun (:func:`_unknown_named`). A longer name
    holding it (``Satgas X``) is another span and stays as typed."""
    if any(st.caseless for st in sents):
        return
    names: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type in _RETYPED and (_slogan(st, s, sp) or _unknown_named(st, s) or _quoted_name(st, s)):
                names.add(tuple(st.w[s.i:s.j]))
        names.update(tuple(st.w[s.i:s.j]) for s in _listed_programmes(st, sp))
    if not names:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type in _RETYPED and tuple(st.w[s.i:s.j]) in names:
                s.type = PROGRAMME
