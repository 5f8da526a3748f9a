"""A timeline row whose shown sentence points back at the sentence before it (``Rekaman itu diunggah ... pada
Sabtu``, ``Keduanya ...``, ``Ini berdasarkan ...``) shows that sentence first and cites it, when it stands alone and
tells what is pointed at; a row with a cited sentence that stands alone shows that one instead. Sentences are
invented; the time and quote extractors are the real ones (mentions are set by hand where a test needs one)."""

from __future__ import annotations

from kliping.eval import timeline as et
from kliping.synth.timeline import shown_text
from kliping.synth.timeline.shown_text import _pointed_at
from tests.test_timeline_quote_day import timeline_of

_VIDEO = ("Wali Kota Medan mengunggah rekaman banjir di Jalan Gatot Subroto ke akun media sosialnya. "
          "Rekaman itu diunggah sang wali kota usai hujan deras yang mengguyur kota pada Sabtu (18/10/2025).")


def _rows(text: str, published: str, mentions: list[tuple[str, str, int]] | None = None
          ) -> list[tuple[str, list[int], str]]:
    return [(t.value, [c.sentence for c in t.citations], t.text) for t in timeline_of(text, published, mentions)]


def test_a_pointed_noun_is_shown_after_the_sentence_naming_it(monkeypatch) -> None:
    sents = _VIDEO.split(". ")
    [(value, cited, text)] = _rows(_VIDEO, "2025-10-19")
    assert value == "2025-10-18" and cited == [1, 0]
    assert text == sents[0] + ". " + sents[1]
    monkeypatch.setattr(shown_text, "ANTECEDENT_SHOWN", False)
    [(_v, cited, text)] = _rows(_VIDEO, "2025-10-19")
    assert cited == [1] and text.startswith("Rekaman itu")


def test_no_sentence_before_that_names_another_thing_or_leans_back_itself() -> None:
    """``Unjuk rasa itu`` after a sentence about drinking water tells no protest: the row stays as it was; so
    does a row whose sentence before points back too, or has a time of its own (another occasion)."""
    for before in ("Petugas membagikan air minum kepada warga di tengah cuaca panas.",
                   "Hal itu disampaikan petugas kepada warga di tengah cuaca panas.",
                   "Pada pekan lalu, mahasiswa menggelar unjuk rasa di depan gedung DPRD Jawa Tengah."):
        text = before + " Unjuk rasa itu dilakukan oleh mahasiswa Semarang pada Senin (20/10/2025)."
        [(_v, cited, shown)] = _rows(text, "2025-10-21")
        assert cited == [1] and shown.startswith("Unjuk rasa itu"), before


def test_a_pronoun_is_shown_after_its_person_only_on_the_articles_day() -> None:
    """``Keduanya ...`` after the sentence naming the two: on the article's day; a row of another day keeps the
    pronoun alone, the undated sentence before being of the article's day, another occasion."""
    text = ("Budi Santoso dan Andi Wijaya ditangkap polisi di rumah mereka di Kawali. "
            "Keduanya diamankan petugas Polres Ciamis pada Selasa (21/10/2025) malam.")
    names = [("Budi Santoso", "PERSON", 0), ("Andi Wijaya", "PERSON", 0)]
    [(_v, cited, shown)] = _rows(text, "2025-10-21", names)
    assert cited == [1, 0] and shown.startswith("Budi Santoso")
    [(_v, cited, shown)] = _rows(text, "2025-10-24", names)
    assert cited == [1] and shown.startswith("Keduanya")


def test_what_a_sentence_points_at() -> None:
    assert _pointed_at("Video itu diunggah pada Sabtu.") == ("noun", frozenset({"video"}))
    assert _pointed_at("Bupati menilai, peristiwa tersebut merugikan warga.") == ("noun", frozenset({"peristiwa"}))
    assert _pointed_at("Sebab, politikus Golkar itu diturunkan dari pesawat.")[1] == {"politikus", "golkar"}
    assert _pointed_at("Menurutnya, harga beras akan turun.")[0] == "person"
    assert _pointed_at("Hal tersebut diungkap Rina di Bandung.")[0] == "sentence"


def test_the_scorer_reads_both_sentences_of_such_a_row() -> None:
    texts = {"a:1": "Rekaman itu diunggah pada Sabtu.", "a:0": "Wali kota mengunggah rekaman banjir."}
    assert et.shown_items(texts["a:0"] + " " + texts["a:1"], ["a:1", "a:0"], texts) == ("a:1", ("a:0",))


def test_a_connective_or_a_time_before_a_demonstrative_is_no_pointed_subject() -> None:
    """``Sementara itu,``, ``Selain itu,``, ``Hari ini`` open a sentence naming its own subject; a pronoun or a
    pointed noun after ``Sementara itu,`` still points back."""
    from kliping.synth.timeline.shown_text import points_back

    for text in ("Sementara itu, kuasa hukum tersangka mengajukan praperadilan ke PN Palu.",
                 "Selain itu, lembaga survei Indikator menggelar jajak pendapat pada Mei.",
                 "Hari ini harga emas Antam naik Rp 12.000 per gram."):
        assert not points_back(text), text
    for text in ("Sementara itu, ia menolak berkomentar soal tuntutan jaksa.",
                 "Sementara itu, tuntutan tersebut dibacakan jaksa pada Senin.",
                 "Rekaman itu diunggah pada Sabtu malam."):
        assert points_back(text), text


def test_a_writers_question_is_shown_after_any_other_sentence_of_its_row(monkeypatch) -> None:
    """A lede asking ``Bagaimana ... hari ini?`` with the list's header of that day: the header is shown, not the
    question; a quoted question is someone's statement and is no writer's question."""
    from kliping.synth.timeline import entries

    text = ("Bagaimana prakiraan cuaca Kota Kendari dan sekitarnya hari ini, Kamis, 23 Oktober 2025? "
            "Berikut prakiraan cuaca Sulawesi Tenggara hari ini, Kamis 23 Oktober 2025 menurut BMKG Kendari:")
    rows = _rows(text, "2025-10-23")
    assert [r[2] for r in rows if r[0] == "2025-10-23"] == [text.split("? ")[1]]
    assert shown_text.writers_question(text.split("? ")[0] + "?")
    assert not shown_text.writers_question('"Lalu anggarannya dari mana?" tanya Rudi, Senin (20/10/2025).')
    monkeypatch.setattr(entries, "writers_question", lambda _t: False)
    assert [r[2] for r in _rows(text, "2025-10-23") if r[0] == "2025-10-23"] == [text.split("? ")[0] + "?"]
