"""Reading inputs: files and directories of ``.txt``, ``.html``/``.htm`` and ``.jsonl``/``.json``.

``read_inputs`` never raises for one bad input: each unusable file or JSON line becomes a
``Problem`` with a one-line reason and the run goes on. JSON files double as *manifests*: an object
with ``path`` attaches metadata (date, outlet, url) to a scraped file next to it. Manifests are
scanned first so that a file named by a manifest is read once, through the manifest, even when the
same directory is also walked.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import math
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kliping.ingest.decode import BIDI_CONTROLS, DecodeError, decode_bytes, decode_utf8_text
from kliping.ingest.metadata import MAX_YEAR, MIN_YEAR, parse_written_published
from kliping.model import Article, Problem

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".jsonl", ".json"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

# Record keys that map onto Article fields; every other key goes to ``Article.meta``.
_FIELDS = ("id", "title", "source", "url", "published", "language")
_BODY_KEYS = ("text", "html", "path")


@dataclass
class _Entry:
    path: Path
    explicit: bool


def read_inputs(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Problem]:
    """Yield an ``Article`` for every usable input and a ``Problem`` for every unusable one.

    Directories are walked recursively in sorted order; files with other extensions inside them are
    ignored silently (a directory of scraped pages holds images and stylesheets), while an
    explicitly named file with an unknown extension is a Problem. ``max_bytes`` bounds the size of
    any one file so a stray dump cannot exhaust memory.
    """
    entries: list[_Entry | Problem] = []
    for raw in paths:
        entries.extend(_expand(Path(raw)))
    files = [e for e in entries if isinstance(e, _Entry)]
    managed = _manifest_targets(f.path for f in files if f.path.suffix.lower() in JSON_SUFFIXES)
    ids = IdRegistry()
    seen: set[Path] = set()
    for entry in entries:
        if isinstance(entry, Problem):
            yield entry
            continue
        path = entry.path
        key = _key(path)
        if key in seen:
            continue
        seen.add(key)
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            if entry.explicit:
                yield Problem(str(path), f"unsupported file type '{path.suffix or '(none)'}' "
                                         "(expected .txt, .html, .htm, .jsonl or .json)")
            continue
        if suffix in HTML_SUFFIXES | JSON_SUFFIXES and _is_report(path):
            # kliping's own dossier.json / dossier.html, e.g. ./out of an earlier run over ".":
            # read as an article it would cite every sentence a second time.
            if entry.explicit:
                yield Problem(str(path), "a kliping report (dossier), not an article")
            continue
        if suffix in JSON_SUFFIXES:
            yield from _read_json_file(path, max_bytes, ids)
        elif key in managed:
            continue  # read through its manifest entry
        else:
            yield from _read_plain(path, max_bytes, ids)


# --------------------------------------------------------------------------- walking


def _expand(path: Path) -> Iterator[_Entry | Problem]:
    try:
        if path.is_dir():
            yield from _walk(path)
            return
        if path.is_file():
            yield _Entry(path, True)
            return
        if not os.path.lexists(path):
            yield Problem(str(path), "no such file or directory")
            return
        path.stat()  # a dangling link or a symlink loop raises here with its own reason
        yield Problem(str(path), "not a regular file or directory")
    except PermissionError:
        yield Problem(str(path), "cannot access: permission denied")
    except OSError as e:
        yield Problem(str(path), f"cannot access: {e.strerror or e}")


def _walk(root: Path) -> Iterator[_Entry | Problem]:
    """Files under ``root`` in sorted path order; unreadable subdirectories become Problems."""
    errors: list[OSError] = []
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(dirpath, f) for f in filenames if not f.startswith("."))
    items: list[tuple[tuple[str, ...], _Entry | Problem]] = []
    for p in found:
        items.append((p.relative_to(root).parts, _Entry(p, False)))
    for err in errors:
        where = Path(err.filename) if err.filename else root
        reason = "permission denied" if isinstance(err, PermissionError) else (err.strerror or str(err))
        parts = where.relative_to(root).parts if where != root and root in where.parents else ()
        items.append((parts, Problem(str(where), f"cannot read directory: {reason}")))
    items.sort(key=lambda it: it[0])
    for _, item in items:
        yield item


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return path.absolute()


# --------------------------------------------------------------------------- size and bytes

# How kliping's reports begin (render/html.py, render/jsonout.py); older HTML reports have no
# generator tag but always the title.
_REPORT_MARKS = (
    b'<meta name="generator" content="kliping">',
    b"<title>Dossier kliping",
    b'"schema": "kliping.dossier/',
)


def _is_report(path: Path) -> bool:
    """Whether ``path`` is a dossier kliping wrote (only its first bytes are read)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as f:
            head = f.read(2048)
    except OSError:
        return False  # the real read reports it
    return any(mark in head for mark in _REPORT_MARKS)


