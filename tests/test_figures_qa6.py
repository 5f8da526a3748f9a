"""Figure series fixes from the QA read of real dossiers (rate series): a price per kilogram, litre or barrel is
keyed by the product named next to it, so two products never share a series, and a price whose product its clause
does not name stays in the plain series rather than join a named one (``figures.prices.rate_product``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.lang.id import figure_cues
from tests.test_figures_qa import _series
from tests.test_synth_figures import _dossier, _ev, _found


def _figures(*arts) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for line in _dossier(*arts).storylines:
        for f in line.figures:
            out.setdefault(f.about, []).extend(v.value for v in f.values)
    return out


# --------------------------------------------------------------------------- two products, two series


def test_two_products_priced_per_kg_in_one_article_are_two_series() -> None:
    """Rice and chilli both per kilogram in one market report: two series, named by the product."""
    series = _series("Di Pasar Induk Sukamaju, harga beras medium naik menjadi Rp 14.000 per kg pada Senin. "
                     "Adapun cabai rawit merah dijual Rp 60.000/kg oleh pedagang di los sayur.")
    assert series.get("per kg (beras medium)") == [14000.0]
    assert series.get("per kg (cabai rawit merah)") == [60000.0]
    assert "per kg" not in series


def test_a_price_list_of_several_products_in_one_sentence_gives_one_series_each() -> None:
    """``urea dari ... menjadi ..., pupuk NPK dari ... menjadi ..., dan pupuk organik ...``: each new price goes with
    the product named before it (the old prices after ``dari`` are past values and stay out of the table: ``is_base``),
    and ``pupuk NPK`` is the ``NPK`` of another sentence (whose old price, with no ``dari``, stays)."""
    series = _series("Kementerian menurunkan harga pupuk bersubsidi bagi petani, yakni urea dari Rp 2.250/kg menjadi "
                     "Rp 1.800/kg, pupuk NPK dari Rp 2.400 per kilogram menjadi Rp 1.920 per kilogram, serta pupuk "
                     "organik dari Rp 800/kg menjadi Rp 640/kg. "
                     "Untuk NPK, penurunan berlaku Rp 2.400/kg menjadi Rp 1.920/kg di semua kios.")
    assert series.get("per kg (urea)") == [1800.0]
    assert series.get("per kg (pupuk organik)") == [640.0]
    # the second sentence's NPK prices join the same series, where the article's repeated reading is listed once
    assert sorted(series.get("per kg (NPK)", [])) == [1920.0, 2400.0]
    assert set(series) == {"per kg (urea)", "per kg (pupuk organik)", "per kg (NPK)"}


def test_a_fuel_price_and_a_subsidy_per_litre_are_two_series() -> None:
    """``harga Pertalite ... Rp 10.000 per liter`` and ``subsidi BBM ... Rp 1.500 per liter``: a price and a subsidy,
    and another fuel (``Pertamax``) is a third series."""
    series = _series("Pemerintah menahan harga Pertalite di Rp 10.000 per liter hingga akhir tahun. "
                     "Subsidi BBM yang ditanggung negara sekitar Rp 1.500 per liter. "
                     "Sementara itu Pertamax dijual Rp 12.500 per liter di SPBU.")
    assert series.get("per liter (pertalite)") == [10000.0]
    assert series.get("per liter (subsidi BBM)") == [1500.0]
    assert series.get("per liter (pertamax)") == [12500.0]


def test_a_price_whose_product_is_not_named_stays_out_of_the_named_series() -> None:
    """``harganya Rp 59.000/kg`` in a report on rice and chilli: which product it prices cannot be told, so it is
    in the plain ``per kg`` series, not in either product's."""
    series = _series("Harga beras premium di pasar itu mencapai Rp 15.500 per kg pekan ini. "
                     "Cabai keriting dijual Rp 45.000/kg. "
                     "Di pasar lain harganya sedikit lebih murah, Rp 42.000/kg.")
    assert series.get("per kg (beras premium)") == [15500.0]
    assert series.get("per kg (cabai keriting)") == [45000.0]
    assert series.get("per kg") == [42000.0]


def test_an_exchange_rate_after_a_priced_barrel_takes_no_product() -> None:
    """``harga MOPS tercatat 72 dollar AS per barel dan kurs Rp 16.000 per dollar AS``: the product named before the barrel
    price is the barrel's, not the exchange rate's."""
    series = _series("Pekan lalu harga MOPS tercatat 72 dollar AS per barel dan kurs Rp 16.000 per dollar AS, "
                     "sehingga harga pokok bensin sekitar Rp 9.800 per liter.")
    assert series.get("per barel (MOPS)") == [72.0]
    assert any(about.startswith("kurs rupiah") and values == [16000.0] and "mops" not in about.casefold()
               for about, values in series.items())


def test_a_graded_oil_price_keeps_its_grade_series() -> None:
    """``harga minyak mentah jenis WTI``: the grade names the product, no ``(WTI, minyak)`` series."""
    series = _series("Pada Selasa, harga minyak mentah jenis WTI ditutup pada 68,40 dollar AS per barel.")
    assert series.get("per barel (WTI)") == [68.4]


