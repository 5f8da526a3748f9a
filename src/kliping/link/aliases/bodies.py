"""Organisations named two ways: one body whose acronym the run spells out for two names
(:func:`_acronym_bodies`), an acronym glossing a name in another language, a body's or law's name
written another way (:func:`written_out_key`), an institution named by the name after its head
(:func:`institution_tail`) and a body's bare name beside the one with its country
(:func:`country_tail`).

Apart because bodies join on their acronyms and on how their names are built, not on the person
rules.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from kliping.lang.id import cues, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS, ACRONYM_SKIP, CITATION_LINKS
from kliping.lang.id.alias_words import (
    MINISTRY_UNIT_HEADS,
    NATIONAL_TAIL_WORDS,
    PARLIAMENT_UNIT_HEADS,
    PARLIAMENTS,
)
from kliping.lang.id.function_words import NAME_AND
from kliping.lang.id.titles import INSTITUTION_KIND_WORDS, NAMED_AFTER_PEOPLE
from kliping.link.aliases.forms import BodyJoins, Form, Mentions, UnionFind, story_articles
from kliping.link.aliases.initials import _ACRONYM, _initials, _known_abbreviation, _letters_of
from kliping.link.aliases.keys import PLACE_TYPES, STRIP, type_key
from kliping.link.aliases.short_forms import _OPEN_BRACKET
from kliping.model import Evidence


def _glossed_acronyms(ev: Evidence, local: Sequence[Form], canon: Callable[[str, str], str]) -> list[tuple[Form, Form]]:
    """``(acronym, name)`` of an unknown all-capital acronym in brackets right after an
    organisation's name it is not made from: a foreign body's acronym after its name in Indonesian
    (``Institut Pengembangan Ekonomi dan Keuangan (INDEF)``, ``Badan Energi Internasional (IEA)``).
    It tells which body the name renders only where the run spells the acronym out for one name by
    its letters (:func:`_first_pass`)."""
    out = []
    sents = ev.doc.sentences
    by_end = {(f.sentence, ev.mentions[f.mention].end): f for f in local if f.key and f.type == "ORG"}
    for f in local:
        if not f.key or f.full != f.text or not _ACRONYM.match(f.text) or not 0 <= f.sentence < len(sents):
            continue
        m = ev.mentions[f.mention]
        text = sents[f.sentence].text
        opening = _OPEN_BRACKET.search(text[:m.start])
        g = by_end.get((f.sentence, opening.start())) if opening and text[m.end:m.end + 1] == ")" else None
        if g is None or g.key == f.key or _letters_of(f.text, g.full) or _known_abbreviation(f.text, canon):
            continue
        out.append((f, g))
    return out


def _acronym_bodies(
    forms: Sequence[Form], by_article: dict[int, list[Form]], uf: UnionFind, two_ways: list[tuple[str, str]],
    glossed: list[tuple[Form, Form]], declared: list[tuple[dict[str, set[tuple[str, str]]], dict[str, set[int]]]],
) -> BodyJoins:
    """One body whose acronym the run spells out for two names (:class:`BodyJoins`): the names
    written two ways (:func:`_spelt_two_ways`: in ``two_ways`` already, a known acronym's expansion
    and a name of its article), the acronyms that stand for one name once those are one body
    (spelt out in two or more articles, or a short name written as a word, as :func:`_spelt_out`),
    and the names in another language an acronym glosses (``glossed``, :func:`_glossed_acronyms`)
    where the run spells it out for one body."""
    full_of = {f.key: f.full for f in forms if f.key and f.type != "PERSON"}
    pairs = list(two_ways)
    for names_of, _in in declared:
        pairs.extend(_one_body_two_spellings(names_of, full_of, uf))
    body = UnionFind()
    for a, b in pairs:
        ra, rb = uf.find(a), uf.find(b)
        body.add(ra)
        body.add(rb)
        body.union(ra, rb)

    def one(names: set[tuple[str, str]]) -> tuple[set[str], set[str]]:
        roots = {uf.find(n) for n, t in names if t != "PERSON"}
        return roots, {body.find(r) if r in body.parent else r for r in roots}

    spread = []
    for names_of, spelt_in in declared:
        for short, names in names_of.items():
            roots, bodies = one(names)
            once = all(t == "WORD" for _n, t in names)
            if len(roots) > 1 and len(bodies) == 1 and (len(spelt_in[short]) >= 2 or once):
                spread.append((short, next(iter(roots))))
    renders = []
    for f, g in glossed:
        roots, bodies = one(declared[0][0].get(f.key or "", set()) | declared[1][0].get(f.key or "", set()))
        if len(bodies) == 1 and f.key:
            uses = [h for h in by_article[f.article] if h.key == f.key and h.full == h.text]
            renders.append((uses, g.full, g.key or "", next(iter(roots))))
    return BodyJoins(pairs, spread, renders)


# The shorter of two words of one body's name written two ways (``Pengawas`` / ``Pengawasan``)
# has at least this many letters, and the longer adds at most SPELT_TWO_WAYS_MAX_SUFFIX.
SPELT_TWO_WAYS_MIN_LETTERS = 5
SPELT_TWO_WAYS_MAX_SUFFIX = 3


def _body_words(name: str) -> list[str]:
    """An organisation's name words to compare two spellings: casefolded, without function words
    (``of``, ``dan``) and brackets."""
    return [w for w in (t.strip(STRIP) for t in name.casefold().split()) if w and w not in ACRONYM_SKIP]


def _spelt_two_ways(a: str, b: str) -> bool:
    """Two full names that are one body's written two ways: the same words but for a function word
    (``Institute for Development of Economics and Finance`` / ``... Development Economics ...``), or
    one word with a suffix in one of them (``Badan Pengawas`` / ``Pengawasan Keuangan dan
    Pembangunan``). Two bodies sharing an acronym differ in a whole word (``Badan Pertanahan
    Nasional`` / ``Badan Pangan Nasional``)."""
    x, y = _body_words(a), _body_words(b)
    if len(x) != len(y) or len(x) < 2:
        return False
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    if not diff:
        return True
    if len(diff) != 1:
        return False
    short, long = sorted((x[diff[0]], y[diff[0]]), key=len)
    return (len(short) >= SPELT_TWO_WAYS_MIN_LETTERS and long.startswith(short)
            and len(long) - len(short) <= SPELT_TWO_WAYS_MAX_SUFFIX)


def _one_body_two_spellings(names_of: dict[str, set[tuple[str, str]]], full_of: dict[str, str],
                            uf: UnionFind) -> list[tuple[str, str]]:
    """Pairs of name keys an acronym is spelt out for (``INDEF`` after two spellings of the
    institute's name, ``BPKP`` after ``Pengawas`` and ``Pengawasan``) that are one body's name
    written two ways (:func:`_spelt_two_ways`): the shared acronym and the near-equal words together
    say one body, so the acronym stands for one name again (:func:`_spelt_out`)."""
    out = []
    for names in names_of.values():
        keys = sorted({n for n, t in names if t != "PERSON" and n in full_of})
        for a, b in itertools.combinations(keys, 2):
            if uf.find(a) != uf.find(b) and _spelt_two_ways(full_of[a], full_of[b]):
                out.append((a, b))
    return out


def _spelt_out(names_of: dict[str, set[tuple[str, str]]], spelt_in: dict[str, set[int]],
               uf: UnionFind) -> list[tuple[str, str]]:
    """``(short key, root)`` of the short names that stand for one name in every article: spelt out
    for one name only, in two or more articles or, for a short name written as a word (``WORD``), in
    one; never a person's initials (``PERSON``)."""
    out = []
    for short, names in names_of.items():
        roots = {uf.find(n) for n, _t in names}
        once = all(t == "WORD" for _n, t in names)
        if len(roots) == 1 and (len(spelt_in[short]) >= 2 or once) and all(t != "PERSON" for _n, t in names):
            out.append((short, next(iter(roots))))
    return out


_REPUBLIK_INDONESIA = re.compile(r"^(.+?)\s+Republik\s+Indonesia$", re.IGNORECASE)
# ``Pemerintah Indonesia``: a body's name ending with the country's name, which news writes ``RI``
# as often (``Pemerintah RI``) and in full (``Pemerintah Republik Indonesia``).
_INDONESIA_AT_END = re.compile(r"^(.+?)\s+Indonesia$")


def written_out_key(full: str, typ: str) -> str | None:
    """The key of a body's or a law's name written another way: ``Republik Indonesia`` at its end as
    ``RI`` (``Kedutaan Besar Republik Indonesia`` -> the key of ``Kedutaan Besar RI``, ``Kejaksaan
    Agung Republik Indonesia`` -> that of ``Kejaksaan Agung``), so too a body's ``Indonesia``
    (``Pemerintah Indonesia`` -> ``Pemerintah RI``; a place's is its own, ``Gedung Bursa Efek
    Indonesia``), a body's short form with ``RI`` after it as the body written out (``MPR RI`` -> the
    key of ``Majelis Permusyawaratan Rakyat``, as the abbreviation table gives ``MPR``), a citation
    link glued to its end dropped (``KUHP Jo`` -> ``KUHP``: :data:`CITATION_LINKS`); None for other
    names and for people."""
    if typ == "PERSON":
        return None
    m = _REPUBLIK_INDONESIA.match(full.strip())
    if m:
        return type_key(m.group(1) + " RI", typ)
    m = _INDONESIA_AT_END.match(full.strip())
    if m and typ == "ORG":
        return type_key(m.group(1) + " RI", typ)
    toks = full.split()
    entry = ABBREVIATIONS.get(toks[0]) if typ == "ORG" and len(toks) == 2 and toks[1] == "RI" else None
    if entry and entry[1] == "ORG":
        return type_key(entry[0], typ)  # "MPR RI": the short form's body, as "DPR RI" already is
    if len(toks) > 1 and toks[-1].casefold() in CITATION_LINKS:
        return type_key(" ".join(toks[:-1]), typ)
    return None


def _join_written_out(mentions: Mentions) -> None:
    """A body's or law's name written another way joins its usual form (:func:`written_out_key`).
    Joined once events are known, so the event linker's article names are unchanged."""
    for f in mentions.forms:
        if f.key:
            key = written_out_key(f.full, f.type)
            if key and key != f.key:
                mentions.uf.add(key)
                mentions.uf.union(key, f.key)


# The fewest words of a body's name cut before its ``dan`` (``Kementerian Haji``): one word is a
# head alone (``Kementerian``), any ministry's (:func:`_join_names_cut_before_and`).
CUT_BODY_MIN_WORDS = 2


def _cut_continuations(mentions: Mentions) -> dict[tuple[str, ...], list[Form]]:
    """The words of a body's name before a ``dan`` / ``&`` inside it (``Kementerian Haji dan Umrah``
    -> ``("kementerian", "haji")``) or before a last word of ``alias_words.NATIONAL_TAIL_WORDS``
    (``Badan Gizi Nasional`` -> ``("badan", "gizi")``), casefolded, mapped to the forms so written:
    the first part is how news and its speakers cut the name short. The name after the conjunction
    is capitalised (a body's name, not ``Kementerian Haji dan jemaah``)."""
    out: dict[tuple[str, ...], list[Form]] = defaultdict(list)
    for f in mentions.forms:
        if not f.key or f.type != "ORG":
            continue
        toks = f.full.split()
        low = [w.casefold() for w in toks]
        for k in range(CUT_BODY_MIN_WORDS, len(toks) - 1):
            if low[k] in NAME_AND and toks[k + 1][:1].isupper():
                out[tuple(low[:k])].append(f)
                break
        if len(toks) > CUT_BODY_MIN_WORDS and low[-1] in NATIONAL_TAIL_WORDS:
            out[tuple(low[:-1])].append(f)
    return out


def _join_names_cut_before_and(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A body's name written only up to the ``dan`` of its full name (``Kementerian Haji`` for
    ``Kementerian Haji dan Umrah``, as news and its speakers shorten a ministry of two fields, and
    as the tagger cuts it) or without its last ``Nasional`` (``Badan Gizi``) is the body its
    article or an article of its event writes in full (:func:`_cut_continuations`), where all such names there are one body (``Kementerian Energi``
    beside both ``... dan Sumber Daya Mineral`` and another ministry of energy stays apart). Only
    a use still keyed by its own name moves (one another rule re-keyed, ``Kementerian Energi`` of
    ``Kementerian Energi Amerika Serikat``, is that body's); the short name's other stories are
    untouched, since another country's ministry may be named by the same first words."""
    cut = _cut_continuations(mentions)
    if not cut:
        return
    uf = mentions.uf
    story = story_articles(event_of)
    for f in mentions.forms:
        if not f.key or f.type != "ORG" or f.key != type_key(f.full, f.type):
            continue
        words = tuple(w.casefold() for w in f.full.split())
        fulls = cut.get(words) if len(words) >= CUT_BODY_MIN_WORDS else None
        if not fulls:
            continue
        near = story(f.article)
        roots = {uf.find(g.key) for g in fulls if g.article in near and g.key}
        if len(roots) == 1:
            target = next(g.key for g in fulls if g.article in near and g.key)
            if uf.find(f.key) != uf.find(target):  # type: ignore[arg-type]
                f.key = target


def _join_parliament_units(mentions: Mentions) -> None:
    """A parliament's unit written bare (``Komisi III``; a head of ``alias_words.PARLIAMENT_UNIT_HEADS``
    and its number or name, no parliament in it) is the unit its own article writes with its
    parliament after it (``Komisi III DPR``, ``Komisi III DPR RI``: the name then a word of
    ``alias_words.PARLIAMENTS``), where all such names of the article are one body. Every
    parliament has a ``Komisi III``: an article that never writes its parliament after it (a city
    council's ``Komisi I``) leaves the bare name apart, and so do the bare name's other articles.
    Only a use still keyed by its own name moves."""
    uf = mentions.uf
    for local in mentions.by_article.values():
        qualified: dict[tuple[str, ...], list[Form]] = defaultdict(list)
        for g in local:
            toks = g.full.split()
            if g.key and g.type == "ORG" and len(toks) > 2 and toks[0].casefold() in PARLIAMENT_UNIT_HEADS:
                k = next((i for i, w in enumerate(toks) if w.casefold() in PARLIAMENTS), 0)
                if k >= 2:
                    qualified[tuple(w.casefold() for w in toks[:k])].append(g)
        if not qualified:
            continue
        for f in local:
            words = tuple(w.casefold() for w in f.full.split())
            if not f.key or f.type != "ORG" or words not in qualified or f.key != type_key(f.full, f.type):
                continue
            roots = {uf.find(g.key) for g in qualified[words] if g.key}
            if len(roots) == 1:
                f.key = qualified[words][0].key


# The institution heads of :data:`NAMED_AFTER_PEOPLE` whose whole name is an organisation's.
_INSTITUTION_HEADS = frozenset(k for k, t in NAMED_AFTER_PEOPLE.items() if t == "ORG")
_BRACKETED_WORD = re.compile(r"^\(\S+\)$")


def institution_tail(full: str) -> str | None:
    """The name after an institution's head and kind words (``Maulana Malik Ibrahim`` of
    ``Universitas Islam Negeri (UIN) Maulana Malik Ibrahim``, ``Siti Fatimah`` of ``Rumah Sakit
    Umum Daerah Siti Fatimah``): two or more capitalised words; None for other names."""
    toks = [t for t in full.split() if not _BRACKETED_WORD.match(t)]
    for n in (2, 1):
        if " ".join(toks[:n]).casefold() in _INSTITUTION_HEADS:
            rest = toks[n:]
            break
    else:
        return None
    while rest and rest[0].casefold() in INSTITUTION_KIND_WORDS:
        rest = rest[1:]
    if len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return None
    return " ".join(rest)


def _join_institution_tails(mentions: Mentions) -> None:
    """An organisation the run names by the name after its head (``Maulana Malik Ibrahim`` typed an
    organisation, and its ``Maliki``) is the one institution whose full name ends so
    (:func:`institution_tail`) when it is mostly typed an organisation and every use of it is in
    an article writing that full name: the article's own short form (a use the tagger typed a person
    there included). A use elsewhere (the saint the university is named after) keeps the short name
    apart. Joined once events are known."""
    uf = mentions.uf
    tails: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))  # tail key -> article -> roots
    for f in mentions.forms:
        if f.key and f.type == "ORG":
            tail = institution_tail(f.full)
            if tail:
                tails[type_key(tail, "ORG")][f.article].add(uf.find(f.key))
    if not tails:
        return
    groups: dict[str, list[Form]] = defaultdict(list)
    for f in mentions.forms:
        if f.key:
            groups[uf.find(f.key)].append(f)
    for tail_key, by_article in tails.items():
        if tail_key not in uf.parent:
            continue
        root = uf.find(tail_key)
        fs = groups.get(root, [])
        longs = set().union(*by_article.values())
        if not fs or len(longs) != 1 or root in longs:
            continue
        if Counter(f.type for f in fs).most_common(1)[0][0] != "ORG" or not all(f.article in by_article for f in fs):
            continue
        uf.union(next(iter(longs)), root)


