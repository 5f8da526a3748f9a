"""clean: normalisation, audited boilerplate removal, and metadata read from the text or HTML."""

from __future__ import annotations

import hashlib

import pytest

from kliping.ingest import clean
from kliping.ingest.decode import normalize_text
from kliping.ingest.metadata import (
    TITLE_MAX_WORDS,
    canonical_outlet,
    dates_in,
    fallback_title,
    find_dateline,
    infer_published,
)
from kliping.model import Article, ArticleError

# Our own invented Indonesian news text, laid out like a scraped page.
HALAMAN = """Banjir Rendam Tiga Kelurahan di Bekasi, Ratusan Warga Mengungsi
Reporter: Sari Wulandari | Editor: Agus Pranoto
BEKASI, KOMPAS.com - Hujan deras sejak Senin (4/3/2024) malam membuat Kali Bekasi meluap dan merendam rumah warga di tiga kelurahan.
Foto: Warga mengevakuasi barang dengan perahu karet di Bekasi.
Kepala BPBD Kota Bekasi mengatakan tim gabungan sudah mendirikan dua posko pengungsian sejak Selasa pagi.
Baca juga: Jalan Tol Cikampek Tersendat Akibat Genangan
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
"Kami masih mendata jumlah warga yang mengungsi," ujarnya kepada wartawan, Selasa (5/3/2024).
Petugas juga membagikan makanan siap saji dan selimut. Warga mengirim foto genangan ke posko agar petugas tahu lokasi yang perlu dijangkau.
Simak berita lainnya di Google News
Penulis: Sari Wulandari"""


def _doc(text: str, **kw: object) -> object:
    return clean(Article(id="t", input="mem.txt", text=text, **kw))


def test_boilerplate_removed_with_audit_and_content_kept() -> None:
    doc = clean(Article(id="b1", input="b1.txt", text=HALAMAN))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons == {
        "Banjir Rendam Tiga Kelurahan di Bekasi, Ratusan Warga Mengungsi": "title",
        "Reporter: Sari Wulandari | Editor: Agus Pranoto": "byline",
        "Foto: Warga mengevakuasi barang dengan perahu karet di Bekasi.": "caption",
        "Baca juga: Jalan Tol Cikampek Tersendat Akibat Genangan": "baca_juga",
        "ADVERTISEMENT": "advertisement",
        "SCROLL TO CONTINUE WITH CONTENT": "scroll_prompt",
        "Simak berita lainnya di Google News": "promo",
        "Penulis: Sari Wulandari": "byline",
    }
    lines = doc.text.split("\n")
    assert len(lines) == 4
    assert lines[0].startswith("BEKASI, KOMPAS.com - Hujan deras")  # dateline stays in the body
    assert "mengirim foto genangan" in doc.text  # a sentence mentioning "foto" is content
    assert doc.title == "Banjir Rendam Tiga Kelurahan di Bekasi, Ratusan Warga Mengungsi"
    assert doc.source == "Kompas.com" and doc.dateline == "Bekasi"
    assert doc.published == "2024-03-05" and doc.published_inferred is True
    assert doc.language == "id"
    assert doc.content_hash == hashlib.sha256(doc.text.encode()).hexdigest()
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_given_metadata_wins_and_source_is_normalised() -> None:
    doc = _doc(HALAMAN, title="Judul dari Manifest", source="kontan.co.id", published="2024-03-06",
               language="ms", url="https://example.org/a")
    assert doc.title == "Judul dari Manifest"
    assert doc.source == "Kontan"
    assert doc.published == "2024-03-06" and doc.published_inferred is False
    assert doc.language == "ms" and doc.url == "https://example.org/a"
    # With a given title only lines repeating it are removed; a different first line is kept.
    assert doc.text.startswith("Banjir Rendam Tiga Kelurahan")


def test_unknown_source_is_kept_as_given() -> None:
    assert _doc(HALAMAN, source="Warta Desa Online").source == "Warta Desa Online"


