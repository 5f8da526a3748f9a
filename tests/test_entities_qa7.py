"""Entity rules from the seventh QA round (docs/ner.md, "Seventh QA read"): a comma ends a name,
Chinese names are people, the field of an office is no person, a short form written inside a
name does not cut it, a bracketed short name of two words is an alias, and a word glued to a name
is no part of it.

Every sentence is written for these tests (no article text); the people and bodies are invented
or public figures named in ordinary sentences.
"""

from __future__ import annotations

from kliping.extract.entities import canonical_form, extract_mentions
from kliping.ingest.glue import unglue
from tests.test_aliases_rules import _doc as _art
from tests.test_aliases_rules import _ids, _story
from tests.test_entities import _doc


def _spans(*sentences: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(_doc(*sentences))}


def _one_entity(story, form: str, other: str) -> set[str]:
    """The id of the one entity holding both forms (asserted)."""
    ids = _ids(story, form)
    assert len(ids) == 1 and _ids(story, other) == ids
    return ids


# ---- a comma ends a name


def test_an_organisation_and_the_subject_after_a_comma_are_two_entities():
    got = _spans("Sore itu di Kementerian Keuangan, Purbaya menerima para ekonom muda.")
    assert got.get("Kementerian Keuangan") == "ORG"
    assert got.get("Purbaya") == "PERSON"
    assert not [t for t in got if "," in t]


# ---- Chinese names


def test_a_chinese_family_name_and_pinyin_given_name_is_a_person_in_a_list():
    got = _spans("Arah kebijakan itu dijaga sejak era Jiang Zemin, Hu Jintao, sampai Xi Jinping, kata pengamat.")
    assert got.get("Xi Jinping") == "PERSON"
    assert got.get("Hu Jintao") == "PERSON"


def test_a_chinese_name_after_a_common_noun_is_found():
    assert _spans("Sikap Xi Jinping soal tarif impor belum berubah.").get("Xi Jinping") == "PERSON"


def test_indonesian_words_in_the_shape_of_a_chinese_name_are_no_person():
    got = _spans("Yang Mulia Raja menyambut para tamu di balairung istana.")
    assert "Yang Mulia" not in got
    assert _spans("Festival lampion digelar di Hong Kong pekan lalu.").get("Hong Kong") == "GPE"


# ---- the field of an office


def test_the_field_words_after_a_title_are_no_person():
    got = _spans("Direktur Jenderal Strategi Ekonomi dan Fiskal, Anton Prasetya, menilai ramalan itu terlalu muram.")
    assert "Strategi Ekonomi" not in got
    got = _spans("Ia dikenal sebagai Pemilik Saham Mayoritas PT Sinar Bahari sejak lama.")
    assert "Saham Mayoritas" not in got
    assert got.get("PT Sinar Bahari") == "ORG"


def test_a_title_before_a_real_name_still_marks_a_person():
    got = _spans("Direktur Jenderal Pajak Bambang Sutrisno meninjau kantor pelayanan di Medan.")
    assert got.get("Bambang Sutrisno") == "PERSON"


# ---- a short form inside a name


def test_a_short_form_inside_a_name_does_not_cut_it():
    got = _spans("Badan Pengelola Investasi (BPI) Daya Anagata Nusantara (Danantara) menyiapkan dana segar.")
    assert got.get("Badan Pengelola Investasi (BPI) Daya Anagata Nusantara") == "ORG"
    assert not [t for t, typ in got.items() if typ == "PERSON"]
    got = _spans("Kejaksaan Negeri (Kejari) Sumenep menahan bendahara desa itu.")
    assert got.get("Kejaksaan Negeri (Kejari) Sumenep") == "ORG"


def test_a_person_after_the_joined_name_keeps_the_title():
    got = {m.text: m.title for m in extract_mentions(_doc(
        "Kepala Badan Pengelola Investasi (BPI) Daya Anagata Nusantara (Danantara) Rosan Perkasa menjelaskan rencana itu."))}
    assert got.get("Rosan Perkasa", "").startswith("Kepala Badan Pengelola Investasi")


def test_an_inner_short_form_of_another_body_is_not_joined():
    got = _spans("Pegawai Direktorat Jenderal Pajak (DJP) Kementerian Keuangan memeriksa laporan itu.")
    assert "Kementerian Keuangan" in got


