"""render stage (see DEVELOPERS.md): the ``kliping.dossier/1`` contract and the reports built on it.

``write_all`` validates the JSON before writing anything, so a dossier that breaks its own
contract (a citation to a missing sentence, an offset that does not spell its text) stops the run
with the list of problems instead of shipping a report that cannot be trusted.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from kliping.model import Dossier
from kliping.render.html import render_html
from kliping.render.jsonout import SCHEMA_ID, dumps, to_json, write_json
from kliping.render.markdown import render_markdown
from kliping.render.schema import DossierInvalid, load_schema, validate

__all__ = [
    "SCHEMA_ID",
    "DossierInvalid",
    "load_schema",
    "render_html",
    "render_markdown",
    "to_json",
    "validate",
    "write_all",
    "write_json",
]


def write_all(dossier: Dossier, out_dir: str | Path) -> dict[str, Path]:
    """Validate, then write ``dossier.json``, ``dossier.md`` and ``dossier.html`` into ``out_dir``.

    Returns ``{"json": path, "markdown": path, "html": path}``. Raises :class:`DossierInvalid`
    (a ``ValueError``) before writing anything when the dossier breaks the contract. The three
    files are written beside their targets first and renamed into place only when all three are
    written, so a failed write (disk full, a directory in the way) never leaves a report of this
    run next to the reports of an earlier one; an ``OSError`` names the file that failed.
    """
    data = to_json(dossier)
    validate(data)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "dossier.json", "markdown": out / "dossier.md", "html": out / "dossier.html"}
    for p in paths.values():
        if p.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(p))
    texts = {"json": dumps(data), "markdown": render_markdown(dossier), "html": render_html(dossier)}
    temps = {k: p.with_name(f".{p.name}.{os.getpid()}.tmp") for k, p in paths.items()}  # one per writer
    try:
        for k, tmp in temps.items():
            _named(paths[k], tmp.write_text, texts[k], encoding="utf-8")
        for k, tmp in temps.items():
            _named(paths[k], os.replace, tmp, paths[k])
    finally:
        for tmp in temps.values():
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    return paths


def _named(target: Path, fn, *args, **kwargs) -> None:
    """Call ``fn``; an ``OSError`` is re-raised naming ``target``, not the temporary file."""
    try:
        fn(*args, **kwargs)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
