"""Synth stage: cited summaries, timeline, figures and findings on hand-built stories."""

from __future__ import annotations

from kliping.model import Entity, Event, FindingItem, NameVariant, Story, StorylineGroup
from kliping.synth import synthesize
from kliping.synth.corpus import build_corpus, content_words, word_overlap
from kliping.synth.summary import REDUNDANT_COSINE, REDUNDANT_OVERLAP
from tests.test_link_helpers import date, make_ev, qty


def _story(arts, *, duplicate_of=None, groups=None, variants=(), entities=()) -> Story:
    groups = groups or [[a.id for a in arts]]
    events = [Event(f"e{k + 1}", g) for k, g in enumerate(groups)]
    return Story(
        articles=arts, duplicate_of=dict(duplicate_of or {}), entities=list(entities), events=events,
        storylines=[StorylineGroup("s1", [e.id for e in events])], name_variants=list(variants),
    )


def _port_articles():
    a = make_ev("p1", (
        "Petugas Bea Cukai menyita 120 kontainer berisi barang elektronik ilegal di Pelabuhan Tanjung Mas pada Senin. "
        "Kepala kantor Bea Cukai Tanjung Mas mengatakan barang itu tidak dilengkapi dokumen impor. "
        "Apakah pemiliknya akan diperiksa? "
        "Nilai barang sitaan ditaksir mencapai Rp 45 miliar menurut perhitungan sementara petugas. "
        "Petugas juga menahan dua orang sopir truk yang mengangkut sebagian kontainer itu."
    ), title="Bea Cukai Sita 120 Kontainer Elektronik Ilegal", published="2024-04-01")
    b = make_ev("p2", (
        "Sebanyak 120 kontainer barang elektronik ilegal disita Bea Cukai di Pelabuhan Tanjung Mas, Senin. "
        "Barang tersebut masuk tanpa dokumen impor yang sah menurut pejabat Bea Cukai setempat. "
        "Gudang penyimpanan di pelabuhan kini dijaga ketat oleh aparat selama penyelidikan berlangsung."
    ), title="120 Kontainer Ilegal Disita di Tanjung Mas", published="2024-04-02")
    c = make_ev("p3", (
        "Bea Cukai menyebut jumlah kontainer elektronik ilegal yang disita di Tanjung Mas sebanyak 150 kontainer. "
        "Pemeriksaan isi kontainer masih berlangsung hingga akhir pekan ini menurut petugas lapangan."
    ), title="Jumlah Kontainer Sitaan Bertambah", published="2024-04-03")
    d = make_ev("p4", (
        "Hasil penghitungan akhir Bea Cukai menyatakan kontainer elektronik ilegal yang disita di Tanjung Mas berjumlah 180 kontainer. "
        "Seluruh barang sitaan akan dilelang atau dimusnahkan setelah putusan pengadilan keluar."
    ), title="Penghitungan Akhir Kontainer Sitaan", published="2024-04-20")
    a.quantities = [qty(a.doc, 0, "120 kontainer", 120, noun="kontainer")]
    b.quantities = [qty(b.doc, 0, "120 kontainer", 120, noun="kontainer")]
    c.quantities = [qty(c.doc, 0, "150 kontainer", 150, noun="kontainer")]
    d.quantities = [qty(d.doc, 0, "180 kontainer", 180, noun="kontainer", as_of="2024-04-19")]
    a.times = [date(a.doc, 0, "Senin", "2024-04-01")]
    b.times = [date(b.doc, 0, "Senin", "2024-04-01")]
    return a, b, c, d


