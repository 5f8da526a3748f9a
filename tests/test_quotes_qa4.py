"""Quote speakers from the fourth dossier review: office and organisation words before a person's
name, numbered documents, clauses that are no speech, and pronouns after a narrated party.

The sentences are written for these tests (mentions from the real entity extractor); each rule has
a case it must not over-reach to.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import doc


def quotes(text: str) -> list[tuple[bool, str, str | None]]:
    d = doc(text)
    return [(q.direct, q.text, q.speaker_name) for q in extract_quotes(d, extract_mentions(d))]


def speakers(text: str, direct: bool | None = None) -> list[str | None]:
    return [sp for dr, _t, sp in quotes(text) if direct is None or dr == direct]


# ----------------------------------------------------------------------------- office words


def test_two_offices_joined_by_sekaligus_give_the_person_named_after_the_second():
    t = ("Sekretaris Jenderal Partai Nasdem sekaligus Ketua Fraksi Nasdem DPR RI Hendra Wijaya mengatakan "
         "program itu dapat membantu petani kecil.")
    assert speakers(t) == ["Hendra Wijaya"]


def test_a_person_named_before_sekaligus_keeps_the_name():
    t = "Hendra Wijaya sekaligus Ketua Fraksi Nasdem mengatakan program itu dapat membantu petani kecil."
    assert speakers(t) == ["Hendra Wijaya"]


def test_an_office_with_its_party_and_a_demonstrative_is_the_current_speaker():
    t = ('"Kami di Komisi IV DPR RI Fraksi Nasdem siap mendukung program ini," kata Hendra kepada wartawan, '
         "Selasa (21/10/2025).\nWasekjen Nasdem ini menilai program tersebut dapat memperkuat ketahanan pangan.")
    assert speakers(t) == ["Hendra", "Hendra"]


def test_an_office_listing_its_branches_with_commas_gives_the_person_after_them():
    t = ('"Kami sudah menyita dua rumah milik terpidana di kota itu," ujar Kasi Penyidikan, Eksekusi, dan '
         "Pengawasan Kejati Riau, Dewi Lestari di Pekanbaru, Senin (8/9/2025).")
    assert speakers(t, direct=True) == ["Dewi Lestari"]


def test_menurut_an_office_its_place_and_the_person_gives_the_person_and_the_clause_after():
    t = "Menurut Kepala Dinas Tenaga Kerja dan Transmigrasi Cianjur, Sutrisno, saat ini pekerja itu sudah kembali ke rumahnya."
    assert quotes(t) == [(False, "saat ini pekerja itu sudah kembali ke rumahnya", "Sutrisno")]


def test_menurut_a_list_of_names_is_not_read_as_office_and_person():
    t = "Menurut Budi, Andi, Sinta, dan Rudi datang terlambat ke rapat itu."
    assert speakers(t) == ["Budi"]


def test_menurut_an_organisation_before_a_list_of_countries_keeps_the_organisation():
    t = "Menurut Kementerian Pertanian, Indonesia, Malaysia, dan Thailand masih mengekspor beras tahun ini."
    assert speakers(t) == ["Kementerian Pertanian"]


def test_a_numbered_regulation_is_no_speaker():
    t = ("Adapun menurut Peraturan Menteri Perencanaan Pembangunan Nasional No. 3 Tahun 2024, basis data itu "
         "wajib diperbarui setiap bulan oleh pemerintah daerah.")
    assert speakers(t) == [None]


# ----------------------------------------------------------------------------- no speech


def test_a_speech_verb_after_dalam_is_no_statement():
    t = "Janji kampanye soal pangan murah menjadi ukuran penting dalam menilai keberhasilan pemerintahan baru itu."
    assert quotes(t) == []


def test_a_noun_with_nya_opening_the_clause_is_no_speaker():
    t = ("Lembaga itu menyebar kuesioner kepada 800 warga dan mencatat hasil survei.\n"
         "Hasilnya responden menilai kinerja kabinet cukup baik pada semester pertama.")
    assert [sp for sp in speakers(t) if sp == "Hasilnya"] == []


def test_a_name_ending_in_nya_still_speaks():
    t = "Sonya mengatakan harga cabai di pasar turun tajam sejak pekan lalu."
    assert speakers(t) == ["Sonya"]
