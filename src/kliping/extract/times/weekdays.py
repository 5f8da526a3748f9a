"""Handlers of bare weekdays (``Selasa``, ``Rabu pekan lalu``) and the reading of a capitalised
``Minggu`` as Sunday rather than "week".

A weekday without a date is the nearest past one unless a direction word, ``sejak``, a future cue,
a modal assurance (``dapat dipastikan hari Senin``) or the same weekday dated earlier in the
article says otherwise; a place (``Pasar Minggu``) is no day.
"""

from __future__ import annotations

import datetime as dt
import re

from kliping.extract.times.context import Ctx, Hit
from kliping.extract.times.resolution import nearest_weekday, past_cue, pod_in, tail_direction
from kliping.extract.times.values import with_pod
from kliping.lang.id import calendar as C
from kliping.text.patterns import alternation


def sunday_position(ctx: Ctx, start: int) -> bool:
    """A capitalised ``Minggu lalu/depan`` at ``start`` names the day Sunday, not the week.

    Capitals mark the day mid-clause (``rapat digelar pada Minggu depan``). At the start of a sentence,
    a quote or a clause (after a comma: ``Pencairan dibuka hari Selasa, Minggu depan semua warga bisa``)
    the capital is only the clause's, and right after another weekday (``Senin Minggu depan``) the
    phrase says which week that day is in: both are the week.
    """
    before = ctx.sent[:start].rstrip(' "“‘\'(')
    if not before or before[-1] in ",;:":
        return False
    return ctx.prev_word() not in C.WEEKDAYS


_ASSURED = re.compile(r"(?i)\b(?:" + alternation(C.ASSURANCE_CUES, any_space=True) + r")\b")


def _assured(sent: str, start: int, end: int) -> bool:
    """A modal assurance (``sudah dapat dipastikan hari Senin``, :data:`calendar.ASSURANCE_CUES`)
    in the weekday's own clause, within 50 characters before it, with nothing told between them but
    ``hari``/``pada`` or a schedule or payout verb (``bisa dipastikan dana itu cair Kamis``): what can
    be assured for a day is still to come. A QA read found such a payout day resolved to the Monday
    before the statement. A happening between (``dapat dipastikan korban meninggal Senin``, ``bisa
    dipastikan pelaku sudah kabur Senin``) is a past fact the speaker is sure of: the last weekday."""
    window = sent[max(0, start - 50) : start]
    cut = max(window.rfind(c) for c in ",;:")
    cues = list(_ASSURED.finditer(window, cut + 1))
    if not cues:
        return False
    cue = cues[-1]
    gap = _plain_words(window[cue.end() :])
    if all(w in C.ASSURED_GAP_WORDS for w in gap):
        # the weekday is what is assured (``dapat dipastikan hari Senin, dan ...``) unless a told
        # happening of its own follows it (``dapat dipastikan hari Senin pelaku berada di sana``)
        after = [w for w in _plain_words(_CLAUSE_END.split(sent[end:], 1)[0]) if w not in C.DAY_PART_WORDS]
        gap = after
        if not after:
            return True
    return any(w in C.ASSURED_SCHEDULE_VERBS for w in gap) and not any(w in C.COMPLETED_WORDS for w in gap)


_CLAUSE_END = re.compile(r"[,;:.!?\"“”()]")


def _plain_words(text: str) -> list[str]:
    return [w.strip(".'\"()").lower() for w in text.split()]


# A week phrase right after a bare weekday says which week the day is in (``Rabu pekan lalu``,
# ``Senin minggu depan``, ``Jumat pekan ini``).
_WEEK_AFTER_WEEKDAY = re.compile(
    r"\s+(?:pekan|minggu)\s+(?P<dir>lalu|kemarin|silam|depan|mendatang|ini)(?!\w)", re.IGNORECASE
)
_PLACE_BEFORE_WEEKDAY = re.compile(r"\b(?:" + alternation(C.WEEKDAY_PLACE_WORDS) + r")\s+$")


def h_wday(m: re.Match, ctx: Ctx) -> list[Hit]:
    s, e = m.start("wday"), m.end("wday")
    if _PLACE_BEFORE_WEEKDAY.search(ctx.sent[max(0, s - 12) : s]):
        return []  # a place: Pasar Minggu, Pasar Senen (Jakarta districts), not a day
    wd = C.WEEKDAYS[m["bw_w"].lower()]
    tail = m["bw_tail"]
    week = _WEEK_AFTER_WEEKDAY.match(ctx.sent, e) if not tail.strip() else None
    if week is not None and ctx.anchor is not None:
        # ``Rabu pekan lalu``: the Wednesday of last week, not the nearest Wednesday (which is this
        # week's when the anchor is a Friday). The week phrase keeps its own span and value.
        shift = tail_direction(week["dir"]) or 0
        monday = ctx.anchor - dt.timedelta(days=ctx.anchor.isoweekday() - 1)
        d = monday + dt.timedelta(weeks=shift, days=wd - 1)
        typ, val, gran = with_pod(d, None)
        return [(s, e, typ, val, gran)]
    direction = past_cue(ctx, tail_direction(tail))
    if direction is None and wd in ctx.week_dates:
        d: dt.date | None = ctx.week_dates[wd]
    elif direction is None and ctx.anchor is not None and _assured(ctx.sent, s, e):
        d = ctx.anchor + dt.timedelta(days=(wd - ctx.anchor.isoweekday()) % 7)
    else:
        d = nearest_weekday(ctx, wd, direction)
    typ, val, gran = with_pod(d, pod_in(tail))
    return [(s, e, typ, val, gran)]
