"""A narration sentence re-run in a later article with its ``hari ini`` unchanged counts from the
earlier copy's day, when the later article names that day itself (docs/times.md, "A republished
narration's hari ini"). Sentences, people and places are invented; the time and quote extractors
are the real ones."""

from __future__ import annotations

from tests.test_timeline_repeated_quote import days_of, placed, timeline

ABSENT = ("Adapun Sinta hari ini tidak datang memenuhi panggilan penyidik Polda Jawa Tengah untuk "
          "diperiksa sebagai tersangka.")
FIRST = ("Penyidik memanggil Sinta Dewi sebagai tersangka kasus pemalsuan dokumen tanah. " + ABSENT
         + ' "Klien kami sakit," kata kuasa hukumnya, Rahmat Hidayat, Senin (20/10/2025).')
RERUN = ("Kuasa hukum Sinta Dewi, Rahmat Hidayat, menanggapi penetapan tersangka itu kepada wartawan, "
         "Senin (20/10/2025). " + ABSENT)


def test_a_rerun_narrations_hari_ini_is_the_earlier_copys_day() -> None:
    assert days_of(("r1", FIRST, "2025-10-20"), ("r2", RERUN, "2025-10-21"), 1) == ({"2025-10-20"}, {"2025-10-20"})


def test_the_rerun_sentence_joins_the_first_copys_entry() -> None:
    entries = timeline(("r1", FIRST, "2025-10-20"), ("r2", RERUN, "2025-10-21"))
    assert not any(v == "2025-10-21" for v, _a, _s in placed(entries))


def test_a_next_day_report_repeating_a_line_without_naming_the_earlier_day_keeps_its_own_day() -> None:
    line = "Nilai tukar rupiah ditutup menguat terhadap dolar AS pada perdagangan hari ini di pasar spot."
    assert days_of(("m1", line, "2025-07-07"), ("m2", line, "2025-07-08"), 0) == ({"2025-07-07"}, {"2025-07-08"})


def test_a_repeated_line_with_other_figures_keeps_its_own_day() -> None:
    first = "Harga cabai rawit di Pasar Kranggan hari ini naik menjadi Rp 80 ribu per kilogram dari pekan lalu."
    later = ("Pedagang menyebut pasokan dari Temanggung berkurang sejak Senin (20/10/2025). "
             "Harga cabai rawit di Pasar Kranggan hari ini naik menjadi Rp 85 ribu per kilogram dari pekan lalu.")
    got = placed(timeline(("p1", first, "2025-10-20"), ("p2", later, "2025-10-21")))
    assert ("2025-10-21", "p2", 1) in got
    assert ("2025-10-20", "p1", 0) in got


def test_a_copy_published_too_long_before_moves_nothing() -> None:
    old = FIRST.replace("20/10/2025", "6/10/2025")
    rerun = RERUN.replace("20/10/2025", "6/10/2025")
    assert days_of(("o1", old, "2025-10-06"), ("o2", rerun, "2025-10-21"), 1)[1] == {"2025-10-21"}
