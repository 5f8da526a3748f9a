"""Quote alignment: the same statement reported by different outlets, in different wordings.

Two outlets translating one foreign-language remark rarely agree word for word (``Saya skeptis
tentang itu`` / ``Saya skeptis terhadap hal itu``), so quotes are compared by TF-IDF over character
3-5-grams within word boundaries, with IDF from every sentence of the run: shared stems and names count
even when the function words and affixes differ. Two quotes from different non-duplicate articles
align when their cosine reaches ``QUOTE_COSINE`` and their speakers do not contradict (same entity,
or one side without a resolved speaker) and any figures both quote are the same. Aligned quotes are grouped (single link) and each group of
two or more articles becomes an ``agreement`` finding citing every quote's sentence, but for a sentence recalling the
statement as said earlier (``Pekan lalu, Dinas Sosial menyatakan ...``): no second source of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from kliping.lang.id.cues import COLLOQUIAL_SPELLINGS
from kliping.model import Finding, FindingItem
from kliping.synth.corpus import Corpus
from kliping.synth.recalls import recalled_speaker
from kliping.text.patterns import WORD

# Character-n-gram cosine at which two quotes are one statement. Measured on all cross-article,
# speaker-compatible quote pairs within a storyline of the sample and detik-dev (docs/linking.md):
# rewordings of one remark scored 0.56-0.87 (``Saya skeptis tentang itu`` / ``... terhadap hal
# itu``: 0.62), different remarks on the same subject at most 0.47, so 0.5 sits between them.
QUOTE_COSINE = 0.5
# Quotes shorter than this many words are too generic to align ("tuduhan itu", "dongeng murahan").
MIN_QUOTE_WORDS = 4

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def quote_key(text: str) -> str:
    """A quote's wording for telling two rows of one statement apart from two statements: words
    casefolded, punctuation dropped, colloquial spellings folded (``nggak``/``gak``), and the words
    run together. Two outlets carrying one remark differ in a comma or in how they spell it, and a
    scraped copy loses the space around a word its page set in italics or a link (``menjadiconcern``,
    ``tahutu.Mobil``, ``pasala quorentan``) that ingest cannot safely restore between two lower-case
    words; they are one row of the dossier. Only the spacing is ignored: one letter apart is
    another quote."""
    return "".join(COLLOQUIAL_SPELLINGS.get(w, w) for w in WORD.findall(text.casefold()))


def _numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def char_vectorizer(background: Sequence[str]) -> TfidfVectorizer | None:
    """Character 3-5-gram TF-IDF (casefolded) with IDF from ``background`` (all sentences of a run).

    A handful of quotes is too few to say which n-grams are common; every sentence of the run is.
    """
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True,
                          dtype=np.float32)
    try:
        vec.fit(list(background))
    except ValueError:
        return None
    return vec


def quote_similarity(texts: Sequence[str], vec: TfidfVectorizer | None = None) -> np.ndarray:
    """Cosine matrix of character n-gram TF-IDF vectors of ``texts`` (IDF from ``vec``'s background)."""
    if len(texts) < 2:
        return np.eye(len(texts))
    vec = vec or char_vectorizer(texts)
    if vec is None:
        return np.eye(len(texts))
    m = vec.transform(list(texts))
    return np.asarray((m @ m.T).todense())


# Rows of the similarity matrix computed at a time: a long storyline quotes thousands of remarks,
# and its whole quote-by-quote matrix (and a Python loop over every pair) would grow with the square.
PAIR_BLOCK = 512


def _close_pairs(texts: Sequence[str], vec: TfidfVectorizer | None) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``j < i``, of texts at ``QUOTE_COSINE`` or more (rows in order, then ``j``),
    as :func:`quote_similarity` would give them, block by block."""
    if len(texts) < 2 or vec is None:
        return
    m = vec.transform(list(texts))
    for start in range(0, len(texts), PAIR_BLOCK):
        block = np.asarray((m[start : start + PAIR_BLOCK] @ m[: start + PAIR_BLOCK].T).todense())
        rows, cols = np.nonzero(block >= QUOTE_COSINE)
        for r, j in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + r
            if j < i:
                yield i, j


def quote_agreements(corpus: Corpus, article_idx: Sequence[int]) -> list[Finding]:
    """``agreement`` findings for statements quoted by two or more different articles."""
    quotes: list[tuple[int, int, str, str | None, str | None]] = []
    for a in sorted(article_idx, key=corpus.time_key):
        ev = corpus.articles[a]
        n = len(ev.doc.sentences)
        for q in ev.quotes:
            if 0 <= q.sentence < n and len(WORD.findall(q.text)) >= MIN_QUOTE_WORDS:
                quotes.append((a, q.sentence, q.text, q.speaker, q.speaker_name))
    if len(quotes) < 2 or corpus.independent(q[0] for q in quotes) < 2:
        # An agreement groups quotes of two or more sources; with one source (a one-article or
        # one-outlet storyline: most of a run's) no group can have two, so nothing is vectorised.
        return []
    parent = list(range(len(quotes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    nums = [_numbers(q[2]) for q in quotes]  # once per quote, not per pair
    for i, j in _close_pairs([q[2] for q in quotes], corpus.char_vectorizer()):
        if quotes[i][0] == quotes[j][0]:
            continue
        si, sj = quotes[i][3], quotes[j][3]
        if si and sj and si != sj:
            continue
        ni, nj = nums[i], nums[j]
        if ni and nj and ni != nj:
            continue  # same wording, different figures: a discrepancy, not an agreement
        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        if corpus.independent(quotes[i][0] for i in members) < 2:
            continue
        # A sentence recalling the statement (``Pekan lalu, Dinas Sosial menyatakan ...``) supports its first
        # report, it is no second article agreeing: not counted, not listed, as a recalled figure is not
        # (``recalls.recalled_speaker``). Asked only of the groups that would agree, so rarely.
        members = [i for i in members if not recalled_speaker(corpus.text(quotes[i][0], quotes[i][1]), quotes[i][2])]
        if corpus.independent(quotes[i][0] for i in members) < 2:
            continue
        first = quotes[members[0]]
        speaker = next((quotes[i][4] for i in members if quotes[i][4]), None)
        about = f"{speaker}: {first[2]}" if speaker else first[2]
        items, seen = [], set()
        for i in members:
            a, s = quotes[i][0], quotes[i][1]
            if (a, s) not in seen:
                seen.add((a, s))
                items.append(FindingItem(article=corpus.articles[a].id, sentence=s, text=corpus.text(a, s)))
        out.append(Finding(kind="agreement", about=about, items=items))
    return out
