"""Direct quotes and reported statements with their speakers.

Indonesian news attributes speech in a handful of fixed shapes, so this is a rule system over the
cleaned text rather than a model:

* direct quotes in any quote style (``“…”``, ``"…"``, ``‘…’``, ``«…»``, Kompas' ``”…”``), with the
  attribution after (``“…,” kata X.``, ``"…," terangnya.``) or before (``X mengatakan, “…”``,
  ``Kata X, “…”``), interrupted by it (``“…,” kata X. “…”`` gives two quotes with one speaker),
  running over paragraphs (a paragraph that opens a quote and does not close it continues in the
  next paragraph that opens with a quote mark), or standing alone as a continuation paragraph;
* scare quotes (``“menentukan”``): short quoted spans with no speech cue next to them, quoted
  terms and titles: recognised (so they are not taken as speech) but not returned, except a
  phrase of three words or more that a speech verb gives to a speaker (a partial quote,
  ``direct=False``);
* reported statements (``X mengatakan bahwa …``, ``menurut X, …``, ``…, kata X.``) as
  ``direct=False`` quotes whose text is the reported content.

Speakers are resolved in reading order: ``-nya``/``dia``/``ia``/``beliau`` go to the most recent
speaker (or a person mention in subject position after it), ``menteri tersebut`` to the most recent
person whose title has that role word; nothing is guessed, an unknown speaker stays ``None``. With
``mentions`` (from the entity extractor) the speaker name snaps to the mention text; without them a
capitalised-word heuristic strips titles (``Presiden``) and keeps the name.

Modules, in the order the rules use them: :mod:`.patterns` (the cue patterns), :mod:`.records`
(the records), :mod:`.context` (the article context and its lookups), :mod:`.clauses` (clause
shapes), :mod:`.names` (capitalised runs as names), :mod:`.speaker_phrases` (the speaker after a
cue), :mod:`.subjects` (the subject before a verb), :mod:`.direct` (quote marks and their
attributions), :mod:`.reported` (reported statements), :mod:`.roles`, :mod:`.pronouns`,
:mod:`.sides` (speakers written by a role, a pronoun, ``pihaknya``), :mod:`.resolution` (speakers
named in reading order) and :mod:`.extraction` (the entry points and the collection of items).
This package re-exports the names the rest of the project uses, with the helpers
``kliping.extract.claims`` reads from it.
"""

from __future__ import annotations

from kliping.extract.quotes.clauses import _cut_content, _has_predicate, _strip_connectors, predicate_only
from kliping.extract.quotes.context import _context, _name_text, _part_of, _place_name
from kliping.extract.quotes.extraction import extract_quote_spans, extract_quotes, quote_spans
from kliping.extract.quotes.names import _cap_run, _is_acronym
from kliping.extract.quotes.patterns import _DOUBLE, _EPITHET, _OFFICE_WORDS, TITLE_WORDS
from kliping.extract.quotes.pronouns import _resolve_pronoun
from kliping.extract.quotes.records import _Ctx, _Speaker
from kliping.extract.quotes.reported import _fronted_subject
from kliping.extract.quotes.resolution import _resolve_phrase
from kliping.extract.quotes.roles import _find_role
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
