"""Quotes from the fifteenth review: glued copies, a time phrase after the speaker, wire tails.

* A scraped copy of an article loses the space around a word its page set in italics or a link
  (``menjadiconcern``, ``tahutu.Mobil``); the quote it carries is the same quote as the spaced copy's
  and one row of the dossier's quotes, while a quote one word apart stays a row of its own.

The sentences are written for these tests.
"""

from __future__ import annotations

from kliping.synth.quotes import quote_key

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
