"""Figure series fixes from the fourth QA read (figures defects): one price is one series however its rate unit is
written, a rate after a dash aside is kept, a conversion (``jika dinominalkan``) is no condition, a stock and a flow
of one rate are two series, and a guess or a cause that may carry a price somewhere is a forecast.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.synth.corpus import words
from kliping.synth.figures.keys import rate_name
from kliping.synth.figures.modes import statement_mode
from tests.test_figures_qa import _amount, _series

# --------------------------------------------------------------------------- one rate unit, one series


def test_a_rate_unit_written_in_full_or_short_is_one_series() -> None:
    """``/kg``, ``per kg`` and ``per kilogram`` are one price per kilogram: one series."""
    series = _series("Harga gula pasir di pasar induk naik dari Rp 14.500/kg pada awal bulan. "
                     "Pedagang kini menjual gula pasir seharga Rp 16.000 per kilogram. "
                     "Di pasar lain gula pasir dijual Rp 16.200 per Kg.")
    assert "per kilogram" not in series
    assert sorted(series["per kg (gula pasir)"]) == [16000.0, 16200.0]


def test_rate_names_map_unit_spellings_and_leave_other_rates() -> None:
    assert rate_name("per kilogram") == rate_name("per kg") == "per kg"
    assert rate_name("per barrel") == rate_name("per bbl") == rate_name("per barel") == "per barel"
    assert rate_name("per liter") == "per liter"
    assert rate_name("per hari") == "per hari"  # a time rate is no unit spelling
    assert rate_name("per sak") == "per sak"
    assert rate_name("beras") == "beras"
    assert rate_name("per bph") == "per bph"  # barrels a day, a flow: no price per barrel


def test_a_rate_after_a_dash_aside_is_the_amounts_rate() -> None:
    """``70,15 dollar AS—setara Rp 860.000—per barel``: the aside restates the price, the rate is the price's."""
    text = "Harga minyak mentah naik menjadi 70,15 dollar AS—setara kira-kira Rp 860.000—per barel pada sesi siang."
    q = _amount(text, "70,15")
    assert q.noun == "per barel"
    assert q.text == "70,15 dollar AS"  # the quantity's text stays the amount


def test_a_dash_aside_before_a_word_that_is_no_unit_gives_no_rate() -> None:
    """``— per hari ini``: ``hari ini`` is "today", no unit the amount is priced in."""
    text = "Harga emas naik menjadi Rp 1.950.000 — tertinggi pekan ini — per hari ini di butik resmi."
    assert _amount(text, "1.950.000").noun != "per hari"


# --------------------------------------------------------------------------- a conversion is no condition


def _mode(text: str) -> str:
    ws = words(text)
    return statement_mode(set(ws), ws, text)


def test_a_total_restated_in_rupiah_terms_is_a_fact() -> None:
    """``jika dinominalkan``/``bila dirupiahkan`` restate a total in money: no scenario."""
    assert _mode("Total barang sitaan itu jika dinominalkan senilai Rp 12,4 miliar.") == "fact"
    assert _mode("Bila dirupiahkan, emas yang disita mencapai Rp 3 miliar.") == "fact"
    series = _series("Penyidik menyita tiga mobil, dua rumah dan perhiasan. "
                     "Nilai seluruh barang sitaan itu jika dinominalkan mencapai Rp 12,4 miliar.")
    assert 12.4e9 in [v for vals in series.values() for v in vals]


def test_a_real_condition_stays_a_scenario() -> None:
    """``jika harga naik``, ``jika dinilai layak`` (a judgement, no conversion) and a second condition in the same
    sentence (``bila dirupiahkan ..., kalau kurs tetap``) keep the sentence a scenario."""
    assert _mode("Jika harga minyak naik, subsidi bisa mencapai Rp 5 triliun.") == "conditional"
    assert _mode("Jika dinilai layak, warga mendapat bantuan Rp 5 juta.") == "conditional"
    assert _mode("Bila dirupiahkan, nilainya Rp 2 triliun, kalau kurs tetap.") == "conditional"
    # a conversion resting on an assumption is a premise (``dengan rata-rata``, ``dengan asumsi``)
    assert _mode("Jika dihitung dengan rata-rata tiga anggota per rumah, bantuan itu menjangkau 60 juta jiwa.") \
        == "conditional"
    assert _mode("Jika dihitung ulang, jumlah pemilih sah bisa berubah menjadi 2 juta.") == "conditional"  # a recount


