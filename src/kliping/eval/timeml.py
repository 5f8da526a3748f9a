"""Read time-expression gold: TimeML ``.tml`` files and the project's annotation-only TSV.

TimeML files carry the text with ``<TIMEX3 tid type value>…</TIMEX3>`` inline. Files seen in the
wild are not always well-formed XML (stray ``&``, undeclared namespace prefixes, a missing root,
HTML entities such as ``&nbsp;``), so this reader does not use an XML parser: it walks the tags with
one regex, keeps the character data (entities unescaped, CDATA kept verbatim), and records each
TIMEX3's span in the stripped text. When a ``<TEXT>`` element is present only its content is the
article body (the headline and document id around it are metadata); the document creation time is
the ``TIMEX3`` with ``functionInDocument="CREATION_TIME"`` or the content of ``<DCT>``, and it is not
itself a gold expression.

The TSV gold of ``devsets/timex`` holds no text, only ``article_id, start, end, type, value`` with
offsets into the raw ``text`` field of a JSONL article; :func:`read_tsv` reads it and
:func:`load_articles` finds the articles it points at.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# A tag, comment, CDATA section, processing instruction or doctype.
_MARKUP = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>"
    r"|<(?P<close>/)?\s*(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(?P<empty>/)?\s*>",
    re.DOTALL,
)
_ATTR = re.compile(r"([A-Za-z_][\w.:-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))")
_DATE_IN = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


@dataclass
class GoldTimex:
    """One gold time expression: ``[start, end)`` in the document text, TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str | None
    tid: str | None = None


@dataclass
class GoldDoc:
    """A gold document: its text, creation date (the anchor, ISO) and time expressions."""

    id: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)
    title: str | None = None


def _local(name: str) -> str:
    """``tml:TIMEX3`` and ``{ns}TIMEX3`` name the same element as ``TIMEX3``; case is ignored."""
    return name.rsplit(":", 1)[-1].rsplit("}", 1)[-1].upper()


def _attrs(raw: str) -> dict[str, str]:
    out = {}
    for m in _ATTR.finditer(raw or ""):
        value = next(v for v in m.groups()[1:] if v is not None)
        out[_local(m[1]).lower()] = html.unescape(value)
    return out


