"""Summary citations and the steps of a case: a sentence telling one step (sought, arrested,
detained, named a suspect, ...) is not supported by a similar sentence telling another step or none.

The articles go through the real cleaning and extraction stages; the sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from kliping.extract import extract
from kliping.ingest import clean
from kliping.lang.id import status_cues
from kliping.model import Article, Event, Story, StorylineGroup
from kliping.synth import summary as summary_mod
from kliping.synth.corpus import build_corpus
from kliping.synth.summary import candidates, case_status, stands_alone

STEP = {name: k for k, (name, _p) in enumerate(status_cues.CASE_STEPS)}


def _evidence(aid: str, title: str, published: str, source: str, text: str):
    return extract(clean(Article(id=aid, input=f"{aid}.txt", text=text, title=title, published=published,
                                 source=source)))


def _story(arts) -> Story:
    return Story(articles=list(arts), duplicate_of={}, entities=[], events=[Event("e1", [a.id for a in arts])],
                 storylines=[StorylineGroup("s1", ["e1"])])


def _cited(story: Story, text_start: str) -> list[tuple[str, int]]:
    """The citations of the candidate whose sentence starts with ``text_start``."""
    corpus = build_corpus(story)
    for c in candidates(corpus, list(range(len(corpus.articles))), limit=None):
        a, s = corpus.rows[c.row]
        if corpus.text(a, s).startswith(text_start):
            return [(corpus.articles[ca].id, cs) for ca, cs in c.cites]
    raise AssertionError(f"no candidate starts with {text_start!r}")


def _manhunt():
    """Two reports of a stabbing (two articles: no topic words, so every shared word counts) and a
    third report of the manhunt in other words."""
    sought = _evidence("buru-1", "Pelaku Penusukan Kabur", "2025-03-02", "Kabar Kota", (
        "Seorang pedagang ditusuk di Pasar Cikole, Kecamatan Sukamaju, pada Sabtu malam. "
        "Pelaku penusukan pedagang masih diburu polisi dari Polsek Sukamaju dan tim Resmob Polres Cikole."))
    arrested = _evidence("buru-2", "Pelaku Penusukan Ditangkap", "2025-03-04", "Warta Kota", (
        "Polisi mengungkap kasus penusukan pedagang di Pasar Cikole, Kecamatan Sukamaju. "
        "Pelaku penusukan pedagang akhirnya ditangkap polisi dari Polsek Sukamaju dan tim Resmob Polres Cikole."))
    again = _evidence("buru-3", "Polisi Kejar Pelaku", "2025-03-02", "Suara Kota", (
        "Kasus penusukan pedagang di Pasar Cikole, Kecamatan Sukamaju, masih diselidiki. "
        "Pelaku penusukan pedagang masih diburu tim Resmob Polres Cikole bersama polisi dari Polsek Sukamaju."))
    return sought, arrested, again


def test_a_suspect_still_sought_is_not_supported_by_the_report_of_his_arrest() -> None:
    sought, arrested, _again = _manhunt()
    cites = _cited(_story([sought, arrested]), "Pelaku penusukan pedagang masih diburu polisi")
    assert cites == [("buru-1", 1)], "the arrest is a later step of the case, another fact"


def test_without_the_step_test_the_arrest_would_be_cited(monkeypatch: pytest.MonkeyPatch) -> None:
    """The two sentences share the suspect, the police units and most words: only the step differs."""
    monkeypatch.setattr(summary_mod, "case_status", lambda _text: None)
    sought, arrested, _again = _manhunt()
    cites = _cited(_story([sought, arrested]), "Pelaku penusukan pedagang masih diburu polisi")
    assert ("buru-2", 1) in cites


def test_another_report_of_the_same_step_still_supports_it() -> None:
    sought, _arrested, again = _manhunt()
    cites = _cited(_story([sought, again]), "Pelaku penusukan pedagang masih diburu polisi")
    assert ("buru-3", 1) in cites


def test_a_detention_is_not_supported_by_a_sentence_that_only_says_they_are_suspected() -> None:
    held = _evidence("tahan-1", "Tiga Pekerja Ditahan", "2025-06-10", "Kabar Kota", (
        "Kericuhan terjadi di sebuah pabrik tekstil di Kabupaten Lembayung pada Senin. "
        "Polisi setempat menahan tiga pekerja yang diduga merusak mesin pabrik."))
    suspected = _evidence("tahan-2", "Kericuhan di Pabrik Tekstil", "2025-06-10", "Warta Kota", (
        "Kericuhan pecah di pabrik tekstil Kabupaten Lembayung pada Senin siang. "
        "Menurut keterangan awal, tiga pekerja diduga merusak mesin pabrik."))
    also_held = _evidence("tahan-3", "Polisi Tahan Pekerja", "2025-06-10", "Suara Kota", (
        "Pabrik tekstil di Kabupaten Lembayung ricuh pada Senin. "
        "Tiga pekerja yang diduga merusak mesin pabrik kini ditahan polisi setempat."))
    cites = _cited(_story([held, suspected, also_held]), "Polisi setempat menahan")
    assert ("tahan-3", 1) in cites, "the detention in other words (passive, ``kini ditahan``) supports it"
    assert all(a != "tahan-2" for a, _s in cites), "being suspected is less than being detained"


def test_a_denied_step_is_another_status_than_the_step() -> None:
    assert case_status("Tersangka belum ditahan karena masih dirawat di rumah sakit.") == (STEP["detained"], True)
    assert case_status("Tersangka sudah ditahan di rumah tahanan polres.") == (STEP["detained"], False)


def test_case_status_reads_the_latest_step_a_sentence_tells() -> None:
    assert case_status("Dua pemuda itu ditangkap lalu ditahan di Mapolsek.") == (STEP["detained"], False)
    assert case_status("Jaksa menetapkan kepala dinas itu sebagai tersangka korupsi.") == (STEP["suspect"], False)
    assert case_status("Terdakwa divonis empat tahun penjara oleh majelis hakim.") == (STEP["sentenced"], False)
    assert case_status("Pelaku yang dibekuk di terminal mengaku menyesal.") == (STEP["arrested"], False)


def test_idioms_and_labels_are_no_steps_of_a_case() -> None:
    assert case_status("Bank sentral menahan suku bunga acuan di level 5 persen.") is None
    assert case_status("Korban hanya bisa menahan sakit di ruang perawatan.") is None
    assert case_status("Tersangka mengaku menyesal atas perbuatannya.") is None, "a label, not the naming"
    assert case_status("Empat orang diduga terlibat dalam perkelahian itu.") is None, "an allegation is no step"
    assert case_status("Polisi mengamankan jalannya unjuk rasa di depan balai kota.") is None


def test_a_reporting_tail_of_any_speech_root_with_nya_does_not_stand_alone() -> None:
    """The ``-nya`` tails the summary will not show alone are those of the quote extractor's roots."""
    assert not stands_alone('"Kami akan memperbaiki prosedur pengawasan di gudang," tutupnya.')
    assert not stands_alone('"Kami akan memperbaiki prosedur pengawasan di gudang," tambahnya.')
    assert stands_alone("Pengelola gudang akan memperbaiki prosedur pengawasan mulai bulan depan.")


