"""One happening told in other words on one date is one timeline entry (``synth.timeline.grouping``):
an act written as a noun in one sentence and as a verb in the other (the overlap by roots), two
sentences of one article with no name in common, an act pointed back to (``Pelaporan itu ...``) and
told elsewhere in the article, a paraphrase and its quote dated to a month. Sentences are invented;
the time, quantity and quote extractors are the real ones, names are given as mentions."""

from __future__ import annotations

from kliping.synth.timeline import grouping
from kliping.synth.timeline.grouping import pointed_act
from tests.test_timeline_qa import _article, _entries
from tests.test_timeline_quote_day import timeline_of


def _lines(text: str, published: str, mentions: list[tuple[str, str, int]] | None = None) -> list[tuple[str, list[int]]]:
    return sorted((t.value, sorted(c.sentence for c in t.citations)) for t in timeline_of(text, published, mentions))


def _summons() -> list:
    one = _article("a1", "Polisi memanggil Rina untuk diperiksa sebagai tersangka penipuan arisan hari ini.",
                   "2025-10-20", mentions=[("Rina", "PERSON", 0)])
    two = _article("a2", "Rina tidak memenuhi panggilan pemeriksaan polisi dalam kasus penipuan arisan, Senin (20/10/2025).",
                   "2025-10-20", mentions=[("Rina", "PERSON", 0)])
    return [one, two]


def test_an_act_as_a_noun_and_as_a_verb_is_one_happening(monkeypatch) -> None:
    """``memanggil ... diperiksa`` and ``panggilan pemeriksaan``: the same summons to questioning in two
    articles, most of whose words differ only by their affixes."""
    assert _entries(_summons()) == [("2025-10-20", ["a1:0", "a2:0"])]
    monkeypatch.setattr(grouping, "SAME_HAPPENING_ROOTS", False)
    assert _entries(_summons()) == [("2025-10-20", ["a1:0"]), ("2025-10-20", ["a2:0"])]


def test_names_do_not_make_two_acts_alike_by_their_roots() -> None:
    """Two articles naming one minister on one day, one on his year in office and one on a visit:
    the roots are compared without the words of names, which the plain words already count."""
    one = _article("b1", "Menteri Budi Santoso hari ini genap setahun menjabat di kementerian perdagangan.",
                   "2025-10-20", mentions=[("Budi Santoso", "PERSON", 0)])
    two = _article("b2", "Menteri Budi Santoso meninjau harga cabai di Pasar Kramat Jati, Senin (20/10/2025).",
                   "2025-10-20", mentions=[("Budi Santoso", "PERSON", 0)])
    assert len(_entries([one, two])) == 2


_VERDICT = ("Majelis hakim konstitusi membacakan putusan uji materi undang-undang penyiaran di Jakarta, "
            "Selasa (29/4/2025). Pemohon datang bersama kuasa hukumnya sejak pagi. Ada tiga permohonan uji "
            "materi yang putusannya dibacakan hari ini.")


def test_two_sentences_of_one_article_need_no_common_name(monkeypatch) -> None:
    """The verdict read in sentence 0 and the three petitions whose verdicts were read ``hari ini`` in
    sentence 2: no name in common, but most words (by their roots) and the article."""
    assert _lines(_VERDICT, "2025-04-29") == [("2025-04-29", [0, 2])]
    monkeypatch.setattr(grouping, "SAME_ARTICLE_OVERLAP", False)
    assert _lines(_VERDICT, "2025-04-29") == [("2025-04-29", [0]), ("2025-04-29", [2])]


def test_two_shared_words_of_one_article_are_not_enough(monkeypatch) -> None:
    """The regent's visit to a dike and the dike's breach that night share only ``tanggul`` and
    ``jebol``: two happenings of one day in one article stay apart."""
    text = ("Bupati meninjau tanggul yang jebol di Desa Sukamaju, Jumat (17/10/2025). Tanggul itu jebol pada "
            "17 Oktober 2025 dini hari.")
    assert _lines(text, "2025-10-20") == [("2025-10-17", [0]), ("2025-10-17", [1])]
    monkeypatch.setattr(grouping, "SAME_ARTICLE_SHARED_WORDS", 2)
    assert _lines(text, "2025-10-20") == [("2025-10-17", [0, 1])]


_REPORT = ("Warga Desa Sumberjo mengadukan pemilik akun penyebar kabar bohong ke kepolisian. Pelaporan itu "
           "dilakukan pada Minggu (4/5/2025). \"Hari Minggu tanggal 4 Mei 2025 kami datang ke Polres dan "
           "melaporkan pemilik akun itu,\" kata kuasa hukum warga, Ahmad Fauzi.")


def test_an_act_pointed_back_to_is_the_act_the_article_tells_that_day(monkeypatch) -> None:
    """``Pelaporan itu dilakukan pada Minggu`` and the lawyer's quote ``kami ... melaporkan``: one report
    to the police, wherever the two stand in the article."""
    assert pointed_act("Pelaporan itu dilakukan pada Minggu (4/5/2025).") == "lapor"
    assert pointed_act("Penurunan harga ini berlaku sejak Rabu.") == "turun"
    assert pointed_act("Pelapor mengaku rugi.") is None
    mentions = [("Ahmad Fauzi", "PERSON", 2)]
    assert _lines(_REPORT, "2025-05-05", mentions) == [("2025-05-04", [1, 2])]
    monkeypatch.setattr(grouping, "POINTED_ACT_SAME", False)
    assert _lines(_REPORT, "2025-05-05", mentions) == [("2025-05-04", [1]), ("2025-05-04", [2])]


def test_an_act_pointed_back_to_joins_no_other_act_of_that_day() -> None:
    """The pointer's act (``lapor``) is not told by the theft arrest of that day, which stays its own entry."""
    text = ("Pelaporan itu dilakukan kuasa hukum warga desa bersama tiga saksi pada Minggu (4/5/2025). "
            "Polisi menangkap dua pencuri sepeda motor yang beraksi di pasar kecamatan, Minggu (4/5/2025).")
    assert len(_lines(text, "2025-05-05")) == 2


_MONTH = ("Bimo menambahkan, dua ribu pegawai ikut menguji sistem pajak baru di bulan ini. \"Kami minta seluruh "
          "staf kantor pusat mencobanya serentak bulan ini,\" imbuh Bimo.")


def test_a_paraphrase_and_its_quote_at_a_month_are_one_statement(monkeypatch) -> None:
    """The quote right after the paraphrase, by the same speaker, sharing few words with it: one statement
    at the month, as :func:`same_statement` makes two quotes of one speaker one at a day."""
    mentions = [("Bimo", "PERSON", 0), ("Bimo", "PERSON", 1)]
    assert _lines(_MONTH, "2025-10-09", mentions) == [("2025-10", [0, 1])]
    monkeypatch.setattr(grouping, "SAME_ARTICLE_SPEAKER", False)
    assert _lines(_MONTH, "2025-10-09", mentions) == [("2025-10", [0]), ("2025-10", [1])]
