"""The resolver's records: a mention as the rules see it (:class:`Form`), the union-find of
merge keys, and what the first pass hands to :func:`~kliping.link.aliases.resolution.resolve`
(:class:`Mentions`, :class:`BodyJoins`), and an article's story as the joins on events read it
(:func:`story_articles`).

Data only (and that one reading of the events), kept apart so every rule module can name these
types without importing the rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field


class UnionFind:
    """Groups of merge keys joined by the rules: :meth:`union` puts two keys in one group (kept
    under ``keep``'s root), :meth:`find` gives a key's group by its root. Many rules join keys one
    pair at a time, in any order, and every join is transitive (``Jokowi`` = ``Joko Widodo`` and
    ``Joko Widodo`` = ``Ir. Joko Widodo`` put all three in one entity), so the groups are a
    union-find with path compression rather than sets merged by hand."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        self.add(x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, keep: str, other: str) -> None:
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a


@dataclass
class Form:
    """One mention as seen by the resolver."""

    article: int
    mention: int
    sentence: int
    text: str  # surface text as written
    full: str  # the full name it stands for (itself, an expansion, or the in-article full name)
    type: str
    title: str | None
    key: str | None  # merge key; None for an ambiguous short form
    pair: bool = False  # two known names joined by a hyphen (``Prabowo Subianto-Gibran Rakabuming Raka``)
    age: bool = False  # an age in brackets follows the name (``Dian (37)``): a private person
    common: bool = False  # a common word capitalised only as a sentence's first word (``Mobil ini``)
    initials: str = ""  # a person the article names by initials (``Saudara AS``): "named" or "withheld"


@dataclass
class BodyJoins:
    """Joins of organisation names applied by :func:`resolve` once events are known. One body whose
    acronym the run spells out for two names (:func:`_acronym_bodies`): the name keys that are its
    name written two ways (merged and reported as name variants), the acronyms that then stand for
    one name everywhere ``(acronym key, name key)``, and the uses of an acronym glossing a name in
    another language with that name and key and the key of the name the acronym is spelt out for;
    and a regional government's name with its head written short and written out."""

    two_ways: list[tuple[str, str]] = field(default_factory=list)
    spread: list[tuple[str, str]] = field(default_factory=list)
    renders: list[tuple[list[Form], str, str, str]] = field(default_factory=list)
    # (key as written, key written out) of bodies named with a regional government's head written
    # short (``Pemprov Banten``), joined by :func:`resolve`
    written_out: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Mentions:
    """Result of the first resolution pass (before events are known)."""

    forms: list[Form]
    uf: UnionFind
    canon: Callable[[str, str], str]
    by_article: dict[int, list[Form]] = field(default_factory=dict)
    # lone short forms and partial names joined to a full name, which :func:`resolve` keeps only
    # where the two articles share an event
    pending: list[tuple[str, str]] = field(default_factory=list)
    # the pending lone short-form joins whose short form stands for that full name in
    # LONE_ATTESTED_MIN_ARTICLES or more articles naming both, with those articles: kept across
    # stories where the articles are of that many events and the lone article shares a name with them
    attested: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    # pending joins found only through the word after a name opener (``Ali`` of ``Muhammad Ali
    # Akbar``), or chosen by title among two full names with the word (``Presiden Prabowo`` of
    # ``Prabowo Subianto``, not ``Listyo Sigit Prabowo``): kept only with a matching role or title,
    # never on a shared event alone
    via_opener: set[tuple[str, str]] = field(default_factory=set)
    # short names introduced in brackets (``Joko Widodo (Jokowi)``): the keys their uses take and
    # the run-wide joins, applied by :func:`resolve` (:func:`_resolve_bracketed_short_names`)
    bracketed: tuple[list[tuple[Form, str, str]], list[tuple[str, str]]] = field(default_factory=lambda: ([], []))
    # nicknames given right after a full name (``Saifullah Yusuf (Gus Ipul)``, ``... atau Gus Ipul``):
    # the uses that take the name's key and the run-wide joins (:func:`_nicknames`), applied by
    # :func:`resolve` like the bracketed short names
    nicknames: tuple[list[tuple[Form, str, str]], list[tuple[str, str, str, set[int]]]] = field(
        default_factory=lambda: ([], []))
    # names the tagger cut short (``Kim Jong`` of ``Kim Jong Un``): the use, its whole name and the
    # mentions of the rest, applied by :func:`resolve` (:func:`_apply_cut_names`)
    cut_names: list[tuple[Form, str, list[Form]]] = field(default_factory=list)
    # names given in too many of the run's articles to be evidence (:func:`_everywhere_names`),
    # computed when the join step first needs them
    everywhere: frozenset[str] | None = field(default=None, repr=False)
    # organisation names joined once events are known (:class:`BodyJoins`)
    body_joins: BodyJoins = field(default_factory=BodyJoins)
    # ``(article, mention)`` of the names :func:`resolve` found to be a programme's
    # (``kliping.model.PROGRAMME`` by the vote of their forms): no entity, left out of the dossier
    programmes: set[tuple[int, int]] = field(default_factory=set)

    def article_names(self, i: int) -> set[str]:
        """Merge keys (roots) of the entities named in article ``i``: its entity set for linking."""
        return {self.uf.find(f.key) for f in self.by_article.get(i, []) if f.key}


def story_articles(event_of: dict[int, str]) -> Callable[[int], set[int]]:
    """``near(i)``: article ``i`` and the other articles of its event (``event_of``), where the
    joins that read a name's context in its story look (:func:`~kliping.link.aliases.bodies._join_country_tails`,
    :func:`~kliping.link.aliases.bodies._join_ministry_tails`,
    :func:`~kliping.link.aliases.places._join_town_tails`); an article of no event is its own story."""
    by_event: dict[str, set[int]] = defaultdict(set)
    for i, e in event_of.items():
        by_event[e].add(i)

    def near(i: int) -> set[int]:
        return {i} | by_event.get(event_of.get(i, ""), set())

    return near
