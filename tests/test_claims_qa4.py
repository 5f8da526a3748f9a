"""Claim cues in their claim sense, and claim texts that keep what the cue scopes over (QA4).

All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.model import Document
from kliping.text import split_sentences


def claims(text: str):
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text))
    return extract_claims(d, None)


def test_rhetorical_need_to_acknowledge_is_no_confirmation() -> None:
    assert claims("Harus diakui, penerimaan pajak tahun ini melampaui target.") == []
    assert claims("Namun, perlu juga diakui bahwa kantor pajak kekurangan pegawai.") == []


def test_recognising_something_is_no_confirmation() -> None:
    assert claims("Banyak negara kini mengakui kedaulatan negara kepulauan itu.") == []
    assert claims("Tidak ada yang akan mengakui produk lokal kalau kita sendiri malu memakainya.") == []


def test_admitting_a_fact_is_still_a_confirmation() -> None:
    (c,) = claims("Kepala dinas mengakui penyaluran bantuan beras terlambat dua pekan.")
    assert (c.status, c.cue) == ("confirmation", "mengakui")


def test_the_reporter_asking_for_comment_is_no_confirmation() -> None:
    assert claims("Wartawan sudah mengkonfirmasi Kepala Desa Sukamaju soal dana yang belum cair.") == []
    assert claims("Kami masih harus mengkonfirmasi ulang kepada pengirim pesan tersebut.") == []


def test_a_negated_or_generic_accusation_is_no_allegation() -> None:
    assert claims("Menurutnya, pihak pelapor tidak bisa serta-merta mengklaim bahwa tanahnya diserobot.") == []
    assert claims("Ia mengimbau warga agar tidak sembarangan menuduh tetangga tanpa bukti.") == []


def test_not_only_accusing_is_still_an_allegation() -> None:
    (c, *_rest) = claims("Jaksa tidak hanya menuduh terdakwa menerima suap, tetapi juga menyamarkan hartanya.")
    assert (c.status, c.cue) == ("allegation", "menuduh")


def test_someone_upset_at_being_accused_keeps_the_accusation_in_the_text() -> None:
    (c,) = claims("Dia kecewa dituduh menggelapkan dana koperasi.")
    assert c.status == "allegation"
    assert c.text == "Dia kecewa dituduh menggelapkan dana koperasi"
    (c,) = claims("Ia tidak terima dituding mencuri sepeda motor tetangganya.")
    assert c.status == "allegation", "the negation is on his acceptance, not on the accusation"


def test_a_suspected_relative_clause_gives_its_own_subject_not_the_main_clause() -> None:
    (c,) = claims("Polisi menangkap pria yang diduga mencuri kotak amal masjid.")
    assert c.status == "allegation"
    assert c.text == "pria mencuri kotak amal masjid", "the arrest is no part of what is suspected"


def test_an_estimated_amount_is_a_speculation_not_an_allegation() -> None:
    (c,) = claims("Produsen butuh harga jual yang diduga di atas 60 dollar AS per barel.")
    assert c.status == "speculation"
    (c,) = claims("Pengungsi itu diduga akan melarikan diri ke luar kota.")
    assert c.status == "allegation", "suspecting someone of a plan is still an allegation"


def test_an_agent_and_a_date_are_not_the_claim_text() -> None:
    (c,) = claims("Penetapan tersangka itu dikonfirmasi oleh Kapolres Bantul, AKBP Budi Santoso, Senin (6/10/2025).")
    assert c.status == "confirmation"
    assert c.text.startswith("Penetapan tersangka itu"), c.text
    (c,) = claims("Namun, tuduhan itu dibantah Rudi melalui kuasa hukumnya, Sinta Dewi.")
    assert not c.text.startswith("melalui"), c.text


def test_the_actor_of_a_cue_in_a_subordinate_clause_is_read_in_that_clause() -> None:
    from kliping.extract import extract
    from kliping.ingest import clean
    from kliping.model import Article

    ev = extract(clean(Article(id="t", input="t.txt", title="Sengketa Warisan", published="2025-02-03", source="S",
                               text="Perkara ini bermula saat Rina Kusuma menuding Anton menjual tanah warisan keluarga.")))
    (c,) = ev.claims
    assert (c.status, c.actor_name) == ("allegation", "Rina Kusuma")
    ev = extract(clean(Article(id="u", input="u.txt", title="Bantahan", published="2025-02-03", source="S",
                               text="Bupati Harda Kiswaya, saat ditemui di pendopo, membantah tuduhan itu.")))
    (c,) = ev.claims
    assert c.status == "denial" and c.actor_name == "Harda Kiswaya", "a subordinator before a verb cuts nothing"


def test_a_speaker_who_must_admit_still_admits() -> None:
    (c,) = claims("\"Saya harus mengakui, pelayanan kami bulan ini kurang baik,\" kata Dodi.")
    assert (c.status, c.cue) == ("confirmation", "mengakui")
    (c,) = claims("Manajer tim mengakui kinerja pemainnya menurun sepanjang musim.")
    assert c.status == "confirmation", "admitting a fact about performance is no recognition"
