"""Figures and findings fixes from the sixth QA read (classes 7, 11 and 14): a series names the owner of a stock or
flow when it holds another owner's (``figures.table.measured_owner_name``); the size of a move followed by its new level
is no level (``figures.moves.moves_to``); the whole another amount is measured against is a series of its own
(``figures.measures.whole_of_part``); one article's money amount stays in its best-keyed series only
(``figures.table.best_series_only``); a stated change of an amount named by its unit alone is named by its line
(``findings.stated_updates._about``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import Dossier
from tests.test_synth_figures import _dossier, _ev


def _series(d: Dossier) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for line in d.storylines:
        for f in line.figures:
            out.setdefault(f.about, []).extend(v.value for v in f.values)
    return out


def _holding(d: Dossier, value: float) -> list[str]:
    return [about for about, vals in _series(d).items() if value in vals]


# --------------------------------------------------------------------------- the owner of a stock or flow


def test_a_countrys_output_is_a_series_apart_from_a_cartels_quota() -> None:
    """``kuota produksi 30 juta barel per hari`` of the exporters' group and ``produksi minyak mentah AS ... 9,1 juta
    barel per hari``: one key (``per hari``, production), two owners. The US values carry the country in their series
    name; the quota, whose sentence names no country, stays apart from them."""
    d = _dossier(_ev("o1", "Harga minyak mentah dunia kembali turun tajam pada perdagangan Kamis. Kelompok negara "
                     "pengekspor minyak sepakat mempertahankan kuota produksi 30 juta barel per hari dalam rapat di Wina. "
                     "Data terbaru menunjukkan produksi minyak mentah AS mencapai 9,1 juta barel per hari pada pekan "
                     "lalu. Produksi AS naik menjadi 9,2 juta barel per hari pada akhir bulan.", "2024-12-12",
                     "Warta Contoh"))
    [quota] = _holding(d, 30e6)
    [us] = _holding(d, 9.1e6)
    assert quota != us and "AS" in us and "AS" not in quota
    assert 9.2e6 in _series(d)[us]


def test_one_named_owner_alone_keeps_the_plain_series_name() -> None:
    """Near variant: every production figure of the series names the same country: no owner in the name (nothing to
    tell apart)."""
    d = _dossier(_ev("o2", "Produksi minyak mentah AS mencapai 9,1 juta barel per hari pada pekan lalu. Produksi AS "
                     "naik menjadi 9,2 juta barel per hari pada akhir bulan.", "2024-12-12", "Warta Contoh"))
    [name] = _holding(d, 9.1e6)
    assert "AS" not in name and 9.2e6 in _series(d)[name]


def test_reserves_a_sentence_names_as_a_countrys_are_a_series_apart() -> None:
    """``cadangan devisa tergerus hingga 400 miliar dollar AS`` in a report on Russia and ``cadangan devisa Indonesia
    ... 100 miliar dollar AS``: the Indonesian reserves carry the country, the other value stays under the plain name."""
    d = _dossier(_ev("o3", "Ekonomi Rusia goyah akibat sanksi dan jatuhnya harga minyak sepanjang tahun ini. Rubel Rusia "
                     "terus melemah terhadap dollar. Cadangan devisa tergerus hingga tersisa 400 miliar dollar AS. "
                     "Sebagai perbandingan, cadangan devisa Indonesia saat ini sekitar 100 miliar dollar AS.",
                     "2024-12-18", "Warta Contoh"))
    [ru] = _holding(d, 400e9)
    [idn] = _holding(d, 100e9)
    assert ru == "cadangan devisa" and idn == "cadangan devisa (Indonesia)"


# --------------------------------------------------------------------------- a change is no level


def test_the_size_of_a_move_before_its_new_level_is_no_stock_level() -> None:
    """``peningkatan persediaan ... menjadi sebanyak 2 juta barel ke level 210 juta barel``: the 2 juta is the week's
    change, the 210 juta the stock; only the stock is a reading of the stock series."""
    d = _dossier(_ev("m1", "Pemerintah melaporkan peningkatan persediaan bensin mereka menjadi sebanyak 2 juta barel ke "
                     "level 210 juta barel pada pekan lalu.", "2024-12-11", "Warta Contoh"))
    assert _holding(d, 210e6) and not _holding(d, 2e6)


def test_an_old_value_before_ke_is_no_move() -> None:
    """Near variant: ``turun dari 230 juta barel ke level 210 juta barel`` starts from the 230 juta (a past value,
    ``is_base``), which stays out of the table as before; the new level is shown."""
    d = _dossier(_ev("m2", "Persediaan bensin turun dari 230 juta barel ke level 210 juta barel pada pekan lalu.",
                     "2024-12-11", "Warta Contoh"))
    assert _holding(d, 210e6) and not _holding(d, 230e6)


# --------------------------------------------------------------------------- the whole is no second reading


def test_the_total_a_count_is_measured_against_is_a_series_of_its_own() -> None:
    """``sudah ada 120 SPBU yang memasang alat itu ..., dari total sebanyak 150 SPBU``: 120 and 150 are no two readings
    of one count; the 150 is the whole."""
    d = _dossier(_ev("t1", "Menurut perusahaan, saat ini sudah ada 120 SPBU yang memasang alat pemantau di Surabaya, "
                     "dari total sebanyak 150 SPBU.", "2024-11-29", "Warta Contoh"))
    [part] = _holding(d, 120)
    [whole] = _holding(d, 150)
    assert part != whole and whole.endswith("(total)")


def test_dari_a_count_without_total_keeps_one_series() -> None:
    """Near variant: ``120 SPBU dari 150 SPBU`` without a word of the whole is left as it was (one series)."""
    d = _dossier(_ev("t2", "Saat ini sudah ada 120 SPBU yang memasang alat pemantau, naik dari 90 SPBU bulan lalu.",
                     "2024-11-29", "Warta Contoh"))
    assert all(not a.endswith("(total)") for a in _series(d))


# --------------------------------------------------------------------------- one amount, one series


def test_one_articles_amount_is_shown_in_its_best_keyed_series_only() -> None:
    """``pemotongan dana pusat mencapai Rp 500 miliar`` then ``dana transfer kita dipotong Rp 500 miliar`` and a bare
    ``Rp 500 miliar`` of one report: one amount told three times appears in one series, not under ``dana``, ``IDR``
    and another noun."""
    d = _dossier(_ev("b1", "Bupati mengeluhkan pemotongan dana pusat yang mencapai Rp 500 miliar tahun depan. \"Kita "
                     "kehilangan Rp 500 miliar, bayangkan saja,\" kata Bupati. Ia menegaskan, kalaupun anggaran "
                     "daerah dipotong Rp 500 miliar, layanan kesehatan gratis tetap berjalan.", "2025-10-14",
                     "Warta Contoh"))
    assert len(_holding(d, 500e9)) == 1


def test_a_loss_and_a_seizure_of_one_sum_stay_two_series() -> None:
    """Near variant: ``merugikan negara Rp 120 miliar`` and ``menyita uang Rp 120 miliar`` in one report: two facts of
    one sum, each kept in its series (only words of one pool of money, or a bare unit, give way)."""
    d = _dossier(_ev("b3", "Mantan bupati itu dihukum tujuh tahun penjara dalam perkara korupsi yang merugikan negara Rp 120 "
                     "miliar. Pada tahun lalu, jaksa menyita uang tunai senilai Rp 120 miliar dari rumah seorang "
                     "pengusaha.", "2025-10-14", "Warta Contoh"))
    assert len(_holding(d, 120e9)) == 2


def test_two_articles_amount_in_two_series_of_their_own_stay() -> None:
    """Near variant: different amounts of one article under two nouns stay where they are."""
    d = _dossier(_ev("b2", "Bupati mengeluhkan pemotongan dana pusat yang mencapai Rp 500 miliar tahun depan. "
                     "Anggaran layanan kesehatan gratis tetap Rp 300 miliar setiap tahun.", "2025-10-14",
                     "Warta Contoh"))
    assert _holding(d, 500e9) and _holding(d, 300e9)


# --------------------------------------------------------------------------- a stated change names its line


def test_a_stated_change_of_a_bare_amount_is_named_by_the_name_of_its_line() -> None:
    """``2. Kabupaten Sumba Timur dari Rp 900 miliar menjadi Rp 700 miliar.``: the update is about that regency's
    amount, not about ``IDR``."""
    d = _dossier(_ev("c1", "Pemerintah pusat memangkas dana transfer ke daerah di provinsi itu. Berikut rincian "
                     "pemangkasan untuk tiga kabupaten: 1. Kabupaten Sumba Timur dari Rp 900 miliar menjadi Rp 700 "
                     "miliar. 2. Kabupaten Alor dari Rp 650 miliar menjadi Rp 520 miliar.", "2025-10-01",
                     "Warta Contoh"))
    abouts = [f.about for line in d.storylines for f in line.findings if f.kind == "update"]
    assert any("Sumba Timur" in a for a in abouts) and any("Alor" in a for a in abouts)
    assert "IDR" not in abouts


def test_a_stated_change_with_a_money_noun_is_named_by_it() -> None:
    """Near variant: ``anggaran ... dari Rp 900 miliar menjadi Rp 700 miliar`` names its money noun."""
    d = _dossier(_ev("c2", "Anggaran pembangunan jalan dipangkas dari Rp 900 miliar menjadi Rp 700 miliar tahun ini.",
                     "2025-10-01", "Warta Contoh"))
    abouts = [f.about for line in d.storylines for f in line.findings if f.kind == "update"]
    assert abouts == ["anggaran"]


# --------------------------------------------------------------------------- one article against itself


def _findings(d: Dossier, kind: str) -> list[tuple[list[tuple[str, int]], str]]:
    return [([(i.article, i.sentence) for i in f.items], f.note) for line in d.storylines for f in line.findings
            if f.kind == kind]


def test_one_amount_given_for_a_year_and_for_a_month_in_one_article_is_a_discrepancy() -> None:
    """``biaya ... di Maluku tidak sampai Rp 2 miliar setahun`` and, a few sentences on, ``Di Maluku itu tidak sampai Rp
    2 miliar, per bulan``: the report contradicts itself; the finding names both periods."""
    d = _dossier(_ev("p1", "Direktur rumah sakit menjelaskan biaya layanan pasien asing di Maluku. Ia mencontohkan "
                     "biaya perawatan pasien asing di Maluku tidak sampai Rp 2 miliar setahun. Jumlah pasien asing terus "
                     "bertambah. \"Di Maluku itu biaya perawatannya tidak sampai Rp 2 miliar, per bulan,\" ujarnya.",
                     "2025-09-17", "Warta Contoh"))
    [(items, note)] = _findings(d, "discrepancy")
    assert items == [("p1", 1), ("p1", 3)]
    assert "tahun" in note and "bulan" in note


def test_one_amount_given_for_one_period_twice_is_no_discrepancy() -> None:
    """Near variant: both sentences say ``setahun``: the report repeats itself, nothing to flag."""
    d = _dossier(_ev("p2", "Direktur rumah sakit menjelaskan biaya layanan pasien asing di Maluku. Ia mencontohkan "
                     "biaya perawatan pasien asing di Maluku tidak sampai Rp 2 miliar setahun. Jumlah pasien asing terus "
                     "bertambah. \"Di Maluku itu biaya perawatannya tidak sampai Rp 2 miliar setahun,\" ujarnya.",
                     "2025-09-17", "Warta Contoh"))
    assert _findings(d, "discrepancy") == []


_TWO_SOURCES = ("Nilai tukar rupiah melemah terhadap dolar AS pada perdagangan pagi ini. Mengutip data Bloomberg pukul "
                "09.00 WIB, dolar AS tercatat pada level Rp 16.410. Para pedagang menanti data inflasi. Sementara "
                "berdasarkan data Reuters, dolar AS berada di level {second}.")


def test_two_named_sources_for_one_rate_at_one_time_are_a_discrepancy_not_an_update() -> None:
    """One article quotes Bloomberg (Rp 16.410) and Reuters (Rp 16.395) for the same morning: the sources differ; it
    is no later reading of the rate."""
    d = _dossier(_ev("s1", _TWO_SOURCES.format(second="Rp 16.395"), "2025-07-14", "Warta Contoh"))
    [(items, note)] = _findings(d, "discrepancy")
    assert items == [("s1", 1), ("s1", 3)] and "Bloomberg" in note and "Reuters" in note
    assert _findings(d, "update") == []


def test_two_named_sources_giving_one_rate_do_not_disagree() -> None:
    """Near variant: both sources give Rp 16.410: no discrepancy."""
    d = _dossier(_ev("s2", _TWO_SOURCES.format(second="Rp 16.410"), "2025-07-14", "Warta Contoh"))
    assert _findings(d, "discrepancy") == []


def test_the_opening_and_the_close_of_two_sources_are_two_readings() -> None:
    """Near variant: one source's opening rate and another's close are two times of the day, no discrepancy."""
    d = _dossier(_ev("s3", "Nilai tukar rupiah bergerak fluktuatif sepanjang hari. Mengutip data Bloomberg, rupiah "
                     "dibuka pada level Rp 16.410 per dolar AS pagi ini. Berdasarkan data Reuters, rupiah ditutup "
                     "di level Rp 16.360 per dolar AS sore ini.", "2025-07-14", "Warta Contoh"))
    assert _findings(d, "discrepancy") == []


# --------------------------------------------------------------------------- a value reached under a target's counter


def test_a_count_reached_against_a_target_of_its_counter_meets_another_reports_count() -> None:
    """``target 1 juta unit alat terpasang di mobil ... baru terealisasi sekitar 135.000 unit``: the 135.000 counts what
    its target counts (a counter with nothing after it is otherwise compared with nothing), so an earlier report's
    ``sekitar 40.000 unit alat terpasang di mobil`` and it make an update."""
    a = _ev("u1", "Pemasangan alat pemantau BBM di Jakarta terus berjalan. Sampai pekan ini sudah terpasang kurang lebih "
            "40.000 unit alat pemantau di mobil warga Jakarta.", "2024-11-28", "Warta Contoh")
    b = _ev("u2", "Pemasangan alat pemantau BBM di Jakarta belum mencapai sasaran. Untuk Jakarta, target 1 juta unit "
            "alat pemantau terpasang di mobil warga baru terealisasi sekitar 135.000 unit.", "2024-12-23", "Kabar Lain")
    ups = [items for items, _note in _findings(_dossier(a, b), "update")]
    assert [("u1", 1), ("u2", 1)] in ups


def test_a_bare_count_beside_no_target_stays_bare() -> None:
    """Near variant: ``masih ada 2 juta unit`` in stock, with no target of its counter in the sentence, meets no other
    count (it may count anything)."""
    a = _ev("u3", "Pemasangan alat pemantau BBM di Jakarta terus berjalan. Sampai pekan ini sudah terpasang kurang lebih "
            "40.000 unit alat pemantau di mobil warga Jakarta.", "2024-11-28", "Warta Contoh")
    b = _ev("u4", "Pemasangan alat pemantau BBM di Jakarta terus berjalan. Di gudang pemasok alat pemantau untuk "
            "Jakarta masih ada 2 juta unit.", "2024-12-23", "Kabar Lain")
    assert _findings(_dossier(a, b), "update") == []


def test_a_count_of_units_out_of_a_whole_of_a_counted_noun_counts_that_noun() -> None:
    """``sekitar 3.000 unit dari 50.000 target sepeda motor``: the units are counted in the whole's noun, so the count
    joins the storyline's ``sepeda motor`` series (``figures.counts.whole_noun``)."""
    d = _dossier(_ev("w1", "Dinas perhubungan memasang alat pelacak pada kendaraan warga. Bulan lalu tercatat 1.200 sepeda "
                     "motor sudah memasang alat pelacak itu. Kini baru sekitar 3.000 unit dari 50.000 target sepeda motor "
                     "yang terpasang alat pelacak.", "2024-11-28", "Warta Contoh"))
    assert _holding(d, 3000) == _holding(d, 1200) == ["sepeda motor"]


def test_units_taken_from_a_place_stay_under_their_counter() -> None:
    """Near variant: ``3.000 unit dari gudang`` names where they come from, not a whole of a counted noun."""
    d = _dossier(_ev("w2", "Dinas perhubungan memasang alat pelacak pada kendaraan warga. Bulan lalu tercatat 1.200 sepeda "
                     "motor sudah memasang alat pelacak itu. Kini sekitar 3.000 unit dari gudang dinas sudah dibagikan.",
                     "2024-11-28", "Warta Contoh"))
    assert "sepeda motor" not in _holding(d, 3000)
