"""Claims from the seventh review: an admission in a relative clause (``…, yang diakui oleh X, …``)
admits the noun ``yang`` stands for, and its actor is never the place of X's office; ``X, yang
mengakui …, mengatakan …`` is X's admission of the aside only; a subject fronted before the one
admitting (``Pencairan dana, Rudi mengakui, masih …``) is part of the claim.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from tests.test_claims_qa6 import claims


def test_an_admission_in_a_relative_clause_admits_the_noun_before_yang():
    t = ("Budi Santoso mengatakan stok beras aman. Keterlambatan itu, yang diakui oleh Kepala Dinas Sosial "
         "Rudi Hartono, membuat warga resah.")
    assert claims(t) == [("confirmation", "Keterlambatan itu", "Rudi Hartono")]
    t2 = "Pencairan dana masih terlambat, yang diakui oleh Kepala Dinas Sosial Rudi Hartono."
    assert claims(t2) == [("confirmation", "Pencairan dana masih terlambat", "Rudi Hartono")]
    # a pointing-back noun keeps the sentence as the text
    t3 = "Hal itu, yang juga diakui oleh Kepala Dinas Sosial Rudi Hartono, membuat warga resah."
    assert claims(t3)[0][1] == "Hal itu, yang juga diakui oleh Kepala Dinas Sosial Rudi Hartono, membuat warga resah"
    # a plain passive admission is unchanged
    (c,) = claims("Keterlambatan proyek itu diakui oleh Kepala Dinas Rudi Hartono.")
    assert c[2] == "Rudi Hartono"


def test_the_place_of_the_admitting_office_is_not_the_actor():
    t = "Keterlambatan itu, yang diakui oleh Kepala Dinas Sosial Garut, membuat warga resah."
    assert claims(t) == [("confirmation", "Keterlambatan itu", "Dinas Sosial Garut")]
    assert claims("Kepala Dinas Sosial Garut mengakui dana bantuan belum cair.")[0][2] == "Dinas Sosial Garut"


def test_an_admission_in_an_aside_after_the_subject_is_the_subjects():
    t = ("Kepala Dinas Sosial Rudi Hartono, yang mengakui adanya keterlambatan, mengatakan dana cair "
         "pekan depan.")
    assert claims(t) == [("confirmation", "adanya keterlambatan", "Rudi Hartono")]
    # a place in apposition before ``yang`` is not the one confirming: the person before the
    # affiliation is (round 21, ``_affiliated_person``)
    t2 = "Hal serupa disampaikan Prof Budi Santoso dari Universitas Garut, Indonesia, yang mengonfirmasi kabar itu."
    assert claims(t2)[0][2] == "Budi Santoso"


def test_a_subject_fronted_before_the_one_admitting_is_part_of_the_claim():
    assert claims("Pencairan dana, Rudi Hartono mengakui, masih terlambat.") == [
        ("confirmation", "Pencairan dana masih terlambat", "Rudi Hartono")]
    assert claims("Pencairan dana, diakui Kepala Dinas Sosial Rudi Hartono, masih terlambat.") == [
        ("confirmation", "Pencairan dana masih terlambat", "Rudi Hartono")]
    # a clause with its own subject is unchanged
    assert claims("Pencairan dana, Rudi Hartono mengakui, warga masih menunggu.")[0][1] == "warga masih menunggu"
