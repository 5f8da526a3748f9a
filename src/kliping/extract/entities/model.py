"""The CRF models: which file serves which input, loading it, and reading its BIO tags as spans.

Separate from the rules so the model files can be swapped in one place (``scripts/train_ner.py``,
``bench/bench_ner.py`` point ``CASED_MODEL`` and friends at a fresh training run).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kliping.extract.entities.span import Span
from kliping.extract.ner_crf import crf_model

MODELS = Path(__file__).resolve().parents[2] / "models"
CASED_MODEL = MODELS / "ner_id.crfsuite"
CASELESS_MODEL = MODELS / "ner_id_caseless.crfsuite"
# Corpus-convention models for the corpus profile (docs/ner.md). "general" (NERGrit + idner, the
# best on NERGrit-style text) is what ``kliping analyze`` and ``kliping tag`` use; "news" is trained
# on idner-news-2k alone, whose conventions (a country is a place only where it is a location, not
# as a modifier or actor) the general model blurs. Caseless input always uses the caseless model.
CONVENTION_MODELS = {"news": MODELS / "ner_id_news.crfsuite"}
CONVENTIONS = ("general", "news")


@lru_cache(maxsize=4)
def _tagger(caseless: bool, convention: str = "general"):
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(_model_path(caseless, convention)))
    return t


def _model_path(caseless: bool, convention: str = "general") -> Path:
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown NER convention {convention!r} (one of {', '.join(CONVENTIONS)})")
    path = CASELESS_MODEL if caseless else CONVENTION_MODELS.get(convention, CASED_MODEL)
    if not path.exists():
        raise FileNotFoundError(f"{path}: NER model missing; run scripts/train_ner.py train")
    return path


def model_tags(sentences: list[list[str]], caseless: bool, convention: str = "general") -> list[list[str]]:
    """The CRF model's BIO tags of each sentence, decoded together (``ner_crf``: pycrfsuite's labels,
    without its cost of taking each feature string separately)."""
    return crf_model(_model_path(caseless, convention)).tag(sentences, caseless)


def _model_spans(words: list[str], caseless: bool, convention: str = "general") -> list[Span]:
    if not words:
        return []
    return bio_spans(model_tags([words], caseless, convention)[0])


def bio_spans(tags: list[str]) -> list[Span]:
    """Spans of a BIO tag sequence in the model's labels, typed as the rules expect (``PER`` ->
    ``PERSON``); an ``I-`` that does not continue a span of its type opens one."""
    spans: list[Span] = []
    cur: Span | None = None
    for k, t in enumerate(tags):
        if t == "O":
            cur = None
            continue
        bio, typ = t.split("-", 1)
        if bio == "I" and cur is not None and cur.type == typ and cur.j == k:
            cur.j = k + 1
        else:
            cur = Span(k, k + 1, typ)
            spans.append(cur)
    kind = {"PER": "PERSON", "PLACE": "PLACE", "ORG": "ORG", "EVENT": "EVENT"}
    for s in spans:
        s.type = kind.get(s.type, s.type)
    return spans
