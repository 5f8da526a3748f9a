"""``extract_mentions``: a document's entity mentions, and ``tag_words`` for one tokenised sentence.

The package's entry point: tags every sentence, runs the document passes in order and turns
spans into ``Mention`` objects with character offsets.
"""

from __future__ import annotations

import re

from kliping.extract.entities.acronyms import (
    _acronym_types,
    _bracket_short_forms,
    _gazetteer_initials,
    _inner_brackets,
    _office_classes,
)
from kliping.extract.entities.companies import (
    _brand_names,
    _cited_sources,
    _fuels,
    _glued_vehicle_nouns,
    _maker_models,
    _market_types,
    _platforms,
    _speaking_seats,
)
from kliping.extract.entities.english_names import (
    _departments_before_company,
    _english_bodies,
    _english_events,
    _english_job_titles,
)
from kliping.extract.entities.factions import _factions
from kliping.extract.entities.field_lists import _calendar_names, _field_lists, _joined_bodies, _school_bodies
from kliping.extract.entities.glued_names import _glued_prefixes, _unit_bodies
from kliping.extract.entities.journals_and_awards import _awards, _journals
from kliping.extract.entities.jurisdictions import (
    _body_areas,
    _commander_units,
    _jurisdiction_names,
    _slash_units,
)
from kliping.extract.entities.lone_words import (
    _common_words,
    _concept_terms,
    _english_terms,
    _heads_and_distributives,
    _law_short_forms,
    _lone_common_people,
    _lowercase_spelt_terms,
    _school_levels,
    _title_cased_terms,
)
from kliping.extract.entities.model import model_tags
from kliping.extract.entities.not_people import (
    _days_and_generations,
    _letter_numbers,
    _lowercase_phrases,
    _not_people,
)
from kliping.extract.entities.office_parents import _office_parents
from kliping.extract.entities.people import (
    _adjacent_people,
    _consistency,
    _given_name_tails,
    _kin_given_names,
    _month_family_names,
    _noble_prefixes,
    _person_tails,
    _person_types,
    _royal_names,
    _title_fields,
)
from kliping.extract.entities.places import (
    _address_areas,
    _aged_places,
    _buildings_and_compass,
    _cabinet_places,
    _country_nicknames,
    _foreign_place_openers,
    _headquarters_and_forts,
    _housing_estates,
    _opener_places,
    _place_names,
    _street,
    _street_cities,
    _units_of_known_bodies,
)
from kliping.extract.entities.programmes import _programme_names
from kliping.extract.entities.readings import _other_readings
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span
from kliping.extract.entities.term_glosses import _glossed_terms
from kliping.extract.entities.tidy import _tidy_spans, _without_currencies, _without_dateline_outlet
from kliping.extract.entities.title_owners import _title_owners, _title_tail
from kliping.extract.entities.units_and_software import _software, _units
from kliping.extract.entities.vocabulary import _UPPER
from kliping.extract.entities.works_and_slogans import _english_slogans, _work_titles
from kliping.extract.ner_features import tokenize_ner
from kliping.model import Document, Mention

_LETTER = re.compile(r"[^\W\d_]")


def tag_words(words: list[str], caseless: bool = False, profile: str = "dossier",
              convention: str = "general", tags: list[str] | None = None) -> list[Span]:
    """Entity spans over a tokenised sentence (types PERSON, ORG, GPE, LOC, PRODUCT, EVENT).

    ``profile="dossier"`` (documents) applies every rule; ``"corpus"`` follows the annotation
    conventions of the Indonesian NER corpora (see ``_Sentence.run_corpus``). ``convention`` picks
    the corpus-convention model (``CONVENTIONS``) for cased input; the dossier uses "general".
    ``tags`` (BIO, one per word) stand in for the shipped model's, so another tagger can be
    scored with the same rules (``scripts/train_ner_nn.py``).
    """
    if not words:
        return []
    st = _Sentence(words, caseless, convention=convention, tags=tags)
    if profile == "corpus":
        return st.run_corpus()
    spans = st.run()
    _acronym_types([st], [spans])
    return spans


def is_caseless(text: str) -> bool:
    """True when ``text`` has (almost) no capital letters, so case cannot guide tagging."""
    head = text[:20000]
    upper = len(_UPPER.findall(head))
    if upper >= 0.004 * len(head):
        return False  # there are no more letters than characters: ordinary text stops here
    letters = len(_LETTER.findall(head))  # regex counting: a Python loop over characters was 10% of tagging
    return letters > 20 and upper / letters < 0.004


