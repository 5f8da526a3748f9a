"""Removing page furniture from Indonesian news text, line by line, with an audit trail.

Every removed line becomes a ``Removal(text, reason)`` so a reader can check that no story text was
lost. Rules are deliberately line-level and strict (whole-line patterns from
``kliping.lang.id.boilerplate``): a sentence that merely mentions a photo or a video stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kliping.ingest.metadata import looks_like_headline
from kliping.lang.id.boilerplate import (
    CREDIT_AT_END,
    CROSSHEAD_BAD_CHARS,
    CROSSHEAD_LEAD_INS,
    CROSSHEAD_MAX_WORDS,
    CROSSHEAD_SENTENCE_CASE_MAX_WORDS,
    LINE_PATTERNS,
    NUMBERED_SUBHEADING,
    PROMO_TAIL_AFTER,
    PROMO_TAIL_ANCHOR,
    PROMO_TAIL_WINDOW,
    PROMO_TEASER,
    SENTENCE_END,
    SUBHEADING_MAX_WORDS,
    TAIL_MARKERS,
    TAIL_WINDOW,
)
from kliping.model import Removal

_CAPTION_MAX = 300
_TAIL_LINE_MAX = 250
# Upper bound of what a LINE_PATTERNS entry or a caption can match (longest pattern about 350).
_LINE_PATTERN_MAX = 420


@dataclass
class Stripped:
    """Result of ``strip_boilerplate``: kept lines (paragraphs), removals in text order, title."""

    lines: list[str]
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None


def strip_boilerplate(lines: list[str], title: str | None = None, *, infer_title: bool = True,
                      headings: frozenset[str] = frozenset()) -> Stripped:
    """Remove boilerplate lines; when ``title`` is unknown take a headline-like first line as title.

    ``lines`` are the non-empty, normalised paragraphs of an article; ``headings`` are the texts the
    page marked as headings (``<h2>``..., compared whitespace- and case-insensitively), removed as
    ``subheading`` when they sit inside the body.
    """
    reasons: list[str | None] = [None] * len(lines)
    _mark_tail(lines, reasons)
    _mark_lines(lines, reasons)
    if title is None and infer_title:
        first = _first_kept(reasons)
        if first is not None and _first_kept(reasons, first + 1) is not None and looks_like_headline(lines[first]):
            title = lines[first].strip()
            reasons[first] = "title"
    if title:
        _mark_title_repeats(lines, reasons, title)
    _mark_subheadings(lines, reasons)
    _mark_crossheads(lines, reasons, headings)
    promo = _cut_promo_tail(lines, reasons)
    cuts = _cut_tail_sentences(lines, reasons) | promo
    kept: list[str] = []
    removed: list[Removal] = []
    for i, (ln, r) in enumerate(zip(lines, reasons, strict=True)):
        if r is not None:
            removed.append(Removal(ln, r))
        elif i in cuts:
            keep, cut, why = cuts[i]
            kept.append(keep)
            removed.append(Removal(cut, why))
        else:
            kept.append(ln)
    return Stripped(kept, removed, title)


# Sentences that close a page's last paragraphs without being story: the writer's sign-off ("Semoga
# membantu ya, detikers!"), a programme's promo, a link, a byline or a syndication notice. On a line
# of their own LINE_PATTERNS removes them; glued to the story's last sentence they are cut here.
_TAIL_SENTENCE_REASONS = frozenset({"sign_off", "promo", "link", "byline", "syndication"})
_TAIL_SENTENCE_PATTERNS = tuple((r, p) for r, p in LINE_PATTERNS if r in _TAIL_SENTENCE_REASONS)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")
_TAIL_SENTENCE_LINES = 3


def _tail_reason(sentence: str) -> str | None:
    for reason, pat in _TAIL_SENTENCE_PATTERNS:
        if pat.fullmatch(sentence):
            return reason
    return None


def _cut_tail_sentences(lines: list[str], reasons: list[str | None]) -> dict[int, tuple[str, str, str]]:
    """Line index -> (story part kept, furniture cut, reason) for the last kept lines of the page
    that end in furniture sentences: the cut is the longest run of trailing sentences that each
    match a furniture pattern. A line that is all furniture is marked removed in ``reasons``
    instead, unless it is the article's first kept line."""
    cuts: dict[int, tuple[str, str, str]] = {}
    kept = [i for i, r in enumerate(reasons) if r is None]
    for n, i in enumerate(kept[-_TAIL_SENTENCE_LINES:], start=max(0, len(kept) - _TAIL_SENTENCE_LINES)):
        parts = _SENTENCE_BREAK.split(lines[i].strip())
        k, why = len(parts), None
        floor = 0 if n > 0 else 1  # a whole paragraph of furniture goes, unless it is the only story
        while k > floor and (r := _tail_reason(parts[k - 1])) is not None:
            k, why = k - 1, r
        if why is None:
            continue
        if k == 0:
            reasons[i] = why
        else:
            cuts[i] = (" ".join(parts[:k]), " ".join(parts[k:]), why)
    return cuts


