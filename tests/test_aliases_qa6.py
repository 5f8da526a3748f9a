"""Entity-resolution leftovers of the sixth QA round (docs/ner.md, "Sixth QA read"): a bare first
name kept apart from its full name because another full name of the run ends with the word, a
known one-word alias left alone in other stories, capitals declared in brackets, and company or
directorate names written two ways. Invented Indonesian sentences and invented people, through the
real extractor and linker."""

from __future__ import annotations

from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_rules import _doc, _ids, _story

# --- a first name another full name of the run ends with


_PRESIDENT_NEWS = {"p1": "jembatan gantung di Kabupaten Sleman", "p2": "bendungan irigasi di Kabupaten Bima",
                   "p3": "pasar rakyat di Kota Ambon"}


def _president(did: str, day: int) -> object:
    return _doc(did, day,
                f"Presiden Wiranto Sukmajaya meresmikan {_PRESIDENT_NEWS[did]} pada hari ke-{day}.",
                "Wiranto meminta warga merawat bangunan itu bersama-sama.",
                "Ia didampingi Menteri Pertanian Joko Santoso dalam kunjungan itu.")


def _police_chief(did: str, day: int) -> object:
    return _doc(did, day,
                "Kapolri Hendra Budi Wiranto melantik tiga kapolda baru di Mabes Polri.",
                "Hendra meminta para kapolda menjaga keamanan menjelang libur panjang.")


def test_a_lone_first_name_joins_the_name_it_starts_not_the_one_it_ends():
    story = _story(
        _president("p1", 2), _president("p2", 9), _president("p3", 16), _police_chief("k1", 12),
        _doc("l1", 20, "Wiranto mengundang para petani kopi makan siang bersama di Istana Bogor.",
             "Para petani menyampaikan keluhan soal harga pupuk kepada Wiranto dan Joko Santoso."),
    )
    president = _ids(story, "Wiranto Sukmajaya")
    assert len(president) == 1
    assert _entity_of(story, "l1", "Wiranto") == president
    assert not president & _ids(story, "Hendra Budi Wiranto")


def test_a_lone_first_name_with_a_role_of_its_own_stays_apart():
    story = _story(
        _president("p1", 2), _president("p2", 9), _president("p3", 16), _police_chief("k1", 12),
        _doc("l2", 20, "Polisi menangkap pelaku Wiranto di sebuah rumah kontrakan di Bekasi.",
             "Wiranto diduga mencuri tiga sepeda motor milik tetangganya."),
    )
    assert not _entity_of(story, "l2", "Wiranto") & _ids(story, "Wiranto Sukmajaya")


def test_presiden_indonesia_is_the_office_presiden_names():
    from kliping.link.aliases.roles import _role_conflict, _role_words, _title_key

    assert _title_key("Presiden Indonesia") == _title_key("Presiden RI") == _title_key("Presiden")
    assert not _role_conflict([_role_words("Presiden Indonesia")], _role_words("Presiden"), True)
    # another country's office still differs from the bare one it is not
    assert _role_conflict([_role_words("Menteri Malaysia")], _role_words("Menteri Keuangan"), True)


# --- a one-word alias the run already knows


_MINISTER_NEWS = {"m1": "rapat kabinet akan digelar pekan depan", "m2": "anggaran subsidi pupuk segera dicairkan",
                  "m4": "kunjungan kenegaraan ke Jepang ditunda"}


def _minister(did: str, day: int) -> object:
    return _doc(did, day,
                "Menteri Sekretaris Negara Prasetyo Hadi memberi keterangan kepada wartawan di Istana Kepresidenan.",
                f"Ia menyebut {_MINISTER_NEWS[did]}.",
                "Pras juga meminta publik menunggu pengumuman resmi.")


_PRAS_LONE = ("\"Belum ada jadwal pelantikan hari ini,\" kata Pras di kompleks Istana Kepresidenan.",
              "Pras juga membantah kabar pergantian kepala badan riset.")


def test_a_nickname_known_from_three_stories_joins_in_a_fourth_naming_the_same_building():
    story = _story(_minister("m1", 3), _minister("m2", 10), _minister("m4", 17), _doc("m3", 25, *_PRAS_LONE))
    minister = _ids(story, "Prasetyo Hadi")
    assert len(minister) == 1
    assert _entity_of(story, "m3", "Pras") == minister


def test_a_nickname_known_from_two_stories_only_does_not_travel():
    story = _story(_minister("m1", 3), _minister("m2", 10), _doc("m3", 25, *_PRAS_LONE))
    assert not _entity_of(story, "m3", "Pras") & _ids(story, "Prasetyo Hadi")


