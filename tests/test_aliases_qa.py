"""Entity-resolution rules from the QA read of real dossiers (docs/ner.md, "Fifth round"), on
invented Indonesian sentences through the real extractor and linker."""

from __future__ import annotations

import dataclasses

from kliping.extract import extract
from kliping.lang.id.titles import title_typo
from kliping.link import link
from kliping.model import Evidence
from tests.test_aliases_rules import _doc, _ids, _story


def _entity_of(story, article: str, text: str) -> set[str]:
    return {m.entity for ev in story.articles if ev.doc.id == article for m in ev.mentions if m.text == text}


def _entities(story, eids: set[str]):
    return [e for e in story.entities if e.id in eids]


def test_initials_after_saudara_are_a_person_not_a_country_nor_the_spokesman():
    story = _story(
        _doc("k1", 1, "Komisi Pemberantasan Korupsi menahan seorang pengusaha tambang pada Senin (1/4/2024).",
             "\"Kami menahan Saudara AS selaku direktur utama perusahaan itu,\" kata Juru Bicara KPK Andi "
             "Susanto di Jakarta.",
             "Menurut Andi, Saudara AS diduga menyuap seorang pejabat daerah.",
             "AS dijerat dengan pasal suap."),
        _doc("k2", 2, "Harga minyak naik setelah AS menjatuhkan sanksi baru kepada Iran pada Selasa (2/4/2024).",
             "Pemerintah Amerika Serikat menyebut sanksi itu berlaku segera."),
    )
    suspect = _entity_of(story, "k1", "AS")
    assert len(suspect) == 1
    assert [e.type for e in _entities(story, suspect)] == ["PERSON"]
    # every use in the article, the one without the cue too, is the suspect
    assert suspect == {m.entity for ev in story.articles if ev.doc.id == "k1" for m in ev.mentions
                       if m.text == "AS" and m.sentence == 3}
    assert not suspect & _ids(story, "Amerika Serikat")
    # the spokesman has the same initials and a role of his own: he is not the suspect
    assert not suspect & _ids(story, "Andi Susanto")


def test_initials_after_berinisial_are_no_name_the_article_spells_out():
    story = _story(
        _doc("t1", 3, "KPK menetapkan dua tersangka berinisial BP dan MRS dari sebuah perusahaan konstruksi pada "
             "Rabu (3/4/2024).",
             "Kasus itu menyangkut pembelian lahan di sekitar jalan tol, kata Bayu Pratama kepada wartawan.",
             "Bayu menambahkan penyidik masih menghitung kerugian negara."),
    )
    assert _entity_of(story, "t1", "BP")
    assert not _entity_of(story, "t1", "BP") & _ids(story, "Bayu Pratama")


def test_a_known_abbreviation_after_tersangka_is_the_body():
    story = _story(
        _doc("q1", 2, "Bupati itu resmi menjadi tersangka KPK pada Selasa (2/4/2024).",
             "Komisi Pemberantasan Korupsi menyita dua mobil dari rumahnya."),
    )
    kpk = _entity_of(story, "q1", "KPK")
    assert kpk and kpk == _ids(story, "Komisi Pemberantasan Korupsi")


def test_initials_join_the_name_they_follow_in_brackets():
    story = _story(
        _doc("b1", 4, "Penyidik menahan Rudi Hartawan (RH) selaku direktur keuangan sebuah perusahaan daerah pada "
             "Kamis (4/4/2024).",
             "Menurut penyidik, Saudara RH menerima uang dari seorang rekanan."),
    )
    assert _entity_of(story, "b1", "RH") == _ids(story, "Rudi Hartawan") != set()


def test_a_suspect_known_by_initials_in_two_unrelated_stories_is_two_people():
    # both stories name the KPK: a shared body is no evidence that two suspects' initials are one person
    story = _story(
        _doc("s1", 5, "KPK menahan seorang tersangka berinisial DS dalam kasus pengadaan alat kesehatan pada "
             "Jumat (5/4/2024).",
             "DS diduga menerima suap dari rekanan rumah sakit daerah di Kota Medan."),
        _doc("s2", 20, "KPK menahan tersangka berinisial DS dalam kasus pupuk bersubsidi di Kabupaten Jember "
             "pada Sabtu (20/4/2024).",
             "DS merupakan pengurus sebuah koperasi tani."),
    )
    first, second = _entity_of(story, "s1", "DS"), _entity_of(story, "s2", "DS")
    assert first and second and not first & second


def test_a_short_form_used_before_the_only_full_name_of_the_run_is_that_name():
    # ``Trump`` comes before ``Donald Trump`` in three stories and alone, with a bare title, in a
    # fourth: the run has no other full name with that word, so all are one person
    story = _story(
        _doc("w1", 6, "Kebijakan tarif Trump membuat pasar saham Asia melemah pada Senin (6/5/2024).",
             "Donald Trump mengumumkan tarif baru untuk baja."),
        _doc("w2", 9, "Petani kedelai cemas atas rencana Trump soal bea masuk pada Kamis (9/5/2024).",
             "Donald Trump menyebut bea masuk itu melindungi industri dalam negeri."),
        _doc("w3", 14, "Pengumuman Trump soal mobil listrik mengejutkan produsen pada Selasa (14/5/2024).",
             "Donald Trump berjanji menurunkan harga energi."),
        _doc("w4", 14, "Produsen mobil listrik menanggapi pengumuman soal mobil listrik pada Selasa (14/5/2024).",
             "Presiden Trump mengatakan industri dalam negeri harus dilindungi."),
    )
    assert _ids(story, "Trump") == _ids(story, "Donald Trump") != set()


