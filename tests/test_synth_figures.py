"""Figure rules (``synth.figures``) on invented Indonesian reports run through the real extractor
and linker: what a figure counts, whose it is and which values enter the comparisons."""

from __future__ import annotations

import pytest

from kliping.extract import extract
from kliping.link import link
from kliping.model import Dossier, Evidence, Story
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus, words
from kliping.synth.figures.keys import abbreviations
from kliping.synth.figures.measures import amount_measures, measure_owner
from kliping.synth.figures.moves import is_base, is_increment
from tests.test_link_helpers import make_doc


def _ev(aid: str, text: str, published: str, source: str) -> Evidence:
    return extract(make_doc(aid, text, published=published, source=source))


def _dossier(*arts: Evidence) -> Dossier:
    return synthesize(link(list(arts)))


def _found(d: Dossier, kind: str) -> list[list[tuple[str, int]]]:
    return [[(i.article, i.sentence) for i in f.items] for line in d.storylines for f in line.findings
            if f.kind == kind]


def _values(d: Dossier, about: str) -> list[float]:
    return [v.value for line in d.storylines for f in line.figures if f.about == about for v in f.values]


def test_the_as_of_dollar_as_is_no_country_the_report_is_about() -> None:
    """A report on Russia's economy gives its sums in ``dollar AS`` three times: its main country is still
    Russia, so its unnamed reserves are Russia's and a later figure for Russia's reserves updates them."""
    a = _ev("r1", "Sanksi Barat dan anjloknya harga minyak membuat ekonomi Rusia goyah sepanjang tahun ini. "
            "Pendapatan ekspor minyak Moskwa tinggal 90 miliar dollar AS, jauh di bawah tahun sebelumnya. "
            "Rubel Rusia terus melemah, sementara utang luar negeri perusahaan Rusia mencapai 500 miliar dollar AS. "
            "Dalam setahun, cadangan devisa yang dipegang bank sentral terkikis sampai tersisa 400 miliar dollar AS.",
            "2024-12-10", "Warta Contoh")
    b = _ev("r2", "Bank sentral Rusia kembali menjual valuta asing untuk menahan kejatuhan rubel pekan ini. "
            "Menurut data terbaru bank sentral, cadangan devisa Rusia kini hanya 380 miliar dollar AS.",
            "2024-12-30", "Kabar Lain")
    assert ("r1", 3) in [it for items in _found(_dossier(a, b), "update") for it in items]


def _quantity(ev: Evidence, text: str):
    [q] = [q for q in ev.quantities if q.text == text]
    return ev.doc.sentences[q.sentence].text, q


def test_a_number_after_naik_dari_and_other_words_is_no_starting_value() -> None:
    """``naik dari``/``turun dari`` followed by a place or a vehicle starts no movement of the number that
    comes later; a short phrase naming a past value (``target sebelumnya yang mencapai``) does."""
    flood = _ev("b1", "Luapan Sungai Citarum yang naik dari arah hulu sejak subuh akhirnya merendam 120 rumah warga "
                "di Desa Sukamaju.", "2024-02-01", "Warta Contoh")
    visit = _ev("b2", "Presiden turun dari pesawat dan langsung disambut 300 pelajar di landasan bandara.",
                "2024-02-01", "Kabar Lain")
    target = _ev("b3", "Sasaran pelapor pajak tahun ini turun dari target pelaporan sebelumnya yang "
                 "mencapai 14 juta pelapor.", "2024-02-01", "Kabar Lain")
    share = _ev("b4", "Porsi kredit hijau bank itu naik dari 30 persen menjadi 35 persen tahun ini.", "2024-02-01",
                "Kabar Lain")
    assert not is_base(*_quantity(flood, "120 rumah"))
    assert not is_base(*_quantity(visit, "300 pelajar"))
    assert is_base(*_quantity(target, "14 juta pelapor"))
    assert is_base(*_quantity(share, "30 persen")) and not is_base(*_quantity(share, "35 persen"))
    fewer = _ev("b5", "Penerima bantuan di kabupaten itu kini berkurang dari total 48 ribu keluarga pada awal tahun.",
                "2024-02-01", "Kabar Lain")
    assert is_base(*_quantity(fewer, "48 ribu keluarga"))
    assert 120 in _values(_dossier(flood), "rumah")


