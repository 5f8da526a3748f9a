"""Builders for small hand-written Evidence objects used by the link and synth tests (no tests here)."""

from __future__ import annotations

from kliping.model import Document, Evidence, Mention, Quantity, TimeExpr
from kliping.text.sentences import split_sentences


def make_doc(aid: str, text: str, *, title: str | None = None, published: str | None = None,
             source: str | None = None) -> Document:
    """A document; unless ``source`` says otherwise each article comes from its own outlet."""
    return Document(
        id=aid, input=f"test:{aid}", text=text, sentences=split_sentences(text), title=title,
        source=source or f"{aid}.contoh.id", published=published,
    )


def make_ev(
    aid: str, text: str, *, title: str | None = None, published: str | None = None,
    mentions: list[tuple[str, str, int]] | None = None, titles: dict[str, str] | None = None,
    source: str | None = None,
) -> Evidence:
    """Evidence whose mentions are given as (text, type, sentence); offsets are found in the sentence."""
    doc = make_doc(aid, text, title=title, published=published, source=source)
    ms = []
    for mtext, mtype, s in mentions or []:
        stext = doc.sentences[s].text
        start = stext.find(mtext)
        assert start >= 0, (mtext, stext)
        ms.append(Mention(mtext, mtype, s, start, start + len(mtext), title=(titles or {}).get(mtext)))
    return Evidence(doc=doc, mentions=ms)


def qty(doc: Document, s: int, text: str, value: float, *, noun: str | None = None, unit: str | None = None,
        as_of: str | None = None, modifier: str = "exact") -> Quantity:
    start = doc.sentences[s].text.find(text)
    assert start >= 0, (text, doc.sentences[s].text)
    return Quantity(text, value, s, start, start + len(text), unit=unit, noun=noun, as_of=as_of, modifier=modifier)


def date(doc: Document, s: int, text: str, value: str, granularity: str = "day") -> TimeExpr:
    start = doc.sentences[s].text.find(text)
    assert start >= 0, (text, doc.sentences[s].text)
    return TimeExpr(text, "DATE", s, start, start + len(text), value=value, granularity=granularity)
