"""Named-entity mentions: titles kept out of names, abbreviations, places, orgs, products, months."""

from __future__ import annotations

import pytest

from kliping.extract.entities import canonical_form, eval_ner, extract_mentions, tag_conll, tag_words
from kliping.extract.ner_features import tokenize, tokenize_ner
from kliping.lang.id import gazetteer
from kliping.model import Document, Sentence


def _doc(*sentences: str) -> Document:
    text, sents, pos = "", [], 0
    for s in sentences:
        sents.append(Sentence(s, pos, pos + len(s)))
        text += s + " "
        pos += len(s) + 1
    return Document(id="t", input="test", text=text.rstrip(), sentences=sents)


def _m(doc: Document) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.type, m.title) for m in extract_mentions(doc)}


def test_title_is_stripped_from_person_and_kept_as_title():
    got = _m(_doc("Presiden Vladimir Putin menerima tamu dari Asia di Kremlin pada pekan lalu."))
    assert got["Vladimir Putin"] == ("PERSON", "Presiden")
    assert "Presiden Vladimir Putin" not in got


def test_long_title_with_country_qualifier_and_hyphenated_name():
    got = _m(_doc("Menteri Pertahanan Korea Selatan Shin Won-sik menyebut latihan gabungan akan digelar lagi."))
    assert got["Shin Won-sik"] == ("PERSON", "Menteri Pertahanan Korea Selatan")
    assert got["Korea Selatan"][0] == "GPE"


def test_honorific_before_single_name():
    got = _m(_doc("Dalam jamuan itu Tuan Kim duduk di sebelah tuan rumah.",
                  "Sementara itu Mr. Kim tidak banyak berbicara kepada wartawan."))
    assert got["Kim"] == ("PERSON", "Tuan") or got["Kim"] == ("PERSON", "Mr.")
    mentions = [m for m in extract_mentions(_doc("Sementara itu Mr. Kim tidak banyak berbicara."))]
    assert [(m.text, m.title) for m in mentions if m.type == "PERSON"] == [("Kim", "Mr.")]


def test_offsets_are_sentence_relative():
    doc = _doc("Cuaca cerah sepanjang hari.", "Gubernur Ridwan Santoso meninjau banjir di Bekasi.")
    for m in extract_mentions(doc):
        assert doc.sentences[m.sentence].text[m.start:m.end] == m.text
    assert any(m.text == "Ridwan Santoso" and m.sentence == 1 for m in extract_mentions(doc))


def test_abbreviations_are_mentions_with_expansions():
    got = _m(_doc("Korut menembakkan rudal ke laut, sementara AS dan Korsel meminta PBB bersidang."))
    assert got["Korut"][0] == "GPE"
    assert got["AS"][0] == "GPE"
    assert got["Korsel"][0] == "GPE"
    assert got["PBB"][0] == "ORG"
    assert canonical_form("Korut", "GPE") == "Korea Utara"
    assert canonical_form("AS", "GPE") == "Amerika Serikat"
    assert canonical_form("China", "GPE") == canonical_form("Tiongkok", "GPE")
    assert canonical_form("Budi  Santoso", "PERSON") == "Budi Santoso"


def test_weapon_designations_are_products():
    got = _m(_doc("Rudal Hwasong-11A dan jet Su-57 dipamerkan bersama senapan Kalashnikov tua."))
    assert got["Hwasong-11A"][0] == "PRODUCT"
    assert got["Su-57"][0] == "PRODUCT"
    assert got["Kalashnikov"][0] == "PRODUCT"
    assert "COVID-19" not in _m(_doc("Kasus COVID-19 kembali naik di beberapa daerah."))


def test_places_split_into_gpe_and_loc():
    got = _m(_doc("Kapal itu berlayar dari Vladivostok melewati Selat Malaka menuju Kabupaten Bantul."))
    assert got["Vladivostok"][0] == "GPE"
    assert got["Selat Malaka"][0] == "LOC"
    assert got["Kabupaten Bantul"][0] == "GPE"


def test_org_cues_open_organisation_names():
    got = _m(_doc("Pernyataan itu dirilis Kementerian Luar Negeri dan dikutip peneliti Universitas Gadjah Mada."))
    assert got["Kementerian Luar Negeri"][0] == "ORG"
    assert got["Universitas Gadjah Mada"][0] == "ORG"


def test_no_month_day_or_caption_words_as_entities():
    got = _m(_doc("Baca juga: harga cabai naik lagi.",
                  "Pada Senin, 3 Maret, rapat digelar hingga Oktober tanpa keputusan.",
                  "Foto: ilustrasi pasar tradisional."))
    for word in ("Baca", "Senin", "Maret", "Oktober", "Foto"):
        assert word not in got


def test_appositive_role_after_name():
    got = _m(_doc("Rina Kartika, ketua serikat nelayan setempat, menolak rencana reklamasi itu."))
    assert got["Rina Kartika"] == ("PERSON", "ketua serikat nelayan setempat")


def test_document_consistency_tags_repeated_surname():
    doc = _doc("Jaksa Agung Bambang Wiryawan meninjau berkas perkara itu.",
               "Menurut Wiryawan, pemeriksaan saksi akan dilanjutkan pekan depan.")
    got = [(m.sentence, m.text, m.type) for m in extract_mentions(doc)]
    assert (0, "Bambang Wiryawan", "PERSON") in got
    assert (1, "Wiryawan", "PERSON") in got


