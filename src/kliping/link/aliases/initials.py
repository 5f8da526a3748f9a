"""Capitals and initials: the name an all-capital short form of an article is the
initials of (``Hendi Prio Santoso (HPS)``), capitals a case cue marks as a person's initials
(``Saudara AS``, ``tersangka berinisial BP``) and the names they may stand for, capitals an
article declares for a name (``KUS (Kusnadi)``), and two-letter particles (``Al``) that are nobody's
initials.

Apart because initials are read by their own cues and stand for a name only with evidence; the
first pass and the joins ask the tests here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from kliping.lang.id import gazetteer
from kliping.lang.id.abbreviations import ACRONYM_SKIP
from kliping.lang.id.alias_words import TWO_LETTER_PARTICLES
from kliping.lang.id.titles import (
    CASE_PARTY_WORDS,
    INITIALS_ADDRESS_WORDS,
    INITIALS_DECLARED_WORDS,
    INITIALS_FORMULA_WORDS,
)
from kliping.link.aliases.forms import Form, Mentions
from kliping.link.aliases.keys import STRIP, fold_accents, strip_honorifics, type_key
from kliping.link.aliases.roles import _role_words
from kliping.model import Evidence
from kliping.text.patterns import alternation
from kliping.text.tokens import letters_in_order

_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def _initials(name: str, typ: str) -> str:
    """Upper-case initials of a name of two or more words (``HPS`` for ``Hendi Prio Santoso``);
    empty for a name holding an acronym itself (``KPP Pratama Klaten``)."""
    words = name.split()
    if typ != "PERSON":
        words = [w for w in words if w.casefold() not in ACRONYM_SKIP]
    if len(words) < 2 or any(len(w) > 1 and w.isupper() for w in words):
        return ""
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


# Words news writes before a person's initials (``Saudara AS``, ``tersangka BP``, ``berinisial BP dan
# MRS``): after them capitals are a person's initials, never a country's or a body's acronym.
# The word lists are ``titles.INITIALS_ADDRESS_WORDS``/``INITIALS_FORMULA_WORDS``/``CASE_PARTY_WORDS``,
# shared with the tagger's initials rule.
_INITIALS_CUE = re.compile(
    rf"(?i:\b(?:{alternation(INITIALS_ADDRESS_WORDS | CASE_PARTY_WORDS | INITIALS_FORMULA_WORDS)}))\.?\s+"
    r"(?:[A-Z]{2,4}(?:\s*,\s*|\s+(?:dan|serta)\s+))*$")
_PERSON_INITIALS = re.compile(r"^[A-Z]{2,4}$")
# Cues after which capitals are a person's initials even when they spell a known abbreviation
# (``Saudara AS``); after ``tersangka`` a known abbreviation is the body (``tersangka KPK``).
_STRONG_INITIALS_CUE = re.compile(
    rf"(?i:\b(?:{alternation(INITIALS_ADDRESS_WORDS | {w for w in INITIALS_FORMULA_WORDS if not w.startswith('ber')})}))")


_CASE_CUE_BEFORE = re.compile(rf"(?i:\b(?:{alternation(INITIALS_ADDRESS_WORDS | CASE_PARTY_WORDS)}))\.?\s+$")


# ``Siman Bahar (SB)``: a name followed by its initials in brackets.
_BRACKETED_INITIALS = re.compile(r"\s*\(\s*([A-Z]{2,4})\s*\)")


def _known_abbreviation(initials: str, canon: Callable[[str, str], str]) -> bool:
    """``canonical_form`` expands ``initials`` as a body's or a place's (``KPK``, ``AS``), whatever
    type the tagger gave the mention."""
    return any(canon(initials, typ) != initials for typ in ("ORG", "GPE"))


def _mark_person_initials(ev: Evidence, local: Sequence[Form], canon: Callable[[str, str], str]) -> dict[str, set[str]]:
    """Capitals the article gives as a person's initials (:data:`_INITIALS_CUE`: ``Saudara AS``,
    ``tersangka berinisial BP dan MRS``) are that person in every use of the article (``AS
    disangkakan ...`` a sentence later), whatever the tagger typed them: not ``Amerika Serikat``,
    not an acronym. Returns, per such initials, the keys of the article's names they may stand
    for (:func:`_vouched_names`); after ``inisial`` / ``berinisial`` the article withholds the name,
    so none unless it gives the initials in brackets after it (``Hendi Prio Santoso (HPS)``)."""
    sents = ev.doc.sentences
    marked: dict[str, str] = {}
    for f in local:
        words = f.text.split()
        initials = strip_honorifics(f.text)
        if not _PERSON_INITIALS.match(initials) or not 0 <= f.sentence < len(sents):
            continue
        m = ev.mentions[f.mention]
        own_cue = len(words) == 2 and words[0].casefold().strip(STRIP) in ("saudara", "saudari", "sdr", "sdri")
        cue = _INITIALS_CUE.search(sents[f.sentence].text[:m.start])
        if cue and not own_cue and not _STRONG_INITIALS_CUE.search(cue.group()) and _known_abbreviation(initials, canon):
            continue  # ``tersangka KPK``: a suspect of the KPK, the body's known abbreviation
        if own_cue or cue:
            if cue and "inisial" in cue.group().casefold():
                marked[initials] = "withheld"
            else:
                marked.setdefault(initials, "named")
    if not marked:
        return {}
    for f in local:
        initials = strip_honorifics(f.text)
        if initials in marked:
            f.type, f.full, f.initials = "PERSON", initials, marked[initials]
            f.key = type_key(initials, "PERSON")
    return {ini: _vouched_names(ev, local, ini, kind == "withheld") for ini, kind in marked.items()}


_DECLARED = rf"(?i:{alternation(INITIALS_DECLARED_WORDS)})"


def _vouched_names(ev: Evidence, local: Sequence[Form], initials: str, withheld: bool) -> set[str]:
    """Keys of the article's person names that initials a case cue marks may stand for: a name the
    initials follow in brackets (``Siman Bahar (SB)``) or the article declares them to be (``MS
    yang dimaksud adalah Fulanah Wijaya``: :data:`INITIALS_DECLARED_WORDS`), or, unless the article withholds the name
    (``berinisial``), a name given a case cue itself (``Saudara Lukas Enembe``) or given no role at
    all. A name with a role of its own (``Juru Bicara KPK Budi Prasetyo``) is the official who
    speaks of the suspect, not the suspect: news names suspects by initials, officials in full."""
    sents = ev.doc.sentences
    out: set[str] = set()
    roles: dict[str, bool] = {}
    for g in local:
        if g.type != "PERSON" or not g.key or len(g.full.split()) < 2 or g.initials:
            continue
        m = ev.mentions[g.mention]
        text = sents[m.sentence].text if 0 <= m.sentence < len(sents) else ""
        bracketed = _BRACKETED_INITIALS.match(text, m.end)
        declared = re.search(rf"\b{re.escape(initials)}\s+(?:yang\s+dimaksud\s+)?{_DECLARED}\s+$", text[:m.start])
        if (bracketed and bracketed.group(1) == initials) or declared \
                or (not withheld and _CASE_CUE_BEFORE.search(text[:m.start])):
            out.add(g.key)
        roles[g.key] = roles.get(g.key, False) or bool(_role_words(g.title))
    if not withheld:
        out |= {k for k, has_role in roles.items() if not has_role}
    return out


# ``KUS (Kusnadi)``: capitals with the name they stand for in brackets right after them.
_BRACKETED_NAME = re.compile(r"\s*\(\s*([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,4})\s*\)")


def _letters_of(caps: str, name: str) -> bool:
    """``caps`` is a contraction of ``name``: its letters in order, the first the name's first
    (``ISW`` of ``Iswan Ibrahim``, ``KUS`` of ``Kusnadi``, ``HPS`` of ``Hendi Prio Santoso``)."""
    return letters_in_order(caps, "".join(c for c in fold_accents(name).casefold() if c.isalpha()))


# The most capitals initials written before a bracketed short name may have beyond that name's own
# initials: a given name the short name drops (``MRC (Riza Chalid)``, ``M`` of ``Mohammad``).
DROPPED_NAME_INITIALS = 1


def _initials_of_short_name(caps: str, name: str) -> bool:
    """``caps`` ends with the initials of ``name`` (two or more words), at most
    :data:`DROPPED_NAME_INITIALS` capitals before them: ``MRC`` glossed ``(Riza Chalid)``, the
    short name the article gives the person whose first given name the initials keep."""
    words = [w for w in fold_accents(name).split() if w[:1].isalpha()]
    own = "".join(w[0] for w in words).upper()
    return len(words) >= 2 and caps.endswith(own) and len(caps) - len(own) <= DROPPED_NAME_INITIALS


def _declared_initials(ev: Evidence, local: Sequence[Form], canon: Callable[[str, str], str]) -> None:
    """Capitals an article declares in brackets as a person's short name, ``Iswan Ibrahim (ISW)``
    or ``Saudara KUS (Kusnadi)``, stand for that person in every use of the article, whether or
    not they are the name's initials, when they are its letters in order (:func:`_letters_of`), or
    the bracketed short name's initials after a dropped given name's (``MRC (Riza Chalid)``,
    :func:`_initials_of_short_name`), and
    no known abbreviation (``Budi (KPK)`` declares nothing). Two names declaring the same capitals
    declare none."""
    sents = ev.doc.sentences
    declared: dict[str, set[tuple[str, str]]] = defaultdict(set)
    persons = [g for g in local if g.type == "PERSON" and g.key and not _PERSON_INITIALS.match(g.full)]
    for g in persons:
        m = ev.mentions[g.mention]
        if not 0 <= m.sentence < len(sents):
            continue
        text = sents[m.sentence].text
        after = _BRACKETED_INITIALS.match(text, m.end)
        if after and _letters_of(after.group(1), g.full) and not _known_abbreviation(after.group(1), canon):
            declared[after.group(1)].add((g.full, g.key))
    for f in local:
        caps = strip_honorifics(f.text)
        if not _PERSON_INITIALS.match(caps) or not 0 <= f.sentence < len(sents):
            continue
        m = ev.mentions[f.mention]
        after = _BRACKETED_NAME.match(sents[f.sentence].text, m.end)
        if not after or _known_abbreviation(caps, canon):
            continue
        name = " ".join(after.group(1).split())
        for g in persons:
            if " ".join(strip_honorifics(g.text).split()) == name and (
                    _letters_of(caps, g.full) or _initials_of_short_name(caps, name)):
                declared[caps].add((g.full, g.key))
    for f in local:
        caps = strip_honorifics(f.text)
        if _PERSON_INITIALS.match(caps) and len(declared.get(caps, ())) == 1:
            f.type, (f.full, f.key) = "PERSON", next(iter(declared[caps]))
            f.initials = ""


def _resolve_initials(forms: Sequence[Form], vouched: dict[str, set[str]] | None = None) -> list[tuple[str, str, str]]:
    """Attach an unknown all-capital short form of one article to the one name there whose initials
    it is: ``Hendi Prio Santoso (HPS)``, ``Ridwan Kamil (RK)``, ``Badan Koordinasi Penanaman Modal``
    and ``BKPM``. Known abbreviations (``KPK``, ``AS``) are expanded by ``canonical_form`` before.
    Returns ``(acronym key, name key, name type)`` of every attachment, the type ``PERSON`` for a
    name that does not read as an organisation's (:func:`_org_like`). Initials a case cue marks as a
    person's (``Saudara AS``) stand only for the names ``vouched`` lists for them
    (:func:`_mark_person_initials`)."""
    by_initials: dict[str, dict[str, Form]] = defaultdict(dict)
    for g in forms:
        if g.key and not _ACRONYM.match(g.text):
            ini = _initials(g.full, g.type)
            if ini:
                by_initials[ini].setdefault(g.key, g)
    out = []
    for f in forms:
        if not f.key or not _ACRONYM.match(f.full) or (f.full != f.text and not f.initials):
            continue
        cands = {k: g for k, g in by_initials.get(f.full, {}).items() if k != f.key}
        if f.initials:
            cands = {k: g for k, g in cands.items() if k in (vouched or {}).get(f.full, set())}
        if len(cands) == 1:
            g = next(iter(cands.values()))
            out.append((f.key, g.key, g.type if _org_like(g.full) else "PERSON"))
            f.full, f.key = g.full, g.key
    return out


def _org_like(name: str) -> bool:
    """The name reads as a body's: it opens with an organisation word (``Badan``, ``Komisi``,
    ``Partai``, gazetteer ``org`` cues) or has a function word (``Pengawas Obat dan Makanan``). A
    tagger may type a person ORG; their initials must not spread to other articles."""
    words = name.split()
    return bool(words) and (words[0] in gazetteer.cues().get("org", frozenset())
                            or any(w.casefold() in ACRONYM_SKIP for w in words[1:-1]))


# Marks the key of a two-letter word not written in capitals, with its article.
LOWER_PAIR_MARK = "~"


def _two_letter_key(full: str, key: str, article: int) -> str:
    """``AL`` (a suspect's initials) and ``Al`` (a name particle, a misread ``AI``, the ``al.`` of
    ``et al.``) are two names: a particle of :data:`TWO_LETTER_PARTICLES` written with a lower-case
    letter is no initials or acronym and names nobody on its own, so that form's key is its
    article's only (``PT AL`` still equals ``AL``; ``Al`` of one article is not ``Al`` of another)."""
    if key and len(full) == 2 and full.isalpha() and not full.isupper() and full.casefold() in TWO_LETTER_PARTICLES:
        return f"{key}{LOWER_PAIR_MARK}{article}"
    return key


