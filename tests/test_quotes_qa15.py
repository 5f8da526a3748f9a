"""Quotes from the fifteenth review: glued copies, a time phrase after the speaker, wire tails.

* A scraped copy of an article loses the space around a word its page set in italics or a link
  (``menjadiconcern``, ``tahutu.Mobil``); the quote it carries is the same quote as the spaced copy's
  and one row of the dossier's quotes, while a quote one word apart stays a row of its own.
* ``"...," kata X pekan lalu`` / ``ujar X kemarin`` / ``kata X Senin lalu``: the time phrase after the
  speaker is no part of the name; a relative day word there is the day the quote was said (the
  quote's own ``hari ini`` counts from it), an earlier time with no day leaves the quote's ``hari
  ini`` unplaced, and a quote said ``pekan lalu`` repeats an earlier statement (no second source).
* Wire tails of translated copy (``..., demikian dilaporkan Reuters.``, ``..., lapor Associated
  Press.``, ``..., seperti dilansir BBC.``, ``..., dikutip dari Al Jazeera.``): the sentence is the
  outlet's report, a reported statement with the outlet as its speaker, unless it names who says it
  (``X mengatakan kepada Reuters``, ``..., kata X, seperti dilansir BBC``).

The sentences are written for these tests.
"""

from __future__ import annotations

from kliping.synth.quotes import quote_key
from kliping.synth.recalls import recalled_speaker
from tests.test_quotes_qa5 import quotes, speakers
from tests.test_synth_figures import _dossier, _ev, _found

# ----------------------------------------------------------------------------- glued copies


def test_a_glued_copy_of_a_quote_has_the_spaced_copys_key():
    assert quote_key("Tanah longsor itu tidak pernah jadi concern warga, kata dia") == \
        quote_key("Tanah longsor itu tidak pernah jadiconcern warga kata dia")
    assert quote_key("Saya nggak mau tahu tu. Semua harus hadir") == quote_key("Saya gak mau tahutu.Semua harus hadir")
    # one word more or less, or another word, is another quote
    assert quote_key("Tanah longsor itu tidak pernah jadi concern warga") != \
        quote_key("Tanah longsor itu pernah jadi concern warga")
    assert quote_key("Kami akan buka posko") != quote_key("Kami akan tutup posko")


BODY = (
    "Bupati Sleman Meninjau Tanggul yang Jebol\n\n"
    "Bupati Sleman Harda Kiswaya meninjau tanggul Kali Kuning yang jebol pada Senin (3/11/2025) pagi. "
    "Sebanyak 40 rumah warga di Dusun Candi terendam setinggi lutut.\n\n"
    '"Kami minta dinas segera memperbaiki tanggul ini, jangan sampai warga menunggu {w} terlalu lama," '
    "kata Harda di lokasi.\n\n"
    "Pemerintah kabupaten menyiapkan dapur umum dan tenda pengungsian di balai desa.\n"
)


