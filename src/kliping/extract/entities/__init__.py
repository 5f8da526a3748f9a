"""Named-entity mentions for Indonesian news (``mentions`` says how); this package re-exports its API."""

from __future__ import annotations

from kliping.extract.entities.canonical import canonical_form, inner_short_form
from kliping.extract.entities.conll import GOLD_MAP, eval_ner, gold_convention, read_conll, tag_conll

# private helpers that tests and scripts import (moved to their own modules in the next commits)
from kliping.extract.entities.conll import _bio as _bio
from kliping.extract.entities.conll import _entities as _entities
from kliping.extract.entities.conll import _tag_sentences as _tag_sentences
from kliping.extract.entities.mentions import _common_words as _common_words
from kliping.extract.entities.mentions import _concept_terms as _concept_terms
from kliping.extract.entities.mentions import _consistency as _consistency
from kliping.extract.entities.mentions import _lowercase_blend as _lowercase_blend
from kliping.extract.entities.mentions import _org_then_person as _org_then_person
from kliping.extract.entities.mentions import _place_names as _place_names
from kliping.extract.entities.mentions import _short_form_of as _short_form_of
from kliping.extract.entities.mentions import _unit_bodies as _unit_bodies
from kliping.extract.entities.mentions import extract_mentions, tag_words
from kliping.extract.entities.model import _model_path as _model_path
from kliping.extract.entities.model import _tagger as _tagger
from kliping.extract.entities.model import bio_spans
from kliping.extract.entities.sentence import _Sentence as _Sentence
from kliping.extract.entities.span import Span

__all__ = [
    "GOLD_MAP",
    "Span",
    "bio_spans",
    "canonical_form",
    "eval_ner",
    "extract_mentions",
    "gold_convention",
    "inner_short_form",
    "read_conll",
    "tag_conll",
    "tag_words",
]
