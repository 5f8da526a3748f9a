"""The figure findings of one storyline collected: every rule run over the figure groups
(``figure_findings``), findings of one evidence merged (``merge_same_evidence``) and named as the figures table
names their series (``name_by_series``).

The rules themselves live in the sibling modules (``agreement``, ``discrepancy``, ``update``,
``self_contradictions``, ``stated_updates``); this module only runs them together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kliping.model import Finding
from kliping.synth.corpus import Corpus
from kliping.synth.figures import Point, shown_series_name, table_series
from kliping.synth.findings.agreement import figure_agreements
from kliping.synth.findings.discrepancy import fact_discrepancy, running_series, scale_slips, source_keys
from kliping.synth.findings.facts import fact_clusters, usable
from kliping.synth.findings.self_contradictions import (
    item_discrepancies,
    period_discrepancies,
    source_discrepancies,
)
from kliping.synth.findings.stated_updates import stated_changes
from kliping.synth.findings.update import fact_update


def evidence_key(f: Finding) -> tuple[str, tuple[tuple[str, int], ...]]:
    """A finding's kind and cited sentences (article id, sentence index), in order: two findings of one key tell
    one story (``merge_same_evidence``)."""
    return f.kind, tuple((i.article, i.sentence) for i in f.items)


def merge_same_evidence(findings: Sequence[Finding]) -> list[Finding]:
    """One finding per kind and evidence: two figures of one sentence pair (``satu kepala keluarga (dua
    jiwa)`` against ``lima kepala keluarga (11 jiwa)``; civilians and police of one breakdown) tell one
    story, reported once with both ``about`` joined (``kepala / jiwa``), in the order first found."""
    out: list[Finding] = []
    seen: dict[tuple[str, tuple[tuple[str, int], ...]], Finding] = {}
    for f in findings:
        key = evidence_key(f)
        first = seen.get(key)
        if first is None:
            seen[key] = f
            out.append(f)
            continue
        if f.about not in first.about.split(" / "):
            first.about = f"{first.about} / {f.about}"
        if f.note and f.note not in first.note:
            first.note = f"{first.note}; {f.note}" if first.note else f.note
    return out


def figure_findings(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]],
                    articles: Iterable[int] | None = None,
                    series: dict[tuple[str, str | None], list[Point]] | None = None) -> list[Finding]:
    """Agreements, discrepancies and updates over the figure groups (``merge_same_evidence``); the changes an
    article states itself (``stated_changes``) over ``articles`` (the storyline's), else over the articles with a
    figure point (an article whose values all fell out of the figure groups still states its change). ``series``
    is ``figures.table_series(points)`` when the caller has it (it builds the figures table from it too)."""
    found = _figure_findings(corpus, points)
    found += period_discrepancies(corpus, points) + source_discrepancies(corpus, points) + scale_slips(corpus, points)
    known = {evidence_key(f) for f in found}
    articles = sorted(set(articles) if articles is not None else {p.article for pts in points.values() for p in pts})
    found += [f for f in stated_changes(corpus, articles) if evidence_key(f) not in known]
    return name_by_series(corpus, points, merge_same_evidence(found), series)


def name_by_series(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]],
                   findings: Sequence[Finding],
                   series: dict[tuple[str, str | None], list[Point]] | None = None) -> list[Finding]:
    """The findings, each named as the figures table heads the series of its values (``figures.table_series``,
    ``shown_series_name``): a finding about ``per barel`` whose values are all in ``per barel (Brent)`` is about
    ``per barel (Brent)``, one about ``IDR`` whose values are the rupiah's rate about ``kurs rupiah (per dolar AS)``,
    so the reader finds its table and tells the Brent finding from the WTI one. A finding is matched to the series of
    its key (its ``about``, or the head of the series name: ``kaliber``) at its cited sentences, or, when a sentence
    gives several (a list of three ministries' shares), the one series every cited sentence gives; when those give no
    series or more than one, it keeps its name, written as its sentences write it (``SPPG``, not ``sppg``).
    ``series``: ``table_series(points)`` when the caller has it (computed here otherwise)."""
    key_of = {id(p): key for key, pts in points.items() for p in pts}
    at: dict[tuple[str, int], list[tuple[str, str, tuple[str, str | None]]]] = {}
    for (name, unit), pts in (table_series(points) if series is None else series).items():
        for p in pts:
            at.setdefault((corpus.articles[p.article].id, p.q.sentence), []).append(
                (key_of[id(p)][0], name.split(" (")[0], (name, unit)))
    out = []
    for f in findings:
        if f.kind == "name_variant":
            out.append(f)
            continue
        texts = [i.text for i in f.items]
        each = [{named for key, head, named in at.get((i.article, i.sentence), ()) if f.about in (key, head)}
                for i in f.items]
        series = set().union(*each)
        if len(series) > 1 and all(each):  # a list's sentence gives several series: the one every item gives
            series = set.intersection(*each)
        if len(series) == 1:
            name, unit = series.pop()
            f.about = shown_series_name(name, unit, texts) if name != unit else name
        else:
            f.about = shown_series_name(f.about, None, texts)
        out.append(f)
    return out


def _figure_findings(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]]) -> list[Finding]:
    out: list[Finding] = []
    src = source_keys(corpus, points)
    for (key, _unit), pts in points.items():
        if _unit is None:
            out.extend(item_discrepancies(corpus, key, pts))
        for fact in fact_clusters(corpus, pts):
            about = _fact_name(key, _unit, fact)
            out.extend(figure_agreements(corpus, about, fact))
            for mode in ("fact", "target"):  # reported values, then targets: each among its own kind
                values = [p for p in fact if usable(p) and p.mode == mode]
                running = running_series(values)
                d = fact_discrepancy(corpus, src, about, values, running)
                if d:
                    out.append(d)
                u = fact_update(corpus, src, about, values, running)
                if u:
                    out.append(u)
    return out


def _fact_name(key: str, unit: str | None, fact: Sequence[Point]) -> str:
    """What a finding is about: the figure's key, or, for an amount that names no noun (keyed by its unit,
    ``mm``), what every value of the fact measures (``Point.dimension``: ``kaliber``), as the figures table
    heads its series; the unit when the values measure different things or nothing names them."""
    if key != unit:
        return key
    dims = {p.dimension for p in fact}
    if len(dims) != 1:
        return key
    return dims.pop() or key
