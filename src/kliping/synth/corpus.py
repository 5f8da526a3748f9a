"""The sentence index synthesis works on: every sentence of every non-duplicate article, vectorised once.

Near-duplicates (``Story.duplicate_of``) are left out entirely: a syndicated copy adds no new fact
and must not count as a second source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from kliping.ingest.metadata import find_dateline
from kliping.lang.id import calendar, cues, discourse, figure_cues
from kliping.lang.id import moves as moves_data
from kliping.link.dedup import published_date
from kliping.link.events import article_text
from kliping.link.vectors import cosine_rows, fit_tfidf, stop_words
from kliping.model import Evidence, Quote, Story
from kliping.sources import source_key
from kliping.text.find import find_whole  # noqa: F401 (synthesis imports it from here)
from kliping.text.patterns import WORD, alternation

if TYPE_CHECKING:  # synth.summary imports this module
    from kliping.synth.summary import SentenceFacts

# Sentences (spread over the run) the character n-gram IDF of quote alignment is fitted on: enough
# to tell common n-grams from rare ones; fitting all 10,000 detik-dev sentences took ~3 s more.
CHAR_BACKGROUND = 3000
# A sentence shorter than this many words is too thin to stand alone in a summary.
MIN_WORDS = 6


_RISES = figure_cues.RISE_VERBS | figure_cues.RISE_NOUNS
_FALLS = figure_cues.FALL_VERBS | figure_cues.FALL_NOUNS


def words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def content_words(text: str) -> set[str]:
    """Content words of a sentence (no function words), for the word-overlap redundancy measure."""
    stops = stop_words()
    return {w for w in words(text) if w not in stops and not w.isdigit()}


def word_overlap(a: set[str], b: set[str]) -> float:
    """Overlap coefficient |a∩b| / min(|a|, |b|): 1.0 when one sentence's words are inside the other's."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# A kind of value: its unit and counted noun (``("IDR", None)``, ``(None, "kontainer")``).
Kind = tuple[str | None, str | None]


def values_by_kind(ev: Evidence) -> dict[int, dict[Kind, set[float]]]:
    """``sentence -> kind -> values`` (4 significant digits) of an article's quantities: what its
    sentences state, for the same-fact tests of the summary and the timeline. A bare number (no
    unit, no counted noun: often a list's next item, ``500 ribu``) and a vague plural (``ratusan
    orang``) give no value to compare."""
    by: dict[int, dict[Kind, set[float]]] = {}
    for q in ev.quantities:
        kind = (q.unit, (q.noun or "").casefold() or None)
        if kind == (None, None) or q.modifier.startswith("plural"):
            continue
        by.setdefault(q.sentence, {}).setdefault(kind, set()).add(float(f"{q.value:.4g}"))
    return by


def values_conflict(x: dict[Kind, set[float]] | dict[Kind, frozenset[float]],
                    y: dict[Kind, set[float]] | dict[Kind, frozenset[float]]) -> bool:
    """For one kind of value each side gives a value the other lacks (about 7.000 and nearly 10.000
    containers; 74,61 and 74,09 dollars): two facts. A side that only adds a value, or gives a
    value of another kind (a price's percent and its dollars), does not conflict."""
    for kind, values in x.items():
        other = y.get(kind)
        if other and values - other and other - values:
            return True
    return False


def opposite_moves(x: tuple[bool, bool], y: tuple[bool, bool]) -> bool:
    """One side only moves up where the other only moves down (``(rises, falls)`` of :func:`moves`)."""
    (xr, xf), (yr, yf) = x, y
    return (xr and not xf and yf and not yr) or (xf and not xr and yr and not yf)


def moves(text: str) -> tuple[bool, bool]:
    """Whether a sentence moves something up, down (``naik``/``menguat``/``kenaikan``;
    ``turun``/``melemah``/``penurunan``: ``figure_cues``), leaving out idioms (``turun ke jalan``,
    ``naik banding``) and negated moves (``tidak turun``: ``lang.id.moves``). Two similar sentences
    moving one thing opposite ways report different facts (``synth.summary``, ``synth.timeline``)."""
    ws = words(text)
    up = down = False
    for i, w in enumerate(ws):
        rise = w in _RISES
        if not rise and w not in _FALLS:
            continue
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if (nxt in moves_data.IDIOM_NEXT or (i and ws[i - 1] in moves_data.NEGATORS)
                or (nxt in moves_data.IDIOM_PREPOSITIONS and i + 2 < len(ws) and ws[i + 2] in moves_data.IDIOM_AFTER_PREPOSITION)):
            continue
        if _against_first(ws, i):
            rise = not rise
        up, down = up or rise, down or not rise
    return up, down


