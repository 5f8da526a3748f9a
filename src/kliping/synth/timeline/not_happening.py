"""Why a date is not when its sentence's happening took place
(:func:`not_a_happening`): a target or aim (``menargetkan ... pada Juni 2014``, ``targetnya``), the
date of quoting (:mod:`.quoting_dates`), part of a name (``Universitas 17 Agustus 1945``) or a level
a move is measured from (:mod:`.comparisons`); and a month named as a recurring period
(:func:`generic_month`: ``biasanya pada Januari``).

Apart because this one test is asked of every date, by the placement and by the day a quote was
said, and holds the target and name rules only it uses.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache

from kliping.lang.id import calendar, time_cues
from kliping.model import TimeExpr
from kliping.synth.corpus import words
from kliping.synth.timeline.clauses import (
    CLAUSE_BREAK,
    COMPARISON_WINDOW,
    clause_before,
    first_clause,
    last_clause,
    main_verb,
)
from kliping.synth.timeline.comparisons import measured_from
from kliping.synth.timeline.quoting_dates import cited_clause_before, quoted_at, recent
from kliping.text.patterns import WORD

# How far back in its clause a target word is looked for (``dinas menargetkan lampu jalan di
# tiga kecamatan pinggiran itu tuntas pada Maret 2026``: nine words between the cue and the date).
TARGET_WINDOW = 12


def _target(clause: list[str]) -> bool:
    """A target, plan or prediction cue governs the date that ends ``clause`` (its last words): the
    cue is not inside a ``yang`` relative clause (``pria yang diperkirakan berusia 40 tahun itu
    ditemukan Senin``); after it, the first verb is its complement (``menargetkan agar kontraktor
    merampungkan ...``) and no second verb of its own stands before the date, except a completion
    verb (``ditargetkan jalan itu dibangun dan rampung pada Juni``). The noun ``target`` counts only
    right before the date, with at most two words between (``target utama 1 Juni``), or with a
    completion verb and no other verb between (``target dua ribu meteran terpasang pada Desember``)."""
    for k, w in enumerate(clause):
        rest = clause[k + 1 :]
        verbs = [x for x in rest if main_verb(x) or x in calendar.COMPLETION_VERBS]
        if w == "target":
            if not verbs and len(rest) <= 2 + sum(x in time_cues.DATE_LEAD_WORDS_PERIOD for x in rest):
                return True
            if verbs and all(x in calendar.COMPLETION_VERBS for x in verbs):
                return True
            continue
        if w not in calendar.TARGET_BEFORE or "yang" in clause[max(0, k - 2) : k]:
            continue
        if w in time_cues.TARGET_TOPICS and set(rest) & time_cues.TARGET_MET:
            continue  # ``targetnya adalah gudang yang dijarah``, ``targetnya ditetapkan``: a happening
        if w in time_cues.DEADLINE_NOUNS and rest[-1:] == ["pada"] and any(main_verb(x) for x in clause[:k]):
            continue  # ``membicarakan tenggat revisi pada Selasa``: the date of the verb governing the noun
        if all(x in calendar.COMPLETION_VERBS for x in verbs[1:]):
            return True
    return False


def _apposed_target(sentence: str, start: int, clause: list[str]) -> bool:
    """The date's clause is only an apposition word (:data:`time_cues.APPOSITION_WORDS`, ``pada`` or
    ``tanggal`` beside it) and a target cue governs the end of the clause before it (``hingga target
    pemasangan alat itu rampung, yakni pada Juni 2026``): the date renames that target's time."""
    rest = [w for w in clause if w not in time_cues.DATE_LEAD_WORDS_MONTH]
    if len(rest) != 1 or rest[0] not in time_cues.APPOSITION_WORDS:
        return False
    parts = CLAUSE_BREAK.split(sentence[:start])
    return len(parts) > 1 and _target(words(parts[-2])[-TARGET_WINDOW:])


_WEEKDAY_WITH_DATE = re.compile(r"^(?:hari\s+)?([^\W\d_]+)\s*\(\s*\d{1,2}\s*/\s*\d{1,2}", re.IGNORECASE)


def _in_name(sentence: str, start: int) -> bool:
    """The date at ``start`` is part of a name: a capitalised name word right before it
    (``Universitas 17 Agustus 1945``, ``Jalan 10 November``; not ``berunjuk rasa di kampus Senin``),
    possibly with a number between (``Universitas Sebelas Maret``). A weekday with its date in
    brackets (``Senin (3/3/2025)``) is never part of a name."""
    m = _WEEKDAY_WITH_DATE.match(sentence[start:])
    if m and m.group(1).casefold() in calendar.WEEKDAYS:
        return False
    written = WORD.findall(last_clause(sentence[:start]))[-2:]

    def name_word(w: str) -> bool:
        return w[:1].isupper() and w.casefold() in calendar.NAME_BEFORE

    if written and name_word(written[-1]):
        return True
    return len(written) > 1 and name_word(written[-2]) and (
        written[-1].isdigit() or written[-1].casefold() in calendar.NUMBER_WORDS)


