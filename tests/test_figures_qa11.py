"""Figure and finding names from the QA read of real dossiers: a series and a finding are headed as the reader
finds them in the articles. A word the articles write as an acronym (``MOPS``, ``RON92``, ``UMKM``) is shown so,
not as its lower-case key (``figures.shown_series_name``), and a finding is named after the table series of its
values (``findings.collect.name_by_series``: ``per barel (Brent)``, ``kurs rupiah (per dolar AS)``), not after the bare
key (``per barel``, ``IDR``) that several series share.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.synth.figures import shown_series_name
from kliping.synth.figures.table import written_forms
from tests.test_figures_qa import _series
from tests.test_synth_figures import _dossier, _ev


def test_an_acronym_counted_noun_is_headed_as_the_article_writes_it() -> None:
    series = _series("Dinas Koperasi Kabupaten Sukamaju membina 240 UMKM sepanjang tahun ini. "
                     "Sebanyak 35 pelatih dikerahkan ke setiap kecamatan.")
    assert series.get("UMKM") == [240.0]
    assert "umkm" not in series


def test_a_product_written_as_an_acronym_keeps_its_capitals_in_the_series_name() -> None:
    series = _series("Menurut hitungan lembaga kajian energi, harga pokok RON92 kini Rp 6.150 per liter di depot. "
                     "Harga minyak tanah tetap Rp 2.500 per liter di pangkalan.")
    assert series.get("per liter (RON92)") == [6150.0]
    assert not any("ron92" in name for name in series)


def test_only_words_written_in_capitals_change_and_a_unit_name_stays() -> None:
    texts = ["Pada Senin, harga MOPS berada di 71 dollar AS per barel, kata analis.",
             "Stok minyak di depot mencapai 2 juta KL pada pekan ini."]
    assert written_forms(texts)["mops"] == "MOPS"
    assert "harga" not in written_forms(texts)  # written in lower case: no form of its own
    assert shown_series_name("per barel (mops)", "USD", texts) == "per barel (MOPS)"
    assert shown_series_name("kl", "kl", texts) == "kl"  # a series named by its unit is headed by the unit
    assert shown_series_name("per barel (wti)", "USD", ()) == "per barel (WTI)"  # a grade as a reader writes it


def test_an_update_of_one_grade_is_named_by_its_grade_series() -> None:
    """Brent and WTI closes reported on two days by two outlets: two tables, ``per barel (Brent)`` and ``per barel
    (WTI)``; the update of the Brent close is headed ``per barel (Brent)`` as its table is, not ``per barel``, which
    would not tell the reader which of the two it is."""
    a = _ev("m1", "Harga minyak kembali melemah di pasar dunia pada perdagangan Senin. "
            "Minyak mentah Brent ditutup di posisi 81,40 dollar AS per barel di bursa London. "
            "Sementara minyak WTI ditutup pada 77,20 dollar AS per barel di New York.",
            "2024-10-07", "Warta Contoh")
    b = _ev("m2", "Harga minyak dunia terus merosot pada perdagangan Kamis. "
            "Minyak mentah Brent ditutup di posisi 76,90 dollar AS per barel di bursa London. "
            "Sementara minyak WTI ditutup pada 72,60 dollar AS per barel di New York.",
            "2024-10-10", "Kabar Lain")
    [line] = _dossier(a, b).storylines
    assert {"per barel (Brent)", "per barel (WTI)"} <= {f.about for f in line.figures}
    [brent] = [f for f in line.findings if f.kind == "update" and ("m1", 1) in [(i.article, i.sentence) for i in f.items]]
    assert brent.about == "per barel (Brent)"
    assert all(f.about != "per barel" for f in line.findings)


def test_a_rupiah_rate_finding_is_named_as_the_rate_table() -> None:
    a = _ev("k1", "Nilai tukar rupiah terhadap dolar AS melemah pada Senin (3/3/2025). "
            "Kurs rupiah ditutup di level Rp 16.420 per dolar AS di pasar spot.",
            "2025-03-03", "Warta Contoh")
    b = _ev("k2", "Nilai tukar rupiah terhadap dolar AS kembali melemah pada Kamis (6/3/2025). "
            "Kurs rupiah ditutup di level Rp 16.510 per dolar AS di pasar spot.",
            "2025-03-06", "Kabar Lain")
    [line] = _dossier(a, b).storylines
    [upd] = [f for f in line.findings if f.kind == "update"]
    assert upd.about == "kurs rupiah (per dolar AS)"
    assert upd.about in {f.about for f in line.figures}


def test_a_bare_rupiah_amount_near_the_articles_rate_is_that_rate() -> None:
    """The second amount names no rate word of its own (``Angka itu ..., yaitu Rp 16.351``), but it lies within a few
    per cent of the rate the article states: it is the rupiah's rate too, of the same pair, not a bare ``IDR``. A
    rupiah amount far from the rate (a fee of Rp 7.500) stays what it was."""
    series = _series("Nilai tukar dolar AS terhadap rupiah berada pada level Rp 16.405 pada Rabu siang. "
                     "Angka itu lebih tinggi dari pembukaan pagi, yaitu Rp 16.351. "
                     "Sementara itu, bank mengenakan ongkos kirim Rp 7.500 untuk setiap transfer valas.")
    rates = series.get("kurs rupiah (per dolar AS)", [])
    assert sorted(rates) == [16351.0, 16405.0]
    assert 7500.0 not in rates


def _brent_pair(first: str, second: str):
    a = _ev("b1", "Harga minyak dunia bergerak liar pekan ini. " + first, "2024-10-15", "Warta Contoh")
    b = _ev("b2", "Pasar minyak kembali bergejolak pada Selasa. " + second, "2024-10-15", "Kabar Lain")
    [line] = _dossier(a, b).storylines
    return [f for f in line.findings if f.kind == "discrepancy"]


def test_a_reading_that_moved_on_from_another_is_the_next_session_not_a_disagreement() -> None:
    """One outlet gives the London close (down 40 cents to 80,10), the other, the same day, the next session's price
    (up 15 cents to 80,25): 80,25 minus 15 cents is the 80,10 close, so the second moved on from the first. Two
    sessions, no discrepancy (``figures.moves.prior_level``, ``findings.discrepancy.follows``)."""
    assert _prior("Minyak Brent kehilangan 40 sen ke posisi 80,10 dollar AS per barel.") == 80.5
    assert _brent_pair("Minyak mentah Brent kehilangan 40 sen ke posisi 80,10 dollar AS per barel di London.",
                       "Harga minyak Brent naik 15 sen menjadi 80,25 dollar AS per barel di bursa berjangka.") == []


def test_two_readings_moved_from_one_level_still_disagree() -> None:
    """Both moved from 80,50 (down 40 cents to 80,10; down 20 cents to 80,30): one session, two prices, a
    discrepancy as before."""
    [disc] = _brent_pair("Minyak mentah Brent kehilangan 40 sen ke posisi 80,10 dollar AS per barel di London.",
                         "Harga minyak Brent turun 20 sen menjadi 80,30 dollar AS per barel di London.")
    assert disc.about == "per barel (Brent)"


def _prior(sentence: str) -> float | None:
    """The prior of the sentence's level, as ``figure_points`` reads it."""
    from kliping.synth.figures.moves import article_moves
    from kliping.synth.figures.moves import prior_level as read

    ev = _ev("p1", sentence, "2024-10-15", "Warta Contoh")
    moves = article_moves(ev)
    [level] = [q for q in ev.quantities if (q.sentence, q.start) not in moves]
    return read(sentence, level, ev.quantities, moves)


