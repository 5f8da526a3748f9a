"""The SQLite evidence cache: idempotent puts, lossless reads, per-batch transactions, reopening."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kliping.model import Document, Evidence, Mention, Sentence
from kliping.store import Store, article_key, content_hash

PIPE = "test-pipeline/1"


def make_evidence(aid: str, text: str | None = None) -> Evidence:
    """A tiny article; ``content_hash`` is left empty so the store hashes the text itself."""
    body = text or f"Warga desa {aid} membersihkan sungai bersama relawan pada Minggu pagi."
    doc = Document(id=aid, input=f"{aid}.txt", text=body, sentences=[Sentence(body, 0, len(body))],
                   title=f"Kerja bakti {aid}", published="2024-05-12")
    return Evidence(doc=doc, mentions=[Mention("Minggu", "EVENT", 0, 0, 5, entity=None)])


def test_same_article_twice_is_one_row(tmp_path: Path) -> None:
    with Store(tmp_path / "c.sqlite") as st:
        ev = make_evidence("a1")
        assert st.put(ev, PIPE) is True
        assert st.put(ev, PIPE) is False
        # same text under another id is still the same content: stored once
        same_text = make_evidence("a1-copy", ev.doc.text)
        assert st.put_many([same_text], PIPE) == 0
        assert st.count() == 1
        assert st.ids() == ["a1"]
        # another pipeline version is a separate key
        assert st.put(ev, "test-pipeline/2") is True
        assert st.count() == 2
        assert st.count(PIPE) == 1


def test_round_trip_equality(tmp_path: Path) -> None:
    ev = make_evidence("a7")
    with Store(tmp_path / "c.sqlite") as st:
        st.put(ev, PIPE)
        got = st.get(content_hash(ev.doc), PIPE)
        assert got == ev
        assert st.get(content_hash(ev.doc), "other") is None
        assert st.get("nope", PIPE) is None
    assert article_key(ev.doc, PIPE) == f"{content_hash(ev.doc)}:{PIPE}"


def test_failed_batch_is_absent_and_earlier_batches_survive(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    st = Store(path)
    assert st.put_many([make_evidence("b1"), make_evidence("b2")], PIPE) == 2

    def broken_batch() -> Iterator[Evidence]:
        yield make_evidence("b3")
        yield make_evidence("b4")
        raise RuntimeError("extraction crashed mid-batch")

    with pytest.raises(RuntimeError, match="mid-batch"):
        st.put_many(broken_batch(), PIPE)
    assert st.ids() == ["b1", "b2"]
    st.close()
    with Store(path) as again:  # nothing half-written on disk either
        assert again.ids() == ["b1", "b2"]
        assert again.put_many([make_evidence("b3")], PIPE) == 1
        assert again.count() == 3


def _writer(path: str, start: int) -> None:
    with Store(path) as st:
        for i in range(start, start + 20):
            st.put(make_evidence(f"p{i}"), PIPE)


def test_concurrent_reopen_threads_and_processes(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    first = Store(path)
    first.put(make_evidence("x0"), PIPE)
    second = Store(path)  # reopen while the first is still open
    assert second.ids() == ["x0"]
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"

    threads = [threading.Thread(target=_writer, args=(str(path), k * 100)) for k in range(3)]
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), 1000 + k * 100)) for k in range(2)]
    for t in threads:
        t.start()
    for p in procs:
        p.start()
    for t in threads:
        t.join()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert first.count() == 1 + 5 * 20
    assert second.count() == first.count()
    first.close()
    second.close()


def test_runs_are_recorded(tmp_path: Path) -> None:
    with Store(tmp_path / "c.sqlite") as st:
        rid = st.begin_run(["berita/a.jsonl", tmp_path / "b.txt"])
        run = st.run(rid)
        assert run is not None
        assert run["finished"] is None
        assert run["inputs"] == ["berita/a.jsonl", str(tmp_path / "b.txt")]
        st.finish_run(rid, {"articles": 2, "problems": 0})
        run = st.run(rid)
        assert run is not None and run["stats"] == {"articles": 2, "problems": 0}
        assert run["finished"] is not None
        with pytest.raises(KeyError):
            st.finish_run(rid + 50, {})


def test_schema_version_mismatch_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = 999")
    con.commit()
    con.close()
    with pytest.raises(RuntimeError, match="schema version 999"):
        Store(path)
