"""A writer's connective before a mid-sentence attribution is no part of the statement (round 36 reading:
``Pasalnya, menurutnya, tidak ada ...`` shown as the lawyer's statement ``Pasalnya tidak ada ...``)."""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes

LEAD = "Kuasa hukum warga, Rina Hapsari, menilai gugatan itu perlu diuji di pengadilan. "


def test_a_reason_connective_before_menurut_is_not_said() -> None:
    got = quotes(LEAD + "Pasalnya, menurutnya, tidak ada bukti bahwa lahan itu milik perusahaan.")
    assert (False, "tidak ada bukti bahwa lahan itu milik perusahaan", "Rina Hapsari") in got
    got = quotes(LEAD + "Padahal menurutnya, sertifikat tanah warga sudah terbit sejak 1998.")
    assert (False, "sertifikat tanah warga sudah terbit sejak 1998", "Rina Hapsari") in got


def test_an_aggravation_connective_before_kata_dia_is_not_said() -> None:
    got = quotes(LEAD + "Apalagi, kata dia, warga sudah menempati lahan itu selama tiga generasi.")
    assert [t for _d, t, _s in got if "tiga generasi" in t] == ["warga sudah menempati lahan itu selama tiga generasi"]


def test_a_subject_before_menurut_stays_in_the_statement() -> None:
    # the words before the attribution are the statement's subject, not a connective
    got = quotes(LEAD + "Gugatan itu, menurutnya, sudah memenuhi syarat formil.")
    assert [t for _d, t, _s in got if "syarat formil" in t] == ["Gugatan itu sudah memenuhi syarat formil"]


def test_a_connective_before_a_fronted_clause_and_menurut_is_not_said() -> None:
    # round 36 reading: 'Lanjutnya, jika benar mundur, menurutnya ...' kept 'Lanjutnya' in the statement
    got = quotes(LEAD + "Lanjutnya, jika gugatan ditolak, menurutnya yang terpenting adalah menyiapkan banding.")
    said = [t for _d, t, _s in got if "banding" in t]
    assert said == ["jika gugatan ditolak yang terpenting adalah menyiapkan banding"], said
    got = quotes(LEAD + "Namun di tingkat kabupaten, menurut Rina, sengketa serupa sudah selesai.")
    said = [t for _d, t, _s in got if "sengketa serupa" in t]
    assert said and said[0].startswith("di tingkat kabupaten"), said
