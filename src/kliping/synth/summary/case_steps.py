"""The step of a criminal case a statement reports (:func:`case_status`: sought, arrested, detained,
named a suspect, charged, sentenced, released) and whether it is denied; a form counts only when it
is about a case.
"""

from __future__ import annotations

import re

from kliping.lang.id import status_cues
from kliping.synth.timeline import HYPHENATED_WORD

_CASE_STEPS = tuple(re.compile(r"(?<![\w-])(?:" + p + r")(?![\w-])", re.IGNORECASE)
                    for _name, p in status_cues.CASE_STEPS)


def case_status(text: str) -> tuple[int, bool] | None:
    """The latest step of a criminal case the statement ``text`` reports (its index in
    ``status_cues.CASE_STEPS``: sought, arrested, detained, named a suspect, charged, sentenced,
    released) and whether it is denied (``tidak ditahan``, ``belum ditangkap``: a negation one or two
    words before every form of it, or a demand within three, ``meminta ... segera dibebaskan``), or
    None. Two reports of one case share its people, place and police unit and read alike whatever
    step they tell; a sentence's latest step is its news (``ditangkap dan ditahan`` tells a detention,
    as ``kini ditahan`` does). One sentence telling a step and a similar one telling another, or none
    (``empat WNI diduga ...`` for ``polisi menahan empat WNI ...``), state two facts. A form counts only
    when it is about a case (:func:`_is_step`): not ``Harga BBM ditahan``, ``divonis mengidap
    kanker``, ``dituntut lebih kreatif``, nor a step in a ``yang pernah ...`` clause (background)."""
    for k in range(len(_CASE_STEPS) - 1, -1, -1):
        found = [m for m in _CASE_STEPS[k].finditer(text) if _is_step(text, m)]
        if found:
            return k, all(_denied(text, m.start()) for m in found)
    return None


_WORD_BEFORE_CLAUSE = re.compile(r"[,;:()\"“”]|\b(?:dan|serta|sedangkan|namun|tetapi|lalu|kemudian|sehingga|"
                                 r"karena|setelah|usai|seusai|saat|ketika|bahwa)\b", re.IGNORECASE)
_BACKGROUND = re.compile(r"\byang\s+(?:\S+\s+)?(?:pernah|sempat)\s+(?:\S+\s+)?$", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d.,]*")


def _after(text: str, end: int, n: int) -> list[str]:
    """The first ``n`` words after ``end``, lower-cased."""
    return [w.casefold() for w in HYPHENATED_WORD.findall(text[end:end + 12 * n])[:n]]


def _object(text: str, end: int) -> tuple[str, str]:
    """The first word after ``end`` past fillers (``para``, ``sementara``), as written, and the word
    after it, lower-cased (``menahan empat WNI`` -> ``empat``, ``wni``)."""
    ws = re.findall(r"[\w-]+(?:[.,]\d+)*", text[end:end + 120])
    i = 0
    while i < len(ws) - 1 and ws[i].casefold() in status_cues.OBJECT_FILLERS and i < 3:
        i += 1
    if i >= len(ws):
        return "", ""
    return ws[i], ws[i + 1].casefold() if i + 1 < len(ws) else ""


def _person_object(first: str, nxt: str) -> bool:
    """``first`` (and ``nxt``) is a person a detention is about: a person noun or pronoun, a number
    of people (``empat WNI``, ``dua orang``; not ``40 ton``) or a capitalised name not followed by
    a thing (``Bupati X``; not ``BI Rate``)."""
    low = first.casefold()
    if low in status_cues.PERSON_OBJECTS:
        return True
    if _NUMBER.fullmatch(first) or low in status_cues.NUMBER_WORDS:
        return nxt in status_cues.PERSON_OBJECTS
    return (first[:1].isupper() and low not in status_cues.THING_NOUNS
            and nxt not in status_cues.THING_NOUNS and not _NUMBER.fullmatch(nxt))


def _subject_is_thing(text: str, start: int) -> bool:
    """The noun a passive form is about, the first person or thing noun of its clause before
    ``start``, is a thing (``Harga BBM nonsubsidi ditahan``, ``Gaji ribuan guru honorer di X
    ditahan``, ``Uang negara Rp 5 triliun berhasil diamankan``; not ``Pelaku pencurian mobil itu
    ditahan``). The clause starts after the last punctuation or connective (``dan``, ``setelah``)."""
    before = text[max(0, start - 120):start]
    cut = list(_WORD_BEFORE_CLAUSE.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    for w in HYPHENATED_WORD.findall(before):
        low = w.casefold()
        if low in status_cues.PERSON_OBJECTS:
            return False
        if low in status_cues.THING_NOUNS:
            return True
    return False


def _is_step(text: str, m: re.Match[str]) -> bool:
    """The matched form tells a step of a case: its person is no thing, a verdict or a prosecutor's
    demand has its penalty words, a manhunt its police or case words, a release is no exemption, and
    it is not background in a ``yang pernah ...`` clause."""
    form = m.group(0).casefold()
    head = form.split()[0]
    if _BACKGROUND.search(text[max(0, m.start() - 40):m.start()]):
        return False
    if head in status_cues.SUBJECT_READ and _subject_is_thing(text, m.start()):
        return False
    if head in status_cues.OBJECT_READ:
        first, nxt = _object(text, m.end())
        if head in status_cues.PERSON_OBJECT_ONLY:
            if not _person_object(first, nxt):
                return False
        elif first.casefold() in status_cues.THING_NOUNS:
            return False
    if head in status_cues.VERDICT_HEADS and not set(_after(text, m.end(), 4)) & status_cues.VERDICT_WORDS:
        return False
    if head == "dituntut" and not (set(_after(text, m.end(), 4)) & status_cues.DEMAND_WORDS
                                   or re.match(r"\s+(?:\S+\s+){0,2}?\d+\s+(?:tahun|bulan)\b", text[m.end():])):
        return False
    if head in status_cues.MANHUNT_HEADS:
        near = set(_after(text, m.end(), 4)) | {w.casefold() for w in HYPHENATED_WORD.findall(text[max(0, m.start() - 60):m.start()])[-4:]}
        if not near & status_cues.MANHUNT_WORDS:
            return False
    if head == "dibebaskan":
        after = _after(text, m.end(), 2)
        if after[:1] == ["dari"] and after[1:] and after[1] in status_cues.EXEMPT_FROM:
            return False
    return True


def _denied(text: str, at: int) -> bool:
    """A negation (``status_cues.STEP_NEGATIONS``) is one of the two words before ``at``, or a demand
    or hope (``status_cues.STEP_DEMANDS``: ``meminta``, ``agar``) one of the three."""
    before = [w.casefold() for w in HYPHENATED_WORD.findall(re.split(r"[,;:.]\s", text[max(0, at - 50):at])[-1])]
    return bool(set(before[-2:]) & status_cues.STEP_NEGATIONS or set(before[-3:]) & status_cues.STEP_DEMANDS)
