"""Figure series fixes from the fifth QA read of real dossiers (catch-all series): a count of people or a money amount
is filed with the act or role its clause names (``figures.counts.amount_role``: the injured, the dead, accounts
activated, returns filed; money seized, lost, recovered or spent), so that values of different roles neither share a
table series nor meet in a finding.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_figures_qa import _series
from tests.test_synth_figures import _dossier, _ev, _found


def test_the_injured_are_a_series_apart_from_the_marchers() -> None:
    """``ribuan warga`` who marched and ``24 warga luka`` after the clash: two series, the injured named as such."""
    series = _series("Ribuan warga berunjuk rasa di depan gedung dewan kota sejak pagi. "
                     "Menurut kepolisian, sebanyak 24 warga luka dalam bentrokan sore harinya.")
    assert series.get("warga (luka)") == [24.0]
    assert 24.0 not in series.get("warga", [])


def test_a_count_named_by_its_role_before_the_number_is_keyed_by_it() -> None:
    """``korban tewas bertambah menjadi 7 orang`` is the dead; ``12 orang`` evacuated in the next clause is not."""
    series = _series("Korban tewas akibat banjir bandang di lembah itu bertambah menjadi 7 orang. "
                     "Tim gabungan juga mengevakuasi 12 orang dari atap rumah mereka.")
    assert series.get("orang (tewas)") == [7.0]
    assert series.get("orang") == [12.0]


def test_a_near_variant_with_no_role_keeps_the_plain_series() -> None:
    """Attribution with ``melaporkan`` names no role: ``petugas melaporkan 30 orang`` stays plain ``orang``."""
    series = _series("Petugas posko melaporkan 30 orang sudah kembali ke rumah masing-masing pada Rabu.")
    assert series.get("orang") == [30.0]


def test_accounts_activated_and_returns_filed_do_not_make_an_update() -> None:
    """One report counts taxpayers who activated the new system, a later one the returns filed last year: different
    facts, so no update runs from one to the other, and the table keeps two series."""
    a = _ev("p1", "Kantor pajak menyebut baru sekitar 3,1 juta wajib pajak yang sudah aktivasi akun di sistem baru. "
            "Pejabat itu berharap jumlahnya terus naik hingga akhir tahun.", "2025-09-10", "Kabar Satu")
    b = _ev("p2", "Kantor pajak mengingatkan wajib pajak soal aktivasi akun di sistem baru. "
            "Dalam pelaporan SPT tahun lalu, tercatat sekitar 12 juta wajib pajak yang masuk.",
            "2025-09-20", "Kabar Dua")
    d = _dossier(a, b)
    assert not _found(d, "update")
    assert not _found(d, "discrepancy")
    names = {f.about for line in d.storylines for f in line.figures}
    assert "wajib pajak (aktivasi)" in names and "wajib pajak (lapor)" in names


def test_the_same_role_counted_twice_still_disagrees() -> None:
    """Two reports of one clash giving 24 and 31 injured residents the same day: one role, a discrepancy."""
    a = _ev("c1", "Bentrokan pecah di alun-alun kota pada Selasa siang. "
            "Polisi menyebut 24 warga luka dalam kericuhan di alun-alun itu.", "2025-08-12", "Kabar Satu")
    b = _ev("c2", "Kericuhan terjadi di alun-alun kota pada Selasa siang. "
            "Rumah sakit mencatat 31 warga luka dalam kericuhan di alun-alun itu.", "2025-08-12", "Kabar Dua")
    assert _found(_dossier(a, b), "discrepancy")


def test_seized_money_and_a_loss_of_no_noun_are_two_series() -> None:
    """``menyita uang Rp 4 miliar`` and ``merugikan negara Rp 9 miliar``: seized money and a loss, not one ``IDR``;
    the loss joins the ``kerugian`` of the next sentence."""
    series = _series("Sepanjang tahun ini penyidik menyita uang tunai Rp 4 miliar dari rumah para tersangka. "
                     "Perbuatan para tersangka diduga merugikan negara Rp 9 miliar. "
                     "Kerugian itu kini dihitung ulang auditor.")
    assert series.get("sitaan") == [4e9]
    assert series.get("kerugian") == [9e9]
    assert "IDR" not in series


def test_budget_spent_is_a_series_apart_from_the_budget() -> None:
    """``anggaran Rp 1,2 triliun`` and ``serapan anggaran ... Rp 800 miliar``: the budget and what was spent of it."""
    series = _series("Lembaga itu mendapat anggaran Rp 1,2 triliun untuk tahun ini. "
                     "Hingga Juni, serapan anggaran lembaga itu mencapai Rp 800 miliar.")
    assert series.get("anggaran") == [1.2e12]
    assert 8e11 in series.get("anggaran (serapan)", []) or 8e11 in series.get("serapan", [])


# --------------------------------------------------------------------------- the year of the amount's own clause


def _as_of(text: str, published: str = "2025-07-16") -> dict[str, list[tuple[float, str | None]]]:
    d = _dossier(_ev("y1", text, published, "Kabar Satu"))
    out: dict[str, list[tuple[float, str | None]]] = {}
    for line in d.storylines:
        for f in line.figures:
            out.setdefault(f.about, []).extend((v.value, v.as_of) for v in f.values)
    return out


def test_a_year_given_with_each_amount_beats_the_statement_day() -> None:
    """``Rp 410 miliar pada 2022, Rp 380 miliar pada 2023, dan Rp 520 miliar pada 2024," kata ..., Selasa (15/7)``:
    each amount holds for its own year, not for the day it was said."""
    got = _as_of('Lembaga itu mencatat kenaikan dana yang dikembalikan ke kas negara. "Rinciannya Rp 410 miliar pada '
                 '2022, Rp 380 miliar pada 2023, dan Rp 520 miliar pada 2024," kata juru bicaranya, Selasa (15/7).')
    [(_k, vals)] = [(k, v) for k, v in got.items() if 4.1e11 in [x for x, _a in v]]
    assert sorted(vals) == [(3.8e11, "2023"), (4.1e11, "2022"), (5.2e11, "2024")]


def test_a_sentence_opening_on_a_year_dates_its_amount() -> None:
    """``Pada 2025, penyidik menyita uang Rp 70 miliar``: the seizure total holds for 2025."""
    got = _as_of("Penyidik terus menelusuri aset para tersangka. Pada 2025, penyidik menyita uang Rp 70 miliar dari "
                 "berbagai perkara.")
    assert got.get("sitaan") == [(7e10, "2025")]


def test_a_statement_day_stays_when_the_clause_names_no_year() -> None:
    """Near variant: ``..., kata juru bicaranya, Selasa (15/7)`` with no year in the amount's clause keeps the day."""
    got = _as_of('"Kami sudah menyita uang Rp 70 miliar," kata juru bicaranya, Selasa (15/7).')
    assert got.get("sitaan") == [(7e10, "2025-07-15")]


