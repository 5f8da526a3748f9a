"""Entity resolution: one dossier entity per real-world person, organisation or place.

Three steps, each conservative because merging two different people is worse than leaving two
spellings of one person apart:

1. Within an article a short form (``Kim``, ``Tuan Kim``, ``Mr. Kim``) resolves to the full name of
   the same type in that article whose first or last name part it is, but only when exactly one full
   name qualifies *when the short form is first used*: ``Tuan Kim`` after ``Kim Jong Un`` and before
   ``Laksamana Kim Myong Sik`` is introduced means Kim Jong Un, as it does for the reader. ``Lee``
   after both ``Rachel Minyoung Lee`` and ``Danny Lee`` stays unresolved. An unknown all-capital
   form resolves to the one name of the article whose initials it is (``Hendi Prio Santoso (HPS)``).
2. Across articles, names merge by a normalised key (casefold, honorifics, middle initials, hyphens
   and spaces removed; abbreviations expanded with ``kliping.extract.entities.canonical_form``;
   :func:`type_key` adds the rules that need the type: a place's key is never a person's,
   ``Kejaksaan Agung RI`` = ``Kejaksaan Agung`` for Indonesia-only bodies, ``PT Jakarta`` is a
   court; ``Kota Medan`` joins ``Medan`` where an article, an event or the province ties them; a
   body's bare name joins the one country-named form of it its article or event gives,
   ``Dewan Keamanan Nasional`` = ``Dewan Keamanan Nasional AS``: :func:`_join_country_tails`). A lone short form with no full name
   in its article joins the one full name in the run it can belong to (or the one the same short
   form resolved to elsewhere), and a two-word name the one longer name it is part of, only in
   articles that share an event with one naming the full name (:func:`_join_lone_short_forms`):
   many Indonesians go by one name. Across stories it joins only where 3+ articles use it for that
   person, in 3+ events, the lone story names a person or organisation of theirs, and nothing marks
   it as someone else's (an age, a pseudonym, an everyday role in apposition, a role of its own). Short
   names introduced in brackets (``Joko Widodo (Jokowi)``) and nicknames given after a full name
   (``Saifullah Yusuf (Gus Ipul)``, ``... atau Gus Ipul``) join their name once events are known;
   a one-word name in brackets only when it is made of the name's letters (``Joko Widodo
   (Jokowi)``, not ``Budi Santoso (Rina)``). Two weak joins between the same two articles of
   different stories, a few days apart, vouch for each other (``Hanif`` alone here and ``Hanif
   Faisol Nurofiq`` there, with ``Edi`` / ``Eddy Soeparno`` in the same two articles):
   :func:`_join_vouching_pairs`. Among several full names with the word, a lone short form's is the
   one it starts (``Prabowo`` of ``Prabowo Subianto``, not ``Listyo Sigit Prabowo``), and a one-word
   alias the run already gives one full name joins it elsewhere on a shared event or, known in 3+
   events, a shared name (:func:`_join_known_aliases`).
3. Likely misspellings of one person (``Shin Wok-sik`` / ``Shin Won-sik``) merge only when the
   names are nearly identical, share their family name and differ in one part by at most two edits,
   *and* share a title or appear in the same event; one name in two spellings (``Eddy`` / ``Edi``)
   within one event, or across stories an old/new spelling (``Soeparno`` / ``Suparno``) with one
   title; organisation names with a typo in one long word (not two places) within one event. Each
   such merge is reported as a ``NameVariant``.

Joins on an article's own evidence, once events are known: a local area with and without its head
word (``Kecamatan X`` / ``X``, :func:`local_area_bare`) and a city's bare name in an article writing
out only the city (:func:`_bare_city_of_its_article`) move that article's bare uses only; a body's or
law's name written another way (``... Republik Indonesia`` = ``... RI``, ``KUHP Jo`` = ``KUHP``:
:func:`written_out_key`); an institution named by the name after its head where every use is in an
article writing the full name (:func:`_join_institution_tails`); a hyphenated ticket of two known
figures' one names (``Prabowo-Gibran``, :func:`_tickets`) in every story.

Capitals a case cue marks as a person's initials (``Saudara AS``, ``tersangka berinisial BP``) are a
person, never a country or an acronym, and stand for a name of their article only with evidence
(:func:`_mark_person_initials`); a name the tagger cut short takes its whole name once events are
known (:func:`_complete_cut_name`).

The event linker names an article by the keys of step 1 (:meth:`Mentions.article_names`); the
joins of short forms wait until events are known.
Measured by ``kliping eval aliases`` (``docs/ner.md``, "Alias resolution").
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.fuzz import ratio

from kliping.lang.id.titles import NAME_PARTICLES
from kliping.link.aliases.bodies import _join_country_tails, _join_institution_tails, _join_written_out
from kliping.link.aliases.forms import Mentions, _Form, _UnionFind
from kliping.link.aliases.initials import _ACRONYM, _initials
from kliping.link.aliases.keys import (
    _ALL_HONORIFICS,
    _STRIP,
    _known_word,
    _tokens,
    _without_initials,
    name_parts,
    normalize_key,
    strip_honorifics,
    type_key,
)
from kliping.link.aliases.lone_names import (
    _join_known_aliases,
    _join_lone_short_forms,
    _keep_initials_in_their_stories,
    _keep_lone_names_in_their_stories,
    _plain_one_name,
)
from kliping.link.aliases.places import _join_regions
from kliping.link.aliases.roles import (
    _office_title,
    _role_words,
    _same_office,
    _specific,
    _title_key,
    _titles,
)
from kliping.link.aliases.short_forms import _OPENERS, _is_middle, _is_part
from kliping.link.aliases.spans import _GLUED
from kliping.model import Entity, Evidence, FindingItem, NameVariant

# Misspelling merge: rapidfuzz ratio on the normalised keys at or above this, and the one differing
# name part within this many edits. Chosen so ``Shin Wok-sik``/``Shin Won-sik`` (ratio 91) merge and
# ``Kim Jong-un``/``Kim Jong-il`` (ratio 78) do not.
MISSPELLING_MIN_RATIO = 90.0
MISSPELLING_MAX_EDITS = 2
# An organisation's name merges with one differing by a typo in a word of at least this many letters.
ORG_TYPO_MIN_LETTERS = 6
# A surface form is "frequent" (eligible as the entity name) when seen at least this share of the
# most frequent form's count; the longest eligible form wins.
NAME_FREQUENCY_SHARE = 0.3

# At most this many evidence items per spelling in a NameVariant record.
VARIANT_ITEMS_PER_SPELLING = 3


def _one_part_differs(a: list[str], b: list[str]) -> bool:
    """Same number of parts, same family name (first or last part), exactly one part a small edit."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 1:
        return False
    if a[0] != b[0] and a[-1] != b[-1]:
        return False
    k = diff[0]
    return Levenshtein.distance(a[k], b[k]) <= MISSPELLING_MAX_EDITS


