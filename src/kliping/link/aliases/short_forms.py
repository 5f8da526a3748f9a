"""Short forms within one article: the full name a person's short form (``Kim``,
``Mulyani``, a middle name) stands for there, and short names the article introduces in brackets
(``Joko Widodo (Jokowi)``, ``... (BPI Danantara)``).

The article-level reading of short forms, apart from the cross-article joins of lone short forms
(:mod:`~kliping.link.aliases.lone_names`), which use its word tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from kliping.lang.id.alias_words import (
    BRANCH_KIND_WORDS,
    NATIONAL_NAME_WORDS,
    OWN_SEAT_ORG_HEADS,
    REGIONAL_BODY_SHORT_NAMES,
)
from kliping.lang.id.cues import NUMBERED_ORG_HEADS
from kliping.lang.id.name_prefixes import NAME_OPENERS
from kliping.lang.id.titles import NAME_PARTICLES
from kliping.link.aliases.forms import Form
from kliping.link.aliases.keys import key_tokens, name_parts, normalize_key, type_key
from kliping.model import Evidence
from kliping.text.tokens import letters_in_order


def _is_part(short: list[str], full: list[str]) -> bool:
    """``short``'s tokens are a leading or trailing run of ``full``'s (``Kim`` / ``Sri Mulyani``), or
    a leading run after a name opener (``Amran`` / ``Andi Amran Sulaiman``; :data:`NAME_OPENERS`)."""
    k = len(short)
    if 0 < k < len(full) and (full[:k] == short or full[-k:] == short):
        return True
    return len(full) >= 3 and full[0] in NAME_OPENERS and 0 < k < len(full) - 1 and full[1:1 + k] == short


def _one_owned_form(orgs: Sequence[Form], words: list[str], owner: Callable[[list[str]], bool],
                    own_key: str | None = None) -> Form | None:
    """The one organisation form of the article (of ``orgs``, keyed ones) written with ``words`` and
    then more words ``owner`` takes for the area or body owning it (``Polda`` + ``Sumut``, ``Biro
    Keuangan`` + ``Pemprov Sulsel``), leaving out those keyed ``own_key``; None where the article
    writes none or two such (``Polda Jatim`` and ``Polda Metro Jaya``): the reading shared by
    :func:`_bare_regional_bodies` and :func:`_offices_without_area`."""
    n = len(words)
    cands = {g.key: g for g in orgs if g.key != own_key and (gw := g.text.split())[:n] == words and len(gw) > n
             and owner(gw[n:])}
    return next(iter(cands.values())) if len(cands) == 1 else None


def _bare_regional_bodies(forms: Sequence[Form]) -> None:
    """A regional body's short name written alone (``Polda``, ``Pemprov``, ``BPBD``: an organisation
    form of one word of ``alias_words.REGIONAL_BODY_SHORT_NAMES``) stands for the one body of the article named with it and an Indonesian
    area (``Polda Sumut``, ``Pemprov Banten``; :func:`_one_owned_form`): the reader takes ``Polda menyebut ...`` for the
    province's police the article named. Left alone where the article names none or two such
    bodies (``Polda Jatim`` and ``Polda Metro Jaya``). Without it the bare forms of every article
    were one entity of many provinces' offices (devsets/aliases/README.md: a known optimism)."""
    from kliping.extract.entities.jurisdictions import _indonesian_area  # (the NER stack, as in first_pass)

    orgs = [f for f in forms if f.type == "ORG" and f.key]
    bare = [f for f in orgs if " " not in f.text and f.text.lower() in REGIONAL_BODY_SHORT_NAMES and f.text[:1].isupper()]
    for name in {f.text for f in bare}:
        g = _one_owned_form(orgs, [name], _indonesian_area)
        if g is None:
            continue
        for f in bare:
            if f.text == name:
                f.full, f.key = g.full, g.key


