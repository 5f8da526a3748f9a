"""Dates of quoting and reading, not of a happening: a date right after a
quoting verb and its source (``dikutip detikPop, Minggu``, ``Dilihat detikcom, Sabtu``,
``mengutip Reuters, Kamis``: :func:`quoted_at`, a viewing date only when recent:
:func:`recent`), also when the scrape glued the words together, and a date after a quoting clause
(``Seperti dilansir Reuters, Senin``: :func:`cited_clause_before`).

Apart because telling an outlet's name from any capitalised word (:func:`_outlet_word`,
:func:`_names_a_source`) is a concern of its own; :func:`~kliping.synth.timeline.not_happening.not_a_happening`
asks it.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.lang.id import calendar, time_cues
from kliping.synth.timeline.clauses import days_before, previous_clause
from kliping.text.patterns import WORD


def cited_clause_before(sentence: str, start: int) -> bool:
    """The date opens its clause and the clause before it is a quoting phrase: a verb of taking a
    text from an outlet (``dikutip``, ``dilansir``: :data:`calendar.QUOTED_FROM`, after
    ``seperti``), optionally ``dari``, and an outlet's name (``Seperti dilansir Reuters, Senin
    (10/3/2025)``)."""
    clause = previous_clause(sentence[:start])
    if clause is None:
        return False
    prev = WORD.findall(clause)
    while prev and prev[0].casefold() in time_cues.CITED_OPENERS:
        prev = prev[1:]
    if not prev or prev[0].casefold() not in calendar.QUOTED_FROM:
        return False
    rest = prev[2:] if len(prev) > 1 and prev[1].casefold() == "dari" else prev[1:]
    return 1 <= len(rest) <= 4 and rest[0][:1].isupper()


_QUOTING_VERB = re.compile(r"(?i)^\W*(" + "|".join(time_cues.QUOTING_VERBS) + r")(.*)$")
_TRAILING_DATE_WORDS = re.compile(r"(?:[\s,]|\b(?:pada|hari|tanggal)\b)*$", re.IGNORECASE)
# How many words may stand between a quoting verb and the date: the verb, ``dari``, a source noun
# and its words and an outlet of two words (``dilansir dari laman resmi BMKG``, ``dikutip dari Al
# Jazeera``) are five at most; the sixth is the verb itself.
QUOTING_WINDOW = 6
# How far before the date the quoting phrase is looked for, in characters: six words and the
# ``pada``/``hari`` and commas before the date. A bound, so a sentence of thousands of ``pada``
# costs no more than a short one.
QUOTING_REACH = 200
# A viewing date (``dilihat``/``ditulis`` and a source) is the day the text was read: the
# publication day or a few days before (a document seen on the weekend, published on Monday). An
# older date after ``ditulis``/``dilihat`` is when a letter was written or a person last seen. A
# verb of taking a text (``dikutip dari detikNews, <a week ago>``) dates the source, not the
# happening, whatever its age.
QUOTING_MAX_DAYS = 3


# Quoting verbs that always take a text: a date right after them is when it was read, with no
# source named (``diunggah di akunnya dikutip, Sabtu``). ``dilihat``/``ditulis`` also take people
# and letters, so they need a source or ``yang`` before them.
_READ_VERBS = calendar.CITING_VERBS | {"diakses"}


def _outlet_word(w: str) -> bool:
    """An outlet's name or part of it (``w`` as written): an Indonesian outlet of
    :mod:`kliping.lang.id.outlets`, a news agency, or any ``detik...`` brand (``detikJatim``); not
    any capitalised word, which would make ``dilihat Hakim Ketua`` or ``ditulis Rina`` an outlet.
    A name that is also a common word (``antara`` "between", ``tempo``) counts only capitalised or
    with its domain (``Antara``, ``tempo.co``)."""
    low = w.casefold().removesuffix("-nya")
    if low.startswith("detik"):
        return True
    return low in time_cues.OUTLET_NAMES and (w[:1].isupper() or "." in low or low in time_cues.LOWER_CASE_OUTLETS)


_GLUED_DARI = re.compile(r"^dari(?=[A-Z]|detik)")
_GLUED_PADA = re.compile(r"(?<=[A-Za-z0-9])pada$")


def _unglued(w: str) -> str:
    """An outlet's name without the ``dari``/``pada`` the scrape glued to it (``dariEuronewspada``
    -> ``Euronews``, ``daridetikFinance`` -> ``detikFinance``)."""
    w = _GLUED_DARI.sub("", w)
    return _GLUED_PADA.sub("", w) if any(c.isupper() for c in w) else w


def _names_a_source(rest: list[str], text_verb: bool) -> bool:
    """The words (as written) between a quoting verb and the date name where the text was read:
    fillers (``dari``, ``resmi``) and an outlet's name (:func:`_outlet_word`); a page or account
    with any name after it (``laman resmi BMKG``, ``akun Instagram-nya``); or, after a verb of
    taking a text (``text_verb``: ``dikutip dari``, ``dilansir dari``), ``dari`` and up to four
    capitalised words (``dikutip dari The Straits Times``): ``dari`` marks them as the text's source,
    which no list of outlets holds in full. Without ``dari`` a capitalised word is no outlet
    (``dilihat Hakim Ketua``, ``ditulis Rina``)."""
    for k, w in enumerate(rest):
        low = w.casefold()
        if low in time_cues.SOURCE_NOUNS:
            return True
        if text_verb and low == "dari" and 1 <= len(rest) - k - 1 <= 4 and all(x[:1].isupper() for x in rest[k + 1 :]):
            return True
        if not (_outlet_word(w) or low in time_cues.OUTLET_FILLERS):
            return False
    return any(_outlet_word(w) for w in rest)


def quoted_at(sentence: str, start: int) -> str | None:
    """How the date at ``start`` comes right after a quoting verb and its source, or None: when the
    reporter quoted, read or looked the text up (``ujar Sinta dikutip detikPop, Minggu``, ``Dilihat
    detikcom, Sabtu``, ``mengutip Reuters, Kamis``, ``Dikutip dari Euronews pada Jumat``), also when
    the scrape glued the words together (``dikutipdetikHot``, ``dariEuronewspada``). Between the
    verb and the date only a source (:func:`_names_a_source`) and ``pada``/``hari``/commas may
    stand; nothing at all only after a verb of taking a text (``dikutip, Sabtu``, ``diakses pada
    Senin``: :data:`_READ_VERBS`) or after ``yang`` (``surat edaran yang dilihat, Kamis``):
    ``terakhir dilihat Selasa`` is when someone was last seen, ``ditulis pada Rabu`` when a letter
    was written. ``"text"`` after a verb of taking a text, ``"seen"`` after ``dilihat``/``ditulis``
    (which the caller accepts only for a recent date: :data:`QUOTING_MAX_DAYS`)."""
    lo = max(0, start - QUOTING_REACH)
    head = _TRAILING_DATE_WORDS.sub("", sentence[lo:start])
    tokens = head.split()[-QUOTING_WINDOW:]
    for k in range(len(tokens) - 1, -1, -1):
        m = _QUOTING_VERB.match(tokens[k])
        if not m:
            continue
        glued = m.group(2).strip(",.;:\"'’”)")
        if glued.casefold().startswith("nya"):
            return None  # ``dilihatnya``: not a quoting phrase
        kind = "text" if m.group(1).casefold() in _READ_VERBS else "seen"
        rest = [_unglued(w) for w in ([glued] if glued else []) + [t.strip(",.;:\"'’”()") for t in tokens[k + 1 :]]]
        rest = [w for w in rest if w]
        if not rest:
            return kind if kind == "text" or (k > 0 and tokens[k - 1].casefold() == "yang") else None
        return kind if _names_a_source(rest, kind == "text") else None
    return None


def recent(value: str | None, published: dt.date | None) -> bool:
    """A viewing date's age is plausible: 0 to :data:`QUOTING_MAX_DAYS` days before the
    publication, or not known (no publication date or value given)."""
    days = days_before(value, published)
    return days is None or 0 <= days <= QUOTING_MAX_DAYS
