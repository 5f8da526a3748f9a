"""``clean``: one ``Article`` to one ``Document`` (main text, boilerplate removed, metadata filled)."""

from __future__ import annotations

import hashlib
import itertools
import re

from kliping.ingest.boilerplate import heading_key, strip_boilerplate
from kliping.ingest.decode import normalize_text
from kliping.ingest.glue import glue_breaks, unglue
from kliping.ingest.html import PageMeta, html_to_text
from kliping.ingest.metadata import (
    canonical_outlet,
    detect_language,
    find_dateline,
    infer_published,
    normalize_source,
    outlet_from_text,
)
from kliping.ingest.readers import normalize_published
from kliping.model import Article, ArticleError, Document
from kliping.text import split_sentences

_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 3
# Longest text one article may have: ~30 times the longest news report seen in the dev sets
# (18,000 characters). Beyond it an input is a dump, not an article, and linking and summarising
# its hundreds of thousands of sentences would stall the whole run.
MAX_TEXT_CHARS = 500_000


def clean(article: Article) -> Document:
    """Clean ``article`` into a ``Document``; raise ``ArticleError`` when no usable text remains.

    Metadata given in the input always wins; what is missing is read from the HTML page's own tags,
    then from the text (headline, dateline, in-text dates), and a date found in the text is marked
    ``published_inferred``. The body keeps every line that is not boilerplate, dateline included.
    """
    page = PageMeta()
    if article.html is not None:
        raw, page = html_to_text(article.html)
    else:
        raw = article.text or ""
    if len(raw) > MAX_TEXT_CHARS:
        raise ArticleError(f"text too long ({len(raw):,} characters > limit {MAX_TEXT_CHARS:,}); "
                           "not one news article")
    text = normalize_text(raw)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    given_title = _one_line(article.title) or _one_line(page.title)
    headings = frozenset(heading_key(normalize_text(h)) for h in page.headings)
    stripped = strip_boilerplate(lines, given_title, headings=headings)
    # ``daridetikFinance``: the space lost around inline markup, restored in the kept text only
    # (the removals keep the page's own words for the audit); a list flattened into one line gets
    # its items back as lines of their own.
    stripped.lines = [unglue(part) for i, ln in enumerate(stripped.lines)
                      for part in split_list_items(ln, stripped.lines[i - 1] if i else "")]
    body = "\n".join(stripped.lines)
    if len(_WORD.findall(body)) < _MIN_WORDS:
        where = "after removing boilerplate" if stripped.removed else "in the input"
        # The message is the reason only: the caller's Problem already names the input.
        raise ArticleError(f"no usable text {where}")

    given_source = (
        normalize_source(_one_line(article.source))
        or normalize_source(_one_line(page.site_name))
        or canonical_outlet(article.url or page.url)
    )
    dateline = find_dateline(stripped.lines[0], given_source) if stripped.lines else None
    source = given_source or (dateline.outlet if dateline else None) or outlet_from_text(body)

    published, inferred = article.published, False
    if published is None and page.published:
        published = normalize_published(page.published) or _date_prefix(page.published)
        inferred = page.published_guessed
    if published is None:
        published = infer_published(stripped.lines)
        inferred = published is not None

    return Document(
        id=article.id,
        input=article.input,
        text=body,
        sentences=split_sentences(body),
        title=stripped.title,
        source=source,
        url=article.url or page.url,
        published=published,
        published_inferred=inferred,
        language=article.language or detect_language(body),
        dateline=dateline.city if dateline else None,
        removed=stripped.removed,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
    )


_FIRST_WORD = re.compile(r"[A-Z][a-z]+\b")
# A bullet list run into its introduction: ``beberapa titik:- Kampung A ... terendam- Kampung B``.
# The colon glued to a dash opens it; each later dash glued to the word before it (no space before,
# a space and a capital or digit after) opens the next item.
_DASH_LIST_OPEN = re.compile(r":-\s+(?=[A-Z0-9])")
_DASH_ITEM = re.compile(r"(?<=[^\s-])-\s+(?=[A-Z0-9])")


def split_list_items(line: str, before: str = "") -> list[str]:
    """The items of a list whose line breaks the page lost, one per line (``[line]`` otherwise).

    The items run together, so the whole list would be one sentence and a citation could not point
    to one item. Two shapes, both seen in scraped news:

    * no space where one item ends and the next begins (``Kampung A RT 01, rumah Budi
      terendamKampung B RT 06, rumah Sari terendam``): a lost space (``glue_breaks``) is an item
      boundary only when the word after it is the capitalised word that opens the line (the items
      repeat their head word) and the line follows a colon (``banjir melanda beberapa titik:``) or
      the head word repeats at two such places. Any other lost space is a word glued by inline
      markup (``dariAntara``, ``bukuHerbal``) and gets its space back (``unglue``, by the caller);
    * dash bullets glued to the introduction and to each item before (``beberapa titik:- Kampung A
      ... terendam- Kampung B ...``): the introduction and each ``- item`` become lines, when the
      colon-dash opens two items or more. A dash with spaces on both sides is a dash, and
      ``kapal-kapal`` has no space after it.
    """
    opened = _DASH_LIST_OPEN.search(line)
    if opened is not None:
        cuts = [opened.start() + 1] + [m.start() for m in _DASH_ITEM.finditer(line, opened.end())]
        if len(cuts) >= 2:
            return _cut(line, cuts)
    head = _FIRST_WORD.match(line)
    if head is None:
        return [line]
    word = head.group()
    cuts = [b for b in glue_breaks(line) if line.startswith(word, b)
            and not line[b + len(word):b + len(word) + 1].isalnum() and line[b - 1:b].islower()]
    if not cuts or not (before.rstrip().endswith(":") or len(cuts) >= 2):
        return [line]
    return _cut(line, cuts)


def _cut(line: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(line)]
    return [line[a:b] for a, b in itertools.pairwise(bounds) if line[a:b].strip()]


def _one_line(s: str | None) -> str | None:
    """A title or outlet name normalised as the body is (no control, zero-width or bidi
    characters), on one line."""
    s = " ".join(normalize_text(s or "").split())
    return s or None


def _date_prefix(s: str) -> str | None:
    """``2024-03-05`` from a looser page date such as ``2024-03-05 08:15:00 WIB``."""
    return normalize_published(s[:10]) if len(s) >= 10 else None
