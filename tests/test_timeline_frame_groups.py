"""A frame pointing back at the statement before it (``Hal itu disampaikan X saat ..., Sabtu (11/10)``,
``Hal tersebut ia sampaikan ...``) is one happening with that statement, even when the frame first
matches another sentence of the day (the occasion it names). Sentences are invented; the time and
quote extractors are the real ones."""

from __future__ import annotations

from kliping.synth.timeline.said_days import POINTS_BACK
from tests.test_timeline_quote_day import timeline_of

PUBLISHED = "2025-10-12"


def _entries(text: str) -> list[tuple[str, list[int]]]:
    return [(t.value, sorted(c.sentence for c in t.citations)) for t in timeline_of(text, PUBLISHED)]


def test_a_frame_with_a_pronoun_points_back() -> None:
    assert POINTS_BACK.match("Hal tersebut ia sampaikan saat membuka seminar hukum, Sabtu (11/10).")
    assert POINTS_BACK.match("Hal itu dia katakan usai rapat di balai kota.")
    assert POINTS_BACK.match("Hal ini juga beliau ungkapkan di hadapan wartawan.")
    assert not POINTS_BACK.match("Hal itu ia lakukan setelah rapat selesai.")


_OPENING = ("Rektor Universitas Nusantara Hendra Wijaya membuka seminar hukum agraria di kampus Depok, "
            "Sabtu (11/10/2025). ")
_STATEMENT = "Menurut Hendra, aturan pertanahan yang tumpang tindih terus merugikan petani kecil di desa. "


def test_the_statement_a_frame_dates_joins_the_occasion_the_frame_names() -> None:
    for frame in ("Hal tersebut ia sampaikan", "Hal itu disampaikan Hendra"):
        entries = _entries(_OPENING + _STATEMENT + frame + " saat membuka seminar hukum agraria di kampus Depok, "
                           "Sabtu (11/10).")
        assert ("2025-10-11", [0, 1, 2]) in entries, frame


def test_a_statement_with_no_frame_stays_apart() -> None:
    entries = _entries(
        _OPENING + "Di tempat lain, banjir merendam 200 rumah warga di Bekasi pada Sabtu (11/10/2025).")
    assert sorted(entries) == [("2025-10-11", [0]), ("2025-10-11", [1])]
