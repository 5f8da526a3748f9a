"""Figures and findings fixes from the eighth QA read of real dossiers: the year of a base value does not date the
new value (``figures.dates.dated_elsewhere``); amounts named by their unit alone form a series only within one fact
(``figures.table.split_bare``); ``pagu``/``alokasi`` are words of one budget (``figure_cues.MONEY_SYNONYMS``); ``dari A
menjadi B`` with no verb states a change (``figures.moves.is_base``, ``findings.sentence_changes``); a discrepancy of
values exactly 1.000 times apart carries a note of a likely unit slip (``findings.discrepancy.unit_slip``).

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import Dossier
from kliping.render import render_html, render_markdown, to_json, validate
from tests.test_synth_figures import _dossier, _ev, _found


def _table(d: Dossier) -> list[tuple[str, tuple[tuple[str, int, float, str | None], ...]]]:
    """Every figure of the dossier as ``(about, ((article, sentence, value, as_of), ...))``."""
    return [(f.about, tuple((v.article, v.sentence, v.value, v.as_of) for v in f.values))
            for line in d.storylines for f in line.figures]


def _as_of(d: Dossier) -> dict[float, str | None]:
    return {v[2]: v[3] for _about, vals in _table(d) for v in vals}


# --------------------------------------------------------------------------- the year of a base value


def test_the_year_of_the_old_value_does_not_date_the_new_value() -> None:
    """``pada 2014 tercatat 300 ribu pasien, lalu melonjak menjadi 2,1 juta pasien yang berobat di 2024``: 2014 is the
    year of the 300 ribu; the 2,1 juta holds for 2024. With no year of its own after the move (``..., kemudian naik
    menjadi 90 ribu kunjungan``) the new value gets no year rather than the old one's."""
    d = _dossier(_ev("y1", "Data dinas menunjukkan pada 2014 tercatat sekitar 300 ribu pasien, lalu melonjak menjadi "
                     "2,1 juta pasien yang berobat di 2024. Pada 2015 jumlah kunjungan 50 ribu, kemudian naik menjadi "
                     "90 ribu kunjungan.", "2025-10-20", "Kabar Satu"))
    got = _as_of(d)
    assert got[300_000] == "2014" and got[2_100_000] == "2024"
    assert got[90_000] is None


def test_a_year_opening_a_list_of_amounts_dates_each_of_them() -> None:
    """Near variant: ``Pada 2024, penyidik menyita uang Rp 5 miliar dan 3 mobil``: no move between the amounts, the
    year dates both."""
    d = _dossier(_ev("y2", "Penyidik terus menelusuri aset para tersangka. Pada 2024, penyidik menyita uang Rp 5 miliar "
                     "dan 3 mobil dari rumah tersangka.", "2025-10-20", "Kabar Satu"))
    got = _as_of(d)
    assert got[5e9] == "2024" and got[3] == "2024"


def test_a_year_opening_a_sentence_dates_both_sides_of_a_contrast() -> None:
    """Near variant: ``Sepanjang 2024, ... minyak 650.000 barel per hari, sementara produksi gas 1.100 MBOEPD``:
    ``sementara`` sets two things side by side in one year, it does not move on in time."""
    d = _dossier(_ev("y3", "Sepanjang 2024, perusahaan mencatat produksi minyak sebesar 650.000 barel per hari, "
                     "sementara produksi gas mencapai 1.100 MBOEPD.", "2025-10-06", "Kabar Satu"))
    got = _as_of(d)
    assert got[650_000] == "2024" and got[1100] == "2024"


# --------------------------------------------------------------------------- amounts named by their unit alone


def test_amounts_named_only_by_their_unit_form_no_series_across_unrelated_sentences() -> None:
    """``menerima Rp 4 miliar dari kontraktor`` and ``rumah senilai Rp 1,2 miliar`` (``nilai rumah``) share no series; ``12 orang``
    questioned and ``3 orang petugas`` on guard share only ``orang``: each value stands alone (a figure of one value,
    the render's figures of one report), no two-value series."""
    d = _dossier(_ev("k1", "Penyidik menelusuri aliran uang dalam perkara suap proyek jalan di kabupaten itu. "
                     "Tersangka diduga menerima Rp 4 miliar dari kontraktor proyek jalan. Sebagian uang dipakai membeli "
                     "rumah senilai Rp 1,2 miliar di pinggir kota. Sebanyak 12 orang sudah diperiksa sebagai saksi. "
                     "Dalam penggeledahan, 3 orang petugas berjaga di depan rumah itu.", "2025-10-06", "Kabar Satu"))
    bare = [vals for about, vals in _table(d) if about in ("IDR", "orang")]
    assert sorted(v[2] for vals in bare for v in vals) == [3.0, 12.0, 4e9]
    assert all(len(vals) == 1 for vals in bare)
    # the house's price is named by the thing it is the value of (``figures.money.valued_thing``), a table of its own
    assert [[v[2] for v in vals] for about, vals in _table(d) if about == "nilai rumah"] == [[1.2e9]]


