"""Two reports that each give both values of a fact do not disagree (``findings.discrepancy.states_both``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_synth_figures import _dossier, _ev, _found

_LEAD = ("Banjir merendam sejumlah rumah di Kecamatan Sukamaju, Kabupaten Sumberjaya, pada Senin (3/3/2025) "
         "setelah hujan deras mengguyur sejak siang.")


def _flood(aid: str, source: str, lines: list[str]) -> object:
    return _ev(aid, " ".join([_LEAD, "Petugas mendata rumah warga yang terdampak genangan banjir itu.", *lines]),
               "2025-03-04", source)


_FIRST = "Dusun Cempaka RT 02/03, rumah milik Warsa (1 KK, 3 jiwa) terendam."
_SECOND = "Dusun Melati RT 04/01, rumah milik Darman (1 KK, 5 jiwa) turut terendam."


def _discrepant(d: object) -> set[tuple[str, int]]:
    return {it for items in _found(d, "discrepancy") for it in items}  # type: ignore[arg-type]


def test_two_outlets_listing_the_same_two_households_do_not_disagree() -> None:
    a = _flood("f1", "Warta Contoh", [_FIRST, _SECOND])
    b = _ev("f2", " ".join([
        "Air sungai yang meluap menggenangi permukiman di Kecamatan Sukamaju pada Senin (3/3/2025) sore.",
        "Badan penanggulangan bencana setempat menyebut genangan mulai surut pada malam hari.",
        "Berikut data rumah yang terdampak menurut petugas kecamatan:", "- " + _FIRST, "- " + _SECOND,
        "Warga diimbau tetap waspada karena hujan diperkirakan masih turun hingga akhir pekan."]),
        "2025-03-04", "Kabar Lain")
    assert _discrepant(_dossier(a, b)) == set()


def test_an_outlet_giving_only_one_of_the_values_still_disagrees_with_the_other() -> None:
    """The rule needs both articles to state both values: a report giving 5 persons against one giving 3 is a
    conflict, whatever else the first report says."""
    a = _flood("f1", "Warta Contoh", [_FIRST, _SECOND])
    b = _flood("f2", "Kabar Lain", [_SECOND.replace("Darman (1 KK, 5 jiwa)", "Darman (1 KK, 7 jiwa)")])
    assert ("f2", 2) in _discrepant(_dossier(a, b))


def test_a_bound_restates_no_value() -> None:
    """``lebih dari 1.000`` in both reports is compatible with both of their counts, but says neither."""
    a = _ev("k1", "Negara itu disebut sudah mengirim sekitar 7.000 kontainer amunisi sejak awal September. "
            "Angka itu jauh melampaui lebih dari 1.000 kontainer yang diumumkan pekan lalu.", "2023-10-18", "Warta Contoh")
    b = _ev("k2", "Negara itu disebut sudah mengirim hampir 10.000 kontainer amunisi sejak awal September. "
            "Pekan lalu pemerintah menyebut lebih dari 1.000 kontainer telah dikirim.", "2023-10-19", "Kabar Lain")
    found = _discrepant(_dossier(a, b))
    assert {("k1", 0), ("k2", 0)} <= found

