"""Findings and as_of fixes from the third QA read (issues 13 and 21): a change an article states itself is an
update, and a year the sentence before names is the period of a continuing sentence's figures.

All sentences are written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.quantities import extract_quantities
from kliping.extract.quotes import extract_quotes
from kliping.extract.times import extract_times
from kliping.link import link
from kliping.model import Document, Quantity
from kliping.synth.corpus import build_corpus
from kliping.synth.findings import figure_findings, sentence_changes
from kliping.synth.findings.stated_updates import _continued_change
from kliping.text import split_sentences
from tests.test_synth_figures import _dossier, _ev, _found

# --------------------------------------------------------------------------- stated changes (issue 13)


def _updates(text: str) -> list[list[tuple[str, int]]]:
    return _found(_dossier(_ev("c1", text, "2025-10-21", "Warta Contoh")), "update")


def test_a_cut_from_one_value_to_another_in_one_sentence_is_an_update() -> None:
    """``dipangkas dari X menjadi Y``: the article states the change, the one sentence carries both values."""
    text = ("Pemerintah provinsi memangkas kuota beasiswa dari 4.000 mahasiswa menjadi 3.200 mahasiswa tahun ini. "
            "Pendaftaran dibuka bulan depan di semua kampus negeri.")
    assert _updates(text) == [[("c1", 0)]]


def test_a_rise_with_its_size_between_the_values_is_one_update() -> None:
    """``dari Rp 5.000 naik Rp 1.000 menjadi Rp 6.000``: only the size of the move stands between old and new."""
    text = "Tarif parkir motor di pusat kota dari Rp 5.000 naik Rp 1.000 menjadi Rp 6.000 sejak pekan lalu."
    assert _updates(text) == [[("c1", 0)]]


def test_a_value_marked_earlier_then_cut_in_the_next_sentence_is_an_update() -> None:
    """``semula X peserta`` then ``Namun, kuota itu dikurangi menjadi Y``: the new sentence names no noun, continues
    the one before and names what it changes (``kuota``)."""
    text = ("Kabupaten itu semula mendapat kuota 9 ribu peserta untuk program pelatihan kerja. "
            "Namun, kuota tersebut kemudian dikurangi menjadi 7 ribu. "
            "Dinas setempat kini memverifikasi data calon peserta di tiap kecamatan.")
    assert _updates(text) == [[("c1", 0), ("c1", 1)]]


def test_a_proposed_change_is_no_update() -> None:
    """``mengusulkan menaikkan ... dari X menjadi Y``: a proposal, the value has not moved."""
    text = "Kementerian mengusulkan menaikkan insentif guru honorer dari Rp 300.000 menjadi Rp 500.000 per bulan."
    assert _updates(text) == []


def test_a_list_of_changes_gives_no_update_it_could_not_name() -> None:
    """Two items each changed in one sentence (a price list): each item its own figure, no single fact."""
    text = ("Harga benih turun, yaitu padi dari Rp 12.000 per kilogram menjadi Rp 10.000 per kilogram dan jagung "
            "dari Rp 9.000 per kilogram menjadi Rp 8.000 per kilogram.")
    assert _updates(text) == []


def test_a_comparison_with_a_past_value_is_no_stated_change() -> None:
    """``berkurang dari X`` with no new value after ``menjadi``: a comparison, not a change from X to Y."""
    text = "Jumlah itu jauh berkurang dari total 20 ribu peserta yang sebelumnya terdaftar, kata kepala dinas."
    assert _updates(text) == []


def _changes(text: str) -> list[tuple[str, str]]:
    qs = _found_q(text)
    return [(x.text, y.text) for x, y in sentence_changes(text, qs)]


def _continued(text: str) -> bool:
    qs = _found_q(text)
    prev, cur = (s.text for s in split_sentences(text))
    return _continued_change(prev, [q for q in qs if q.sentence == 0], cur, [q for q in qs if q.sentence == 1]) is not None


def test_a_change_stays_within_its_clause() -> None:
    """``naik dari 5 persen, sedangkan pajak diturunkan menjadi 8 persen``: the old value of one clause, the new of
    another thing in the next (comma and a word of contrast)."""
    assert _changes("Suku bunga naik dari 5 persen, sedangkan pajak diturunkan menjadi 8 persen.") == []
    assert _changes("Harga gabah naik dari 30 persen, namun ongkos angkut dinaikkan menjadi 45 persen.") == []
    assert _changes("Suku bunga acuan naik dari 5 persen menjadi 6 persen bulan ini.") == [("5 persen", "6 persen")]


def test_a_new_value_of_another_thing_in_the_next_sentence_is_no_change() -> None:
    """An opener (``Kini``, ``Namun``) alone does not say the new value is the earlier one's: the words before it must
    name what the earlier clause measured."""
    assert not _continued("Semula harga BBM Rp 10.000 per liter. Kini tarif ojek naik menjadi Rp 12.000.")
    assert not _continued("Sebelumnya inflasi 3 persen. Namun pengangguran kemudian naik menjadi 6 persen.")
    assert _continued("Semula harga BBM Rp 10.000 per liter. Namun harga itu kemudian naik menjadi Rp 12.000.")
    assert _continued("Awalnya desa itu dijatah 500 peserta pelatihan. Namun, kuota tersebut dipangkas menjadi 300.")


def test_a_sum_with_ditambah_is_no_change() -> None:
    """``30 orang siswa ditambah 20 orang guru menjadi 50 orang``: ``ditambah`` is "plus", the middle value counts
    its own group, not the size of a movement."""
    assert _changes("Total peserta dari 30 orang siswa ditambah 20 orang guru menjadi 50 orang.") == []


def test_ranks_and_numbered_points_are_no_changing_amounts() -> None:
    """``dari posisi 3 ke posisi 1``, ``dari titik 3 ke titik 8``: places in a list or on a map, no amount."""
    assert _changes("Tim itu naik dari posisi 3 ke posisi 1 klasemen sementara liga.") == []
    assert _changes("Titik api bergeser dari titik 3 ke titik 8.") == []


def test_shares_of_different_bases_are_no_change() -> None:
    """``38 persen terhadap PDB`` then ``40 persen terhadap ekspor``, ``30 persen di desa`` then ``20 persen di kota``:
    two measures; one base at two times (``di awal tahun`` / ``di akhir tahun``) stays a change."""
    assert _changes("Rasio utang naik dari 38 persen terhadap PDB menjadi 40 persen terhadap ekspor.") == []
    assert _changes("Angka kemiskinan turun dari 30 persen di desa menjadi 20 persen di kota.") == []
    assert _changes("Rasio utang naik dari 38 persen di awal tahun menjadi 40 persen di akhir tahun.") == [
        ("38 persen", "40 persen")]


def test_stated_changes_are_read_in_every_article_of_the_storyline() -> None:
    """The storyline's articles are read for stated changes even when none of their values made a figure point."""
    ev = _ev("s1", "Pemerintah kota memangkas kuota beasiswa dari 4.000 mahasiswa menjadi 3.200 mahasiswa tahun ini.",
             "2025-10-21", "Warta Contoh")
    corpus = build_corpus(link([ev]))
    assert [f.kind for f in figure_findings(corpus, {}, [0])] == ["update"]
    assert figure_findings(corpus, {}) == []


