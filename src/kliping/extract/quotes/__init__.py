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
person whose title has that role word; nothing is guessed, an unknown speaker stays ``None`` (its description, ``dokumen tersebut``, ``Pihak kuasa hukum``,
kept apart in ``speaker_desc``). With
``mentions`` (from the entity extractor) the speaker name snaps to the mention text; without them a
capitalised-word heuristic strips titles (``Presiden``) and keeps the name.

Modules, in the order the rules use them: :mod:`.patterns` (the cue patterns), :mod:`.records`
(the records), :mod:`.context` (the article context and its lookups), :mod:`.clauses` (clause
shapes), :mod:`.names` (capitalised runs as names), :mod:`.speaker_phrases` (the speaker after a
cue), :mod:`.subjects` (the subject before a verb), :mod:`.direct` (quote marks and their
attributions), :mod:`.reported` (reported statements), :mod:`.roles`, :mod:`.pronouns`,
:mod:`.sides` (speakers written by a role, a pronoun, ``pihaknya``), :mod:`.resolution` (speakers
named in reading order), :mod:`.descriptions` (the article's words for a speaker left unnamed,
``Quote.speaker_desc``) and :mod:`.extraction` (the entry points and the collection of items).
This package re-exports the entry points the rest of the project uses and the quote marks
(``DOUBLE_QUOTE_MARKS``, read by the timeline); the helpers
``kliping.extract.claims`` shares (``Ctx``, ``subject``, ``speaker_after`` ...) are public in the
modules that define them and are imported from there.
"""

from __future__ import annotations

from kliping.extract.quotes.clauses import predicate_only
from kliping.extract.quotes.extraction import extract_quote_spans, extract_quotes, quote_spans
from kliping.extract.quotes.patterns import DOUBLE_QUOTE_MARKS, TITLE_WORDS

__all__ = [
    "DOUBLE_QUOTE_MARKS",
    "TITLE_WORDS",
    "extract_quote_spans",
    "extract_quotes",
    "predicate_only",
    "quote_spans",
]
