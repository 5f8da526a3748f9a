"""The streaming linker: one pass, deterministic, bounded by its window, retrieval by shared keys."""

from __future__ import annotations

import datetime as dt

from kliping.link.stream import DocFreq, Features, StreamLinker, WindowDocFreq, hash_key, link_stream

D0 = dt.date(2024, 3, 1)


def feat(aid: str, day: int, words: str, ents: str = "") -> Features:
    terms: dict[str, int] = {}
    for w in words.split():
        terms[w] = terms.get(w, 0) + 1
    return Features(id=aid, date=D0 + dt.timedelta(days=day), terms=terms, entities=frozenset(ents.split()))


FLOOD = "banjir bandang sungai meluap rumah warga terendam evakuasi pengungsi"
TAX = "pajak penghasilan tarif wajib pajak lapor spt tahunan coretax"


def test_same_happening_joins_and_other_subject_opens_an_event() -> None:
    res = link_stream([
        feat("a", 0, FLOOD + " garut", "garut bpbd"),
        feat("b", 0, TAX + " djp", "djp"),
        feat("c", 1, FLOOD + " garut tanggul", "garut bpbd"),
    ])
    assert res.event_of["a"] == res.event_of["c"] != res.event_of["b"]


def test_events_close_after_the_window_but_the_storyline_continues() -> None:
    res = link_stream([
        feat("a", 0, FLOOD + " garut", "garut"),
        feat("b", 20, FLOOD + " garut", "garut"),
    ], event_window=5, storyline_window=45)
    assert res.event_of["a"] != res.event_of["b"]
    assert res.storyline_of_event[res.event_of["a"]] == res.storyline_of_event[res.event_of["b"]]


def test_memory_is_bounded_by_the_window() -> None:
    """A year of daily unrelated stories keeps only a window's worth of events active."""
    linker = StreamLinker(event_window=3, storyline_window=10)
    for day in range(365):
        for k in range(3):
            linker.add(feat(f"d{day}k{k}", day, f"topik{day}x{k} kata{day}y{k} hal{day}z{k}"))
    res = linker.result()
    assert len(set(res.event_of.values())) == 365 * 3
    assert res.peak_active_events <= 3 * 5
    assert len(linker.events.groups) <= 3 * 5
    assert len(linker.stories.groups) <= 3 * 12


