"""Summary sentences that read as continuations give way to self-contained ones (QA4).

The articles are invented; they run through the real cleaning, extraction and linking stages.
"""

from __future__ import annotations

from kliping.extract import extract
from kliping.ingest import clean
from kliping.model import Article
from kliping.synth import summary as summary_mod
from kliping.synth.corpus import build_corpus
from kliping.synth.summary import dependent, summarize


def _evidence(aid: str, title: str, text: str):
    return extract(clean(Article(id=aid, input=f"{aid}.txt", text=text, title=title, published="2025-03-04",
                                 source="Kabar Kota")))


def test_dependent_openers_are_recognised() -> None:
    for text in (
        "Adapun anggaran proyek jembatan itu mencapai Rp 40 miliar.",
        "Agar warga tidak terlambat, jadwal kereta diumumkan sejak pagi.",
        "Lebih lanjut, Sutrisno meminta petugas menambah jam layanan.",
        "Sebagai informasi, pasar itu dibangun pada tahun 2010.",
        "Wali Kota Semarang itu kemudian meninjau lokasi banjir.",
        "Gubernur juga mengatakan bantuan akan dikirim besok.",
        "Rina menambahkan, pendaftaran ditutup pada akhir bulan.",
        "\"Kami akan menambah armada bus pada musim mudik,\" ujarnya.",
        "\"Kami akan menambah armada bus pada musim mudik,\" kata dia.",
    ):
        assert dependent(text), text


def test_self_contained_sentences_are_not_dependent() -> None:
    for text in (
        "Wali Kota Semarang Budi Santoso meninjau lokasi banjir di Kecamatan Genuk pada Selasa.",
        "Pemerintah kota juga dikritik warga karena lambat membersihkan saluran.",  # ``juga`` after a lower-case phrase
        "Tahun ini pemerintah menambah anggaran perbaikan jalan.",
        "\"Kami akan menambah armada bus,\" kata Kepala Dinas Perhubungan Rina Wati.",
        "Di Jakarta, harga cabai naik menjadi Rp 80 ribu per kilogram.",
        "Kementerian Perhubungan menambahkan dua kapal untuk rute Merak-Bakauheni.",  # a verb, not the speaker going on
    ):
        assert not dependent(text), text


def _bridge_article():
    return _evidence("jembatan-1", "Jembatan Kali Garang Ditutup", (
        "Dinas Pekerjaan Umum Kota Semarang menutup jembatan Kali Garang untuk perbaikan selama dua pekan. "
        "Penutupan jembatan Kali Garang dilakukan setelah retakan ditemukan pada tiang penyangga jembatan. "
        "Adapun perbaikan jembatan Kali Garang ditargetkan selesai sebelum musim hujan tiba. "
        "Pengendara diminta melewati jalan alternatif di sisi timur kota selama perbaikan berlangsung."))


def test_a_self_contained_sentence_is_preferred_to_a_comparable_dependent_one(monkeypatch) -> None:
    corpus = build_corpus(_one_story(_bridge_article()))
    shown = [s.text for s in summarize(corpus, [0], 3)]
    assert not any(t.startswith("Adapun") for t in shown), "an aside gives way to a comparable sentence"
    monkeypatch.setattr(summary_mod, "DEPENDENT_PENALTY", 0.0)
    shown = [s.text for s in summarize(corpus, [0], 3)]
    assert any(t.startswith("Adapun") for t in shown), "without the penalty the central aside was taken"


def _denial_article():
    return _evidence("demak-1", "Keluarga Tuding Polisi Salah Tangkap", (
        "Keluarga Andi Saputra menuding polisi Demak salah menangkap pemuda itu dalam kasus pencurian "
        "toko emas pada Senin malam. "
        "Menurut keluarga, Andi Saputra sedang berada di rumah saat pencurian toko emas itu terjadi. "
        "Keluarga juga menuding polisi menangkap Andi Saputra tanpa surat perintah dalam kasus pencurian "
        "toko emas. "
        "Namun, Kapolres Demak AKBP Budi Hartono membantah tudingan itu karena rekaman CCTV toko emas "
        "memperlihatkan wajah Andi Saputra. "
        "Pemilik toko emas melaporkan kerugian sekitar Rp 300 juta. "
        "Keluarga berencana melapor ke Propam Polda Jawa Tengah."))