# --------------------------------------------------------------------------- a stock and a flow of one rate


def test_production_and_exports_per_day_are_two_series() -> None:
    """Both are ``juta barel per hari``: the measured flow names the series (``per hari (produksi)``)."""
    series = _series("Produksi minyak negara itu mencapai 9,1 juta barel per hari pada pekan lalu. "
                     "Adapun ekspor minyaknya tercatat 2,9 juta barel per hari.")
    assert series.get("per hari (produksi)") == [9.1e6]
    assert series.get("per hari (ekspor)") == [2.9e6]
    assert "per hari" not in series


def test_outputs_per_day_of_two_named_countries_are_two_series() -> None:
    """Saudi Arabia's output and Russia's, both ``juta barel per hari``: the named owners name the series."""
    series = _series("Produksi minyak Arab Saudi mencapai 9,1 juta barel per hari pada pekan lalu. "
                     "Adapun produksi minyak Rusia tercatat 9,4 juta barel per hari.")
    assert series == {"per hari (Arab Saudi)": [9.1e6], "per hari (Rusia)": [9.4e6]}


def test_a_unit_whose_amounts_name_one_flow_only_stays_one_series() -> None:
    """``menghasilkan 2.500 ton`` then ``Produksi ... 1.900 ton``: one harvest, one series; and a flow named only after
    the amount (``mesin 500 cc ... mobil produksi``) names no series."""
    series = _series("Pada 2021, kebun rakyat di lereng gunung itu menghasilkan kopi sebanyak 2.500 ton. "
                     "Produksi kopi kebun itu turun menjadi 1.900 ton pada 2023.")
    assert sorted(series.get("t", [])) == [1900.0, 2500.0]
    assert "t (produksi)" not in series


def test_a_noun_of_its_own_keeps_its_series_name() -> None:
    """A counted noun names the series already: no stock or flow is added to it, even when its amounts name two
    flows (production and exports of cars)."""
    series = _series("Produksi pabrik itu mencapai 1.200 mobil pada bulan lalu. "
                     "Adapun ekspor pabrik itu tercatat 300 mobil.")
    assert sorted(series.get("mobil", [])) == [300.0, 1200.0]
    assert "mobil (produksi)" not in series and "mobil (ekspor)" not in series


# --------------------------------------------------------------------------- guesses and causes are forecasts


def test_a_cause_that_may_carry_a_price_is_a_forecast() -> None:
    series = _series("Analis mengatakan pasokan berlimpah bisa menyeret harga minyak ke bawah 45 dollar AS "
                     "per barel. Pada Senin, harga minyak ditutup pada 58 dollar AS per barel.")
    assert series.get("per barel (minyak)") == [58.0]


def test_a_guess_of_what_may_come_is_a_forecast() -> None:
    series = _series("Saya menduga harga minyak tahun depan bisa stabil pada level 75 dollar AS per barel. "
                     "Pada Senin, harga minyak ditutup pada 62 dollar AS per barel.")
    assert series.get("per barel (minyak)") == [62.0]


def test_a_guess_of_a_past_amount_stays_a_value() -> None:
    """``penyidik menduga kerugian mencapai Rp 1,2 triliun``: the estimate of a past loss, no forecast."""
    series = _series("Penyidik menduga kerugian negara dalam kasus itu mencapai Rp 1,2 triliun.")
    assert 1.2e12 in [v for vals in series.values() for v in vals]


# --------------------------------------------------------------------------- as_of: a half year, the trading day


def test_a_half_year_over_at_publication_is_the_figures_period() -> None:
    """``Semester I 2025`` in a report of August 2025: the half is over, its figure holds for it (``2025-H1``); a
    quarter still running (``kuartal III 2025``) is no period of a reported value yet."""
    from tests.test_quantities_qa3 import by_text

    qs = by_text("Kejaksaan menangani 512 perkara pada 2023, 604 perkara pada 2024, dan Semester I 2025: 459 perkara.")
    assert [qs[k].as_of for k in ("512 perkara", "604 perkara", "459 perkara")] == ["2023", "2024", "2025-H1"]
    assert by_text("Pada kuartal III 2025, laba perseroan ditargetkan Rp 1,5 triliun.")["Rp 1,5 triliun"].as_of is None
    # ``Semester I`` without its year (``Semester I dan II 2024``) tells no half: the written year dates the figure
    assert by_text("Tim itu menang dalam dua periode berturut-turut (Semester I dan II 2024).")["dua periode"].as_of \
        == "2024"