def test_tokenizer_keeps_names_and_designations_whole():
    text = "Kim Jong-un melihat Hwasong-11A, Dr. Budi, dan US$ 1.200,5 juta."
    words = [text[a:b] for a, b in tokenize(text)]
    for w in ("Jong-un", "Hwasong-11A", "Dr.", "1.200,5"):
        assert w in words
    t2 = "kerja sama Korea Selatan-AS-Jepang"
    assert [t2[a:b] for a, b in tokenize_ner(t2)][-5:] == ["Selatan", "-", "AS", "-", "Jepang"]


def test_lowercase_sentence_uses_caseless_model():
    spans = tag_words(["presiden", "joko", "widodo", "berkunjung", "ke", "surabaya", "kemarin"], caseless=True)
    types = {s.type for s in spans}
    assert "PERSON" in types and "GPE" in types


def test_gazetteer_loads_sources():
    assert gazetteer.countries()["Korea Utara"] == "KP"
    assert gazetteer.cities()["Wina"] == "AT"
    assert gazetteer.place_kind("Jawa Tengah") == "province"
    assert gazetteer.place_kind("Kabupaten Sleman") == "regency"
    assert "Reuters" in gazetteer.media()


def test_tag_conll_and_eval_roundtrip(tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text(
        "Menteri\tO\nSri\tB-PERSON\nHartati\tI-PERSON\nterbang\tO\nke\tO\nJepang\tB-PLACE\n.\tO\n\n"
        "Bank\tB-ORGANISATION\nIndonesia\tI-ORGANISATION\nmenahan\tO\nsuku\tO\nbunga\tO\n.\tO\n\n",
        encoding="utf-8",
    )
    pred = tmp_path / "pred.tsv"
    assert tag_conll(gold, pred) == 13
    lines = pred.read_text(encoding="utf-8").splitlines()
    assert lines[5] == "Jepang\tB-GPE"
    res = eval_ner(gold, pred)
    assert set(res["types"]) == {"PER", "ORG", "PLACE"}
    assert res["types"]["PLACE"]["f1"] == 1.0  # GPE counts as the gold's single place type
    assert 0.0 <= res["f1"] <= 1.0
    wrong = tmp_path / "wrong.tsv"
    wrong.write_text("".join(f"{line.split(chr(9))[0]}\tO\n" if line else "\n" for line in lines), encoding="utf-8")
    assert eval_ner(gold, wrong)["recall"] == 0.0


@pytest.mark.shared
def test_valid_split_quality(shared_dir):
    """Guards against regressions of the shipped model on a held-out split (kept fast: idner dev)."""
    res = eval_ner(shared_dir / "ner" / "idner-news-2k" / "dev.txt")
    assert res["f1"] > 0.70
    assert res["types"]["PER"]["f1"] > 0.85


def test_gold_convention_follows_the_tag_scheme():
    from kliping.extract.entities import gold_convention

    assert gold_convention({"O", "B-PER", "I-PER", "B-LOC", "B-ORG"}) == "news"
    assert gold_convention({"O", "B-PERSON", "B-PLACE", "I-ORGANISATION"}) == "general"
    assert gold_convention({"O", "B-PPL", "B-PLC", "B-IND"}) == "general"
    assert gold_convention({"O", "B-PER", "B-GPE", "B-LOC"}) == "general"  # GPE/LOC split: not idner's


def test_eval_picks_the_news_model_for_per_org_loc_gold(tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text("Warga\tO\nJepang\tO\nmemprotes\tO\nkebijakan\tO\nBudi\tB-PER\nSantoso\tI-PER\n.\tO\n\n"
                    "Ia\tO\ntinggal\tO\ndi\tO\nOsaka\tB-LOC\n.\tO\n\n", encoding="utf-8")
    res = eval_ner(gold)
    assert res["convention"] == "news"
    assert eval_ner(gold, convention="general")["convention"] == "general"
    assert eval_ner(gold, profile="dossier")["convention"] == "general"
    with pytest.raises(ValueError):
        tag_words(["Joko", "Widodo"], profile="corpus", convention="wikipedia")


def test_corpus_profile_runs_its_rules_over_given_tags_instead_of_the_model():
    """Another tagger (scripts/train_ner_nn.py) is scored with the same corpus rules by passing its tags."""
    words = ["Kemarin", "Budi", "Santoso", "datang", "ke", "toko", "itu", "."]
    own = [(s.i, s.j, s.type) for s in tag_words(words, profile="corpus")]
    given = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    assert own == [(1, 3, "PERSON")]
    assert [(s.i, s.j, s.type) for s in tag_words(words, profile="corpus", tags=given)] == [(1, 3, "ORG")]
    assert tag_words(words, profile="corpus", tags=["O"] * len(words)) == []


@pytest.mark.shared
def test_news_model_beats_the_general_model_on_idner_dev(shared_dir):
    """The corpus-convention model exists because idner's conventions differ (docs/ner.md)."""
    gold = shared_dir / "ner" / "idner-news-2k" / "dev.txt"
    news = eval_ner(gold)
    general = eval_ner(gold, convention="general")
    assert news["convention"] == "news"
    assert news["f1"] > general["f1"] + 0.01