def test_a_grade_is_shown_as_written_beside_other_qualifiers() -> None:
    """A grade in a series name reads as a reader writes it (``ICP``, ``Minas``), also after a cost or an average,
    and the cost and the price of one grade stay two series."""
    assert set(figure_cues.GRADE_SHOWN) == figure_cues.GRADE_NAMES
    icp = _series("Rata-rata harga minyak mentah Indonesia atau ICP pada bulan lalu tercatat 74,20 dollar AS per barel.")
    assert icp == {"per barel (rata-rata, ICP)": [74.2]}
    minas = _series("Biaya produksi minyak Minas ditaksir 21 dollar AS per barel, sedangkan harga minyak Minas di pasar "
                    "sudah 60 dollar AS per barel.")
    assert minas == {"per barel (biaya, Minas)": [21.0], "per barel (Minas)": [60.0]}


# --------------------------------------------------------------------------- one product, two articles


def test_one_product_priced_by_two_articles_is_one_series_with_its_discrepancy() -> None:
    """Two outlets give the same day's price of medium rice in the same market, one per kg and one per kilogram:
    one series, and their two values disagree."""
    a = _ev("b1", "Harga beras medium di Pasar Induk Sukamaju pada Senin (3/3/2025) tercatat Rp 14.000 per kg. "
            "Pedagang menyebut pasokan dari daerah lancar.", "2025-03-03", "Warta Contoh")
    b = _ev("b2", "Pada Senin (3/3/2025), beras medium di Pasar Induk Sukamaju dijual Rp 15.500 per kilogram. "
            "Pedagang menyebut pasokan dari daerah lancar.", "2025-03-03", "Kabar Lain")
    d = _dossier(a, b)
    figs = {f.about: sorted(v.value for v in f.values) for line in d.storylines for f in line.figures}
    assert figs.get("per kg (beras medium)") == [14000.0, 15500.0]
    assert [("b1", 0), ("b2", 0)] in _found(d, "discrepancy")


def test_one_product_priced_alike_by_two_articles_agrees() -> None:
    """The same price of Pertalite from two outlets: one series, an agreement."""
    a = _ev("f1", "Harga Pertalite di seluruh SPBU Kota Sukamaju tetap Rp 10.000 per liter pada Senin. "
            "Antrean kendaraan terlihat normal.", "2025-03-03", "Warta Contoh")
    b = _ev("f2", "Pertalite di SPBU Kota Sukamaju masih dijual Rp 10.000 per liter pada Senin. "
            "Antrean kendaraan terlihat normal.", "2025-03-03", "Kabar Lain")
    d = _dossier(a, b)
    figs = {f.about: [v.value for v in f.values] for line in d.storylines for f in line.figures}
    assert figs.get("per liter (pertalite)") == [10000.0, 10000.0]
    assert [("f1", 0), ("f2", 0)] in _found(d, "agreement")


def test_the_general_and_the_kind_of_one_product_may_still_disagree() -> None:
    """``harga beras`` in one report and ``beras medium`` in the other: two series in the table (which kind the first
    means is not said), but the findings may compare them (``beras`` may be ``beras medium``); rice and chilli not."""
    a = _ev("g1", "Harga beras di Pasar Induk Sukamaju pada Senin (3/3/2025) tercatat Rp 14.000 per kg. "
            "Pedagang menyebut pasokan dari daerah lancar.", "2025-03-03", "Warta Contoh")
    b = _ev("g2", "Pada Senin (3/3/2025), beras medium di Pasar Induk Sukamaju dijual Rp 15.500 per kilogram. "
            "Pedagang menyebut pasokan dari daerah lancar.", "2025-03-03", "Kabar Lain")
    c = _ev("g3", "Pada Senin (3/3/2025), cabai rawit di Pasar Induk Sukamaju dijual Rp 60.000 per kilogram. "
            "Pedagang menyebut pasokan dari daerah lancar.", "2025-03-03", "Kabar Ketiga")
    d = _dossier(a, b, c)
    assert [("g1", 0), ("g2", 0)] in _found(d, "discrepancy")
    assert not any(("g3", 0) in items for items in _found(d, "discrepancy"))


def test_a_wage_or_an_exchange_rate_takes_no_product_named_before_it() -> None:
    """Money per day or per dollar prices no goods: ``petani beras ... sewa traktor Rp 500.000 per hari`` is no
    price of rice, and the rupiah per dollar stays one series beside a gold report."""
    assert _series("Petani beras di Karawang mengeluhkan sewa traktor Rp 500.000 per hari.") == {
        "per hari": [500000.0]}
    series = _series("Harga emas Antam naik seiring melemahnya rupiah ke Rp 16.300 per dolar AS pada Senin. "
                     "Rupiah sebelumnya berada di Rp 16.250 per dolar AS.")
    assert series == {"kurs rupiah (per dolar AS)": [16300.0, 16250.0]}


def test_animals_priced_per_head_are_two_series() -> None:
    series = _series("Menjelang Iduladha, peternak menjual sapi limosin Rp 25 juta per ekor, sedangkan kambing "
                     "dijual Rp 3 juta per ekor.")
    assert series.get("per ekor (sapi)") == [25000000.0]
    assert series.get("per ekor (kambing)") == [3000000.0]
