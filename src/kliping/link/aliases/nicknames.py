"""Nicknames: the name news gives a person after the full name (``Saifullah Yusuf (Gus
Ipul)``, ``... atau Gus Ipul``, ``... alias Kirun``) or before it (``Cak Imin, sapaan akrab
Muhaimin Iskandar``), a one-word name clipped from a given name (``Benny`` / ``Benjamin``), and
what a nickname may not be (a title, an office, a kinship word, a club, a second person).

Apart because nicknames are read by their own cues and words, and join across articles by
:func:`~kliping.link.aliases.resolution._apply_nicknames` once events are known.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from kliping.lang.id import cues, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.alias_words import (
    KINSHIP_WORDS,
    NICKNAME_HONORIFICS,
    PUBLIC_NICKNAME_HONORIFICS,
    REGIONAL_OFFICE_WORDS,
)
from kliping.lang.id.name_prefixes import GLUED_ROLE_WORDS, NAME_OPENERS
from kliping.lang.id.titles import OFFICE_HEADS, RANKS, ROLE_ABBREVIATIONS, TITLE_HEADS
from kliping.link.aliases.forms import Form, UnionFind
from kliping.link.aliases.initials import _PERSON_INITIALS, _org_like
from kliping.link.aliases.keys import ALL_HONORIFICS, PLACE_TYPES, STRIP, is_place, key_tokens, normalize_key
from kliping.link.aliases.roles import _title_key
from kliping.model import Evidence

# What news writes between a full name and the nickname it gives it: ``Saifullah Yusuf (Gus Ipul)``,
# ``Saifullah Yusuf atau Gus Ipul``, ``... alias Kirun``, ``..., yang akrab disapa Ipul``.
_NICKNAME_GAP = re.compile(
    r"\s*(?:(?P<bracket>\()|,?\s*(?P<cue>atau|alias|(?:yang\s+|atau\s+)?(?:akrab|biasa|kerap|sering)\s+"
    r"(?:disapa|dipanggil|disebut))\s)\s*$", re.IGNORECASE)
# ``alias`` / ``(atau) kerap disapa`` before a nickname: the article says it is what the person is
# called, so initials (``JQ``), which the tagger often types as a body, are the nickname too when
# they are no known body or place short form (:func:`_called_initials`).
_CALLED_CUE = re.compile(r"alias|.*\b(?:disapa|dipanggil)$", re.IGNORECASE)


def _called_initials(cue: str, g: Form) -> bool:
    """``Aminullah atau kerap disapa JQ``: initials given as a person's name by ``alias`` / ``disapa``
    / ``dipanggil`` (``cue``), typed a person or a body, and no known body, place or outlet."""
    return (bool(_CALLED_CUE.match(cue)) and g.type in ("PERSON", "ORG") and bool(_PERSON_INITIALS.match(g.full))
            and g.full not in ABBREVIATIONS and not _named_body(g.full))
# ``antara A atau B``, ``apakah A atau B``, ``memilih A atau B``: two people offered as a choice.
_CHOICE_BEFORE = re.compile(
    r"\b(?:antara|apakah|entah|baik|pilih|memilih|dipilih|siapa|calon|pasangan|lawan|melawan|versus|vs)\b"
    r"[^,.;:()]{0,40}$", re.IGNORECASE)
# ``Budi Santoso, Andi Wijaya atau Cak Nun``: the last of a list of people, not a nickname.
_LIST_BEFORE = re.compile(r"(?:,|\bdan|\bserta)\s*$", re.IGNORECASE)
# What a word in a nickname's place says instead: a title, office or rank, a role, a kinship word.
_NOT_NICKNAME_WORDS = (TITLE_HEADS | OFFICE_HEADS | RANKS | GLUED_ROLE_WORDS | cues.ROLE_NOUNS
                       | cues.AGENT_NOUNS | REGIONAL_OFFICE_WORDS | KINSHIP_WORDS)
# Football clubs named as one word (``Persib``, ``Persija``, ``Persebaya``, ``Arema``).
_CLUB_WORD = re.compile(r"^(?:pers[a-z]{1,8}|arema)$")
# Before a bracketed name: it is one of a couple or a family (``Pasangan suami istri Andi Wijaya
# (Rina)``, ``anak korban``), so the bracket may name the other one.
_FAMILY_BEFORE = re.compile(
    r"\b(?:pasangan|suami|istri|anak|ayah|ibu|adik|kakak|keluarga|orang\s+tua)\b[^.;:()]{0,30}$",
    re.IGNORECASE)
# Right after the closing bracket: ``Andi Wijaya (Rina) dan ...``, a second person may be named.
_PAIR_AFTER = re.compile(r"^\)\s*(?:dan|serta|bersama|&)\b", re.IGNORECASE)


def _named_body(word: str) -> bool:
    """A party, organisation, outlet or club written as one word (``Gerindra``, ``Golkar``,
    ``Perindo``, ``Persib``): what a bracket after a politician's or player's name often holds."""
    entry = ABBREVIATIONS.get(word)
    return (word in gazetteer.orgs() or word in gazetteer.media() or (entry is not None and entry[1] == "ORG")
            or bool(_CLUB_WORD.match(word.casefold())))


def _nickname_words(name: str) -> list[str] | None:
    """The words of a nickname (``Gus Ipul`` -> ``[gus, ipul]``, ``Kirun``), or None for what a
    bracket or ``atau`` after a name gives instead: initials and party or body acronyms (all
    capitals: left to :func:`_resolve_initials`), an age or number, a place, an organisation, a
    party, outlet or club written as one word (``Gerindra``, ``Persib``: :func:`_named_body`), a
    title, rank, office or its abbreviation (``Mensos``, ``Gubernur``, ``Sekda``), a role of a case
    or an everyday one (``Tersangka``, ``Sopir``), a kinship word (``Istri``, ``Anak``), or two or
    more name words (a second person). A nickname of two words opens with an honorific
    (:data:`NICKNAME_HONORIFICS`)."""
    words = name.split()
    if (not words or name.isupper() or any(c.isdigit() for c in name) or is_place(name) or _org_like(name)
            or _named_body(name)):
        return None
    low = [w.casefold().strip(STRIP) for w in words]
    if any(w in _NOT_NICKNAME_WORDS or w in ROLE_ABBREVIATIONS for w in low):
        return None
    if len(words) == 1 or (len(words) == 2 and low[0] in NICKNAME_HONORIFICS):
        return low
    return None


def _nickname_blocked(text: str, a: int, end: int, bracket: bool, cue: str, words: list[str],
                      full: str = "") -> bool:
    """Context that makes the name after a full name (``full``, at ``a`` in ``text``; the nickname
    ends at ``end``) someone else. After ``atau`` (two people as often as one), only an honorific
    nickname (``... atau Gus Ipul``) is one: ``menghubungi Budi Santoso atau Agus`` offers two
    people. In brackets, a one-word name (no honorific) is one only as a short form of the name
    (:func:`_short_form_of`: ``Joko Widodo (Jokowi)``, ``Bambang Soesatyo (Bamsoet)``), since a
    bracket after a name also gives another person (``Budi Santoso (Rina)``, a wife, a child, the
    other one of a pair), and not after a couple or family (``Pasangan suami istri Andi Wijaya
    (Andi)``) or followed by ``dan`` / ``bersama``. ``alias`` and ``akrab disapa`` say it is a
    nickname whatever its letters (``Muhammad Akhirun alias Kirun``)."""
    if cue.casefold() == "atau":
        return len(words) != 2 or words[0] not in NICKNAME_HONORIFICS
    if bracket and len(words) == 1:
        return bool(_FAMILY_BEFORE.search(text[:a]) or _PAIR_AFTER.match(text[end:])) \
            or not _short_form_of(words[0], full)
    return False


# A bracketed one-word nickname shares a run of this many letters, at its start or end, with a
# word of the full name (:func:`_short_form_of`).
SHORT_FORM_MIN_RUN = 3


def _short_form_of(nick: str, full: str) -> bool:
    """``nick`` reads as made from the words of ``full``: its first or last
    :data:`SHORT_FORM_MIN_RUN` letters are in one of the name's words, with ``f``/``p`` and a
    silent ``h`` folded (``Jokowi`` < ``Joko Widodo``, ``Bamsoet`` < ``Bambang Soesatyo``, ``Ibas``
    < ``Edhie Baskoro``, ``Ipul`` < ``Saifullah``, ``Kirun`` < ``Akhirun``). ``Rina`` after ``Budi
    Santoso`` is not (another person); nor is a nickname of another origin (``Ahok``), the cost."""
    def fold(w: str) -> str:
        return normalize_key(w).replace("f", "p").replace("kh", "k").replace("dh", "d")
    n = fold(nick)
    if len(n) < SHORT_FORM_MIN_RUN:
        return False
    parts = [fold(w) for w in key_tokens(full)]
    return any(n[:SHORT_FORM_MIN_RUN] in w or n[-SHORT_FORM_MIN_RUN:] in w for w in parts)


def _own_title(titles: dict[str, list[tuple[Form, str]]], nick: Form, key: str) -> bool:
    """A use of the nickname's key other than ``nick`` (the one given after the name, whose title
    is the name's) has a title the full name ``key`` is not given in the article: ``... (Rina)``,
    then ``guru Rina``, is a person of her own. An honorific (``Pak Jokowi``) is no title."""
    given = {t for _, t in titles.get(key, [])}
    return any(t and t not in given and not set(t.split()) <= ALL_HONORIFICS
               for g, t in titles.get(nick.key or "", []) if g is not nick)


def _nicknames(articles: Sequence[Evidence], by_article: dict[int, list[Form]],
               uf: UnionFind) -> tuple[list[tuple[Form, str, str]], list[tuple[str, str, str, set[int]]]]:
    """``Saifullah Yusuf (Gus Ipul)``, ``Saifullah Yusuf atau Gus Ipul``, ``Muhammad Akhirun alias
    Kirun``: a person mention right after a full person name (two or more words) in its sentence,
    in brackets or after ``atau`` / ``alias`` / ``akrab disapa``, is that person's nickname when it
    reads as one (:func:`_nickname_words`) and nothing around it names a second person
    (:func:`_nickname_blocked`). After ``atau`` it must also be nobody else's: no full name
    of the run has the word first or last, no ``antara`` / ``apakah`` / ``memilih`` before the
    name offers a choice of two people (``antara Budi Santoso atau Andi``), and the name does not
    close a list of people (``Budi Santoso, Andi Wijaya atau Cak Nun``). Nor is it the nickname when
    its article gives it a title the full name is not given (a person of their own). Its uses in
    the article take the name's key. A nickname opening with a public figure's honorific
    (:data:`PUBLIC_NICKNAME_HONORIFICS`, ``Gus Ipul``) given for one name only may join it in other
    articles too, where :func:`_apply_nicknames` finds a shared event, storyline or office title.
    Returns ``(form, full, key)`` of the uses and ``(nickname key, full, name key, articles)`` of the
    run-wide candidates."""
    ends: dict[str, set[str]] = defaultdict(set)  # first or last word -> full-name keys of the run
    for local in by_article.values():
        for f in local:
            if f.type == "PERSON" and f.key and len(f.full.split()) >= 2 and not f.pair:
                toks = key_tokens(f.full)
                for w in (toks[0], toks[-1]):
                    ends[w].add(f.key)
    assign: list[tuple[Form, str, str]] = []
    named: dict[str, dict[str, tuple[str, set[int]]]] = defaultdict(dict)  # nickname key -> name key -> (full, articles)
    for i, local in by_article.items():
        ev = articles[i]
        sents = ev.doc.sentences
        by_sentence: dict[int, list[tuple[int, Form]]] = defaultdict(list)
        titles: dict[str, list[tuple[Form, str]]] = defaultdict(list)  # key -> its uses' titles here
        for f in local:
            by_sentence[f.sentence].append((ev.mentions[f.mention].start, f))
            if f.key and f.title:
                titles[f.key].append((f, _title_key(f.title)))
        found: dict[str, tuple[str, str]] = {}
        place_type: dict[str, str] = {}  # nickname key -> the type of the name it is given for
        for k, row in by_sentence.items():
            if not 0 <= k < len(sents):
                continue
            text = sents[k].text
            row.sort(key=lambda p: p[0])
            for n, ((a, f), (b, g)) in enumerate(itertools.pairwise(row)):
                if not f.key or not g.key or g.key == f.key:
                    continue
                f_end, g_end = ev.mentions[f.mention].end, ev.mentions[g.mention].end
                given = _nickname_before(text, (a, f_end), (b, g_end), f, g) \
                    or _place_epithet(text, f_end, (b, g_end), f, g)
                if given:
                    nick, name = given
                    if not _own_title(titles, nick, name.key):
                        found.setdefault(nick.key, (name.full, name.key))
                        if name.type in PLACE_TYPES:  # ``Paman Sam``, typed LOC or PERSON, is the country
                            place_type[nick.key] = name.type
                        words = _nickname_words(nick.full) or []
                        if (len(words) == 2 and words[0] in PUBLIC_NICKNAME_HONORIFICS) or name.type in PLACE_TYPES:
                            named[nick.key].setdefault(name.key, (name.full, set()))[1].add(i)
                    continue
                if f.type != "PERSON" or f.pair or len(f.full.split()) < 2:
                    continue
                gap = _NICKNAME_GAP.match(text[ev.mentions[f.mention].end:b])
                if not gap or not gap.group(0).strip():
                    continue
                called = _called_initials(gap.group("cue") or "", g)
                if g.type != "PERSON" and not (gap.group("cue") and g.type in PLACE_TYPES) and not called:
                    continue
                end = ev.mentions[g.mention].end
                if gap.group("bracket") and text[end:end + 1] != ")":
                    continue
                words = [g.full.casefold()] if called else _nickname_words(g.full)
                if words is None or g.pair or g.initials:
                    continue
                if _nickname_blocked(text, a, end, bool(gap.group("bracket")), gap.group("cue") or "", words, f.full) \
                        or _own_title(titles, g, f.key):
                    continue
                if (gap.group("cue") or "").casefold() == "atau" and (
                        _CHOICE_BEFORE.search(text[:a])
                        or ends.get(normalize_key(words[-1]), set()) - {f.key, g.key}
                        or (n and row[n - 1][1].type == "PERSON" and _LIST_BEFORE.search(text[:a]))):
                    continue
                found.setdefault(g.key, (f.full, f.key))
                if called:
                    place_type[g.key] = "PERSON"  # the person's initials, not a body
                if len(words) == 2 and words[0] in PUBLIC_NICKNAME_HONORIFICS:
                    named[g.key].setdefault(f.key, (f.full, set()))[1].add(i)
        for f, full, key in _nicknames_said_so(ev, local):
            found.setdefault(f.key, (full, key))
        for f, full, key in _clipped_given_names(local, ends):
            found.setdefault(f.key, (full, key))
        for f in local:
            if f.key in place_type:
                f.type = place_type[f.key]
        assign.extend((f, *found[f.key]) for f in local if f.key in found)
    wide = []
    for short, by_name in named.items():
        if len({uf.find(k) for k in by_name}) == 1:
            key = next(iter(by_name))
            full = by_name[key][0]
            wide.append((short, full, key, set().union(*(given for _, given in by_name.values()))))
    return assign, wide


# Between a nickname and the full name it is given for: ``Cak Imin (Muhaimin Iskandar)``, ``Cak
# Imin, sapaan akrab Muhaimin Iskandar``.
_NAME_AFTER_NICKNAME = re.compile(
    r"\s*(?:(?P<bracket>\()|,?\s*(?:yang\s+merupakan\s+)?(?:sapaan|panggilan)(?:\s+akrab)?\s)\s*$", re.IGNORECASE)
# After a nickname, its full name named before: ``kata Cak Imin, sapaan akrabnya``.
_SAPAAN_NYA = re.compile(r"\s*,?\s*(?:yang\s+merupakan\s+)?(?:sapaan|panggilan)(?:\s+akrab)?nya\b", re.IGNORECASE)


def _nickname_before(text: str, at: tuple[int, int], g_at: tuple[int, int], f: Form,
                     g: Form) -> tuple[Form, Form] | None:
    """``(nickname, full name)`` where the nickname ``f`` (at ``at`` in ``text``) comes first and
    the full person name ``g`` (at ``g_at``) after it, in brackets or after ``sapaan akrab``: ``Cak Imin
    (Muhaimin Iskandar)``, ``Cak Imin, sapaan akrab Muhaimin Iskandar``. In brackets a one-word
    nickname must be made of the name's letters, as after the name (:func:`_nickname_blocked`)."""
    if f.type != "PERSON" or g.type != "PERSON" or g.pair or f.pair or f.initials or len(g.full.split()) < 2:
        return None
    gap = _NAME_AFTER_NICKNAME.match(text[at[1]:g_at[0]])
    words = _nickname_words(f.full)
    if not gap or words is None:
        return None
    if gap.group("bracket") and (text[g_at[1]:g_at[1] + 1] != ")"
                                 or _nickname_blocked(text, at[0], g_at[1], True, "", words, g.full)):
        return None
    return f, g


