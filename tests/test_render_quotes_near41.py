"""Two copies of one speaker's quote a word apart are one row (round 41 reading: a protester's ``Lihatlah
sekeliling! ...`` in one article and ``Lihat sekeliling! ...`` in another shown as two statements). A number or a
negation changed is another statement.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import Quote
from kliping.render.common import _fold_contained_quotes, _near_wording
from kliping.synth.quotes import quote_key


def _q(text: str, direct: bool = True) -> Quote:
    return Quote(text=text, speaker="E1", speaker_name="Rudi Hartono", cue="kata", direct=direct, sentence=2)


def _rows(*quotes: tuple[str, Quote, int]) -> dict:
    return {("rudi hartono", quote_key(q.text)): (q, "Rudi Hartono", [(aid, k)]) for aid, q, k in quotes}


def test_a_copy_with_a_word_edited_joins_the_row_of_more_words_or_the_first() -> None:
    first = "Perhatikanlah jalan ini! Kalau dibiarkan rusak, maka warga yang menanggung akibatnya."
    edited = "Perhatikan jalan ini! Kalau dibiarkan rusak, maka warga yang menanggung akibatnya."
    out = _fold_contained_quotes(_rows(("a", _q(first), 4), ("b", _q(edited), 7)))
    assert len(out) == 1
    (q, _, cited), = out.values()
    assert q.text == first and sorted(cited) == [("a", 4), ("b", 7)]
    fuller = "Perhatikan jalan ini! Kalau dibiarkan rusak terus, maka warga yang menanggung akibatnya."
    out = _fold_contained_quotes(_rows(("a", _q(edited), 4), ("b", _q(fuller), 7)))
    assert [q.text for q, _, _ in out.values()] == [fuller]
    # a bracketed short form left out by one copy, a connective swapped: the same statement
    assert _near_wording("dinas akan memperbaiki saluran air (drainase) di tiga kelurahan sebelum musim hujan tiba",
                         "dinas akan memperbaiki saluran air di tiga kelurahan sebelum musim hujan tiba")
    assert _near_wording("tidak ada rumah yang rusak, namun dua keluarga harus mengungsi ke balai desa malam itu",
                         "tidak ada rumah yang rusak, tapi dua keluarga harus mengungsi ke balai desa malam itu")


def test_a_number_or_a_negation_changed_is_another_statement() -> None:
    assert not _near_wording("Dua pintu air di hilir sungai harus diganti sebelum akhir tahun ini.",
                             "Tiga pintu air di hilir sungai harus diganti sebelum akhir tahun ini.")
    assert not _near_wording("Pintu air di hilir sungai sudah diganti sebelum akhir tahun ini oleh dinas.",
                             "Pintu air di hilir sungai belum diganti sebelum akhir tahun ini oleh dinas.")
    assert not _near_wording("Anggaran perbaikan mencapai 12 miliar rupiah untuk seluruh kecamatan tahun ini.",
                             "Anggaran perbaikan mencapai 15 miliar rupiah untuk seluruh kecamatan tahun ini.")
    rows = _rows(("a", _q("Dua pintu air di hilir sungai harus diganti sebelum akhir tahun ini."), 3),
                 ("b", _q("Tiga pintu air di hilir sungai harus diganti sebelum akhir tahun ini."), 5))
    assert len(_fold_contained_quotes(rows)) == 2


def test_a_paraphrase_or_another_kind_keeps_its_row() -> None:
    assert not _near_wording("kondisi itu menjadi tantangan besar bagi keuangan daerah",
                             "permasalahan tersebut menjadi beban berat bagi anggaran daerah")
    rows = _rows(("a", _q("Perhatikanlah jalan ini! Kalau dibiarkan rusak, maka warga yang menanggung akibatnya."), 3),
                 ("b", _q("perhatikan jalan ini, kalau dibiarkan rusak maka warga yang menanggung akibatnya",
                          direct=False), 5))
    assert len(_fold_contained_quotes(rows)) == 2
