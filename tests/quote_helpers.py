"""Builders shared by the quote tests: a document from text, its direct quotes, hand-made mentions."""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from kliping.model import Document, Mention
from kliping.text import split_sentences


def doc(text: str) -> Document:
    return Document(id="t", input="t", text=text, sentences=split_sentences(text))


def direct(text: str, mentions: list[Mention] | None = None):
    return [q for q in extract_quotes(doc(text), mentions) if q.direct]


def mention(text: str, name: str, typ: str = "PERSON", title: str | None = None, nth: int = 0) -> Mention:
    """A mention of ``name`` (its ``nth`` occurrence) with sentence-relative offsets."""
    d = doc(text)
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    si, off = d.locate(at)
    return Mention(name, typ, si, off, off + len(name), title=title)


def mentions(text: str, names: list[str], typ: str = "PERSON") -> list[Mention]:
    """Every occurrence of every name as a mention, in text order."""
    out = []
    for name in names:
        out.extend(mention(text, name, typ, nth=i) for i in range(text.count(name)))
    return out


def typed_mentions(text: str, specs: list[tuple[str, ...]]) -> list[Mention]:
    """Every occurrence of each ``(name, type[, title])`` as a mention, in text order."""
    out = [mention(text, spec[0], spec[1], spec[2] if len(spec) > 2 else None, nth=i)
           for spec in specs for i in range(text.count(spec[0]))]
    return sorted(out, key=lambda m: (m.sentence, m.start))
