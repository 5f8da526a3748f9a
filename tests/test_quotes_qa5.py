"""Quote speakers from the fifth dossier review: a common noun opening the sentence (``Penyelenggara
mengatakan``, ``Warga menyebut``, ``Pihak sekolah menjelaskan``) names nobody, and the speaker-name
scan of quote contents compiles each word's pattern once.

The sentences are written for these tests (mentions from the real entity extractor); each rule has
a near-variant it must not change.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from kliping.extract.quotes import extract_quotes
from kliping.extract.quotes import pronouns as q
from tests.quote_helpers import doc


def quotes(text: str) -> list[tuple[bool, str, str | None]]:
    d = doc(text)
    return [(x.direct, x.text, x.speaker_name) for x in extract_quotes(d, extract_mentions(d))]


def speakers(text: str) -> list[str | None]:
    return [sp for _d, _t, sp in quotes(text)]


# ----------------------------------------------------------------------------- unnamed subjects


def test_a_common_noun_opening_the_sentence_is_an_unnamed_speaker():
    # the statement is kept, with no speaker name (as ``kata penyelenggara`` has none)
    assert quotes("Penyelenggara mengatakan konser itu ditunda hingga bulan depan karena cuaca buruk.") == [
        (False, "konser itu ditunda hingga bulan depan karena cuaca buruk", None)]
    assert speakers("Warga menyebut banjir sudah merendam rumah mereka selama tiga hari.") == [None]
    assert speakers("Pihak sekolah menjelaskan kegiatan belajar dipindahkan ke gedung lain.") == [None]
    assert speakers("Panitia mengatakan tiket yang sudah dibeli tetap berlaku.") == [None]
    assert speakers('"Konser kami tunda sampai bulan depan," kata Penyelenggara.') == [None]


def test_a_pronoun_after_an_unnamed_speaker_is_not_given_to_a_person_named_earlier():
    t = ("Budi Santoso memimpin rapat panitia pada Senin malam. Penyelenggara kemudian mengatakan konser "
         'ditunda. "Kami mohon maaf kepada para penonton," ujarnya.')
    assert speakers(t) == [None, None]


def test_a_named_organisation_or_person_in_the_subject_still_speaks():
    assert speakers("Pihak sekolah SMAN 3 Bogor menjelaskan kegiatan belajar dipindahkan ke gedung lain.") == [
        "SMAN 3 Bogor"]
    assert speakers("Penyelenggara, PT Nada Nusantara, mengatakan konser itu ditunda hingga bulan depan.") == [
        "PT Nada Nusantara"]
    assert speakers("Warga bernama Budi Santoso mengatakan air sungai naik sejak subuh.") == ["Budi Santoso"]
    assert speakers("Warga Desa Sukamaju, Budi Santoso, mengatakan air sungai naik sejak subuh.") == ["Budi Santoso"]


def test_a_role_word_opening_the_sentence_is_the_person_introduced_with_it():
    t = "Hakim Ketua Rudi Hartono membacakan putusan itu. Hakim mengatakan terdakwa terbukti bersalah."
    assert speakers(t) == ["Rudi Hartono"]


def test_named_speakers_and_organisations_are_unchanged():
    assert speakers("Budi Santoso mengatakan air sungai naik sejak subuh.") == ["Budi Santoso"]
    # (round 22: a bare ``Pemerintah`` with no government named before names nobody, as a lower-case
    # ``pemerintah`` does; see test_quotes_bare_org_head)
    assert speakers("Pemerintah mengatakan harga beras akan turun pekan depan.") == [None]
    assert speakers("Kementerian Pertanian mengatakan harga beras akan turun pekan depan.") == [
        "Kementerian Pertanian"]


def test_an_unnamed_subject_is_no_claim_actor():
    d = doc("Warga mengklaim lahan itu milik desa sejak puluhan tahun lalu.")
    (c,) = extract_claims(d, extract_mentions(d))
    assert (c.status, c.actor_name) == ("allegation", None)
    d = doc("Budi Santoso mengklaim lahan itu milik desa sejak puluhan tahun lalu.")
    (c,) = extract_claims(d, extract_mentions(d))
    assert (c.status, c.actor_name) == ("allegation", "Budi Santoso")


# ----------------------------------------------------------------------------- cost


def test_the_name_word_pattern_is_compiled_once_and_matches_whole_words():
    assert q._word_re("Santoso") is q._word_re("Santoso")
    assert q._named_in("Santoso sudah pulang ke rumah.", "Budi Santoso")
    assert not q._named_in("Santosonya sudah pulang, kata Pak-Santoso itu.", "Budi Santoso")
    assert not q._named_in("Budi Hartono ditangkap tadi malam.", "Budi Santoso")
    assert not q._named_in(None, "Budi Santoso")


def test_a_pronoun_after_an_unnamed_side_goes_to_its_spokesperson_who_spoke_before():
    t = ('"Data pendaftar sudah kami periksa satu per satu," kata Kepala SMAN 2 Cibinong, Rina Lestari.\n'
         "Pihak sekolah menyatakan seluruh pendaftaran sudah mengikuti prosedur yang berlaku.\n"
         '"Kami tidak punya wewenang membatalkan penerimaan siswa," jelasnya.')
    assert speakers(t) == ["Rina Lestari", None, "Rina Lestari"]
