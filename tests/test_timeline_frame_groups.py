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


def test_a_frame_naming_its_speaker_first_points_back() -> None:
    """The speaker first and the pointer the object of an active speech verb, then only an adjunct
    before the day: a frame like ``Hal itu disampaikan X, ...``. A pointer followed by a reason, or a
    confirmation or denial (an answer to a claim told before), is a statement of its own."""
    assert POINTS_BACK.match("Kepala Dinas Perhubungan Kota Bogor Rina Wulandari menyampaikan hal itu, "
                             "Senin (3/2/2025), di Bogor.")
    assert POINTS_BACK.match("Rina mengatakan hal tersebut kepada wartawan, Senin (3/2).")
    assert POINTS_BACK.match("Bupati Sleman menegaskan hal itu di Pendopo Kabupaten Sleman pada Selasa.")
    assert not POINTS_BACK.match("Namun, Rina menyampaikan hal itu karena anggaran daerah terbatas.")
    assert not POINTS_BACK.match("Rina membantah hal itu, Senin (3/2).")
    # a negated saying, or one inside a quote, tells what was not said: no frame
    assert not POINTS_BACK.match("Wali kota tidak pernah menyampaikan hal itu, Senin (3/2).")
    assert not POINTS_BACK.match('Padahal kami tidak mengatakan hal itu," kata Rina, Senin (3/2).')


def test_the_statement_before_a_speaker_first_frame_is_shown_at_its_day() -> None:
    """``X menyampaikan hal itu, Sabtu (11/10), di Depok.`` tells only who said the sentence before and
    when: the entry of that day shows the statement and cites the frame with it."""
    [entry] = [t for t in timeline_of(
        "Pemerintah Kota Depok menunda pembangunan pasar induk di Cimanggis hingga tahun depan. "
        "Rektor Universitas Nusantara Hendra Wijaya menyampaikan hal itu, Sabtu (11/10/2025), di Depok.",
        PUBLISHED) if t.value == "2025-10-11"]
    assert entry.text.startswith("Pemerintah Kota Depok menunda")
    assert sorted(c.sentence for c in entry.citations) == [0, 1]