def test_amounts_of_one_fact_named_only_by_their_unit_still_form_a_series() -> None:
    """Near variant: two reports of the same day's crowd, ``sekitar 7 juta orang`` in sentences about the same rallies,
    keep one ``orang`` series of two values."""
    a = _ev("d1", "Aksi tolak kebijakan tarif digelar di ratusan kota pada Sabtu. Panitia aksi tolak kebijakan tarif "
            "menyebut sekitar 7 juta orang ikut turun ke jalan pada Sabtu.", "2025-10-19", "Kabar Satu")
    b = _ev("d2", "Aksi tolak kebijakan tarif digelar di ratusan kota pada Sabtu. Menurut panitia aksi tolak kebijakan "
            "tarif, sekitar 7 juta orang ikut turun ke jalan pada Sabtu.", "2025-10-19", "Kabar Dua")
    series = [vals for about, vals in _table(_dossier(a, b)) if about == "orang"]
    assert [sorted(v[0] for v in vals) for vals in series] == [["d1", "d2"]]


# --------------------------------------------------------------------------- words of one budget


def test_pagu_anggaran_and_alokasi_key_one_budget() -> None:
    """``Pagu program ... Rp 71 triliun``, ``Anggaran program ... Rp 75 triliun`` and ``Alokasi untuk program ... Rp 71
    triliun`` of one day: one ``anggaran`` series, and the 75 disagrees with the two 71s."""
    opening = "Pemerintah menyiapkan program makan bergizi gratis untuk tahun depan. "
    tail = " program makan bergizi gratis tahun ini sebesar Rp {} triliun, kata pejabat Bappenas, Senin (6/10/2025)."
    arts = [_ev(aid, opening + word + tail.format(n), "2025-10-06", src)
            for aid, word, n, src in (("b1", "Pagu", 71, "Kabar Satu"), ("b2", "Anggaran", 75, "Kabar Dua"),
                                      ("b3", "Alokasi untuk", 71, "Kabar Tiga"))]
    d = _dossier(*arts)
    assert [sorted(v[0] for v in vals) for about, vals in _table(d) if about == "anggaran"] == [["b1", "b2", "b3"]]
    assert [("b1", 1), ("b2", 1), ("b3", 1)] in _found(d, "discrepancy")


def test_a_budget_cut_is_not_the_budget() -> None:
    """Near variant: ``efisiensi anggaran Rp 5 triliun`` stays a series of its own beside ``pagu Rp 71 triliun``."""
    d = _dossier(_ev("b4", "Pagu program itu tahun ini Rp 71 triliun. Kementerian juga melakukan efisiensi anggaran "
                     "Rp 5 triliun pada program lain.", "2025-10-06", "Kabar Satu"))
    names = {about: [v[2] for v in vals] for about, vals in _table(d)}
    assert names.get("anggaran") == [7.1e13] and names.get("efisiensi anggaran") == [5e12]


def test_the_spent_part_of_a_budget_is_not_the_budget() -> None:
    """Near variant: ``realisasi anggaran ... Rp 2,1 triliun dari pagu Rp 2,4 triliun``: the spent part is
    ``serapan``, the ceiling joins next year's ``pagu anggaran``; ``realisasi penerimaan`` stays revenue."""
    d = _dossier(_ev("p1", "Juru bicara lembaga itu merinci pada 2022 realisasi anggaran lembaga mencapai 96 persen, "
                     "yaitu Rp 2,1 triliun dari pagu Rp 2,4 triliun. Pada 2023, pagu anggaran lembaga naik menjadi "
                     "Rp 2,6 triliun. Realisasi penerimaan pajak daerah mencapai Rp 3 triliun.", "2025-10-06",
                     "Kabar Satu"))
    names = {about: [v[2] for v in vals] for about, vals in _table(d)}
    assert names.get("anggaran") == [2.4e12, 2.6e12]
    assert names.get("serapan") == [2.1e12] and names.get("penerimaan") == [3e12]


# --------------------------------------------------------------------------- ``dari A menjadi B`` with no verb


def test_dari_a_menjadi_b_with_no_verb_keeps_the_old_value_out_of_the_table() -> None:
    """A list of regencies: ``di Kabupaten Sleman penerima naik dari 1.200 orang menjadi 1.500 orang, sedangkan di
    Kabupaten Bantul dari 900 orang menjadi 1.100 orang``: the 900 is Bantul's earlier value, not a second value of
    the same day beside the 1.100."""
    d = _dossier(_ev("r1", "Jumlah penerima bantuan pangan bertambah di dua daerah. Di Kabupaten Sleman penerima naik "
                     "dari 1.200 orang menjadi 1.500 orang, sedangkan di Kabupaten Bantul dari 900 orang menjadi "
                     "1.100 orang.", "2025-10-06", "Kabar Satu"))
    values = sorted(v[2] for _about, vals in _table(d) for v in vals if v[2] >= 100)
    assert values == [1100.0, 1500.0]


def test_the_old_value_of_a_stated_change_meets_no_other_report_as_a_discrepancy() -> None:
    """``Tarif ... dari Rp 2.000 menjadi Rp 2.500 per kilometer`` and another outlet's ``tarif ... kini Rp 2.500`` the
    same day: the 2.000 is the old tariff, so no discrepancy; the first report's change is an update of one
    sentence."""
    a = _ev("t1", "Kementerian Perhubungan mengubah tarif ojek daring pekan ini. Tarif batas bawah ojek daring di Jawa "
            "dari Rp 2.000 menjadi Rp 2.500 per kilometer, ujar pejabat itu, Senin (6/10/2025).", "2025-10-06",
            "Kabar Satu")
    b = _ev("t2", "Kementerian Perhubungan mengubah tarif ojek daring pekan ini. Pejabat itu menyebut tarif batas bawah "
            "ojek daring di Jawa kini Rp 2.500, Senin (6/10/2025).", "2025-10-06", "Kabar Dua")
    d = _dossier(a, b)
    assert not _found(d, "discrepancy")
    assert [("t1", 1)] in _found(d, "update")


def test_dari_a_ke_b_with_no_verb_is_a_route_not_a_change() -> None:
    """Near variant: ``dikirim dari 3 gudang ke 12 posko`` moves goods between places: the 3 warehouses stay in the
    table (no old value; the extractor reads ``ke 12`` as an ordinal and keeps no count of it)."""
    d = _dossier(_ev("g1", "Beras bantuan dikirim dari 3 gudang ke 12 posko pengungsian sejak pagi.", "2025-10-06",
                     "Kabar Satu"))
    assert 3.0 in [v[2] for _about, vals in _table(d) for v in vals]
    assert not _found(d, "update")


# --------------------------------------------------------------------------- a thousandfold discrepancy


def _slip_dossier(first: str, second: str) -> Dossier:
    lede = "Pemerintah daerah menyiapkan dana bantuan untuk korban banjir di kota itu. "
    line = "Dana bantuan banjir yang disiapkan pemerintah daerah mencapai {}, kata kepala dinas, Senin (6/10/2025)."
    return _dossier(_ev("m1", lede + line.format(first), "2025-10-06", "Kabar Satu"),
                    _ev("m2", lede + line.format(second), "2025-10-06", "Kabar Dua"))


def test_values_exactly_a_thousandfold_apart_are_noted_as_a_likely_unit_slip() -> None:
    """``Rp 2 miliar`` against ``Rp 2 triliun`` the same day: still a discrepancy, with a note naming both wordings as
    a likely slip of the scale word; the note reaches the JSON (valid against the contract), Markdown and HTML."""
    d = _slip_dossier("Rp 2 miliar", "Rp 2 triliun")
    [f] = [f for line in d.storylines for f in line.findings if f.kind == "discrepancy"]
    assert "Rp 2 miliar" in f.note and "Rp 2 triliun" in f.note and "1.000 kali" in f.note
    obj = to_json(d)
    validate(obj)
    assert [x["note"] for line in obj["storylines"] for x in line["findings"] if "note" in x] == [f.note]
    assert f.note in render_markdown(d)
    assert "1.000 kali" in render_html(d)


def test_values_not_exactly_a_thousandfold_apart_carry_no_note() -> None:
    """Near variant: ``Rp 2 miliar`` against ``Rp 2,5 triliun`` disagree with no sign of a unit slip: no note, and
    the JSON finding has no ``note`` key."""
    d = _slip_dossier("Rp 2 miliar", "Rp 2,5 triliun")
    [f] = [f for line in d.storylines for f in line.findings if f.kind == "discrepancy"]
    assert f.note == ""
    assert all("note" not in x for line in to_json(d)["storylines"] for x in line["findings"])
