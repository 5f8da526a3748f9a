"""A sentence whose subject points back at the sentence before it (``Agenda tersebut ...``, ``Hal itu
...``), placed at the same day, goes on with that sentence's happening: one entry, not the
happening and its continuation on two lines of one day. Sentences are invented; the time and quote
extractors are the real ones."""

from __future__ import annotations

from kliping.synth.timeline import grouping
from tests.test_timeline_quote_day import timeline_of

PUBLISHED = "2025-10-24"


def _entries(text: str) -> list[tuple[str, list[int]]]:
    return sorted((t.value, sorted(c.sentence for c in t.citations)) for t in timeline_of(text, PUBLISHED))


_CANCELLED = ("Peresmian pasar induk Cikarang yang dijadwalkan hari ini dibatalkan. Agenda tersebut sedianya "
              "dihadiri Bupati Bekasi di lokasi pasar hari ini, Jumat (24/10/2025), pukul 09.00 WIB.")
_WARRANT = ("Status kasus pengadaan bibit itu naik ke tahap penyidikan sejak 3 September 2025. Hal itu didasari "
            "surat perintah penyidikan Kepala Kejaksaan Negeri Bogor tanggal 3 September 2025.")


def test_a_pointed_subject_on_the_same_day_is_the_happening_before_it(monkeypatch) -> None:
    assert _entries(_CANCELLED) == [("2025-10-24", [0, 1])]
    assert _entries(_WARRANT) == [("2025-09-03", [0, 1])]
    monkeypatch.setattr(grouping, "POINTED_SUBJECT_SAME", False)
    assert _entries(_CANCELLED) == [("2025-10-24", [0]), ("2025-10-24", [1])]
    assert _entries(_WARRANT) == [("2025-09-03", [0]), ("2025-09-03", [1])]


def test_a_sentence_naming_its_own_subject_or_pointing_at_a_thing_stays_apart() -> None:
    """A thing of the sentence before pointed back to (``Tanggul itu jebol ...``) may have a happening of
    its own that day: only an occasion or an act pointed back to goes on with the happening before."""
    text = ("Peresmian pasar induk Cikarang digelar Bupati Bekasi pada Jumat (24/10/2025). Warga Tambun "
            "memprotes banjir di jalan desa mereka pada Jumat (24/10/2025).")
    assert _entries(text) == [("2025-10-24", [0]), ("2025-10-24", [1])]
    text = ("Bupati Bekasi meninjau tanggul Kali Cikarang pada Jumat (24/10/2025) siang. Tanggul itu ambrol "
            "diterjang arus deras sekitar pukul 03.00 WIB, Jumat (24/10/2025).")
    assert len(_entries(text)) == 2
