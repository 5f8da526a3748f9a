"""HTML pages to main text and page metadata, offline.

trafilatura finds the article body (dropping navigation, comments and tables) and keeps paragraphs
as lines; the body's headings (``<h2>`` crossheads) are reported apart, so that cleaning can take
them out of the report's sentences. Publication time, site name and canonical URL are read from the page's own ``<meta>``
tags with lxml first, because those are what the publisher declared; trafilatura's heuristic date is
only a fallback and is marked as inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree

_META_PUBLISHED = (
    "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
    "dc.date.issued", "dc.date", "date", "content_PublishedDate", "publish-date",
)


@dataclass
class PageMeta:
    """What an HTML page says about itself; ``published_guessed`` marks a heuristic date.
    ``headings`` are the texts of the heading elements in the extracted body, whitespace collapsed."""

    title: str | None = None
    site_name: str | None = None
    url: str | None = None
    published: str | None = None
    published_guessed: bool = False
    headings: tuple[str, ...] = field(default_factory=tuple)


def html_to_text(html: str) -> tuple[str, PageMeta]:
    """Main text of ``html`` (paragraphs as lines; ``""`` when nothing usable) and its metadata."""
    meta = _meta_tags(html)
    text = ""
    try:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            with_metadata=True,
            url=meta.url,
        )
    except Exception:  # a malformed page is one article's problem, decided by the caller
        doc = None
    if doc is not None:
        text = doc.text or ""
        meta.headings = _body_headings(doc.body)
        meta.title = meta.title or _clean(doc.title)
        meta.site_name = meta.site_name or _clean(doc.sitename)
        meta.url = meta.url or _clean(doc.url)
        if not meta.published and doc.date:
            meta.published, meta.published_guessed = doc.date, True
    if not text.strip():
        text, meta.headings = _paragraph_fallback(html)
    return text, meta


def _body_headings(body: object) -> tuple[str, ...]:
    """Texts of trafilatura's ``<head>`` elements (the page's ``<h1>``-``<h6>`` inside the body)."""
    if body is None:
        return ()
    try:
        heads = body.iter("head")  # type: ignore[attr-defined]
    except AttributeError:
        return ()
    out = []
    for el in heads:
        t = " ".join("".join(el.itertext()).split())
        if t:
            out.append(t)
    return tuple(out)


def _clean(v: str | None) -> str | None:
    v = (v or "").strip()
    return v or None


def _meta_tags(html: str) -> PageMeta:
    meta = PageMeta()
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return meta
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip()
        content = (el.get("content") or "").strip()
        if name and content:
            found.setdefault(name.lower(), content)
    for el in root.iter("time"):
        if el.get("itemprop") == "datePublished" and el.get("datetime"):
            found.setdefault("datepublished", el.get("datetime").strip())
    for key in _META_PUBLISHED:
        if key.lower() in found:
            meta.published = found[key.lower()]
            break
    meta.site_name = found.get("og:site_name") or found.get("application-name")
    meta.title = found.get("og:title") or found.get("twitter:title")
    if not meta.title:
        t = root.find(".//title")
        if t is not None and t.text_content().strip():
            meta.title = t.text_content().strip()
    canon = root.find(".//link[@rel='canonical']")
    meta.url = (canon.get("href") if canon is not None else None) or found.get("og:url")
    return meta


_BLOCKS = ("p", "h1", "h2", "h3", "li", "blockquote")
_HEADINGS = frozenset({"h1", "h2", "h3"})


def _paragraph_fallback(html: str) -> tuple[str, tuple[str, ...]]:
    """Text of block elements, for short pages where trafilatura declines to extract anything, and
    the texts of the headings among them."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return "", ()
    for bad in root.xpath("//script|//style|//nav|//footer|//header|//aside|//form|//noscript"):
        bad.drop_tree()
    lines, heads = [], []
    for el in root.iter(*_BLOCKS):
        if any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue
        t = re.sub(r"\s+", " ", el.text_content()).strip()
        if t:
            lines.append(t)
            if el.tag in _HEADINGS:
                heads.append(t)
    if not lines:
        body = root.find(".//body")
        t = (body if body is not None else root).text_content()
        lines = [ln.strip() for ln in t.splitlines() if ln.strip()]
    return "\n".join(lines), tuple(heads)