def test_new_schools_are_a_count_of_their_own_and_new_suspects_an_addition() -> None:
    """``40 sekolah baru`` counts new schools (another outlet's 55 disagrees); ``dua tersangka baru`` adds to
    the suspects; ``dua korban lagi masih dicari`` is what remains; a cue after a comma belongs elsewhere."""
    a = _ev("i1", "Pemerintah provinsi membangun 40 sekolah baru di kawasan perbatasan selama tahun ini.",
            "2024-06-10", "Warta Contoh")
    b = _ev("i2", "Di kawasan perbatasan, pemerintah provinsi selama tahun ini membangun 55 sekolah baru.",
            "2024-06-10", "Kabar Lain")
    assert not is_increment(*_quantity(a, "40 sekolah"))
    assert [("i1", 0), ("i2", 0)] in _found(_dossier(a, b), "discrepancy")
    suspects = _ev("i3", "Polisi kembali menetapkan dua tersangka baru dalam kasus penipuan arisan daring itu.",
                   "2024-06-10", "Warta Contoh")
    assert is_increment(*_quantity(suspects, "dua tersangka"))
    found = _ev("i4", "Petugas menemukan dua korban lagi di bawah reruntuhan gedung pada Selasa sore.", "2024-06-10",
                "Warta Contoh")
    assert is_increment(*_quantity(found, "dua korban"))
    missing = _ev("i5", "Tim SAR menemukan tiga jenazah, sedangkan dua korban lagi masih dicari di sungai.",
                  "2024-06-10", "Warta Contoh")
    assert not is_increment(*_quantity(missing, "dua korban"))
    comma = _ev("i6", "Banjir itu menewaskan 5 orang, lain halnya dengan banjir tahun lalu yang tanpa korban jiwa.",
                "2024-06-10", "Warta Contoh")
    assert not is_increment(*_quantity(comma, "5 orang"))


def _abbreviations(*texts: str) -> dict[str, str]:
    arts = [_ev(f"a{k}", t, "2024-03-01", f"Outlet {k}") for k, t in enumerate(texts)]
    corpus = build_corpus(Story(articles=arts, duplicate_of={}, entities=[], events=[], storylines=[], name_variants=[]))
    return abbreviations(corpus, range(len(arts)))


def test_an_abbreviation_is_learnt_only_from_its_own_spelling_out() -> None:
    """A bracket after words whose initials do not start at the counted noun, and initials of words that
    merely follow a count elsewhere, teach nothing; a spelling-out at the noun and a same-sentence pair do."""
    assert _abbreviations(
        "Lomba cerdas cermat itu diikuti 120 siswa dari Sekolah Menengah Pertama (SMP) se-Kabupaten Contoh.",
        "Panitia mencatat ada 45 SMP yang mengirim tim ke lomba cerdas cermat tingkat kabupaten itu.",
        "Dinas kesehatan menyiagakan 50 relawan siaga bencana di sepanjang jalur mudik.",
        "Dinas kesehatan juga menyiapkan 12 RS rujukan di sepanjang jalur mudik selatan.",
    ) == {}
    assert _abbreviations(
        "Dari 264 SPKLU di Kota Contoh, kini 250 stasiun pengisian kendaraan listrik umum (SPKLU) menerima kartu digital.",
        "Sebanyak 3 juta wajib pajak sudah lapor, dari target 12 juta WP tahun ini.",
    ) == {"spklu": "stasiun", "wp": "wajib pajak"}  # the extractor reads ``wajib pajak`` as one counted noun
    # Initials and the abbreviation counted in one article: a report spells a term out, then shortens it.
    assert _abbreviations(
        "Longsor di lereng bukit itu memaksa tiga kepala keluarga mengungsi ke balai desa. Rumah mereka rusak berat. "
        "Petugas desa kemudian mendata 2 KK lain yang rumahnya retak."
    ) == {"kk": "kepala keluarga"}


