"""What a quantity is grouped under: :func:`figure_key` (its counted noun, else its unit), one name for each
rate unit (:func:`rate_name`) and the abbreviations of counted nouns the articles spell out
(:func:`abbreviations`: ``SPBU`` is a count of ``stasiun``).

Apart because the key is the one question every other part asks first: the figures are grouped by it, and the
findings compare only values of one key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kliping.lang.id import figure_cues, numbers
from kliping.model import Quantity
from kliping.synth.corpus import Corpus, words
from kliping.synth.figures.clauses import ACRONYM

# Units that say nothing comparable on their own (need a noun to be grouped).
UNITLESS_UNITS = frozenset({"%", "ratio"})


def rate_name(noun: str) -> str:
    """One name for a rate whose unit is written in several forms: ``per kilogram``, ``per kg`` (also ``/kg``)
    and ``per Kg`` are ``per kg``; ``per barrel`` and ``per bbl`` are ``per barel`` (``figure_cues.RATE_UNIT_NAMES``).
    A price per kilogram is one series however the article spells its unit. Other nouns are returned as they are."""
    if not noun.startswith("per ") or noun[4:] in figure_cues.RATE_NOT_UNITS:
        return noun
    unit = numbers.UNIT_WORDS_MAP.get(noun[4:])
    if unit is None:
        return noun
    return "per " + figure_cues.RATE_UNIT_NAMES.get(unit, unit)


def figure_key(q: Quantity, aliases: dict[str, str] | None = None) -> tuple[str, str | None] | None:
    """``(about, unit)`` a quantity is grouped under, or None when it is not comparable. ``aliases``
    maps an abbreviation to the noun it abbreviates (``abbreviations``); a rate's unit has one name
    (``rate_name``); a unit word of a flow (``bph``: ``figure_cues.RATE_NOT_UNITS``) is the rate it abbreviates."""
    noun = " ".join(q.noun.casefold().split()) if q.noun else ""
    if noun:
        noun = rate_name((aliases or {}).get(noun, noun))
        return figure_cues.NOUN_SYNONYMS.get(noun, noun), q.unit
    if q.unit and q.unit not in UNITLESS_UNITS:
        if q.text.split()[-1].casefold() in figure_cues.RATE_NOT_UNITS:  # ``27.000 bph``: barrels per day
            return figure_cues.RATE_NOT_UNITS_RATE, q.unit
        return q.unit, q.unit
    return None


_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z]{2,6})\s*\)")


def _initials(ws: Sequence[str]) -> str:
    return "".join(w[0] for w in ws)


def spells(ws: Sequence[str], acr: str) -> bool:
    """The words' initials spell the (case-folded) abbreviation: all of them (``wajib pajak``: ``wp``),
    or with a run of one letter written once (a fuel station's five words give ``spbbu``, read ``spbu``), or
    without function words (``dan``, ``di`` ...: ``figure_cues.ABBREVIATION_SKIP``). The first word
    always counts: ``siswa dari sekolah menengah pertama`` does not spell ``smp``."""
    if not ws:
        return False
    inner = [w for w in ws[1:] if w not in figure_cues.ABBREVIATION_SKIP]
    for cand in (list(ws), [ws[0], *inner]):
        full = _initials(cand)
        if acr in (full, "".join(c for k, c in enumerate(full) if k == 0 or c != full[k - 1])):
            return True
    return False


def spelled_out(corpus: Corpus, article_idx: Sequence[int]) -> dict[str, tuple[str, ...]]:
    """Abbreviations the articles spell out: ``(SPBU)`` right after words whose initials spell it
    (the five words of a fuel station, then ``(SPBU)``) -> those words, case-folded. The first spelling
    found wins."""
    out: dict[str, tuple[str, ...]] = {}
    for a in article_idx:
        for s in range(len(corpus.articles[a].doc.sentences)):
            text = corpus.text(a, s)
            for m in _PAREN_ACRONYM.finditer(text):
                acr = m.group(1).casefold()
                before = words(text[: m.start()])
                for n in range(1, min(len(before), 2 * len(acr)) + 1):
                    if spells(before[-n:], acr):
                        out.setdefault(acr, tuple(before[-n:]))
                        break
    return out


def abbreviations(corpus: Corpus, article_idx: Sequence[int]) -> dict[str, str]:
    """Abbreviations of counted nouns, learnt from the articles: ``SPBU`` -> ``stasiun`` when a count's
    noun and the words after it are a spelling-out of the abbreviation the storyline gives (a count of
    ``stasiun`` followed by the rest of the fuel station's five-word name and ``(SPBU)``, or those five
    words and the bracket anywhere in it: ``spelled_out``); ``WP`` -> ``wajib`` when a count's noun and the words after it have its
    initials and the same article counts ``WP`` (``2,6 juta wajib pajak ..., dari 14 juta WP``; ``satu
    kepala keluarga`` ... ``2 KK``). News spells a term out once and abbreviates it after, so ``14 juta
    WP`` counts the same thing as ``2,6 juta wajib pajak``. Initials in another article prove nothing
    (``50 relawan siaga`` is no count of another report's ``RS``), nor does a bracket after other words
    (``120 siswa dari Sekolah Menengah Pertama (SMP)`` counts pupils, not schools). Keys are
    case-folded."""
    spelled = spelled_out(corpus, article_idx)
    out: dict[str, str] = {}
    for a in article_idx:
        ev = corpus.articles[a]
        here = {q.noun.strip().casefold() for q in ev.quantities if q.noun and ACRONYM.match(q.noun.strip())}
        for q in ev.quantities:
            if not q.noun or ACRONYM.match(q.noun.strip()) or not 0 <= q.sentence < len(ev.doc.sentences):
                continue
            noun = " ".join(q.noun.casefold().split())
            phrase = noun.split() + words(corpus.text(a, q.sentence)[q.end : q.end + 80])
            for acr, ws in spelled.items():
                if tuple(phrase[: len(ws)]) == ws:
                    out.setdefault(acr, noun)
            for acr in here:
                if any(spells(phrase[:n], acr) for n in range(1, 2 * len(acr) + 1)):
                    out.setdefault(acr, noun)
    return out