def test_idn_style_page_title_caption_subheadings_and_author_box() -> None:
    judul = "Nelayan Natuna Keluhkan Kapal Asing Masuk Perairan"
    text = "\n\n".join([
        judul,
        "Patroli laut ditambah menjelang akhir tahun",
        "Natuna, IDN Times - Sejumlah nelayan di Natuna melaporkan kapal ikan asing yang kembali terlihat di dekat pulau terluar pada Kamis (7/12/2023).",
        "Mereka meminta aparat menambah patroli karena hasil tangkapan turun hampir separuh dalam sebulan terakhir.",
        "BACA JUGA: Harga Ikan Tongkol Naik di Pasar Tanjungpinang",
        "1. Nelayan merekam kapal asing dengan ponsel",
        judul + "ilustrasi kapal nelayan (Pixabay.com/Pengguna)",
        "Rekaman itu kemudian dikirim ke kantor pangkalan angkatan laut terdekat sebagai bukti awal pelanggaran.",
        "2. Patroli laut ditambah menjelang akhir tahun",
        "Komandan pangkalan berjanji mengirim dua kapal patroli tambahan sebelum pergantian tahun.",
        "Budi Santoso Photo Verified Writer Budi Santoso",
        "IDN Times Community adalah media yang menyediakan platform untuk menulis.",
        "Topik:",
        "Berita Terkini Lainnya",
    ])
    doc = _doc(text)
    got = [(r.reason, r.text[:30]) for r in doc.removed]
    assert got == [
        ("title", judul[:30]),
        ("subheading", "Patroli laut ditambah menjelan"),
        ("baca_juga", "BACA JUGA: Harga Ikan Tongkol "),
        ("subheading", "1. Nelayan merekam kapal asing"),
        ("caption", judul[:30]),
        ("subheading", "2. Patroli laut ditambah menje"),
        ("author_box", "Budi Santoso Photo Verified Wr"),
        ("author_box", "IDN Times Community adalah med"),
        ("author_box", "Topik:"),
        ("author_box", "Berita Terkini Lainnya"),
    ]
    assert doc.text.count("\n") == 3
    assert doc.source == "IDN Times" and doc.dateline == "Natuna"
    assert doc.published == "2023-12-07"


def test_numbered_list_items_are_content_not_subheadings() -> None:
    text = (
        "Kejaksaan menyita sejumlah aset dari rumah tersangka korupsi pengadaan alat tulis kantor.\n"
        "Barang yang disita antara lain:\n"
        "1. Dua mobil senilai Rp 800 juta\n"
        "2. Emas batangan seberat 300 gram\n"
        "3. Uang tunai Rp 150 juta\n"
        "Penyidik masih menelusuri aliran dana ke rekening keluarga tersangka."
    )
    doc = _doc(text)
    assert doc.removed == []
    assert "2. Emas batangan seberat 300 gram" in doc.text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "(Foto: dok. Humas Pemkot)",
        "Sumber foto: Istimewa",
        "Warga antre minyak goreng di pasar, Rabu (6/3/2024). ANTARA FOTO/Fulan Fulani/abc",
        "Petugas memeriksa kontainer di pelabuhan. REUTERS/Fulan Bin Fulan",
        "ilustrasi uang rupiah (Unsplash.com/Pengguna)",
    ],
)
def test_caption_lines_removed(line: str) -> None:
    body = "Pemerintah daerah menyiapkan anggaran darurat untuk menangani dampak cuaca ekstrem bulan ini."
    doc = _doc(body + "\n" + line + "\n" + body.replace("bulan ini", "pekan depan"))
    assert [r.reason for r in doc.removed] == ["caption"]


@pytest.mark.parametrize(
    "line",
    [
        "Polisi menyita foto dan dokumen dari rumah pelaku pada Selasa malam.",
        "Video amatir warga memperlihatkan air setinggi pinggang orang dewasa.",
        "Editor senior itu mengatakan redaksinya tidak menerima tekanan dari pihak mana pun.",
        "Baca pula laporan lengkapnya dalam dokumen yang dirilis kementerian hari ini.",
        # a story line may start with a promo's words; past the promo's length cap it is content
        ("Simak selengkapnya: pemerintah kabupaten menaikkan tarif air bersih sebesar 12 persen mulai bulan "
         "depan karena biaya listrik untuk pompa naik dua kali lipat sejak awal tahun."),
        ("Tonton juga pertunjukan barong di halaman kantor bupati, ajak panitia, sebab sanggar dari lima "
         "kecamatan tampil bergiliran sejak sore hingga tengah malam dan seluruh penonton tidak dipungut "
         "biaya apa pun, termasuk pelajar."),
        # short story lines opening with a promo's words: no pointer follows them
        "Simak selengkapnya aturan baru itu sebelum mendaftar, pesan kepala desa kepada warga.",
        "Tonton juga pertunjukan barong di alun-alun malam ini, ajak panitia.",
        # a wish with its own subject or in a quote, and a link inside a sentence, are story
        "Semoga bantuan ini bermanfaat bagi warga yang rumahnya terendam.",
        "\"Semoga bermanfaat bagi petani di desa kami,\" kata kepala desa.",
        "Pendaftaran dibuka di laman www.contoh.go.id mulai pekan depan.",
        "Skor akhir 3-1 untuk tuan rumah.",
        # a programme that is not the outlet's broadcast, and a name with its role after a space
        "Revisi undang-undang itu akan dibahas dalam program legislasi nasional tahun depan.",
        "Budi Santoso. Ketua RT itu menambahkan warganya sudah melapor sejak pagi.",
    ],
)
def test_content_lines_with_boilerplate_words_stay(line: str) -> None:
    body = "Pemerintah daerah menyiapkan anggaran darurat untuk menangani dampak cuaca ekstrem bulan ini."
    doc = _doc(body + "\n" + line)
    assert doc.removed == []
    assert line in doc.text