def test_an_owner_named_after_a_word_that_casefolds_longer_is_still_found() -> None:
    """``Straße`` case-folds to ``strasse``: offsets must come from the sentence as written, or the country
    after ``cadangan devisa`` is looked up one character off and the owner is no longer named."""
    [ev] = link([_ev("o1", "Menurut analis Bank Straßburg, cadangan devisa Indonesia kini mencapai 140 miliar dollar AS.",
                     "2024-12-10", "Kabar Lain")]).articles
    [q] = ev.quantities
    owner, named = measure_owner(ev, 0, ev.doc.sentences[0].text, q.start)
    assert named and owner == next(m.entity for m in ev.mentions if m.text == "Indonesia")


def test_a_measured_word_counts_only_in_the_amounts_clause() -> None:
    """``permintaan`` of the first clause is not what the second clause's 370 million barrels measure: the
    stock read weeks earlier is updated."""
    a = _ev("m1", "Stok minyak mentah yang tersimpan di tangki-tangki negara itu tercatat 400 juta barel pada akhir "
            "Oktober.", "2024-11-05", "Warta Contoh")
    b = _ev("m2", "Permintaan bensin di dalam negeri sedang lesu, sedangkan minyak mentah yang tersimpan di "
            "tangki-tangki negara itu kini 370 juta barel.", "2024-12-10", "Kabar Lain")
    assert amount_measures(*_quantity(a, "400 juta barel")) == {"stock"}
    assert amount_measures(*_quantity(b, "370 juta barel")) == frozenset()
    assert [("m1", 0), ("m2", 0)] in _found(_dossier(a, b), "update")


def test_the_article_cosine_of_this_case_is_computed_once_per_pair() -> None:
    a = _ev("c1", "Jaksa memeriksa kontraktor proyek irigasi Desa Sukamukti. Akibat kasus ini, negara menanggung rugi "
            "Rp 200 miliar.", "2025-10-20", "Warta Contoh")
    b = _ev("c2", "Kontraktor proyek irigasi Desa Sukamukti diperiksa jaksa. Dalam kasus ini, negara disebut rugi "
            "Rp 250 miliar.", "2025-10-20", "Kabar Lain")
    corpus = build_corpus(Story(articles=[a, b], duplicate_of={}, entities=[], events=[], storylines=[], name_variants=[]))
    assert corpus.article_cosine(0, 1) == corpus.article_cosine(1, 0) == pytest.approx(
        float((corpus.art_matrix[0] @ corpus.art_matrix[1].T).sum()))
    assert list(corpus.__dict__["_article_cosines"]) == [(0, 1)]


def test_a_front_month_price_series_moves_on_to_later_contract_months() -> None:
    """The December contract's close on 19 November, then the January contract's closes: one price a
    reader follows (an update through all three). Two contracts quoted on one day stay two prices."""
    a = _ev("w1", "Kontrak WTI pengiriman Desember berakhir pada 71,38 dolar AS per barel sore tadi.",
            "2024-11-19", "Warta Contoh")
    b = _ev("w2", "Kontrak WTI pengiriman Januari berakhir pada 70,82 dolar AS per barel sore tadi.",
            "2024-11-26", "Kabar Lain")
    c = _ev("w3", "Kontrak WTI pengiriman Januari berakhir pada 66,14 dolar AS per barel sore tadi.",
            "2024-12-09", "Warta Contoh")
    d = _dossier(a, b, c)
    assert _found(d, "update") == [[("w1", 0), ("w2", 0), ("w3", 0)]]
    assert _found(d, "discrepancy") == []
    # a later report on an earlier month is no next reading of the series
    late = _ev("w4", "Kontrak WTI pengiriman November 2024 berakhir pada 79,55 dolar AS per barel sore tadi.",
               "2024-12-12", "Kabar Lain")
    assert all(("w4", 0) not in f for f in _found(_dossier(a, b, c, late), "update"))