def test_a_known_nickname_in_a_story_naming_nobody_of_theirs_stays_apart():
    story = _story(_minister("m1", 3), _minister("m2", 10), _minister("m4", 17),
                   _doc("m3", 25, "Seorang pedagang sayur bernama Pras kehilangan gerobaknya di pasar.",
                        "Pras melapor ke pos ronda terdekat pada malam itu."))
    assert not _entity_of(story, "m3", "Pras") & _ids(story, "Prasetyo Hadi")


# --- capitals declared in brackets


def test_capitals_declared_after_a_name_are_that_person():
    story = _story(
        _doc("i1", 5, "KPK juga menahan Iswan Ibrahim (ISW) selaku komisaris sebuah perusahaan gas.",
             "\"Saudara ISW ditahan selama 20 hari pertama,\" ujar juru bicara KPK."),
    )
    iswan = _ids(story, "Iswan Ibrahim")
    assert len(iswan) == 1
    assert _entity_of(story, "i1", "ISW") == iswan


def test_a_name_declared_after_capitals_is_that_person():
    story = _story(
        _doc("i2", 6, "Penyidik memeriksa mantan Ketua DPRD Kusnadi di gedung KPK pada Senin.",
             "\"Saudara KUS (Kusnadi) menerima komitmen fee dari pokmas,\" kata penyidik."),
    )
    kusnadi = _ids(story, "Kusnadi")
    assert len(kusnadi) == 1
    assert _entity_of(story, "i2", "KUS") == kusnadi


def test_letters_of():
    from kliping.link.aliases.initials import _letters_of

    assert _letters_of("ISW", "Iswan Ibrahim")
    assert _letters_of("KUS", "Kusnadi")
    assert _letters_of("HPS", "Hendi Prio Santoso")
    assert not _letters_of("KPK", "Budi Santoso")
    assert not _letters_of("SB", "Budi Santoso")  # the first letter is the name's first


# --- organisations written two ways


def test_a_company_with_its_legal_form_is_its_abbreviation():
    from kliping.extract.entities import canonical_form

    full = canonical_form("PLN", "ORG")
    assert canonical_form("PT PLN", "ORG") == full
    assert canonical_form("PT PLN (Persero)", "ORG") == full
    # a company the abbreviations do not know keeps its name
    assert canonical_form("PT Sinar Bahari", "ORG") == "PT Sinar Bahari"
    # ``PT`` before a city is its high court, not a company
    assert canonical_form("PT Jakarta", "ORG") == "Pengadilan Tinggi Jakarta"
    assert canonical_form("PT Jakarta Propertindo", "ORG") == "PT Jakarta Propertindo"


def test_ditjen_is_the_directorate_general():
    from kliping.extract.entities import canonical_form

    assert canonical_form("Ditjen Pajak", "ORG") == "Direktorat Jenderal Pajak"
    assert canonical_form("DJP", "ORG") == "Direktorat Jenderal Pajak"
    # the word on its own, or another type, is left alone
    assert canonical_form("Ditjen", "ORG") == "Ditjen"
    assert canonical_form("Ditjen Pajak", "PERSON") == "Ditjen Pajak"


# --- a person the tagger typed a place


def test_a_name_typed_a_place_whose_first_word_the_article_uses_as_a_person_is_that_person():
    from kliping.link.aliases.forms import Form
    from kliping.link.aliases.spans import _people_typed_places

    galih = Form(0, 0, 0, "Galih Kartasasmita", "Galih Kartasasmita", "LOC", None, "galihkartasasmita")
    uses = [Form(0, k, k, "Galih", "Galih", "PERSON", None, "galih") for k in (1, 2)]
    _people_typed_places([galih, *uses])
    assert galih.type == "PERSON"


def test_a_street_named_after_a_person_stays_a_place():
    from kliping.link.aliases.forms import Form
    from kliping.link.aliases.spans import _people_typed_places

    street = Form(0, 0, 0, "Jalan Sudirman", "Jalan Sudirman", "LOC", None, "jalansudirman")
    place = Form(0, 1, 1, "Sungai Wiranto", "Sungai Wiranto", "LOC", None, "sungaiwiranto")
    uses = [Form(0, 2, 2, "Jalan", "Jalan", "PERSON", None, "jalan"),
            Form(0, 3, 3, "Wiranto", "Wiranto", "PERSON", None, "wiranto")]
    _people_typed_places([street, place, *uses])
    assert street.type == "LOC" and place.type == "LOC"
    # no use of the first word alone: the tagger's type stays
    other = Form(0, 0, 0, "Bukit Sentul", "Bukit Sentul", "LOC", None, "bukitsentul")
    lone = Form(0, 0, 0, "Arya Sentosa", "Arya Sentosa", "LOC", None, "aryasentosa")
    _people_typed_places([other, lone])
    assert lone.type == "LOC"