def test_detik_style_promos_removed() -> None:
    body = "Harga beras medium di pasar induk turun tipis setelah pasokan dari Jawa Tengah bertambah."
    promos = [
        "Simak juga Video: Pedagang Beras Mengeluh Sepi Pembeli",
        "Tonton juga video \"Operasi Pasar di Jakarta Timur\" di sini:",
        "Saksikan Live Detikpagi :",
        "SCROLL TO RESUME CONTENT",
        "Tonton juga \"Gubernur Tinjau Gudang Bulog di Semarang\" di sini:",
        "Simak selengkapnya di halaman berikutnya.",
        "Yuk simak selengkapnya!",
    ]
    doc = _doc("\n".join([body, *promos, body]))
    assert [r.text for r in doc.removed] == promos
    assert doc.source is None  # no outlet evidence in the text


def test_outlet_promos_translation_links_and_columnist_boxes_removed() -> None:
    body = "Harga beras medium di pasar induk turun tipis setelah pasokan dari Jawa Tengah bertambah."
    lines = [
        ("Baca beritanya dalambahasa Inggris", "promo"),
        ("Saksikan selengkapnya di sini.", "promo"),
        ("Soal harga beras ini akan dikupas tuntas dalam programdetikSore edisi Kamis (6/11/2025).", "promo"),
        ("detikcom bersama Badan Pangan menghadirkan program khusus tentang ketahanan pangan daerah.",
         "sponsored"),
        ("Ratna Dewi.Dosen Ilmu Ekonomi Pertanian di sebuah universitas negeri di Bogor.", "byline"),
    ]
    doc = _doc("\n".join([body, body, *(x for x, _ in lines)]))
    assert [(r.text, r.reason) for r in doc.removed] == lines
    assert doc.text.count("Harga beras medium") == 2


def test_page_tail_furniture_removed_with_its_reason() -> None:
    body = "Harga beras medium di pasar induk turun tipis setelah pasokan dari Jawa Tengah bertambah."
    tail = [
        ("Saksikan pembahasan lengkapnya hanya di program Kabar Pagi edisi Senin (3/11/2025).", "promo"),
        ("Nikmati siaran langsung Kabar Pagi setiap hari kerja mulai jam tujuh lewat live streaming.",
         "promo"),
        ("Penonton juga bisa mengirim pertanyaan lewat kolom live chat.", "promo"),
        ("Semoga membantu ya, detikers!", "sign_off"),
        ("---", "separator"),
        ("Artikel ini ditulis oleh Rina Wulan, peserta magang di redaksi.", "byline"),
        ("Artikel ini telah tayang di Kabarharian.com dengan judul \"Beras Turun\".", "syndication"),
        ("Instagram: https://www.instagram.com/contoh_id", "link"),
    ]
    doc = _doc("\n".join([body, body.replace("medium", "premium"), *(t for t, _ in tail)]))
    assert [(r.text, r.reason) for r in doc.removed] == tail
    assert doc.text.endswith("bertambah.")


def test_furniture_glued_to_the_last_paragraph_is_cut_and_the_story_sentence_kept() -> None:
    body = "Harga beras medium di pasar induk turun tipis setelah pasokan dari Jawa Tengah bertambah."
    last = ("Program subsidi itu dirancang bagi keluarga miskin. Saksikan pembahasan lengkapnya hanya di "
            "program Kabar Pagi edisi Kamis (12/6/2025). Tidak hanya menonton, pemirsa bisa bertanya lewat "
            "kolom live chat.")
    doc = _doc("\n".join([body, body.replace("medium", "premium"), last]))
    assert doc.text.endswith("dirancang bagi keluarga miskin.")
    assert [r.reason for r in doc.removed] == ["promo"]
    assert doc.removed[0].text.startswith("Saksikan pembahasan") and doc.removed[0].text.endswith("live chat.")
    # a paragraph made only of furniture sentences goes whole
    promo = ("Saksikan ulasan lengkapnya di program Kabar Pagi edisi Jumat (13/6/2025). Nikmati Kabar Pagi "
             "tiap pagi lewat live streaming di kanal kami.")
    doc = _doc("\n".join([body, last.split(". ")[0] + ".", promo]))
    assert [(r.text, r.reason) for r in doc.removed] == [(promo, "promo")]
    # a closing wish in a quote is story
    line = "Warga menyambut bantuan itu. \"Semoga bermanfaat bagi anak-anak kami,\" kata Sri."
    kept = _doc("\n".join([body, line]))
    assert kept.removed == [] and kept.text.endswith(line)