def test_a_target_sentence_also_reports_the_value_reached() -> None:
    """``dari target``, ``baru terealisasi``: the value reached is reported, the one aimed at is a target."""
    from kliping.synth.figures.modes import amount_mode, statement_mode

    def modes(text: str) -> dict[str, str]:
        ev = _ev("t", text, "2024-12-01", "Warta Contoh")
        sent = ev.doc.sentences[0].text
        smode = statement_mode(set(words(sent)))
        return {q.text: amount_mode(sent, q, smode) for q in ev.quantities}

    got = modes("Sampai Jumat sudah tersalur sekitar 61.000 paket sembako, baru 2 persen dari target "
                "sebanyak 3 juta paket.")
    assert got["sekitar 61.000 paket"] == "fact" and got["sebanyak 3 juta paket"] == "target"
    got = modes("Sasaran 2 juta paket hingga akhir bulan baru terealisasi sekitar 210.000 paket.")
    assert got["2 juta paket"] == "target" and got["sekitar 210.000 paket"] == "fact"
    got = modes("Pemerintah menargetkan 500 rumah selesai dibangun tahun ini.")
    assert set(got.values()) == {"target"}


def test_the_same_stock_or_flow_of_one_named_country_is_one_fact_however_worded(monkeypatch) -> None:
    """Two reports of US crude production a month apart share little wording beyond ``produksi`` and
    ``AS``; they still give one figure that moved (8,46 then 8,47 million barrels a day)."""
    from kliping.synth.findings import facts

    p = _ev("p1", "Data EIA menunjukkan produksi minyak mentah AS berada di 8,46 juta barel per hari, angka "
            "sepekan sampai 6 Desember.", "2024-12-12", "Warta Contoh")
    r = _ev("p2", "Produksi AS bertambah menjadi 8,47 juta barel per hari, rekor sejak 1985, ujar lembaga tersebut "
            "pada Selasa.", "2025-01-07", "Kabar Lain")
    assert _found(_dossier(p, r), "update") == [[("p1", 0), ("p2", 0)]]
    monkeypatch.setattr(facts, "FACT_COSINE_MEASURED", facts.FACT_COSINE)
    assert _found(_dossier(p, r), "update") == []  # the wording alone does not tie them


def test_rounded_numbers_of_adjacent_last_digits_differ() -> None:
    """``8,46 juta`` and ``8,47 juta`` are two numbers (their rounding ranges only touch); ``27 juta`` still
    allows ``27,04 juta`` and ``hingga 27 juta`` too."""
    from kliping.synth.findings import compatible

    def q(text: str):
        return _ev("q", text, "2024-12-01", "Warta Contoh").quantities[0]

    assert not compatible(q("Hasil sumur itu 8,46 juta barel."), q("Hasil sumur itu 8,47 juta barel."))
    assert compatible(q("Subsidi bagi 27 juta rumah tangga."), q("Subsidi bagi 27,04 juta rumah tangga."))
    assert compatible(q("Subsidi hingga 27 juta rumah tangga."), q("Subsidi bagi 27,04 juta rumah tangga."))
    assert compatible(q("Hasil sumur itu 8,46 juta barel."), q("Hasil sumur itu 8,46 juta barel."))


def _modes(text: str) -> dict[str, str]:
    """Statement kind of each amount of a one-sentence report, through the real extractor."""
    from kliping.synth.figures.modes import amount_mode, statement_mode

    ev = _ev("t", text, "2024-12-01", "Warta Contoh")
    sent = ev.doc.sentences[0].text
    smode = statement_mode(set(words(sent)))
    return {q.text: amount_mode(sent, q, smode) for q in ev.quantities}


