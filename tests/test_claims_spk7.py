"""Claims from the seventh dossier review: a clause saying how the reporter reached the speaker
(``ketika dikonfirmasi``) is not what is admitted; a passive cue whose agent is an unnamed group
(``diakui oleh berbagai investor``) keeps the sentence as its text, not the agent; a relative clause
set off by a comma (``…, yang diduga di atas 60 dollar``) hedges the noun before the comma.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from tests.test_claims_qa6 import claims


def test_the_reporter_reaching_the_speaker_is_not_the_admitted_text():
    t = ("Kepala cabang Budi Santoso mengatakan layanan akan diperluas. Ia juga membenarkan ketika "
         "dikonfirmasi akan membuka gerai di pusat perbelanjaan.")
    assert claims(t) == [("confirmation", "akan membuka gerai di pusat perbelanjaan", "Budi Santoso")]
    t2 = "Budi Santoso membenarkan saat ditanya wartawan bahwa gerai baru akan dibuka bulan depan."
    assert claims(t2) == [("confirmation", "gerai baru akan dibuka bulan depan", "Budi Santoso")]
    # an admission with no such clause is unchanged
    t3 = "Budi Santoso membenarkan bahwa gerai baru akan dibuka bulan depan."
    assert claims(t3) == [("confirmation", "gerai baru akan dibuka bulan depan", "Budi Santoso")]


def test_an_unnamed_agent_after_oleh_is_not_the_claim_text():
    t = ("Budi Santoso mengatakan rupiah berada di tingkat yang wajar. Menurutnya, kondisi itu telah diakui "
         "oleh banyak investor asing maupun lokal.")
    (status, text, actor), = claims(t)
    assert status == "confirmation" and actor is None
    # (round 37: the pointing-back subject shows the statement told before it, docs/quotes.md)
    assert not text.startswith("oleh") and text == "kondisi itu: rupiah berada di tingkat yang wajar"
    # a named agent is the actor, as before
    t2 = "Kesalahan prosedur itu diakui oleh Kepala Dinas Kesehatan Budi Santoso."
    assert claims(t2)[0][2] == "Budi Santoso"


def test_a_comma_relative_hedges_the_noun_before_the_comma():
    t = ("Proyek kilang itu memerlukan ongkos produksi yang lumayan besar, yang diduga sekitar "
         "75 dollar AS per barel.")
    assert claims(t) == [("speculation", "ongkos produksi sekitar 75 dollar AS per barel", None)]
    # a relative after a place in apposition is not given the place as its subject
    t2 = ("Jumlah murid di Kabupaten Contoh Raya, Maluku, yang diduga keracunan sesudah "
          "menyantap bekal sekolah naik menjadi 118 orang.")
    assert not claims(t2)[0][1].startswith("Maluku")
    # a relative with no comma is unchanged
    assert claims("Polisi menangkap pelaku yang diduga membuang bayi di sungai.") == [
        ("allegation", "pelaku membuang bayi di sungai", None)]