def test_summary_sentences_are_verbatim_cited_and_not_redundant() -> None:
    arts = list(_port_articles())
    story = _story(arts)
    dossier = synthesize(story, summary_sentences=4)
    [section] = dossier.stories
    sents = {(ev.id, i): s.text for ev in arts for i, s in enumerate(ev.doc.sentences)}
    assert section.summary, "a summary was produced"
    assert len(section.summary) <= 4
    corpus = build_corpus(story)
    for s in section.summary:
        assert s.citations
        assert (s.citations[0].article, s.citations[0].sentence) in sents
        assert any(sents[(c.article, c.sentence)] == s.text for c in s.citations)  # verbatim
        assert not s.text.endswith("?")
    # the seizure is stated by p1 and p2: its sentence cites both
    seizure = [s for s in section.summary if "120 kontainer" in s.text]
    assert seizure and {c.article for c in seizure[0].citations} >= {"p1", "p2"}
    # no redundant pair
    texts = [s.text for s in section.summary]
    origin = [next(c for c in s.citations if sents[(c.article, c.sentence)] == s.text) for s in section.summary]
    rows = [corpus.sent_rows[(corpus.by_id[c.article], c.sentence)] for c in origin]
    sims = corpus.sims(rows, rows)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            assert sims[i, j] < REDUNDANT_COSINE
            assert word_overlap(content_words(texts[i]), content_words(texts[j])) < REDUNDANT_OVERLAP
    # ordered by time
    keys = [corpus.time_key(corpus.by_id[c.article], c.sentence) for c in origin]
    assert keys == sorted(keys)
    assert section.start == "2024-04-01" and section.end == "2024-04-20"


def test_one_outlet_repeating_a_figure_is_not_an_agreement() -> None:
    a, b, c, d = _port_articles()
    for ev in (a, b):
        ev.doc.source = "Kabar Contoh"
    b.doc.source = "kabarcontoh.id"  # the same outlet written another way
    dossier = synthesize(_story([a, b, c, d]))
    [line] = dossier.storylines
    agree = [f for f in line.findings if f.kind == "agreement" and f.about == "kontainer"]
    assert agree == []


def test_duplicates_are_skipped() -> None:
    a, b, c, d = _port_articles()
    copy_of_a = make_ev("p1copy", a.doc.text, title="Salinan", published="2024-04-02")
    story = _story([a, b, c, d, copy_of_a], duplicate_of={"p1copy": "p1"})
    dossier = synthesize(story)
    cited = {c.article for sec in dossier.stories for s in sec.summary for c in s.citations}
    cited |= {c.article for sl in dossier.storylines for t in sl.timeline for c in t.citations}
    cited |= {i.article for sl in dossier.storylines for f in sl.findings for i in f.items}
    assert "p1copy" not in cited


def test_figures_and_findings_from_planted_quantities() -> None:
    arts = list(_port_articles())
    dossier = synthesize(_story(arts))
    [line] = dossier.storylines
    [fig] = [f for f in line.figures if f.about == "kontainer"]
    assert sorted(v.value for v in fig.values) == [120, 120, 150, 180]
    by_kind: dict[str, list] = {}
    for f in line.findings:
        by_kind.setdefault(f.kind, []).append(f)
    agree = [f for f in by_kind.get("agreement", []) if f.about == "kontainer"]
    assert agree and {i.article for i in agree[0].items} == {"p1", "p2"}
    # 120 (1 Apr) -> 150 (3 Apr, "Jumlah Kontainer Sitaan Bertambah") -> 180 (19 Apr): a count that
    # only rises over weeks is a running series, so its close steps are updates, not discrepancies.
    assert not [f for f in by_kind.get("discrepancy", []) if f.about == "kontainer"]
    [upd] = [f for f in by_kind["update"] if f.about == "kontainer"]
    assert [i.article for i in upd.items] == ["p1", "p3", "p4"]
    sents = {(ev.id, k): s.text for ev in arts for k, s in enumerate(ev.doc.sentences)}
    for f in line.findings:
        for i in f.items:
            assert sents[(i.article, i.sentence)] == i.text  # never invented


