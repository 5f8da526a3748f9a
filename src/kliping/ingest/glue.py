"""Restoring the space that inline markup lost between two words (``daridetikFinance``).

Scraped pages often drop the spaces around an italic or linked word, so ``dari <i>detikFinance</i>``
arrives as ``daridetikFinance`` and becomes a junk entity, a wrong speaker or an ugly summary line.
A space is inserted only where it is safe:

* before the outlet name ``detik`` glued to a word (``PantauandetikJateng``, ``TikTokdetikcom``) and
  after ``detikcom`` or a known channel glued to the next word (``detikcomdi``, ``detikJatengdi``);
* before a me- verb glued to a capitalised word (``Aryamenjawab``, ``Reutersmemperkirakan``), when the
  verb derives from a dictionary root and the token is no dictionary word;
* at a lower-case to upper-case switch inside a word when the left part is a function word or
  cue (``lang.id.glue.LEFT_WORDS``), a derived word the stemmer knows (``penerapanGolden``), or a
  known lower-case root (``bukuHerbal``); a capitalised root only before an acronym
  (``BiologiIPB``). The right part has two letters or more;
* before a function word glued after a place name (``Australiayang``, ``Jakartadan``) when the
  part before it is a country, city or region of the gazetteer and the whole token is none itself.

Real camel-case names have a left part that is no such word (``NasDem``, ``TikTok``, ``iPhone``,
``McDonald``, ``KemenPPPA``, ``YouTube``, ``WhatsApp``) or a capitalised root before a word
(``BeritaSatu``), and stay. ``glue_breaks`` gives the positions so that the evaluation can map
offsets back to the raw text (``kliping.eval.align``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kliping.lang.id.gazetteer import place_kind
from kliping.lang.id.glue import DETIK_CHANNELS, LEFT_WORDS, OUTLET_PREFIX, RIGHT_FUNCTION_WORDS

_HINT = re.compile(r"[a-z][A-Z]|[a-z]" + OUTLET_PREFIX + r"|" + OUTLET_PREFIX + r"com[a-z]")
# A token of letters (a URL, handle or e-mail part is skipped by the caller).
_TOKEN = re.compile(r"(?<![\w@#/.:-])[A-Za-z]+(?![\w@/-]|\.[A-Za-z])")
_CHANNEL = re.compile(OUTLET_PREFIX + r"(?:com|[A-Z][A-Za-z]*)")
_SWITCH = re.compile(r"(?<=[a-z])(?=[A-Z])")
_RIGHT = re.compile(r"[A-Z][a-z]*")
_ACRONYM = re.compile(r"[A-Z]{2,}")


@lru_cache(maxsize=1)
def _stemmer() -> tuple[object, frozenset[str]]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    factory = StemmerFactory()
    return factory.create_stemmer(), frozenset(factory.get_words())


@lru_cache(maxsize=4096)
def _stem_known(word: str) -> tuple[bool, bool]:
    """(the stemmer knows the word's root, the word is derived from it by affixes)."""
    stemmer, roots = _stemmer()
    low = word.lower()
    stem = stemmer.stem(low)
    return stem in roots, stem in roots and stem != low


def known_word(word: str) -> bool:
    """``word`` is an Indonesian dictionary word or derived from one by affixes (the stemmer's
    dictionary): ``mulia``, ``menjawab``; not ``Jinping``."""
    return _stem_known(word)[0]


def derived_word(word: str) -> bool:
    """``word`` is derived by affixes from a root of the stemmer's dictionary (``kerinduan`` from
    ``rindu``, ``prinsipnya``), not a root itself (``mulia``) nor unknown (``Jinping``)."""
    return _stem_known(word)[1]


def is_root(word: str) -> bool:
    """``word`` (lower case) is itself a root of the stemmer's dictionary (``stimulan``, ``bambang``), not
    derived from one nor unknown."""
    return word in _stemmer()[1]


@lru_cache(maxsize=4096)
def word_root(word: str) -> str | None:
    """The dictionary root ``word`` is derived from by affixes (``pemasangan``, ``terpasang`` -> ``pasang``), or
    None for a root itself (``mobil``) and for words the stemmer does not know: one act written as a noun
    and as a verb has one root."""
    stemmer, roots = _stemmer()
    low = word.lower()
    stem = stemmer.stem(low)
    return stem if stem in roots and stem != low else None


def _left_ok(left: str, right: str) -> bool:
    if len(right) < 2 or left.lower() == OUTLET_PREFIX:
        return False
    if left.lower() in LEFT_WORDS:
        return True
    if len(left) < 4:
        return False
    known, derived = _stem_known(left)
    if derived:
        return True
    if not known:
        return False
    # A capitalised root before a word is often a brand (``BeritaSatu``, ``KompasTV`` spells the
    # acronym, which a space does not hurt).
    return left[0].islower() or bool(_ACRONYM.match(right))


def _token_breaks(tok: str) -> list[int]:
    """Offsets inside ``tok`` where a space goes."""
    cuts: set[int] = set()
    detik = [(m.start(), m.end()) for m in _CHANNEL.finditer(tok)]
    for a, b in detik:
        if a >= 2 and tok[a - 1].islower():
            cuts.add(a)  # ``Pantauan|detikJateng``
        name = tok[a + len(OUTLET_PREFIX):b]
        if name == "com":
            if b < len(tok) and tok[b].islower() and len(tok) - b >= 2:
                cuts.add(b)  # ``detikcom|di``
            continue
        if name in DETIK_CHANNELS:
            continue
        for n in range(len(name) - 2, 0, -1):  # the longest known channel, then a word
            if name[:n] in DETIK_CHANNELS and (name[n].islower() or name[n + 1:n + 2].islower()) \
                    and len(name) - n >= 2:
                cuts.add(a + len(OUTLET_PREFIX) + n)  # ``detikJateng|di``, ``detikJateng|Selasa``
                break
    start = 0
    for m in _SWITCH.finditer(tok):
        i = m.start()
        if any(a < i <= b for a, b in detik):
            start = i
            continue  # inside or right after an outlet name: handled above
        left = tok[start:i]
        # the left part runs from the last cut or token start
        for c in sorted(cuts):
            if start < c < i:
                left = tok[c:i]
        # one capital and its lower-case run; a lone capital (before another capital, ``IPB``)
        # is judged with the letter after it
        right = _RIGHT.match(tok, i).group()
        if _left_ok(left, tok[i:i + 2] if len(right) == 1 else right):
            cuts.add(i)
        start = i
    return sorted(cuts)


# A capitalised word of four letters or more glued to a me- verb (``Aryamenjawab``,
# ``Reutersmemperkirakan``): the cheap filter before the stemmer is asked.
_VERB_GLUE = re.compile(r"(?<![\w@#/.:-])[A-Z][a-z]{3,}me[a-z]{5,}(?![\w@/-]|\.[A-Za-z])")


def _verb_break(tok: str) -> int | None:
    """Where a me- verb glued to a name starts in ``tok`` (``Arya|menjawab``), or None: the rest is
    a word derived from a dictionary root of four letters or more (``menjawab`` from ``jawab``),
    the name part has four letters or more and the whole token is no dictionary word itself
    (``Rekomendasi`` is not ``Reko`` + ``mendasi``). On the dev news and the NER corpora every
    token split so is a lost space."""
    if known_word(tok):
        return None
    stemmer, roots = _stemmer()
    for m in re.finditer("me", tok):
        i = m.start()
        if i < 4 or len(tok) - i < 7:
            continue
        right = tok[i:]
        stem = stemmer.stem(right)
        if stem in roots and stem != right and len(stem) >= 4:
            return i
    return None


# A capitalised word of six letters or more ending in lower case: the cheap filter before a glued
# function word is looked for.
_PLACE_GLUE = re.compile(r"(?<![\w@#/.:-])[A-Z][a-z]{5,}(?![\w@/-]|\.[A-Za-z])")


def _place_break(tok: str) -> int | None:
    """Where a function word glued after a place name starts in ``tok`` (``Australia|yang``), or
    None. The place part has four letters or more and is a gazetteer country, city or region; the
    whole token is no place nor dictionary word itself, so ``Medan`` or ``Sudan`` stay whole."""
    if place_kind(tok) is not None or known_word(tok):
        return None
    for fw in RIGHT_FUNCTION_WORDS:
        i = len(tok) - len(fw)
        if i >= 4 and tok.endswith(fw) and place_kind(tok[:i]) is not None:
            return i
    return None


def glue_breaks(text: str) -> list[int]:
    """Positions in ``text`` before which a lost space is restored (in order)."""
    out: list[int] = []
    if _HINT.search(text):
        for m in _TOKEN.finditer(text):
            tok = m.group()
            if len(tok) < 6 or not _HINT.search(tok):
                continue
            out.extend(m.start() + c for c in _token_breaks(tok))
    verbs = [m.start() + c for m in _VERB_GLUE.finditer(text) if (c := _verb_break(m.group())) is not None]
    verbs += [m.start() + c for m in _PLACE_GLUE.finditer(text) if (c := _place_break(m.group())) is not None]
    return sorted(set(out) | set(verbs)) if verbs else out


def unglue(text: str) -> str:
    """``text`` with the lost spaces restored at ``glue_breaks``."""
    breaks = glue_breaks(text)
    if not breaks:
        return text
    parts, prev = [], 0
    for b in breaks:
        parts.append(text[prev:b])
        prev = b
    parts.append(text[prev:])
    return " ".join(parts)
