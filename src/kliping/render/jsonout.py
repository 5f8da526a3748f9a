"""The ``kliping.dossier/1`` JSON contract: :class:`Dossier` -> plain data.

This module is the single place that decides the shape of the contract; ``docs/dossier.md``
documents it and ``dossier.schema.json`` checks it. The key order here is the documented order, so
the written file is stable and diffable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kliping import __version__
from kliping.model import (
    Citation,
    Dossier,
    Evidence,
    Figure,
    Finding,
    Storyline,
    StorySection,
    SummarySentence,
    TimelineEntry,
)

SCHEMA_ID = "kliping.dossier/1"


def num(x: float | int | None) -> float | int | None:
    """Integral floats as ints (``12.0`` -> ``12``) so the JSON reads like the article did."""
    if x is None:
        return None
    if isinstance(x, bool):  # bool is an int subclass; never a quantity value
        return int(x)
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def _citations(cs: list[Citation]) -> list[dict[str, Any]]:
    return [{"article": c.article, "sentence": c.sentence} for c in cs]


def _summary(ss: list[SummarySentence]) -> list[dict[str, Any]]:
    """``{text, citations}``, then ``date`` and ``date_source`` when the date is known (optional keys:
    dossiers written before them have none)."""
    out = []
    for s in ss:
        d: dict[str, Any] = {"text": s.text, "citations": _citations(s.citations)}
        if s.date:
            d["date"] = s.date
            d["date_source"] = s.date_source
        out.append(d)
    return out


def _article(ev: Evidence, duplicate_of: dict[str, str]) -> dict[str, Any]:
    d = ev.doc
    return {
        "id": d.id,
        "input": d.input,
        "title": d.title,
        "source": d.source,
        "url": d.url,
        "published": d.published,
        "published_inferred": bool(d.published_inferred),
        "language": d.language,
        "dateline": d.dateline,
        "duplicate_of": duplicate_of.get(d.id),
        "sentences": [s.text for s in d.sentences],
        "removed": [{"text": r.text, "reason": r.reason} for r in d.removed],
        "mentions": [
            {"entity": m.entity, "text": m.text, "type": m.type, "sentence": m.sentence,
             "start": m.start, "end": m.end, "title": m.title}
            for m in ev.mentions
        ],
        "quantities": [
            {"text": q.text, "value": num(q.value), "value_max": num(q.value_max), "unit": q.unit,
             "modifier": q.modifier, "noun": q.noun, "speaker": q.speaker, "speaker_name": q.speaker_name,
             "as_of": q.as_of, "sentence": q.sentence, "start": q.start, "end": q.end}
            for q in ev.quantities
        ],
        "times": [
            {"text": t.text, "type": t.type, "value": t.value, "granularity": t.granularity,
             "sentence": t.sentence, "start": t.start, "end": t.end}
            for t in ev.times
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "speaker_name": q.speaker_name, "cue": q.cue,
             "direct": bool(q.direct), "sentence": q.sentence, "end_sentence": q.end_sentence,
             "speaker_desc": q.speaker_desc}
            for q in ev.quotes
        ],
        "claims": [
            {"status": c.status, "cue": c.cue, "text": c.text, "actor": c.actor,
             "actor_name": c.actor_name, "sentence": c.sentence, "matter_sentence": c.matter_sentence}
            for c in ev.claims
        ],
    }


def _story(s: StorySection) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "articles": list(s.articles), "start": s.start, "end": s.end,
            "summary": _summary(s.summary), "roundup": s.roundup}


def _figure(f: Figure) -> dict[str, Any]:
    return {
        "about": f.about,
        "unit": f.unit,
        "values": [
            {"value": num(v.value), "value_max": num(v.value_max), "modifier": v.modifier, "as_of": v.as_of,
             "article": v.article, "sentence": v.sentence, "text": v.text} | ({"recall": v.recall} if v.recall else {})
            for v in f.values
        ],
    }


def _finding(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": f.kind, "about": f.about,
                           "items": [{"article": i.article, "sentence": i.sentence, "text": i.text} for i in f.items]}
    if f.note:
        out["note"] = f.note
    return out


def _timeline_entry(t: TimelineEntry) -> dict[str, Any]:
    """``{value, granularity, text, citations, planned}``, and ``date_source`` ``"published"`` only when
    the entry's day is counted from its article's publication (optional key)."""
    d: dict[str, Any] = {"value": t.value, "granularity": t.granularity, "text": t.text,
                         "citations": _citations(t.citations), "planned": t.planned}
    if t.date_source:
        d["date_source"] = t.date_source
    return d


def _storyline(sl: Storyline) -> dict[str, Any]:
    return {
        "id": sl.id,
        "title": sl.title,
        "stories": list(sl.stories),
        "summary": _summary(sl.summary),
        "timeline": [_timeline_entry(t) for t in sl.timeline],
        "figures": [_figure(f) for f in sl.figures],
        "findings": [_finding(f) for f in sl.findings],
    }


def to_json(dossier: Dossier) -> dict[str, Any]:
    """The dossier as ``kliping.dossier/1`` data (plain dicts/lists, ready for ``json.dump``)."""
    return {
        "schema": SCHEMA_ID,
        "generated": dossier.generated,
        "kliping_version": __version__,
        "articles": [_article(ev, dossier.duplicate_of) for ev in dossier.articles],
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
             "description": e.description, "articles": list(e.articles)}
            for e in dossier.entities
        ],
        "stories": [_story(s) for s in dossier.stories],
        "storylines": [_storyline(sl) for sl in dossier.storylines],
    }


def dumps(obj: dict[str, Any]) -> str:
    """The contract's text form: UTF-8 friendly (no ``\\u`` escapes), indent 2, trailing newline."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def write_json(dossier: Dossier, path: str | Path) -> Path:
    """Write ``to_json(dossier)`` to ``path`` as UTF-8; returns the path."""
    p = Path(path)
    p.write_text(dumps(to_json(dossier)), encoding="utf-8")
    return p
