"""Money amounts of no noun are named by what their sentence says they are (issue 7: a figures table headed ``IDR``
tells a reader nothing). Invented reports; ``synth.figures.money_measure``, ``money_names``."""

from __future__ import annotations

from kliping.extract import extract
from kliping.link import link
from kliping.synth import synthesize
from tests.test_figures_qa import _series
from tests.test_link_helpers import make_doc


def test_an_act_of_money_names_the_amount_after_it() -> None:
    """``merugi`` is a loss, ``memperkaya`` the sum a defendant enriched someone by, ``menghemat devisa`` a saving of
    foreign exchange, ``seharga`` the price of what was bought: each its own series, none ``IDR``."""
    series = _series("Seorang pedagang di kota itu merugi hingga Rp 300 juta setelah ditipu rekan bisnisnya. "
                     "Menurut dakwaan, terdakwa memperkaya dirinya sendiri sebesar Rp 12 miliar. "
                     "Program campuran solar itu disebut telah menghemat devisa hingga Rp 80 triliun. "
                     "Uang itu antara lain dipakai untuk membeli sebuah mobil seharga Rp 450 juta.")
    assert series.get("kerugian") == [3e8] and series.get("memperkaya") == [12e9] and series.get("harga") == [4.5e8]
    assert series.get("penghematan devisa") == [8e13] and "IDR" not in series


def test_an_act_after_a_money_noun_leaves_the_noun_its_name() -> None:
    """``dana hibah yang disalurkan ... senilai Rp 5 miliar`` is the fund's amount: the act describes the fund."""
    series = _series("Pada tahun itu, dana hibah yang disalurkan oleh pemerintah daerah senilai Rp 5 miliar.")
    assert series.get("dana") == [5e9] and "penyaluran" not in series


def test_nilai_names_the_value_of_the_thing_after_it() -> None:
    """``nilai kontrak Rp 40 miliar`` is a contract's value and ``nilai ekspornya`` an export value; ``nilai tukar``
    stays an exchange rate, not a ``nilai tukar`` series."""
    series = _series("Gedung baru itu dibangun oleh sebuah kontraktor swasta dengan nilai kontrak Rp 40 miliar. "
                     "Tahun lalu, nilai ekspornya baru mencapai Rp 9 miliar. "
                     "Pada Selasa pagi, nilai tukar rupiah tercatat Rp 16.300 per dolar AS.")
    assert series.get("nilai kontrak") == [4e10] and series.get("nilai ekspor") == [9e9]
    assert not any(k.startswith("nilai tukar") for k in series) and "IDR" not in series


def test_a_list_of_amounts_after_one_act_shares_its_name() -> None:
    """``memperkaya A sebesar Rp 30 miliar dan B sebesar Rp 20 miliar``: both sums follow the same ``sebesar`` after
    the act, so both are what the act names (a name between, ``Mentari Terang``, is no verb for its prefix); a list
    whose items name themselves right before their amounts (``penerimaan negara Rp 2 triliun, layanan publik Rp 1
    triliun``) does not lend the first item's noun to the second."""
    series = _series("Jaksa menyebut terdakwa memperkaya perusahaan Contoh Jaya sebesar Rp 30 miliar dan perusahaan "
                     "Mentari Terang Abadi sebesar Rp 20 miliar.")
    # each sum its company's (``synth.figures.items.named_before``), both named by the act
    assert series == {"memperkaya (Contoh Jaya)": [3e10], "memperkaya (Mentari Terang Abadi)": [2e10]}
    other = _series("Kementerian itu meminta tambahan dana untuk target penerimaan negara Rp 2 triliun, layanan "
                    "publik Rp 1 triliun.")
    assert 1e12 not in other.get("penerimaan (target)", [])


def test_the_lines_of_a_list_take_the_money_noun_of_the_sentence_opening_it() -> None:
    """A list opened by a sentence ending on a colon (``Berikut rincian anggaran ...:``) gives each line's amount the
    noun that sentence names, an old amount moved to a new one (``dari ... menjadi ...``) included; a sentence opening
    on a breakdown (``Jumlah tersebut terdiri dari``) breaks down the noun of the sentence before."""
    series = _series("Berikut rincian anggaran untuk tiap lembaga di bawah kementerian itu:\n"
                     "1. Lembaga Uji Mutu: Rp 12 miliar\n"
                     "2. Balai Pelatihan Teknik: Rp 30 miliar\n"
                     "3. Pusat Kajian Laut: dari Rp 5 miliar menjadi Rp 4 miliar")
    # each line its own item of the budget (``synth.figures.items``: a list's items are no values of one figure)
    assert series == {"anggaran (Lembaga Uji Mutu)": [12e9], "anggaran (Balai Pelatihan Teknik)": [30e9],
                      "anggaran (Pusat Kajian Laut)": [4e9]}
    parts = _series("Total anggaran tiga balai itu dialokasikan sebesar Rp 9 triliun. Jumlah tersebut terdiri dari "
                    "Balai Satu Rp 4 triliun, Balai Dua Rp 3 triliun, dan Balai Tiga Rp 2 triliun.")
    assert {k: v for k, v in parts.items() if k != "balai"} == {"anggaran": [9e12], "anggaran (Balai Satu)": [4e12], "anggaran (Balai Dua)": [3e12],
                     "anggaran (Balai Tiga)": [2e12]}


