"""The figures table shows values of one thing per series (QA review, section 10): invented Indonesian reports
run through the real extractor, linker and synth (``synth.figures.build_figures``)."""

from __future__ import annotations

from kliping.extract import extract
from kliping.link import link
from kliping.model import Quantity
from kliping.synth import synthesize
from kliping.synth.figures import amount_clause, sentence_tokens
from kliping.synth.figures.clauses import _CLAUSE_BREAK
from kliping.synth.figures.modes import amount_plan
from kliping.synth.figures.moves import is_delta
from tests.test_link_helpers import make_doc


def _series(text: str) -> dict[str, list[float]]:
    """``about -> values`` of the figures table of one invented report."""
    ev = extract(make_doc("f1", text, published="2025-03-03", source="Warta Contoh"))
    out: dict[str, list[float]] = {}
    for line in synthesize(link([ev])).storylines:
        for f in line.figures:
            out.setdefault(f.about, []).extend(v.value for v in f.values)
    return out


def _amount(text: str, number: str) -> Quantity:
    ev = extract(make_doc("q1", text, published="2025-03-03", source="Warta Contoh"))
    [q] = [q for q in ev.quantities if number in q.text]
    return q


def test_a_move_restated_as_an_amount_after_its_percentage_is_a_move() -> None:
    text = "Harga minyak melemah 3 persen senilai 1,80 dollar AS per barel ke posisi 58,40 dollar AS per barel."
    assert is_delta(text, _amount(text, "1,80"))
    assert not is_delta(text, _amount(text, "58,40"))
    worth = "Kontrak pembelian senilai 1,80 miliar dollar AS ditandatangani di Jakarta."
    assert not is_delta(worth, _amount(worth, "1,80"))  # ``senilai`` without a move: a value


def test_prices_of_two_named_grades_are_two_series() -> None:
    series = _series("Pada Senin, minyak mentah WTI ditutup pada 71,20 dollar AS per barel, sementara minyak "
                     "Brent ditutup pada 75,40 dollar AS per barel.")
    assert series.get("per barel (WTI)") == [71.2] and series.get("per barel (Brent)") == [75.4]


def test_a_grade_written_out_is_that_grade_and_a_turn_to_another_oil_takes_none() -> None:
    series = _series("Minyak mentah light sweet untuk pengiriman Februari ditutup pada 57,10 dollar AS per barel "
                     "di New York.")
    assert series.get("per barel (WTI)") == [57.1]
    other = _series("Harga WTI naik tipis pada Selasa, sedangkan harga minyak mentah Indonesia tercatat "
                    "58 dollar AS per barel.")
    # the Indonesian crude is named by its product, no grade (``rate_product``: ``minyak``)
    assert "per barel (WTI)" not in other and other.get("per barel (minyak)") == [58.0]


def test_a_survey_result_is_a_reading_not_a_forecast() -> None:
    series = _series("Berdasarkan survei kerangka sampel area, produksi beras tahun ini mencapai 31,2 juta ton.")
    assert series.get("t") == [31_200_000.0]


def test_a_forecast_stays_out_of_the_table_but_an_estimate_of_the_past_stays() -> None:
    series = _series("Harga minyak ditutup pada 61,20 dollar AS per barel pada Jumat. Sejumlah analis memprediksi "
                     "harga minyak bisa merosot ke 40 dollar AS per barel.")
    assert 40.0 not in [v for vs in series.values() for v in vs]
    assert 61.2 in [v for vs in series.values() for v in vs]
    past = _series("Kapal itu diperkirakan sudah mengangkut sekitar 6.000 kontainer beras sejak awal Maret.")
    assert past.get("kontainer") == [6000.0]


def test_nouns_that_measure_nothing_make_no_series() -> None:
    series = _series("Saksi itu sudah dua kali dipanggil penyidik dan menyerahkan tiga jenis dokumen. Banjir "
                     "merendam 120 rumah di tepi sungai.")
    assert "kali" not in series and "jenis" not in series
    assert series.get("rumah") == [120.0]


def test_targets_plans_and_costs_are_series_of_their_own() -> None:
    series = _series("Hingga kini sudah 40.000 kendaraan terpasang alat pemantau itu. Pemerintah menargetkan "
                     "4 juta kendaraan terpasang alat itu pada akhir tahun. Di negeri itu, biaya produksinya cuma "
                     "15 dollar AS per barel, sedangkan harga jual ditutup pada 60 dollar AS per barel.")
    assert series.get("kendaraan") == [40000.0]
    assert series.get("kendaraan (target)") == [4_000_000.0]
    assert series.get("per barel (biaya)") == [15.0]
    assert series.get("per barel") == [60.0]


