"""Timeline: dated happenings of a storyline, one entry per (date, thing that happened).

Only DATE expressions with a day or month value (``2023-09-12``, ``2023-09``) are used: ``PRESENT_REF``,
years, weeks and unresolved expressions are too vague to order a story by. Sentences carrying the
same date are grouped when they are similar (they describe the same happening, possibly in
different articles); the entry's text is the shortest clear sentence of the group and it cites all
of them. Duplicates never contribute (the corpus leaves them out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kliping.model import Citation, TimelineEntry
from kliping.synth.corpus import Corpus, is_clear, words

# Sentences with the same date value describe the same happening at this TF-IDF cosine or above.
# Lower than the summary's same-fact bar: the shared date already makes a coincidence unlikely.
SAME_HAPPENING_COSINE = 0.3

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def usable_date(value: str | None, granularity: str | None) -> str | None:
    """The granularity (``day``/``month``) of a TIMEX3 value usable on a timeline, else None."""
    if not value:
        return None
    if _DAY.match(value) and granularity in (None, "day"):
        return "day"
    if _MONTH.match(value) and granularity in (None, "month"):
        return "month"
    return None


def dated_sentences(corpus: Corpus, article_idx: Sequence[int]) -> dict[str, list[tuple[int, int, str]]]:
    """``value -> [(article, sentence, granularity)]`` for the DATE expressions of the articles."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for a in sorted(article_idx, key=corpus.time_key):
        ev = corpus.articles[a]
        n = len(ev.doc.sentences)
        for t in ev.times:
            gran = usable_date(t.value, t.granularity) if t.type == "DATE" else None
            if gran is None or not 0 <= t.sentence < n:
                continue
            item = (a, t.sentence, gran)
            lst = out.setdefault(t.value, [])  # type: ignore[arg-type]
            if not any(x[0] == a and x[1] == t.sentence for x in lst):
                lst.append(item)
    return out


def _group(corpus: Corpus, items: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Greedy single-link grouping of same-date sentences by similarity, in publication order."""
    rows = [corpus.sent_rows[(a, s)] for a, s, _g in items]
    sims = corpus.sims(rows, rows)
    groups: list[list[int]] = []
    for k in range(len(items)):
        for g in groups:
            if any(sims[k, j] >= SAME_HAPPENING_COSINE for j in g):
                g.append(k)
                break
        else:
            groups.append([k])
    return [[items[k] for k in g] for g in groups]


def build_timeline(corpus: Corpus, article_idx: Sequence[int]) -> list[TimelineEntry]:
    """Timeline entries ordered by date value, then by their first source's publication order."""
    entries: list[tuple[tuple, TimelineEntry]] = []
    for value, items in dated_sentences(corpus, article_idx).items():
        for group in _group(corpus, items):
            texts = [(corpus.text(a, s), a, s) for a, s, _g in group]
            clear = [t for t in texts if is_clear(t[0])] or texts
            text = min(clear, key=lambda t: (len(words(t[0])), corpus.time_key(t[1], t[2])))[0]
            cites = sorted({(a, s) for a, s, _g in group}, key=lambda c: corpus.time_key(*c))
            entry = TimelineEntry(
                value=value,
                granularity=group[0][2],
                text=text,
                citations=[Citation(corpus.articles[a].id, s) for a, s in cites],
            )
            entries.append(((value, corpus.time_key(*cites[0])), entry))
    entries.sort(key=lambda x: x[0])
    return [e for _k, e in entries]
