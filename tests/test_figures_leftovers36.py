"""Figures tables a reader can trust, the leftovers of the thirty-fourth reading (thirty-sixth round): quantities
that count or measure nothing of the story leave the table (``synth.figures.counts.counts_nothing``: ``X dan Y itu
satu kelompok``, a conversion of units, ``di antara dua negara``, ``ribuan kilometer``). Invented sentences."""

from __future__ import annotations

from tests.test_figures_qa import _series


def test_a_count_of_one_saying_what_a_thing_is_is_no_figure() -> None:
    for text in ("\u201cKota kami dan kota tetangga itu satu kelompok,\u201d kata wali kota.",
                 "Menurut dia, koperasi adalah satu lembaga yang dimiliki para anggotanya.",
                 "Penertiban pasar dan penataan parkir itu seperti satu paket kebijakan.",
                 "Dua calon itu bertarung dalam satu partai yang sama di dapil tersebut.",
                 "Tidak ada satu haripun ia absen dari rapat dewan."):
        series = _series(text)
        assert not any(1.0 in v for v in series.values()), (text, series)


def test_a_count_of_one_that_counts_still_is_a_figure() -> None:
    assert _series("Pada hari itu satu orang tewas dalam kecelakaan di jalan tol.") == {"orang (tewas)": [1.0]}
    assert _series("Polisi menetapkan satu tersangka dalam kasus pencurian kabel itu.") == {"tersangka": [1.0]}
    counted = _series("Jumlah korban tewas dalam kecelakaan itu adalah satu orang.")
    assert any(1.0 in v for v in counted.values()), counted


def test_a_conversion_of_units_is_no_figure_but_the_price_it_serves_is() -> None:
    series = _series("Dengan konversi satu galon setara dengan 3,8 liter, harga per liternya sekitar Rp 9.000.")
    assert series == {"per liter": [9000.0]}, series
    kept = _series("Gudang itu kini menampung 40 ton beras, setara dengan kebutuhan kota selama sepekan.")
    assert any(40.0 in v for v in kept.values()), kept


def test_a_small_count_after_antara_names_parties_not_a_figure() -> None:
    assert _series("Analis melihat perbedaan di antara dua negara itu dalam menarik investor.") == {}
    assert _series("Kota itu masuk di antara tiga kota paling macet di dunia.") == {}
    assert _series("Bus itu menempuh jarak antara 5 dan 7 kilometer.").get("jarak") == [5.0]
    big = _series("Di antara 200 peserta seleksi, hanya 20 peserta yang lolos.")
    assert sorted(big.get("peserta", [])) == [20.0, 200.0], big


def test_a_vague_plural_of_a_unit_is_no_value_of_its_series() -> None:
    far = _series("Barang itu diangkut kereta yang melaju ribuan kilometer menuju gudang di utara.")
    assert far == {}, far
    stones = _series("Warga mengumpulkan ribuan ton batu dari sungai itu.")
    assert any(1000.0 in v for v in stones.values()), stones