def test_a_realisation_word_inside_the_aim_keeps_the_target() -> None:
    """``ditargetkan terpasang``, ``target realisasi``, ``yang tercatat`` after a target, ``dana yang
    terkumpul`` and a bare state word (``menargetkan kartu terpasang``) describe the aim, not a value
    reached."""
    for text in ("Perusahaan itu menargetkan kartu digital terpasang di 3 juta mobil tahun depan.",
                 "Kartu digital ditargetkan terpasang pada 3 juta mobil sebelum akhir tahun.",
                 "Target realisasi penanaman modal tahun depan dipatok Rp 950 triliun.",
                 "Target produksi dalam anggaran negara yang tercatat sebesar 820.000 barel per hari belum berubah.",
                 "Pemerintah berharap dana yang terkumpul bisa menembus Rp 40 triliun."):
        assert set(_modes(text).values()) == {"target"}, text
    # a reached count against another outlet's target sentence is no disagreement
    a = _ev("g1", "Sampai Kamis kartu digital sudah terpasang di 52.000 mobil di ibu kota.", "2024-11-26",
            "Warta Contoh")
    b = _ev("g2", "Perusahaan itu menargetkan kartu digital terpasang di 3 juta mobil di ibu kota.", "2024-11-27",
            "Kabar Lain")
    assert _found(_dossier(a, b), "discrepancy") == []


def test_a_value_reached_after_yang_and_a_word_of_completion_is_reported() -> None:
    """``dana yang terkumpul baru ...``, ``yang tersalurkan hingga kini ...``: a word of completion between
    the realisation word and the amount reports the value reached, after ``yang`` too."""
    got = _modes("Dari target Rp 5 miliar, dana yang terkumpul baru Rp 1,2 miliar.")
    assert got["Rp 5 miliar"] == "target" and got["Rp 1,2 miliar"] == "fact"
    got = _modes("Dari target 3 juta dosis, vaksin yang tersalurkan hingga kini 800 ribu dosis.")
    assert got["3 juta dosis"] == "target" and got["800 ribu dosis"] == "fact"


def test_a_value_reached_in_a_clause_without_a_target_word_is_reported() -> None:
    """The value reached stands in its own clause and the target in another: the first is a fact. A clause
    that only continues the aim (``dan pada 2030 bisa ...``) stays a target."""
    got = _modes("Sampai sekarang baru terpasang 52.000 unit, padahal target pemerintah 5 juta unit.")
    assert got["52.000 unit"] == "fact" and got["5 juta unit"] == "target"
    got = _modes("Realisasinya baru 52.000 unit, jauh di bawah target 5 juta unit.")
    assert got["52.000 unit"] == "fact" and got["5 juta unit"] == "target"
    got = _modes("Tahun lalu tercatat 240 kasus, dan tahun ini ditargetkan tinggal 120 kasus.")
    assert got["240 kasus"] == "fact" and got["120 kasus"] == "target"
    got = _modes("Tahun depan pesertanya ditargetkan 12 ribu siswa, dan pada 2030 bisa 90 ribu siswa.")
    assert set(got.values()) == {"target"}


