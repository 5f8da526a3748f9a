"""Figures tables a reader can trust, the leftovers of the thirty-fourth reading (thirty-sixth round): quantities
that count or measure nothing of the story leave the table (``synth.figures.counts.counts_nothing``: ``X dan Y itu
satu kelompok``, a conversion of units, ``di antara dua negara``, ``ribuan kilometer``), and the years of a case
named after an amount are not the amount's period (``synth.figures.dates.stated_as_of``). Invented sentences."""

from __future__ import annotations

from kliping.link import link
from kliping.synth import synthesize
from kliping.synth.figures.table import same_stated_amount
from tests.test_figures_qa import _amount, _series
from tests.test_synth_figures import _ev


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


def _tables(text: str) -> list[tuple[str, list[tuple[float, str | None]]]]:
    ev = _ev("c1", text, "2025-10-20", "Warta Contoh")
    return [(f.about, [(v.value, v.as_of) for v in f.values]) for line in synthesize(link([ev])).storylines
            for f in line.figures]


def test_a_case_period_named_after_an_amount_is_not_its_period() -> None:
    money = _tables("Tumpukan uang senilai Rp 9 triliun itu merupakan pengganti kerugian negara dalam perkara korupsi "
                    "izin ekspor gula periode 2019-2020.")
    assert money == [("uang", [(9e12, None)])], money
    held = _tables("Jaksa menahan tiga tersangka perkara dugaan korupsi pengelolaan pasar desa tahun 2015-2021.")
    assert held == [("tersangka", [(3.0, None)])], held
    spent = _tables("Dana hibah yang diterima yayasan itu mencapai Rp 4 miliar pada tahun anggaran 2020-2022.")
    assert spent == [("dana (2020/2022)", [(4e9, "2020/2022")])], spent


def test_a_bare_or_loose_amount_restating_a_named_sum_joins_its_series() -> None:
    """``synth.figures.table.restated_amounts``: one stated amount sits in one table, under the name that says what it
    is; a figure cut off at its last digit (``Rp7,4 triliun`` for Rp 7,482 triliun) restates it too."""
    cut = _series("Kejaksaan menyerahkan uang sitaan senilai Rp 7,482 triliun kepada kas negara. \"Rp7,4 triliun bukan "
                  "angka kecil,\" kata Jaksa Agung.")
    assert cut == {"sitaan": [7.482e12, 7.4e12]}, cut
    loose = _series("Terdakwa menyerahkan dana sejumlah Rp 2,5 miliar kepada kepala dinas. Sebagai imbalan, kepala "
                    "dinas itu disebut mendapatkan uang senilai Rp 2,5 miliar.")
    assert loose == {"dana": [2.5e9]}, loose
    a = _ev("a1", "Pemerintah menyalurkan dana bantuan langsung tunai Rp 600.000 kepada setiap keluarga penerima di "
                  "Kota Sukamaju mulai pekan depan.", "2025-10-19", "Warta Contoh")
    b = _ev("a2", "Keluarga penerima bantuan langsung tunai di Kota Sukamaju bisa mengambilnya mulai pekan depan. "
                  "\"Sekali ambil langsung dapat Rp600.000,\" kata camat.", "2025-10-20", "Kabar Contoh")
    tables = [(f.about, sorted(v.article for v in f.values)) for line in synthesize(link([a, b])).storylines
              for f in line.figures]
    assert tables == [("dana", ["a1", "a2"])], tables


