"""Entity-resolution leftovers of the fifth QA read (docs/ner.md, "Alias resolution"): a bracketed
name after a full name that is another person, and one person split over two stories the event
linker kept apart (a minister called by first name, a name spelt two ways). Invented Indonesian
sentences and invented people, through the real extractor and linker."""

from __future__ import annotations

from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_rules import _doc, _ids, _story

# --- a one-word name in brackets after a full name


def test_a_bracketed_name_made_of_other_letters_is_not_the_nickname():
    story = _story(
        _doc("b1", 3, "Polisi memeriksa Budi Santoso (Rina) di rumahnya di Kelurahan Sukamaju pada Rabu (3/4/2024).",
             "Rina mengaku mendengar suara gaduh dari dapur pada malam itu."),
    )
    assert _ids(story, "Budi Santoso")
    assert not _entity_of(story, "b1", "Rina") & _ids(story, "Budi Santoso")


def test_a_bracketed_short_form_of_the_name_still_joins():
    story = _story(
        _doc("b2", 4, "Ketua fraksi Bambang Sulistyo (Bamsul) membuka rapat pleno di Senayan pada Kamis (4/4/2024).",
             "Bamsul meminta semua anggota hadir tepat waktu."),
    )
    name = _ids(story, "Bambang Sulistyo")
    assert len(name) == 1
    assert _entity_of(story, "b2", "Bamsul") == name


def test_short_form_letters():
    from kliping.link.aliases.nicknames import _short_form_of

    assert _short_form_of("Jokowi", "Joko Widodo")
    assert _short_form_of("Bamsoet", "Bambang Soesatyo")
    assert _short_form_of("Ipul", "Saifullah Yusuf")
    assert _short_form_of("Kirun", "Muhammad Akhirun")
    assert not _short_form_of("Rina", "Budi Santoso")
    assert not _short_form_of("Wati", "Hadi Purnomo")


# --- one person in two stories the linker kept apart

_FORUM = ("Wakil Ketua DPD Eddy Santoso menegaskan parlemen siap membahas rancangan undang-undang "
          "pengelolaan sampah plastik tahun ini.",
          "Menurut Eddy, aturan itu akan melengkapi undang-undang lingkungan yang sudah ada.",
          "Di tempat yang sama, Menteri Kelautan Farid Wicaksono menyebut laut Indonesia menampung jutaan "
          "ton sampah setiap tahun.")


def _talk(did: str, day: int, edi: str = "Pak Edi Santoso") -> object:
    return _doc(did, day,
                "Farid meminta nelayan ikut memungut sampah yang tersangkut di jaring mereka.",
                "\"Banyak ikan tangkapan yang perutnya berisi serpihan plastik,\" kata Farid dalam sambutannya.",
                f"Ia juga menyinggung pencemaran sungai yang tadi dipaparkan oleh {edi}.",
                "Farid menyebut pemerintah akan menambah kapal pengangkut sampah di pelabuhan perikanan.")


def test_two_names_of_one_article_matching_two_of_another_join_both():
    story = _story(_doc("f1", 21, *_FORUM), _talk("f2", 21))
    minister = _ids(story, "Farid Wicaksono")
    deputy = _ids(story, "Eddy Santoso")
    assert len(minister) == 1 and len(deputy) == 1
    assert _entity_of(story, "f2", "Farid") == minister
    assert _entity_of(story, "f2", "Pak Edi Santoso") == deputy or _ids(story, "Edi Santoso") == deputy
    assert ["Eddy Santoso", "Edi Santoso"] in [sorted(v.variants) for v in story.name_variants]


def test_one_weak_match_alone_joins_nothing_across_stories():
    # the same talk without the minister: the spelling alone is two people in two stories
    talk = _doc("g2", 21, "Nelayan diminta ikut memungut sampah yang tersangkut di jaring mereka.",
                "Pencemaran sungai juga dipaparkan oleh Pak Edi Santoso dalam acara itu.")
    story = _story(_doc("g1", 21, *_FORUM), talk)
    assert not _ids(story, "Edi Santoso") & _ids(story, "Eddy Santoso")


def test_matches_months_apart_stay_apart():
    story = _story(_doc("h1", 30, *_FORUM), _talk("h2", 1))
    # published 29 days apart (1 and 30 May): no single occasion
    assert not _ids(story, "Edi Santoso") & _ids(story, "Eddy Santoso")
    assert not _entity_of(story, "h2", "Farid") & _ids(story, "Farid Wicaksono")


def test_a_different_office_keeps_two_spellings_apart():
    other = _doc("k2", 21,
                 "Farid meminta nelayan ikut memungut sampah yang tersangkut di jaring mereka.",
                 "\"Banyak ikan tangkapan yang perutnya berisi serpihan plastik,\" kata Farid dalam sambutannya.",
                 "Bupati Bantul Edi Santoso juga memaparkan pencemaran sungai di wilayahnya.")
    story = _story(_doc("k1", 21, *_FORUM), other)
    assert not _ids(story, "Edi Santoso") & _ids(story, "Eddy Santoso")


def test_two_different_names_are_no_spelling_pair():
    # Dedi / Dodi are two names: one article's Dodi Santoso is nobody's Dedi Santoso
    story = _story(_doc("m1", 21, *[s.replace("Eddy", "Dedi") for s in _FORUM]),
                   _talk("m2", 21, edi="Pak Dodi Santoso"))
    assert not _ids(story, "Dodi Santoso") & _ids(story, "Dedi Santoso")
