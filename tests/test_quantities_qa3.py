"""Quantity fixes from the third QA read (issues 12, 15 and 21): oil-equivalent and gas units with their
rate, products named by their size, idioms counted like figures, and the year a figure holds for.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.quantities import extract_quantities
from kliping.extract.times import extract_times
from kliping.model import Document, Quantity
from kliping.text import split_sentences


def found(text: str, published: str = "2025-08-20") -> list[Quantity]:
    """Quantities of ``text`` with the real time extractor's dates (as the pipeline runs them)."""
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text), published=published)
    return extract_quantities(d, times=extract_times(d))


def by_text(text: str, published: str = "2025-08-20") -> dict[str, Quantity]:
    return {q.text: q for q in found(text, published)}


# --------------------------------------------------------------------------- units and rates (issue 12)


def test_rate_after_oil_equivalent_unit_is_kept() -> None:
    qs = found("Produksi migas perusahaan itu naik menjadi 1,2 juta barel setara minyak per hari, "
               "sedangkan cadangannya 90 juta barel setara minyak.")
    assert [(q.value, q.unit, q.noun) for q in qs] == [(1.2e6, "boe", "per hari"), (9e7, "boe", None)]
    # oil alone stays in barrels, so a mixed oil-and-gas total is no value of the oil series
    (oil,) = found("Produksi minyak mencapai 600 ribu barel per hari.")
    assert (oil.unit, oil.noun) == ("bbl", "per hari")


def test_standard_cubic_feet_is_a_volume_not_a_count_of_standar() -> None:
    qs = found("Lapangan baru menambah gas 1.500 juta standar kaki kubik per hari atau 1,5 miliar "
               "standar kaki kubik per hari.")
    assert [(q.value, q.unit, q.noun) for q in qs] == [(1.5e9, "ft3", "per hari"), (1.5e9, "ft3", "per hari")]


# --------------------------------------------------------------------------- product names (issue 15)


def test_gas_cylinder_named_by_its_size_is_no_quantity() -> None:
    assert found("Warga di desa itu antre membeli LPG 3 kg sejak subuh.") == []
    assert found("Pangkalan kehabisan tabung gas 12 kg dan elpiji ukuran 5,5 kilogram.") == []


def test_amounts_around_a_size_named_product_are_kept() -> None:
    qs = by_text("Harga LPG 3 kg di pengecer naik menjadi Rp 22.000 per tabung.")
    assert list(qs) == ["Rp 22.000 per tabung"]
    # a scaled tonnage of the same gas is an amount, and so is a weight of anything else
    assert [(q.value, q.unit) for q in found("Tahun ini Indonesia mengimpor LPG 7 juta ton.")] == [(7e6, "t")]
    assert [(q.value, q.unit) for q in found("Setiap keluarga mendapat beras 10 kg.")] == [(10, "kg")]
    # the size is no list label: a count after it is still a count
    assert [(q.value, q.noun) for q in found("Agen menjual LPG 3 kg dan 200 tabung lainnya.")] == [(200, "tabung")]


# --------------------------------------------------------------------------- idioms (issue 15)


def test_satu_contoh_and_satu_arah_are_idioms_not_counts() -> None:
    qs = found("Satu contoh terjadi di pasar, ketika dua pedagang tertipu.")
    assert [(q.value, q.noun) for q in qs] == [(2, "pedagang")]
    assert [q.value for q in found("Jalan itu kini satu arah dan dilewati 3.000 kendaraan.")] == [3000]
    assert [q.value for q in found("Ada satu korban tewas.")] == [1]


def test_a_persons_own_limbs_are_not_counted() -> None:
    assert [q.text for q in found("Korban terluka di dua betisnya, sementara 3 orang lain dirawat.")] == ["3 orang"]
    # ``kakinya`` is his feet, not a length in feet
    assert found("Ia masih bisa berdiri dengan dua kakinya.") == []
    assert [(q.value, q.unit) for q in found("Pesawat itu terbang di ketinggian 30.000 kaki.")] == [(30000, "ft")]