def extract_mentions(doc: Document) -> list[Mention]:
    """Named-entity mentions of a document, with sentence-relative character offsets and titles."""
    caseless = is_caseless(doc.text)
    media = tuple({tuple(m[a:b] for a, b in tokenize_ner(m)) for m in (doc.source,) if m and len(m) > 3})
    sents: list[_Sentence] = []
    offs: list[list[tuple[int, int]]] = []
    spans: list[list[Span]] = []
    toks_of = [tokenize_ner(sent.text) for sent in doc.sentences]
    words_of = [[sent.text[a:b] for a, b in toks] for sent, toks in zip(doc.sentences, toks_of, strict=True)]
    tags_of = model_tags(words_of, caseless)  # all at once: the model decodes a batch faster
    for toks, words, tags in zip(toks_of, words_of, tags_of, strict=True):
        st = _Sentence(words, caseless, media, tags=tags)
        sents.append(st)
        offs.append(toks)
        spans.append(st.run() if toks else [])
    _english_job_titles(sents, spans)
    _departments_before_company(sents, spans)
    _english_events(sents, spans)
    _english_bodies(sents, spans)
    _field_lists(sents, spans)
    _joined_bodies(sents, spans)
    _calendar_names(sents, spans)
    _jurisdiction_names(sents, spans)
    _slash_units(sents, spans)
    _commander_units(sents, spans)
    _adjacent_people(sents, spans)
    _month_family_names(sents, spans)
    _noble_prefixes(sents, spans)
    _opener_places(sents, spans)
    _title_fields(sents, spans)
    _consistency(sents, spans)
    _person_types(sents, spans)
    _aged_places(sents, spans)
    _place_names(sents, spans)
    _work_titles(sents, spans)
    _cabinet_places(sents, spans)
    _kin_given_names(sents, spans)
    _not_people(sents, spans)
    _days_and_generations(sents, spans)
    _letter_numbers(sents, spans)
    _acronym_types(sents, spans)
    _gazetteer_initials(sents, spans)
    _bracket_short_forms(sents, spans)
    _inner_brackets(sents, spans)
    _office_parents(sents, spans)
    _factions(sents, spans)
    _office_classes(sents, spans)
    _glued_vehicle_nouns(sents, spans)
    _brand_names(sents, spans)
    _maker_models(sents, spans)
    _speaking_seats(sents, spans)
    _cited_sources(sents, spans)
    _market_types(sents, spans)
    _platforms(sents, spans)
    _fuels(sents, spans)
    _units(sents, spans)
    _software(sents, spans)
    _journals(sents, spans)
    _awards(sents, spans)
    _buildings_and_compass(sents, spans)
    _headquarters_and_forts(sents, spans)
    _units_of_known_bodies(sents, spans)
    _housing_estates(sents, spans)
    _address_areas(sents, spans)
    _street_cities(sents, spans)
    _foreign_place_openers(sents, spans)
    _country_nicknames(sents, spans)
    _person_tails(sents, spans)
    _given_name_tails(sents, spans)
    _glued_prefixes(sents, spans)
    _lowercase_phrases(sents, spans)
    _common_words(sents, spans)
    _heads_and_distributives(sents, spans)
    _school_levels(sents, spans)
    _title_cased_terms(sents, spans)
    _english_terms(sents, spans)
    _concept_terms(sents, spans)
    _other_readings(sents, spans)
    _programme_names(sents, spans)
    _lowercase_spelt_terms(sents, spans)
    _glossed_terms(sents, spans)
    _law_short_forms(sents, spans)
    _lone_common_people(sents, spans)
    _unit_bodies(sents, spans)
    _body_areas(sents, spans)
    _school_bodies(sents, spans)
    _royal_names(sents, spans)
    _english_slogans(sents, spans)
    _title_owners(sents, spans)
    out: list[Mention] = []
    for si, (sent, toks, sp) in enumerate(zip(doc.sentences, offs, spans, strict=True)):
        streets = [_street(sents[si].w, s) for s in sp]
        # "Jalan Kejaksaan [Medan]": the town right after a street's span (``_street_cities``) is no
        # street's name of its own ("Jl HR. [Rasuna Said]" still is)
        streets = [None if r is not None and s.type == "GPE" and any(o is not s and r[0] <= o.i and o.j == s.i for o in sp)
                   else r for s, r in zip(sp, streets, strict=True)]
        ranges = [r for r in streets if r is not None]
        for s, street in zip(sp, streets, strict=True):
            if not _LETTER.search(" ".join(sents[si].w[s.i:s.j])):
                continue  # "SPBU 34.123.45": a station number is no name
            span_words = sents[si].w[s.i:s.j]
            p = span_words.index("(") if "(" in span_words else -1
            if p > 0 and ")" not in span_words[p:]:
                s.j = s.i + p  # "Sumatera Utara (Sumut": an unclosed bracket ends the name
            q = span_words.index(")") if ")" in span_words else -1
            if q > 0 and "(" not in span_words[:q]:
                s.j = s.i + q  # "(Maliki) Malang": a bracket's closing ends the short form inside it
            if street is None and any(a <= s.i and s.j <= b for a, b in ranges):
                continue  # "Jl HR" of "Jl HR. Rasuna Said": inside the street another span names
            if street is not None:
                a, b = toks[street[0]][0], toks[street[1] - 1][1]
                out.append(Mention(text=sent.text[a:b], type="LOC", sentence=si, start=a, end=b))
                continue
            a, b = toks[s.i][0], toks[s.j - 1][1]
            title = None
            if s.title is not None:
                ti, tj = s.title
                tj = _title_tail(sents[si], ti, tj)
                title = sent.text[toks[ti][0]:toks[tj - 1][1]]
                # a closing bracket group (the office's short form) is no part of the title, nor one
                # the appositive cut before its ")" ("Kepala Staf Gabungan Amerika Serikat (AS")
                title = re.sub(r"\s*\([^)]*\)?\s*$", "", title).strip(" ,") or None
            out.append(Mention(text=sent.text[a:b], type=s.type, sentence=si, start=a, end=b, title=title))
    return _without_currencies(doc, _without_dateline_outlet(doc, _tidy_spans(doc, out)))
