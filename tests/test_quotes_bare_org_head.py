"""A bare organisation head as the speaker (round 22, item 2): ``Pemerintah menegaskan``, ``Polda
menyebut``, ``Koalisi juga menilai``.

A head that alone names no organisation (``quote_words.GENERIC_ORG_HEADS``) stands for the one
organisation the article named under it before (``Pemerintah Kabupaten X``, ``Pemkab X``, ``Polda
Sumsel``, ``Dinas Sosial (Dinsos) Kota X``); with two such organisations, none, or the bare head also
used for another party (before the organisation is named, or beside it), nobody: a bare
``Pemerintah`` is no name (it linked unrelated governments across the dossier).

The sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import doc
from tests.quote_helpers import typed_mentions as _mentions


def _speakers(text: str, specs: list[tuple[str, str]]) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(doc(text), _mentions(text, specs))]


def test_pemerintah_is_the_regency_government_named_before():
    t = ("Pemerintah Kabupaten Sinjai menunda pembayaran honor guru honorer bulan ini.\n"
         "Pemerintah menegaskan bahwa dana akan cair setelah anggaran perubahan disahkan.")
    assert _speakers(t, [("Pemerintah Kabupaten Sinjai", "ORG")]) == ["Pemerintah Kabupaten Sinjai"]


def test_pemerintah_with_no_government_named_is_nobody():
    t = ("Harga beras naik di banyak pasar sejak awal bulan.\n"
         "Pemerintah menegaskan bahwa stok beras nasional masih aman hingga akhir tahun.")
    assert _speakers(t, []) == [None]


def test_pemerintah_used_before_the_regency_is_named_is_another_party():
    # the lede's bare government is the central one; the regency only meets it later
    t = ("Pemerintah memastikan kawasan hutan lindung tidak dibuka untuk tambang.\n"
         "Tahun lalu pemerintah bertemu Pemerintah Kabupaten Sinjai untuk membahas izin itu.\n"
         "Pemerintah menjelaskan bahwa survei awal tidak termasuk pengeboran.")
    assert _speakers(t, [("Pemerintah Kabupaten Sinjai", "ORG")]) == [None, None]


def test_two_governments_named_leave_a_bare_pemerintah_unnamed():
    t = ("Pemkab Sinjai dan Pemprov Sulteng berbeda pendapat soal batas wilayah.\n"
         "Pemerintah menegaskan bahwa peta lama tetap berlaku.")
    specs = [("Pemkab Sinjai", "ORG"), ("Pemprov Sulteng", "ORG")]
    assert _speakers(t, specs) == [None]


def test_a_regional_police_written_bare_is_the_one_named_with_its_region():
    t = ("Polda Sumsel menangkap tiga pelaku penipuan daring di Palembang.\n"
         "Polda menyebut para pelaku sudah beraksi sejak tahun lalu.")
    specs = [("Polda Sumsel", "ORG"), ("Palembang", "GPE"), ("Polda", "ORG")]
    assert _speakers(t, specs) == ["Polda Sumsel"]


def test_an_agency_abbreviation_written_bare_is_the_agency_that_introduced_it():
    t = ("Bantuan disalurkan oleh Dinas Sosial (Dinsos) Kota Bitung kepada korban banjir.\n"
         "Dinsos menegaskan bahwa semua warga terdampak akan menerima paket sembako.")
    specs = [("Dinas Sosial (Dinsos) Kota Bitung", "ORG")]
    assert _speakers(t, specs) == ["Dinas Sosial (Dinsos) Kota Bitung"]


def test_a_pronoun_after_a_bare_coalition_the_tagger_took_for_a_person():
    t = ("Koalisi Warga Peduli Sungai menolak rencana reklamasi pantai.\n"
         "Koalisi juga menilai izin lingkungan proyek itu cacat prosedur.\n"
         "Kajian dampaknya, lanjutnya, tidak pernah dibuka kepada warga.")
    specs = [("Koalisi Warga Peduli Sungai", "ORG"), ("Koalisi", "PERSON")]
    out = [m for m in _mentions(t, specs) if not (m.text == "Koalisi" and m.sentence == 0)]
    names = [q.speaker_name for q in extract_quotes(doc(t), out)]
    assert names == ["Koalisi Warga Peduli Sungai", "Koalisi Warga Peduli Sungai"]


def test_an_acronym_head_is_a_name_of_its_own():
    t = ("KPK memeriksa dua saksi dalam kasus suap perizinan.\n"
         "KPK menegaskan bahwa pemeriksaan akan berlanjut pekan depan.")
    assert _speakers(t, [("KPK", "ORG")]) == ["KPK"]


def test_a_claim_by_a_bare_pemerintah_is_the_government_named_before():
    t = ("Pemerintah Kota Bitung menutup sementara pasar ikan karena banjir rob.\n"
         "Pemerintah membantah kabar bahwa pasar akan dipindahkan permanen.")
    claims = extract_claims(doc(t), _mentions(t, [("Pemerintah Kota Bitung", "ORG")]))
    assert [(c.status, c.actor_name) for c in claims] == [("denial", "Pemerintah Kota Bitung")]
