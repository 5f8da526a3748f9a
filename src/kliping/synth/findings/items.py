"""The cited sentences of a finding (``FindingItem``: article id, sentence index, verbatim text).

Every finding kind cites its sentences the same way, once per sentence, so the rules share these helpers.
"""

from __future__ import annotations

from collections.abc import Iterable

from kliping.model import FindingItem
from kliping.synth.corpus import Corpus
from kliping.synth.figures import Point


def cited_item(corpus: Corpus, a: int, s: int) -> FindingItem:
    """Sentence ``s`` of article ``a`` (corpus indices) as a finding cites it: the article's id and the verbatim text."""
    return FindingItem(article=corpus.articles[a].id, sentence=s, text=corpus.text(a, s))


def cited_items(corpus: Corpus, pts: Iterable[Point]) -> list[FindingItem]:
    """The sentences stating ``pts``, in their order, each once: two values of one sentence cite it once."""
    seen: set[tuple[int, int]] = set()
    out = []
    for p in pts:
        k = (p.article, p.q.sentence)
        if k not in seen:
            seen.add(k)
            out.append(cited_item(corpus, *k))
    return out
