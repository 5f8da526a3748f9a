"""Whether a cue occurrence states a claim, and of which status: negated, compared, conditional or
attempted cues are none; a confirmation cue must report a finished check or an admission; ``diduga``
before an amount is an estimate.
"""

from __future__ import annotations

import re

from kliping.extract.claims.words import _amount_word, _clause_words, _first_word, _is_verb
from kliping.lang.id import cues

_CONDITIONAL = re.compile(r"(?<![\w-])(?:jika|bila|apabila|kalau|seandainya|andaikan)(?![\w-])", re.I)
# A condition opening the text after a cue (``kemungkinan kalau ...``): read by ``_certain_consequent``.
_CONDITIONAL_OPENING = re.compile(r"\s*(?:" + _CONDITIONAL.pattern + r")", re.I)


def _finished_check(before: str, after: str, passive: bool) -> bool:
    """Whether a verification cue reports a finished check of someone's assertion (a confirmation).

    ``Lembaga itu telah memverifikasi sebagian klaim X`` and ``kabar itu sudah diverifikasi`` do;
    ``data peserta yang berhasil diverifikasi`` (records, not an assertion) and ``polisi akan
    memverifikasi motif pelaku`` (a check still to come) do not.
    """
    words = [w.strip(",.;:\"“”").lower() for w in before.split()]
    if not words or words[-1] not in cues.PERFECTIVE_MARKERS:
        return False
    if passive:
        subject = [w for w in words[:-1] if w not in cues.ROLE_DEMONSTRATIVES and w != "yang"][-3:]
        return any(w in cues.ASSERTION_NOUNS for w in subject)
    obj = [w.strip(",.;:\"“”").lower() for w in after.split()[:3]]
    obj = [w for w in obj if w not in cues.OBJECT_QUANTIFIERS]
    return bool(obj) and obj[0] in cues.ASSERTION_NOUNS


def _negated(before: str) -> bool:
    """A negator governs the cue: it stands within four words before it with only modals and
    manner adverbs between (``cues.NEGATION_BRIDGE``: ``tidak bisa serta-merta``, ``agar tidak
    sembarangan``, ``Tidak ada yang akan``), and is not ``tidak hanya`` (``cues.NOT_ONLY``)."""
    words = _clause_words(before, 5)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in cues.CLAIM_NEGATORS:
            return i + 1 == len(words) or words[i + 1] not in cues.NOT_ONLY
        if w not in cues.NEGATION_BRIDGE:
            return False
    return False


def _confirms(cue: str, before: str, after: str) -> bool:
    """A confirmation cue reports someone confirming or admitting a claim, not a need to (``harus
    diakui``, ``penting juga diakui``: the writer's rhetoric; ``harus mengklarifikasi dan
    mengkonfirmasi``: a check to come), not a recognition (``mengakui kedaulatan``) and not the
    reporter asking for comment (``Wartawan telah mengkonfirmasi Ketua DPRD``, ``mengonfirmasi
    kepada polisi``)."""
    words = _clause_words(before, 4)
    if _attempted(words):
        return False  # ``berusaha mengonfirmasi``, ``mencoba membenarkan``: tried, no outcome given
    if cue not in _ADMITTING and any(w in cues.CONFIRMATION_MODALS for w in words):
        return False  # (``Saya harus mengakui, ...`` is an admission: the idiom of a speaker admitting)
    first = _first_word(after)
    if cue == "mengakui" and first in cues.RECOGNITION_OBJECTS and not _predicate_after_object(after):
        return False
    asking = first in cues.ASKING_AFTER or any(w in cues.REPORTER_WORDS for w in words)
    return not ("konfirmasi" in cue and asking)


_ADMITTING = frozenset(("mengakui", "membenarkan"))


def _attempted(words: list[str]) -> bool:
    """An attempt word governs the cue: it is among the last clause ``words`` before it with only
    adverbs between (``berusaha untuk terus mengonfirmasi``); not ``yang berusaha menangkap pelaku
    akhirnya mengonfirmasi`` (the attempt was something else)."""
    for w in reversed(words):
        if w in cues.CONFIRMATION_ATTEMPTS:
            return True
        if w not in cues.ATTEMPT_BRIDGE:
            return False
    return False


_DEMONSTRATIVE = frozenset(("itu", "ini", "tersebut"))


def _predicate_after_object(after: str) -> bool:
    """The object after ``mengakui`` (with a demonstrative, ``hak itu``) is followed by a predicate
    (``mengakui hak warga itu telah dilanggar``, ``mengakui status itu tidak sah``, ``... itu
    melanggar``): the object is the subject of an admitted claim, not a thing recognised."""
    words = [w.strip(",.;:").lower() for w in re.split(r"[,;:]", after, maxsplit=1)[0].split()[1:5]]
    k = next((i for i, w in enumerate(words) if w in _DEMONSTRATIVE), None)
    nxt = words[k + 1] if k is not None and k + 1 < len(words) else (words[0] if words else "")
    return nxt in cues.RECOGNITION_PREDICATE or (k is not None and _is_verb(nxt))


def _estimates(after: str) -> bool:
    """``diduga mencapai ...``, ``diduga di atas 50 dollar``, ``diduga 200 orang``: an amount,
    estimated (``cues.ESTIMATE_AFTER``)."""
    words = [w.strip(",.;:").lower() for w in after.split()[:3]]
    if not words:
        return False
    if words[0][:1].isdigit():
        return True
    for n in (2, 1):
        lead = " ".join(words[:n])
        if lead in cues.ESTIMATE_AFTER:
            return lead not in cues.ESTIMATE_NEEDS_NUMBER or _amount_word(words[n] if len(words) > n else "")
    return False


def _compared(before: str) -> bool:
    """Whether a cue follows a comparison word (``seperti yang``, ``dari yang``, ``sebagaimana``)."""
    words = [w.strip(",").lower() for w in before.split()[-2:]]
    if words and words[-1] == "yang":
        words = words[:-1]
    return bool(words) and words[-1] in cues.COMPARISON_BEFORE


def _proposition_follows(after: str) -> bool:
    """``spekulasi bahwa X akan mundur``: a noun cue states a claim only with a proposition after it."""
    words = after.split()
    first = words[0].lower().strip(",") if words else ""
    if first == "yang" and len(words) > 1:
        return words[1].lower().startswith("menyebut")  # ``spekulasi yang menyebut X …``
    return first in cues.PROPOSITION_OPENERS


def _certain_consequent(after: str) -> bool:
    """``kemungkinan kalau Ibu menteri mundur, itu pasti akan berdampak ...`` (``after``: the text after the cue):
    the cue opens a condition whose main clause, after the condition's comma, says its outcome is sure
    (``cues.CERTAINTY_ADVERBS``): no one speculates on it."""
    m = _CONDITIONAL_OPENING.match(after)
    if m is None or "," not in after[m.end():]:
        return False
    main = after[m.end():].split(",", 1)[1]
    return any(w.lower().strip(".,;:!?\"”") in cues.CERTAINTY_ADVERBS for w in main.split()[:6])


def _noun_kemungkinan(prev_word: str, after: str) -> bool:
    nxt = after.split()[0].lower().strip(",.;:") if after.split() else ""
    return prev_word in cues.SPECULATION_NOUN_BEFORE or nxt in cues.SPECULATION_NOUN_AFTER or not nxt
