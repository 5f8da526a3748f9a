"""QA5: in a single-subject run, hub keys every article shares (the agency, its spokesman, the
subject's words) must not chain unrelated happenings into one storyline (``link.stream``,
HUB_SHARE); the events of one real storyline still join."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from kliping.link import stream
from kliping.link.stream import Features, RecentDocFreq, StreamResult, link_stream

D0 = dt.date(2025, 10, 1)

# What every report of this invented pile about an anti-graft agency shares.
HUB = "kpk korupsi tersangka penyidik pemeriksaan saksi"
HUB_ENTS = "komisipemberantasankorupsi budiprasetyo"
# Three cases, each with words of its own (and filler words of its own: a real report has hundreds).
HAJI = "kuota haji tambahan biro perjalanan jemaah kementerian agama visa pemondokan keberangkatan"
KAPAL = "pengadaan kapal patroli galangan pelabuhan lambung baja mesin tender nakhoda"
TAMBANG = "izin tambang nikel pulau kecil smelter konsesi reklamasi hutan lindung bijih"


def feat(aid: str, day: int, case: str, tag: str, ents: str, places: tuple[str, ...] = (),
         extra: str = "") -> Features:
    terms: dict[str, int] = {}
    for w in [*HUB.split(), *case.split(), *extra.split(), *(f"{tag}w{j}" for j in range(30))]:
        terms[w] = terms.get(w, 0) + 1
    return Features(id=aid, date=D0 + dt.timedelta(days=day), terms=terms,
                    entities=frozenset(f"{HUB_ENTS} {ents}".split()), places=frozenset(places))


def pile() -> list[Features]:
    """Two cases whose headlines name them (``places``: ``c:`` keys) open two storylines; then a
    third case is reported twice, a week apart (two events)."""
    return [
        feat("a0", 0, HAJI, "a", "kemenag", ("c:haji",)),
        feat("a1", 0, HAJI, "a", "kemenag", ("c:haji",), "jemaah"),
        feat("b0", 1, KAPAL, "b", "galangan", ("c:kapal",)),
        feat("b1", 1, KAPAL, "b", "galangan", ("c:kapal",), "kapal"),
        feat("c0", 2, TAMBANG, "c", "ptbumi"),
        feat("c1", 9, TAMBANG, "c", "ptbumi", (), "nikel"),
    ]


def storyline(res: StreamResult, aid: str) -> int:
    return res.storyline_of_event[res.event_of[aid]]


def test_hub_keys_of_every_report_no_longer_chain_a_new_case_into_another_storyline(monkeypatch) -> None:
    res = link_stream(pile())
    assert len({res.event_of[a] for a in ("a0", "b0", "c0", "c1")}) == 4
    assert storyline(res, "a0") != storyline(res, "b0")
    # The third case shares only the hub keys with the two storylines: it opens its own.
    assert storyline(res, "c0") not in (storyline(res, "a0"), storyline(res, "b0"))
    # Without the hub rule the same reports join the first case's storyline through the hubs alone.
    monkeypatch.setattr(stream, "HUB_SHARE", 0.0)
    plain = link_stream(pile())
    assert storyline(plain, "c0") == storyline(plain, "a0")


def test_two_events_of_one_real_storyline_still_join_among_hub_reports() -> None:
    """The third case reported again a week later is another event of the same storyline: it
    shares its own words besides the hubs."""
    res = link_stream(pile())
    assert res.event_of["c1"] != res.event_of["c0"]
    assert storyline(res, "c1") == storyline(res, "c0")


def test_a_subject_confined_to_one_storyline_is_not_a_hub() -> None:
    """A run about one programme (every report names it, all in one storyline) keeps chaining its
    events: a key is a hub only when it is frequent *outside* the candidate storyline."""
    feats = [feat(f"r{i}", 7 * i, TAMBANG, f"r{i}", "ptbumi") for i in range(4)]
    res = link_stream(feats)
    assert len(set(res.event_of.values())) == 4
    assert len({storyline(res, f.id) for f in feats}) == 1


def test_recent_document_frequency_fades_with_days() -> None:
    """Counts stand for about the last ``scale`` days: a key common a year ago is no hub now."""
    df = RecentDocFreq(45)
    for day in range(10):
        df.add([7, 9], day)
    assert 9.0 < df.count(7, 9) <= 10.0 and df.total(9) == df.count(7, 9)
    assert df.count(7, 9 + 365) < 0.01 and df.count(8, 9) == 0.0
    df.add([8], 400)
    assert df.count(8, 400) == 1.0 and 1.0 <= df.total(400) < 1.01


def test_recent_document_frequency_stays_finite_over_a_feed_of_many_scales() -> None:
    """Counts are stored inflated by the day; a feed running hundreds of scales long is rebased
    instead of overflowing, and still reads the same faded counts."""
    df = RecentDocFreq(1.0)
    for day in range(0, 2001, 5):
        df.add([3], day)
    assert df.base is not None and df.base > 0  # rebased at least once
    assert math.isfinite(df.val[3]) and math.isfinite(df.n)
    # the same geometric sum as a feed of the last few days only: 1 + e^-5 + e^-10 + ...
    assert df.count(3, 2000) == pytest.approx(1.0 / (1.0 - math.exp(-5.0)), rel=1e-9)
    assert df.total(2000) == pytest.approx(df.count(3, 2000), rel=1e-12)
