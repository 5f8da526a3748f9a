"""Movements: an amount that is the size of a move (:func:`is_delta`, :func:`article_moves`), the level a move
went to or came from (:func:`moves_to`, :func:`is_base`, :func:`prior_level`), a value added to others
(:func:`is_increment`), a restatement of the amount before it (:func:`restates`) and the rate key of a move's new
level (:func:`moved_rate`).

Apart because a move is no value of the thing it moves: these readings keep sizes of movements out of the series.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kliping.lang.id import calendar, figure_cues
from kliping.model import Evidence, Quantity
from kliping.synth.corpus import words
from kliping.synth.figures.clauses import verb_like
from kliping.synth.figures.keys import figure_key
from kliping.text.patterns import alternation


def is_delta(sentence: str, q: Quantity) -> bool:
    """The number comes right after a verb or noun of movement (gap words allowed: ``naik senilai Rp 15.000``,
    ``kenaikan sebesar Rp 500``), or restates such a move after its percentage (``melemah 3 persen senilai 1,80
    dollar``, ``naik 12 persen, atau senilai Rp 4,5 triliun``, ``turun 0,48% atau 6,48 poin``:
    ``figure_cues.MOVEMENT_RESTATE``): the size of a change. ``q.start`` is an offset in its sentence. A bound the
    extractor read into the quantity (``melonjak hingga Rp 2.500``: ``up_to``) is where the value went, not by how
    much. A move restated after an amount other than a percentage is found by ``article_moves``."""
    if q.modifier == "up_to" or _CLAUSE_BREAK_BEFORE.search(sentence, max(0, q.start - 8), q.start):
        # ``138 saham menguat, 174 saham melemah``: a comma right before the number ends the clause of
        # the move before it; the number opens a count of its own
        return False
    before = words(sentence[max(0, q.start - 60) : q.start])
    k = len(before)
    while k and before[k - 1] in _RESTATE_WORDS:  # ``atau senilai``, ``atau sekitar``, ``senilai``
        k -= 1
    if any(w in figure_cues.MOVEMENT_RESTATE for w in before[k:]):
        # the move restated as an amount after its percentage
        k -= k > 0 and before[k - 1] in figure_cues.PERCENT_WORDS
        j = k
        while j and before[j - 1].isdigit():  # ``0,48`` is two words
            j -= 1
        if j < k:
            before = before[:j]
    while before and before[-1] in figure_cues.MOVEMENT_GAP:
        before.pop()
    return bool(before) and before[-1] in _MOVEMENT_WORDS


_RESTATE_WORDS = figure_cues.MOVEMENT_RESTATE | figure_cues.MOVEMENT_GAP
_CLAUSE_BREAK_BEFORE = re.compile(r"[,;]\s*$")
_MOVEMENT_WORDS = figure_cues.MOVEMENT_VERBS | figure_cues.MOVEMENT_NOUNS
_BETWEEN_RESTATED = re.compile(r"[\w\s,]*")


def restates(sentence: str, prev: Quantity, q: Quantity) -> bool:
    """``q`` gives again the amount ``prev`` gives: only commas and the words of a restatement stand between them,
    one of them ``atau``/``senilai``/``setara`` (``naik Rp 15.000 atau 25 persen``, ``naik 2 juta barel, atau
    sekitar 3 persen``; ``figure_cues.MOVEMENT_RESTATE``). ``menjadi``, ``ke`` or any other word gives another
    value (``naik 12 persen menjadi Rp 50 triliun``)."""
    between = sentence[prev.end : q.start]
    if prev.end > q.start or not _BETWEEN_RESTATED.fullmatch(between):
        return False
    ws = words(between)
    return (bool(ws) and all(w in _RESTATE_WORDS for w in ws)
            and any(w in figure_cues.MOVEMENT_RESTATE for w in ws))


def article_moves(ev: Evidence) -> set[tuple[int, int]]:
    """``(sentence, start)`` of the article's amounts that give the size of a movement (``is_delta``) or an
    addition (``is_increment``), and of each amount that restates one of them right after it (``restates``:
    ``naik Rp 15.000 atau 25 persen``, ``turun 0,48% atau 6,48 poin``): one move told twice is one move, no
    second value of the series. Not the other way round: ``Ekspor senilai Rp 50 triliun atau naik 12 persen``
    gives the level and then its growth (``naik senilai Rp 15.000 atau 25 persen`` is a move by its verb)."""
    out: set[tuple[int, int]] = set()
    prev: Quantity | None = None
    n = len(ev.doc.sentences)
    for q in sorted(ev.quantities, key=lambda q: (q.sentence, q.start)):
        if not 0 <= q.sentence < n:
            continue
        text = ev.doc.sentences[q.sentence].text
        if (is_delta(text, q) or is_increment(text, q)
                or (prev is not None and prev.sentence == q.sentence and (prev.sentence, prev.start) in out
                    and restates(text, prev, q))):
            out.add((q.sentence, q.start))
        if prev is not None and prev.sentence == q.sentence and moves_to(text, prev, q):
            out.add((prev.sentence, prev.start))
        prev = q
    return out


# The size of a move given before its new level is at most this share of it (``1,5 juta barel ke level 380 juta``);
# a larger first amount is the old value written without ``dari`` (``Rp 2.400 menjadi Rp 1.920``).
MOVE_TO_MAX_SHARE = 1 / 3
_TO_LEVEL = re.compile(r"\s*(?:(?:" + alternation(figure_cues.MOVE_MONTH_BEFORE) + r")\s+(?:bulan\s+)?(?:"
                       + alternation(calendar.MONTHS) + r")(?:\s+\d{4})?\s+)?(?:"
                       + alternation(figure_cues.MOVE_TO_WORDS) + r")(?:\s+(?:"
                       + alternation(figure_cues.MOVE_TO_LEVEL_NOUNS) + r"))?\s*$", re.IGNORECASE)


def moves_to(sentence: str, prev: Quantity, q: Quantity) -> bool:
    """``prev`` is the size of a move whose new level ``q`` gives right after it: the two amounts of one unit stand
    side by side with only ``ke``/``menjadi`` (and ``level``, ``posisi``: ``figure_cues.MOVE_TO_WORDS``,
    ``MOVE_TO_LEVEL_NOUNS``) between, and a verb or noun of movement comes before ``prev`` in its clause
    (``peningkatan stok ... sebanyak 1,5 juta barel ke level 380 juta barel``, ``naik tipis Rp 15 menjadi Rp 16.230``
    when ``is_delta`` misses it): a weekly change is no stock level. Not where ``prev`` is where the move started
    (``turun dari 16.300 ke 16.200``: ``is_base``), nor where it may be (``penurunan berlaku Rp 2.400 menjadi Rp
    1.920``, the old price without ``dari``): a move's size is at most ``MOVE_TO_MAX_SHARE`` of the new level."""
    if prev.unit != q.unit or prev.end > q.start or not _TO_LEVEL.match(sentence[prev.end : q.start]):
        return False
    if abs(prev.value) > MOVE_TO_MAX_SHARE * abs(q.value):
        return False
    if is_base(sentence, prev):
        return False
    clause = sentence[max(sentence.rfind(";", 0, prev.start), sentence.rfind(":", 0, prev.start)) + 1 : prev.start]
    return any(w in _MOVEMENT_WORDS for w in words(clause))


