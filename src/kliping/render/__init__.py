"""render stage (see DEVELOPERS.md): the ``kliping.dossier/1`` contract and the reports built on it.

``write_all`` validates the JSON before writing anything, so a dossier that breaks its own
contract (a citation to a missing sentence, an offset that does not spell its text) stops the run
with the list of problems instead of shipping a report that cannot be trusted.
"""

from __future__ import annotations

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
    (a ``ValueError``) before writing anything when the dossier breaks the contract.
    """
    data = to_json(dossier)
    validate(data)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "dossier.json", "markdown": out / "dossier.md", "html": out / "dossier.html"}
    paths["json"].write_text(dumps(data), encoding="utf-8")
    paths["markdown"].write_text(render_markdown(dossier), encoding="utf-8")
    paths["html"].write_text(render_html(dossier), encoding="utf-8")
    return paths
