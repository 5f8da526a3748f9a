"""Reading numerals: digit strings in Indonesian or English style, and Indonesian number words.

Separator rule (documented because ``4,800`` is genuinely ambiguous):

* Indonesian style is the default: ``.`` groups thousands, ``,`` is the decimal mark
  (``1.000`` = 1000, ``4,8`` = 4.8, ``1.657,5`` = 1657.5).
* When both marks occur, the last one is the decimal mark (``1,234.5`` = 1234.5).
* Several commas all followed by exactly three digits are English thousands (``3,000,000``).
* One comma followed by exactly three digits is read as English thousands only when
  ``english`` is true (a ``$`` before it, or a document written in English style, see
  :func:`english_style`) or the three digits are ``000`` (no Indonesian writes ``1,000`` for 1);
  otherwise Indonesian decimal (``4,800`` = 4.8). A scale word after it (``1,250 juta``) forces
  the decimal reading; the caller passes ``english=False`` then.
* Several dots not all followed by three digits is not a number (a version or a date).
* One dot followed by other than three digits is an English decimal (``1.5``); the caller rules
  out clock times (``14.30``) first.
"""

from __future__ import annotations

import re

from kliping.lang.id import numbers as W

_ID_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_EN_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_ID_DECIMAL = re.compile(r"^\d+,\d+$")
# Unambiguous markers of each style, used to decide a document's convention.
_ID_MARKERS = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}(?!\d)|\d{1,3}(?:\.\d{3}){2,}(?![\d,]))")
_EN_QUICK = re.compile(r"\d,\d{3}(?:,\d{3}|\.\d)")
_EN_MARKERS = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}(?![\d.])|\d{1,3}(?:,\d{3})+\.\d+)")


def clean_float(x: float) -> float:
    """A figure without binary noise from scaling: ``538,70 triliun`` is 538.7 x 10^12, which floating
    point makes 538700000000000.06; 15 significant digits is more than any figure in news."""
    return float(f"{float(x):.15g}")


def english_style(text: str) -> bool:
    """Whether ``text`` writes numbers English style (``3,000,000``) more often than Indonesian.

    Translated wire copy sometimes keeps English separators; one document uses one convention,
    so unambiguous numbers elsewhere in it decide the ambiguous ``1,500``.
    """
    if _EN_QUICK.search(text) is None:
        return False
    en = len(_EN_MARKERS.findall(text))
    return en > 0 and en > len(_ID_MARKERS.findall(text))


def parse_digits(s: str, english: bool = False) -> float | None:
    """Value of a digit numeral such as ``1.000``, ``4,8``, ``3,000,000``; ``None`` if malformed."""
    if s.isdigit():
        return float(s)
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        head, _, tail = s.rpartition(dec)
        parts = head.split(grp)
        if not tail.isdigit() or not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
            return None
        return float("".join(parts) + "." + tail)
    if has_dot:
        if _ID_GROUPED.match(s):
            return float(s.replace(".", ""))
        if s.count(".") == 1:
            return float(s)
        return None
    # commas only
    if _EN_GROUPED.match(s):
        if s.count(",") > 1 or english or s.endswith(",000"):
            return float(s.replace(",", ""))
        return float(s.replace(",", "."))
    if _ID_DECIMAL.match(s):
        return float(s.replace(",", "."))
    return None


# Word classes of number words, tried in this order (a word may sit in only one list in practice).
_KINDS = (
    ("unit", W.UNIT_WORDS),
    ("whole", W.WHOLE_WORDS),
    ("small", W.SMALL_MULTIPLIERS),
    ("teen", (W.TEEN_WORD,)),
    ("scale", W.SCALE_WORDS),
    ("se_scale", W.SE_SCALE_WORDS),
    ("se_frac", W.SE_FRACTIONS),
    ("per_frac", W.PER_FRACTIONS),
)


def _kind(word: str) -> str | None:
    return next((kind for kind, words in _KINDS if word in words), None)


def parse_words(words: list[str]) -> tuple[float, int]:
    """Read Indonesian number words from the start of ``words`` (lower case).

    Returns ``(value, count)`` where ``count`` is how many words form the number; ``(0, 0)`` when
    the first word does not start a number. Stops at the first word that cannot continue the
    number, so ``dua tiga`` reads as 2 over one word (the caller keeps the rest).
    Handles ``dua ratus lima puluh ribu`` (250 000), ``seribu lima ratus`` (1 500), ``dua belas``,
    ``satu setengah`` (1.5), ``setengah juta``, ``dua pertiga``, ``sepertiga``.
    """
    total = 0.0  # sum of closed scale groups
    current = 0.0  # the open group below the next scale
    last: str | None = None  # kind of the previous word
    last_unit = 0
    last_scale = float("inf")
    used = 0
    for w in words:
        k = _kind(w)
        if k is None:
            break
        if k == "unit":
            if last in ("unit", "teen", "se_frac", "per_frac") or current % 10 != 0:
                break
            if last == "whole" and current % 100 != 0:  # sepuluh/sebelas take no unit after
                break
            current += W.UNIT_WORDS[w]
            last_unit = W.UNIT_WORDS[w]
        elif k == "whole":
            if not (last in (None, "scale", "se_scale") or (last in ("small", "whole") and current % 100 == 0)):
                break
            current += W.WHOLE_WORDS[w]
        elif k == "teen":
            if last != "unit" or current % 100 >= 10:
                break
            current += 10
        elif k == "small":
            mult = W.SMALL_MULTIPLIERS[w]
            if last != "unit" or (mult == 100 and current >= 10) or (mult == 10 and current % 100 >= 10):
                break
            current += last_unit * (mult - 1)
        elif k == "scale":
            scale = W.SCALE_WORDS[w]
            if current <= 0 or last in ("scale", "se_scale") or scale >= last_scale:
                break
            total += current * scale
            current = 0.0
            last_scale = scale
        elif k == "se_scale":
            scale = W.SE_SCALE_WORDS[w]
            if current > 0 or scale >= last_scale:
                break
            total += scale
            last_scale = scale
        elif k == "se_frac":
            if w == W.HALF_WORD and last == "unit":
                current += 0.5
            elif last in (None, "scale", "se_scale"):
                current += W.SE_FRACTIONS[w]
            else:
                break
        elif k == "per_frac":
            if last != "unit":
                break
            current = current - last_unit + last_unit / W.PER_FRACTIONS[w]
        last = k
        used += 1
    if used == 0:
        return 0.0, 0
    return total + current, used
