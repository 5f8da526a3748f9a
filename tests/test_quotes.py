"""Quotes and reported statements: quote styles, attribution, continuation, pronouns, scare quotes.

All sentences are written for these tests.
"""

from __future__ import annotations

import json
import time

from kliping.extract.quotes import extract_quotes
from kliping.model import Mention
from tests.quote_helpers import direct, doc


def test_attribution_after_with_kata_and_title_stripped():
    qs = direct("“Jalur tol baru dibuka pekan depan,” kata Menteri Perhubungan Andi Wirawan kepada wartawan.")
    assert len(qs) == 1
    q = qs[0]
    assert q.text == "Jalur tol baru dibuka pekan depan"
    assert q.speaker_name == "Andi Wirawan"
    assert q.cue == "kata"
    assert q.sentence == 0 and q.end_sentence == 0


def test_quote_styles_ascii_guillemets_single_and_kompas():
    t = (
        '"Kami tidak menaikkan tarif," ujar Dewi.\n'
        "«Pasokan aman sampai akhir tahun,» tutur Dewi.\n"
        "‘Harga gabah stabil di tingkat petani,’ ucap Dewi.\n"
        "”Petani tidak perlu cemas,” tegas Dewi."
    )
    qs = direct(t)
    assert [q.text for q in qs] == [
        "Kami tidak menaikkan tarif",
        "Pasokan aman sampai akhir tahun",
        "Harga gabah stabil di tingkat petani",
        "Petani tidak perlu cemas",
    ]
    assert {q.speaker_name for q in qs} == {"Dewi"}
    assert [q.cue for q in qs] == ["ujar", "tutur", "ucap", "tegas"]


def test_nya_pronoun_resolves_to_last_named_speaker():
    t = (
        "Kepala Dinas Pertanian Suryo Hadi menyebutkan, panen raya dimulai bulan ini.\n"
        '"Stok beras di gudang kami cukup untuk enam bulan," terangnya.'
    )
    qs = direct(t)
    assert qs[0].speaker_name == "Suryo Hadi"
    assert qs[0].cue == "terang"


def test_dia_pronoun_and_person_mention_fallback():
    # no earlier speaker: the most recent PERSON mention is used
    t = "Bupati Lestari Ayu meninjau lokasi banjir.\n“Warga sudah kami evakuasi ke balai desa,” kata dia."
    ms = [Mention("Lestari Ayu", "PERSON", 0, 7, 18, title="Bupati")]
    assert direct(t, ms)[0].speaker_name == "Lestari Ayu"
    assert direct(t)[0].speaker_name is None  # without mentions there is no speaker to refer to


def test_interrupted_quote_gives_two_quotes_same_speaker():
    t = "“Kami sudah memeriksa lima saksi,” kata Rudi. “Berkasnya segera kami limpahkan.”"
    qs = direct(t)
    assert len(qs) == 2
    assert [q.speaker_name for q in qs] == ["Rudi", "Rudi"]
    assert qs[1].text == "Berkasnya segera kami limpahkan."
    assert all(q.direct for q in qs)


def test_interrupted_quote_with_comma():
    qs = direct("“Anggaran sudah cair,” kata Sinta, “tetapi penyalurannya masih bertahap.”")
    assert [q.speaker_name for q in qs] == ["Sinta", "Sinta"]
    assert qs[1].text == "tetapi penyalurannya masih bertahap."


def test_quote_spanning_paragraphs_is_one_quote():
    t = (
        "“Program ini kami mulai di tiga provinsi.\n"
        "“Tahun depan seluruh kabupaten akan ikut,” ujar Hendra Kusuma."
    )
    qs = direct(t)
    assert len(qs) == 1
    assert qs[0].text.startswith("Program ini kami mulai")
    assert qs[0].text.endswith("seluruh kabupaten akan ikut")
    assert qs[0].sentence == 0 and qs[0].end_sentence == 1
    assert qs[0].speaker_name == "Hendra Kusuma"


def test_continuation_paragraph_takes_previous_speaker():
    t = (
        "“Kami menambah dua kapal patroli,” kata Laksamana Bayu Aji.\n"
        "“Semua awak sudah siap berlayar malam ini.”\n"
        "Cuaca di perairan itu dilaporkan cerah."
    )
    qs = direct(t)
    assert len(qs) == 2
    assert qs[1].speaker_name == "Bayu Aji"
    assert qs[1].cue is None


def test_bare_quote_after_unrelated_paragraph_has_no_speaker():
    t = "Hujan turun sejak pagi di kawasan itu.\n“Air naik sampai lutut.”"
    assert direct(t)[0].speaker_name is None


def test_attribution_before_with_verb_and_kata():
    t = (
        "Gubernur Nanda Prasetya mengatakan, “Pembangunan pasar selesai bulan depan.”\n"
        "Kata Nanda, “Pedagang lama mendapat prioritas.”"
    )
    qs = direct(t)
    assert [q.speaker_name for q in qs] == ["Nanda Prasetya", "Nanda"]
    assert [q.cue for q in qs] == ["mengatakan", "kata"]


def test_subject_then_verb_after_quote():
    qs = direct("“Target ekspor kita naik sepuluh persen,” Fajar Nugroho menambahkan.")
    assert qs[0].speaker_name == "Fajar Nugroho"
    assert qs[0].cue == "menambahkan"


def test_organisation_speaker_kept_whole():
    qs = direct("“Pertemuan itu ditunda tanpa batas waktu,” kata Kementerian Unifikasi Korea Selatan.")
    assert qs[0].speaker_name == "Kementerian Unifikasi Korea Selatan"


