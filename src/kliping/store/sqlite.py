"""SQLite cache of per-article evidence, keyed by content hash and pipeline version.

Why SQLite: one file, stdlib, safe for several readers and one writer at a time (WAL mode), and a
transaction per batch means an interrupted run keeps every batch it already committed, so a rerun
only extracts what is missing.

The key of an article is ``(content_hash, pipeline)``: the same text extracted by the same pipeline
version is stored once (idempotent ``put``); a new pipeline version gets its own rows instead of
reading stale evidence. Evidence is stored as JSON (``kliping.serial``), not pickles, so a cache
outlives class-layout changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from kliping.model import Document, Evidence
from kliping.serial import evidence_from_dict, evidence_to_dict

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS evidence (
    content_hash TEXT NOT NULL,
    pipeline     TEXT NOT NULL,
    article_id   TEXT NOT NULL,
    data         TEXT NOT NULL,
    stored       TEXT NOT NULL,
    PRIMARY KEY (content_hash, pipeline)
);
CREATE INDEX IF NOT EXISTS evidence_article ON evidence (article_id);
CREATE TABLE IF NOT EXISTS runs (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    started  TEXT NOT NULL,
    finished TEXT,
    inputs   TEXT NOT NULL,
    stats    TEXT
);
"""


class StoreError(RuntimeError):
    """The store file cannot be used; the message is one line naming the file and the reason."""


def content_hash(doc: Document) -> str:
    """The document's ``content_hash``, or the SHA-256 of its text when ingest left it empty."""
    if doc.content_hash:
        return doc.content_hash
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def article_key(doc: Document, pipeline: str) -> str:
    """A single-string cache key: ``<content hash>:<pipeline version>``."""
    return f"{content_hash(doc)}:{pipeline}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    """Evidence cache over one SQLite file. Usable as a context manager.

    One ``Store`` may be shared by threads (calls are serialised by a lock); separate processes
    open their own ``Store`` on the same path, which WAL mode and the busy timeout make safe.
    """

    def __init__(self, path: str | Path, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db = None  # type: ignore[assignment]
        try:
            if str(path) != ":memory:":
                parent = self.path.parent
                if parent.exists() and not parent.is_dir():
                    raise StoreError(f"{self.path}: cannot use as a store: {parent} is not a directory")
                parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves so a batch is exactly one transaction.
            self._db = sqlite3.connect(
                str(path), timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            with self._lock:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._create_schema()
                    self._db.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
        except (sqlite3.Error, OSError) as exc:
            # A directory, a file that is not a database, an unwritable place: one line, and the
            # file is left as it was (it may be something else the user cares about).
            if self._db is not None:
                self._db.close()
            reason = getattr(exc, "strerror", None) or str(exc)
            raise StoreError(f"{self.path}: cannot use as a store: {reason}") from exc
        except BaseException:
            if self._db is not None:
                self._db.close()
            raise

    def _create_schema(self) -> None:
        for stmt in _SCHEMA.split(";"):
            if stmt.strip():
                self._db.execute(stmt)
        row = self._db.execute("SELECT version FROM schema_version").fetchone()
        if row is None:
            self._db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {row[0]} is not supported "
                f"(this kliping writes version {SCHEMA_VERSION}); use a new cache file"
            )

    def _rollback(self) -> None:
        """Roll back the open transaction, if any: an interrupt may land after COMMIT succeeded,
        and a failed ROLLBACK would hide the interrupt behind a "no transaction" error."""
        if self._db is not None and self._db.in_transaction:
            self._db.execute("ROLLBACK")

    # ----------------------------------------------------------------- evidence

    def get(self, content_hash: str, pipeline: str) -> Evidence | None:
        """The cached evidence for this text and pipeline version, or ``None``."""
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM evidence WHERE content_hash = ? AND pipeline = ?",
                (content_hash, pipeline),
            ).fetchone()
            if row is None:
                return None
            try:
                return evidence_from_dict(json.loads(row[0]))
            except (ValueError, KeyError, TypeError, AttributeError, IndexError):
                # An unreadable row (edited by hand, or written by code whose evidence format
                # differs) is a cache miss, not a crash of the run: drop it so it is extracted anew.
                self._db.execute(
                    "DELETE FROM evidence WHERE content_hash = ? AND pipeline = ?", (content_hash, pipeline)
                )
                return None

    def put(self, ev: Evidence, pipeline: str) -> bool:
        """Store ``ev``; returns ``False`` when this text was already stored for ``pipeline``."""
        return self.put_many([ev], pipeline) == 1

    def put_many(self, evs: Iterable[Evidence], pipeline: str) -> int:
        """Store a batch in ONE transaction; returns how many rows were new.

        If anything raises while the batch is written (including the iterable itself), the whole
        batch is rolled back and earlier committed batches stay. Call once per batch to make an
        interrupted run resumable.
        """
        added = 0
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for ev in evs:
                    cur = self._db.execute(
                        "INSERT OR IGNORE INTO evidence (content_hash, pipeline, article_id, data, stored) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (
                            content_hash(ev.doc),
                            pipeline,
                            ev.doc.id,
                            json.dumps(evidence_to_dict(ev), ensure_ascii=False, separators=(",", ":")),
                            _now(),
                        ),
                    )
                    added += cur.rowcount
                self._db.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
        return added

    def count(self, pipeline: str | None = None) -> int:
        """Number of stored evidence rows (for one pipeline version when given)."""
        with self._lock:
            if pipeline is None:
                row = self._db.execute("SELECT COUNT(*) FROM evidence").fetchone()
            else:
                row = self._db.execute("SELECT COUNT(*) FROM evidence WHERE pipeline = ?", (pipeline,)).fetchone()
        return int(row[0])

    def ids(self, pipeline: str | None = None) -> list[str]:
        """Article ids of the stored evidence, in the order they were stored."""
        with self._lock:
            if pipeline is None:
                rows = self._db.execute("SELECT article_id FROM evidence ORDER BY rowid").fetchall()
            else:
                rows = self._db.execute(
                    "SELECT article_id FROM evidence WHERE pipeline = ? ORDER BY rowid", (pipeline,)
                ).fetchall()
        return [r[0] for r in rows]

    # ----------------------------------------------------------------- runs

    def begin_run(self, inputs: Iterable[str | Path]) -> int:
        """Record the start of an analysis run over ``inputs``; returns the run id."""
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO runs (started, inputs) VALUES (?, ?)",
                (_now(), json.dumps([str(p) for p in inputs], ensure_ascii=False)),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, stats: dict[str, Any]) -> None:
        """Record the end of run ``run_id`` with its statistics (any JSON-ready dict)."""
        with self._lock:
            cur = self._db.execute(
                "UPDATE runs SET finished = ?, stats = ? WHERE id = ?",
                (_now(), json.dumps(stats, ensure_ascii=False, sort_keys=True), run_id),
            )
        if cur.rowcount != 1:
            raise KeyError(f"no run with id {run_id}")

    def run(self, run_id: int) -> dict[str, Any] | None:
        """One run record: ``{"id", "started", "finished", "inputs", "stats"}`` or ``None``."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, started, finished, inputs, stats FROM runs WHERE id = ?", (run_id,)
            ).fetchone()
        if row is None:
            return None
        return {
            "id": row[0],
            "started": row[1],
            "finished": row[2],
            "inputs": json.loads(row[3]),
            "stats": json.loads(row[4]) if row[4] is not None else None,
        }

    # ----------------------------------------------------------------- lifecycle

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