def test_an_amount_that_two_named_series_or_another_kind_could_hold_stays() -> None:
    two = _series("Terdakwa menyerahkan dana sejumlah Rp 2,5 miliar kepada kepala dinas. Kerugian negara dalam kasus itu "
                  "mencapai Rp 2,5 miliar. Kepala dinas itu disebut mendapatkan uang senilai Rp 2,5 miliar.")
    assert two.get("uang") == [2.5e9], two
    aim = _series("Pemerintah menargetkan penerimaan Rp 1,20 triliun tahun ini. Kementerian juga mencatat Rp 1,1 "
                  "triliun dari lelang aset.")
    assert aim.get("IDR") == [1.1e12], aim
    over = _amount("Harga minyak ditutup di atas 70 dolar AS per barel pada Senin.", "70")
    under = _amount("Harga minyak ditutup di bawah 70 dolar AS per barel pada Selasa.", "70")
    at = _amount("Harga minyak ditutup pada 70 dolar AS per barel pada Rabu.", "70")
    assert not same_stated_amount(over, under) and same_stated_amount(over, at) and same_stated_amount(under, at)
    one = _amount("Kerugian negara mencapai Rp 1 triliun.", "1")
    assert not same_stated_amount(one, _amount("Serapan anggaran mencapai Rp 1,35 triliun.", "1,35"))


def test_a_group_counted_then_and_now_under_two_nouns_is_one_series() -> None:
    """``synth.figures.moves.changed_count_start``: the new value of a change whose sentence words it by another noun
    (``300 ribu pasien ..., melonjak ... menjadi 1,5 juta peserta``, ``dari semula 200 ribu kunjungan ..., kini
    menjadi 900 ribu peserta``) is a value of the first count's series, not of a ``peserta`` table mixing groups."""
    series = _series("Pada 2015 tercatat sekitar 300 ribu pasien asma yang berobat ke puskesmas, melonjak lima kali "
                     "lipat menjadi 1,5 juta peserta yang berobat di 2024. Sementara untuk pasien jantung dari semula "
                     "200 ribu kunjungan ke puskesmas di 2015, kini menjadi 900 ribu peserta pada 2024.")
    assert series == {"pasien": [300_000.0, 1_500_000.0], "kunjungan": [200_000.0, 900_000.0]}, series
    for text in ("Sebanyak 30 guru mengikuti pelatihan itu dan kini menjadi 12 kepala sekolah.",
                 "Dari 50 peserta yang mendaftar, 20 orang lolos menjadi 20 finalis."):
        assert len(_series(text)) >= 2, text  # no change of one group: each count keeps its noun


def test_an_amount_that_is_the_subject_of_a_plan_is_a_plan() -> None:
    """``synth.figures.modes.amount_plan``: ``akan``/``bakal`` right after the amount's words makes the amount what the
    plan is of (``... di lebih dari 60 juta kendaraan bermotor bakal rampung tahun depan``); a relative clause on things
    there are (``75 bidang yang akan dilelang``) or a cue past other words or a comma is no plan of the amount."""
    plan = _series("Menurut dia, pemasangan alat itu di lebih dari 60 juta kendaraan bermotor bakal rampung tahun depan.")
    assert plan == {"kendaraan (target)": [60_000_000.0]}, plan
    group = _series("Nantinya puluhan nelayan itu akan dipulangkan ke daerah asal.")
    assert list(group) == ["nelayan (target)"], group
    for text in ("Untuk menutup kerugian itu ada 40 bidang tanah yang akan dilelang bulan depan.",
                 "Ia juga dipaksa menyerahkan 200 gram emas dengan ancaman akan dilaporkan ke polisi."):
        assert not [k for k in _series(text) if "target" in k], text


def test_an_amount_two_named_series_hold_joins_the_one_holding_it_most_precisely() -> None:
    """``restated_amounts``: ``Rp 7.482.113.000.000`` is the ``Rp 7,482 triliun`` handed over (written to the billion)
    rather than the ``Rp 7,5 triliun`` loss (written to the hundred billion), though both could be it."""
    series = _series("Adapun uang yang diserahkan kejaksaan senilai Rp 7,482 triliun. Kerugian negara dalam perkara itu "
                     "mencapai Rp 7,5 triliun. Tepatnya uang itu bernilai Rp 7.482.113.000.000.")
    assert series == {"penyerahan": [7.482e12, 7.482113e12], "kerugian": [7.5e12]}, series