def is_base(sentence: str, q: Quantity) -> bool:
    """The value a movement started from: in the number's clause a movement verb is followed by
    ``dari`` and then the number, right away (``naik dari 39% menjadi 43%``: only 39%) or after a short
    phrase that names a past value: its first word one of ``figure_cues.BASE_GAP`` (``turun dari target
    sebelumnya yang mencapai 16 juta``), at most ``BASE_GAP_MAX`` words, none of them a conjunction
    (``BASE_BREAKS``: ``menjadi``, ``hingga`` and ``ke`` give the new value) or a verb other than those
    of BASE_GAP. ``naik dari hulu sehingga merendam 120 rumah`` and ``turun dari pesawat dan disambut
    300 pelajar`` are no movements of the number. With no movement verb, ``dari`` and the number (BASE_GAP words
    between at most) then ``menjadi`` and a new number (``_BECOMES``) state the change as well: ``sedangkan di
    Kabupaten B dari 900 orang menjadi 1.100 orang`` (a list of regencies), ``jumlah sekolah dari 300 menjadi
    450``. ``dari 3 gudang ke 12 kecamatan`` is a route, not a change."""
    cut = max(sentence.rfind(",", 0, q.start), sentence.rfind(";", 0, q.start), sentence.rfind(":", 0, q.start))
    before = words(sentence[cut + 1 : q.start])  # the amount's clause: after the last comma, ``;`` or ``:``
    for i in range(len(before) - 1, -1, -1):
        if before[i] != "dari":
            continue
        gap = before[i + 1 :]
        if i and before[i - 1] in figure_cues.MOVEMENT_VERBS:
            if not gap:
                return True
            return (gap[0] in figure_cues.BASE_GAP and len(gap) <= figure_cues.BASE_GAP_MAX
                    and not any(w in figure_cues.BASE_BREAKS or (w not in figure_cues.BASE_GAP and verb_like(w)) for w in gap))
        return (all(w in figure_cues.BASE_GAP for w in gap) and len(gap) <= figure_cues.BASE_GAP_MAX
                and _BECOMES.match(sentence, q.end) is not None)
    return False


