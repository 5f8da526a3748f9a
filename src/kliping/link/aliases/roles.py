"""Titles and roles of a name's mentions, compared: the office words a title holds
(``Menkeu`` is ``menteri keuangan``), those that say which office (not ``Ketua``), and whether
two sets of them conflict or name one office.

A short form joins a full name, and two spellings merge, only where their roles allow it; many
join rules ask the same questions, so the answers live here.
"""

from __future__ import annotations

from collections.abc import Sequence

from kliping.lang.id.alias_words import GENERIC_ROLE_WORDS, ROLE_STOP_WORDS
from kliping.lang.id.titles import CASE_ROLE_NOUNS, ROLE_ABBREVIATIONS, TITLE_HEADS
from kliping.link.aliases.forms import Form
from kliping.link.aliases.keys import ALL_HONORIFICS, STRIP


def _expand_role(title: str) -> list[str]:
    """A title's casefolded words with abbreviated offices written out (``Mentan`` -> ``menteri
    pertanian``, ``Wapres`` -> ``wakil presiden``), so the two ways news writes one office compare."""
    out: list[str] = []
    for w in title.casefold().split():
        out.extend(_expand_office(w.strip(STRIP), w).split())
    return out


def _expand_office(word: str, default: str) -> str:
    """One abbreviated office written out; a deputy's (``wa`` + an office: ``Wakapolda``,
    ``Wamenag``, ``Wakasat``) is ``wakil`` and the office, so it never reads as the office holder's."""
    full = ROLE_ABBREVIATIONS.get(word)
    if full is None and word.startswith("wa") and word[2:] in ROLE_ABBREVIATIONS:
        full = "wakil " + ROLE_ABBREVIATIONS[word[2:]]
    return default if full is None else full


def _role_words(title: str | None) -> set[str]:
    """The words of a mention's role (``Kadis PUPR Sumut``); honorifics (``Pak``, ``Prof.``) are none."""
    if not title:
        return set()
    words = {w.strip(STRIP) for w in _expand_role(title)}
    words -= ALL_HONORIFICS | ROLE_STOP_WORDS
    return {w for w in words if w}


def _specific(words: set[str]) -> set[str]:
    """The organisation or place words of a role (``Ketua KPK`` -> ``kpk``)."""
    return words - GENERIC_ROLE_WORDS


def _title_key(title: str | None) -> str:
    """A title written out for comparison (``Mentan`` -> ``menteri pertanian``), punctuation and the
    words of :data:`ROLE_STOP_WORDS` dropped: ``Presiden RI`` is the office ``Presiden`` names."""
    if not title or not title.strip():
        return ""
    words = [w.strip(STRIP) for w in _expand_role(title)]
    return " ".join(w for w in words if w and w not in ROLE_STOP_WORDS)


def _office_title(key: str) -> bool:
    """A written-out title (:func:`_title_key`) that names an office: a title head (``presiden``,
    ``menteri``, ``kapolri``) or an organisation or place word, not a case role (``tersangka``,
    ``saksi``) or an everyday one (``warga``), which many people share."""
    words = set(key.split())
    return bool(words & TITLE_HEADS) or bool(_specific(words) - CASE_ROLE_NOUNS)


def _role_conflict(lone: list[set[str]], full: set[str], attested: bool) -> bool:
    """A lone short form given a role of its own is a one-name person, not the full name's holder,
    when that role shares no word with the full name's roles, or when the full name has no role and
    no article uses the short form for it (``mantan Kadis PUPR Sumut, Mulyono`` is not ``Bambang Tri
    Mulyono``; ``tersangka Erwin`` is not a central bank's ``Erwin Gunawan Hutapea``)."""
    for words in lone:
        if not words:
            continue
        spec = _specific(words)
        if full and (not (spec & _specific(full)) if spec else not words <= full):
            return True
        if not full and not attested:
            return True
    return False


def _titles(forms: Sequence[Form]) -> set[str]:
    return {" ".join(f.title.casefold().split()) for f in forms if f.title and f.title.strip()}


def _same_office(own: set[str], full: set[str]) -> bool:
    """A lone short form's role and a full name's share an organisation or place word, and both or
    neither are a deputy's (``Wamenkeu`` is not ``Menkeu``)."""
    return bool(_specific(own) & _specific(full)) and ("wakil" in own) == ("wakil" in full)
