"""Entity types of the twenty-first round (docs/ner.md, "Twenty-first round"): English job titles run
into a company or a first name, products written after their maker, numbered regional offices,
post titles before a place, event short forms and letter numbers.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.model import Document
from tests.quote_helpers import doc


def _types(d: Document) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(d)}


def _titles(d: Document) -> dict[str, str | None]:
    return {m.text: m.title for m in extract_mentions(d) if m.type == "PERSON"}


def test_an_english_job_title_before_a_company_is_no_part_of_the_company():
    got = _types(doc("Kemarin, Vice President Corporate Communication PT Sinar Baja (Persero) Rudi Hartono "
                     "menyebut pasokan listrik aman hingga akhir tahun."))
    assert got.get("PT Sinar Baja") == "ORG"
    assert not any(t.startswith("Vice President") for t in got)
    assert got.get("Rudi Hartono") == "PERSON"


def test_an_english_job_title_glued_to_a_first_name_is_that_persons_title():
    d = doc("Vice President Corporate Communication Fadli Rahmat Santoso menuturkan program itu berjalan baik.")
    got = _types(d)
    assert got.get("Fadli Rahmat Santoso") == "PERSON"
    assert not any(t.startswith("Vice President") for t in got)
    assert _titles(d)["Fadli Rahmat Santoso"] == "Vice President Corporate Communication"


def test_an_english_job_title_alone_names_nothing():
    got = _types(doc("Menanggapi kabar itu, General Manager Fuel Retail mengaku belum menerima laporan."))
    assert not any(t.startswith("General Manager") for t in got)


def test_a_maker_and_its_model_after_a_vehicle_noun_are_a_product():
    got = _types(doc("Penyidik menyita mobil Volkswagen (VW) Jetta Sportline, mobil Toyota Rush dan sepeda motor "
                     "milik tersangka di rumahnya."))
    assert got.get("Jetta Sportline") == "PRODUCT"
    assert got.get("Toyota Rush") == "PRODUCT"


def test_a_maker_the_document_writes_before_a_model_is_a_company_and_its_model_a_product():
    d = doc("Proyek itu merakit Subaru 360 Coupe di pabrik Bekasi pada 1980-an. Model terakhirnya adalah "
            "Subaru Leone yang dijual hingga 1995. Subaru kemudian menghentikan produksinya di Indonesia.")
    got = _types(d)
    assert got.get("Subaru Leone") == "PRODUCT"
    assert got.get("Subaru") == "ORG"


def test_a_person_named_after_a_company_word_keeps_the_person_reading():
    got = _types(doc("Kepala Desa Toyota Sugiarto mengatakan warga menolak rencana tambang pasir itu."))
    assert got.get("Toyota Sugiarto") != "PRODUCT"
    got = _types(doc("Pertandingan digelar di Emirates Stadium, London, Sabtu malam."))
    assert got.get("Emirates Stadium") != "PRODUCT"


def test_a_law_article_and_a_letter_number_are_no_entities():
    got = _types(doc("Terdakwa dijerat Pasal 2 ayat (1) jo Pasal 18 UU Tipikor oleh jaksa penuntut umum."))
    assert "Pasal" not in got
    got = _types(doc("Surat bernomor KPS.B/12-IV-2024 itu diterbitkan tanpa sepengetahuan pemilik lahan."))
    assert not any("/" in t for t in got)


def test_an_english_event_name_with_its_edition_year_is_an_event_and_so_is_its_short_form():
    d = doc("Ratusan pemain muda ikut ajang sepak bola bertajuk Nusantara Youth Football Championship (NYFC) "
            "2025 di Denpasar. Panitia menyebut NYFC ini digelar dua kali setahun.")
    got = _types(d)
    assert got.get("Nusantara Youth Football Championship") == "EVENT"
    assert got.get("NYFC") == "EVENT"


def test_an_english_forum_without_an_event_cue_or_year_is_left_to_the_tagger():
    got = _types(doc("Anggota Asia Pacific Investor Forum menyampaikan keberatan kepada regulator."))
    assert got.get("Asia Pacific Investor Forum") != "EVENT"


def test_a_name_said_to_be_a_car_is_a_product():
    got = _types(doc("Pameran itu juga menampilkan Kancil Mini. Kancil Mini adalah sebuah mobil mini berkapasitas "
                     "dua penumpang rakitan bengkel lokal."))
    assert got.get("Kancil Mini") in (None, "PRODUCT")


def test_a_chain_of_legal_citations_names_no_entity():
    got = _types(doc("Penyidik menjerat tersangka dengan Pasal 51 ayat (3) jo Pasal 36 ayat (1) undang-undang "
                     "perlindungan data pribadi."))
    assert not any(t.startswith(("Jo", "jo", "Pasal")) for t in got)


def test_a_bare_body_head_names_no_entity():
    got = _types(doc("Data itu dihimpun dari tiap Kementerian, Lembaga, dan pemerintah daerah. Kanwil akan "
                     "menagih sisanya."))
    assert not {"Kementerian", "Lembaga", "Kanwil"} & set(got)


def test_a_government_written_out_around_its_short_form_is_one_organisation():
    got = _types(doc("Pemerintah Kota (Pemkot) Kediri resmi menerapkan kebijakan pembatasan jam malam bagi pelajar."))
    assert got.get("Pemerintah Kota (Pemkot) Kediri") == "ORG"
    assert "Kediri" not in got


def test_a_name_cited_as_a_source_is_the_outlet_not_a_place():
    got = _types(doc("Minum air putih cukup membantu pencernaan. Dikutip dari Wellnessly, ada lima kebiasaan "
                     "pagi yang dianjurkan dokter."))
    assert got.get("Wellnessly") == "ORG"
    got = _types(doc("Jumlah pengunjung naik tajam, mengutip dari media massa Jepang, pada libur musim panas."))
    assert got.get("Jepang") == "GPE"