# --------------------------------------------------------------------------- as_of from the sentence before (issue 21)


def _found_q(text: str, published: str = "2025-10-21") -> list[Quantity]:
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text), published=published)
    return extract_quantities(d, times=extract_times(d), quotes=extract_quotes(d))


def test_a_continuing_sentence_takes_the_year_the_sentence_before_names() -> None:
    """``Sepanjang 2023, ...`` then ``Adapun ... tersebut ...``: the second sentence names no time and continues the
    first, so its figure holds for 2023 too."""
    qs = _found_q("Sepanjang 2023, koperasi itu menyalurkan pinjaman kepada 1.200 anggota. "
                  "Adapun total pinjaman tersebut mencapai Rp 4,5 miliar.")
    assert [q.as_of for q in qs] == ["2023", "2023"]


def test_a_quote_running_on_carries_its_year() -> None:
    """A quote opened in the sentence with the year and closed in the next: one statement about one year."""
    qs = _found_q("\"Pada 2023 ada 640 sekolah yang direnovasi. Biayanya mencapai Rp 96 miliar dari APBD,\" "
                  "kata kepala dinas.")
    assert [q.as_of for q in qs] == ["2023", "2023"]


def test_no_year_carried_to_a_sentence_of_the_present_or_of_a_new_topic() -> None:
    assert [q.as_of for q in _found_q("Sepanjang 2023, koperasi itu melayani 1.200 anggota. "
                                      "Kini jumlah anggota tersebut mencapai 1.500 orang.")] == ["2023", None]
    assert [q.as_of for q in _found_q("Sepanjang 2023, koperasi itu melayani 1.200 anggota. "
                                      "Pemerintah daerah menyiapkan 300 bibit durian bagi petani.")] == ["2023", None]
    assert [q.as_of for q in _found_q("Pada 2022 kebun itu panen 40 ton jeruk. "
                                      "Setelah itu, pemiliknya membeli 3 truk baru.")] == ["2022", None]


