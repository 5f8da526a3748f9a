"""A recalled figure (``Point.recall``) in the findings, the summaries and the timeline agreements: it restates an
earlier statement, so it is no second source of it, and, unless its sentence names the statement's day, no reading
at its article's date (``findings.facts.usable``, ``summary.stating_sources``, ``findings.timeline_agreements``). A
recalled quote is no second source of a quote agreement either (``recalls.recalled_speaker``, ``quote_agreements``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.link import link
from kliping.synth.corpus import build_corpus
from kliping.synth.figures import recalls_figure
from kliping.synth.recalls import recalled_speaker
from kliping.synth.summary import candidates, stating_sources
from tests.test_synth_figures import _dossier, _ev, _found

# smart water meters fitted: a first report, the outlet's recall of its own later report, a first-hand later count
_METERS_FIRST = _ev("m1", "Perusahaan air minum daerah baru memasang meteran air pintar di 1.200 rumah pelanggan di "
                    "Kota Selatan. Pemasangan dilakukan bertahap mulai dari perumahan padat.", "2025-09-01",
                    "Warta Contoh")
_METERS_RECALL = _ev("m2", "Warga Kota Selatan mengeluhkan tagihan air yang melonjak bulan ini. Diberitakan "
                     "sebelumnya, meteran air pintar sudah terpasang di 5.000 rumah pelanggan di Kota Selatan.",
                     "2025-09-20", "Harian Uji")
_METERS_LATER = _ev("m3", "Meteran air pintar kini terpasang di 5.000 rumah pelanggan di Kota Selatan, kata direktur "
                    "perusahaan air minum daerah. Perusahaan menargetkan seluruh pelanggan terlayani tahun depan.",
                    "2025-09-25", "Kabar Lain")

# houses damaged by an earthquake: the agency's count of the day, a recall of its earlier count, another count
_QUAKE_AGENCY = _ev("d1", "BPBD menyatakan 300 rumah rusak akibat gempa di Kabupaten Lereng, Rabu (8/10/2025). "
                    "Sebagian warga memilih tidur di tenda darurat.", "2025-10-08", "Warta Contoh")
_QUAKE_RECALL = _ev("d2", "Warga korban gempa di Kabupaten Lereng mulai menerima bantuan tenda dan selimut. "
                    "Pekan lalu, BPBD menyatakan 250 rumah rusak akibat gempa di Kabupaten Lereng.", "2025-10-08",
                    "Harian Uji")
_QUAKE_DATED_RECALL = _ev("d4", "Warga korban gempa di Kabupaten Lereng mulai menerima bantuan tenda dan selimut. "
                          "Dua hari lalu, BPBD menyatakan 250 rumah rusak akibat gempa di Kabupaten Lereng.",
                          "2025-10-08", "Harian Uji")
_QUAKE_REGENCY = _ev("d3", "Pemerintah kabupaten mencatat 420 rumah rusak akibat gempa di Kabupaten Lereng, Rabu "
                     "(8/10/2025). Pendataan masih berlangsung di desa-desa terpencil.", "2025-10-08", "Kabar Lain")

# families displaced by a flood: two outlets' first-hand reports and a later outlet's recall of the agency
_FLOOD_FIRST = _ev("f1", "Dinas Sosial mencatat 320 keluarga mengungsi akibat banjir bandang di Kecamatan Sukamaju "
                   "pada Senin (6/10/2025). Air merendam rumah warga hingga setinggi dada orang dewasa.",
                   "2025-10-06", "Warta Contoh")
_FLOOD_RECALL = _ev("f2", "Sebagian pengungsi banjir di Sukamaju mulai kembali ke rumah untuk membersihkan lumpur. "
                    "Pekan lalu, Dinas Sosial menyatakan 320 keluarga mengungsi akibat banjir bandang di Kecamatan "
                    "Sukamaju pada Senin (6/10/2025).", "2025-10-14", "Harian Uji")
_FLOOD_SECOND = _ev("f3", "Sebanyak 320 keluarga di Kecamatan Sukamaju mengungsi karena banjir bandang pada Senin "
                    "(6/10/2025), kata Dinas Sosial. Posko darurat didirikan di balai desa.", "2025-10-06",
                    "Kabar Lain")


def test_a_recall_dated_only_earlier_is_no_later_stage_of_an_update() -> None:
    """``Diberitakan sebelumnya, ... 5.000 rumah`` is dated at its article, after the statement it repeats: no stage."""
    assert not _found(_dossier(_METERS_FIRST, _METERS_RECALL), "update")
    # the first-hand later count is the stage
    assert _found(_dossier(_METERS_FIRST, _METERS_RECALL, _METERS_LATER), "update") == [[("m1", 0), ("m3", 0)]]


def test_a_recall_and_a_newer_first_hand_count_of_its_party_are_no_discrepancy() -> None:
    """The agency said 250 a week ago and says 300 today: the recall is its earlier value, not a conflicting report."""
    assert not _found(_dossier(_QUAKE_AGENCY, _QUAKE_RECALL), "discrepancy")


def test_two_first_hand_counts_still_conflict_beside_a_recall() -> None:
    assert _found(_dossier(_QUAKE_AGENCY, _QUAKE_RECALL, _QUAKE_REGENCY), "discrepancy") == [[("d1", 0), ("d3", 0)]]


def test_a_recall_that_names_the_statements_day_is_a_reading_of_that_day() -> None:
    """``Dua hari lalu, BPBD menyatakan 250 rumah``: dated two days back, the agency's count then rose to 300."""
    assert _found(_dossier(_QUAKE_AGENCY, _QUAKE_DATED_RECALL), "update") == [[("d4", 1), ("d1", 0)]]


