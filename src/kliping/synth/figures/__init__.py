"""Figures: the storyline's numbers grouped by what they count or measure.

Quantities group by their counted noun (lemma from the extractor), mapped through a small synonym
table (``figure_cues.NOUN_SYNONYMS``) so that words for the same thing compare
(``butir``/``selongsong``/``peluru`` -> ``peluru``).
Without a noun, money and measures group by their unit (all ``USD`` amounts); bare percentages and
ratios are skipped, since "12%" of unknown things is not comparable with another "12%".

Each occurrence (``Point``) also records what kind of statement carries it, read from its sentence
(``lang.id.figure_cues``): a scenario, a target, the size of a movement, a level read at its own
time, one of several values of its figure in one sentence (a breakdown or a comparison), and the
years and months the sentence names. ``synth.findings`` compares only what these allow
(docs/dossier.md, "Measuring the findings").

Modules, in the order a figure is read: :mod:`.clauses` (a sentence's words and an amount's clause), :mod:`.keys`
(what a quantity is grouped under), :mod:`.point` (the :class:`Point` record), the readings of an amount's clause
(:mod:`.dates`, :mod:`.modes`, :mod:`.measures`, :mod:`.places`, :mod:`.moves`, :mod:`.counts`, :mod:`.money`,
:mod:`.exchange`, :mod:`.prices`, :mod:`.shares`; :mod:`.mates`, the amount right before one), :mod:`.reading` (:func:`figure_points`, which runs them) and
:mod:`.table` (the series and :func:`build_figures`). This package re-exports the names the rest of the project
uses.
"""

from __future__ import annotations

from kliping.synth.figures.clauses import amount_clause, sentence_tokens
from kliping.synth.figures.keys import figure_key
from kliping.synth.figures.money import CURRENCIES, money_measure
from kliping.synth.figures.point import Point
from kliping.synth.figures.prices import rate_measure
from kliping.synth.figures.reading import figure_points, recalls_figure
from kliping.synth.figures.shares import SHARE_NAMES
from kliping.synth.figures.table import build_figures, in_series, shown_series_name, table_series

__all__ = [
    "CURRENCIES",
    "SHARE_NAMES",
    "Point",
    "amount_clause",
    "build_figures",
    "figure_key",
    "figure_points",
    "in_series",
    "money_measure",
    "rate_measure",
    "recalls_figure",
    "sentence_tokens",
    "shown_series_name",
    "table_series",
]