def test_akan_after_an_adjective_is_no_plan() -> None:
    rich = "Negeri itu kaya akan budaya dengan 1.200 suku bangsa."
    plan = "Bantuan itu akan menjangkau 35 juta keluarga penerima."
    for text, number, expected in ((rich, "1.200", False), (plan, "35", True)):
        q = _amount(text, number)
        assert amount_plan(text, q, sentence_tokens(text), amount_clause(text, q.start, q.end)) is expected
    assert _series(plan).get("keluarga (target)") == [35_000_000.0]


def test_a_negated_mungkin_or_a_price_before_an_average_is_no_forecast() -> None:
    series = _series("Tidak mungkin 12 juta warga ditanggung provinsi sendirian.")
    assert series.get("warga") == [12_000_000.0]
    grade = _series("Harga minyak Brent pekan ini masih di 77 dollar AS per barel dan rata-rata harga tahun ini "
                    "masih di bawah 73 dollar AS per barel.")
    assert 77.0 in [v for vs in grade.values() for v in vs]


def test_an_estimate_of_what_will_be_is_a_forecast() -> None:
    series = _series("Harga minyak ditutup pada 61,20 dollar AS per barel pada Jumat. Ada yang memperkirakan harga "
                     "minyak akan terus merosot ke 45 dollar AS per barel.")
    assert 45.0 not in [v for vs in series.values() for v in vs]


def _scanned_clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause as found before the bisection: every break of the sentence scanned in order."""
    lo, hi = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def test_a_clause_is_found_by_bisection_as_by_a_scan_of_the_sentence() -> None:
    """``amount_clause`` and ``Tokens.within`` (the per-sentence breaks and offsets found once) give the clause
    and its words a scan of the whole sentence gives, for every word of a sentence with several breaks."""
    text = ("Stok minyak AS, menurut EIA, naik 2 juta barel; produksi turun 1 persen, sedangkan impor tetap "
            "namun ekspor naik 3 persen, dan konsumsi stabil.")
    toks = sentence_tokens(text)
    for o, w in toks:
        lo, hi = amount_clause(text, o, o + len(w), toks)
        assert (lo, hi) == _scanned_clause(text, o, o + len(w))
        assert toks.within(lo, hi) == [(x, y) for x, y in toks if lo <= x < hi]
    assert text[slice(*amount_clause(text, text.index("2 juta"), text.index(" barel")))].strip() == \
        "Stok minyak AS, menurut EIA, naik 2 juta barel"


def test_a_move_restated_in_another_order_is_one_move() -> None:
    """``naik 12 persen, atau senilai Rp 4,5 triliun`` (a comma and two words between), ``turun 0,37% atau 5,12
    poin`` (a decimal share), ``naik senilai Rp 15.000 atau 25 persen`` and ``naik Rp 15.000 atau 25 persen`` (the
    amount first) each give one move twice: neither amount is a value of the series."""
    assert "IDR" not in _series("Nilai ekspor kopi naik 12 persen, atau senilai Rp 4,5 triliun, dibanding tahun lalu.")
    assert "poin" not in _series("Mata uang won turun 0,37% atau 5,12 poin menjadi 1.402,6 per dolar AS.")
    for text in ("Harga cabai rawit naik senilai Rp 15.000 atau 25 persen per kilogram dalam sepekan.",
                 "Harga cabai rawit naik Rp 15.000 atau 25 persen per kilogram dalam sepekan."):
        series = _series(text)
        assert "IDR" not in series and "per kilogram" not in series


def test_a_level_before_its_growth_stays_a_value() -> None:
    """``Ekspor senilai Rp 50 triliun atau naik 12 persen`` gives the level, then its growth; ``menjadi`` after a
    restated move gives the new level."""
    assert _series("Ekspor kopi tahun ini senilai Rp 50 triliun atau naik 12 persen dibanding tahun lalu.") \
        .get("IDR") == [50e12]
    series = _series("Produksi kilang turun 2 juta barel, atau sekitar 3 persen, menjadi 30 juta barel.")
    assert series.get("bbl") == [30e6]


def _as_of(text: str, published: str) -> dict[float, str | None]:
    """``value -> as_of`` of the figures table of one invented report."""
    ev = extract(make_doc("a1", text, published=published, source="Warta Contoh"))
    return {v.value: v.as_of for line in synthesize(link([ev])).storylines for f in line.figures for v in f.values}


def test_a_value_holds_for_the_month_or_day_its_clause_names() -> None:
    """``hingga Oktober 2025 tercatat 1.240 kasus`` in a November report holds for October, ``Pada 3 September 2025
    ada 45 pasien`` for that day; the start of a count (``Sejak Agustus``) and a month not yet over (``akhir
    Desember ini``, a deadline) leave the publication date as the reader's fallback (null)."""
    as_of = _as_of("Dinas Kesehatan menyebut hingga Oktober 2025 tercatat 1.240 kasus demam berdarah di kota itu. "
                   "Sejak Agustus, petugas sudah memeriksa 300 rumah warga. Pada 3 September 2025 ada 45 pasien "
                   "dirawat di rumah sakit daerah. Dinas menargetkan 2.000 rumah diperiksa pada akhir Desember ini.",
                   "2025-11-20")
    assert as_of[1240] == "2025-10" and as_of[45] == "2025-09-03"
    assert as_of[300] is None and as_of[2000] is None


