"""A sentence naming several dates: which of them are not its happening's own
(:func:`joined`): the end of a range (``21-23 Oktober``), alternatives (``Selasa atau Rabu``), a
habit (``setiap Senin-Jumat``), the later months of a list (``Oktober, November, dan Desember``), a
date glossed on Indonesian time, a base a move goes from (``dari ... pada Juli menjadi ... pada
Agustus``); and dates beside the happening's day (:func:`side_dates`): an issue's date, a date in
the topic of the happening or in the object of a purpose, a happening the sentence's own comes ahead
of (``menjelang rilis laporan pada Rabu``), a month holding the sentence's own day.

Apart because these compare a sentence's dates with each other, where the other rules read one
date in its clause.
"""

from __future__ import annotations

import re

from kliping.lang.id import calendar, time_cues
from kliping.model import TimeExpr
from kliping.synth.corpus import words
from kliping.synth.timeline.clauses import (
    CLAUSE_BREAK,
    clause_before,
    clause_words,
    cue_before,
    last_clause_words,
    main_verb,
    usable_date,
    words_before,
)

_BRACKET_DATE_AFTER = re.compile(r"\s*\(\s*\d")
_DASHES = frozenset({"-", "–", "—"})
_HOUR_AFTER = re.compile(r"[\s,]*(?:pukul|jam)\s+\d", re.IGNORECASE)


def _habit(sentence: str, x: TimeExpr, y: TimeExpr) -> bool:
    """Two bare weekdays joined by a dash are a habit (``setiap Senin-Jumat``, ``biasanya
    Sabtu–Minggu``) after a habit word or before an hour (a schedule: ``tayang Senin-Jumat, pukul
    19.00``), when no bracketed date follows (``Sabtu-Minggu (8-9/3/2025)``
    is one weekend)."""
    if _BRACKET_DATE_AFTER.match(sentence[y.end :]):
        return False
    return (any(w in calendar.HABIT_BEFORE for w in words_before(sentence, x.start)[-3:])
            or bool(_HOUR_AFTER.match(sentence[y.end :])))


# A value that opens with a month (``2014-12``, ``2014-12-05``): ``match`` for a day's month too,
# ``fullmatch`` for a month alone (the summary reads it as "the sentence writes a day or month").
MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


_NEXT_WORD = re.compile(r"\s*([^\s,;:.()!?\"“”]+)")
_VERB_PREFIX = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")


