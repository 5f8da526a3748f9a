"""Comments, docstrings and docs name kliping modules and helpers that exist.

The split packages (``synth/figures``, ``synth/findings``, ``synth/timeline``, ``extract/times``) left
hundreds of comments pointing at names that had moved; ``scripts/stale_names.py`` finds them. Run here
so a rule landing with a comment that names a renamed helper fails the suite instead of misleading the
next reader.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# this checkout's package first, whatever copy of kliping the interpreter has installed
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT / "src"), os.environ.get("PYTHONPATH"))))}


def test_every_dotted_kliping_name_in_comments_and_docs_resolves() -> None:
    paths = [p for p in ("src", "docs", "tests", "bench", "scripts", "README.md", "DEVELOPERS.md")
             if (ROOT / p).exists()]
    run = subprocess.run([sys.executable, "scripts/stale_names.py", *paths], cwd=ROOT, env=ENV,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stderr.strip() == "0 stale"


def test_the_check_reports_a_name_that_moved(tmp_path: Path) -> None:
    # a comment naming a helper at the package it left: the check must fail and say where it lives now
    # (the name is joined here so this file's own strings stay clean for the test above)
    moved = ".".join(("synth", "timeline", "side_dates"))
    doc = tmp_path / "note.md"
    doc.write_text(f"Dates beside the sentence's own: `{moved}`.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "scripts/stale_names.py", str(doc)], cwd=ROOT, env=ENV,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert moved in run.stdout and "several_dates" in run.stdout
