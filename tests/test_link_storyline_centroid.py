"""With ``STORYLINE_OPENERS_ONLY`` (off by default) a storyline's centroid is its events' first articles, one per event:
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


def test_later_reports_of_an_event_do_not_enter_the_storyline_centroid(monkeypatch) -> None:
    monkeypatch.setattr(stream, "STORYLINE_OPENERS_ONLY", True)
    linker = StreamLinker()
    for f in trial_reports(5):
        linker.add(f)
    res = linker.result()
    assert len(set(res.event_of.values())) == 1
    (sl,) = linker.stories.groups.values()
    # the first report's own words are in the storyline centroid, a follow-up's are not
    assert stream.hash_key("r0x0") in sl.vec
    assert stream.hash_key("r3x0") not in sl.vec and stream.hash_key("r4x0") not in sl.vec
    # ... while the event's centroid has them all, and the storyline counts every article
    assert stream.hash_key("r3x0") in linker.events.groups[res.event_of["t0"]].vec
    assert sl.size == 5


@pytest.mark.parametrize("openers", [True, False])
def test_follow_ups_keep_the_storyline_in_its_window(monkeypatch, openers: bool) -> None:
    """The storyline window runs from its latest *article*: a trial reported every four days until
    day 40 keeps its storyline open for a new event on day 80, 80 days after the first report."""
    reports = [feat(f"a{d}", d, TRIAL + " banding", "hakimbudi") for d in range(0, 41, 4)]
    monkeypatch.setattr(stream, "STORYLINE_OPENERS_ONLY", openers)
    verdict = feat("v80", 80, TRIAL + " kasasi putusan", "hakimbudi")
    linker = StreamLinker()
    for f in (*reports, verdict):
        linker.add(f)
    res = linker.result()
    ev = res.event_of
    assert len({ev[f.id] for f in reports}) == 1 and ev["v80"] != ev["a0"]
    assert res.storyline_of_event[ev["v80"]] == res.storyline_of_event[ev["a0"]]


def test_every_article_in_the_centroid_by_default() -> None:
    linker = StreamLinker()
    for f in trial_reports(5):
        linker.add(f)
    (sl,) = linker.stories.groups.values()
    assert stream.hash_key("r3x0") in sl.vec and sl.size == 5