def test_the_canonical_form_drops_an_inner_short_form_only():
    assert canonical_form("Kejaksaan Negeri (Kejari) Sumenep", "ORG") == "Kejaksaan Negeri Sumenep"
    assert canonical_form("PT Garuda Indonesia (Persero) Tbk", "ORG") == "PT Garuda Indonesia (Persero) Tbk"


def test_a_two_word_short_name_in_brackets_is_the_name_it_follows():
    story = _story(
        _art("b1", 1, "Pemerintah meresmikan Badan Pengelola Investasi Daya Anagata Nusantara (BPI Danantara) pekan ini.",
             "BPI Danantara akan mengelola dividen perusahaan negara."),
        _art("b2", 3, "Dividen itu disetor kepada Badan Pengelola Investasi Daya Anagata Nusantara bulan lalu."),
    )
    _one_entity(story, "Badan Pengelola Investasi Daya Anagata Nusantara", "BPI Danantara")


# ---- glued words


def test_a_me_verb_glued_to_a_name_is_split_at_ingest():
    assert unglue("Wakil Menteri Bima Aryamenjawab pertanyaan wartawan.") == \
        "Wakil Menteri Bima Arya menjawab pertanyaan wartawan."
    assert unglue("Rekomendasi itu segera dikirim.") == "Rekomendasi itu segera dikirim."


def test_a_word_glued_to_a_known_full_name_is_no_part_of_it():
    story = _story(
        _art("g1", 1, "Menteri Keuangan Purbaya Yudhi Sadewa meminta pegawai pajak bekerja jujur.",
             "Purbaya juga menyinggung soal target penerimaan."),
        _art("g2", 2, "Menteri Keuangan Purbaya Yudhi Sadewabuka suara soal pemecatan pegawai pajak.",
             "Purbaya menyebut aturan disiplin akan ditegakkan."),
    )
    (ent,) = [e for e in story.entities if e.type == "PERSON"]
    assert ent.name == "Purbaya Yudhi Sadewa"
    assert not [a for a in ent.aliases if "buka" in a]


def test_a_name_ending_in_a_dictionary_word_keeps_it_without_a_shorter_known_name():
    story = _story(
        _art("h1", 1, "Bupati Hendra Sukmajaya meresmikan pasar ikan di tepi sungai.",
             "Hendra meminta pedagang menjaga kebersihan."),
    )
    assert _ids(story, "Hendra Sukmajaya")


def test_the_short_name_with_the_rest_of_the_name_joins_the_full_name():
    story = _story(
        _art("k1", 1, "Kejaksaan Negeri (Kejari) Sumenep menahan bendahara desa itu pada Senin.",
             "Para jaksa menyita dokumen anggaran dari kantor desa."),
        _art("k2", 3, "Kejari Sumenep kembali memanggil dua saksi dari kantor desa."),
    )
    ids = _one_entity(story, "Kejari Sumenep", "Kejaksaan Negeri (Kejari) Sumenep")
    (ent,) = [e for e in story.entities if e.id in ids]
    assert ent.name == "Kejaksaan Negeri Sumenep"


# ---- units and regulation numbers


def test_an_isasi_noun_opens_no_person_and_the_name_after_it_keeps_the_title():
    from kliping.extract.entities import Span
    from kliping.extract.entities.sentence import _Sentence

    words = ["Direktur", "Arsip", "dan", "Digitalisasi", "Rahmat", "Hidayat", "hadir", "."]
    st = _Sentence(words, False)
    fixed = st.fix_model([Span(3, 6, "PERSON")])  # the tagger's "Digitalisasi Rahmat Hidayat"
    assert [(" ".join(words[s.i:s.j]), s.type) for s in fixed] == [("Rahmat Hidayat", "PERSON")]
    got = {m.text: (m.type, m.title) for m in extract_mentions(_doc(
        "Hadir pula Asesor Utama Fajar Nugroho, Direktur Pengelolaan Sistem Informasi dan Digitalisasi "
        "Rahmat Hidayat, serta para staf."))}
    assert "Sistem Informasi" not in got
    assert got["Rahmat Hidayat"] == ("PERSON", "Direktur Pengelolaan Sistem Informasi dan Digitalisasi")


def test_a_regulation_number_leaves_the_body_that_issued_it():
    got = _spans("Ketentuan tersebut diatur lewat Surat Keputusan Direksi Bank Indonesia No. 31/12/KEP/DIR tahun lalu.")
    assert got.get("Bank Indonesia") == "ORG"
    assert not [t for t in got if "No" in t.split()[-1] or "31" in t]
