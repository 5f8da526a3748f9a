"""The optional second cluster table of the NER features (``ner_features.EXTRA_CLUSTERS``).

It must add the ``u`` features exactly when the table exists, so the shipped models (trained
without it) see the features they were trained with.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kliping.extract import ner_features as nf


@pytest.fixture
def extra_table(tmp_path, monkeypatch):
    def use(path: Path) -> None:
        monkeypatch.setattr(nf, "EXTRA_CLUSTERS", path)
        for fn in (nf.extra_clusters, nf._word_feats, nf._context):
            fn.cache_clear()

    yield use
    for fn in (nf.extra_clusters, nf._word_feats, nf._context):
        fn.cache_clear()


def test_second_table_adds_word_and_neighbour_cluster_features(tmp_path, extra_table):
    table = tmp_path / "extra.tsv"
    table.write_text("# header\n# columns\nwidodo\t3\t17\t250\nmengatakan\t5\t40\t999\n", encoding="utf-8")
    extra_table(table)
    feats = nf.sentence_features(["Widodo", "mengatakan", "itu"])
    assert {"u1=3", "u2=17", "u3=250", "+1u=40"} <= set(feats[0])
    assert {"u1=5", "u2=40", "u3=999", "-1u=17"} <= set(feats[1])
    assert not any(f.startswith(("u1=", "u2=", "u3=")) for f in feats[2])


def test_without_the_table_no_second_cluster_features(tmp_path, extra_table):
    extra_table(tmp_path / "absent.tsv")
    feats = nf.sentence_features(["Widodo", "mengatakan", "itu"])
    assert not any(f.split("=")[0] in {"u1", "u2", "u3", "-1u", "+1u"} for fs in feats for f in fs)
