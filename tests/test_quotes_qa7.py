"""Quote speakers from the seventh review: a group subject (``Sejumlah warga``, ``Sebagian besar
petani``) and a relative or representative of a named person (``Anak X``, ``Kuasa hukum X``) name no
speaker; the place of an office (``Kepala Dinas Sosial Garut``) is no name; a modal before a speech
verb (``Tidak perlu menambahkan``), an active verb with its own object after a quoted term,
and a quoted title before the verb give no statement.

The sentences are written for these tests (mentions from the real entity extractor); each rule has
a near-variant it must not change.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes, speakers

# ----------------------------------------------------------------------------- group subjects


def test_a_quantified_group_subject_names_no_speaker():
    assert quotes("Sejumlah warga menuturkan air sungai meluap sejak Minggu dini hari.") == [
        (False, "air sungai meluap sejak Minggu dini hari", None)]
    assert speakers("Beberapa orang tua murid mengaku khawatir dengan menu makanan di sekolah itu.") == [None]
    assert speakers("Sebagian besar petani kopi mengatakan panen tahun ini turun drastis.") == [None]
    assert speakers("Sejumlah warga Desa Sukamaju mengatakan air sungai meluap sejak subuh.") == [None]
    assert speakers("Para pedagang pasar Kramat Jati mengatakan harga cabai naik dua kali lipat.") == [None]


def test_a_group_subject_does_not_take_a_person_introduced_with_the_noun():
    t = ("Pedagang sayur Wati Lestari membuka lapaknya sejak subuh. Para pedagang mengatakan harga cabai "
         "naik dua kali lipat.")
    assert speakers(t) == [None]


def test_a_quantified_time_before_the_subject_is_an_adjunct():
    assert speakers("Beberapa hari lalu Budi Santoso mengatakan harga cabai mulai turun.") == ["Budi Santoso"]
    # a named person after a group noun is still the speaker with an apposition
    assert speakers("Warga Desa Sukamaju, Budi Santoso, mengatakan air sungai naik sejak subuh.") == [
        "Budi Santoso"]


# ----------------------------------------------------------------------------- relatives and lawyers


def test_a_relative_of_a_named_person_speaks_without_a_demonstrative():
    assert speakers("Anak Rina Marlina mengatakan ibunya sedang dirawat di rumah sakit.") == [None]
    assert speakers("Istri Budi Santoso mengatakan suaminya belum pulang sejak Senin.") == [None]
    assert speakers("Anak mantan Presiden Soeharto mengatakan keluarga menerima putusan itu.") == [None]
    assert speakers('"Ibu sedang dirawat," kata anak Rina Marlina.') == [None]
    assert speakers("Adik korban mengatakan kakaknya tidak pernah bermusuhan dengan siapa pun.") == [None]


def test_a_lawyer_or_the_family_of_a_named_person_speaks_for_them():
    assert speakers("Kuasa hukum Budi Santoso mengatakan kliennya tidak bersalah.") == [None]
    assert speakers("Penasihat hukum Budi Santoso mengatakan kliennya kooperatif.") == [None]
    assert speakers("Keluarga Budi Santoso mengatakan mereka ikhlas menerima putusan.") == [None]
    # the pronoun after it stays with the lawyer, not the client
    t = 'Kuasa hukum Budi Santoso mengatakan kliennya tidak bersalah. "Kami akan mengajukan banding," ujarnya.'
    assert speakers(t) == [None, None]


def test_the_name_in_an_apposition_after_the_relation_speaks():
    assert speakers("Kuasa hukum Budi Santoso, Andi Wijaya, mengatakan kliennya tidak bersalah.") == [
        "Andi Wijaya"]


def test_names_that_open_with_a_kinship_word_are_unchanged():
    # a Balinese name, and ``Putra``/``Putri`` (also given names) with no modifier
    assert speakers("Anak Agung Gede Ngurah mengatakan upacara digelar besok.") == ["Gede Ngurah"]
    assert speakers("Rina Marlina mengatakan sekolah akan dibuka besok.") == ["Rina Marlina"]
    assert speakers("Putra sulung Budi Santoso mengatakan ayahnya sudah lama sakit.") == [None]


# ----------------------------------------------------------------------------- the place of an office


def test_the_place_of_an_office_is_not_the_speakers_name():
    assert speakers('"Dana bantuan belum cair," kata Kepala Dinas Sosial Garut.') == ["Dinas Sosial Garut"]
    # a name after the place is still the speaker
    assert speakers("Kepala Dinas Kesehatan Kota Bogor Rudi Hartono mengatakan kasus demam berdarah menurun.") == [
        "Rudi Hartono"]


def test_an_office_without_a_name_is_the_person_introduced_with_that_office():
    t = ("Kepala Dinas Sosial Garut, Rudi Hartono, meninjau gudang logistik. Budi Santoso menyebut stok "
         'beras aman. "Dana bantuan belum cair," kata Kepala Dinas Sosial Garut.')
    assert speakers(t)[-1] == "Rudi Hartono"


# ----------------------------------------------------------------------------- statement text and cues


def test_a_modal_before_a_speech_verb_reports_no_statement():
    assert quotes("Tidak perlu menambahkan gula karena buah itu sudah manis.") == []
    assert quotes("Ia harus menjelaskan bahwa dana itu sudah habis.") == []
    assert speakers("Budi Santoso menambahkan stok gula sudah habis.") == ["Budi Santoso"]


def test_an_active_verb_with_an_object_after_a_quoted_term_is_no_attribution():
    assert quotes("Sekolah itu mendapat predikat 'Unggul', melanjutkan capaian bagus tahun lalu.") == []
    assert quotes('"Anggaran sudah ada," menegaskan Budi Santoso.') == [(True, "Anggaran sudah ada", "Budi Santoso")]


def test_a_quoted_title_before_an_active_verb_is_neither_a_quote_nor_a_subject():
    # the title is no one's words, and no word of it is the one who ``menyebut``
    t = ("Jurnal itu dalam artikel berjudul 'Manfaat Daun Kelor bagi Kesehatan Ibu dan Anak' menyebut "
         "kandungan zat besi daun kelor cukup tinggi.")
    assert quotes(t) == []


# ----------------------------------------------------------------------------- more subject shapes


def test_a_sentence_adverb_with_nya_is_no_speaker():
    assert speakers("Tentunya mereka berharap bisa mendapat untung besar.") == [None]
    assert quotes("Setidaknya tiga dari sepuluh orang menyatakan pernah ditipu lewat pesan singkat.") == []
    assert speakers("Sonya mengatakan harga beras naik.") == ["Sonya"]


def test_an_organisation_head_with_a_demonstrative_is_the_organisation_named_before():
    t = ("Lembaga Kesehatan Nusantara merilis laporan baru. Lembaga kesehatan swasta itu menegaskan asap rokok "
         "merupakan bahaya utama bagi balita.")
    assert speakers(t) == ["Lembaga Kesehatan Nusantara"]
    assert speakers("Lembaga kesehatan swasta itu menegaskan asap rokok merupakan bahaya utama bagi balita.") == [None]


def test_the_subject_is_read_after_a_colon():
    t = "Pemkot berusaha menenangkan warga: Wali Kota Budi Santoso menyatakan banjir itu akan segera surut."
    assert speakers(t) == ["Budi Santoso"]


def test_a_purpose_word_before_a_speech_verb_reports_no_statement():
    assert quotes("Fasilitas itu memakai pelindung berlapis guna memastikan keselamatan pekerja.") == []


def test_a_university_written_in_english_is_an_organisation_not_a_name():
    assert speakers("Dosen dan Peneliti Senior UKM University menjelaskan kelelawar membantu penyerbukan.") == [
        "UKM University"]
