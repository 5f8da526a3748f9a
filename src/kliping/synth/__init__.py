"""Synth stage: story sections, storyline summaries, timelines, figures and findings.

``synthesize`` is pure: it reads a ``Story`` and returns a new ``Dossier``. Every text it emits is a
verbatim sentence of a non-duplicate article, with citations to every article that states it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from kliping.ingest.metadata import fallback_title
from kliping.link.dedup import published_date
from kliping.model import Dossier, Story, Storyline, StorySection
from kliping.synth.corpus import Corpus, build_corpus
from kliping.synth.figures import build_figures, figure_points, table_series
from kliping.synth.findings import figure_findings, name_variant_findings, timeline_agreements
from kliping.synth.quotes import quote_agreements
from kliping.synth.summary import summarize
from kliping.synth.timeline import build_timeline


def central_article(corpus: Corpus, article_idx: Sequence[int]) -> int | None:
    """The article with the highest mean TF-IDF similarity to the others (ties: earliest)."""
    idx = sorted(article_idx, key=corpus.time_key)
    if not idx:
        return None
    if len(idx) == 1 or corpus.art_matrix.shape[1] == 0:
        return idx[0]
    sims = np.asarray((corpus.art_matrix[idx] @ corpus.art_matrix[idx].T).todense())
    mean = (sims.sum(axis=1) - np.diag(sims)) / (len(idx) - 1)
    return idx[int(np.argmax(mean))]


def _title(corpus: Corpus, article_idx: Sequence[int], fallback: str) -> str:
    a = central_article(corpus, article_idx)
    if a is None:
        return fallback
    doc = corpus.articles[a].doc
    if doc.title and doc.title.strip():
        return " ".join(doc.title.split())
    # An untitled article (a plain .txt without a headline) is named by its lede, without the
    # dateline and cut short: the whole first sentence was the story's, storyline's and report's title.
    return fallback_title(doc.sentences[0].text) if doc.sentences else fallback


def _span(ids: Sequence[str], dates_of: dict[str, list[dt.date]]) -> tuple[str | None, str | None]:
    """First and last publication day of the articles ``ids`` (``dates_of``: article id -> its dates,
    read once per run: scanning every article of the run for each story grew with the square of
    the run)."""
    dates = [d for a in set(ids) for d in dates_of.get(a, ())]
    if not dates:
        return None, None
    return min(dates).isoformat(), max(dates).isoformat()


def _claim_findings(story: Story, positions: dict[str, list[int]], ids: set[str]) -> list:
    """Allegation/denial pairs from ``synth.claims`` (another module) when it is installed, over the
    storyline's articles in the story's order (``positions``: article id -> its places in
    ``story.articles``)."""
    try:
        from kliping.synth.claims import claim_findings
    except ImportError:
        return []
    own = sorted(p for a in ids for p in positions.get(a, ()))
    return claim_findings([story.articles[p] for p in own], story.duplicate_of)


def synthesize(story: Story, *, summary_sentences: int = 5) -> Dossier:
    """Turn linked evidence into the dossier: one section per event, one storyline per group."""
    corpus = build_corpus(story)
    # Indexes of the run's articles and entities, built once: each story and storyline looks up its
    # own articles in them instead of scanning the whole run (which grew with the square of the run).
    dates_of: dict[str, list[dt.date]] = {}
    positions: dict[str, list[int]] = {}
    for p, ev in enumerate(story.articles):
        positions.setdefault(ev.id, []).append(p)
        d = published_date(ev)
        if d:
            dates_of.setdefault(ev.id, []).append(d)
    names = {e.id: e.name for e in story.entities}
    variants_of: dict[str, list[int]] = {}
    for k, nv in enumerate(story.name_variants):
        for it in nv.items:
            variants_of.setdefault(it.article, []).append(k)
    sections: dict[str, StorySection] = {}
    for ev in story.events:
        idx = [corpus.by_id[a] for a in ev.articles if a in corpus.by_id]
        start, end = _span(ev.articles, dates_of)
        sections[ev.id] = StorySection(
            id=ev.id,
            title=_title(corpus, idx, ev.id),
            articles=list(ev.articles),
            start=start,
            end=end,
            summary=summarize(corpus, idx, summary_sentences),
            roundup=ev.roundup,
        )
    event_articles = {ev.id: ev.articles for ev in story.events}
    storylines = []
    for sl in story.storylines:
        ids = [a for e in sl.events for a in event_articles.get(e, [])]
        idx = [corpus.by_id[a] for a in ids if a in corpus.by_id]
        if len(sl.events) == 1 and sl.events[0] in sections:
            summary = sections[sl.events[0]].summary
        else:
            summary = summarize(corpus, idx, summary_sentences)
        timeline = build_timeline(corpus, idx)
        points = figure_points(corpus, idx)
        series = table_series(points)  # the figures table's series, which also name the findings: built once
        findings = figure_findings(corpus, points, idx, series)
        findings += timeline_agreements(corpus, timeline)
        findings += quote_agreements(corpus, idx)
        own = set(ids)
        findings += _claim_findings(story, positions, own)
        variants = [story.name_variants[k] for k in sorted({k for a in own for k in variants_of.get(a, ())})]
        findings += name_variant_findings(variants, story.entities, own, names=names)
        storylines.append(
            Storyline(
                id=sl.id,
                title=_title(corpus, idx, sl.id),
                stories=list(sl.events),
                summary=summary,
                timeline=timeline,
                figures=build_figures(corpus, points, series),
                findings=findings,
            )
        )
    return Dossier(
        articles=list(story.articles),
        duplicate_of=dict(story.duplicate_of),
        entities=list(story.entities),
        stories=[sections[e.id] for e in story.events],
        storylines=storylines,
        generated=None,
    )


__all__ = ["synthesize"]
