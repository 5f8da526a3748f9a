"""A report that words the other report's count with another noun still states it (``findings.discrepancy.states_both``,
``restated_elsewhere``, ``alike_counted``).

Two outlets tell of a storm in two subdistricts, each giving both subdistricts' evacuees; one writes ``satu kepala
keluarga (tiga jiwa)``, the other ``satu keluarga yang terdiri dari 3 orang``. The first place of one report and the
second of the other are no two versions of one count. All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.synth.findings import alike_counted
from tests.test_synth_figures import _dossier, _ev, _found

_FIRST_A = ("Badan penanggulangan bencana mencatat angin kencang merobohkan pohon di Kecamatan Sukaasih pada Rabu "
            "(5/3/2025) sore.")
_FIRST_A2 = "Tidak ada korban luka, tetapi satu kepala keluarga (tiga jiwa) terpaksa mengungsi ke balai desa."
_SECOND_INTRO = "Angin kencang juga menerjang Kecamatan Mekarwangi, khususnya di Desa Cikaso dan Desa Pasirjaya."
_SECOND = ("Camat Mekarwangi, Ujang Sutisna, menyebut tidak ada korban luka, namun enam kepala keluarga (13 jiwa) "
           "terpaksa mengungsi ke rumah kerabat.")


def _reports(second_family: str) -> tuple[object, object]:
    a = _ev("s1", " ".join([_FIRST_A, "Atap sejumlah rumah warga rusak tertimpa dahan pohon yang patah.", _FIRST_A2,
                            _SECOND_INTRO, _SECOND]), "2025-03-06", "Warta Contoh")
    b = _ev("s2", " ".join([
        "Hujan disertai angin kencang melanda dua kecamatan di kabupaten itu pada Rabu (5/3/2025) sore.",
        "Di Kecamatan Sukaasih, pohon tumbang menimpa rumah warga hingga atapnya ambruk.",
        f"Petugas menyebut tidak ada korban luka, tetapi {second_family} harus mengungsi sementara.",
        _SECOND_INTRO, _SECOND]), "2025-03-06", "Kabar Lain")
    return a, b


def _discrepant(d: object) -> set[tuple[str, int]]:
    return {it for items in _found(d, "discrepancy") for it in items}  # type: ignore[arg-type]


def test_two_reports_of_two_places_each_giving_both_counts_do_not_disagree() -> None:
    a, b = _reports("satu keluarga yang terdiri dari 3 orang")
    assert _discrepant(_dossier(a, b)) == set()


def test_a_report_giving_another_count_for_the_first_place_still_disagrees() -> None:
    """The second report's first place has four persons, not three: no restatement of ``tiga jiwa``, so the first
    report's three persons and the second report's thirteen are left as the conflict they read as (the pair rule
    itself is ``same_time_conflict``'s)."""
    a, b = _reports("satu keluarga yang terdiri dari 4 orang")
    assert ("s1", 2) in _discrepant(_dossier(a, b))


def test_nouns_that_may_word_one_count() -> None:
    assert alike_counted("kepala keluarga", "keluarga")
    assert alike_counted("orang", "jiwa")
    assert not alike_counted("rumah", "keluarga")
    assert not alike_counted("warga", "jiwa")  # a named group is not a bare counter of people