def test_no_year_carried_to_a_plan_a_target_or_this_time() -> None:
    """A sentence of a plan (``akan``), a target (``menargetkan``) or of now (``kali ini``) holds for a time of its
    own, even when it opens with ``Selain itu`` or points back."""
    first = "Pada 2023, perusahaan mencatat kerugian Rp 5 miliar. "
    for nxt in ("Selain itu, perusahaan akan merekrut 500 karyawan baru.",
                "Ke depan, perusahaan itu menargetkan laba Rp 2 miliar.",
                "Program ini menargetkan 1 juta rumah terbangun."):
        assert [q.as_of for q in _found_q(first + nxt)] == ["2023", None]
    assert [q.as_of for q in _found_q("Pada 2023, lomba itu diikuti 200 peserta. Kali ini, lomba diikuti 300 peserta.")
            ] == ["2023", None]


def test_pointing_back_needs_a_word_the_sentence_before_names() -> None:
    """``Pria itu`` after ``Budi lahir pada 1980``: ``itu`` points at a person the sentence before does not name as a
    word, no figure of 1980; ``total pinjaman tersebut`` after ``menyalurkan pinjaman`` does carry."""
    assert [q.as_of for q in _found_q("Budi lahir pada 1980. Pria itu punya 3 anak dan 2 cucu.")] == [None, None]
    qs = _found_q("Sepanjang 2023, koperasi itu menyalurkan pinjaman kepada 1.200 anggota. "
                  "Total pinjaman tersebut mencapai Rp 4,5 miliar.")
    assert [q.as_of for q in qs] == ["2023", "2023"]
    qs = _found_q("Dinas itu merujuk pada rekap tahun 2024 yang sudah masuk. "
                  "Angka tersebut mencakup 900 laporan warga dan 300 laporan sekolah.")
    assert [q.as_of for q in qs] == ["2024", "2024"]  # ``Angka``: a noun of a figure, named or not


def test_a_sentence_closing_a_quote_carries_nothing_past_it() -> None:
    """The sentence with the year closes a quote opened the sentence before: the next sentence, outside any quote,
    does not run on from it (an odd count of quote marks in the year's sentence said it did)."""
    qs = _found_q("\"Penjualan kami turun tajam. Pada 2023 kerugian perusahaan mencapai Rp 5 miliar,\" kata direktur "
                  "itu. Sebanyak 300 orang bekerja di pabrik baru.")
    assert [q.as_of for q in qs] == ["2023", None]


def test_no_year_carried_from_a_span_end_or_beside_another_date() -> None:
    """``tahun anggaran 2019-2021`` names a span, and ``pada Juli 2025 ... kasus tahun 2021`` two times: neither
    tells the next sentence's period."""
    qs = _found_q("Proyek itu dikerjakan pada tahun anggaran 2019-2021. Kerugian negara dalam proyek tersebut "
                  "mencapai Rp 5,2 miliar.")
    assert [q.as_of for q in qs] == [None]
    qs = _found_q("Pada Juli 2025, jaksa menetapkan tersangka baru dalam kasus pengadaan tahun 2021. "
                  "Tersangka itu terdiri dari dua pejabat dan satu rekanan.")
    assert [q.as_of for q in qs] == [None, None]


def test_the_day_a_continuing_quote_was_said_is_not_its_period() -> None:
    """``..., kata X, Senin (20/10/2025)`` after the figure: the day the speaker said it, not the year the quote names
    in the sentence before."""
    qs = _found_q("\"Di tahun 2024, tercatat 8,1 juta peserta menderita asma. Biaya pengobatan penyakit tersebut "
                  "mencapai Rp 6,4 triliun,\" kata direktur itu, Senin (20/10/2025).")
    assert [q.as_of for q in qs] == ["2024", "2024"]


