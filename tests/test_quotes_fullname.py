"""Speaker names when the tagger gives only part of a person's name (issue 6).

The NER may tag a later mention of a person with part of the name (``Siregar`` for ``Rahmat Hidayat
Siregar``). The quote extractor keeps the name the attribution writes, in full where it is written
in full, resolves pronouns through a partial subject mention to the speaker it names, and never
reports a name that is not in the article. All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from kliping.model import Mention
from tests.quote_helpers import doc, mention


def speakers(text: str, ms: list[Mention]) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(doc(text), ms) if q.direct]


def test_partial_mention_inside_a_full_written_attribution_gives_the_full_name():
    t = (
        "Kepala Gudang Rahmat Hidayat Siregar meninjau stok beras di Medan.\n"
        "“Stok kami cukup sampai Lebaran,” kata Kepala Gudang Rahmat Hidayat Siregar."
    )
    # the tagger tagged only the last two words in the attribution
    ms = [mention(t, "Rahmat Hidayat Siregar"), mention(t, "Hidayat Siregar", nth=1)]
    assert speakers(t, ms) == ["Rahmat Hidayat Siregar"]


def test_short_name_written_at_the_attribution_is_kept():
    t = (
        "Kepala Gudang Rahmat Hidayat Siregar meninjau stok beras di Medan.\n"
        "“Stok kami cukup sampai Lebaran,” kata Hidayat kepada wartawan."
    )
    ms = [mention(t, "Rahmat Hidayat Siregar"), mention(t, "Hidayat", nth=1)]
    assert speakers(t, ms) == ["Hidayat"]


def test_pronoun_after_a_partial_subject_mention_keeps_the_attributed_name():
    t = (
        "“Gudang di Belawan akan diperluas,” ujar Rahmat Hidayat Siregar.\n"
        "Siregar lalu memeriksa tumpukan karung di gudang itu.\n"
        "“Kami menambah dua truk setiap hari,” katanya."
    )
    ms = [mention(t, "Rahmat Hidayat Siregar"), mention(t, "Siregar", nth=1)]
    assert speakers(t, ms) == ["Rahmat Hidayat Siregar", "Rahmat Hidayat Siregar"]


def test_pronoun_referent_named_in_part_takes_the_unique_full_name():
    t = (
        "Budi Santoso datang ke pasar induk pada Senin pagi.\n"
        "Budi melihat harga cabai sudah turun.\n"
        "“Pembeli mulai ramai lagi,” katanya."
    )
    ms = [mention(t, "Budi Santoso"), mention(t, "Budi", nth=1)]
    got = speakers(t, ms)
    assert got == ["Budi Santoso"]
    assert all(name in t for name in got if name)


def test_ambiguous_part_of_two_full_names_is_not_completed():
    t = (
        "Budi Santoso dan Budi Hartono datang ke pasar induk pada Senin pagi.\n"
        "Budi melihat harga cabai sudah turun.\n"
        "“Pembeli mulai ramai lagi,” katanya."
    )
    ms = [mention(t, "Budi Santoso"), mention(t, "Budi Hartono"), mention(t, "Budi", nth=2)]
    assert speakers(t, ms) == ["Budi"]


def test_organisation_speaker_is_not_completed_to_a_person_name():
    t = (
        "Ketua Bulog Andi Bulog Pratama hadir di Medan.\n"
        "“Penyaluran beras dipercepat,” kata Bulog dalam keterangannya."
    )
    ms = [mention(t, "Andi Bulog Pratama"),
          Mention("Bulog", "ORG", 1, t.split("\n")[1].index("Bulog"), t.split("\n")[1].index("Bulog") + 5)]
    assert speakers(t, ms) == ["Bulog"]
