"""Claim-status cues: allegation, denial, confirmation, speculation with actor and claim text.

All sentences are written for these tests.
"""

from __future__ import annotations

import json

from kliping.extract.claims import extract_claims
from kliping.model import CLAIM_STATUSES, Document, Mention
from kliping.text import split_sentences


def claims(text: str, mentions: list[Mention] | None = None):
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text))
    return extract_claims(d, mentions)


def test_denial_with_coordinated_baik_maupun_subject():
    (c,) = claims("Baik Vietnam maupun Kamboja membantah bahwa kapal nelayan mereka memasuki perairan itu.")
    assert c.status == "denial"
    assert c.cue == "membantah"
    assert c.actor_name == "Vietnam dan Kamboja"
    assert c.text == "kapal nelayan mereka memasuki perairan itu"
    assert c.sentence == 0


def test_allegation_menuduh_keeps_accused_in_text():
    (c,) = claims("Pemerintah Filipina menuduh kapal penjaga pantai asing telah menyemprotkan meriam air.")
    assert c.status == "allegation"
    assert c.actor_name == "Pemerintah Filipina"
    assert c.text == "kapal penjaga pantai asing telah menyemprotkan meriam air"


def test_passive_allegation_diduga_has_no_actor_and_keeps_subject():
    (c,) = claims("Dua pejabat dinas itu diduga menerima suap dari kontraktor.")
    assert c.status == "allegation"
    assert c.actor_name is None
    assert c.text == "Dua pejabat dinas itu menerima suap dari kontraktor"


def test_passive_denial_agent_after_oleh():
    (c,) = claims("Laporan itu dibantah oleh Kementerian Luar Negeri Thailand.")
    assert c.status == "denial"
    assert c.actor_name == "Kementerian Luar Negeri Thailand"
    assert "Laporan itu" in c.text  # only ``hal itu``-like content: the sentence is kept


def test_confirmation_membenarkan_strips_title():
    (c,) = claims("Kepala Kepolisian Resor Kota Dimas Arya membenarkan penangkapan tiga orang tersangka.")
    assert c.status == "confirmation"
    assert c.actor_name == "Dimas Arya"
    assert c.text == "penangkapan tiga orang tersangka"


def test_confirmation_mengakui_with_comma():
    (c,) = claims("Surya mengakui, proyek jalan itu terlambat dua bulan.")
    assert (c.status, c.cue, c.actor_name) == ("confirmation", "mengakui", "Surya")
    assert c.text == "proyek jalan itu terlambat dua bulan"


def test_speculation_adverb_and_passive():
    cs = claims("Harga kedelai kemungkinan naik pada musim kemarau.\nPanen jagung diperkirakan mundur dua pekan.")
    assert [c.status for c in cs] == ["speculation", "speculation"]
    assert cs[0].text == "Harga kedelai naik pada musim kemarau"
    assert cs[1].cue == "diperkirakan"
    assert cs[1].text == "Panen jagung mundur dua pekan"
    assert all(c.actor_name is None for c in cs)


def test_speculation_berspekulasi_has_actor():
    (c,) = claims("Analis pasar Rosa Lestari berspekulasi bahwa bank sentral akan menahan suku bunga.")
    assert c.actor_name == "Rosa Lestari"
    assert c.text == "bank sentral akan menahan suku bunga"


def test_claim_inside_quote_takes_speaker():
    (c,) = claims("“Kami menepis semua tudingan soal penimbunan beras,” kata Bagus Wirawan.")
    assert c.status == "denial"
    assert c.actor_name == "Bagus Wirawan"
    assert c.text == "semua tudingan soal penimbunan beras"


def test_procedural_cue_skipped():
    assert claims("Saat dikonfirmasi, pengelola gedung belum memberikan jawaban.") == []


def test_negated_denial_is_an_admission():
    (c,) = claims("Menteri itu tidak membantah laporan tersebut.")
    assert (c.status, c.cue) == ("confirmation", "tidak membantah")
    (c,) = claims("Kapolres Bima Santoso tak menampik kabar penangkapan dua kurir itu.")
    assert (c.status, c.cue, c.actor_name) == ("confirmation", "tak menampik", "Bima Santoso")
    assert c.text == "kabar penangkapan dua kurir itu"


def test_menampik_is_denial():
    (c,) = claims("Direktur Rudi Halim menampik tudingan bahwa proyek itu fiktif.")
    assert (c.status, c.actor_name) == ("denial", "Rudi Halim")


def test_tidak_benar_as_verdict_is_denial_by_the_speaker():
    (c,) = claims("Juru bicara Dinas Kesehatan Sari Utami mengatakan pesan berantai soal vaksin itu tidak benar.")
    assert (c.status, c.cue, c.actor_name) == ("denial", "tidak benar", "Sari Utami")
    assert c.text == "pesan berantai soal vaksin itu"