def _offices_without_area(forms: Sequence[Form]) -> None:
    """An office written without the area or regional body owning it (``Biro Keuangan``, ``Dinas
    Kesehatan``, ``SMPN 33``: ``office`` below) stands for the one organisation of the
    article written with those words and then an Indonesian area or a regional body (``Biro Keuangan
    Pemprov Sulsel``, ``SMPN 33 Banjarmasin``; :func:`_one_owned_form`), as
    :func:`_bare_regional_bodies` reads ``Polda``. Two such organisations (``Dinas Kesehatan Garut``
    and ``Dinas Kesehatan Jawa Barat``) leave it alone, and so does a national body's name (``Badan
    Pertanahan Nasional`` beside ``... Nasional Kota Bandar Lampung``) or a kind of office with a
    branch in every town (``Pengadilan Tipikor``, kept apart from ``Pengadilan Tipikor Bandung`` as
    round ali30 keeps it); an institution with one seat (``Universitas``) is
    ``places._join_town_tails``' to join."""
    from kliping.extract.entities.jurisdictions import _body_short_name, _indonesian_area  # (the NER stack)
    from kliping.extract.entities.office_parents import OFFICE_OPENERS

    def office(words: list[str]) -> bool:
        """A capitalised unit's word (``office_parents.OFFICE_OPENERS``) or a numbered institution's
        head with its number (``cues.NUMBERED_ORG_HEADS``), then more words; not an institution with
        one seat (``alias_words.OWN_SEAT_ORG_HEADS``), nor a name with a word of a national body
        (``alias_words.NATIONAL_NAME_WORDS``) or of a kind of office with a branch in every town
        (``alias_words.BRANCH_KIND_WORDS``)."""
        if len(words) < 2 or not words[0][:1].isupper():
            return False
        low = words[0].lower()
        if low in OWN_SEAT_ORG_HEADS or any(w.lower() in NATIONAL_NAME_WORDS or w.lower() in BRANCH_KIND_WORDS for w in words):
            return False
        return low in OFFICE_OPENERS or (low in NUMBERED_ORG_HEADS and any(w[:1].isdigit() for w in words[1:]))

    def owner(words: list[str]) -> bool:
        """An Indonesian area (``Banjarmasin``) or a regional body and its area (``Pemprov Sulsel``)."""
        return _indonesian_area(words) or (len(words) >= 2 and _body_short_name(words[0]) and _indonesian_area(words[1:]))

    orgs = [f for f in forms if f.type == "ORG" and f.key]
    for f in orgs:
        words = f.text.split()
        if not office(words):
            continue
        g = _one_owned_form(orgs, words, owner, f.key)
        if g is not None:
            f.full, f.key = g.full, g.key


def _is_middle(short: list[str], full: list[str]) -> bool:
    """``short`` is one inner word of a name of three or more words (``Calvijn`` / ``Jean Calvijn
    Simanjuntak``, ``Ghufron`` / ``Ali Ghufron Mukti``, ``Nadia`` / ``Siti Nadia Tarmizi``): news
    often calls a person by the middle name. Four letters or more, no particle (``bin``, ``van``)."""
    return len(short) == 1 and len(full) >= 3 and len(short[0]) >= 4 \
        and short[0].lower() not in NAME_PARTICLES and short[0] in full[1:-1]


