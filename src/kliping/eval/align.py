"""Map kliping's sentence-relative offsets back to offsets in an article's raw input text.

Development gold sets store only article ids and character offsets into the raw ``text`` of the
input (never the text itself), so they survive changes to cleaning and sentence splitting. Cleaning
removes whole boilerplate lines and normalises a few characters (``\\r``, non-breaking and
zero-width spaces); this module undoes that for scoring.
"""

from __future__ import annotations

from kliping.model import Document

_DROP = {"\r", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_SPACE = {"\u00a0", "\u2007", "\u202f", "\t"}


def _normalised(raw: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(raw):
        if ch in _DROP:
            continue
        chars.append(" " if ch in _SPACE else ch)
        index.append(i)
    return "".join(chars), index


class RawAligner:
    """Finds each cleaned sentence of ``doc`` in ``raw`` (in order) and maps offsets through it."""

    def __init__(self, raw: str, doc: Document) -> None:
        text, index = _normalised(raw)
        self._index = index
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
        return self._index[a], self._index[b] + 1

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
