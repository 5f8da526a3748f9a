"""Quote alignment: one remark in two translations becomes one agreement finding."""

from __future__ import annotations

from kliping.model import Quote, Story
from kliping.synth.corpus import build_corpus
from kliping.synth.quotes import QUOTE_COSINE, quote_agreements, quote_similarity
from tests.test_link_helpers import make_ev


def _ev(aid: str, sentence: str, quote: str, speaker: str | None, day: str):
    ev = make_ev(aid, "Pejabat itu berbicara kepada wartawan di Jakarta pada hari itu. " + sentence,
                 published=day)
    ev.quotes = [Quote(text=quote, sentence=1, speaker=speaker, speaker_name="Nadia Prameswari")]
    return ev


FILLER = [
    "Hujan deras mengguyur kota sejak sore sehingga beberapa jalan tergenang air setinggi lutut.",
    "Pemerintah daerah menyiapkan dapur umum bagi warga yang mengungsi ke balai desa.",
    "Harga cabai di pasar tradisional naik dua kali lipat dibandingkan pekan sebelumnya.",
    "Kereta cepat menambah jadwal perjalanan selama libur panjang akhir pekan ini.",
    "Sekolah dasar di wilayah itu kembali menggelar pembelajaran tatap muka setelah renovasi.",
    "Nelayan setempat memilih tidak melaut karena gelombang tinggi di perairan selatan.",
]


def _story(arts) -> Story:
    filler = [make_ev(f"f{i}", t, published="2024-05-01") for i, t in enumerate(FILLER)]
    return Story(articles=arts + filler, duplicate_of={}, entities=[], events=[], storylines=[])


def test_two_translations_of_one_remark_agree() -> None:
    a = _ev("a", '"Saya skeptis tentang itu," kata Nadia Prameswari.', "Saya skeptis tentang itu", "E1", "2024-05-01")
    b = _ev("b", '"Saya skeptis terhadap hal itu," ujar Nadia.', "Saya skeptis terhadap hal itu", "E1", "2024-05-01")
    c = _ev("c", '"Pelabuhan itu akan kami pantau setiap hari," kata Nadia.', "Pelabuhan itu akan kami pantau setiap hari",
            "E1", "2024-05-02")
    corpus = build_corpus(_story([a, b, c]))
    found = quote_agreements(corpus, range(3))
    assert len(found) == 1
    f = found[0]
    assert f.kind == "agreement" and {it.article for it in f.items} == {"a", "b"}
    assert all(it.text == corpus.text(corpus.by_id[it.article], it.sentence) for it in f.items)


def test_different_speakers_or_figures_do_not_agree() -> None:
    a = _ev("a", '"Kami mengirim 300 truk bantuan," kata dia.', "Kami mengirim 300 truk bantuan ke lokasi", "E1", "2024-05-01")
    b = _ev("b", '"Kami mengirim 500 truk bantuan," kata dia.', "Kami mengirim 500 truk bantuan ke lokasi", "E1", "2024-05-01")
    c = _ev("c", '"Kami mengirim 300 truk bantuan," kata dia.', "Kami mengirim 300 truk bantuan ke lokasi", "E2", "2024-05-01")
    corpus = build_corpus(_story([a, b, c]))
    assert quote_agreements(corpus, range(3)) == []


def test_similarity_separates_rewording_from_another_remark() -> None:
    s = quote_similarity(["Saya skeptis tentang itu", "Saya skeptis terhadap hal itu",
                          "Kapal-kapal itu masih berlayar menuju pelabuhan utara", "Anggaran desa naik tahun depan"])
    assert s[0, 1] >= QUOTE_COSINE - 0.05 and s[0, 2] < 0.2


def test_pairs_found_block_by_block_are_those_of_the_whole_matrix(monkeypatch) -> None:
    # a long storyline's quotes are compared a block of rows at a time (PAIR_BLOCK); the pairs at
    # the bar must be exactly those of the full similarity matrix, in row order
    from kliping.synth import quotes as q

    texts = [
        "Saya skeptis tentang itu", "Saya skeptis terhadap hal itu", "Kami akan menambah pasokan beras",
        "Kami akan menambah pasokan beras ke pasar", "Tidak ada perjanjian yang ditandatangani",
        "Tidak ada perjanjian apa pun yang ditandatangani", "Harga cabai naik dua kali lipat",
        "Saya skeptis soal itu", "Nelayan tidak melaut pekan ini",
    ]
    vec = q.char_vectorizer(texts + FILLER)
    full = q.quote_similarity(texts, vec)
    expected = [(i, j) for i in range(len(texts)) for j in range(i) if full[i, j] >= QUOTE_COSINE]
    assert len(expected) >= 3
    monkeypatch.setattr(q, "PAIR_BLOCK", 2)
    assert list(q._close_pairs(texts, vec)) == expected


def test_one_outlets_reports_of_one_remark_are_no_agreement_and_are_not_vectorised() -> None:
    """An agreement needs two sources: the same remark in two reports of one outlet is none, and a
    storyline whose quotes all come from one outlet is not compared at all (no n-gram IDF fitted)."""
    remark = "Stok beras di gudang kami cukup sampai akhir tahun"

    def report(aid: str, outlet: str):
        ev = make_ev(aid, "Kepala gudang itu berbicara kepada wartawan di Jakarta pada hari itu. "
                     f'"{remark}," kata Nadia Prameswari.', published="2024-05-01", source=outlet)
        ev.quotes = [Quote(text=remark, sentence=1, speaker="E1", speaker_name="Nadia Prameswari")]
        return ev

    corpus = build_corpus(_story([report("a", "Warta Contoh"), report("b", "Warta Contoh")]))
    assert quote_agreements(corpus, range(2)) == []
    assert "_char" not in corpus.__dict__, "nothing was vectorised"
    corpus = build_corpus(_story([report("a", "Warta Contoh"), report("b", "Kabar Lain")]))
    [found] = quote_agreements(corpus, range(2))
    assert {it.article for it in found.items} == {"a", "b"}