def test_a_generic_counter_counts_the_noun_right_after_it() -> None:
    """``150 unit kendaraan`` counts vehicles when the story counts vehicles elsewhere (``40.000 kendaraan``): one
    series, not a ``unit`` series beside a ``kendaraan`` one. A capitalised name after the counter (``tiga unit Bank
    Contoh``) and a noun the story counts only for another amount in the clause (``270 anak ..., 57 unit alat``) do
    not re-file the count."""
    series = _series("Hingga pekan ini sudah 40.000 kendaraan dipasangi alat pemantau. Syarat pemasangan di kantor, "
                     "terkumpul minimal 150 unit kendaraan bermotor.")
    # the requirement is its own series (``syarat``), of vehicles all the same
    assert series.get("kendaraan") == [40_000.0] and series.get("kendaraan (syarat)") == [150.0]
    assert "unit" not in series
    other = _series("Jaksa menetapkan 8 tersangka dalam kasus kredit fiktif di tiga unit Bank Contoh. Program itu "
                    "membantu 270 anak yatim dan membagikan 57 unit alat bantu.")
    assert other.get("unit") == [3.0, 57.0]


def test_a_count_after_a_comma_is_not_the_size_of_the_move_before_it() -> None:
    """``120 saham menguat, 205 saham melemah``: the comma closes the first count's clause, so 205 is a
    count of its own, not by how much something weakened; a restated move after a comma still is one."""
    from kliping.model import Quantity
    from kliping.synth.figures.moves import is_delta

    def delta(sentence: str, number: str) -> bool:
        i = sentence.find(number)
        return is_delta(sentence, Quantity(number, 1.0, 0, i, i + len(number)))

    assert not delta("Sebanyak 120 saham menguat, 205 saham melemah, dan 90 saham tidak bergerak.", "205")
    assert delta("Laba perseroan naik 12 persen, atau senilai Rp 4,5 triliun.", "Rp 4,5")
    assert delta("Harga minyak mentah turun 1,03 dollar pada Senin.", "1,03")


def test_money_amounts_are_filed_by_what_they_are_an_amount_of() -> None:
    """A revenue, a deficit and reserves in one currency are three series, not one ``USD`` (``money_measure``);
    ``defisit anggaran`` is a deficit, ``cadangan devisa`` keeps its second word, and a price per barrel stays
    a price series of its own."""
    series = _series("Pemerintah negeri itu mencatat defisit anggaran mencapai 40 miliar dollar AS tahun lalu. "
                     "Adapun pendapatan negara tahun lalu hanya 180 miliar dollar AS. "
                     "Cadangan devisa negeri itu kini tinggal 90 miliar dollar AS. "
                     "Harga minyak mentah ditutup pada 62,10 dollar AS per barel.")
    assert series.get("defisit") == [40e9] and series.get("pendapatan") == [180e9]
    assert series.get("cadangan devisa") == [90e9] and series.get("per barel (minyak)") == [62.1]
    assert "USD" not in series


