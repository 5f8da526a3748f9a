"""A quote's introduction two sentences before it: shown for an entry told only by the quote when
the sentence between goes on with the statement (a pronoun's ``Ia mengatakan ...``, a paraphrase) and
the introduction speaks and names the speaker; not across a sentence that quotes, turns to another
matter or names another person, nor when it only tells what the speaker did. Sentences are invented;
the time and quote extractors are the real ones (mentions are set by hand where a test needs one)."""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from kliping.extract.times import extract_times
from kliping.model import Event, Story, StorylineGroup
from kliping.synth import synthesize
from tests.test_link_helpers import make_ev

PUBLISHED = "2025-10-08"
_QUOTE = ('"Kami sudah mengajukan tambahan lima ribu dosis ke provinsi. Kiriman itu semoga tiba sebelum '
          'musim hujan," kata Rina di Sleman, Selasa (7/10/2025).')


def _entries(text: str, mentions: list[tuple[str, str, int]] | None = None) -> list[tuple[str, list[int], str]]:
    """(date, cited sentences, shown text) of each entry of a one-article story's timeline."""
    ev = make_ev("q1", text, published=PUBLISHED, mentions=mentions)
    ev.times = extract_times(ev.doc)
    ev.quotes = extract_quotes(ev.doc)
    story = Story(articles=[ev], duplicate_of={}, entities=[], events=[Event("e1", ["q1"])],
                  storylines=[StorylineGroup("s1", ["e1"])], name_variants=[])
    [line] = synthesize(story).storylines
    return [(t.value, [c.sentence for c in t.citations], t.text) for t in line.timeline]


def test_an_introduction_across_a_sentence_going_on_with_the_statement_is_shown() -> None:
    for between in ("Ia mengatakan kiriman vaksin dari gudang provinsi belum juga datang.",
                    "Kiriman vaksin dari gudang provinsi belum juga datang."):
        [(value, cited, text)] = _entries(
            "Kepala Dinas Kesehatan Sleman Rina Astuti menjelaskan stok vaksin campak di puskesmas menipis. "
            + between + " " + _QUOTE)
        assert value == "2025-10-07" and cited[0] == 0 and 2 in cited and 3 in cited, between
        assert text.startswith("Kepala Dinas Kesehatan Sleman Rina Astuti"), between


def test_no_introduction_across_a_quote_a_turn_or_another_person() -> None:
    intro = "Kepala Dinas Kesehatan Sleman Rina Astuti menjelaskan stok vaksin campak di puskesmas menipis. "
    for between, mentions in (
        ('"Gudang kami hampir kosong," ujar Rina.', None),
        ("Sementara itu, harga masker di apotek naik dua kali lipat.", None),
        ("Bupati Sleman Hendra Kusuma meminta warga tetap tenang.", [("Hendra Kusuma", "PERSON", 1)]),
    ):
        for _value, cited, text in _entries(intro + between + " " + _QUOTE, mentions):
            assert 0 not in cited, between
            assert not text.startswith("Kepala Dinas"), between


def test_an_introduction_two_back_that_does_not_speak_is_not_shown() -> None:
    for intro in ("Kepala Dinas Kesehatan Sleman Rina Astuti meninjau gudang farmasi di Kecamatan Depok.",
                  "Kepala Dinas Kesehatan Sleman Rina Astuti membenarkan hal itu."):
        for _value, cited, _text in _entries(
                intro + " Ia mengatakan kiriman vaksin dari gudang provinsi belum juga datang. " + _QUOTE):
            assert 0 not in cited, intro