def test_normalisation() -> None:
    raw = "Harga\u00a0cabai\u200b naik.\r\n\r\n\r\nPedagang  mengeluh\u2009lagi.\u00ad"
    assert normalize_text(raw) == "Harga cabai naik.\nPedagang mengeluh lagi."
    assert normalize_text("Cafe\u0301 baru dibuka.") == "Café baru dibuka."


def test_paragraphs_are_single_newline_separated() -> None:
    doc = _doc("Paragraf pertama tentang harga pangan.\n\n\nParagraf kedua tentang pasokan beras.")
    assert doc.text == "Paragraf pertama tentang harga pangan.\nParagraf kedua tentang pasokan beras."
    assert [s.paragraph for s in doc.sentences] == [0, 1]


def test_no_usable_text_raises_article_error() -> None:
    with pytest.raises(ArticleError):
        _doc("Baca Juga: Sesuatu yang Lain\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT")
    with pytest.raises(ArticleError):
        clean(Article(id="h", input="h.html", html="<html><body><script>x()</script></body></html>"))


HTML = """<html><head><title>Gempa Guncang Cianjur - Berita Nusantara</title>
<meta property="og:title" content="Gempa Magnitudo 5 Guncang Cianjur, Warga Berhamburan">
<meta property="og:site_name" content="Kompas.com">
<meta property="article:published_time" content="2024-05-01T09:30:00+07:00">
<link rel="canonical" href="https://regional.kompas.com/read/gempa-cianjur"></head>
<body><nav><a href="/">Beranda</a><a href="/n">Nasional</a></nav>
<article><h1>Gempa Magnitudo 5 Guncang Cianjur, Warga Berhamburan</h1>
<p>CIANJUR, KOMPAS.com - Gempa bermagnitudo 5 mengguncang Kabupaten Cianjur pada Rabu pagi dan membuat warga berlarian keluar rumah.</p>
<p>Baca juga: Sekolah di Sukabumi Diliburkan Sementara</p>
<p>Badan Meteorologi menyatakan pusat gempa berada di darat dengan kedalaman sepuluh kilometer.</p>
<p>Petugas masih memeriksa kerusakan bangunan di empat kecamatan yang paling dekat dengan pusat gempa.</p>
</article><footer>Hak cipta dilindungi</footer></body></html>"""


def test_html_main_text_and_page_metadata() -> None:
    doc = clean(Article(id="g", input="g.html", html=HTML))
    assert doc.text.split("\n")[0].startswith("CIANJUR, KOMPAS.com - Gempa")
    assert "Beranda" not in doc.text and "Hak cipta" not in doc.text
    assert "Baca juga" not in doc.text
    assert doc.title == "Gempa Magnitudo 5 Guncang Cianjur, Warga Berhamburan"
    assert ("title", "Gempa Magnitudo 5 Guncang Cianjur, Warga Berhamburan") in [(r.reason, r.text) for r in doc.removed]
    assert doc.source == "Kompas.com" and doc.dateline == "Cianjur"
    assert doc.url == "https://regional.kompas.com/read/gempa-cianjur"
    assert doc.published == "2024-05-01T09:30:00+07:00" and doc.published_inferred is False


@pytest.mark.parametrize(
    ("head", "city", "outlet"),
    [
        ("KONTAN.CO.ID - MOSKOW. Delegasi tiba", "Moskow", "Kontan"),
        ("Jakarta, IDN Times - Menteri berkata", "Jakarta", "IDN Times"),
        ("JAKARTA, KOMPAS.com - Harga naik", "Jakarta", "Kompas.com"),
        ("Liputan6.com, Jakarta - Pemerintah memutuskan", "Jakarta", "Liputan6.com"),
        ("TEMPO.CO, Jakarta - Presiden meminta", "Jakarta", "Tempo"),
        ("Jakarta, CNN Indonesia -- Polisi menangkap", "Jakarta", "CNN Indonesia"),
        ("Surabaya (ANTARA) - Warga kota", "Surabaya", "Antara"),
        ("Jakarta - Pemerintah pusat", "Jakarta", None),
        ("Makassar, Warta Timur - Nelayan", "Makassar", "Warta Timur"),
        # typesetting left a space after the dot of the outlet's domain
        ("MEDAN, KOMPAS. com - Harga cabai", "Medan", "Kompas.com"),
    ],
)
def test_dateline_forms(head: str, city: str, outlet: str | None) -> None:
    d = find_dateline(head)
    assert d is not None and (d.city, d.outlet) == (city, outlet)


