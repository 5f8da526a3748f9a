"""A storyline's centroid takes the first ``STORYLINE_EVENT_ARTICLES`` (2) articles of each event:
a big event's later reports do not add their words to it, but they keep the storyline in the window
and count as its articles. Invented feature bags."""

from __future__ import annotations

import datetime as dt

import pytest

from kliping.link import stream
from kliping.link.stream import Features, StreamLinker

D0 = dt.date(2025, 3, 1)
TRIAL = "sidang vonis terdakwa hakim jaksa tuntutan pengadilan negeri banding pledoi"


def feat(aid: str, day: int, words: str, ents: str = "") -> Features:
    terms: dict[str, int] = {}
    for w in words.split():
        terms[w] = terms.get(w, 0) + 1
    return Features(id=aid, date=D0 + dt.timedelta(days=day), terms=terms, entities=frozenset(ents.split()))


def trial_reports(n: int) -> list[Features]:
    """One event: the first report and ``n - 1`` follow-ups of the same day, each with words of its own."""
    return [feat(f"t{i}", 0, TRIAL + " " + " ".join(f"r{i}x{j}" for j in range(8)), "hakimbudi") for i in range(n)]


def test_later_reports_of_an_event_do_not_enter_the_storyline_centroid() -> None:
    linker = StreamLinker()
    for f in trial_reports(5):
        linker.add(f)
    res = linker.result()
    assert len(set(res.event_of.values())) == 1
    (sl,) = linker.stories.groups.values()
    # the first two reports' own words are in the storyline centroid, the later ones' are not
    assert stream.hash_key("r0x0") in sl.vec and stream.hash_key("r1x0") in sl.vec
    assert stream.hash_key("r2x0") not in sl.vec and stream.hash_key("r4x0") not in sl.vec
    # ... while the event's centroid has them all, and the storyline counts every article
    assert stream.hash_key("r3x0") in linker.events.groups[res.event_of["t0"]].vec
    assert sl.size == 5


def test_one_article_per_event_when_set_to_one(monkeypatch) -> None:
    monkeypatch.setattr(stream, "STORYLINE_EVENT_ARTICLES", 1)
    linker = StreamLinker()
    for f in trial_reports(3):
        linker.add(f)
    (sl,) = linker.stories.groups.values()
    assert stream.hash_key("r0x0") in sl.vec and stream.hash_key("r1x0") not in sl.vec
    assert sl.size == 3


def test_a_storyline_event_close_to_an_events_second_report_only_joins() -> None:
    """The first report of an event is a thin sample of it: a later happening that shares its
    words with the event's second report (the government's angle on a price fall) still finds the
    storyline. With the first article alone it would open a storyline of its own."""
    price = "harga minyak mentah dunia turun barel pasar"
    first = feat("p0", 0, price + " " + " ".join(f"p0x{j}" for j in range(12)))
    angle = "pemerintah subsidi bbm anggaran premium kaji menteri"
    second = feat("p1", 0, price + " " + price + " " + angle)
    later = feat("g9", 9, angle + " harga minyak " + " ".join(f"g9x{j}" for j in range(6)))

    def run() -> tuple[bool, bool]:
        linker = StreamLinker()
        for f in (first, second, later):
            linker.add(f)
        res = linker.result()
        ev = res.event_of
        return ev["p1"] == ev["p0"] and ev["g9"] != ev["p0"], (
            res.storyline_of_event[ev["g9"]] == res.storyline_of_event[ev["p0"]])

    same_event, joined = run()
    assert same_event and joined
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(stream, "STORYLINE_EVENT_ARTICLES", 1)
        same_event, joined = run()
    assert same_event and not joined


@pytest.mark.parametrize("per_event", [1, 2, 0])
def test_follow_ups_keep_the_storyline_in_its_window(monkeypatch, per_event: int) -> None:
    """The storyline window runs from its latest *article*: a trial reported every four days until
    day 40 keeps its storyline open for a new event on day 80, 80 days after the first report."""
    reports = [feat(f"a{d}", d, TRIAL + " banding", "hakimbudi") for d in range(0, 41, 4)]
    monkeypatch.setattr(stream, "STORYLINE_EVENT_ARTICLES", per_event)
    verdict = feat("v80", 80, TRIAL + " kasasi putusan", "hakimbudi")
    linker = StreamLinker()
    for f in (*reports, verdict):
        linker.add(f)
    res = linker.result()
    ev = res.event_of
    assert len({ev[f.id] for f in reports}) == 1 and ev["v80"] != ev["a0"]
    assert res.storyline_of_event[ev["v80"]] == res.storyline_of_event[ev["a0"]]


def test_every_article_in_the_centroid_at_zero(monkeypatch) -> None:
    monkeypatch.setattr(stream, "STORYLINE_EVENT_ARTICLES", 0)
    linker = StreamLinker()
    for f in trial_reports(5):
        linker.add(f)
    (sl,) = linker.stories.groups.values()
    assert stream.hash_key("r3x0") in sl.vec and sl.size == 5
