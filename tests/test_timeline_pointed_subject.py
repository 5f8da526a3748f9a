"""A sentence whose subject points back at the sentence before it (``Agenda tersebut ...``, ``Hal itu
...``), placed at the same day, goes on with that sentence's happening: one entry, not the
happening and its continuation on two lines of one day; so does an article's aside of that day (a
lead-in line, the day's occasion named by its day). Sentences are invented; the time and quote
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


_CEREMONY = ("Pembukaan Festival Kopi Nusantara 2025 digelar di halaman Balai Kota Bandung, Selasa (21/10/2025). "
             '"Acara hari ini menjadi ajang penting bagi petani kopi kecil untuk bertemu pembeli," ujar Wali Kota '
             "Bandung Arif Santoso, Selasa (21/10/2025).")


def test_the_days_occasion_named_by_its_day_joins_the_article_happening_of_that_day(monkeypatch) -> None:
    """``Acara hari ini ...`` names the festival the article dates that day: one entry, shown by the
    sentence telling the festival."""
    entries = timeline_of(_CEREMONY, "2025-10-21")
    assert [(t.value, sorted(c.sentence for c in t.citations)) for t in entries] == [("2025-10-21", [0, 1])]
    assert entries[0].text.startswith("Pembukaan Festival Kopi")
    monkeypatch.setattr(grouping, "ARTICLE_ASIDES_JOIN", False)
    assert _entries(_CEREMONY) == [("2025-10-21", [0]), ("2025-10-21", [1])]


def test_a_lead_in_line_joins_the_article_happening_and_is_not_shown(monkeypatch) -> None:
    text = ("Hujan lebat diperkirakan mengguyur sebagian besar Jawa Barat, Rabu (22/10/2025). "
            "Berikut daftar kecamatan yang perlu waspada longsor hari ini:")
    entries = timeline_of(text, "2025-10-22")
    assert [sorted(c.sentence for c in t.citations) for t in entries] == [[0, 1]]
    assert entries[0].text.startswith("Hujan lebat")
    monkeypatch.setattr(grouping, "ARTICLE_ASIDES_JOIN", False)
    assert len(timeline_of(text, "2025-10-22")) == 2


def test_an_aside_with_two_other_happenings_that_day_stays_apart() -> None:
    """Which of two happenings of the day the occasion is cannot be told: nothing joins."""
    text = ("Pembukaan Festival Kopi Nusantara 2025 digelar di halaman Balai Kota Bandung, Selasa (21/10/2025). "
            "Di tempat lain, banjir merendam 200 rumah warga Gedebage pada Selasa (21/10/2025). "
            '"Acara hari ini menjadi ajang penting bagi petani kopi kecil untuk bertemu pembeli," ujar Wali Kota '
            "Bandung Arif Santoso, Selasa (21/10/2025).")
    assert _entries(text) == [("2025-10-21", [0]), ("2025-10-21", [1]), ("2025-10-21", [2])]
