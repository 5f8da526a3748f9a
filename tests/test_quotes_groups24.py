"""Quote speakers written as a group or a side of a capitalised body (round 24).

* A quantifier before a capitalised office or body (``Sejumlah Eselon I``, ``Para Kepala Daerah``,
  ``Beberapa LSM``) names a group, as ``Sejumlah warga`` does: no one speaks by name, and an
  organisation after the office (``Sejumlah Eselon I Kementerian X``) says whose officials they are.
  An amount (``sejumlah Rp 5 juta``) is no group.
* ``Pihak`` capitalised as the sentence's first word before a body (``Pihak SMAN 2 Wonosari
  mengaku``) is read as ``pihak`` in lower case: the body speaks.
* A school or unit numbered within its town (``SMAN 2 Wonosari``, ``SMA Negeri 3 Wonosari``) is one
  name: its place is not a person's name and its head and number are no title, also when the tagger
  takes the place for a person; a later ``-nya`` is not given to that place.

The sentences are written for these tests (mentions from the real entity extractor unless given).
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from kliping.extract.quotes.names import institution_place, numbered_institution
from tests.quote_helpers import doc, typed_mentions
from tests.test_quotes_qa5 import quotes, speakers

# ----------------------------------------------------------------------------- groups


def test_a_quantified_capitalised_office_names_no_speaker():
    assert quotes("Sejumlah Eselon I menjelaskan anggaran tahun depan dipangkas separuh.") == [
        (False, "anggaran tahun depan dipangkas separuh", None)]
    assert speakers("Beberapa Kepala Dinas mengaku belum menerima surat edaran itu.") == [None]
    assert speakers("Para Menteri Kabinet Merah Putih menyatakan siap menjalankan instruksi itu.") == [None]
    assert speakers("Sejumlah LSM menilai izin tambang itu cacat hukum.") == [None]


def test_the_body_after_a_quantified_office_is_whose_group_it_is():
    # as for a lower-case noun (``Sejumlah pejabat Kementerian Pertanian``), the body is no speaker
    assert speakers("Sejumlah Eselon I Kementerian Pertanian menjelaskan anggaran tahun depan dipangkas separuh.") \
        == [None]
    assert speakers("Sejumlah pejabat Kementerian Pertanian menjelaskan anggaran tahun depan dipangkas separuh.") \
        == [None]


def test_a_quantified_capitalised_office_after_the_cue_names_no_speaker():
    assert speakers('"Anggaran kami dipotong," kata sejumlah Kepala Desa di Blora.') == [None]


def test_an_amount_after_sejumlah_is_no_group():
    assert speakers("Ia menyerahkan uang sejumlah Rp 5 juta kepada Dodi, kata Andi Wijaya.") == ["Andi Wijaya"]


def test_named_speakers_after_a_group_word_elsewhere_are_unchanged():
    assert speakers("Beberapa hari lalu Budi Santoso mengatakan harga cabai mulai turun.") == ["Budi Santoso"]


# ----------------------------------------------------------------------------- Pihak and numbered schools


def test_a_capitalised_pihak_before_a_numbered_school_gives_the_school():
    assert speakers("Pihak SMAN 2 Wonosari mengaku belum menerima laporan dari orang tua siswa.") == [
        "SMAN 2 Wonosari"]
    assert speakers("Pihak SMA Negeri 3 Wonosari mengaku belum menerima laporan dari orang tua siswa.") == [
        "SMA Negeri 3 Wonosari"]
    assert speakers('"Kami belum menerima laporan," kata pihak SDN 1 Sukamaju.') == ["SDN 1 Sukamaju"]


def test_pihak_before_other_bodies_and_persons_is_unchanged():
    assert speakers("Pihak Polres Bantul mengatakan pelaku sudah diamankan.") == ["Polres Bantul"]
    assert speakers("Pihak Bambang Sutrisno menyatakan siap mengikuti pemeriksaan.") == ["Bambang Sutrisno"]
    assert speakers("Pihak sekolah menjelaskan kegiatan belajar dipindahkan ke gedung lain.") == [None]


def test_a_school_place_the_tagger_took_for_a_person_is_not_the_speaker():
    t = 'Pihak SMAN 2 Wonosari mengaku belum menerima laporan dari orang tua siswa. "Kami kaget," ujarnya.'
    for spec in ([("Wonosari", "PERSON")], [("SMAN 2 Wonosari", "LOC")], []):
        got = [q.speaker_name for q in extract_quotes(doc(t), typed_mentions(t, spec))]
        assert got == ["SMAN 2 Wonosari", None], spec


def test_the_head_of_a_numbered_school_keeps_their_name():
    t = 'Kepala SMAN 2 Wonosari, Budi Santoso, mengaku belum menerima laporan. "Kami kaget," ujarnya.'
    got = [q.speaker_name for q in
           extract_quotes(doc(t), typed_mentions(t, [("Wonosari", "PERSON"), ("Budi Santoso", "PERSON")]))]
    assert got == ["Budi Santoso", "Budi Santoso"]


def test_numbered_institution_shapes():
    assert numbered_institution(["SMAN", "2", "Wonosari"])
    assert numbered_institution(["SMA", "Negeri", "11", "Gunung", "Kidul"])
    assert numbered_institution(["Kodim", "0712", "Tegal"])
    assert not numbered_institution(["SMAN", "Wonosari"])  # no number
    assert not numbered_institution(["Ketua", "RT", "05", "Budi"])  # an office and its holder
    assert not numbered_institution(["SMAN", "2", "Wonosari", "Budi", "Santoso", "Putra"])  # more than a place
    assert institution_place("Pihak SMAN 2 ")
    assert not institution_place("Kepala SMPN 12 ")  # the office holder's name may follow


def test_pihak_and_a_noun_before_a_numbered_school_gives_the_school_whatever_the_tagger_typed():
    t = "Pihak sekolah SMAN 2 Wonosari mengaku belum menerima laporan dari orang tua siswa."
    for spec in ([("Wonosari", "PERSON")], [("SMAN 2 Wonosari", "LOC")], []):
        assert [q.speaker_name for q in extract_quotes(doc(t), typed_mentions(t, spec))] == ["SMAN 2 Wonosari"], spec


def test_a_lower_case_pihak_and_a_noun_after_the_cue_reads_as_the_subject_does():
    t = '"Kami belum menerima laporan," kata pihak sekolah SMAN 3 Bogor.'
    assert [q.speaker_name for q in extract_quotes(doc(t), typed_mentions(t, [("SMAN 3 Bogor", "ORG")]))] == [
        "SMAN 3 Bogor"]
    assert speakers('"Kami belum menerima laporan," kata pihak sekolah.') == [None]