def _read_bytes(path: Path, max_bytes: int) -> bytes | Problem:
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            return Problem(str(path), "is a directory, expected a file")
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
            return Problem(str(path), "not a regular file")
        size = st.st_size
        if size > max_bytes:
            return Problem(str(path), f"file too large ({_mb(size)} > limit {_mb(max_bytes)})")
        data = path.read_bytes()
    except FileNotFoundError:
        return Problem(str(path), "no such file or directory")
    except PermissionError:
        return Problem(str(path), "cannot read file: permission denied")
    except IsADirectoryError:
        return Problem(str(path), "is a directory, expected a file")
    except OSError as e:
        return Problem(str(path), f"cannot read file: {e.strerror or e}")
    if len(data) > max_bytes:  # grew between stat and read
        return Problem(str(path), f"file too large ({_mb(len(data))} > limit {_mb(max_bytes)})")
    return data


def _mb(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def _read_text(path: Path, max_bytes: int) -> str | Problem:
    data = _read_bytes(path, max_bytes)
    if isinstance(data, Problem):
        return data
    if not data.strip():
        return Problem(str(path), "empty file")
    try:
        text = decode_bytes(data)
    except DecodeError as e:
        return Problem(str(path), str(e))
    if not text.strip():
        return Problem(str(path), "empty file (only whitespace)")
    return text


# --------------------------------------------------------------------------- plain files


def _read_plain(path: Path, max_bytes: int, ids: IdRegistry) -> Iterator[Article | Problem]:
    text = _read_text(path, max_bytes)
    if isinstance(text, Problem):
        yield text
        return
    art_id = ids.claim(_safe(path.stem) or "")
    if path.suffix.lower() in HTML_SUFFIXES:
        yield Article(id=art_id, input=_safe(str(path)), html=text)
    else:
        yield Article(id=art_id, input=_safe(str(path)), text=text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _safe(s: str | None) -> str | None:
    """``s`` with lone surrogates replaced by U+FFFD and bidi overrides dropped. Surrogates come
    from file names that are not UTF-8 (``os.fsdecode``) and from ``\\ud800``-style escapes in
    JSON, and no UTF-8 writer accepts them: one in a title used to stop the whole run when the
    reports were written. An override in an id would reorder how its citations are shown."""
    return BIDI_CONTROLS.sub("", _SURROGATE.sub("\ufffd", s)) if s else s


# --------------------------------------------------------------------------- JSON and manifests


def _manifest_targets(json_files: Iterable[Path]) -> set[Path]:
    """Resolved paths of files named by ``path`` in any JSON input (cheap pre-scan)."""
    targets: set[Path] = set()
    for jf in json_files:
        try:
            data = jf.read_bytes()
        except OSError:
            continue  # reported when the file is read for real
        if b'"path"' not in data:
            continue
        decoded = _decode_json(data)
        if isinstance(decoded, DecodeError):
            continue
        for _, obj in _json_objects(decoded, jf):
            if isinstance(obj, dict) and isinstance(obj.get("path"), str) and obj["path"].strip():
                targets.add(_key(jf.parent / obj["path"]))
    return targets


_Lines = list[tuple[int, "str | DecodeError"]]


def _decode_json(data: bytes) -> str | _Lines | DecodeError:
    """The text of a JSON input, or its lines one by one when the whole does not decode.

    A NUL byte or a run of binary junk inside one record of a JSONL makes the whole file fail the
    text test; decoding line by line then keeps every other record (the bad lines become problems
    of their own). It is only done when the file really is JSON Lines: at least a quarter of its
    non-empty lines are JSON objects. Random bytes always hold a chunk that parses as some JSON
    value (a bare number, now and then ``{}``), so a binary file with a ``.jsonl`` name stays one
    problem rather than a problem per chunk of junk. Lines are decoded as UTF-8 with the per-byte
    cp1252 fallback and the text test, never the charset detector, which is slow on junk.
    """
    try:
        return decode_bytes(data)
    except DecodeError as e:
        whole = e
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return whole
    lines: _Lines = []
    objects = 0
    for no, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        line = _decode_line(raw)
        lines.append((no, line))
        if isinstance(line, str) and isinstance(_parse(line), dict):
            objects += 1
    return lines if objects and objects * 4 >= len(lines) else whole


def _decode_line(raw: bytes) -> str | DecodeError:
    """One line of a JSON Lines file that does not decode as a whole: the UTF-8 step of
    ``decode_bytes`` (``decode_utf8_text``), else the ``DecodeError``."""
    text = decode_utf8_text(raw) if b"\x00" not in raw else None
    if text is not None:
        return text
    return DecodeError("binary data, not text (NUL or control bytes)")


_LONG_NUMBER = re.compile(r"[:,\[]\s*-?([0-9]{4301})")


def _parse(text: str) -> Any:
    """``json.loads(text)``, or the ``JSONDecodeError`` saying why not.

    Nesting deeper than Python's recursion limit (``[[[[...`` 100,000 deep) raises RecursionError,
    which is not a JSONDecodeError and used to end the whole run; so does a very long integer.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        # Its message for a raw control character ends in "at", and ours adds " at column N".
        return json.JSONDecodeError(e.msg.removesuffix(" at"), e.doc, e.pos)
    except RecursionError:
        return json.JSONDecodeError("nested too deeply", text, 0)
    except ValueError:
        # Python 3.11+ refuses to convert an integer of more than 4,300 digits (a ValueError that
        # is not a JSONDecodeError); it used to end the whole run.
        m = _LONG_NUMBER.search(text)
        return json.JSONDecodeError("number longer than 4300 digits", text, m.start(1) if m else 0)


def _json_objects(text: str | _Lines, path: Path) -> Iterator[tuple[int | None, Any]]:
    """``(line or item number, parsed value, JSONDecodeError or DecodeError)`` for a JSON input.

    A ``.json`` file may hold one object or an array; when it does not parse as a whole it is read
    as JSON Lines, which is what most ``.json`` exports of scrapers really are. ``text`` may be the
    lines of ``_decode_json`` already decoded one by one.
    """
    if isinstance(text, list):
        for no, line in text:
            if isinstance(line, DecodeError):
                yield no, line
                continue
            yield no, _parse(line)
        return
    if path.suffix.lower() == ".json":
        whole = _parse(text)
        if not isinstance(whole, json.JSONDecodeError):
            if isinstance(whole, list):
                yield from enumerate(whole, 1)
            else:
                yield None, whole
            return
        first = next((ln for ln in text.split("\n") if ln.strip()), "").strip()
        if first in ("{", "[") or not any(
            isinstance(_parse(ln), dict) for ln in text.split("\n") if ln.lstrip().startswith("{")
        ):
            # Not JSON Lines (a pretty print, or no line is a JSON object): one document with one
            # error, reported once where it is, not as a problem for every line. JSON Lines whose
            # first record is broken are read line by line, so the other records are kept.
            yield None, whole
            return
    for no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        yield no, _parse(line)


def _read_json_file(path: Path, max_bytes: int, ids: IdRegistry) -> Iterator[Article | Problem]:
    data = _read_bytes(path, max_bytes)
    if isinstance(data, Problem):
        yield data
        return
    if not data.strip():
        yield Problem(str(path), "empty file")
        return
    text = _decode_json(data)
    if isinstance(text, DecodeError):
        yield Problem(str(path), str(text))
        return
    if isinstance(text, str) and not text.strip():
        yield Problem(str(path), "empty file (only whitespace)")
        return
    is_array = isinstance(text, str) and path.suffix.lower() == ".json" and text.lstrip().startswith("[")
    items = list(_json_objects(text, path))
    bad = (json.JSONDecodeError, DecodeError)
    if len(items) > 1 and all(isinstance(obj, bad) for _, obj in items):
        # Not JSON Lines at all (a CSV, a log, pretty-printed JSON named .jsonl): one line for the
        # file rather than one for each of its lines.
        no, first = items[0]
        why = first.msg if isinstance(first, json.JSONDecodeError) else "binary data"
        yield Problem(str(path), f"not JSON Lines: none of its {len(items)} lines is JSON "
                                 f"(line {no}: {why})")
        return
    any_obj = False
    for no, obj in items:
        any_obj = True
        where = f"{path}:{no}" if no is not None else str(path)
        # ``where`` already names a line of JSON Lines (``f.jsonl:3``); an array's item is named in the reason
        # (``f.json:3: item 3: ...``), its number not being a line's
        prefix = f"item {no}: " if is_array and no is not None else ""
        if isinstance(obj, json.JSONDecodeError):
            at = f"column {obj.colno}" if no is not None else f"line {obj.lineno}, column {obj.colno}"
            yield Problem(where, f"{prefix}not valid JSON ({obj.msg} at {at})")
            continue
        if isinstance(obj, DecodeError):
            yield Problem(where, f"{prefix}binary data, not text (NUL or control bytes)")
            continue
        yield from _record(obj, path, no, where, prefix, max_bytes, ids)
    if not any_obj:
        yield Problem(str(path), "empty file (no JSON objects)")


def _record(
    obj: Any, path: Path, no: int | None, where: str, prefix: str, max_bytes: int, ids: IdRegistry
) -> Iterator[Article | Problem]:
    """The article of one JSON record, or the problem that skips it; a note first when a field is
    dropped but the article kept."""
    notes: list[Problem] = []
    item = _record_item(obj, path, no, where, prefix, max_bytes, ids, notes)
    if isinstance(item, Article):
        yield from notes
    yield item


def _record_item(
    obj: Any, path: Path, no: int | None, where: str, prefix: str, max_bytes: int, ids: IdRegistry,
    notes: list[Problem],
) -> Article | Problem:
    if not isinstance(obj, dict):
        return Problem(where, f"{prefix}expected a JSON object, got {_json_type(obj)}")
    body = [k for k in _BODY_KEYS if obj.get(k) not in (None, "")]
    if not body:
        present = [k for k in _BODY_KEYS if k in obj]
        if present:
            return Problem(where, f"{prefix}empty '{present[0]}'")
        return Problem(where, f"{prefix}missing 'text', 'html' or 'path'")
    fields: dict[str, str | None] = {}
    for k in _FIELDS:
        v = obj.get(k)
        if v is None or v == "":
            fields[k] = None
        elif isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool)) or (
            isinstance(v, float) and math.isfinite(v)  # isfinite overflows on a 400-digit int
        ):
            fields[k] = str(v).strip()
        else:
            return Problem(where, f"{prefix}'{k}' must be a string, got {_json_type(v)}")
    if fields["published"] is not None:
        iso = normalize_published(fields["published"])
        if iso is None:
            # One unreadable field does not lose the article: it is dated from its text (dateline,
            # first dates) like an article without ``published``, and the user is told.
            notes.append(Problem(
                where, f"{prefix}'published' {fields['published']!r} is not a date (expected ISO 8601, "
                       f"'6 Oktober 2025' or '06/10/2025', year {MIN_YEAR}-{MAX_YEAR}); "
                       "kept the article, dated from its text", skipped=False,
            ))
        fields["published"] = iso
    meta = {k: v for k, v in obj.items() if k not in _FIELDS and k not in _BODY_KEYS}
    text = html = None
    input_ = where
    stem_default = f"{path.stem}-{no}" if no is not None else path.stem
    key = body[0]
    value = obj[key]
    if not isinstance(value, str):
        return Problem(where, f"{prefix}'{key}' must be a string, got {_json_type(value)}")
    if key == "path":
        target = path.parent / value
        if target.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
            # As for a file named on the command line: a manifest must not make kliping read any
            # file at all (another JSONL, a key file) as an article.
            return Problem(where, f"{prefix}'path' {value!r}: unsupported file type "
                                  f"'{target.suffix or '(none)'}' (expected .txt, .html or .htm)")
        content = _read_text(target, max_bytes)
        if isinstance(content, Problem):
            return Problem(where, f"{prefix}{content.input}: {content.reason}")
        if target.suffix.lower() in HTML_SUFFIXES:
            html = content
        else:
            text = content
        input_ = str(target)
        meta["manifest"] = where
        stem_default = target.stem
    elif key == "html":
        html = value
    else:
        text = value
    if not (text or html or "").strip():
        return Problem(where, f"{prefix}empty '{key}'")
    return Article(
        id=ids.claim(_safe(fields["id"] or stem_default) or ""),
        input=_safe(input_) or input_,
        text=_safe(text),
        html=_safe(html),
        title=_safe(fields["title"]),
        source=_safe(fields["source"]),
        url=_safe(fields["url"]),
        published=fields["published"],
        language=_safe(fields["language"]),
        meta=meta,
    )


def _json_type(value: Any) -> str:
    """The JSON name of a parsed value's type, for messages (``array``, not ``list``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # NaN / Infinity, which Python's json accepts
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", list: "array", dict: "object"}.get(type(value), type(value).__name__)


_LOOSE_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# The shape the dossier contract requires of ``published`` (render/dossier.schema.json). ASCII
# digits only: ``\d`` also matches Arabic-Indic and other digits, which Python's date parser reads.
_CONTRACT_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", re.ASCII)
# ISO 8601 forms Python 3.11 reads but 3.10 does not (pyproject allows 3.10), parsed here so both
# behave alike: a basic date ``20250304`` or a week date ``2025-W10-2`` / ``2025W102``, alone or
# followed by ``T`` and a time in basic or extended form (``T101500``, ``T10:15Z``).
_BASIC_OR_WEEK_DATE = re.compile(
    r"(?:(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})|(?P<wy>\d{4})-?W(?P<w>\d{2})(?:-?(?P<wd>\d))?)"
    r"(?:T(?P<H>\d{2})(?::?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,](?P<f>\d{1,6})\d*)?)?)?"
    r"(?P<tz>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?",
    re.ASCII,
)


def _basic_or_week(s: str) -> dt.date | None:
    """The date or datetime of a basic or week-date ISO string, else ``None`` (ValueError when its
    numbers are out of range)."""
    m = _BASIC_OR_WEEK_DATE.fullmatch(s)
    if m is None:
        return None
    if m["y"]:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    else:
        day = dt.date.fromisocalendar(int(m["wy"]), int(m["w"]), int(m["wd"] or 1))
    if m["H"] is None:
        return day
    tz = None
    if m["tz"] and m["tz"] not in "Zz":
        sign = -1 if m["tz"][0] == "-" else 1
        hours, minutes = int(m["tz"][1:3]), int(m["tz"][-2:]) if len(m["tz"]) > 3 else 0
        tz = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    elif m["tz"]:
        tz = dt.timezone.utc
    return dt.datetime(
        day.year, day.month, day.day, int(m["H"]), int(m["M"] or 0), int(m["S"] or 0),
        int((m["f"] or "0").ljust(6, "0")), tzinfo=tz,
    )


def normalize_published(value: str) -> str | None:
    """The ISO 8601 string to keep for ``published``, or ``None`` when it is not a date.

    Valid ISO dates and datetimes in extended form are kept exactly as given. Basic dates
    (``20250304``), week dates (``2025-W10-2``), unpadded dates (``2013-12-4``, common in older
    exports), dates in other digits than ASCII and dates written as sites and feeds write them
    (``Senin, 06 Okt 2025 14:30 WIB``, ``Mon, 06 Oct 2025 07:30:00 +0000``, ``6/10/2025``:
    :func:`~kliping.ingest.metadata.parse_written_published`) are rewritten as
    ``YYYY-MM-DD[THH:MM...]`` so ``Document.anchor`` and the dossier contract can read them. A year outside
    ``MIN_YEAR``..``MAX_YEAR`` is not a news date.
    """
    s = value.strip()
    parsed: dt.date | None
    try:
        parsed = _basic_or_week(s)
        if parsed is None:
            if len(s) <= 10:
                parsed = dt.date.fromisoformat(s)
            else:
                parsed = dt.datetime.fromisoformat(s[:-1] + "+00:00" if s.endswith(("Z", "z")) else s)
    except ValueError:
        m = _LOOSE_DATE.fullmatch(s)
        try:
            parsed = dt.date(int(m[1]), int(m[2]), int(m[3])) if m else parse_written_published(s)
        except ValueError:
            parsed = None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return s if _CONTRACT_DATE.fullmatch(s) else parsed.isoformat()


class IdRegistry:
    """Hands out unique article ids: a repeated id gets ``-2``, ``-3``... appended."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def claim(self, want: str) -> str:
        want = want.strip() or "article"
        cand, n = want, 1
        while cand in self._seen:
            n += 1
            cand = f"{want}-{n}"
        self._seen.add(cand)
        return cand
