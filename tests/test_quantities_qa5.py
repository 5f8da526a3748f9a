"""Quantity fixes from the fifth QA reads (qa5a classes 3 and 13, qa5b classes 4 and 5): air-quality and oil units,
``lebih`` after a hedged amount, the noun after a loan adjective, English compounds, fractions and the item a price
is for, and the base year of a calculation.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.quantities import extract_quantities
from kliping.extract.times import extract_times
from kliping.model import Document, Quantity
from kliping.synth.figures.modes import amount_mode
from kliping.text import split_sentences


def found(text: str, published: str = "2025-10-20") -> list[Quantity]:
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text), published=published)
    return extract_quantities(d, times=extract_times(d))


def rows(text: str) -> list[tuple]:
    return [(q.text, q.value, q.unit, q.modifier, q.noun) for q in found(text)]


# --------------------------------------------------------------------------- units


def test_air_quality_units_are_units_with_their_rate() -> None:
    assert rows("Kadar PM2,5 di kota itu pagi tadi 48 mikrogram per meter kubik.") == [
        ("48 mikrogram per meter kubik", 48.0, "µg", "exact", "per meter kubik")]
    assert rows("Debu halus berukuran 2,5 mikron sangat mudah terhirup.") == [("2,5 mikron", 2.5, "µm", "exact", None)]
    assert rows("Batas sulfur dalam solar hanya 50 parts per million.") == [
        ("50 parts per million", 50.0, "ppm", "exact", None)]
    # the old spellings keep their reading
    assert rows("Partikel itu lebih kecil dari 2,5 mikrometer.")[0][1:3] == (2.5, "µm")
    assert rows("Kandungan sulfurnya 300 ppm.")[0][1:3] == (300.0, "ppm")


def test_oil_units_with_a_scale_meet_the_measure_written_out() -> None:
    short = found("Lapangan itu menambah cadangan terbukti 42,5 MMBOE tahun ini.")
    assert [(q.value, q.unit) for q in short] == [(42_500_000.0, "boe")]
    written = found("Lapangan itu menyimpan sumber daya 700 juta barel setara minyak.")
    assert [(q.value, q.unit) for q in written] == [(700_000_000.0, "boe")]
    (lng,) = found("Kilang baru itu berkapasitas 4,5 Mtpa.")
    assert (lng.value, lng.unit, lng.noun) == (4_500_000.0, "t", "per tahun")


# --------------------------------------------------------------------------- modifiers


def test_lebih_after_a_hedged_amount_is_more_than() -> None:
    (q,) = found("Total bantuan tahun ini sekitar Rp 120 triliun lebih, kata menteri itu.")
    assert (q.text, q.modifier) == ("sekitar Rp 120 triliun lebih", "more_than")
    (plain,) = found("Total bantuan tahun ini sekitar Rp 120 triliun.")
    assert plain.modifier == "about"
    # ``lebih besar``: a comparison, the hedge stays
    (cmp_,) = found("Bantuan itu sekitar Rp 120 triliun lebih besar dari tahun lalu.")
    assert cmp_.modifier == "about"


def test_an_suffix_on_a_scale_is_about() -> None:
    (q,) = found("Nilai aset yang disita tahun lalu Rp 3,7 triliunan.")
    assert (q.value, q.modifier) == (3.7e12, "about")


# --------------------------------------------------------------------------- the counted noun


def test_a_loan_adjective_before_the_noun_is_skipped() -> None:
    (q,) = found("Perusahaan akan menguji sistem itu dengan 15 ribu internal pegawai pekan depan.")
    assert q.noun == "pegawai"
    (plain,) = found("Sebanyak 15 ribu pegawai internal ikut pelatihan.")
    assert plain.noun == "pegawai"
    # an adjective followed by no noun stays as it was: no noun is made up
    (alone,) = found("Auditor itu menemukan 12 internal yang belum dilaporkan.")
    assert alone.noun == "internal"


def test_the_front_of_an_english_name_is_no_counted_noun() -> None:
    (q,) = found("Dinas memasang satu air quality monitoring station di taman kota.")
    assert (q.text, q.noun) == ("satu", None)
    # one loan word after an Indonesian noun is its kind: the noun stays
    (ship,) = found("Sebanyak 12 kapal tanker antre di pelabuhan.")
    assert ship.noun == "kapal"
    (water,) = found("Warga menerima 20 liter air bersih setiap hari.")
    assert water.unit == "l"


def test_a_fraction_counts_no_noun() -> None:
    qs = {q.text: q for q in found("Separuh penduduk desa mengungsi dan museum memberi setengah harga tiket.")}
    assert {t: (q.value, q.noun) for t, q in qs.items()} == {"Separuh": (0.5, None), "setengah": (0.5, None)}
    (whole,) = found("Sebanyak dua penduduk desa mengungsi.")
    assert whole.noun == "penduduk"


def test_one_item_after_a_price_is_what_the_price_is_for() -> None:
    qs = found("Satu unit alat pantau itu harganya Rp 900 juta satu paket, ujarnya.")
    assert [(q.text, q.noun) for q in qs if q.value == 1 and q.start > 10] == [("satu", None)]
    # not after a price: a count of its own
    other = found("Panitia membagikan Rp 900 juta dan satu paket sembako.")
    assert [(q.text, q.noun) for q in other if q.value == 1] == [("satu paket", "paket")]


# --------------------------------------------------------------------------- as_of


def test_the_year_a_calculation_is_based_on_is_no_period_of_the_next_figures() -> None:
    text = ("Otoritas pajak menghitung target itu berdasarkan laporan tahun 2024. "
            "Angka tersebut terdiri atas 12 juta wajib pajak pribadi dan 1,4 juta wajib pajak badan.")
    assert {q.as_of for q in found(text)} == {None}
    said = ("Pada 2024, otoritas pajak menerima 12 juta laporan. "
            "Angka tersebut terdiri atas 11 juta laporan pribadi dan 1 juta laporan badan.")
    assert {q.as_of for q in found(said) if q.sentence == 1} == {"2024"}


# --------------------------------------------------------------------------- figures: what a target governs, heads


def _series(text: str) -> dict[str, list[float]]:
    from tests.test_figures_qa import _series as series

    return series(text)


def test_a_target_after_a_comma_governs_its_own_amount_only() -> None:
    series = _series("Yang sudah mendaftar ulang baru sekitar 3,1 juta peserta, target kami 12 juta peserta tahun ini.")
    assert series.get("peserta") == [3_100_000.0]
    assert series.get("peserta (target)") == [12_000_000.0]
    # a target with no amount of its own after the comma: the amount before it stays the aim
    aim = _series("Sekitar 3,1 juta peserta, sesuai target pemerintah, harus mendaftar ulang tahun ini.")
    assert aim.get("peserta (target)") == [3_100_000.0]
    # the count right before a target word, no comma between, is the aim
    text = "Tahun ini pemerintah memasang 4 juta target kendaraan listrik."
    (q,) = found(text)
    assert amount_mode(text, q, "target") == "target"


def test_the_whole_after_dari_is_no_part_of_the_aim() -> None:
    series = _series("Kejaksaan menargetkan pemulihan Rp 15 triliun dari Rp 45 triliun kerugian yang ditimbulkan "
                     "oleh 150 perusahaan.")
    targets = {k: v for k, v in series.items() if k.endswith("(target)")}
    assert list(targets.values()) == [[15e12]]
    assert series.get("perusahaan") == [150.0]
    # where the aimed sum comes from is no aim either
    source = _series("Target akhir tahun dari 150 perusahaan itu masih dihitung oleh kantor pajak.")
    assert source.get("perusahaan") == [150.0]
    # ``dari`` then a change: the value after the change is the aim, the value now is reported
    change = _series("Pemerintah menargetkan kenaikan peserta dari 10 juta menjadi 15 juta orang.")
    assert change.get("orang (target)") == [15_000_000.0]
    # two aims joined by ``dan`` both stay aims
    both = _series("Pemerintah menargetkan 5 juta rumah dan 2 juta apartemen.")
    assert both.get("rumah (target)") == [5e6] and both.get("apartemen (target)") == [2e6]


def test_interest_and_arrears_keep_their_compound_head() -> None:
    assert _series("Pemerintah menganggarkan bunga utang dalam negeri Rp 420,5 triliun.").get("bunga utang") == [420.5e12]
    assert _series("Kejaksaan mengejar tunggakan pajak Rp 45 triliun.").get("tunggakan pajak") == [45e12]
    # the debt itself and the tax take keep their heads
    assert _series("Pemerintah menyiapkan pembayaran utang Rp 420,5 triliun.").get("utang") == [420.5e12]
    assert _series("Penerimaan pajak tahun ini Rp 1.200 triliun.").get("penerimaan") == [1.2e15]


def test_the_steps_of_a_plan_make_no_series() -> None:
    series = _series("Program itu dibagi menjadi tiga tahap, tujuh kategori, dan dua tujuan utama. "
                     "Sebanyak 120 rumah sudah dibangun.")
    assert not {"tahap", "kategori", "tujuan"} & set(series)
    assert series.get("rumah") == [120.0]