def test_a_money_word_inside_a_name_names_no_amount() -> None:
    """``Badan Pengelola Dana Contoh`` is an agency: its ``Dana`` does not make the amount after it a fund, while a
    name that starts with the money noun (``Dana Bagi Hasil``) is a kind of it."""
    series = _series("Kementerian itu memberikan tambahan kepada Badan Pengelola Dana Contoh Rp 5 miliar.")
    assert "dana" not in series
    shared = _series("Tahun ini pemerintah provinsi menerima Dana Bagi Hasil Rp 700 miliar.")
    assert shared.get("dana") == [7e11]


def test_an_amount_naming_nothing_else_is_named_by_what_it_is_for() -> None:
    """``Rp 40 miliar untuk pembangunan gedung sekolah``: the words after ``untuk`` (three at most) name the table;
    a recipient (``untuk satu pemilih``, ``untuk warga``) or a time (``untuk tahun anggaran 2024``) names nothing."""
    series = _series("Pemerintah kota menyiapkan Rp 40 miliar untuk pembangunan gedung sekolah baru di pinggiran.")
    assert series.get("untuk pembangunan gedung sekolah") == [4e10]
    for text in ("Seorang calon kepala desa diduga memberi Rp 100 ribu untuk satu pemilih di kampung itu.",
                 "Kelurahan itu membagikan Rp 300 juta untuk warga yang rumahnya rusak.",
                 "Pemerintah kabupaten menyiapkan Rp 7 miliar untuk tahun anggaran 2024."):
        assert not any(k.startswith("untuk") for k in _series(text)), text


def test_two_word_money_nouns_and_payments_name_their_amounts() -> None:
    """``uang pengganti`` (the sum a convict must repay) and ``politik uang`` are money nouns of two words; a payment
    (``dibayarkan ... sebesar``) names its amounts, but a money noun after it keeps its own name (``pembayaran bunga
    utang`` is the interest)."""
    series = _series("Terpidana itu juga wajib membayar uang pengganti senilai Rp 3 miliar. "
                     "Premi yang dibayarkan ke perusahaan Contoh pada Mei 2015 sebesar Rp 8 miliar. "
                     "Tahun depan, pembayaran bunga utang diperkirakan Rp 500 triliun.")
    assert series.get("uang pengganti") == [3e9] and series.get("pembayaran") == [8e9]
    assert any(k.startswith("bunga utang") for k in series) and "IDR" not in series


def test_physical_amounts_are_named_by_the_capacity_content_or_reserve_before_them() -> None:
    """``pembangkit berkapasitas 50 MW`` is a capacity, ``mesin 150 cc`` and ``mesin berkapasitas 150 cc`` one
    engine size, ``kandungan timbal 30 ppm`` a content, ``cadangan gas terbukti 12 MMBOE`` a reserve: tables named
    so, not ``MW``, ``cc``, ``ppm`` or ``boe``. A power after an engine's size (``mesin 1.500 cc ... mobil listrik
    90 kW``) is no engine's."""
    series = _series("Perusahaan daerah itu meresmikan pembangkit tenaga surya berkapasitas 50 MW di pesisir. "
                     "Mobil mungil itu memakai mesin 150 cc, versi lainnya mesin berkapasitas 200 cc. "
                     "Hasil uji menunjukkan air sumur itu punya kandungan timbal 30 ppm. "
                     "Perusahaan itu juga menambah cadangan gas terbukti sebesar 12 MMBOE tahun ini.")
    assert series.get("kapasitas") == [50.0] and series.get("mesin") == [150.0, 200.0]
    assert series.get("kandungan") == [30.0] and series.get("cadangan") == [12e6]
    other = _series("Mobil dinas itu memakai mesin 1.500 cc, adapun mobil listrik pengganti bertipe sedan 90 kW.")
    assert other.get("mesin") == [1500.0] and other.get("kW") == [90.0]


def test_compensation_is_no_loss_and_a_budget_room_is_named() -> None:
    """``ganti rugi Rp 50 juta`` is compensation claimed, not a ``rugi`` (a loss); ``ruang fiskal Rp 90 triliun`` is a
    budget's room to spend (``figure_cues.MONEY_PHRASE_NOUNS``)."""
    series = _series("Keluarga korban menuntut ganti rugi Rp 50 juta kepada pengelola pasar itu. "
                     "Pemerintah memperkirakan ruang fiskal Rp 90 triliun tersedia tahun depan.")
    assert series.get("ganti rugi") == [5e7] and series.get("ruang fiskal") == [9e13] and "rugi" not in series


