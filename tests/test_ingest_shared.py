"""ingest on the shared development data (skipped when ../shared is absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kliping.ingest import clean, read_inputs
from kliping.model import Article, Problem

pytestmark = pytest.mark.shared

LEFTOVER = re.compile(r"^(?:Baca [Jj]uga|BACA JUGA|SCROLL TO (?:CONTINUE|RESUME)|ADVERTISEMENT$|"
                      r"Simak juga Video|Reporter:|Editor:)", re.MULTILINE)


def _read(paths: list[Path]) -> tuple[list[Article], list[Problem]]:
    items = list(read_inputs(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_examples_via_manifest(shared_dir: Path) -> None:
    arts, probs = _read([shared_dir / "news" / "examples"])
    assert probs == []
    assert sorted(a.id for a in arts) == ["001", "004"]  # the .txt files are read once, via the manifest
    docs = {a.id: clean(a) for a in arts}
    kontan, idn = docs["001"], docs["004"]
    assert kontan.source == "Kontan" and kontan.dateline == "Moskow"
    assert kontan.published == "2023-09-12" and not kontan.published_inferred
    assert idn.source == "IDN Times" and idn.dateline == "Jakarta" and idn.title
    for d in docs.values():
        assert d.text and d.sentences and d.language == "id"
        assert not LEFTOVER.search(d.text)
    assert {"baca_juga", "byline"} <= {r.reason for r in kontan.removed}
    assert {"title", "subheading", "caption", "author_box"} <= {r.reason for r in idn.removed}
    assert "Verified Writer" not in idn.text and "Pixabay" not in idn.text


def test_detik_dev(shared_dir: Path) -> None:
    arts, probs = _read([shared_dir / "news" / "detik-dev.jsonl"])
    assert probs == []
    assert len(arts) == 485
    docs = [clean(a) for a in arts]
    assert all(d.text.strip() and d.sentences for d in docs)
    assert not [d.id for d in docs if LEFTOVER.search(d.text)]
    removed = sum(1 for d in docs for r in d.removed if r.reason == "scroll_prompt")
    assert removed >= 480  # nearly every Detik article carries the prompt
    assert {d.source for d in docs} == {"detikcom"}
    assert sum(d.language == "id" for d in docs) == len(docs)
