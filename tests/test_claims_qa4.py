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
    assert claims("Ia menilai warga yang melapor tidak bisa serta-merta mengklaim lahan itu dirampas orang.") == []
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


# --- After the reviewer's second pass (bugs 3-7) ---


def test_willing_or_prompt_admission_is_still_a_confirmation() -> None:
    # ``mau``/``segera``/``ingin`` are no modals of need: the act is reported done
    (c,) = claims("Tersangka akhirnya mau mengakui perbuatannya kepada penyidik setelah diperiksa delapan jam.")
    assert (c.status, c.cue) == ("confirmation", "mengakui")
    (c,) = claims("Saat diperiksa, Budi segera mengakui telah menerima uang suap Rp 500 juta.")
    assert (c.status, c.actor_name) == ("confirmation", "Budi")
    (c,) = claims("Juru bicara kepolisian segera mengonfirmasi penangkapan dua tersangka itu.")
    assert c.status == "confirmation"
    # a modal of need still blocks a confirmation to come
    assert claims("Polisi akan mengonfirmasi identitas korban setelah hasil tes DNA keluar.") == []


def test_admitting_a_product_flaw_or_a_role_in_a_crime_is_a_confirmation() -> None:
    (c,) = claims("PT Sumber Pangan mengakui produk itu mengandung bahan berbahaya.")
    assert (c.status, c.text) == ("confirmation", "produk itu mengandung bahan berbahaya")
    (c,) = claims("Tersangka mengakui peran dalam penyelundupan sabu seberat dua kilogram.")
    assert c.status == "confirmation"
    # a recognised object followed by a predicate is the subject of an admitted claim
    (c,) = claims("Menteri itu mengakui hak warga tersebut telah dilanggar aparat desa.")
    assert c.status == "confirmation"
    # and without one it is still recognition
    assert claims("Pemerintah mengakui kedaulatan negara tetangga atas pulau itu.") == []


def test_more_or_less_before_a_manner_is_an_allegation_not_an_estimate() -> None:
    (c,) = claims("Korban diduga lebih dulu menyerang pelaku dengan sebilah pisau.")
    assert c.status == "allegation"
    (c,) = claims("Sopir truk diduga kurang hati-hati saat melintas di tikungan tajam.")
    assert c.status == "allegation"
    (c,) = claims("Pengemudi mobil itu diduga di bawah pengaruh alkohol saat menabrak pagar.")
    assert c.status == "allegation"
    # an amount after the two-word forms still is an estimate
    (c,) = claims("Jumlah penonton yang terjebak diduga lebih dari 200 orang.")
    assert c.status == "speculation"
    (c,) = claims("Kerugian negara diduga di atas Rp 2 miliar.")
    assert c.status == "speculation"


def test_an_age_before_yang_is_not_the_subject() -> None:
    (c,) = claims("Polisi menangkap pria berusia 30 tahun yang diduga mencuri sepeda motor warga.")
    assert c.text == "pria mencuri sepeda motor warga"
    (c,) = claims("Warga menemukan seorang nelayan (45) yang diduga hanyut terbawa arus.")
    assert c.text == "seorang nelayan hanyut terbawa arus"
    # a number that is an amount, not an age, stays with its noun
    (c,) = claims("Petugas menyita uang 30 juta yang diduga hasil pemerasan.")
    assert c.text == "uang 30 juta hasil pemerasan"


def test_a_subordinate_clause_closed_by_a_comma_does_not_give_the_actor() -> None:
    from kliping.extract import extract
    from kliping.ingest import clean
    from kliping.model import Article

    ev = extract(clean(Article(id="t1", input="t1.txt", title="Proyek Jalan", published="2025-03-04", source="K",
                               text="Bupati Sleman Harda Kiswaya, yang ditemui saat Rapat Paripurna, menuding "
                                    "kontraktor lalai.")))
    (c,) = ev.claims
    assert c.actor_name == "Harda Kiswaya"
    # without the comma the subordinate clause still holds the cue and its subject
    (c,) = claims("Perselisihan itu bermula saat Lisa menuding tetangganya mencuri ayam.")
    assert c.actor_name == "Lisa"