def test_a_dependent_sentence_that_alone_states_a_fact_still_fills_the_summary(monkeypatch) -> None:
    # ``Namun, X membantah``: the only sentence giving the other side opens with a connective
    corpus = build_corpus(_one_story(_denial_article()))
    shown = [s.text for s in summarize(corpus, [0], 2)]
    assert any(t.startswith("Namun, Kapolres") for t in shown), "the denial is stated only there"
    monkeypatch.setattr(summary_mod, "DEPENDENT_PENALTY", 10.0)
    shown = [s.text for s in summarize(corpus, [0], 2)]
    assert any(t.startswith("Namun, Kapolres") for t in shown), "a denial takes no continuation penalty"
    # the test can fail: with the penalty applied to the denial too, it gives way to a lesser fact
    monkeypatch.setattr(summary_mod, "other_side", lambda *_a: False)
    shown = [s.text for s in summarize(corpus, [0], 2)]
    assert not any(t.startswith("Namun, Kapolres") for t in shown)


def test_a_time_phrase_opening_a_sentence_is_no_dependent_opener() -> None:
    assert not dependent("Di akhir Oktober, harga minyak mentah turun 5 persen.")
    assert not dependent("Di akhir pekan, ribuan warga memadati alun-alun kota.")
    assert not dependent("Di akhir 2024, utang luar negeri naik tipis.")
    # the end of an occasion told before is still a sequel
    assert dependent("Di akhir sambutannya, wali kota mengajak warga menjaga kebersihan.")


def test_a_lede_naming_a_person_by_initials_before_the_full_name_is_no_short_form() -> None:
    from kliping.link import link

    art = _evidence("kpk-9", "KPK Tahan Komisaris", (
        "Penyidik menahan tersangka berinisial HS, komisaris sebuah perusahaan gas, pada Selasa malam. "
        "Nama lengkap tersangka adalah Hadi Sucipto, yang menjabat komisaris sejak 2015. "
        "Penahanan berlaku selama dua puluh hari pertama di rumah tahanan cabang."))
    story = link([art])
    facts = summary_mod.SentenceFacts(build_corpus(story))
    assert all(summary_mod.short_named(facts, 0, s) is None for s in range(3))


def _one_story(art):
    from kliping.model import Event, Story, StorylineGroup

    return Story(articles=[art], duplicate_of={}, entities=[], events=[Event("e1", [art.id])],
                 storylines=[StorylineGroup("s1", ["e1"])])


def _checkups():
    one = _evidence("periksa-1", "Mantan Kepala Dinas Diperiksa", (
        "Komisi antikorupsi memanggil Hendra Gunawan, mantan kepala dinas perikanan, sebagai saksi. "
        "Pemeriksaan dijadwalkan berlangsung di kantor komisi di Kuningan, Jakarta Selatan."))
    two = _evidence("periksa-2", "Tersangka Kasus Kapal Diperiksa", (
        "Komisi antikorupsi memeriksa Wahyu Pratama sebagai tersangka kasus pengadaan kapal. "
        "Pemeriksaan berlangsung di kantor komisi di Kuningan, Jakarta Selatan."))
    return one, two


def _pair_story(one, two):
    from kliping.model import Event, Story, StorylineGroup

    return Story(articles=[one, two], duplicate_of={}, entities=[], events=[Event("e1", [one.id, two.id])],
                 storylines=[StorylineGroup("s1", ["e1"])])


def _cites_of(corpus, start: str) -> list[int]:
    from kliping.synth.summary import candidates

    return [len(c.cites) for c in candidates(corpus, [0, 1], limit=None)
            if corpus.text(*corpus.rows[c.row]).startswith(start)]


def test_two_sentences_naming_nobody_after_different_people_do_not_support_each_other(monkeypatch) -> None:
    corpus = build_corpus(_pair_story(*_checkups()))
    assert _cites_of(corpus, "Pemeriksaan") and all(n == 1 for n in _cites_of(corpus, "Pemeriksaan")), (
        "a witness and a suspect questioned are two happenings")
    monkeypatch.setattr(summary_mod, "_other_people_before", lambda *_a: False)
    assert any(n == 2 for n in _cites_of(build_corpus(_pair_story(*_checkups())), "Pemeriksaan")), (
        "their words alone make them one fact")


def test_a_remark_quoted_in_two_reports_still_supports_itself() -> None:
    one = _evidence("kutip-1", "Wali Kota Bicara Banjir", (
        "Wali Kota Rahmat Effendi meninjau tanggul yang jebol di Bekasi Utara. "
        "\"Perbaikan tanggul harus selesai sebelum puncak musim hujan tiba,\" kata Rahmat."))
    two = _evidence("kutip-2", "Tanggul Jebol Diperbaiki", (
        "Kepala Dinas Sumber Daya Air Budi Hartono mengirim dua alat berat ke tanggul Bekasi Utara. "
        "\"Perbaikan tanggul harus selesai sebelum puncak musim hujan tiba,\" kata Rahmat."))
    cites = _cites_of(build_corpus(_pair_story(one, two)), '"Perbaikan')
    assert cites and all(n == 2 for n in cites)