def test_stocks_of_different_goods_of_one_country_are_not_one_fact() -> None:
    """``stok minyak mentah AS`` and ``stok bensin AS`` name one owner and one kind of thing (a stock) but
    different goods: two figures, not a disagreement a day apart. A stock in one place (``di tangki
    ...``) is a part, not the country's reserves."""
    a = _ev("j1", "Pasar menunggu data pekan ini. Laporan EIA menyebut stok minyak mentah AS ada di 402,7 juta barel "
            "pada pekan lalu.", "2024-12-11", "Warta Contoh")
    b = _ev("j2", "Pedagang mencermati pasokan di kilang. Stok bensin AS tercatat 231,4 juta barel, ujar seorang "
            "analis.", "2024-12-12", "Kabar Lain")
    assert _found(_dossier(a, b), "discrepancy") == []
    c = _ev("j3", "Menteri energi berbicara di parlemen. Menurut dia, cadangan minyak Indonesia tinggal 3,1 miliar "
            "barel.", "2024-11-18", "Warta Contoh")
    d = _ev("j4", "Menteri energi meninjau kilang. Sementara itu, stok minyak Indonesia di tangki Pertamina ada 12 juta "
            "barel, kata menteri.", "2024-11-20", "Kabar Lain")
    assert _found(_dossier(c, d), "discrepancy") == []


def test_a_forecast_an_average_or_one_region_is_not_the_countrys_weekly_figure() -> None:
    """A forecast average and the output of one state or one formation join no weekly national output,
    however alike what they measure and whose it is."""
    week = _ev("k1", "Harga minyak melemah lagi. Data EIA menyebut produksi minyak mentah AS ada di 8,8 juta barel per "
               "hari pada pekan lalu.", "2024-12-10", "Warta Contoh")
    outlook = _ev("k2", "Laporan bulanan EIA terbit hari ini. Lembaga itu memperkirakan produksi AS rata-rata 9,6 juta "
                  "barel per hari tahun depan.", "2024-12-11", "Kabar Lain")
    texas = _ev("k3", "Pengeboran di Permian makin ramai. Produksi AS di wilayah Texas saja kini kira-kira 4,2 juta "
                "barel per hari, kata seorang analis.", "2024-12-12", "Kabar Lain")
    shale = _ev("k4", "Analis menyoroti ladang serpih. Produksi minyak AS dari formasi serpih sekitar 4,6 juta barel "
                "per hari, ujar analis itu.", "2024-12-12", "Suara Contoh")
    d = _dossier(week, outlook, texas, shale)
    assert _found(d, "discrepancy") == [] and _found(d, "update") == []


def test_a_later_month_does_not_link_two_grades_or_a_plan() -> None:
    """The later-months rule links the next reading of one series: not a Brent price to a WTI price,
    not a month's output to a plan that starts in a later month."""
    brent = _ev("e1", "Harga minyak menguat. Kontrak Brent pengiriman Januari berakhir pada 73,40 dolar AS per barel.",
                "2024-11-19", "Warta Contoh")
    brent2 = _ev("e2", "Harga minyak terus turun. Kontrak Brent pengiriman Februari berakhir pada 72,15 dolar AS per "
                 "barel.", "2024-12-17", "Kabar Lain")
    assert _found(_dossier(brent, brent2), "update") == [[("e1", 1), ("e2", 1)]]  # one grade: the next reading
    wti = _ev("e2", "Harga minyak terus turun. Kontrak WTI pengiriman Februari berakhir pada 72,15 dolar AS per barel.",
              "2024-12-17", "Kabar Lain")
    assert _found(_dossier(brent, wti), "update") == []
    output = _ev("f1", "Harga minyak masih tertekan. Produksi minyak OPEC pada Oktober ada di 31,2 juta barel per hari, "
                 "menurut sebuah survei.", "2024-11-20", "Warta Contoh")
    plan = _ev("f2", "Para menteri OPEC bertemu pekan ini. OPEC akan mengurangi produksi minyak menjadi 28,5 juta barel "
               "per hari mulai Januari, kata seorang delegasi.", "2024-11-28", "Kabar Lain")
    assert _found(_dossier(output, plan), "update") == []


