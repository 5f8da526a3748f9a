"""``kliping`` command line.

Exit codes: 0 every input was read, 1 some inputs were skipped (each reported on stderr in one
line naming the file and the reason) or nothing could be read, 2 usage error (including an output
directory or store file that cannot be used, or written), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from kliping import __version__
from kliping.model import Problem

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C (128 + SIGINT)


def sample_dir() -> Path:
    """The bundled sample corpus (fictional articles written for kliping)."""
    return Path(str(resources.files("kliping") / "sample"))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kliping",
        description="Turn news articles about the same events into a cited story dossier.",
    )
    parser.add_argument("--version", action="version", version=f"kliping {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "analyze",
        help="analyse articles into a dossier (JSON, Markdown, HTML)",
        description="Analyse .txt, .html/.htm and .jsonl/.json articles into out/dossier.{json,md,html}. "
        "With no PATH, runs on the bundled sample corpus.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: bundled sample)")
    p.add_argument("--out", default="out", metavar="DIR", help="output directory (default: out)")
    p.add_argument("--db", metavar="FILE", help="SQLite store caching per-article evidence (default: DIR/kliping.db)")
    p.add_argument("--no-db", action="store_true", help="do not use a store")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes for large runs (default: all cores)")
    p.add_argument("--embed", action="store_true", help="also use the multilingual sentence encoder for linking")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")

    t = sub.add_parser(
        "tag",
        help="tag a CoNLL file with kliping's NER",
        description="Read CoNLL (first column tokens, blank lines between sentences) and write "
        "token<TAB>BIO-tag with tags PER, ORG, GPE, LOC, PRODUCT, EVENT.",
    )
    t.add_argument("input", help="CoNLL input file")
    t.add_argument("output", help="where to write token<TAB>tag lines")
    t.add_argument("--convention", choices=("general", "news"), default="general",
                   help="annotation convention of the model: general (NERGrit-style places) or news "
                   "(idner-style: PER/ORG/LOC)")

    from kliping.eval import kinds

    e = sub.add_parser("eval", help="score kliping against annotated data")
    by_kind = e.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, module in kinds().items():
        k = by_kind.add_parser(kind, help=module.DESCRIPTION, description=module.__doc__)
        k.set_defaults(eval_module=module)
        module.add_arguments(k)
    return parser


def _error(message: str) -> None:
    """Print one line to stderr: a control character in a file name (a newline, a terminal escape)
    is shown escaped, so every report stays one line and cannot rewrite the terminal."""
    safe = "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
    print(safe, file=sys.stderr)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _analyze(args: argparse.Namespace) -> int:
    from kliping.pipeline import analyze
    from kliping.render import write_all

    paths = [Path(p) for p in args.paths] or [sample_dir()]
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        _error(f"kliping: output directory {out} is a file, not a directory")
        return EXIT_USAGE
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _error(f"kliping: cannot create output directory {out}: {exc.strerror or exc}")
        return EXIT_USAGE
    db = None if args.no_db else Path(args.db) if args.db else out / "kliping.db"

    def report(problem: Problem) -> None:
        _error(f"kliping: {'skipped' if problem.skipped else 'note:'} {problem}")

    progress = None
    if not args.quiet and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
    task = None

    def on_total(n: int) -> None:
        nonlocal task
        if progress is not None and n:
            progress.start()
            task = progress.add_task("analysing", total=n)

    def on_progress(n: int) -> None:
        if progress is not None and task is not None:
            progress.advance(task, n)

    from kliping.store import StoreError

    try:
        result = analyze(
            paths, db=db, workers=args.workers, embed=args.embed,
            on_problem=report, on_total=on_total, on_progress=on_progress,
        )
    except StoreError as exc:
        _error(f"kliping: {exc} (choose another --db, or --no-db)")
        return EXIT_USAGE
    except KeyboardInterrupt:
        kept = f"; evidence of finished batches is kept in {db}" if db is not None else ""
        _error(f"kliping: interrupted, nothing written{kept}")
        return EXIT_INTERRUPTED
    finally:
        if progress is not None:
            progress.stop()
    if result.read == 0:
        _error("kliping: no article could be read; nothing written")
        return EXIT_SKIPPED
    try:
        written = write_all(result.dossier, out)
    except OSError as exc:
        where = exc.filename or out
        _error(f"kliping: cannot write {where}: {exc.strerror or exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error(f"kliping: interrupted while writing; the reports in {out} are those of the earlier run")
        return EXIT_INTERRUPTED
    skipped = [p for p in result.problems if p.skipped]
    if not args.quiet:
        for path in written.values():
            print(path)
        d = result.dossier
        print(
            f"read {_count(result.read, 'article')} ({result.cached} from cache), "
            f"skipped {len(skipped)}, {_count(len(d.stories), 'story', 'stories')}, "
            f"{_count(len(d.storylines), 'storyline')}, {_count(len(d.entities), 'entity', 'entities')} "
            f"in {result.seconds:.1f} s"
        )
    return EXIT_SKIPPED if skipped else EXIT_OK


def _tag(args: argparse.Namespace) -> int:
    from kliping.extract.entities import tag_conll

    try:
        n = tag_conll(args.input, args.output, convention=args.convention)
    except OSError as exc:
        _error(f"kliping: {exc.filename or args.input}: {exc.strerror or exc}")
        return EXIT_SKIPPED
    except UnicodeDecodeError as exc:
        _error(f"kliping: {args.input}: not UTF-8 text ({exc.reason} at byte {exc.start})")
        return EXIT_SKIPPED
    print(f"tagged {n} tokens into {args.output}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "analyze":
        return _analyze(args)
    if args.command == "tag":
        return _tag(args)
    if args.command == "eval":
        return args.eval_module.run(args)
    parser.print_help(sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
