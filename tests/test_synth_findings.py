"""update vs discrepancy (``synth.findings``): the rule of docs/dossier.md on invented Indonesian reports."""

from __future__ import annotations

from kliping.model import Event, Story, StorylineGroup
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus
from kliping.synth.figures.keys import abbreviations
from kliping.synth.figures.measures import measure_owner
from kliping.synth.figures.modes import statement_mode
from kliping.synth.figures.moves import is_base, is_delta, is_increment
from kliping.synth.findings import changed, compatible, interval
from tests.test_link_helpers import date, make_ev, qty
from tests.test_synth_figures import _dossier, _ev


def _findings(arts, kind: str, about: str | None = None) -> list:
    """The storyline's findings of ``kind`` about the series named ``about`` (as its table heads it), or of any."""
    story = Story(articles=list(arts), duplicate_of={}, entities=[], events=[Event("e1", [a.id for a in arts])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    [line] = synthesize(story).storylines
    sents = {(ev.id, k): s.text for ev in arts for k, s in enumerate(ev.doc.sentences)}
    for f in line.findings:
        for it in f.items:
            assert sents[(it.article, it.sentence)] == it.text  # evidence is a real sentence
    return [f for f in line.findings if f.kind == kind and about in (None, f.about)]


def _report(aid: str, text: str, published: str, q: str, value: float, noun: str, *, source: str | None = None,
            modifier: str = "exact", as_of: str | None = None):
    ev = make_ev(aid, text, published=published, source=source)
    ev.quantities = [qty(ev.doc, 0, q, value, noun=noun, modifier=modifier, as_of=as_of)]
    return ev


def test_two_outlets_disagreeing_within_the_same_days_is_a_discrepancy_not_an_update() -> None:
    a = _report("m1", "Bea Cukai menyebut kapal itu mengangkut 3 juta butir amunisi dari pelabuhan Rajin menuju Vladivostok.",
                "2024-05-10", "3 juta butir", 3_000_000, "butir")
    b = _report("m2", "Kapal dari pelabuhan Rajin menuju Vladivostok itu disebut mengangkut 4,8 juta butir amunisi.",
                "2024-05-12", "4,8 juta butir", 4_800_000, "butir")
    [disc] = _findings([a, b], "discrepancy", "peluru")
    assert [i.article for i in disc.items] == ["m1", "m2"]
    assert _findings([a, b], "update") == []


def test_a_monotone_tally_over_weeks_from_several_outlets_is_an_update() -> None:
    reports = [
        ("k1", "Jumlah pengungsi banjir di Kabupaten Sukamaju tercatat 1.200 orang di posko utama.", "2024-03-01", "1.200 orang", 1200),
        ("k2", "Pengungsi banjir Kabupaten Sukamaju bertambah menjadi 2.500 orang di posko utama.", "2024-03-03", "2.500 orang", 2500),
        ("k3", "BPBD mencatat pengungsi banjir Kabupaten Sukamaju kini 3.100 orang di posko utama.", "2024-03-08", "3.100 orang", 3100),
        ("k1b", "Pengungsi banjir di Kabupaten Sukamaju mencapai 4.000 orang di posko utama dan sekolah.", "2024-03-15", "4.000 orang", 4000),
    ]
    arts = [_report(aid, text, pub, q, v, "orang", source="Kabar Contoh" if aid.startswith("k1") else None)
            for aid, text, pub, q, v in reports]
    [upd] = _findings(arts, "update", "orang (mengungsi)")
    assert [i.article for i in upd.items] == ["k1", "k2", "k3", "k1b"]
    # 1 and 3 March are two days apart from different outlets, but the tally only rises over two weeks.
    assert _findings(arts, "discrepancy") == []


def test_different_values_on_the_same_day_are_a_discrepancy_even_in_a_running_tally() -> None:
    reports = [
        ("t1", "Korban tewas akibat longsor di Desa Cibeureum berjumlah 12 orang menurut tim SAR.", "2024-01-02", "12 orang", 12),
        ("t2", "Tim SAR menyebut korban tewas longsor Desa Cibeureum bertambah menjadi 19 orang.", "2024-01-05", "19 orang", 19),
        ("t3", "Korban tewas longsor di Desa Cibeureum kini 23 orang setelah pencarian hari kelima.", "2024-01-09", "23 orang", 23),
        ("t4", "Menurut BPBD, korban tewas longsor di Desa Cibeureum sudah 27 orang hingga hari ini.", "2024-01-09", "27 orang", 27),
    ]
    arts = [_report(aid, text, pub, q, v, "orang", as_of=pub) for aid, text, pub, q, v in reports]
    [disc] = _findings(arts, "discrepancy", "orang (tewas)")
    assert {i.article for i in disc.items} == {"t3", "t4"}
    [upd] = _findings(arts, "update", "orang (tewas)")
    assert [i.article for i in upd.items] == ["t1", "t2", "t3"]


def _market_fire(source_b: str):
    a = _report("r1", "Kebakaran di Pasar Kliwon menghanguskan 40 kios pedagang pada Senin dini hari.", "2024-08-05",
                "40 kios", 40, "kios", source="Warta Contoh")
    b = _report("r2", "Kebakaran Pasar Kliwon ternyata menghanguskan 65 kios pedagang, bukan 40 kios.", "2024-08-06",
                "65 kios", 65, "kios", source=source_b)
    c = _report("r3", "Dinas Pemadam Kebakaran mengerahkan 12 unit mobil pemadam ke Pasar Kliwon.", "2024-08-05",
                "12 unit", 12, "unit", source="Kabar Lain")
    return a, b, c


def test_an_outlet_revising_its_own_figure_is_an_update() -> None:
    arts = _market_fire("Warta Contoh")
    assert _findings(arts, "discrepancy") == []
    [upd] = _findings(arts, "update", "kios")
    assert [i.article for i in upd.items] == ["r1", "r2"]
    # The same two reports from two outlets disagree.
    arts = _market_fire("Kabar Lain")
    [disc] = _findings(arts, "discrepancy", "kios")
    assert [i.article for i in disc.items] == ["r1", "r2"]
    assert _findings(arts, "update") == []


def test_in_a_one_outlet_run_the_articles_are_the_sources() -> None:
    a, b, _c = _market_fire("Warta Contoh")
    [disc] = _findings([a, b], "discrepancy", "kios")
    assert [i.article for i in disc.items] == ["r1", "r2"]


def test_values_far_apart_in_time_are_an_update_and_a_narrowed_estimate_counts() -> None:
    a = _report("w1", "Pemerintah menyebut lebih dari 1.000 rumah rusak akibat gempa di Kabupaten Lembah Hijau.",
                "2024-09-01", "lebih dari 1.000 rumah", 1000, "rumah", modifier="more_than")
    b = _report("w2", "Data terbaru menunjukkan sekitar 7.000 rumah rusak akibat gempa di Kabupaten Lembah Hijau.",
                "2024-09-06", "sekitar 7.000 rumah", 7000, "rumah", modifier="about")
    [upd] = _findings([a, b], "update", "rumah")
    assert [i.article for i in upd.items] == ["w1", "w2"]
    assert _findings([a, b], "discrepancy") == []  # compatible: "more than 1,000" allows 7,000


def test_intervals_of_plural_words_scale_with_their_value() -> None:
    tens_of_thousands = qty(make_ev("x", "Puluhan ribu peluru dikirim.").doc, 0, "Puluhan ribu peluru", 10_000,
                            modifier="plural_tens")
    assert interval(tens_of_thousands) == (10_000, 100_000)
    twenty_five_thousand = qty(make_ev("y", "Sebanyak 25.000 peluru dikirim.").doc, 0, "25.000 peluru", 25_000)
    assert compatible(tens_of_thousands, twenty_five_thousand)
    about_100 = qty(make_ev("z", "Sekitar 100 rumah rusak.").doc, 0, "Sekitar 100 rumah", 100, modifier="about")
    exact_104 = qty(make_ev("v", "Ada 104 rumah rusak.").doc, 0, "104 rumah", 104)
    assert not changed(about_100, exact_104)  # a rewording, not a new figure
    doc = make_ev("w", "Subsidi bagi 27 juta rumah tangga, persisnya 27,04 juta rumah tangga, bukan 28 juta.").doc
    round_27 = qty(doc, 0, "27 juta rumah tangga", 27_000_000)
    exact_2704 = qty(doc, 0, "27,04 juta rumah tangga", 27_040_000)
    assert compatible(round_27, exact_2704)  # "27 juta" is rounded
    assert not compatible(exact_2704, qty(doc, 0, "28 juta", 28_000_000))


def test_values_each_dated_by_their_own_sentence_do_not_overlap_in_time() -> None:
    a = _report("f1", "Pada Selasa (8/7/2025) pagi, kurs dolar AS tercatat Rp 16.262 di pasar spot.", "2025-07-08",
                "Rp 16.262", 16262, "", as_of="2025-07-08")
    b = _report("f2", "Pada Rabu (9/7/2025) pagi, kurs dolar AS tercatat Rp 16.310 di pasar spot.", "2025-07-09",
                "Rp 16.310", 16310, "", as_of="2025-07-09")
    for ev, text, value in ((a, "Selasa (8/7/2025)", "2025-07-08"), (b, "Rabu (9/7/2025)", "2025-07-09")):
        ev.quantities[0].noun, ev.quantities[0].unit = None, "IDR"
        ev.times = [date(ev.doc, 0, text, value)]
    assert _findings([a, b], "discrepancy") == []
    [upd] = _findings([a, b], "update", "kurs rupiah (per dolar AS)")
    assert [i.article for i in upd.items] == ["f1", "f2"]
    # Without the named days the two rates are "the same days" from two outlets: a discrepancy.
    a.times, b.times = [], []
    assert _findings([a, b], "discrepancy", "kurs rupiah (per dolar AS)")


def _money(aid: str, text: str, published: str, *values: tuple[str, float], source: str | None = None,
           unit: str = "USD", noun: str | None = None):
    """An article whose first sentence carries the given money amounts (text, value)."""
    ev = make_ev(aid, text, published=published, source=source)
    ev.quantities = [qty(ev.doc, 0, t, v, unit=unit, noun=noun) for t, v in values]
    return ev


def test_the_size_of_a_movement_is_neither_updated_nor_contradicted() -> None:
    """``turun 1,20 dollar AS`` is the change of one day; another day's change is another fact."""
    a = _money("d1", "Harga minyak mentah Brent turun 1,20 dollar AS pada perdagangan Senin di London.",
               "2024-11-18", ("1,20 dollar AS", 1.2), source="Warta Contoh")
    b = _money("d2", "Harga minyak mentah Brent turun 0,40 dollar AS pada perdagangan Selasa di London.",
               "2024-11-19", ("0,40 dollar AS", 0.4), source="Kabar Lain")
    assert is_delta(a.doc.sentences[0].text, a.quantities[0])
    assert _findings([a, b], "discrepancy") == [] and _findings([a, b], "update") == []


def test_two_values_of_one_sentence_are_a_breakdown_not_a_conflict() -> None:
    """Both reports give the same split of one budget; 470 and 60 are two parts, not two versions."""
    text = "Anggaran bunga utang terdiri atas Rp 470 triliun untuk utang dalam negeri dan Rp 60 triliun untuk utang luar negeri."
    a = _money("b1", text, "2025-08-15", ("Rp 470 triliun", 470e12), ("Rp 60 triliun", 60e12), unit="IDR", source="Warta Contoh")
    b = _money("b2", text, "2025-08-16", ("Rp 470 triliun", 470e12), ("Rp 60 triliun", 60e12), unit="IDR", source="Kabar Lain")
    assert _findings([a, b], "discrepancy") == [] and _findings([a, b], "update") == []


def test_a_scenario_states_no_figure_and_a_target_meets_only_targets() -> None:
    real = _money("s1", "Penerimaan negara dari sektor migas tahun ini tercatat 28 miliar dollar AS.", "2024-12-30",
                  ("28 miliar dollar AS", 28e9), source="Warta Contoh")
    scenario = _money("s2", "Kalau harga minyak bertahan rendah, penerimaan negara dari sektor migas hanya 13 miliar dollar AS.",
                      "2024-12-30", ("13 miliar dollar AS", 13e9), source="Kabar Lain")
    target = _money("s3", "Pemerintah menargetkan penerimaan negara dari sektor migas sebesar 30 miliar dollar AS.",
                    "2024-12-31", ("30 miliar dollar AS", 30e9), source="Kabar Lain")
    assert statement_mode({"kalau", "harga"}) == "conditional" and statement_mode({"menargetkan"}) == "target"
    assert _findings([real, scenario, target], "discrepancy") == []
    assert _findings([real, scenario, target], "update") == []
    target2 = _money("s4", "Target penerimaan negara dari sektor migas diturunkan ke 25 miliar dollar AS.", "2025-02-10",
                     ("25 miliar dollar AS", 25e9), source="Warta Contoh")
    [upd] = _findings([real, target, target2], "update", "penerimaan (target)")  # targets compare with targets
    assert [i.article for i in upd.items] == ["s3", "s4"]


def test_values_for_different_years_are_different_facts() -> None:
    a = _money("y1", "Pada 2014 negara meraup 28 miliar dollar AS dari penerimaan migas.", "2014-12-30",
               ("28 miliar dollar AS", 28e9), source="Warta Contoh")
    b = _money("y2", "Penerimaan migas pada 2015 diperkirakan 13 miliar dollar AS saja.", "2014-12-31",
               ("13 miliar dollar AS", 13e9), source="Kabar Lain")
    a.times = [date(a.doc, 0, "2014", "2014", "year")]
    b.times = [date(b.doc, 0, "2015", "2015", "year")]
    assert _findings([a, b], "discrepancy") == [] and _findings([a, b], "update") == []
    b.times = [date(b.doc, 0, "2015", "2014", "year")]  # the same year: one fact, two outlets, the same days
    assert _findings([a, b], "discrepancy", "USD")


def test_a_level_read_on_another_day_is_a_new_reading_not_a_disagreement() -> None:
    """Closing prices of two days differ by nature; on the same day they would disagree."""
    a = _money("l1", "Di London, Brent ditutup pada 78,30 dollar AS per barel sore itu.", "2024-11-26",
               ("78,30 dollar AS per barel", 78.3), noun="per barel", source="Warta Contoh")
    b = _money("l2", "Di London, Brent ditutup pada 77,70 dolar AS per barel sore itu.", "2024-11-27",
               ("77,70 dolar AS per barel", 77.7), noun="per barel", source="Kabar Lain")
    assert _findings([a, b], "discrepancy") == []
    [upd] = _findings([a, b], "update", "per barel (Brent)")
    assert [i.article for i in upd.items] == ["l1", "l2"]
    b2 = _money("l2", "Di London, Brent ditutup pada 77,70 dolar AS per barel sore itu.", "2024-11-26",
                ("77,70 dolar AS per barel", 77.7), noun="per barel", source="Kabar Lain")
    assert _findings([a, b2], "discrepancy", "per barel (Brent)")


def test_a_figure_series_holds_values_of_its_thing_not_moves_or_scenarios() -> None:
    a = _money("g1", "Minyak Brent turun 1,20 dollar AS dan ditutup pada 70,50 dollar AS di London.", "2024-11-18",
               ("1,20 dollar AS", 1.2), ("70,50 dollar AS", 70.5), source="Warta Contoh")
    b = _money("g2", "Kalau harga Brent 65 dollar AS, penerimaan negara turun tajam.", "2024-11-19",
               ("65 dollar AS", 65.0), source="Kabar Lain")
    c = _money("g3", "Minyak Brent ditutup pada 69,90 dollar AS di London.", "2024-11-19",
               ("69,90 dollar AS", 69.9), source="Kabar Lain")
    [line] = synthesize(Story(articles=[a, b, c], duplicate_of={}, entities=[], events=[Event("e1", ["g1", "g2", "g3"])],
                              storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])).storylines
    [usd] = [f for f in line.figures if f.unit == "USD"]
    assert [v.value for v in usd.values] == [70.5, 69.9]


def test_values_for_contracts_of_different_months_are_different_facts() -> None:
    """The October contract's close and the November contract's close the same day are two prices."""
    a = _money("c1", "Kontrak Brent pengiriman Oktober ditutup pada 74,45 dollar AS per barel.", "2024-09-20",
               ("74,45 dollar AS per barel", 74.45), noun="per barel", source="Warta Contoh")
    b = _money("c2", "Minyak Brent untuk pengiriman November ditutup pada 76,10 dolar AS per barel.", "2024-09-20",
               ("76,10 dolar AS per barel", 76.1), noun="per barel", source="Kabar Lain")
    a.times = [date(a.doc, 0, "Oktober", "2024-10", "month")]
    b.times = [date(b.doc, 0, "November", "2024-11", "month")]
    assert _findings([a, b], "discrepancy") == []
    b.times = [date(b.doc, 0, "November", "2024-10", "month")]  # the same contract month: one price, two values
    assert _findings([a, b], "discrepancy", "per barel (Brent)")


def test_a_count_continued_by_sisanya_is_a_breakdown_not_a_conflict(monkeypatch) -> None:
    """"40 orang ditangkap, 9 sisanya dirawat" and "9 orang dirawat, 40 lainnya ditangkap": one group
    split two ways, not 40 against 9 people. The acts of the clauses (``ditangkap``, ``dirawat``: ``Point.deed``)
    would keep the two counts apart too; they are not read here, so the continuations alone are tested."""
    from kliping.synth.figures import reading

    monkeypatch.setattr(reading, "count_deed", lambda *_a: (frozenset(), frozenset()))
    a = make_ev("k1", "Sebanyak 40 orang ditangkap polisi, adapun 9 sisanya dirawat di puskesmas.",
                published="2025-09-01", source="Warta Contoh")
    a.quantities = [qty(a.doc, 0, "40 orang", 40, noun="orang"), qty(a.doc, 0, "9 sisanya", 9, noun="sisa")]
    b = make_ev("k2", "Sebanyak 9 orang dirawat di puskesmas, sementara 40 lainnya ditangkap polisi.",
                published="2025-09-01", source="Kabar Lain")
    b.quantities = [qty(b.doc, 0, "9 orang", 9, noun="orang"), qty(b.doc, 0, "40", 40)]
    assert _findings([a, b], "discrepancy") == []
    a.quantities, b.quantities = a.quantities[:1], b.quantities[:1]  # without the continuations: a conflict
    assert _findings([a, b], "discrepancy", "orang")


def test_new_or_other_members_of_a_count_are_an_addition_not_the_total() -> None:
    """"dua tersangka baru" and "satu tersangka lain" add to a count; neither contradicts "tujuh tersangka"."""
    total = _report("n1", "Kejaksaan sejauh ini menetapkan tujuh tersangka dalam perkara pengadaan pupuk di Kabupaten Sumber Jaya.",
                    "2025-03-03", "tujuh tersangka", 7, "tersangka", source="Warta Contoh")
    new = _report("n2", "Kejaksaan menetapkan dua tersangka baru dalam perkara pengadaan pupuk di Kabupaten Sumber Jaya.",
                  "2025-03-03", "dua tersangka", 2, "tersangka", source="Kabar Lain")
    other = _report("n3", "Kejaksaan juga menetapkan satu tersangka lain dalam perkara pengadaan pupuk di Kabupaten Sumber Jaya.",
                    "2025-03-04", "satu tersangka", 1, "tersangka", source="Kabar Lain")
    more = _report("n4", "Kejaksaan menyebut ada tambahan tiga tersangka dalam perkara pengadaan pupuk di Kabupaten Sumber Jaya.",
                   "2025-03-04", "tiga tersangka", 3, "tersangka", source="Kabar Lain")
    for ev in (new, other, more):
        assert is_increment(ev.doc.sentences[0].text, ev.quantities[0])
    assert not is_increment(total.doc.sentences[0].text, total.quantities[0])
    arts = [total, new, other, more]
    assert _findings(arts, "discrepancy") == [] and _findings(arts, "update") == []
    # "baru" before a verb is "only just": 12 people only just evacuated is a count of its own.
    just = _report("n5", "Sejauh ini 12 orang baru dievakuasi dari lokasi banjir.", "2025-03-04", "12 orang", 12, "orang")
    assert not is_increment(just.doc.sentences[0].text, just.quantities[0])
    # Without the word of addition the same sentence is a total that contradicts the other outlet's.
    plain = _report("n2", "Kejaksaan menetapkan dua tersangka dalam perkara pengadaan pupuk di Kabupaten Sumber Jaya.",
                    "2025-03-03", "dua tersangka", 2, "tersangka", source="Kabar Lain")
    assert _findings([total, plain], "discrepancy", "tersangka")


def test_an_abbreviation_counts_the_same_thing_as_its_spelled_out_noun() -> None:
    """"264 SPKLU" and "250 stasiun pengisian kendaraan listrik umum (SPKLU)" are one noun. The 250 is the part
    of that total the sentence reports (``figures.counts.part_of``); the other report's 40 stations sell the cards where
    these use them (two acts, ``Point.deed``): no value to set against it."""
    part = make_ev("a1", "Kini 250 stasiun pengisian kendaraan listrik umum (SPKLU) di Kota Contoh sudah memakai kartu digital, dari total 264 SPKLU.",
                   published="2024-02-02", source="Warta Contoh")
    part.quantities = [qty(part.doc, 0, "250 stasiun", 250, noun="stasiun"), qty(part.doc, 0, "264 SPKLU", 264, noun="SPKLU")]
    other = make_ev("a2", "Kini 40 stasiun pengisian kendaraan listrik umum (SPKLU) di Kota Contoh sudah menjual kartu digital.",
                    published="2024-02-02", source="Kabar Lain")
    other.quantities = [qty(other.doc, 0, "40 stasiun", 40, noun="stasiun")]
    assert _findings([part, other], "discrepancy") == []
    taxed = make_ev("a3", "Sebanyak 3 juta wajib pajak sudah lapor, dari target 12 juta WP tahun ini.", published="2024-03-01")
    taxed.quantities = [qty(taxed.doc, 0, "3 juta wajib", 3e6, noun="wajib"), qty(taxed.doc, 0, "12 juta WP", 12e6, noun="WP")]
    corpus = build_corpus(Story(articles=[part, other, taxed], duplicate_of={}, entities=[], events=[], storylines=[],
                                name_variants=[]))
    assert abbreviations(corpus, range(3)) == {"spklu": "stasiun", "wp": "wajib"}


def _case_report(aid: str, case: str, loss: str, value: float, published: str, source: str):
    ev = make_ev(aid, f"{case} Akibat kasus ini, negara menanggung rugi {loss}.", published=published, source=source)
    s = len(ev.doc.sentences) - 1
    ev.quantities = [qty(ev.doc, s, loss, value, unit="IDR")]
    return ev


def test_this_case_of_one_report_is_not_this_case_of_a_report_on_another_case() -> None:
    """Each report says "the loss in this case"; which case is told by the article around it."""
    road = ("Jaksa memeriksa kontraktor jalan tol Lintas Barat soal pembebasan lahan di Desa Sukamukti. "
            "Kontraktor jalan tol itu diduga menggelembungkan harga lahan warga.")
    fertiliser = ("Penyidik menggeledah gudang pupuk bersubsidi milik koperasi tani di Kabupaten Rawa Indah. "
                  "Pupuk bersubsidi itu diduga dijual ke luar daerah oleh pengurus koperasi.")
    a = _case_report("c1", road, "Rp 200 miliar", 200e9, "2025-10-20", "Warta Contoh")
    b = _case_report("c2", fertiliser, "Rp 1,2 triliun", 1.2e12, "2025-10-20", "Kabar Lain")
    assert _findings([a, b], "discrepancy") == [] and _findings([a, b], "update") == []
    # Two reports of the same case that give different losses do disagree.
    b_same = _case_report("c2", road, "Rp 250 miliar", 250e9, "2025-10-20", "Kabar Lain")
    [disc] = _findings([a, b_same], "discrepancy", "rugi")
    assert [i.article for i in disc.items] == ["c1", "c2"]


def test_a_proposed_figure_is_an_aim_not_a_reported_value() -> None:
    asked = _money("p1", "Kementerian Contoh mengusulkan anggaran untuk 2026 sebesar Rp 60 triliun.", "2025-07-14",
                   ("Rp 60 triliun", 60e12), unit="IDR", source="Warta Contoh")
    spent = _money("p2", "Kementerian Contoh menyalurkan anggaran Rp 48 triliun untuk 2026.", "2025-08-20",
                   ("Rp 48 triliun", 48e12), unit="IDR", source="Kabar Lain")
    assert statement_mode({"mengusulkan", "anggaran"}) == "target"
    assert _findings([asked, spent], "update") == [] and _findings([asked, spent], "discrepancy") == []


def test_the_value_a_movement_started_from_is_a_past_value() -> None:
    """"turun dari target sebelumnya yang mencapai 15 juta" gives last year's target, not a new one."""
    now = _report("v1", "Target pelaporan tahun ini ditetapkan sebanyak 12 juta pelapor oleh kantor pajak.", "2025-10-14",
                  "12 juta pelapor", 12e6, "pelapor")
    before = _report("v2", "Target pelaporan tahun ini turun dari target sebelumnya yang mencapai 15 juta pelapor.",
                     "2025-10-20", "15 juta pelapor", 15e6, "pelapor")
    assert is_base(before.doc.sentences[0].text, before.quantities[0])
    assert not is_base(now.doc.sentences[0].text, now.quantities[0])
    assert _findings([now, before], "update") == []
    # "naik dari 30% menjadi 35%": the start is past, the value after "menjadi" is the reading.
    doc = make_ev("v3", "Porsi kredit hijau naik dari 30 persen menjadi 35 persen tahun ini.").doc
    assert is_base(doc.sentences[0].text, qty(doc, 0, "30 persen", 30, unit="%"))
    assert not is_base(doc.sentences[0].text, qty(doc, 0, "35 persen", 35, unit="%"))
    # Without "dari" after the verb the sentence states the new target: an update.
    later = _report("v2", "Target pelaporan tahun ini dinaikkan menjadi 15 juta pelapor oleh kantor pajak.",
                    "2025-10-20", "15 juta pelapor", 15e6, "pelapor")
    assert _findings([now, later], "update", "pelapor (target, lapor)")


def test_a_stock_and_a_flow_of_one_commodity_are_different_facts() -> None:
    stock = _money("m1", "Stok minyak mentah negara itu tercatat 400 juta barel per hari sepanjang pekan lalu.", "2024-11-20",
                   ("400 juta barel per hari", 400e6), unit="bbl", noun="per hari", source="Warta Contoh")
    output = _money("m2", "Produksi minyak mentah negara itu tercatat 9 juta barel per hari sepanjang pekan lalu.", "2024-12-12",
                    ("9 juta barel per hari", 9e6), unit="bbl", noun="per hari", source="Kabar Lain")
    assert _findings([stock, output], "update") == []
    # Two readings of the stock (persediaan is stok) weeks apart are an update.
    stock2 = _money("m2", "Persediaan minyak mentah negara itu tercatat 390 juta barel per hari sepanjang pekan lalu.",
                    "2024-12-12", ("390 juta barel per hari", 390e6), unit="bbl", noun="per hari", source="Kabar Lain")
    [upd] = _findings([stock, stock2], "update", "per hari")
    assert [i.article for i in upd.items] == ["m1", "m2"]


def _reserves(aid: str, text: str, published: str, amount: str, value: float, countries: list[tuple[str, int]],
              source: str):
    """A report whose last sentence gives a country's reserves; ``countries`` are GPE mentions
    (text, sentence) linked to an entity named after the text."""
    ev = make_ev(aid, text, published=published, source=source, mentions=[(t, "GPE", s) for t, s in countries])
    for m in ev.mentions:
        m.entity = "E-" + m.text
    s = len(ev.doc.sentences) - 1
    ev.quantities = [qty(ev.doc, s, amount, value, unit="USD")]
    return ev


def test_one_countrys_reserves_are_not_another_countrys() -> None:
    """A report on Rusia says "the reserves" (Rusia's); another names Indonesia's: not one figure."""
    rusia = _reserves("r1", "Hukuman ekonomi dari Barat ditambah murahnya minyak memukul ekonomi Rusia. Nilai rubel Rusia merosot tajam. "
                      "Dalam setahun, cadangan devisa yang dikelola bank sentral terkikis sampai tersisa 400 miliar dollar AS.", "2024-12-18",
                      "400 miliar dollar AS", 400e9, [("Rusia", 0), ("Rusia", 1)], "Warta Contoh")
    indonesia = _reserves("r2", "Wakil presiden menilai cadangan devisa Indonesia saat ini yang kira-kira 100 miliar dolar AS masih terlalu kecil.",
                          "2024-12-30", "kira-kira 100 miliar dolar AS", 100e9, [("Indonesia", 0)], "Kabar Lain")
    indonesia.quantities[0].modifier = "about"
    assert measure_owner(indonesia, 0, indonesia.doc.sentences[0].text, indonesia.quantities[0].start) == ("E-Indonesia", True)
    last = rusia.doc.sentences[-1].text
    assert measure_owner(rusia, len(rusia.doc.sentences) - 1, last, last.find("400")) == ("E-Rusia", False)
    assert _findings([rusia, indonesia], "update") == []
    # The same two reports about one country's reserves are an update.
    rusia2 = _reserves("r2", "Data bank sentral per akhir bulan menunjukkan cadangan devisa Rusia tersisa kira-kira 100 miliar dolar AS.",
                       "2024-12-30", "kira-kira 100 miliar dolar AS", 100e9, [("Rusia", 0)], "Kabar Lain")
    rusia2.quantities[0].modifier = "about"
    [upd] = _findings([rusia, rusia2], "update", "USD")
    assert [i.article for i in upd.items] == ["r1", "r2"]


# --- QA review (section 12): whole vs part, forecasts, one finding per evidence, date agreements ---

def _line(*arts):
    [line] = _dossier(*arts).storylines
    return line


def _kinds(line, kind: str) -> list:
    return [f for f in line.findings if f.kind == kind]


def _point(text: str, noun: str):
    from kliping.synth.figures import amount_clause, sentence_tokens
    from kliping.synth.figures.measures import amount_whole, measure_scoped
    ev = _ev("x", text, "2025-03-03", "Warta Contoh")
    [q] = [q for q in ev.quantities if noun in ((q.noun or "").casefold(), q.unit)]
    toks = sentence_tokens(text)
    clause = amount_clause(text, q.start, q.end)
    return amount_whole(q, toks, clause), measure_scoped(text, q, toks, {}, frozenset(), clause)


def test_an_amount_after_sebagian_dari_counts_the_whole_not_the_part() -> None:
    """``sebagian dari total 6 juta paket ... di 30 provinsi``: the 30 provinces are the whole programme's."""
    whole, _ = _point("Paket itu sebagian dari total 6 juta paket sembako yang dibagikan di 30 provinsi.", "provinsi")
    part, _ = _point("Perkara ini menyangkut pembagian 2 juta paket sembako di 12 provinsi.", "provinsi")
    assert whole and not part


def test_the_whole_of_a_programme_is_no_discrepancy_with_its_part() -> None:
    a = _ev("w1", "Jaksa menyebut perkara ini menyangkut pembagian 2 juta paket sembako di 12 provinsi.",
              "2025-03-03", "Warta Contoh")
    b = _ev("w2", "Pembagian paket sembako itu sebagian dari total 6 juta paket sembako di 30 provinsi.",
              "2025-03-04", "Kabar Lain")
    assert not [f for f in _kinds(_line(a, b), "discrepancy") if "provinsi" in f.about]


def test_a_whole_named_by_sebagian_dari_meets_a_total_given_unmarked() -> None:
    """A whole after ``sebagian dari`` is compared with another report's total (``Secara keseluruhan ... total``):
    8 vs 6 million packages of one programme on one day disagree. What a report says of the part stays apart."""
    a = _ev("w3", "Paket yang dibagikan di Bekasi itu sebagian dari total 8 juta paket sembako bantuan pemerintah "
            "tahun ini.", "2025-03-03", "Warta Contoh")
    b = _ev("w4", "Secara keseluruhan, pemerintah membagikan total 6 juta paket sembako bantuan tahun ini.",
            "2025-03-03", "Kabar Lain")
    assert [f for f in _kinds(_line(a, b), "discrepancy") if "paket" in f.about]
    c = _ev("w5", "Di Bekasi, pemerintah membagikan 6 juta paket sembako bantuan tahun ini.", "2025-03-03",
            "Kabar Lain")
    assert not [f for f in _kinds(_line(a, c), "discrepancy") if "paket" in f.about]


def test_a_polled_expectation_of_a_stock_is_an_estimate() -> None:
    """``mungkin naik menjadi ... menurut survei`` gives what analysts expect, not a reading."""
    _, scoped = _point("Stok minyak mentah AS mungkin naik menjadi 390 juta barel pekan ini, menurut survei "
                       "para analis menjelang rilis data resmi.", "bbl")
    _, plain = _point("Stok minyak mentah AS naik menjadi 390 juta barel pekan lalu, menurut data resmi.", "bbl")
    assert scoped == "estimate" and plain == ""


def test_a_breakdown_that_differs_between_outlets_is_one_finding() -> None:
    a = _ev("p1", "Korban luka dalam unjuk rasa itu terdiri atas 20 warga sipil dan 70 polisi.", "2025-03-03",
              "Warta Contoh")
    b = _ev("p2", "Menurut ombudsman, korban luka dalam unjuk rasa itu terdiri atas 26 warga sipil dan 81 polisi.",
              "2025-03-03", "Kabar Lain")
    found = _kinds(_line(a, b), "discrepancy")
    assert len(found) == 1 and set(found[0].about.split(" / ")) == {"warga", "polisi"}


def test_a_date_shared_by_sentences_with_conflicting_figures_is_no_agreement() -> None:
    """The timeline may cite two reports under one date; they agree on the date, not on what happened by it
    when their figures conflict (``figures_conflict``, which ``timeline_agreements`` asks)."""
    from kliping.link import link
    from kliping.synth.findings import figures_conflict
    a = _ev("c1", "Pada awal Maret 2025, kapal itu disebut membongkar sekitar 5.000 kontainer beras di "
              "pelabuhan Tanjung Mas.", "2025-04-10", "Warta Contoh")
    b = _ev("c2", "Menurut pejabat pelabuhan, hampir 9.000 kontainer beras dibongkar kapal itu di pelabuhan "
              "Tanjung Mas pada awal Maret 2025.", "2025-04-11", "Kabar Lain")
    c = _ev("c3", "Menurut pejabat pelabuhan, sekitar 5.000 kontainer beras dibongkar kapal itu di pelabuhan "
              "Tanjung Mas pada awal Maret 2025.", "2025-04-11", "Kabar Lain")
    assert figures_conflict(build_corpus(link([a, b])), [(0, 0), (1, 0)])
    assert not figures_conflict(build_corpus(link([a, c])), [(0, 0), (1, 0)])
    assert [f for f in _kinds(_line(a, c), "agreement") if f.about.startswith("2025-03")]
    d = _ev("c4", "Menurut pejabat pelabuhan, sekitar 5.000 kontainer beras dan 1.200 kontainer jagung "
              "dibongkar kapal itu di pelabuhan Tanjung Mas pada awal Maret 2025.", "2025-04-11", "Kabar Lain")
    assert not figures_conflict(build_corpus(link([a, d])), [(0, 0), (1, 0)]), "a value more is no conflict"


def test_counts_told_of_two_different_villages_are_two_facts() -> None:
    """Two reports of one flood on one day: 120 houses in one village, 80 in another village are no discrepancy;
    two counts for the same village are."""
    a = _ev("v1", "Banjir bandang merendam 120 rumah warga di Desa Sukamaju, Kecamatan Cibadak, Senin malam.",
            "2025-03-03", "Warta Contoh")
    b = _ev("v2", "Banjir bandang merendam 80 rumah warga di Desa Cikaret, Kecamatan Ciawi, Senin malam.",
            "2025-03-03", "Kabar Lain")
    c = _ev("v3", "Banjir bandang merendam 95 rumah warga di Desa Sukamaju, Kecamatan Cibadak, Senin malam.",
            "2025-03-03", "Kabar Lain")
    assert not [f for f in _kinds(_line(a, b), "discrepancy") if "rumah" in f.about]
    assert [f for f in _kinds(_line(a, c), "discrepancy") if "rumah" in f.about]


def test_a_revenue_and_a_deficit_of_one_currency_are_not_compared() -> None:
    """Two outlets on one day: one gives the state's revenue, the other its deficit, both in dollars with no
    noun after the amount: two facts (``Point.money``). Two revenues that differ are a discrepancy."""
    a = _ev("r1", "Kementerian Keuangan menyebut penerimaan negara dari sektor migas mencapai 28 miliar dollar AS.",
            "2025-03-03", "Warta Contoh")
    b = _ev("r2", "Kementerian Keuangan menyebut defisit anggaran sektor migas mencapai 12 miliar dollar AS.",
            "2025-03-03", "Kabar Lain")
    c = _ev("r3", "Kementerian Keuangan menyebut penerimaan negara dari sektor migas mencapai 21 miliar dollar AS.",
            "2025-03-03", "Kabar Lain")
    assert not _kinds(_line(a, b), "discrepancy")
    assert [f for f in _kinds(_line(a, c), "discrepancy") if f.about == "penerimaan"]


def test_a_count_under_a_bare_counter_is_compared_with_no_other() -> None:
    """``persediaan alat di gudang masih 2 juta unit.`` and another outlet's ``terpasang ... 90.000 unit.`` on one
    day: the counts name nothing they count (``Point.bare``), so they are no discrepancy. Counts whose counter
    names a noun (``unit mesin``) still are."""
    a = _ev("u1", "Menurut pengelola, persediaan alat pemantau di gudang saat ini masih 2 juta unit.",
            "2025-03-03", "Warta Contoh")
    b = _ev("u2", "Menurut pengelola, alat pemantau yang sudah terpasang di mobil warga baru 90.000 unit.",
            "2025-03-03", "Kabar Lain")
    assert not [f for f in _kinds(_line(a, b), "discrepancy") if "unit" in f.about]
    c = _ev("u3", "Menurut pengelola, pabrik itu mengirim 300 unit mesin pompa ke desa tersebut.", "2025-03-03",
            "Warta Contoh")
    d = _ev("u4", "Menurut pengelola, pabrik itu mengirim 450 unit mesin pompa ke desa tersebut.", "2025-03-03",
            "Kabar Lain")
    assert [f for f in _kinds(_line(c, d), "discrepancy") if "unit" in f.about]


def test_an_amount_to_be_given_does_not_contradict_one_given() -> None:
    """One outlet says aid was given to 20 juta families, another on the same day that new aid will be given to 35 juta
    (``Point.plan``): a plan and a reported value are no discrepancy. Two reported values that differ are."""
    a = _ev("p1", "Menurut menteri, bantuan pangan sudah diberikan kepada 20 juta keluarga penerima di seluruh "
              "provinsi.", "2025-03-03", "Warta Contoh")
    b = _ev("p2", "Menurut menteri, bantuan pangan akan diberikan kepada 35 juta keluarga penerima di seluruh "
              "provinsi.", "2025-03-03", "Kabar Lain")
    c = _ev("p3", "Menurut menteri, bantuan pangan sudah diberikan kepada 28 juta keluarga penerima di seluruh "
              "provinsi.", "2025-03-03", "Kabar Lain")
    assert not _kinds(_line(a, b), "discrepancy")
    assert _kinds(_line(a, c), "discrepancy")


def test_counts_of_two_conditions_are_not_compared() -> None:
    """Two outlets on one day: children with anaemia and children with caries are two groups (``Point.subject``)."""
    a = _ev("h1", "Hasil skrining kesehatan sekolah menunjukkan 250 ribu anak penderita anemia di provinsi itu.",
            "2025-03-03", "Warta Contoh")
    b = _ev("h2", "Hasil skrining kesehatan sekolah menunjukkan 4 juta anak penderita karies di provinsi itu.",
            "2025-03-03", "Kabar Lain")
    c = _ev("h3", "Hasil skrining kesehatan sekolah menunjukkan 300 ribu anak penderita anemia di provinsi itu.",
            "2025-03-03", "Kabar Lain")
    assert not _kinds(_line(a, b), "discrepancy")
    assert _kinds(_line(a, c), "discrepancy")


def test_two_lists_of_one_stock_in_one_article_disagreeing_on_an_item_are_a_discrepancy() -> None:
    """One report lists the seized bottles twice for the same day, and an item's count differs (25 vs 1.850): the
    article contradicts itself. Lists of different parts of a whole (one per field) are no two versions of one list."""
    a = _ev("b1", "Seluruh barang sitaan yang dihancurkan polisi berjumlah 9.000 botol, terdiri atas 6.000 botol bir, "
                  "1.200 botol anggur, dan 25 botol vodka. Polisi juga memeriksa tiga saksi. Barang sitaan yang "
                  "dihancurkan siang tadi terdiri atas 6.000 botol bir, 1.850 botol vodka, dan 1.200 botol anggur.",
            "2025-03-03", "Warta Contoh")
    found = [f for f in _kinds(_line(a), "discrepancy") if "vodka" in f.about]
    assert found and [(i.article, i.sentence) for i in found[0].items] == [("b1", 0), ("b1", 2)]
    assert not [f for f in _kinds(_line(a), "discrepancy") if "bir" in f.about or "anggur" in f.about]
    parts = _ev("b2", "Pada bidang tari, terdapat 300 peserta kategori pemula dan 40 peserta kategori mahir. Pada "
                      "bidang musik, meliputi 500 peserta kategori pemula dan 90 peserta kategori mahir.",
                "2025-03-03", "Warta Contoh")
    assert not _kinds(_line(parts), "discrepancy")