def _one_inner_letter(a: list[str], b: list[str]) -> bool:
    """Two names of three or more parts with the same first and last part whose one other part
    differs by a single letter (``Ali Ghufron Mukti`` / ``Ali Gufron Mukti``): one name misspelt, so
    the same office is evidence enough across stories; two people rarely share two of three names
    and an office."""
    if len(a) != len(b) or len(a) < 3 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    diff = [k for k in range(1, len(a) - 1) if a[k] != b[k]]
    return len(diff) == 1 and Levenshtein.distance(a[diff[0]], b[diff[0]]) == 1


# Old (pre-1972) and new Indonesian spellings of one sound, and doubled letters: ``Soeparno`` /
# ``Suparno``, ``Djoko`` / ``Joko``, ``Eddy`` / ``Edi``, ``Doddy`` / ``Dody``.
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"))
_DOUBLE = re.compile(r"(.)\1+")


def _old_spelling(parts: list[str]) -> tuple[str, ...]:
    """Name parts with the old Indonesian spelling made new only (doubled letters and ``y`` kept)."""
    out = []
    for p in parts:
        for old, new in _SPELLINGS:
            p = p.replace(old, new)
        out.append(p)
    return tuple(out)


def _spelling(parts: list[str]) -> tuple[str, ...]:
    """Name parts in one spelling (old Indonesian spelling made new, doubled letters single, a
    final ``y`` an ``i``), to tell two spellings of one name from two names."""
    out = []
    for p in _old_spelling(parts):
        p = _DOUBLE.sub(r"\1", p)
        out.append(p[:-1] + "i" if p.endswith("y") and len(p) > 2 else p)
    return tuple(out)


def _gendered_pair(a: list[str], b: list[str]) -> bool:
    """The one differing part is a male/female pair of one name (``Putra``/``Putri``,
    ``Dewa``/``Dewi``, ``Hartono``/``Hartoni``): siblings, not a misspelling."""
    diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return len(x) == len(y) and x[:-1] == y[:-1] and {x[-1], y[-1]} in ({"a", "i"}, {"o", "i"})


def _org_typo(a: list[str], b: list[str]) -> bool:
    """Two organisation names (casefolded words, same count) alike but for a typo in one long word:
    ``Indopersada``/``Indopersasa``, ``Penyelenggara``/``Penyelenggaraan``, ``Caverage``/``Coverage``.
    Short or numbered words differ on purpose (``Komisi I``/``Komisi II``, ``Kementerian LH``/``PU``);
    a word under nine letters may differ by one edit only (``Demokrat``/``Demokrasi`` stay apart),
    two neighbouring letters swapped counting as one (``Montrado``/``Montardo``: a slip of the keys)."""
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 1:
        return False
    x, y = a[diff[0]], b[diff[0]]
    shortest = min(len(x), len(y))
    if shortest < ORG_TYPO_MIN_LETTERS or not (x.isalpha() and y.isalpha()) or _gendered_pair([x], [y]):
        return False
    if _known_word(x) and _known_word(y):  # Badung / Bandung, Binjai / Sinjai: two places, no typo
        return False
    return OSA.distance(x, y) <= (1 if shortest < 9 else 2) and ratio(" ".join(a), " ".join(b)) >= MISSPELLING_MIN_RATIO


# Two articles a vouched join (:func:`_join_vouching_pairs`) links were published at most this many
# days apart.
VOUCH_MAX_DAYS = 3
# ... and a join is looked at only when its two sides' articles make at most this many pairs: a name
# that many stories give is a public figure the shared-event and attested routes handle, and the
# pairs would cost quadratic work in a large run.
VOUCH_MAX_PAIRS = 400


def _days_apart(a: Evidence, b: Evidence) -> int | None:
    """Days between the publication dates of two articles, None when one has no date."""
    from datetime import date

    try:
        da = date.fromisoformat((a.doc.published or "")[:10])
        db = date.fromisoformat((b.doc.published or "")[:10])
    except ValueError:
        return None
    return abs((da - db).days)