def test_tidak_benar_describing_conduct_is_no_claim():
    assert claims("Dua petugas parkir ketahuan menjalankan praktik tidak benar.") == []
    assert claims("Warga diminta tidak menyebarkan data yang tidak benar.") == []


def test_kemungkinan_as_noun_is_no_speculation():
    assert claims("Petugas menebang pohon tua untuk mencegah kemungkinan buruk saat musim hujan.") == []
    assert claims("Tim SAR menyiapkan segala kemungkinan di jalur pendakian.") == []
    (c,) = claims("Harga gabah kemungkinan naik bulan depan.")
    assert c.status == "speculation"


def test_reporting_frame_is_not_the_actor():
    t = "Budi Hartono menyebut tersangka membantah telah menerima uang itu."
    (c,) = claims(t)
    assert c.status == "denial" and c.actor_name != "Budi Hartono"


def test_dateline_glued_to_sentence_is_not_the_actor():
    (c,) = claims("KABARKITA.COM - JAKARTA. Kementerian Perdagangan menuduh importir itu memalsukan dokumen.")
    assert c.actor_name == "Kementerian Perdagangan"


def test_relative_clause_actor_is_the_noun_before_yang():
    (c,) = claims("Media itu mengutip pejabat Kementerian Pertanian Vietnam yang membantah laporan tersebut.")
    assert (c.status, c.actor_name) == ("denial", "Kementerian Pertanian Vietnam")


def test_baik_maupun_after_connector():
    (c,) = claims("Namun, baik Vietnam maupun Kamboja membantah adanya kapal itu.")
    assert c.actor_name == "Vietnam dan Kamboja"


def test_org_mention_swallowing_a_person_snaps_to_the_person():
    t = "Namun, Kepala Sekolah SMPN 12 Wulandari membantah kabar tersebut."
    d = Document(id="t", input="t", text=t, sentences=split_sentences(t))
    a = t.index("Sekolah")
    m = Mention(text="Sekolah SMPN 12 Wulandari", type="ORG", sentence=0, start=a, end=a + 25)
    (c,) = extract_claims(d, [m])
    assert c.actor_name == "Wulandari"


def test_function_word_mention_is_not_an_actor():
    t = "Then the case went on. Dia membantah memperkaya diri."
    d = Document(id="t", input="t", text=t, sentences=split_sentences(t))
    m = Mention(text="Then", type="PERSON", sentence=0, start=0, end=4)
    (c,) = extract_claims(d, [m])
    assert c.status == "denial" and c.actor_name is None


def test_menolak_tuduhan_is_denial():
    (c,) = claims("Perusahaan tambang itu menolak tuduhan bahwa limbahnya mencemari sungai.")
    assert c.status == "denial" and c.cue == "menolak tuduhan"
    assert c.text == "limbahnya mencemari sungai"


def test_actor_snaps_to_mention():
    t = "Juru bicara militer Kolonel Hendri Wijaya mengonfirmasi serangan di perbatasan."
    a = t.index("Hendri")
    ms = [Mention("Hendri Wijaya", "PERSON", 0, a, a + len("Hendri Wijaya"), title="Kolonel")]
    (c,) = claims(t, ms)
    assert c.status == "confirmation" and c.actor_name == "Hendri Wijaya"