def test_a_thing_held_back_or_secured_is_no_detention_or_arrest() -> None:
    """``ditahan`` and ``diamankan`` about a price, a wage, a diploma, a plane, evidence, a site or money."""
    for text in ("Harga BBM nonsubsidi ditahan hingga akhir tahun.",
                 "Ijazah ratusan siswa ditahan pihak sekolah karena tunggakan.",
                 "Gaji ribuan guru honorer ditahan selama tiga bulan.",
                 "Pesawat Garuda ditahan di bandara karena sengketa sewa.",
                 "Barang bukti 2 kg sabu diamankan di lokasi.",
                 "Lokasi kejadian telah diamankan petugas.",
                 "Uang negara Rp 5 triliun berhasil diamankan."):
        assert case_status(text) is None, text
    assert case_status("Pelaku pencurian mobil itu ditahan di Polsek Sukamaju.") == (STEP["detained"], False)
    assert case_status("Dua pemuda diamankan polisi di terminal.") == (STEP["arrested"], False)



def test_wages_held_back_keep_the_support_of_a_report_that_they_are_unpaid() -> None:
    """``Gaji ... ditahan`` is no detention: a report saying the wages are unpaid supports it."""
    held = _evidence("gaji-1", "Gaji Guru Honorer Tertunda", "2025-05-02", "Kabar Kota", (
        "Dinas pendidikan Kabupaten Sukamaju menggelar rapat anggaran pada Jumat. "
        "Gaji ribuan guru honorer di Kabupaten Sukamaju ditahan sejak Januari karena anggaran daerah belum cair."))
    unpaid = _evidence("gaji-2", "Honor Guru Belum Dibayar", "2025-05-03", "Warta Kota", (
        "Para guru honorer mengadu ke DPRD Sukamaju pada Sabtu. "
        "Gaji ribuan guru honorer di Kabupaten Sukamaju belum dibayar sejak Januari karena anggaran daerah "
        "belum cair."))
    cites = _cited(_story([held, unpaid]), "Gaji ribuan guru honorer di Kabupaten Sukamaju ditahan")
    assert ("gaji-2", 1) in cites