def _join_vouching_pairs(articles: Sequence[Evidence], mentions: Mentions,
                         event_of: dict[int, str]) -> set[frozenset[str]]:
    """Two weak joins between the same two articles of different stories vouch for each other:
    ``Hanif`` alone in one article and ``Hanif Faisol Nurofiq`` in another (a lone short form whose
    one candidate in the run is that name, left apart for want of a shared event), and ``Edi
    Soeparno`` there with ``Eddy Soeparno`` here (two full names of one spelling, :func:`_spelling`,
    no third name of that spelling in the run). Each alone may be two people in two stories; two
    different people of one article matching two of another, published within
    :data:`VOUCH_MAX_DAYS` days, are one occasion reported twice (the event linker split it). The
    lone short form's uses carry nothing of someone else (:func:`_plain_one_name`), the two
    spellings no offices that differ (``Bupati Sleman`` / ``Bupati Bantul``) and no gendered pair. The short forms take the full
    name's key here; the spelling pairs are returned (as root pairs) for the misspelling step,
    which reports them as name variants."""
    uf = mentions.uf
    persons: dict[str, list[_Form]] = defaultdict(list)
    for f in mentions.forms:
        if f.key and f.type == "PERSON":
            persons[uf.find(f.key)].append(f)
    # candidate links: (article, article) -> the joins between them, by the people they join
    links: dict[frozenset[int], dict[str, tuple]] = defaultdict(dict)
    # 1. lone short forms still on their own key
    for root, key in mentions.pending:
        if (root, key) in mentions.via_opener or uf.find(key) == uf.find(root):
            continue
        fulls = [f for f in persons.get(uf.find(root), []) if len(f.full.split()) >= 2]
        roles: set[str] = set().union(*(_role_words(f.title) for f in fulls)) if fulls else set()
        by_article: dict[int, list[_Form]] = defaultdict(list)
        for f in persons.get(uf.find(key), []):
            if f.key == key and not f.common and len(f.full.split()) == 1:
                by_article[f.article].append(f)
        full_articles = {f.article for f in fulls}
        if len(by_article) * len(full_articles) > VOUCH_MAX_PAIRS:
            continue
        for i, fs in by_article.items():
            own_roles = set().union(*(_role_words(f.title) for f in fs))
            if not _plain_one_name(fs, own_roles, roles):
                continue
            for a in full_articles - {i}:
                if event_of.get(a) != event_of.get(i) or event_of.get(a) is None:
                    links[frozenset((i, a))][uf.find(root)] = ("short", root, key, i)
    # 2. two full names of one spelling
    by_spelling: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for r, fs in persons.items():
        full = Counter(f.full for f in fs if len(f.full.split()) >= 2)
        if full:
            parts = name_parts(_without_initials(full.most_common(1)[0][0]))
            if len(parts) >= 2:
                by_spelling[_spelling(parts)].append(r)
    for roots in by_spelling.values():
        if len(roots) != 2:
            continue
        a, b = roots
        fa, fb = persons[a], persons[b]
        pa = name_parts(Counter(f.full for f in fa if len(f.full.split()) >= 2).most_common(1)[0][0])
        pb = name_parts(Counter(f.full for f in fb if len(f.full.split()) >= 2).most_common(1)[0][0])
        ta = _specific(set().union(*(_role_words(f.title) for f in fa)))
        tb = _specific(set().union(*(_role_words(f.title) for f in fb)))
        if _gendered_pair(pa, pb) or (ta and tb and not ta & tb):
            continue
        xs, ys = {f.article for f in fa}, {f.article for f in fb}
        if len(xs) * len(ys) > VOUCH_MAX_PAIRS:
            continue
        for x in xs:
            for y in ys - {x}:
                links[frozenset((x, y))][a] = ("spelling", a, b)
    vouched: set[frozenset[str]] = set()
    moved: set[tuple[str, int]] = set()
    for pair, joins in links.items():
        x, y = tuple(pair)
        days = _days_apart(articles[x], articles[y])
        people: list[set[str]] = []  # the joins' names, one set per person (a name in two joins is one)
        for join in joins.values():
            names = {join[1]} if join[0] == "short" else {join[1], join[2]}
            for other in [p for p in people if p & names]:
                names |= other
                people.remove(other)
            people.append(names)
        if len(people) < 2 or days is None or days > VOUCH_MAX_DAYS:
            continue
        for join in joins.values():
            if join[0] == "spelling":
                vouched.add(frozenset((join[1], join[2])))
            elif (join[2], join[3]) not in moved:
                moved.add((join[2], join[3]))
                for f in persons.get(uf.find(join[2]), []):
                    if f.article == join[3] and f.key == join[2]:
                        f.key = join[1]
    return vouched


def _apply_cut_names(mentions: Mentions) -> None:
    """A name the tagger cut short takes its whole name, with the short forms its article resolved
    to it (``Kim`` after ``Kim Jong``); a mention of the rest (``PS Brodjonegoro`` typed ORG) is no
    name. Applied once events are known: in the first pass the whole name joined a one-name
    minister's story to his others and cost detik-dev storylines (``docs/ner.md``)."""
    for f, whole, rest in mentions.cut_names:
        old_key, old_full = f.key, f.full
        key = type_key(whole, "PERSON")
        mentions.uf.add(key)
        for g in mentions.by_article.get(f.article, []):
            if g is f or (old_key and g.key == old_key):
                g.key = key
                if g.full == old_full:
                    g.full = whole
        for g in rest:
            g.key = None


def _apply_bracketed(mentions: Mentions) -> None:
    """Short names introduced in brackets take their name's key, in their article and, where
    :func:`_spelt_out` allows, everywhere (``Jokowi``, ``Kejagung``)."""
    assign, unions = mentions.bracketed
    for f, full, key in assign:
        f.full, f.key = full, key
        mentions.uf.add(key)
    for short, root in unions:
        mentions.uf.add(short)
        mentions.uf.union(root, short)


def _apply_nicknames(mentions: Mentions, event_of: dict[int, str], storyline_of: dict[int, str]) -> None:
    """Nicknames given after a full name take its key in their article (:func:`_nicknames`). A
    public figure's honorific nickname (``Gus Ipul``) given for one name only takes it in another
    article too where that article shares an event or storyline with one that gave it, or gives it
    an office title the full name has (``Mensos Gus Ipul``): ``Bang Roni`` the lawmaker and ``Bang
    Roni`` the driver of another story stay two, and so would two ``Gus`` of unrelated stories."""
    assign, wide = mentions.nicknames
    for f, full, key in assign:
        f.full, f.key = full, key
    if not wide:
        return
    shorts, names = {w[0] for w in wide}, {w[2] for w in wide}
    uses: dict[str, list[_Form]] = defaultdict(list)  # nickname key -> its uses; one pass over the forms
    offices: dict[str, set[str]] = defaultdict(set)  # name key -> the office titles it is given
    for f in mentions.forms:
        if f.key in shorts:
            uses[f.key].append(f)
        if f.key in names and f.title and _office_title(_title_key(f.title)):
            offices[f.key].add(_title_key(f.title))
    for short, full, key, given in wide:
        places = {event_of[i] for i in given if i in event_of} | {storyline_of[i] for i in given if i in storyline_of}
        by_article: dict[int, list[_Form]] = defaultdict(list)
        for f in uses.get(short, []):
            if f.article not in given and f.key == short:
                by_article[f.article].append(f)
        for i, fs in by_article.items():
            if event_of.get(i) in places or storyline_of.get(i) in places or any(f.title and _title_key(f.title) in offices.get(key, set()) for f in fs):
                for f in fs:
                    f.full, f.key = full, key