# Sentences of a line for finding a promo's start; the invitation may follow a question in lower
# case ("Lalu, bagaimana kabar terbarunya? ikuti diskusinya ...").
_PROMO_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z]|(?:ikuti|yuk|mari)\b)")


def _cut_promo_tail(lines: list[str], reasons: list[str | None]) -> dict[int, tuple[str, str, str]]:
    """The page's closing promo of other programmes and reports: from the first sentence in the
    last kept lines that invites the reader to follow one (``PROMO_TAIL_ANCHOR``), with the teaser
    question before it, to the end of the page. Lines after it are marked ``promo`` in ``reasons``;
    the line it starts in is returned as a cut (story part kept, promo cut) unless it is all promo.
    The article's first kept line is never cut, and a start followed by more than
    ``PROMO_TAIL_AFTER`` lines is no closing promo."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    for pos in range(max(1, len(kept) - PROMO_TAIL_WINDOW), len(kept)):
        if len(kept) - pos - 1 > PROMO_TAIL_AFTER:
            continue
        i = kept[pos]
        parts = _PROMO_BREAK.split(lines[i].strip())
        k = next((j for j, part in enumerate(parts) if PROMO_TAIL_ANCHOR.search(part)), None)
        if k is None:
            continue
        if k > 0 and PROMO_TEASER.fullmatch(parts[k - 1]):
            k -= 1
        for j in kept[pos + 1:]:
            reasons[j] = "promo"
        if k == 0:
            reasons[i] = "promo"
            return {}
        return {i: (" ".join(parts[:k]), " ".join(parts[k:]), "promo")}
    return {}


def _first_kept(reasons: list[str | None], start: int = 0) -> int | None:
    for i in range(start, len(reasons)):
        if reasons[i] is None:
            return i
    return None


def _mark_tail(lines: list[str], reasons: list[str | None]) -> None:
    """Author boxes and related-links blocks: from the first tail marker near the end to the end."""
    start = max(0, len(lines) - TAIL_WINDOW)
    for i in range(start, len(lines)):
        if TAIL_MARKERS.fullmatch(lines[i].strip()):
            if all(len(ln) <= _TAIL_LINE_MAX for ln in lines[i:]) and i > 0:
                for j in range(i, len(lines)):
                    reasons[j] = "author_box"
            return


def _mark_lines(lines: list[str], reasons: list[str | None]) -> None:
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            continue
        s = line.strip()
        if len(s) > _LINE_PATTERN_MAX:
            continue  # longer than any whole-line pattern can match: a paragraph of story
        bare = _unwrapped(s)
        for reason, pat in LINE_PATTERNS:
            if pat.fullmatch(s) or (bare is not None and pat.fullmatch(bare)):
                reasons[i] = reason
                break
        else:
            if len(s) <= _CAPTION_MAX and CREDIT_AT_END.search(s):
                reasons[i] = "caption"


# Marks a page may wrap a whole furniture line in (``'Lihat juga Video: ...'``, ``"Baca juga: ..."``).
_WRAPPING_MARKS = "\"'“”‘’"


def _unwrapped(line: str) -> str | None:
    """The line without the quote marks it is wrapped in, whole (``'Lihat juga Video: Judul'`` ->
    ``Lihat juga Video: Judul``), or None when it is not so wrapped. A promo line the page put in quote
    marks is still one (the LINE_PATTERNS match whole lines); a quote that is a sentence of the story
    ends with its speaker (``"...," kata Budi.``), not with the mark, and matches no pattern bare."""
    if len(line) > 2 and line[0] in _WRAPPING_MARKS and line[-1] in _WRAPPING_MARKS:
        return line[1:-1].strip() or None
    return None


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().rstrip(".!?").casefold()


def _mark_title_repeats(lines: list[str], reasons: list[str | None], title: str) -> None:
    """The headline repeated in the body, alone or with a photo caption glued to it (IDN Times)."""
    t = _norm(title)
    if len(t) < 10:
        return
    first = _first_kept(reasons)
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            continue
        s = _norm(line)
        if s == t or (i == first and len(s) >= 0.6 * len(t) and (t.startswith(s) or s.startswith(t)) and len(s) <= len(t) + 40):
            reasons[i] = "title"
        elif s.startswith(t) and len(line) - len(title) <= 200 and not line.rstrip().endswith("."):
            reasons[i] = "caption"


def _mark_subheadings(lines: list[str], reasons: list[str | None]) -> None:
    """Numbered listicle subheadings; numbered *lists* (consecutive items, after a colon) stay."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    numbers: dict[int, int] = {}
    for i in kept:
        m = NUMBERED_SUBHEADING.fullmatch(lines[i].strip())
        if m:
            numbers[i] = int(m[1])
    heads: set[str] = set()
    for pos, i in enumerate(kept):
        if i not in numbers:
            continue
        s = lines[i].strip()
        if s[-1] in SENTENCE_END or len(s.split()) > SUBHEADING_MAX_WORDS:
            continue
        prev_i = kept[pos - 1] if pos > 0 else None
        next_i = kept[pos + 1] if pos + 1 < len(kept) else None
        in_list = (
            (prev_i is not None and (lines[prev_i].rstrip().endswith(":") or numbers.get(prev_i) == numbers[i] - 1))
            or (next_i is not None and numbers.get(next_i) == numbers[i] + 1)
        )
        # A subheading opens a section of prose; a lone numbered line before more short lines or at
        # the end is a list item (``1. Pool Bus ..., Cibitung``) and stays.
        opens_prose = next_i is not None and _is_prose(lines[next_i])
        if opens_prose and not in_list:
            reasons[i] = "subheading"
            heads.add(_norm(NUMBERED_SUBHEADING.fullmatch(s)[2]))
    if not heads:
        return
    for i in kept:
        if reasons[i] is None and len(lines[i]) <= 150 and _norm(lines[i]) in heads:
            reasons[i] = "subheading"


