"""The HTML report opens in headless Chromium with zero console messages (skipped without Chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kliping.render import render_html
from kliping.render.example import example_dossier as build

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is absent")]


def _open(page: Path, profile: Path) -> tuple[str, str]:
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
         f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    return proc.stdout, proc.stderr


def test_console_detection_works(tmp_path: Path) -> None:
    """Guard for the test below: a page that logs an error is seen as logging one."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head>'
                   "<body><script>console.error('gagal')</script></body></html>", encoding="utf-8")
    _, err = _open(bad, tmp_path / "profile")
    assert re.search(r":CONSOLE[^\n]*gagal", err)


EVIL = "<script>console.error('xss')</script>\"><img src=x onerror=console.error(2)>"


def _hostile():
    d = build(title1=EVIL)
    d.entities[0].name = EVIL
    d.articles[0].quotes[0].text = EVIL
    d.storylines[0].summary[0].text = EVIL
    d.storylines[0].timeline[0].text = EVIL
    return d


def _large():
    from tests.test_render_report import big_dossier

    return big_dossier(300)


@pytest.mark.parametrize("make", [build, _hostile, _large], ids=["plain", "hostile-text", "large-folded"])
def test_report_opens_without_console_messages(tmp_path: Path, make) -> None:
    page = tmp_path / "dossier.html"
    page.write_text(render_html(make()), encoding="utf-8")
    dom, err = _open(page, tmp_path / "profile")
    assert "</svg>" in dom  # the page rendered, charts included
    assert 'id="a-a1-s0"' in dom or 'id="a-b0-s0"' in dom
    assert "<script" not in dom.lower()  # escaped text stayed text in the live DOM
    assert not re.findall(r":CONSOLE[^\n]*", err)
