"""A speech or thought verb inside a clause of its own (``karena``, ``setelah``, ``sehingga`` ...) takes its
subject from that clause, never from the main clause before the conjunction: ``Harga turun karena pasar
memperkirakan ...`` is the market's estimate, not a statement by ``Harga``. A thing described with a
demonstrative (``Paradigma baru ini menekankan ...``) speaks for no one either.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from kliping.extract.quotes import extract_quotes
from kliping.extract.quotes.subjects import own_clause_start
from tests.quote_helpers import doc


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    d = doc(text)
    return [(q.speaker_name, q.speaker_desc, q.text) for q in extract_quotes(d, extract_mentions(d))]


def _actors(text: str) -> list[str | None]:
    d = doc(text)
    return [c.actor_name for c in extract_claims(d, extract_mentions(d))]


def test_a_thing_before_a_causal_clause_is_not_the_speaker():
    for t in ("Harga turun karena pasar memperkirakan permintaan melemah.",
              "Saham naik setelah investor menilai laba perusahaan terlalu rendah.",
              "Rupiah melemah karena pelaku pasar memperkirakan bank sentral menaikkan bunga.",
              "Nilai ekspor turun sementara pengusaha menilai pasar Eropa melemah.",
              "Rupiah menguat seiring pelaku pasar menilai inflasi terkendali."):
        assert all(name is None for name, _d, _t in _quotes(t)), t
        assert all(actor is None for actor in _actors(t)), t


def test_the_clause_subject_speaks_named_or_described():
    assert _quotes("Harga minyak turun sehingga analis memperkirakan inflasi melambat.") == [
        (None, "analis", "inflasi melambat")]
    assert _quotes("Inflasi melambat sebab para ekonom memperkirakan harga pangan stabil.") == [
        (None, "para ekonom", "harga pangan stabil")]
    # the description is the clause's subject, not the main clause before it
    assert _quotes("Produksi padi turun akibat petani menilai pupuk terlalu mahal.") == [
        (None, "petani", "pupuk terlalu mahal")]
    assert _quotes("Saham teknologi anjlok hingga analis menyebut gelembung sudah pecah.") == [
        (None, "analis", "gelembung sudah pecah")]
    t = "Harga beras naik setelah Menteri Pertanian Budi Santoso mengatakan stok di gudang menipis."
    assert _quotes(t) == [("Budi Santoso", None, "stok di gudang menipis")]


def test_an_adjunct_between_the_speaker_and_the_verb_is_no_clause():
    # a name or title alone before the conjunction, a pronoun with particles, a passive or active verb after it:
    # the conjunction opens an adjunct of the main subject, who speaks
    t = "Menteri Keuangan Budi Santoso saat rapat mengatakan anggaran masih cukup."
    assert _quotes(t) == [("Budi Santoso", None, "anggaran masih cukup")]
    t2 = "Budi Santoso hadir di kantor desa. Ia pun saat ditemui mengatakan anggaran masih cukup."
    assert _quotes(t2) == [("Budi Santoso", None, "anggaran masih cukup")]
    assert own_clause_start("Budi setelah menerima laporan") is None
    assert own_clause_start("Harga naik karena itu pedagang") is None
    assert own_clause_start("Pihak kepolisian hingga kini") is None
    assert own_clause_start("Warga sekitar sementara itu") is None
    assert own_clause_start("Kepala desa yang kecewa karena warga") is None
    assert own_clause_start("Harga turun karena pasar") == len("Harga turun karena ")


def test_a_described_thing_is_no_speaker_and_no_one_for_the_next_quote():
    t = ("Menteri Kebudayaan Fadli Zon berbicara di Jakarta. Paradigma baru ini menekankan pentingnya budaya. "
         "\"Kami berterima kasih kepada semua pihak,\" pungkasnya.")
    assert _quotes(t) == [("Fadli Zon", None, "Kami berterima kasih kepada semua pihak")]
    # a person described so is still read as before (a role), and a name stays a name
    t2 = "Menteri Kebudayaan Fadli Zon berbicara di Jakarta. Dia mengatakan anggaran budaya akan naik."
    assert _quotes(t2) == [("Fadli Zon", None, "anggaran budaya akan naik")]
    # a place speaking for its government, with a time adverbial closing the subject, still speaks
    t3 = ("Menteri Luar Negeri Park Jin mengatakan kapal itu membawa senjata. Pyongyang kala itu menyebut "
          "tuduhan tersebut sebagai kebohongan.")
    assert [q[0] for q in _quotes(t3)] == ["Park Jin", "Pyongyang"]


def test_a_confirmation_by_passive_names_who_speaks_next():
    # ``Pengumuman tersangka itu dikonfirmasi oleh X``: X confirmed it, so the ``Dia`` after is X, not the
    # accuser of the first sentence (whose clause, ``saat Lisa menuding``, is read as hers)
    t = ("Perkara ini berawal saat Lisa Mariana menuduh Budi Santoso menggelapkan dana yayasan. Polisi lalu "
         "menetapkan Lisa sebagai tersangka. Pengumuman tersangka itu dikonfirmasi oleh Kepala Subdirektorat "
         "Siber, Kombes Rizki Prakoso, Minggu (19/10/2025). Dia menyebut Lisa sudah menerima surat penetapan itu.")
    assert _quotes(t) == [("Rizki Prakoso", None, "Lisa sudah menerima surat penetapan itu")]


def test_a_speech_verb_after_a_purpose_word_and_an_adverb_is_no_statement():
    # ``agar kembali menegaskan``: what the measure should do, no one says anything
    t = "Pemerintah perlu mengimplementasikan aturan itu agar kembali menegaskan komitmen terhadap energi bersih."
    assert _quotes(t) == []
    # an adverb before the verb with no modal is still a statement
    t2 = "Menteri Keuangan Budi Santoso kembali menegaskan bahwa anggaran masih cukup."
    assert _quotes(t2) == [("Budi Santoso", None, "anggaran masih cukup")]


def test_speech_a_recording_shows_or_hearsay_tells_is_no_statement():
    # what a clip shows a minister saying (a doctored one, in the article the denial is the statement)
    t = ("Video potongan memperlihatkan Menteri Keuangan Rina Marlina menyebut petani sebagai beban anggaran viral "
         "di media sosial.")
    assert _quotes(t) == []
    # a relative clause past a passive of hearsay, as ``yang menyatakan`` is none
    t2 = "Beredar rekaman Gubernur Budi Santoso yang disebut menyatakan sekolah akan diliburkan."
    assert _quotes(t2) == []
    # hearsay about a named person in a main clause stays that person's statement
    t3 = "Gubernur Budi Santoso disebut menyatakan sekolah akan diliburkan."
    assert _quotes(t3) == [("Budi Santoso", None, "sekolah akan diliburkan")]


def test_a_capitalised_kind_of_person_with_a_description_is_no_name():
    # ``Pemerhati``, ``Pengusaha`` opening the clause were read as names; the person described after them speaks
    t = ("Pemerhati otomotif sekaligus pembalap reli nasional Sunny Boy Hutabarat menilai langkah itu merupakan "
         "babak baru bagi industri mobil.")
    assert _quotes(t) == [("Sunny Boy Hutabarat", None, "langkah itu merupakan babak baru bagi industri mobil")]
    assert _quotes("Pengusaha muda Budi Santoso mengatakan omzet naik.") == [("Budi Santoso", None, "omzet naik")]
    # no one named after the description: described, not named
    assert _quotes("Pemerhati otomotif menilai langkah itu merupakan babak baru.") == [
        (None, "Pemerhati otomotif", "langkah itu merupakan babak baru")]


def test_a_common_noun_capitalised_only_at_the_clause_start_is_no_name():
    # the article writes ``pasar`` and ``investor`` in lower case: capitalised first words name no one
    t = "Menteri Budi Santoso mengunjungi pasar induk. Pasar saham memperkirakan suku bunga akan turun."
    assert all(name is None for name, _d, _t in _quotes(t))
    assert all(actor is None for actor in _actors(t))
    t2 = "Menteri Budi Santoso bertemu para investor. Investor menilai kebijakan itu terlalu ketat."
    assert _quotes(t2) == [(None, "Investor", "kebijakan itu terlalu ketat")]
    # an opening word written in lower case elsewhere is no subject noun: the speaker after it is still read
    t3 = ("Rapat itu belum memutuskan apa pun oleh karenanya. Oleh karenanya Menteri Budi Santoso mengaku belum bisa "
          "memastikan langkah pemerintah.")
    assert [q[0] for q in _quotes(t3)] == ["Budi Santoso"]


def test_a_person_closing_a_description_after_their_employer_speaks():
    t = "Analis energi di lembaga kajian Reforminer Institute Komaidi Notonegoro mengatakan, stok solar cukup."
    assert _quotes(t) == [("Komaidi Notonegoro", None, "stok solar cukup")]
    t2 = "Rupiah akan menguat, ujar pengamat dari Universitas Gadjah Mada Budi Santoso."
    assert _quotes(t2) == [("Budi Santoso", None, "Rupiah akan menguat")]
    # no person at the end of the run: described as before
    t3 = "Analis pasar dari Bank Mandiri mengatakan rupiah akan menguat."
    assert _quotes(t3) == [(None, "Analis pasar dari Bank Mandiri", "rupiah akan menguat")]
