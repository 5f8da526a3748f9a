"""``synth.figures.clauses.Tokens.marks``: a sentence's cue words found once and bisected per clause."""

from __future__ import annotations

from kliping.lang.id import figure_cues
from kliping.synth.figures.clauses import sentence_tokens


def test_marked_words_are_those_of_the_offsets_asked() -> None:
    text = "Pemerintah akan menyalurkan Rp 5 triliun, sedangkan daerah akan menambah Rp 1 triliun."
    toks = sentence_tokens(text)
    both = toks.marked(figure_cues.PLAN_CUES, 0, len(text))
    assert [toks[k][1] for k in both] == ["akan", "akan"]
    second = text.index("sedangkan")
    assert toks.marked(figure_cues.PLAN_CUES, second, len(text)) == both[1:]
    assert toks.marked(figure_cues.PLAN_CUES, 0, toks[both[0]][0]) == []  # the end offset is left out


def test_a_test_of_a_word_marks_as_a_list_does() -> None:
    toks = sentence_tokens("Stok 30 juta barel naik 2 persen.")

    def number(w: str) -> bool:
        return w[0].isdigit()

    assert [toks[k][1] for k in toks.marked(number, 0, 100)] == ["30", "2"]
    assert toks.marks(number) is toks.marks(number)  # found once per sentence