def test_a_plan_in_another_clause_leaves_the_months_reading() -> None:
    """``akan`` in a clause of its own after the amount (``..., sementara pasar akan menanti``) is no plan
    of the amount: November's output still updates October's."""
    output = _ev("f1", "Harga minyak masih tertekan. Produksi minyak OPEC pada Oktober ada di 31,2 juta barel per hari, "
                 "menurut sebuah survei.", "2024-11-20", "Warta Contoh")
    later = _ev("f3", "Harga minyak masih tertekan. Produksi minyak OPEC pada November ada di 30,4 juta barel per hari, "
                "menurut survei, sementara pasar akan menanti pertemuan OPEC.", "2024-12-19", "Kabar Lain")
    assert _found(_dossier(output, later), "update") == [[("f1", 1), ("f3", 1)]]


def test_a_source_or_forecast_tail_after_the_amount_keeps_the_whole_figure() -> None:
    """``..., berdasarkan data dari BPS``, ``menurut data dari`` an agency and ``..., lebih rendah dari
    perkiraan pemerintah`` name a source or compare with a forecast: the national output is still the
    whole, so two outlets giving different values on one day disagree."""
    from kliping.synth.figures import sentence_tokens
    from kliping.synth.figures.measures import article_countries, measure_scoped
    from kliping.synth.figures.places import article_places

    def scope(text: str) -> str:
        ev = _ev("s", text, "2025-10-07", "Warta Contoh")
        [q] = ev.quantities
        sent = ev.doc.sentences[0].text
        return measure_scoped(sent, q, sentence_tokens(sent), article_countries(ev)[0], article_places(ev))

    assert scope("Stok minyak mentah AS naik menjadi 420 juta barel, menurut data dari Badan Informasi Energi "
                 "(EIA).") == ""
    assert scope("Stok minyak mentah AS naik menjadi 420 juta barel, lebih tinggi dari perkiraan analis.") == ""
    assert scope("Persediaan minyak di Cushing naik menjadi 25 juta barel.") == "part"
    # a place after a comma is where it was said; ``dari`` after a word of attribution names a source
    assert scope("Stok beras nasional mencapai 4 juta ton, kata kepala Bulog saat meninjau gudang di kawasan "
                 "Cibitung.") == ""
    assert scope("Berdasarkan laporan dari daerah, produksi gabah nasional tahun ini mencapai 31 juta ton.") == ""
    bg = "Para petani di sentra padi Jawa dan Sulawesi menikmati panen raya berkat hujan yang cukup. "
    other = _ev("b2", bg + "Produksi gabah nasional tahun ini mencapai 33,5 juta ton.", "2025-10-07", "Kabar Lain")
    for tail in ("berdasarkan data dari BPS", "lebih rendah dari perkiraan pemerintah"):
        one = _ev("b1", bg + f"Produksi gabah nasional tahun ini mencapai 31,2 juta ton, {tail}.", "2025-10-07",
                  "Warta Contoh")
        assert _found(_dossier(one, other), "discrepancy") == [[("b1", 1), ("b2", 1)]], tail


def test_a_count_that_grew_by_one_rounded_step_over_two_days_is_no_disagreement() -> None:
    """``1,4 juta`` then ``1,5 juta`` two days later from another outlet: rounded values of adjacent last
    digits on different days may be a growing count, not a conflict; on one day they conflict."""
    a = _ev("d1", "Arus balik memuncak di jalan tol. Operator tol mencatat kendaraan yang masuk ibu kota mencapai "
            "1,4 juta unit sejak awal libur.", "2025-04-08", "Warta Contoh")
    b = _ev("d2", "Arus balik terus naik di jalan tol. Kendaraan yang masuk ibu kota mencapai 1,5 juta unit sejak awal libur, "
            "kata operator tol.", "2025-04-10", "Kabar Lain")
    assert _found(_dossier(a, b), "discrepancy") == []
    same_day = _ev("d3", "Arus balik terus naik di jalan tol. Kendaraan yang masuk ibu kota mencapai 1,5 juta unit "
                   "sejak awal libur, kata operator tol.", "2025-04-08", "Kabar Lain")
    assert _found(_dossier(a, same_day), "discrepancy") == [[("d1", 1), ("d3", 1)]]
