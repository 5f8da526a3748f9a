"""Handlers of bare months (``pada Maret``, ``hingga Desember``) and the test that a month after a
person's title and given name is a surname (``Kepala Dinas Ahmad Juni``), not a date.
"""

from __future__ import annotations

import re

from kliping.extract.times.context import Ctx, Hit
from kliping.extract.times.resolution import COMING_MONTHS, nearest_month, past_cue, tail_direction
from kliping.extract.times.values import month_number, month_value
from kliping.lang.id import abbreviations, brands, gazetteer, titles
from kliping.lang.id import calendar as C
from kliping.text.patterns import alternation


def h_month(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("month"), m.end("month")
    if m["bm_m"] and not m["bm_mod"] and not m["bm_tail"] and _month_in_name(ctx.sent, s):
        return []
    mon = month_number(m["bm_m"] or m["bm_m2"])
    tail = m["bm_tail"]
    dirn = past_cue(ctx, tail_direction(tail))
    if dirn is None and _UNTIL_BEFORE.search(ctx.sent, max(0, s - 20), s) and ctx.anchor \
            and not 0 < (mon - ctx.anchor.month) % 12 <= COMING_MONTHS \
            and not (mon < ctx.anchor.month and ctx.is_future()):
        # ``stok cukup sampai Desember`` in October: this December (the coming month stays coming); an
        # earlier month with a future cue near (``akan aman hingga Maret``, ``berencana memperpanjang
        # sampai Februari``) is next year's, as :func:`nearest_month` reads it
        dirn = 0
    if tail and "tahun" in tail.lower() and ctx.anchor:
        ym = (ctx.anchor.year + (dirn or 0), mon)
    else:
        ym = nearest_month(ctx, mon, dirn)
    return [(s, e, "DATE", month_value(*ym) if ym else None, "month")]


# ``hingga``/``sampai`` (``bulan`` may stand between) right before a bare month: :data:`calendar.UNTIL_MONTH_BEFORE`.
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:" + alternation(C.UNTIL_MONTH_BEFORE) + r")\s+(?:bulan\s+)?$")


# The words of a capitalised run before a bare month, and the shape of a given name in it (a capital
# then lower case: ``PDB April``, ``RUPS Juni`` are dates).
_GIVEN_SHAPE = re.compile(r"[A-Z][a-z'’]{2,}")
_TITLE_WORD = re.compile(r"\b[A-Za-z]\w*")
# Words that open a person's title phrase: a given name after one (in the same capitalised run) is a
# person's, and a month after that name is the person's surname.
_PERSON_HEADS: frozenset[str] = titles.TITLE_HEADS | titles.RANKS | titles.OFFICE_HEADS | titles.CASE_ROLE_NOUNS
# Words that are no given name even right after a title: the title's own words, offices and units.
_NO_GIVEN: frozenset[str] = (
    (_PERSON_HEADS - titles.NAMEISH_TITLE_HEADS) | titles.TITLE_WORDS | titles.OFFICE_UNITS
    | titles.INSTITUTION_KIND_WORDS | C.NOT_NAME_BEFORE_MONTH | frozenset(C.MONTHS) | frozenset(C.WEEKDAYS)
)


def _capitalised_run(sent: str, start: int) -> list[str]:
    """The capitalised words right before ``start`` (one space before it), nearest last, up to eight;
    a lower-case word or a punctuation mark ends the run (``Menurut Budi, Juni ...`` -> ``[]``)."""
    before = sent[max(0, start - 160) : start]
    if not before.endswith(" ") or before.endswith("  "):
        return []
    run: list[str] = []
    for w in reversed(before.split()):
        if not w[:1].isupper() or not w[-1].isalnum() or len(run) == 8:
            break
        run.append(w)
    run.reverse()
    return run


def _is_place_or_company(words: list[str]) -> bool:
    """The last one to three words of a run are a gazetteer place, organisation or outlet, a known
    company or a known abbreviation's short name (``Gubernur Jawa Timur Juni``, ``Direktur Utama
    Pertamina Juni``): a place or company, no given name."""
    for k in range(1, min(3, len(words)) + 1):
        name = " ".join(words[-k:])
        if gazetteer.place_kind(name) is not None or name in brands.KNOWN_COMPANIES or name in gazetteer.orgs() \
                or name in gazetteer.media() or name in abbreviations.ABBREVIATIONS:
            return True
    return False


def _month_in_name(sent: str, start: int) -> bool:
    """A bare month that is part of a name, not a date: a person's surname after a title phrase and
    a given name in one capitalised run (``Kepala Dinas PUPR Ahmad Juni``, ``Menteri Kehutanan Raja
    Juli``), or an institution named for a date (``Universitas Sebelas Maret``). Any other capital
    word before a month leaves the date (``Inflasi China Juni``, ``Rapat Paripurna Juli``, ``HUT
    Bhayangkara Juli``, ``Harga Pertamax Juni``): a name is only called one with a person's title
    before it. A title-cased line with no lower-case word tells nothing. Found by a QA read (a
    person's surname placed a timeline entry and three figures at June); the first rule (any
    capital word) dropped real dates, a reviewer found."""
    run = _capitalised_run(sent, start)
    if len(run) < 2 or not _GIVEN_SHAPE.fullmatch(run[-1]):
        return False
    if not any(w[0].islower() for w in _TITLE_WORD.findall(sent)):
        return False
    given = run[-1].lower()
    if given in C.NAME_NUMBER_WORDS:  # ``Universitas Sebelas Maret``
        return True
    if given in _NO_GIVEN or _is_place_or_company(run):
        return False
    return any(w.lower().rstrip(".") in _PERSON_HEADS for w in run[:-1])
