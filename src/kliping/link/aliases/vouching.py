"""Vouched joins (:func:`_join_vouching_pairs`): two weak joins between the same two
articles of different stories, a few days apart, vouch for each other (``Hanif`` alone here and
``Hanif Faisol Nurofiq`` there, with ``Edi`` / ``Eddy Soeparno`` in the same two articles).

Apart because it pairs articles, with its own limits on days and pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from kliping.link.aliases.forms import Form, Mentions
from kliping.link.aliases.keys import name_parts, without_initials
from kliping.link.aliases.lone_names import _plain_one_name
from kliping.link.aliases.roles import _role_words, _specific
from kliping.link.aliases.spelling import _gendered_pair, _spelling
from kliping.model import Evidence

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
    persons: dict[str, list[Form]] = defaultdict(list)
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
        by_article: dict[int, list[Form]] = defaultdict(list)
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
            parts = name_parts(without_initials(full.most_common(1)[0][0]))
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
