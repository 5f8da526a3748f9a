"""``Pihaknya`` (his/its side) as the subject of a speech verb names the party named just before:
the last speaker, or the one organisation narrated when nobody spoke yet; with two candidate
parties the statement stays unnamed. See docs/quotes.md, "Pihaknya as a subject".

All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import doc, mention, mentions


def _reported(t: str, persons: list[str], orgs: list[str] = ()) -> list[tuple[str | None, str]]:
    ms = sorted(mentions(t, persons) + mentions(t, list(orgs), "ORG"), key=lambda m: (m.sentence, m.start))
    return [(q.speaker_name, q.text) for q in extract_quotes(doc(t), ms) if not q.direct]


def test_pihaknya_after_a_named_speaker_is_that_speaker():
    t = (
        "Kuasa hukum pelapor, Rendra Wibisono, mengatakan kliennya sudah menyerahkan semua bukti.\n"
        "\"Kami percaya penyidik bekerja dengan jujur,\" ujar Rendra.\n"
        "Pihaknya berharap berkas perkara itu segera dilimpahkan ke kejaksaan."
    )
    got = _reported(t, ["Rendra Wibisono", "Rendra"])
    assert got[-1] == ("Rendra Wibisono", "berkas perkara itu segera dilimpahkan ke kejaksaan")


def test_pihaknya_after_a_fronted_clause_with_another_person_keeps_the_speaker():
    t = (
        "Pengacara keluarga, Sinta Dewi, menilai polisi bergerak cepat.\n"
        "Setelah Joko Purnomo ditetapkan sebagai tersangka, pihaknya memastikan akan mengawal sidang."
    )
    got = _reported(t, ["Sinta Dewi", "Joko Purnomo"])
    assert got[-1] == ("Sinta Dewi", "akan mengawal sidang")


def test_pihaknya_mid_sentence_after_a_connector_is_the_speaker():
    t = (
        "Kepala Dinas Perhubungan Bekasi, Yusuf Hamdani, mengatakan jalur itu ditutup sementara.\n"
        "Namun, pihaknya menyebut pengalihan arus hanya berlaku pada jam sibuk."
    )
    got = _reported(t, ["Yusuf Hamdani"], ["Dinas Perhubungan Bekasi"])
    assert got[-1] == ("Yusuf Hamdani", "pengalihan arus hanya berlaku pada jam sibuk")


def test_pihaknya_after_an_organisation_the_speakers_title_names_is_the_speaker():
    t = (
        "Kepala Balai Karantina Surabaya Wahyu Hidayat mengatakan sapi itu sehat.\n"
        "Balai Karantina Surabaya juga memeriksa dua kapal lain pekan ini.\n"
        "Pihaknya menegaskan semua hewan dari kapal itu sudah diberi vaksin."
    )
    ms = sorted([mention(t, "Wahyu Hidayat", title="Kepala Balai Karantina Surabaya"),
                 *mentions(t, ["Balai Karantina Surabaya"], "ORG")], key=lambda m: (m.sentence, m.start))
    got = [(q.speaker_name, q.text) for q in extract_quotes(doc(t), ms) if not q.direct]
    assert got[-1] == ("Wahyu Hidayat", "semua hewan dari kapal itu sudah diberi vaksin")


def test_pihaknya_after_another_organisation_narrated_since_stays_unnamed():
    t = (
        "Ketua RT 04 Hasan Basri mengatakan air mulai surut sejak pagi.\n"
        "Badan Penanggulangan Bencana Daerah mengirim dua perahu karet ke lokasi.\n"
        "Pihaknya menyebut warga belum mau kembali ke rumah."
    )
    got = _reported(t, ["Hasan Basri"], ["Badan Penanggulangan Bencana Daerah"])
    assert got[-1] == (None, "warga belum mau kembali ke rumah")


def test_pihaknya_after_another_person_became_the_subject_stays_unnamed():
    t = (
        "Camat Cibeber, Dodi Suhendar, mengatakan bantuan sudah dibagikan.\n"
        "Bupati Rahmat Santosa meninjau dapur umum pada sore harinya.\n"
        "Pihaknya menyebut stok beras cukup untuk seminggu."
    )
    got = _reported(t, ["Dodi Suhendar", "Rahmat Santosa"])
    assert got[-1] == (None, "stok beras cukup untuk seminggu")


def test_pihaknya_with_no_speaker_before_is_the_one_organisation_narrated():
    t = (
        "Polres Tanjung Priok menangkap tiga orang yang diduga mencuri kabel.\n"
        "Pihaknya menyebut ketiganya sudah beraksi di lima lokasi."
    )
    got = _reported(t, [], ["Polres Tanjung Priok"])
    assert got[-1] == ("Polres Tanjung Priok", "ketiganya sudah beraksi di lima lokasi")


def test_pihaknya_with_nobody_named_before_stays_unnamed():
    t = "Pihaknya menyebut harga gabah di tingkat petani mulai naik."
    assert _reported(t, []) == [(None, "harga gabah di tingkat petani mulai naik")]


def test_pihaknya_after_a_fronted_adjunct_without_a_comma_is_the_speaker_not_the_adjunct():
    base = "Kepala Dinas Pertanian Garut, Budi Hartono, mengatakan stok pupuk aman.\n"
    for line in ("Hingga kini pihaknya menyebut penyaluran pupuk sudah merata.",
                 "Dalam rapat itu pihaknya juga menyebut penyaluran pupuk sudah merata."):
        t = base + line
        assert _reported(t, ["Budi Hartono"])[-1] == ("Budi Hartono", "penyaluran pupuk sudah merata")


def test_pihaknya_after_a_speech_word_is_the_speaker():
    base = "Kepala Dinas Pertanian Garut, Budi Hartono, mengatakan stok pupuk aman.\n"
    for line in ("Menurut pihaknya, penyaluran pupuk sudah merata.",
                 "\"Penyaluran pupuk sudah merata,\" kata pihaknya."):
        t = base + line
        qs = extract_quotes(doc(t), mentions(t, ["Budi Hartono"]))
        assert qs[-1].speaker_name == "Budi Hartono"


def test_a_fronted_time_adverb_without_a_comma_is_no_speaker_name():
    # ``Hingga kini``/``Sejak itu`` open the clause; the person after them speaks, not ``Hingga``
    for opener in ("Hingga kini", "Sampai saat ini", "Sejak itu"):
        t = f"{opener} Budi Hartono menyebut penyaluran pupuk di desanya belum merata."
        assert _reported(t, ["Budi Hartono"]) == [("Budi Hartono", "penyaluran pupuk di desanya belum merata")]
