"""Figures: the storyline's numbers grouped by what they count or measure (a package; the code is being moved
out of :mod:`.reading` into modules of one concern each)."""

from __future__ import annotations

from kliping.synth.figures.clauses import _CLAUSE_BREAK, amount_clause, sentence_tokens
from kliping.synth.figures.counts import count_subject
from kliping.synth.figures.keys import abbreviations, figure_key, rate_name
from kliping.synth.figures.measures import (
    amount_measures,
    amount_whole,
    article_countries,
    article_orgs,
    measure_owner,
    measure_scoped,
    measured_owner,
)
from kliping.synth.figures.modes import amount_mode, amount_plan, statement_mode
from kliping.synth.figures.money import CURRENCIES, money_measure
from kliping.synth.figures.moves import article_moves, is_base, is_delta, is_increment, moves_to, prior_level
from kliping.synth.figures.places import article_places
from kliping.synth.figures.point import Point
from kliping.synth.figures.prices import rate_measure
from kliping.synth.figures.reading import figure_points, recalls_figure
from kliping.synth.figures.shares import SHARE_NAMES
from kliping.synth.figures.table import (
    bare_series,
    build_figures,
    in_series,
    shown_series_name,
    table_series,
    written_forms,
)

__all__ = [
    "CURRENCIES",
    "SHARE_NAMES",
    "_CLAUSE_BREAK",
    "Point",
    "abbreviations",
    "amount_clause",
    "amount_measures",
    "amount_mode",
    "amount_plan",
    "amount_whole",
    "article_countries",
    "article_moves",
    "article_orgs",
    "article_places",
    "bare_series",
    "build_figures",
    "count_subject",
    "figure_key",
    "figure_points",
    "in_series",
    "is_base",
    "is_delta",
    "is_increment",
    "measure_owner",
    "measure_scoped",
    "measured_owner",
    "money_measure",
    "moves_to",
    "prior_level",
    "rate_measure",
    "rate_name",
    "recalls_figure",
    "sentence_tokens",
    "shown_series_name",
    "statement_mode",
    "table_series",
    "written_forms",
]