def _nicknames_said_so(ev: Evidence, local: Sequence[Form]) -> list[tuple[Form, str, str]]:
    """``kata Cak Imin, sapaan akrabnya``: a nickname the article says is the familiar name of the
    person it is about, the one full person name named before it whose words it is made from
    (:func:`_short_form_of`). Returns ``(use, full, key)`` of every use of the nickname."""
    sents = ev.doc.sentences
    out: list[tuple[Form, str, str]] = []
    for f in local:
        if f.type != "PERSON" or not f.key or f.pair or f.initials or not 0 <= f.sentence < len(sents):
            continue
        m = ev.mentions[f.mention]
        if not _SAPAAN_NYA.match(sents[f.sentence].text, m.end):
            continue
        words = _nickname_words(f.full)
        if words is None:
            continue
        before = {g.key: g.full for g in local if g.type == "PERSON" and g.key and g.key != f.key and not g.pair
                  and len(g.full.split()) >= 2 and (g.sentence, g.mention) < (f.sentence, f.mention)
                  and _short_form_of(words[-1], g.full)}
        if len(before) == 1:
            key, full = next(iter(before.items()))
            out.extend((g, full, key) for g in local if g.key == f.key)
    return out


# A one-word name and the given name it is clipped from share this many first letters (``Benny``
# / ``Benjamin``, ``Pras`` / ``Prasetyo``; :func:`_clipped_given_names`).
CLIPPED_NAME_MIN_PREFIX = 3
CLIPPED_NAME_MIN_LETTERS = 4