# How many words before a move its currency may stand (``Nilai tukar dolar Amerika Serikat (AS)
# melemah``), and after it the word ``terhadap`` (``penguatan rupiah terhadap``).
CURRENCY_SUBJECT_REACH = 8
CURRENCY_OBJECT_REACH = 2


def _currency(w: str) -> str | None:
    return moves_data.CURRENCY_SPELLINGS.get(w, w) if w in moves_data.CURRENCY_WORDS else None


def _against_first(ws: list[str], i: int) -> bool:
    """The move at ``ws[i]`` is of one currency against another (``dolar AS melemah terhadap
    rupiah``, ``penguatan rupiah terhadap dolar``) and the other sorts first: the move is told as
    that one's opposite move, so ``rupiah melemah terhadap dolar`` and ``dolar menguat terhadap
    rupiah`` are one fact and ``dolar melemah terhadap rupiah`` the opposite one (a QA read found
    the last cited for the first in a summary)."""
    at = next((k for k in range(i + 1, min(len(ws), i + 1 + CURRENCY_OBJECT_REACH))
               if ws[k] in moves_data.RELATIVE_TO), None)
    if at is None:
        return False
    obj = next((c for c in map(_currency, ws[at + 1:at + 4]) if c), None)
    subj = next((c for c in map(_currency, reversed(ws[max(0, i - CURRENCY_SUBJECT_REACH):at])) if c), None)
    return obj is not None and subj is not None and subj != obj and obj < subj


_SAYS = alternation(cues.SPEECH_FORMS)
# The attribution tail of a quote or a reported statement: ``...," kata X di Y, Selasa (21/10/2025).``,
# ``..., ujar X.`` (from the closing quote mark or the comma to the end, no quote mark after).
_ATTRIBUTION_TAIL = re.compile(rf'(?:["”]\s*,?|,\s*["”]?)\s*(?:{_SAYS})\b[^"“”]*$', re.IGNORECASE)
# ``Menurut X, ...``: the source before the statement.
_ACCORDING_LEAD = re.compile(r"^\s*(?:" + "|".join(cues.ACCORDING_TO) + r")\b[^,]{1,80},\s*", re.IGNORECASE)
# A date gloss (``(21/10/2025)``, ``(30/4)``): the day is compared by the day test, not as words.
_DATE_GLOSS = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)")
_CALENDAR_WORDS = frozenset(calendar.WEEKDAYS) | frozenset(calendar.MONTHS) | frozenset(calendar.TIME_ZONES)


def said_text(quotes: Iterable[Quote], s: int, text: str) -> str:
    """What a sentence states, without its attribution frame: the statement of a quote or reported
    statement the extractor found in it (``X mengatakan, saat ini ada 53 posko`` -> ``saat ini ada
    53 posko``), else the sentence without an attribution tail (``...," kata X di Y, Selasa (21/10)``)
    or a ``Menurut X,`` lead. Two quotes of one speaker on one day share the frame's words (name,
    title, place, date) and nothing else: the frame says who spoke, not what was said."""
    said = [q.text for q in quotes if q.sentence == s and (q.end_sentence is None or q.end_sentence == s)]
    if said:
        return " ".join(said)
    return _ACCORDING_LEAD.sub("", _ATTRIBUTION_TAIL.sub("", text), count=1)


def said_words(text: str) -> frozenset[str]:
    """Content words of what a sentence states (:func:`said_text`): no function words, no day or month
    names, no date glosses; numbers kept (two statements of one figure share it)."""
    stops = stop_words()
    return frozenset(w for w in words(_DATE_GLOSS.sub(" ", text)) if w not in stops and w not in _CALENDAR_WORDS)


def is_quote_fragment(text: str) -> bool:
    """A sentence that opens a quote it does not close, or closes one it did not open."""
    t = text.strip()
    return t.count('"') % 2 == 1 or t.count("“") != t.count("”")


# A numbered list item (``2. SPBU 34-10505: Jl Letjen Suprapto``) is an entry of a list, not a statement.
_LIST_ITEM = re.compile(r"^\(?\d{1,3}[.)]\s")


# A statement ends as a sentence ends (closing quote marks and brackets may follow the stop).
_SENTENCE_END = re.compile(r"[.!…][\"'”’)\]]*$")


# ``ini cara mendaftar ...``, ``beginicara mudah cek ...``: a how-to's teaser (``discourse.HOW_TO_TEASERS``).
_HOW_TO_TEASER = re.compile(rf"(?i)\b(?:{alternation(discourse.HOW_TO_TEASERS)})\s*{discourse.HOW_TO_NOUN}\b")
# ``Yuk simak ...``, ``..., simak ulasan berikut``: a bid to read on opening its clause (``discourse.READ_ON_WORDS``).
_READ_ON = re.compile(rf"(?i)(?:^|[,;:]\s*|\b(?:{alternation(discourse.READ_ON_LEAD_INS)})[,!]?\s+)"
                      rf"(?:{alternation(discourse.READ_ON_WORDS)})\b")
