"""The first pass (:func:`collect_mentions`): per article, in publication order, every
mention's key with the tagger's spans mended, its short forms, initials and bracketed short names
resolved, and the run-wide joins that need no events (acronyms spelt out, lone short forms to
check later).

Apart because it runs before events are known: the event linker names an article by these keys
(:meth:`~kliping.link.aliases.forms.Mentions.article_names`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from kliping.lang.id.abbreviations import ABBREVIATIONS, OTHER_READINGS, REGIONAL_GOVERNMENT_HEADS
from kliping.link.aliases.bodies import _acronym_bodies, _glossed_acronyms, _spelt_out, _spelt_two_ways
from kliping.link.aliases.forms import Form, Mentions, UnionFind
from kliping.link.aliases.initials import (
    _declared_initials,
    _mark_person_initials,
    _resolve_initials,
    _two_letter_key,
)
from kliping.link.aliases.keys import normalize_key, strip_honorifics, type_key
from kliping.link.aliases.lone_names import _lone_short_forms, _partial_names
from kliping.link.aliases.nicknames import _nicknames
from kliping.link.aliases.short_forms import (
    _bare_regional_bodies,
    _offices_without_area,
    _resolve_bracketed_short_names,
    _resolve_short_forms,
)
from kliping.link.aliases.spans import (
    _age_follows,
    _article_persons,
    _complete_cut_name,
    _country_tail,
    _drop_glued_role,
    _drop_opening_word,
    _glued_heads,
    _glued_word_tail,
    _is_name_pair,
    _mark_common_words,
    _name_in_title,
    _people_typed_places,
    _places_misspelt_as_people,
    _split_names,
    _unglue,
)
from kliping.model import Evidence


def _load_canonical() -> Callable[[str, str], str]:
    """``canonical_form(text, type)`` of the entity extractor, the text itself where it fails.
    Imported here, not at the top: the extractor loads the NER stack, which the alias rules (and
    their tests) do not otherwise need."""
    from kliping.extract.entities import canonical_form

    def canon(s: str, typ: str) -> str:
        try:
            out = canonical_form(s, typ)
        except Exception:
            return s
        return out if isinstance(out, str) and out.strip() else s

    return canon


def _undecided_reading(ev: Evidence, short: str, seen: dict[str, bool]) -> bool:
    """``short`` has a second reading (``abbreviations.OTHER_READINGS``: ``PKB`` the party or the
    motor-vehicle tax) and the article ``ev`` does not say it is the table's body
    (``extract.entities.readings.acronym_reading``): the mention keeps the letters it was written
    with, no expansion that would join it to the body named in other articles. ``seen`` caches the
    answer per article. Imported late, as in ``_load_canonical``."""
    if short not in OTHER_READINGS:
        return False
    if short not in seen:
        from kliping.extract.entities import BODY, acronym_reading

        seen[short] = acronym_reading(short, [s.text for s in ev.doc.sentences]) != BODY
    return seen[short]


def _first_pass(
    articles: Sequence[Evidence], order: Sequence[int], canon: Callable[[str, str], str]
) -> tuple[list[Form], dict[int, list[Form]], UnionFind,
           tuple[list[tuple[Form, str, str]], list[tuple[str, str]]], list[tuple[Form, str]],
           list[tuple[Form, str, list[Form]]]]:
    """Keys per mention (glued roles dropped, type-aware keys), in-article short forms and
    initials, and the union of equal keys; also the bracketed short names' uses and run-wide joins
    (:attr:`Mentions.bracketed`), applied once events are known, and the short forms left to the
    cross-article step with their article's one candidate (:func:`_resolve_short_forms`), and the
    names the tagger cut short with their whole name and the mentions of their rest
    (:func:`_complete_cut_name`), applied once events are known."""
    from kliping.extract.entities import inner_short_form  # (the NER stack, as in _load_canonical)

    uf = UnionFind()
    forms: list[Form] = []
    by_article: dict[int, list[Form]] = {}
    acronyms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    spelt_in: dict[str, set[int]] = defaultdict(set)
    bracket_names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    bracket_in: dict[str, set[int]] = defaultdict(set)
    bracket_assign: list[tuple[Form, str, str]] = []
    deferred: list[tuple[Form, str]] = []
    cut_names: list[tuple[Form, str, list[Form]]] = []
    government_heads: list[tuple[str, str]] = []
    glossed: list[tuple[Form, Form]] = []
    two_ways: list[tuple[str, str]] = []
    person_names = [n for ev in articles for m in ev.mentions if m.type == "PERSON"
                    for n in [strip_honorifics(" ".join(m.text.split()))] if len(n.split()) >= 2]
    person_keys = {normalize_key(n) for n in person_names}
    person_type_keys = {type_key(n, "PERSON") for n in dict.fromkeys(person_names)}
    heads = _glued_heads(person_names, person_keys)
    first_words: dict[str, set[str]] = defaultdict(set)  # first word -> the person names it starts
    for n in dict.fromkeys(person_names):
        first_words[normalize_key(n.split()[0])].add(normalize_key(n))
    any_name = {normalize_key(" ".join(m.text.split())) for ev in articles for m in ev.mentions}
    for i in order:
        readings: dict[str, bool] = {}
        local: list[Form] = []
        completed: list[tuple[int, str, int, int, int]] = []  # (mention, name, sentence, start, end)
        for j, m in enumerate(articles[i].mentions):
            text = " ".join(m.text.split())
            if not text:
                continue
            base = strip_honorifics(text)
            if m.type == "PERSON":
                whole, end = _complete_cut_name(articles[i], m, base, person_type_keys)
                if end > m.end:
                    completed.append((j, whole, m.sentence, m.end, end))
                else:
                    whole = _name_in_title(articles[i], m, base)
                    if whole != base:
                        completed.append((j, whole, m.sentence, m.end, m.end))
                base = _drop_glued_role(_unglue(base), person_keys, heads)
                tail = _glued_word_tail(base, person_keys)
                if tail:  # "Purbaya Yudhi Sadewabuka suara": the glued word is no part of the name
                    base = base[:-len(tail)]
                    text = text[:-len(tail)] if text.endswith(tail) else text
                country = _country_tail(articles[i], base, first_words)
                if country:  # "Menurut Prabowo Indonesia tidak ...": the country opens the next clause
                    base = base[:-len(country)].rstrip()
                    text = text[:-len(country)].rstrip() if text.endswith(country) else text
                base = _drop_opening_word(articles[i], m, base, lambda i=i, j=j: _article_persons(articles[i], j))
            full = " ".join((base if _undecided_reading(articles[i], base, readings) else canon(base, m.type)).split())
            key = _two_letter_key(full, type_key(full, m.type), i) or None
            written = base.split()
            if key and m.type == "ORG" and len(written) > 1 and written[0] in REGIONAL_GOVERNMENT_HEADS:
                # ``Pemprov Banten`` is ``Pemerintah Provinsi Banten`` once events are known: one
                # province's government, named in many of its stories, is no evidence of one event
                short_key = type_key(" ".join(written), m.type)
                if short_key != key:
                    government_heads.append((short_key, key))
                    key = short_key
            pair = m.type == "PERSON" and _is_name_pair(full, person_keys)
            age = m.type == "PERSON" and _age_follows(articles[i], m)
            local.append(Form(i, j, m.sentence, text, full, m.type, m.title, key, pair, age))
        _people_typed_places(local)
        _places_misspelt_as_people(local)
        cut = {j for j, *_ in completed}
        for f, g, whole in _split_names(articles[i], local):  # applied by resolve(), as cut names
            if f.mention not in cut and g.mention not in cut:
                cut_names.extend(((f, whole, []), (g, whole, [])))
        vouched = _mark_person_initials(articles[i], local, canon)
        _declared_initials(articles[i], local, canon)
        for j, whole, k, a, b in completed:  # applied by resolve(), once events are known
            rest = [f for f in local if (ms := articles[i].mentions[f.mention]).sentence == k
                    and a <= ms.start and ms.end <= b]
            cut_names.extend((f, whole, rest) for f in local if f.mention == j)
        _mark_common_words(articles[i], local)
        bracketed, assign = _resolve_bracketed_short_names(articles[i], local, any_name)
        bracket_assign.extend(assign)
        for short, name, kind in bracketed:
            bracket_names[short].add((name, kind))
            bracket_in[short].add(i)
        deferred.extend(_resolve_short_forms(local, after_intro=True))
        for acronym, name, typ in _resolve_initials(local, vouched):
            acronyms[acronym].add((name, typ))
            spelt_in[acronym].add(i)
        inners = {id(f): inner for f in local if f.key and f.type == "ORG" and "(" in f.text
                  and (inner := inner_short_form(f.text))}
        for inner in inners.values():
            # the short form alone in the article is the words before the bracket (``KBRI`` after
            # ``Kedutaan Besar RI (KBRI) Phnom Penh``), as after ``Kedutaan Besar RI (KBRI)``
            head_full = " ".join(canon(inner[2], "ORG").split())
            for g in local:
                if g.key and g.text == inner[3] and g.full == g.text:
                    g.full, g.key = head_full, type_key(head_full, "ORG")
        _bare_regional_bodies(local)
        _offices_without_area(local)
        for f in local:
            if f.key:
                uf.add(f.key)
                inner = inners.get(id(f))
                if inner:
                    # ``Kejaksaan Negeri (Kejari) Cilegon`` declares ``Kejari Cilegon`` its short name;
                    # ``Kejari`` alone is that of ``Kejaksaan Negeri`` where two articles spell it so,
                    # as for an acronym in brackets after its name (``_spelt_out``)
                    short = type_key(" ".join(canon(inner[1], f.type).split()), f.type)
                    uf.add(short)
                    uf.union(f.key, short)
                    head = type_key(" ".join(canon(inner[2], f.type).split()), f.type)
                    alone = type_key(" ".join(canon(inner[3], f.type).split()), f.type)
                    if head != alone:
                        uf.add(head)
                        acronyms[alone].add((head, f.type))
                        spelt_in[alone].add(i)
        # ``Badan Pengawas Keuangan dan Pembangunan (BPKP)``: a known acronym with a name of the
        # article that is its expansion written two ways
        known = {f.key: f.full for f in local if f.key and f.type == "ORG" and f.text in ABBREVIATIONS
                 and f.full != f.text}
        two_ways.extend((k, g.key) for g in local if g.key and g.type == "ORG" and g.key not in known
                        for k, expansion in known.items() if _spelt_two_ways(g.full, expansion))
        glossed.extend((f, g) for f, g in _glossed_acronyms(articles[i], local, canon)
                       if f.key not in {short for short, _n, _k in bracketed})
        by_article[i] = local
        forms.extend(local)
    # An organisation's acronym two or more articles spell out, all for one name, is that name in
    # every article (``BKPM`` alone); spelt out once, it may be another body's (``BPN``). Initials of
    # people are not: news names suspects by initials only (``berinisial DS``), so ``MS`` spelt out
    # as one person is not the ``MS`` of another case. A short name written as a word (``Unnes``,
    # ``Jokowi``), made of the starts of the name's words, is rarely two bodies': spelt out once is enough.
    spellings = _acronym_bodies(forms, by_article, uf, two_ways, glossed,
                                [(acronyms, spelt_in), (bracket_names, bracket_in)])
    for acronym, root in _spelt_out(acronyms, spelt_in, uf):
        uf.add(acronym)
        uf.union(root, acronym)
    spellings.written_out = government_heads
    return (forms, by_article, uf, (bracket_assign, _spelt_out(bracket_names, bracket_in, uf)), deferred, cut_names,
            spellings)


def collect_mentions(articles: Sequence[Evidence], order: Sequence[int]) -> Mentions:
    """First pass: keys per mention, in-article short forms, cross-article merging by key.

    Event linking names an article by these keys (:meth:`Mentions.article_names`); the pending
    joins of short forms wait for the events, so an event never rests on a guess about who a
    bare ``Budi`` is.
    """
    canon = _load_canonical()
    forms, by_article, uf, bracketed, deferred, cut_names, body_joins = _first_pass(articles, order, canon)
    lone, attested, via_opener = _lone_short_forms(forms, by_article, uf, deferred)
    nicknames = _nicknames(articles, by_article, uf)
    return Mentions(forms, uf, canon, by_article, pending=lone + _partial_names(forms, uf), attested=attested,
                    nicknames=nicknames,
                    via_opener=via_opener, bracketed=bracketed, cut_names=cut_names, body_joins=body_joins)