def _clipped_given_names(local: Sequence[Form], ends: dict[str, set[str]]) -> list[tuple[Form, str, str]]:
    """``dr Benjamin Paulus Octavianus ...``, later ``kata Benny``; ``ujar Prasetyo``, later ``Pras
    menjelaskan``: a one-word person name of the article that is no word of any of its names is the
    familiar form of the one person named before it whose given name (first word, after a name
    opener) it is clipped from: it opens with that name's first :data:`CLIPPED_NAME_MIN_PREFIX`
    letters, is :data:`CLIPPED_NAME_MIN_LETTERS` letters or more, and reads as a nickname
    (:func:`_nickname_words`). Not when two people of the article fit, a full name of the run has
    the word as its first or last word (``Benny`` is then that person, ``Benny Wijaya``), a use has
    an age or title of its own (``pedagang Benny (34)``) or shares a sentence with the name (as
    :func:`_nickname_of`, which finds clippings that start a full name's given name later). Returns
    ``(use, full, key)`` of every use of the word."""
    persons = [f for f in local if f.type == "PERSON" and f.key and not f.pair and not f.common and not f.initials]
    words_of = {f.key: key_tokens(f.full) for f in persons}
    # Looked up once per one-word name: which keys' names hold a word, each key's uses and sentences.
    word_keys: dict[str, set[str]] = {}
    for k, ws in words_of.items():
        for w in ws:
            word_keys.setdefault(w, set()).add(k)
    uses_of: dict[str | None, list[Form]] = {}
    for g in local:
        uses_of.setdefault(g.key, []).append(g)
    sents_of = {k: {g.sentence for g in uses} for k, uses in uses_of.items()}
    out: list[tuple[Form, str, str]] = []
    done: set[str] = set()
    for f in sorted(persons, key=lambda f: (f.sentence, f.mention)):
        if f.key in done or f.full != f.text or len(f.text.split()) != 1:
            continue
        done.add(f.key)
        nick = normalize_key(f.text)
        if (len(nick) < CLIPPED_NAME_MIN_LETTERS or _nickname_words(f.text) is None or ends.get(nick)
                or any(k != f.key for k in word_keys.get(nick, ()))):
            continue
        first = (f.sentence, f.mention)
        cands: dict[str, str] = {}
        for g in persons:
            if g.key == f.key or (g.sentence, g.mention) >= first:
                continue
            ws = words_of[g.key]
            given = ws[1] if len(ws) >= 3 and ws[0] in NAME_OPENERS else ws[0]
            if given != nick and len(given) > len(nick) and given[:CLIPPED_NAME_MIN_PREFIX] == nick[:CLIPPED_NAME_MIN_PREFIX]:
                cands[g.key] = g.full
        uses = uses_of[f.key]
        if len(cands) != 1 or any(g.age or (g.title and g.title.strip()) for g in uses):
            continue
        key, full = next(iter(cands.items()))
        if not sents_of[f.key] & sents_of[key]:
            out.extend((g, full, key) for g in uses)
    return out


def _place_epithet(text: str, end: int, g_at: tuple[int, int], f: Form, g: Form) -> tuple[Form, Form] | None:
    """``(epithet, place)`` of a place and the epithet news gives it, in apposition: ``Amerika
    Serikat atau Paman Sam``, ``AS (Paman Sam)``. The epithet is capitalised words that are no
    place, body or acronym of their own (``Jakarta atau Bandung`` are two places)."""
    if f.type not in PLACE_TYPES or not is_place(f.full):
        return None
    gap = _NICKNAME_GAP.match(text[end:g_at[0]])
    if not gap or not gap.group(0).strip() or (gap.group("bracket") and text[g_at[1]:g_at[1] + 1] != ")"):
        return None
    words = g.full.split()
    if (len(words) < 2 or g.full.isupper() or any(c.isdigit() for c in g.full) or is_place(g.full)
            or _org_like(g.full) or _named_body(g.full) or not all(w[:1].isupper() for w in words)):
        return None
    return g, f
