"""Crossheads inside an article body and lists flattened into one line.

A crosshead ("Polisi membantah") is a heading of the report's next section, not a sentence of it:
left in, it becomes a claim, a summary line or a quote's context. It is removed from the body with
reason ``subheading`` (audited in ``Document.removed``), so sentence offsets stay those of the body
text. A list whose line breaks were lost gets its items back as separate lines. All text invented.
"""

from __future__ import annotations

from kliping.extract import extract
from kliping.ingest import clean
from kliping.ingest.clean import split_list_items
from kliping.model import Article, Document

HTML_PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Gudang Beras Bulog di Pelabuhan Terbakar | Warta Kota Pelabuhan</title>
<meta property="og:title" content="Gudang Beras Bulog di Pelabuhan Terbakar">
<meta property="article:published_time" content="2024-02-08T10:00:00+07:00">
</head><body><article>
<h1>Gudang Beras Bulog di Pelabuhan Terbakar</h1>
<p>SEMARANG - Sebuah gudang beras milik Bulog di kawasan pelabuhan Semarang terbakar pada Rabu (7/2/2024) malam. Petugas pemadam membutuhkan empat jam untuk menjinakkan api yang melalap atap gudang.</p>
<p>Kepala Dinas Pemadam Kebakaran Kota Semarang, Hendra Saputra, mengatakan sekitar 300 ton beras ikut hangus. Menurut dia, api diduga berasal dari korsleting pada panel listrik di sisi timur gudang.</p>
<p>&ldquo;Kami masih menunggu hasil pemeriksaan laboratorium forensik,&rdquo; kata Hendra kepada wartawan.</p>
<h2>Pengelola gudang membantah lalai</h2>
<p>Pihak pengelola gudang menyatakan seluruh instalasi listrik sudah diperiksa bulan lalu dan dinyatakan layak oleh petugas. Mereka juga menyebut alat pemadam ringan di dalam gudang masih berfungsi saat kebakaran terjadi.</p>
<h2>Apakah Stok Beras Kota Aman?</h2>
<p>Pemerintah kota memastikan stok beras untuk warga tetap cukup hingga panen raya bulan depan. Cadangan di gudang lain masih mencapai sekitar 2.000 ton dan bisa disalurkan kapan saja.</p>
</article></body></html>"""


def _html_doc() -> Document:
    return clean(Article(id="h", input="mem.html", html=HTML_PAGE))


def _text_doc(text: str) -> Document:
    return clean(Article(id="t", input="mem.txt", text=text, title="Judul Berita yang Diberikan Masukan"))


def _offsets_hold(doc: Document) -> None:
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text


def test_html_crossheads_leave_the_sentences_with_an_audit() -> None:
    doc = _html_doc()
    texts = [s.text for s in doc.sentences]
    assert "Pengelola gudang membantah lalai" not in texts
    assert "Apakah Stok Beras Kota Aman?" not in texts  # a question heading is still a heading
    heads = [r.text for r in doc.removed if r.reason == "subheading"]
    assert heads == ["Pengelola gudang membantah lalai", "Apakah Stok Beras Kota Aman?"]
    assert any(t.startswith("Pihak pengelola gudang menyatakan") for t in texts)
    _offsets_hold(doc)


def test_html_crosshead_yields_no_claim_and_the_denial_keeps_its_own_sentence() -> None:
    doc = _html_doc()
    ev = extract(doc)
    for c in ev.claims:
        assert doc.sentences[c.sentence].text != "Pengelola gudang membantah lalai"
        assert "Kami masih menunggu" not in c.text  # the quote before the heading is no denial
    for q in ev.quotes:
        assert "membantah lalai" not in q.text
    # Every citation still resolves: each evidence sentence index points into the body.
    assert all(0 <= x.sentence < len(doc.sentences) for x in [*ev.claims, *ev.quotes, *ev.quantities])


def test_html_heading_that_is_a_full_sentence_or_opens_the_body_stays() -> None:
    page = HTML_PAGE.replace(
        "<h2>Pengelola gudang membantah lalai</h2>",
        "<h2>Pengelola gudang menyatakan instalasi listrik sudah diperiksa sebelum kebakaran.</h2>",
    ).replace(
        "<p>SEMARANG - ", "<h2>Ratusan ton beras hangus dalam kebakaran semalam</h2><p>SEMARANG - ",
    )
    doc = clean(Article(id="h2", input="mem.html", html=page))
    texts = [s.text for s in doc.sentences]
    assert "Pengelola gudang menyatakan instalasi listrik sudah diperiksa sebelum kebakaran." in texts
    assert "Ratusan ton beras hangus dalam kebakaran semalam" in texts  # a deck before the lede


PLAIN = """SURABAYA - Dinas Perhubungan Kota Surabaya menutup sementara Jembatan Kedung Cowek sejak Senin (4/3/2024) karena retakan pada tiang penyangga.
Kepala Dinas Perhubungan, Rina Marlina, mengatakan penutupan berlaku sampai hasil uji beban keluar.
Pengalihan Arus Lalu Lintas
Kendaraan dari arah utara dialihkan melewati Jalan Kenjeran dan Jalan Tambak Wedi selama penutupan berlangsung.
Polisi menempatkan petugas di empat persimpangan untuk mengatur arus kendaraan pada jam sibuk.
Warga diminta bersabar
"Kami minta pengguna jalan memakai rute lain dan tidak memaksa melintas," kata Rina, Selasa (5/3/2024).
Berikut daftar ruas jalan yang dialihkan
Jalan Kenjeran, Jalan Tambak Wedi, dan Jalan Sukolilo Lor menjadi jalur utama selama penutupan jembatan.
Rute alternatif bagi pengendara:
Jalan Kenjeran arah selatan
Jalan Tambak Wedi arah barat
Petugas akan mengevaluasi kepadatan di ruas alternatif itu setiap sore dan melaporkannya ke wali kota."""


def test_plain_text_crossheads_go_title_case_and_sentence_case() -> None:
    doc = _text_doc(PLAIN)
    texts = [s.text for s in doc.sentences]
    heads = [r.text for r in doc.removed if r.reason == "subheading"]
    assert heads == ["Pengalihan Arus Lalu Lintas", "Warga diminta bersabar"]
    assert "Pengalihan Arus Lalu Lintas" not in texts and "Warga diminta bersabar" not in texts
    _offsets_hold(doc)


def test_plain_text_lines_that_are_not_crossheads_stay() -> None:
    texts = [s.text for s in _text_doc(PLAIN).sentences]
    assert "Berikut daftar ruas jalan yang dialihkan" in texts  # the writer's lead-in sentence
    assert "Jalan Kenjeran arah selatan" in texts  # list items after a colon
    assert "Jalan Tambak Wedi arah barat" in texts


def _texts(*lines: str) -> list[str]:
    return [s.text for s in _text_doc("\n".join(lines)).sentences]


def test_plain_text_short_line_needs_a_finished_paragraph_before_and_prose_after() -> None:
    after_unfinished = _texts(
        "Petugas membuka posko pengaduan di balai kota sejak pagi hari untuk menampung keluhan warga",
        "Keluhan Warga Menumpuk",
        "Sebagian besar keluhan menyangkut antrean panjang di loket pembayaran pajak kendaraan bermotor.",
    )
    assert "Keluhan Warga Menumpuk" in after_unfinished  # the line before does not end a sentence
    before_short = _texts(
        "Petugas membuka posko pengaduan di balai kota sejak pagi hari untuk menampung keluhan warga.",
        "Keluhan Warga Menumpuk",
        "Antrean panjang",
    )
    assert "Keluhan Warga Menumpuk" in before_short  # nothing of prose follows


def test_plain_text_sentence_without_its_stop_is_not_a_crosshead_when_long() -> None:
    texts = _texts(
        "Pemerintah provinsi menyiapkan anggaran darurat untuk memperbaiki jembatan yang rusak parah.",
        "Perbaikan ditargetkan selesai sebelum musim hujan tiba pada akhir tahun ini menurut dinas",
        "Dinas pekerjaan umum sudah menunjuk kontraktor dan meminta pengerjaan dimulai pekan depan.",
    )
    assert any(t.startswith("Perbaikan ditargetkan selesai") for t in texts)


def _flood(middle: str) -> Document:
    """An invented flood report whose middle line is a list as a page flattened it."""
    return _text_doc("\n".join([
        "Banjir merendam sejumlah permukiman di Kecamatan Sukamaju setelah hujan deras sejak sore.",
        middle,
        "Petugas desa mendata kerugian warga dan menyiapkan dapur umum di balai desa sejak malam.",
    ]))


def _has_sentences(doc: Document, *expected: str) -> None:
    texts = [s.text for s in doc.sentences]
    for e in expected:
        assert e in texts
    _offsets_hold(doc)


def test_flattened_list_items_become_separate_sentences() -> None:
    doc = _flood("Di Desa Mekarsari, air masuk ke beberapa rumah:\n"
                 "Dusun Cempaka RT 02/01, rumah milik Darsih (1 KK, 3 jiwa) terendamDusun Cempaka RT 04/01, rumah "
                 "milik Wawan (2 KK, 5 jiwa) ikut terendamDusun Melati RT 01/03, rumah milik Iyah (1 KK, 2 jiwa) terendam.")
    _has_sentences(doc, "Dusun Cempaka RT 02/01, rumah milik Darsih (1 KK, 3 jiwa) terendam",
                   "Dusun Cempaka RT 04/01, rumah milik Wawan (2 KK, 5 jiwa) ikut terendam",
                   "Dusun Melati RT 01/03, rumah milik Iyah (1 KK, 2 jiwa) terendam.")


def test_glued_words_that_are_no_list_items_only_get_their_space() -> None:
    # A word glued by inline markup after a colon line: the right part is not the line's head word.
    assert split_list_items("Menurut data dariAntara, banjir surut.", "Keterangan:") == [
        "Menurut data dariAntara, banjir surut."]
    # One repeated head word without a colon before the line is not enough to call it a list.
    line = "Dusun Cempaka terendam air setinggi lutut, sementara warga dariDusun Melati mengungsi."
    assert split_list_items(line, "Warga bergotong royong.") == [line]
    doc = _text_doc("\n".join([
        "Data curah hujan dikutip dariAntara pada Selasa malam oleh petugas posko bencana setempat.",
        "Hujan deras diperkirakan masih turun hingga akhir pekan di wilayah selatan kabupaten.",
    ]))
    assert doc.sentences[0].text.startswith("Data curah hujan dikutip dari Antara")


def test_dash_bullets_run_into_their_introduction_become_separate_sentences() -> None:
    doc = _flood("Di Desa Mekarsari, air masuk ke beberapa rumah:- Dusun Cempaka RT 02/01, rumah milik Darsih "
                 "terendam- Dusun Melati RT 01/03, rumah milik Iyah (1 KK, 2 jiwa) terendam.")
    _has_sentences(doc, "Di Desa Mekarsari, air masuk ke beberapa rumah:",
                   "- Dusun Cempaka RT 02/01, rumah milik Darsih terendam",
                   "- Dusun Melati RT 01/03, rumah milik Iyah (1 KK, 2 jiwa) terendam.")


def test_dashes_that_open_no_list_stay_in_the_sentence() -> None:
    for line in (
        "Jakarta- Pemerintah kota menambah armada bus sekolah mulai pekan depan.",
        "Rapat dihadiri unsur BUMN- Swasta dan perwakilan warga - termasuk ketua RT - di balai kota.",
        "Bantuan diberikan kepada keluarga di desil 1- 4 sesuai data terbaru:- Beras 10 kilogram.",
    ):
        assert split_list_items(line) == [line]