def resolve(
    articles: Sequence[Evidence],
    mentions: Mentions,
    event_of: dict[int, str],
    storyline_of: dict[int, str] | None = None,
) -> tuple[list[Entity], dict[tuple[int, int], str], list[NameVariant], dict[str, str]]:
    """Second pass: misspelling merges, then entities, mention ids and name variants.

    ``storyline_of`` (article index -> storyline id), when given, lets a misspelling merge on a
    shared storyline as on a shared event (``Siti Nadia Tarmizi`` / ``Tarmidzi`` in two events of one
    storyline); the other joins stay on events: storylines group unrelated stories too often to
    vouch for a bare one-word name.

    Returns the entities, a map ``(article index, mention index) -> entity id``, the name variants
    and a map ``merge key -> entity id`` used to resolve speakers.
    """
    uf = mentions.uf
    _apply_cut_names(mentions)
    _apply_bracketed(mentions)
    _apply_nicknames(mentions, event_of, storyline_of or {})
    for uses, full, key, name in mentions.body_joins.renders:
        for f in uses:
            f.full, f.key = full, key
        uf.union(name, key)
    for short, key in mentions.body_joins.written_out:
        uf.add(key)
        uf.union(key, short)
    _join_lone_short_forms(mentions, event_of)
    vouched = _join_vouching_pairs(articles, mentions, event_of)
    _join_regions(mentions, event_of)
    _join_written_out(mentions)
    _join_institution_tails(mentions)
    _join_country_tails(mentions, event_of)
    _keep_initials_in_their_stories(mentions, event_of)
    _keep_lone_names_in_their_stories(mentions, event_of)
    groups: dict[str, list[_Form]] = defaultdict(list)
    for f in mentions.forms:
        if f.key:
            groups[uf.find(f.key)].append(f)

    # --- 3. likely misspellings of one person
    person_roots = [
        r for r, fs in groups.items() if Counter(f.type for f in fs).most_common(1)[0][0] == "PERSON"
    ]
    spellings: dict[str, list[str]] = {}  # root -> parts of its most frequent full spelling
    for r in person_roots:
        full_counts = Counter(f.full for f in groups[r] if len(f.full.split()) >= 2)
        if full_counts:
            spelling = _without_initials(full_counts.most_common(1)[0][0])
            spellings[r] = name_parts(spelling)
    one_spelling = {r: _spelling(parts) for r, parts in spellings.items()}
    buckets: dict[tuple[int, int, str], list[str]] = defaultdict(list)
    for r, parts in spellings.items():
        buckets[(len(parts), 0, parts[0])].append(r)
        buckets[(len(parts), 1, parts[-1])].append(r)
        buckets[(len(parts), 2, "".join(one_spelling[r]))].append(r)
    merges: list[tuple[str, str]] = []
    # a pair of names meets in up to three buckets (same first part, last part, one spelling);
    # every test below is symmetric, so each pair is tested once
    seen_pairs: set[tuple[str, str]] = set()

    rank_of: dict[str, tuple[int, int]] = {}
    for n, f in enumerate(mentions.forms):
        if f.key:
            r = uf.find(f.key)
            size, first = rank_of.get(r, (0, n))
            rank_of[r] = (size - 1, min(first, n))

    def rank(root: str) -> tuple[int, int]:
        return rank_of.get(root, (0, 1 << 30))

    # per root, read once: the merges below are only collected, so ``groups`` does not change in the loop
    @functools.cache
    def roles(root: str) -> set[str]:
        return set().union(*(_role_words(f.title) for f in groups[root]))

    @functools.cache
    def events(root: str) -> set[str]:
        return {event_of.get(f.article) for f in groups[root]} - {None}  # type: ignore[misc]

    @functools.cache
    def storylines(root: str) -> set[str]:
        return {storyline_of.get(f.article) for f in groups[root]} - {None} if storyline_of else set()  # type: ignore[misc]

    for bucket in buckets.values():
        for x in range(len(bucket)):
            for y in range(x + 1, len(bucket)):
                a, b = sorted((bucket[x], bucket[y]), key=rank)
                if (a, b) in seen_pairs:
                    continue
                seen_pairs.add((a, b))
                pa, pb = spellings[a], spellings[b]
                same = len(pa) >= 2 and one_spelling[a] == one_spelling[b]
                if not same and (ratio("".join(pa), "".join(pb)) < MISSPELLING_MIN_RATIO
                                 or not _one_part_differs(pa, pb)):
                    continue
                shared_event = bool(events(a) & events(b)) or bool(storylines(a) & storylines(b)) \
                    or frozenset((a, b)) in vouched
                shared_title = bool(_titles(groups[a]) & _titles(groups[b])) \
                    or (_one_inner_letter(pa, pb) and _same_office(roles(a), roles(b)))
                if same and not shared_event:
                    # across stories only an old/new spelling with one title (``Soeparno`` /
                    # ``Suparno``); ``Rudy``/``Rudi``, ``Dedi``/``Dedy`` are two names there
                    same = shared_title and _old_spelling(pa) == _old_spelling(pb)
                if same or (not _gendered_pair(pa, pb) and (shared_title or shared_event)
                            and _one_part_differs(pa, pb)):
                    merges.append((a, b))
    # --- 3b. likely misspellings of one organisation (``PT Praba Indopersasa``)
    org_words: dict[str, list[str]] = {}
    for r, fs in groups.items():
        if Counter(f.type for f in fs).most_common(1)[0][0] == "ORG":
            # (the name written out, not the acronym its uses mostly go by: ``UHC``)
            named = Counter(f.full for f in fs if len(f.full.split()) >= 2)
            ws = named.most_common(1)[0][0].casefold().split() if named else []
            if len(ws) >= 2:
                org_words[r] = ws
    @functools.cache
    def glossed(root: str) -> set[str]:
        """The acronyms an organisation's own articles write, made of its name's initials
        (``UHC`` of ``Universal Health Coverage``): two names alike but for a typo that both carry
        one such acronym are one body across stories too (``Universal Health Caverage`` (UHC))."""
        own = {_initials(f.full, "ORG") for f in groups[root]} - {""}
        return {g.text for i in {f.article for f in groups[root]} for g in mentions.by_article.get(i, [])
                if g.text in own and _ACRONYM.match(g.text)}

    # names alike but for word k meet in bucket k: small buckets, even with many ``PT ...`` names
    org_buckets: dict[tuple[int, tuple[str, ...]], list[str]] = defaultdict(list)
    for r, ws in org_words.items():
        for k in range(len(ws)):
            org_buckets[(k, tuple(ws[:k] + ws[k + 1:]))].append(r)
    for bucket in org_buckets.values():
        for x in range(len(bucket)):
            for y in range(x + 1, len(bucket)):
                if not _org_typo(org_words[bucket[x]], org_words[bucket[y]]):
                    continue
                a, b = sorted((bucket[x], bucket[y]), key=rank)
                if (a, b) not in seen_pairs and (events(a) & events(b) or glossed(a) & glossed(b)):
                    seen_pairs.add((a, b))
                    merges.append((a, b))
    # --- 3c. one one-word name spelt two ways in one article (``Mamet`` / ``Memet``), and a
    # shorter name misspelling a longer one's words there (``Okky Prastyo Ajie`` / ``Okky Prasetyo``);
    # one body's name written two ways with one acronym spelt out for both (``BPKP``)
    for a, b in (_one_name_spellings(mentions, articles) + _partial_name_spellings(mentions, articles)
                 + mentions.body_joins.two_ways):
        a, b = sorted((uf.find(a), uf.find(b)), key=rank)
        if a != b and (a, b) not in seen_pairs:
            seen_pairs.add((a, b))
            merges.append((a, b))
    variant_pairs: list[tuple[str, str]] = []
    for a, b in sorted(merges, key=lambda p: (rank(p[0]), rank(p[1]))):
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb:
            uf.union(ra, rb)
            variant_pairs.append((ra, b))

    for acronym, name in mentions.body_joins.spread:
        uf.add(acronym)
        uf.union(name, acronym)
    _join_short_forms_of_respelt_names(mentions)
    _join_known_aliases(mentions, event_of)

    excluded: dict[str, set[str]] = defaultdict(set)
    for keep, other in variant_pairs:
        excluded[uf.find(keep)].update(f.full for f in groups[other])

    # --- entities, ordered by first appearance
    final: dict[str, list[_Form]] = defaultdict(list)
    for f in mentions.forms:
        if f.key:
            final[uf.find(f.key)].append(f)
    entities: list[Entity] = []
    root_to_id: dict[str, str] = {}
    mention_ids: dict[tuple[int, int], str] = {}
    for root, fs in final.items():  # dict order = first appearance (forms are in publication order)
        eid = f"E{len(entities) + 1}"
        root_to_id[root] = eid
        entities.append(_make_entity(eid, fs, articles, exclude=excluded.get(root, set())))
        for f in fs:
            mention_ids[(f.article, f.mention)] = eid

    variants: list[NameVariant] = []
    for keep, other in variant_pairs:
        eid = root_to_id[uf.find(keep)]
        canonical_forms = groups[keep]
        variant_forms = groups[other]
        items: list[FindingItem] = []
        names: list[str] = []
        for fs in (canonical_forms, variant_forms):
            # (a one-word name spelt two ways, ``Mamet`` / ``Memet``, has its one-word uses)
            spelled = [f for f in fs if len(f.full.split()) >= 2] or [f for f in fs if f.text == f.full]
            names.append(Counter(f.full for f in spelled).most_common(1)[0][0])
            seen: set[tuple[int, int]] = set()
            # Evidence is a sentence that writes the name out (``Bamban PS Brodjonegoro``), not one
            # naming the person by a short form resolved to it (``kata Bambang``): that shows no spelling.
            for f in (f for f in spelled if len(f.text.split()) >= 2 or f.text == f.full):
                if (f.article, f.sentence) in seen or len(seen) >= VARIANT_ITEMS_PER_SPELLING:
                    continue
                seen.add((f.article, f.sentence))
                items.append(FindingItem(articles[f.article].id, f.sentence, _sentence_text(articles[f.article], f.sentence)))
        variants.append(NameVariant(entity=eid, variants=names, items=items))

    key_to_id = {k: root_to_id[uf.find(k)] for k in uf.parent if uf.find(k) in root_to_id}
    return entities, mention_ids, variants, key_to_id


