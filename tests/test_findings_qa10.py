"""Findings fixes from the seventh QA read (class 3): a rise an article states only by its new level takes its earlier
value from another sentence of the article that gives it (``findings.stated_updates._earlier_value``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_synth_figures import _dossier, _ev, _found

_RISE = ("Jumlah siswa sekolah dasar di Kecamatan Sukamaju yang diduga keracunan makanan dari dapur umum terus "
         "bertambah menjadi 120 orang. Sebagian besar sudah pulang ke rumah masing-masing. Hingga kini tersisa lima "
         "siswa yang masih dirawat di puskesmas. ")


def test_a_rise_to_a_new_level_takes_the_earlier_count_the_article_gives() -> None:
    """``bertambah menjadi 120 orang`` in the lede and ``Sebelumnya tercatat 85 siswa ... diduga keracunan`` in a
    quote: an update from 85 to 120, citing the earlier sentence first. The five still in care (a part, worded
    otherwise) are no earlier value."""
    d = _dossier(_ev("u1", _RISE + "\"Sebelumnya tercatat 85 siswa sekolah dasar diduga keracunan makanan dari dapur "
                     "umum itu,\" kata kepala dinas kesehatan.", "2025-10-21", "Warta Contoh"))
    assert [("u1", 3), ("u1", 0)] in _found(d, "update")


def test_a_larger_count_is_no_earlier_value_of_a_rise() -> None:
    """Near variant: the other sentence gives 150, more than the new 120: no rise from it, no update."""
    d = _dossier(_ev("u2", _RISE + "\"Sebelumnya tercatat 150 siswa sekolah dasar diduga keracunan makanan dari dapur "
                     "umum itu,\" kata kepala dinas kesehatan.", "2025-10-21", "Warta Contoh"))
    assert not any(("u2", 0) in items for items in _found(d, "update"))


def test_two_earlier_counts_leave_the_rise_unpaired() -> None:
    """Near variant: two sentences alike give two smaller counts (85 and 95): which one the rise started from is not
    said, so no update is guessed."""
    d = _dossier(_ev("u3", _RISE + "\"Sebelumnya tercatat 85 siswa sekolah dasar diduga keracunan makanan dari dapur "
                     "umum itu,\" kata kepala dinas kesehatan. Data lain menyebut 95 siswa sekolah dasar diduga "
                     "keracunan makanan dari dapur umum tersebut.", "2025-10-21", "Warta Contoh"))
    assert not any(("u3", 0) in items for items in _found(d, "update"))


# --------------------------------------------------------------------------- a scale slip after a dotted number


def test_a_dotted_number_with_ribu_against_the_bare_digits_is_a_noted_slip() -> None:
    """``12.400 dapur`` and, two sentences on, ``12.400 ribu unit dapur`` in one report (which the conflict rule never
    sets against itself): one of the two slipped on the scale word; a discrepancy whose note names the thousandfold
    gap (the reading itself is kept: statistics do write ``275.773,8 ribu jiwa``)."""
    d = _dossier(_ev("s1", "Pemerintah melaporkan program makan bergizi terus berjalan. Dalam sidang kabinet, Presiden "
                     "menyebut 12.400 dapur sudah melayani jutaan siswa sekolah. Di luar itu, tercatat telah tersedia "
                     "12.400 ribu unit dapur yang beroperasi di semua wilayah.", "2025-10-20", "Warta Contoh"))
    slips = [f for line in d.storylines for f in line.findings if f.kind == "discrepancy" and "1.000 kali" in f.note]
    assert [[(i.article, i.sentence) for i in f.items] for f in slips] == [[("s1", 1), ("s1", 2)]]


def test_a_dotted_number_with_ribu_alone_is_left_as_read() -> None:
    """Near variant: no other sentence gives the bare digits: nothing to set it against, no finding."""
    d = _dossier(_ev("s3", "Pemerintah melaporkan program makan bergizi terus berjalan. Di luar itu, tercatat telah "
                     "tersedia 12.400 ribu unit dapur yang beroperasi di semua wilayah.", "2025-10-20", "Warta Contoh"))
    assert not [f for line in d.storylines for f in line.findings if "1.000 kali" in f.note]