def test_role_phrase_resolves_to_person_with_that_title():
    t = (
        "Menteri Pertanian Galih Saputra meresmikan bendungan itu.\n"
        "“Bendungan ini mengairi empat ribu hektare sawah,” ujar menteri tersebut."
    )
    ms = [Mention("Galih Saputra", "PERSON", 0, 17, 30, title="Menteri Pertanian")]
    assert direct(t, ms)[0].speaker_name == "Galih Saputra"
    unknown = "Warga berkumpul di balai kota.\n“Kami menunggu jawaban,” kata pejabat itu."
    assert direct(unknown)[0].speaker_name is None


def test_mentions_snap_speaker_name():
    t = "“Ekspor nikel tumbuh,” kata Wakil Menteri Perdagangan Sari Anggraini Putri."
    s = doc(t).sentences[0].text
    a = s.index("Sari")
    ms = [Mention("Sari Anggraini Putri", "PERSON", 0, a, a + len("Sari Anggraini Putri"), title="Wakil Menteri")]
    assert direct(t, ms)[0].speaker_name == "Sari Anggraini Putri"


def test_lowercase_role_then_name_after_comma():
    qs = direct("“Semua jalur sudah dibuka,” kata juru bicara kepolisian, Tomi Hartono.")
    assert qs[0].speaker_name == "Tomi Hartono"


def test_scare_quotes_are_not_quotes():
    # a quoted term is no one's words: it is not returned at all (it used to be a speakerless
    # ``direct=False`` item that the dossier listed among the quotes)
    t = "Kedua negara menandatangani “kemitraan strategis komprehensif” di Canberra."
    assert extract_quotes(doc(t)) == []


def test_short_quote_with_cue_is_direct():
    qs = direct("“Belum,” kata Yanto singkat.")
    assert qs[0].text == "Belum" and qs[0].speaker_name == "Yanto"


def test_reported_statement_with_bahwa():
    qs = extract_quotes(doc("Ketua Komisi Pemilihan Umum Anwar Lubis mengatakan bahwa tahapan pendaftaran sudah ditutup."))
    assert len(qs) == 1
    q = qs[0]
    assert q.direct is False
    assert q.text == "tahapan pendaftaran sudah ditutup"
    assert q.speaker_name == "Anwar Lubis"
    assert q.cue == "mengatakan"


def test_reported_statement_with_comma_and_pronoun():
    t = "Rina Marlina menjelaskan, harga cabai turun di semua pasar.\nIa memperingatkan bahwa pasokan bisa terganggu saat musim hujan."
    qs = extract_quotes(doc(t))
    assert [q.text for q in qs] == ["harga cabai turun di semua pasar", "pasokan bisa terganggu saat musim hujan"]
    assert [q.speaker_name for q in qs] == ["Rina Marlina", "Rina Marlina"]
    assert all(not q.direct for q in qs)


def test_reported_menurut_before_and_after():
    t = "Menurut Yusuf Halim, ekspor kopi akan meningkat tahun ini.\nPermintaan dari Eropa masih kuat, menurut Yusuf."
    qs = extract_quotes(doc(t))
    assert [(q.text, q.speaker_name, q.cue) for q in qs] == [
        ("ekspor kopi akan meningkat tahun ini", "Yusuf Halim", "menurut"),
        ("Permintaan dari Eropa masih kuat", "Yusuf", "menurut"),
    ]


def test_reported_kata_at_end_without_quote_marks():
    qs = extract_quotes(doc("Pemerintah menyiapkan dana cadangan untuk pupuk, kata Menteri Keuangan Lukman Hakim."))
    assert qs[0].direct is False
    assert qs[0].text == "Pemerintah menyiapkan dana cadangan untuk pupuk"
    assert qs[0].speaker_name == "Lukman Hakim"


def test_non_attribution_menurut_and_relative_clause_ignored():
    t = "Menurut rencana, jembatan itu selesai tahun depan.\nPejabat yang mengatakan hal itu sudah dipindahkan."
    assert extract_quotes(doc(t)) == []


def test_speaker_chain_skips_interleaved_mention_for_pronoun():
    # the last *speaker* wins over a person merely mentioned in reported content
    t = (
        "Direktur Utama Bank Daerah Intan Permata mengatakan, hal itu sesuai arahan Gubernur Wahyu Jati.\n"
        "“Kredit untuk nelayan kami perluas,” kata dia."
    )
    qs = direct(t)
    assert qs[0].speaker_name == "Intan Permata"


def test_no_quotes_in_plain_text():
    assert extract_quotes(doc("Hujan deras mengguyur kota sejak sore hari.")) == []


def test_shared_corpus_speaker_share(shared_dir):
    """Most direct quotes in real news have a speaker; extraction is fast enough for batch use."""
    docs = []
    for name in ("detik-dev.jsonl", "kompas-oil-dev.jsonl"):
        with open(shared_dir / "news" / name, encoding="utf-8") as f:
            for line in list(f)[:120]:
                d = json.loads(line)
                docs.append(doc(d["text"]))
    t0 = time.perf_counter()
    quotes = [q for d in docs for q in extract_quotes(d)]
    assert time.perf_counter() - t0 < 30
    dq = [q for q in quotes if q.direct]
    assert len(dq) > 200
    assert sum(1 for q in dq if q.speaker_name) / len(dq) > 0.8
    for d in docs:
        for q in extract_quotes(d):
            assert 0 <= q.sentence <= (q.end_sentence or q.sentence) < len(d.sentences)