def _resolve_short_forms(forms: Sequence[Form], after_intro: bool = False) -> list[tuple[Form, str]]:
    """Attach PERSON short forms of one article to its unique longer name, or mark them ambiguous.

    Longer forms resolve first, so ``Mulyani`` next to ``Sri Mulyani Indrawati`` and ``Sri Mulyani``
    (already resolved to the former) has one candidate, not two. With several candidates, the one
    already introduced when the short form is first used wins if it is the only one so far. With
    ``after_intro``, a one-word short form used before its only candidate is introduced is left to
    the cross-article steps: ``Prabowo`` in a list that later names ``Angga Raka Prabowo`` is the
    president the rest of the run calls ``Prabowo``. Returns those left ``(short form, its one
    candidate's key)``: :func:`_lone_short_forms` counts them as the article's reading of the short
    form where no other name of the run could be meant (``Trump`` before ``Donald Trump``).
    """
    deferred: list[tuple[Form, str]] = []
    persons = [f for f in forms if f.type == "PERSON" and f.key and not f.common]
    toks = {id(f): key_tokens(f.text if f.full == f.text else f.full) for f in persons}
    pos = {id(f): (f.sentence, f.mention) for f in persons}
    first_use: dict[tuple[str, ...], tuple[int, int]] = {}
    for f in persons:
        t = tuple(toks[id(f)])
        first_use[t] = min(first_use.get(t, pos[id(f)]), pos[id(f)])
    # A candidate is always longer than the short form (both tests ask for more words), so it is
    # settled before any form of the short form's length is read, and the reading depends on the
    # short form's words alone: read each word sequence once and give all its forms that reading (an
    # article naming one person 3,000 times costs one scan, not 3,000 x 3,000 pair tests).
    order = sorted(persons, key=lambda f: -len(toks[id(f)]))
    groups: dict[tuple[str, ...], list[Form]] = {}
    for f in order:
        groups.setdefault(tuple(toks[id(f)]), []).append(f)
    defer: dict[int, str] = {}
    for mine_t, group in groups.items():
        mine = toks[id(group[0])]
        cands: dict[str, Form] = {}
        intro: dict[str, tuple[int, int]] = {}
        # a name it starts or ends; an inner name only when no name of the article starts or ends
        # with the word
        for test in (_is_part, _is_middle):
            for g in persons:
                if g.key and not g.pair and test(mine, toks[id(g)]):
                    cands.setdefault(g.key, g)
                    intro[g.key] = min(intro.get(g.key, pos[id(g)]), pos[id(g)])
            if cands:
                break
        if len(cands) > 1:
            seen = [k for k, p in intro.items() if p < first_use[mine_t]]
            if len(seen) == 1:
                cands = {seen[0]: cands[seen[0]]}
        if len(cands) == 1 and after_intro and len(mine) == 1 and min(intro.values()) > first_use[mine_t]:
            defer.update((id(f), next(iter(cands))) for f in group)
            continue
        for f in group:
            if len(cands) == 1:
                g = next(iter(cands.values()))
                f.full, f.key = g.full, g.key
            elif len(cands) > 1:
                f.key = None  # ambiguous within the article: attach to nobody
    deferred.extend((f, defer[id(f)]) for f in order if id(f) in defer)
    return deferred


_OPEN_BRACKET = re.compile(r"\s*\(\s*$")


