"""Quote attributions from the third dossier review (QA round 3, defect 22): narrative tail roots
(``cerita``, ``kisah``), a place apposition after a title (``Ketua RT 21, Kelurahan X, itu``) and
documents as the source of a quote.

All sentences are written for these tests; each rule has a case it must not over-reach to.
"""

from __future__ import annotations

from tests.quote_helpers import direct, mentions


def speakers(text: str, names: list[str] | None = None) -> list[tuple[str | None, str | None]]:
    return [(q.speaker_name, q.cue) for q in direct(text, mentions(text, names) if names else None)]


def test_cerita_after_a_quote_is_an_attribution():
    t = "\"Sakitnya luar biasa, saya sampai tidak bisa berdiri,\" cerita Wang kepada wartawan."
    assert speakers(t, ["Wang"]) == [("Wang", "cerita")]


def test_kisah_and_kisahnya_after_a_quote_are_attributions():
    t = ("Maria Ulfa menunggu tiga jam di pelabuhan.\n"
         "\"Kapalnya tidak kunjung datang,\" kisah Maria.\n"
         "\"Kami akhirnya menginap di musala,\" kisahnya.")
    assert speakers(t, ["Maria Ulfa", "Maria"]) == [("Maria", "kisah"), ("Maria Ulfa", "kisah")]


def test_cerita_as_a_noun_after_a_quoted_title_is_no_attribution():
    t = "Novel \"Anak Pulau Timah,\" cerita tentang anak-anak nelayan, laris di toko buku."
    assert [s for s, _cue in speakers(t) if s] == []


def test_a_kelurahan_after_a_title_is_not_the_speaker():
    t = ("Bripka Yosef Tallo rutin menyambangi warga.\n"
         "\"Kami duduk bersama dan bicara soal keamanan kampung,\" tutur Ketua RT 04, Kelurahan Oesapa, itu.")
    got = speakers(t, ["Yosef Tallo"])
    assert got[-1][0] != "Oesapa"
    assert got[-1] == ("Yosef Tallo", "tutur")


def test_a_person_named_after_the_title_and_the_kelurahan_speaks():
    t = "\"Jalan itu rusak sejak Maret,\" kata Ketua RW 05, Kelurahan Sukajadi, Budi Hartono."
    assert speakers(t, ["Budi Hartono"]) == [("Budi Hartono", "kata")]


def test_a_quote_of_a_document_has_no_person_speaker():
    t = ("Menteri Keuangan Ratna Dewi menyiapkan anggaran subsidi pupuk.\n"
         "\"Subsidi pupuk direncanakan naik 5 persen,\" tulis dokumen Rancangan Anggaran 2027.")
    assert speakers(t, ["Ratna Dewi"]) == [(None, "tulis")]


def test_nya_after_a_document_quote_stays_with_the_document():
    t = ("Menteri Keuangan Ratna Dewi menyiapkan anggaran subsidi pupuk.\n"
         "\"Risiko fiskal bersumber dari harga komoditas,\" ungkap dokumen tersebut.\n"
         "Pemerintah berkomitmen menjaga defisit.\n"
         "\"Belanja diarahkan pada program yang produktif,\" jelasnya.")
    assert speakers(t, ["Ratna Dewi"]) == [(None, "ungkap"), (None, "jelas")]


def test_demikian_tertulis_marks_a_document_quote():
    t = ("Menteri Keuangan Ratna Dewi menyiapkan anggaran subsidi pupuk.\n"
         "\"Belanja diarahkan pada program yang produktif,\" demikian tertulis dalam dokumen itu.\n"
         "\"Utang dikelola secara hati-hati,\" ujarnya.")
    assert speakers(t, ["Ratna Dewi"]) == [(None, "tertulis"), (None, "ujar")]


def test_a_person_who_speaks_after_the_document_takes_the_pronoun_back():
    t = ("\"Risiko fiskal bersumber dari harga komoditas,\" ungkap dokumen tersebut.\n"
         "Menteri Keuangan Ratna Dewi mengatakan pemerintah siap menghadapi gejolak harga.\n"
         "\"Kami punya cadangan anggaran,\" jelasnya.")
    assert speakers(t, ["Ratna Dewi"])[-1] == ("Ratna Dewi", "jelas")



def test_a_short_name_with_a_common_word_is_the_speaker_who_spoke_before():
    # ``Negara`` is also a common word (``negara``) and the tagger gave the short form as a place:
    # the attribution still names the mayor who spoke in the paragraph before
    t = ("Wali Kota Sukamaju, I Made Surya Negara, mengatakan kota siap mengolah sampah.\n"
         "Menurut dia, negara harus hadir dalam urusan sampah.\n"
         "\"Kami sudah menyiapkan lahan seluas dua hektare,\" ungkap Surya Negara.")
    assert speakers(t, ["I Made Surya Negara"]) == [("Surya Negara", "ungkap")]


def test_an_unknown_run_of_common_words_is_still_no_speaker():
    t = ("Wali Kota Sukamaju, I Made Surya Negara, mengatakan negara harus hadir.\n"
         "\"Kami sudah menyiapkan lahan seluas dua hektare,\" ungkap Lahan Negara.")
    assert speakers(t, ["I Made Surya Negara"]) == [(None, "ungkap")]


def test_wish_and_advice_roots_after_a_quote_are_attributions():
    t = ("Camat Tegalsari Hendra Wijaya meninjau lokasi banjir.\n"
         "\"Semoga warga segera bisa kembali ke rumah,\" harapnya.\n"
         "\"Jangan membuang sampah ke saluran air,\" imbau Hendra.\n"
         "\"Simpan dokumen penting di tempat yang tinggi,\" saran Hendra.")
    assert speakers(t, ["Hendra Wijaya", "Hendra"]) == [
        ("Hendra Wijaya", "harap"), ("Hendra", "imbau"), ("Hendra", "saran")]


def test_bunyi_after_a_quote_is_a_document_wording():
    t = ("Kepala Dinas Pendidikan Rina Marlina menerbitkan aturan baru.\n"
         "\"Sekolah wajib menyediakan air minum bagi siswa,\" bunyi surat edaran itu.")
    assert speakers(t, ["Rina Marlina"]) == [(None, "bunyi")]


def test_a_study_with_a_demonstrative_is_a_document_source():
    t = ("Peneliti Andi Pratama memimpin tim di Bogor.\n"
         "\"Jamur ini tumbuh subur di tanah yang lembap,\" catat studi tersebut.\n"
         "\"Spora menyebar lewat angin,\" tulisnya.")
    assert speakers(t, ["Andi Pratama"]) == [(None, "catat"), (None, "tulis")]
