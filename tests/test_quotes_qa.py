"""Quote rules from the dossier review (QA report, sections 13 and 14): ``menurut`` in the middle of a
sentence, source lines, scare quotes, pronouns before any speaker, quotes about a third person,
speech verbs in a ``ketika`` clause, content-free objects.

All sentences are written for these tests; each rule has a case it must not over-reach to.
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import direct, doc, mentions


def reported(text: str, names: list[str] | None = None) -> list[tuple[str, str | None]]:
    ms = mentions(text, names) if names else None
    return [(q.text, q.speaker_name) for q in extract_quotes(doc(text), ms) if not q.direct]


def test_menurutnya_with_a_comma_gives_the_content_without_the_comma():
    t = "Menteri Pertanian Galih Saputra meninjau gudang beras.\nMenurutnya, harga beras akan turun pekan depan."
    assert reported(t, ["Galih Saputra"]) == [("harga beras akan turun pekan depan", "Galih Saputra")]


def test_a_fronted_phrase_before_menurutnya_keeps_the_clause_after_it():
    t = "Ekonom Rina Sari menilai pasar tenang.\nSetelah panen raya, menurutnya harga gabah akan turun di semua daerah."
    got = reported(t, ["Rina Sari"])
    assert got[-1] == ("Setelah panen raya, harga gabah akan turun di semua daerah", "Rina Sari")


def test_a_subject_then_menurut_x_then_the_predicate_is_one_statement():
    t = "Aturan tersebut, menurut Rudi Hartono, dapat menarik modal asing ke kawasan timur."
    assert reported(t, ["Rudi Hartono"]) == [("Aturan tersebut dapat menarik modal asing ke kawasan timur", "Rudi Hartono")]


def test_menurut_x_closing_the_sentence_before_a_date_keeps_the_text_before_it():
    t = "Permintaan dari Eropa masih kuat, menurut Yusuf, Senin (20/10/2025)."
    assert reported(t, ["Yusuf"]) == [("Permintaan dari Eropa masih kuat", "Yusuf")]


def test_a_source_line_and_an_apposition_around_menurut_x_are_not_content():
    t = "Dikutip dari Antara, menurut Rudi Hartono, kuasa hukum Sinta, kliennya siap hadir di pengadilan."
    assert reported(t, ["Rudi Hartono", "Sinta"]) == [("kliennya siap hadir di pengadilan", "Rudi Hartono")]


def test_content_after_menurut_x_that_is_no_apposition_is_kept_whole():
    t = "Menurut Rudi Hartono, harga pupuk naik, terutama di Jawa."
    assert reported(t, ["Rudi Hartono"]) == [("harga pupuk naik, terutama di Jawa", "Rudi Hartono")]


def test_scare_quotes_and_quoted_terms_are_not_returned():
    assert extract_quotes(doc("Meja rapat disusun berbentuk huruf 'U' di tengah aula.")) == []
    assert extract_quotes(doc("Harga emas berbalik naik atau \"rebound\" pada Selasa pagi.")) == []


def test_a_short_quote_with_a_speech_cue_is_still_a_quote():
    qs = direct("\"Siap,\" jawab Maryati.")
    assert [(q.text, q.speaker_name) for q in qs] == [("Siap", "Maryati")]


def test_a_pronoun_before_any_speaker_takes_the_subject_not_the_last_person_named():
    t = (
        "Kuasa hukum Dodi, Rahmat Hidayat, turut berkomentar mengenai penetapan Sinta Lestari sebagai tersangka.\n"
        "Ia mengatakan, polisi sudah bekerja secara profesional."
    )
    assert reported(t, ["Dodi", "Rahmat Hidayat", "Sinta Lestari"]) == [
        ("polisi sudah bekerja secara profesional", "Rahmat Hidayat")
    ]


def test_a_pronoun_before_any_speaker_with_no_subject_takes_the_nearest_person():
    t = "Polisi menetapkan Sinta Lestari sebagai tersangka.\nIa mengatakan, dirinya siap menjalani pemeriksaan."
    assert reported(t, ["Sinta Lestari"]) == [("dirinya siap menjalani pemeriksaan", "Sinta Lestari")]


_ABSENT = (
    "Sinta Lestari menyatakan siap mengikuti proses hukum.\n"
    "Kuasa hukum Sinta, Joko Santoso, menilai kliennya kooperatif.\n"
    "\"Klien kami taat hukum,\" kata Joko.\n"
    "Sinta kembali absen dari jadwal pemeriksaan penyidik.\n"
    "Sinta beralasan sakit dan meminta pemeriksaan ditunda.\n"
)


def test_a_quote_about_someone_in_the_third_person_is_not_theirs():
    t = _ABSENT + "\"Kemarin dia demam tinggi. Kami minta dijadwalkan ulang pekan depan,\" ungkapnya."
    qs = direct(t, mentions(t, ["Sinta Lestari", "Sinta", "Joko Santoso", "Joko"]))
    assert qs[-1].speaker_name == "Joko Santoso"


def test_a_first_person_quote_after_the_same_narration_stays_with_the_narrated_person():
    t = _ABSENT + "\"Kemarin saya demam tinggi. Saya minta dijadwalkan ulang pekan depan,\" ungkapnya."
    qs = direct(t, mentions(t, ["Sinta Lestari", "Sinta", "Joko Santoso", "Joko"]))
    assert qs[-1].speaker_name == "Sinta Lestari"


def test_a_speech_verb_in_a_ketika_clause_gives_way_to_the_main_clause():
    t = ("Namun, ketika ditanya bahwa PT Sinar Jaya mengaku meminta audit ulang, Hendra Wijaya menuturkan "
         "akan memeriksa dokumen itu lebih dulu.")
    assert reported(t, ["Hendra Wijaya"]) == [("akan memeriksa dokumen itu lebih dulu", "Hendra Wijaya")]


def test_a_time_phrase_before_the_subject_is_no_subordinate_clause():
    t = "Saat rapat itu Hendra Wijaya mengatakan anggaran sudah cukup."
    assert reported(t, ["Hendra Wijaya"]) == [("anggaran sudah cukup", "Hendra Wijaya")]


def test_hal_senada_and_a_bare_object_are_no_statement_but_the_speaker_leads():
    t = "Kepala Dinas Rudi Hartono mengatakan hal senada.\n\"Stok beras aman sampai Lebaran.\""
    qs = extract_quotes(doc(t), mentions(t, ["Rudi Hartono"]))
    assert [(q.text, q.direct, q.speaker_name) for q in qs] == [("Stok beras aman sampai Lebaran.", True, "Rudi Hartono")]
    assert reported("Rudi Hartono membantah informasi tersebut.", ["Rudi Hartono"]) == []


def test_a_demonstrative_subject_with_more_words_is_still_a_statement():
    t = "Rudi Hartono mengatakan hal itu berdampak pada harga cabai."
    assert reported(t, ["Rudi Hartono"]) == [("hal itu berdampak pada harga cabai", "Rudi Hartono")]


def test_mengaku_followed_only_by_a_name_is_posing_not_a_statement():
    assert reported("Pelaku menghubungi korban dan mengaku Budi Santoso.", ["Budi Santoso"]) == []
    t = "Budi Santoso mengaku Pertamina sudah membayar tagihan itu."
    assert reported(t, ["Budi Santoso"]) == [("Pertamina sudah membayar tagihan itu", "Budi Santoso")]


def test_an_apposition_after_a_closing_menurut_x_is_not_content():
    t = "Kedua negara belum berbuat cukup untuk menekan emisi, menurut Climate Watch, sebuah lembaga pemantau iklim."
    assert reported(t, ["Climate Watch"]) == [("Kedua negara belum berbuat cukup untuk menekan emisi", "Climate Watch")]


def test_a_partial_quote_a_speech_verb_gives_to_a_speaker_is_kept():
    t = "Presiden Hartawan memperingatkan para jaksa 'jangan tebang pilih perkara' saat bekerja."
    # given once, inside the reported statement that spans it (a partial quote there would count it twice)
    assert reported(t, ["Hartawan"]) == [("para jaksa 'jangan tebang pilih perkara' saat bekerja", "Hartawan")]
    t = "Polisi Hartawan menyebut nama 'Iskandar' dalam daftar buronan."
    assert "Iskandar" not in [text for text, _who in reported(t, ["Hartawan", "Iskandar"])]


def test_a_statement_after_menurut_x_that_opens_with_a_role_noun_is_not_an_apposition():
    t = "Menurut Budi Santoso, petani di desa itu merugi, sebab harga gabah anjlok."
    assert reported(t, ["Budi Santoso"]) == [("petani di desa itu merugi, sebab harga gabah anjlok", "Budi Santoso")]
    t = "Menurut Budi Santoso, warga sudah lama mengeluh, namun tidak ada tanggapan."
    assert reported(t, ["Budi Santoso"]) == [("warga sudah lama mengeluh, namun tidak ada tanggapan", "Budi Santoso")]


def test_an_apposition_after_menurut_x_with_no_predicate_or_ending_in_a_name_is_skipped():
    t = "Menurut Rudi Hartono, dosen ekonomi pertanian, harga pupuk akan naik bulan depan."
    assert reported(t, ["Rudi Hartono"]) == [("harga pupuk akan naik bulan depan", "Rudi Hartono")]
    t = "Menurut Rudi Hartono, pengamat yang lama meneliti Bogor, harga pupuk akan naik bulan depan."
    assert reported(t, ["Rudi Hartono"]) == [("harga pupuk akan naik bulan depan", "Rudi Hartono")]


def test_a_quoted_phrase_after_a_naming_word_is_no_partial_quote():
    t = 'Budi Santoso mengatakan kelompok itu kerap disebut "geng motor jalanan" oleh warga.'
    assert reported(t, ["Budi Santoso"]) == [('kelompok itu kerap disebut "geng motor jalanan" oleh warga', "Budi Santoso")]
    t = 'Rina Sari menjelaskan program itu bertajuk "desa hijau lestari" dan dimulai tahun ini.'
    assert [q for q, _ in reported(t, ["Rina Sari"])] == ['program itu bertajuk "desa hijau lestari" dan dimulai tahun ini']


def test_a_partial_quote_inside_a_reported_statement_of_the_same_speaker_is_not_counted_twice():
    t = 'Warga menyebut kawasan itu "kampung seribu tangga" sejak lama.'
    assert [q for q, _ in reported(t)].count("kampung seribu tangga") == 0
    t = 'Budi Santoso mengatakan pemerintah "tidak boleh tutup mata" terhadap nasib nelayan.'
    assert reported(t, ["Budi Santoso"]) == [
        ('pemerintah "tidak boleh tutup mata" terhadap nasib nelayan', "Budi Santoso")
    ]


def test_a_short_predicate_after_a_middle_menurut_x_is_part_of_the_statement():
    t = "Kenaikan tarif itu, menurut Rudi Hartono, tidak wajar."
    assert reported(t, ["Rudi Hartono"]) == [("Kenaikan tarif itu tidak wajar", "Rudi Hartono")]
    t = "Harga cabai masih tinggi, menurut Rudi Hartono, Senin (20/10/2025)."
    assert reported(t, ["Rudi Hartono"]) == [("Harga cabai masih tinggi", "Rudi Hartono")]


def test_a_bare_object_with_an_adjunct_after_a_speech_verb_is_no_statement():
    assert reported("Budi Santoso menjelaskan temuan itu kepada wartawan.", ["Budi Santoso"]) == []
    assert reported("Budi Santoso menjelaskan temuan itu, Kamis (16/10/2025).", ["Budi Santoso"]) == []
    t = "Budi Santoso mengatakan harga itu di bawah standar pasar."
    assert reported(t, ["Budi Santoso"]) == [("harga itu di bawah standar pasar", "Budi Santoso")]
