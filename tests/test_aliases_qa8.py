"""Entity-resolution leftovers of the sixth QA read, class 6 (docs/ner.md, "Alias resolution"): a
nickname the article states, regional governments written short, one body's acronym spelt out for
two names, and one person's name split by the tagger. Invented Indonesian sentences and invented
people, through the real extractor and linker (or hand-made mentions where the point is what the
linker does with a split the tagger makes)."""

from __future__ import annotations

from kliping.link import link
from kliping.model import Evidence, Mention
from tests.test_aliases_qa4 import _entity_of, _variants
from tests.test_aliases_rules import _doc, _ids, _story

# --- nicknames the article states


def test_a_nickname_before_its_full_name_in_brackets_is_that_person():
    story = _story(_doc("n1", 3, "Wakil Ketua DPR Gus Darto (Sudarto Wibisono) meninjau tanggul yang jebol di Pati.",
                        "Gus Darto meminta pemerintah daerah segera memperbaiki tanggul itu.",
                        "Menurut Sudarto Wibisono, warga sudah tiga hari mengungsi."))
    person = _ids(story, "Sudarto Wibisono")
    assert len(person) == 1
    assert _entity_of(story, "n1", "Gus Darto") == person


def test_a_one_word_name_before_a_full_name_in_brackets_joins_it_only_when_made_of_its_letters():
    story = _story(_doc("n2", 3, "Pengusaha Tonsuk (Hartono Sukmajaya) membuka pabrik sepatu di Tangerang.",
                        "Tonsuk mengatakan pabrik itu menyerap seribu pekerja."))
    assert _entity_of(story, "n2", "Tonsuk") == _ids(story, "Hartono Sukmajaya")
    story = _story(_doc("n3", 3, "Rina (Budi Santoso) datang ke kantor polisi bersama anaknya.",
                        "Rina melaporkan kehilangan sepeda motor."))
    assert not _entity_of(story, "n3", "Rina") & _ids(story, "Budi Santoso")


def test_sapaan_akrab_names_the_person_the_nickname_is_for():
    story = _story(_doc("n4", 3, "Gus Darto, sapaan akrab Sudarto Wibisono, membuka pelatihan petani di Blora.",
                        "Gus Darto meminta petani menanam jagung di musim kemarau."))
    assert _entity_of(story, "n4", "Gus Darto") == _ids(story, "Sudarto Wibisono")
    # "sapaan akrabnya": the one full name before it the nickname is made from
    story = _story(_doc("n5", 3, "Menteri Koordinator Bidang Pangan Zulkarnain Hasibuan meninjau gudang beras di Karawang.",
                        "Stok beras aman sampai akhir tahun, kata Zul, sapaan akrabnya, kepada wartawan.",
                        "Zul juga meminta petani tidak menjual gabah terlalu murah."))
    assert _entity_of(story, "n5", "Zul") == _ids(story, "Zulkarnain Hasibuan")


def test_a_place_epithet_in_apposition_is_that_place_and_two_places_stay_two():
    story = _story(_doc("p1", 3, "Amerika Serikat atau Paman Sam kembali menaikkan produksi minyak mentahnya.",
                        "Paman Sam kini memproduksi lebih dari sembilan juta barel per hari."))
    us = _ids(story, "Amerika Serikat")
    assert len(us) == 1 and _entity_of(story, "p1", "Paman Sam") == us
    assert next(e for e in story.entities if e.id in us).type == "GPE"
    story = _story(_doc("p2", 3, "Banjir melanda Jakarta atau Bogor pekan lalu menurut laporan warga.",
                        "Warga Bogor mengungsi ke masjid."))
    assert not _ids(story, "Jakarta") & _ids(story, "Bogor")


# --- regional governments written short


