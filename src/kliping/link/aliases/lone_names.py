"""Lone short forms: a one-word (or partial) name with no full name in its article,
and the full name of the run it joins, found before events are known (:func:`_lone_short_forms`,
:func:`_partial_names`) and kept once they are only where a shared event, the run's own usage or
the story's other names vouch for it (:func:`_join_lone_short_forms`,
:func:`_keep_lone_names_in_their_stories`, :func:`_join_known_aliases`), or the article's own
headline or setting names the figure's office or region (:func:`_join_by_headline`,
:func:`_join_regional_heads`); a hyphenated ticket of two figures' one names (:func:`_tickets`).

Apart because many Indonesians go by one name: these are the riskiest joins, with their own
thresholds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Sequence

from kliping.lang.id.alias_words import REGION_KIND_WORDS, REGIONAL_HEAD_OFFICES
from kliping.lang.id.name_prefixes import NAME_OPENERS
from kliping.link.aliases.forms import Form, Mentions, UnionFind
from kliping.link.aliases.initials import _PERSON_INITIALS
from kliping.link.aliases.keys import (
    PLACE_KEY,
    PLACE_TYPES,
    STRIP,
    is_place,
    key_tokens,
    normalize_key,
    strip_honorifics,
    type_key,
)
from kliping.link.aliases.roles import (
    _office_title,
    _role_conflict,
    _role_words,
    _same_office,
    _specific,
    _title_key,
)
from kliping.link.aliases.short_forms import _is_middle
from kliping.model import Evidence

# A lone short form joins its full name in a story of its own (no shared event) when this many
# articles naming both use the short form for it (``Prabowo``, ``Bahlil``: the one-name way news
# refers to a public figure) and it is not marked as someone else's (an age, a role of its own).
LONE_ATTESTED_MIN_ARTICLES = 3
# ... and its story shares a person or organisation with the figure's stories, other than one a
# run of at least EVERYWHERE_MIN_ARTICLES names in more than EVERYWHERE_SHARE of its articles (the
# president in a national news run: a thief's story that mentions his programme is not his).
EVERYWHERE_SHARE = 0.05
EVERYWHERE_MIN_ARTICLES = 100


def _lone_short_forms(
    forms: Sequence[Form], by_article: dict[int, list[Form]], uf: UnionFind,
    deferred: Sequence[tuple[Form, str]] = (),
) -> tuple[list[tuple[str, str]], dict[tuple[str, str], set[int]], set[tuple[str, str]]]:
    """``(full-name key, short key)`` joins of lone short forms without a role conflict
    (:func:`_role_conflict`); those of them whose short form stands for that full name in
    :data:`LONE_ATTESTED_MIN_ARTICLES` or more articles that name both, with those articles; and
    those found only through the word after a name opener.

    A lone short form (no full name in its article) joins the single full name in the run whose
    first or last token it is; with two candidates (``Kim Jong-un``, ``Kim Myong Sik``) it joins the
    one the same short form resolved to inside other articles, if there is one.
    """
    token_index: dict[str, set[str]] = defaultdict(set)
    # the full names a word starts: among several full names with the word, the one it starts is the
    # one news calls by it alone (``Prabowo`` is ``Prabowo Subianto``, not ``Listyo Sigit Prabowo``)
    first_index: dict[str, set[str]] = defaultdict(set)
    # the word after a name opener, consulted only for a short form that is no first or last word
    # of any name (``Reza`` stays ``Reza Gladys``'s even where ``Muhammad Reza Cordova`` exists)
    after_opener: dict[str, set[str]] = defaultdict(set)
    # an inner word of a name of three or more, consulted (like the word after an opener) only for a
    # short form that is no first or last word of any name and joined only with the full name's office
    inner: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        # (a hyphenated pair of two names, ``Prabowo Subianto-Gibran Rakabuming Raka``, is nobody's
        # full name: it would make ``Prabowo`` the word of two names)
        if f.type != "PERSON" or not f.key or len(f.full.split()) < 2 or f.pair:
            continue
        key, toks = f.key, key_tokens(f.full)
        if toks:
            token_index[toks[0]].add(uf.find(key))
            token_index[toks[-1]].add(uf.find(key))
            first_index[toks[0]].add(uf.find(key))
            if len(toks) >= 3 and toks[0] in NAME_OPENERS:  # ``Amran`` of ``Andi Amran Sulaiman``
                after_opener[toks[1]].add(uf.find(key))
            elif len(toks) >= 3:  # ``Ghufron`` of ``Ali Ghufron Mukti`` (:func:`_is_middle`)
                for w in toks[1:-1]:
                    if _is_middle([w], toks):
                        inner[w].add(uf.find(key))
    # what each short form (by its own key) resolved to inside articles that named the full name
    resolved: dict[str, set[str]] = defaultdict(set)
    attesting: dict[tuple[str, str], set[int]] = defaultdict(set)  # (short, root) -> articles
    for f in forms:
        if f.type == "PERSON" and f.key and len(f.full.split()) >= 2:
            short = normalize_key(strip_honorifics(f.text))
            toks = key_tokens(f.full)
            # a word after a name opener (``Reza`` of ``Muhammad Reza Cordova``) is a reading of
            # its article only: it does not outvote the run's names with that first or last word
            if short and short != f.key and len(strip_honorifics(f.text).split()) == 1 and short in (toks[0], toks[-1]):
                resolved[short].add(uf.find(f.key))
                attesting[(short, uf.find(f.key))].add(f.article)
    # a short form used before its article's one candidate is introduced (``Trump`` ... ``Donald
    # Trump``) reads as that name too when no other name of the run has the word first or last
    def candidates(word: str) -> set[str]:
        """The full names ``word`` can stand for alone: the one it starts when several have it."""
        roots = token_index.get(word, set())
        firsts = first_index.get(word, set()) & roots
        return firsts if len(roots) > 1 and len(firsts) == 1 else roots

    for f, key in deferred:
        if f.key and candidates(f.key) == {uf.find(key)}:
            resolved[f.key].add(uf.find(key))
            attesting[(f.key, uf.find(key))].add(f.article)
    # the roles a lone short form is given in its articles, and those the full names are given
    lone_roles: dict[str, list[set[str]]] = defaultdict(list)
    for local in by_article.values():
        per_key: dict[str, set[str]] = defaultdict(set)
        for f in local:
            if f.type == "PERSON" and f.key and len(f.full.split()) == 1:
                per_key[f.key] |= _role_words(f.title)
        for key, words in per_key.items():
            lone_roles[key].append(words)
    full_roles: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if f.type == "PERSON" and f.key and len(f.full.split()) >= 2:
            full_roles[uf.find(f.key)] |= _role_words(f.title)
    # a key the run gives organisations and places more often than people is theirs: ``Pindad``,
    # the arms maker, is no short form of the vehicle ``Maung Pindad`` a tagger typed a person
    votes: Counter = Counter()
    for f in forms:
        if f.key:
            votes[f.key] += 1 if f.type == "PERSON" else -1
    # the titles (written out, :func:`_title_key`) of lone short forms and of full names, to tell
    # apart two full names sharing the word (``Presiden Prabowo`` of ``Prabowo Subianto``, not of
    # ``Listyo Sigit Prabowo``)
    lone_titles: dict[str, set[str]] = defaultdict(set)
    full_titles: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if f.type == "PERSON" and f.key and f.title and _office_title(_title_key(f.title)):
            (lone_titles[f.key] if len(f.full.split()) == 1 else full_titles[uf.find(f.key)]).add(_title_key(f.title))
    kept: list[tuple[str, str]] = []
    by_office: set[tuple[str, str]] = set()
    for key in sorted({f.key for f in forms if f.type == "PERSON" and f.key and len(f.full.split()) == 1
                       and not f.common and votes[f.key] > 0}):
        attested = len(resolved.get(key, ())) == 1
        roots = resolved[key] if attested else token_index.get(key) or after_opener.get(key) or inner.get(key, set())
        if len(roots) > 1:
            firsts = {r for r in roots if r in first_index.get(key, set())}
            # several full names have the word: the one whose title or office the short form is
            # given, if only one; joined only where it is given so (:func:`_join_lone_short_forms`)
            roots = {r for r in roots if (lone_titles.get(key, set()) - {""}) & full_titles.get(r, set())
                     or any(_same_office(words, full_roles.get(r, set())) for words in lone_roles.get(key, []))}
            if len(roots) == 1:
                by_office.add((next(iter(roots)), key))
            elif not roots and len(firsts) == 1:
                roots = firsts  # no title tells: the one name the word starts
        if len(roots) != 1:
            continue
        root = next(iter(roots))
        if not _role_conflict(lone_roles.get(key, []), full_roles.get(root, set()), attested):
            kept.append((root, key))
    # an article giving the lone short form the full name's title uses it for that person as surely
    # as one naming both (``Presiden Prabowo`` where the run has ``Presiden Prabowo Subianto``)
    root_of = {key: root for root, key in kept}
    for f in forms:
        if f.type == "PERSON" and f.key in root_of and f.title and len(f.full.split()) == 1 \
                and _title_key(f.title) in full_titles.get(root_of[f.key], set()):
            attesting[(f.key, root_of[f.key])].add(f.article)
    well = {(root, key): attesting[(key, root)] for root, key in kept
            if len(attesting.get((key, root), ())) >= LONE_ATTESTED_MIN_ARTICLES}
    opener = {(root, key) for root, key in kept if (key not in resolved and key not in token_index)
              or (root, key) in by_office}
    return kept, well, opener


def _partial_names(forms: Sequence[Form], uf: UnionFind) -> list[tuple[str, str]]:
    """``(longer name key, name key)`` for a two-word person name that is the leading or trailing
    words of exactly one longer name of the run (``Amran Sulaiman`` / ``Andi Amran Sulaiman``,
    ``Sri Mulyani`` / ``Sri Mulyani Indrawati``); :func:`resolve` keeps them where the articles
    share an event, as for lone short forms (``Djoko Santoso`` in a story of its own may be the
    general, not ``Fadjar Djoko Santoso``)."""
    longer: dict[tuple[str, ...], set[str]] = defaultdict(set)
    two: dict[tuple[str, ...], str] = {}
    for f in forms:
        if f.type != "PERSON" or not f.key:
            continue
        toks = tuple(key_tokens(f.full))
        if len(toks) >= 3:
            longer[toks[:2]].add(uf.find(f.key))
            longer[toks[-2:]].add(uf.find(f.key))
        elif len(toks) == 2 and f.full == f.text:
            two.setdefault(toks, f.key)
    out = []
    for toks, key in sorted(two.items()):
        roots = longer.get(toks, set()) - {uf.find(key)}
        if len(roots) == 1:
            out.append((next(iter(roots)), key))
    return out


def _join_lone_short_forms(mentions: Mentions, event_of: dict[int, str]) -> None:
    """Keep a pending lone short-form join for the articles that give the short form the full
    name's title or office (:func:`_same_office`), that share an event with one naming the full
    name (``Tuan Kim`` at the summit Kim Jong Un attends), or, for a well-attested join (the short
    form stands for the full name in :data:`LONE_ATTESTED_MIN_ARTICLES`+ articles of as many
    events), whose plain uses (:func:`_plain_one_name`) sit in a story naming a person or
    organisation the full name's stories name (:func:`_other_names`): their short forms take the
    full name's key. A join found only after a name opener needs the office. The others keep their
    own key, so a one-name ``Dian (37)``, parent in a school-meal story, stays apart from ``Dian
    Patria`` of an anti-graft office. Uses flagged as common words never join; short forms that
    joined a name which itself joined a longer one follow it (:func:`_follow_moved_keys`). (Also joining where the full name is named in 8+ articles of
    the run was measured: 2 fewer split people, 1 more wrong merge; not kept.)"""
    uf = mentions.uf
    if not mentions.pending:
        return
    full_of: dict[str, list[Form]] = defaultdict(list)  # root -> its forms of two or more words
    with_key: dict[str, list[Form]] = defaultdict(list)
    for f in mentions.forms:
        # a lone short form's uses the tagger typed otherwise go with it (``Trump`` tagged a place
        # in one story): its key is a person's, as :func:`_lone_short_forms` checked by vote
        if f.key and not f.common:
            with_key[f.key].append(f)
        if f.key and len(f.full.split()) >= 2:
            full_of[uf.find(f.key)].append(f)
    moved_in: list[Form] = []  # forms given another key here
    for root, key in mentions.pending:
        fulls = full_of.get(uf.find(root), [])
        events = {event_of.get(f.article) for f in fulls} - {None}
        roles: set[str] = set().union(*(_role_words(f.title) for f in fulls)) if fulls else set()
        titles = {_title_key(f.title) for f in fulls} - {""}
        by_article: dict[int, list[Form]] = defaultdict(list)
        for f in with_key.get(key, []):
            by_article[f.article].append(f)
        attesting = mentions.attested.get((root, key), set())
        well_attested = len({event_of.get(a, f"#{a}") for a in attesting}) >= LONE_ATTESTED_MIN_ARTICLES
        opener_only = (root, key) in mentions.via_opener
        near: list[set[str]] = []  # the names of the full name's articles, built when first needed
        for i, fs in by_article.items():
            own_roles = set().union(*(_role_words(f.title) for f in fs))
            own_titles = {_title_key(f.title) for f in fs} - {""}
            if (own_titles & titles) or _same_office(own_roles, roles):
                joins = True  # the same office
            elif opener_only:
                joins = False  # a reading after a name opener is its article's only
            elif event_of.get(i) in events:
                joins = True
            elif well_attested and _plain_one_name(fs, own_roles, roles):
                if not near:
                    near.append(set().union(*(_other_names(mentions, a) for a in {f.article for f in fulls}))
                                - _everywhere_names(mentions))
                joins = bool((_other_names(mentions, i) & near[0]) - {uf.find(root), uf.find(key)})
            else:
                joins = False
            if joins:
                for f in fs:
                    f.key = root
                    moved_in.append(f)
    _follow_moved_keys(with_key, moved_in)


def _follow_moved_keys(with_key: dict[str, list[Form]], moved_in: list[Form]) -> None:
    """A short form joined to a name whose own forms all joined one longer name goes there too:
    ``Mentan Amran`` joins ``Amran Sulaiman``, which joins ``Andi Amran Sulaiman``; without this
    step it would be left alone under the emptied key."""
    for _ in range(3):  # chains are short: a one-word name, a two-word name, the full name
        changed = False
        targets_of: dict[str, set[str | None]] = {}  # once per key: its group may hold thousands
        for f in moved_in:
            key = f.key or ""
            if key not in targets_of:
                targets_of[key] = {g.key for g in with_key.get(key, [])}
            targets = targets_of[key]
            if targets and len(targets) == 1 and f.key not in targets:
                f.key = next(iter(targets))
                changed = True
        if not changed:
            return


def _everywhere_names(mentions: Mentions) -> frozenset[str]:
    """Names a large run gives in more than EVERYWHERE_SHARE of its articles (the president, the
    parliament, the police): sharing one says nothing about a story being the figure's. Small runs
    (under EVERYWHERE_MIN_ARTICLES) cannot tell them apart, so none is. Computed once per run."""
    if mentions.everywhere is not None:
        return mentions.everywhere
    n = len(mentions.by_article)
    out: frozenset[str] = frozenset()
    if n >= EVERYWHERE_MIN_ARTICLES:
        df: Counter = Counter()
        for i in mentions.by_article:
            df.update(_other_names(mentions, i))
        out = frozenset(k for k, c in df.items() if c > EVERYWHERE_SHARE * n)
    mentions.everywhere = out
    return out


def _other_names(mentions: Mentions, i: int) -> set[str]:
    """Roots of the people and organisations article ``i`` names (not its places: nearly every
    story names ``Jakarta``), the evidence that a lone short form's story is about the figure."""
    return {mentions.uf.find(f.key) for f in mentions.by_article.get(i, [])
            if f.key and f.type not in PLACE_TYPES and not f.key.startswith(PLACE_KEY)}