def heading_key(text: str) -> str:
    """How a page heading and a body line are compared: whitespace collapsed, case folded."""
    return " ".join(text.split()).casefold()


def _mark_crossheads(lines: list[str], reasons: list[str | None], headings: frozenset[str]) -> None:
    """Crossheads inside the body: headings of a report's sections, not sentences of it.

    Left in, a crosshead such as "Polisi membantah" reads as a claim whose content is the paragraph
    before it, and "Korban Dievakuasi" becomes a summary line. A line the HTML page marked as a
    heading goes when a kept line precedes it and it is short and no full-stop sentence (a deck
    that opens the body stays). In plain text, where the markup is lost, a line goes when it looks
    like one (``_plain_crosshead``) between a paragraph that ends a sentence and a paragraph of prose.
    The first kept line is never a crosshead (it is the lede, or a title the caller did not know).
    """
    kept = [i for i, r in enumerate(reasons) if r is None]
    for pos in range(1, len(kept)):
        i = kept[pos]
        s = lines[i].strip()
        if headings and heading_key(s) in headings:
            if len(s.split()) <= CROSSHEAD_MAX_WORDS and not s.endswith("."):
                reasons[i] = "subheading"
            continue
        if pos + 1 >= len(kept):
            continue
        prev, nxt = lines[kept[pos - 1]].strip(), lines[kept[pos + 1]]
        if _ends_sentence(prev) and _is_prose(nxt) and _plain_crosshead(s):
            reasons[i] = "subheading"


_CLOSERS = "\"”’')»"


def _ends_sentence(line: str) -> bool:
    """The paragraph ends with a sentence's final stop, possibly inside closing quotes or brackets
    (``... amunisi.”``); a colon that opens a list does not count."""
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?")


def _plain_crosshead(s: str) -> bool:
    """``s`` reads as a crosshead: two words or more up to ``CROSSHEAD_MAX_WORDS`` (up to
    ``CROSSHEAD_SENTENCE_CASE_MAX_WORDS`` unless in title case), a capital first letter, no final
    punctuation or comma, none of ``CROSSHEAD_BAD_CHARS`` (formulas, lists, quotations, brackets),
    not opened by a lead-in word (``Berikut bunyi pasal ...`` is the writer's sentence)."""
    words = s.split()
    if not 2 <= len(words) <= CROSSHEAD_MAX_WORDS or not s[0].isupper() or not s[0].isalpha():
        return False
    if s[-1] in SENTENCE_END or s[-1] in ",-–—…" or any(c in CROSSHEAD_BAD_CHARS for c in s):
        return False
    if words[0].casefold() in CROSSHEAD_LEAD_INS:
        return False
    return len(words) <= CROSSHEAD_SENTENCE_CASE_MAX_WORDS or _title_case(words)


def _title_case(words: list[str]) -> bool:
    """Most longer words capitalised, as in a headline (``Nilai Tunggakan Capai Triliunan``)."""
    long = [w.strip("'‘’&") for w in words]
    long = [w for w in long if len(w) >= 4 and w[:1].isalpha()]
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.75 * len(long)


def _is_prose(line: str) -> bool:
    s = line.strip()
    return len(s) >= 60 and s[-1] in SENTENCE_END and NUMBERED_SUBHEADING.fullmatch(s) is None
