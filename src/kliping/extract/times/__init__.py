"""Indonesian time expressions, typed and normalised to TIMEX3-style values.

One compiled regex (an alternation of pattern families, each a named group) runs once per sentence;
``Match.lastgroup`` names the family, and a small handler per family turns the match into
``TimeExpr`` values. There is no per-token Python loop, so tagging costs a fraction of spaCy
tokenisation of the same text (see ``bench/``).

Values follow TIMEX3: ``2024-06-17`` (day), ``2024-W23`` (week), ``2024-06`` (month), ``2024-Q3``,
``2024-H1``, ``2022-WI`` (season), ``2024`` (year), ``199X`` (decade), ``2014-12-28T14:30`` and
``2014-12-28TAF`` (time, part of day), ``P2D``/``PT3H``/``PXM`` (durations), ``P1W`` or
``XXXX-WXX-1`` (sets), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. Relative expressions are
resolved against ``Document.anchor``; without an anchor they are still reported with ``value=None``.

Choices worth knowing:

* bare months and weekdays (``pada Maret``, ``Selasa``) resolve to the nearest past occurrence
  (the current month/day included), or the nearest future one when the sentence speaks of the
  future (``akan``, ``mulai``, ``dijadwalkan``...); ``lalu``/``depan`` after them decide outright;
* dates without a year take the year that puts them nearest the anchor; with a weekday
  (``Senin (20/10)``) the year whose calendar matches the weekday wins;
* ``N unit kemudian`` / ``sebelumnya`` count from the latest explicit date earlier in the article;
  vague counts (``beberapa minggu kemudian``) get the coarsest calendar unit that contains every
  plausible reading (2–9 units), or ``None``/``PAST_REF``/``FUTURE_REF`` when none does;
* tropical seasons (``musim hujan``, ``musim kemarau``) have no TIMEX3 code: value is the year;
* a clock time or part of day (``malam hari``) takes the nearest day-level date before it in the
  sentence, else one after it unless a speech verb separates them, else the latest day of earlier
  sentences, else the anchor (``XXXX-XX-XX`` without one); a clock range (``pukul 13.00-15.00``)
  is one expression valued at its start;
* futures delivery months (``pengiriman Januari``) are future; ``sejak Juni`` is past; future cues
  after a bare word count only up to the next comma; a bare weekday written with a date earlier in
  the article (``Kamis (27/11/2014)``) is that day;
* ``kemarin`` before ``ada``/``sempat`` or after ``karena``/``yang`` is "previously" (PAST_REF);
* bare years after a word (``APBN-P 2015``) are dates unless the word makes them a number or code;
  years in bibliographic citations (``(Wilson, 2015)``, ``Aspinall dkk (2022)``) are not times;
* all-caps sentences are matched on a title-cased copy with the same offsets;
* ``UU No. 11 Tahun 2008`` and similar legal citations are not times.

Modules: :mod:`.patterns` (the pattern pieces, the families and the compiled ``PATTERN``),
:mod:`.context` (the per-document state), :mod:`.values` (value formatting and calendar
arithmetic), :mod:`.resolution` (a bare day, month or weekday against the anchor), the family
handlers by concern: :mod:`.dates` (explicit dates), :mod:`.years` (years and decades),
:mod:`.periods` (quarters, halves, seasons, ordinal weeks), :mod:`.relative` (counted and
relative periods, reference words), :mod:`.weekdays`, :mod:`.days` (relative days, clock times,
parts of day), :mod:`.months` (bare months), :mod:`.durations` (durations and sets);
:mod:`.sentence_passes` (passes over a sentence's hits read together) and :mod:`.extraction` (the
entry points). This package re-exports the entry points and the public tuning constants.
"""

from __future__ import annotations

from kliping.extract.times.extraction import extract_times, tag_sentence
from kliping.extract.times.patterns import PATTERN
from kliping.extract.times.relative import TIME_LEFT_WINDOW
from kliping.extract.times.resolution import COMING_MONTHS
from kliping.extract.times.sentence_passes import GLOSS_MAX_DAYS

__all__ = [
    "COMING_MONTHS",
    "GLOSS_MAX_DAYS",
    "PATTERN",
    "TIME_LEFT_WINDOW",
    "extract_times",
    "tag_sentence",
]