# ``... sebagai berikut.``, ``... berikut:``: a list's header at the sentence's end.
_LIST_HEADER_END = re.compile(rf"(?i)\b{discourse.LIST_HEADER_LAST}\s*[.:]?[\"'”’)\]]*$")


def is_clear(text: str) -> bool:
    """Long enough, not a question, not a list item or a list's header (``Berikut rincian ...:``, ``... sebagai
    berikut.``), a how-to's teaser (``..., ini cara mendaftar ...``: the steps follow it) or a bid to read on (``Yuk
    simak ...``), not cut short (no closing stop: an item of a
    list whose numbers were lost, ``Pecahan Rp 500 tahun 1982``), not a fragment of a quote: a stand-alone
    statement."""
    t = text.strip()
    ws = words(t)
    return (len(ws) >= MIN_WORDS and bool(_SENTENCE_END.search(t)) and not _LIST_ITEM.match(t)
            and ws[0] not in discourse.LIST_OPENERS and not _how_to_teaser(t, ws) and not _LIST_HEADER_END.search(t)
            and not _READ_ON.search(t) and not is_quote_fragment(t))


def _how_to_teaser(text: str, ws: Sequence[str]) -> bool:
    """``..., ini cara mendaftar ...``: a how-to's teaser, unless someone is reported saying it (``Menurut menteri,
    ini cara paling cepat ...``: ``discourse.ATTRIBUTION_WORDS``, ``cues.SPEECH_FORMS``), a statement."""
    if not _HOW_TO_TEASER.search(text):
        return False
    low = {w.casefold() for w in ws}
    return not (low & discourse.ATTRIBUTION_WORDS or low & cues.SPEECH_FORMS)


def content_text(first_sentence: str) -> str:
    """The first sentence without its dateline (``WARTANUSA.COM - WASHINGTON.``), for vectors only.

    Outlet and city are not what the sentence says, and they differ between outlets exactly where
    outlets report the same thing: left in, they lowered the similarity of two lead sentences about
    one shipment (sample: 0.19) below the same-fact bar. Texts shown and cited stay verbatim.
    """
    dl = find_dateline(first_sentence)
    return first_sentence[dl.end:] if dl and dl.end < len(first_sentence) else first_sentence


