"""Entity rules from the eighth round (docs/ner.md, "Eighth QA read"): regional office titles,
the types of trading benchmarks, exchanges, technologies and instruments, and capitalised words
that are no names (sentence adverbs, conjunctions before a name, teams, degrees, a cabinet's name).

Every sentence is written for these tests (no article text); the people are invented or public
figures named in ordinary sentences.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from tests.test_entities import _doc


def _spans(*sentences: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(_doc(*sentences))}


def _titles(*sentences: str) -> dict[str, str | None]:
    return {m.text: m.title for m in extract_mentions(_doc(*sentences)) if m.type == "PERSON"}


# ---- regional office titles


def test_a_regional_office_head_written_as_one_word_titles_the_name_after_its_place():
    got = _titles("Kadinsos Kota Medan Irvan Wahyudi memastikan bantuan beras sudah dibagikan.")
    assert got == {"Irvan Wahyudi": "Kadinsos Kota Medan"}
    got = _titles("Kadisnaker Jawa Barat Rachmat Taufik memantau pembayaran upah buruh.")
    assert got == {"Rachmat Taufik": "Kadisnaker Jawa Barat"}


def test_the_holder_after_a_spelt_out_regional_office_and_its_region_is_a_person():
    got = _spans('"Bantuan sudah kami salurkan," kata Kepala Dinas Sosial Kota Medan Irvan Wahyudi.')
    assert got.get("Dinas Sosial Kota Medan") == "ORG"
    assert got.get("Irvan Wahyudi") == "PERSON"
    got = _titles("Kepala Dinas Pendidikan Kabupaten Bogor Rina Marlina meninjau sekolah yang rusak.")
    assert got == {"Rina Marlina": "Kepala Dinas Pendidikan Kabupaten Bogor"}


def test_a_section_or_company_word_after_the_region_is_no_office_holder():
    got = _spans("Kepala Dinas PUPR Kota Medan Bidang Bina Marga hadir dalam rapat.")
    assert not [t for t, typ in got.items() if typ == "PERSON"]
    got = _titles("Menurut analis Central China Securities Zhang Gang, permintaan baja melemah.")
    assert got == {"Zhang Gang": "analis Central China Securities"}


def test_the_unit_word_of_the_municipal_police_head_is_part_of_the_title():
    got = _titles("Kasatpol PP Agus Ridho mengatakan lapak liar itu dibongkar pagi tadi.")
    assert got == {"Agus Ridho": "Kasatpol PP"}


# ---- market and technology names


def test_a_crude_benchmark_typed_as_an_organisation_is_a_product():
    got = _spans("Minyak jenis Light Sweet West Texas Intermediate untuk kontrak Februari turun 1,2 dollar AS.")
    assert got.get("Light Sweet West Texas Intermediate") == "PRODUCT"
    got = _spans("Harga minyak mentah jenis West Texas Intermediate (WTI) merosot 2 dollar AS per barel.")
    assert got.get("West Texas Intermediate") == "PRODUCT"


def test_an_exchange_named_after_di_is_an_organisation_not_a_place():
    got = _spans("Harga WTI di pasar berjangka Nymex untuk kontrak Januari merosot ke 66 dollar AS per barel.")
    assert got.get("Nymex") == "ORG"
    got = _spans("Kontrak Brent bulan depan naik 10 sen menjadi 78 dollar AS per barel di bursa ICE Futures Europe.")
    assert got.get("ICE Futures Europe") == "ORG"


def test_a_firm_whose_name_ends_in_energy_is_an_organisation():
    got = _spans('"Pasokan masih berlebih," kata Gene McGillian, analis sekaligus pialang di Tradition Energy.')
    assert got.get("Tradition Energy") == "ORG"
    assert got.get("Gene McGillian") == "PERSON"


def test_a_technology_acronym_and_its_expansion_are_products():
    got = _spans("Sistem Radio Frequency Identification (RFID) akan dipasang di semua SPBU tahun depan.")
    assert got.get("RFID") == "PRODUCT"
    assert got.get("Radio Frequency Identification") == "PRODUCT"
    assert _spans("Pertamina memasang RFID di ribuan SPBU.").get("RFID") == "PRODUCT"


def test_a_financial_instrument_is_no_entity():
    got = _spans("Bank sentral masuk ke pasar Non-Deliverable Forward (NDF) untuk menahan pelemahan rupiah.")
    assert not [t for t in got if "Forward" in t or t == "NDF"]
    got = _spans("Instrumen Domestic Non-Deliverable Forward juga dipakai di pasar dalam negeri.")
    assert not [t for t in got if "Forward" in t]


def test_a_currency_code_with_its_country_is_no_organisation():
    got = _spans("Pagi ini greenback turun tipis terhadap mata uang CHF Swiss di pasar Asia.")
    assert not [t for t in got if t.startswith("CHF")]
    got = _spans("Nilai tukar dolar terhadap CHF Swiss France turun 0,2 persen pagi ini.")
    assert not [t for t in got if t.startswith("CHF")]


# ---- words that are no names


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name_after_it():
    got = _spans("Sepengetahuan Bambang, alat itu belum dipasang di kendaraan dinas.")
    assert got.get("Bambang") == "PERSON" and "Sepengetahuan Bambang" not in got
    got = _spans("KOMPAS.com - Kendati Jepang tidak menjadikan Natal hari libur, pusat belanja di Tokyo tetap ramai.")
    assert got.get("Jepang") == "GPE" and "Kendati Jepang" not in got
    got = _spans("Akibatnya Bank Indonesia harus menaikkan suku bunga acuan.")
    assert got.get("Bank Indonesia") == "ORG"


def test_a_sentence_adverb_ending_in_nya_is_no_entity():
    got = _spans('"Prinsipnya, negara hadir supaya layanan kesehatan tetap bisa diakses warga.')
    assert "Prinsipnya" not in got
    assert "Faktanya" not in _spans("Faktanya, harga beras di pasar tidak turun sama sekali.")


def test_a_derived_noun_opening_a_sentence_is_no_entity():
    got = _spans("Kerinduan pada anak-anaknya membuat Pak Darto ingin cepat pulang dari rumah sakit.")
    assert "Kerinduan" not in got
    assert got.get("Darto") == "PERSON"


def test_an_academic_degree_after_a_name_is_no_person():
    got = _spans("Direktur Penyakit Menular Kemenkes dr Siti Rahma, M.Epid, mengatakan program itu diperluas.")
    assert "M.Epid" not in got
    assert got.get("Siti Rahma") == "PERSON"


def test_a_team_after_an_office_is_an_organisation_and_its_head_the_person():
    got = _titles("Ketua Tim Reformasi Tata Kelola Listrik dan Energi Baru (EBT) Hendra Sitompul menghitung ulang "
                  "tarif listrik.")
    assert got == {"Hendra Sitompul": "Ketua Tim Reformasi Tata Kelola Listrik dan Energi Baru"}
    assert _titles("Para bupati datang ke kantor Menko Pangan selaku Ketua Tim Pengarah program tersebut.") == {}
    got = _titles("Ketua Tim Pemenangan Andi Wijaya menyebut hasil survei itu wajar.")
    assert got == {"Andi Wijaya": "Ketua Tim Pemenangan"}
    assert _spans("Ketua Tim Pemenangan Andi Wijaya menyebut hasil survei itu wajar.").get("Tim Pemenangan") == "ORG"


def test_the_given_name_tim_after_a_company_is_still_a_person():
    assert _spans("CEO Apple Tim Cook meresmikan akademi pengembang di Tangerang.").get("Tim Cook") == "PERSON"


def test_a_cabinet_name_after_anggota_is_an_organisation_not_a_person():
    got = _spans("Pergantian anggota Kabinet Merah Putih itu berdampak pada pasar saham.")
    assert got.get("Kabinet Merah Putih") == "ORG" and "Merah Putih" not in got
    got = _titles("Sekretaris Kabinet Teddy Indra Wijaya hadir dalam rapat itu.")
    assert got == {"Teddy Indra Wijaya": "Sekretaris Kabinet"}


def test_two_ministries_numbered_in_a_list_are_two_organisations():
    got = _spans("Perombakan terjadi di Kementerian Keuangan, Kementerian Koperasi dan Kelima Kementerian Pemuda "
                 "dan Olahraga.")
    assert got.get("Kementerian Koperasi") == "ORG"
    assert got.get("Kementerian Pemuda dan Olahraga") == "ORG"
    assert not [t for t in got if "Kelima" in t]
    got = _spans("Kementerian Keuangan dan Bank Indonesia sepakat menjaga rupiah.")
    assert got.get("Kementerian Keuangan") == "ORG" and got.get("Bank Indonesia") == "ORG"
    got = _spans("Badan Pengawasan Keuangan dan Pembangunan memeriksa laporan itu.")
    assert got.get("Badan Pengawasan Keuangan dan Pembangunan") == "ORG"