def _plain_one_name(fs: Sequence[Form], own_roles: set[str], full_roles: set[str]) -> bool:
    """The uses of a lone short form in one article carry nothing that makes them someone else:
    no age in brackets (``Dian (37)``), no office or place word the full name's roles lack
    (``warga Subang, Deni``) nor a deputy's office for an office holder (``Wamenkeu``), no all-capital
    spelling (``GRACE``, a satellite, is not ``Grace``)."""
    if any(f.age or (f.text.isupper() and len(f.text) > 1) for f in fs):
        return False
    # a deputy is not the office holder; a figure who held a deputy's office and another (a vice
    # president who was a mayor) is the holder of both, so only a deputy's role the figure never had
    # keeps the short form apart
    if "wakil" in own_roles and "wakil" not in full_roles:
        return False
    return not (_specific(own_roles) - _specific(full_roles))


# Joins a lone one name's key and its story's event into the key of its uses there (``budi in e3``):
# merge keys join a name's parts without spaces, so no name's key holds it.
LONE_STORY_MARK = " in "


def _keep_lone_names_in_their_stories(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A one-word person name no full name took (none in its article, no join by
    :func:`_join_lone_short_forms`) is whoever its story says it is: ``Budi`` the thief, ``Budi``
    the farmer and ``Budi`` the fire victim of three unrelated stories are three people, and one
    key would make them one entity. Such a name keeps its key within an event; the uses of two
    events share it only on the evidence the one-name figure route asks for (:func:`_lone_evidence`):
    a person or organisation both stories name, or the same title. The rest take a key of their
    story (:data:`LONE_STORY_MARK`). A name that is the first or last word of exactly one full name
    of the run (``Habibie``: ``BJ Habibie``) is most likely that person's wherever it is used
    alone, so its plain uses stay together (apart from the full name, as
    :func:`_join_lone_short_forms` left them); only the stories that mark it as a private person's
    (:func:`_age_follows`: ``Erwin (45)``) take keys of their own. Events are known here: the event
    linker is unaffected."""
    uf = mentions.uf
    groups: dict[str, list[Form]] = defaultdict(list)
    full_names: dict[str, set[str]] = defaultdict(set)  # first or last word -> full-name roots
    ends: dict[str, tuple[str, ...]] = {}  # full name -> its first and last word, once per spelling
    for f in mentions.forms:
        if not f.key:
            continue
        root = uf.find(f.key)
        groups[root].append(f)
        if f.type == "PERSON" and " " in f.full and not f.pair:
            if f.full not in ends:
                toks = key_tokens(f.full)
                ends[f.full] = (toks[0], toks[-1]) if toks else ()
            for w in ends[f.full]:
                full_names[w].add(root)
    lone = {r: fs for r, fs in groups.items() if _is_lone_name(fs)}
    lone_roots = set(lone)
    names_of: dict[int, set[str]] = {}  # article -> the names it gives (:func:`_other_names`), once
    tickets = _tickets(mentions, lone)
    for root, fs in lone.items():
        ticket = tickets.get(root)
        if ticket is not None:  # ``Prabowo-Gibran``: two known figures, the same pair in every story
            if ticket:
                uf.union(ticket, root)
            continue
        one_person = all(len(full_names.get(w, ())) == 1 for f in fs for w in key_tokens(f.full)[:1])
        parts: dict[str, list[Form]] = defaultdict(list)  # event -> uses, in order of appearance
        for f in fs:
            parts[event_of.get(f.article, f"#{f.article}")].append(f)
        if one_person:  # only the stories that mark the name as a private person's
            parts = {e: uses for e, uses in parts.items() if any(f.age for f in uses)}
            if not parts:
                continue
        elif len(parts) < 2:
            continue
        story_of = _lone_evidence(mentions, parts, lone_roots, names_of)
        first = None if one_person else next(iter(parts))
        for event, uses in parts.items():
            story = story_of[event]
            if story != first:
                key = f"{root}{LONE_STORY_MARK}{story}"
                uf.add(key)
                for f in uses:
                    f.key = key


# The dashes a ticket's two names are written with (``Prabowo-Gibran``, ``Prabowo – Gibran``).
_DASH = "[-‐‑–]"
_HYPHEN = re.compile(rf"\s*{_DASH}\s*")


def _tickets(mentions: Mentions, lone: dict[str, list[Form]]) -> dict[str, str]:
    """Roots of one-word hyphenated pairs of two one names (``Prabowo-Gibran``) that stand for a
    pair the run writes in full (``Prabowo Subianto-Gibran Rakabuming Raka``, the one such pair whose
    halves the two words start) or whose words each start exactly one full person name of the run: a
    ticket or a government of two known figures, no private person's name, so one entity in every
    story. Maps such a root to the full pair's root, or to ``""`` where the run writes none."""
    uf = mentions.uf
    starts: dict[str, set[str]] = defaultdict(set)  # first word -> full-name roots it starts
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # first words of the halves -> pair roots
    for f in mentions.forms:
        if not f.key or f.type != "PERSON" or " " not in f.full:
            continue
        if not f.pair:
            toks = key_tokens(f.full)
            if toks:
                starts[toks[0]].add(uf.find(f.key))
            continue
        halves = [key_tokens(h) for h in _HYPHEN.split(f.full)]
        if len(halves) == 2 and all(halves):
            written[(halves[0][0], halves[1][0])].add(uf.find(f.key))
    out: dict[str, str] = {}
    for root, fs in lone.items():
        shapes = {tuple(_HYPHEN.split(f.full)) for f in fs}
        if len(shapes) != 1:
            continue
        words = next(iter(shapes))
        if len(words) != 2 or not all(w[:1].isupper() for w in words):
            continue
        first = (normalize_key(words[0]), normalize_key(words[1]))
        pair = written.get(first, set())
        if len(pair) == 1:
            out[root] = next(iter(pair))
        elif not pair and all(len(starts.get(w, ())) == 1 for w in first):
            out[root] = ""
    return out


def _keep_initials_in_their_stories(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A person the article names by initials only (``tersangka berinisial BP``; no name of the
    article spelt out with them) is one person within its story: ``BP`` of a toll-road case is not
    the ``BP`` suspect of another case, nor the oil company ``BP``. Their uses take a key of their
    event (:data:`LONE_STORY_MARK`), after the event linker has used the plain key."""
    for f in mentions.forms:
        if f.initials and _PERSON_INITIALS.match(f.full) and f.key == type_key(f.full, "PERSON"):
            f.key = f"{f.key}{LONE_STORY_MARK}{event_of.get(f.article, f'#{f.article}')}"
            mentions.uf.add(f.key)


def _is_lone_name(fs: Sequence[Form]) -> bool:
    """An entity of one-word names only, mostly typed a person: nobody's full name is known."""
    return all(len(f.full.split()) == 1 for f in fs) and Counter(f.type for f in fs).most_common(1)[0][0] == "PERSON"


def _lone_evidence(mentions: Mentions, parts: dict[str, list[Form]], lone_roots: set[str],
                   names_of: dict[int, set[str]]) -> dict[str, str]:
    """Event -> the first event of its group: events whose uses of one lone name share a person or
    organisation of their articles (not one every story names, :func:`_everywhere_names`, nor another
    lone one name) or a title, written out (:func:`_title_key`) and naming more than a generic head
    (``Kapolsek Tambora``, not ``Ketua``), in stories that do not mark the name as a private
    person's (``Budi (41)``). Indexed by name and title, so a name used in thousands of stories costs
    no pairwise work."""
    everywhere = _everywhere_names(mentions)
    group = UnionFind()
    first_with: dict[tuple[str, str], str] = {}
    for event, uses in parts.items():
        group.add(event)
        for a in {f.article for f in uses} - names_of.keys():
            names_of[a] = _other_names(mentions, a)
        shared = set().union(*(names_of[f.article] for f in uses))
        # (a lone name already given a story key here is a lone name too)
        clues = {("name", r) for r in shared - everywhere - lone_roots if LONE_STORY_MARK not in r}
        if not any(f.age for f in uses):
            clues |= {("office", t) for f in uses for t in [_title_key(f.title)]
                      if t and _specific(_role_words(f.title))}
        for clue in clues:
            if clue in first_with:
                group.union(first_with[clue], event)
            else:
                first_with[clue] = event
    firsts: dict[str, str] = {}
    for event in parts:  # in order of appearance
        firsts.setdefault(group.find(event), event)
    return {event: firsts[group.find(event)] for event in parts}


def _story_names(mentions: Mentions, i: int) -> set[str]:
    """:func:`_other_names` of article ``i`` and the places of its story no gazetteer lists (a
    building or compound, ``Istana Kepresidenan``, ``Gedung Merah Putih``): a one-name figure's beat."""
    return _other_names(mentions, i) | {mentions.uf.find(f.key) for f in mentions.by_article.get(i, [])
                                        if f.key and f.type in PLACE_TYPES and not f.key.startswith(PLACE_KEY)
                                        and len(f.full.split()) >= 2}


def _one_word_uses(local: Sequence[Form], uf: UnionFind, full_roots: Container[str]
                   ) -> tuple[set[str], dict[str, list[Form]]]:
    """An article's words of its full person names, and its one-word person uses by word (no common
    noun, no initials, none whose key is already one of ``full_roots``): what the passes joining a
    lone name to a full name elsewhere in the run start from; a word the article's own full names
    hold is theirs."""
    own_words = {w for f in local if f.type == "PERSON" and f.key and " " in f.full for w in key_tokens(f.full)}
    uses: dict[str, list[Form]] = defaultdict(list)
    for f in local:
        if f.key and f.type == "PERSON" and " " not in f.full and not f.common and not f.initials \
                and uf.find(f.key) not in full_roots:
            uses[normalize_key(f.full)].append(f)
    return own_words, uses


def _join_known_aliases(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A one-word person name still alone in its article joins the one full name of the run that
    other articles, naming the full name, already call the person by it (``Pras`` of ``Prasetyo
    Hadi``, ``Prabowo`` of ``Prabowo Subianto``): where its article shares an event with the full
    name, or, once the run calls the person so in :data:`LONE_ATTESTED_MIN_ARTICLES` or more events
    (the bar of :func:`_join_lone_short_forms`), where its story names a person, organisation or
    building the full name's stories name (:func:`_story_names`). Never where its article
    introduces another full name with the word, another full name of the run starts with it (or,
    the known alias being no word of any, has it at all), the word is an inner one of the full name
    (``Ali`` of ``Muhammad Ali Rahman``: a reading of its article only), or its uses carry an age,
    capitals or a role of their own (:func:`_plain_one_name`, :func:`_role_conflict`): ``pelaku Budi`` is not the
    spokesman ``Budi Prasetyo``, nor a ``Budi`` of a story naming nobody of theirs."""
    uf = mentions.uf
    multi: set[str] = set()
    roles: dict[str, set[str]] = defaultdict(set)
    token_roots: dict[str, set[str]] = defaultdict(set)
    first_roots: dict[str, set[str]] = defaultdict(set)
    end_roots: dict[str, set[str]] = defaultdict(set)
    articles_of: dict[str, set[int]] = defaultdict(set)
    for f in mentions.forms:
        if f.key and f.type == "PERSON" and " " in f.full and not f.pair:
            root = uf.find(f.key)
            multi.add(root)
            roles[root] |= _role_words(f.title)
            toks = key_tokens(f.full)
            if toks:
                first_roots[toks[0]].add(root)
                end_roots[toks[0]].add(root)
                end_roots[toks[-1]].add(root)
                for w in toks:
                    token_roots[w].add(root)
    for f in mentions.forms:
        if f.key and uf.find(f.key) in multi:
            articles_of[uf.find(f.key)].add(f.article)
    near: dict[str, set[str]] = {}

    def known_aliases() -> dict[str, dict[str, set[int]]]:
        """word -> root -> articles calling that root by the one word."""
        out: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for f in mentions.forms:
            if f.key and f.type == "PERSON" and not f.initials:
                text = strip_honorifics(f.text)
                root = uf.find(f.key)
                if root in multi and len(text.split()) == 1 and not text.isupper():
                    out[normalize_key(text)][root].add(f.article)
        return out

    for by_story in (False, True):
        alias_in = known_aliases()
        for i, local in mentions.by_article.items():
            own_words, uses = _one_word_uses(local, uf, multi)
            story: set[str] | None = None  # the article's _story_names, read again after a join here
            for word, fs in uses.items():
                known = {r: arts - {i} for r, arts in alias_in.get(word, {}).items() if arts - {i}}
                if len(known) != 1 or word in own_words:
                    continue
                root, attesting = next(iter(known.items()))
                firsts = first_roots.get(word, set())
                if (firsts and firsts != {root}) or (not firsts and token_roots.get(word, set()) - {root}):
                    continue
                if root in token_roots.get(word, set()) and root not in end_roots.get(word, set()):
                    continue  # an inner word or one after a name opener reads so in its article only
                own_roles = set().union(*(_role_words(f.title) for f in fs))
                lone = [r for r in (_role_words(f.title) for f in fs) if r]
                if not _plain_one_name(fs, own_roles, roles[root]) or _role_conflict(lone, roles[root], True):
                    continue
                if not by_story:
                    if event_of.get(i) not in {event_of.get(a) for a in articles_of[root]} - {None}:
                        continue
                else:
                    if len({event_of.get(a, f"#{a}") for a in attesting}) < LONE_ATTESTED_MIN_ARTICLES:
                        continue
                    if root not in near:
                        near[root] = set().union(*(_story_names(mentions, a) for a in articles_of[root])) \
                            - _everywhere_names(mentions)
                    if story is None:
                        story = _story_names(mentions, i)
                    if not (story & near[root]) - {root, uf.find(fs[0].key)}:
                        continue  # a story naming nobody the figure's stories name: someone else
                for f in fs:
                    f.key = root
                story = None


def _full_names(mentions: Mentions) -> list[Form]:
    """The run's forms of full person names: keyed, of two words or more, no pair of names."""
    return [f for f in mentions.forms if f.key and f.type == "PERSON" and " " in f.full and not f.pair]


def _full_name_ends(mentions: Mentions) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The run's full person names (:func:`_full_names`) as a lone name meets them: first or last word ->
    the roots of the full names it starts or ends, and root -> the role words of its titles
    (:func:`_role_words`). Read by the passes that join a one-word name to the one full name it ends
    (:func:`_join_initialled_names`, :func:`_join_regional_heads`)."""
    uf = mentions.uf
    ends: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, set[str]] = defaultdict(set)
    for f in _full_names(mentions):
        root = uf.find(f.key)
        toks = key_tokens(f.full)
        for w in {toks[0], toks[-1]} if toks else ():
            ends[w].add(root)
        roles[root] |= _role_words(f.title)
    return ends, roles


# A person's name written as capital initials and one name word (``BJ Habibie``, ``A.M.
# Hendropriyono``, ``ST Burhanuddin``): the way news writes a public figure known by that word.
_INITIALLED_NAME = re.compile(r"^(?:[A-Z]{2,3}|(?:[A-Z]\.\s?){2,3})\s*([A-Z][a-z]{2,})$")
# ... whose word alone, plain, in this many stories of its own is that figure's (a private person
# is rarely named by one word alone in two unrelated stories).
INITIALLED_MIN_EVENTS = 2


def _join_initialled_names(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A one-word person name (``Pak Habibie``, ``Prof. Habibie``) used alone in
    :data:`INITIALLED_MIN_EVENTS` or more stories joins the run's full name written as initials and
    that word (``BJ Habibie``, :data:`_INITIALLED_NAME`), when no other full name of the run starts
    or ends with the word, the word is no place, and its uses carry no age, capitals or role of their
    own (:func:`_plain_one_name`, :func:`_role_conflict`): the initials say the figure goes by the
    word. Runs after :func:`_keep_lone_names_in_their_stories`, which keeps the plain uses of such a
    word (the word of one full name) on one key and gives the stories marking a private person
    (``Habibie (41)``) keys of their own; only the plain key joins."""
    uf = mentions.uf
    ends, roles = _full_name_ends(mentions)
    initialled: dict[str, str] = {}  # word -> root of a full name of initials and that word
    for f in _full_names(mentions):
        m = _INITIALLED_NAME.match(strip_honorifics(f.full))
        if m and not is_place(m.group(1)):
            initialled[normalize_key(m.group(1))] = uf.find(f.key)
    for word, root in initialled.items():
        if ends.get(word) != {root} or word not in uf.parent or uf.find(word) == root:
            continue
        uses = [f for f in mentions.forms if f.key and uf.find(f.key) == uf.find(word) and f.type == "PERSON"
                and len(f.full.split()) == 1]
        if len({event_of.get(f.article, f"#{f.article}") for f in uses}) < INITIALLED_MIN_EVENTS:
            continue
        by_article: dict[int, list[Form]] = defaultdict(list)
        for f in uses:
            by_article[f.article].append(f)
        if all(_plain_one_name(fs, set().union(*(_role_words(f.title) for f in fs)), roles[root])
               and not _role_conflict([r for r in (_role_words(f.title) for f in fs) if r], roles[root], True)
               for fs in by_article.values()):
            uf.union(root, word)


# Two capitalised words joined by a hyphen in a headline (``Kabinet Prabowo-Gibran``): a ticket.
_HEADLINE_PAIR = re.compile(rf"\b([A-Z][a-z]+)\s*{_DASH}\s*([A-Z][a-z]+)\b")


def _join_by_headline(articles: Sequence[Evidence], mentions: Mentions) -> None:
    """A one-word person name alone in an article (no full name there) is the one full name of the
    run given an office the article's headline names, where the word is that full name's first or
    last word: Indonesian online news heads a story with the office and quotes the holder by one name
    in the body (headline ``Ketua Komisi XI DPR Puji ...``, body ``ujar Misbakhun``; elsewhere the run
    writes ``Ketua Komisi XI DPR RI Mukhamad Misbakhun``). The office must name more than a generic
    head (``Ketua Komisi XI DPR``, not ``Ketua``; :func:`_specific`) and be an office, not a case or
    everyday role (:func:`_office_title`), and a deputy's office is not the office (``Wakil Ketua
    ...`` in the headline is not the chair); the name must be plain (:func:`_plain_one_name`: no age,
    no role of its own the full name lacks), and the article must introduce no other full name with
    the word. A ticket in the headline (``Kabinet Prabowo-Gibran``) names the two halves of the one
    pair the run writes in full with those first words (``Prabowo Subianto-Gibran Rakabuming Raka``),
    or, with none written, the one full name each word starts (as :func:`_tickets` reads a ticket):
    the body's ``Gibran`` is the half it starts. The headline is the article's own evidence, so this
    holds across stories."""
    uf = mentions.uf
    holders: dict[str, set[str]] = defaultdict(set)  # written-out office -> full-name roots
    ends: dict[str, set[str]] = defaultdict(set)  # full-name root -> its first and last words
    roles: dict[str, set[str]] = defaultdict(set)
    for f in mentions.forms:
        if f.key and f.type == "PERSON" and len(f.full.split()) >= 2 and not f.pair:
            root = uf.find(f.key)
            toks = key_tokens(f.full)
            if toks:
                ends[root] |= {toks[0], toks[-1]}
            roles[root] |= _role_words(f.title)
            office = _title_key(f.title)
            if office and _office_title(office) and _specific(_role_words(f.title)):
                holders[office].add(root)
    # the tickets the run writes in full (``Prabowo Subianto-Gibran Rakabuming Raka``): the first
    # words of the halves -> the halves' roots, where the run knows each half as a name
    tickets: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    starts: dict[str, set[str]] = defaultdict(set)  # first word -> the full names it starts
    for f in mentions.forms:
        if f.key and f.type == "PERSON" and " " in f.full and not f.pair:
            toks = key_tokens(f.full)
            if toks:
                starts[toks[0]].add(uf.find(f.key))
        if f.key and f.type == "PERSON" and f.pair:
            halves = _HYPHEN.split(f.full)
            toks = [key_tokens(h) for h in halves]
            keys = [type_key(h, "PERSON") for h in halves]
            if len(halves) == 2 and all(toks) and all(k in uf.parent for k in keys):
                tickets[(toks[0][0], toks[1][0])].add((uf.find(keys[0]), uf.find(keys[1])))
    if not holders and not tickets and not starts:
        return
    for i, local in mentions.by_article.items():
        headline = articles[i].doc.title if i < len(articles) else None
        if not headline:
            continue
        said = f" {_title_key(headline)} "
        # (a deputy's office holds the office's words: ``Wakil Ketua Komisi XI DPR`` is not the chair)
        offices = [o for o in holders if f" {o} " in said and f" wakil {o} " not in said]
        # a ticket in the headline (``Kabinet Prabowo-Gibran``) names the two halves the run writes in full
        halves: dict[str, set[str]] = defaultdict(set)  # first word -> the half's root
        for a, b in _HEADLINE_PAIR.findall(headline):
            found = tickets.get((normalize_key(a), normalize_key(b)), set())
            if not found and len(starts.get(normalize_key(a), ())) == len(starts.get(normalize_key(b), ())) == 1:
                found = {(next(iter(starts[normalize_key(a)])), next(iter(starts[normalize_key(b)])))}
            if len(found) == 1:
                ra, rb = next(iter(found))
                halves[normalize_key(a)].add(ra)
                halves[normalize_key(b)].add(rb)
        if not offices and not halves:
            continue
        own_words, uses = _one_word_uses(local, uf, ends)
        for word, fs in uses.items():
            if word in own_words:
                continue
            roots = {r for o in offices for r in holders[o] if word in ends.get(r, ())} | halves.get(word, set())
            if len(roots) != 1:
                continue
            root = next(iter(roots))
            own_roles = set().union(*(_role_words(f.title) for f in fs))
            if not _plain_one_name(fs, own_roles, roles[root]):
                continue
            for f in fs:
                f.key = root


def _region_of_head(title: str | None) -> tuple[str, ...]:
    """The region a regional head's title names, by the words saying which region
    (``Gubernur DKI Jakarta`` -> ``("jakarta",)``, ``Walkot Bogor`` -> ``("bogor",)``); empty for
    any other title, a deputy's included (``Wakil Gubernur ...``)."""
    words = _title_key(title).split()
    for head in REGIONAL_HEAD_OFFICES:
        if tuple(words[:len(head)]) == head:
            return tuple(w for w in words[len(head):] if w not in REGION_KIND_WORDS)
    return ()


def _region_words(name: str) -> tuple[str, ...]:
    """A place's name by the words saying which region (``DKI Jakarta`` and ``Jakarta`` alike)."""
    return tuple(w for w in (w.strip(STRIP) for w in name.casefold().split()) if w and w not in REGION_KIND_WORDS)


def _set_in(articles: Sequence[Evidence], local: Sequence[Form], i: int, region: tuple[str, ...]) -> bool:
    """Article ``i`` is set in ``region``: its headline names the region, or the region is the place
    it names most often (``Jakarta`` five times in a story on the capital's air)."""
    headline = articles[i].doc.title if i < len(articles) else None
    if headline and f" {' '.join(region)} " in f" {' '.join(_region_words(headline))} ":
        return True
    counts = Counter(_region_words(f.full) for f in local if f.type in PLACE_TYPES)
    counts.pop((), None)
    return bool(counts) and counts.get(region, 0) == max(counts.values())


def _join_regional_heads(articles: Sequence[Evidence], mentions: Mentions) -> None:
    """A one-word person name alone in an article (no full name there with the word) is the one full
    name of the run the word starts or ends, when that name heads a regional government
    (:data:`REGIONAL_HEAD_OFFICES`: ``Gubernur DKI Jakarta Pramono Anung``) and the article is set in
    its region (:func:`_set_in`): local news quotes its governor, regent or mayor by one name
    (``ujar Pramono`` in a story on Jakarta's air). The name must be plain (:func:`_plain_one_name`,
    :func:`_role_conflict`: no age, capitals or role of its own, ``warga Jakarta, Pramono`` is a
    resident), and no other full name of the run may start or end with the word. The article's own
    setting is the evidence, so this holds across stories."""
    uf = mentions.uf
    ends, roles = _full_name_ends(mentions)
    region_of: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # root -> regions it heads
    for f in _full_names(mentions):
        region = _region_of_head(f.title)
        if region:
            region_of[uf.find(f.key)].add(region)
    if not region_of:
        return
    full_roots = set(roles)
    for i, local in mentions.by_article.items():
        own_words, uses = _one_word_uses(local, uf, full_roots)
        for word, fs in uses.items():
            roots = ends.get(word, set())
            if word in own_words or len(roots) != 1:
                continue
            root = next(iter(roots))
            if not any(_set_in(articles, local, i, r) for r in region_of.get(root, ())):
                continue
            own_roles = set().union(*(_role_words(f.title) for f in fs))
            lone = [r for r in (_role_words(f.title) for f in fs) if r]
            if not _plain_one_name(fs, own_roles, roles[root]) or _role_conflict(lone, roles[root], True):
                continue
            for f in fs:
                f.key = root


def _settle_ambiguous_short_forms(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A one-word short form its article left to nobody because two of its full names have the word
    (``Prabowo`` beside ``Presiden Prabowo Subianto`` and ``Kapolri Listyo Sigit Prabowo``) is the
    one of them the run calls by that word alone: other articles, naming that full name, use the
    word for it in :data:`LONE_ATTESTED_MIN_ARTICLES` or more events, and for no other full name of
    the article. Without this the uses name no entity at all. Not where a use carries an age, capitals
    or a role of its own the chosen name lacks (:func:`_plain_one_name`, :func:`_role_conflict`)."""
    uf = mentions.uf
    pending = [f for f in mentions.forms if f.key is None and f.type == "PERSON" and not f.common
               and not f.initials and len(strip_honorifics(f.text).split()) == 1]
    if not pending:
        return
    called: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # word -> root -> articles
    roles: dict[str, set[str]] = defaultdict(set)
    for f in mentions.forms:
        if not f.key or f.type != "PERSON" or f.initials:
            continue
        if " " in f.full and not f.pair:
            roles[uf.find(f.key)] |= _role_words(f.title)
            text = strip_honorifics(f.text)
            if len(text.split()) == 1 and not text.isupper():
                called[normalize_key(text)][uf.find(f.key)].add(f.article)
    by_article: dict[int, list[Form]] = defaultdict(list)
    for f in pending:
        by_article[f.article].append(f)
    for i, fs in by_article.items():
        cands: dict[str, dict[str, str]] = defaultdict(dict)  # word -> root -> the article's full name with it
        for g in mentions.by_article.get(i, []):
            if g.key and g.type == "PERSON" and " " in g.full and not g.pair:
                toks = key_tokens(g.full)
                if toks:
                    for w in {toks[0], toks[-1]}:
                        cands[w].setdefault(uf.find(g.key), g.full)
        uses: dict[str, list[Form]] = defaultdict(list)
        for f in fs:
            uses[normalize_key(strip_honorifics(f.text))].append(f)
        for word, group in uses.items():
            known = {r: arts - {i} for r, arts in called.get(word, {}).items()
                     if r in cands.get(word, {}) and arts - {i}}
            if len(known) != 1:
                continue
            root, attesting = next(iter(known.items()))
            if len({event_of.get(a, f"#{a}") for a in attesting}) < LONE_ATTESTED_MIN_ARTICLES:
                continue
            own_roles = set().union(*(_role_words(f.title) for f in group))
            lone = [r for r in (_role_words(f.title) for f in group) if r]
            if not _plain_one_name(group, own_roles, roles[root]) or _role_conflict(lone, roles[root], True):
                continue
            for f in group:
                f.full, f.key = cands[word][root], root