# After an old value: a few words (no number, no punctuation), ``menjadi``/``jadi`` and, a few words on, the new number
# (``dari 900 orang menjadi 1.100 orang``, ``dari Rp 2.000 menjadi Rp 2.500``).
_BECOMES = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]+){0,3}?(?:" + alternation(figure_cues.CHANGE_BECOMES) + r")[ \t]+(?:[^\W\d]+\.?[ \t]*){0,3}?\d", re.IGNORECASE)


_NEXT_WORDS = re.compile(r"[ \t]+(\w+)(?:[ \t]+(\w+))?")


def is_increment(sentence: str, q: Quantity) -> bool:
    """A value added to others, not the whole: the word right after the count (no punctuation between)
    is ``lain``/``lainnya``/``tambahan``/``lagi`` (``satu tersangka lain``), or ``baru`` after a noun that
    tallies cases or people (``lima tersangka baru``; ``figure_cues.INCREMENT_NEW_NOUNS``: ``40 sekolah
    baru`` are new schools, a count of its own), or the number follows ``tambahan``/``penambahan`` (gap
    words allowed: ``penambahan hingga 16 juta``). Like the size of a movement, such a count says nothing
    of the total. Not: ``baru`` before a verb ("only just": ``12 orang baru dievakuasi``), ``lagi`` before
    ``masih``/``belum`` (what remains: ``dua korban lagi masih dicari``), a cue after a comma (``5 orang,
    lain halnya ...``). ``q.start``/``q.end`` are offsets in the sentence."""
    m = _NEXT_WORDS.match(sentence, q.end)
    if m:
        cue, nxt = m.group(1).casefold(), (m.group(2) or "").casefold()
        noun = (q.noun or "").casefold().split()
        if cue == "baru":
            if noun and noun[-1] in figure_cues.INCREMENT_NEW_NOUNS and not verb_like(nxt):
                return True
        elif cue == "lagi":
            if nxt not in figure_cues.REMAINING_CUES:
                return True
        elif cue in figure_cues.INCREMENT_AFTER:
            return True
    before = words(sentence[max(0, q.start - 40) : q.start])
    while before and before[-1] in figure_cues.INCREMENT_GAP:
        before.pop()
    return bool(before) and before[-1] in figure_cues.INCREMENT_BEFORE