# A one-word name spelt two ways in one article has at least this many letters (``Dedi`` and
# ``Dodi`` in one story are more likely two people).
ONE_NAME_VARIANT_MIN_LETTERS = 5
_VOWELS = frozenset("aeiou")


def _one_name_spellings(mentions: Mentions, articles: Sequence[Evidence]) -> list[tuple[str, str]]:
    """``(key, key)`` of one-word person names one article spells two ways: ``Mamet`` and
    ``Memet``, the same coordinator quoted in turn. The two differ in one inner vowel (not the first
    letter, not the last: ``Dewa`` / ``Dewi`` are two people), have at least
    :data:`ONE_NAME_VARIANT_MIN_LETTERS` letters, never share a sentence (``Mamet dan Memet`` are
    two), no full name of the article takes either, and the one introduced later comes without a
    title, role or age of its own (a second person is introduced as one)."""
    out: list[tuple[str, str]] = []
    for local in mentions.by_article.values():
        ones: dict[str, list[_Form]] = defaultdict(list)
        for f in local:
            if f.type == "PERSON" and f.key and f.text == f.full and f.full.isalpha() and not f.common \
                    and len(f.full) >= ONE_NAME_VARIANT_MIN_LETTERS:
                ones[f.full.casefold()].append(f)
        if len(ones) < 2:
            continue
        names = sorted(ones, key=lambda w: min((f.sentence, f.mention) for f in ones[w]))
        for x, first in enumerate(names):
            for later in names[x + 1:]:
                swapped = _vowels_swapped(first, later)
                if (swapped or _inner_vowel_differs(first, later)) \
                        and _same_one_person(articles, ones[first], ones[later], case_role=swapped):
                    out.append((ones[first][0].key, ones[later][0].key))  # type: ignore[arg-type]
    return out