_TARGET_TOPICS = "|".join(sorted(time_cues.TARGET_TOPICS))
_TARGET_TOPIC = re.compile(r"(?i)\b(?:" + _TARGET_TOPICS + r")\b(.*)$")
# The same words anywhere, inside a word too: the cheap test of a whole sentence (``_names_aim_topic``).
_TARGET_TOPIC_WORD = re.compile(r"(?i)(?:" + _TARGET_TOPICS + r")")


@lru_cache(maxsize=64)
def _names_aim_topic(sentence: str) -> bool:
    """The sentence writes a word of :data:`time_cues.TARGET_TOPICS` anywhere (as part of a word too): read
    once per sentence, so that the dates of a long sentence naming none skip the search of each prefix."""
    return _TARGET_TOPIC_WORD.search(sentence) is not None


def _aim_topic(sentence: str, start: int) -> bool:
    """The date follows ``targetnya``/``sasarannya`` in its sentence, with no word saying the aim was
    met between (``time_cues.TARGET_MET``)."""
    if not _names_aim_topic(sentence):
        return False
    m = _TARGET_TOPIC.search(sentence[:start])
    return bool(m) and not set(words(m.group(1))) & time_cues.TARGET_MET


def not_a_happening(sentence: str, start: int, granularity: str, value: str | None = None,
                    published: dt.date | None = None, clause: list[str] | None = None) -> str | None:
    """Why the date at ``start`` is not when the sentence's happening took place, or None: a
    target or deadline (``menargetkan ... pada Juni 2014``), when the text was quoted or written
    (``dikutip Minggu``), part of a name (``Universitas 17 Agustus 1945``), the month a change in
    percent is measured from (``turun 30 persen sejak Juni``), the level a move is measured from
    (``dari penutupan pada Jumat``, ``dari puncak ... pada Juni``, ``dari Selasa menjadi 6.500``), a
    level "not seen since" (``belum pernah setinggi ini sejak Mei 2008``). Cue lists in :mod:`kliping.lang.id.calendar`.
    ``value`` and ``published``, when given, bound a viewing date's age (:data:`QUOTING_MAX_DAYS`);
    ``clause``, when given, is ``clause_before(sentence, start)`` already read by the caller."""
    clause = clause_before(sentence, start) if clause is None else clause
    before = clause[-COMPARISON_WINDOW:]
    if _target(clause[-TARGET_WINDOW:]) or _aim_topic(sentence, start) or _apposed_target(sentence, start, clause):
        return "target"
    last = [w for w in before[-3:] if w not in time_cues.DATE_LEAD_WORDS]
    if (last and last[-1] in calendar.CITED_BEFORE) or (
            not [w for w in before if w not in time_cues.DATE_LEAD_WORDS] and cited_clause_before(sentence, start)
    ):
        return "cited"
    quoted = quoted_at(sentence, start)
    if quoted == "text" or (quoted == "seen" and recent(value, published)):
        return "cited"
    if _in_name(sentence, start):
        return "name"
    if measured_from(sentence, start, before, granularity):
        return "comparison"
    return None


# Words a month named as a period of every year is written with alone (``Desember``, ``bulan
# Desember``, ``akhir Desember``); ``Desember lalu``, ``Desember 2014`` name one month.
_BARE_MONTH_WORDS = frozenset(calendar.MONTHS) | calendar.PERIOD_MODIFIERS | {"bulan"}
# How far from the month a habit word of its clause is looked for, before and after it.
GENERIC_WINDOW = 6


def generic_month(sentence: str, t: TimeExpr, clause: list[str]) -> bool:
    """The month ``t`` is named as a recurring period, every year's such month, not as the month of a
    happening: a month written alone (no year, ``lalu``, ``ini``: :data:`_BARE_MONTH_WORDS`) with a
    habit word in its clause (:data:`time_cues.HABIT_WORDS`: ``biasanya pada Januari harga cabai
    turun``, ``permintaan avtur umumnya memuncak pada Desember``), after a yearly habit in its clause
    (``setiap tahun ... pada Maret``), or opening its clause as the subject of a property
    (:data:`time_cues.PERIOD_PROPERTY_WORDS`: ``Bulan Desember perlu energi lebih besar``). ``clause``:
    the words of its clause before it. The extractor reads such a month as the nearest one, which is
    no happening of the story; ``setiap Desember`` it already gives as a SET."""
    own = words(t.text)
    if not any(w in calendar.MONTHS for w in own) or any(w not in _BARE_MONTH_WORDS for w in own):
        return False
    after = words(first_clause(sentence[t.end :]))
    near = clause[-GENERIC_WINDOW:] + after[:GENERIC_WINDOW]
    if any(w in time_cues.HABIT_WORDS for w in near):
        return True
    if any(a in calendar.EVERY_WORDS and b == "tahun" for a, b in itertools.pairwise(clause)):
        return True
    opens = all(w in ("pada", "di", "bulan") for w in clause)
    return opens and after[:1] != [] and after[0] in time_cues.PERIOD_PROPERTY_WORDS
