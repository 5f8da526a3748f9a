"""The real scraped examples and the Detik dev set analyse without skipping anything.

Reads ../shared (skipped when absent); the HTML check needs Debian's headless Chromium.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from kliping.cli.main import main
from kliping.render import validate

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def shared_run(tmp_path_factory) -> Path:
    from tests.conftest import SHARED

    data = SHARED / "data" / "news"
    if not data.is_dir():
        pytest.skip("../shared is absent")
    out = tmp_path_factory.mktemp("shared-out")
    code = main(["analyze", str(data / "examples"), str(data / "detik-dev.jsonl"), "--out", str(out),
                 "--no-db", "--quiet"])
    assert code == 0, "some shared inputs were skipped"
    return out


def test_shared_news_analyses_every_article_into_a_valid_dossier(shared_run):
    data = json.loads((shared_run / "dossier.json").read_text(encoding="utf-8"))
    validate(data)
    assert len(data["articles"]) == 487
    ids = {a["id"] for a in data["articles"]}
    assert {"001", "004"} <= ids  # manifest ids are kept so users can join results back


def test_shared_html_opens_in_headless_chromium_without_console_errors(shared_run):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("headless Chromium is not installed")
    html = (shared_run / "dossier.html").resolve()
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--dump-dom", html.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    assert "<svg" in proc.stdout  # the timeline chart rendered into the DOM