def test_a_thing_worth_an_amount_names_the_value_of_the_thing() -> None:
    """``memiliki 2 unit mobil senilai Rp 400 juta`` is the value of the cars, ``gedung bernilai Rp 12 miliar`` the
    building's, two things joined by ``dan`` are named both (past the second one's count); a verb before ``senilai``
    is no thing (the amount keeps its currency: ``IDR``)."""
    series = _series("Dalam laporan terbarunya, pejabat itu tercatat memiliki 2 unit mobil senilai Rp 400 juta. "
                     "Ia juga memiliki 3 unit sepeda motor dan 1 unit truk senilai Rp 250 juta. "
                     "Kontraktor swasta lalu ditunjuk membangun gedung bernilai Rp 12 miliar di tepi sungai. "
                     "Ia juga mencatat lima bidang sawah dan rumah senilai Rp 2 miliar di desanya. "
                     "Barang bergerak lainnya, pejabat itu mengaku memiliki senilai Rp 90 juta.")
    assert series.get("nilai mobil") == [4e8] and series.get("nilai gedung") == [12e9]
    assert series.get("nilai sawah dan rumah") == [2e9] and series.get("IDR") == [9e7]
    assert series.get("nilai sepeda motor dan truk") == [2.5e8]


def test_aid_is_named_in_the_table_and_a_total_is_no_series_with_one_familys_aid() -> None:
    """``bantuan``/``bansos`` name an amount with no money noun of its own (``figure_cues.LOOSE_MONEY_NOUNS``), but a
    year's total aid and the aid one family took home are two figures: two tables, not one series."""
    series = _series("Seorang ibu di desa itu mengaku menerima bantuan sebesar Rp 900 ribu dari petugas pos. "
                     "Menurut menteri, nilai penyaluran itu berbeda dari tahun ke tahun. "
                     "Sepanjang tahun ini, total bantuan sosial yang dibagikan pemerintah sebanyak Rp 95 triliun.")
    assert sorted(series.get("bantuan", [])) == [9e5, 9.5e13] and "IDR" not in series
    d = synthesize(link([extract(make_doc("f2", "Seorang ibu di desa itu mengaku menerima bantuan sebesar Rp 900 ribu "
                                          "dari petugas pos. Sepanjang tahun ini, total bantuan sosial yang dibagikan "
                                          "pemerintah sebanyak Rp 95 triliun.", published="2025-03-03",
                                          source="Warta Contoh"))]))
    assert sorted(len(f.values) for line in d.storylines for f in line.figures if f.about == "bantuan") == [1, 1]


def test_debts_spelled_with_h_bills_paid_in_and_fiscal_years() -> None:
    """``hutang`` is ``utang``; ``kewajiban manfaat`` (policy obligations) a liability of its own; ``menyetorkan Rp 150.000 dan Rp 40.000`` are both paid in (only a join between the two
    amounts); ``ditarget menagih`` is a bill; ``tahun anggaran`` is a year, no budget, so a list over fiscal years
    continues its first amount's noun."""
    series = _series("Perusahaan asuransi itu mencatat hutang klaim senilai Rp 8 triliun pada akhir tahun. "
                     "Adapun kewajiban manfaat polisnya menumpuk sebesar Rp 5 triliun. "
                     "Peserta kelas satu dan dua masing-masing menyetorkan Rp 150.000 dan Rp 40.000 setiap bulan. "
                     "Kantor wilayah di kota itu ditarget menagih Rp 90 miliar hingga Desember. "
                     "Proyek jaringan itu memakai dana desa sebesar Rp 2 miliar untuk tahun anggaran 2022, serta "
                     "sebesar Rp 3 miliar untuk tahun anggaran 2023.")
    assert series.get("utang") == [8e12] and series.get("tagihan") == [9e10]
    assert series.get("kewajiban manfaat") == [5e12]
    assert sorted(series.get("setoran (per bulan)", []) + series.get("setoran", [])) == [4e4, 1.5e5]
    assert sorted(series.get("dana", [])) == [2e9, 3e9] and "IDR" not in series


