"""Map kliping's sentence-relative offsets back to offsets in an article's raw input text.

Development gold sets store only article ids and character offsets into the raw ``text`` of the
input (never the text itself), so they survive changes to cleaning and sentence splitting. Cleaning
removes whole boilerplate lines, repairs mojibake (``AsociaciÃ³n`` -> ``Asociación``)
and normalises a few characters (``\\r``, non-breaking and zero-width spaces) and restores spaces
lost between glued words; this module undoes that for scoring.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from kliping.ingest.decode import repair_mojibake
from kliping.ingest.glue import glue_breaks
from kliping.model import Document

_DROP = {"\r", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_SPACE = {"\u00a0", "\u2007", "\u202f", "\t"}


def _repaired(raw: str) -> tuple[str, list[int], list[int]]:
    """The raw text with its mojibake repaired as cleaning does, and for each character of it the
    raw offsets where it starts and ends (a repaired ``ó`` covers the two raw characters ``Ã³``)."""
    fixed = repair_mojibake(raw)
    if fixed == raw:
        return raw, list(range(len(raw))), list(range(1, len(raw) + 1))
    starts = [0] * len(fixed)
    ends = [0] * len(fixed)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, raw, fixed, autojunk=False).get_opcodes():
        for j in range(j1, j2):
            if tag == "equal":
                starts[j], ends[j] = i1 + j - j1, i1 + j - j1 + 1
            else:
                starts[j], ends[j] = i1, max(i2, i1 + 1)
    return fixed, starts, ends


def _normalised(raw: str) -> tuple[str, list[int], list[int]]:
    text, starts, ends = _repaired(raw)
    chars: list[str] = []
    index: list[int] = []
    end_index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        chars.append(" " if ch in _SPACE else ch)
        index.append(starts[i])
        end_index.append(ends[i])
    text = "".join(chars)
    # Spaces cleaning restores between glued words (``daridetikFinance``) point at the next character.
    for b in reversed(glue_breaks(text)):
        text = text[:b] + " " + text[b:]
        index.insert(b, index[b])
        end_index.insert(b, index[b])
    return text, index, end_index


class RawAligner:
    """Finds each cleaned sentence of ``doc`` in ``raw`` (in order) and maps offsets through it."""

    def __init__(self, raw: str, doc: Document) -> None:
        text, index, end_index = _normalised(raw)
        self._index = index
        self._end = end_index
        self.sentence_starts: list[int | None] = []
        pos = 0
        for s in doc.sentences:
            i = text.find(s.text, pos)
            if i < 0:
                i = text.find(s.text)
            self.sentence_starts.append(None if i < 0 else i)
            if i >= 0:
                pos = i + len(s.text)

    def raw_span(self, sentence: int, start: int, end: int) -> tuple[int, int] | None:
        """Raw offsets of ``[start, end)`` in sentence ``sentence``, or ``None`` if not found."""
        base = self.sentence_starts[sentence] if 0 <= sentence < len(self.sentence_starts) else None
        if base is None or end <= start:
            return None
        a, b = base + start, base + end - 1
        if b >= len(self._index):
            return None
        return self._index[a], self._end[b]

    def sentence_of(self, raw_offset: int) -> int | None:
        """Index of the cleaned sentence containing ``raw_offset``, or ``None``."""
        for k, base in enumerate(self.sentence_starts):
            if base is None:
                continue
            if self._index[base] <= raw_offset:
                last = k
            else:
                break
        else:
            last = len(self.sentence_starts) - 1 if self.sentence_starts else None
        return last if self.sentence_starts else None
