"""One person written in short: an inner name alone in another story, a middle name misspelt, a
one-word name spelt another way, a glued full name, a speaker the tagger only knew by the first word
(docs/ner.md, "Alias resolution", "Short forms of one person"). Sentences written for these tests;
the people are invented."""

from __future__ import annotations

from kliping.extract import extract
from kliping.link import link
from kliping.model import Evidence
from tests.test_aliases_qa import _entity_of
from tests.test_aliases_rules import _doc, _ids, _story

_DIRECTOR = _doc("b1", 1, "Direktur Utama Perum Bulog Hendra Purwadi Siregar meninjau gudang beras di Kabupaten "
                 "Klaten pada Rabu (1/5/2024).",
                 "Menurut Purwadi, stok beras nasional cukup sampai akhir tahun.")


def test_a_lone_inner_name_with_the_full_names_office_joins_it_in_another_story():
    story = _story(_DIRECTOR,
                   _doc("b2", 20, "Direktur Utama Perum Bulog, Purwadi, memastikan harga beras stabil menjelang "
                        "Lebaran pada Senin (20/5/2024).",
                        "\"Operasi pasar digelar di semua provinsi,\" ujar Purwadi."))
    director = _ids(story, "Hendra Purwadi Siregar")
    assert director and _entity_of(story, "b2", "Purwadi") == director


def test_a_lone_inner_name_without_the_office_stays_apart():
    story = _story(_DIRECTOR,
                   _doc("b3", 22, "Sementara itu, petani Klaten bernama Purwadi mengeluhkan harga gabah yang anjlok "
                        "pada Rabu (22/5/2024).",
                        "Purwadi mengaku rugi jutaan rupiah."))
    farmer = _entity_of(story, "b3", "Purwadi")
    assert farmer and not farmer & _ids(story, "Hendra Purwadi Siregar")


def test_a_lone_inner_name_of_two_full_names_joins_neither():
    story = _story(_DIRECTOR,
                   _doc("b4", 10, "Direktur Utama Perum Bulog Rina Purwadi Lestari hadir dalam rapat di Jakarta "
                        "pada Jumat (10/5/2024)."),
                   _doc("b5", 21, "Direktur Utama Perum Bulog, Purwadi, membuka pasar murah pada Selasa (21/5/2024)."))
    lone = _entity_of(story, "b5", "Purwadi")
    assert lone and not lone & _ids(story, "Hendra Purwadi Siregar")
    assert not lone & _ids(story, "Rina Purwadi Lestari")


def test_a_middle_name_misspelt_by_one_letter_with_the_same_office_is_one_person():
    story = _story(_DIRECTOR,
                   _doc("b6", 25, "Kepala Perum Bulog Hendra Purwardi Siregar membuka pasar murah di Kota Surabaya "
                        "pada Sabtu (25/5/2024)."))
    director = _ids(story, "Hendra Purwadi Siregar")
    assert director and _ids(story, "Hendra Purwardi Siregar") == director
    assert any(set(v.variants) == {"Hendra Purwadi Siregar", "Hendra Purwardi Siregar"} for v in story.name_variants)


def test_a_middle_name_misspelt_by_one_letter_in_another_office_is_another_person():
    story = _story(_DIRECTOR,
                   _doc("b7", 26, "Kepala Dinas Pendidikan Kota Surabaya Hendra Purwardi Siregar membuka sekolah baru "
                        "pada Minggu (26/5/2024)."))
    assert _ids(story, "Hendra Purwardi Siregar") and \
        not _ids(story, "Hendra Purwardi Siregar") & _ids(story, "Hendra Purwadi Siregar")


def test_a_one_word_name_spelt_with_a_doubled_letter_joins_the_name_after_its_opener():
    story = _story(_doc("s1", 27, "Polisi menangkap Muhammad Arifudin Nasution (25) karena menipu puluhan warga pada "
                        "Senin (27/5/2024).",
                        "Kasat Reskrim Polres Binjai AKP Doni Hutapea mengatakan pelaku Arifuddin menyamar sebagai "
                        "pegawai bank.",
                        "Arifuddin kini ditahan di Polres Binjai."))
    suspect = _ids(story, "Muhammad Arifudin Nasution")
    assert suspect and _ids(story, "Arifuddin") == suspect


def test_a_respelt_one_word_name_of_two_full_names_joins_neither():
    story = _story(_doc("s2", 28, "Polisi menangkap Muhammad Arifudin Nasution (25) dan Ahmad Arifudin Harahap (30) "
                        "karena menipu puluhan warga pada Selasa (28/5/2024).",
                        "Kasat Reskrim Polres Binjai AKP Doni Hutapea mengatakan pelaku Arifuddin menyamar sebagai "
                        "pegawai bank."))
    lone = _ids(story, "Arifuddin")
    assert lone and not lone & (_ids(story, "Muhammad Arifudin Nasution") | _ids(story, "Ahmad Arifudin Harahap"))


def test_a_full_name_written_without_its_space_is_the_name_of_its_short_form():
    story = _story(_doc("g1", 29, "Guru Besar Kimia Universitas Andalas, Prof. Dr. SintaWulandari, menjelaskan bahaya "
                        "mikroplastik pada Rabu (29/5/2024).",
                        "Menurut Prof. Sinta, partikel plastik dapat masuk ke tubuh lewat air minum."))
    professor = _ids(story, "SintaWulandari")
    assert professor and _ids(story, "Sinta") == professor
    assert {e.name for e in story.entities if e.id in professor} == {"Sinta Wulandari"}


def _without(ev: Evidence, text: str) -> Evidence:
    """``ev`` without its mentions ``text`` (a tagger that missed a name after a long title)."""
    return Evidence(doc=ev.doc, mentions=[m for m in ev.mentions if m.text != text], quotes=ev.quotes)


