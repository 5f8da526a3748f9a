"""Which wording of a chosen fact is shown (:func:`wordings`, :func:`_show`), where a fact goes in the
reading order (:func:`placed`, :func:`reading_order`) and the date a summary sentence carries
(:func:`sentence_date`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kliping.link.events import is_roundup
from kliping.synth.corpus import (
    Corpus,
    content_words,
)
from kliping.synth.summary.openings import stands_alone
from kliping.synth.summary.redundancy import redundant
from kliping.synth.summary.scoring import Candidate
from kliping.synth.summary.sentence_facts import _DAY_VALUE, _TODAY, SentenceFacts, is_quoting, short_named
from kliping.synth.timeline import dated_sentences

# Another wording of a chosen fact that stands alone is shown only with this share of its content words.
SHOWN_WORDS_KEPT = 0.8


def wordings(corpus: Corpus, cites: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The wordings a summary may show of a fact (``cites``: the candidate first, then every article
    stating it), best first: those that stand alone (:func:`stands_alone`) before those that do not,
    each in the order they were reported. Of two wordings of one fact the one that reads alone is
    shown, and a fact is told in the words of the report that first told it, which is also where it
    is placed (:func:`placed`). The candidate's own wording is always among them."""
    ok = [c for c in cites if c == cites[0] or c not in corpus.continuation]
    return sorted(ok, key=lambda c: (not stands_alone(corpus.text(*c)), corpus.time_key(*c)))


def _show(corpus: Corpus, chosen: Sequence[Candidate], facts: SentenceFacts) -> list[tuple[int, int]]:
    """The wording shown of each chosen fact (:func:`wordings`), taken only when it says the same as
    the chosen sentence for the summary and is redundant with no other shown sentence
    (:func:`redundant`): another wording must not bring back what another sentence says, nor leave
    the chosen one's fact uncovered; and, when the chosen one stands alone, only when it keeps
    ``SHOWN_WORDS_KEPT`` of its content words (an earlier, shorter report says less) and names its
    person no shorter (:func:`short_named`)."""
    rows = [c.row for c in chosen]
    words_of: dict[int, set[str]] = {}

    def said(r: int) -> tuple[set[str], frozenset]:
        if r not in words_of:
            words_of[r] = content_words(corpus.text(*corpus.rows[r]))
        return words_of[r], facts(*corpus.rows[r]).figures

    out: list[tuple[int, int]] = []
    for i, c in enumerate(chosen):
        pick = corpus.rows[c.row]
        # what does not change while the alternatives of this fact are tried
        others = [rows[j] for j in range(len(rows)) if j != i]
        mine, mine_fig = said(c.row)
        mine_alone = stands_alone(corpus.text(*corpus.rows[c.row]))
        for alt in wordings(corpus, c.cites):
            r = corpus.sent_rows.get(alt)
            if r is None:
                continue
            if r == c.row:
                break
            if short_named(facts, *alt) and not short_named(facts, *pick):
                continue  # ``Ali mengakui, ...`` for a sentence naming its person in full
            sims = corpus.sims([r], [c.row, *others])[0]
            w, f = said(r)
            if not redundant(float(sims[0]), w, mine, f, mine_fig):
                continue
            if len(w) < SHOWN_WORDS_KEPT * len(mine) and mine_alone:
                continue  # a shorter first report would say less than the chosen one (``dilakukan sejak 2022.``)
            if any(redundant(float(sims[1 + j]), w, said(o)[0], f, said(o)[1]) for j, o in enumerate(others)):
                continue
            pick, rows[i] = alt, r
            break
        out.append(pick)
    return out


def placed(corpus: Corpus, facts: SentenceFacts, cites: Sequence[tuple[int, int]]) -> tuple:
    """Where a fact goes in a summary's reading order: the earliest of its citations (article date,
    publication rank, sentence index: ``Corpus.time_key``), moved to the earliest day of its
    happening that the shown sentence or a citation names when that day is earlier (``Jumat
    (17/10)`` in a report of the 22nd comes before an arrest reported on the 21st). A fact is told
    when it is first reported, not when the report whose wording is shown came out: a meeting shown
    in a later outlet's words was reported first, and the lede that introduces a minister comes
    before his ``menambahkan`` of that day."""
    key = min(corpus.time_key(a, s) for a, s in cites)
    days = [d for a, s in cites for d in facts(a, s).days]
    if days:
        day = dt.date.fromisoformat(min(days))
        if key[0] or day < key[1]:
            key = (False, day, *key[2:])
    return key


def reading_order(ks: Sequence[int], when, where) -> list[int]:
    """``ks`` in reading order: by :func:`placed` (``when``), except that sentences shown from one
    article keep that article's order (``where``: (article, sentence)): its author introduced the
    people and the happening first, and background naming an older day (``Pada 15 Maret, polisi
    menangkap X``) does not jump before the lede that says who X is. A merge of the articles'
    sequences, always taking the head placed earliest."""
    queues: dict[int, list[int]] = {}
    for k in sorted(ks, key=lambda k: where(k)[1]):
        queues.setdefault(where(k)[0], []).append(k)
    out: list[int] = []
    while queues:
        a = min(queues, key=lambda a: when(queues[a][0]))
        out.append(queues[a].pop(0))
        if not queues[a]:
            del queues[a]
    return out


def sentence_date(corpus: Corpus, a: int, s: int) -> tuple[str, str] | None:
    """When sentence ``s`` of article ``a`` tells its happening, for a reader of a summary: the day
    the timeline places it at (:func:`kliping.synth.timeline.dated_sentences`: ``hari ini``,
    ``Senin``, ``kemarin`` resolved, a comparison's or a quoting date left out) or the day of a time
    of today the timeline does not read (``pagi hari ini``, ``sore ini``, ``tadi malam``: as
    :class:`SentenceFacts` reads them, not inside a quote nor in a weekly digest, whose ``hari ini``
    is the retold report's), the earliest when it names several, else the month it is placed at,
    with ``"sentence"``; else its article's publication day with ``"published"`` (``akhir pekan``,
    ``pekan ini`` or no date at all: the reader learns when it was reported, and that the sentence
    itself names no day). None when the article has no publication day either."""
    dated_sentences(corpus, [a])  # fills ``corpus.dated[a]``
    placed = [(gran, value) for value, t, gran in corpus.dated.get(a, ()) if t == s]
    days = [value for gran, value in placed if gran == "day"]
    months = [value for gran, value in placed if gran == "month"]
    ev = corpus.articles[a]
    if not is_quoting(corpus.text(a, s)) and not is_roundup(ev):
        days += [t.value[:10] for t in ev.times if t.sentence == s and t.type == "TIME" and t.value
                 and _DAY_VALUE.match(t.value) and _TODAY.search(t.text)]
    if days or months:
        return min(days or months), "sentence"
    published = corpus.dates[a]
    return (published.isoformat(), "published") if published else None
