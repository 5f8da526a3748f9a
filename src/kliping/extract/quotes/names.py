"""Capitalised runs as names: the run at the start of a phrase (:func:`cap_run`, stopping at a
day or date), the run split into a name and a title (:func:`_split_name`, organisations kept whole),
acronyms, academic degrees after a name, and whether a word names a kind of person or an office.

Apart because they read the shape of the words only; the speaker-phrase and subject rules build on
them.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.context import place_name
from kliping.extract.quotes.patterns import _DAY_NAME, _DERIVED_NOUN, _TOKEN, OFFICE_WORDS, TITLE_WORDS
from kliping.extract.quotes.records import Ctx
from kliping.lang.id import cues, name_prefixes
from kliping.lang.id.calendar import MONTHS_ID, WEEKDAYS
from kliping.lang.id.function_words import BOTH_AND_WORDS, COORDINATORS, NAME_AND
from kliping.lang.id.quote_words import (
    GROUP_MARKERS,
    PERSON_HEADS,
    REGULATION_NUMBER_WORDS,
    THIRD_PERSON_PRONOUNS,
)
from kliping.lang.id.titles import NAME_PARTICLES as _NAME_PARTICLES
from kliping.text.patterns import alternation

_is_degree_word = name_prefixes.is_degree_word  # ``MPsi`` by shape, ``SH``/``SpPD`` listed


def _is_degree(chunk: str) -> bool:
    """Whether a comma chunk is only degrees (``SH``, ``M.Si``, ``MPsi``), not a name."""
    words = chunk.replace(".", "").split()
    return bool(words) and len(words) <= 3 and all(_is_degree_word(w) for w in words)






def _office_head(word: str) -> bool:
    """Whether a capitalised run's first word names an office or a kind of person (``Wasekjen X ini``,
    ``Doktor Ilmu Politik UI ini``): a person noun, or a deputy's office written ``wa`` + a title
    (``Wasekjen``, ``Wakasad``). Not an organisation or a place (``Bank Dunia itu``, ``Kota Pahlawan ini``)."""
    return _person_noun(word) or (word.startswith("wa") and word[2:] in TITLE_WORDS)


def _person_noun(word: str) -> bool:
    """Whether ``word`` names a kind of person (not a group marker such as ``para``/``sejumlah``)."""
    if word in GROUP_MARKERS or word in cues.OBJECT_QUANTIFIERS:
        return False
    return word in PERSON_HEADS or word in TITLE_WORDS or word in cues.ROLE_NOUNS or word in cues.AGENT_NOUNS \
        or word in cues.EPITHET_NOUNS


def cap_run(s: str, coord: bool = False) -> tuple[int, list[str]]:
    """A capitalised word sequence at the start of ``s``: (its length, its tokens).

    Parenthesised acronyms stay inside (``Menteri Keuangan (Menkeu) Purbaya``); name particles
    (``bin``, ``van``) and ``dan`` between capitalised words too (``Energi dan Sumber Daya
    Mineral``); any other lower-case word, a comma or ``kepada``/``dalam``/``di``/``saat`` ends it.
    """
    toks: list[str] = []
    end = 0
    pending: list[str] = []
    for m in _TOKEN.finditer(s):
        t = m.group()
        if t.startswith("(") and len(t) > 1:
            if toks and not pending:
                toks.append(t)
                end = m.end()
                continue
            break
        if t in ",;:()":
            break
        core = t.rstrip(".!?…\"”’'»")
        if not core:
            break
        low = core.lower()
        if toks and not pending and _time_after_name(low, s[m.end():]):
            break  # ``kata Dudy Senin lalu``, ``kata Dudy 3 November lalu``: when it was said, no name
        initial = len(core) == 1 and core.isupper() and t == core + "."
        stop_after = core != t and not initial and (t.lower() not in TITLE_WORDS or t.endswith((".\"", ".”")))
        if core[0].isupper() or (core[0].isdigit() and toks) or (toks and _PARTICLE_NAME.match(core)):
            toks.extend(pending)
            pending = []
            toks.append(core if stop_after else t)
            end = m.start() + (len(core) if stop_after else len(t))
            if stop_after:
                break
        elif toks and not stop_after and (
            low in TITLE_WORDS
            or (len(pending) < 2 and low not in cues.NAME_STOPWORDS and low not in THIRD_PERSON_PRONOUNS
                and all(x.lower().rstrip(".") in TITLE_WORDS for x in toks + pending))
        ):
            pending.append(t)  # ``Ekonom senior Universitas X``, ``Analis pasar Rosa``
        elif toks and (low in _NAME_PARTICLES or low in NAME_AND or low in cues.ORG_NAME_JOINERS
                       or (coord and low in BOTH_AND_WORDS)) \
                and not stop_after and low not in ("di",):
            pending.append(t)
        elif low == "pada" and toks and not pending and toks[0].lower().rstrip(".") in TITLE_WORDS \
                and re.match(r"[A-Z]", s[m.end():].lstrip()) and not _DAY_NAME.match(s[m.end():].lstrip()):
            # ``Kabid Humas pada Puspenkum Kejagung X``: an office of an agency, then the name
            pending.append(t)
        else:
            break
    return end, toks


# An Arabic article or patronymic joined to the capitalised name after it (``Majed al-Ansari``,
# ``Abdullah bin-Zayed``): a word of the name, though it opens in lower case.
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|bin|ibn|abu|abd)[-'’][A-Z]")


# What may follow a weekday that dates a statement rather than continuing a name: the end, a
# bracketed date, punctuation, or a lower-case word (``Senin lalu``, ``Jumat malam``, ``Selasa kemarin``).
_AFTER_WEEKDAY = re.compile(r"^(?:\s*$|\s*[(.,;:!?]|\s+[a-z])")
_MONTH_NEXT = re.compile(r"^\s+(?:" + alternation(MONTHS_ID) + r")(?![\w-])", re.I)


def _time_after_name(low: str, after: str) -> bool:
    """A capitalised run's next token starts the day something was said, not more of a name: a weekday
    before the end, a bracketed date or a lower-case word (``Dudy Purwagandhi Senin (3/11)``; ``Pasar
    Minggu Kompol X``, a weekday inside a place's name, goes on), or a day number before a month
    (``Dudy Purwagandhi 3 November lalu``)."""
    if low in WEEKDAYS:
        return bool(_AFTER_WEEKDAY.match(after))
    return low.isdigit() and bool(_MONTH_NEXT.match(after))




def is_acronym(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _split_name(tokens: list[str], ctx: Ctx) -> tuple[str | None, str | None]:
    """Split a capitalised run into (name, title); organisations are kept whole as the name."""
    tokens = list(tokens)
    while tokens and re.fullmatch(r"\(\s*\d{1,3}\s*(?:tahun|th)?\s*\)", tokens[-1]):
        tokens.pop()  # ``Vatikan (27)``: an age after the name
    words = [t for t in tokens if not t.startswith("(")]
    if not words:
        return None, None
    low = [w.lower() for w in words]
    if low[-1].rstrip(".") in REGULATION_NUMBER_WORDS:
        return None, None  # ``Peraturan Menteri … No. 7 Tahun 2025``: a numbered document, no person
    if numbered_institution(words):
        return " ".join(words), None  # ``SMAN 2 Wonosari``: not ``Wonosari`` with the title ``SMAN 2``
    if low[0] in cues.ORG_HEADS and not (is_acronym(words[0]) and len(words) > 1):
        inner = list(tokens)
        while inner and inner[-1].startswith("("):
            inner.pop()
        if any(t.startswith("(") for t in inner):
            # ``Sekretariat DPRD (Setwan) Bantaeng``: the name as written, so it occurs in the article
            return " ".join(inner), None
        return " ".join(words), None
    run: list[str] = []
    for w in reversed(tokens):
        lw = w.lower()
        if w.startswith("(") or lw in COORDINATORS:
            break
        if lw in OFFICE_WORDS or lw.rstrip(".") in TITLE_WORDS or lw in cues.ORG_HEADS or lw.startswith("kemen") \
                or _DERIVED_NOUN.match(w) \
                or lw in cues.PLACE_WORDS or (lw in ctx.common and not _PARTICLE_NAME.match(w)) \
                or (is_acronym(w) and len(words) > 1):
            break
        run.insert(0, w)
    while run and (run[0].lower() in _NAME_PARTICLES or run[0][:1].isdigit()):
        run.pop(0)  # ``Ketua RT 05 Budi``: the number belongs to the office, it is no name
    if run and len(run) < len(words) and place_name(" ".join(run), ctx):
        # ``Kepala Dinas Sosial Garut``, ``Bupati Bima``: the place of the office, no name; with no
        # title before it the place ends an organisation's name (``KBRI Phnom Penh``)
        if not any(w.lower().rstrip(".") in TITLE_WORDS for w in words[: len(words) - len(run)]):
            return " ".join(words), None
        run = []
    if run:
        n = len(run)
        title_words = words[: len(words) - n]
        return " ".join(run), (" ".join(title_words) or None)
    for i, lw in enumerate(low):
        if lw in cues.ORG_HEADS:
            # ``Cato Institute``: the organisation word closes the name, keep what precedes it
            j = i
            while j > 0 and low[j - 1] not in TITLE_WORDS and low[j - 1] not in cues.ORG_HEADS:
                j -= 1
            return " ".join(words[j:]), None
    if all(lw in cues.PLACE_WORDS or lw in BOTH_AND_WORDS for lw in low):
        return " ".join(words), None  # a country speaking: ``kata Rusia``
    if low[0] in TITLE_WORDS or low[0].rstrip(".") in TITLE_WORDS:
        return None, " ".join(words)
    return None, None


def numbered_institution(words: list[str]) -> bool:
    """``SMAN 2 Wonosari``, ``SMA Negeri 11 Semarang``, ``Kodim 0712 Tegal``: a run that opens with the
    head of an institution numbered within its town (``cues.NUMBERED_ORG_HEADS``), then its number
    and at most two words of its place. The whole run names the institution; read word by word from
    the end, the place would be taken for a person's name and the head and number for a title."""
    low = [w.lower() for w in words]
    k = 1 + (len(low) > 1 and low[1] in cues.NUMBERED_ORG_STATUS)
    return len(low) > k and low[0] in cues.NUMBERED_ORG_HEADS and low[k].isdigit() and len(low) - k - 1 <= 2


# The head and number of a numbered institution right before a word (``… SMAN 2 ``): what follows is
# the institution's place, never a person's name.
_INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])(?i:" + alternation(cues.NUMBERED_ORG_HEADS) + r")(?:\s+(?i:" + alternation(cues.NUMBERED_ORG_STATUS)
    + r"))?\s+\d+\s+$")


def institution_place(before: str) -> bool:
    """Whether a name whose sentence text before it is ``before`` is the place of a numbered
    institution (``Pihak SMAN 2 Wonosari``): the tagger may take that place for a person. After an
    office (``Kepala SMPN 12 Wulandari``) the name may be the office holder's, as the tagger reads it."""
    m = _INSTITUTION_BEFORE.search(before)
    if m is None:
        return False
    prev = before[: m.start()].split()[-1:]
    return not (prev and prev[0].lower().rstrip(".,") in TITLE_WORDS)

