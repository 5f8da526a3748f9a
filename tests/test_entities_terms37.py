"""Entities a reader can trust (round 37): short forms of taxes, levies, revenue, diseases and common
nouns name no body; national programmes' short forms are programmes; a short form with a second
reading (``PKB`` the party or the motor-vehicle tax) is the body only when its article reads it so.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.extract.entities.readings import BODY, OTHER, acronym_reading
from kliping.model import Document
from tests.quote_helpers import doc
from tests.test_aliases_rules import _doc, _story


def _types(d: Document) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(d)}


def test_a_regions_revenue_and_its_levies_written_short_name_no_body():
    got = _types(doc("Gubernur Jawa Tengah meminta Bapenda menaikkan PAD tahun depan. Denda SWDKLLJ dan BBNKB "
                     "dihapus selama bulan Desember agar warga melunasi tunggakan."))
    assert "PAD" not in got and "SWDKLLJ" not in got and "BBNKB" not in got
    assert got.get("Jawa Tengah") in ("GPE", "LOC")


def test_a_disease_written_short_is_no_body():
    got = _types(doc("Bupati menyebut program kesehatan seperti pemberantasan TBC serta layanan dokter spesialis "
                     "di RSUD Cibinong berjalan baik. Kasus DBD di Jawa Barat menurun menurut Dinkes Jabar."))
    assert "TBC" not in got and "DBD" not in got
    assert got.get("RSUD Cibinong") == "ORG" and got.get("Dinkes Jabar") == "ORG"


def test_a_common_noun_written_short_or_shouted_in_capitals_is_no_body():
    got = _types(doc("Menteri menegaskan kabar yang beredar di media sosial itu HOAX. Kementerian ingin "
                     "memperkuat SDM aparatur dan menolak isu SARA menjelang pemilihan."))
    assert "HOAX" not in got and "SDM" not in got and "SARA" not in got


def test_a_national_programmes_short_form_is_a_programme_not_a_body_or_a_place():
    got = _types(doc("Jumlah peserta JKN di Kota Malang bertambah. Pendaftaran PPDB tahun ini dibuka "
                     "secara daring."))
    assert got.get("JKN") in (None, "PROGRAMME")
    assert got.get("PPDB") in (None, "PROGRAMME")
    assert got.get("Kota Malang") in ("GPE", "LOC")


def test_a_short_form_the_article_reads_as_a_tax_or_a_contract_is_no_body_but_the_party_stays():
    got = _types(doc("Bapenda membebaskan denda PKB dan BBNKB bagi kendaraan yang menunggak sampai akhir tahun."))
    assert "PKB" not in got
    got = _types(doc("Kedua pihak menandatangani PKS tentang pengelolaan sampah di Balai Kota Bandung."))
    assert "PKS" not in got
    got = _types(doc("Warga diminta melunasi PBB sebelum jatuh tempo, kata Kepala Bapenda Kota Bekasi."))
    assert "PBB" not in got
    got = _types(doc("Ketua Umum PKB menghadiri rapat koalisi di Jakarta bersama pimpinan partai lain."))
    assert got.get("PKB") == "ORG"


def test_an_ambiguous_short_forms_reading_comes_from_the_long_form_then_the_words_around_it():
    # the long form the article writes decides, whatever words stand around the short form
    assert acronym_reading("PKB", ["Penerimaan Pajak Kendaraan Bermotor naik.", "Politikus partai memuji PKB."]) == OTHER
    assert acronym_reading("PKB", ["Partai Kebangkitan Bangsa menggelar muktamar.", "Denda PKB dihapus."]) == BODY
    assert acronym_reading("PKB", ["Partai Kebangkitan Bangsa membahas Pajak Kendaraan Bermotor (PKB)."]) is None
    # no long form: the words of the sentence holding it, then of the article
    assert acronym_reading("PKB", ["Tunggakan PKB dihapus.", "Fraksi di dewan setuju."]) == OTHER
    assert acronym_reading("PKB", ["Kader PKB hadir.", "Pajak naik tahun ini."]) == BODY
    assert acronym_reading("PKB", ["Rapat membahas PKB.", "Pajak dan kendaraan dinas dibahas fraksi."]) is None
    # neither field around it: the table's body; a short form with one reading is always the body
    assert acronym_reading("PKB", ["Ketua PKB datang ke Surabaya."]) == BODY
    assert acronym_reading("KPK", ["Denda pajak kendaraan."]) == BODY


def test_a_short_form_its_article_does_not_read_as_the_body_is_not_joined_to_the_body():
    told = _doc("a", 1, "Fraksi PKB di DPR menolak rencana itu, kata politikus Partai Kebangkitan Bangsa.")
    torn = _doc("b", 2, "Rapat membahas PKB pekan ini.", "Pajak kendaraan dinas dan sikap fraksi dibahas pula.")
    story = _story(told, torn)
    party = {e.id for e in story.entities if "Partai Kebangkitan Bangsa" in e.aliases}
    letters = {e.id for e in story.entities if "PKB" in e.aliases and "b" in e.articles}
    assert party and letters and not party & letters


def test_a_countrys_nickname_is_that_country_and_joins_it():
    got = _types(doc("Ekspor nikel ke Negeri Tirai Bambu turun 20 persen, sementara investor dari Negeri Sakura "
                     "menambah modal di Batam."))
    assert got.get("Negeri Tirai Bambu") == "GPE" and got.get("Negeri Sakura") == "GPE"
    got = _types(doc("Kebijakan tarif Negeri Paman Sam memukul ekspor tekstil dari Jawa Barat."))
    assert got.get("Negeri Paman Sam") == "GPE" and "Paman Sam" not in got
    story = _story(_doc("a", 1, "Presiden Amerika Serikat mengumumkan tarif baru untuk baja."),
                   _doc("b", 2, "Bank sentral Paman Sam menahan suku bunga acuannya pekan ini."))
    us = [e for e in story.entities if "Paman Sam" in e.aliases]
    assert len(us) == 1 and "Amerika Serikat" in us[0].aliases and us[0].type == "GPE"


def test_a_letters_number_word_and_code_is_no_person():
    got = _types(doc("Pengamanan itu diatur dalam Telegram Panglima TNI No TR/101/2025 yang terbit bulan lalu."))
    assert "No TR" not in got and got.get("TNI") == "ORG"
    got = _types(doc("Perintah itu tertuang dalam surat telegram Kapolri No TR/512/2024 tertanggal 3 Juni 2024."))
    assert not any(t.startswith("No") for t in got)


def test_a_fertiliser_kind_and_a_holy_names_epithet_are_no_body_and_a_tolling_system_is_a_thing():
    got = _types(doc("Petani di Lamongan mengeluh karena stok pupuk NPK di kios desa sudah kosong sejak Senin."))
    assert "NPK" not in got
    got = _types(doc("Pemerintah menguji sistem Multi Lane Free Flow (MLFF) di tol Bali. MLFF akan diterapkan tahun depan."))
    assert got.get("MLFF") == "PRODUCT" and got.get("Multi Lane Free Flow") == "PRODUCT"
    got = _types(doc("Ustaz itu mengingatkan bahwa Allah SWT melarang riba dalam jual beli."))
    assert "SWT" not in got