# The most words a country's name at the end of a body's name may have (``Korea Selatan``,
# ``Uni Emirat Arab``); the body's name before it has at least BODY_BEFORE_COUNTRY_MIN_WORDS words
# (``Dewan Keamanan Nasional AS``; not ``Pemerintah AS``, whose bare ``Pemerintah`` is anyone's).
COUNTRY_TAIL_MAX_WORDS = 3
BODY_BEFORE_COUNTRY_MIN_WORDS = 2


def country_tail(full: str) -> tuple[str, str] | None:
    """``(body, country code)`` of an organisation's name ending with a country or its short form
    (``Dewan Keamanan Nasional AS`` -> ``("Dewan Keamanan Nasional", "US")``); None otherwise. A
    province (``Polda Jatim``, ``Baznas Jabar``) is no country: a province's branch is not the body."""
    toks = full.split()
    for n in range(min(COUNTRY_TAIL_MAX_WORDS, len(toks) - BODY_BEFORE_COUNTRY_MIN_WORDS), 0, -1):
        tail = " ".join(toks[-n:]).strip(STRIP)
        entry = ABBREVIATIONS.get(tail)
        name = entry[0] if entry and entry[1] == "GPE" else tail
        code = gazetteer.countries().get(name)
        if code:
            body = toks[:-n]
            if body[-1].casefold() in cues.STATE_WORDS and len(body) > BODY_BEFORE_COUNTRY_MIN_WORDS:
                body = body[:-1]  # "Kementerian Haji dan Umrah Kerajaan Arab Saudi"
            if not body[-1][:1].isupper():
                return None  # "Kementerian Haji dan Arab Saudi": a list, not a body of the country
            return " ".join(body), code
    return None


