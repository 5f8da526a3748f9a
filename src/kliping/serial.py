"""Plain ``dict`` <-> dataclass conversion for :class:`Evidence` and :class:`Document`.

The store keeps evidence as JSON so a cache written by one kliping version stays readable by the
next (pickles would tie it to class layouts). The round trip is lossless: ``evidence_from_dict(
evidence_to_dict(ev)) == ev`` for every field, nested lists included. Readers are tolerant of keys
they do not know (a newer writer may add fields) and fill missing optional fields with the
dataclass defaults, so additive model changes do not invalidate a cache.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from kliping.model import (
    Claim,
    Document,
    Evidence,
    Mention,
    Quantity,
    Quote,
    Removal,
    Sentence,
    TimeExpr,
)

T = TypeVar("T")

FORMAT = 1
"""Version of the dict layout; bump when a field changes meaning (not when one is added)."""


def _flat(obj: Any) -> dict[str, Any]:
    """A flat dataclass (no nested dataclasses) as a dict of its fields."""
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def _build(cls: type[T], d: dict[str, Any]) -> T:
    """Build a flat dataclass from ``d``, ignoring unknown keys (written by a newer version)."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in d.items() if k in names})


def document_to_dict(doc: Document) -> dict[str, Any]:
    """A :class:`Document` as JSON-ready data (sentences and removals as lists of dicts)."""
    out = _flat(doc)
    out["sentences"] = [_flat(s) for s in doc.sentences]
    out["removed"] = [_flat(r) for r in doc.removed]
    return out


def document_from_dict(d: dict[str, Any]) -> Document:
    """Inverse of :func:`document_to_dict`."""
    data = dict(d)
    data["sentences"] = [_build(Sentence, s) for s in d.get("sentences", [])]
    data["removed"] = [_build(Removal, r) for r in d.get("removed", [])]
    return _build(Document, data)


_PARTS: dict[str, type] = {
    "mentions": Mention,
    "quantities": Quantity,
    "times": TimeExpr,
    "quotes": Quote,
    "claims": Claim,
}


def evidence_to_dict(ev: Evidence) -> dict[str, Any]:
    """An :class:`Evidence` as JSON-ready data: ``{"format", "doc", "mentions", ...}``."""
    out: dict[str, Any] = {"format": FORMAT, "doc": document_to_dict(ev.doc)}
    for name in _PARTS:
        out[name] = [_flat(x) for x in getattr(ev, name)]
    return out


def evidence_from_dict(d: dict[str, Any]) -> Evidence:
    """Inverse of :func:`evidence_to_dict`; raises ``ValueError`` for an unknown layout version."""
    fmt = d.get("format", FORMAT)
    if fmt != FORMAT:
        raise ValueError(f"evidence dict format {fmt!r} is not supported (expected {FORMAT})")
    if "doc" not in d:
        raise ValueError("evidence dict has no 'doc'")
    parts = {name: [_build(cls, x) for x in d.get(name, [])] for name, cls in _PARTS.items()}
    return Evidence(doc=document_from_dict(d["doc"]), **parts)