def test_pemprov_pemkab_pemkot_before_a_name_are_the_governments_written_out():
    from kliping.extract.entities import canonical_form

    for short, full in (("Pemprov Jawa Tengah", "Pemerintah Provinsi Jawa Tengah"),
                        ("Pemkab Kendal", "Pemerintah Kabupaten Kendal"),
                        ("Pemkot Semarang", "Pemerintah Kota Semarang")):
        assert canonical_form(short, "ORG") == canonical_form(full, "ORG") == full
    story = _story(_doc("g1", 3, "Pemprov Jawa Tengah menyiapkan anggaran perbaikan jalan rusak di pantura."),
                   _doc("g2", 4, "Pemerintah Provinsi Jawa Tengah menargetkan perbaikan jalan selesai sebelum Lebaran."))
    assert _ids(story, "Pemprov Jawa Tengah") == _ids(story, "Pemerintah Provinsi Jawa Tengah")


# --- one body's acronym spelt out for two names


def _body(did: str, day: int, name: str, acronym: str) -> object:
    return _doc(did, day, f"Peneliti {name} ({acronym}) menilai harga pangan akan naik bulan depan.",
                f"{acronym} meminta pemerintah menambah cadangan beras.")


def test_one_acronym_spelt_out_for_one_name_written_two_ways_is_one_body_and_a_name_variant():
    story = _story(_body("a1", 3, "Institute for Maritime Policy Studies", "IMPS"),
                   _body("a2", 5, "Institute of Maritime Policy Studies", "IMPS"),
                   _doc("a3", 6, "Menurut IMPS, ekspor ikan turun tajam tahun ini."))
    body = _ids(story, "Institute for Maritime Policy Studies")
    assert len(body) == 1 and body == _ids(story, "Institute of Maritime Policy Studies") == _ids(story, "IMPS")
    # a word with a suffix in one spelling (Pengawas / Pengawasan)
    story = _story(_body("b1", 3, "Badan Pengkaji Mutu Pangan", "BPMP"), _body("b2", 5, "Badan Pengkajian Mutu Pangan", "BPMP"))
    assert _ids(story, "Badan Pengkaji Mutu Pangan") == _ids(story, "Badan Pengkajian Mutu Pangan")
    assert ["Badan Pengkaji Mutu Pangan", "Badan Pengkajian Mutu Pangan"] in _variants(story)


def test_two_bodies_sharing_an_acronym_stay_two():
    story = _story(_body("c1", 3, "Badan Pertanahan Nasional", "BPN"), _body("c2", 5, "Badan Pangan Nasional", "BPN"))
    assert not _ids(story, "Badan Pertanahan Nasional") & _ids(story, "Badan Pangan Nasional")


def test_a_known_acronym_after_its_expansion_written_two_ways_is_that_body():
    story = _story(_doc("k1", 3, "Badan Pengawas Keuangan dan Pembangunan (BPKP) akan mengaudit proyek jalan tol itu."),
                   _doc("k2", 5, "BPKP menemukan selisih anggaran dalam proyek tersebut."))
    assert _ids(story, "Badan Pengawas Keuangan dan Pembangunan") == _ids(story, "BPKP")


def test_a_foreign_acronym_after_a_name_in_indonesian_is_the_body_it_is_spelt_out_for():
    story = _story(_body("d1", 3, "Institute for Maritime Policy Studies", "IMPS"),
                   _body("d2", 5, "Lembaga Kajian Kebijakan Maritim", "IMPS"))
    assert _ids(story, "Lembaga Kajian Kebijakan Maritim") == _ids(story, "Institute for Maritime Policy Studies")
    assert _entity_of(story, "d2", "IMPS") == _ids(story, "IMPS")
    # the acronym spelt out nowhere by its letters tells nothing
    story = _story(_body("d3", 3, "Lembaga Kajian Kebijakan Maritim", "IMPS"))
    assert not _ids(story, "Lembaga Kajian Kebijakan Maritim") & _ids(story, "IMPS")


# --- one person's name split by the tagger


def _evidence(did: str, sentences: list[str], mentions: list[tuple[int, str, str, str | None]]) -> Evidence:
    doc = _doc(did, 3, *sentences)
    out = []
    for k, text, typ, title in mentions:
        start = doc.sentences[k].text.index(text)
        out.append(Mention(text, typ, k, start, start + len(text), title=title))
    return Evidence(doc=doc, mentions=out)