def move_sign(text: str, q: Quantity) -> int:
    """+1 when a rise word (``figure_cues.RISE_VERBS``, ``RISE_NOUNS``) names the move ``q`` is the size of, -1 for a
    fall (``kehilangan 37 sen``, ``turun 1,35 dollar``), 0 when none stands right before it (the words of
    ``figure_cues.MOVEMENT_GAP`` between: ``naik sebesar 17 poin``)."""
    before = words(text[: q.start])
    while before and before[-1] in figure_cues.MOVEMENT_GAP:
        before.pop()
    if not before:
        return 0
    w = before[-1]
    if w in figure_cues.RISE_VERBS or w in figure_cues.RISE_NOUNS:
        return 1
    if w in figure_cues.FALL_VERBS or w in figure_cues.FALL_NOUNS:
        return -1
    return 0


def prior_level(text: str, q: Quantity, same: Sequence[Quantity], moves: set[tuple[int, int]]) -> float | None:
    """The level a reading ``q`` moved from, by the move its sentence states: ``turun 25 sen ke posisi 64,3
    dollar AS`` moved from 64,55, ``naik 15 sen menjadi 64,45`` from 64,30. Only when the sentence gives one level and
    one move of its unit, the move's direction named (``move_sign``): then the two readings of one contract on one
    day, 64,3 and 64,45, are two sessions, the second starting where the first closed (``synth.findings``), not two
    sources at odds. None otherwise. ``same``: the amounts of ``q``'s sentence in its unit, ``q`` among them."""
    if q.unit is None or len(same) != 2:
        return None
    moved = [m for m in same if (m.sentence, m.start) in moves]
    if len(moved) != 1 or len(same) != 2 or q.value_max is not None or moved[0].value_max is not None:
        return None
    sign = move_sign(text, moved[0])
    return q.value - sign * moved[0].value if sign else None


def moved_rate(text: str, q: Quantity, prev: Quantity | None, aliases: dict[str, str]
               ) -> tuple[str, str | None] | None:
    """The rate key of an amount with no noun that is the new level of a move given as a rate right before it
    (``moves_to``): in ``produksi turun 15.000 barel per hari menjadi 8,7 juta barel`` the level is barrels per day,
    as another report's ``8,7 juta barel per hari`` says outright, so both are one series. ``prev``: the amount of its
    sentence and unit that starts last of those ending by ``q``'s start (``mates.LastBefore``), None when none does."""
    if prev is None or not moves_to(text, prev, q):
        return None
    key = figure_key(prev, aliases)
    return key if key is not None and key[0].startswith("per ") else None


# How far before a count ``dari`` may open the change it starts (``dari semula 785 ribu``): ``changed_count_start``.
_FROM_REACH = 3


def changed_count_start(text: str, q: Quantity, mates: Sequence[Quantity]) -> Quantity | None:
    """The count of another noun that count ``q`` (no unit) of sentence ``text`` is the new value of, when the sentence
    states the change across two nouns: ``menjadi``/``jadi`` right before ``q`` (``figure_cues.CHANGE_BECOMES``), the
    last count of no unit before it (``mates``: the sentence's quantities; percentages and ratios between, ``tujuh kali
    lipat``, say how much it grew) and between the two a verb of movement (``400 ribu pasien diabetes ..., melonjak
    tujuh kali lipat menjadi 2,8 juta peserta``) or before the first ``dari`` (``dari semula 785 ribu kunjungan ...,
    kini menjadi 5,6 juta peserta``). One group counted then and now is one series, named by its first count
    (``synth.figures.reading``); the second noun is only how the report words the new number. None otherwise."""
    before = words(text[: q.start])
    if not before or before[-1] not in figure_cues.CHANGE_BECOMES:
        return None
    counts = [m for m in mates if m.unit is None and m.end <= q.start]
    if not counts:
        return None
    r = max(counts, key=lambda m: m.start)
    if not r.noun or not q.noun or r.noun.casefold() == q.noun.casefold():
        return None
    lead = words(text[: r.start])[-_FROM_REACH:]  # ``dari semula``: ``dari`` and words of a past value only
    at = max((k for k, w in enumerate(lead) if w == "dari"), default=None)
    from_before = at is not None and all(w in figure_cues.BASE_GAP for w in lead[at + 1 :])
    between = words(text[r.end : q.start])
    if from_before or any(w in figure_cues.MOVEMENT_VERBS for w in between):
        return r
    return None