def _cut(ev: Evidence, whole: str, kept: str) -> Evidence:
    """``ev`` with its mention ``whole`` cut to ``kept`` (what a tagger does to ``Kim Jong Un``)."""
    out = []
    for m in ev.mentions:
        if m.text == whole:
            m = dataclasses.replace(m, text=kept, end=m.start + len(kept))
        out.append(m)
    return Evidence(doc=ev.doc, mentions=out)


def test_a_name_the_tagger_cut_short_takes_its_whole_name():
    d1 = _doc("c1", 8, "Pemimpin Korea Utara Kim Jong Un sampai di Vladivostok pada Rabu (8/5/2024).",
              "Kim dijadwalkan meninjau sebuah pabrik pesawat.")
    d2 = _doc("c2", 20, "Kunjungan Kim Jong Un ke Rusia masih dibahas para analis pada Senin (20/5/2024).")
    e1, e2 = extract(d1), extract(d2)
    assert "Kim Jong Un" in {m.text for m in e1.mentions}
    story = link([_cut(Evidence(doc=e1.doc, mentions=e1.mentions), "Kim Jong Un", "Kim Jong"),
                  Evidence(doc=e2.doc, mentions=e2.mentions)])
    whole = _ids(story, "Kim Jong Un")
    assert _entity_of(story, "c1", "Kim Jong") == whole != set()
    assert _entity_of(story, "c1", "Kim") == whole
    # a name the run never gives whole is left as written
    alone = link([_cut(Evidence(doc=e1.doc, mentions=e1.mentions), "Kim Jong Un", "Kim Jong")])
    assert "Kim Jong" in {e.name for e in alone.entities}


def test_a_title_with_two_letters_swapped_is_no_part_of_the_name():
    assert title_typo("presiedn")
    assert title_typo("mneteri")
    assert not title_typo("presiden")  # the word itself is the tagger's title
    assert not title_typo("prasetyo")
    assert not title_typo("bambang")
    # a name one swap from a rank abbreviation is a name (the tagger and the linker share the test)
    assert not title_typo("marsam")
    story = _story(
        _doc("p1", 1, "Presiden Rusia Vladimir Putin menerima tamu dari Korea Utara pada Senin (1/4/2024).",
             "Putin menyebut kerja sama militer akan diperluas."),
        _doc("p2", 20, "Seorang jenderal Amerika menilai pertemuan antara Kim Jong Un dan Presiedn Vladimir Putin "
             "berbahaya bagi kawasan pada Sabtu (20/4/2024)."),
    )
    if "Presiedn Vladimir Putin" in {m.text for ev in story.articles for m in ev.mentions}:  # the tagger's glue
        assert _ids(story, "Presiedn Vladimir Putin") == _ids(story, "Vladimir Putin") != set()


def test_one_name_spelt_two_ways_in_one_article_is_one_person():
    story = _story(
        _doc("m1", 9, "Ratusan seniman berunjuk rasa di depan kantor bupati pada Kamis (9/5/2024).",
             "Koordinator aksi, Mamet, mengatakan mereka menuntut pelaku pelecehan segera ditangkap.",
             "\"Kami sudah melapor sejak bulan lalu,\" kata Mamet.",
             "Menurut Memet, massa akan kembali jika tuntutan diabaikan.",
             "\"Kami akan datang lebih banyak,\" ujar Memet kepada wartawan."),
    )
    assert _ids(story, "Mamet") == _ids(story, "Memet") != set()
    assert any(set(v.variants) == {"Mamet", "Memet"} for v in story.name_variants)


def test_two_one_word_names_in_one_sentence_are_two_people():
    story = _story(
        _doc("m2", 10, "Dua saudara kembar, Rahmat dan Rohmat, membuka bengkel di Kabupaten Klaten pada Jumat "
             "(10/5/2024).",
             "Rahmat mengurus mesin, sedangkan Rohmat melayani pembeli."),
    )
    assert _ids(story, "Rahmat") and _ids(story, "Rohmat") and not _ids(story, "Rahmat") & _ids(story, "Rohmat")


def test_a_short_form_joins_the_full_name_its_article_spells_another_way():
    story = _story(
        _doc("r1", 11, "Menteri Perdagangan Suryadi Wicaksono meninjau pasar induk di Jakarta pada Sabtu "
             "(11/5/2024).",
             "Suryadi mengatakan harga beras mulai turun."),
        _doc("r2", 12, "Menteri Perdagangan Suryad Wicaksono meminta pedagang tidak menimbun beras pada Minggu "
             "(12/5/2024).",
             "\"Stok cukup sampai akhir tahun,\" kata Suryadi."),
    )
    minister = _ids(story, "Suryadi Wicaksono")
    assert minister and _ids(story, "Suryad Wicaksono") == minister
    assert _entity_of(story, "r2", "Suryadi") == minister
