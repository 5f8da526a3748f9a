"""The article context (:func:`context`) and the lookups in it every stage asks: the paragraph
of an offset, the mention at or inside a range, a mention's text as a name, whether two names are
one person and the longest form the article gives a name, whether a name is a place, the forms an
article writes out before a bracketed short form and the titled persons.

Apart because the attribution, speaker and resolution rules all read the context the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kliping.extract.quotes.patterns import _WORDS
from kliping.extract.quotes.records import Ctx, _Line
from kliping.lang.id import gazetteer
from kliping.lang.id.titles import NAME_PARTICLES as _NAME_PARTICLES
from kliping.model import Document, Mention
from kliping.text.find import find_whole


def context(doc: Document, mentions: list[Mention] | None) -> Ctx:
    text = doc.text
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        a, b = pos, pos + len(raw)
        pos = b + 1
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(a + lead, a + lead + len(stripped), len(lines)))
    common = frozenset(w.lower() for w in set(_WORDS.findall(text)) if w[0].islower())  # each word once
    ms: list[tuple[int, int, Mention]] = []
    places: list[tuple[int, int, int, str]] = []
    for m in mentions or []:
        if m.type == "GPE" and 0 <= m.sentence < len(doc.sentences):
            base = doc.sentences[m.sentence].start
            places.append((base + m.start, base + m.end, m.sentence, m.text))
        if m.type not in ("PERSON", "ORG") or not 0 <= m.sentence < len(doc.sentences):
            continue
        base = doc.sentences[m.sentence].start
        ms.append((base + m.start, base + m.end, m))
    ms.sort(key=lambda t: t[0])
    persons = sorted({name_text(m.text) for _a, _b, m in ms if m.type == "PERSON"} - {""})
    return Ctx(doc, text, lines, common, ms, persons=[p for p in persons if p in text],
                line_starts=[ln.start for ln in lines], sentence_starts=[st.start for st in doc.sentences],
                places=sorted(places))


def _line_of(ctx: Ctx, offset: int) -> int:
    """The paragraph index holding ``offset`` (a bisect: called per mention in pronoun resolution);
    an offset between paragraphs gives the last paragraph, as the linear scan it replaces did."""
    i = bisect_right(ctx.line_starts, offset) - 1
    if i >= 0 and offset < ctx.lines[i].end + 1:
        return ctx.lines[i].index
    return ctx.lines[-1].index if ctx.lines else 0


def _person_within(ctx: Ctx, a: int, b: int) -> bool:
    """Whether a PERSON mention starts inside ``[a, b)`` of the text."""
    m = _mention_in(ctx, a, b)
    return m is not None and m.type == "PERSON" and a <= _mention_start(ctx, m) < b


def place_name(name: str, ctx: Ctx) -> bool:
    """``name`` is a place (a country, a city, an Indonesian province or regency, ``gazetteer``) that
    the article's tagger does not give as a person's name (``Bima`` may be either)."""
    return gazetteer.place_kind(name) is not None and name not in ctx.persons




def _mention_start(ctx: Ctx, m: Mention) -> int:
    return ctx.doc.sentences[m.sentence].start + m.start


def _mention_in(ctx: Ctx, a: int, b: int) -> Mention | None:
    best: Mention | None = None
    for ma, mb, m in ctx.mentions:
        if ma >= b:
            break
        if mb <= a:
            continue
        if m.type == "PERSON":
            return m
        if best is None:
            best = m
    return best


def name_text(text: str) -> str:
    """A mention's text as a name: ``Supangat kepadadetikJatim`` -> ``Supangat``.

    The tagger sometimes glues a lower-case scrap to the last word; it is not part of the name.
    """
    words = text.split()
    while len(words) > 1 and words[-1][:1].islower() and words[-1].lower() not in _NAME_PARTICLES:
        words.pop()
    return " ".join(words)


def _name_key(name: str) -> list[str]:
    """Comparable words of a name: casefolded, ``’`` as ``'``, edge punctuation off."""
    return [w.casefold().replace("’", "'").strip(".,'()") for w in name.split()]


def part_of(short: str, long: str) -> bool:
    """``short`` is a run of whole words of the longer name ``long`` (first, last or inner words)."""
    sk, lk = _name_key(short), _name_key(long)
    n = len(sk)
    return 0 < n < len(lk) and any(lk[i:i + n] == sk for i in range(len(lk) - n + 1))


def _same_person(a: str, b: str) -> bool:
    return _name_key(a) == _name_key(b) or part_of(a, b) or part_of(b, a)


def _longest_form(ctx: Ctx, name: str, within: str | None = None) -> str:
    """The longest PERSON name of the article that ``name`` is part of, else ``name``.

    The tagger may give a person only part of the name (``Ni'am`` of ``Asrorun Ni'am Sholeh``).
    With ``within`` (the attribution's own words) only a full form written there is taken, so the
    name stays the one the attribution gives. Without it, the full form must be unique: when two
    different longer names contain ``name`` (``Budi`` in ``Budi Santoso`` and ``Budi Hartono``) the
    name is kept. The result is always a mention's text, so it occurs in the article.
    """
    if name in ctx.orgs:
        return name
    longer = [p for p in ctx.persons if part_of(name, p)]
    if within is not None:
        longer = [p for p in longer if find_whole(p, within, "'’-") >= 0]
    maximal = {_name_key(p).__str__(): p for p in longer if not any(part_of(p, q) for q in longer)}
    if len(maximal) != 1:
        return name
    return next(iter(maximal.values()))


# ``Badan Pengawas Keuangan dan Pembangunan (BPKP)``: the capitalised words written before a bracket.
_WRITTEN_OUT = re.compile(r"([A-Z][\w-]*(?:\s+(?:dan|&|[A-Z][\w-]*)){1,8})\s+\(([^()]*)\)")


def _written_out(ctx: Ctx, short: str) -> set[str]:
    """The forms the article writes out before ``(short)``. The map from each bracketed text to
    them is built on the first call and kept on ``ctx``: one scan of the article, not one per
    organisation mention. (The words before a bracket cannot hold a bracket, so one scan over all
    brackets finds what a scan for ``(short)`` alone finds.)"""
    if "(" in short or ")" in short:
        pat = rf"([A-Z][\w-]*(?:\s+(?:dan|&|[A-Z][\w-]*)){{1,8}})\s+\({re.escape(short)}\)"
        return {sf.group(1) for sf in re.finditer(pat, ctx.text)}
    if ctx.written_out is None:
        ctx.written_out = {}
        for sf in _WRITTEN_OUT.finditer(ctx.text):
            ctx.written_out.setdefault(sf.group(2), set()).add(sf.group(1))
    return ctx.written_out.get(short, set())


def _titled_persons(ctx: Ctx) -> list[tuple[int, str, str]]:
    """(start, name, title) of the article's PERSON mentions that carry a title, in text order;
    built once per article and kept on ``ctx``."""
    if ctx.titled is None:
        ctx.titled = [(_mention_start(ctx, p), name_text(p.text), p.title)
                      for _a, _b, p in ctx.mentions if p.type == "PERSON" and p.title]
    return ctx.titled
