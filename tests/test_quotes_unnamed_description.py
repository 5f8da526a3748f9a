"""An unnamed speaker described (docs/quotes.md, "Who says it when no one is named"): a document (``," tulis
dokumen tersebut``), a side (``Pihak kuasa hukum mengatakan``) or a kind of people (``Para peneliti
menyebutkan``) gets the article's words as ``speaker_desc``, shown in the reports; the speaker's name stays
empty, and a named speaker has no description.

The sentences are written for these tests; the people and places are invented or used only as names.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import doc


def _described(text: str) -> list[tuple[str | None, str | None]]:
    d = doc(text)
    return [(q.speaker_name, q.speaker_desc) for q in extract_quotes(d, extract_mentions(d))]


def test_a_document_after_the_quote_is_described_by_its_phrase():
    assert _described('"Anggaran akan dinaikkan secara bertahap," tulis dokumen Buku II Nota Keuangan, dikutip '
                      "Senin (3/11).") == [(None, "dokumen Buku II Nota Keuangan")]
    assert _described('"Harga naik," demikian tertulis dalam dokumen itu.') == [(None, "dokumen itu")]
    assert _described('"Harga naik," bunyi surat edaran itu yang dilihat wartawan.') == [(None, "surat edaran itu")]


def test_an_unnamed_side_or_kind_of_people_is_described_by_its_subject():
    assert _described("Pihak kuasa hukum mengatakan klien mereka akan hadir pada sidang berikutnya.") == [
        (None, "Pihak kuasa hukum")]
    assert _described("Para peneliti juga menyebutkan partikel itu berbahaya bagi otak.") == [(None, "Para peneliti")]


def test_a_role_no_one_named_holds_is_described_after_its_cue():
    assert _described('"Terdakwa menagih utang itu berkali-kali," ujar jaksa saat membacakan dakwaan.') == [
        (None, "jaksa")]
    assert _described("Menurut jaksa, terdakwa menagih utang itu berkali-kali.") == [(None, "jaksa")]


def test_where_and_through_what_the_words_were_said_is_not_the_description():
    assert _described('"Partikel itu mencapai otak," tulis peneliti tersebut dalam sebuah surel.') == [
        (None, "peneliti tersebut")]
    assert _described('"Kami menolak," teriak orator di atas mobil komando.') == [(None, "orator")]
    # the document a statement stands in is the description
    assert _described('"Harga naik," bunyi keterangan dalam dokumen tersebut.') == [
        (None, "keterangan dalam dokumen tersebut")]


def test_a_pronoun_is_not_described():
    assert _described('"Kami menolak rencana itu," jelasnya.') == [(None, None)]


def test_a_named_speaker_has_no_description():
    assert _described("Kepala Dinas Budi Santoso mengatakan harga beras naik.") == [("Budi Santoso", None)]


def test_the_report_shows_the_description_of_an_unnamed_speaker(tmp_path) -> None:
    from kliping.pipeline import analyze
    from kliping.render import render_markdown

    text = ("Sidang Gugatan Ditunda\n\nSidang gugatan warga Desa Sukamaju terhadap pengembang perumahan di "
            "Pengadilan Negeri Klaten ditunda pada Senin (3/11/2025).\n\n"
            "Pihak kuasa hukum mengatakan klien mereka akan hadir pada sidang berikutnya.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    md = render_markdown(analyze([tmp_path / "a.txt"]).dossier)
    assert "| — (Pihak kuasa hukum) | klien mereka akan hadir pada sidang berikutnya" in md


def test_a_group_after_the_cue_is_described_by_its_phrase():
    # a quantified group or ``para`` noun named after the cue (``," teriak ribuan orang``) is no one person,
    # but the reader should see who shouted it, not a bare dash
    assert _described('"Turunkan harga!" teriak ribuan orang di depan kantor bupati, Senin (3/11).') == [
        (None, "ribuan orang")]
    assert _described('"Setuju," jawab para anggota dewan.') == [(None, "para anggota dewan")]
    assert _described('"Kami menolak," kata kuasa hukum Budi Santoso.') == [(None, "kuasa hukum Budi Santoso")]


def test_where_a_group_wrote_is_not_its_description():
    assert _described('"Partikel itu berbahaya bagi otak," tulis para peneliti dalam makalah yang mereka '
                      "terbitkan.") == [(None, "para peneliti")]


def test_an_unnamed_head_after_the_cue_is_described():
    # no name, no role the article introduced: the words after the cue still say who spoke
    assert _described('"Hidup petani!" teriak massa aksi, Selasa (4/11).') == [(None, "massa aksi")]
    assert _described('"Silakan tertib," ujar salah satu petugas keamanan melalui pengeras suara.') == [
        (None, "salah satu petugas keamanan")]
