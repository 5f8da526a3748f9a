"""Timeline (``synth.timeline``): deadlines, periods ending on a coming date, weekdays that contradict
their dates, ``keesokan harinya`` and hopes with ``akan``, on the real time extractor's output.

Every sentence here is written for the test (no article text)."""

from __future__ import annotations

from kliping.extract.times import extract_times
from kliping.model import Event, Story, StorylineGroup
from kliping.synth import synthesize
from tests.test_link_helpers import make_ev


def _placed(text: str, published: str = "2025-10-20") -> list[str]:
    """The timeline values of a one-article storyline."""
    a = make_ev("one", text, published=published)
    a.times = extract_times(a.doc)
    story = Story(articles=[a], duplicate_of={}, entities=[], events=[Event("e1", [a.id])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    return sorted(t.value for line in synthesize(story).storylines for t in line.timeline)


def test_a_deadline_is_not_a_happening_but_a_cue_about_something_else_is() -> None:
    """``paling lambat``, ``batas waktu``, ``tenggat``, ``terakhir tanggal`` before a date make it the
    last day allowed, coming or past; the same words before another verb of their own, or cut off by
    a comma, leave the happening's date in."""
    assert _placed("Berkas pendaftaran beasiswa harus diserahkan paling lambat Jumat (24/10/2025).") == []
    assert _placed("Batas waktu pengumpulan berkas beasiswa itu 30 Oktober 2025.") == []
    assert _placed("Tenggat pelunasan tunggakan pajak kendaraan 1 Desember 2025.") == []
    assert _placed('"Data desa harus masuk karena terakhir tanggal 7 Oktober 2025," kata Kepala Dinas.') == []
    assert _placed("Setelah batas waktu habis polisi menggerebek rumah itu pada Senin (20/10/2025).") == [
        "2025-10-20"]
    assert _placed("Polisi menggerebek rumah itu pada Sabtu (18/10/2025), sehari setelah batas waktu habis.") == [
        "2025-10-18"]
    assert _placed("Pendaftaran beasiswa dibuka pada Senin (20/10/2025) di kantor dinas.") == ["2025-10-20"]


def test_a_coming_date_after_hingga_ends_a_period_but_a_past_one_is_a_status() -> None:
    """``ditutup hingga Minggu``, ``diperpanjang hingga 31 Desember``: the end of a period still to
    come is not a happening; a past ``hingga Sabtu`` (a toll as of that day), a coming scheduled
    day without ``hingga`` and an event put off ``hingga Rabu`` (its new day) stay."""
    assert _placed("Jalan di depan pasar ditutup total hingga Minggu (26/10/2025).") == []
    assert _placed("Pemprov memperpanjang keringanan denda pajak kendaraan hingga 31 Desember 2025.") == []
    assert _placed("Perbaikan jembatan akan berlangsung sampai dengan akhir November 2025.") == []
    assert _placed("Hingga Sabtu (18/10/2025), korban banjir yang mengungsi mencapai 300 orang.") == [
        "2025-10-18"]
    assert _placed("Jalan di depan pasar akan ditutup pada Minggu (26/10/2025) untuk karnaval.") == [
        "2025-10-26"]
    assert _placed("Pelantikan kepala desa diundur hingga Rabu (22/10/2025).") == ["2025-10-22"]  # moved to


def test_a_weekday_that_contradicts_its_date_is_settled_by_the_article_or_left_out() -> None:
    """``Selasa (22/10/2025)`` (a Wednesday) in a piece of Tuesday the 21st: a report does not run
    ahead of itself, the Tuesday is right. ``Kamis (17/10/2025)`` (a Friday) in a later piece: the
    date when another sentence names it, else left out. Whichever of the two is the publication
    day wins. A weekday that fits its date is untouched."""
    assert _placed("Sidang perdana digelar di pengadilan negeri, Selasa (22/10/2025).",
                   published="2025-10-21") == ["2025-10-21"]
    assert _placed("Bupati meninjau tanggul yang jebol, Kamis (17/10/2025).", published="2025-10-20") == []
    confirmed = _placed("Bupati meninjau tanggul yang jebol, Kamis (17/10/2025). "
                        "Tanggul itu jebol pada 17 Oktober 2025 dini hari.", published="2025-10-20")
    assert confirmed == ["2025-10-17", "2025-10-17"]  # two happenings of the 17th
    assert _placed("Gubernur membuka pameran UMKM di alun-alun, Senin (19/10/2025).",
                   published="2025-10-20") == ["2025-10-20"]  # the weekday is the publication day
    assert _placed("Gubernur membuka pameran UMKM di alun-alun, Senin (21/10/2025).",
                   published="2025-10-21") == ["2025-10-21"]  # the date is the publication day
    assert _placed("Bupati meninjau tanggul yang jebol, Jumat (17/10/2025).", published="2025-10-20") == [
        "2025-10-17"]


def test_the_next_day_counts_from_the_day_just_told_or_is_left_out() -> None:
    """``keesokan harinya`` follows the day its sentence, or the one before, names; with no such day
    (an earlier part of the story's date is the extractor's fallback) it is left out."""
    assert _placed("Rumah itu terbakar pada Sabtu (11/10/2025) dan keesokan harinya warga bergotong royong "
                   "membersihkan puing.") == ["2025-10-11", "2025-10-12"]
    assert _placed("Rumah itu terbakar pada Sabtu (11/10/2025). Keesokan harinya warga bergotong royong "
                   "membersihkan puing.") == ["2025-10-11", "2025-10-12"]
    assert _placed("Rumah itu terbakar pada Sabtu (11/10/2025). Api berasal dari dapur. Pemilik rumah "
                   "kehilangan seluruh dagangannya. Ia tak bisa berjualan keesokan harinya.") == ["2025-10-11"]


def test_a_hope_with_akan_stays_a_hope_but_a_schedule_after_it_does_not() -> None:
    """``semoga ... akan rampung pada Desember``: ``akan`` is the hoped thing's own future; a
    schedule word (``dijadwalkan``) after a hope about something else keeps the date, and an
    ordinary ``akan`` sentence with no hope stays a scheduled event."""
    assert _placed("Kami berharap proyek jalan tol di kabupaten ini akan rampung pada Desember 2025.") == []
    assert _placed("Warga berharap banyak kepada bupati, sidang perkara itu dijadwalkan Rabu (22/10/2025).") == [
        "2025-10-22"]
    assert _placed("Proyek jalan tol di kabupaten ini akan diresmikan pada Rabu (22/10/2025).") == ["2025-10-22"]


def test_a_date_after_the_aim_as_topic_is_a_target_unless_the_aim_was_met() -> None:
    """``targetnya`` / ``sasarannya`` earlier in the sentence, even beyond a comma, make the date the
    aim's; a word saying the aim was met (``tercapai``, ``sudah``) keeps the date a happening."""
    assert _placed("Direktur itu mengatakan, targetnya pemasangan meteran pintar di seluruh rumah warga, "
                   "rampung pada Desember 2013.", "2013-11-05") == []
    assert _placed("Sasarannya, jaringan air bersih menjangkau empat kecamatan pada Maret 2014.", "2013-11-05") == []
    assert _placed("Direktur itu mengatakan, targetnya sudah tercapai, semua meteran terpasang pada Oktober 2013.",
                   "2013-11-05") == ["2013-10"]
    assert _placed("Pemasangan meteran pintar di seluruh rumah warga rampung pada Oktober 2013.",
                   "2013-11-05") == ["2013-10"]


def test_the_aim_as_topic_does_not_reach_past_a_relative_clause_or_an_announcement() -> None:
    """``targetnya``/``sasarannya`` also name the target of a crime (``sasarannya adalah gudang yang
    dijarah warga pada Sabtu``): a ``yang`` clause after it tells what happened to that target; an
    announcement of the aim (``sasarannya diumumkan ... pada Senin``) is itself a happening."""
    assert _placed("Sasarannya, menurut polisi, adalah pengedar sabu yang diringkus pada Sabtu (18/10/2025) "
                   "di Binjai.") == ["2025-10-18"]
    assert _placed("Targetnya adalah gudang logistik yang dijarah warga pada Sabtu (18/10/2025).") == ["2025-10-18"]
    assert _placed("Targetnya ditetapkan Gubernur pada Senin (20/10/2025) dalam rapat di Surabaya.") == ["2025-10-20"]
    assert _placed("Sasarannya, jaringan air bersih menjangkau empat kecamatan pada Maret 2026.") == []


def test_a_deadline_noun_governed_by_another_verb_keeps_that_verbs_date() -> None:
    """``batas waktu``, ``tenggat`` as the object of a verb (``membicarakan tenggat ... pada Selasa``):
    the date after ``pada`` is when the verb happened; without a verb before the cue, or with an
    adverbial cue (``paling lambat``), the date stays the last day allowed."""
    assert _placed("Komisi II membicarakan tenggat revisi undang-undang pilkada pada Selasa (14/10/2025).") == [
        "2025-10-14"]
    assert _placed("Bupati mengumumkan batas akhir pendaftaran CPNS pada Jumat (17/10/2025).") == [
        "2025-10-17"]
    assert _placed("Tenggat penyerahan laporan kekayaan pejabat pada Jumat (31/10/2025).") == []
    assert _placed("Pejabat wajib menyerahkan laporan kekayaan paling lambat pada Jumat (31/10/2025).") == []


def test_a_put_off_verb_anywhere_before_hingga_makes_the_date_the_new_day() -> None:
    """``ditunda oleh majelis hakim hingga Kamis``, ``diskors sampai Kamis``, ``dijadwalkan ulang
    hingga``, ``menunda ... sampai dengan tanggal``: the event is moved to that day, a schedule that
    stays; a period ending (``ditutup hingga Minggu``) is still left out."""
    assert _placed("Sidang perkara suap itu kemudian ditunda oleh majelis hakim hingga Kamis (23/10/2025).") == [
        "2025-10-23"]
    assert _placed("Rapat paripurna dewan diskors sampai Kamis (23/10/2025).") == ["2025-10-23"]
    assert _placed("Laga tunda itu dijadwalkan ulang hingga Kamis (23/10/2025).") == ["2025-10-23"]
    assert _placed("Kementerian menunda pengumuman kelulusan seleksi sampai dengan tanggal 23 Oktober 2025.") == [
        "2025-10-23"]
    assert _placed("Jalan di depan pasar ditutup total hingga Minggu (26/10/2025).") == []


def test_a_date_glossed_on_indonesian_time_is_one_day() -> None:
    """``Selasa (3/3/2015) waktu setempat (Rabu dini hari WIB)``: one moment told on two clocks, the
    happening's day is the first; a bracketed day without a time zone is no such gloss."""
    assert _placed("Harga kedelai melemah di bursa Chicago pada Selasa (3/3/2015) waktu setempat (Rabu WIB).",
                   "2015-03-04") == ["2015-03-03"]
    assert _placed("Harga kedelai melemah di bursa Chicago pada Selasa (Rabu WIB).", "2015-03-04") == ["2015-03-03"]
    assert _placed("Harga kedelai melemah di bursa Chicago pada Selasa (3/3/2015) dan menguat lagi (Rabu).",
                   "2015-03-05") == ["2015-03-03", "2015-03-04"]


def test_the_earliest_possible_day_still_to_come_is_not_a_happening() -> None:
    """``baru akan bisa``/``baru bisa``/``paling cepat`` before a coming date (also across the commas of
    a list) project when a thing can first happen; a past ``baru bisa`` (it became possible that day)
    and a plain ``baru akan`` schedule stay."""
    assert _placed("Pemkot baru akan bisa memasang kamera tilang di Jalan Merdeka, Jalan Sudirman dan Jalan Ahmad "
                   "Yani pada 1 Januari 2026 mendatang.") == []
    assert _placed("Dinas baru bisa memastikan jumlah sekolah yang rusak pada November.") == []
    assert _placed("Jembatan darurat itu paling cepat rampung pada Desember 2025.") == []
    assert _placed("Jembatan darurat itu baru bisa dilalui kendaraan pada Sabtu (18/10/2025).") == ["2025-10-18"]
    assert _placed("Sidang gugatan warga baru akan digelar pada Senin (27/10/2025).") == ["2025-10-27"]


def test_a_threat_still_to_come_is_not_a_happening_but_a_clause_after_it_is() -> None:
    """``terancam ditutup mulai <date>``, ``mengancam mogok mulai Senin``: what is threatened has not
    happened; the threat word inside a ``yang`` clause, or a verb of its own after a comma, leaves
    the date to that verb."""
    assert _placed("Puluhan warung di terminal itu terancam ditutup mulai akhir Oktober 2025.", "2025-10-12") == []
    assert _placed("Serikat sopir angkot mengancam mogok mulai Senin (27/10/2025).") == []
    assert _placed("Pabrik yang terancam tutup itu digerebek polisi pada Senin (27/10/2025).") == ["2025-10-27"]
    assert _placed("Warga bantaran terancam banjir, sementara bupati meresmikan tanggul pada Senin (27/10/2025).") == [
        "2025-10-27"]
    assert _placed("Puluhan warung di terminal itu terancam ditutup sejak Senin (13/10/2025).") == ["2025-10-13"]


def test_a_quoted_relative_day_glossed_with_its_date_is_not_moved_again() -> None:
    """``"Hari ini, Selasa (21/10), ...," kata X, Selasa (21/10)`` in a piece of the 22nd: the time
    extractor reads ``Hari ini`` from its gloss, so the quote's day does not move it a second time
    (it would place the statement at the 20th too); an unglossed ``hari ini`` in the quote still
    counts from the day it was said."""
    from kliping.model import Quote

    text = ('"Hari ini, Selasa (21/10), tim kami memeriksa empat saksi kasus jembatan," kata juru periksa Rudi '
            "kepada wartawan, Selasa (21/10).")
    a = make_ev("one", text, published="2025-10-22")
    a.times = extract_times(a.doc)
    a.quotes.append(Quote(text=text.split('"')[1], sentence=0, speaker_name="Rudi", direct=True))
    story = Story(articles=[a], duplicate_of={}, entities=[], events=[Event("e1", [a.id])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    assert sorted(t.value for line in synthesize(story).storylines for t in line.timeline) == ["2025-10-21"]
    text2 = '"Hari ini tim kami memeriksa empat saksi kasus jembatan," kata juru periksa Rudi, Selasa (21/10).'
    b = make_ev("two", text2, published="2025-10-22")
    b.times = extract_times(b.doc)
    b.quotes.append(Quote(text=text2.split('"')[1], sentence=0, speaker_name="Rudi", direct=True))
    story = Story(articles=[b], duplicate_of={}, entities=[], events=[Event("e1", [b.id])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    assert sorted(t.value for line in synthesize(story).storylines for t in line.timeline) == ["2025-10-21"]


def test_a_date_with_a_part_of_day_places_its_sentence_but_a_bare_time_does_not() -> None:
    """``Senin (20/10) malam``, ``Minggu, 19 Oktober 2025 malam``, ``Selasa sore``: the time extractor
    gives a time of day (``2025-10-20TNI``), and the day it names is the happening's day as much as
    ``Senin (20/10)`` alone; a time with no day of its own (``malam hari``, ``pukul 21.00``) places
    nothing. ``tadi malam`` names a day counted back, as ``kemarin`` does: the day before
    (tests/test_timeline_day_parts.py)."""
    assert _placed("Polisi menangkap dua pencuri motor itu Senin (20/10) malam.", "2025-10-21") == ["2025-10-20"]
    assert _placed("Gudang pupuk itu terbakar pada Minggu, 19 Oktober 2025 malam.", "2025-10-21") == ["2025-10-19"]
    assert _placed("Hujan es turun di pasar kecamatan Selasa sore.", "2025-10-22") == ["2025-10-21"]
    assert _placed("Gudang pupuk itu terbakar pada malam hari.", "2025-10-21") == []
    assert _placed("Gudang pupuk itu terbakar sekitar pukul 21.00 WIB.", "2025-10-21") == []
    assert _placed("Gudang pupuk itu terbakar tadi malam.", "2025-10-21") == ["2025-10-20"]