def test_a_recalled_restatement_is_cited_in_a_summary_but_is_no_second_source() -> None:
    story = link([_FLOOD_FIRST, _FLOOD_RECALL, _FLOOD_SECOND])
    corpus = build_corpus(story)
    first, recall, second = (corpus.by_id[a] for a in ("f1", "f2", "f3"))
    assert recalls_figure(corpus, recall, 1) and not recalls_figure(corpus, first, 0)
    source = corpus.source_keys([first, recall, second])
    assert stating_sources(corpus, source, [(first, 0), (recall, 1)], one_outlet=False) == 1
    assert stating_sources(corpus, source, [(recall, 1), (first, 0)], one_outlet=False) == 1
    assert stating_sources(corpus, source, [(first, 0), (second, 0), (recall, 1)], one_outlet=False) == 2
    # one report and a recall: the lede is cited with the recall, and is no fact several sources state
    corpus = build_corpus(link([_FLOOD_FIRST, _FLOOD_RECALL]))
    lede = next(c for c in candidates(corpus, [0, 1]) if corpus.rows[c.row] == (corpus.by_id["f1"], 0))
    assert (corpus.by_id["f2"], 1) in lede.cites and not lede.agreed


def test_a_dated_happening_told_by_one_report_and_a_recall_is_no_timeline_agreement() -> None:
    d = _dossier(_FLOOD_FIRST, _FLOOD_RECALL)
    [entry] = [e for sl in d.storylines for e in sl.timeline if e.value == "2025-10-06"]
    assert {c.article for c in entry.citations} == {"f1", "f2"}  # the timeline still cites the recall
    assert not [f for f in _found(d, "agreement") if ("f1", 0) in f]
    # two first-hand reports agree on it; the recall is not listed
    d = _dossier(_FLOOD_FIRST, _FLOOD_RECALL, _FLOOD_SECOND)
    dated = [f for sl in d.storylines for f in sl.findings if f.kind == "agreement" and f.about == "2025-10-06"]
    assert [[(i.article, i.sentence) for i in f.items] for f in dated] == [[("f1", 0), ("f3", 0)]]


# a shelter kept open: the agency's statement reported first-hand by two outlets, and recalled a week later by a third
_SHELTER_FIRST = _ev("p1", "Dinas Sosial menyatakan posko pengungsian di balai desa Sukamaju tetap dibuka sampai akhir "
                     "bulan. Relawan masih mendata kebutuhan selimut dan obat-obatan.", "2025-10-06", "Warta Contoh")
_SHELTER_RECALL = _ev("p2", "Sebagian pengungsi di Sukamaju mulai pulang untuk membersihkan rumah. Pekan lalu, Dinas "
                      "Sosial menyatakan posko pengungsian di balai desa Sukamaju tetap dibuka sampai akhir bulan.",
                      "2025-10-14", "Harian Uji")
_SHELTER_SECOND = _ev("p3", "Posko pengungsian di balai desa Sukamaju tetap dibuka sampai akhir bulan, kata Dinas "
                      "Sosial. Dapur umum menyiapkan makanan tiga kali sehari.", "2025-10-06", "Kabar Lain")


def test_a_recalled_statement_is_no_second_article_agreeing_with_its_quote() -> None:
    """``Pekan lalu, Dinas Sosial menyatakan ...`` repeats the statement the first report quoted: no agreement."""
    assert [q.text for q in _SHELTER_RECALL.quotes] == [q.text for q in _SHELTER_FIRST.quotes]  # still quoted
    assert not _found(_dossier(_SHELTER_FIRST, _SHELTER_RECALL), "agreement")
    # two first-hand reports of it agree; the recall is not listed
    assert _found(_dossier(_SHELTER_FIRST, _SHELTER_RECALL, _SHELTER_SECOND), "agreement") == [[("p1", 0), ("p3", 0)]]


def test_a_quote_is_recalled_when_its_sentence_places_the_statement_earlier() -> None:
    assert recalled_speaker("Sebelumnya, Camat Sukamaju mengatakan dapur umum akan dibuka di dua desa.",
                            "dapur umum akan dibuka di dua desa") == "Camat Sukamaju"
    # a direct quote running on into the next sentence is found by its opening words
    assert recalled_speaker('Bupati Lereng sempat menyatakan, "Kami akan membangun ulang jembatan gantung itu.',
                            "Kami akan membangun ulang jembatan gantung itu. Dananya dari kas daerah") == "Bupati Lereng"
    # no earlier time, or one inside the quote (it dates what is said, not the saying): the report of the statement
    assert recalled_speaker("Camat Sukamaju mengatakan dapur umum akan dibuka di dua desa.",
                            "dapur umum akan dibuka di dua desa") is None
    assert recalled_speaker("Camat Sukamaju mengatakan banjir pekan lalu merusak jembatan desa.",
                            "banjir pekan lalu merusak jembatan desa") is None
