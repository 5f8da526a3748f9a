"""A quote one outlet cuts short is one row with the fuller quote of another (round 36 reading:
a speaker's three-sentence quote shown again as its first two sentences, a broken copy's tail shown
as a quote of its own)."""

from __future__ import annotations

from kliping.model import Quote
from kliping.render.common import _fold_contained_quotes
from kliping.synth.quotes import quote_key

FULL = ("Kami sudah memeriksa semua pintu air di hilir sungai. Dua di antaranya harus diganti tahun ini. "
        "Sisanya masih bisa dipakai sampai musim hujan berakhir.")

LEAD = (
    "Dinas Pekerjaan Umum Memeriksa Pintu Air\n\n"
    "Dinas Pekerjaan Umum Kabupaten Klaten memeriksa pintu air di hilir Sungai Dengkeng pada Senin (3/11/2025). "
    "Pemeriksaan dilakukan menjelang puncak musim hujan.\n\n"
)
TAIL = "\n\nPetugas juga membersihkan sampah yang menyumbat saluran di dua desa.\n"


def _q(text: str, direct: bool = True) -> Quote:
    return Quote(text=text, speaker="E1", speaker_name="Bambang Sutrisno", cue="kata", direct=direct, sentence=3)


def _rows(*quotes: tuple[str, Quote, int]) -> dict:
    return {("bambang sutrisno", quote_key(q.text)): (q, "Bambang Sutrisno", [(aid, k)]) for aid, q, k in quotes}


def test_a_quote_inside_a_longer_quote_of_its_speaker_joins_that_row() -> None:
    short = "Kami sudah memeriksa semua pintu air di hilir sungai. Dua di antaranya harus diganti tahun ini."
    out = _fold_contained_quotes(_rows(("a", _q(FULL), 3), ("b", _q(short), 5)))
    assert len(out) == 1
    (q, _, cited), = out.values()
    assert q.text == FULL and cited == [("a", 3), ("b", 5)]
    # a broken copy's tail, its first letter lost, is the same statement too
    out = _fold_contained_quotes(_rows(("a", _q(FULL), 3), ("c", _q("isanya masih bisa dipakai sampai musim hujan berakhir."), 7)))
    assert len(out) == 1 and next(iter(out.values()))[2] == [("a", 3), ("c", 7)]


def test_short_remarks_other_kinds_and_other_wording_keep_their_rows() -> None:
    # a remark of a few words may recur inside another statement
    assert len(_fold_contained_quotes(_rows(("a", _q(FULL), 3), ("b", _q("Dua di antaranya"), 5)))) == 2
    # a reported statement is not the direct quote that holds its words
    assert len(_fold_contained_quotes(_rows(("a", _q(FULL), 3),
                                            ("b", _q("dua di antaranya harus diganti tahun ini", direct=False), 5)))) == 2
    # one word changed is another statement
    assert len(_fold_contained_quotes(_rows(("a", _q(FULL), 3),
                                            ("b", _q("Tiga di antaranya harus diganti tahun ini."), 5)))) == 2


def test_the_report_shows_a_cut_quote_once_citing_both_articles(tmp_path) -> None:
    from kliping.pipeline import analyze
    from kliping.render import render_markdown

    (tmp_path / "a.txt").write_text(LEAD + f'"{FULL}" kata Kepala Bidang Sumber Daya Air Bambang Sutrisno.' + TAIL,
                                    encoding="utf-8")
    short = "Kami sudah memeriksa semua pintu air di hilir sungai. Dua di antaranya harus diganti tahun ini."
    (tmp_path / "b.txt").write_text(LEAD + f'"{short}" kata Kepala Bidang Sumber Daya Air Bambang Sutrisno.' + TAIL,
                                    encoding="utf-8")
    md = render_markdown(analyze([tmp_path / "a.txt", tmp_path / "b.txt"]).dossier)
    quotes = md[md.index("### Kutipan"):md.index("### Entitas")]
    rows = [line for line in quotes.splitlines() if "memeriksa semua pintu air" in line]
    assert len(rows) == 1, rows
    assert "musim hujan berakhir" in rows[0] and "(#sumber-a)" in rows[0] and "(#sumber-b)" in rows[0]