def _next_month(value: str) -> str:
    """``2025-12`` -> ``2026-01``."""
    y, m = int(value[:4]), int(value[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def _listed_month(sentence: str, x: TimeExpr, y: TimeExpr) -> bool:
    """``y`` continues a list of months begun by ``x`` (``Oktober, November, dan Desember``): it is
    the month right after ``x`` in the same year, and no verb of its own follows it before a clause
    break (``naik pada Oktober dan November turun lagi``: two happenings; ``pada Januari 2024 dan
    Maret 2025``: two), nor a figure of its own (``2,1 persen pada Oktober dan November 2,3 persen``). A reviewer found any two months joined by a comma or ``dan`` losing the second."""
    if not (x.value and y.value and MONTH_VALUE.fullmatch(x.value) and MONTH_VALUE.fullmatch(y.value)):
        return False
    if y.value != _next_month(x.value) or x.value[:4] != y.value[:4]:
        return False
    m = _NEXT_WORD.match(sentence, y.end)
    word = m.group(1).casefold() if m else ""
    if word in time_cues.LIST_MONTH_NOT_VERBS:
        return True
    if word[:1].isdigit():  # ``inflasi 2,1 persen pada Oktober dan November 2,3 persen``: two figures
        return False
    return not (word in time_cues.LIST_MONTH_VERBS or _VERB_PREFIX.fullmatch(word))


def joined(sentence: str, times: list[TimeExpr]) -> set[int]:
    """Positions (in ``times``, sorted by start) of dates that are not a happening's own: the end of
    a range (``21-23 Oktober``, ``13 hingga 17 Oktober``, ``antara 7 September dan 1 Oktober``,
    ``digelar Sabtu-Minggu (8-9/3/2025)``), a date glossed in brackets on Indonesian time (``Selasa
    (3/3/2015) waktu setempat (Rabu dini hari WIB)``: the gloss), both of alternatives with different values (``Selasa atau
    Rabu``; ``Jumat (7/3/2025) atau tiga hari lalu`` is one day and stays) or of two bare weekdays
    joined by a dash after a habit word (``setiap Sabtu-Minggu``: :func:`_habit`), and a relative
    word glossed by the next one in brackets (``Besok (hari ini)``); the first of two dates joined
    by ``menjadi`` is what the second is compared with (``dari 5 persen pada Juli menjadi 4 persen
    pada Agustus``); the later months of a list (``Oktober, November, dan Desember``), placed with
    the first like a range."""
    skip: set[int] = set()
    for k in range(len(times) - 1):
        x, y = times[k], times[k + 1]
        between = sentence[x.end : y.start].strip()
        bare = all(t.text.strip().casefold() in calendar.WEEKDAYS for t in (x, y))
        if between in _DASHES and bare and _habit(sentence, x, y):
            skip |= {k, k + 1}
        elif between == "atau":
            if x.value != y.value:
                skip |= {k, k + 1}
        elif x.granularity == y.granularity == "month" \
                and " ".join(between.split()) in time_cues.MONTH_LIST_JOINERS:
            if _listed_month(sentence, x, y):
                # ``bantuan untuk Oktober, November, dan Desember``: one fact of a period, placed at
                # its first month (each month was an entry of its own, the later ones planned)
                skip.add(k + 1)
        elif usable_date(x.value, x.granularity) and (between in calendar.RANGE_JOINERS or (
                between == "dan" and words(sentence[: x.start])[-1:] == ["antara"])):
            skip.add(k + 1)
        elif between.endswith("(") and _ZONE_GLOSS.match(sentence[y.end :]):
            skip.add(k + 1)  # ``Selasa (3/3) waktu setempat (Rabu dini hari WIB)``: one moment, Jakarta's clock
        elif between == "(" and sentence[y.end :].lstrip().startswith(")"):
            skip.add(k)
        elif ((bw := words(between))[:1] == ["menjadi"] and bw[-1:] in (["pada"], ["di"]) and len(bw) <= 8
              and not CLAUSE_BREAK.search(between)):
            skip.add(k)  # ``turun dari 5 persen pada Juli menjadi 4 persen pada Agustus``: Juli is the base
    return skip


def side_dates(sentence: str, times: list[TimeExpr], skip: set[int]) -> set[int]:
    """Positions (in ``times``, sorted by start) of dates a sentence names beside its own happening's
    day: the date of an issue (``konferensi pers ... Edisi Juni 2025 ..., Selasa (17/6/2025)``:
    :data:`time_cues.EDITION_WORDS`) when another date of the sentence is not one, and a date inside
    the topic of the happening (``rapat 12 Mei membahas keputusan 3 Mei``, ``diperiksa Selasa (13/6)
    terkait kejadian Senin (12/6)``: :data:`time_cues.TOPIC_WORDS`, at most
    :data:`time_cues.TOPIC_WINDOW` words before the date with no verb between) or in a phrase naming a
    happening the sentence's own comes ahead of (``menurut survei menjelang rilis laporan pada Rabu``:
    :func:`_ahead_of`) when the sentence dates its happening with another day outside any topic. One
    date alone always stays: the
    sentence may be about that very issue or decision. ``skip``: positions already left out."""
    edition: set[int] = set()
    topic: set[int] = set()
    for k, t in enumerate(times):
        if k in skip or not usable_date(t.value, t.granularity):
            continue
        near = clause_words(sentence, t.start, time_cues.TOPIC_WINDOW + 1)
        if near[-1:] and near[-1] in time_cues.EDITION_WORDS:
            edition.add(k)
            continue
        if cue_before(near, time_cues.TOPIC_WORDS, time_cues.TOPIC_STOPS) is not None \
                or _ahead_of(sentence, t.start):
            topic.add(k)
    own = [k for k, t in enumerate(times) if k not in skip and k not in edition and k not in topic
           and usable_date(t.value, t.granularity)]
    out = edition if own else set()
    if any(usable_date(times[k].value, times[k].granularity) == "day" for k in own):
        out |= topic
    return out | _purpose_topic_dates(sentence, times, skip) | _month_of_own_day(times, own)


def _ahead_of(sentence: str, start: int) -> bool:
    """The date at ``start`` is in a phrase naming a happening the sentence's own comes ahead of: a
    word of :data:`time_cues.AHEAD_OF_WORDS` at most :data:`time_cues.AHEAD_WINDOW` words before it in
    its clause (bracketed asides left out), no verb of its own between (``menurut survei sebuah lembaga
    menjelang rilis laporan Bapanas pada Rabu``: the release's day)."""
    near = last_clause_words(sentence[:start], time_cues.AHEAD_WINDOW + 1, asides=True)
    return cue_before(near, time_cues.AHEAD_OF_WORDS) is not None


def _month_of_own_day(times: list[TimeExpr], own: list[int]) -> set[int]:
    """Positions of months holding a day the sentence also names as its own (``Harga minyak turun
    pada Selasa (18/11) karena ragu pertemuan OPEC akhir bulan ini ...``, ``OPEC mungkin memangkas
    produksi dalam pertemuan November, kata bank itu dalam laporannya pada Rabu``): the day dates
    the sentence's happening, and the month is a side event's (a meeting ahead, a plan for the
    month) or the same happening told vaguer, which the day's entry already shows. Dev labels: all
    three such month placements of kompas-oil-dev were wrong dates."""
    days = {times[k].value for k in own if usable_date(times[k].value, times[k].granularity) == "day"}
    return {k for k in own if usable_date(times[k].value, times[k].granularity) == "month"
            and any(d.startswith(f"{times[k].value}-") for d in days if d)}


def _purpose_topic_dates(sentence: str, times: list[TimeExpr], skip: set[int]) -> set[int]:
    """Positions of dates in the object of a topic verb after a word of purpose (``Lavrov berada di
    Pyongyang pekan ini untuk menindaklanjuti pertemuan ... bulan lalu``: :data:`time_cues.PURPOSE_WORDS`,
    :data:`time_cues.PURPOSE_TOPIC_VERBS`, no verb of its own between the verb and the date, in one
    clause) when the sentence names a time of its own before the word of purpose, of any granularity
    (``pekan ini``, ``saat ini``, a day): the happening is then at that time, and the later date is what
    it follows up or discusses. Without such a time the date stays: the sentence may be dated by it alone."""
    out: set[int] = set()
    for k, t in enumerate(times):
        if k in skip or not usable_date(t.value, t.granularity):
            continue
        clause = clause_before(sentence, t.start)
        for j in range(len(clause) - 1, 0, -1):
            if clause[j] in time_cues.PURPOSE_TOPIC_VERBS:
                if clause[j - 1] in time_cues.PURPOSE_WORDS:
                    cut = _purpose_start(sentence[: t.start], clause[j - 1], clause[j])
                    if any(x.end <= cut and x.type in ("DATE", "TIME") and x.value for x in times[:k]):
                        out.add(k)
                break
            if main_verb(clause[j]):
                break
    return out


def _purpose_start(head: str, purpose: str, verb: str) -> int:
    """Where the last ``purpose verb`` pair of ``head`` (the sentence up to the date) starts, else 0."""
    found = list(re.finditer(rf"\b{re.escape(purpose)}\s+{re.escape(verb)}\b", head, re.IGNORECASE))
    return found[-1].start() if found else 0


# An Indonesian time zone closing a bracket: the bracketed date is the one before it told on
# Indonesian time (``Selasa (3/3/2015) waktu setempat (Rabu dini hari WIB)``).
_ZONE_GLOSS = re.compile(r"\s*(?:" + "|".join(sorted((z.upper() for z in calendar.TIME_ZONES), key=len, reverse=True))
                         + r")\s*\)")
