"""A summary sentence that goes on from the one before it (``Namun,``, ``Selain itu,``) is shown only
after that sentence; else a self-contained one is taken, else it is left out (QA5).

The articles are invented; they run through the real cleaning, extraction and linking stages.
"""

from __future__ import annotations

from kliping.extract import extract
from kliping.ingest import clean
from kliping.model import Article, Event, Story, StorylineGroup
from kliping.synth import summary as summary_mod
from kliping.synth.corpus import build_corpus
from kliping.synth.summary import candidates, opens_on_before, summarize


def _evidence(aid: str, title: str, text: str):
    return extract(clean(Article(id=aid, input=f"{aid}.txt", text=text, title=title, published="2025-05-12",
                                 source="Warta Pesisir")))


def _summary(text: str, n: int, title: str = "Pelabuhan Rakyat") -> tuple[list[str], list[str]]:
    """The summary of one invented article, and the texts of its candidates."""
    art = _evidence("pesisir-1", title, text)
    corpus = build_corpus(Story(articles=[art], duplicate_of={}, entities=[], events=[Event("e1", [art.id])],
                                storylines=[StorylineGroup("s1", ["e1"])]))
    shown = [s.text for s in summarize(corpus, [0], n)]
    cands = [corpus.text(*corpus.rows[c.row]) for c in candidates(corpus, [0], limit=None)]
    return shown, cands


def test_openers_that_go_on_from_the_sentence_before() -> None:
    for text in (
        "Namun, nelayan menilai tarif sandar kapal masih terlalu mahal.",
        "Selain itu, dinas kelautan membangun gudang pendingin ikan.",
        "Sementara itu, harga solar di dermaga naik dua ratus rupiah.",
        "Lebih lanjut, Bupati meminta koperasi nelayan ikut mengelola pelabuhan.",
        "Apalagi, cuaca buruk membuat kapal kecil tidak melaut sepekan.",
        "Setelah itu, rombongan meninjau tempat pelelangan ikan.",
        "Sedangkan kapal besar harus menunggu air pasang.",
        "Tak hanya itu, pemerintah juga menyiapkan asuransi bagi nelayan.",
        "\"Kemudian kami akan memperpanjang dermaga hingga seratus meter,\" kata Kepala Dinas.",
    ):
        assert opens_on_before(text), text


def test_asides_background_and_self_contained_openers_do_not_go_on() -> None:
    for text in (
        "Adapun biaya pembangunan dermaga mencapai Rp 12 miliar dari anggaran provinsi.",
        "Sebagai informasi, pelabuhan rakyat itu dibangun pada 1998.",
        "Seperti diberitakan, dermaga lama ambruk diterjang gelombang tinggi pada Maret.",
        "Sebelumnya, dinas kelautan sudah dua kali memperbaiki dermaga tersebut.",
        "Saat ini, kapal nelayan bersandar di muara sungai.",
        "Meski mahal, nelayan tetap memilih bersandar di pelabuhan baru.",
        "Dinas Kelautan Kabupaten Rembang meresmikan dermaga baru di pelabuhan rakyat.",
    ):
        assert not opens_on_before(text), text


def test_a_self_contained_sentence_is_taken_before_one_going_on_from_an_unshown_sentence() -> None:
    # the sentence ``Selain itu`` adds to points back (``Dermaga itu``) and is no candidate
    shown, cands = _summary(
        "Dinas Kelautan Kabupaten Rembang meresmikan dermaga baru bagi nelayan pelabuhan rakyat Tasikagung "
        "pada Senin. "
        "Dermaga itu muat empat puluh kapal. "
        "Selain itu, gudang pendingin ikan bagi nelayan Tasikagung mulai dipakai di dermaga baru pelabuhan rakyat. "
        "Upacara peresmian dihadiri sejumlah pejabat provinsi dan tokoh masyarakat. "
        "Cuaca di pesisir utara cerah berawan sepanjang acara berlangsung.", 3)
    assert cands[1].startswith("Selain itu"), "the connective-led sentence is the most central after the lede"
    assert len(shown) == 3 and not any(t.startswith("Selain itu") for t in shown), (
        "self-contained sentences are taken instead of an addition to a sentence the summary leaves out")