def test_shared_corpus_claims_are_well_formed(shared_dir):
    with open(shared_dir / "news" / "detik-dev.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in list(f)[:150]]
    found = []
    for r in rows:
        d = Document(id=r["id"], input="x", text=r["text"], sentences=split_sentences(r["text"]))
        for c in extract_claims(d):
            assert c.status in CLAIM_STATUSES
            assert c.text.strip()
            assert c.cue.lower() in d.sentences[c.sentence].text.lower()
            found.append(c)
    assert len(found) > 30
    assert {c.status for c in found} == set(CLAIM_STATUSES)


def test_a_two_word_hedge_is_one_cue_and_leaves_the_claim_whole():
    (c,) = claims("JAKARTA, KOMPAS.com – Bantuan pupuk untuk petani kecil kemungkinan besar belum cair bulan ini.")
    assert (c.status, c.cue) == ("speculation", "kemungkinan besar")
    assert c.text == "Bantuan pupuk untuk petani kecil belum cair bulan ini"
    (c,) = claims("Besar kemungkinan harga cabai naik pekan depan.")
    assert (c.cue, c.text) == ("besar kemungkinan", "harga cabai naik pekan depan")
    (c,) = claims("Kemungkinan besar, harga cabai naik pekan depan.")
    assert (c.cue, c.text) == ("kemungkinan besar", "harga cabai naik pekan depan")


def test_an_adjective_before_kemungkinan_stays_with_its_noun():
    (c,) = claims("Pasokan beras dari petani kecil kemungkinan tertahan di gudang.")
    assert (c.cue, c.text) == ("kemungkinan", "Pasokan beras dari petani kecil tertahan di gudang")
    assert claims("Warga mengantisipasi kemungkinan besar terjadinya banjir susulan.") == []


def test_a_denial_text_drops_the_speakers_own_frame():
    (c,) = claims("\"Kabar soal tarif baru parkir, saya tegaskan tidak benar,\" kata Budi Santoso.")
    assert (c.status, c.text) == ("denial", "Kabar soal tarif baru parkir")
    (c,) = claims("\"Soal itu fitnah, makanya ini kami luruskan tidak benar,\" ujar Budi Santoso.")
    assert c.text == "Soal itu fitnah"


def test_an_empty_chunk_after_the_speakers_frame_does_not_stop_the_search():
    (c,) = claims("Kabar itu, saya tegaskan, tidak benar, kata Budi Santoso.")
    assert (c.status, c.text) == ("denial", "Kabar itu")


def test_a_frame_that_leaves_nothing_gives_no_text_rather_than_the_whole_sentence():
    (c,) = claims("Ini saya sampaikan tidak benar, kata Budi Santoso.")
    assert (c.status, c.text) == ("denial", "")


def test_kemungkinan_owned_by_a_subject_is_a_noun_not_a_hedge():
    assert claims("Peluang itu memiliki kemungkinan kecil untuk berhasil.") == []
    assert claims("Rencana tersebut punya kemungkinan besar untuk gagal.") == []
    (c,) = claims("Rencana tersebut kemungkinan besar gagal.")
    assert (c.cue, c.text) == ("kemungkinan besar", "Rencana tersebut gagal")


def test_hedge_in_a_quote_after_a_narrated_suspect_belongs_to_the_last_speaker():
    """``Diduga karena itu RN …`` narrates what is suspected of RN; the next ``…," jelasnya`` quote
    (and the hedge inside it) is still the lawyer's, not the suspect's."""
    from kliping.extract.entities import extract_mentions
    from kliping.extract.quotes import extract_quotes

    text = ("Kuasa hukum pelapor, Heru Santoso, mengatakan kliennya difitnah seorang pria berinisial RN.\n"
            "\"Kami sudah melapor ke Polda sejak Agustus,\" ujar Heru di Palembang, Senin.\n"
            "Diduga karena itu RN tersulut emosi lalu mengunggah tuduhan itu di media sosial.\n"
            "\"Kemungkinan karena laporan kami sudah naik ke penyidikan,\" jelasnya.")
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text))
    ms = extract_mentions(d)
    assert any(m.text == "RN" and m.type == "PERSON" for m in ms)
    last = [q for q in extract_quotes(d, ms) if q.direct][-1]
    assert last.speaker_name in ("Heru", "Heru Santoso")
    (hedge,) = [c for c in extract_claims(d, ms) if c.cue == "kemungkinan"]
    assert hedge.actor_name in ("Heru", "Heru Santoso")


def test_subject_after_a_plain_fronted_phrase_still_takes_the_pronoun():
    """Without a hedge the narrated subject is a new speaker as before (``Setelah itu, RN …``)."""
    from kliping.extract.entities import extract_mentions
    from kliping.extract.quotes import extract_quotes

    text = ("Kuasa hukum pelapor, Heru Santoso, mengatakan kliennya sangat dirugikan oleh unggahan itu.\n"
            "\"Kami sudah melapor ke Polda sejak Agustus,\" ujar Heru di Palembang, Senin.\n"
            "Setelah diperiksa penyidik, Rina Marlina menyampaikan permintaan maaf kepada pelapor.\n"
            "\"Saya khilaf dan menyesal,\" ucapnya.")
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text))
    ms = extract_mentions(d)
    last = [q for q in extract_quotes(d, ms) if q.direct][-1]
    assert last.speaker_name == "Rina Marlina"


def test_possibility_as_object_of_a_verb_is_the_subjects_speculation():
    """``X tidak menutup kemungkinan …`` / ``X menyinggung kemungkinan …``: X speculates about what follows."""
    (c,) = claims("Kapolres Sukamaju AKBP Hendra Wijaya tidak menutup kemungkinan ada tersangka lain dalam kasus itu.")
    assert (c.status, c.actor_name) == ("speculation", "Hendra Wijaya")
    assert c.text == "ada tersangka lain dalam kasus itu"
    (c,) = claims("Dalam wawancara itu, Rina Marlina menyinggung kemungkinan harga beras naik lagi bulan depan.")
    assert (c.status, c.actor_name) == ("speculation", "Rina Marlina")
    assert c.text == "harga beras naik lagi bulan depan"


def test_possibility_without_such_a_verb_keeps_the_hedge_reading():
    """A plain ``menutup kemungkinan`` (rules out) and an adverb hedge name no actor of their own."""
    (c,) = claims("Harga cabai kemungkinan naik pekan depan.")
    assert c.actor_name is None and c.text == "Harga cabai naik pekan depan"
    (c,) = claims("Polisi menutup kemungkinan adanya pelaku lain.")
    assert c.actor_name is None
