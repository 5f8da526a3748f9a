"""Claim actors the subject does not name outright: a person before an affiliation apposition, a
suspect called only ``tersangka``, a document's issuer.

All sentences are written for these tests; mentions come from kliping's own tagger.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from kliping.model import Claim, Document
from kliping.text import split_sentences


def claims(text: str) -> list[Claim]:
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text))
    return extract_claims(d, extract_mentions(d))


def test_person_before_institution_and_place_apposition_holds_the_relative_claim():
    (c,) = claims("Pernyataan itu disampaikan Dr Rina Hartati dari Pusat Studi Energi, Universitas Gadjah Mada, "
                  "Yogyakarta, yang membantah kabar kenaikan tarif listrik.")
    assert (c.status, c.actor_name) == ("denial", "Rina Hartati")
    assert c.text == "kabar kenaikan tarif listrik"


def test_unnamed_expert_before_apposition_gets_no_actor():
    (c,) = claims("Pakar hukum dari Universitas Indonesia, Jakarta, yang membantah kabar itu tidak disebut namanya.")
    assert c.actor_name is None


def test_bare_tersangka_is_the_suspect_named_by_initials():
    cs = claims("Seorang guru berinisial R yang diduga memukul siswanya ditetapkan sebagai tersangka. "
                "Kapolsek Bambang menyebut tersangka membantah telah memukul siswa itu.")
    denial = next(c for c in cs if c.status == "denial")
    assert denial.actor_name == "R"
    assert denial.text == "telah memukul siswa itu"


def test_bare_tersangka_of_two_suspects_stays_unresolved():
    cs = claims("Polisi menangkap pria berinisial AS dan wanita berinisial BT yang kemudian ditetapkan sebagai "
                "tersangka. Menurut Bambang, tersangka membantah semua tuduhan.")
    (denial,) = [c for c in cs if c.status == "denial"]
    assert denial.actor_name is None


def test_source_fronted_with_menurut_is_not_the_subject_of_the_cue():
    (c,) = claims("Menurut Kapolsek Bambang Irawan, pelaku membantah semua tuduhan itu.")
    assert c.actor_name != "Bambang Irawan"


def test_claim_of_an_issued_report_is_its_issuer():
    (c,) = claims("Pekan lalu, Kementerian Kesehatan menerbitkan laporan yang menyangkal adanya wabah di desa itu.")
    assert (c.status, c.actor_name) == ("denial", "Kementerian Kesehatan")
    assert c.text == "adanya wabah di desa itu"


def test_claim_of_a_report_someone_only_reads_has_no_actor():
    (c,) = claims("Budi membaca laporan yang membantah kabar itu.")
    assert c.actor_name is None


def test_organisation_the_tagger_missed_in_the_sentence_is_read_from_its_acronym():
    cs = claims("Iuran BPJS naik tahun lalu. BPJS Kesehatan mengakui bahwa tunggakan itu perlu segera dilunasi.")
    (c,) = [c for c in cs if c.status == "confirmation"]
    assert c.actor_name == "BPJS Kesehatan"
    assert c.text == "tunggakan itu perlu segera dilunasi"


def test_a_surname_spelled_like_an_english_word_is_a_name_when_it_opens_one():
    cs = claims("Dua terdakwa, Then Budiman Halim dan Rudi Hartono, membacakan pembelaan. Rudi Hartono meminta "
                "dibebaskan. Then mengatakan dirinya sudah tua. Dia membantah menerima uang suap dari importir.")
    (c,) = cs
    assert c.actor_name == "Then Budiman Halim"


def test_a_stray_english_then_is_still_no_antecedent():
    (c,) = claims("Rapat itu berakhir. Budi Santoso pulang. Then. Dia membantah kabar itu.")
    assert c.actor_name == "Budi Santoso"


def titled_claims(title: str, text: str) -> list[Claim]:
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text), title=title)
    return extract_claims(d, extract_mentions(d))


_TITLE = "Raisa Andriana Bersaksi di Sidang Kasus Kontrak Konser"


def test_epithet_never_introduced_in_the_article_is_the_person_of_the_headline():
    (c,) = titled_claims(_TITLE, "Raisa Andriana hadir di pengadilan sebagai saksi. Hakim Budi Santoso bertanya "
                                 "soal kontrak. Dalam sidang, bintang iklan sampo itu membantah menerima uang muka.")
    assert (c.status, c.actor_name) == ("denial", "Raisa Andriana")
    (c,) = titled_claims(_TITLE, "Raisa Andriana hadir di pengadilan sebagai saksi. Hakim Budi Santoso bertanya "
                                 "soal kontrak. Penyanyi berusia 35 tahun itu membantah menerima uang muka.")
    assert c.actor_name == "Raisa Andriana"


def test_epithet_with_no_person_in_the_headline_or_a_generic_noun_stays_unresolved():
    (c,) = titled_claims("Sidang Kasus Kontrak Konser Berlanjut",
                         "Raisa Andriana hadir di pengadilan sebagai saksi. Hakim Budi Santoso bertanya soal kontrak. "
                         "Dalam sidang, aktris berusia 35 tahun itu membantah menerima uang muka.")
    assert c.actor_name is None
    (c,) = titled_claims(_TITLE, "Raisa Andriana hadir di pengadilan sebagai saksi. Seorang pria ikut ditanya "
                                 "hakim. Pria itu membantah menerima uang muka.")
    assert c.actor_name is None


def test_epithet_of_a_person_introduced_with_that_noun_is_that_person_not_a_name():
    (c,) = titled_claims(_TITLE, "Raisa Andriana hadir di pengadilan. Pengusaha Budi Santoso ikut bersaksi. "
                                 "Pengusaha itu membantah menerima uang muka.")
    assert c.actor_name == "Budi Santoso"


def test_pronoun_after_an_epithet_subject_continues_the_epithets_person():
    cs = titled_claims(_TITLE, "Raisa Andriana hadir di pengadilan. Hakim Budi Santoso bertanya soal kontrak. "
                               "Penyanyi berusia 35 tahun itu kembali bertanya. Ia menyinggung kemungkinan kontrak "
                               "itu sudah batal.")
    (c,) = cs
    assert (c.status, c.actor_name) == ("speculation", "Raisa Andriana")


def test_pronoun_after_an_epithet_of_nobody_named_is_not_the_last_name():
    (c,) = titled_claims(_TITLE, "Raisa Andriana hadir di pengadilan. Hakim Budi Santoso bertanya soal kontrak. "
                                 "Pria itu kembali bertanya. Dia membantah menerima uang muka.")
    assert c.actor_name is None


def test_a_name_right_after_diduga_is_the_suspected_not_the_one_suspecting():
    (c,) = claims("Kami melaporkan seseorang yang patut diduga Budi Santoso terkait fitnah.")
    assert (c.status, c.actor_name) == ("allegation", None)
    (c,) = claims("Kebocoran data itu diduga oleh Kominfo berasal dari server lama.")
    assert c.actor_name == "Kominfo"


def test_a_document_subject_names_its_issuer_after_the_noun():
    cs = claims("Petugas memeriksa kas desa. Audit oleh Inspektorat Kota Cirebon akhirnya mengonfirmasi selisih "
                "kas desa itu.")
    (c,) = cs
    assert (c.status, c.actor_name) == ("confirmation", "Inspektorat Kota Cirebon")
    (c,) = claims("Hasil kajian Komnas HAM menuduh aparat melanggar prosedur.")
    assert c.actor_name == "Komnas HAM"
    (c,) = claims("Laporan itu membantah adanya wabah.")
    assert c.actor_name is None
