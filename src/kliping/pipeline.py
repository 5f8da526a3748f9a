"""Run the stages over a set of inputs: read → clean → extract (cached in the store) → link → synth.

The per-article stages (``clean``, ``extract``) are pure functions of one article, so they run in a
process pool when there are enough articles to pay for starting workers; ``link`` and ``synthesize``
see all articles at once and run in the main process. One bad article never stops a run: it becomes
a :class:`~kliping.model.Problem` and the rest go on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kliping import __version__
from kliping.model import Article, ArticleError, Document, Dossier, Evidence, Problem

# Everything that decides what per-article evidence looks like: a change to any of these files
# must invalidate evidence cached in a store.
# What produces the cached evidence, and how it is written down (``serial.py``): a change to either
# must not read rows of the other version.
_EVIDENCE_SOURCES = ("ingest", "text", "extract", "lang", "models", "model.py", "serial.py")


@functools.cache
def pipeline_version() -> str:
    """``<version>+<digest>`` of the code, language data and models that produce evidence.

    A digest rather than a hand-bumped number: a forgotten bump would silently serve stale evidence
    from the store after the extractors or the NER model changed.
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _EVIDENCE_SOURCES:
        base = root / name
        files = [base] if base.is_file() else sorted(base.rglob("*"))
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"

def _ignore_interrupt() -> None:
    """Pool workers leave Ctrl-C to the parent, which stops the run and says so in one line;
    otherwise every worker prints a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def make_pool(n_workers: int) -> ProcessPoolExecutor:
    """The process pool of a large run (workers ignore Ctrl-C, see ``_ignore_interrupt``)."""
    return ProcessPoolExecutor(max_workers=n_workers, initializer=_ignore_interrupt)


# Below this many articles a process pool costs more (start-up, model loading) than it saves.
MIN_ARTICLES_FOR_POOL = 200
BATCH_SIZE = 64


@dataclass
class RunResult:
    """What one analysis run produced, and what it had to skip (``problems``; notes on inputs it
    kept despite a bad field have ``skipped=False``)."""

    dossier: Dossier
    problems: list[Problem] = field(default_factory=list)
    read: int = 0
    cached: int = 0
    seconds: float = 0.0


def _clean_one(article: Article) -> Document | Problem:
    from kliping.ingest import clean

    try:
        return clean(article)
    except ArticleError as exc:
        return Problem(article.input, str(exc))
    except Exception as exc:  # a bug on one article must not lose the others
        return Problem(article.input, f"internal error while cleaning ({type(exc).__name__}: {exc})")


def _extract_one(doc: Document) -> Evidence | Problem:
    from kliping.extract import extract

    try:
        return extract(doc)
    except ArticleError as exc:
        return Problem(doc.input, str(exc))
    except Exception as exc:
        return Problem(doc.input, f"internal error while extracting ({type(exc).__name__}: {exc})")


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_articles(
    articles: list[Article],
    *,
    store=None,
    executor: Executor | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> tuple[list[Evidence], list[Problem], int]:
    """Clean and extract every article, reusing evidence cached in ``store`` by content hash.

    Returns evidence in input order, the problems, and how many articles came from the cache.
    Each batch's new evidence is committed to the store in one transaction, so an interrupted run
    keeps every batch already committed.
    """
    mapper = executor.map if executor is not None else map
    version = pipeline_version()
    evidence: list[Evidence] = []
    problems: list[Problem] = []
    cached = 0
    for batch in _batches(articles, BATCH_SIZE):
        docs: list[Document] = []
        for result in mapper(_clean_one, batch):
            (problems if isinstance(result, Problem) else docs).append(result)
        todo: list[Document] = []
        found: dict[int, Evidence] = {}
        for i, doc in enumerate(docs):
            hit = store.get(doc.content_hash, version) if store is not None else None
            if hit is not None:
                # Same text, maybe other metadata (id, source, date): keep this run's document.
                found[i] = dataclasses.replace(hit, doc=doc)
            else:
                todo.append(doc)
        cached += len(found)
        fresh = iter(mapper(_extract_one, todo))
        new: list[Evidence] = []
        for i, _doc in enumerate(docs):
            if i in found:
                evidence.append(found[i])
                continue
            result = next(fresh)
            if isinstance(result, Problem):
                problems.append(result)
            else:
                evidence.append(result)
                new.append(result)
        if store is not None and new:
            store.put_many(new, version)
        if on_progress is not None:
            on_progress(len(batch))
    return evidence, problems, cached


def analyze(
    paths: Iterable[str | os.PathLike],
    *,
    db: str | os.PathLike | None = None,
    workers: int | None = None,
    embed: bool = False,
    on_problem: Callable[[Problem], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> RunResult:
    """Analyse the articles under ``paths`` into a :class:`Dossier`.

    ``db`` is an SQLite file caching per-article evidence (created when missing). ``workers`` caps
    the process pool (default: the machine's cores, used only for large runs).
    """
    from kliping.ingest import read_inputs
    from kliping.link import link
    from kliping.synth import synthesize

    started = time.perf_counter()
    problems: list[Problem] = []
    articles: list[Article] = []
    for item in read_inputs([Path(p) for p in paths]):
        if isinstance(item, Problem):
            problems.append(item)
            if on_problem:
                on_problem(item)
        else:
            articles.append(item)
    if on_total:
        on_total(len(articles))

    store = None
    if db is not None:
        from kliping.store import Store

        store = Store(db)
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    executor = None
    if n_workers > 1 and len(articles) >= MIN_ARTICLES_FOR_POOL:
        executor = make_pool(n_workers)
    try:
        evidence, skipped, cached = process_articles(
            articles, store=store, executor=executor, on_progress=on_progress
        )
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)  # after Ctrl-C: no queued batch is started
        if store is not None:
            store.close()
    for problem in skipped:
        problems.append(problem)
        if on_problem:
            on_problem(problem)

    story = link(evidence, embed=embed)
    dossier = synthesize(story)
    dossier.generated = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return RunResult(
        dossier=dossier,
        problems=problems,
        read=len(evidence),
        cached=cached,
        seconds=time.perf_counter() - started,
    )
