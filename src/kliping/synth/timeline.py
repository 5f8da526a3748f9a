"""Timeline: dated happenings of a storyline, one entry per (date, thing that happened).

Only DATE expressions with a day or month value (``2023-09-12``, ``2023-09``) are used: ``PRESENT_REF``,
years, weeks and unresolved expressions are too vague to order a story by. A sentence is placed only
at a date it names itself (relative words such as "kemarin" or "hari ini" are resolved against the
publication date by the time extractor, so they count as named); a sentence naming no date is never
placed at its article's date, since the contract has no mark for "placed by publication date".

Sentences carrying the same date are one entry when they describe the same happening (possibly in
different articles and wordings): :func:`same_happening`. The entry's text is the shortest clear
sentence of the group and it cites all of them; different happenings on one date stay separate
entries. Duplicates never contribute (the corpus leaves them out).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from kliping.lang.id import calendar
from kliping.model import Citation, TimelineEntry
from kliping.synth.corpus import Corpus, content_words, is_clear, word_overlap, words

# Sentences with the same date value describe the same happening at this TF-IDF cosine or above.
# Lower than the summary's same-fact bar: the shared date already makes a coincidence unlikely.
SAME_HAPPENING_COSINE = 0.3
# ... or when they name a common entity and this share of the shorter sentence's content words
# (without the words of its dates) is in the other (overlap coefficient). Reports of one happening in
# other words keep its key words but add their own context, which dilutes the cosine. Measured on
# the sample and detik-dev (pairs below the cosine bar with a common entity): the summit at
# Vostochny in two outlets (cosine 0.22-0.28, overlap 0.78-0.89), the shipments "since early
# September" (0.27, 0.60), one suspect's questioning (0.21, 0.67) are one happening; two KPK cases
# examined the same day (0.28 and 0.08, overlap 0.40 and 0.50) or a spokesman's remark next to
# another case (0.23, 0.40) are not. Missed at this bar: the April tariff announcement told twice
# (0.20, 0.57), one bridge closure (0.22, 0.57).
SAME_HAPPENING_OVERLAP = 0.6

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


# How far before a date a comparison word is looked for (words of the same clause).
COMPARISON_WINDOW = 6
# A clause ends at these; a comma only when no digit follows (``5,5 tahun`` is one number).
_CLAUSE_BREAK = re.compile(r"[;:()]|,(?!\d)")
# Words that open the date's own phrase: a comparison word before them belongs to something else
# (``naik 2 persen dibanding pekan lalu pada perdagangan Senin`` happened on Monday).
_DATE_PHRASE_OPENERS = frozenset({"pada", "di"})


def _words_before(sentence: str, start: int) -> list[str]:
    """The last few words of the clause that ends where a date starts."""
    return words(_CLAUSE_BREAK.split(sentence[:start])[-1])[-COMPARISON_WINDOW:]


def delivery_month(sentence: str, start: int) -> bool:
    """The date at ``start`` names a futures contract (``pengiriman Januari``, ``pengiriman bulan
    Februari``, ``kontrak Maret``), not when the sentence's price move happened."""
    return _delivery(_words_before(sentence, start))


def comparison_date(sentence: str, start: int) -> bool:
    """The date at ``start`` is what a figure is compared with (``terendah sejak Juli 2009``,
    ``dibanding penutupan Senin``, ``terakhir disaksikan pada April 2009``), not when the sentence's
    happening took place: a comparison word among the few words before it in its clause (up to a
    ``pada``/``di`` that opens the date's own phrase), or ``sejak`` right before it after a
    superlative or "pertama"."""
    return _comparison(_words_before(sentence, start))


def _delivery(before: list[str]) -> bool:
    if before and before[-1] == "bulan":
        before = before[:-1]
    return bool(before) and before[-1] in calendar.DELIVERY_BEFORE


def _comparison(before: list[str]) -> bool:
    if any(w == "terakhir" and nxt in calendar.LAST_SEEN for w, nxt in itertools.pairwise(before)):
        return True
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _DATE_PHRASE_OPENERS:
            before = before[k + 1 :]
            break
    if any(w in calendar.COMPARISON_BEFORE for w in before):
        return True
    near = [k for k in range(max(0, len(before) - 2), len(before)) if before[k] in calendar.PAST_CUES]
    return bool(near) and any(w in calendar.RECORD_WORDS for w in before[: near[-1]])


def dated_sentences(corpus: Corpus, article_idx: Sequence[int]) -> dict[str, list[tuple[int, int, str]]]:
    """``value -> [(article, sentence, granularity)]`` for the DATE expressions of the articles
    (dates a figure is only compared with, and contracts' delivery months, left out)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for a in sorted(article_idx, key=corpus.time_key):
        ev = corpus.articles[a]
        n = len(ev.doc.sentences)
        for t in ev.times:
            gran = usable_date(t.value, t.granularity) if t.type == "DATE" else None
            if gran is None or not 0 <= t.sentence < n:
                continue
            before = _words_before(corpus.text(a, t.sentence), t.start)  # one look for both tests
            if _comparison(before) or _delivery(before):
                continue
            item = (a, t.sentence, gran)
            lst = out.setdefault(t.value, [])  # type: ignore[arg-type]
            if not any(x[0] == a and x[1] == t.sentence for x in lst):
                lst.append(item)
    return out


def _entities(corpus: Corpus, a: int, s: int) -> set[str]:
    """Entities named in a sentence: resolved entity ids, else the casefolded name."""
    return {m.entity or " ".join(m.text.casefold().split()) for m in corpus.articles[a].mentions if m.sentence == s}


def same_happening(corpus: Corpus, x: tuple[int, int], y: tuple[int, int], cosine: float) -> bool:
    """Two sentences with one date describe one happening (the date equality is the caller's)."""
    if cosine >= SAME_HAPPENING_COSINE:
        return True
    if not _entities(corpus, *x) & _entities(corpus, *y):
        return False
    return word_overlap(_happening_words(corpus, *x), _happening_words(corpus, *y)) >= SAME_HAPPENING_OVERLAP


def _happening_words(corpus: Corpus, a: int, s: int) -> set[str]:
    """Content words of a sentence without the words of its time expressions: the dates are equal
    already, so "Jumat (3/5/2024)" must not make two happenings of that Friday look alike."""
    timex = {w for t in corpus.articles[a].times if t.sentence == s for w in words(t.text)}
    return content_words(corpus.text(a, s)) - timex


def _group(corpus: Corpus, items: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Greedy single-link grouping of same-date sentences by :func:`same_happening`, in publication order."""
    rows = [corpus.sent_rows[(a, s)] for a, s, _g in items]
    sims = corpus.sims(rows, rows)
    groups: list[list[int]] = []
    for k in range(len(items)):
        for g in groups:
            if any(same_happening(corpus, items[k][:2], items[j][:2], float(sims[k, j])) for j in g):
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
