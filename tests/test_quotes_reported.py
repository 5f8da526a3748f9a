"""Reported statements (``direct=False``): the patterns found while annotating reported-dev.tsv."""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.extract.quotes import extract_quotes
from kliping.ingest import clean
from kliping.model import Article


def _reported(text: str) -> list[tuple[str, str | None]]:
    doc = clean(Article(id="t", input="t", text=text, published="2024-05-02"))
    return [(q.text, q.speaker_name) for q in extract_quotes(doc, extract_mentions(doc)) if not q.direct]


def test_menyebut_takes_a_clause():
    got = _reported("Rina Wulandari menyebut stok beras di gudang cukup sampai Lebaran.")
    assert got == [("stok beras di gudang cukup sampai Lebaran", "Rina Wulandari")]


def test_mengaku_and_memastikan_report_content():
    got = _reported("Budi Santoso mengaku tidak pernah menerima uang dari kontraktor jalan itu. "
                    "Camat Ahmad Fauzi memastikan jembatan darurat selesai pekan depan.")
    assert ("tidak pernah menerima uang dari kontraktor jalan itu", "Budi Santoso") in got
    assert ("jembatan darurat selesai pekan depan", "Ahmad Fauzi") in got


def test_attribution_between_commas_keeps_the_whole_sentence():
    got = _reported("Harga cabai, kata Dewi Lestari, naik dua kali lipat sejak awal bulan.")
    assert got == [("Harga cabai naik dua kali lipat sejak awal bulan", "Dewi Lestari")]


def test_attribution_after_a_connector_starts_the_content():
    got = _reported("Gubernur Andi Wirawan meninjau pasar. Namun, kata Andi, pasokan bawang dari Brebes tersendat.")
    assert got == [("pasokan bawang dari Brebes tersendat", "Andi")]


def test_menurutnya_without_comma():
    got = _reported("Menteri Sosial Tri Handayani meninjau dapur umum. "
                    "Menurutnya bantuan tahap kedua sudah dikirim ke desa.")
    assert got == [("bantuan tahap kedua sudah dikirim ke desa", "Tri Handayani")]


def test_topic_object_is_not_a_statement():
    assert _reported("Menteri Agama Yusuf Hamdan menjelaskan alasan perubahan jadwal keberangkatan jemaah.") == []
    assert _reported("Bupati Sri Rahayu menekankan pentingnya kebersihan dapur sekolah.") == []


def test_document_subject_is_not_a_speaker():
    assert _reported("Pernyataan tersebut menegaskan perlunya kesiapan jemaah sejak dari daerah.") == []


def test_subordinate_verb_does_not_take_the_subject():
    got = _reported("Selain menjelaskan soal anggaran, Prabowo juga menyampaikan bahwa biaya haji turun tahun ini.")
    assert got == [("biaya haji turun tahun ini", "Prabowo")]


def test_dateline_is_not_the_subject():
    got = _reported("SEMARANG, KOMPAS.com – Dirut PT Sinar Jaya Hendra Gunawan mengatakan, "
                    "pabrik baru mulai beroperasi Juli.")
    assert got == [("pabrik baru mulai beroperasi Juli", "Hendra Gunawan")]


def test_name_before_an_appositive_role_is_the_speaker():
    got = _reported("Laila Anwar, Menteri Energi Malaysia mengatakan produksi gas akan dinaikkan tahun depan.")
    assert got == [("produksi gas akan dinaikkan tahun depan", "Laila Anwar")]


def test_reported_span_starts_at_the_content():
    from kliping.extract.quotes import extract_quote_spans

    text = "Menurut Rudi Hartono, jalan tol itu dibuka untuk mudik."
    doc = clean(Article(id="t", input="t", text=text, published="2024-05-02"))
    spans = [(q, a, b) for q, a, b in extract_quote_spans(doc) if not q.direct]
    assert [doc.text[a:b] for _q, a, b in spans] == ["jalan tol itu dibuka untuk mudik"]
