"""Entity descriptions from the sixth QA read (docs/ner.md, "Whose title it is"): a title is kept
only for the name it governs (``pengacara Jokowi, Yakup``: the lawyer is Yakup), never ends with a
fragment of another name, and a storyline lists each entity with the title its own articles give.

Every sentence is written for these tests (no article text); the people are invented.
"""

from __future__ import annotations

import pytest

from kliping import pipeline
from kliping.extract.entities import extract_mentions
from kliping.link.aliases import describe
from kliping.render.common import Index
from tests.test_entities import _doc


def _titles(*sentences: str) -> dict[str, str | None]:
    return {m.text: m.title for m in extract_mentions(_doc(*sentences)) if m.type == "PERSON"}


# ---- a role phrase before "NAME1, NAME2," is NAME2's role

# (sentence, {name: the title it should carry}), one behaviour each
GOVERNED_TITLES = {
    "a lawyer of a client set off by commas is the lawyer, not the client": (
        "Semua berkas sudah diserahkan, kata pengacara Hendra, Yosef Manurung, di Polda Riau.",
        {"Yosef Manurung": "pengacara Hendra", "Hendra": None}),
    "the served person keeps an office when a kin noun opens the phrase": (
        "Acara itu dihadiri istri Bupati Sleman Darmo Wiyono, Sekar Lestari, pada Sabtu.",
        {"Darmo Wiyono": "Bupati Sleman", "Sekar Lestari": "istri Bupati Sleman Darmo Wiyono"}),
    "a list of names after an office is no appositive": (
        "Hadir dalam rapat Menteri Pertanian Gilang Saputra, Rahmat Hidayat, dan Yuli Astuti.",
        {"Gilang Saputra": "Menteri Pertanian", "Rahmat Hidayat": None}),
    # the driver of the former regent is no former regent; his own role is not known from the office
    "a role phrase governed by a noun before it gives the appositive no office": (
        "Penyidik memeriksa sopir pribadi mantan Bupati Lebak Rahmat Hidayat, Dodi Kurnia, pekan lalu.",
        {"Rahmat Hidayat": "mantan Bupati Lebak", "Dodi Kurnia": None}),
    "two names between antara and dengan are no appositive": (
        "Jaksa menyebut pertemuan antara terdakwa Rahmat Hidayat, Dodi Kurnia, dengan pengusaha itu.",
        {"Rahmat Hidayat": "terdakwa", "Dodi Kurnia": None}),
    "a client named in an appositive after the lawyer takes no role": (
        "Menurut Tigor Simbolon, pengacara Melati Anggraini, kliennya akan datang ke polisi.",
        {"Tigor Simbolon": "pengacara Melati Anggraini", "Melati Anggraini": None}),
}


@pytest.mark.parametrize("sentence,expected", GOVERNED_TITLES.values(), ids=list(GOVERNED_TITLES))
def test_a_title_goes_to_the_name_it_governs(sentence, expected):
    got = _titles(sentence)
    assert {name: got[name] for name in expected} == expected


def test_a_role_that_names_someone_elsewhere_in_the_article_is_not_that_persons_title():
    got = _titles("Pihak pengacara Melati Anggraini belum menjawab pertanyaan wartawan.",
                  "Kabar itu dibenarkan Tigor Simbolon, pengacara Melati Anggraini.")
    assert got["Melati Anggraini"] is None
    # without the role phrase naming her elsewhere, "pengacara Melati Anggraini" reads as written
    alone = _titles("Pihak pengacara Melati Anggraini belum menjawab pertanyaan wartawan.")
    assert alone["Melati Anggraini"] == "pengacara"


# ---- the dead and their families


def test_a_widow_set_off_after_a_word_for_the_dead_is_described_by_her_kinship():
    got = _titles("Bantuan itu diserahkan langsung kepada istri almarhum, Sumarni, di rumah duka.")
    assert got["Sumarni"] == "istri almarhum"
    got = _titles("Bantuan itu diserahkan kepada ahli waris almarhum, Sumarni, di rumah duka.")
    assert got["Sumarni"] is None


# ---- a glued first name is no part of the office


def test_a_title_never_ends_with_a_first_name_split_off_as_its_own_person():
    got = _titles("Direktur Komunikasi Bank Sentral Ramli Adi Nugroho meminta warga menukar uang lama.",
                  "Ramli juga mengingatkan bahwa uang lama tetap berlaku.")
    assert all(not t or not t.endswith("Ramli") for t in got.values())


# ---- one description per storyline


def test_describe_takes_the_most_frequent_title_and_skips_honorifics():
    assert describe(["Pak", "Gubernur Riau", "Pak", "Gubernur Riau", "Menteri"]) == "Gubernur Riau"
    assert describe(["Menteri", "Presiden"]) == "Menteri"  # the first seen among equals
    assert describe(["Pak", None, "  "]) is None