@dataclass
class Corpus:
    """Sentences and vectors of the non-duplicate articles of a story."""

    articles: list[Evidence]
    by_id: dict[str, int]
    dates: list[dt.date | None]
    order: dict[str, int]  # article id -> publication rank
    sent_rows: dict[tuple[int, int], int]  # (article index, sentence index) -> row
    rows: list[tuple[int, int]]
    sent_matrix: sparse.csr_matrix
    art_matrix: sparse.csr_matrix
    continuation: set[tuple[int, int]] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)  # article index -> independence key (outlet)
    # article index -> its placed dates ``[(value, sentence, granularity)]``, filled by
    # ``synth.timeline.dated_sentences`` once per article for the summary and the timeline alike
    dated: dict[int, list[tuple[str, int, str]]] = field(default_factory=dict)
    # article index -> its placements ``(value, sentence)`` whose only date is a relative day word inside
    # a direct quote said on a day the article does not name, counted from the publication
    # (``synth.timeline.placement``): placed by the article's date, not by a day the text gives
    by_published: dict[int, set[tuple[str, int]]] = field(default_factory=dict)
    event_of: dict[int, str] = field(default_factory=dict)  # article index -> its event (story) id
    # (article index, sentence index) -> whether the sentence repeats a figure as another party's earlier
    # statement, filled by ``synth.figures.recalls_figure`` once per sentence for the summaries and agreements
    figure_recalls: dict[tuple[int, int], bool] = field(default_factory=dict)
    # the corpus's one reading of its sentences, made by ``synth.summary.sentence_facts`` on first use and
    # shared by every summary of the corpus (what a sentence states depends on the corpus only)
    sentence_facts: SentenceFacts | None = None

    def independent(self, article_idx: Iterable[int]) -> int:
        """How many independent sources (outlets; unknown outlets count alone) the articles are."""
        return len({self.sources[a] for a in article_idx})

    def source_keys(self, article_idx: Iterable[int]) -> dict[int, str]:
        """Who states what in these articles: their outlet, or the article itself when they all come
        from one outlet (a one-outlet pile: its reports still confirm or contradict each other as
        reports; an agreement *finding* still needs two outlets, ``independent``)."""
        arts = set(article_idx)
        if len({self.sources[a] for a in arts}) >= 2:
            return {a: self.sources[a] for a in arts}
        return {a: f"article:{a}" for a in arts}

    def text(self, a: int, s: int) -> str:
        return self.articles[a].doc.sentences[s].text

    def article_words(self, a: int) -> frozenset[str]:
        """The words of an article (all its sentences), read once per corpus: which words a summary's
        articles nearly all use (its topic, ``synth.summary.topic_words``)."""
        if "_article_words" not in self.__dict__:
            self.__dict__["_article_words"] = {}
        memo: dict[int, frozenset[str]] = self.__dict__["_article_words"]
        if a not in memo:
            memo[a] = frozenset(w for sent in self.articles[a].doc.sentences for w in words(sent.text))
        return memo[a]

    def rows_of(self, article_idx: Iterable[int]) -> list[int]:
        """Sentence rows of the given articles, in row order (an index, not a scan of all rows)."""
        if "_rows_by_article" not in self.__dict__:
            by_article: dict[int, list[int]] = {}
            for r, (a, _s) in enumerate(self.rows):
                by_article.setdefault(a, []).append(r)
            self.__dict__["_rows_by_article"] = by_article
        by_article = self.__dict__["_rows_by_article"]
        return sorted(r for a in set(article_idx) for r in by_article.get(a, ()))

    def sims(self, rows: Sequence[int], others: Sequence[int]) -> np.ndarray:
        return cosine_rows(self.sent_matrix, rows, others)

    def sentence_cosine(self, a: int, s: int, b: int, t: int) -> float:
        """TF-IDF cosine of sentence ``s`` of article ``a`` and sentence ``t`` of article ``b``: whether
        two sentences holding values state one fact (the findings' same-fact tests)."""
        return float(self.sims([self.sent_rows[(a, s)]], [self.sent_rows[(b, t)]])[0, 0])

    def article_cosine(self, a: int, b: int) -> float:
        """TF-IDF cosine of two articles (whole texts), each pair computed once per corpus: the findings
        ask it for every pair of a fact's values that names its matter only by pointing back
        (``synth.findings.facts.same_matter``), and many pairs share their articles."""
        if "_article_cosines" not in self.__dict__:
            self.__dict__["_article_cosines"] = {}
        memo: dict[tuple[int, int], float] = self.__dict__["_article_cosines"]
        key = (a, b) if a <= b else (b, a)
        if key not in memo:
            memo[key] = float(self.art_matrix[key[0]].multiply(self.art_matrix[key[1]]).sum())
        return memo[key]

    def char_vectorizer(self):
        """Character n-gram TF-IDF fitted once on all sentences (quote alignment), built on first use."""
        if "_char" not in self.__dict__:
            from kliping.synth.quotes import char_vectorizer

            step = max(1, len(self.rows) // CHAR_BACKGROUND)  # a spread-out sample is enough for IDF
            self.__dict__["_char"] = char_vectorizer([self.text(a, s) for a, s in self.rows[::step]])
        return self.__dict__["_char"]

    def time_key(self, a: int, s: int = 0) -> tuple:
        """Sort key: article date (undated last), publication rank, sentence index."""
        d = self.dates[a]
        return (d is None, d or dt.date.min, self.order[self.articles[a].id], s)


def build_corpus(story: Story) -> Corpus:
    """Index the non-duplicate articles of ``story``: sentence and article TF-IDF, quote continuations."""
    arts = [ev for ev in story.articles if ev.id not in story.duplicate_of]
    by_id = {ev.id: i for i, ev in enumerate(arts)}
    dates = [published_date(ev) for ev in arts]
    ranked = sorted(range(len(arts)), key=lambda i: (dates[i] is None, dates[i] or dt.date.min, i))
    order = {arts[i].id: r for r, i in enumerate(ranked)}
    rows: list[tuple[int, int]] = []
    texts: list[str] = []
    continuation: set[tuple[int, int]] = set()
    for a, ev in enumerate(arts):
        for s, sent in enumerate(ev.doc.sentences):
            rows.append((a, s))
            texts.append(content_text(sent.text) if s == 0 else sent.text)
        for q in ev.quotes:
            if q.direct and q.end_sentence is not None and q.end_sentence > q.sentence:
                continuation.update((a, s) for s in range(q.sentence, q.end_sentence + 1))
    sent_matrix = fit_tfidf(texts)
    art_matrix = fit_tfidf([article_text(ev) for ev in arts])
    return Corpus(
        articles=arts,
        by_id=by_id,
        dates=dates,
        order=order,
        sent_rows={k: r for r, k in enumerate(rows)},
        rows=rows,
        sent_matrix=sent_matrix,
        art_matrix=art_matrix,
        continuation=continuation,
        sources=[source_key(ev.doc) for ev in arts],
        event_of={by_id[a]: e.id for e in story.events for a in e.articles if a in by_id},
    )