def test_the_day_a_plan_was_copied_is_not_its_table_as_of() -> None:
    """``dikutip ..., Senin (18/8)`` in a sentence of a plan year: the day the outlet copied the budget text, and a
    figure for next year holds for no day of this one. A market level copied the same way keeps its day."""
    d = _dossier(_ev("p1", "\"Dalam rancangan anggaran 2027, belanja pegawai direncanakan sebesar Rp 120 triliun,\" tulis "
                     "dokumen anggaran, dikutip dari situs kementerian, Senin (17/8/2026). Rupiah dibuka di level "
                     "Rp 16.250 per dolar AS, dilansir dari kantor berita, Senin (17/8/2026).", "2026-08-18", "Warta"))
    as_of = {(v.sentence, v.value): v.as_of for line in d.storylines for f in line.figures for v in f.values}
    assert as_of == {(0, 120e12): None, (1, 16250.0): "2026-08-17"}


# --------------------------------------------------------------------------- one group of people (issue 13)


def test_a_generic_count_of_people_joins_the_group_the_article_counts_with_its_value() -> None:
    """``11 ribu orang`` in an article that also counts ``11 ribu peserta``: one group, one series."""
    d = _dossier(_ev("g1", "Kabupaten itu mendapat kuota pelatihan kerja bagi 8 ribu orang dari pemerintah pusat. "
                     "Menurut kepala dinas, kuota 8 ribu peserta itu dibagi ke semua kecamatan. "
                     "Sebanyak 450 orang relawan ikut mendata calon penerima.", "2025-10-21", "Warta Contoh"))
    figs = {f.about: [(v.article, v.sentence) for v in f.values] for line in d.storylines for f in line.figures}
    # one reading of the group (the article's repeat is listed once, ``figures.table.once_per_article``): the 8 ribu
    # orang make no series of their own
    assert figs.get("peserta") == [("g1", 0)]
    assert figs.get("orang") == [("g1", 2)]  # the volunteers: another value, still counted under orang


def test_an_equal_count_of_people_far_off_or_on_another_topic_is_no_group() -> None:
    """``1.000 peserta`` of a race and ``1.000 orang`` evacuated by a flood: the counts coincide, the people differ;
    only a count in the same sentence, or the next one pointing back or naming the same topic, joins the group."""
    for text in ("Lomba lari di kota itu diikuti 1.000 peserta dari berbagai daerah. "
                 "Panitia menyiapkan 20 pos minum di sepanjang rute. "
                 "Di kecamatan lain, luapan sungai membuat 1.000 orang mengungsi ke balai desa.",
                 "Lomba lari di kota itu diikuti 1.000 peserta dari berbagai daerah. "
                 "Luapan sungai di hulu membuat 1.000 orang mengungsi ke balai desa."):
        d = _dossier(_ev("g2", text, "2025-10-21", "Warta Contoh"))
        figs = {f.about: [(v.article, v.sentence) for v in f.values] for line in d.storylines for f in line.figures}
        assert figs.get("peserta") == [("g2", 0)]
        # the evacuees are named by their role (``figures.counts.amount_role``), still apart from the runners
        assert [s for _a, s in figs.get("orang (mengungsi)", [])] == [text.count(". ")]



def test_a_count_of_people_further_off_joins_when_its_clause_names_the_same_figure() -> None:
    """``mendapat jatah pelatihan bagi 600 orang`` and, sentences later, ``kuota 600 peserta dibagi``: the clauses before
    the counts name one figure (``jatah``/``kuota``), so the people are one group."""
    text = ("Desa itu mendapat jatah pelatihan menjahit bagi 600 orang dari pemerintah provinsi. "
            "Pelatihan digelar di balai desa selama dua pekan. "
            "Para pelatih didatangkan dari sebuah sekolah mode di ibu kota. "
            "Menurut kepala desa, kuota 600 peserta dibagi rata ke lima dusun.")
    d = _dossier(_ev("g3", text, "2025-10-21", "Warta Contoh"))
    figs = {f.about: [(v.article, v.sentence) for v in f.values] for line in d.storylines for f in line.figures}
    assert figs.get("peserta") == [("g3", 0)]  # the 600 orang, listed once with the 600 peserta they are
    assert not any(about.startswith("orang") for about in figs)