def test_a_name_the_tagger_split_in_two_with_one_title_is_one_person():
    ev = _evidence("s1", ["Direktur Komunikasi BI Hardian Budi Laksono mengatakan cadangan devisa naik.",
                          "Kenaikan itu berasal dari obligasi, kata Hardian."],
                   [(0, "Hardian", "PERSON", "Direktur Komunikasi BI"),
                    (0, "Budi Laksono", "PERSON", "Direktur Komunikasi BI"), (1, "Hardian", "PERSON", None)])
    story = link([ev])
    person = {e.id for e in story.entities if "Hardian Budi Laksono" in e.aliases}
    assert len(person) == 1
    assert {m.entity for m in story.articles[0].mentions} == person
    # two people in a row with their own titles stay two
    ev = _evidence("s2", ["Menteri Hardian Wibowo Kepala Badan Budi Laksono hadir dalam rapat itu.",
                          "Hardian Wibowo membuka rapat."],
                   [(0, "Hardian Wibowo", "PERSON", "Menteri"), (0, "Budi Laksono", "PERSON", "Kepala Badan"),
                    (1, "Hardian Wibowo", "PERSON", None)])
    story = link([ev])
    assert len([e for e in story.entities if e.type == "PERSON"]) == 2


def test_name_words_the_title_swallowed_join_the_name_where_the_article_quotes_them():
    sentences = ["Direktur Eksekutif Lembaga Kajian Energi, Pri Agung Rakhmanto, menilai harga minyak turun.",
                 "Pri Agung menambahkan, pemerintah perlu menyesuaikan harga BBM.",
                 "Ruang fiskal pun terbuka, kata Pri Agung."]
    ev = _evidence("t1", sentences, [(0, "Rakhmanto", "PERSON", "Direktur Eksekutif Lembaga Kajian Energi, Pri Agung")])
    story = link([ev])
    assert [e.name for e in story.entities if e.type == "PERSON"] == ["Pri Agung Rakhmanto"]
    # a body's words before a name are no name words, even where the article writes them alone
    ev = _evidence("t2", ["Direktur Pelayanan BPJS Kesehatan Lukman Hadi menjelaskan aturan baru.",
                          "Aturan itu berlaku bagi peserta BPJS Kesehatan mulai bulan depan, kata Lukman Hadi."],
                   [(0, "Lukman Hadi", "PERSON", "Direktur Pelayanan BPJS Kesehatan"), (1, "Lukman Hadi", "PERSON", None)])
    story = link([ev])
    assert [e.name for e in story.entities if e.type == "PERSON"] == ["Lukman Hadi"]


def test_a_speaker_written_as_the_first_words_of_a_full_name_is_that_person():
    from kliping.link.aliases import collect_mentions, resolve, speaker_resolver

    ev = _evidence("q1", ["Pengamat energi Pri Agung Rakhmanto menilai harga minyak turun.",
                          "Menurut Agung Sedayu, harga minyak naik lagi."],
                   [(0, "Pri Agung Rakhmanto", "PERSON", "Pengamat energi"), (1, "Agung Sedayu", "PERSON", None)])
    mentions = collect_mentions([ev], [0])
    entities, ids, _v, keys = resolve([ev], mentions, {})
    who = speaker_resolver([ev], mentions, ids, keys)
    pri = next(e.id for e in entities if e.name == "Pri Agung Rakhmanto")
    assert who(0, "Pri Agung") == pri


def test_letters_in_order_is_one_test_for_every_short_form_reader():
    from kliping.extract.entities.acronyms import _short_form_of
    from kliping.link.aliases.initials import _letters_of
    from kliping.link.aliases.short_forms import _multiword_short_form
    from kliping.text.tokens import letters_in_order

    assert letters_in_order("Kejari", "KejaksaanNegeri") and not letters_in_order("Kejari", "Negeri")
    assert not letters_in_order("", "Negeri") and not letters_in_order("N", "")
    assert _short_form_of("Danantara", ["Daya", "Anagata", "Nusantara"])
    assert _letters_of("ISW", "Iswan Ibrahim") and not _letters_of("SB", "Budi Santoso")
    assert _multiword_short_form(["BPI", "Danantara"], ["Badan", "Pengelola", "Investasi", "Daya", "Anagata", "Nusantara"])
    assert not _multiword_short_form(["BPI", "Danantara"], ["Badan", "Pengelola", "Investasi", "Daya", "Anagata"])