def test_deterministic_for_the_same_order() -> None:
    feats = [feat(f"x{i}", i // 4, (FLOOD if i % 3 else TAX) + f" w{i % 5}") for i in range(40)]
    assert link_stream(feats).event_of == link_stream(feats).event_of


def test_duplicates_join_their_original() -> None:
    a = feat("a", 0, FLOOD)
    b = feat("b", 0, TAX)
    b.duplicate_of = "a"
    res = link_stream([a, b])
    assert res.event_of["a"] == res.event_of["b"]


def test_streaming_idf_with_prior_keeps_shared_subject_words_weighted() -> None:
    """After a handful of documents all containing a word, the prior keeps it from vanishing."""
    df = DocFreq(prior_docs=100)
    k = hash_key("putin")
    for _ in range(5):
        df.add([k])
    w = df.weigh({k: 1, hash_key("langka"): 1}, 10)
    assert w[k] > 0.5 * w[hash_key("langka")]
    assert hash_key("putin") == hash_key("putin") and 0 <= k < 2**20


def test_an_article_bridging_two_fragments_folds_them_into_one_event() -> None:
    """Two early reports that share too little open two events; a report close to both merges them."""
    left = "kebakaran gudang pelabuhan tanjung priok api padam damkar"
    right = "kerugian miliar pemilik gudang asuransi polisi selidiki penyebab"
    feats = [
        feat("a", 0, left, "priok"),
        feat("b", 0, right, "polda"),
        feat("c", 1, left + " " + right, "priok polda"),
        feat("d", 2, right + " saksi", "polda"),
        feat("t", 1, TAX, "djp"),
    ]
    split = link_stream(feats, merge_events=False)
    assert split.event_of["a"] != split.event_of["b"]
    linker = StreamLinker()
    for f in feats:
        linker.add(f)
    res = linker.result()
    assert res.event_of["a"] == res.event_of["b"] == res.event_of["c"] == res.event_of["d"]
    assert res.event_of["t"] != res.event_of["a"]
    # the folded event is gone from the active set and the storyline map; the survivor's norms
    # are those of its summed vectors
    assert len(res.events()) == 2 and len(res.storyline_of_event) == 2
    g = linker.events.groups[res.event_of["a"]]
    assert abs(g.n2 - sum(x * x for x in g.vec.values())) < 1e-9
    assert abs(g.en2 - sum(x * x for x in g.ent.values())) < 1e-9
    assert all(res.event_of["a"] in linker.events.postings[k] for k in g.keys)
    # the folded event left every posting it was in
    gone = next(gid for gid in linker.merged)
    assert all(gone not in s for s in linker.events.postings.values())


def test_index_postings_are_not_walked_by_the_garbage_collector() -> None:
    # The storyline window holds hundreds of thousands of postings; a container type the cyclic
    # GC tracks (set, array) made full collections a fifth of the linking time at scale.
    import gc

    linker = StreamLinker()
    for i in range(30):
        linker.add(feat(f"a{i}", i % 7, f"banjir kota{i % 5} warga{i % 3} mengungsi hujan", f"kota{i % 5}"))
    layers = (linker.events.postings, linker.stories.postings)
    assert all(layer for layer in layers)
    assert not any(gc.is_tracked(s) for layer in layers for s in layer.values())


def _with_emb(f: Features, vec: list[float] | None) -> Features:
    f.embedding = vec
    return f


E_FLOOD = [1.0, 0.0, 0.0]
E_TAX = [0.0, 1.0, 0.0]


def test_encoder_neighbours_join_a_paraphrase_that_shares_no_index_key() -> None:
    # "c" reports the flood in other words: no shared term, so the inverted index cannot offer the
    # flood event; the encoder's nearest active events can, and its cosine carries the join.
    arts = [
        (feat("a", 0, FLOOD), E_FLOOD),
        (feat("b", 0, TAX), E_TAX),
        (feat("c", 1, "air bah menggenangi kampung ratusan keluarga mengungsi"), [0.99, 0.141, 0.0]),
    ]
    plain = link_stream([f for f, _ in arts])
    assert plain.event_of["c"] not in (plain.event_of["a"], plain.event_of["b"])
    enc = link_stream([_with_emb(f, v) for f, v in arts], embed_weight=0.3)
    assert enc.event_of["c"] == enc.event_of["a"] != enc.event_of["b"]
    # Without neighbour retrieval the flood event is never scored, so "c" stays alone.
    no_nb = link_stream([_with_emb(feat(f.id, (f.date - D0).days, " ".join(f.terms)), v) for f, v in arts],
                        embed_weight=0.3, embed_neighbours=0)
    assert no_nb.event_of["c"] != no_nb.event_of["a"]


def test_articles_without_embeddings_link_as_without_the_encoder() -> None:
    # The encoder is optional per article (the scale benchmark has no text): a run in which only
    # some articles carry vectors gives the term-only answer for the others.
    words = [FLOOD + " garut", TAX + " djp", FLOOD + " garut tanggul", TAX + " djp coretax"]
    plain = link_stream([feat(str(i), i // 2, w) for i, w in enumerate(words)])
    mixed = link_stream([_with_emb(feat(str(i), i // 2, w), E_FLOOD if i == 0 else None)
                         for i, w in enumerate(words)])
    assert plain.event_of == mixed.event_of
    assert plain.event_of["0"] == plain.event_of["2"] != plain.event_of["1"] == plain.event_of["3"]


def test_trace_records_the_similarities_behind_each_decision() -> None:
    linker = StreamLinker(trace=True)
    for f in [feat("a", 0, FLOOD + " garut", "garut"), feat("b", 0, TAX, "djp"),
              feat("c", 1, FLOOD + " garut tanggul", "garut")]:
        linker.add(f)
    steps = {s.id: s for s in linker.trace or []}
    assert steps["a"].new and steps["b"].new and not steps["c"].new
    ga, gb = steps["a"].event, steps["b"].event
    assert steps["c"].event == ga and ga in steps["c"].candidates
    assert steps["c"].scores[ga] >= linker.events.threshold > steps["c"].scores.get(gb, 0.0)
    assert steps["a"].storyline is not None
    untraced = StreamLinker()
    for f in [feat("a", 0, FLOOD + " garut", "garut"), feat("c", 1, FLOOD + " garut tanggul", "garut")]:
        untraced.add(f)
    assert untraced.trace is None


def _score_of_second(first: Features, second: Features, **params: float) -> tuple[float, bool]:
    """Similarity the linker saw for ``second`` against the event ``first`` opened, and whether it joined."""
    linker = StreamLinker(trace=True, **params)  # type: ignore[arg-type]
    linker.add(first)
    linker.add(second)
    a, b = linker.trace or []
    return b.scores.get(a.event, 0.0), b.event == a.event


def test_similarity_decays_with_days_since_the_events_latest_article() -> None:
    first = feat("a", 0, FLOOD + " garut", "garut")
    later = [feat("b", d, FLOOD + " cianjur longsor jembatan putus", "cianjur") for d in (0, 1, 4)]
    raw, _ = _score_of_second(first, later[0], event_decay=0.0)
    s0, s1, s4 = (_score_of_second(first, b, event_decay=0.03)[0] for b in later)
    assert s0 == raw and abs(s1 - (raw - 0.03)) < 1e-9 and abs(s4 - (raw - 0.12)) < 1e-9
    bar = raw - 0.06  # reached the next day, not four days later
    assert _score_of_second(first, later[1], event_decay=0.03, event_threshold=bar)[1]
    assert not _score_of_second(first, later[2], event_decay=0.03, event_threshold=bar)[1]


def test_matching_headlines_pull_two_angles_on_one_happening_together() -> None:
    def titled(aid: str, body: str, title: str) -> Features:
        f = feat(aid, 0, body + " " + title, "")
        f.title = {w: 1 for w in title.split()}
        return f

    a = titled("a", "debit sungai naik warga mengungsi tenda darurat dapur umum", "banjir bandang garut")
    b = titled("b", "bupati tinjau lokasi bantuan logistik disalurkan relawan", "banjir bandang garut")
    without, _ = _score_of_second(a, b, title_weight=0.0, index_title=4)
    with_title, _ = _score_of_second(a, b, title_weight=0.5, index_title=4)
    assert with_title > without
    bar = (with_title + without) / 2
    assert not _score_of_second(a, b, title_weight=0.0, index_title=4, event_threshold=bar)[1]
    assert _score_of_second(a, b, title_weight=0.5, index_title=4, event_threshold=bar)[1]


def _with_facts(f: Features, facts: str) -> Features:
    f.facts = frozenset(facts.split())
    return f


REMARK = "t:kami.minta.warga.segera.mengungsi t:minta.warga.segera.mengungsi.ke t:warga.segera.mengungsi.ke.posko"


def test_a_shared_quote_joins_two_angles_that_share_little_vocabulary() -> None:
    a = _with_facts(feat("a", 0, "debit sungai naik tanggul jebol garut", "garut"), REMARK)
    b = _with_facts(feat("b", 0, "bupati tinjau posko logistik relawan garut", "garut"), REMARK)
    without, _ = _score_of_second(a, b, fact_weight=0.0)
    with_facts, _ = _score_of_second(a, b, fact_weight=0.2)
    assert with_facts > without + 0.1  # one remark, stated by both: the whole quote kind overlaps
    bar = (with_facts + without) / 2
    assert not _score_of_second(a, b, fact_weight=0.0, event_threshold=bar)[1]
    assert _score_of_second(a, b, fact_weight=0.2, event_threshold=bar)[1]
    other = _with_facts(feat("c", 0, "bupati tinjau posko logistik relawan garut", "garut"), "t:harga.cabai.naik.di.pasar.induk")
    assert abs(_score_of_second(a, other, fact_weight=0.2)[0] - without) < 1e-9  # no shared key, no bonus


def test_a_fact_every_recent_article_states_weighs_less_than_a_rare_one() -> None:
    """Window IDF: a phrase repeated by the day's other reports adds less than one only two share."""
    def run(shared: str) -> float:
        linker = StreamLinker(trace=True, fact_weight=0.2)
        for i in range(30):  # other stories of the same days repeating a stock phrase
            linker.add(_with_facts(feat(f"o{i}", 0, f"topik{i} kata{i} hal{i}"), "t:stock.phrase"))
        linker.add(_with_facts(feat("a", 1, "debit sungai naik tanggul jebol garut", "garut"), shared))
        linker.add(_with_facts(feat("b", 1, "bupati tinjau posko logistik relawan garut", "garut"), shared))
        st_a, st_b = (linker.trace or [])[-2:]
        return st_b.scores[st_a.event]

    assert run("t:stock.phrase") < run("t:only.these.two")


def test_fact_counts_forget_articles_older_than_the_window() -> None:
    wdf = WindowDocFreq(window=2, prior=0)
    wdf.add(10, [1, 2])
    wdf.add(11, [1])
    assert wdf.df == {1: 2, 2: 1} and len(wdf.queue) == 2
    wdf.add(13, [3])  # day 10 is more than 2 days before 13
    assert wdf.df == {1: 1, 3: 1} and len(wdf.queue) == 2


def _mixed_stream() -> list[Features]:
    kebakaran = "kebakaran pasar kios hangus pemadam damkar korban kerugian"
    return [feat(f"m{i}", i // 3, (FLOOD, TAX, kebakaran)[i % 3] + f" kata{i % 4} garut", "garut")
            for i in range(24)]


def test_join_log_has_one_row_per_scored_candidate_and_changes_nothing() -> None:
    from kliping.link.stream import JOIN_FEATURES

    feats = _mixed_stream()
    plain = link_stream(feats)
    linker = StreamLinker(log_join=True, trace=True)
    for f in feats:
        linker.add(f)
    assert linker.result().event_of == plain.event_of
    steps = {s.id: s for s in linker.trace or []}
    assert [a for a, _ in linker.join_log] == [f.id for f in feats]
    for aid, rows in linker.join_log:
        assert {g for g, _ in rows} == set(steps[aid].candidates)
        for g, x in rows:
            assert len(x) == len(JOIN_FEATURES)
            assert abs(x[0] - steps[aid].scores[g]) < 1e-12  # "sim" is the score the rule used
    assert sum(x[JOIN_FEATURES.index("top")] for _, rows in linker.join_log for _, x in rows) >= 1


def test_a_join_model_on_the_similarity_alone_is_the_threshold_rule() -> None:
    from kliping.link.stream import EVENT_THRESHOLD, JOIN_FEATURES, JoinModel

    n = len(JOIN_FEATURES)
    coef = tuple(1.0 if k == "sim" else 0.0 for k in JOIN_FEATURES)
    same = JoinModel((0.0,) * n, (1.0,) * n, coef, -EVENT_THRESHOLD, 0.5)  # margin = sim - threshold
    feats = _mixed_stream()
    assert link_stream(feats, join_model=same).event_of == link_stream(feats).event_of  # type: ignore[arg-type]
    never = JoinModel((0.0,) * n, (1.0,) * n, coef, -100.0, 0.5)
    res = link_stream(feats, join_model=never)  # type: ignore[arg-type]
    assert len(set(res.event_of.values())) == len(feats)
    assert abs(same.prob([EVENT_THRESHOLD] + [0.0] * (n - 1)) - 0.5) < 1e-12


def test_dates_in_the_first_days_of_year_one_do_not_overflow_the_window() -> None:
    first = [
        Features(id="a", date=dt.date(1, 1, 1), terms={"banjir": 2, "sungai": 1}, entities=frozenset()),
        Features(id="b", date=dt.date(1, 1, 2), terms={"banjir": 2, "sungai": 1}, entities=frozenset()),
    ]
    res = link_stream(first)
    assert res.event_of["a"] == res.event_of["b"]


def test_a_lone_angle_that_several_reports_of_one_event_come_close_to_is_folded_into_it() -> None:
    """An audit of the flood works shares one word with each flood report (similarity ~0.12, under
    the bar): one such report proves nothing, the fourth report of the event that comes close to
    it does (PULL_COUNT), and the audit joins the flood event."""
    flood = "banjir bandang sungai meluap rumah warga terendam evakuasi pengungsi tambun perahu karet posko"
    audit = ("audit inspektorat anggaran proyek tanggul kontraktor dana pemeriksaan laporan temuan kerugian "
             "negara rekanan tambun")
    noise = [feat(f"x{i}", 0, f"topik{i} kata{i} lain{i} berita{i} soal{i}") for i in range(6)]
    stream = [*noise, feat("r1", 0, flood + " pompa"), feat("s", 0, audit),
              feat("r2", 0, flood + " tanggul jebol"), feat("r3", 1, flood + " anggaran pompa"),
              feat("r4", 1, flood + " proyek hujan"), feat("r5", 1, flood + " kontraktor hujan")]
    linker = StreamLinker(pull_count=4, trace=True)
    for f in stream:
        linker.add(f)
    res = linker.result()
    assert res.event_of["s"] == res.event_of["r1"] == res.event_of["r5"]
    step = next(st for st in linker.trace if st.id == "r5")
    assert step.folded and 0.08 <= step.scores[step.folded[0]] < 0.18  # pulled, not bridged at the bar
    assert link_stream(stream, pull_count=0).event_of["s"] != link_stream(stream, pull_count=0).event_of["r1"]
    three = [f for f in stream if f.id != "r5"]  # three reports come close: not yet enough
    res3 = link_stream(three, pull_count=4)
    assert res3.event_of["s"] != res3.event_of["r1"]


def test_a_big_event_does_not_pull_in_a_lone_report_only_a_few_of_its_reports_touch(monkeypatch) -> None:
    """Four of eleven flood reports each come close to the audit, the others do not: four pulls
    among many misses are what a big event's chance overlaps look like (PULL_SHARE), so it stays
    alone; without the share rule the fourth pull would fold it in."""
    import kliping.link.stream as stream_mod

    flood = "banjir bandang sungai meluap rumah warga terendam evakuasi pengungsi tambun perahu karet posko"
    audit = ("audit inspektorat anggaran proyek tanggul kontraktor dana pemeriksaan laporan temuan kerugian "
             "negara rekanan tambun")
    near = iter(["tanggul jebol", "anggaran pompa", "proyek hujan", "kontraktor hujan"])
    reports = []
    for i in range(2, 12):
        extra = next(near) if i in (2, 5, 8, 11) else f"relawan{i} dapur{i}"
        reports.append(feat(f"r{i}", 0 if i < 7 else 1, f"{flood} {extra}"))
    stream = [*(feat(f"x{i}", 0, f"topik{i} kata{i} lain{i} berita{i} soal{i}") for i in range(6)),
              feat("r1", 0, flood + " pompa"), feat("s", 0, audit), *reports]
    res = link_stream(stream, pull_count=4)
    assert res.event_of["r1"] == res.event_of["r11"] and res.event_of["s"] != res.event_of["r1"]
    monkeypatch.setattr(stream_mod, "PULL_SHARE", 0.0)
    assert link_stream(stream, pull_count=4).event_of["s"] == res.event_of["r1"]


def _placed(aid: str, day: int, words: str, places: str) -> Features:
    f = feat(aid, day, words)
    return Features(id=f.id, date=f.date, terms=f.terms, places=frozenset(places.split()))


def test_headlines_naming_two_towns_keep_two_floods_in_two_storylines() -> None:
    """A flood in one regency and, days later, a flood in another read alike, but they are two
    local stories; without places in the headlines they would share a storyline."""
    a = _placed("a", 0, FLOOD + " hujan deras", "r:cimahi p:jawa-barat")
    b = _placed("b", 8, FLOOD + " hujan deras jalan", "r:pasuruan p:jawa-timur")
    plain = link_stream([feat("a", 0, FLOOD + " hujan deras"), feat("b", 8, FLOOD + " hujan deras jalan")])
    assert plain.storyline_of_event[plain.event_of["a"]] == plain.storyline_of_event[plain.event_of["b"]]
    res = link_stream([a, b])
    assert res.storyline_of_event[res.event_of["a"]] != res.storyline_of_event[res.event_of["b"]]
    # The same town again, or its province alone, continues the storyline.
    same = link_stream([a, _placed("c", 8, FLOOD + " hujan deras jalan", "r:cimahi p:jawa-barat"),
                        _placed("d", 20, FLOOD + " hujan deras tanggul", "p:jawa-barat")])
    assert len({same.storyline_of_event[same.event_of[x]] for x in "acd"}) == 1


def test_a_storyline_of_reports_from_many_towns_still_takes_another_town() -> None:
    """A national programme's storyline (a report naming no town, then reports from towns) is not
    local: a report from one more town joins it."""
    res = link_stream([
        feat("n", 0, FLOOD + " program nasional"),
        _placed("x", 8, FLOOD + " program nasional", "r:bandung p:jawa-barat"),
        _placed("y", 16, FLOOD + " program nasional", "r:cirebon p:jawa-barat"),
    ])
    assert len({res.storyline_of_event[res.event_of[x]] for x in "nxy"}) == 1


def test_places_conflict_reads_regencies_before_provinces() -> None:
    from kliping.link.stream import places_conflict

    cimahi = frozenset({"r:cimahi", "p:jawa barat"})
    assert places_conflict(cimahi, frozenset({"r:sukabumi", "p:jawa barat"}))
    assert not places_conflict(cimahi, frozenset({"p:jawa barat"}))
    assert places_conflict(cimahi, frozenset({"p:jawa timur"}))
    assert not places_conflict(cimahi, frozenset())


def test_a_roundup_is_an_event_and_storyline_of_its_own_and_never_a_candidate() -> None:
    roundup = Features(id="r", date=D0, terms=dict.fromkeys((FLOOD + " garut " + TAX).split(), 2),
                       entities=frozenset({"garut", "djp"}), roundup=True)
    res = link_stream([
        feat("a", 0, FLOOD + " garut", "garut bpbd"),
        roundup,
        feat("b", 0, FLOOD + " garut tanggul", "garut bpbd"),
        feat("c", 1, TAX + " djp", "djp"),
    ])
    assert res.event_of["a"] == res.event_of["b"]
    assert res.event_of["r"] not in {res.event_of["a"], res.event_of["c"]}
    sl = res.storyline_of_event
    assert sl[res.event_of["r"]] not in {sl[res.event_of["a"]], sl[res.event_of["c"]]}
    # without the mark the same words join the flood event
    plain = link_stream([feat("a", 0, FLOOD + " garut", "garut bpbd"),
                         Features(id="r", date=D0, terms=roundup.terms, entities=roundup.entities)])
    assert plain.event_of["r"] == plain.event_of["a"]


def test_same_day_reports_of_one_institution_on_two_cases_open_two_events() -> None:
    kpk = "kpk penyidik periksa saksi tersangka korupsi juru bicara gedung merah putih"
    a = feat("a", 0, kpk + " karet pengolahan kementan", "kpk budi")
    b = feat("b", 0, kpk + " tol trans sumatera", "kpk budi")
    c = feat("c", 1, kpk + " karet pengolahan sekjen", "kpk budi")
    a.places, b.places, c.places = (frozenset({"c:pengolahan", "c:karet"}), frozenset({"c:tol", "c:trans"}),
                                    frozenset({"c:karet"}))
    res = link_stream([a, b, c])
    assert res.event_of["a"] == res.event_of["c"] != res.event_of["b"]
    # without the headline cases the shared institution words join all three
    plain = link_stream([feat("a", 0, kpk + " karet pengolahan kementan", "kpk budi"),
                         feat("b", 0, kpk + " tol trans sumatera", "kpk budi")])
    assert plain.event_of["a"] == plain.event_of["b"]


def test_a_new_event_joins_a_storyline_only_when_close_to_one_of_its_events(monkeypatch) -> None:
    import kliping.link.stream as stream

    first = feat("a", 0, FLOOD + " garut tanggul jebol", "garut bpbd")
    later = feat("b", 10, FLOOD + " garut relokasi hunian sementara", "garut bpbd")  # a new event, days later
    same = feat("c", 20, FLOOD + " garut tanggul jebol", "garut bpbd")
    monkeypatch.setattr(stream, "STORYLINE_MEMBER_BAR", 0.0)
    res = link_stream([first, later])
    assert res.event_of["a"] != res.event_of["b"]
    assert res.storyline_of_event[res.event_of["a"]] == res.storyline_of_event[res.event_of["b"]]
    # a bar no event of the storyline reaches: the centroid alone no longer takes the new event
    monkeypatch.setattr(stream, "STORYLINE_MEMBER_BAR", 0.99)
    res = link_stream([first, later])
    assert res.storyline_of_event[res.event_of["a"]] != res.storyline_of_event[res.event_of["b"]]
    # an event whose first report repeats one of the storyline's events still joins it
    res = link_stream([first, same], event_window=5)
    assert res.event_of["a"] != res.event_of["c"]
    assert res.storyline_of_event[res.event_of["a"]] == res.storyline_of_event[res.event_of["c"]]