def test_no_dateline_in_plain_sentence() -> None:
    assert find_dateline("Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah.") is None
    assert find_dateline("Jakarta, Senin - Harga emas") is None


def test_outlet_from_in_text_self_reference() -> None:
    doc = _doc("Harga tiket kereta naik menjelang libur panjang. \"Kami sesuaikan tarif,\" kata juru bicara kepada detikcom, Senin (2/9/2024).")
    assert doc.source == "detikcom"
    doc = _doc("Harga tiket kereta naik menjelang libur panjang, seperti dikutip dari Antara. Penumpang diminta membeli lebih awal.")
    assert doc.source is None  # a cited outlet is not the reporting outlet


def test_canonical_outlet_lookup() -> None:
    assert canonical_outlet("kontan.co.id") == "Kontan"
    assert canonical_outlet("https://finance.detik.com/berita/d-1") == "detikcom"
    assert canonical_outlet("www.idntimes.com") == "IDN Times"
    assert canonical_outlet("Koran Kampung") is None


def test_date_inference_takes_latest_absolute_date_of_first_paragraphs() -> None:
    paras = [
        "Rapat digelar Senin (11/9/2023) dan dilanjutkan Selasa (12/9/2023) di gedung parlemen.",
        "Keputusan akhir diumumkan pada 14 September 2023 oleh ketua panitia.",
        "Rapat serupa pernah digelar pada 3 Januari 2022.",
        "Paragraf keempat menyebut 1 Desember 2030 tetapi terlalu jauh dari awal.",
    ]
    assert infer_published(paras) == "2023-09-14"
    assert dates_in("pada (31/2/2023) dan (5/3)") == []  # invalid date and year-less date ignored
    doc = _doc("\n".join(paras))
    assert doc.published == "2023-09-14" and doc.published_inferred
    assert _doc("Tanpa tanggal apa pun dalam berita pendek ini.").published is None


# --------------------------------------------------------------------------- fallback title (QA issue 20)


def test_fallback_title_drops_dateline_and_date_bracket_and_is_short() -> None:
    lede = ("WARTA.ID - SURABAYA. Menteri Perhubungan meninjau Pelabuhan Tanjung Perak pada Rabu (6/3/2024) "
            "untuk memastikan arus mudik berjalan lancar bagi ribuan penumpang kapal.")
    title = fallback_title(lede)
    assert title == "Menteri Perhubungan meninjau Pelabuhan Tanjung Perak pada Rabu untuk memastikan arus mudik…"
    assert len(title.rstrip("…").split()) <= TITLE_MAX_WORDS


def test_fallback_title_of_short_lede_is_the_lede_without_dateline() -> None:
    assert fallback_title("BEKASI, KOMPAS.com - Kali Bekasi meluap pada Senin malam.") == "Kali Bekasi meluap pada Senin malam"


def test_fallback_title_cut_does_not_end_on_a_preposition() -> None:
    # the twelfth word is ``di``: the cut moves back to the word before it
    lede = ("Ribuan buruh pabrik sepatu berunjuk rasa menuntut kenaikan upah minimum kota di depan kantor "
            "bupati hingga sore hari.")
    assert fallback_title(lede) == "Ribuan buruh pabrik sepatu berunjuk rasa menuntut kenaikan upah minimum kota…"


def test_a_promo_line_wrapped_in_quote_marks_is_still_a_promo() -> None:
    body = "Pemerintah kota menambah armada bus sekolah untuk tiga kecamatan di pinggiran kota mulai pekan depan."
    promos = ["'Lihat juga Video: Bus Sekolah Gratis Mulai Beroperasi di Sukamaju'",
              "“Baca juga: Tarif Angkot Sukamaju Naik Seribu Rupiah”"]
    quotes = ["\"Kami ingin anak-anak tidak terlambat lagi ke sekolah.\"",
              "'Lihatlah jalanan kota kita pagi ini,' kata wali kota kepada wartawan."]
    doc = _doc("\n".join([body, *promos, *quotes]))
    assert [r.text for r in doc.removed] == promos
    assert all(q in doc.text for q in quotes), "a quote of the story is no promo"