def test_approximate_values_are_not_a_discrepancy() -> None:
    a = make_ev("r1", "Sekitar 100 rumah warga di Desa Sukarame rusak diterjang angin puting beliung kemarin sore.",
                published="2024-06-01")
    b = make_ev("r2", "Angin puting beliung merusak 104 rumah warga di Desa Sukarame pada Jumat sore.", published="2024-06-02")
    a.quantities = [qty(a.doc, 0, "Sekitar 100 rumah", 100, noun="rumah", modifier="about")]
    b.quantities = [qty(b.doc, 0, "104 rumah", 104, noun="rumah")]
    line = synthesize(_story([a, b])).storylines[0]
    assert not [f for f in line.findings if f.kind == "discrepancy"]


def test_shell_words_are_one_figure() -> None:
    a = make_ev("b1", "Polisi menemukan 12 selongsong di lokasi penembakan di Jalan Merdeka pada malam itu.", published="2024-07-01")
    b = make_ev("b2", "Di lokasi penembakan Jalan Merdeka polisi mengamankan 12 butir peluru sebagai barang bukti.", published="2024-07-01")
    a.quantities = [qty(a.doc, 0, "12 selongsong", 12, noun="selongsong")]
    b.quantities = [qty(b.doc, 0, "12 butir", 12, noun="butir")]
    line = synthesize(_story([a, b])).storylines[0]
    [fig] = line.figures
    assert fig.about == "peluru" and len(fig.values) == 2


def test_timeline_ordered_and_cited() -> None:
    a = make_ev("t1", (
        "Gunung Lawu meletus pada 3 Mei 2024 dan memuntahkan abu setinggi dua kilometer. "
        "Status gunung dinaikkan menjadi Siaga pada 5 Mei 2024 oleh badan geologi setempat."
    ), published="2024-05-06")
    b = make_ev("t2", (
        "Badan geologi menaikkan status Gunung Lawu menjadi Siaga pada 5 Mei 2024 setelah letusan. "
        "Letusan Gunung Lawu terjadi pada 3 Mei 2024 dengan kolom abu setinggi dua kilometer."
    ), published="2024-05-07")
    a.times = [date(a.doc, 0, "3 Mei 2024", "2024-05-03"), date(a.doc, 1, "5 Mei 2024", "2024-05-05")]
    b.times = [date(b.doc, 0, "5 Mei 2024", "2024-05-05"), date(b.doc, 1, "3 Mei 2024", "2024-05-03"),
               date(b.doc, 1, "dua kilometer", "PRESENT_REF")]
    line = synthesize(_story([a, b])).storylines[0]
    assert [t.value for t in line.timeline] == ["2024-05-03", "2024-05-05"]
    for t in line.timeline:
        assert {c.article for c in t.citations} == {"t1", "t2"}
        assert t.text in {s.text for ev in (a, b) for s in ev.doc.sentences}
    agreements = [f for f in line.findings if f.kind == "agreement" and f.about == "2024-05-03"]
    assert agreements and len(agreements[0].items) == 2


def test_name_variant_finding_and_titles() -> None:
    a, b, c, d = _port_articles()
    nv = NameVariant("E1", ["Shin Won-sik", "Shin Wok-sik"], [FindingItem("p1", 1, a.doc.sentences[1].text)])
    ent = Entity("E1", "Shin Won-sik", "PERSON", ["Shin Won-sik", "Shin Wok-sik"])
    dossier = synthesize(_story([a, b, c, d], groups=[["p1", "p2", "p3"], ["p4"]], variants=[nv], entities=[ent]))
    [line] = dossier.storylines
    assert [f.about for f in line.findings if f.kind == "name_variant"] == ["Shin Won-sik"]


