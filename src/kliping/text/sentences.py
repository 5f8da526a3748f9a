"""Sentence splitting with character offsets (placeholder: replaced by the real splitter)."""

from __future__ import annotations

import re

from kliping.model import Sentence

_PARA = re.compile(r"\n\s*\n|\n")
_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; each has ``text == text[start:end]`` and a paragraph index."""
    out: list[Sentence] = []
    pos = 0
    for para_no, para in enumerate(_PARA.split(text)):
        p_start = text.index(para, pos) if para else pos
        pos = p_start + len(para)
        s_pos = 0
        for m in list(_END.finditer(para)) + [None]:
            s_end = m.start() if m else len(para)
            chunk = para[s_pos:s_end]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                a = p_start + s_pos + lead
                out.append(Sentence(chunk, a, a + len(chunk), para_no))
            if m:
                s_pos = m.end()
    return out
