"""The pipeline runner: per-article failures are isolated, and the store cache is versioned."""

from __future__ import annotations

from pathlib import Path

import pytest

from kliping import pipeline
from kliping.model import Article, Problem
from kliping.store import Store

TEXTS = [
    "Wali Kota Bogor meresmikan pasar baru pada Senin (3/6/2024). Pasar itu menampung 300 pedagang.",
    "Hujan deras merendam 120 rumah di Kecamatan Cibinong, Kabupaten Bogor, pada Selasa (4/6/2024).",
    "Harga beras medium di Pasar Anyar naik menjadi Rp13.500 per kilogram, kata seorang pedagang.",
]


def _articles() -> list[Article]:
    return [Article(id=f"a{i}", input=f"a{i}.txt", text=t, published="2024-06-05") for i, t in enumerate(TEXTS)]


def test_store_serves_cached_evidence_only_for_the_same_pipeline_version(tmp_path, monkeypatch):
    with Store(tmp_path / "k.db") as store:
        ev, problems, cached = pipeline.process_articles(_articles(), store=store)
        assert (len(ev), problems, cached) == (3, [], 0)
        ev2, _, cached = pipeline.process_articles(_articles(), store=store)
        assert cached == 3
        assert [e.quantities for e in ev2] == [e.quantities for e in ev]
        monkeypatch.setattr(pipeline, "pipeline_version", lambda: "0.0.0+other")
        _, _, cached = pipeline.process_articles(_articles(), store=store)
        assert cached == 0


def test_pipeline_version_is_a_stable_digest_of_the_evidence_code():
    v = pipeline.pipeline_version()
    assert v == pipeline.pipeline_version()
    assert "+" in v and len(v.split("+")[1]) == 12


def test_one_failing_article_becomes_a_problem_and_the_others_are_kept(monkeypatch):
    import kliping.extract as extract_pkg

    real = extract_pkg.extract

    def flaky(doc):
        if doc.id == "a1":
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(extract_pkg, "extract", flaky)
    arts = [*_articles(), Article(id="empty", input="empty.txt", text="   \n  ")]
    ev, problems, _ = pipeline.process_articles(arts)
    assert [e.id for e in ev] == ["a0", "a2"]
    assert {p.input for p in problems} == {"a1.txt", "empty.txt"}
    assert all(isinstance(p, Problem) and "\n" not in str(p) for p in problems)
    assert any("boom" in p.reason for p in problems)


def test_the_serialiser_is_part_of_the_pipeline_version():
    # the cache stores evidence as written by serial.py: a change there must not read old rows
    assert "serial.py" in pipeline._EVIDENCE_SOURCES
    assert (Path(pipeline.__file__).parent / "serial.py").is_file()


def _sigint_handler() -> object:
    import signal

    return signal.getsignal(signal.SIGINT)


def test_pool_workers_leave_ctrl_c_to_the_parent():
    import signal

    with pipeline.make_pool(2) as pool:
        assert pool.submit(_sigint_handler).result() == signal.SIG_IGN
    assert signal.getsignal(signal.SIGINT) != signal.SIG_IGN  # the parent still stops on Ctrl-C


@pytest.mark.slow
def test_process_pool_gives_the_same_evidence_as_one_process():
    with pipeline.make_pool(2) as pool:
        pooled, _, _ = pipeline.process_articles(_articles(), executor=pool)
    single, _, _ = pipeline.process_articles(_articles())
    assert [(e.id, e.mentions, e.times, e.quantities) for e in pooled] == [
        (e.id, e.mentions, e.times, e.quantities) for e in single
    ]