def test_a_money_amount_naming_no_money_noun_but_a_rate_is_the_rate_series() -> None:
    """``kurs dolar AS tercatat Rp 16.250``: no money noun (``nilai tukar``, ``kurs`` are none); the rate's series,
    named as one (``figures.exchange.exchange_rate``), not the bare currency."""
    series = _series("Pada Senin pagi, kurs dolar AS tercatat Rp 16.250 menurut data sebuah kantor berita.")
    assert series.get("kurs rupiah (per dolar AS)") == [16250.0]
    assert "IDR" not in series


def test_a_money_noun_belongs_to_the_amount_right_after_it_not_to_the_next() -> None:
    """``dari pagu Rp 1,2 triliun, ... Rp 700 miliar``: the 700 billion spent is no ceiling; it stays under its
    currency (``money_measure``: another money amount stands between). The ceiling is the budget (``pagu`` is
    ``anggaran``: ``figure_cues.MONEY_SYNONYMS``)."""
    series = _series("Dari pagu tahun ini Rp 1,2 triliun, lembaga itu sudah membelanjakan Rp 700 miliar.")
    assert series.get("anggaran") == [1.2e12] and series.get("IDR") == [7e11]


def test_a_bare_counter_counts_the_counted_noun_right_before_its_number() -> None:
    """``di kendaraan baru 900 unit.``: nothing follows the counter, the noun the story counts elsewhere stands right
    before the number (``baru`` between): a value of ``kendaraan`` (``noun_before``). A noun further back stays
    unused (``alat pemantau ... masih ada 2 juta unit``: the count stays ``unit``)."""
    series = _series("Hingga pekan ini sudah 40.000 kendaraan dipasangi alat pemantau. Pada bulan lalu, alat itu "
                     "terpasang di kendaraan baru 900 unit.")
    assert series.get("kendaraan") == [40_000.0, 900.0] and "unit" not in series
    other = _series("Hingga pekan ini sudah 40.000 kendaraan dipasangi alat pemantau. Persediaan alat pemantau untuk "
                    "kendaraan di gudang masih ada 2 juta unit.")
    assert other.get("unit") == [2_000_000.0]


def test_counts_of_one_noun_naming_different_conditions_are_separate_series() -> None:
    """A health report counts children with several conditions: each condition is a group of its own
    (``synth.figures.counts.count_subject``), so the table does not read 240 ribu after 4 juta as a fall. A count that
    names no condition stays in the noun's series."""
    series = _series("Pemeriksaan di sekolah menemukan 4 juta anak mengalami gigi berlubang. Sekitar 240 ribu anak "
                     "penderita anemia juga terdata oleh petugas. Pemeriksaan itu menjangkau 9 juta anak di 30 "
                     "provinsi. Selain itu, 1,1 juta anak yang terdeteksi mengalami tekanan darah tinggi dirujuk ke "
                     "puskesmas.")
    assert series.get("anak mengalami gigi") == [4_000_000.0]
    assert series.get("anak penderita anemia") == [240_000.0]
    assert series.get("anak mengalami tekanan") == [1_100_000.0]
    assert series.get("anak") == [9_000_000.0]


def test_suspects_among_a_group_are_a_series_of_their_own() -> None:
    series = _series("KBRI mencatat 90 WNI kabur dari tempat penyekapan di kota itu. Aparat kota itu menahan tiga WNI "
                     "yang diduga menganiaya rekannya.")
    assert [v for k, v in series.items() if k.endswith("diduga")] == [[3.0]]
    assert 90.0 not in [v for k, vs in series.items() if k.endswith("diduga") for v in vs]
    taken = _series("Sore itu muncul lima orang diduga petugas keamanan di ruang tunggu.")
    assert taken.get("orang") == [5.0]  # people taken for officers: no group of suspects


def test_dengan_before_an_amount_word_names_no_group() -> None:
    from kliping.synth.figures.counts import count_subject
    text = "Polisi mencatat 40 orang dengan total kerugian Rp 2 miliar."
    q = _amount(text, "40 orang")
    toks = sentence_tokens(text)
    assert count_subject(q, toks, amount_clause(text, q.start, q.end, toks)) is None
    text2 = "Klinik itu melayani 75 peserta dengan diabetes setiap bulan."
    q2 = _amount(text2, "75 peserta")
    toks2 = sentence_tokens(text2)
    assert count_subject(q2, toks2, amount_clause(text2, q2.start, q2.end, toks2)) == "dengan diabetes"
    text3 = "Vila itu punya tiga gazebo dengan gaya yang berbeda."  # not a noun of people: a property, no group
    q3 = _amount(text3, "tiga gazebo")
    toks3 = sentence_tokens(text3)
    assert count_subject(q3, toks3, amount_clause(text3, q3.start, q3.end, toks3)) is None


