"""List dotted kliping names in comments, docstrings and docs that no longer resolve, and where they live now.

Packages split into modules (``synth/figures``, ``synth/findings``, ``synth/timeline``, ``extract/times``) leave
comments naming ``synth.figures.amount_mode`` where the function is ``synth.figures.modes.amount_mode``. This
reads every dotted name of a kliping package or module (``kliping.`` optional for a package) (and the short ``figures.x``,
``findings.x``, ``timeline.x``, ``times.x`` of the split packages) in comments and strings of ``.py`` files and
in ``.md`` files, imports the longest module prefix, gets the rest as attributes, and prints the names that fail,
with the submodules whose top level defines the failing part. It also checks every ``from kliping... import``
(lazy ones inside functions too), which nothing runs for scripts and benchmarks. Exit status 1 when any fails.

Example (from the repository root)::

    PYTHONPATH=src python scripts/stale_names.py src docs tests bench scripts
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib
import io
import re
import sys
import tokenize
from collections.abc import Iterator
from pathlib import Path

# Packages of kliping: a name opening with one is read with or without ``kliping.``; a name opening with one of its
# one-file modules only with it (``model.parameters`` of a torch model is no ``kliping.model`` name).
PACKAGES = ("cli", "eval", "extract", "ingest", "lang", "link", "models", "render", "sample", "store", "synth", "text")
MODULES = ("model", "pipeline", "serial", "sources")
_FULL = re.compile(r"(?<![\w./])(?:kliping\.(?=(?:{})\.)|(?=(?:{})\.))(\w+(?:\.[A-Za-z_]\w*)+)".format(
    "|".join(PACKAGES + MODULES), "|".join(PACKAGES)))
# The split packages, often named without their parent in their own comments and docs.
SHORT = {"figures": "synth.figures", "findings": "synth.findings", "timeline": "synth.timeline",
         "times": "extract.times"}
_SHORT = re.compile(r"(?<![\w./])({})((?:\.[A-Za-z_]\w*)+)".format("|".join(SHORT)))
_FILE_SUFFIXES = ("py", "md", "png", "tsv", "json", "jsonl", "txt")


def unresolved_at(dotted: str) -> int | None:
    """The index of the first part of ``kliping.<dotted>`` that neither imports nor is an attribute, None if all do."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module("kliping." + ".".join(parts[:i]))
        except ModuleNotFoundError:
            continue
        for j in range(i, len(parts)):
            if hasattr(obj, parts[j]):
                obj = getattr(obj, parts[j])
            elif dataclasses.is_dataclass(obj) and parts[j] in {f.name for f in dataclasses.fields(obj)}:
                return None  # a field without a default (``Point.date``): no class attribute, still a name
            else:
                return j
        return None
    return 0


def defined_in(package: str, name: str, root: Path) -> list[str]:
    """Modules of ``package`` (under ``root``) whose top level defines ``name``."""
    base = root / package.replace(".", "/")
    if not base.is_dir():
        return []
    found = []
    for f in sorted(base.rglob("*.py")):
        for node in ast.parse(f.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            if name in names:
                found.append((package + "." + ".".join(f.relative_to(base).with_suffix("").parts))
                             .removesuffix(".__init__"))
    return found


def texts(path: Path) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of the comments and strings of a ``.py`` file, of every line of another file."""
    source = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        yield from enumerate(source.splitlines(), 1)
        return
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (tokenize.COMMENT, tokenize.STRING):
            for k, line in enumerate(tok.string.splitlines()):
                yield tok.start[0] + k, line


def names(line: str) -> Iterator[str]:
    """The dotted kliping names a line writes, short names of the split packages made full."""
    for m in _FULL.finditer(line):
        yield m.group(1)
    for m in _SHORT.finditer(line):
        yield SHORT[m.group(1)] + m.group(2)


def stale_imports(path: Path) -> Iterator[tuple[int, str]]:
    """``from kliping.x import y`` statements of a file (at any depth) whose module or name does not exist."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kliping")):
            continue
        try:
            module = importlib.import_module(node.module)
        except ModuleNotFoundError:
            yield node.lineno, node.module
            continue
        for alias in node.names:
            if not hasattr(module, alias.name):
                try:
                    importlib.import_module(f"{node.module}.{alias.name}")
                except ModuleNotFoundError:
                    yield node.lineno, f"{node.module}.{alias.name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders to read (.py and .md files)")
    parser.add_argument("--src", type=Path, default=Path("src/kliping"), help="the package's source folder")
    args = parser.parse_args()
    bad = 0
    for root in args.paths:
        files = [root] if root.is_file() else sorted([*root.rglob("*.py"), *root.rglob("*.md")])
        for f in files:
            if f.resolve() == Path(__file__).resolve():
                continue  # its own docstring's examples
            for n, line in texts(f):
                for dotted in names(line):
                    at = unresolved_at(dotted)
                    parts = dotted.split(".")
                    if at is None or (at == len(parts) - 1 and parts[-1] in _FILE_SUFFIXES):
                        continue
                    where = defined_in(".".join(parts[:at]), parts[at], args.src) if at else []
                    print(f"{f}:{n}: {dotted}  -> {', '.join(where) or '?'}")
                    bad += 1
            if f.suffix == ".py":
                for n, name in stale_imports(f):
                    print(f"{f}:{n}: import {name}  -> ?")
                    bad += 1
    print(f"{bad} stale", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