def test_a_name_variants_items_of_the_storyline_come_first() -> None:
    a, b, c, d = _port_articles()
    items = [FindingItem("p4", 0, d.doc.sentences[0].text), FindingItem("p1", 1, a.doc.sentences[1].text)]
    nv = NameVariant("E1", ["Shin Won-sik", "Shin Wok-sik"], items)
    ent = Entity("E1", "Shin Won-sik", "PERSON", ["Shin Won-sik", "Shin Wok-sik"])
    story = _story([a, b, c, d], groups=[["p1", "p2"], ["p4"]], variants=[nv], entities=[ent])
    story.storylines = [StorylineGroup("s1", ["e1"]), StorylineGroup("s2", ["e2"])]
    dossier = synthesize(story)
    first = {s.id: [f.items[0].article for f in s.findings if f.kind == "name_variant"] for s in dossier.storylines}
    assert first == {"s1": ["p1"], "s2": ["p4"]}, "each storyline shows its own sentence first"
    assert [s.id for s in dossier.stories] == ["e1", "e2"]
    assert dossier.stories[0].title in {a.doc.title, b.doc.title, c.doc.title}
    assert dossier.stories[1].title == d.doc.title
    assert dossier.generated is None


def test_numbered_list_items_are_not_summary_statements() -> None:
    from kliping.synth.corpus import is_clear

    assert not is_clear("2. SPBU 34-10505 di Jalan Letjen Suprapto buka dua puluh empat jam")
    assert is_clear("Pertamina membuka layanan pemasangan gratis di 266 SPBU di Jakarta.")


def test_a_paragraph_one_outlet_pastes_into_two_reports_is_not_two_reports_of_the_fact() -> None:
    """In a one-outlet pile two reports that state a fact in their own words are two sources; the
    same background sentence pasted word for word into both counts once."""
    from kliping.synth.corpus import build_corpus
    from kliping.synth.summary import stating_sources

    background = "Program bantuan pangan itu menyasar 20 juta keluarga di seluruh provinsi sejak awal tahun."
    a = make_ev("p1", "Penyaluran beras dimulai Senin di gudang Bulog Kelapa Gading. " + background,
                published="2025-03-03", source="Warta Contoh")
    b = make_ev("p2", "Bulog mulai membagikan beras bantuan di Kelapa Gading pada Senin pagi. " + background,
                published="2025-03-04", source="Warta Contoh")
    story = Story(articles=[a, b], duplicate_of={}, entities=[], events=[Event("e1", ["p1", "p2"])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    corpus = build_corpus(story)
    source = corpus.source_keys([0, 1])
    assert stating_sources(corpus, source, [(0, 1), (1, 1)], one_outlet=True) == 1  # pasted background
    assert stating_sources(corpus, source, [(0, 0), (1, 0)], one_outlet=True) == 2  # two own wordings
    assert stating_sources(corpus, {0: "x", 1: "y"}, [(0, 1), (1, 1)], one_outlet=False) == 2


def test_a_name_variants_evidence_from_another_storyline_is_no_column_of_its_matrix() -> None:
    from kliping.render.common import Index
    from kliping.render.matrix import source_matrix

    a, b, c, d = _port_articles()
    items = [FindingItem("p1", 1, a.doc.sentences[1].text), FindingItem("p4", 0, d.doc.sentences[0].text)]
    nv = NameVariant("E1", ["Shin Won-sik", "Shin Wok-sik"], items)
    ent = Entity("E1", "Shin Won-sik", "PERSON", ["Shin Won-sik", "Shin Wok-sik"])
    story = _story([a, b, c, d], groups=[["p1", "p2"], ["p4"]], variants=[nv], entities=[ent])
    story.storylines = [StorylineGroup("s1", ["e1"]), StorylineGroup("s2", ["e2"])]
    dossier = synthesize(story)
    s1 = dossier.storylines[0]
    # the storyline shows its own sentences only (``name_variant_findings``); p4's spelling is s2's evidence
    assert {it.article for f in s1.findings if f.kind == "name_variant" for it in f.items} == {"p1"}
    m = source_matrix(Index(dossier), s1)
    assert all(ref.article in {"p1", "p2"} for row in m.rows for refs in row.cells.values() for ref in refs)