def _resolve_bracketed_short_names(
    ev: Evidence, local: Sequence[Form], known: set[str]
) -> tuple[list[tuple[str, str, str]], list[tuple[Form, str, str]]]:
    """``Universitas Islam Negeri Maulana Malik Ibrahim (Maliki)``, ``Joko Widodo (Jokowi)``: a
    one-word name in brackets right after another name of the article, made of the starts of that
    name's words in order (:func:`_word_starts`), is the short name news introduces for it, as an
    all-capital acronym is (:func:`_resolve_initials`): its uses in the article take that name's key.
    Returns ``(short key, name key, kind)`` like :func:`_resolve_initials`, the kind ``PERSON`` for
    a person's initials in capitals (never spread to other articles), ``NAME`` for other capitals,
    ``WORD`` for a short name written as a word (``Jokowi``, ``Unnes``, ``Kejagung``); and the
    ``(form, full, key)`` of those uses, applied by :func:`resolve` once events are known, so the
    event linker's names stay those of the rules before (applied at once they cost a storyline;
    ``docs/ner.md``)."""
    out: list[tuple[str, str, str]] = []
    found: dict[str, tuple[str, str]] = {}  # short name's key -> (full, key) of the name it is for
    sents = ev.doc.sentences
    by_pos = {(f.sentence, ev.mentions[f.mention].end): f for f in local if f.key}
    for f in local:
        multi = f.type == "ORG" and " " in f.text and f.full == f.text and bool(f.key)
        if not multi and (not f.key or " " in f.text or f.full != f.text or len(f.text) < 3 or not f.text.isalpha()):
            continue
        m = ev.mentions[f.mention]
        if not 0 <= m.sentence < len(sents):
            continue
        text = sents[m.sentence].text
        if text[m.end:m.end + 1] != ")":
            continue
        before = text[:m.start]
        opening = _OPEN_BRACKET.search(before)
        prev = by_pos.get((m.sentence, opening.start())) if opening else None
        if prev is None or prev is f or prev.key == f.key:
            continue
        if multi:
            # ``Badan Pengelola Investasi Daya Anagata Nusantara (BPI Danantara)``: a short name of
            # two or more words, an acronym and a word, each opening at a word of the full name
            if prev.type != "ORG" or not _multiword_short_form(f.text.split(), prev.full.split()):
                continue
            out.append((f.key, prev.key, "WORD"))
            found.setdefault(f.key, (prev.full, prev.key))
            continue
        words = tuple(w for w in name_parts(prev.full) if w)
        first = _first_start(f.text.casefold(), words) if len(words) >= 2 else -1
        if first < 0:
            continue
        target = (prev.full, prev.key)
        toks = prev.full.split()
        if first > 0 and len(toks) == len(words):
            # ``Fakultas Hukum Universitas Diponegoro (Undip)``: the short name is of the tail,
            # when the run names that tail on its own
            tail = " ".join(toks[first:])
            if normalize_key(tail) in known:
                target = (tail, type_key(tail, prev.type))
        kind = "PERSON" if prev.type == "PERSON" and f.text.isupper() else "NAME" if f.text.isupper() else "WORD"
        out.append((f.key, target[1], kind))
        found.setdefault(f.key, target)
    assign = [(f, *found[f.key]) for f in local  # every use of the short name, not only the bracketed one
              if f.key in found and f.full == f.text]
    return out, assign


def _multiword_short_form(short: list[str], long: list[str]) -> bool:
    """``BPI Danantara`` of ``Badan Pengelola Investasi Daya Anagata Nusantara``: each word of the
    short name opens at a later word of the full name, an all-capital word as the initials of as
    many words, any other word as letters found in order from its word on (Schwartz and Hearst's
    short-form test, word by word), and the full name is longer."""
    if len(short) < 2 or len(short) >= len(long) or not all(w.isalpha() for w in short):
        return False
    k = 0
    for w in short:
        k = next((x for x in range(k, len(long)) if long[x][:1].casefold() == w[:1].casefold()), -1)
        if k < 0:
            return False
        if w.isupper() and len(w) >= 2:
            if "".join(x[:1] for x in long[k:k + len(w)]).casefold() != w.casefold():
                return False
            k += len(w)
            continue
        if not letters_in_order(w, "".join(long[k:])):
            return False
        k += 1
    return True


def _first_start(short: str, words: tuple[str, ...]) -> int:
    """Index of the first word whose start opens ``short`` in a :func:`_word_starts` reading, the
    earliest such; -1 when there is none."""
    for k, w in enumerate(words):
        if short[:1] == w[:1] and _word_starts(short, words[k:]):
            return k
    return -1


@lru_cache(maxsize=1 << 12)
def _word_starts(short: str, words: tuple[str, ...], used: int = 0) -> bool:
    """``short`` is the starts of two or more of ``words``, in order, joined (``maliki``: *Malik*
    + *I*brahim of Maulana Malik Ibrahim; ``kemenkeu``: *Kemen*terian + *Keu*angan)."""
    if not short:
        return used >= 2
    for k, w in enumerate(words):
        for n in range(min(len(w), len(short)), 0, -1):
            if short.startswith(w[:n]) and _word_starts(short[n:], words[k + 1:], used + 1):
                return True
    return False