def test_a_sum_converted_into_rupiah_is_no_second_figure() -> None:
    """``US$ 2 juta atau sekitar Rp 32,5 miliar``: the rupiah sum restates the dollar sum at a rate the writer chose;
    it is no bare ``IDR`` table of its own. A rupiah sum standing alone in the same report stays."""
    series = _series("Perusahaan rintisan itu menerima pendanaan awal sebesar US$ 2 juta atau sekitar Rp 32,5 miliar "
                     "dari tiga investor. Sebelumnya, pendirinya menyetor modal Rp 750 juta dari tabungan pribadi.")
    assert 32_500_000_000.0 not in [v for values in series.values() for v in values]
    assert [2_000_000.0] in series.values()
    assert series.get("modal") == [750_000_000.0]


def test_a_price_with_its_rupiah_equivalent_in_dashes_is_one_price() -> None:
    series = _series("Di bursa London, minyak Brent naik 20 sen menjadi 72,40 dollar AS\u2014setara Rp 1,18 juta\u2014"
                     "per barel pada Kamis sore.")
    assert series.get("per barel (Brent)") == [72.4]
    assert all(v != 1_180_000.0 for values in series.values() for v in values)


def test_one_unit_of_a_currency_in_rupiah_is_a_rate_not_a_conversion() -> None:
    series = _series("Dalam hitungan lembaga itu, setiap US$ 1 atau Rp 16.420 yang dibelanjakan kembali lima kali "
                     "lipat. Kurs rupiah ditutup pada Rp 16.420 per dolar AS hari itu.")
    assert series.get("kurs rupiah (per dolar AS)") == [16420.0]  # the article's one reading, listed once


def test_a_compensation_and_a_ransom_are_named_by_their_nouns_not_the_bare_currency() -> None:
    series = _series("Dinas Sosial menyerahkan santunan sebesar Rp 12 juta kepada ahli waris korban kecelakaan. "
                     "Di tempat lain, penculik meminta tebusan hingga US$ 80.000 kepada keluarga pengusaha itu.")
    assert series.get("santunan") == [12_000_000.0]
    assert series.get("tebusan") == [80_000.0]
    assert "IDR" not in series and "USD" not in series


def test_a_grade_price_written_without_per_barel_joins_that_grades_rate_series() -> None:
    """``minyak Brent ... ke level 74,10 dollar AS pagi ini`` names no barrel, but the report prices Brent per barrel
    only: it is a reading of ``per barel (Brent)``, not a table ``USD (Brent)`` of its own."""
    series = _series("Minyak mentah Brent ditutup pada 74,80 dollar AS per barel di London pada Senin. "
                     "Pagi ini, harga minyak jenis Brent tergerus 0,9 persen ke level 74,10 dollar AS.")
    assert sorted(series.get("per barel (Brent)", [])) == [74.1, 74.8]
    assert "USD (Brent)" not in series