def test_a_speaker_written_in_full_is_the_person_the_tagger_knew_by_the_first_word():
    ev = extract(_doc("q1", 30, "Pendapat lain datang dari Sekretaris Dinas Pariwisata Yoga Pratama di Palembang pada "
                      "Kamis (30/5/2024).",
                      "\"Kami akan membenahi kawasan wisata sungai,\" kata Yoga Pratama.",
                      "Yoga menyebut kunjungan wisatawan naik tahun ini."))
    assert "Yoga Pratama" in {q.speaker_name for q in ev.quotes}
    story = link([_without(ev, "Yoga Pratama")])
    yoga = _ids(story, "Yoga")
    assert yoga and {q.speaker for q in story.articles[0].quotes if q.speaker_name == "Yoga Pratama"} == yoga


def test_a_speaker_whose_first_word_is_the_short_form_of_another_name_gets_no_entity():
    ev = extract(_doc("q2", 31, "Direktur Utama Perum Bulog Hendra Purwadi Siregar meninjau gudang beras di Kabupaten "
                      "Klaten pada Jumat (31/5/2024).",
                      "Hendra mengatakan stok beras nasional cukup sampai akhir tahun.",
                      "Pendapat lain datang dari Sekretaris Dinas Pariwisata Hendra Wibisono.",
                      "\"Kami akan membenahi kawasan wisata sungai,\" kata Hendra Wibisono."))
    assert "Hendra Wibisono" in {q.speaker_name for q in ev.quotes}
    story = link([_without(ev, "Hendra Wibisono")])
    director = _ids(story, "Hendra Purwadi Siregar")
    assert director and _ids(story, "Hendra") == director
    speakers = {q.speaker for q in story.articles[0].quotes if q.speaker_name == "Hendra Wibisono"}
    assert speakers and not speakers & director


_LEAD = ("Alat itu dikembangkan tim peneliti yang diketuai Dr. Wirastyaji Nugroho Saputra dari Universitas "
         "Diponegoro pada Jumat (7/6/2024).")


def test_a_nickname_cut_from_the_given_name_after_the_full_name_is_that_person():
    story = _story(_doc("n1", 7, _LEAD,
                        "\"Biayanya jauh lebih murah dibanding alat milik pemerintah,\" kata Wira saat dihubungi.",
                        "Wira menambahkan alat itu akan diuji di tiga kota."))
    lead = _ids(story, "Wirastyaji Nugroho Saputra")
    assert lead and _ids(story, "Wira") == lead


def test_a_nickname_used_before_the_full_name_is_someone_else():
    story = _story(_doc("n2", 8, "Seorang korban penyekapan, Wira, mengaku ditahan selama dua hari pada Sabtu (8/6/2024).",
                        "Kabid Humas Polda Jawa Tengah Kombes Wirastyaji Nugroho Saputra mengatakan lima pelaku "
                        "sudah ditangkap.",
                        "Wira mengaku dipukul berkali-kali."))
    assert _ids(story, "Wira") and not _ids(story, "Wira") & _ids(story, "Wirastyaji Nugroho Saputra")


def test_a_nickname_with_an_age_of_its_own_is_someone_else():
    story = _story(_doc("n3", 9, _LEAD,
                        "Seorang pedagang di dekat kampus, Wira (34), mengaku belum pernah melihat alat itu.",
                        "Wira berharap harga alat itu terjangkau."))
    assert _ids(story, "Wira") and not _ids(story, "Wira") & _ids(story, "Wirastyaji Nugroho Saputra")


def test_a_family_name_is_not_cut_to_a_nickname():
    story = _story(_doc("n4", 10, "Ketua Umum PDI Perjuangan Dewi Hartonoputri membuka pameran batik di Kota Solo pada "
                        "Senin (10/6/2024).",
                        "Semasa hidup, Hartono mengoleksi ratusan kain batik tulis."))
    assert _ids(story, "Hartono") and not _ids(story, "Hartono") & _ids(story, "Dewi Hartonoputri")


def _evidence(*docs):
    out = []
    for d in docs:
        ev = extract(d)
        out.append(Evidence(doc=ev.doc, mentions=ev.mentions))
    return out


def test_a_name_misspelt_in_another_event_of_the_storyline_is_one_person():
    from kliping.link.aliases import collect_mentions, resolve

    evs = _evidence(_doc("t1", 3, "Kasus demam berdarah naik, kata Rina Kartika Almizan di Surabaya pada Senin "
                         "(3/6/2024)."),
                    _doc("t2", 18, "Vaksinasi dengue mulai diberikan di puskesmas, kata Rina Kartika Almidzan di Jakarta "
                         "pada Selasa (18/6/2024)."))
    names = {m.text for ev in evs for m in ev.mentions}
    assert {"Rina Kartika Almizan", "Rina Kartika Almidzan"} <= names

    def entities(storyline_of):
        mentions = collect_mentions(evs, [0, 1])
        ents, _ids_of, variants, _keys = resolve(evs, mentions, {0: "e1", 1: "e2"}, storyline_of)
        return [set(e.aliases) for e in ents if e.type == "PERSON"], variants

    apart, _ = entities(None)  # two events, no title in the second: no evidence
    assert not any({"Rina Kartika Almizan", "Rina Kartika Almidzan"} <= a for a in apart)
    other, _ = entities({0: "s1", 1: "s2"})
    assert not any({"Rina Kartika Almizan", "Rina Kartika Almidzan"} <= a for a in other)
    one, variants = entities({0: "s1", 1: "s1"})
    assert any({"Rina Kartika Almizan", "Rina Kartika Almidzan"} <= a for a in one)
    assert any(set(v.variants) == {"Rina Kartika Almizan", "Rina Kartika Almidzan"} for v in variants)
