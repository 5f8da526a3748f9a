"""QA5 cleaning fixes: closing programme promos, page-break pointers, outlet-first datelines.

All article text here is invented Indonesian news text written for these tests.
"""

from __future__ import annotations

from kliping.ingest import clean
from kliping.ingest.metadata import find_dateline
from kliping.model import Article


def _doc(text: str, **kw: object) -> object:
    return clean(Article(id="t", input="mem.txt", text=text, **kw))


STORY = [
    "Surabaya - Pemerintah kota menambah dua puluh armada bus sekolah mulai pekan depan.",
    "Kepala dinas perhubungan mengatakan bus baru itu akan melayani rute pinggiran kota.",
    '"Anak-anak di pinggiran kota paling sering terlambat karena angkutan jarang," kata dia, Rabu (5/6/2024).',
]


def test_closing_programme_promo_with_teaser_and_blurb_is_removed() -> None:
    tail = [
        "Bagaimana nasib sopir angkot setelah bus sekolah beroperasi? Ikuti diskusinya dalam Bincang Kota.",
        "Siapa pemilik gudang yang terbakar semalam? Ikuti laporan langsung jurnalis kami selengkapnya.",
        "Sore nanti, detikSore akan membahas lebih jauh rencana kenaikan tarif parkir di pusat kota.",
        '"Tarif baru berlaku bulan depan," ujar pejabat dinas dalam pengumuman sebelumnya.',
    ]
    doc = _doc("\n".join(STORY + tail))
    assert doc.text.splitlines() == STORY
    cut = [r for r in doc.removed if r.reason == "promo"]
    assert [r.text for r in cut] == tail


def test_promo_starting_inside_a_story_paragraph_keeps_the_story_sentences() -> None:
    last = ("Wali kota berharap jumlah siswa yang terlambat turun tahun ini. "
            "Apa saja tantangannya? Ikuti ulasannya dalam Sorotan Pagi bersama pengamat transportasi.")
    doc = _doc("\n".join([*STORY, last]))
    assert doc.text.splitlines()[-1] == "Wali kota berharap jumlah siswa yang terlambat turun tahun ini."
    assert any(r.reason == "promo" and r.text.startswith("Apa saja tantangannya?") for r in doc.removed)


def test_melihat_kembali_programme_line_and_page_break_pointer_are_removed() -> None:
    text = "\n".join([STORY[0], "Baca selengkapnya di halaman berikutnya....", *STORY[1:],
                      "Melihat Kembali detikSore on Location Kota Tanpa Macet:"])
    doc = _doc(text)
    assert doc.text.splitlines() == STORY
    assert {r.reason for r in doc.removed} == {"promo"}


def test_invitation_to_the_article_own_list_or_mid_article_is_story() -> None:
    # "Ikuti langkah berikut" points at the article's own list; an invitation followed by more
    # than a few paragraphs is not the page's closing promo; a quote is the speaker's words.
    own_list = ["Ikuti ulasan berikut untuk mendaftar bus sekolah:", "1. Isi formulir di kelurahan.",
                "2. Serahkan kartu pelajar."]
    doc = _doc("\n".join(STORY + own_list))
    assert doc.text.splitlines() == STORY + own_list
    middle = ["Ikuti perkembangan rute baru ini di papan pengumuman sekolah."] + [
        f"Rute ke-{n} melewati pasar dan terminal lama kota itu." for n in range(1, 8)]
    doc = _doc("\n".join(STORY + middle))
    assert doc.text.splitlines() == STORY + middle
    quoted = '"Ikuti laporan petugas di lapangan sebelum berangkat," kata kepala dinas itu.'
    doc = _doc("\n".join([*STORY, quoted]))
    assert doc.text.splitlines()[-1] == quoted


def test_outlet_first_dateline_gives_the_place_not_the_outlet() -> None:
    text = "\n".join(["Kabar Pagi, Washington — Pemerintah Amerika Serikat mengumumkan sanksi baru.", *STORY[1:]])
    assert _doc(text, source="Kabar Pagi").dateline == "Washington"
    # Without the source: the known city is the place, the unknown name the outlet.
    dl = find_dateline("Kabar Pagi, Seoul — Korea Selatan menggelar latihan militer.")
    assert (dl.city, dl.outlet) == ("Seoul", "Kabar Pagi")
    # The usual place-first form is unchanged, and a town before its province stays the place.
    assert find_dateline("Jakarta, Kabar Pagi - Harga beras naik lagi.").city == "Jakarta"
    assert find_dateline("Cikampek, Jawa Barat - Jalan tol padat.").city == "Cikampek"
    assert _doc("\n".join(["Jakarta, IDN Times - Harga beras naik lagi pekan ini.", *STORY[1:]])).dateline == "Jakarta"


def test_space_lost_around_inline_markup_is_restored_where_safe() -> None:
    from kliping.ingest.glue import unglue

    assert unglue("Dikutip daridetikFinance, harga cabai naik.") == "Dikutip dari detikFinance, harga cabai naik."
    assert unglue("PantauandetikJatengdi lokasi, antrean mengular.") == "Pantauan detikJateng di lokasi, antrean mengular."
    assert unglue("Ikuti siaran hangatdetikcomdalam sehari.") == "Ikuti siaran hangat detikcom dalam sehari."
    assert unglue("KemudianGolden Visa diberikan.") == "Kemudian Golden Visa diberikan."
    assert unglue("dosen BiologiIPB University") == "dosen Biologi IPB University"
    assert unglue("penerapanGolden Visa dan bukuHerbal") == "penerapan Golden Visa dan buku Herbal"


def test_real_camel_case_names_are_never_split() -> None:
    from kliping.ingest.glue import unglue

    names = ("McDonald iPhone PlayStation YouTube detikcom detikNews KemenPPPA DKI NasDem TikTok "
             "WhatsApp BeritaSatu InsyaAllah KontraS LinkedIn GoPay www.detik.com/berita @budiSantoso")
    assert unglue(names) == names


def test_cleaned_text_with_restored_spaces_still_maps_to_raw_offsets() -> None:
    from kliping.eval.align import RawAligner

    raw = "Jakarta - Harga beras naik lagi.\nPantauandetikcom di pasar, pedagang mengeluh sepi pembeli."
    doc = _doc(raw)
    assert doc.sentences[1].text.startswith("Pantauan detikcom di pasar")
    align = RawAligner(raw, doc)
    s = doc.sentences[1].text
    a = s.index("detikcom")
    assert align.raw_span(1, a, a + len("detikcom")) == (raw.index("detikcom"), raw.index("detikcom") + 8)
    b = s.index("pedagang")
    assert align.raw_span(1, 0, b + len("pedagang")) == (raw.index("Pantauan"), raw.index("pedagang") + 8)