def test_a_sentence_going_on_is_shown_after_the_sentence_it_goes_on_from() -> None:
    shown, _cands = _summary(
        "Dinas Kelautan Kabupaten Rembang menaikkan retribusi sandar kapal di pelabuhan Tasikagung. "
        "Retribusi sandar kapal nelayan naik dari tiga ribu menjadi lima ribu rupiah per hari. "
        "Namun, para nelayan menilai tarif baru itu memberatkan pada musim paceklik.", 3)
    assert len(shown) == 3
    k = next(i for i, t in enumerate(shown) if t.startswith("Namun"))
    assert k > 0 and shown[k - 1].startswith("Retribusi sandar"), "right after the sentence it answers"


def test_a_sentence_going_on_from_a_sentence_that_cannot_be_shown_is_left_out() -> None:
    # the sentence before ``Selain itu`` points back (``Hal itu``): no summary sentence
    shown, cands = _summary(
        "Dinas Kelautan Kabupaten Rembang meresmikan dermaga baru pelabuhan rakyat Tasikagung pada Senin. "
        "Hal itu disampaikan kepala dinas dalam acara peresmian di tepi dermaga. "
        "Selain itu, gudang pendingin ikan berkapasitas dua puluh ton juga mulai dipakai nelayan.", 3)
    assert any(t.startswith("Selain itu") for t in cands)
    assert shown and not any(t.startswith("Selain itu") for t in shown), (
        "a shorter summary rather than an addition to nothing shown")


def test_a_sentence_going_on_stays_when_the_summary_would_have_nothing_else() -> None:
    shown, _cands = _summary(
        "Apa kabar nelayan Tasikagung hari ini? "
        "Namun, ratusan kapal nelayan Tasikagung masih tertambat karena gelombang tinggi.", 3)
    assert len(shown) == 1 and shown[0].startswith("Namun"), "a summary keeps a sentence"


def test_an_article_opening_with_a_connective_is_no_sentence_going_on() -> None:
    shown, _cands = _summary(
        "Bukan hanya menjadi tempat bersandar, dermaga baru Tasikagung juga menjadi pasar ikan nelayan Rembang. "
        "Pedagang ikan dari Pati dan Blora datang ke dermaga baru Tasikagung setiap pagi. "
        "Dinas kelautan mencatat transaksi ikan di dermaga naik dua kali lipat sejak Maret.", 3)
    assert any(t.startswith("Bukan hanya") for t in shown), "its first sentence goes on from nothing"


def test_a_denial_going_on_from_an_unshown_sentence_is_kept(monkeypatch) -> None:
    # ``Namun, X membantah``: the other side, kept though the sentence before it (a quote of the
    # accusation, cut into two sentences) is no summary sentence
    text = ("Warga Desa Sendangharjo melaporkan Kepala Desa Sutrisno ke kejaksaan atas dugaan penyelewengan "
            "dana desa sebesar Rp 600 juta. "
            "\"Jalan desa tidak pernah diaspal. Uangnya dipakai buat kepentingan pribadi,\" kata koordinator warga. "
            "Namun, Kepala Desa Sutrisno membantah semua tudingan itu dan siap membuka laporan keuangan. "
            "Kejaksaan Negeri Rembang akan memanggil perangkat desa pekan depan.")
    shown, _cands = _summary(text, 3, "Kades Dilaporkan")
    assert any(t.startswith("Namun, Kepala Desa") for t in shown), "the denial is the other side"
    monkeypatch.setattr(summary_mod, "other_side", lambda *_a: False)
    shown, _cands = _summary(text, 3, "Kades Dilaporkan")
    assert not any(t.startswith("Namun, Kepala Desa") for t in shown), "read as any sentence going on, it is left out"