# The misspelt word of a partial name (:func:`_partial_name_spellings`) has at least this many letters.
PARTIAL_MISSPELLING_MIN_LETTERS = 5


def _partial_name_spellings(mentions: Mentions, articles: Sequence[Evidence]) -> list[tuple[str, str]]:
    """``(key, key)`` of two person names of one article where the shorter (two words) is the
    longer's first word and, one vowel added or dropped (:func:`_vowel_inserted`), one of its other
    words (``Okky Prastyo Ajie`` ... ``Okky Prasetyo``, one prosecutor): the misspelling pass
    compares only names of as many words. Any other one-letter change makes another name
    (``Salim`` / ``Halim``, ``Rahmat`` / ``Rahman``, ``Putra`` / ``Putri``, ``Darwin`` / ``Darwis``).
    The word has :data:`PARTIAL_MISSPELLING_MIN_LETTERS`+ letters, the two never share a sentence
    and the later one comes with no ``juga`` / ``lain`` near it and no title, role or age the
    earlier is not given (:func:`_same_one_person`); the longer name is the only one of the article
    it can be."""
    out: list[tuple[str, str]] = []
    uf = mentions.uf
    for local in mentions.by_article.values():
        names: dict[str, list[_Form]] = defaultdict(list)  # root -> its uses written out in full
        for f in local:
            if f.type == "PERSON" and f.key and not f.pair and len(f.full.split()) >= 2 and f.text == f.full:
                names[uf.find(f.key)].append(f)
        if len(names) < 2:
            continue
        toks = {r: _tokens(fs[0].full) for r, fs in names.items()}
        for r2, t2 in toks.items():
            if len(t2) != 2 or len(t2[1]) < PARTIAL_MISSPELLING_MIN_LETTERS:
                continue
            cands = [r for r, t in toks.items() if r != r2 and len(t) >= 3 and t[0] == t2[0]
                     and any(_vowel_inserted(w, t2[1]) for w in t[1:])]
            if len(cands) != 1:
                continue
            r3 = cands[0]
            first, later = sorted((names[r3], names[r2]), key=lambda fs: min((f.sentence, f.mention) for f in fs))
            if _same_one_person(articles, first, later):
                out.append((r3, r2))
    return out


def _vowel_inserted(a: str, b: str) -> bool:
    """``prasetyo`` / ``prastyo``: one word is the other with one vowel added, not as its first
    letter (a dropped or doubled vowel is a slip of the keyboard; a changed letter is another name)."""
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[k] in _VOWELS and long[:k] + long[k + 1:] == short for k in range(1, len(long)))


