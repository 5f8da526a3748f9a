"""scripts/events_learn.py: the labels of the logged join decisions (no ../shared needed)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from kliping.link.stream import JOIN_FEATURES, Features

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "events_learn.py"
D0 = dt.date(2024, 5, 6)


def _script():
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        spec = importlib.util.spec_from_file_location("events_learn", SCRIPT)
        mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules["events_learn"] = mod
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
        return mod
    finally:
        sys.path.remove(str(SCRIPT.parent))


def _feat(aid: str, day: int, words: str, ents: str) -> Features:
    terms: dict[str, int] = {}
    for w in words.split():
        terms[w] = terms.get(w, 0) + 1
    return Features(id=aid, date=D0 + dt.timedelta(days=day), terms=terms, entities=frozenset(ents.split()))


def test_a_candidate_is_labelled_by_the_majority_gold_event_of_its_articles() -> None:
    learn = _script()
    gempa = "gempa magnitudo guncang rumah retak warga panik bmkg pusat gempa"
    feats = [
        _feat("a", 0, gempa + " cianjur", "cianjur bmkg"),
        _feat("b", 0, gempa + " cianjur susulan", "cianjur bmkg"),
        _feat("c", 1, gempa + " cianjur bantuan", "cianjur bmkg"),
        _feat("d", 1, "harga beras naik pasar induk pedagang bulog stok", "bulog"),
    ]
    # b is labelled another happening (an aftershock report), so a's event holds a then a+b
    gold = {"a": "gempa", "b": "susulan", "c": "gempa", "d": "beras"}
    ev, _sl, rows = learn.run(feats, gold, log=True)
    assert ev["a"] == ev["b"] == ev["c"] != ev["d"]  # the threshold rule joins the three
    by_article = {}
    for aid, cand, x, y in rows:
        assert len(x) == len(JOIN_FEATURES)
        by_article.setdefault(aid, []).append((cand, y))
    assert by_article["b"] == [(ev["a"], 0)]  # a's event is all "gempa"
    assert by_article["c"] == [(ev["a"], 1)]  # "gempa" and "susulan" tie at one each: a majority
    assert all(y == 0 for _c, y in by_article.get("d", []))


def test_a_fitted_model_decides_every_join_the_same_way_twice() -> None:
    learn = _script()
    words = ("banjir sungai meluap warga mengungsi", "pajak tarif wajib lapor spt", "kebakaran pasar kios damkar")
    feats = [_feat(f"x{i}", i // 3, words[i % 3] + f" kata{i % 5}", f"kota{i % 3}") for i in range(30)]
    gold = {f.id: f"g{int(f.id[1:]) % 3}-{int(f.id[1:]) // 12}" for f in feats}
    model = learn.train([(feats, gold, None)], list(range(len(JOIN_FEATURES))), 1.0, 2)
    first = learn.run(feats, gold, model)[0]
    assert first == learn.run(feats, gold, model)[0]
    assert 0.0 < model.p_join < 1.0