def _join_country_tails(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A body's bare name (``Dewan Keamanan Nasional``) is the body its story names with a country
    (``Dewan Keamanan Nasional AS``) where that is the only country the story gives it: in the
    article of the bare use, or an article of its event when the bare use's article names that
    country. ``Kementerian Luar Negeri`` beside both ``... Rusia`` and ``... Korea Selatan`` stays
    apart, as does every bare use whose article has no such context. Re-keys the bare uses only
    (the bare name of other stories is untouched)."""
    tailed: dict[str, list[tuple[Form, str]]] = defaultdict(list)  # bare key -> (qualified form, country)
    for f in mentions.forms:
        if f.key and f.type == "ORG":
            found = country_tail(f.full)
            if found:  # "Kejaksaan Agung RI" has the bare name's key already: context all the same
                tailed[type_key(found[0], "ORG")].append((f, found[1]))
    if not tailed:
        return
    story = story_articles(event_of)
    country_keys: dict[str, set[str]] = {}
    moved: dict[str, set[str]] = defaultdict(set)  # bare key -> the keys its uses moved to
    for f in mentions.forms:
        if f.key not in tailed or f.type != "ORG":
            continue
        i = f.article
        near = story(i)
        context = [(g, c) for g, c in tailed[f.key] if g.article in near]
        if not context or len({c for _g, c in context}) != 1 or len({g.key for g, _c in context}) != 1:
            continue
        g, code = context[0]
        if g.key == f.key or code == "ID":
            continue  # Indonesia's bodies: their bare name is theirs across the run, in every story
        if g.article != i:
            if code not in country_keys:
                country_keys[code] = {type_key(n, "GPE") for n, c in gazetteer.countries().items() if c == code} | {
                    type_key(a, "GPE") for a, (n, t) in ABBREVIATIONS.items() if t == "GPE" and gazetteer.countries().get(n) == code}
            if not any(h.type in PLACE_TYPES and h.key in country_keys[code] for h in mentions.by_article.get(i, [])):
                continue
        moved[f.key].add(g.key)
        f.key = g.key
        mentions.uf.add(g.key)
    # a bare name every use of which moved to one body is that body's name in the run (a speaker
    # written with the bare name resolves through its key)
    left = {f.key for f in mentions.forms if f.key in moved}
    for bare_key, targets in moved.items():
        if len(targets) == 1 and bare_key not in left:
            mentions.uf.union(next(iter(targets)), bare_key)


# ``Lembaga Pengelola Dana Pendidikan (LPDP)``: an acronym in brackets right after a name.
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-Z]{2,6})\s*\)")


def _acronyms_spelt_out(articles: Sequence[Evidence], mentions: Mentions) -> dict[str, list[tuple[int, str, str]]]:
    """Acronym -> ``(article, full name, key)`` of each organisation name an article spells it out
    for: the name followed by the acronym in brackets and made of its initials (``Satuan Pelayanan
    Pemenuhan Gizi (SPPG)``), or a use of the acronym the article itself resolved to a longer name
    (``KBRI`` after ``Kedutaan Besar RI (KBRI)``). The bracket is read from the text, so an acronym
    the tagger did not tag (``(LPDP)`` left out of every span) still counts."""
    out: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for i, local in mentions.by_article.items():
        ev = articles[i]
        sents = ev.doc.sentences
        for f in local:
            if not f.key or f.type != "ORG":
                continue
            if _ACRONYM.match(f.text):
                if f.full != f.text and len(f.full.split()) >= 2:
                    out[f.text].append((i, f.full, f.key))
                continue
            if not 0 <= f.sentence < len(sents) or len(f.full.split()) < 2:
                continue
            m = _BRACKETED_ACRONYM.match(sents[f.sentence].text, ev.mentions[f.mention].end)
            if m and _initials(f.full, "ORG") == m.group(1):
                out[m.group(1)].append((i, f.full, f.key))
    return out


def _join_acronyms_in_their_storylines(articles: Sequence[Evidence], mentions: Mentions,
                                       event_of: dict[int, str], storyline_of: dict[int, str]) -> None:
    """An organisation's acronym written alone in an article (``SPPG``, never spelt out there) is
    the name another article of its event or storyline spells it out for (``Satuan Pelayanan
    Pemenuhan Gizi (SPPG)``), where the articles of that event and storyline spell it out for one
    body only. Spelt out once in the whole run an acronym may be another body's elsewhere
    (``_spelt_out`` wants two articles), but within one story a reader takes it as the body the
    story introduced. Never a person's initials. Re-keys the alone uses of those articles only; an acronym every use of which
    moved to one body becomes that body's name in the run (a speaker written with it resolves)."""
    spelt = _acronyms_spelt_out(articles, mentions)
    if not spelt:
        return
    uf = mentions.uf
    # a person's initials stay apart (``_spelt_out``): the same letters in one crime story may be
    # another suspect's, and the tagger types initials ORG where no case cue marks them
    people = {uf.find(f.key) for f in mentions.forms if f.key and f.type == "PERSON"}
    spelt = {a: [(i, n, k) for i, n, k in uses if uf.find(k) not in people] for a, uses in spelt.items()}
    moved: dict[str, set[str]] = defaultdict(set)  # acronym key -> the keys its uses moved to
    for i, local in mentions.by_article.items():
        places = {p for p in (event_of.get(i), storyline_of.get(i)) if p}
        if not places:
            continue
        for f in local:
            if not f.key or f.type != "ORG" or f.full != f.text or f.text not in spelt:
                continue
            near = [(n, k) for a, n, k in spelt[f.text] if a != i
                    and (event_of.get(a) in places or storyline_of.get(a) in places)]
            if not near or any(a == i for a, _n, _k in spelt[f.text]):
                continue
            roots = {uf.find(k) for _n, k in near}
            if len(roots) != 1 or uf.find(f.key) in roots:
                continue
            full, key = Counter(near).most_common(1)[0][0]
            moved[f.key].add(key)
            f.full, f.key = full, key
    left = {f.key for f in mentions.forms if f.key in moved}
    for short, targets in moved.items():
        if len({uf.find(k) for k in targets}) == 1 and short not in left:
            uf.union(next(iter(targets)), short)


def ministry_tail(full: str) -> str | None:
    """The unit of an organisation's name that ends with its ministry (``Direktorat Jenderal Pajak
    Kementerian Keuangan`` / ``... Kemenkeu`` -> ``Direktorat Jenderal Pajak``): a name of two or
    more words opening with a unit head (``alias_words.MINISTRY_UNIT_HEADS``) before a capitalised
    ``Kementerian ...`` or a known short form of one; None otherwise."""
    toks = full.split()
    for k in range(len(toks) - 1, 1, -1):
        word = toks[k].strip(STRIP)
        entry = ABBREVIATIONS.get(word)
        if word == "Kementerian" or (entry and entry[1] == "ORG" and entry[0].startswith("Kementerian ")):
            body = toks[:k]
            if body[0].casefold() in MINISTRY_UNIT_HEADS and all(w[:1].isupper() or w.casefold() in ACRONYM_SKIP
                                                                  for w in body):
                return " ".join(body)
            return None
    return None


def _join_ministry_tails(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A ministry's unit written with its ministry after it (``Ditjen Imigrasi Kementerian Imipas``)
    is the unit its article or event also writes bare (``Ditjen Imigrasi``): the ministry says whose
    unit it is, not another body. Re-keys the qualified uses whose article (or an article of whose
    event) writes the unit bare, to the unit's key; the bare name's other stories are untouched (a bare ``Biro Hukum`` elsewhere may be another ministry's, but that
    is the bare name's entity already)."""
    uf = mentions.uf
    bare_of: dict[int, str] = {}  # id(form) -> the unit's key
    for f in mentions.forms:
        if f.key and f.type == "ORG":
            unit = ministry_tail(f.full)
            if unit:
                key = type_key(unit, "ORG")
                if key and key != f.key:
                    bare_of[id(f)] = key
    if not bare_of:
        return
    story = story_articles(event_of)
    for f in mentions.forms:
        key = bare_of.get(id(f))
        if key is None:
            continue
        near = story(f.article)
        unit = uf.find(key)
        if any(g.key and g.type == "ORG" and id(g) not in bare_of and uf.find(g.key) == unit
               for a in near for g in mentions.by_article.get(a, [])):
            f.key = key


@lru_cache(maxsize=1)
def _short_forms_of_bodies() -> dict[str, frozenset[str]]:
    """Full name -> the short forms ``abbreviations.ABBREVIATIONS`` gives it (``Badan Pengawas Obat dan
    Makanan`` -> ``{"BPOM"}``): the acronyms by which Indonesian news names that body. Built once: the
    table is fixed data."""
    out: dict[str, set[str]] = defaultdict(set)
    for short, (full, typ) in ABBREVIATIONS.items():
        if typ == "ORG":
            out[full].add(short)
    return {full: frozenset(shorts) for full, shorts in out.items()}


def _keep_foreign_renderings(articles: Sequence[Evidence], mentions: Mentions) -> None:
    """An Indonesian body's name followed in brackets by an acronym that is neither made of its
    letters nor a short form the abbreviation table gives that name, where the table gives it one
    (``Badan Pengawas Obat dan Makanan (FDA)``, the table's short form being ``BPOM``), renders a
    foreign body in Indonesian: news translates a foreign agency's name word for word and keeps the
    agency's own acronym to say which one it means. The uses of that name in its article take the
    acronym's key (expanded by ``canonical_form`` when it is a known one), so the foreign agency is
    not the Indonesian body of the same words; the name shown is the rendering with its acronym
    (``Badan Pengawas Obat dan Makanan (FDA)``). Run after every join, so no later rule reads the
    re-keyed name as the Indonesian body's."""
    shorts_of = _short_forms_of_bodies()
    for i, local in mentions.by_article.items():
        sents = articles[i].doc.sentences if i < len(articles) else []
        renamed: dict[str, tuple[str, str]] = {}  # the name as written -> (new full, new key)
        for f in local:
            shorts = shorts_of.get(f.full)
            if not f.key or f.type != "ORG" or f.text != f.full or not shorts or not 0 <= f.sentence < len(sents):
                continue
            m = _BRACKETED_ACRONYM.match(sents[f.sentence].text, articles[i].mentions[f.mention].end)
            acronym = m.group(1) if m else ""
            if not acronym or acronym in shorts or _letters_of(acronym, f.full):
                continue
            expanded = mentions.canon(acronym, "ORG")
            if expanded == f.full:
                continue
            key = type_key(expanded, "ORG")
            if key:
                renamed[f.full] = (f"{f.full} ({acronym})" if expanded == acronym else expanded, key)
        # the name's other uses in the article move with it; a short form (``BPOM``) stays the
        # Indonesian body, which the article may name beside the foreign one
        for f in local:
            if f.key and f.type == "ORG" and f.full in renamed and f.text == f.full:
                f.full, f.key = renamed[f.full]
                mentions.uf.add(f.key)