def _inner_vowel_differs(a: str, b: str) -> bool:
    """Same length, one differing letter, both vowels, neither the first nor the last letter."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 1 and 0 < diff[0] < len(a) - 1 and a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS


# Two vowels of a one-word name swapped (``Nasori`` / ``Nasiro``) is a typo only in a name this long:
# ``Rina`` / ``Rani``, ``Mirna`` / ``Marni`` are names of their own.
VOWEL_SWAP_MIN_LETTERS = 6


def _vowels_swapped(a: str, b: str) -> bool:
    """``nasori`` / ``nasiro``: same length (:data:`VOWEL_SWAP_MIN_LETTERS`+), same first letter,
    and they differ only in two vowels that trade places."""
    if len(a) != len(b) or len(a) < VOWEL_SWAP_MIN_LETTERS or a[0] != b[0]:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and all(a[k] in _VOWELS and b[k] in _VOWELS for k in diff) \
        and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


# Near a name a second person is introduced with: ``Agus Halim juga dihadirkan``, ``Polisi juga
# menetapkan tersangka Murni``, ``saksi lain, Agus Halim``.
_ANOTHER_BEFORE = re.compile(r"\b(?:juga|pula|lain|lainnya)\b[^.;:]{0,30}$", re.IGNORECASE)
_ANOTHER_AFTER = re.compile(r"^[^.;:]{0,12}?\b(?:juga|pula|lain|lainnya)\b", re.IGNORECASE)


def _another_person_near(articles: Sequence[Evidence], f: _Form) -> bool:
    """``juga`` / ``pula`` / ``lain`` right before or after the use ``f`` (:data:`_ANOTHER_BEFORE`):
    the report is adding someone, not naming the same person again."""
    ev = articles[f.article]
    if not 0 <= f.sentence < len(ev.doc.sentences):
        return False
    text, m = ev.doc.sentences[f.sentence].text, ev.mentions[f.mention]
    return bool(_ANOTHER_BEFORE.search(text[:m.start]) or _ANOTHER_AFTER.match(text[m.end:]))


def _same_one_person(articles: Sequence[Evidence], first: Sequence[_Form], later: Sequence[_Form], *,
                     case_role: bool = False) -> bool:
    """Two spellings' uses in one article never share a sentence, the later one is introduced with
    no ``juga`` / ``lain`` near it (:func:`_another_person_near`) and with no title, role or age of
    its own: a title it has is an office title the first spelling is given too (:func:`_office_title`;
    ``Kasi Intel Okky ...``). A shared case role (``terdakwa``, ``tersangka``) is shared by the
    several suspects of one case (``tersangka Marni`` ... ``tersangka Murni``), so it counts only
    with ``case_role`` (two vowels swapped, :func:`_vowels_swapped`: ``terdakwa Nasori`` ...
    ``terdakwa Nasiro``, the one defendant of the trial report)."""
    if {f.sentence for f in first} & {f.sentence for f in later}:
        return False
    intro = min(later, key=lambda f: (f.sentence, f.mention))
    if _another_person_near(articles, intro):
        return False
    own = {_title_key(f.title) for f in first} - {""}
    for f in later:
        title = _title_key(f.title)
        if f.age or (title and (title not in own or not (case_role or _office_title(title)))):
            return False
    return True


def _name_words(toks: list[str]) -> list[str]:
    """The words of a full name a news report may call the person by alone: the first and last, the
    word after a name opener (``Syaripuddin`` of ``Muhammad Syaripuddin Lubis``) and the inner words
    of four letters or more that are no particle (:func:`_is_middle`)."""
    if not toks:
        return []
    words = [toks[0], toks[-1]]
    if len(toks) >= 3:
        words += [w for w in toks[1:-1] if len(w) >= 4 and w not in NAME_PARTICLES]
    return words


def _join_short_forms_of_respelt_names(mentions: Mentions) -> None:
    """``Menteri Keuangan Bamban PS Brodjonegoro ... kata Bambang``: a one-word person name its
    article left alone (the full name there is spelt another way) joins the one full name of the
    article introduced before it whose entity, once the spellings of step 3 are merged, has the word
    first or last in some spelling, or (compared in one spelling, :func:`_spelling`: doubled letters
    single, old spelling made new) as its word after a name opener or an inner word
    (:func:`_name_words`: ``pelaku Syarifuddin`` after ``Muhammad Syaripuddin Lubis``, whom the
    article also writes ``Muhammad Syarifudin Lubis``). Failing that, a name the article gives
    after the full name, with no title, role or age of its own and never in a sentence of the full
    name, that is the start of the one given name it can be (``kata Bima`` after ``Bimastyaji Surya
    Ramadan``, ``Pras`` after ``Prasetyo Hadi``; :func:`_nickname_of`). Only names of one-word uses
    only are moved."""
    uf = mentions.uf
    ends: dict[str, set[str]] = defaultdict(set)  # root -> first and last words of its full names
    given: dict[str, set[str]] = defaultdict(set)  # root -> its given names (first, or after an opener)
    multi: set[str] = set()
    for f in mentions.forms:
        if f.key and f.type == "PERSON" and " " in f.full and not f.pair:
            root = uf.find(f.key)
            multi.add(root)
            toks = _tokens(f.full)
            if toks:
                ends[root].update((toks[0], toks[-1]))
                ends[root].update(_spelling([w])[0] for w in _name_words(toks))
                given[root].add(toks[1] if len(toks) >= 3 and toks[0] in _OPENERS else toks[0])
    for local in mentions.by_article.values():
        intro: dict[str, tuple[int, int]] = {}
        for f in local:
            if f.key and f.type == "PERSON" and " " in f.full and not f.pair:
                root = uf.find(f.key)
                intro[root] = min(intro.get(root, (f.sentence, f.mention)), (f.sentence, f.mention))
        if not intro:
            continue
        first_use: dict[str, tuple[int, int]] = {}
        word_of: dict[str, str] = {}
        uses: dict[str, list[_Form]] = defaultdict(list)
        for f in local:
            if f.key and f.type == "PERSON" and " " not in f.full and not f.common and uf.find(f.key) not in multi:
                first_use[f.key] = min(first_use.get(f.key, (f.sentence, f.mention)), (f.sentence, f.mention))
                word_of[f.key] = normalize_key(f.full)
                uses[f.key].append(f)
        if not first_use:
            continue
        # the article's full names by their words, then one pass moving the forms
        roots_of: dict[str, list[str]] = defaultdict(list)
        for r in intro:
            for w in ends[r]:
                roots_of[w].append(r)
        move: dict[str, str] = {}
        for key, first in first_use.items():
            word = word_of[key]
            cands = roots_of.get(word, []) or roots_of.get(_spelling([word])[0], []) if word else []
            if not cands and word:
                cands = _nickname_of(word, uses[key], {r: given[r] for r in intro}, local, uf)
            if len(cands) == 1 and intro[cands[0]] < first:
                move[key] = cands[0]
        if move:
            for f in local:
                if f.key in move:
                    f.key = move[f.key]


# A nickname cut from a given name keeps at least this many letters and drops at least two
# (``Bima`` of ``Bimastyaji``, ``Pras`` of ``Prasetyo``, ``Febri`` of ``Febrian``).
NICKNAME_MIN_LETTERS = 4


def _nickname_of(word: str, uses: Sequence[_Form], given: dict[str, set[str]], local: Sequence[_Form],
                 uf: _UnionFind) -> list[str]:
    """The full names of the article (``given``: root -> given names) of which the one-word name
    ``word`` can be the nickname cut from the given name: the start of it, of
    :data:`NICKNAME_MIN_LETTERS` letters or more, two or more letters short. None when a use carries a
    title, role or age of its own (a victim ``Indra`` is no ``Indradi``) or shares a sentence
    with the full name (``Rinaldi dan Rina`` are two). A family name is never cut so
    (``Soekarno`` is not ``Megawati Soekarnoputri``)."""
    if len(word) < NICKNAME_MIN_LETTERS or any(f.age or (f.title and f.title.strip()) for f in uses):
        return []
    cands = [r for r, names in given.items()
             if any(n.startswith(word) and len(n) >= len(word) + 2 for n in names)]
    if len(cands) != 1:
        return cands
    sentences = {f.sentence for f in local if f.key and uf.find(f.key) == cands[0]}
    return [] if any(f.sentence in sentences for f in uses) else cands


def _sentence_text(ev: Evidence, sentence: int) -> str:
    sents = ev.doc.sentences
    return sents[sentence].text if 0 <= sentence < len(sents) else ""


def describe(titles: Iterable[str | None]) -> str | None:
    """An entity's description from the titles written with its mentions: the most frequent one
    (the first seen among equals), an honorific alone (``Pak``) being none. The dossier's entity list
    gives it over all mentions; a storyline's list over that storyline's own articles
    (``render.common.Index.storyline_entities``), so a 2013 story shows the 2013 office."""
    seen = [" ".join(t.split()) for t in titles if t and t.strip()]
    counts = Counter(t for t in seen if t.casefold().strip(_STRIP) not in _ALL_HONORIFICS)
    if not counts:
        return None
    order = {t: n for n, t in enumerate(dict.fromkeys(seen))}
    return max(counts, key=lambda t: (counts[t], -order[t]))


def _make_entity(eid: str, fs: Sequence[_Form], articles: Sequence[Evidence], exclude: set[str]) -> Entity:
    """Name (longest frequent full form), type, aliases, description and articles of one entity."""
    full_counts = Counter(f.full for f in fs if f.full not in exclude) or Counter(f.full for f in fs)
    top = max(full_counts.values())
    order = {name: n for n, name in enumerate(dict.fromkeys(f.full for f in fs))}
    eligible = [n for n, c in full_counts.items() if c >= NAME_FREQUENCY_SHARE * top]
    name = max(eligible, key=lambda n: (len(n.split()), len(n), full_counts[n], -order[n]))
    # a mention with a title or role ("Menteri Luar Negeri Rusia Sergei Lavrov") is stronger evidence
    # of its type than a bare one the tagger may have mistyped
    type_votes: Counter = Counter()
    for f in fs:
        type_votes[f.type] += 3 if f.title and f.title.strip() else 1
    typ = type_votes.most_common(1)[0][0]
    alias_counts = Counter(f.text for f in fs)
    alias_order = {a: n for n, a in enumerate(dict.fromkeys(f.text for f in fs))}
    aliases = sorted(alias_counts, key=lambda a: (-alias_counts[a], alias_order[a]))
    if name not in aliases:
        aliases.append(name)
    description = describe(f.title for f in fs)
    arts = list(dict.fromkeys(articles[f.article].id for f in fs))
    return Entity(id=eid, name=name, type=typ, aliases=aliases, description=description, articles=arts)


def speaker_resolver(
    articles: Sequence[Evidence],
    mentions: Mentions,
    mention_ids: dict[tuple[int, int], str],
    key_to_id: dict[str, str],
) -> Callable[[int, str | None], str | None]:
    """A function ``(article index, name as written) -> entity id or None`` for quote speakers etc.

    Same article first (surface form, then a unique first/last-name match, or middle-name match where
    no name starts or ends with the word), then the run-wide merge
    key, then the longest trailing part of the name that is a known name (``Menteri Pertahanan Shin
    Won-sik`` -> ``Shin Won-sik``).
    """
    local: dict[int, dict[str, str]] = defaultdict(dict)
    local_full: dict[int, dict[str, str]] = defaultdict(dict)
    # one-word person names of the article -> their entities (a set: two people may share one)
    local_one: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in mentions.forms:
        eid = mention_ids.get((f.article, f.mention))
        if not eid:
            continue
        local[f.article].setdefault(normalize_key(f.text), eid)
        local[f.article].setdefault(normalize_key(f.full), eid)
        if len(f.full.split()) >= 2 and f.type == "PERSON":
            local_full[f.article].setdefault(f.full, eid)
        if f.type == "PERSON" and len(f.full.split()) == 1 and not f.common:  # (not a short form of another)
            local_one[f.article][normalize_key(f.text)].add(eid)

    def lookup(i: int, key: str, single: bool) -> str | None:
        if key in local[i]:
            return local[i][key]
        if single:
            ids = {eid for full, eid in local_full[i].items() if key in (_tokens(full)[:1] + _tokens(full)[-1:])}
            if not ids:
                # ``ujar Yudha`` of ``Rosyanto Yudha Hermawan``: a middle name used alone, when no name
                # of the article starts or ends with it (:func:`_is_middle`)
                ids = {eid for full, eid in local_full[i].items() if _is_middle([key], _tokens(full))}
            if len(ids) == 1:
                return next(iter(ids))
        root_key = mentions.uf.find(key) if key in mentions.uf.parent else None
        if root_key and root_key in key_to_id:
            return key_to_id[root_key]
        return key_to_id.get(key)

    def resolve_name(i: int, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        base = strip_honorifics(" ".join(name.split()))
        toks = base.split()
        for k in range(len(toks), 0, -1):
            part = " ".join(toks[len(toks) - k :])
            key = normalize_key(part)
            if key:
                hit = lookup(i, key, single=(k == 1))
                if hit:
                    return hit
            if k == len(toks) >= 2:
                # ``kata Pri Agung``: the first words of one full name of the article, before a
                # last word alone could be another person's (``Agung``)
                words = _tokens(base)
                ids = {eid for full, eid in local_full[i].items() if _is_part(words, _tokens(full))}
                if len(ids) == 1:
                    return next(iter(ids))
        return _first_word_person(local_one[i], toks)

    return resolve_name


def _first_word_person(one_words: dict[str, set[str]], toks: list[str]) -> str | None:
    """A speaker written in full whom the tagger only knew by the first word (``Sekretaris ...
    Bayu Aji`` left untagged, ``Bayu menyebut ...`` tagged): the one person of the article written
    with that word alone, when the speaker's name is two or three capitalised name words. A word the
    article uses as the short form of another full name (``Yoga`` of ``Yoga Santoso``) is not
    counted: ``Yoga Pratama`` is someone else."""
    if not 2 <= len(toks) <= 3 or not all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in toks) \
            or toks[0].casefold() in _GLUED:
        return None
    ids = one_words.get(normalize_key(toks[0]), set())
    return next(iter(ids)) if len(ids) == 1 else None