def _join_person_initials_in_their_events(mentions: Mentions, event_of: dict[int, str]) -> None:
    """Capitals written alone in an article (``RK menggugat ...``, no name of the article spelt out
    with them, no case cue) are the person another article of the same event gives them to
    (``Ridwan Kamil (RK)``: the initials resolved to that name, and are its letters in order), where
    the articles of that event give them to one person only: a story that calls a figure by his
    initials introduces them once and its follow-ups use them alone. The uses take the person's name,
    key and type (the tagger types bare capitals ORG). Only within an event: across stories the same
    letters are often another suspect's (``berinisial DS``), and capitals a case cue marks
    (``tersangka berinisial BP``) stay with :func:`_keep_initials_in_their_stories`. Known
    abbreviations never reach here (``canonical_form`` expanded them: ``KPK``, ``BI``); nor do
    capitals that are a body's, since the name must be a person's (no organisation word, no
    function word: :func:`_org_like`)."""
    uf = mentions.uf
    given: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)  # (caps, event) -> (full, root)
    for i, local in mentions.by_article.items():
        event = event_of.get(i)
        if event is None:
            continue
        for f in local:
            if (f.key and _PERSON_INITIALS.match(f.text) and f.full != f.text and not f.initials
                    and len(f.full.split()) >= 2 and not _org_like(f.full) and _letters_of(f.text, f.full)):
                given[(f.text, event)].add((f.full, uf.find(f.key)))
    if not given:
        return
    people = {uf.find(f.key) for f in mentions.forms if f.key and f.type == "PERSON" and len(f.full.split()) >= 2}
    for i, local in mentions.by_article.items():
        event = event_of.get(i)
        if event is None:
            continue
        for f in local:
            if not f.key or f.initials or f.full != f.text or not _PERSON_INITIALS.match(f.text):
                continue
            names = given.get((f.text, event), set())
            roots = {root for _full, root in names}
            if len(roots) != 1 or not roots <= people or uf.find(f.key) in roots:
                continue
            f.full = Counter(full for full, _root in names).most_common(1)[0][0]
            f.key, f.type = next(iter(roots)), "PERSON"