def _as_of(text: str, published: str) -> dict[float, str | None]:
    from kliping.extract import extract
    from kliping.link import link
    from kliping.synth import synthesize
    from tests.test_link_helpers import make_doc

    ev = extract(make_doc("m1", text, published=published, source="Warta Contoh"))
    return {v.value: v.as_of for line in synthesize(link([ev])).storylines for f in line.figures for v in f.values}


def test_a_close_is_dated_by_the_trading_day_its_lede_names() -> None:
    """The lede names the trading day (``Kamis (6/3/2025) waktu setempat``), the close two sentences on does not: the
    close holds for that day. A production figure of the same report is no market quote and stays undated."""
    got = _as_of("Harga minyak dunia kembali melemah pada perdagangan Kamis (6/3/2025) waktu setempat karena pasokan "
                 "berlimpah. Minyak mentah WTI untuk pengiriman April ditutup pada 66,30 dollar AS per barel. "
                 "Sementara itu, produksi minyak AS tercatat 13,5 juta barel per hari.", "2025-03-07")
    assert got[66.3] == "2025-03-06"
    assert got[13.5e6] is None


def test_a_price_that_is_no_market_quote_keeps_no_date() -> None:
    """A lede day of an inspection, then a shop price (``dijual Rp 14.000``): no close of that day."""
    got = _as_of("Wali kota meninjau pasar induk pada Senin (3/3/2025) untuk memantau harga pangan. "
                 "Di pasar itu beras medium dijual Rp 14.000 per kilogram.", "2025-03-04")
    assert got[14000.0] is None


# --------------------------------------------------------------------------- aims that are none


def test_a_count_reached_before_the_target_it_nears_is_no_target() -> None:
    """``300 ribu siswa sudah menerima ..., mendekati target 900 ribu``: the first count is reached (a word of completion
    right after it, before the target word); the second is the target."""
    series = _series("Menurut data terbaru, sebanyak 300 ribu siswa sudah menerima makan gratis, mendekati target "
                     "900 ribu siswa.")
    assert series.get("siswa") == [300000.0]
    assert series.get("siswa (target)") == [900000.0]


def test_well_aimed_aid_names_no_target() -> None:
    """``bansos tepat sasaran`` is "well aimed": no aim of the counts of the sentence."""
    series = _series("Selain penyaluran bansos tepat sasaran, tahun ini 120 sekolah telah beroperasi dan menampung "
                     "hampir 9 ribu siswa.")
    assert series.get("siswa") == [9000.0]
    assert "siswa (target)" not in series


def test_a_count_of_proposals_is_no_proposal_of_a_count() -> None:
    """``2 juta usulan``: what was counted are proposals; ``mengusulkan anggaran Rp 5 triliun`` is still an aim."""
    assert _series("Warga mengirim 2 juta usulan pembaruan data melalui aplikasi.") == {"usulan": [2e6]}
    assert "anggaran (target)" in _series("Kementerian mengusulkan anggaran Rp 5 triliun untuk program itu.")


def test_a_target_before_a_completion_word_stays_a_target() -> None:
    """``menargetkan 5 juta siswa yang telah terdaftar``: the aim word comes first, the ``telah`` is of the
    registration."""
    assert _series("Pemerintah menargetkan 5 juta siswa yang telah terdaftar menerima bantuan.") == {
        "siswa (target)": [5e6]}


# --------------------------------------------------------------------------- a rate written before the amount


def test_a_rate_written_before_the_amounts_is_their_rate() -> None:
    """``harga per sak dari Rp 118.000 menjadi Rp 94.000``: the new price is per sack, one series with the amount
    that writes its rate after it (the old price, ``dari ... menjadi``, is a past value and stays out: ``is_base``)."""
    series = _series("Harga pupuk per sak dari Rp 118.000 turun menjadi Rp 94.000. "
                     "Di kios lain pupuk yang sama dijual Rp 95.000 per sak.")
    assert sorted(series.get("per sak (pupuk)", [])) == [94000.0, 95000.0]
    assert _series("Maka harga per liternya kira-kira Rp 8.000.") == {"per liter": [8000.0]}
    # the rate of the amount before is that amount's only
    after = _series("Minyak ditutup pada 61,40 dollar AS per barel setelah lama bertahan di sekitar 64 dollar AS.")
    assert after.get("per barel (minyak)") == [61.4]


