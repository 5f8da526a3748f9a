"""ORG precision on the weakest dev draws (round 42, ent42): words glued before a body's name, a
suspect's initials in a list typed a body.

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.model import Document
from tests.quote_helpers import doc


def _mentions(d: Document) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_mentions(d)]


def test_the_side_word_pihak_is_no_part_of_a_company_name():
    got = _mentions(doc("Jaksa memeriksa tiga saksi dari Pihak Wijaya Karya, Kamis."))
    assert any(t == "Wijaya Karya" for t, _ in got) and not any(t.startswith("Pihak") for t, _ in got)


def test_the_second_word_of_a_disaster_agency_heads_title_is_no_part_of_the_agency():
    got = _mentions(doc("Banjir merendam 900 rumah, kata Plh Kepala Pelaksana Badan Penanggulangan Bencana Jambi "
                        "(BPBJ) Abdul Karim dalam keterangannya."))
    assert ("Badan Penanggulangan Bencana Jambi", "ORG") in got and ("Abdul Karim", "PERSON") in got
    assert not any(t.startswith("Pelaksana") for t, _ in got)


def test_pelaksana_inside_a_bodys_name_stays():
    got = _mentions(doc("Badan Pelaksana Otorita Danau Toba menggelar rapat di Medan, Senin."))
    assert ("Badan Pelaksana Otorita Danau Toba", "ORG") in got


def test_a_suspects_initials_after_a_one_letter_initial_in_the_list_are_a_person():
    got = _mentions(doc("Jaksa menahan empat tersangka berinisial M, AR, YT, dan HS dalam perkara dana desa. "
                        "Tersangka lain, HS dan YT, tidak ditahan."))
    assert ("HS", "PERSON") in got and ("HS", "ORG") not in got


def test_an_english_titles_departments_glued_to_the_company_go_to_the_title():
    got = _mentions(doc("Menurut Rina Hartati, VP HSSE & AI and Partnership Mubadala Energi, blok itu menjanjikan."))
    assert ("Mubadala Energi", "ORG") in got and not any("Partnership" in t for t, _ in got)
    got = _mentions(doc("Menanggapi hal itu, Vice President Policy, Government and Public Affairs Chevron Budi Santoso "
                        "bilang proyek terus berjalan."))
    assert ("Chevron", "ORG") in got and ("Budi Santoso", "PERSON") in got


def test_an_english_body_after_a_title_keeps_its_name():
    got = _mentions(doc("Menurut Executive Director, Centre for Strategic and International Studies, ekonomi tumbuh."))
    assert ("Centre for Strategic and International Studies", "ORG") in got


def test_a_company_form_after_the_departments_opens_the_company():
    got = _mentions(doc("Menurut Head of Consumer Banking Group PT Bank Sentosa Indonesia, Anton Wijaya, kredit tumbuh."))
    assert ("PT Bank Sentosa Indonesia", "ORG") in got and ("Anton Wijaya", "PERSON") in got


def test_a_short_form_of_a_country_the_gazetteer_knows_is_that_country():
    got = _mentions(doc("Presiden Prabowo kembali berkunjung ke Persatuan Emirat Arab (PEA) pekan lalu. Indonesia dan "
                        "PEA sepakat memperluas kerja sama."))
    assert ("Persatuan Emirat Arab", "GPE") in got and ("PEA", "GPE") in got and ("PEA", "ORG") not in got
