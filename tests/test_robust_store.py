"""The evidence store under hostile conditions: a file that is not a database, a damaged row, an
interrupt landing right after a commit. Texts are invented for these tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kliping.model import Document, Evidence, Sentence
from kliping.store import Store, StoreError, content_hash

PIPE = "test-pipeline/1"


def _evidence(aid: str) -> Evidence:
    body = f"Relawan desa {aid} menanam seratus bibit bakau di pesisir pada Sabtu pagi."
    doc = Document(id=aid, input=f"{aid}.txt", text=body, sentences=[Sentence(body, 0, len(body))])
    return Evidence(doc=doc)


def test_a_file_that_is_not_a_database_is_a_store_error_and_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "catatan.txt"
    notes.write_text("Catatan rapat warga: iuran kebersihan naik bulan depan.\n" * 20, encoding="utf-8")
    before = notes.read_bytes()
    with pytest.raises(StoreError) as info:
        Store(notes)
    assert str(info.value) == f"{notes}: cannot use as a store: file is not a database"
    assert notes.read_bytes() == before


def test_a_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot use as a store: unable to open database file"):
        Store(tmp_path)


def test_a_store_below_a_file_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "berkas").write_text("bukan folder\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"berkas is not a directory$"):
        Store(tmp_path / "berkas" / "kliping.db")


def test_an_unreadable_row_is_a_cache_miss_and_is_dropped(tmp_path: Path) -> None:
    # A damaged row used to raise out of Store.get and end the whole run.
    path = tmp_path / "c.sqlite"
    good, bad, worse = _evidence("baik"), _evidence("rusak"), _evidence("bukan-json")
    with Store(path) as st:
        st.put_many([good, bad, worse], PIPE)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE evidence SET data = '{\"doc\": 1}' WHERE article_id = 'rusak'")
    raw.execute("UPDATE evidence SET data = 'bukan json' WHERE article_id = 'bukan-json'")
    raw.commit()
    raw.close()
    with Store(path) as st:
        assert st.get(content_hash(bad.doc), PIPE) is None
        assert st.get(content_hash(worse.doc), PIPE) is None
        assert st.get(content_hash(good.doc), PIPE) == good
        assert st.ids() == ["baik"]
        assert st.put(bad, PIPE) is True  # stored anew once extracted again


class _InterruptAfterCommit:
    """A connection whose COMMIT succeeds and is then interrupted, as Ctrl-C can be."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __getattr__(self, name: str):
        return getattr(self._db, name)

    def execute(self, sql: str, *args):
        result = self._db.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return result


def test_interrupt_after_commit_is_not_hidden_by_a_failed_rollback(tmp_path: Path) -> None:
    st = Store(tmp_path / "c.sqlite")
    real = st._db
    st._db = _InterruptAfterCommit(real)  # type: ignore[assignment]
    with pytest.raises(KeyboardInterrupt):  # was sqlite3.OperationalError: no transaction is active
        st.put_many([_evidence("a1")], PIPE)
    st._db = real
    assert st.ids() == ["a1"]  # the committed batch stays
    st.close()
