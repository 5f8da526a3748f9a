"""Direct quotes and reported statements with their speakers (``kliping.extract.quotes``). The rules
live in :mod:`kliping.extract.quotes.extraction` and the modules it imports; this package re-exports
the names the rest of the project uses, with the helpers ``kliping.extract.claims`` reads from it.
"""

from __future__ import annotations

from kliping.extract.quotes.clauses import _cut_content, _has_predicate, _strip_connectors, predicate_only
from kliping.extract.quotes.context import _context, _name_text, _part_of, _place_name
from kliping.extract.quotes.extraction import (
    _find_role,
    _fronted_subject,
    _resolve_phrase,
    _resolve_pronoun,
    extract_quote_spans,
    extract_quotes,
    quote_spans,
)
from kliping.extract.quotes.names import _cap_run, _is_acronym
from kliping.extract.quotes.patterns import _DOUBLE, _EPITHET, _OFFICE_WORDS, TITLE_WORDS
from kliping.extract.quotes.records import _Ctx, _Speaker
from kliping.extract.quotes.speaker_phrases import _speaker_after
from kliping.extract.quotes.subjects import _subject

__all__ = [
    "TITLE_WORDS",
    "_DOUBLE",
    "_EPITHET",
    "_OFFICE_WORDS",
    "_Ctx",
    "_Speaker",
    "_cap_run",
    "_context",
    "_cut_content",
    "_find_role",
    "_fronted_subject",
    "_has_predicate",
    "_is_acronym",
    "_name_text",
    "_part_of",
    "_place_name",
    "_resolve_phrase",
    "_resolve_pronoun",
    "_speaker_after",
    "_strip_connectors",
    "_subject",
    "extract_quote_spans",
    "extract_quotes",
    "predicate_only",
    "quote_spans",
]