def test_amounts_told_in_parallel_and_a_list_of_years_share_their_name() -> None:
    """``Rp 20 juta untuk satu kepala desa dan Rp 50 juta untuk satu camat``: both follow ``untuk``, items of one list
    of what the first is; a sentence of amounts each right after its year continues the money noun of the sentence
    before (the grant of each later year)."""
    series = _series("Calon itu disebut membagikan politik uang hingga Rp 20 juta untuk satu kepala desa dan Rp 50 juta "
                     "untuk satu camat.")
    assert sorted(series.get("politik uang", [])) == [2e7, 5e7] and "IDR" not in series
    years = _series("Pada 2018, dana hibah yang diterima yayasan itu dari pemerintah provinsi senilai Rp 3 miliar. "
                    "Tahun 2019 Rp 4,5 miliar, 2020 Rp 6 miliar dan tahun 2021 Rp 7,2 miliar.")
    assert sorted(years.get("dana", [])) == [3e9, 4.5e9, 6e9, 7.2e9] and "IDR" not in years


def test_a_long_name_between_a_money_noun_and_its_amount_counts_as_one_word() -> None:
    """``dana itu mengalir ke <a title and a name of eleven capitalised words> sebesar Rp 2,5 miliar``: the recipient's name is
    one word of the twelve a money noun may stand before its amount (``figures.money.gap_window``), and the next
    recipient's amount after the same ``sebesar`` continues the list."""
    series = _series("Dalam putusannya, majelis menyebut dana itu mengalir ke mantan Kepala Dinas Pekerjaan Umum "
                     "Kabupaten Sukamaju Barat Siti Rahayu Lestari sebesar Rp 2,5 miliar, mantan Sekretaris Dinas Kota "
                     "Contoh Budi Santoso sebesar Rp 800 juta.")
    assert series.get("dana") == [2.5e9, 8e8] and "IDR" not in series


def test_money_assets_wealth_and_cash_name_an_amount_of_no_money_noun() -> None:
    """``uang``, ``aset``, ``harta`` and ``kas`` tell a reader what an amount is (``figure_cues.LOOSE_MONEY_NOUNS``):
    no table headed ``IDR`` for them; ``mata uang`` is a currency, and the rise of an asset (``kenaikan aset ...
    sebesar``) is the size of a change, not the asset, so it keeps no such name."""
    series = _series("Penipu itu kemudian meminta uang sebesar Rp 35 juta kepada seorang pengusaha di Medan. "
                     "Semua aset milik terpidana itu ditaksir bernilai sampai Rp 70 miliar. "
                     "Harta tidak bergerak lainnya, bupati itu mengaku memiliki senilai Rp 640 juta. "
                     "Adapun kas dan setara kas pejabat itu sejumlah Rp 45 juta.")
    assert series.get("uang") == [3.5e7] and series.get("aset") == [7e10]
    assert series.get("harta") == [6.4e8] and series.get("kas") == [4.5e7] and "IDR" not in series
    rise = _series("Laporan keuangan lembaga itu mencatat kenaikan aset tetap sebesar Rp 2,7 triliun pada tahun lalu.")
    assert "aset" not in rise


def test_a_stated_change_on_a_list_line_is_named_by_the_money_its_list_opens_with() -> None:
    """``Berikut rincian pemotongan dana ... :`` then ``2. Kota Contoh dari Rp 900 miliar menjadi Rp 700 miliar``: the
    update is about the fund of that town, as its figures table names the line's amount, not about ``IDR``."""
    from tests.test_synth_figures import _dossier, _ev

    d = _dossier(_ev("r1", "Pemerintah pusat memangkas dana transfer untuk provinsi itu tahun depan. "
                     "Daftar pemotongan dana transfer daerah untuk tiga kota dan kabupaten sebagai berikut:\n"
                     "1. Kota Sukamaju dari Rp 900 miliar menjadi Rp 700 miliar.\n"
                     "2. Kabupaten Sukadana dari Rp 1,3 triliun menjadi Rp 1,1 triliun.\n"
                     "3. Kabupaten Rawamerta dari Rp 640 miliar menjadi Rp 510 miliar.", "2025-10-06", "Kabar Satu"))
    abouts = sorted(f.about for line in d.storylines for f in line.findings if f.kind == "update")
    assert abouts and all(a.startswith("dana (") for a in abouts), abouts
    assert any("Sukadana" in a for a in abouts)


def test_a_need_a_funding_and_a_portfolio_name_their_amounts() -> None:
    """``kebutuhan``, ``pendanaan`` and ``portofolio`` say what a sum is (``figure_cues.LOOSE_MONEY_NOUNS``): a need
    for money, a funding, the size of a bank's book, not one more ``USD`` or ``IDR`` table."""
    series = _series("Dari kebutuhan USD 90 miliar, negara kepulauan itu baru sanggup menutup seperlima. "
                     "Menurut lembaga itu, potensi pendanaan proyek hutan bakau mencapai 2,1 miliar dolar AS. "
                     "Tahun lalu bank swasta itu membukukan portofolio kredit hijau sebesar Rp 8,4 triliun.")
    assert series.get("kebutuhan") == [9e10] and series.get("pendanaan") == [2.1e9]
    assert series.get("portofolio") == [8.4e12] and "USD" not in series and "IDR" not in series
