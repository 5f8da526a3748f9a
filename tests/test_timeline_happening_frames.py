"""A sentence pointing back at the happening told before it and dating it (``Peristiwa itu terjadi pada
Selasa malam.``): the happening is of that day, one entry with its frame, shown by what happened
rather than by the frame (round 32). And a sentence opening with a pronoun subject is not shown when
one naming its subject is there. Sentences are invented; the time and quote extractors are the real
ones, the names are given as mentions."""

from __future__ import annotations

from kliping.model import TimelineEntry
from kliping.synth.timeline.shown_text import points_back
from tests.test_timeline_quote_day import timeline_of

PUBLISHED = "2025-10-17"
_TOLD = "Anggota DPRD Kota Malang Budi Santoso mengaku diusir petugas keamanan dari ruang sidang. "


def _timeline(text: str, mentions: list[tuple[str, str, int]]) -> list[TimelineEntry]:
    return timeline_of(text, PUBLISHED, mentions)


def test_a_happening_frame_dates_the_sentence_before_and_is_not_shown() -> None:
    [entry] = _timeline(_TOLD + "Peristiwa itu terjadi pada Selasa (14/10/2025) malam.", [("Budi Santoso", "PERSON", 0)])
    assert entry.value == "2025-10-14"
    assert sorted(c.sentence for c in entry.citations) == [0, 1]
    assert entry.text.startswith("Anggota DPRD Kota Malang Budi Santoso")


def test_every_verb_of_taking_place_and_a_comma_date() -> None:
    for frame in ("Kejadian tersebut berlangsung di gedung dewan, Selasa (14/10/2025).",
                  "Rapat paripurna itu digelar pada Selasa (14/10/2025)."):
        entries = _timeline(_TOLD + frame, [("Budi Santoso", "PERSON", 0)])
        assert [(e.value, sorted(c.sentence for c in e.citations)) for e in entries] == [("2025-10-14", [0, 1])], frame


def test_a_sentence_pointing_further_back_is_not_dated_by_the_frame() -> None:
    """``Polisi membenarkan kejadian ini.`` is the confirmation, not the happening of that night."""
    text = ("Seorang penyanyi dangdut ditampar penonton saat tampil di Grobogan. Kapolsek setempat, Siswanto, "
            "membenarkan kejadian ini. Peristiwa tersebut terjadi pada Selasa (14/10/2025) malam.")
    entries = _timeline(text, [("Grobogan", "LOC", 0), ("Siswanto", "PERSON", 1)])
    assert {c.sentence for e in entries for c in e.citations} == {2}


def test_a_lead_in_naming_no_one_is_not_dated() -> None:
    entries = _timeline("Sejumlah fakta baru terungkap. Peristiwa itu terjadi pada Selasa (14/10/2025) malam.", [])
    assert {c.sentence for e in entries for c in e.citations} == {1}


def test_a_clause_with_its_own_verb_is_no_frame() -> None:
    """``Polisi menduga kebakaran itu terjadi ...`` tells the police's view, not a frame of the sentence before."""
    text = _TOLD + "Polisi menduga keributan itu terjadi pada Selasa (14/10/2025) malam."
    entries = _timeline(text, [("Budi Santoso", "PERSON", 0)])
    assert {c.sentence for e in entries for c in e.citations} == {1}


def test_a_quote_before_the_frame_keeps_its_own_day() -> None:
    text = ('"Kami tidak diberi kesempatan bicara," kata Budi Santoso kepada wartawan, Kamis (16/10/2025). '
            "Peristiwa itu terjadi pada Selasa (14/10/2025) malam.")
    entries = _timeline(text, [("Budi Santoso", "PERSON", 0)])
    assert {(e.value, c.sentence) for e in entries for c in e.citations} == {("2025-10-16", 0), ("2025-10-14", 1)}


def test_a_pronoun_subject_points_back() -> None:
    assert points_back("Dirinya dilantik menggantikan pejabat lama di Istana.")
    assert points_back("Namun, keduanya resmi ditahan pada Senin.")
    assert not points_back("Diana dilantik menggantikan pejabat lama di Istana.")


def test_a_later_day_of_a_clause_of_its_own_is_not_the_frames_day() -> None:
    """``Pengiriman itu berlangsung antara 1 dan 9 Oktober, sebelum ... pada 5 Oktober``: the frame's time
    is the span it opens with; the day after ``pada`` belongs to the meeting, so the sentence before is
    not placed on it."""
    text = ("Pemerintah mengirim 200 ton beras ke Kabupaten Nduga. "
            "Pengiriman itu berlangsung antara 1 Oktober dan 9 Oktober 2025, sebelum Budi Santoso bertemu "
            "para kepala distrik pada 5 Oktober.")
    entries = _timeline(text, [("Kabupaten Nduga", "LOC", 0), ("Budi Santoso", "PERSON", 1)])
    assert not any(c.sentence == 0 and e.value == "2025-10-05" for e in entries for c in e.citations)