def _iso_date(value: str | None) -> str | None:
    """``2013-10-18``, ``20131018``, ``2013-10-18T09:00`` → ``2013-10-18``; else ``None``."""
    m = _DATE_IN.search(value or "")
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def parse_tml(source: str, doc_id: str = "doc") -> GoldDoc:
    """Parse TimeML text into a :class:`GoldDoc` (see the module docstring for the rules)."""
    # Pass 1: walk the markup, building the stripped text of everything and of <TEXT> separately.
    parts: list[str] = []
    length = 0
    in_text: list[tuple[int, int]] = []  # [start, end) ranges of <TEXT> content in the stripped text
    text_open: int | None = None
    stack: list[tuple[dict[str, str], int]] = []  # open TIMEX3s: attributes, start offset
    spans: list[tuple[int, int, dict[str, str]]] = []
    dct_open: int | None = None
    dct_ranges: list[tuple[int, int]] = []
    meta_ranges: list[tuple[int, int]] = []  # <DOCID>/<TITLE> content: not body text
    title_open: int | None = None
    title: str | None = None
    docid_open: int | None = None
    docid: str | None = None
    dct_value: str | None = None
    pos = 0

    def add(chunk: str) -> None:
        nonlocal length
        if chunk:
            parts.append(chunk)
            length += len(chunk)

    for m in _MARKUP.finditer(source):
        add(html.unescape(source[pos : m.start()]))
        pos = m.end()
        if m["cdata"] is not None:
            add(m["cdata"])
            continue
        if not m["name"]:
            continue
        name = _local(m["name"])
        closing, empty = bool(m["close"]), bool(m["empty"])
        if name == "TEXT":
            if closing and text_open is not None:
                in_text.append((text_open, length))
                text_open = None
            elif not closing and not empty:
                text_open = length
        elif name == "DCT":
            if closing and dct_open is not None:
                dct_ranges.append((dct_open, length))
                if dct_value is None:
                    dct_value = _iso_date("".join(parts)[dct_open:length])
                dct_open = None
            elif not closing and not empty:
                dct_open = length
        elif name == "TITLE":
            if closing and title_open is not None:
                title = " ".join("".join(parts)[title_open:length].split()) or None
                meta_ranges.append((title_open, length))
                title_open = None
            elif not closing and not empty:
                title_open = length
        elif name == "DOCID":
            if closing and docid_open is not None:
                docid = "".join(parts)[docid_open:length].strip() or None
                meta_ranges.append((docid_open, length))
                docid_open = None
            elif not closing and not empty:
                docid_open = length
        elif name == "TIMEX3":
            if closing:
                if stack:
                    attrs, start = stack.pop()
                    spans.append((start, length, attrs))
                continue
            attrs = _attrs(m["attrs"])
            if attrs.get("functionindocument", "").upper() == "CREATION_TIME":
                dct_value = _iso_date(attrs.get("value")) or dct_value
                attrs["_dct"] = "1"
            if empty:
                continue  # a non-consuming TIMEX3 has no extent to recognise
            stack.append((attrs, length))
    add(html.unescape(source[pos:]))
    full = "".join(parts)
    if text_open is not None:
        in_text.append((text_open, length))

    def inside(ranges: list[tuple[int, int]], s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in ranges)

    # Pass 2: choose the body and move spans into its coordinates.
    if in_text:
        pieces, offsets = [], []
        base = 0
        for a, b in in_text:
            offsets.append((a, b, base))
            pieces.append(full[a:b])
            base += b - a + 1
        body = "\n".join(pieces)

        def to_body(s: int, e: int) -> tuple[int, int] | None:
            for a, b, off in offsets:
                if a <= s and e <= b:
                    return s - a + off, e - a + off
            return None
    else:  # no <TEXT>: everything but the creation time, id and title is the body
        cut = sorted(dct_ranges + meta_ranges)
        keep, prev = [], 0
        for a, b in cut:
            if a >= prev:
                keep.append((prev, a))
                prev = b
        keep.append((prev, len(full)))
        body = "".join(full[a:b] for a, b in keep)

        def to_body(s: int, e: int) -> tuple[int, int] | None:
            if inside(cut, s, e):
                return None
            removed = sum(b - a for a, b in cut if b <= s)
            return s - removed, e - removed

    timexes = []
    for s, e, attrs in sorted(spans, key=lambda x: (x[0], x[1])):
        if attrs.get("_dct") or inside(dct_ranges, s, e):
            continue
        where = to_body(s, e)
        if where is None:
            continue
        a, b = where
        while a < b and body[a].isspace():  # annotators' spans sometimes include edge spaces
            a += 1
        while b > a and body[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        timexes.append(GoldTimex(a, b, attrs.get("type", "").upper() or "DATE", attrs.get("value") or None,
                                 attrs.get("tid")))
    return GoldDoc(docid or doc_id, body, dct_value, timexes, title)


def read_tml(path: str | Path) -> GoldDoc:
    """Read one ``.tml`` file (UTF-8, a BOM and undecodable bytes tolerated)."""
    p = Path(path)
    return parse_tml(p.read_bytes().decode("utf-8-sig", errors="replace"), p.stem)


def tml_files(paths: Iterable[str | Path]) -> list[Path]:
    """``.tml`` files named or found (recursively) under the given directories, sorted."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix.lower() in (".tml", ".timeml")))
        else:
            out.append(p)
    return out


# --------------------------------------------------------------------------- annotation-only TSV

TSV_COLUMNS = ("article_id", "start", "end", "type", "value")


def read_tsv(path: str | Path) -> dict[str, list[GoldTimex]]:
    """``article_id -> gold expressions`` from an annotation-only TSV (header row, ``#`` comments).

    An empty ``value`` cell means the value is unknown (no anchor); an article listed with a
    ``-`` type row and no expressions is an annotated article without any time expression.
    """
    out: dict[str, list[GoldTimex]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t")
        for row in rows:
            if not row or row[0] == "article_id":
                continue
            if len(row) < 4:
                raise ValueError(f"{path}: expected {len(TSV_COLUMNS)} tab-separated columns, got {row!r}")
            aid, start, end, typ = row[0], int(row[1]), int(row[2]), row[3]
            value = row[4] if len(row) > 4 and row[4] else None
            items = out.setdefault(aid, [])
            if typ != "-":
                items.append(GoldTimex(start, end, typ, value))
    return out


def write_tsv(path: str | Path, gold: dict[str, list[GoldTimex]]) -> None:
    """Write gold in the annotation-only TSV format (no text), articles and spans in order."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(TSV_COLUMNS) + "\n")
        for aid, items in gold.items():
            if not items:
                f.write(f"{aid}\t0\t0\t-\t\n")
            for t in sorted(items, key=lambda t: (t.start, t.end)):
                f.write(f"{aid}\t{t.start}\t{t.end}\t{t.type}\t{t.value or ''}\n")


def load_articles(corpus: Path, ids: set[str]) -> dict[str, dict]:
    """The JSONL rows (``id``, ``text``, ``published``...) under ``corpus`` whose id is in ``ids``."""
    found: dict[str, dict] = {}
    files = [corpus] if corpus.is_file() else sorted(corpus.rglob("*.jsonl"))
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                if str(row.get("id")) in ids:
                    found[str(row["id"])] = row
    return found
