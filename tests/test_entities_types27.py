"""Entity types of the twenty-seventh round (docs/ner.md, "Twenty-seventh round"): a law's short
form in a chain of legal citations, housing estates and residential complexes, vehicle makers.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import Span, extract_mentions
from kliping.extract.entities.companies import _brand_names, _glued_vehicle_nouns
from kliping.extract.entities.sentence import _Sentence
from kliping.model import Document
from tests.quote_helpers import doc
from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence


def _types(d: Document) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(d)}


def test_a_law_code_and_its_citation_link_name_no_entity():
    got = _types(doc("Jaksa menuntut kedua terdakwa dengan Pasal 3 UU Pencucian Uang Jo. Pasal 56 Ayat (2) KUHP "
                     "Jo. Pasal 66 Ayat (2) KUHP serta meminta hakim Budi Santoso menyita aset mereka di Bandung."))
    assert not any(t.split()[0] in ("KUHP", "Jo", "Jo.") for t in got)
    assert got.get("Budi Santoso") == "PERSON"


def test_a_law_code_named_alone_is_no_place():
    got = _types(doc("Menurut ahli hukum pidana itu, KUHAP yang baru belum mengatur penyadapan secara rinci, "
                     "berbeda dengan aturan lama di Belanda."))
    assert "KUHAP" not in got


def test_a_housing_estate_named_with_its_head_word_is_a_place():
    got = _types(doc("Banjir setinggi lutut merendam puluhan rumah di Cempaka Wangi Residence, Sawangan, sejak "
                     "Minggu malam. Penghuni kompleks Kirana Town House juga mengungsi ke masjid terdekat."))
    assert got.get("Cempaka Wangi Residence") == "LOC"
    assert got.get("Kirana Town House") == "LOC"


def test_the_first_word_of_an_estate_written_alone_follows_it():
    d = doc("Tembok pembatas Gardenia Hills Cibubur roboh usai hujan deras. Menurut warga, pihak Gardenia "
            "belum memperbaiki saluran air di kawasan itu.")
    assert {m.text: m.type for m in extract_mentions(d) if m.text.startswith("Gardenia")}.get("Gardenia") in (None, "LOC")
    assert all(m.type == "LOC" for m in extract_mentions(d) if m.text.startswith("Gardenia"))


def test_a_name_after_a_housing_noun_is_a_place():
    got = _types(doc("Polisi menggerebek sebuah rumah di perumahan Dewi Sartika Asri yang dihuni tiga orang asing."))
    assert got.get("Dewi Sartika Asri") in (None, "LOC")
    assert not any(t == "PERSON" for n, t in got.items() if n.startswith("Dewi"))


def test_a_person_near_an_estate_stays_a_person():
    got = _types(doc("Budi Hartono, ketua rukun tetangga setempat, mengatakan warga Griya Melati Residence sudah melapor ke polisi."))
    assert got.get("Budi Hartono") == "PERSON"


def test_an_estate_and_its_first_words_alone_are_one_place_where_an_article_writes_both():
    from kliping.link import link

    ev = _evidence("e1", ["Warga memprotes tembok Gardenia Estate Cibubur yang menutup jalan kampung.",
                          "Pengelola Gardenia Estate berjanji membuka akses itu.",
                          "Hingga kini pihak Gardenia belum memberi tanggapan."],
                   [(0, "Gardenia Estate Cibubur", "LOC", None), (1, "Gardenia Estate", "LOC", None),
                    (2, "Gardenia", "LOC", None)])
    story = link([ev])
    site = _entity_of(story, "e1", "Gardenia Estate Cibubur")
    assert len(site) == 1
    assert _entity_of(story, "e1", "Gardenia Estate") == site == _entity_of(story, "e1", "Gardenia")
    # a park named after its area is no short form of it
    ev = _evidence("e2", ["Konser digelar di Kemang Park pada Sabtu.", "Jalanan di Kemang macet hingga malam."],
                   [(0, "Kemang Park", "LOC", None), (1, "Kemang", "LOC", None)])
    story = link([ev])
    assert not _entity_of(story, "e2", "Kemang Park") & _entity_of(story, "e2", "Kemang")


def test_names_listed_after_a_plural_vehicle_noun_are_products_not_people():
    got = _types(doc("Pada era 1990-an lahir pula mobil-mobil nasional seperti Maleo, Sutera, Wirasena, dan Kirana, "
                     "tetapi semuanya berhenti diproduksi."))
    assert got.get("Wirasena") == "PRODUCT"
    assert got.get("Kirana") == "PRODUCT"


def test_companies_listed_after_a_plural_company_noun_are_organisations():
    got = _types(doc("Perusahaan-perusahaan seperti Sumber Alfaria, Indofood, dan Hartono ikut dalam lelang itu."))
    assert got.get("Hartono") == "ORG"


def test_a_vehicle_noun_glued_to_a_name_at_a_sentence_start_is_cut_and_the_name_read_by_its_cues():
    sents = [_Sentence(t.split(), False) for t in ("Mobil Wirasena ini memakai mesin sepeda motor .",
                                                  "Wirasena merupakan mobil mungil rakitan mahasiswa .",
                                                  "Motor Budi Santoso mogok di jalan .")]
    spans = [[Span(0, 2, "PERSON")], [Span(0, 1, "PERSON")], [Span(0, 3, "PERSON")]]
    _glued_vehicle_nouns(sents, spans)
    _brand_names(sents, spans)
    assert [(s.i, s.j, s.type) for sp in spans for s in sp] == [(1, 2, "PRODUCT"), (0, 1, "PRODUCT"),
                                                                 (1, 3, "PERSON")]


def test_two_places_of_an_address_joined_by_the_tagger_are_split_at_the_area_word():
    got = _types(doc("Longsor menimpa rumah warga di Desa Cimanggu Kecamatan Sukaraja pada Selasa."))
    assert got.get("Desa Cimanggu") == "LOC"
    assert got.get("Kecamatan Sukaraja") == "LOC"
    got = _types(doc("Polisi menemukan mayat di Kampung Legok Desa Sindangsari, Bogor."))
    assert "Kampung Legok Desa Sindangsari" not in got
    assert got.get("Desa Sindangsari") == "LOC"
