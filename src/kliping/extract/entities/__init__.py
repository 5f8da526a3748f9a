"""Named-entity mentions for Indonesian news: a CRF tagger plus gazetteer and title rules.

Why this shape: a CRF (python-crfsuite, trained by ``scripts/train_ner.py`` on NERGrit, NERP and
idner-news-2k) tags tens of thousands of tokens per second on one CPU core and learns the context
cues of Indonesian news; the rules fix what the small training sets cannot know or that the
dossier needs in a specific form:

- titles and roles are not part of a name (``Presiden Vladimir Putin`` -> ``Vladimir Putin`` with
  ``title="Presiden"``), and a title followed by capitalised words marks a person the model missed;
- countries, cities, provinces, regencies and abbreviations (``Korut``, ``AS``, ``PBB``) are
  recognised from the gazetteer and typed GPE/ORG; the training data's single place type is split
  into GPE (known political units) and LOC (everything else, e.g. ``Gunung Merapi``);
- organisation, place and event cue words (``Kementerian``, ``Universitas``, ``Selat``, ``Perang``)
  open a name that runs over the following capitalised words;
- weapon and vehicle designations (``Hwasong-11A``, ``Su-57``) and a short list (``Iskander``) are
  PRODUCT;
- within one document a string tagged once is tagged the same everywhere (a titled or rule-found
  mention outvotes the model; ``Vostochny`` alone takes the type of ``Kosmodrom Vostochny``);
- news conventions: outlet domains and datelines are ORG (``WARTANUSA.COM``, ``Jakarta, Kabar
  Harian -``, the document's own ``source``); organisations named bare (``Kremlin``) are split off
  a following name; a lower-case word never opens a name in cased text (except a place noun
  inside a place, ``kota Pati``, which the corpora annotate); ``Pak``/``Kim``/``Lee`` before two
  Korean syllable names is a family name (``Pak Jong Chon``), not the honorific; a name with a
  byline label, a speech verb or ``adalah`` + a profession is a person; a capitalised cue word
  alone (``Kosmodrom``) is no entity; oceans and regions are LOC (``Pasifik``).
- crime, police and court news (docs/ner.md, "Dossier rules for people"): a police/military rank
  inside a span ends the office, unit or place glued before the name (``Polda Metro Jaya Brigjen
  Ade Ary`` -> ``Ade Ary``), one-word offices (``Kapuspenkum``), roles (``Terdakwa``) and corps
  (``Kolonel Inf``) are titles, ``Jasad`` is no part of a name, organisation cues (``DPC``,
  ``Ponpes``) never open a person, a pe-/ke-...-an noun marks a unit (after a title, or inside a
  model PERSON span), an acronym before a name is its organisation (``ADB Shang Jin Wei``), and a
  Balinese name starts at its birth-order name (``Putu``, ``Made``...). Role nouns and one-word
  offices title a name found otherwise but never trigger one (``Korban Banjir Bandang``). These
  lists are the rules' only (not model features), so the corpus profile is unchanged.
- bare companies, products and benchmarks (docs/ner.md): a name the model typed PERSON is ORG or
  PRODUCT when its document writes it after a company or product noun (``minyak mentah Brent``,
  ``perusahaan seperti Huawei, Tencent``), after ``PT`` elsewhere, or it is a well-known company
  (``lang/id/brands``), unless some use of it marks a person; a ministry or unit short name
  between an office and a name belongs to the title (``Menteri Imipas Agus ...``).
- second QA read (docs/ner.md): an abbreviation written as a suspect's initials (``Saudara AS``) is
  a person; ``Melansir``/``Dilansir`` are no part of the outlet after them; a place and the name
  after it are split (``Korea Ri Pyong Chol``); a country ends the organisation after an office,
  and a unit word (``Satuan``, ``Divisi``) opens one; ``Universitas Diponegoro (Undip)`` makes
  ``Undip`` an organisation; a misspelt title (``Presiedn``) is a title.
- local offices and slogans (docs/ner.md): the area after a local office is a place, not the
  holder's first name (``Camat Cibadak [Fulan]``, from the gazetteer, ``kecamatan.txt`` or the
  article's own place use); English slogans with no person mark (``Loyalty``), generation labels
  (``Gen Z``) and commemorative days (``Hari Anak`` -> EVENT) are no people; a well-known company
  glued before a name is cut off, also before a name the model reads as a person only without the
  company (``by Tokopedia [Fulan Fulanah]``).
- fifth QA read (docs/ner.md): English or foreign nouns typed people lose the person reading on a
  thing cue: another name of a bracketed acronym's term (``Australian Dollar (AUD) atau Kangaroo
  Bond``), a work's title set off by commas after ``jurnal``/``majalah``/``film``, the second of two
  names after ``menuju``/``di``/a slogan word (``menuju Aliso dan Alameda``).
- eighth QA read (docs/ner.md): exchanges are ORG, crude benchmarks and technologies PRODUCT,
  financial instruments no entity (``_market_types``); clause openers and ``-nya`` adverbs open no
  name (``Kendati Jepang`` -> ``Jepang``); a team after an office is ORG with its head after it;
  ``Kabinet X`` is the cabinet; regional office heads (``Kadinsos``) title the name after them.

- fifteenth QA read (docs/ner.md): vehicles and weapons are products (a vehicle or weapon noun
  before the name, a maker after it or ending it: ``Maung Pindad``); letter numbers (``nomor
  SR-413``) and age groups (``U-23``) are no products; a government seat that speaks (``Gedung Putih
  mengatakan``) is the body inside it; the country after an office's organisation belongs to the
  title (``Ketua DPD RI [Sultan Bachtiar ...]``).

- twenty-first round (docs/ner.md): an English job title opening a span is cut off and given to the
  person after it (``Vice President Corporate Communication [PT ...]``); English event names with an
  event noun or an edition year are events, with their short forms (``... Championship (IFC) 2025``);
  a maker and its model are a product (``mobil BYD Seal``, ``Mazda Van`` beside ``Mazda 323``); a
  law's article (``Pasal 2``) and a letter number are no entities.

Input that is all lower case (like the NERP corpus) is tagged with a caseless model and without the
capitalisation rules.

Layout (each module's docstring says what it holds and why it is apart):

- ``mentions``: ``extract_mentions`` and ``tag_words``, the entry points, and the order of the passes;
- ``model``: the CRF model files and their tags as spans; ``span``: ``Span``;
- ``sentence``: ``_Sentence``, put together from ``sentence_words`` (the words and the questions the
  rules ask about them) and three rule groups: ``model_fixes``, ``rule_spans``, ``dossier_rules``;
- document passes over all sentences: ``english_names`` (English job titles and event names, run
  first), ``field_lists`` (bodies' names and the ``dan`` in them, names after a date), ``people``, ``places``, ``jurisdictions``, ``not_people``,
  ``works_and_slogans``, ``glued_names``, ``acronyms``, ``companies``, ``lone_words``,
  ``term_glosses`` (short forms the article spells out as a thing), ``title_owners``, with ``person_marks`` (the person evidence several of them weigh);
- ``tidy``: clean-up of the finished mentions; ``canonical``: canonical names for linking;
  ``readings``: which reading of an ambiguous short form an article means (a document pass and the
  linker's expansion ask it);
- ``conll``: CoNLL tagging and scoring (the corpus profile); ``vocabulary``: word sets several
  modules share.
"""

from __future__ import annotations

from kliping.extract.entities.canonical import canonical_form, inner_short_form
from kliping.extract.entities.conll import GOLD_MAP, eval_ner, gold_convention, read_conll, tag_conll
from kliping.extract.entities.mentions import extract_mentions, tag_words
from kliping.extract.entities.model import bio_spans
from kliping.extract.entities.readings import BODY, acronym_reading
from kliping.extract.entities.span import Span

__all__ = [
    "BODY",
    "GOLD_MAP",
    "Span",
    "acronym_reading",
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
