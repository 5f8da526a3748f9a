"""Dates still to come and what makes such a date no happening
(:func:`unsure_future`): hoped for (``mudah-mudahan awal Desember``), supposed (``jika pekan depan
...``), waited for (``kita tunggu saja``), the earliest possible or a threat (``paling cepat``,
``terancam``), the end of a period (``ditutup hingga Minggu``) or forecast; whether the publication
month is still ahead (:func:`still_to_come`); a deadline, past or coming (:func:`deadline`); a
rule from a coming date (:func:`rule_to_come`).

Apart because these read the future words of a date's clause, which neither the comparisons nor
the quoting dates need; a plan (:mod:`.planned`) is a date still to come that stays on the
timeline.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.extract.quotes import DOUBLE_QUOTE_MARKS
from kliping.lang.id import calendar, cues, time_cues
from kliping.synth.corpus import words
from kliping.synth.timeline.clauses import CLAUSE_BREAK, HYPHENATED_WORD, clause_before, main_verb
from kliping.synth.timeline.not_happening import TARGET_WINDOW
from kliping.text.patterns import alternation

# How many words before a coming date (``belum tahu apakah rapat digelar pekan depan``: four between) or
# after it (``dua bulan lagi enggak tahu``) a phrase of not knowing may stand.
UNKNOWN_WINDOW = 5
_UNKNOWN = re.compile(rf"\b(?:{alternation(time_cues.UNKNOWN_PHRASES)})\b")
# How many words before a date a condition word may stand: a short subject and verb between
# (``kalau Kamis nanti``, ``jika stok beras belum datang pekan depan``); further back the condition
# is usually about something else in the sentence.
CONDITION_WINDOW = 5
# How many words after a date a wait-and-see verb may stand: a pronoun, ``akan`` and the verb
# (``Desember nanti kami akan lihat lagi``).
WAIT_AFTER_WINDOW = 4
# How many words before a date a hope word reaches when a verb of its own stands between: a hope
# about something (``berharap banyak pada pertemuan dengan bupati yang akan digelar Rabu``) does not
# make the meeting hoped for.
HOPE_NEAR = 4
# Part-of-month words that put the rest of the publication month still to come, with the last day of
# the month part they name: ``akhir Oktober`` in a piece of 10 October.
_MONTH_PART_ENDS: dict[str, int] = {"akhir": 31, "penghujung": 31, "pertengahan": 20}
# Attribution asides that split a hope from its date (``Semoga, kata Bupati, Desember jalan sudah
# mulus``): removed before the clause of the date is taken.
_ATTRIBUTION_ASIDE = re.compile(
    r"(?i),\s*(?:" + "|".join(cues.SPEECH_ROOTS) + r")(?:nya)?\b[^,;:()]{0,40},")


def after_publication(value: str, granularity: str, published: dt.date) -> bool:
    """A day after the publication day, or a month after the publication month."""
    return value > (published.isoformat() if granularity == "day" else published.isoformat()[:7])


def still_to_come(sentence: str, start: int, end: int, value: str, granularity: str,
                   published: dt.date, clause: list[str] | None = None) -> bool:
    """A day after the publication day, or a month after the publication month; the publication
    month itself only when the text puts it ahead: a future word after it (``Oktober nanti``,
    ``akhir bulan ini mendatang``) or a part of the month not yet reached (``akhir Oktober`` up to
    the 21st, ``pertengahan Oktober`` up to the 10th). A plain month of publication is mostly its
    past days (``sejak awal Oktober``, ``data Oktober``), so hopes and conditions about it are not
    read as unsure plans. ``clause``: :func:`clause_before`, when the caller read it already."""
    month = published.isoformat()[:7]
    if granularity == "day" or value != month:
        return after_publication(value, granularity, published)
    said = words(sentence[start:end])
    after = words(CLAUSE_BREAK.split(sentence[end : end + 200])[0])[:2]
    if any(w in time_cues.MONTH_FUTURE_AFTER for w in said + after):
        return True
    last = (clause_before(sentence, start) if clause is None else clause)[-1:]
    last_day = next((d for w, d in _MONTH_PART_ENDS.items() if w in said + last), None)
    return last_day is not None and published.day <= last_day - 10


def _this_month(sentence: str, start: int, end: int, value: str, published: dt.date) -> bool:
    """The publication month said as "this month" (``Oktober ini``, ``bulan ini``): after a hope or
    condition word it looks forward (``Mudah-mudahan Oktober ini jembatan itu diresmikan``: the rest
    of the month), unlike a plain month (``sejak awal Oktober``), which :func:`still_to_come`
    leaves in the past."""
    return value == published.isoformat()[:7] and "ini" in words(sentence[start:end])


def date_clause_before(sentence: str, start: int) -> str:
    """The clause a date ends, without attribution asides; a clause of only date words (``besok,
    Selasa, 21/10``: the date in apposition) takes the one before it too."""
    clauses = CLAUSE_BREAK.split(_ATTRIBUTION_ASIDE.sub(" ", sentence[max(0, start - 400) : start]))
    text = clauses[-1]
    k = len(clauses) - 1
    while k > 0 and all(w in calendar.DEICTIC_DAYS or w in calendar.WEEKDAYS or w in calendar.MONTHS
                        or w.isdigit() or w in time_cues.DATE_LEAD_WORDS for w in words(text)):
        k -= 1
        text = clauses[k] + " " + text
    return text


# Future words that fix a schedule: beyond :data:`HOPE_NEAR` words they part a hope from its date
# (``berharap banyak, sidang dijadwalkan Rabu``); ``akan``/``bakal`` do not, they are the hoped
# thing's own future (``semoga proyek jalan itu akan rampung pada Desember``).
_SCHEDULE_CUES = calendar.FUTURE_CUES - time_cues.HOPED_FUTURE


def _hoped(before: list[str]) -> bool:
    """A hope word governs the date that ends ``before`` (the clause's words): not inside a ``yang``
    clause (``rapat yang diharapkan memutuskan ... digelar Kamis``), no ``yang`` between it and the
    date (``berharap pada pertemuan yang akan digelar Rabu``: a scheduled meeting), at most one
    verb between (the hoped thing's: ``berharap proyek itu dimulai pada Januari``), and, beyond
    :data:`HOPE_NEAR` words, no schedule word between (``berharap banyak, sidang dijadwalkan
    Rabu``: the hearing is scheduled, not hoped for; ``akan`` is the hoped thing's own:
    :data:`_SCHEDULE_CUES`)."""
    joined = " ".join(before)
    if any(p in joined for p in time_cues.HOPE_PHRASES):
        return True
    for k, w in enumerate(before):
        if w not in time_cues.HOPE_BEFORE or "yang" in before[max(0, k - 2) : k]:
            continue
        rest = before[k + 1 :]
        if "yang" in rest:
            continue
        verbs = [x for x in rest if main_verb(x)]
        if len(verbs) <= 1 and (len(rest) <= HOPE_NEAR or not any(x in _SCHEDULE_CUES for x in rest)):
            return True
    return False


def _conditional(before: list[str], sentence_before: list[str]) -> bool:
    """A condition word at most :data:`CONDITION_WINDOW` words before the date (``before``: the
    clause's words), or the date in the ``maka`` clause of a condition (``jika hujan belum turun,
    maka panas bisa bertahan hingga November``: ``sentence_before``, the sentence's words before the
    date); not a condition word meaning "that" after a verb of saying or knowing (``menyebut kalau
    sidang digelar Kamis``) nor the phrase ``jika dilihat``/``kalau dibandingkan`` (a way of reading
    figures)."""
    if "maka" in sentence_before:
        k = len(sentence_before) - 1 - sentence_before[::-1].index("maka")
        if _condition_at(sentence_before[:k], 0):
            return True
    return _condition_at(before, len(before) - CONDITION_WINDOW)


def _condition_at(before: list[str], near: int) -> bool:
    """A condition word at index ``near`` or later in ``before`` (see :func:`_conditional`)."""
    for k, w in enumerate(before):
        if k < near or w not in time_cues.CONDITION_BEFORE:
            continue
        if k > 0 and (before[k - 1] in time_cues.THAT_AFTER or before[k - 1].removesuffix("nya") in time_cues.THAT_AFTER):
            continue
        if k + 1 < len(before) and before[k + 1] in time_cues.NOT_CONDITION_AFTER:
            continue
        return True
    return False


def _unknown(before: list[str], after: list[str]) -> bool:
    """A phrase of not knowing (:data:`time_cues.UNKNOWN_PHRASES`) among the last
    :data:`UNKNOWN_WINDOW` words of the date's clause or the first ones after it (``harga gabah
    stabil, tiga bulan lagi kami enggak tahu``, ``kami belum tahu apakah sidang digelar pekan depan``): the
    speaker says what the coming date brings is unknown, which is no happening and no plan."""
    near = (" ".join(before[-UNKNOWN_WINDOW - 1 :]), " ".join(after[: UNKNOWN_WINDOW + 1]))
    return any(_UNKNOWN.search(text) for text in near)


def _example(before: list[str], after: list[str]) -> bool:
    """An example word (:data:`time_cues.EXAMPLE_WORDS`) right before the coming date, ``pada`` or
    ``tanggal`` aside (``katakanlah pada 5 Mei``), or right after it (``20 Oktober misalnya``): a date
    the speaker makes up to illustrate, no happening and no plan. Past dates are not asked: an example
    of what happened (``misalnya pada 12 Oktober banjir merendam ...``) is a happening."""
    near = [w for w in before[-3:] if w not in time_cues.DATE_LEAD_WORDS_MONTH][-1:]
    return bool(set(near + after[:1]) & time_cues.EXAMPLE_WORDS)


def _waited(before: list[str], after: list[str]) -> bool:
    """"Let's wait and see" around a date (:data:`time_cues.WAIT_VERBS`): a bare waiting verb with a
    first-person subject (or ``lihat saja``) and only fillers between it and the date (``kita
    tunggu saja sampai pekan depan``), or such a verb among the first words after the date with
    ``lagi`` or a first-person subject (``Desember nanti kami akan lihat lagi``). Never with
    ``dijadwalkan`` in the clause, nor with the prefixed verbs (``akan melihat lokasi banjir``)."""
    if "dijadwalkan" in before or "dijadwalkan" in after:
        return False

    def subject(ws: list[str], k: int) -> bool:
        return any(x in time_cues.FIRST_PERSON for x in ws[max(0, k - 3) : k])

    for k, w in enumerate(before):
        if w in time_cues.WAIT_VERBS and all(x in time_cues.WAIT_FILLERS for x in before[k + 1 :]) and (
                subject(before, k) or before[k + 1 : k + 2] == ["saja"]):
            return True
    head = after[:WAIT_AFTER_WINDOW]
    return any(w in time_cues.WAIT_VERBS and (head[k + 1 : k + 2] == ["lagi"] or subject(head, k))
               for k, w in enumerate(head))


# How many words a deadline cue may stand before its date (``batas waktu pengumpulan berkas
# beasiswa itu 30 Oktober``: five between).
DEADLINE_WINDOW = 6


def deadline(sentence: str, start: int) -> bool:
    """The date at ``start`` is a deadline, the last day allowed (``paling lambat Jumat``, ``batas
    waktu pendaftaran 30 Oktober``, ``terakhir tanggal 7 Juni``): a deadline cue
    (:data:`time_cues.DEADLINE_WORDS`, :data:`time_cues.DEADLINE_PHRASES`) at most
    :data:`DEADLINE_WINDOW` words before it in its clause, with no verb of its own between except
    a completion verb (``batas waktu berakhir pada Senin``). Past or coming: a deadline is when
    something was due, not when it happened. A cue before another verb is about something else
    (``setelah batas waktu habis polisi menggerebek rumah itu pada Senin``: the raid)."""
    clause = [w.casefold() for w in HYPHENATED_WORD.findall(CLAUSE_BREAK.split(sentence[max(0, start - 300) : start])[-1])]
    if sentence[start : start + 8].casefold().startswith("tanggal"):
        clause.append("tanggal")  # ``terakhir tanggal 7 Juni``: the extractor's date holds ``tanggal``
    for k in range(len(clause)):
        one = clause[k] in time_cues.DEADLINE_WORDS
        two = " ".join(clause[k : k + 2]) in time_cues.DEADLINE_PHRASES
        three = " ".join(clause[k : k + 3]) in time_cues.DEADLINE_PHRASES
        if not (one or two or three):
            continue
        cue = " ".join(clause[k : k + (3 if three else 2 if two else 1)])
        rest = clause[k + (3 if three else 2 if two else 1) :]
        if cue in time_cues.DEADLINE_NOUNS and rest[-1:] == ["pada"] and any(main_verb(x) for x in clause[:k]):
            continue  # ``membahas batas waktu pemilu pada Senin``: the date of the verb governing the noun
        if len(rest) <= DEADLINE_WINDOW and all(
                not main_verb(x) or x in calendar.COMPLETION_VERBS or x in time_cues.VERB_SHAPED_NOUNS for x in rest):
            return True
    return False


# How far back in the clause a verb of putting off reaches ``hingga`` (``ditunda oleh majelis hakim
# hingga Kamis``: an agent between).
UNTIL_REACH = 12


def _until(before: list[str]) -> bool:
    """``hingga``/``sampai`` right before the date, only filler words between (``hingga akhir
    Desember``, ``sampai dengan tanggal 8``): the date ends a period. After a verb of putting off
    (``penerbangan ditunda hingga Selasa``, ``ditunda oleh hakim hingga``: :data:`time_cues.MOVED_TO`
    anywhere before in the clause) it is the new day of the event, a schedule, and stays."""
    rest = list(before)
    while rest and rest[-1] in time_cues.UNTIL_FILLERS:
        rest.pop()
    if not rest or rest[-1] not in time_cues.UNTIL_WORDS:
        return False
    head = rest[:-1]
    return not (any(w in time_cues.MOVED_TO for w in head)
                or any(" ".join(head[k : k + 2]) in time_cues.MOVED_TO_PHRASES for k in range(len(head))))


# How many words (and list commas) before a date an earliest-possible or threat cue may stand (``baru
# akan bisa memasang alat itu di Sumatera Utara, Riau, seluruh Sulawesi dan Papua pada 1 Maret``:
# a dozen words and two commas between).
PROJECTION_WINDOW = 20
_WORD_OR_COMMA = re.compile(r"\w+(?:-\w+)*|,(?!\d)")
# What ends the reach of such a cue: a clause of its own after a semicolon, colon or bracket, or a quote.
_PROJECTION_BREAK = re.compile("[;:()" + re.escape(DOUBLE_QUOTE_MARKS) + "]")
_EARLIEST = tuple(tuple(p.split()) for p in time_cues.EARLIEST_PHRASES)


def _projected(sentence: str, start: int) -> str | None:
    """``"earliest"`` or ``"threat"`` when such a cue governs the date at ``start`` (the caller's
    date is still to come): the earliest a thing can happen (``baru akan bisa menerapkan ... pada 1
    Januari``, ``baru bisa memastikan ... pada November``, ``paling cepat``:
    :data:`time_cues.EARLIEST_PHRASES`) or a threat (``terancam tidak boleh beroperasi mulai akhir
    Oktober``, ``mengancam mogok mulai Senin``: :data:`time_cues.THREAT_WORDS`). The cue reaches
    across the commas of a list (``di Jakarta, Jawa dan Kalimantan pada ...``) but not into another
    verb's clause: at most one verb of its own (the cue's complement) between it and the date, none
    after a comma (``warga terancam banjir, sementara bupati meresmikan tanggul Senin``: the
    opening), and not inside a ``yang`` clause (``pabrik yang terancam tutup itu digerebek Senin``:
    the raid)."""
    head = _PROJECTION_BREAK.split(sentence[max(0, start - 300) : start])[-1]
    # words, and a comma as a word of its own: past a comma the list may go on, no clause may start
    written = _WORD_OR_COMMA.findall(head)[-PROJECTION_WINDOW:]
    before = [w.casefold() for w in written]
    # a verb of its own; a capitalised word is a name (``Jalan Merdeka``), not ``me-`` + verb
    verb = [main_verb(w) and not written[k][:1].isupper() for k, w in enumerate(before)]
    for k, w in enumerate(before):
        size = next((len(p) for p in _EARLIEST if tuple(before[k : k + len(p)]) == p), 0)
        kind = "earliest" if size else "threat" if w in time_cues.THREAT_WORDS else None
        if kind is None or "yang" in before[max(0, k - 2) : k]:
            continue
        start_rest = k + max(size, 1)
        comma = before.index(",", start_rest) if "," in before[start_rest:] else len(before)
        if sum(verb[start_rest:]) <= 1 and not any(verb[comma:]):
            return kind
    return None


def unsure_future(sentence: str, start: int, end: int, value: str, granularity: str,
                  published: dt.date | None, clause: list[str] | None = None) -> str | None:
    """Why a date still to come (:func:`still_to_come`) is not a happening, or None: hoped for
    (``mudah-mudahan awal Desember``: :func:`_hoped`), supposed (``jika pekan depan stok belum
    datang``: :func:`_conditional`), the end of a period (``ditutup hingga Minggu``, ``diperpanjang
    hingga 31 Desember``: :func:`_until`; a past ``hingga Senin`` is a status as of that day and
    stays), waited for (``kita tunggu saja sampai akhir bulan``, ``Desember
    nanti kami lihat lagi``: :func:`_waited`), not known (``dua bulan lagi enggak tahu``:
    :func:`_unknown`), an example made up (``20 Oktober misalnya``: :func:`_example`) or forecast
    (``prakiraan hujan lebat untuk besok``: a
    forecast word in the date's own clause) or the start of a time after it (``setelah 15 Mei
    dikenai biaya``: :func:`_after_bound`) or when a thing is to be ready (``kios itu siap Juni
    ini``: :func:`_ready_by`). The publication month said as this month (``semoga bulan ini``:
    :func:`_this_month`) counts after a hope, condition or readiness word only. Past dates are
    untouched: a hope voiced about today
    (``semoga upaya kita hari ini ...``) or ``terungkap kalau ... pada 28 Agustus`` report what
    happened. Cue lists in :mod:`kliping.lang.id.time_cues`. ``clause``: :func:`clause_before`, when
    the caller read it already."""
    if published is None:
        return None
    clause_words = clause_before(sentence, start) if clause is None else clause
    ahead = still_to_come(sentence, start, end, value, granularity, published, clause_words)
    if not ahead and not _this_month(sentence, start, end, value, published):
        return None
    clause = date_clause_before(sentence, start)
    before = [w.casefold() for w in HYPHENATED_WORD.findall(clause)][-TARGET_WINDOW:]
    if _hoped(before):
        return "hope"
    if _conditional(before, [w.casefold() for w in HYPHENATED_WORD.findall(sentence[max(0, start - 400) : start])]):
        return "condition"
    if _ready_by(clause_words):
        return "ready"
    if not ahead:
        return None
    after = [w.casefold() for w in HYPHENATED_WORD.findall(CLAUSE_BREAK.split(sentence[end : end + 300])[0])]
    if _waited(before, after):
        return "wait"
    if _unknown(before, after):
        return "unknown"
    if _example(before, after):
        return "example"
    projected = _projected(sentence, start)
    if projected:
        return projected
    if any(w in time_cues.FORECAST_WORDS for w in before + after):
        return "forecast"
    if _until(clause_words[-UNTIL_REACH:]):
        return "until"
    if _after_bound(clause_words):
        return "after"
    return None


def _ready_by(clause: list[str]) -> bool:
    """The clause of a coming date (or of the publication month said as this month) ends in a word
    of being ready or available (:data:`time_cues.READY_WORDS`), only
    :data:`time_cues.READY_FILLERS` between (``kios itu sudah siap Juni ini``, ``semuanya siap pada
    Juli``): the date is when a thing is to be ready by, a target, not when anything happened. A
    verb after the readiness word (``siap digunakan mulai 10 Juni``) makes the date that verb's
    (a plan, which stays); a comma (``menyatakan siap, Senin``) ends the clause, so a statement's
    day is never asked here."""
    rest = [w for w in clause if w not in time_cues.READY_FILLERS]
    return bool(rest) and rest[-1] in time_cues.READY_WORDS


def _after_bound(clause: list[str]) -> bool:
    """The clause of a date still to come ends in a word of "after" (:data:`time_cues.AFTER_DATE_WORDS`),
    only ``tanggal``/``hari`` between (``pendaftaran setelah 15 Mei dikenai biaya``, ``Sesudah Juni,
    pembagian akan diperluas``): the date opens the time of the happening, as ``hingga`` closes one
    (:func:`_until`); nothing happened at it. A past date after ``setelah`` is the day of the clause
    it opens (``turun, setelah kemarin anjlok 2 persen``: the fall of yesterday) and is never asked
    here; with ``pada`` between, the date is the next verb's own (``setelah pada Senin diperiksa``)."""
    rest = [w for w in clause if w not in time_cues.DATE_HEAD_NOUNS]
    return bool(rest) and rest[-1] in time_cues.AFTER_DATE_WORDS


def rule_to_come(sentence: str, start: int, value: str, granularity: str, published: dt.date | None,
                  clause: list[str] | None = None) -> bool:
    """A rule from a date still to come (``Mulai 1 Juli, pengemudi ojek wajib memakai rompi`` in a
    piece of May): a start word (:data:`time_cues.RULE_START_WORDS`) right before the date and an
    obligation word (:data:`time_cues.OBLIGATION_WORDS`) in its sentence. A past start stays: the rule
    took effect then. ``clause``: :func:`clause_before`, when the caller read it already."""
    if published is None:
        return False
    clause = clause_before(sentence, start) if clause is None else clause
    if not still_to_come(sentence, start, start, value, granularity, published, clause):
        return False
    before = [w for w in clause[-3:] if w not in ("tanggal", "pada")]
    return bool(before[-1:]) and before[-1] in time_cues.RULE_START_WORDS and any(
        w in time_cues.OBLIGATION_WORDS for w in words(sentence))