def test_a_total_over_years_is_a_series_apart_from_a_yearly_value() -> None:
    """``selama tiga tahun (2022-2024) mencapai Rp 3,5 triliun`` is a three-year total: dated ``2022/2024`` and kept
    apart from the 2022 budget, so no reader sees a jump from one year to three."""
    got = _as_of("Pada 2022, anggaran lembaga itu Rp 1,1 triliun. "
                 "Total anggaran lembaga itu selama tiga tahun (2022-2024) mencapai Rp 3,5 triliun.")
    assert got.get("anggaran") == [(1.1e12, "2022")]
    assert got.get("anggaran (2022/2024)") == [(3.5e12, "2022/2024")]


# --------------------------------------------------------------------------- crowds counted in several places


def test_crowds_counted_in_two_cities_are_two_series_apart_from_the_nationwide_count() -> None:
    """Organisers' nationwide ``5 juta orang``, ``80.000 orang ... di Chicago`` and ``Di Boston, ... 6.000 orang``: three
    counts of three crowds, each city named in its series."""
    series = _series("Panitia menyebut sekitar 5 juta orang ikut aksi di seluruh negeri pada Sabtu. "
                     "Polisi kota memperkirakan lebih dari 80.000 orang berkumpul di Chicago. "
                     "Di Boston, sekitar 6.000 orang memadati taman kota.")
    assert series.get("orang") == [5e6]
    assert series.get("orang (di Chicago)") == [8e4]
    assert series.get("orang (di Boston)") == [6e3]


def test_two_reports_of_one_city_crowd_still_disagree_and_two_cities_do_not() -> None:
    """Two outlets the same day: 80.000 and 120.000 people in Chicago disagree; 120.000 in Chicago and 6.000 in Boston
    are two crowds."""
    a = _ev("m1", "Aksi besar digelar serentak pada Sabtu. Polisi memperkirakan 80.000 orang berkumpul di Chicago.",
            "2025-10-19", "Kabar Satu")
    b = _ev("m2", "Aksi besar digelar serentak pada Sabtu. Panitia memperkirakan 120.000 orang berkumpul di Chicago.",
            "2025-10-19", "Kabar Dua")
    c = _ev("m3", "Aksi besar digelar serentak pada Sabtu. Panitia memperkirakan 6.000 orang berkumpul di Boston.",
            "2025-10-19", "Kabar Tiga")
    found = _found(_dossier(a, b, c), "discrepancy")
    assert any({x for x, _s in f} == {"m1", "m2"} for f in found)
    assert not any("m3" in {x for x, _s in f} for f in found)


def test_a_year_before_each_amount_of_a_list_dates_that_amount() -> None:
    """Near variant: ``pada 2020 sebesar Rp 84 miliar, tahun 2021 Rp 120 miliar``: the year after a comma is the next
    amount's, not this one's."""
    got = _as_of("Dana hibah yang disalurkan pada 2020 sebesar Rp 84 miliar, tahun 2021 Rp 120 miliar.")
    vals = sorted(x for v in got.values() for x in v)
    assert vals == [(8.4e10, "2020"), (1.2e11, "2021")]


def test_a_year_after_dan_opens_the_next_item_of_a_list() -> None:
    """``2020 Rp 84 miliar dan tahun 2021 Rp 120 miliar``: the 2021 after ``dan`` is the next amount's year, so the
    first amount keeps the year before it (found on a real dossier after the first as_of rule)."""
    got = _as_of("Dana hibah yang disalurkan pada 2020 Rp 84 miliar dan tahun 2021 Rp 120 miliar.")
    vals = sorted(x for v in got.values() for x in v)
    assert vals == [(8.4e10, "2020"), (1.2e11, "2021")]


def test_a_year_in_brackets_after_the_amount_is_its_own() -> None:
    got = _as_of('"Sitaan kami Rp 70 miliar (2024)," kata juru bicaranya, Selasa (15/7).')
    assert [x for v in got.values() for x in v] == [(7e10, "2024")]
