"""The second pass (:func:`resolve`), once events are known: the first pass's findings
applied (names cut short, bracketed short names, nicknames, body joins), the joins of lone short
forms, places and bodies, the misspelling merges, then the entities (:func:`_make_entity`, named by
their most frequent long form and described by :func:`describe`), mention ids and name variants.

The centre of the package: it calls the join modules in order.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz.fuzz import ratio

from kliping.link.aliases.bodies import (
    _join_acronyms_in_their_storylines,
    _join_country_tails,
    _join_institution_tails,
    _join_ministry_tails,
    _join_names_cut_before_and,
    _join_parliament_units,
    _join_written_out,
    _keep_foreign_renderings,
)
from kliping.link.aliases.forms import Form, Mentions
from kliping.link.aliases.initials import _ACRONYM, _initials, _join_person_initials_in_their_events
from kliping.link.aliases.keys import ALL_HONORIFICS, STRIP, name_parts, type_key, without_initials
from kliping.link.aliases.lone_names import (
    _join_by_headline,
    _join_initialled_names,
    _join_known_aliases,
    _join_lone_short_forms,
    _join_regional_heads,
    _keep_initials_in_their_stories,
    _keep_lone_names_in_their_stories,
    _settle_ambiguous_short_forms,
)
from kliping.link.aliases.places import (
    _join_city_other_names,
    _join_cued_cities,
    _join_cut_complexes,
    _join_kind_word_bares,
    _join_regions,
    _join_town_tails,
    city_other_name,
    region_cues,
)
from kliping.link.aliases.roles import _office_title, _role_words, _same_office, _title_key, _titles
from kliping.link.aliases.spelling import (
    MISSPELLING_MIN_RATIO,
    _gendered_pair,
    _join_short_forms_of_respelt_names,
    _old_spelling,
    _one_inner_letter,
    _one_name_spellings,
    _one_part_differs,
    _one_word_typos,
    _org_typo,
    _partial_name_spellings,
    _spelling,
)
from kliping.link.aliases.vouching import _join_vouching_pairs
from kliping.model import PROGRAMME, Entity, Evidence, FindingItem, NameVariant

# A surface form is "frequent" (eligible as the entity name) when seen at least this share of the
# most frequent form's count; the longest eligible form wins.
NAME_FREQUENCY_SHARE = 0.3

# At most this many evidence items per spelling in a NameVariant record.
VARIANT_ITEMS_PER_SPELLING = 3


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
    uses: dict[str, list[Form]] = defaultdict(list)  # nickname key -> its uses; one pass over the forms
    offices: dict[str, set[str]] = defaultdict(set)  # name key -> the office titles it is given
    for f in mentions.forms:
        if f.key in shorts:
            uses[f.key].append(f)
        if f.key in names and f.title and _office_title(_title_key(f.title)):
            offices[f.key].add(_title_key(f.title))
    for short, full, key, given in wide:
        places = {event_of[i] for i in given if i in event_of} | {storyline_of[i] for i in given if i in storyline_of}
        by_article: dict[int, list[Form]] = defaultdict(list)
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
    _join_by_headline(articles, mentions)
    _join_regional_heads(articles, mentions)
    vouched = _join_vouching_pairs(articles, mentions, event_of)
    _join_regions(mentions, event_of, region_cues(articles, mentions))
    _join_cued_cities(articles, mentions)
    _join_written_out(mentions)
    _join_institution_tails(mentions)
    _join_country_tails(mentions, event_of)
    _join_town_tails(mentions, event_of)
    _join_cut_complexes(mentions, event_of)
    _join_ministry_tails(mentions, event_of)
    _join_names_cut_before_and(mentions, event_of)
    _join_parliament_units(mentions)
    _join_kind_word_bares(mentions)
    _join_city_other_names(mentions)
    _join_acronyms_in_their_storylines(articles, mentions, event_of, storyline_of or {})
    _join_person_initials_in_their_events(mentions, event_of)
    _keep_initials_in_their_stories(mentions, event_of)
    _keep_lone_names_in_their_stories(mentions, event_of)
    _join_initialled_names(mentions, event_of)
    _keep_foreign_renderings(articles, mentions)
    groups: dict[str, list[Form]] = defaultdict(list)
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
            spelling = without_initials(full_counts.most_common(1)[0][0])
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
    # --- 3b'. a name of another kind misspelt in one word (``Brent Nort Sea``)
    for x, y in _one_word_typos(groups, events):
        a, b = sorted((x, y), key=rank)
        if (a, b) not in seen_pairs:
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
    _settle_ambiguous_short_forms(mentions, event_of)

    excluded: dict[str, set[str]] = defaultdict(set)
    for keep, other in variant_pairs:
        excluded[uf.find(keep)].update(f.full for f in groups[other])

    # --- entities, ordered by first appearance
    final: dict[str, list[Form]] = defaultdict(list)
    for f in mentions.forms:
        if f.key:
            final[uf.find(f.key)].append(f)
    entities: list[Entity] = []
    root_to_id: dict[str, str] = {}
    mention_ids: dict[tuple[int, int], str] = {}
    for root, fs in final.items():  # dict order = first appearance (forms are in publication order)
        eid = f"E{len(entities) + 1}"
        entity = _make_entity(eid, fs, articles, exclude=excluded.get(root, set()))
        if entity.type == PROGRAMME:
            # a programme's or concept's name: a key of the articles for the event linker, no entity
            mentions.programmes.update((f.article, f.mention) for f in fs)
            continue
        root_to_id[root] = eid
        entities.append(entity)
        for f in fs:
            mention_ids[(f.article, f.mention)] = eid

    variants: list[NameVariant] = []
    for keep, other in variant_pairs:
        eid = root_to_id.get(uf.find(keep))
        if eid is None:
            continue  # two spellings of a programme's name: no entity to report them on
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


def _sentence_text(ev: Evidence, sentence: int) -> str:
    sents = ev.doc.sentences
    return sents[sentence].text if 0 <= sentence < len(sents) else ""


def describe(titles: Iterable[str | None]) -> str | None:
    """An entity's description from the titles written with its mentions: the most frequent one
    (the first seen among equals), an honorific alone (``Pak``) being none. The dossier's entity list
    gives it over all mentions; a storyline's list over that storyline's own articles
    (``render.common.Index.storyline_entities``), so a 2013 story shows the 2013 office."""
    seen = [" ".join(t.split()) for t in titles if t and t.strip()]
    counts = Counter(t for t in seen if t.casefold().strip(STRIP) not in ALL_HONORIFICS)
    if not counts:
        return None
    order = {t: n for n, t in enumerate(dict.fromkeys(seen))}
    return max(counts, key=lambda t: (counts[t], -order[t]))


def _make_entity(eid: str, fs: Sequence[Form], articles: Sequence[Evidence], exclude: set[str]) -> Entity:
    """Name (longest frequent full form; a city's official name over its everyday name or epithet
    when some form writes it, :func:`~kliping.link.aliases.places.city_other_name`), type, aliases,
    description and articles of one entity."""
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
    official = city_other_name(name, typ)
    if official is not None and official in full_counts:
        name = official  # "Solo" more often, "Kota Surakarta" once: the city by its official name
    alias_counts = Counter(f.text for f in fs)
    alias_order = {a: n for n, a in enumerate(dict.fromkeys(f.text for f in fs))}
    aliases = sorted(alias_counts, key=lambda a: (-alias_counts[a], alias_order[a]))
    if name not in aliases:
        aliases.append(name)
    description = describe(f.title for f in fs)
    arts = list(dict.fromkeys(articles[f.article].id for f in fs))
    return Entity(id=eid, name=name, type=typ, aliases=aliases, description=description, articles=arts)