ARTICLES = [
    ("x1", "2013-03-04", "Gubernur DKI Jakarta Hendra Wiratama meninjau banjir di Kampung Pulo pada Senin (4/3/2013). "
     "Hendra Wiratama meminta warga mengungsi ke sekolah terdekat. Air setinggi dua meter merendam 400 rumah warga."),
    ("x2", "2013-03-05", "Banjir di Kampung Pulo mulai surut pada Selasa (5/3/2013). Gubernur DKI Jakarta Hendra "
     "Wiratama mengatakan pompa air tambahan sudah dipasang. Sebanyak 400 rumah warga sempat terendam."),
    ("x3", "2016-09-12", "Presiden Hendra Wiratama meresmikan Bendungan Lolak di Sulawesi Utara pada Senin (12/9/2016). "
     "Bendungan itu mengairi 3.000 hektare sawah. Presiden Hendra Wiratama berharap panen petani naik."),
    ("x4", "2016-09-13", "Bendungan Lolak di Sulawesi Utara mulai beroperasi pada Selasa (13/9/2016). Presiden Hendra "
     "Wiratama meresmikannya sehari sebelumnya. Sebanyak 3.000 hektare sawah akan terairi."),
    ("x5", "2016-09-14", "Presiden Hendra Wiratama meminta petani di Sulawesi Utara merawat saluran Bendungan Lolak. "
     "Saluran itu sepanjang 20 kilometer."),
]


def test_a_storyline_describes_an_entity_as_its_own_articles_do(tmp_path):
    import json

    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"id": i, "published": p, "text": t}) + "\n" for i, p, t in ARTICLES))
    dossier = pipeline.analyze([path], workers=1).dossier
    (person,) = [e for e in dossier.entities if e.name == "Hendra Wiratama"]
    assert person.description == "Presiden"  # the dossier-wide list: the most frequent title
    ix = Index(dossier)
    by_story = {tuple(ix.storyline_articles(sl)): {e.name: e.description for e in ix.storyline_entities(sl)}
                for sl in dossier.storylines}
    assert by_story[("x1", "x2")]["Hendra Wiratama"] == "Gubernur DKI Jakarta"
    assert any(d.get("Hendra Wiratama") == "Presiden" for k, d in by_story.items() if "x3" in k)


# ---- wrong links: currencies and a count word


def _spans(*sentences: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(_doc(*sentences))}


def test_a_currency_nickname_after_mata_uang_is_no_company():
    got = _spans("Analis menilai pelemahan mata uang Garuda belum membahayakan PT Garuda Indonesia.")
    assert "Garuda" not in got
    assert got.get("PT Garuda Indonesia") == "ORG"
    # a country after "mata uang" stays a place, a union of countries an organisation
    assert _spans("Euro adalah mata uang Uni Eropa sejak 1999.").get("Uni Eropa") == "ORG"
    assert _spans("Terhadap mata uang Jepang, rupiah menguat tipis sore ini.").get("Jepang") == "GPE"


def test_currency_codes_are_no_organisations():
    got = _spans("Rupiah melemah terhadap mata uang Jepang JPY dan dolar Kanada (CAD) pada Selasa.",
                 "Ringgit Malaysia turun ke posisi MYR 4,31 per dolar AS.")
    assert not {"JPY", "CAD", "MYR 4,31", "MYR"} & set(got)
    # a three-letter code outside a money sentence is left to the tagger
    assert _spans("Petugas SAR gabungan dari Basarnas menyisir sungai sejak pagi.").get("SAR") != "GPE"


def test_a_count_word_before_a_word_the_article_writes_in_lower_case_is_no_city():
    got = _spans("Lima Larangan itu dibagikan kepada semua peserta.",
                 "Salah satu larangan adalah membawa senjata tajam.")
    assert "Lima" not in got
    assert _spans("Lima menjadi tuan rumah pertemuan APEC tahun ini.").get("Lima") == "GPE"


# ---- one international organisation under its acronym, Indonesian and English names


def test_an_organisations_acronym_indonesian_and_english_names_are_one_entity():
    from kliping.extract.entities import canonical_form
    from tests.test_aliases_rules import _doc as _dated
    from tests.test_aliases_rules import _ids, _story

    opec = canonical_form("OPEC", "ORG")
    assert canonical_form("Organisasi Negara Pengekspor Minyak", "ORG") == opec
    assert canonical_form("Organization of the Petroleum Exporting Countries", "ORG") == opec
    assert canonical_form("Energy Information Administration", "ORG") == canonical_form("EIA", "ORG")
    assert canonical_form("Badan Informasi Energi AS", "ORG") == canonical_form("EIA", "ORG")
    assert canonical_form("Bank Pembangunan Asia", "ORG") == canonical_form("ADB", "ORG")
    assert canonical_form("Badan Pusat Statistik", "ORG") == "Badan Pusat Statistik"  # others as written
    story = _story(
        _dated("o1", 3, "Harga minyak turun setelah OPEC menahan produksi pada Kamis."),
        _dated("o2", 4, "Organisasi Negara Pengekspor Minyak menolak memangkas produksi minyaknya."),
        _dated("o3", 5, "Menurut Organization of the Petroleum Exporting Countries, permintaan minyak melemah."),
    )
    assert len(_ids(story, "OPEC")) == 1
    assert _ids(story, "OPEC") == _ids(story, "Organisasi Negara Pengekspor Minyak")
