"""The cited sentences of a finding (``FindingItem``: article id, sentence index, verbatim text).

Every finding kind cites its sentences the same way, once per sentence, so the rules share these helpers.
"""

from __future__ import annotations

from collections.abc import Iterable

from kliping.model import FindingItem
from kliping.synth.corpus import Corpus
from kliping.synth.figures import Point


def _item(corpus: Corpus, a: int, s: int) -> FindingItem:
    return FindingItem(article=corpus.articles[a].id, sentence=s, text=corpus.text(a, s))


def _items(corpus: Corpus, pts: Iterable[Point]) -> list[FindingItem]:
    seen: set[tuple[int, int]] = set()
    out = []
    for p in pts:
        k = (p.article, p.q.sentence)
        if k not in seen:
            seen.add(k)
            out.append(_item(corpus, *k))
    return out
