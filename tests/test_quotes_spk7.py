"""Quote speakers and spans from the seventh dossier review (wrong speakers, flipped meaning).

Speakers: a person opening a sentence after ``Dalam kesempatan yang sama,`` takes the next pronoun;
``kata X, Analis Y di Z`` is X's (a title word the tagger took for a person is not); ``Direktur
Eksekutif <English organisation name> (ACR) X`` is X's, not the organisation's. Meaning: ``menolak
menyebutkan`` reports nothing said. Spans: ``…, X mengatakan dalam laporannya pada Rabu`` reports the
clause before X, not the adjunct after the verb; ``X, bilang …`` (the root as a verb) reports what
follows, not X's title and name.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes, speakers


def test_a_person_opening_a_same_occasion_sentence_takes_the_next_pronoun():
    t = ("Direktur Kepesertaan BPJS Ketenagakerjaan Eko Nugroho menjelaskan santunan sudah dicairkan.\n"
         '"Bantuan ini hak keluarga peserta," ungkapnya.\n'
         "Dalam kesempatan yang sama, Sulastri berterima kasih atas bantuan yang diterima keluarganya.\n"
         '"Saya dan anak-anak sangat terbantu dengan santunan ini," pungkasnya.')
    assert speakers(t) == ["Eko Nugroho", "Eko Nugroho", "Sulastri"]
    # with no connector, a person merely narrated after the speaker still leaves the pronoun to him
    t2 = t.replace("Dalam kesempatan yang sama, Sulastri berterima kasih atas bantuan yang diterima "
                   "keluarganya.", "Bantuan juga diberikan kepada keluarga Sulastri.")
    assert speakers(t2)[-1] == "Eko Nugroho"


def test_a_name_before_its_title_after_the_cue_is_the_speaker():
    t = ('"Permintaan minyak dunia terus melemah. Stok di gudang juga masih tinggi," kata Park Min Jun, '
         "Analis Komoditas di Hana Futures, di Seoul.")
    assert speakers(t) == ["Park Min Jun"]
    t2 = '"Ekonomi global sedang melambat," kata Budi Santoso, Analis Komoditas di Samsung Futures, di Seoul.'
    assert speakers(t2) == ["Budi Santoso"]
    # an office, a comma, then the person: still the person
    t3 = '"Ekonomi global sedang melambat," kata Koordinator Posko SDN 4 Ciawi, Dedi Kurnia.'
    assert speakers(t3) == ["Dedi Kurnia"]


def test_the_director_of_an_english_named_organisation_is_the_speaker():
    t = ("Direktur Eksekutif Institute for Research on Trade and Finance (IRTF) Andi Wijaya "
         "berpendapat kenaikan pajak akan menekan konsumsi rumah tangga.")
    assert quotes(t) == [(False, "kenaikan pajak akan menekan konsumsi rumah tangga", "Andi Wijaya")]
    t2 = "Direktur Eksekutif Center of Reform on Economics (CORE) Mohammad Faisal menilai suku bunga perlu turun."
    assert speakers(t2) == ["Mohammad Faisal"]
    # the organisation speaking on its own is unchanged
    t3 = "Institute for Research on Trade and Finance menilai kenaikan pajak akan menekan konsumsi."
    assert speakers(t3) == ["Institute for Research on Trade and Finance"]


def test_a_refused_report_is_not_a_statement():
    t = ("Presiden Donald Trump mengaku sudah mengirim surat kepada sepuluh negara. Namun, ia menolak "
         "menyebutkan nama negara tersebut.")
    assert [x for x in quotes(t) if "nama negara" in x[1]] == []
    t2 = "Kepala polisi setempat, Budi Hartono, enggan menyebutkan identitas pelaku."
    assert quotes(t2) == []
    # the same verb not refused reports what follows
    t3 = "Presiden Donald Trump menyebutkan nama negara tersebut akan dikenai tarif tinggi."
    assert quotes(t3) == [(False, "nama negara tersebut akan dikenai tarif tinggi", "Donald Trump")]


def test_a_verb_closing_the_sentence_reports_the_clause_before_its_subject():
    t = ("OPEC kian mungkin memangkas produksi dalam pertemuan bulan depan, Morgan Stanley mengatakan "
         "dalam laporannya pada Rabu.")
    assert quotes(t) == [(False, "OPEC kian mungkin memangkas produksi dalam pertemuan bulan depan",
                          "Morgan Stanley")]
    t2 = "Namun, harga beras sudah turun pekan ini, Budi Santoso mengatakan."
    assert quotes(t2) == [(False, "harga beras sudah turun pekan ini", "Budi Santoso")]
    # a fronted adjunct is no statement, and the adjunct after the verb is none either
    assert quotes("Ditemui di kantornya, Budi Santoso mengatakan kepada wartawan.") == []
    # a verbless clause after ``saat ini`` is still the content
    assert quotes("Budi Santoso mengatakan saat ini penyerapan anggaran dinas sekitar 52 persen.") == [
        (False, "saat ini penyerapan anggaran dinas sekitar 52 persen", "Budi Santoso")]
    # a clause after the verb is still the content
    assert quotes("Sementara itu, Budi Santoso mengatakan di Jakarta bahwa harga beras akan turun.") == [
        (False, "harga beras akan turun", "Budi Santoso")]


def test_bilang_after_its_subject_is_a_speech_verb():
    t = ("Kepala Dinas Pangan, Perikanan, dan Peternakan (DP3) Pemkot Medan, Rudi Siregar, "
         "bilang sebutan itu hanya istilah saja.")
    assert quotes(t) == [(False, "sebutan itu hanya istilah saja", "Rudi Siregar")]
    t2 = "Sejauh ini, Rosan Roeslani bilang investor masih menerima rupiah di tingkat yang wajar."
    assert quotes(t2) == [(False, "investor masih menerima rupiah di tingkat yang wajar", "Rosan Roeslani")]
    # after its content, the root attributes as before
    t3 = "Rupiah masih berada di tingkat yang wajar, bilang Rosan Roeslani."
    assert quotes(t3) == [(False, "Rupiah masih berada di tingkat yang wajar", "Rosan Roeslani")]


def test_an_unnamed_subject_of_a_ketika_clause_is_not_the_main_subject():
    t = ("Pada hari yang sama, Kementerian Energi melaporkan stok minyak naik 1,5 juta barel, ketika analis "
         "sebelumnya memperkirakan persediaan itu akan turun 2 juta barel.")
    assert quotes(t) == [(False, "persediaan itu akan turun 2 juta barel", None)]
    # ``semula``/``tadinya`` sit between the unnamed subject and its verb as ``sebelumnya`` does
    for adverb in ("semula", "tadinya"):
        t2 = (f"Dinas Pertanian mencatat produksi gula naik 5 persen, ketika pengamat {adverb} memperkirakan "
              "produksinya bakal merosot.")
        assert quotes(t2) == [(False, "produksinya bakal merosot", None)]
    # a ``saat`` clause with no subject of its own, or one whose subject has its own verb, is unchanged
    assert speakers("Budi Santoso, saat ditemui di kantornya mengatakan harga beras akan turun.") == ["Budi Santoso"]
    assert speakers("Budi Santoso, saat warga berkumpul mengatakan harga beras akan turun.") == ["Budi Santoso"]


def test_an_organisation_turned_to_speaks_through_its_official_in_the_next_pronoun():
    t = ("Kepala Badan Pengawas Obat dan Makanan (BPOM) Rina Susanti mengatakan belum menerima laporan dari "
         'perusahaan itu.\n"Kami belum tahu. Belum ada permohonan," kata Rina di Jakarta.\n'
         "Sekadar informasi, Juru Bicara PT Sehat Farma Andi Wijaya menyebut izin edar obat itu sudah diajukan "
         "sejak bulan lalu.\nSementara itu, untuk memastikan obat itu aman, BPOM akan berpatokan pada aturan lama.\n"
         '"Apakah izin itu masih berlaku? Kalau tidak, kami minta diajukan ulang," pungkasnya.')
    assert speakers(t)[-1] == "Rina Susanti"
    # with no sentence turning to the agency, or one with no connector, the pronoun keeps the last speaker
    without = t.replace("Sementara itu, untuk memastikan obat itu aman, BPOM akan berpatokan pada aturan lama.\n", "")
    assert speakers(without)[-1] != "Rina Susanti"
    plain = t.replace("Sementara itu, untuk memastikan obat itu aman, BPOM", "BPOM juga")
    assert speakers(plain)[-1] != "Rina Susanti"