def test_a_wish_or_purpose_after_an_amount_does_not_make_it_a_target() -> None:
    """``agar``/``berharap`` make an aim only of what follows them in the amount's clause: a ransom demanded so that
    a body is returned, a stone smaller than a size with a doctor's advice after it, are reported values."""
    ransom = _series("Komplotan itu menuntut uang tebusan US$ 300.000 dari keluarga agar korban dilepaskan.")
    assert not [k for k in ransom if "target" in k] and any(300_000.0 in v for v in ransom.values())
    stone = _series("Karena batunya berukuran kurang dari 40 mm, dokter meminta pasien itu agar rajin berolahraga.")
    assert not [k for k in stone if "target" in k]
    hope = _series("Pemerintah berharap produksi padi tahun ini naik hingga 32 juta ton.")
    assert [k for k in hope if "target" in k]
    aim = _series("Dinas itu menargetkan 2.000 warga ikut vaksinasi pekan ini.")
    assert aim.get("warga (target)") == [2000.0]


def test_parts_of_an_explainer_and_pages_of_a_document_make_no_series() -> None:
    series = _series("Ahli gizi menyebut dua kondisi yang memicu obesitas. Ia juga membagikan tiga strategi diet dan "
                     "lima prinsip makan sehat. Polisi menyita satu lembar surat keterangan palsu.")
    assert not {"kondisi", "strategi", "prinsip", "lembar"} & set(series)


def test_members_of_a_named_body_are_a_series_of_their_own() -> None:
    """``peserta ... tergabung dalam Prolanis``: the members of one programme are a group of their own
    (``synth.figures.counts.member_body``), not one more value of every participant the report counts. A count whose
    body is no name (``terdaftar di kantor desa``) stays in its noun's series."""
    series = _series("Badan itu mencatat 90 juta peserta pada tahun lalu. Sampai Juni, 3,2 juta peserta sudah "
                     "tergabung dalam Prolanis di seluruh negeri.")
    assert series.get("peserta") == [90_000_000.0]
    assert series.get("peserta prolanis") == [3_200_000.0]
    plain = _series("Badan itu mencatat 90 juta peserta pada tahun lalu. Sampai Juni, 95 juta peserta terdaftar di "
                    "kantor desa.")
    assert plain.get("peserta") == [90_000_000.0, 95_000_000.0]


def test_a_requirement_is_a_series_of_its_own() -> None:
    """``Syaratnya, ... minimal 150 unit kendaraan``: a threshold a group must reach (``figure_cues.SERIES_QUALIFIERS``:
    ``syarat``) is no count of the vehicles fitted, so it is no value of their series."""
    series = _series("Sampai pekan ini petugas sudah memasang alat itu di 40.000 kendaraan. Untuk pemasangan di kantor, "
                     "syaratnya terkumpul minimal 150 kendaraan.")
    assert series.get("kendaraan") == [40_000.0]
    assert series.get("kendaraan (syarat)") == [150.0]


def test_what_is_on_trial_is_a_series_of_its_own() -> None:
    """``diuji coba di 6 SPBU`` and ``8 SPBU yang sedang diujicobakan``: the stations trying a system are no count of
    the stations fitted with it (``synth.figures.table.on_trial``), whether the trial is written before the amount or
    after it. A count with no trial in its clause stays in the noun's series."""
    series = _series("Alat pembaca itu sudah terpasang di 300 SPBU di Surabaya. Sementara itu, aplikasi barunya tengah "
                     "diuji coba di 6 SPBU. Pekan ini sudah 8 SPBU yang sedang diujicobakan aplikasinya.")
    assert series.get("SPBU") == [300.0]
    assert series.get("SPBU (uji coba)") == [6.0, 8.0]


def test_a_count_after_a_word_of_capacity_is_what_it_holds() -> None:
    """``berkapasitas 500 orang``: how many a hall holds is no count of who came (``figure_cues.CAPACITY_WORDS``,
    right before the count), so the 700 who came in the same clause stay the people counted."""
    series = _series("Gedung serbaguna berkapasitas 500 orang itu kemarin dipadati 700 orang. Pagi ini panitia "
                     "mencatat 650 orang hadir.")
    assert series.get("orang (kapasitas)") == [500.0]
    assert series.get("orang") == [700.0, 650.0]
