"""Quote speakers and spans from the sixth dossier review.

Speakers: a person named in the reported clause after the cue (``Jaksa mengatakan Sri meminta …``)
or inside a quote under a short form (``saudara ISW``) is talked about, not talking; ``Anak X itu`` is
the child, not X; ``Menurut dia, Arya menjelaskan, …`` is Arya's; ``… bernama X (68), mengatakan``
is X's. Spans: an adjunct before ``bahwa`` is not content; a short quoted term inside a statement is
no quote of its own; ``," Direktur X Budi, …`` attributes with no verb. Near-copies of one quote are
one dossier row.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from kliping.synth.quotes import quote_key
from tests.test_quotes_qa5 import quotes, speakers

# ----------------------------------------------------------------------------- speakers


def test_a_person_named_in_the_reported_clause_is_not_the_role_speaker():
    t = ("Dalam sidang, Budi Santoso didakwa membunuh Wati Lestari. Menurut jaksa, Wati Lestari saat itu "
         "menagih utang kepada Budi Santoso. Jaksa mengatakan Wati Lestari meminta Budi Santoso pulang saja. "
         "Jaksa mengatakan terdakwa lalu mengambil sebatang besi.")
    assert speakers(t) == [None, None, None]
    # the prosecutor introduced with a name is still found
    t2 = ("Jaksa penuntut umum Rina Marlina membacakan dakwaan. Jaksa mengatakan Wati Lestari meminta "
          "Budi Santoso pulang saja.")
    assert speakers(t2) == ["Rina Marlina"]


def test_a_pronoun_skips_a_person_the_quote_names_by_a_short_form():
    t = ('"Kami menahan tersangka selama 20 hari ke depan," kata Deputi Penindakan KPK Asep Guntur Rahayu. '
         "Kemudian, Darmawan Wijaya (DWJ) selaku komisaris perusahaan meminta Arif melobi pejabat.\n"
         '"Saudara DWJ kemudian meminta saudara AR untuk mendekati direksi BUMN itu," katanya.')
    assert speakers(t)[-1] == "Asep Guntur Rahayu"
    # a first-person quote that does not name him stays his
    t2 = t.split("\n")[0] + '\n"Saya hanya ingin perusahaan selamat dari kebangkrutan," katanya.'
    assert speakers(t2)[-1] == "Darmawan Wijaya"


def test_a_relative_of_a_named_person_is_not_that_person():
    t = ('Anak Rina Marlina itu menjelaskan bahwa ia sedang sibuk merintis usaha kuliner. Ia mengaku '
         'jarang berakting. "Saya ingin mencoba hal lain," ujarnya.')
    assert speakers(t) == [None, None, None]
    assert speakers("Rina Marlina menjelaskan bahwa ia sedang sibuk merintis usaha kuliner.") == ["Rina Marlina"]


def test_a_name_with_a_speech_verb_after_menurut_dia_speaks():
    t = ("Bahlil Lahadalia menyebut koalisi tetap solid. Menurut dia, Arya Fernandes menjelaskan, pemerintah "
         "membutuhkan dukungan politik yang kuat.")
    assert quotes(t)[-1] == (False, "pemerintah membutuhkan dukungan politik yang kuat", "Arya Fernandes")
    # with no verb after the name, the pronoun still speaks
    t2 = "Bahlil Lahadalia menyebut koalisi tetap solid. Menurut dia, Arya Fernandes perlu didengar pemerintah."
    assert speakers(t2)[-1] == "Bahlil Lahadalia"


def test_the_name_after_bernama_is_the_subject_not_the_place_in_the_description():
    t = ("Sementara itu, seorang warga New Jersey yang lama tinggal di Italia bernama Marco Bellini (68), "
         "mengatakan ia ikut turun ke jalan karena cemas.")
    assert speakers(t) == ["Marco Bellini"]
    assert speakers("Warga Desa Sukamaju bernama Budi Santoso mengatakan air sungai naik sejak subuh.") == [
        "Budi Santoso"]


def test_a_victim_named_earlier_is_not_the_speaker_of_an_account_about_the_victim():
    t = ('"Tersangka sudah kami tahan sejak pekan lalu," kata Kapolres Kombes Hendra Gunawan.\n'
         "Salah satu korban bernama Dedi Kurniawan (33) mengaku rugi hingga Rp 50 juta.\n"
         '"Uang korban tidak pernah dikembalikan. Korban lalu membuat laporan ke polisi," katanya.')
    assert speakers(t) == ["Hendra Gunawan", "Dedi Kurniawan", "Hendra Gunawan"]
    # in the first person, the victim goes on speaking
    t2 = ('"Tersangka sudah kami tahan sejak pekan lalu," kata Kapolres Kombes Hendra Gunawan.\n'
          "Salah satu korban bernama Dedi Kurniawan (33) mengaku rugi hingga Rp 50 juta.\n"
          '"Saya sudah membayar lunas tetapi sertifikat tidak pernah ada," katanya.')
    assert speakers(t2)[-1] == "Dedi Kurniawan"


# ----------------------------------------------------------------------------- spans


def test_an_adjunct_before_bahwa_is_not_part_of_the_statement():
    assert quotes("Budi Santoso mengatakan kepada Reuters bahwa pabrik itu akan ditutup.") == [
        (False, "pabrik itu akan ditutup", "Budi Santoso")]
    assert quotes("Budi Santoso mengatakan pada Kamis (16/10) bahwa pabrik itu akan ditutup.")[0][1] == \
        "pabrik itu akan ditutup"
    assert quotes("Budi Santoso mengatakan pada pembukaan rapat di Oslo, bahwa pabrik itu akan ditutup.")[0][1] == \
        "pabrik itu akan ditutup"
    assert quotes("Budi Santoso mengatakan kepada wartawan, pabrik itu akan ditutup.")[0][1] == \
        "pabrik itu akan ditutup"
    # a place or time before a comma may belong to the statement: it stays
    assert quotes("Budi Santoso mengatakan di wilayah hukum Bali, hanya dua kejaksaan menangani perkara itu.")[0][1] \
        == "di wilayah hukum Bali, hanya dua kejaksaan menangani perkara itu"
    # a clause opened by the adjunct word stays whole
    assert quotes("Budi Santoso mengatakan pada saat itu pabrik sudah tutup.")[0][1] == \
        "pada saat itu pabrik sudah tutup"
    assert quotes("Budi Santoso mengatakan di desa itu warga menolak bahwa tanah dijual.")[0][1] == \
        "di desa itu warga menolak bahwa tanah dijual"


def test_a_short_quoted_term_inside_a_statement_is_no_quote_of_its_own():
    t = ('Rina Marlina mengaku ikut berdemo karena ia marah atas apa yang disebutnya '
         '"langkah mundur bagi demokrasi kita".')
    assert [d for d, _t, _s in quotes(t)] == [False]
    # a quoted phrase that is the verb's own object is still a quote
    t2 = 'Budi Santoso menyebut kebijakan itu "sangat merugikan petani kecil di desa".'
    assert (True, "sangat merugikan petani kecil di desa", "Budi Santoso") in quotes(t2)


def test_a_titled_name_after_a_closing_comma_attributes_with_no_verb():
    t = '"Skor indeks tahun ini naik menjadi 3,35," Direktur Riset Lembaga Survei Ali Noer Zaman, dalam rilisnya.'
    assert quotes(t) == [(True, "Skor indeks tahun ini naik menjadi 3,35", "Ali Noer Zaman")]
    # a name with no title is not read as an attribution
    assert speakers('"Skor indeks tahun ini naik menjadi 3,35," Ali Noer Zaman, dalam rilisnya.') == [None]


# ----------------------------------------------------------------------------- rows


def test_near_copies_of_one_quote_share_a_row_key():
    assert quote_key("Kami nggak mau, Pak!") == quote_key("Kami gak mau Pak.")
    assert quote_key("Harga naik, kata dia") == quote_key("harga naik kata dia")
    assert quote_key("Kami tidak mau") != quote_key("Kami mau")