def test_menahan_is_a_detention_only_with_a_person_object() -> None:
    for text in ("BI kembali menahan BI Rate di level 6 persen.",
                 "Bank sentral menahan suku bunga 6 persen.",
                 "Pemerintah menahan 40 ton beras impor di pelabuhan.",
                 "Kiper Persib menahan tendangan penalti Persija."):
        assert case_status(text) is None, text
    for text in ("Polisi menahan empat WNI di Kamboja.", "Polisi menahan dua orang di Mapolres.",
                 "Kejaksaan menahan Bupati Sukamaju usai diperiksa.", "Polisi menahan 3 narapidana yang kabur."):
        assert case_status(text) == (STEP["detained"], False), text


def test_catching_fish_or_on_camera_is_no_arrest() -> None:
    for text in ("Nelayan menangkap ikan di perairan utara.", "Penangkapan ikan terukur dimulai tahun depan.",
                 "Aksi pencurian motor itu tertangkap kamera CCTV warga."):
        assert case_status(text) is None, text


def test_common_senses_of_verdict_demand_hunt_and_release_are_no_steps() -> None:
    for text in ("Dokter memvonis pasien itu mengidap kanker.", "Ia divonis mengidap HIV sejak remaja.",
                 "Guru dituntut lebih kreatif di kelas.", "Pemerintah dituntut transparan soal anggaran.",
                 "Produk ini diburu konsumen menjelang lebaran.", "Perburuan satwa liar marak di hutan lindung.",
                 "Buronan KPK Harun Masiku disebut berada di luar negeri.",
                 "Warga miskin dibebaskan dari biaya berobat di puskesmas."):
        assert case_status(text) is None, text
    assert case_status("Terdakwa dituntut 12 tahun penjara oleh jaksa.") == (STEP["charged"], False)
    assert case_status("Polisi masih memburu pelaku penusukan itu.") == (STEP["sought"], False)
    assert case_status("Narapidana itu dibebaskan dari lapas pada Senin.") == (STEP["released"], False)


def test_a_demand_for_a_step_reads_like_a_denied_step() -> None:
    assert case_status("Serikat buruh meminta rekannya segera dibebaskan.") == (STEP["released"], True)
    assert case_status("Rekannya akhirnya dibebaskan pada Selasa.") == (STEP["released"], False)


def test_a_step_in_a_yang_pernah_clause_is_background() -> None:
    text = "Residivis yang pernah divonis 5 tahun penjara itu kembali ditangkap polisi di pasar."
    assert case_status(text) == (STEP["arrested"], False)


def test_a_nya_noun_after_a_comma_is_no_reporting_tail() -> None:
    assert stands_alone("Pemerintah membantah tuduhan pencurian data, klaimnya tidak berdasar karena data lengkap.")
    assert stands_alone("Toko buka pukul 08.00, tutupnya pukul 22.00.")
    assert stands_alone("Polisi ditanya soal kasus penipuan arisan, jawabnya proses masih berjalan.")
    assert not stands_alone('"Kami siap membantu warga," ujarnya kepada wartawan di Sukamaju, Senin (3/3).')


def test_step_word_lists_reuse_the_shared_ones() -> None:
    from kliping.lang.id import cues, titles

    assert titles.CASE_ROLE_NOUNS <= status_cues.PERSON_OBJECTS
    assert {"tahanan", "narapidana", "napi"} <= status_cues.PERSON_OBJECTS
    assert cues.DENIAL_NEGATORS <= status_cues.STEP_NEGATIONS