def test_per_before_a_word_of_when_is_no_rate() -> None:
    """``Per hari ini`` and ``per akhir Juni`` say when, not per what."""
    assert "per hari" not in _series("Per hari ini, harga emas di butik itu Rp 1.900.000.")
    assert not any(k.startswith("per ") for k in _series("Data per akhir Juni mencatat utang Rp 5 triliun."))


def test_a_conversion_of_counting_up_needs_a_comma_or_a_total_word() -> None:
    """``jika dihitung`` restates a total only before a comma or ``mencapai``/``senilai``; with a time to count up to,
    a rate, a premise or a modal it projects or sets a scenario."""
    assert _mode("Jika ditotal, nilai barang sitaan itu mencapai Rp 5 miliar.") == "fact"
    assert _mode("Kerugian negara jika dihitung mencapai Rp 3 triliun.") == "fact"
    for text in ("Jika dihitung hingga akhir tahun, kerugian negara bisa mencapai Rp 10 triliun.",
                 "Jika dihitung dengan kurs Rp 20.000 per dollar AS, utang itu mencapai Rp 2.000 triliun.",
                 "Jika dihitung tanpa subsidi, harga BBM mencapai Rp 15.000 per liter.",
                 "Jika ditotal sampai 2030, anggaran program itu mencapai Rp 400 triliun.",
                 "Jika dihitung, kerugian negara bisa mencapai Rp 10 triliun."):
        assert _mode(text) == "conditional", text


def test_an_estimate_may_word_keeps_past_losses_capacities_and_gains() -> None:
    """``bisa``/``dapat`` after an estimate make no forecast (a past loss, a capacity); after a guess not with a word
    of the past, and ``dapat`` before a noun is "got". A cause that may push a subsidy prices nothing."""
    for text, value in (("Kerugian akibat banjir pekan lalu diperkirakan dapat mencapai Rp 1 triliun.", 1e12),
                        ("BPBD memperkirakan kerugian akibat gempa kemarin bisa mencapai Rp 500 miliar.", 5e11),
                        ("Penyidik menduga tersangka dapat keuntungan Rp 3 miliar dari proyek itu.", 3e9),
                        ("Kepala gudang memperkirakan gudang itu bisa menampung 2.500 ton beras.", 2500.0),
                        ("Harga minyak dapat menekan subsidi energi hingga Rp 300 triliun.", 3e14)):
        assert value in [v for vals in _series(text).values() for v in vals], text


def test_a_target_word_after_a_count_keeps_it_a_target() -> None:
    """``3.000 sekolah baru`` (new schools), ``kini ditargetkan``, ``sudah ditargetkan``: the aim was set, nothing
    reached."""
    assert _series("Sebanyak 3.000 sekolah baru ditargetkan beroperasi pada tahun ini.") == {"sekolah (target)": [3000.0]}
    assert _series("Sebanyak 5 juta siswa kini ditargetkan menerima makan bergizi gratis.") == {
        "siswa (target)": [5e6]}
    assert _series("Sebanyak 2 juta keluarga sudah ditargetkan menerima bantuan tahun ini.") == {
        "keluarga (target)": [2e6]}


def test_a_count_that_is_the_aim_of_a_programme_stays_a_target() -> None:
    """``menjadi sasaran program`` and ``2 juta sasaran penerima``: aims, not idioms nor proposals counted."""
    assert _series("Sebanyak 2 juta keluarga menjadi sasaran program bantuan sosial tahun ini.") == {
        "keluarga (target)": [2e6]}
    assert _series("Pemerintah menetapkan 2 juta sasaran penerima bantuan pada tahun ini.") == {
        "sasaran (target)": [2e6]}


def test_a_lede_without_a_market_word_dates_no_close() -> None:
    """The lede names a Monday visit, not a trading session: a later ``ditutup`` price keeps no date of it."""
    got = _as_of("Wali kota meninjau pasar induk pada Senin (3/3/2025). "
                 "Di pasar itu harga minyak goreng ditutup pada Rp 18.000 per liter.", "2025-03-04")
    assert got[18000.0] is None