# --------------------------------------------------------------------------- as_of of a year (issue 21)


def test_as_of_is_the_past_year_the_clause_names() -> None:
    assert {q.as_of for q in found("Sepanjang 2024, lembaga itu membayar klaim Rp 12,5 triliun.")} == {"2024"}
    qs = found("Di tahun 2023, ada 4,1 juta peserta yang berobat dan 900 ribu peserta dirawat inap.")
    assert [q.as_of for q in qs] == ["2023", "2023"]
    assert [q.as_of for q in found("Produksi padi tercatat 2.400 ton pada 2022.")] == ["2022"]


def test_year_as_of_leaves_out_running_and_plan_years_and_span_starts() -> None:
    # the running year is not over and a plan year has not come: no year a reported value holds for yet
    assert [q.as_of for q in found("Pada 2025 sudah ada 87 klub baru.")] == [None]
    assert [q.as_of for q in found("Pada 2027 pemerintah menargetkan 500 sekolah baru.")] == [None]
    # a year that opens a span or is a base is not the figure's
    assert [q.as_of for q in found("Ia mulai menanam kopi pada 2004 di lahan seluas 2 hektare.")] == [None]
    assert [q.as_of for q in found("Belanja naik 13% terhadap realisasi belanja tahun 2024.")] == [None]


def test_each_figure_takes_its_own_year_across_a_clause_break() -> None:
    qs = found("Kunjungan pasien naik dari 600 ribu di 2015, kini menjadi 4,2 juta pada 2024.")
    assert [(q.value, q.as_of) for q in qs] == [(6e5, "2015"), (4.2e6, "2024")]
    qs = found("Rinciannya Rp 410 miliar pada 2021; Rp 480 miliar pada 2022; dan Rp 530 miliar pada 2023.")
    assert [q.as_of for q in qs] == ["2021", "2022", "2023"]
    qs = found("Tahun 2020 Rp 70 miliar, 2021 Rp 95 miliar dan tahun 2022 Rp 120 miliar.")
    assert [q.as_of for q in qs] == ["2020", "2021", "2022"]
    # a list after the year carries it; a contrast clause does not
    qs = found("Pada tahun 2023, listrik berasal dari batubara sebesar 61%, gas 17%, dan minyak 3%, "
               "sementara energi terbarukan hingga kini baru 13%.")
    assert [q.as_of for q in qs] == ["2023", "2023", "2023", None]
    # the present after a year is another time
    assert [q.as_of for q in found("Angkanya naik sejak 2021 hingga 2023, dan saat ini mencapai 64,1.")] == [None]


def test_statement_day_still_wins_over_a_year() -> None:
    qs = found("Sepanjang 2024 klaim mencapai Rp 12,5 triliun, kata direktur itu, Senin (18/8/2025).")
    assert [q.as_of for q in qs] == ["2025-08-18"]


# --------------------------------------------------------------------------- rate basis (issue 15)


def test_basis_of_a_rate_is_no_figure_of_its_own() -> None:
    qs = found("Setiap 100 gram singkong mengandung 160 kalori.")
    assert [(q.value, q.unit) for q in qs] == [(160, "kcal")]
    assert [q.text for q in found("Kandungan gizinya per 100 gram adalah 3 gram serat.")] == ["3 gram serat"]


def test_amount_per_numbered_basis_keeps_the_basis_as_its_rate() -> None:
    qs = found("Cabai rawit dijual Rp 12.000 per 100 gram, dan garam Rp 4.000 per 1 kg.")
    assert [(q.value, q.noun) for q in qs] == [(12000, "per 100 gram"), (4000, "per kg")]
    # a count after ``setiap`` stays a count (only a measure is a basis)
    assert [q.value for q in found("Setiap 10 orang menerima 5 kg beras.")] == [10, 5]
