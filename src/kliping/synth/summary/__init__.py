"""Extractive summaries: verbatim sentences, each citing every article that says the same thing.

A sentence's citations are its own first, then, per other article in time order, that article's
most similar sentence at ``SAME_FACT_COSINE`` that does not contradict it: not a different value
(``3.850`` vs ``3.790`` dollars: two days' prices), not a different day of the happening (``pagi
ini`` of two daily reports; dates weeks apart), not a move the other way (``melemah`` vs
``menguat``), not another step of a case (``masih diburu`` vs ``akhirnya ditangkap``:
:func:`case_status`), not a sentence giving neither value nor date for one giving both
(:func:`drops_the_figure`); and that states the same beyond its attribution frame and the summary's topic words,
about the same people (:func:`says_the_same`); and, when both read a recurring daily kind (weather,
a market's move), name no day and were published on different days, that shares a specific figure
or person (:func:`undated_other_day`: two days' undated weather or market colour). Word similarity alone cited the opposite, a
speaker's other remark of one press conference, another suspect's charge and yesterday's forecast.

Selection (MMR-style, greedy):

* facts stated by two or more sources are chosen before single-source details (candidates are
  taken in two tiers: supported, then the rest). Sources are outlets; when all the summary's
  articles come from one outlet, its articles (``Corpus.source_keys``, as the figure findings
  count them): a one-outlet pile still has facts that several of its reports state, though a
  sentence its reports repeat word for word (a pasted background paragraph) counts once, and a
  cited sentence that repeats a figure as another party's earlier statement (``Pekan lalu, X
  menyatakan ...``: :func:`kliping.synth.figures.recalls_figure`) counts as no source at all;
* within a tier, score = centrality (cosine of the sentence with the cluster's TF-IDF centroid)
  + a bonus per extra independent article that states the same fact
  + a small lead bonus (news puts the key facts first)
  - a diversity penalty per sentence already taken from the same article;
* a candidate is *redundant* — never chosen — when its TF-IDF cosine with a chosen sentence is
  ≥ ``REDUNDANT_COSINE`` or its content-word overlap coefficient is ≥ ``REDUNDANT_OVERLAP``;
* questions, sentences under 6 words or without a closing stop, list headers, quote fragments,
  the inner sentences of multi-sentence quotes and sentences that point back at their neighbours
  (``Ia menambahkan``, ``Hal tersebut``, ``Alhasil,``, ``Dalam demo tersebut``: :func:`leans_back`)
  are no candidates, unless nothing else is (a one-sentence article); duplicates were already
  removed by the corpus.

* within a tier, a sentence whose person is named only by a short form its article writes in full
  (``Dalam petitumnya, Daniel ...``: :func:`short_named`) gives way to any other candidate, unless a
  sentence chosen before it names that person in full.

Chosen sentences are read in the order the facts were first reported (:func:`placed`: the earliest of
a sentence's citations by article date, publication order and sentence index, or an earlier day of
its happening the sentence names), keeping the order of sentences shown from one article
(:func:`reading_order`). A fact is shown in the wording of its first report that stands alone
(:func:`wordings`, :func:`stands_alone`) when that wording adds no redundancy and says as much; a
single-source sentence that continues another (``Namun,``, ``Sementara itu,``: :func:`continues`)
does not come first, it gives way to the next choice.

Each sentence carries the date of its happening (:func:`sentence_date`: the day or month the
timeline places the shown sentence at, else its article's publication day, flagged), so a ``hari
ini`` line in a storyline spanning months still tells the reader when.

Modules: :mod:`.openings` (how a sentence stands to its neighbours), :mod:`.case_steps` (the step of
a case a statement reports), :mod:`.sentence_facts` (what a sentence states), :mod:`.same_fact`
(which sentences of other articles state the same, how many sources), :mod:`.scoring` (the
candidates and their scores), :mod:`.redundancy`, :mod:`.showing` (the wording shown, reading order,
the date shown) and :mod:`.selection` (:func:`summarize`). This package re-exports the names the rest
of the project and the tests use; a name set on it (a test's monkeypatch) reaches every module that
holds it (:mod:`kliping.split_package`).
"""

from __future__ import annotations

from kliping.split_package import one_namespace
from kliping.synth.summary.case_steps import case_status
from kliping.synth.summary.openings import (
    continues,
    dependent,
    leans_back,
    opens_on_before,
    other_side,
    penalised,
    stands_alone,
)
from kliping.synth.summary.redundancy import (
    REDUNDANT_COSINE,
    REDUNDANT_OVERLAP,
    SAME_FIGURE_OVERLAP,
    redundant,
)
from kliping.synth.summary.same_fact import (
    SAID_OVERLAP,
    SAME_FACT_COSINE,
    SHARED_NAME_WORDS,
    TOPIC_MIN_ARTICLES,
    WRITTEN_DAYS_APART,
    _other_people_before,
    contradicts,
    drops_the_figure,
    far_apart,
    says_the_same,
    stating_sources,
    topic_words,
    undated_other_day,
)
from kliping.synth.summary.scoring import (
    CONFIRMATION_BONUS,
    DEPENDENT_PENALTY,
    LEAD_BONUS,
    LEDE_BONUS,
    MAX_CANDIDATES,
    MAX_SCANNED,
    MIN_AGREED,
    Candidate,
    candidates,
)
from kliping.synth.summary.selection import SAME_ARTICLE_PENALTY, summarize
from kliping.synth.summary.sentence_facts import (
    SentenceFacts,
    daily_reading,
    is_quoting,
    sentence_facts,
    short_named,
    specific,
)
from kliping.synth.summary.showing import SHOWN_WORDS_KEPT, placed, reading_order, sentence_date, wordings

__all__ = [
    "CONFIRMATION_BONUS",
    "DEPENDENT_PENALTY",
    "LEAD_BONUS",
    "LEDE_BONUS",
    "MAX_CANDIDATES",
    "MAX_SCANNED",
    "MIN_AGREED",
    "REDUNDANT_COSINE",
    "REDUNDANT_OVERLAP",
    "SAID_OVERLAP",
    "SAME_ARTICLE_PENALTY",
    "SAME_FACT_COSINE",
    "SAME_FIGURE_OVERLAP",
    "SHARED_NAME_WORDS",
    "SHOWN_WORDS_KEPT",
    "TOPIC_MIN_ARTICLES",
    "WRITTEN_DAYS_APART",
    "Candidate",
    "SentenceFacts",
    "_other_people_before",
    "candidates",
    "case_status",
    "continues",
    "contradicts",
    "daily_reading",
    "dependent",
    "drops_the_figure",
    "far_apart",
    "is_quoting",
    "leans_back",
    "opens_on_before",
    "other_side",
    "penalised",
    "placed",
    "reading_order",
    "redundant",
    "says_the_same",
    "sentence_date",
    "sentence_facts",
    "short_named",
    "specific",
    "stands_alone",
    "stating_sources",
    "summarize",
    "topic_words",
    "undated_other_day",
    "wordings",
]

one_namespace(__name__)
