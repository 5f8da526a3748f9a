"""Quantities in Indonesian news text: numbers with unit, modifier, counted noun and speaker.

One regex pass per sentence finds candidate numbers (digits, number words, vague plurals such as
``ratusan``) with an optional currency before and scale/unit after. Python then checks each
candidate's surroundings, because most errors in news numbers are not in the number itself but in
what it is: a date, a clock time, a law article, a weapon model or a list label. Those are dropped
(the dossier must not report ``Pasal 27`` as a figure); durations are left to the time extractor.
Neighbouring candidates joined by ``-``/``hingga``/``antara … dan`` become ranges.

See :mod:`kliping.extract.numbers` for the rule that decides ``1,000`` versus ``4,8``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kliping.extract.numbers import clean_float, english_style, parse_digits, parse_words
from kliping.lang.id import calendar, figure_cues
from kliping.lang.id import numbers as W
from kliping.lang.id.cues import SPEECH_FORMS
from kliping.model import Document, Mention, Quantity, Quote, TimeExpr
from kliping.text.patterns import any_of

__all__ = ["AS_OF_WINDOW_DAYS", "extract_quantities"]

# How far before publication a date in the sentence can be the date a figure was stated at.
AS_OF_WINDOW_DAYS = 7


_WORD_START = list(W.UNIT_WORDS) + list(W.WHOLE_WORDS) + list(W.SE_SCALE_WORDS) + list(W.SE_FRACTIONS)
_WORD_ANY = (
    _WORD_START + list(W.SMALL_MULTIPLIERS) + [W.TEEN_WORD] + list(W.SCALE_WORDS) + list(W.PER_FRACTIONS)
)
_SP = r"[ \u00a0]"
# A currency code does not start inside a word, but ``Rp`` (capital R, small p) glued to a lower-case
# word is a lost space of flattened copy (``paling banyakRp 400.000.000``), not a word.
_CUR = r"(?:(?<![A-Za-z])" + any_of(W.CURRENCY_PREFIXES) + r"|(?<=[a-z])Rp\.?)"
_DIG = r"(?<![\d.,])\d+(?:[.,/]\d+)*"
_WRD = rf"(?<![\w-]){any_of(_WORD_START, 'i')}(?:{_SP}+{any_of(_WORD_ANY, 'i')})*(?![\w-])"
_PLU = rf"(?<![\w-]){any_of(W.PLURAL_WORDS, 'i')}(?![\w-])"
# A word ends at a non-word character, or where the label of the next list item is glued on when a
# flattened list loses its line breaks (``Rp 37,25 miliar2. Badan ...``).
_GLUED_LABEL = r"\d{1,2}\.(?:\s|$)"
_WORD_END = rf"(?:(?![\w])|(?={_GLUED_LABEL}))"
_SCALE = rf"(?:{_SP}?{any_of(W.SCALE_WORDS, 'i')}(?:an)?{_WORD_END}|{_SP}?{any_of(W.CURRENCY_ONLY_SCALES)}(?![\w]))"
_UNIT = (
    rf"(?:{any_of(W.CURRENCY_WORDS, 'i')}{_WORD_END}"
    rf"|{any_of([u for u in W.UNIT_WORDS_MAP if u != '%'] + list(W.SCALED_UNITS), 'i')}"
    rf"(?:nya)?(?![\w])"  # ``70 persennya``: its share
    rf"|{any_of(W.SHORT_UNITS)}(?![\w]))"
)
# ``Rp 1.549, 22 miliar``: after a currency, a decimal comma with a stray space, 1-2 decimals and a scale.
_BROKEN_DECIMAL = rf"(?(cur)(?P<brk>,{_SP}\d{{1,2}}(?={_SCALE}))?)"
_CANDIDATE_BODY = (
    rf"(?:(?P<cur>{_CUR}){_SP}?)?(?:(?P<dig>{_DIG}){_BROKEN_DECIMAL}(?P<an>-an(?![\w-]))?"
    rf"|(?P<plu>{_PLU})|(?P<wrd>{_WRD}))"
    rf"(?P<sc>{_SCALE}{{0,2}})(?:(?P<pct>{_SP}?%)|(?:{_SP}+|-)(?P<unit>{_UNIT}))?"
)
# Where a candidate can start: a currency's first character, a digit, or the first letter of a
# number word at a word's start. Only a quick test before the full pattern, which ``re`` otherwise
# tries at every character of the article (a twentieth of the extract stage on detik-dev); it
# finds the same matches, as every match starts so (``tests/test_quantities_candidates.py``).
_CANDIDATE_STARTS = (
    "(?=[\\d" + re.escape("".join(sorted({c[0] for c in W.CURRENCY_PREFIXES} | {"R"})))
    + "]|(?<![\\w-])(?i:[" + re.escape("".join(sorted({w[0] for w in (*W.PLURAL_WORDS, *_WORD_START)}))) + "]))"
)
_CANDIDATE = re.compile(_CANDIDATE_STARTS + _CANDIDATE_BODY)
# The same without the broken-decimal branch: re-read a match whose ``, 22 miliar`` is a list item.
_CANDIDATE_PLAIN = re.compile(_CANDIDATE.pattern.replace(_BROKEN_DECIMAL, ""))
_SCALE_RE = re.compile(_SCALE)
_GLUED_LABEL_AT = re.compile(_GLUED_LABEL)
_UNIT_LOOKUP = {**{k: v for k, v in W.UNIT_WORDS_MAP.items()}, **W.SHORT_UNITS}
_CUR_WORDS = {re.sub(r"\s+", " ", k): v for k, v in W.CURRENCY_WORDS.items()}

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|co\.id|go\.id|id|net|org|io|tv)(?:/\S*)?", re.I)
_PHONE = re.compile(
    r"(?<![\d.,])(?:(?:62|0)\d{2,4}[-\s.]?\d{3,4}[-\s.]?\d{3,5}|\+\d{1,3}(?:[-\s]?\(?\d{1,5}\)?){2,5})(?![\d])"
)
_CUR_AT = re.compile(_CUR)
_CURWORD_AT = re.compile(rf"{any_of(W.CURRENCY_WORDS, 'i')}(?![\w])")
_ENUM_START = re.compile(r"^\W*\w+\s*[,:.]")
_LIST_START = re.compile(r"^\(?\d{1,2}[.)](?=\s|$)")
_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}$")
_PLATE = re.compile(r"[A-Z]{1,2}$")
_PLATE_AFTER = re.compile(r"\s[A-Z]{1,3}\b")
_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-z][\w]*(?:-[A-Za-z]\w*)*)")
_RATE = re.compile(rf"(?:/|{_SP}+per{_SP}+)({_CUR}|[A-Za-z][\w]*)")
_RATE_BASIS = re.compile(rf"{_SP}+per{_SP}+(\d+(?:[.,]\d+)?{_SP}*{_UNIT})")
_SE_RATE = re.compile(rf"{_SP}+({any_of(W.SE_RATE_WORDS, 'i')})(?![\w])")
# A rate after a dash aside (``67,25 dollar AS—setara Rp 827.000—per barel``): the aside restates the amount, the
# rate after it is the amount's own. Short, one aside only, and the word after ``per`` a unit (read in ``_tail``).
_ASIDE_RATE = re.compile(
    rf"{_SP}*[—–]{_SP}*[^—–\n]{{1,60}}?{_SP}*[—–]{_SP}*per{_SP}+({any_of(W.UNIT_WORDS_MAP, 'i')})(?![\w])")
_POST_MOD = re.compile(
    rf"(?:{_SP}+({any_of([w for w in W.POST_MODIFIERS if w != 'an'], 'i')})(?![\w-])"
    rf"(?!{_SP}+{any_of(W.COMPARATIVES, 'i')}(?![\w-]))|-(an)(?![\w-]))"
)
_PRE_MOD = re.compile(
    rf"(?:^|(?<=[\s(\"“]))({any_of(W.PRE_MODIFIERS, 'i')})(?:{_SP}+{any_of(W.PRE_MODIFIER_GAP, 'i')})?{_SP}*$"
)
_SUBUNIT = re.compile(rf"{_SP}+({any_of(W.SUBUNITS, 'i')})(?![\w-])")
_YEAR = re.compile(r"^\d{4}$")
_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_RANGE_JOIN = re.compile(rf"^(({_SP}+[A-Za-z]+)?{_SP}*)({any_of(W.RANGE_JOINERS, 'i')}|dan){_SP}*$")
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:dan|atau)?|dan\s+atau|dan/atau|dan|atau|serta|-|–|hingga|sampai)\s*$")
_RANGE_OPEN = re.compile(rf"(?:^|(?<=\s))({any_of(W.RANGE_OPENERS, 'i')}){_SP}+$")
_NAME = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|van|von|de|da|al|el))*"
_SPEAKER_AFTER = re.compile(rf"\b(?i:{any_of(W.SPEAKER_CUES_BEFORE_NAME)})\s+(?P<name>{_NAME})")
_SPEAKER_BEFORE = re.compile(rf"(?P<name>{_NAME})\s*,?\s+(?:{any_of(W.SPEAKER_CUES_AFTER_NAME)})\b")
_ME_VERB = re.compile(r"^(?:mem|men|meng|meny|me[lrwy])[a-z]{2,}$")
_DI_VERB = re.compile(r"^di[a-z]{4,}$")
_PREV_TOKEN = re.compile(r"(\S+)\s+$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+(?:s|-[A-Z0-9]+)?$")
_GLUED = re.compile(r"[\w]+")
_TOKEN = re.compile(r"\S+")
_REDUP = re.compile(r"^(\w+)-\1$", re.I)


@dataclass
class _Cand:
    """A candidate number before range merging; ``drop`` says why it is not a quantity."""

    start: int
    end: int
    value: float
    cur: str | None
    unit: str | None
    scaled: bool
    modifier: str = "exact"
    value_max: float | None = None
    drop: str | None = None  # "time" drops a range partner too; other reasons only this one
    scale: float = 1.0  # product of the scale words (``juta`` = 1e6)
    digits: str = ""  # the digit string as written, empty for words
    rate: str | None = None  # the rate a unit carries in itself (``Mtpa``: ``per tahun``, ``W.SCALED_UNITS``)

    @property
    def bare(self) -> bool:
        """No currency, unit or scale: only context can say what the number is."""
        return not self.cur and not self.unit and not self.scaled


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w.]+)[\s(]*$", text[max(0, pos - 30):pos])
    return m.group(1).lower().rstrip(".") if m else ""


# Where flattened copy lost a space, the word before a number is glued to the one before it
# (``187junctoPasal 53``, ``bunyiPasal 2``): its last part starts at a lower-to-upper case change.
_CAMEL_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_REF_AFTER = re.compile(
    rf"{_SP}+(?:(?i:{any_of(W.REFERENCE_AFTER)})(?![\w-])"
    rf"|(?i:{any_of(W.REFERENCE_SUBDIVISIONS)}){_SP}*(?:\(\w{{1,3}}\)|\d{{1,3}}(?!\w)|[a-z](?![\w-])))"
)
_CODE_SLASH = re.compile(r"/[A-Z]")


def _glued_prev_word(text: str, pos: int) -> str:
    """The last part of the word before ``pos`` after a glued case change (``junctoPasal`` -> ``pasal``)."""
    m = re.search(r"(\S+?)[\s(]*$", text[max(0, pos - 30):pos])
    if not m:
        return ""
    return _CAMEL_SPLIT.split(m.group(1))[-1].lower().rstrip(".")


def _is_reference(c: _Cand, text: str, prev: str) -> bool:
    """Whether a bare number is a law article, page or other reference, not an amount.

    Before it: a reference word (``Pasal 27``, ``halaman 2``), also glued to the word before
    (``junctoPasal 53``); a grouped count after a loose one stays a count (``tahap 12.508 SPPG``).
    After it: a code of law (``311 KUHP``) or a subdivision with its label (``27 ayat (3)``, ``45 huruf
    a``); ``terdiri atas 27 ayat`` without a label is a count.
    """
    for word in (prev, _glued_prev_word(text, c.start)):
        if word in W.REFERENCE_WORDS and not (_GROUPED.match(c.digits) and word not in W.STRICT_REFERENCE_WORDS):
            return True
    return bool(_REF_AFTER.match(text, c.end))


def _masked(text: str) -> list[tuple[int, int]]:
    """Spans where no number is a quantity: URLs, phone numbers, a list label opening the line."""
    spans = [m.span() for m in _PHONE.finditer(text)]
    if "." in text or "/" in text:
        spans += [m.span() for m in _URL.finditer(text)]
    m = _LIST_START.match(text)
    if m and (m.end() >= len(text) or text[m.end():].lstrip()[:1].isupper()):
        spans.append(m.span())
    return spans


# Words after a number that make it a share of a whole (``50 ribu di antaranya``, ``10 juta lainnya``): a
# count of its own, so a comma before it ends the previous figure.
_SHARE_AFTER = re.compile(r"[ \u00a0]+(?:lainnya|sisanya|di[ \u00a0]+antaranya)(?![\w-])", re.I)
# A round thousands figure (``150.000``, ``5.000``) is a whole price, not the front of a decimal amount.
_ROUND_THOUSANDS = re.compile(r"\d\.000$")


def _broken_decimal_holds(m: re.Match, text: str) -> bool:
    """Whether ``Rp 1.549, 22 miliar`` really is one amount with a stray space after its decimal comma.

    Not when the comma rather ends a price and a new figure starts: the integer part is a round
    thousands figure (``Rp 150.000, 50 ribu``), the scale carries a unit other than a currency
    (``Rp 2.000, 30 juta liter``), the next number is a share (``lainnya``, ``di antaranya``,
    ``sisanya``) or counts a noun (``Rp 1.500, 20 ribu orang``).
    """
    if _ROUND_THOUSANDS.search(m.group("dig")):
        return False
    unit = m.group("unit")
    if unit:
        return unit.lower() in W.CURRENCY_WORDS
    if _SHARE_AFTER.match(text, m.end()):
        return False
    nxt = _WORD_AFTER.match(text, m.end())
    return not (nxt and _is_noun(nxt.group(1)))


def _candidates(text: str):
    """``_CANDIDATE`` matches left to right, with a broken decimal (``Rp 1.549, 22 miliar``) read as
    one number only when ``_broken_decimal_holds``; otherwise the match is re-read without it."""
    pos = 0
    while (m := _CANDIDATE.search(text, pos)) is not None:
        if m.group("brk") and not _broken_decimal_holds(m, text):
            m = _CANDIDATE_PLAIN.match(text, m.start())
        yield m
        pos = m.end()


def _read(m: re.Match, text: str, english: bool) -> _Cand | None:
    """Value, unit and exclusion of one regex candidate."""
    start, end = m.start(), m.end()
    cur = W.CURRENCY_PREFIXES.get(m.group("cur").strip()) if m.group("cur") else None
    num_start = m.start("dig") if m.group("dig") else m.start("plu") if m.group("plu") else m.start("wrd")
    num_end = m.end("dig") if m.group("dig") else m.end("plu") if m.group("plu") else m.end("wrd")
    sc_text, unit_text = m.group("sc") or "", m.group("unit")
    modifier, value_max, drop, rate = "exact", None, None, None
    if m.group("dig"):
        dig = m.group("dig")
        if m.re is _CANDIDATE and m.group("brk"):  # ``Rp 1.549, 22 miliar``: a decimal comma with a stray space after it
            dig, num_end = dig + "," + m.group("brk")[1:].strip(" \u00a0"), m.end("brk")
        if "/" in dig:
            parts = dig.split("/")
            if len(parts) == 2 and all(p.isdigit() for p in parts) and 0 < int(parts[0]) < int(parts[1]) <= 10:
                value = int(parts[0]) / int(parts[1])
            else:  # dates 12/9/2023, law numbers 11/2020, (20/10)
                return _Cand(start, end, 0, cur, None, False, drop="time")
        else:
            if _CLOCK.match(dig) and not cur and not unit_text and not sc_text and not m.group("pct"):
                hh, mm = re.split(r"[.:]", dig)
                if int(hh) < 24 and int(mm) < 60:
                    return _Cand(start, end, 0, cur, None, False, drop="time")
            eng = (english or (cur is not None and "$" in (m.group("cur") or ""))) and not sc_text.strip()
            parsed = parse_digits(dig, eng)
            if parsed is None:
                return _Cand(start, end, 0, cur, None, False, drop="malformed")
            value = parsed
            if m.group("an"):
                modifier = "about"  # 60-an dollar AS: sixty-odd
                num_end = m.end("an")
    elif m.group("plu"):
        value, modifier, value_max = W.PLURAL_WORDS[m.group("plu").lower()]
    else:
        words = re.split(r"[ \u00a0]+", m.group("wrd"))
        value, used = parse_words([w.lower() for w in words])
        if used == 0:
            return None
        if used < len(words):  # the rest of the words is not part of this number
            num_end = num_start + len(" ".join(words[:used]))
            sc_text, unit_text, end = "", None, num_end
        if words[0][:1].isupper() and text[:num_start].strip(" \"“'‘(") and used == 1:
            return None  # ``bertolak ke Lima, Peru``: a capitalised number word mid-sentence is a name
        if num_start <= 1 and used == 1 and _ENUM_START.match(text) and _ENUM_START.match(text).end() <= num_end + 2:
            return None  # ``Dua, ...``: a point in a list, like ``Kedua, ...``
        if words[0].lower() == "satu" and used == 1:
            before = _prev_word(text, num_start)
            after = text[num_end:num_end + 12].lower()
            nxt = after.split()[0].rstrip(".,;:!?\"”'’)") if after.split() else ""
            if before in W.SATU_BEFORE or nxt in W.SATU_AFTER or after.startswith("-"):
                return None
    glued_end = None
    if not sc_text and not unit_text and not m.group("pct") and not m.group("plu"):
        glued = _glued_scale(text, num_end)
        if glued:  # ``17 ribugitukan``: the scale word with speech particles glued on
            sc_text, glued_end = text[num_end:glued[0]], glued[1]
    # scales
    scaled, scale = False, 1.0
    if sc_text:
        pos = num_end
        for sm in _SCALE_RE.finditer(sc_text):
            tok = sm.group().strip()
            if tok in W.CURRENCY_ONLY_SCALES:
                if not cur:
                    break
                scale *= W.CURRENCY_ONLY_SCALES[tok]
            else:
                low = tok.lower()
                if low not in W.SCALE_WORDS:  # ``2,9 triliunan``: about 2.9 trillion
                    low, modifier = low[:-2], "about"
                scale *= W.SCALE_WORDS[low]
            pos = num_end + sm.end()
            scaled = True
        if pos != num_end + len(sc_text):  # an untrusted M/T: cut it and what follows
            end, unit_text = pos, None
        elif glued_end is not None:
            end = glued_end
    if _restates_scale(value, scale, bool(m.group("dig"))):
        scale = 1.0
    value *= scale
    if value_max is not None:
        value_max *= scale
    unit = None
    if m.group("pct") and end == m.end():
        unit = "%"
    elif unit_text and end == m.end():
        key = re.sub(r"\s+", " ", unit_text)
        if key.lower() in _CUR_WORDS:
            unit = cur or _CUR_WORDS[key.lower()]
            cur = unit
        else:
            if key.lower().endswith("nya") and key.lower() not in _UNIT_LOOKUP:
                key = key[:-3]
            unit = _UNIT_LOOKUP.get(key) or _UNIT_LOOKUP.get(key.lower())
            if unit is None and key.lower() in W.SCALED_UNITS:  # ``40,9 MMBOE``: 40,9 million boe
                unit, unit_scale, rate = W.SCALED_UNITS[key.lower()]
                value, scale, scaled = value * unit_scale, scale * unit_scale, True
                value_max = None if value_max is None else value_max * unit_scale
    if cur and not unit:
        unit = cur
    cand = _Cand(start, end, value, cur, unit, scaled, modifier, value_max, drop, scale, m.group("dig") or "", rate)
    _check(cand, m, text, num_start, num_end)
    neg = _NEGATIVE_BEFORE.search(text, max(0, start - 8), start)
    if neg is not None and neg.group()[0] in "-\u2212" and text[:neg.start()].rstrip(" \u00a0")[-1:].isdigit():
        neg = None  # ``Rp 45 -50 juta``: the joint of a range with a stray space, not a sign
    if neg is not None and cand.drop is None:
        # ``minus Rp 1.896 per liter``, ``inflasi -0,5 persen``: a value below zero. Read as +1.896
        # it made a fall a rise and two reports of one figure a discrepancy.
        cand.start, cand.value = neg.start(), -cand.value
        cand.value_max = None if cand.value_max is None else -cand.value_max
    if unit_text and unit_text.lower().endswith("nya") and unit_text[:-3].lower() in W.BODY_PARTS:
        cand.drop = "idiom"  # ``dua kakinya``: his feet, not two feet of length
    return cand


# A sign written before a number: the word ``minus`` or a minus/hyphen glued to it (``-0,5``) that
# is not the joint of a range (``10-12``), a code (``Covid-19``) or a list dash (``- 5 orang``).
_NEGATIVE_BEFORE = re.compile(r"(?:(?<![\w-])minus[ \u00a0]+|(?<![\w.,)/-])[-\u2212])$", re.IGNORECASE)
_GLUED_SCALE = re.compile(rf"{_SP}+({any_of(W.SCALE_WORDS, 'i')})([a-z]+)(?![\w-])")


def _particles(rest: str) -> bool:
    """Whether ``rest`` is made entirely of ``GLUED_PARTICLES`` (``gitukan`` = ``gitu`` + ``kan``)."""
    ok = [True] + [False] * len(rest)
    for i in range(1, len(rest) + 1):
        ok[i] = any(ok[i - len(p)] and rest[i - len(p):i] == p for p in W.GLUED_PARTICLES if len(p) <= i)
    return ok[-1]


def _glued_scale(text: str, pos: int) -> tuple[int, int] | None:
    """(end of the scale word, end of the token) when the word after ``pos`` is a scale word with
    speech particles glued on (``ribugitukan``); not ``jutawan`` or ``miliarder``, whose rest is no
    particle."""
    g = _GLUED_SCALE.match(text, pos)
    if g and _particles(g.group(2).lower()):
        return g.end(1), g.end()
    return None


def _restates_scale(value: float, scale: float, digits: bool) -> bool:
    """Whether a scale word after a number written out in full repeats its scale, not multiplies it.

    ``1.320.000.000 miliar`` is 1.32 miliar spelled twice: the digits already reach the scale (at least
    one million and at least the scale, below a thousand of it) and are round to three decimals of it
    (1,32 miliar), as a writer expanding ``1,32 miliar`` writes them. ``2.500 triliun`` (below a million)
    is multiplied, and so is every ``juta`` figure: financial reports write ``Rp 2.500.000 juta`` (in
    millions, 2,5 triliun, a plausible amount), so only miliar/triliun (scale >= 1e9) are restated.
    """
    return (
        digits and scale >= 1e9 and value >= max(1e6, scale) and value < 1000 * scale
        and value % (scale / 1000) == 0
    )


def _check(cand: _Cand, m: re.Match, text: str, num_start: int, num_end: int) -> None:
    """Context checks; a dropped number also covers letters glued to it (``27A``) for list spreading."""
    if cand.bare and cand.digits and 1900 <= cand.value < 2101 and re.match(r"^\d{4}(?:,\d+)?$", cand.digits):
        cand.drop = "time"  # a year (2025), also with a footnote mark glued on (2006,2)
    else:
        _check_context(cand, m, text, num_start, num_end)
    if cand.drop:
        g = _GLUED.match(text, cand.end)
        if g:
            cand.end = g.end()


def _check_context(c: _Cand, m: re.Match, text: str, num_start: int, num_end: int) -> None:
    """Set ``c.drop`` when the surroundings say the number is not a quantity."""
    bare = c.bare
    before = text[max(0, c.start - 3):c.start]
    prev = _prev_word(text, c.start)
    if bare and _is_reference(c, text, prev):
        c.drop = "reference"  # Pasal 27, Pasal 27A, halaman 2, 311 KUHP; but ``tahap 12.508 SPPG`` is a count
        return
    if bare and m.group("dig") and (_CODE_SLASH.match(text, c.end) or re.search(r"[A-Za-z]/$", before)):
        c.drop = "code"  # case and letter numbers: 105/PUU-XXII/2024, B/233/IV/2025
        return
    low_before = text[max(0, c.start - 4):c.start].lower()
    if low_before.endswith(W.ORDINAL_PREFIXES) and (bare or low_before.endswith("ke-")):
        c.drop = "ordinal"
        return
    # glued to letters: model names (T-54, Su-57, G20, COVID-19, Hwasong-11A, 5G)
    if not c.cur and m.group("dig") and (
        before[-1:].isalpha() or (before[-1:] == "-" and before[-2:-1].isalpha())
    ):
        c.drop = "model"
        return
    after = text[c.end:c.end + 2]
    glued_label = (c.scaled or c.cur) and text[c.end - 1:c.end].isalpha() and _GLUED_LABEL_AT.match(text, c.end)
    if (after[:1].isalnum() and not glued_label) or (
        after[:1] == "-" and after[1:2].isalpha() and not text[c.end:].startswith(("-an", "-nya"))
        and not _CUR_AT.match(text, c.end + 1)
    ):
        c.drop = "model"
        return
    if text[c.end:].startswith("-an") and m.group("dig") and bare and 1900 <= c.value <= 2100:
        c.drop = "time"  # 1990-an is a decade
        return
    if bare and (prev in W.MONTHS or (prev == "tahun" and m.group("dig"))):
        c.drop = "time"
        return
    nxt = _WORD_AFTER.match(text, c.end)
    nxt_word = nxt.group(1).lower() if nxt else ""
    if not c.unit and (nxt_word in W.TIME_UNITS or nxt_word in W.MONTHS):
        c.drop = "time"  # a duration or a date: the time extractor's
        return
    if bare and not c.digits and nxt_word.endswith("nya") and nxt_word[:-3] in W.BODY_PARTS:
        c.drop = "idiom"  # dua betisnya: his two calves, no figure
        return
    if bare and nxt_word in W.TIME_ZONES:
        c.drop = "time"
        return
    if nxt and nxt.group(1) in W.ERA_MARKERS and not c.cur:
        c.drop = "time"  # 1446 H, 2025 M
        return
    if bare and _is_name_slot(text, c.start, c.end):
        c.drop = "name"  # SMP Negeri 1 Cisarua, Jl Kenanga No F 6 Palmerah
        return
    if c.unit and not c.cur and c.unit not in _SHARE_UNITS and prev in W.RATE_BASIS_BEFORE:
        c.drop = "rate"  # per 100 gram: the basis of a rate (read into the amount before it by ``_tail``)
        return
    if _names_product(c, text):
        c.drop = "product"  # LPG 3 kg: the product, not a weight (no list spreading: ``LPG 3 kg dan 200 tabung``)
        return
    if bare and text[max(0, c.start - 1):c.start] == "(" and text[c.end:c.end + 1] == ")" and (
        c.digits.isdigit() or not c.digits
    ):
        c.drop = "reference"  # (34) an age after a name, (3) an enumeration; (3,46) is a score
        return
    if bare and m.group("dig") and _PLATE.search(text[max(0, c.start - 3):c.start].strip()) \
            and text[max(0, c.start - 4):c.start - 1].strip().isupper() and _PLATE_AFTER.match(text, c.end):
        c.drop = "reference"  # licence plate B 1234 ABC
        return


_SHARE_UNITS = frozenset(("%", "pp", "bp", "ratio"))
_WORDS_BEFORE = re.compile(r"([\w-]+)\s+([\w-]+)\s+$|([\w-]+)\s+$")


def _names_product(c: _Cand, text: str) -> bool:
    """``LPG 3 kg``, ``tabung gas 12 kg``, ``elpiji ukuran 5,5 kg``: a small weight right after a product
    word (``SIZE_NAMED_PRODUCTS``, one ``SIZE_NAME_GAP`` word allowed between) is the name of the product,
    the subsidised gas cylinder, not a weight anybody reports. A scaled amount (``LPG 6,9 juta ton``) or a
    weight after anything else (``beras 5 kg``) is an amount."""
    if c.unit not in W.PRODUCT_SIZE_UNITS or c.scaled or c.cur or c.value > W.PRODUCT_SIZE_MAX:
        return False
    m = _WORDS_BEFORE.search(text, max(0, c.start - 40), c.start)
    if not m:
        return False
    prev2, prev = (m.group(1), m.group(2)) if m.group(2) else (None, m.group(3))
    if prev.lower() in W.SIZE_NAME_GAP and prev2:
        prev = prev2
    return prev.lower() in W.SIZE_NAMED_PRODUCTS


def _drop_enumerations(cands: list[_Cand], text: str) -> None:
    """``stimulus 1, 2, 3`` or ``desil 1, 2, 3, dan 4``: bare 1, 2, 3... in a list are labels."""
    i = 0
    while i < len(cands):
        j = i
        while (
            j < len(cands) and cands[j].bare and cands[j].drop is None and cands[j].digits.isdigit()
            and cands[j].value == j - i + 1
            and (j == i or _LIST_JOIN.match(text[cands[j - 1].end:cands[j].start]))
        ):
            j += 1
        if j - i >= 3:
            for c in cands[i:j]:
                c.drop = "label"
        i = max(j, i + 1)


def _spread_references_back(cands: list[_Cand], text: str) -> None:
    """``ada 310, 311 KUHP``: a list of bare numbers whose last one is an article is a list of
    articles (the forward direction, ``Pasal 310 dan 311``, is spread by ``_merge_ranges``)."""
    for i in range(len(cands) - 1, 0, -1):
        a, b = cands[i - 1], cands[i]
        if b.drop == "reference" and a.drop is None and a.bare and a.digits.isdigit() \
                and _LIST_JOIN.match(text[a.end:b.start]):
            a.drop = "reference"


def _merge_ranges(cands: list[_Cand], text: str) -> list[_Cand]:
    """Join ``5-7 ton``, ``5 hingga 7 juta``, ``antara 5 dan 7`` into one range candidate.

    Also spreads a drop along a list: in ``Pasal 27, 32, dan 35`` or ``tanggal 23 atau 24`` the
    later bare numbers are references/dates like the first.
    """
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        between = text[a.end:b.start] if b else ""
        if b and a.drop in ("time", "reference", "name", "ordinal") and b.bare and _LIST_JOIN.match(between) \
                and not (a.drop == "time" and _YEAR.match(a.digits) and not _YEAR.match(b.digits)):
            b.drop = a.drop  # Pasal 27, 32 dan 35; menit ke-66 dan 69; not ``pada 2025, 55 pembangkit``
        j = _RANGE_JOIN.match(between) if b else None
        opener = _RANGE_OPEN.search(text, max(0, a.start - 25), a.start) if j else None
        if j and j.group(2) and b:  # ``5 orang hingga 7 orang``: the word must repeat after b
            w = _WORD_AFTER.match(text, b.end)
            if not w or w.group(1).lower() != j.group(2).strip().lower():
                j = None
        if b and j:
            joiner = j.group(3).lower()
            if joiner == "dan" and not (opener and opener.group(1).lower().startswith(W.AND_RANGE_OPENERS)):
                j = None
        if b and j and a.modifier == "exact" and b.modifier == "exact":
            hyphen = j.group(3) in "-–—"
            if a.drop == "time" or b.drop == "time":
                a.drop = b.drop = "time"  # 1-3 Maret, 2020-2025, 5 hingga 7 tahun
                out += [a, b]
                i += 2
                continue
            if a.drop is None and b.drop is None:
                if a.bare and b.bare and _is_name_slot(text, a.start, b.end):
                    a.drop = b.drop = "name"  # Jl Kenanga No F 6-7 Palmerah
                    out += [a, b]
                    i += 2
                    continue
                if hyphen and a.bare and b.bare and between == "-" and b.digits.isdigit() and (
                    len(b.digits) >= 4 and len(b.digits) - len(a.digits) >= 2
                ):
                    a.drop = b.drop = "code"  # SPBU 34-10401
                    out += [a, b]
                    i += 2
                    continue
                lo = a.value
                if not a.scaled and b.scaled and a.value * b.scale < b.value:
                    lo *= b.scale  # Rp 200-400 ribu, 5 hingga 7 juta
                if (a.unit and b.unit and a.unit != b.unit) or lo >= b.value:
                    if hyphen and a.bare and b.bare:
                        a.drop = b.drop = "score"  # 2-1
                    out += [a, b]
                    i += 2
                    continue
                start = opener.start(1) if opener else a.start
                out.append(_Cand(start, b.end, lo, a.cur or b.cur, b.unit or a.unit, True, "range", b.value))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _is_name_slot(text: str, start: int, end: int) -> bool:
    """A bare number between two capitalised words (not sentence-initial) is part of a name."""
    nxt = _WORD_AFTER.match(text, end)
    if not (nxt and nxt.start(1) == end + 1 and nxt.group(1)[:1].isupper()):
        return False
    pw = _PREV_TOKEN.search(text, max(0, start - 40), start)
    return bool(pw and pw.group(1)[:1].isupper() and pw.start(1) > 0)


def _lemma(word: str) -> str:
    """Counted-noun lemma: ``butir-butir`` -> ``butir``, ``karyawannya`` -> ``karyawan``, ``SPBU``."""
    m = _REDUP.match(word)
    if m and word.lower() not in W.LEXICAL_REDUPLICATION:
        word = m.group(1)
    if _ACRONYM.match(word):
        return word  # acronym: SPBU, KPM
    word = word.lower()
    roots = _root_words()
    for particle in W.NOUN_PARTICLES:  # 30 oranglah -> orang; but sekolah is a word of its own
        stem = word[: -len(particle)]
        if (word.endswith(particle) and word not in roots and not word.startswith(W.VERB_PREFIXES)
                and (stem in roots or (stem.endswith("nya") and stem[:-3] in roots))):
            word = stem  # rumahnyalah -> rumahnya (then -nya below); menikah is a verb, not meni+kah
            break
    if word.endswith("nya") and len(word) > 6:
        word = word[:-3]
    return word


@lru_cache(maxsize=1)
def _root_words() -> frozenset[str]:
    """Indonesian root words (Sastrawi's dictionary, a declared dependency), to tell a particle
    (``-lah``, ``-pun``, ``-kah``) from the end of a word (``sekolah``). Without the dictionary no
    particle is stripped."""
    try:
        from kliping.ingest.glue import _stemmer  # one load of the dictionary for both

        return _stemmer()[1]
    except Exception:  # the package is a declared dependency; this only guards odd installs
        return frozenset()


def _is_noun(word: str) -> bool:
    """Whether ``word`` after a number can be the counted thing (not a verb, name or function word)."""
    if word[:1].isupper() and not _ACRONYM.match(word):
        return False  # a capitalised word here starts a name: SMP Negeri 2 Bogor
    low = word.lower()
    bare = low[:-3] if low.endswith("nya") and len(low) > 6 else low  # semuanya, seharusnya
    if low in W.NOUN_STOPWORDS or bare in W.NOUN_STOPWORDS or low in W.PLURAL_WORDS or low in W.SCALE_WORDS:
        return False
    if low == W.KILO_WORD:
        return False  # a unit of unknown kind (kilogram or kilometre), not a thing counted
    if _ME_VERB.match(low) and low not in W.ME_NOUNS:
        return False
    if _DI_VERB.match(low) and low not in W.DI_NOUNS:
        return False
    return not _derived_non_noun(bare)


def _derived_non_noun(word: str) -> bool:
    """A verb or adverb made of a prefix and a root (``berhasil``, ``beredar``, ``terdiri``, ``secara``,
    ``sepanjang``): not a root word itself (``berkas``, ``beras``, ``sepeda`` are) and not a noun of the
    courts (``tersangka``). Without the root dictionary nothing is refused here."""
    roots = _root_words()
    if word in roots or word in W.TER_NOUNS:
        return False
    return any(word.startswith(p) and word[len(p):] in roots for p in W.NON_NOUN_PREFIXES)


def _tail(c: _Cand, text: str) -> str | None:
    """Extend ``c`` over post modifier, rate and counted noun; return the noun."""
    pm = _POST_MOD.match(text, c.end)
    post = W.POST_MODIFIERS[(pm.group(1) or pm.group(2)).lower()] if pm else None
    # ``sekitar Rp 100 triliun lebih``: the ``lebih`` after says more than, whatever the hedge before it
    if pm and (c.modifier == "exact" or (c.modifier == "about" and post == "more_than")):
        c.modifier = post
        c.end = pm.end()
    basis = _RATE_BASIS.match(text, c.end)
    if basis and (c.unit or c.cur):  # Rp 50.000 per 100 gram
        c.end = basis.end()
        den = re.sub(r"\s+", " ", basis.group(1))
        return "per " + (den[2:].lower() if den.startswith("1 ") else den)  # per 1 kg is per kg
    multi = _RATE_MULTIWORD.match(text, c.end) if c.unit or c.cur else None
    if multi:  # ``15 mikrogram per meter kubik``: a unit of two words
        c.end = multi.end()
        return "per " + re.sub(r"\s+", " ", multi.group(1).lower())
    rate = _RATE.match(text, c.end)
    if rate and (c.unit or c.cur):
        den = rate.group(1)
        cw = _CURWORD_AT.match(text, rate.start(1))
        if cw:
            c.end = cw.end()
            return "per " + _CUR_WORDS[re.sub(r"\s+", " ", cw.group().lower())]
        if den in W.CURRENCY_PREFIXES:
            den = W.CURRENCY_PREFIXES[den]
        elif den.lower() in _CUR_WORDS:
            den = _CUR_WORDS[den.lower()]
        elif den.lower() in W.NOUN_STOPWORDS - W.TIME_UNITS:
            den = ""
        if den:
            c.end = rate.end()
            return "per " + (den if den.isupper() else den.lower())
    se = _SE_RATE.match(text, c.end)
    if se and (c.unit or c.cur):
        c.end = se.end()
        return "per " + W.SE_RATE_WORDS[se.group(1).lower()]
    aside = _ASIDE_RATE.match(text, c.end) if c.cur else None
    if aside:  # the quantity's text stays the amount: the aside between holds a figure of its own
        return "per " + re.sub(r"\s+", " ", aside.group(1).lower())
    if c.rate:  # ``5 Mtpa``: the unit says per year itself
        return c.rate
    _kilo(c, text)
    pos = c.end
    for _ in range(2):
        nm = _WORD_AFTER.match(text, pos)
        if not nm:
            return None
        word = nm.group(1)
        if word.lower() in W.CLASSIFIERS or (word.lower() == "lebih" and c.modifier == "more_than"):
            pos = nm.end()
            continue
        if word.lower() in W.NOUN_PREMODIFIERS:  # ``20 ribu internal karyawan``: the noun comes after it
            nxt = _WORD_AFTER.match(text, nm.end())
            if nxt and _is_noun(nxt.group(1)):
                pos = nm.end()
                continue
        if not _is_noun(word):
            return None
        if _foreign_compound(text, nm.end()):
            return None  # ``satu air quality monitoring station``: an English name, no Indonesian noun counted
        c.end = nm.end()
        lemma = _lemma(word)
        second = W.COUNTED_COMPOUNDS.get(lemma)
        nxt = _WORD_AFTER.match(text, c.end) if second else None
        if nxt and nxt.group(1).lower() in second:  # lima kepala keluarga, 80 juta sepeda motor
            c.end = nxt.end()
            return f"{lemma} {nxt.group(1).lower()}"
        return lemma
    return None


_ONE_ITEM = re.compile(rf"{_SP}+(?i:(satu)){_SP}+([a-z][\w]*)(?![\w-])")
_RATE_MULTIWORD = re.compile(
    rf"(?:/|{_SP}+per{_SP}+)({any_of([u for u in W.UNIT_WORDS_MAP if ' ' in u], 'i')})(?![\w])")
_FOREIGN_WORD = re.compile(rf"{_SP}+([a-z]{{3,}})(?![\w-])")
# How many words with no Indonesian root (``_root_words``) must follow a noun to make it the front of an English
# compound (``air quality monitoring station``): one loan word after a noun (``kapal tanker``) is its kind.
# (``satu paket`` after a price: ``_ONE_ITEM``.)
_FOREIGN_RUN = 2


def _foreign_compound(text: str, pos: int) -> bool:
    """The run of English words after a counted noun at ``pos`` (``satu air quality monitoring station``): at
    least ``_FOREIGN_RUN`` lower-case words none of which is an Indonesian root, carries an Indonesian affix
    (``pe-``, ``-an``, ``-nya``: ``karyawan``, ``pelaporan``) or is a function word. The word before is then the
    front of an English name, not the thing counted. False without the root dictionary (nothing can be told)."""
    roots = _root_words()
    if not roots:
        return False
    end, n = pos, 0
    while (m := _FOREIGN_WORD.match(text, end)) is not None:
        w = m.group(1)
        if (w in roots or w in W.NOUN_STOPWORDS or w.startswith(W.VERB_PREFIXES)
                or w.endswith(W.INDONESIAN_SUFFIXES) or _derived_non_noun(w)):
            break
        end, n = m.end(), n + 1
    return n >= _FOREIGN_RUN


def _kilo(c: _Cand, text: str) -> None:
    """``3 kilo emas``: spoken ``kilo`` before a thing sold by weight is a kilogram; ``kilo`` before
    anything else (``3 kilo dari sini``, a distance) is left alone."""
    if not c.bare:
        return
    k = _WORD_AFTER.match(text, c.end)
    if not (k and k.group(1).lower() == W.KILO_WORD):
        return
    nxt = _WORD_AFTER.match(text, k.end())
    if nxt and _lemma(nxt.group(1)) in W.MASS_NOUNS:
        c.unit, c.end = "kg", k.end()


def _subunit(c: _Cand, text: str) -> None:
    """``turun 40 sen``: cents of the currency the sentence names (dollars in oil-price copy)."""
    if not c.bare:
        return
    m = _SUBUNIT.match(text, c.end)
    if not m:
        return
    cur = _CUR_AT.search(text)
    code = W.CURRENCY_PREFIXES.get(cur.group()) if cur else None
    if code is None:
        cw = _CURWORD_AT.search(text)
        code = _CUR_WORDS.get(re.sub(r"\s+", " ", cw.group().lower())) if cw else None
    if code is None:
        return
    c.value *= W.SUBUNITS[m.group(1).lower()]
    c.unit = c.cur = code
    c.end = m.end()


def _pre_modifier(c: _Cand, text: str) -> None:
    pm = _PRE_MOD.search(text, max(0, c.start - 30), c.start)
    if pm:
        mod = W.PRE_MODIFIERS[re.sub(r"\s+", " ", pm.group(1).lower())]
        if c.modifier == "exact":
            c.modifier = mod
        c.start = pm.start(1)


def _restated_modifier(c: _Cand, noun: str | None, before: _Cand, before_noun: str | None, text: str) -> None:
    """An amount right after ``atau`` that restates the one before it in another measure (``maksimal 1 satuan setingkat
    peleton atau 30 personel``, ``sekitar Rp 330 triliun atau US$ 20 miliar``: ``W.RESTATING_OR``, at most
    ``W.RESTATING_GAP`` words of the first one's noun phrase between, no number) takes that one's bound or vagueness
    when it has none of its own: the platoon's 30 soldiers are a maximum too. Another unit or noun only (``2 atau 3
    orang`` is a choice of one measure, left as it is)."""
    if c.modifier != "exact" or before.modifier == "exact" or before.end > c.start:
        return
    gap = text[before.end:c.start].split()
    if not gap or gap[-1].lower() not in W.RESTATING_OR or len(gap) - 1 > W.RESTATING_GAP:
        return
    if any(ch.isdigit() for w in gap for ch in w) or any(w.endswith((",", ";")) for w in gap):
        return
    if c.unit == before.unit and (c.unit is not None or noun in (None, before_noun)):
        return
    c.modifier = before.modifier


def _speakers(text: str, mentions: list[Mention]) -> list[tuple[int, str]]:
    """(position, name) of attributions in a sentence: ``kata X``, ``menurut X``, ``X mengatakan``."""
    found: list[tuple[int, int, int]] = []
    for m in _SPEAKER_AFTER.finditer(text):
        found.append((m.start(), m.start("name"), m.end("name")))
    for m in _SPEAKER_BEFORE.finditer(text):
        found.append((m.end("name"), m.start("name"), m.end("name")))
    out: list[tuple[int, str]] = []
    for pos, s, e in found:
        words = list(_TOKEN.finditer(text, s, e))
        while words and words[0].group().lower().rstrip(".,") in W.SPEAKER_PRONOUNS:
            words.pop(0)
        if not words:
            continue
        s2 = words[0].start()
        name = text[s2:e].rstrip(".,")
        for mn in mentions:
            if mn.type in ("PERSON", "ORG") and mn.start < e and mn.end > s2:
                name = mn.text
                break
        out.append((pos, name))
    return out


def extract_quantities(
    doc: Document,
    times: list[TimeExpr] | None = None,
    quotes: list[Quote] | None = None,
    mentions: list[Mention] | None = None,
) -> list[Quantity]:
    """Every quantity in ``doc`` with value, unit, modifier, noun, speaker and as-of date.

    ``times`` (from the time extractor) removes numbers inside dates and durations and gives
    ``as_of`` (see :func:`_as_of`: the day the sentence says the figure is stated at, else None, as the
    contract says; readers that need a date fall back to the publication date themselves); ``quotes``
    and ``mentions`` give the speaker. All three are optional so the extractor can run alone; without
    ``times`` it still refuses years, dates and durations by their shape.
    """
    english = english_style(doc.text)
    anchor = doc.anchor
    times_by_sent: dict[int, list[TimeExpr]] = {}
    for t in times or []:
        times_by_sent.setdefault(t.sentence, []).append(t)
    mentions_by_sent: dict[int, list[Mention]] = {}
    for mn in mentions or []:
        mentions_by_sent.setdefault(mn.sentence, []).append(mn)
    quote_spans = _quote_spans(doc, quotes or [])
    direct_spans = _quote_spans(doc, [q for q in quotes or [] if q.direct])  # the year carry (``_quoted``)
    out: list[Quantity] = []
    for si, sent in enumerate(doc.sentences):
        text = sent.text
        masked: list[tuple[int, int]] | None = None
        st = times_by_sent.get(si, [])
        cands = []
        for m in _candidates(text):
            c = _read(m, text, english)
            if c is None:
                continue
            if c.drop is None:
                if masked is None:
                    masked = _masked(text)
                if any(a < c.end and b > c.start for a, b in masked):
                    c.drop = "masked"
            if c.drop is None and any(t.start < c.end and t.end > c.start for t in st):
                c.drop = "time"
            cands.append(c)
        _drop_enumerations(cands, text)
        _spread_references_back(cands, text)
        kept = [c for c in _merge_ranges(cands, text) if c.drop is None]
        if not kept:
            continue
        for c in kept:
            _subunit(c, text)
        as_of = _as_of(st, anchor, text)
        carried = None
        if si and (not any(t.type == "DATE" for t in st) if as_of is None else _said_on_only(st, text, kept[-1].end)):
            carried = _carried_year(doc, si, times_by_sent, anchor, kept[0].start, direct_spans)
            if carried:
                as_of = None  # the day the speaker said it is not the period the figures hold for
        dater = _YearDater(_clause_years(st, anchor, text), text) if as_of is None else None
        per_days = _per_days(st, anchor, text)
        per_dater = _YearDater(per_days, text) if per_days else None
        days = _clause_days(st, anchor, text)
        day_dater = _YearDater(days, text) if days else None
        speakers = None
        basis = -1  # where a ``satu`` right after a money amount starts (``Rp 1 miliar satu paket``)
        prev: tuple[_Cand, str | None] | None = None
        for c in kept:
            _pre_modifier(c, text)
            end = c.end
            noun = _tail(c, text)
            if noun and (c.start == basis or (c.bare and not c.digits and 0 < c.value < 1)):
                # the ``satu paket`` of ``Rp 1 miliar satu paket`` (what the price is for), ``setengah harga``, ``dua
                # pertiga wilayah`` (a share of the thing): no count of the thing
                noun, c.end = None, end
            if prev is not None:
                _restated_modifier(c, noun, *prev, text)
            prev = (c, noun)
            one = _ONE_ITEM.match(text, c.end) if c.cur else None
            basis = one.start(1) if one else -1
            if speakers is None:
                speakers = _speakers(text, mentions_by_sent.get(si, []))
            out.append(Quantity(
                text=text[c.start:c.end], value=clean_float(c.value), sentence=si, start=c.start, end=c.end,
                value_max=None if c.value_max is None else clean_float(c.value_max), unit=c.unit,
                modifier=c.modifier, noun=noun,
                speaker_name=_speaker_for(c, sent.start, quote_spans, speakers, text),
                as_of=(per_dater.date(c.start, c.end) if per_dater else None)
                or (day_dater.date(c.start, c.end) if day_dater else None)
                or as_of or (dater.date(c.start, c.end) if dater else None) or carried,
            ))
    return out


_AS_OF_BASE = re.compile(
    rf"(?:^|(?<=\s))(?i:{any_of(W.AS_OF_BASE_CUES)}|dari(?={_SP}+{any_of(W.AS_OF_BASE_AFTER_DARI)}(?![\w-])))"
    # up to three words between, none a date or the end of a range (``sejak Senin (3/3) hingga Selasa``:
    # Tuesday closes the period, it is no base)
    rf"(?:{_SP}+(?!(?i:hingga|sampai|dan)(?![\w-]))[^\s,;.()\d]+){{0,3}}{_SP}*\(?$"
)


def _as_of(times: list[TimeExpr], anchor: dt.date | None, text: str = "") -> str | None:
    """The date a sentence's figures are stated at: its latest day-granular DATE in the week up to
    publication, else None (the text does not say; the publication date is the reader's fallback).

    A figure is valid when it is said, not at every date the sentence names: ``7.000 kontainer sejak
    Agustus`` is a count stated today, and ``pada Jumat (13/10/2023)`` in an article of 15/10 dates
    the statement. Dates more than :data:`AS_OF_WINDOW_DAYS` before publication (or after it) are
    what the sentence talks about, not when, and so is the base of a comparison (``melemah 2,10 dollar
    dibanding penutupan Senin``: Monday is the old value's day) or the start of a count (``sejak
    Senin``).
    """
    if anchor is None:
        return None
    best: dt.date | None = None
    for _t, d in _stated_days(times, text):
        if (anchor - d).days <= AS_OF_WINDOW_DAYS and d <= anchor and (best is None or d > best):
            best = d
    return best.isoformat() if best else None


def _stated_days(times: list[TimeExpr], text: str) -> Iterator[tuple[TimeExpr, dt.date]]:
    """Each day the sentence names (a day-granular DATE) with its date, but the base of a comparison or the start
    of a count (``_AS_OF_BASE``: ``dibanding penutupan Senin``, ``sejak Senin``): the days that may date its
    figures, for :func:`_as_of` (the day they are said) and :func:`_per_days` (the day they hold at)."""
    for t in times:
        if t.type != "DATE" or t.granularity != "day" or not t.value:
            continue
        if text and _AS_OF_BASE.search(text, max(0, t.start - 60), t.start):
            continue
        try:
            d = dt.date.fromisoformat(t.value[:10])
        except ValueError:
            continue
        yield t, d


# ``Selasa (25/11) waktu setempat (Rabu pagi WIB)``: a day in brackets after a zone or closed by one is the same
# moment in another zone, no second day.
_ZONE = rf"(?i:{any_of(calendar.CLOCK_ZONE_WORDS)})"
_LOCAL_TIME_ASIDE = re.compile(rf"(?<![\w-]){_ZONE}{_SP}*\({_SP}*$")
_ZONE_CLOSE = re.compile(rf"{_SP}*{_ZONE}{_SP}*\)")


def _clause_days(times: list[TimeExpr], anchor: dt.date | None, text: str) -> list[tuple[int, int, str]]:
    """(start, end, day) of the days a sentence names in the week up to publication (a day's DATE, or a TIME of a
    known day: ``kemarin pagi``, ``tadi pagi``) when it names two or more of them: each figure then holds at the day
    of its own clause (the caller dates them as by clause years, ``_YearDater``), not all at the latest
    (:func:`_as_of`): ``kemarin pagi pernah mencapai Rp 16.560, hari ini kami stabilkan ke Rp 16.400``, ``naik 2
    dollar pada Rabu, setelah sehari sebelumnya anjlok 3 dollar``. Not the base of a comparison or the start of a
    count (``_AS_OF_BASE``), nor a local time's restatement in another zone (``_LOCAL_TIME_ASIDE``, ``_ZONE_CLOSE``:
    ``Selasa (25/11) waktu setempat (Rabu pagi WIB)``). Empty for one day: :func:`_as_of` dates the sentence."""
    if anchor is None:
        return []
    out = []
    for t in times:
        if t.type not in ("DATE", "TIME") or not t.value or (t.type == "DATE" and t.granularity != "day"):
            continue
        try:
            d = dt.date.fromisoformat(t.value[:10])
        except ValueError:
            continue
        if not 0 <= (anchor - d).days <= AS_OF_WINDOW_DAYS:
            continue
        if _AS_OF_BASE.search(text, max(0, t.start - 60), t.start) or _LOCAL_TIME_ASIDE.search(text, 0, t.start) \
                or (text[:t.start].rstrip().endswith("(") and _ZONE_CLOSE.match(text, t.end)):
            continue
        out.append((t.start, t.end, d.isoformat()))
    return out if len({day for _s, _e, day in out}) > 1 else []


_AS_OF_PER = re.compile(
    rf"(?<![\w-])(?i:{any_of(W.AS_OF_PER_CUES)}){_SP}+(?:(?i:{any_of(W.AS_OF_PER_DAY_WORDS)}){_SP}+)?$")


def _per_days(times: list[TimeExpr], anchor: dt.date | None, text: str) -> list[tuple[int, int, str]]:
    """(start, end, day) of the days the sentence names right after ``per`` (``BGN per tgl 30 September lalu
    adalah 16,9%``, ``utang klaim per 31 Desember 2019 senilai Rp 12,23 triliun``: ``AS_OF_PER_CUES``): the day
    its figures hold at, in their clause (the caller dates each figure by them as by clause years,
    ``_YearDater``: ``Saat itu kurs menembus Rp 16.865, sedangkan per 30 Juni kembali ke Rp 16.235`` dates the
    second only). Not a day after publication, nor the base of a comparison (``dibanding posisi per 30 Juni``)."""
    if anchor is None:
        return []
    return [(t.start, t.end, d.isoformat()) for t, d in _stated_days(times, text)
            if d <= anchor and _AS_OF_PER.search(text, max(0, t.start - 20), t.start)]


_AS_OF_YEAR_START = re.compile(
    rf"(?:^|(?<=\s))(?i:{any_of(W.AS_OF_YEAR_START_CUES)})"
    rf"(?:{_SP}+(?!(?i:hingga|sampai|dan)(?![\w-]))[^\s,;.()\d]+){{0,3}}{_SP}*\(?$"
)
_AS_OF_YEAR_RANGE = re.compile(rf"{_SP}*(?:[-–]|(?i:{any_of(W.AS_OF_YEAR_RANGE_AFTER)})(?![\w-]))")
_YEAR_VALUE = re.compile(r"^\d{4}$")
_NOW = re.compile(rf"(?<![\w-])(?i:{any_of(W.AS_OF_YEAR_NOW)})(?![\w-])")


_HALF_OR_QUARTER = re.compile(r"^(\d{4})-([HQ])([1-4])$")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _period_over(value: str, anchor: dt.date) -> bool:
    """A half or a quarter of a year (TIMEX3 ``2025-H1``, ``2024-Q3``: ``Semester I 2025``, ``kuartal III 2024``)
    that ended before the publication day ``anchor``: a period a reported figure holds for, as a past year is."""
    m = _HALF_OR_QUARTER.match(value)
    if not m or (m.group(2) == "H" and m.group(3) not in "12"):
        return False
    last_month = int(m.group(3)) * (6 if m.group(2) == "H" else 3)
    return (int(m.group(1)), last_month) < (anchor.year, anchor.month)


def _clause_years(times: list[TimeExpr], anchor: dt.date | None, text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of the years a sentence names as the period its figures hold for (``Di tahun
    2024``, ``Sepanjang 2024``, ``pada 2023``; a half or quarter over at publication, ``Semester I 2025``:
    ``_period_over``): only years already over at publication (a plan year or the
    running year is no period a reported value holds for yet), not the start of a span or a base (``sejak
    2021``, ``mulai ... pada 2004``, ``dibanding 2023``, ``2021 hingga 2024``: ``AS_OF_YEAR_START_CUES``,
    ``AS_OF_YEAR_RANGE_AFTER``)."""
    if anchor is None:
        return []
    out = []
    for t in times:
        if t.type != "DATE" or not t.value:
            continue
        if t.granularity == "year" and _YEAR_VALUE.match(t.value):
            if int(t.value) >= anchor.year:
                continue
        elif not _period_over(t.value, anchor) or not _FOUR_DIGITS.search(text, t.start, t.end):
            continue  # a half or quarter whose year the text writes (``Semester I`` alone, of ``I dan II 2024``, is
            # resolved to the running year: which year is meant, the text does not say there)
        if _AS_OF_YEAR_RANGE.match(text, t.end):
            continue
        if _AS_OF_YEAR_START.search(text, max(0, t.start - 60), t.start):
            continue
        out.append((t.start, t.end, t.value))
    return out


# The sentence continues the one before it (``_continues``): it opens with one of these words of addition or detail
# (``Adapun ...``, ``Selain itu ...``, ``Rinciannya ...``), or a word pointing back stands before its first figure
# right after a noun of a figure (``_FIGURE_NOUNS``) or a word the sentence before names (``Total biaya ...
# tersebut`` after ``... biaya ...``; not ``Pria itu`` after ``Budi lahir pada 1980``). Not ``kemudian``/``lalu``/
# ``namun``: the next step or a turn, often of another time. Named for the year carry:
# ``figure_cues.CHANGE_CONTINUATION_OPENERS``/``CHANGE_POINTING_BACK`` serve the stated changes, with other words.
_YEAR_CARRY_OPENERS = frozenset(["adapun", "selain", "rinciannya", "yakni", "yaitu", "termasuk"])
_YEAR_POINTING_BACK = frozenset(["tersebut", "itu", "ini"])
# Nouns of a figure: a pointing word right after one (``Angka tersebut``, ``jumlah ini``) points back at the figures
# of the sentence before, named there or not; after any other noun it must be a word that sentence names, and not
# ``ini`` (``Program ini``: what the writer turns to now).
_FIGURE_NOUNS = frozenset(["angka", "jumlah", "total", "nilai", "besaran", "data", "capaian", "realisasi"])
# ... but not after these: ``maka itu``, ``karena itu``, ``setelah itu`` join a consequence or a next step, often of
# another time.
_NOT_POINTING_AFTER = frozenset(["hal", "maka", "karena", "untuk", "setelah", "sesudah", "sebelum", "usai"])
# A year closing a span (``tahun anggaran 2018-2020``, ``2022 hingga 2024``): the span is the period, its last year
# is no period of the next sentence's figures.
_RANGE_END = re.compile(rf"\d{{4}}{_SP}*(?:[-–]|(?i:hingga|sampai|s\.d\.|s/d)){_SP}*$")
_PRESENT_WORDS = frozenset(["kini", "sekarang"])
_PRESENT_PHRASE = re.compile(r"(?<![\w-])(?i:kali\s+ini)(?![\w-])")
# A sentence of a plan, forecast or target (``akan merekrut``, ``menargetkan laba``) holds for a time still to come,
# not the year the sentence before reports.
_NOT_CARRIED_CUES = figure_cues.PLAN_CUES | figure_cues.FORECAST_CUES | figure_cues.TARGET_CUES


def _head_words(text: str) -> list[str]:
    return [w for w in (w.strip(",.:;\"“”()'‘’").lower() for w in text.split()) if w]


def _continues(prev: str, text: str, first: int, quoted: tuple[bool, bool, bool]) -> bool:
    """``text`` continues ``prev``: a direct quote runs on from ``prev`` into it (``"Di tahun 2024, terdapat ...`` /
    ``Total biayanya ...," kata X``; ``quoted[0]``: one quote span covers both), or, both inside that quote or both
    outside any (``quoted[1]``, ``quoted[2]``: each sentence touches a quote), ``text`` opens with a word of addition
    or detail (``_YEAR_CARRY_OPENERS``) or points back before its first figure at ``first`` (``_YEAR_POINTING_BACK``
    right after a word ``prev`` names, not after ``_NOT_POINTING_AFTER``)."""
    same_quote, prev_quoted, cur_quoted = quoted
    if same_quote:
        return True
    if prev_quoted or cur_quoted:
        return False
    head = _head_words(text[:first])
    if not head:
        return False
    if head[0] in _YEAR_CARRY_OPENERS:
        return True
    named = set(_head_words(prev))
    return any(w in _YEAR_POINTING_BACK and i > 0 and head[i - 1] not in _NOT_POINTING_AFTER
               and (head[i - 1] in _FIGURE_NOUNS or (w != "ini" and head[i - 1] in named)) for i, w in enumerate(head))


def _said_on_only(times: list[TimeExpr], text: str, last: int) -> bool:
    """Every date the sentence names is a day after its last figure (ending at ``last``) with a word of speech
    between (``..., ujar Budi dalam siaran pers, Rabu (5/3/2025)``): the day it was said, no time of the
    figures' own."""
    dates = [t for t in times if t.type == "DATE"]
    return bool(dates) and all(
        t.granularity == "day" and t.start >= last
        and any(w.strip(",.:\"“”()").lower() in SPEECH_FORMS for w in text[last : t.start].split()) for t in dates)


def _quoted(doc: Document, si: int, spans: list[tuple[int, int, str | None]]) -> tuple[bool, bool, bool]:
    """Whether one direct quote span covers sentences ``si - 1`` and ``si``, and whether each touches one."""
    a, b = doc.sentences[si - 1], doc.sentences[si]
    touch = [(s < a.end and e > a.start, s < b.end and e > b.start) for s, e, _n in spans]
    return any(x and y for x, y in touch), any(x for x, _y in touch), any(y for _x, y in touch)


def _carried_year(doc: Document, si: int, times_by_sent: dict[int, list[TimeExpr]], anchor: dt.date | None,
                  first: int, spans: list[tuple[int, int, str | None]]) -> str | None:
    """The year sentence ``si - 1`` names as its figures' period (``_clause_years``: ``Di tahun 2024, terdapat ...``),
    for the figures of sentence ``si`` (first figure at ``first``) when that names no time of its own (the caller
    checks: no DATE, no statement day) and continues it (``_continues``), says nothing of the present
    (``kini``, ``saat ini``, ``kali ini``) and no plan, forecast or target (``_NOT_CARRIED_CUES``: ``akan``,
    ``menargetkan``). One year only, not the end of a span (``_RANGE_END``), and the sentence before names no
    month or day besides: then it does not tell which time is meant."""
    prev, text = doc.sentences[si - 1].text, doc.sentences[si].text
    ws = _head_words(text)
    if _NOW.search(text) or _PRESENT_PHRASE.search(text) or any(
            w in _PRESENT_WORDS or w in _NOT_CARRIED_CUES for w in ws):
        return None
    before = times_by_sent.get(si - 1, [])
    if any(t.type == "DATE" and t.granularity != "year" for t in before):
        return None  # ``pada Agustus 2025, KPK menetapkan ... kasus tahun 2020``: which time is the figures'?
    years = {v for s, _e, v in _clause_years(before, anchor, prev) if not _RANGE_END.search(prev, 0, s)}
    if len(years) != 1 or not _continues(prev, text, first, _quoted(doc, si, spans)):
        return None
    return next(iter(years))


class _YearDater:
    """Dates a sentence's figures, left to right, by the years ``_clause_years`` found in it.

    A year right after a figure, joined only by words such as ``pada``/``untuk tahun anggaran``
    (``Rp 120,5 miliar pada 2022``; ``AS_OF_YEAR_LINKS``, no comma), is that figure's. Else the last year before it
    (``Pada 2024, ... sebesar Rp 7,3 triliun``), also carried along a list of figures (``batubara 41,2%,
    minyak 29,7%``), within ``AS_OF_YEAR_GAP`` words; else a year a few words after it. Never across a
    clause break (``;``, ``kini``, ``sementara``, ``menjadi``, ``terhadap``: ``AS_OF_YEAR_BREAKS``), so ``dari
    610 ribu di 2015, kini menjadi 4,2 juta pada 2024`` dates each figure by its own year.
    """

    def __init__(self, years: list[tuple[int, int, str]], text: str) -> None:
        self.years, self.text = years, text
        self.carry: tuple[int, str] | None = None  # (end of the last figure dated by a year before it, year)

    def _gap(self, a: int, b: int) -> list[str] | None:
        """Words between ``a`` and ``b``, None when a clause break stands between."""
        gap = self.text[a:b]
        words = [w.strip(",.:\"“”()").lower() for w in gap.split()]
        if ";" in gap or any(w in W.AS_OF_YEAR_BREAKS for w in words) or _NOW.search(gap):
            return None
        return [w for w in words if w]

    def date(self, start: int, end: int) -> str | None:
        """The year the figure at ``start:end`` holds for, or None."""
        after = [(s, v) for s, e, v in self.years if s >= end]
        before = [(e, v) for s, e, v in self.years if e <= start]
        if after:
            gap = self._gap(end, after[0][0])
            linked = gap and "," not in self.text[end:after[0][0]] and all(w in W.AS_OF_YEAR_LINKS for w in gap)
            if linked and len(gap) <= W.AS_OF_YEAR_LINK_GAP:  # not ``2020 Rp 84 miliar, 2021 Rp 124 miliar``
                self.carry = None
                return after[0][1]
        for pos, value in ([before[-1]] if before else []) + ([self.carry] if self.carry else []):
            gap = self._gap(pos, start)
            if gap is not None and len(gap) <= W.AS_OF_YEAR_GAP:
                self.carry = (end, value)
                return value
        self.carry = None
        if after:
            gap = self._gap(end, after[0][0])
            if gap is not None and len(gap) <= W.AS_OF_YEAR_AFTER_GAP:
                return after[0][1]
        return None


def _quote_spans(doc: Document, quotes: list[Quote]) -> list[tuple[int, int, str | None]]:
    """Absolute character spans of quotes; a quote not found verbatim covers its sentences."""
    spans = []
    n = len(doc.sentences)
    for q in quotes:
        if not (0 <= q.sentence < n):
            continue
        last = min(q.last_sentence, n - 1)
        lo, hi = doc.sentences[q.sentence].start, doc.sentences[last].end
        i = doc.text.find(q.text, max(0, lo - 2), hi + 2) if q.text else -1
        spans.append((i, i + len(q.text), q.speaker_name) if i >= 0 else (lo, hi, q.speaker_name))
    return spans


def _speaker_for(c: _Cand, base: int, quote_spans, speakers, text: str) -> str | None:
    a, b = base + c.start, base + c.end
    for s, e, name in quote_spans:
        if s <= a and b <= e and name:
            return name
    if not speakers:
        return None
    return min(speakers, key=lambda p: abs(p[0] - c.start))[1]
