"""Quote speakers from the eighth round: a number after an office (``Ketua RT 05``) is no name, nor is
the place of an office in an apposition (``X, Kepala Desa Sukamaju, mengatakan``); ``Putra``/``Putri``
are relatives when a modifier, an article, a common noun or the article's earlier naming makes them
kinship words, and a relative speaks for themselves wherever the relation is written.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import speakers

# ----------------------------------------------------------------------------- numbers and places of offices


def test_a_number_after_an_office_is_no_name():
    assert speakers("Budi Santoso, Ketua RT 05, mengatakan genangan sudah surut sejak pagi.") == ["Budi Santoso"]
    assert speakers("Budi Santoso, Ketua RT 05 RW 03, mengatakan genangan sudah surut.") == ["Budi Santoso"]
    assert speakers("Ketua RT 05 Budi Santoso mengatakan genangan sudah surut sejak pagi.") == ["Budi Santoso"]
    assert speakers('"Genangan sudah surut," kata Ketua RW 03 Budi Santoso.') == ["Budi Santoso"]
    assert speakers("Menurut Ketua RT 05 Budi Santoso, genangan sudah surut.") == ["Budi Santoso"]
    # the office alone names nobody; a name after a school number is unchanged
    assert speakers("Ketua RT 05 mengatakan genangan sudah surut sejak pagi.") == [None]
    assert speakers("Kepala SMPN 12 Wulandari mengatakan sekolah diliburkan.") == ["Wulandari"]


def test_the_place_of_an_office_in_an_apposition_is_not_the_speaker():
    assert speakers("Budi Santoso, Kepala Desa Sukamaju, mengatakan genangan sudah surut.") == ["Budi Santoso"]
    assert speakers("Budi Santoso, Lurah Kampung Melayu, mengatakan genangan sudah surut.") == ["Budi Santoso"]
    assert speakers("Budi Santoso, Kepala Dinas Sosial Garut, mengatakan bantuan sudah cair.") == ["Budi Santoso"]
    # a role with its own name after it, and an organisation in apposition, are unchanged
    assert speakers("Presiden Joko Widodo, Menteri Keuangan Sri Mulyani, mengatakan anggaran cukup.") == [
        "Sri Mulyani"]
    assert speakers("Suhail, Menteri Energi UEA, mengatakan produksi tetap.") == ["Suhail"]


# ----------------------------------------------------------------------------- relatives


def test_putra_or_putri_with_a_modifier_alone_is_a_relative():
    t = "Budi Santoso meninggal dunia pada Senin. Putra almarhum mengatakan ayahnya sudah lama sakit."
    assert speakers(t) == [None]
    assert speakers("Istri almarhum mengatakan suaminya sudah lama sakit.") == [None]
    # the kinship word alone is still a given name
    assert speakers("Putri mengatakan sekolah akan dibuka besok.") == ["Putri"]


def test_an_article_before_a_kinship_noun_is_no_name():
    assert speakers("Sang putri mengatakan ayahnya sudah lama sakit.") == [None]
    assert speakers('"Ayah sudah lama sakit," kata sang putri.') == [None]
    assert speakers("Sang istri mengatakan suaminya sudah lama dirawat.") == [None]
    # a name in apposition after it speaks, as does a name after the article
    assert speakers("Sang putri, Rina Marlina, mengatakan ayahnya sudah lama sakit.") == ["Rina Marlina"]
    assert speakers("Si Budi mengatakan sekolah akan dibuka besok.") == ["Budi"]


def test_putri_before_a_common_noun_is_a_relative():
    assert speakers("Putri korban mengatakan ibunya sudah lama sakit.") == [None]
    # an adverb after the given name is unchanged
    assert speakers("Putri sempat mengatakan sekolah akan dibuka besok.") == ["Putri"]


def test_putra_before_a_name_the_article_gave_before_is_a_relative():
    t = ('Budi Santoso meninggal dunia pada Senin. Putra Budi mengatakan ayahnya sudah lama sakit. '
         '"Kami ikhlas," ujarnya.')
    assert speakers(t) == [None, None]
    # a name the article writes with ``Putra`` (a given name) stays a name each time
    t2 = ('Putra Nababan mengatakan sekolah akan dibuka besok. "Kami siap," kata Nababan. '
          'Putra Nababan menambahkan guru sudah siap.')
    # (the entity rules read ``Putra`` there as the first name: ``Putra Nababan``, ``Nababan`` its short form)
    assert speakers(t2) == ["Putra Nababan", "Nababan", "Putra Nababan"]


def test_a_relation_in_an_apposition_describes_the_name_before_it():
    assert speakers("Andi Wijaya, putra almarhum Budi Santoso, mengatakan keluarga sudah ikhlas.") == [
        "Andi Wijaya"]
    assert speakers("Andi Wijaya, anak Budi Santoso, mengatakan keluarga sudah ikhlas.") == ["Andi Wijaya"]
    assert speakers("Andi Wijaya, kuasa hukum Budi Santoso, mengatakan kliennya tidak bersalah.") == [
        "Andi Wijaya"]


def test_menurut_a_relative_is_the_relatives_statement():
    assert speakers("Menurut istri Budi Santoso, keluarga sudah ikhlas.") == [None]
    assert speakers("Menurut putra almarhum Budi Santoso, keluarga sudah ikhlas.") == [None]
    assert speakers("Menurut kuasa hukum Budi Santoso, kliennya tidak bersalah.") == [None]
    # ``menurut rencana`` is still no attribution
    assert speakers("Menurut rencana, sekolah akan dibuka besok.") == []


# ----------------------------------------------------------------------------- attributions running to the sentence end


def test_an_apposition_or_date_after_a_mid_attribution_is_not_quote_text():
    from tests.test_quotes_qa5 import quotes

    assert quotes("Harga beras sudah turun, kata Budi Santoso, Ketua RT 05.") == [
        (False, "Harga beras sudah turun", "Budi Santoso")]
    assert quotes("Harga beras sudah turun, kata Budi Santoso, Senin (12/5).") == [
        (False, "Harga beras sudah turun", "Budi Santoso")]
    assert quotes("Harga beras sudah turun, kata Ketua RT 05, Budi Santoso.") == [
        (False, "Harga beras sudah turun", "Budi Santoso")]
    # an office whose name has commas of its own, then the person
    t = ("Sebutan itu sekadar istilah, bilang Kepala Dinas Pangan, Kelautan, dan Pertanian (DPKP) "
         "Pemprov DKI, Budi Santoso.")
    assert quotes(t) == [(False, "Sebutan itu sekadar istilah", "Budi Santoso")]
    # a clause after the attribution is still part of the statement
    assert quotes("Harga beras, kata Budi Santoso, sudah turun sejak pekan lalu.") == [
        (False, "Harga beras sudah turun sejak pekan lalu", "Budi Santoso")]


def test_an_office_with_commas_of_its_own_in_an_apposition_is_not_the_speaker():
    t = ("Budi Santoso, Kepala Dinas Pangan, Kelautan, dan Pertanian Pemprov DKI, mengatakan bahwa "
         "stok pangan aman.")
    assert speakers(t) == ["Budi Santoso"]
    t2 = ("Budi Santoso, Kepala Divisi Operasi, IT dan Layanan PT Kawasan Contoh Raya (KCR), "
          "menggarisbawahi bahwa pasokan energi menentukan pertumbuhan kawasan.")
    assert speakers(t2) == ["Budi Santoso"]
    # a person in the last chunk is still the speaker (a list, not an office)
    assert speakers("Presiden Joko Widodo, Menteri Keuangan, Sri Mulyani, mengatakan anggaran cukup.") == [
        "Sri Mulyani"]
