"""Evaluation against annotated data: ``kliping eval KIND ...``.

Each kind is a module ``kliping.eval.<kind>`` with a one-line ``DESCRIPTION``,
``add_arguments(parser)`` and ``run(args) -> int`` (an exit code); :func:`kinds` discovers them, so
adding an evaluation is adding a module. Modules import heavy dependencies inside ``run`` only.
Scores use the helpers below so every table reads the same way.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

# The repository root, for the default locations of devsets/ and ../shared/data/news.
REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_NEWS = REPO_ROOT.parent / "shared" / "data" / "news"


def kinds() -> dict[str, ModuleType]:
    """Evaluation kind -> its module, for every module of this package that defines ``run``."""
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "run") and hasattr(module, "add_arguments"):
            found[info.name] = module
    return found


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def format_table(header: list[str], rows: list[list[object]]) -> str:
    """A plain-text table: floats with three decimals, columns padded to their widest cell."""
    cells = [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in [header, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
             for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def inputs_present(kind: str, gold_dir: Path, news: Path) -> bool:
    """Say (in one line) and return False when the gold folder or the annotated news is missing.

    Scorers then exit 0: a user's clone has no ``../shared``, and that is not an error.
    """
    if not gold_dir.is_dir():
        print(f"kliping eval {kind}: no gold folder at {gold_dir}; nothing to score")
        return False
    if not news.is_dir():
        print(f"kliping eval {kind}: annotated news not found at {news} (../shared absent?); skipped")
        return False
    return True


def match_spans(
    gold: Sequence[Any],
    pred: Sequence[Any],
    *,
    accept: Callable[[Any, Any], bool] | None = None,
    prefer_exact: bool = False,
) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs of overlapping spans, greedily by overlap.

    Spans have ``start`` and ``end`` (and ``article`` when they come from several articles: only
    spans of the same article pair). The largest overlap pairs first, an exact span before any
    overlap when ``prefer_exact``; ties go to the earlier gold, then the earlier prediction, so the
    result is deterministic. ``accept`` can veto a pair (e.g. a different value).
    """
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if getattr(g, "article", None) != getattr(p, "article", None):
                continue
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap <= 0 or (accept is not None and not accept(g, p)):
                continue
            inexact = not (prefer_exact and g.start == p.start and g.end == p.end)
            cands.append((inexact, -overlap, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs
