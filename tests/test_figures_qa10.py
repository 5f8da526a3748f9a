"""Figures and findings fixes from the seventh QA read (classes 2, 3 and 8): a physical amount with no noun is named
by the dimension its sentence gives it (``figures.measures.amount_dimension``); one sentence's lone values of one bare
unit are one table (``figures.table.one_sentence_lists``); a series named by its unit alone is headed by the unit once.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.model import Dossier
from kliping.render import render_html, render_markdown
from tests.test_synth_figures import _dossier, _ev


def _figs(d: Dossier) -> list[tuple[str, str | None, list[float]]]:
    return [(f.about, f.unit, [v.value for v in f.values]) for line in d.storylines for f in line.figures]


def _holding(d: Dossier, value: float, unit: str) -> list[str]:
    return [about for about, u, vals in _figs(d) if u == unit and value in vals]


# --------------------------------------------------------------------------- the dimension of a physical amount


def test_a_height_and_a_length_of_one_flood_are_named_apart() -> None:
    """``genangan sepanjang hampir satu kilometer`` and ``banjir setinggi 40 sentimeter``: a length and a height, not
    two tables headed ``km`` and ``cm`` with nothing to tell them apart."""
    d = _dossier(_ev("d1", "Hujan deras sejak sore membuat jalan utama di Kecamatan Sukamaju tergenang. Genangan itu "
                     "membentang sepanjang hampir satu kilometer di depan pasar. Warga menyebut banjir setinggi "
                     "40 sentimeter masuk ke rumah mereka pada malam hari.", "2025-10-22", "Warta Contoh"))
    assert _holding(d, 1, "km") == ["panjang"]
    assert _holding(d, 40, "cm") == ["tinggi"]


def test_a_dimension_word_names_only_an_amount_of_its_kind() -> None:
    """``berat badan 60 kg (250 kalori), 75 kg (300 kalori)``: the weights are ``berat``; the calories between them are
    no weight and keep their unit's name, in one table (one sentence's list)."""
    d = _dossier(_ev("d2", "Sebuah lembaga kesehatan menghitung energi yang dipakai saat berlari santai. Orang dengan "
                     "berat badan 60 kg (250 kalori), 75 kg (300 kalori), dan 90 kg (360 kalori) membakar jumlah "
                     "yang berbeda dalam setengah jam.", "2025-10-20", "Warta Contoh"))
    figs = _figs(d)
    assert ("berat", "kg", [60, 75, 90]) in figs
    assert ("kcal", "kcal", [250, 300, 360]) in figs


def test_sepanjang_a_year_is_no_length_of_a_mass() -> None:
    """Near variant: ``sepanjang tahun ini 500 ton``: a dimension word of another kind (a length) names no mass."""
    d = _dossier(_ev("d3", "Gudang milik koperasi di Desa Mekarsari menampung hasil panen petani. Sepanjang tahun ini "
                     "500 ton gabah masuk ke gudang tersebut.", "2025-10-20", "Warta Contoh"))
    assert "panjang" not in _holding(d, 500, "t")


def test_a_length_before_dari_is_a_distance() -> None:
    """``sekitar 150 kilometer dari perbatasan``: the distance of a place, named ``jarak``."""
    d = _dossier(_ev("d4", "Truk pengangkut bantuan berangkat dari gudang logistik pada pagi hari. Posko pengungsian "
                     "itu terletak sekitar 150 kilometer dari perbatasan provinsi.", "2025-10-20", "Warta Contoh"))
    assert _holding(d, 150, "km") == ["jarak"]


def test_an_unnamed_length_stays_under_its_unit() -> None:
    """Near variant: nothing names what ``sempat mencapai 6 kilometer`` measures (the queue is not a dimension word):
    the amount keeps its unit's name rather than take a guessed one."""
    d = _dossier(_ev("d5", "Kendaraan dari arah timur tersendat parah di jalur pantura. Antrean sempat mencapai "
                     "6 kilometer menjelang siang.", "2025-10-22", "Warta Contoh"))
    assert _holding(d, 6, "km") == ["km"]


# --------------------------------------------------------------------------- headings


def test_a_series_named_by_its_unit_is_not_headed_by_it_twice() -> None:
    """``Di halaman 80 cm, di dalam rumah 20 cm`` names no dimension: one table of the sentence's two values, headed
    ``cm``, never ``cm (cm)``."""
    d = _dossier(_ev("d6", "Banjir merendam permukiman di Desa Cibening sejak dini hari. \"Di halaman sempat 80 cm, "
                     "di dalam rumah 20 cm,\" kata seorang warga.", "2025-10-21", "Warta Contoh"))
    assert ("cm", "cm", [80, 20]) in _figs(d)
    md, html = render_markdown(d), render_html(d)
    assert "cm (cm)" not in md and "(cm)</small>" not in html
    assert "#### cm\n" in md


# --------------------------------------------------------------------------- a place per number


_CLINICS = "Keracunan makanan menimpa puluhan siswa di Kecamatan Kairatu. Sebanyak 40 siswa sempat dirawat di Puskesmas Waimital. "


def test_each_count_of_a_list_takes_the_place_written_with_it() -> None:
    """``di Puskesmas Kairatu tinggal 3 orang dan Puskesmas Waimital 2 orang``: the 2 are at Waimital, not filed under
    the first place of the sentence."""
    d = _dossier(_ev("p1", _CLINICS + "\"Hingga sore ini, siswa yang masih dirawat di Puskesmas Kairatu tinggal 3 orang "
                     "dan Puskesmas Waimital 2 orang,\" ujarnya.", "2025-10-21", "Warta Contoh"))
    assert _holding(d, 3, None) == ["orang (di Puskesmas Kairatu)"]
    assert _holding(d, 2, None) == ["orang (di Puskesmas Waimital)"]


def test_places_written_after_their_counts_pair_the_same_way() -> None:
    """Near variant: ``3 orang ... di Puskesmas Kairatu dan 2 orang di Puskesmas Waimital``."""
    d = _dossier(_ev("p2", _CLINICS + "Hingga sore ini, 3 orang masih dirawat di Puskesmas Kairatu dan 2 orang di "
                     "Puskesmas Waimital.", "2025-10-21", "Warta Contoh"))
    assert _holding(d, 3, None) == ["orang (di Puskesmas Kairatu)"]
    assert _holding(d, 2, None) == ["orang (di Puskesmas Waimital)"]


def test_one_place_of_two_counts_stays_the_place_of_both() -> None:
    """Near variant: one place, two counts (``di Puskesmas Kairatu, 3 orang masih dirawat dan 5 orang sudah pulang``):
    no list of places, both counts are told of that place."""
    d = _dossier(_ev("p3", _CLINICS + "Di Puskesmas Kairatu, 3 orang masih dirawat dan 5 orang sudah pulang ke rumah "
                     "masing-masing.", "2025-10-21", "Warta Contoh"))
    assert _holding(d, 3, None) == _holding(d, 5, None) == ["orang (di Puskesmas Kairatu)"]


# --------------------------------------------------------------------------- an aim with no target word


def test_an_amount_to_be_reached_for_a_purpose_is_a_target() -> None:
    """``bekerja keras untuk mencapai 45 juta penerima``: the aim, marked ``(target)``, not a reported count beside the
    30 juta reached."""
    d = _dossier(_ev("t1", "Program makan bergizi kini menjangkau 30 juta penerima manfaat di seluruh Indonesia. "
                     "Presiden mengatakan kepala badan bekerja keras untuk mencapai 45 juta penerima manfaat pada "
                     "akhir tahun.", "2025-10-20", "Warta Contoh"))
    assert _holding(d, 45e6, None) == ["penerima (target)"]
    assert _holding(d, 30e6, None) == ["penerima"]


def test_a_count_that_reaches_a_number_is_no_target() -> None:
    """Near variant: ``mencapai`` with no word of purpose before it reports the count (``bertambah hingga mencapai
    232 orang``)."""
    d = _dossier(_ev("t2", "Jumlah siswa yang diduga keracunan makanan di kabupaten itu terus bertambah hingga "
                     "mencapai 232 orang.", "2025-10-21", "Warta Contoh"))
    assert _holding(d, 232, None) == ["orang"]


# --------------------------------------------------------------------------- a calibre written without "kaliber"


def test_millimetres_after_a_shell_are_its_calibre_and_the_agreement_says_so() -> None:
    """``granat mortir 81 milimeter`` is a calibre as ``kaliber 81 milimeter`` is: the two outlets' sizes are one
    series, and the agreement between them is about the calibre, not about ``mm``."""
    d = _dossier(
        _ev("c1", "Gudang amunisi milik batalyon zeni di Desa Sukaraja terbakar pada Senin malam. Polisi dan tim gegana "
                  "menemukan sisa amunisi kaliber 81 milimeter di antara puing gudang amunisi itu.",
            "2025-10-21", "Warta Contoh"),
        _ev("c2", "Gudang amunisi milik batalyon zeni di Desa Sukaraja terbakar pada Senin malam. Polisi dan tim "
                  "gegana mengamankan granat mortir 81 milimeter yang belum meledak dari puing gudang amunisi itu.",
            "2025-10-21", "Kabar Lain"))
    assert _holding(d, 81, "mm") == ["kaliber"]
    agreed = [f.about for line in d.storylines for f in line.findings if f.kind == "agreement"
              and {i.article for i in f.items} == {"c1", "c2"}]
    assert "kaliber" in agreed and "mm" not in agreed


def test_millimetres_far_from_any_gun_word_keep_their_unit() -> None:
    """Near variant: ``curah hujan`` aside, ``sampai 120 milimeter`` after unrelated words is no calibre."""
    d = _dossier(_ev("c3", "Air sungai naik cepat setelah hujan sepanjang malam. Petugas mencatat permukaan air naik "
                     "sampai 120 milimeter dalam satu jam di pos pantau.", "2025-10-21", "Warta Contoh"))
    assert "kaliber" not in _holding(d, 120, "mm")
