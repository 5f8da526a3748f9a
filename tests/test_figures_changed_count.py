"""A count moved under the key of the count it is the new value of (``synth.figures.moves.changed_count_start``:
``300 ribu pasien ..., melonjak ... menjadi 1,5 juta peserta``) is a value of that key only: another count of the noun
the change was worded by, in the same sentence, is alone there and no second value of a list (``Point.shared``).
Invented sentences through the real extractor, linker and figures."""

from __future__ import annotations

from tests.test_findings_deeds import _ev, _points


def test_a_count_moved_by_a_change_leaves_the_values_of_the_noun_it_was_worded_by() -> None:
    moved = _points(_ev("c1", "Pada 2015 tercatat sekitar 300 ribu pasien asma yang berobat ke puskesmas, melonjak lima "
                        "kali lipat menjadi 1,5 juta peserta pada 2024, sementara kelas senam sehat di puskesmas "
                        "diikuti 4.000 peserta.", "2024-03-15", "Warta Contoh"))
    assert not moved["4.000 peserta"].shared  # the 1,5 juta counts patients now, not a second ``peserta`` value
    assert moved["1,5 juta peserta"].shared and moved["sekitar 300 ribu pasien"].shared  # then and now: two values
    alone = _points(_ev("c2", "Pada 2015 tercatat sekitar 300 ribu pasien asma yang berobat ke puskesmas, sementara "
                        "kelas senam sehat di puskesmas diikuti 4.000 peserta.", "2024-03-15", "Warta Contoh"))
    assert not alone["4.000 peserta"].shared
    listed = _points(_ev("c3", "Kelas senam sehat di puskesmas diikuti 4.000 peserta, sedangkan kelas yoga diikuti "
                         "1.200 peserta.", "2024-03-15", "Warta Contoh"))
    assert listed["4.000 peserta"].shared and listed["1.200 peserta"].shared  # two counts of one noun: a list