def test_a_glued_copy_of_a_quote_is_one_row_of_the_dossier(tmp_path) -> None:
    from kliping.pipeline import analyze
    from kliping.render import render_markdown

    (tmp_path / "a.txt").write_text(BODY.format(w="musim hujan"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY.format(w="musimhujan"), encoding="utf-8")
    md = render_markdown(analyze([tmp_path / "a.txt", tmp_path / "b.txt"]).dossier)
    quotes = md[md.index("### Kutipan"):md.index("### Entitas")]
    rows = [line for line in quotes.splitlines() if "memperbaiki tanggul ini" in line]
    assert len(rows) == 1, rows
    assert "(#sumber-a)" in rows[0] and "(#sumber-b)" in rows[0]
    assert "menunggu musim hujan terlalu lama" in rows[0], "the copy that kept its spaces is shown"


# ----------------------------------------------------------------------------- a time after the speaker

_SAID = '"Kami menutup jalur evakuasi lama karena longsor susulan," kata Kepala Dinas Pekerjaan Umum Dedi Kurniawan {}.'


def test_a_day_after_the_speakers_name_is_no_part_of_it():
    for when in ("Senin lalu", "Jumat malam", "Selasa kemarin", "Rabu (5/11/2025)", "3 November lalu", "pekan lalu",
                 "kemarin"):
        assert speakers(_SAID.format(when)) == ["Dedi Kurniawan"], when
    # a weekday inside a place's name before the person's name goes on to the name
    assert speakers('"Kami menutup jalan itu," kata Kapolsek Pasar Minggu Kompol Anggiat Sinambela.') == \
        ["Anggiat Sinambela"]


_TODAY = ('"Hari ini kami mulai memindahkan warga dari zona merah di lereng timur," ujar Kepala BPBD Lereng '
          'Dedi Kurniawan {}.')


def _placed(*arts) -> set[tuple[str, str, int]]:
    d = _dossier(*arts)
    return {(t.value, c.article, c.sentence) for line in d.storylines for t in line.timeline for c in t.citations}


def test_a_relative_day_after_the_speaker_is_the_day_the_quote_was_said() -> None:
    lead = "Ratusan warga Desa Sukamaju mengungsi setelah tanah retak di lereng timur. "
    a = _ev("t1", lead + _TODAY.format("kemarin"), "2025-11-05", "Warta Contoh")
    placed = _placed(a)
    assert ("2025-11-04", "t1", 1) in placed
    assert ("2025-11-05", "t1", 1) not in placed, "the quote's hari ini is the day it was said, not the publication"
    # a relative day naming what was talked about, not the saying, leaves the quote's own words as they were
    b = _ev("t2", lead + _TODAY.format("soal retakan yang muncul kemarin"), "2025-11-05", "Warta Contoh")
    assert ("2025-11-05", "t2", 1) in _placed(b)


def test_a_quote_said_an_earlier_week_places_its_hari_ini_nowhere() -> None:
    lead = "Ratusan warga Desa Sukamaju mengungsi setelah tanah retak di lereng timur. "
    a = _ev("t3", lead + _TODAY.format("pekan lalu"), "2025-11-12", "Warta Contoh")
    assert not any(art == "t3" and s == 1 for _v, art, s in _placed(a))


def test_a_quote_said_pekan_lalu_repeats_an_earlier_statement() -> None:
    quote = "Hari ini kami mulai memindahkan warga dari zona merah di lereng timur"
    assert recalled_speaker(_TODAY.format("pekan lalu"), quote) == "Kepala BPBD Lereng Dedi Kurniawan"
    assert recalled_speaker(_TODAY.format("dalam jumpa pers beberapa waktu lalu"), quote) == \
        "Kepala BPBD Lereng Dedi Kurniawan"
    # the day after is the report of it; an earlier time of what was talked about dates that
    assert recalled_speaker(_TODAY.format("kemarin"), quote) is None
    assert recalled_speaker(_TODAY.format("soal retakan yang muncul pekan lalu"), quote) is None
    first = _ev("r1", "Ratusan warga Desa Sukamaju mengungsi. " + _TODAY.format("Rabu (5/11/2025)"), "2025-11-05",
                "Warta Contoh")
    recall = _ev("r2", "Sebagian warga Sukamaju kembali ke rumah. " + _TODAY.format("pekan lalu"), "2025-11-12",
                 "Harian Uji")
    second = _ev("r3", "Warga Sukamaju bertahan di tenda. " + _TODAY.format("Rabu (5/11/2025)"), "2025-11-05",
                 "Kabar Lain")
    assert not [f for f in _found(_dossier(first, recall), "agreement") if ("r2", 1) in f]
    assert any(("r1", 1) in f and ("r3", 1) in f for f in _found(_dossier(first, recall, second), "agreement"))


# ----------------------------------------------------------------------------- wire tails

_WIRE = [
    ("Tentara Sudan merebut kembali jembatan utama di utara Khartoum, demikian dilaporkan Reuters.", "Reuters"),
    ("Harga gandum di bursa Chicago turun tiga persen sepanjang pekan, demikian laporan AFP.", "AFP"),
    ("Sedikitnya dua belas rumah hanyut diterjang banjir bandang di pesisir Peru, lapor Associated Press.",
     "Associated Press"),
    ("Parlemen Korea Selatan menunda pemungutan suara soal anggaran militer, seperti dilansir BBC.", "BBC"),
    ("Antrean truk bantuan mengular di perbatasan Rafah sejak pagi, dikutip dari Al Jazeera.", "Al Jazeera"),
    ("Sebuah kapal kargo kandas di dekat Pelabuhan Bandar Abbas, lapor kantor berita resmi Iran IRNA, "
     "Kamis (6/11/2025).", "IRNA"),
]


def test_a_wire_tail_makes_the_sentence_the_outlets_reported_statement():
    for text, outlet in _WIRE:
        content = text[: text.index(",", text.index(" ", 20))]
        got = quotes(text)
        assert got == [(False, content, outlet)], text
    # the report another outlet retold: whose report it is
    t = "Produksi cip memori naik dua kali lipat dalam setahun, demikian dikutip detikINET dari Techspot."
    assert speakers(t) == ["Techspot"]
    # after a direct quote
    assert quotes('"Kami tidak akan menarik pasukan dari kota itu," lapor Associated Press.') == \
        [(True, "Kami tidak akan menarik pasukan dari kota itu", "Associated Press")]
    assert speakers('"Kami tidak akan menarik pasukan dari kota itu," demikian dilaporkan Reuters.') == ["Reuters"]


def test_a_person_who_says_it_keeps_the_sentence_from_the_outlet():
    assert speakers("Menteri Luar Negeri Mesir Badr Abdelatty mengatakan kepada Reuters bahwa perundingan "
                    "akan berlanjut.") == ["Badr Abdelatty"]
    assert speakers("Perundingan akan berlanjut pekan depan, kata Badr Abdelatty seperti dilansir Reuters.") == \
        ["Badr Abdelatty"]
    assert quotes("Perundingan akan berlanjut pekan depan, kata Badr Abdelatty, demikian dilaporkan Reuters.") == \
        [(False, "Perundingan akan berlanjut pekan depan", "Badr Abdelatty")]
    assert speakers('"Perundingan akan berlanjut," kata Badr Abdelatty, seperti dikutip dari Al Jazeera.') == \
        ["Badr Abdelatty"]
    # a name that made it known, written in the passive, is no outlet's report either
    assert speakers("Jam malam diberlakukan di ibu kota mulai pukul sembilan, demikian diumumkan oleh juru bicara "
                    "militer Ahmed Salem, lapor AFP.") == []
    # an Arabic article joined to the name is part of it
    assert speakers("Gencatan senjata diperpanjang dua hari, kata Majed al-Ansari seperti dilansir Reuters.") == \
        ["Majed al-Ansari"]


def test_no_outlet_no_wire_report():
    # a word that is an outlet's name only when capitalised, a report verb with no outlet
    assert quotes("Bantuan dibagikan ke beberapa desa, antara lain Sukamaju dan Sukamulya.") == []
    assert quotes("Warga diminta segera lapor ke aparat desa bila melihat retakan tanah di lereng.") == []
    assert quotes("Jadwal kereta berubah mulai bulan depan, seperti dikutip dari laman resmi operator.") == []
