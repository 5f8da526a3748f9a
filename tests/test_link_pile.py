"""A pile gathered around one agency: the entity every recent report names (the ministry) counts
nothing in a storyline join (``link.stream.PILE_ENTITY_SHARE``), from the pile's second report on,
before HUB_SHARE has any report outside a storyline to see it by. Invented feature bags: words of a
finance-ministry pile (a budget unblocking, the oil price's toll on the budget)."""

from __future__ import annotations

import datetime as dt

from kliping.link import stream
from kliping.link.stream import Features, StreamResult, link_stream

D0 = dt.date(2025, 6, 17)
MINISTRY = "kementeriankeuangan"
UNBLOCK = "blokir anggaran kementerian lembaga dibuka triliun belanja kemenkeu efisiensi pagu realisasi"
OIL_TOLL = "harga minyak naik dampak apbn subsidi energi kemenkeu belanja anggaran triliun"
UNBLOCK_LATER = "blokir anggaran kementerian lembaga dibuka triliun sisa kemenkeu efisiensi pagu realisasi"


def feat(aid: str, day: int, words: str, ents: str) -> Features:
    """A report: its words plus twenty of its own (a real report has hundreds)."""
    terms: dict[str, int] = {}
    for w in [*words.split(), *(f"{aid}w{j}" for j in range(20))]:
        terms[w] = terms.get(w, 0) + 1
    return Features(id=aid, date=D0 + dt.timedelta(days=day), terms=terms, entities=frozenset(ents.split()))


def storyline(res: StreamResult, aid: str) -> int:
    return res.storyline_of_event[res.event_of[aid]]


def pile() -> list[Features]:
    return [
        feat("a", 0, UNBLOCK, MINISTRY),
        feat("b", 6, OIL_TOLL, MINISTRY),
        feat("c", 12, UNBLOCK_LATER, f"{MINISTRY} dpr"),
    ]


def test_the_ministry_every_report_names_does_not_chain_its_second_report(monkeypatch) -> None:
    res = link_stream(pile())
    assert len(set(res.event_of.values())) == 3
    assert storyline(res, "b") != storyline(res, "a")
    # Without the rule the ministry's entity (a fifth of the similarity) carries the oil report in.
    monkeypatch.setattr(stream, "PILE_ENTITY_SHARE", 0.0)
    plain = link_stream(pile())
    assert storyline(plain, "b") == storyline(plain, "a")


def test_a_real_follow_up_still_joins_on_its_own_words() -> None:
    """The unblocking reported again twelve days later shares its words, not just the ministry."""
    res = link_stream(pile())
    assert res.event_of["c"] != res.event_of["a"]
    assert storyline(res, "c") == storyline(res, "a")


def test_an_entity_two_reports_of_a_mixed_stream_share_still_joins_them() -> None:
    """Among reports on other subjects the ministry is no longer every report's: it counts again."""
    others = [feat(f"o{i}", 1 + i, f"banjir rob pesisir warga mengungsi tanggul kota{i}", f"bpbd{i}")
              for i in range(3)]
    res = link_stream([pile()[0], *others, pile()[1]])
    assert storyline(res, "b") == storyline(res, "a")
