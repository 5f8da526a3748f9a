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

Input that is all lower case (like the NERP corpus) is tagged with a caseless model and without the
capitalisation rules.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from kliping.extract.entities.model import _model_spans, _tagger, bio_spans, model_tags
from kliping.extract.entities.span import Span, _cap, _overlaps
from kliping.extract.entities.tidy import _tidy_spans, _without_currencies, _without_dateline_outlet
from kliping.extract.entities.vocabulary import _PLACE_NOUNS, _VERB_START
from kliping.extract.ner_features import DOMAIN, STRONG_GPE, lexicon, sentence_features, tokenize_ner
from kliping.ingest.glue import derived_word, is_root, known_word
from kliping.lang.id import brands, calendar, concepts, gazetteer, name_prefixes
from kliping.lang.id.abbreviations import ABBREVIATIONS, TECHNOLOGIES
from kliping.lang.id.cues import (
    ACCORDING_TO,
    ADMIN_UNIT_WORDS,
    KIN_GIVEN_NAMES,
    KIN_NOUNS,
    PLACE_NOUNS_BEFORE_NAME,
    SEAT_ALONE,
    SEAT_HEADS,
    SPEAKER_SIDE_WORDS,
    SPEECH_FORMS,
    SPEECH_ROOTS,
    SPEECH_VERBS,
)
from kliping.lang.id.titles import (
    ACTING_PREFIXES,
    APPOSITIVE_HEADS,
    BALINESE_NAMES,
    BALINESE_PREFIXES,
    BODY_ACRONYMS,
    BODY_NOUNS,
    CASE_ROLE_NOUNS,
    CHINESE_FAMILY_NAMES,
    COMMON_NOUN_ACRONYMS,
    DECEASED_TITLES,
    DOSSIER_TITLE_WORDS,
    FIELD_NOUNS,
    GIVEN_NAME_HEAD_OFFICE_NEXT,
    GIVEN_NAME_TITLE_HEADS,
    HONORIFICS,
    INITIALS_ADDRESS_WORDS,
    INITIALS_FORMULA_WORDS,
    INSTITUTION_KIND_WORDS,
    INSTITUTION_NAME_TITLES,
    NAME_PARTICLES,
    NAMED_AFTER_PEOPLE,
    NAMEISH_TITLE_HEADS,
    OFFICE_HEADS,
    PINYIN_SYLLABLE,
    RANK_CORPS,
    RANKS,
    REGIONAL_AGENCIES,
    REGIONAL_OFFICE_HEADS,
    REGIONAL_OFFICE_UNITS,
    ROLE_PHRASE_OPENERS,
    TITLE_HEADS,
    TITLE_WORDS,
    UNIT_ACRONYMS,
    UNIT_BODY_HEADS,
    UNIT_HEADS,
    UNIT_SHORT_NAMES,
    title_typo,
)
from kliping.model import Document, Mention
from kliping.text.tokens import letters_in_order

# Title heads and words of the rules (dossier profile): the lists the models see as features, plus
# ranks, one-word offices and crime/court roles that only the rules use (titles.py says why).
# Role nouns only strip and title a name the model or another rule found: as triggers they would make
# persons of "Korban Banjir Bandang", and they must not end an organisation ("Lembaga ... Saksi dan Korban").
# One-word offices likewise (``Kasi Dal Ops`` is a section, not a name) but end an organisation.
# Regional office heads (``Kadinsos``) trigger too: only a place and a name follow them.
_TRIGGER_HEADS = TITLE_HEADS | RANKS | REGIONAL_OFFICE_HEADS
_ORG_STOP = _TRIGGER_HEADS | OFFICE_HEADS
_HEADS = _ORG_STOP | CASE_ROLE_NOUNS
# Title heads that are also common parts of names (``Widiyanti Putri Wardhana``).
_NAMEISH_HEADS = NAMEISH_TITLE_HEADS
_TWORDS = TITLE_WORDS | DOSSIER_TITLE_WORDS

_PRODUCT_RE = re.compile(r"^[A-Z][A-Za-z]*-\d+[A-Z]?$")
_NOT_PRODUCT = frozenset({"COVID-19", "Covid-19", "G-20", "G-7", "SARS-CoV-2", "H-1", "D-1", "K-3"})
# Ordinals (``Presiden Ke-7``, ``Ke-12 negara``) and quarters or halves of a year (``triwulan I-2015``)
# have the shape of a designation but are numbers, never products.
_NOT_PRODUCT_RE = re.compile(r"^(?:[Kk]e|[IVX]{1,4}|U)-\d+$")  # "ke-3", "IV-2", "U-23" (an age group)
# Words before a designation that make it a letter's or decree's number (``nomor SR-413``, ``No:
# Print-575/...``): a reference, not a product. A ``/`` after it says so too (``PMK-61/PMK.03/2023``).
_NUMBER_WORDS = frozenset({"nomor", "no", "no.", "nomer", "nota", "register", "reg", "surat"})
_CONNECT = frozenset({"dan", "untuk", "for", "of", "the", "and", "de", "&", "on", "al", "van", "der", "von"})


@cache
def _written_out_orgs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The written-out names of the organisations ``ABBREVIATIONS`` knows, lower-cased words by their
    first word, longest first (``kementerian`` -> ``kementerian energi dan sumber daya mineral``, ...):
    a cue word's name runs to the end of a known one even over a word that alone is no name
    (``Sumber``, listed as the ``Sumber:`` source line)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for full, typ in ABBREVIATIONS.values():
        if typ == "ORG":
            words = tuple(w.lower() for w in full.split())
            if len(words) >= 3:
                out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in out.items()}


_ORG_SUFFIX = frozenset({
    "University", "Institute", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Group", "Company", "Council",
    "Agency", "Foundation", "Association", "Ltd", "Ltd.", "Tbk", "Bank", "Airlines", "Airways", "Times", "Post",
    "News", "Party", "Army", "Force", "Ministry", "Commission", "Committee", "Fund", "Organization",
    "Forum", "Watch", "Center", "Centre", "Monitor", "Network", "Project", "Initiative", "Alliance", "Union",
    "Society", "Trust", "Studies", "Research", "Institut", "Lab", "Labs",
})
# Dossier only: more words that end company and agency names (``Mizuho Securities``, ``Lipow Oil
# Associates``, ``Energy Information Administration``). Kept out of ``_ORG_SUFFIX``, which the corpus
# profile also reads (``place_types``), so the corpus-profile scores stay those of the shipped models.
_DOSSIER_ORG_SUFFIX = frozenset({
    "Securities", "Sekuritas", "Associates", "Administration", "Capital", "Partners", "Holdings",
    "Investments", "Management", "Advisors", "Advisory", "Consulting", "Exchange", "Newswires", "Limited",
    "LLC", "Plc", "PLC", "GmbH", "Bhd", "Berhad", "Persero", "Futures", "Insurance", "Reserve", "Authority",
    "Logistics", "Publishing", "Health", "Daily", "Journal", "Magazine", "Press", "Holding", "Digital",
    "Hospital", "Hospitals", "Clinic", "Zoo", "Steel", "Mining", "Industries", "Resources", "Motors", "Foods",
    "Shop", "Store", "Prize", "Energy",
})
# One-word bank names (``Commerzbank``, ``Citibank``, ``Rabobank``): no personal name ends so.
_BANK_WORD = re.compile(r"^[A-Z][a-z]{2,}bank$")
# Punctuation after which a capitalised word may open a name (sentence or clause start, quotes).
_NAME_OPENERS = frozenset({",", ".", ";", ":", "(", '"', "'", "“", "”", "‘", "’", "—", "–"})
_NONNAME = frozenset({"MONTH", "DAY", "NONENT"})
_ORG_LABELS = ("AORG", "MEDIA", "NORG")
_CUE_LABELS = ("ORGC", "LOCC", "EVTC")
# Korean family names that are also (or look like) an Indonesian honorific or a short form:
# ``Pak Thae Song`` is Mr Pak, not "Pak (sir) Thae Song".
_KOREAN_FAMILY = frozenset({"pak", "park", "kim", "lee", "choe", "choi", "ri", "jo", "cho"})
_KOREAN_PART = re.compile(r"^[A-Z][a-z]{1,4}(?:-[a-z]{2,4})?$")
# A Chinese given name written as one word of one or two pinyin syllables (``Jinping``, ``Yi``).
_PINYIN_GIVEN = re.compile(rf"^(?:{PINYIN_SYLLABLE}){{1,2}}$")

# Prepositions that take a place, never a person ("di Rio", "menuju Kazan"); "dari" and "ke" also
# take people ("surat dari Budi"), and "dekat" is also "close" ("teman dekat Hariri").
_PLACE_ONLY_PREP = frozenset({"di", "menuju"})
# Role labels written before a colon and a name (``Reporter: Nadia Safitri``).
_BYLINE = frozenset({"reporter", "penulis", "editor", "pewarta", "redaktur", "fotografer", "kontributor",
                     "penyunting", "wartawan", "oleh"})
_SPEECH_AFTER = frozenset({
    "kata", "ujar", "ucap", "tutur", "mengatakan", "menyatakan", "menjelaskan", "menegaskan",
    "mengungkapkan", "menyebutkan", "menambahkan", "berkata", "menilai", "menuturkan", "memaparkan",
})
# Nouns formed with pe-...-an / ke-...-an (``Pelayanan``, ``Pengembangan``, ``Kesehatan``) name units,
# programmes and fields; no PERSON token of the NERGrit, NERP or idner train splits has this shape.
# Nor has a loan noun in -isasi (``Digitalisasi``, ``Sosialisasi``, ``Organisasi``), which names fields too.
_ADMIN_NOUN = re.compile(r"^(?:(?:pe|ke)[a-z]{4,}an|[a-z]{3,}isasi)$")
# Reporting verbs that open a sentence before the source they cite (``Melansir Time, ...``); the
# model sometimes glues them to the name. A source after the first group is an outlet.
_OUTLET_VERBS = frozenset({"melansir", "dilansir", "lansir"})
_REPORT_VERBS = _OUTLET_VERBS | calendar.QUOTED_FROM | calendar.QUOTED_FROM_ACTIVE | frozenset(
    {"menukil", "dinukil", "menurut", "merujuk"})
_DASH = frozenset({"-", "—", "–"})
# Words that end an appositive role and start the reporter's clause about the moment of speaking
# (``Budi, juru bicara warga ditemui di kantornya``, ``..., ketua RT saat dihubungi``).
_APPOSITIVE_STOPS = frozenset({"ditemui", "dihubungi", "dikonfirmasi", "dijumpai", "saat", "ketika", "usai",
                               "seusai", "sewaktu", "kepada"})
_GLUED = re.compile(r"^\([A-Z][\w.&'-]*\)$")
_LETTER = re.compile(r"[^\W\d_]")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω]")


@lru_cache(maxsize=1)
def _dossier_org_phrases() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in gazetteer.cues().get("dorg", ()):
        toks = tuple(phrase.split())
        out.setdefault(toks[0], []).append(toks)
    return out


def _dossier_org_cues(words: list[str]) -> list[tuple[int, int]]:
    """Word ranges of the ``dorg`` cue words (``DPC``, ``Ponpes``): organisation cues of the rules
    only, matched with their case; kept out of the model features (ner_cues.tsv says why)."""
    table = _dossier_org_phrases()
    out = []
    for a, w in enumerate(words):
        for toks in table.get(w, ()):
            if tuple(words[a:a + len(toks)]) == toks:
                out.append((a, a + len(toks)))
                break
    return out


class _Sentence:
    """Words of one sentence with gazetteer matches, and the rule pipeline over them."""

    def __init__(self, words: list[str], caseless: bool, media: tuple[tuple[str, ...], ...] = (),
                 convention: str = "general", tags: list[str] | None = None):
        self.w = words
        self.tags = tags  # the model's tags of the words when already known (``extract_mentions``)
        self.convention = convention
        self.low = [x.lower() for x in words]
        self.caseless = caseless
        self.n = len(words)
        lex = lexicon()
        self.gaz = lex.match(words, caseless)
        for name in media:  # the document's own outlet (``Document.source``)
            for a in range(self.n - len(name) + 1):
                if tuple(words[a:a + len(name)]) == name and not any(
                        x < a + len(name) and a < y for x, y, _ in self.gaz):
                    self.gaz.append((a, a + len(name), "MEDIA"))
        self.dorg: set[int] = set()  # words of the dossier-only organisation cues (``DPC``, ``Ponpes``)
        self._person: list[float] | None = None  # per-word person probability (``person_prob``)
        for a, b in _dossier_org_cues(words):
            if not any(x < b and a < y for x, y, _ in self.gaz):
                self.gaz.append((a, b, "ORGC"))
                self.dorg.update(range(a, b))
        self.gaz.sort()
        self.gaz_at = {a: (b, lab) for a, b, lab in self.gaz}
        self.label = [""] * self.n
        for a, b, lab in self.gaz:
            for k in range(a, b):
                self.label[k] = lab

    def nonname(self, k: int) -> bool:
        return self.label[k] in _NONNAME

    def strong_at(self, k: int) -> tuple[int, str] | None:
        m = self.gaz_at.get(k)
        if m and m[1] in (*STRONG_GPE, *_ORG_LABELS) and (self.caseless or _cap(self.w[k])):
            return m
        return None

    def name_run(self, j: int, limit: int = 5) -> int:
        """End of a run of capitalised name words starting at ``j`` (``j`` if none)."""
        k = j
        while k < self.n and k - j < limit:
            w = self.w[k]
            if (_cap(w) and w[:1].isalpha() and not self.nonname(k) and not self.title_head(k) \
                    and self.label[k] not in ("ORGC", "LOCC", "EVTC")) or (k > j and self.low[k] in NAME_PARTICLES and k + 1 < self.n and _cap(self.w[k + 1])):
                k += 1
            else:
                break
        return k

    def country_at(self, k: int) -> bool:
        """A country or province (or a place name of two words or more) of the gazetteer starts at
        ``w[k]``: never a word of a person's name (one-word cities can be: ``Solo``, ``Bima``)."""
        m = self.gaz_at.get(k)
        return bool(m and m[1] in STRONG_GPE and (m[1] in ("CTRY", "PROV") or m[0] - k >= 2) and _cap(self.w[k]))

    def title_end(self, i: int, spans: list[Span]) -> int:
        """Parse a title phrase starting at head word ``i``; return the word after it."""
        j = i + 1
        if j < self.n and REGIONAL_OFFICE_UNITS.get(self.low[i]) == self.low[j]:
            j += 1  # "Kasatpol PP"
        while j < self.n and (self.low[j] in _TWORDS or self.title_head(j) or self.corps(j)) \
                and not self.strong_at(j):
            j += 1
        # qualifier: a place/organisation the title belongs to (Menteri Pertahanan Korea Selatan)
        m = self.strong_at(j)
        if m:
            j = m[0]
        else:
            for s in spans:
                # a model-tagged organisation/place counts as qualifier only if a name follows it (after
                # its bracketed short form: "Ketua Dewan Perwakilan Daerah (DPD) RI Sultan ..."); it may
                # open with a word the loop above took for a title word ("Dewan")
                if i < s.i <= j < s.j and s.type in ("ORG", "PLACE", "GPE", "LOC"):
                    nxt = s.j + 3 if s.j + 2 < self.n and self.w[s.j] == "(" and self.w[s.j + 2] == ")" else s.j
                    if nxt < self.n and _cap(self.w[nxt]) and (s.i == j or nxt > s.j):
                        j = s.j
                        break
        # "Menteri Keuangan (Menkeu) Purbaya": skip a parenthesised abbreviation
        if j + 2 < self.n and self.w[j] == "(" and self.w[j + 2] == ")":
            j += 3
        # "Ketua DPD RI Sultan ...", "Ketua Dewan Perwakilan Daerah (DPD) RI Sultan ...": the country
        # of the qualifier belongs to it, so a name-like head after it opens the name
        c = self.strong_at(j) if j > i + 1 and (m or self.w[j - 1] == ")") else None
        if c and c[1] in STRONG_GPE and c[0] == j + 1:
            j = c[0]
        return j

    def chinese_names(self, spans: list[Span]) -> None:
        """Dossier: a Chinese family name and a one-word pinyin given name (``Xi Jinping``, ``Li
        Qiang``) is a person, wherever it stands (``dari Hu Jintao hingga Xi Jinping``, ``Sikap Xi
        Jinping``): the tagger reads some of these as places or misses them. Only the exact two
        words, when no gazetteer entry covers them and no capitalised word follows; a span of
        another shape over them is left alone."""
        if self.caseless:
            return
        for k in range(self.n - 1):
            fam, given = self.w[k], self.w[k + 1]
            if self.low[k] not in CHINESE_FAMILY_NAMES or not (fam[:1].isupper() and fam[1:].islower()) \
                    or not (given[:1].isupper() and given[1:].islower()) or not _PINYIN_GIVEN.match(given.lower()):
                continue
            if (k + 2 < self.n and _cap(self.w[k + 2]) and self.w[k + 2][:1].isalpha()) \
                    or self.label[k] or self.label[k + 1] or any(a <= k + 1 and b > k for a, b, _l in self.gaz):
                continue
            if known_word(self.low[k]) and known_word(self.low[k + 1]):
                continue  # "Yang Mulia", "Yang Kedua": two Indonesian words, no name
            over = [s for s in spans if _overlaps(s, Span(k, k + 2, ""))]
            if not over:
                spans.append(Span(k, k + 2, "PERSON", source="rule"))
            elif len(over) == 1 and (over[0].i, over[0].j) == (k, k + 2) and over[0].type in ("PLACE", "ORG"):
                over[0].type = "PERSON"
        spans.sort(key=lambda s: s.i)

    def english_org_heads(self, spans: list[Span]) -> None:
        """Dossier: an organisation named in English by an organisation word at its end (``_ORG_SUFFIX``: ``Watch``,
        ``Institute``, ``Foundation``) takes the capitalised English words right before the span that the tagger left
        out (``Lembaga pemantau [Imagery Watch]`` -> ``Pacific Imagery Watch``): words no dictionary knows, in no
        other span and with no gazetteer or cue label, so an Indonesian word opening the sentence (``Lembaga``) or a
        known place stays out. At most three words."""
        if self.caseless:
            return
        taken = {k for s in spans for k in range(s.i, s.j)}
        for s in spans:
            if s.type != "ORG" or self.w[s.j - 1] not in _ORG_SUFFIX or self.label[s.i] or self.w[s.i].isupper():
                continue  # ``PT Dalihan Natolu Group``: a name opened by its own cue word is whole on the left
            k = s.i
            while k > 0 and s.i - k < 3:
                w = self.w[k - 1]
                if k - 1 in taken or self.label[k - 1] or not (_cap(w) and w.isalpha() and not w.isupper()) \
                        or known_word(self.low[k - 1]) or self.title_head(k - 1) or self.opener(k - 1):
                    break
                k -= 1
            s.i = k

    def korean_name(self, k: int) -> bool:
        """``w[k]`` is a Korean family name opening a name (``Pak Thae Song``, ``Pak Jong-chon``).

        Two short capitalised syllable words, or one hyphenated given name, and nothing
        capitalised after them.
        """
        if self.caseless or self.low[k] not in _KOREAN_FAMILY or not _cap(self.w[k]):
            return False
        n = self.n
        if k + 1 < n and "-" in self.w[k + 1] and _KOREAN_PART.match(self.w[k + 1]):
            end = k + 2
        elif k + 2 < n and all(_KOREAN_PART.match(self.w[x]) and "-" not in self.w[x] for x in (k + 1, k + 2)):
            end = k + 3
        else:
            return False
        return end >= n or not (_cap(self.w[end]) and self.w[end][:1].isalpha())

    def rank_inside(self, s: Span) -> int | None:
        """Index of the last rank word of a place/organisation span followed by two or more
        capitalised name words to the end of the span, else ``None`` (streets such as ``Jalan
        Brigjen Katamso`` are left alone)."""
        if any(self.w[k].rstrip(".").lower() in _STREET for k in range(max(0, s.i - 1), s.j)):
            return None
        for k in range(s.j - 3, s.i - 1, -1):
            if self.low[k] in RANKS and _cap(self.w[k]):
                if all(_cap(self.w[x]) and self.w[x][:1].isalpha() and not self.label[x] for x in range(k + 1, s.j)):
                    return k
                return None
        return None

    def trim_before_name(self, s: Span) -> None:
        """Cut office, unit or place words glued before the name out of a person span.

        ``Polda Metro Jaya Brigjen Ade Ary``: a police or military rank inside the span ends what
        precedes it, the name starts after the last rank (``titles`` then makes the office words and
        the rank the title). ``Cemagi Putu Hendra``: a Balinese name opens with its birth-order name
        (after ``I``/``Ni``/caste words), so capitalised words before those are no part of it.
        """
        for k in range(s.j - 2, s.i, -1):
            if self.low[k] in RANKS and _cap(self.w[k]):
                s.i = k + 1
                return
        for k in range(s.i + 1, s.j - 1):
            if self.low[k] in BALINESE_NAMES and _cap(self.w[k]):
                p = k
                while p > s.i and self.low[p - 1] in BALINESE_PREFIXES and _cap(self.w[p - 1]):
                    p -= 1
                if p > s.i and not any(self.low[x] in BALINESE_NAMES or self.low[x] in BALINESE_PREFIXES
                                       for x in range(s.i, p)):
                    s.i = p
                return

    def balinese_prefix(self, spans: list[Span]) -> None:
        """``Putu Hendra Sastrawan`` when the model found only ``Hendra Sastrawan``: the birth-order
        name (and an ``I``/``Ni``/caste word before it) right before a person belongs to the name."""
        for s in spans:
            if s.type != "PERSON" or s.i == 0:
                continue
            p = s.i
            if self.low[p - 1] in BALINESE_NAMES and _cap(self.w[p - 1]):
                p -= 1
                while p > 0 and (self.low[p - 1] in BALINESE_PREFIXES or self.low[p - 1] in BALINESE_NAMES) \
                        and _cap(self.w[p - 1]):
                    p -= 1
            if p < s.i and not any(o is not s and o.i < s.i and o.j > p for o in spans):
                s.i = p
                if s.title is not None:
                    s.title = (s.title[0], p) if s.title[0] < p else None

    def person_prob(self, i: int, j: int) -> float:
        """Lowest probability the model gives words ``i..j`` of being part of a person (its
        marginals). Computed on the first question for the sentence, only for the rare spans a rule
        doubts, and kept: several rules may ask about one sentence."""
        if self._person is None:
            tg = _tagger(self.caseless, "general")
            tg.set(sentence_features(self.w, self.caseless))
            labels = [lab for lab in ("B-PER", "I-PER") if lab in set(tg.labels())]
            self._person = [sum(tg.marginal(lab, k) for lab in labels) for k in range(self.n)]
        return min(self._person[i:j])

    def person_prob_without(self, a: int, b: int, i: int, j: int) -> float:
        """``person_prob(i, j)`` for words ``i..j`` (after ``b``) of the sentence read with words
        ``a..b`` left out: what the model makes of a name once the word glued before it is gone
        (``by Tokopedia [Fulan Fulanah]``). One more tagging, asked only for rare doubted spans."""
        tg = _tagger(self.caseless, "general")
        words = self.w[:a] + self.w[b:]
        tg.set(sentence_features(words, self.caseless))
        labels = [lab for lab in ("B-PER", "I-PER") if lab in set(tg.labels())]
        return min(sum(tg.marginal(lab, k - (b - a)) for lab in labels) for k in range(i, j))

    def cabinet(self, k: int) -> bool:
        """``w[k]`` is a capitalised ``Kabinet`` opening a cabinet's name (``Kabinet Merah Putih``,
        ``Kabinet Indonesia Maju``): a title word only in ``Sekretaris Kabinet``."""
        return self.low[k] == "kabinet" and _cap(self.w[k]) and k + 1 < self.n and _cap(self.w[k + 1]) \
            and self.low[k + 1] not in _TWORDS and not (k > 0 and self.low[k - 1] == "sekretaris")

    def team_after_office(self, k: int) -> bool:
        """``w[k]`` is a capitalised ``Tim`` right after an office and its words (``Ketua Tim``,
        ``Anggota Tim``, ``Koordinator Tim``): the team the office belongs to, not the given name
        ``Tim`` (``CEO Apple Tim Cook`` has a company between, ``Pak Tim`` an honorific)."""
        if self.low[k] != "tim" or not _cap(self.w[k]) or k == 0 or k + 1 >= self.n or not _cap(self.w[k + 1]):
            return False
        b = k - 1
        while b > 0 and self.low[b] in _TWORDS and not self.title_head(b):
            b -= 1
        return self.title_head(b) and self.low[b] not in HONORIFICS

    def team_end(self, i: int, j: int) -> int:
        """End of the team's name in words ``i..j`` opening with ``Tim``: after its last noun derived
        by affixes (``Pemenangan``, ``Pengarah``) when two or more names the model reads as a person
        (0.3+) follow; else ``j`` (the whole run is the team: ``Tim Reformasi Tata Kelola Minyak``)."""
        last = max((x for x in range(i + 1, j) if derived_word(self.low[x]) or _ADMIN_NOUN.match(self.low[x])),
                   default=None)
        if last is None or j - (last + 1) < 2 or any(self.label[x] for x in range(last + 1, j)) \
                or self.person_prob(last + 1, j) < 0.3:
            return j
        return last + 1

    def corps(self, k: int) -> bool:
        """``w[k]`` is a corps abbreviation right after a rank (``Kolonel Inf``), part of the title."""
        return k > 0 and self.low[k] in RANK_CORPS and self.low[k - 1] in RANKS and _cap(self.w[k])

    def title_head(self, k: int) -> bool:
        """``w[k]`` opens a title phrase (not a Korean family name such as ``Pak`` in ``Pak Jong Chon``,
        nor the ``ibu`` of ``ibu kota``, the capital: ``ibu kota Delhi`` names a place)."""
        return self.low[k] in _HEADS and not self.korean_name(k) \
            and not (self.low[k] == "ibu" and k + 1 < self.n and self.low[k + 1] == "kota")

    def given_name_head(self, k: int, end: int) -> bool:
        """``w[k]`` is a title head that is a given name here (``GIVEN_NAME_TITLE_HEADS``: ``Imam
        Santoso``): capitalised, opening the span, with a plain capitalised name word after it inside
        the span (not a title word, not ``Besar``/``Masjid``: ``Imam Besar Masjid X`` is the office)."""
        if self.caseless or self.low[k] not in GIVEN_NAME_TITLE_HEADS or not _cap(self.w[k]) or k + 1 >= end:
            return False
        nxt = k + 1
        return _cap(self.w[nxt]) and self.w[nxt].isalpha() and self.low[nxt] not in GIVEN_NAME_HEAD_OFFICE_NEXT \
            and self.low[nxt] not in _TWORDS and not self.title_head(nxt)

    def fix_model(self, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            if not self.caseless:
                # a lower-case word never starts a name in cased text ("khawatir Pyongyang"); the
                # corpora count a place noun as part of a place ("kota Pati"), the dossier does not
                while s.i < s.j and self.w[s.i][:1].islower() and not any(c.isupper() for c in self.w[s.i]):
                    s.i += 1
                if any(self.w[k][:1].islower() and self.low[k] not in NAME_PARTICLES and self.low[k] not in _CONNECT
                       for k in range(s.i, s.j)):
                    continue  # "Jepang cemas Pyongyang": a verb inside is no name
            if s.type in ("ORG", "PLACE") and not self.caseless and s.i > 0 and s.i < s.j \
                    and self.low[s.i] in _TWORDS and (self.low[s.i - 1] in _HEADS or self.low[s.i - 1] in _TWORDS):
                # "Menteri [Luar Negeri Rusia]" tagged ORG: the portfolio of a role, not a name
                while s.i < s.j and self.low[s.i] in _TWORDS and not self.cabinet(s.i):
                    s.i += 1
            if s.j - s.i == 1 and self.label[s.i] in _CUE_LABELS:
                continue  # "Kosmodrom," alone: a capitalised common noun
            if s.j - s.i == 1 and s.type != "PLACE" and not self.caseless and not self.label[s.i] and (
                    (s.i > 0 and self.low[s.i - 1] in _PLACE_NOUNS)
                    or (s.j + 1 < self.n and self.w[s.j] == "," and self.low[s.j + 1] in _PLACE_NOUNS)):
                s.type = "PLACE"  # "stasiun perbatasan Khasan", "pelabuhan Rajin"
            if s.j - s.i == 1 and s.type == "PERSON" and not self.caseless and not self.label[s.i] \
                    and s.i > 0 and self.low[s.i - 1] in _PLACE_ONLY_PREP:
                s.type = "PLACE"  # "menuju Volgorechensk": one unknown word after these is a place
            # trim month/day/caption words and punctuation at the edges
            while s.i < s.j and (self.nonname(s.i) or not self.w[s.i][:1].isalnum()):
                s.i += 1
            while s.j > s.i and (self.nonname(s.j - 1) or not self.w[s.j - 1][:1].isalnum()):
                s.j -= 1
            if s.i >= s.j:
                continue
            c = next((x for x in range(s.i + 1, s.j - 1) if self.w[x] == ","), None)
            if c is not None and not self.caseless:
                # "di Kementerian Keuangan, Purbaya menyampaikan" tagged as one organisation: a comma
                # ends a name (every model span over a comma in the dev news is two names or a list);
                # the words after it are a person when a verb follows them (the clause's subject) or
                # the model gives them 0.3+ person probability
                out.append(Span(s.i, c, s.type))
                s.i = c + 1
                verb = s.j < self.n and (_VERB_START.match(self.low[s.j]) or self.low[s.j] in _SPEECH_AFTER)
                if s.type != "PERSON" and not any(self.label[x] for x in range(s.i, s.j)) \
                        and (verb or self.person_prob(s.i, s.j) >= 0.3):
                    s.type = "PERSON"
            if s.type == "ORG" and not self.caseless and s.j - s.i >= 3:
                # "Komsomolsk-on-Amur dan Vladivostok" tagged as one organisation: two places in a
                # list, when the words after "dan" are exactly a gazetteer place and no organisation
                # cue or organisation name is in the span ("Kementerian Energi dan ..." keeps its ORG)
                k = next((x for x in range(s.i + 1, s.j - 1) if self.low[x] in ("dan", "and")), None)
                if k is not None and self.gaz_at.get(k + 1) in {(s.j, lab) for lab in STRONG_GPE} \
                        and not any(self.label[x] in ("ORGC", *_ORG_LABELS) for x in range(s.i, k)):
                    out.append(Span(s.i, k, "PLACE"))
                    s.i, s.type = k + 1, "PLACE"
            if s.type in ("ORG", "PLACE") and not self.caseless and s.j - s.i >= 4 \
                    and self.label[s.i] in ("ORGC", *_ORG_LABELS) and self.rank_inside(s) is None:
                # "Bank Dunia Hendra Gunawan" tagged as one organisation: the two or more last words,
                # when unlabelled capitalised words the model itself gives 0.3+ person probability,
                # are a person after the organisation's name (two words at least)
                for a in range(s.i + 2, s.j - 1):
                    if self.name_run(a) >= s.j and not any(self.label[x] for x in range(a, s.j)) \
                            and not any(_ADMIN_NOUN.match(self.low[x]) for x in range(a, s.j)) \
                            and self.person_prob(a, s.j) >= 0.3:
                        out.append(Span(s.i, a, s.type))
                        s.i, s.type = a, "PERSON"
                        break
            if s.type in ("ORG", "PLACE") and not self.caseless and s.j - s.i >= 3:
                # "Banjar Kelod Nyoman Sukra Wijaya" tagged as one place: a Balinese birth-order name
                # (after I/Ni/caste words) opens a person when the model gives the words from it to
                # the end 0.3+ person probability
                for b in range(s.i + 1, s.j - 1):
                    if self.low[b] in BALINESE_NAMES and _cap(self.w[b]):
                        p = b
                        while p > s.i + 1 and self.low[p - 1] in BALINESE_PREFIXES and _cap(self.w[p - 1]):
                            p -= 1
                        if self.name_run(p) >= s.j and not any(self.label[x] for x in range(p, s.j)) \
                                and self.person_prob(p, s.j) >= 0.3:
                            out.append(Span(s.i, p, s.type))
                            s.i, s.type = p, "PERSON"
                        break
            if s.type in ("ORG", "PLACE") and not self.caseless:
                self.place_then_name(s, out)
                while s.j - s.i > 1 and self.low[s.j - 1] in RANKS:
                    s.j -= 1  # "Polres Bogor AKP": the rank opens the (next) name
                k = self.rank_inside(s)
                if k is not None:
                    # "Polda Metro Jaya Kombes Rangga Wiratama" tagged as one place: a unit, a rank,
                    # a name; the unit keeps the model's type, the words after the rank are the person.
                    # Title words the model glued before the unit are no part of it ("Kabid Humas").
                    a = s.i
                    while a < k and (self.title_head(a) or self.low[a] in _TWORDS):
                        a += 1
                    if k > a:
                        out.append(Span(a, k, s.type))
                    s.i, s.type = k + 1, "PERSON"
            if s.type == "PERSON" and not self.caseless and any(_ADMIN_NOUN.match(self.low[x]) for x in range(s.i, s.j)):
                # "Biro Perasuransian ...": no person name has a pe-/ke-...-an word; a unit (ORG), or a
                # place after a place noun ("Kecamatan ..."); two or more names after the last such word
                # are the person heading it ("Klinik Sehat Kebagusan Rina Marlina")
                a = max(x for x in range(s.i, s.j) if _ADMIN_NOUN.match(self.low[x]))
                typ = "PLACE" if self.low[s.i] in _PLACE_NOUNS else "ORG"
                if s.j - a > 2 and all(_cap(self.w[x]) and not self.w[x].isupper() and not self.label[x]
                                       for x in range(a + 1, s.j)):
                    if a > s.i:  # (one such word alone, "... dan [Digitalisasi]", is no unit's name)
                        out.append(Span(s.i, a + 1, typ))
                    s.i = a + 1
                else:
                    s.type = typ
            if not self.caseless and s.type in ("PERSON", "ORG", "PLACE"):
                self.reporting_verb(s)
                if s.i >= s.j:
                    continue
            if s.type == "PERSON" and not self.caseless and self.team_after_office(s.i):
                # "Ketua [Tim Pengarah]", "Ketua [Tim Pemenangan Andi Wijaya]": the team is an organisation,
                # a name after its last derived noun the person heading it
                e = self.team_end(s.i, s.j)
                if e >= s.j:
                    s.type = "ORG"
                else:
                    out.append(Span(s.i, e, "ORG"))
                    s.i = e
            if s.type == "PERSON" and not self.caseless and s.i > 0 and self.cabinet(s.i - 1):
                s.i -= 1
            if s.type == "PERSON" and not self.caseless and self.cabinet(s.i):
                s.type = "ORG"  # "anggota [Kabinet Merah Putih]": the cabinet's name, no person
            if s.type == "PERSON" and not self.caseless and (self.label[s.i] == "ORGC" or self.low[s.i] in UNIT_HEADS):
                s.type = "ORG"  # "DPC Gerindra Jakarta Timur", "Ponpes Langitan": a cue word opens an organisation
            elif s.type == "PERSON" and not self.caseless and s.i > 0 and (s.i - 1) in self.dorg \
                    and _cap(self.w[s.i - 1]):
                # "Ponpes [Nurul Huda]": a name right after one of these cues names the organisation
                # (general cues such as "Sekolah" also end titles: "Kepala Sekolah Sri Wahyuni")
                while s.i > 0 and (s.i - 1) in self.dorg and _cap(self.w[s.i - 1]):
                    s.i -= 1
                s.type = "ORG"
            if s.type == "PERSON":
                # titles are not part of the name, nor a noun such as "Jasad" (body) glued to it
                while s.j - s.i > 1 and (self.title_head(s.i) or self.low[s.i] in _TWORDS
                                         or self.low[s.i] in BODY_NOUNS or self.corps(s.i)
                                         or (self.low[s.i] in ACTING_PREFIXES and self.title_head(s.i + 1))) \
                        and not self.korean_name(s.i) and not self.given_name_head(s.i, s.j):
                    s.i += 1
                if s.j - s.i > 1 and not self.caseless and _cap(self.w[s.i]) and not self.label[s.i] \
                        and title_typo(self.low[s.i]):
                    s.title = (s.i, s.i + 1)  # "Presiedn Vladimir Putin": a misspelt title
                    s.i += 1
                if not self.caseless:
                    self.trim_before_name(s)
                    if s.j - s.i >= 3 and len(self.w[s.i]) >= 3 and self.w[s.i].isalpha() and self.w[s.i].isupper() \
                            and all(self.w[x][:1].isupper() and not self.w[x].isupper() for x in range(s.i + 1, s.j)):
                        # "ADB Shang Jin Wei": an acronym before a name in cased text is its organisation,
                        # with a sector word written after it ("SKK Migas Rudi Santoso")
                        e = s.i + 1
                        while s.j - e > 2 and self.low[e] in UNIT_SHORT_NAMES:
                            e += 1
                        out.append(Span(s.i, e, "ORG"))
                        s.i = e
                # "Korea Selatan Shin Won-sik": a place at the start is not part of the name
                m = self.strong_at(s.i)
                if m and m[0] < s.j:
                    out.append(Span(s.i, m[0], "ORG" if m[1] in _ORG_LABELS else "GPE", source="gaz"))
                    s.i = m[0]
                if not self.caseless and any(
                        self.w[k][:1].islower() and self.low[k] not in NAME_PARTICLES and self.low[k] not in _CONNECT
                        for k in range(s.i, s.j)):
                    continue  # "[AS] khawatir Pyongyang": a verb inside is no name
                # "Lawatan Tuan Kim": a capitalised word before an honorific is not part of the name
                for k in range(s.j - 2, s.i, -1):
                    if self.low[k] in HONORIFICS and self.title_head(k):
                        s.i = k + 1
                        break
                if self.low[s.i] in _HEADS and s.j - s.i == 1:
                    continue
            elif not self.caseless and self.low[s.i] in _ORG_STOP and s.type in ("ORG", "PLACE"):
                # "Menteri Pertahanan Korea Selatan" tagged ORG: a role, not an organisation; but
                # "Wamenkes Dodi Kurniawan" tagged ORG is an office and a name when the words after
                # the title are unlabelled capitalised words that the model itself reads as a person
                a = s.i
                while a < s.j and (self.title_head(a) or self.low[a] in _TWORDS):
                    a += 1
                if s.j - a >= 2 and self.name_run(a) >= s.j and not any(self.label[x] for x in range(a, s.j)) \
                        and self.person_prob(a, s.j) >= 0.3:
                    out.append(Span(a, s.j, "PERSON"))
                continue
            inside = [g for g in self.gaz if s.i <= g[0] and g[1] <= s.j and g[2] in (*STRONG_GPE, "GLOC")]
            if len(inside) >= 2 and sum(b - a for a, b, _ in inside) == s.j - s.i:
                continue  # "Pasifik Rusia": two known places side by side, not one name
            out.append(s)
        return out

    def place_then_name(self, s: Span, out: list[Span]) -> None:
        """Split a place/organisation span that runs from a place into the next name.

        ``Korea Selatan Lembaga`` (``... direktur Korea Selatan Lembaga think tank``): a cue word
        opens a name, so one closing a span after a known place is cut off. ``Tentara Rakyat Korea Ri
        Pyong Chol``: a Korean name (family name and two syllables) inside the span, and ``Amerika
        Serikat Joe Biden``: two or more unlabelled capitalised words after a known place that the
        model itself reads as a person (0.5+), are a person after the place.
        """
        m = self.strong_at(s.i)
        if m and m[0] < s.j and m[1] in STRONG_GPE and all(self.label[x] in _CUE_LABELS for x in range(m[0], s.j)):
            s.j = m[0]
            return
        k = next((x for x in range(s.i + 1, s.j - 1) if self.korean_name(x)), None)
        end = None if k is None else k + (2 if "-" in self.w[k + 1] else 3)
        if k is not None and end is not None and (end == s.j or (
                end > s.j and not any(self.label[x] for x in range(s.j, end)))):
            # the name may run past the model's span (``Korea Utara Kim Jong`` + ``Un``): a Korean name
            # is its family name and two syllables (``korean_name``), so the person takes all three
            out.append(Span(s.i, k, s.type))
            s.i, s.j, s.type = k, end, "PERSON"
            return
        if m and m[1] in STRONG_GPE and s.j - m[0] >= 2 and self.name_run(m[0]) >= s.j \
                and not any(self.label[x] for x in range(m[0], s.j)) and self.person_prob(m[0], s.j) >= 0.5:
            out.append(Span(s.i, m[0], s.type))
            s.i, s.type = m[0], "PERSON"

    def reporting_verb(self, s: Span) -> None:
        """``Melansir Time``, ``Dilansir Deutsche Welle``: a sentence-opening reporting verb is no part
        of the name after it, and what is ``dilansir`` (published) is an outlet: a person span right
        after ``melansir``/``dilansir`` (``dari``) is an ORG, as is a place span that is no gazetteer place.
        ``Mengutip``/``Menurut`` also take people."""
        if s.j - s.i >= 2 and self.low[s.i] in _REPORT_VERBS:
            s.i += 1
        k = s.i - 1
        if k > 0 and self.low[k] == "dari":
            k -= 1
        if k >= 0 and self.low[k] in _OUTLET_VERBS and (s.type == "PERSON" or (
                s.type == "PLACE" and not any(self.label[x] for x in range(s.i, s.j)))):
            s.type, s.source = "ORG", "rule"  # a rule's vote: the article's other mentions follow

    def rule_spans(self, spans: list[Span]) -> list[Span]:
        """Candidate spans from the gazetteer, cue words and title triggers."""
        cands: list[Span] = []
        per_start = {s.i for s in spans if s.type == "PERSON"}
        for a, b, lab in self.gaz:
            if not self.caseless and not _cap(self.w[a]):
                continue
            if lab in STRONG_GPE:
                cands.append(Span(a, b, "GPE", source="gaz"))
            elif lab in _ORG_LABELS:
                cands.append(Span(a, b, "ORG", source="gaz"))
            elif lab == "GLOC":
                cands.append(Span(a, b, "LOC", source="gaz"))
            if lab == "AORG" and " ".join(self.w[a:b]) in gazetteer.cues()["org"]:
                lab = "ORGC"  # "Pemprov" is an abbreviation and opens "Pemprov DKI Jakarta"
            if lab in ("ORGC", "LOCC", "EVTC") and not self.caseless:
                k = b
                while k < self.n and k not in per_start:
                    w = self.w[k]
                    if ((_cap(w) or (w[:1].isdigit() and lab != "LOCC")) and not self.nonname(k) \
                            and self.low[k] not in _ORG_STOP) or (lab != "LOCC" and self.low[k] in _CONNECT and k > b and k + 1 < self.n \
                            and _cap(self.w[k + 1])):
                        k += 1
                    else:
                        break
                while k > b and self.low[k - 1] in _CONNECT:
                    k -= 1
                if lab == "ORGC":
                    for name in _written_out_orgs().get(self.low[a], ()):
                        if len(name) > k - a and tuple(self.low[a:a + len(name)]) == name \
                                and all(_cap(w) or w.lower() in _CONNECT for w in self.w[a:a + len(name)]):
                            k = a + len(name)
                            break
                if k > b:
                    typ = {"ORGC": "ORG", "LOCC": "LOC", "EVTC": "EVENT"}[lab]
                    cands.append(Span(a, k, typ, source="cue"))
        if not self.caseless:
            cands += self.person_cues(spans)
            cands += self.dateline()
            for i in range(self.n):
                if not self.title_head(i) or self.low[i] not in _TRIGGER_HEADS:
                    continue
                j = self.title_end(i, spans)
                k = self.name_run(j)
                # one capitalised word after a role may be a portfolio (Menko Polhukam): only
                # honorifics (Tuan Kim) make it a name on their own
                if k - j < (1 if self.low[i] in HONORIFICS else 2):
                    continue
                over = [s for s in spans if _overlaps(s, Span(j, k, ""))]
                if self.cabinet(j - 1):
                    continue  # "anggota Kabinet [Merah Putih]": the cabinet's name, no person
                if self.team_after_office(j):
                    # "Ketua Tim Pengarah", "Ketua Tim Pemenangan [Andi Wijaya]": the team, then its head
                    e = self.team_end(j, k)
                    if not any(s.i <= j for s in over):
                        cands.append(Span(j, e, "ORG", source="cue"))
                    if e < k and not any(_overlaps(s, Span(e, k, "")) for s in spans):
                        cands.append(Span(e, k, "PERSON", title=(i, e), source="title"))
                    continue
                if self.low[j] in UNIT_HEADS:
                    # "Komandan Satuan Siber", "Kepala Divisi Manajemen Proyek": the unit the office heads
                    # (up to a name, or a place opened by a place noun, the model found after it:
                    # "Kepala Seksi Sosial Kecamatan X"; a bare place stays in: "Pemerintah Provinsi Papua")
                    e = min([s.i for s in over if s.i > j and (s.type == "PERSON" or self.low[s.i] in _PLACE_NOUNS)] + [k])
                    if not any(s.i <= j for s in over):
                        cands.append(Span(j, e, "ORG", source="cue"))
                    continue
                c = next((x for x in range(j + 1, k) if self.country_at(x)), None)
                if c is not None:
                    # "Direktur Eksekutif Lembaga Kajian Indonesia [Budi Santoso]", "Kepala Staf Gabungan
                    # Amerika Serikat": a country inside the run ends the organisation the office is of
                    # (no name holds a country); two or more names after it are the person
                    e = self.gaz_at[c][0]
                    if c - j >= 2 and not over:
                        cands.append(Span(j, e, "ORG", source="cue"))
                    if k - e >= 2 and not any(_overlaps(s, Span(e, k, "")) for s in spans):
                        cands.append(Span(e, k, "PERSON", title=(i, e), source="title"))
                    continue
                if any(_ADMIN_NOUN.match(self.low[x]) or self.low[x] in FIELD_NOUNS for x in range(j, k)):
                    # "Kepala Subdivisi Pelayanan Publik", "Direktur Jenderal Strategi Ekonomi": a unit or
                    # field of the office, not a name
                    continue
                if k + 1 < self.n and self.w[k] == "," and ((k + 1) in per_start or (
                        k + 2 < self.n and _cap(self.w[k + 1]) and _cap(self.w[k + 2]) and not self.label[k + 1])):
                    continue  # "Kepala Seksi Penagihan, Subur Saroso": the name is after the comma
                if not over:
                    cands.append(Span(j, k, "PERSON", title=(i, j), source="title"))
                elif len(over) == 1 and i < over[0].i and over[0].j <= k and over[0].source == "model" \
                        and over[0].type in ("PLACE", "ORG") and not self.label[j] \
                        and not gazetteer.place_kind(" ".join(self.w[j:over[0].j])):
                    # "Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa" tagged as a place by the model
                    over[0].i, over[0].type, over[0].title = j, "PERSON", (i, j)
        return cands

    def person_cues(self, spans: list[Span]) -> list[Span]:
        """Names the model typed as a place or organisation but the context says are people.

        ``Reporter: Nadia Safitri``; ``Nadia Safitri mengatakan``/``, kata Nadia Safitri``;
        ``Nadia Safitri adalah jurnalis``. Gazetteer places and cue-word names are never retyped.
        """
        out: list[Span] = []
        for i in range(self.n - 2):
            if self.low[i] in _BYLINE and self.w[i + 1] == ":":
                k = self.name_run(i + 2)
                if k - (i + 2) >= 2:
                    out.append(Span(i + 2, k, "PERSON", source="title"))
        for k in range(1, self.n - 2):
            # "melewati Hasonggol, stasiun kecil di ...": an appositive place noun types the name
            if _cap(self.w[k]) and self.w[k][:1].isalpha() and not self.label[k] and self.w[k + 1] == "," \
                    and self.low[k + 2] in _PLACE_NOUNS and not _cap(self.w[k - 1]) \
                    and not any(o.i <= k < o.j for o in spans):
                out.append(Span(k, k + 1, "LOC", source="cue"))
        for s in spans:
            if s.type not in ("PLACE", "ORG") or s.source != "model" or s.j - s.i < 2 or s.j - s.i > 4:
                continue
            if any(self.label[k] for k in range(s.i, s.j)) or gazetteer.place_kind(" ".join(self.w[s.i:s.j])) \
                    or self.w[s.j - 1] in _ORG_SUFFIX:
                continue
            nxt = self.low[s.j] if s.j < self.n else ""
            nxt2 = self.low[s.j + 1] if s.j + 1 < self.n else ""
            prv = self.low[s.i - 1] if s.i > 0 else ""
            if nxt in _SPEECH_AFTER or (prv in _SPEECH_AFTER and self.w[s.i - 2:s.i - 1] == [","]) \
                    or (nxt == "," and prv == "," and nxt2 in _SPEECH_AFTER) \
                    or (nxt in ("adalah", "merupakan") and (nxt2 in _TRIGGER_HEADS or nxt2 in APPOSITIVE_HEADS)):
                out.append(Span(s.i, s.j, "PERSON", source="title"))
        # the same cues after two to four capitalised words the model left untagged (it is least
        # sure of invented or rare names: "Yudha Pranata adalah wartawan", "Sekar Ayu mengatakan")
        if not any(x in _SPEECH_AFTER or x in ("adalah", "merupakan") for x in self.low):
            return out
        taken = [False] * self.n
        for s in spans:
            for k in range(s.i, s.j):
                taken[k] = True
        i = 0
        while i < self.n - 1:
            # the run must open after a lower-case word or sentence punctuation ("S&P Global" is no name)
            if taken[i] or not _cap(self.w[i]) or (i > 0 and not self.w[i - 1][:1].islower()
                                                   and self.w[i - 1] not in _NAME_OPENERS):
                i += 1
                continue
            k = self.name_run(i, limit=4)
            if k - i >= 2 and k < self.n and not any(taken[i:k]) and not any(self.label[x] for x in range(i, k)) \
                    and self.w[k - 1] not in _ORG_SUFFIX:
                nxt = self.low[k]
                nxt2 = self.low[k + 1] if k + 1 < self.n else ""
                # at the sentence start a capital says nothing ("Kemarin Nanda mengatakan"): there the
                # model must give every word some person probability
                if (nxt in _SPEECH_AFTER or (nxt in ("adalah", "merupakan") and (
                        nxt2 in _TRIGGER_HEADS or nxt2 in APPOSITIVE_HEADS))) \
                        and (i > 0 or self.person_prob(i, k) >= 0.1):
                    out.append(Span(i, k, "PERSON", source="title"))
            i = max(k, i + 1)
        return out

    def dateline(self) -> list[Span]:
        """Outlet names in datelines: ``Jakarta, Kabar Harian -`` and ``Berita Pagi, Washington —``."""
        if self.n < 4 or not _cap(self.w[0]):
            return []
        k = self.name_run(0, limit=4)
        if k == 0 or k >= self.n - 2 or self.w[k] != ",":
            return []
        m = self.name_run(k + 1, limit=4)
        if m == k + 1 or m >= self.n or self.w[m] not in _DASH:
            return []
        first, second = (0, k), (k + 1, m)
        first_place = bool(gazetteer.place_kind(" ".join(self.w[0:k]))) or self.w[0].isupper()
        second_place = bool(gazetteer.place_kind(" ".join(self.w[k + 1:m]))) or self.w[k + 1].isupper()
        if first_place and not second_place:
            return [Span(*second, "ORG", source="cue")]
        if second_place and not first_place:
            return [Span(*first, "ORG", source="cue")]
        return []

    def domains(self) -> list[Span]:
        """Web-domain tokens are outlets (``WARTANUSA.COM``): ORG, whatever the model says."""
        return [Span(k, k + 1, "ORG", source="product") for k in range(self.n)
                if "." in self.w[k] and DOMAIN.match(self.w[k]) and not self.low[k].startswith("www.")]

    def reference_number(self, k: int) -> bool:
        """``w[k]`` is a letter's, decree's or warrant's number (``nomor SR-413``, ``No: Print-575/...``,
        ``PMK-61/PMK.03/2023``), not a product's designation."""
        b = k - 1 if k > 0 and self.w[k - 1] != ":" else k - 2
        return (b >= 0 and self.low[b] in _NUMBER_WORDS) or (k + 1 < self.n and self.w[k + 1] == "/")

    def products(self) -> list[Span]:
        out: list[Span] = []
        k = 0
        while k < self.n:
            w = self.w[k]
            lab = self.label[k]
            is_prod = (_PRODUCT_RE.match(w) and w not in _NOT_PRODUCT and not _NOT_PRODUCT_RE.match(w)
                       and not self.reference_number(k)) or (lab == "PROD" and (self.caseless or _cap(w)))
            if is_prod:
                j = k + 1
                while j < self.n and (self.label[j] == "PROD" or _PRODUCT_RE.match(self.w[j])) \
                        and self.w[j] not in _NOT_PRODUCT and not _NOT_PRODUCT_RE.match(self.w[j]):
                    j += 1
                out.append(Span(k, j, "PRODUCT", source="product"))
                k = j
            else:
                k += 1
        return out

    def resolve(self, model: list[Span], cands: list[Span], prods: list[Span]) -> list[Span]:
        """Longest span wins; equal spans take the gazetteer type; products override all."""
        prio = {"product": 4, "title": 3, "cue": 2, "gaz": 1, "model": 0, "rule": 0}
        pool = sorted(model + cands, key=lambda s: (-(s.j - s.i), -prio[s.source], s.i))
        chosen: list[Span] = [*prods]
        for s in pool:
            if any(_overlaps(s, c) for c in chosen):
                same = [c for c in chosen if c.i == s.i and c.j == s.j]
                for c in same:
                    if s.source == "gaz" and c.source == "model" and c.type in ("PLACE", "ORG", "PERSON"):
                        c.type = s.type
                    if c.title is None and s.title is not None:
                        c.title = s.title
                continue
            chosen.append(s)
        chosen.sort(key=lambda s: s.i)
        return chosen

    def place_types(self, spans: list[Span]) -> None:
        for s in spans:
            if self.w[s.j - 1] in _ORG_SUFFIX and s.type in ("PLACE", "PERSON"):
                s.type = "ORG"  # Ewha Womans University, Institute for ...
            if s.type != "PLACE":
                continue
            text = " ".join(self.w[s.i:s.j])
            lab = self.gaz_at.get(s.i)
            if (lab and lab[0] == s.j and lab[1] in (*STRONG_GPE, "RSHORT")) or gazetteer.place_kind(text) or (self.caseless and gazetteer.place_kind(text.title())):
                s.type = "GPE"
            else:
                s.type = "LOC"

    def titles(self, spans: list[Span], others: list[Span] | None = None) -> None:
        """Set the title of each person span in ``spans``; ``others`` (default ``spans``) is the
        sentence's span list the walk back stops at (a neighbouring person ends a title: ``Bupati
        X [Fulan] dan Wakil Bupati X [Fulan]``)."""
        if self.caseless:
            return
        ctx = spans if others is None else others
        for s in spans:
            if s.type != "PERSON":
                continue
            # a title phrase ending right before the name: the leftmost head of the stretch of
            # title words, capitalised words and brackets before it ("mantan Presiden AS")
            for i in range(s.i - 1, max(-1, s.i - 15), -1):
                if self.low[i] in _HEADS:
                    if s.title is None or i < s.title[0]:
                        s.title = (i, s.i)
                elif not (self.low[i] in _TWORDS or (_cap(self.w[i]) and not self.nonname(i))
                          or self.w[i] in "()") or any(o.j == i + 1 and o.type == "PERSON" for o in ctx):
                    break
            if s.title is not None and s.source == "model":
                # capitalised words between the title and the name the model found belong to the
                # name ("Menteri Keuangan Purbaya [Yudhi Sadewa]")
                te = self.title_end(s.title[0], ctx)
                if te < s.i and s.i - te <= 2 and all(
                        _cap(self.w[k]) and self.w[k][:1].isalpha() and not self.label[k]
                        and not (len(self.w[k]) >= 3 and self.w[k].isupper())  # "Dirut PHE [Chalid ...]"
                        and not _ROMAN.match(self.w[k])  # "Ketua Tim Balai X Wilayah IV [Fulan]"
                        and self.low[k] not in _TWORDS and not (self.title_head(k) and self.low[k] not in _NAMEISH_HEADS)
                        and not any(o.i <= k < o.j for o in ctx)
                        for k in range(te, s.i)):
                    s.i = te
                    s.title = (s.title[0], te)
            if s.title is None and s.i >= 2 and self.w[s.i - 1] == "," and (s.j >= self.n or self.w[s.j] in ",."):
                # fronted role: "Pengamat hubungan internasional Universitas X, Rizal Mahendra, menilai"
                for i in range(s.i - 2, max(-1, s.i - 10), -1):
                    if self.title_head(i) and self.low[i] in _TRIGGER_HEADS \
                            and (i == 0 or not _cap(self.w[i - 1]) or self.w[i - 1] in ",;:"):
                        s.title = (i, s.i - 1)
                        break
                    if not (self.low[i] in _TWORDS or _cap(self.w[i]) or self.w[i][:1].islower()) \
                            or any(o.j == i + 1 and o.type == "PERSON" for o in ctx):
                        break
            a = s.j
            if s.title is None and a + 1 < self.n and self.low[a] in ("adalah", "merupakan") \
                    and (self.low[a + 1] in APPOSITIVE_HEADS or self.low[a + 1] in _TRIGGER_HEADS):
                # "Nadia Safitri adalah jurnalis desk internasional Kabar Harian yang ..."
                e = a + 1
                while e < min(self.n, a + 12) and self.w[e] not in {",", ".", ";", ":", "(", "\"", "”"} \
                        and self.low[e] not in ("yang", "dan", "sejak", "pada", "sebelum", "setelah"):
                    e += 1
                s.title = (a + 1, e)
            if s.title is not None:
                continue
            # appositive: "Nam Sung-wook, mantan direktur lembaga itu, mengatakan"
            a = s.j
            if a + 1 < self.n and self.w[a] == "," and self.low[a + 1] in APPOSITIVE_HEADS:
                for e in range(a + 2, min(self.n, a + 14)):
                    if self.w[e] in {",", ".", ";", ":", "\"", "”", ")"} or self.low[e] in _APPOSITIVE_STOPS:
                        if e > a + 1:
                            s.title = (a + 1, e)
                        break
                else:
                    if self.n <= a + 14 and self.n > a + 1:
                        s.title = (a + 1, self.n)

    def headline(self) -> bool:
        """Title Case Headlines Capitalise Every Word, which misleads the model."""
        alpha = [w for w in self.w if w[:1].isalpha()]
        if self.caseless or len(alpha) < 4 or sum(_cap(w) for w in alpha) < 0.75 * len(alpha):
            return False
        # names can fill a sentence; a capitalised function word cannot ("Kini Kena Pajak")
        fw = gazetteer.cues()["function"]
        return any(_cap(w) and w.lower() in fw for w in alpha[1:])

    def run_corpus(self) -> list[Span]:
        """The corpus-convention profile used by ``tag_conll``/``eval_ner``: the model's spans,
        with products, outlet domains, the GPE/LOC split and bracketed abbreviations.

        The document rules below serve the dossier (every mention of a country, titles split off,
        outlets as ORG) and disagree with how NERGrit, NERP and idner-news-2k annotate (idner
        leaves ``warga Israel`` untagged, NERGrit counts ``kota Pati`` as the place): measured on
        the valid splits they cost 0.00-0.04 F1 (docs/ner.md), so CoNLL tagging leaves them out.
        """
        model = _model_spans(self.w, self.caseless, self.convention)
        spans = self.resolve(model, [], self.products() + self.domains())
        self.place_types(spans)
        self.glued_abbreviations(spans)
        return spans

    def run(self) -> list[Span]:
        # in a headline only the gazetteer and rules are trusted; document consistency adds names
        # seen in ordinary sentences
        if self.headline():
            model = []
        else:
            model = self.fix_model(bio_spans(self.tags) if self.tags is not None else _model_spans(self.w, self.caseless))
        cands = self.rule_spans(model)
        spans = self.party_unit_holders(self.office_holders(
            self.non_names(self.resolve(model, cands, self.products() + self.domains()))))
        for s in spans:
            # "Marsekal Pak Jong Chon": the Korean family name belongs to the name
            if s.type == "PERSON" and s.i > 0 and s.j - s.i <= 2 and self.korean_name(s.i - 1) \
                    and not any(o.j == s.i and o is not s for o in spans):
                s.i -= 1
                if s.title is not None:
                    s.title = (s.title[0], s.i) if s.title[0] < s.i else None
        self.balinese_prefix(spans)
        self.chinese_names(spans)
        self.place_types(spans)
        self.english_org_heads(spans)
        spans = self.company_names(spans)
        spans = self.named_institutions(spans)
        self.address_parts(spans)
        self.titles(spans)
        self.titled_places(spans)
        self.glued_abbreviations(spans)
        return spans

    def opener(self, k: int) -> bool:
        """``w[k]`` is a capitalised conjunction, preposition or sentence adverb (``Kendati``,
        ``Sepengetahuan``, ``Akibatnya``; name_prefixes.CLAUSE_OPENERS), or an adverb of the shape
        noun + ``-nya`` (``Prinsipnya``, ``Faktanya``: a dictionary word of four letters or more before
        the ``-nya``): never a word of a name."""
        w = self.w[k]
        if not _cap(w) or not w.isalpha() or w.isupper() or self.label[k]:
            return False
        low = self.low[k]
        return low in name_prefixes.CLAUSE_OPENERS or (
            low.endswith("nya") and len(low) >= 7 and known_word(low[:-3]))

    def non_names(self, spans: list[Span]) -> list[Span]:
        """Dossier: no name opens with a clause opener (``Kendati Jepang`` -> ``Jepang``,
        ``Sepengetahuan Bambang`` -> ``Bambang``), and one alone is none (``Prinsipnya,``); an academic
        degree written after a name (``dr Fulan, M.Epid,``, ``MKes``) is no name either (in capitals
        only with its dots: ``Pimpinan MK, MA, dan KY`` names courts)."""
        if self.caseless:
            return spans
        out = []
        for s in spans:
            while s.j - s.i >= 2 and self.opener(s.i):
                s.i += 1
            if s.j - s.i == 1 and self.opener(s.i):
                continue
            text = "".join(self.w[s.i:s.j])
            if s.source != "gaz" and name_prefixes.is_degree_word(text.replace(".", "")) and (
                    "." in text or (not text.isupper() and s.i > 1 and self.w[s.i - 1] == "," and _cap(self.w[s.i - 2]))):
                continue
            out.append(s)
        return out

    def office_before(self, i: int) -> int | None:
        """The head of the office written right before a span starting at ``w[i]`` (``Kepala`` of
        ``Kepala Dinas Sosial``, ``Ketua`` of ``Wakil Ketua Umum``): a title head that opens a name
        (``_TRIGGER_HEADS``) at most four capitalised words back, else ``None``."""
        head = i - 1
        while head >= 0 and head >= i - 4 and _cap(self.w[head]) and self.w[head].isalpha() \
                and not self.title_head(head):
            head -= 1
        if head < 0 or not (self.title_head(head) and self.low[head] in _TRIGGER_HEADS):
            return None
        return head

    def holder_word(self, x: int) -> bool:
        """``w[x]`` may be a word of an office holder's name after the office's unit: a plain
        capitalised word, no acronym, gazetteer word, title, section, field, unit or company word."""
        return _cap(self.w[x]) and self.w[x].isalpha() and not self.w[x].isupper() and not self.label[x] \
            and not self.title_head(x) and self.low[x] not in _TWORDS and self.low[x] not in FIELD_NOUNS \
            and self.low[x] not in _UNIT_OPENERS and not _ADMIN_NOUN.match(self.low[x]) \
            and self.w[x] not in _ORG_SUFFIX and self.w[x] not in _DOSSIER_ORG_SUFFIX

    def office_holders(self, spans: list[Span]) -> list[Span]:
        """Dossier: ``Kepala Dinas Sosial Kota Medan [Irvan Wahyudi]`` tagged as one organisation (or
        ``Kabupaten Bogor Rina Marlina`` as one place): after an office of a unit and its region (a
        gazetteer city, regency, province or country inside the span), two or more capitalised words
        to the span's end are the office holder, when a title head opens the stretch and one of the
        words is no dictionary word (``Bidang Bina Marga`` is the office's section). The model gives
        such names little person probability after a region, so no probability is asked."""
        if self.caseless:
            return spans
        added: list[Span] = []
        for s in spans:
            if s.type not in ("ORG", "PLACE", "LOC", "GPE") or s.j - s.i < 3:
                continue
            head = self.office_before(s.i)
            if head is None:
                continue
            b = max((e for a, (e, lab) in self.gaz_at.items() if s.i <= a and e < s.j - 1 and lab in STRONG_GPE
                     and _cap(self.w[a])), default=None)
            if b is None or s.j - b > 4 or not all(self.holder_word(x) for x in range(b, s.j)) \
                    or all(known_word(self.low[x]) for x in range(b, s.j)):
                continue
            added.append(Span(b, s.j, "PERSON", title=(head, b), source="title"))
            s.j = b
        return sorted([*spans, *added], key=lambda s: s.i) if added else spans

    def party_unit_holders(self, spans: list[Span]) -> list[Span]:
        """Dossier: ``Ketua DPP PDIP [Puan Maharani]`` read as ``DPP PDIP Puan`` + ``Maharani``, or
        ``Sekretaris DPP PKB Farida Faricha`` as one organisation: the cue rule runs a unit cue
        (``DPP``) over every capitalised word up to a person the model found. After an office, a chain
        of two or more organisation acronyms (the unit's cue, then its body's: ``DPP PKB``, ``DPW
        PKS``) is the unit's whole name; plain capitalised words after it, none a place, title, field,
        unit or company word (``DPC PDIP Jaksel``, ``DPP PKB Bidang Ekonomi`` stay), are its holder:
        one or two joined to the person the model found right after the span, or two to four
        ending the span that are not all dictionary words (the model gives such names 0.1-0.2
        person probability after the acronyms, so none is asked)."""
        if self.caseless:
            return spans
        added: list[Span] = []
        for s in spans:
            if s.type != "ORG" or s.i == 0:
                continue
            head = self.office_before(s.i)
            if head is None:
                continue
            b = s.i
            while b < s.j and len(self.w[b]) >= 2 and self.w[b].isalpha() and self.w[b].isupper() \
                    and self.label[b] in ("ORGC", "AORG"):
                b += 1
            if b - s.i < 2 or b == s.j or not all(self.holder_word(x) for x in range(b, s.j)):
                continue
            nxt = next((o for o in spans if o.type == "PERSON" and o.i == s.j), None)
            if nxt is not None and s.j - b <= 2:
                nxt.i, nxt.title = b, (nxt.title[0] if nxt.title is not None else head, b)
                s.j = b
            elif nxt is None and 2 <= s.j - b <= 4 and not all(known_word(self.low[x]) for x in range(b, s.j)):
                added.append(Span(b, s.j, "PERSON", title=(head, b), source="title"))
                s.j = b
        return sorted([*spans, *added], key=lambda s: s.i) if added else spans

    def company_names(self, spans: list[Span]) -> list[Span]:
        """Dossier: a person or place span that ends in a company/agency word is an organisation.

        ``Mizuho Securities``, ``Lipow Oil Associates``, ``Energy Information Administration``,
        ``Commerzbank``: no personal name ends in these words. Two or more capitalised words after
        such a word inside the span are a person speaking for it (``Central China Securities Zhang
        Gang`` -> ORG + PERSON). ``Bank`` alone is an ``_ORG_SUFFIX`` word already (``place_types``).
        """
        if self.caseless:
            return spans
        added: list[Span] = []
        for s in spans:
            if s.type not in ("PERSON", "LOC", "ORG"):
                continue
            k = next((x for x in range(s.j - 1, s.i - 1, -1) if self.w[x] in _DOSSIER_ORG_SUFFIX
                      or _BANK_WORD.match(self.w[x])), None)
            if s.type == "ORG":
                # "analis Central China Securities Zhang Gang" tagged as one organisation (the country
                # ends the title rule's name run): two or more names after the company word are the
                # person speaking for it when an office is written before the span or the model itself
                # reads them as a person
                if k is not None and s.j - k >= 3 and all(
                        _cap(self.w[x]) and self.w[x][:1].isalpha() and not self.label[x] for x in range(k + 1, s.j)) \
                        and ((s.i > 0 and self.title_head(s.i - 1)) or self.person_prob(k + 1, s.j) >= 0.3):
                    added.append(Span(k + 1, s.j, "PERSON", source="rule"))
                    s.j = k + 1
                continue
            if k is None and s.type == "PERSON" and s.j - s.i >= 3 and len(self.w[s.i]) >= 3 and self.w[s.i].isalpha() \
                    and self.w[s.i].isupper() and self.low[s.i] not in _HEADS and not self.label[s.i + 1] \
                    and all(_cap(self.w[x]) and not self.w[x].isupper() for x in range(s.i + 1, s.j)):
                # "Direktur Utama BKR Gilang Arya Pratama" found by the title rule: the acronym is the
                # organisation of the office (the model's spans get this in ``fix_model``)
                added.append(Span(s.i, s.i + 1, "ORG", source="rule"))
                s.i += 1
                if s.title is not None:
                    s.title = (s.title[0], s.i)
                continue
            if k is None and s.type == "PERSON" and s.j - s.i >= 3 and s.i >= 2 and len(self.w[s.i - 1]) == 2 \
                    and self.w[s.i - 1].isalpha() and self.w[s.i - 1].isupper() \
                    and (self.title_head(s.i - 2) or self.low[s.i - 2] in _TWORDS) \
                    and all(_cap(self.w[x]) and self.w[x].isalpha() and not self.label[x] for x in range(s.i, s.j)):
                # "Ketua Umum PP [Muhammadiyah Haedar Nashir]": after an office, a two-letter unit
                # (``PP``, ``PB``, ``PW``) and its organisation's word come before the name; the person
                # is the two or more words the model reads best as a person (0.5+, and better than the
                # whole span)
                e = max(range(s.i + 1, s.j - 1), key=lambda x: self.person_prob(x, s.j))
                if self.person_prob(e, s.j) >= 0.5 and self.person_prob(e, s.j) > self.person_prob(s.i, s.j):
                    added.append(Span(s.i - 1, e, "ORG", source="rule"))
                    s.i = e
                    if s.title is not None:
                        s.title = (s.title[0], e)
                continue
            if k is None or (k == s.i and s.j - s.i == 1 and self.w[k] in _DOSSIER_ORG_SUFFIX):
                continue  # "Capital," alone is a capitalised common word, no name
            # an acronym before the span may start the company's name ("DNR [Logistics Herry Tho]")
            a = s.i
            while a > 0 and self.w[a - 1].isupper() and self.w[a - 1].isalpha() and not self.title_head(a - 1) \
                    and self.low[a - 1] not in _TWORDS and not self.label[a - 1] \
                    and not any(o.i < a and a - 1 < o.j for o in spans):
                a -= 1
            if k == s.j - 1:
                s.i, s.type, s.title = a, "ORG", None
            elif s.type == "PERSON" and s.j - k >= 3 and all(
                    _cap(self.w[x]) and self.w[x][:1].isalpha() and not self.label[x] for x in range(k + 1, s.j)):
                added.append(Span(a, k + 1, "ORG", source="rule"))
                s.i = k + 1
        if added:
            spans = sorted([*spans, *added], key=lambda s: s.i)
        return spans

    def institution_cue(self, i: int) -> tuple[int, str] | None:
        """``(end, type)`` when a capitalised institution word named after people (``Universitas``,
        ``RSUP``, ``Rumah Sakit``, ``Bandara``, ``Jalan``) starts at ``w[i]``, else ``None``."""
        if not _cap(self.w[i]):
            return None
        if i + 1 < self.n and (typ := NAMED_AFTER_PEOPLE.get(f"{self.low[i]} {self.low[i + 1]}")):
            return i + 2, typ
        typ = NAMED_AFTER_PEOPLE.get(self.low[i])
        return (i + 1, typ) if typ else None

    def named_institutions(self, spans: list[Span]) -> list[Span]:
        """Dossier: an institution or place named after a person is one name, and no person.

        ``RSUP Dr. Sardjito``, ``Universitas Jenderal Soedirman``, ``UIN Syarif Hidayatullah``,
        ``Bandara Sultan Hasanuddin``: after an institution word (``titles.NAMED_AFTER_PEOPLE``), its
        kind words (``Umum Pusat``, ``Islam Negeri``) and the titles the honoured person carries
        (``Dr.``, ``Jenderal``), a person span the model or the title rule found is the rest of the
        institution's name; with a title but no person span, the capitalised words after it are. A
        city right after the name is part of it (``RSUD Dr. Soetomo Surabaya``), as the model has it.
        Without kind or title words the person must start right after the word and be short (one or
        two words), so ``Dosen Universitas Gadjah Mada Budi Santoso`` keeps its lecturer (and ``UIN
        Maliki Imam Muslimin``, a lecturer glued to the short name, is left to the model). A person
        span that opens with the institution word is the institution (``Kepala Puskesmas Sukamaju``).
        """
        if self.caseless:
            return spans
        for i in range(self.n):
            cue = self.institution_cue(i)
            if cue is None:
                continue
            b, typ = cue
            glued = next((s for s in spans if s.type == "PERSON" and s.i == i and s.j > b), None)
            if glued is not None:
                # "Kepala Puskesmas Sukamaju": the model's person opens with the institution word
                glued.type, glued.title, glued.source = typ, None, "cue"
                continue
            k = b
            while k < self.n and _cap(self.w[k]) and self.low[k] in INSTITUTION_KIND_WORDS:
                k += 1
            if k > b and k + 2 < self.n and self.w[k] == "(" and self.w[k + 2] == ")":
                k += 3  # "Universitas Islam Negeri (UIN) Maulana Malik Ibrahim": the short form
            t = k
            while t < self.n and _cap(self.w[t]) and self.low[t] in INSTITUTION_NAME_TITLES:
                t += 1
            person = next((s for s in spans if s.type == "PERSON" and k <= s.i <= t and s.j > t), None)
            if person is not None:
                if t == b and (person.i != b or person.j - person.i > 2):
                    continue
                end = person.j
            elif t > k:
                end = t
                while end < self.n and end - t < 4 and _cap(self.w[end]) and self.w[end][:1].isalpha() \
                        and not self.label[end] and self.low[end] not in _HEADS:
                    end += 1
                if end == t:
                    continue
            else:
                continue
            m = self.gaz_at.get(end)
            if m and m[1] in STRONG_GPE and _cap(self.w[end]):
                end = m[0]  # the city is part of the name (``RSUD Dr. Soetomo Surabaya``)
            spans = [s for s in spans if not (s.i < end and i < s.j)]
            spans.append(Span(i, end, typ, source="cue"))
            spans.sort(key=lambda s: s.i)
        return spans

    def _word_before(self, k: int) -> int:
        """Index of the word before ``w[k]``, skipping an abbreviation's full stop (``Kel.``)."""
        k -= 1
        if k > 0 and self.w[k] == ".":
            k -= 1
        return k

    def address_parts(self, spans: list[Span]) -> None:
        """Dossier: parts of a written address are places, never people.

        ``Kel. Petojo``/``Kec Duren Sawit`` (a village or district after its administrative word) and
        ``No. 80 Pinang Ranti`` (a neighbourhood after a house number) in the address lists of fuel
        station and office news, and ``Kebun Nanas``/``Pondok Labu`` (a neighbourhood noun opening
        the name): the model reads such capitalised pairs as names. A person span that
        opens with the administrative word (``Kel Taman Sari``) loses it.
        """
        if self.caseless:
            return
        for s in spans:
            if s.type != "PERSON":
                continue
            if self.low[s.i].rstrip(".") in _ADMIN_ABBR and s.j - s.i >= 2:
                s.i += 2 if self.w[s.i + 1] == "." and s.j - s.i >= 3 else 1
                s.type, s.title, s.source = "LOC", None, "rule"
            elif self.address_place(s):
                s.type, s.title, s.source = "LOC", None, "rule"

    def address_place(self, s: Span) -> bool:
        """Span ``s`` follows an administrative word or a house number, or opens with a
        neighbourhood noun (``address_parts``)."""
        if self.low[s.i] in _NEIGHBOURHOOD_NOUNS and s.j - s.i >= 2:
            return True
        k = self._word_before(s.i)
        if k < 0:
            return False
        if self.low[k].rstrip(".") in _ADMIN_ABBR:
            return True
        h = self._word_before(k)
        return bool(_HOUSE_NUMBER.match(self.w[k])) and h >= 0 and self.low[h].rstrip(".") in _STREET_TAIL

    def titled_places(self, spans: list[Span]) -> None:
        """Dossier: ``Kapolres Boyolali, AKBP ...``, ``Bupati Boyolali``: a known region right after an
        office is the office's jurisdiction, not a person (an honorific, ``Pak Bima``, is a person)."""
        for s in spans:
            if s.type != "PERSON" or s.title is None or s.j - s.i != 1 or self.caseless:
                continue
            m = self.gaz_at.get(s.i)
            if m and m[0] == s.j and m[1] in (*STRONG_GPE, "RSHORT") and self.low[s.title[0]] not in HONORIFICS \
                    and self.low[s.i - 1] not in HONORIFICS:
                s.type, s.title, s.source = "GPE", None, "gaz"

    def glued_abbreviations(self, spans: list[Span]) -> None:
        """``Mahkamah Konstitusi (MK)``: a bracketed abbreviation *token* belongs to its name.

        Only pre-tokenised input (CoNLL, as in idner-news-2k) has such tokens; kliping's own
        tokenizer splits brackets off, so documents are unaffected. After a person it is a
        second mention of the person (``Joko Widodo (Jokowi)``).
        """
        added = []
        for s in spans:
            if s.j < self.n and _GLUED.match(self.w[s.j]) and not any(o.i == s.j for o in spans):
                if s.type == "PERSON":
                    added.append(Span(s.j, s.j + 1, "PERSON", source="rule"))
                else:
                    s.j += 1
        if added:
            spans.extend(added)
            spans.sort(key=lambda s: s.i)


def tag_words(words: list[str], caseless: bool = False, profile: str = "dossier",
              convention: str = "general") -> list[Span]:
    """Entity spans over a tokenised sentence (types PERSON, ORG, GPE, LOC, PRODUCT, EVENT).

    ``profile="dossier"`` (documents) applies every rule; ``"corpus"`` follows the annotation
    conventions of the Indonesian NER corpora (see ``_Sentence.run_corpus``). ``convention`` picks
    the corpus-convention model (``CONVENTIONS``) for cased input; the dossier uses "general".
    """
    if not words:
        return []
    st = _Sentence(words, caseless, convention=convention)
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


def _consistency(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Tag every occurrence of a string the same way within a document, by majority type."""
    votes: dict[tuple[str, ...], Counter] = {}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            toks = tuple(st.w[s.i:s.j])
            if len("".join(toks)) < 3 and not (len(toks) == 1 and toks[0].isupper() and len(toks[0]) >= 2):
                continue
            if st.caseless or not _cap(toks[0]):
                continue
            # a title or a rule is stronger evidence than the model alone
            votes.setdefault(toks, Counter())[s.type] += 10 if s.title is not None else (1 if s.source == "model" else 3)
            if s.type in ("LOC", "GPE") and s.j - s.i >= 2 and st.label[s.i] == "LOCC" and not st.label[s.j - 1]:
                # "Kosmodrom Vostochny": "Vostochny" alone is the same place
                votes.setdefault(tuple(st.w[s.i + 1:s.j]), Counter())[s.type] += 3
            # a person's surname or first name alone later in the article
            if s.type == "PERSON" and s.j - s.i >= 2:
                for part in (toks[-1], toks[0]):
                    if len(part) >= 3 and _cap(part) and part.lower() not in _HEADS \
                            and (part,) not in lexicon().phrases:
                        votes.setdefault((part,), Counter())["PERSON"] += 0
    if not votes:
        return
    best = {k: (v.most_common(1)[0][0] if sum(v.values()) else "PERSON") for k, v in votes.items()}
    first: dict[str, list[tuple[str, ...]]] = {}
    for k in best:
        first.setdefault(k[0], []).append(k)
    for lst in first.values():
        lst.sort(key=len, reverse=True)
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            t = best.get(tuple(st.w[s.i:s.j]))
            if t and t != s.type and s.source == "model":
                s.type = t
        taken = [False] * st.n
        for s in sp:
            for k in range(s.i, s.j):
                taken[k] = True
        added = []
        k = 0
        while k < st.n:
            for key in first.get(st.w[k], ()):
                e = k + len(key)
                if e <= st.n and tuple(st.w[k:e]) == key and not any(taken[k:e]) \
                        and (e == st.n or not _cap(st.w[e]) or len(key) > 1) \
                        and (k == 0 or not _cap(st.w[k - 1]) or st.low[k - 1] in _HEADS or len(key) > 1
                             # "Menurut Wiryawan,": the first word is capitalised as the sentence start;
                             # it hides no longer name unless the model reads it as part of a person
                             or (k == 1 and not taken[0] and st.person_prob(0, 1) < 0.1)):
                    added.append(Span(k, e, best[key], source="doc"))
                    k = e - 1
                    break
            k += 1
        if added:
            sp.extend(added)
            sp.sort(key=lambda s: s.i)
            st.titles(added)


# Offices whose holder is named after the place they govern (``Bupati Sleman``, ``Kapolsek Kuta``):
# a name after them is only weak evidence of a person, since the place usually comes first.
_JURISDICTION_HEADS = frozenset({
    "gubernur", "wagub", "bupati", "wabup", "wali", "walkot", "wawali", "camat", "lurah", "kades",
    "kapolda", "kapolres", "kapolsek", "kapolresta", "kapolrestabes", "wakapolda", "wakapolres",
    "pangdam", "danrem", "dandim", "danramil", "kajati", "kajari", "kadis", "kepala", "ketua", "kota",
})
# Words before a span that read it as a place (``di Endang`` would be a place, ``warga Sleman``).
_PLACE_BEFORE = frozenset({"di", "ke", "dari", "menuju", "wilayah", "kawasan", "daerah", "kabupaten",
                           "provinsi", "desa", "kelurahan", "kecamatan", "warga", "asal"})
_PLACE_TYPES = ("LOC", "GPE", "ORG", "FAC")
# Ranks and academic or medical titles written right before a name (lower case, no full stop): they
# belong to the name's own title, so a description never ends with one (``... Metro Jaya Brigjen``).
_NAME_RANKS = frozenset(r.rstrip(".") for r in RANKS) | frozenset({"prof", "dr", "drg", "ir", "drs", "dra", "h", "hj"})
# Heads only ever followed by a person or a portfolio: "Menteri Wihaji" typed ORG is still a minister.
_PERSON_ONLY_HEADS = frozenset({"menteri", "presiden", "wapres", "menko", "mendiang", "almarhum", "almarhumah"})


def _age_after(st: _Sentence, j: int) -> bool:
    """``Endang (52)``: an age in brackets right after token ``j - 1``."""
    return j + 2 < st.n and st.w[j] == "(" and st.w[j + 1].isdigit() and len(st.w[j + 1]) <= 2 \
        and st.w[j + 2] == ")"


def _name_like(st: _Sentence, s: Span) -> bool:
    """Span ``s`` reads as a personal name: 1-4 capitalised words, none a title, unit, portfolio,
    acronym, number or gazetteer word (``Keuangan``, ``KPK`` and ``Denpasar`` are no names)."""
    if not 1 <= s.j - s.i <= 4 or st.caseless:
        return False
    if st.low[s.i] in _TWORDS or st.low[s.i] in _HEADS:
        return False
    common = 0
    for k in range(s.i, s.j):
        w = st.w[k]
        if not (w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha()) or (len(w) >= 2 and w.isupper()) \
                or st.label[k] or st.low[k] in UNIT_HEADS or st.low[k] in _HEADS \
                or w in _DOSSIER_ORG_SUFFIX or w in _ORG_SUFFIX or _ADMIN_NOUN.match(st.low[k]) \
                or _BANK_WORD.match(w):
            return False
        common += st.low[k] in _TWORDS  # "Jaya Negara": a name may hold one such word, not mostly them
    return common < s.j - s.i


def _titled_by_office(st: _Sentence, s: Span, sp: list[Span]) -> bool:
    """An office phrase ends right before span ``s``: a capitalised non-territorial office head, its
    capitalised portfolio words, an organisation and its bracketed short form (``Direktur Penyediaan
    Badan Gizi Nasional (BGN) [Sonny Sanjaya]``): the model's place is the office's holder."""
    if s.i < 4 or st.w[s.i - 1] != ")":
        return False
    opening = next((k for k in range(s.i - 2, max(-1, s.i - 6), -1) if st.w[k] == "("), None)
    org = next((o for o in sp if opening is not None and o.j == opening and o.type == "ORG"), None)
    if org is None:
        return False
    for i in range(org.i - 1, max(-1, org.i - 6), -1):
        if st.low[i] in _TRIGGER_HEADS and st.title_head(i) and _cap(st.w[i]):
            return st.low[i] not in _JURISDICTION_HEADS and all(_cap(st.w[k]) for k in range(i + 1, org.i))
        if not _cap(st.w[i]) or any(o.i <= i < o.j and o.type == "PERSON" for o in sp):
            return False
    return False


def _person_vote(st: _Sentence, s: Span, sp: list[Span] | None = None) -> tuple[int, int]:
    """(person, place) evidence of one mention typed as a place or organisation.

    Strong person marks (3): an age in brackets after it, an honorific, a minister's or other
    non-territorial title, a rank or a case role right before it, an inverted speech verb before it
    (``ungkap Jaya Negara``, ``kata Wihaji.``). Weak (1): a territorial office before it (``Bupati X``
    names the regent's region as often as the regent) with no name after it, a speech verb after it.
    Place marks: a locative word before it (``di``, ``warga``), or a gazetteer word in it.
    """
    before = st.low[s.i - 1] if s.i > 0 else ""
    after = st.w[s.j] if s.j < st.n else "."
    nxt_cap = _cap(after) and after[:1].isalpha()
    person = 0
    if _age_after(st, s.j):
        person += 3
    role = before in HONORIFICS or before in RANKS or before in CASE_ROLE_NOUNS or (
        # an office before an organisation is mostly its head ("Analis Commerzbank"; a minister's
        # portfolio is no name: ``_name_like``), and a lower-case role noun is a common noun
        # ("politisi Senayan": a place standing for parliament)
        (before in _PERSON_ONLY_HEADS or (s.type != "ORG" and (before in _TRIGGER_HEADS or before in OFFICE_HEADS)))
        and _cap(st.w[s.i - 1]))
    if sp is not None and not role and s.type != "ORG" and not nxt_cap and _titled_by_office(st, s, sp):
        role = True  # "Direktur ... Badan Gizi Nasional (BGN) Sonny Sanjaya" typed a place
    if before in _SPEECH_BEFORE and not nxt_cap and after != "(":
        person += 3  # "kata Pelaksana Tugas (Plt) ...": a title with its short form, not a name
    elif role and not nxt_cap and after not in (",", "("):
        # "Kapolsek Tanah Sareal AKP ...", "Wali Kota Denpasar, I Gusti ...": a unit or place before a name
        person += 1 if before in _JURISDICTION_HEADS else 3
    elif s.j < st.n and st.low[s.j] in _SPEECH_AFTER:
        person += 1
    place = 2 if before in _PLACE_BEFORE else 0
    return person, place


def _person_types(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name the model typed as a place or organisation is a person when the article
    marks it as one (``Menteri Wihaji``, ``Endang Sulastri (41)``, ``ungkap Jaya Negara``), and all
    its mentions follow: the same words, the first or last word of such a full name alone
    (``Endang``), and a longer name ending in it (``I Gusti Ngurah Jaya Negara``).

    Votes are summed per name over the article; a name needs a strong mark (3) and more person than
    place evidence, so one ``di Endang`` does not flip the victim back, and ``Bupati Sleman`` alone
    (weak) does not make a regency a person. One pass over the article's spans.
    """
    votes: dict[tuple[str, ...], list[int]] = {}
    cands: list[tuple[_Sentence, Span, tuple[str, ...]]] = []
    tails: list[tuple[_Sentence, Span, tuple[str, ...]]] = []
    persons: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            key = tuple(st.w[s.i:s.j])
            if s.type == "PERSON":
                if s.j - s.i >= 2 and (s.title is not None or _age_after(st, s.j)):
                    persons.add(key)
                continue
            if s.type not in _PLACE_TYPES or s.source not in ("model", "doc"):
                continue
            if not _name_like(st, s):
                if s.j - s.i <= 6 and all(_cap(w) and w.isalpha() for w in key):
                    tails.append((st, s, key))  # "I Gusti Ngurah Jaya Negara": only a known name's tail
                continue
            p, q = _person_vote(st, s, sp)
            v = votes.setdefault(key, [0, 0])
            v[0] += p
            v[1] += q
            cands.append((st, s, key))
    if not cands:
        return
    strong = {k for k, (p, q) in votes.items() if p >= 3 and p > q}
    names = strong | persons
    parts: set[tuple[str, ...]] = set()
    for k in names:
        if len(k) >= 2:
            parts.update({(k[0],), (k[-1],), k[-2:]})
    changed: list[tuple[_Sentence, Span]] = []
    for st, s, key in cands:
        p, q = votes[key]
        hit = key in strong or (key in parts and p >= q and len(key[-1]) >= 3) \
            or any(key[-len(n):] == n for n in strong if len(n) >= 2 and len(key) > len(n))
        if hit:
            s.type = "PERSON"
            changed.append((st, s))
    for st, s, key in tails:
        if any(key[-len(n):] == n for n in strong if len(n) >= 2 and len(key) > len(n)):
            s.type = "PERSON"
            changed.append((st, s))
    for st, s in changed:
        st.titles([s])


def _adjacent_people(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: two person spans of the model with no word, comma or ``dan`` between them are one
    name the model opened twice (``Achmad`` + ``Agus Miftakhurrohman``: a common given name read
    as a new name's start); Indonesian prose never lays two people's names side by side. Not in a
    Title Case headline (``Prabowo Jokowi Bertemu``), and only when every word is a plain
    capitalised name word, and neither part is a person the article names on its own elsewhere
    (``Prabowo`` and ``Jokowi`` of a headline ``Prabowo Jokowi Bertemu``)."""
    apart: Counter = Counter()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON":
                apart[tuple(st.w[s.i:s.j])] += 1
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or st.headline():
            continue
        sp.sort(key=lambda o: o.i)
        k = 0
        while k + 1 < len(sp):
            a, b = sp[k], sp[k + 1]
            if a.type == b.type == "PERSON" and a.j == b.i and a.source == b.source == "model" \
                    and b.title is None and b.j - a.i <= 5 and _plain_name_words(st, a.i, b.j) \
                    and apart[tuple(st.w[a.i:a.j])] <= 1 and apart[tuple(st.w[b.i:b.j])] <= 1:
                a.j = b.j
                del sp[k + 1]
                continue
            k += 1


def _noble_prefixes(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a capitalised two-word noble prefix (``name_prefixes.NOBLE_PREFIXES``: ``La Ode``)
    right before a person span opens that person's name (``La Ode Ahmad P. Bolombo``), also when
    the organisation named before it took the prefix as its last words (``Kementerian Dalam Negeri
    La Ode``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type == "PERSON" and s.i >= 2 and _cap(st.w[s.i - 2]) and _cap(st.w[s.i - 1]) \
                    and f"{st.low[s.i - 2]} {st.low[s.i - 1]}" in name_prefixes.NOBLE_PREFIXES:
                before = [o for o in sp if o is not s and o.j > s.i - 2 and o.i < s.i]
                if any(o.j != s.i or o.j - o.i <= 2 for o in before):
                    continue
                for o in before:
                    o.j -= 2  # "[Kementerian Dalam Negeri] La Ode ...": the prefix is the person's
                s.i -= 2
                if s.title is not None and s.title[1] > s.i:
                    s.title = (s.title[0], s.i) if s.title[0] < s.i else None


def _opener_places(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name the model typed a place that opens with a personal name's opener
    (``name_prefixes.NAME_OPENERS``: ``Moch``, ``Muhammad``, ``Teuku``, ``Raden``) followed by plain
    name words (``rumah Moch Hasanudin di Gresik``) is a person: no place name opens so (a street
    named after one opens with ``Jalan``). Not after a place word (``di``, ``jalan``, ``kota``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        changed = []
        for s in sp:
            if s.type in ("LOC", "GPE") and s.j - s.i >= 2 and st.low[s.i].rstrip(".") in name_prefixes.NAME_OPENERS \
                    and _cap(st.w[s.i]) and _plain_name_words(st, s.i + 1, s.j) \
                    and not (s.i > 0 and (st.low[s.i - 1] in _PLACE_BEFORE or st.low[s.i - 1] in _STREET)):
                s.type = "PERSON"
                changed.append(s)
        if changed:
            st.titles(changed, sp)


def _title_fields(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a one-word person right after a title head that is a field noun
    (``titles.FIELD_NOUNS``: ``Analis [Komoditas] di ...``) is the title's field, no name."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        drop = [s for s in sp if s.type == "PERSON" and s.j - s.i == 1 and st.low[s.i] in FIELD_NOUNS
                and s.i > 0 and (st.low[s.i - 1] in _HEADS or st.low[s.i - 1] in _TWORDS)]
        for s in drop:
            sp.remove(s)


# Words after a month that make it a date (``Juni lalu``, ``Juni mendatang``), not a family name.
_MONTH_TIME_AFTER = frozenset({"lalu", "ini", "itu", "mendatang", "nanti", "depan", "silam", "kemarin", "tahun",
                               "hingga", "sampai", "sebelumnya", "kemudian", "tadi"})


def _month_family_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a capitalised month name right after a person's name, followed by a lower-case word
    that makes no date of it (``Ahmad Juni sebesar Rp 1 miliar``), is the person's family name:
    ``Juni`` and ``Agustus`` are names too. Not before a number or a time word (``Prabowo Juni
    lalu``, ``Budi Juni 2024``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        starts = {s.i for s in sp}
        for s in sp:
            k = s.j
            if s.type != "PERSON" or k + 1 >= st.n or st.label[k] != "MONTH" or not _cap(st.w[k]) \
                    or k in starts:
                continue
            nxt = st.w[k + 1]
            if nxt.isalpha() and nxt.islower() and nxt not in _MONTH_TIME_AFTER:
                s.j = k + 1


def _aged_places(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name the gazetteer knows as a place but written as a person, with an age in
    brackets and a speech verb before it or a description after it (``kata Vatikan (27),
    pengendara asal Demak``), is a person, and so are its other mentions in the article unless a
    place word stands before them (``di Vatikan``). The age alone is no mark: a table of counts
    (``Jepang (27), Korea (20)``) writes numbers in brackets after countries too. A longer name
    is one when only its first word is a place's (``Paris Amelia Kartika Sari (21), dinyatakan
    ...``): plain name words follow it, no area or gazetteer word."""
    names: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type not in ("GPE", "LOC") or not _age_after(st, s.j) \
                    or (s.j - s.i > 2 and not _plain_name_words(st, s.i + 1, s.j)):
                continue  # a longer place: only a place word with plain name words after it
            before = st.low[s.i - 1] if s.i > 0 else ""
            e = s.j + 3  # after "( 27 )"
            described = e + 1 < st.n and st.w[e] == "," and st.w[e + 1][:1].islower() and st.w[e + 1].isalpha()
            if before in _SPEECH_BEFORE or before in _PERSON_MARKS or described:
                names.add(tuple(st.w[s.i:s.j]))
    if not names:
        return
    for st, sp in zip(sents, spans, strict=True):
        changed = []
        for s in sp:
            if s.type in ("GPE", "LOC") and tuple(st.w[s.i:s.j]) in names \
                    and not (s.i > 0 and st.low[s.i - 1] in _PLACE_BEFORE):
                s.type = "PERSON"
                changed.append(s)
        if changed:
            st.titles(changed)


def _cabinet_places(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a place inside a cabinet's name (``Kabinet [Indonesia] Maju``) is no place: the
    name from ``Kabinet`` over its capitalised words is the cabinet (ORG), as ``Kabinet Merah
    Putih`` is (``_Sentence.cabinet``). ``Kabinet Jepang`` (the place alone after the word) stays
    the country."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or "kabinet" not in st.low:
            continue
        gone: list[Span] = []
        for s in sp:
            if s.type in ("GPE", "LOC") and s.i > 0 and st.cabinet(s.i - 1):
                e = st.name_run(s.j)
                nxt = next((o for o in sp if o is not s and s.j <= o.i < e), None)
                if nxt is not None and nxt.i == s.j and nxt.type == "PERSON":
                    # "Kabinet Indonesia [Maju Budi Gunadi Sadikin]": the cabinet's one dictionary word
                    # (and a Roman numeral, "Bersatu II") opens the person span after it
                    k = nxt.i + 1 if known_word(st.w[nxt.i]) else nxt.i
                    k = k + 1 if nxt.i < k < nxt.j and _ROMAN.match(st.w[k]) else k
                    if k == nxt.j:
                        gone.append(nxt)
                    elif k > nxt.i and nxt.j - k >= 2:
                        nxt.i = k
                        if nxt.title is not None:
                            nxt.title = (nxt.title[0], k)
                    e = k
                elif nxt is not None:
                    e = nxt.i  # a name after the cabinet's words
                if e > s.j:
                    s.i, s.j, s.type, s.title = s.i - 1, e, "ORG", None
        for o in gone:
            sp.remove(o)


def _kin_given_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``kata Putri Ayu``: a kinship word that is also a given name (``Putri``, ``Putra``:
    ``cues.KIN_GIVEN_NAMES``), capitalised right before one name and read as its only title, is the
    first name (``putri Ayu`` in lower case is a daughter). Not when the name is a word of a longer
    person name of the article (``Budi Santoso ... Putra Budi`` is Budi's son)."""
    long_words = {w for st, sp in zip(sents, spans, strict=True) for s in sp
                  if s.type == "PERSON" and s.j - s.i >= 2 for w in st.w[s.i:s.j]}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type == "PERSON" and s.title == (s.i - 1, s.i) and s.j - s.i == 1 \
                    and st.low[s.i - 1] in KIN_GIVEN_NAMES and _cap(st.w[s.i - 1]) \
                    and (s.i == 1 or not _cap(st.w[s.i - 2])) and st.w[s.i] not in long_words:
                s.i, s.title = s.i - 1, None


# Words that introduce a work's title (``makalah berjudul 'Potensi ...'``).
_TITLE_INTRO = frozenset({"berjudul", "bertajuk", "berjudulkan"})
_OPEN_QUOTES = frozenset({'"', "'", "“", "‘"})
_CLOSE_QUOTES = frozenset({'"', "'", "”", "’"})
_WORK_PREFIXES = tuple(brands.WORK_NOUNS)
# Lower-case words inside a title between its capitalised words (``Obat untuk Anak``).
_TITLE_JOINERS = frozenset({"dan", "di", "untuk", "dengan", "yang", "dari", "ke", "pada", "bagi", "&", "of", "the",
                            "and", "for", "in"})


def _title_run(st: _Sentence, a: int) -> int:
    """End of a title's capitalised words from ``a`` (lower-case joiners between them)."""
    k, end = a, a
    while k < st.n and (_cap(st.w[k]) or (k > a and st.low[k] in _TITLE_JOINERS)):
        k += 1
        if _cap(st.w[k - 1]):
            end = k
    return end


def _title_ranges(st: _Sentence) -> list[tuple[int, int, bool]]:
    """Word ranges of works' titles in the sentence, each with whether a title word introduced it:
    after ``berjudul``/``bertajuk`` (the quoted words, or the capitalised run), and the capitalised
    run after a work noun (``dalam buku X``, ``dalam bukunya, X``)."""
    out: list[tuple[int, int, bool]] = []
    for k in range(st.n - 1):
        w = st.low[k]
        if w in _TITLE_INTRO:
            if st.w[k + 1] in _OPEN_QUOTES:
                e = next((x for x in range(k + 2, min(st.n, k + 60)) if st.w[x] in _CLOSE_QUOTES), None)
                if e is not None:
                    out.append((k + 2, e, True))
            elif _cap(st.w[k + 1]):
                out.append((k + 1, _title_run(st, k + 1), True))
        elif st.w[k].islower() and (w in brands.WORK_NOUNS or (w.endswith("nya") and w[:-3] in brands.WORK_NOUNS)):
            a = k + 2 if st.w[k + 1] == "," else k + 1
            if a < st.n and _cap(st.w[a]) and st.low[a] not in _TITLE_INTRO:
                out.append((a, _title_run(st, a), False))
    return out


def _work_titles(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: the words of a work's title are no person (``jurnal berjudul 'Potensi ... dan
    Antibakteri'``, ``dalam buku Bahan Pangan Pencegah Kanker``).

    A title after ``berjudul``/``bertajuk`` drops every person span inside it. A capitalised run
    right after a work noun (``buku``, ``jurnal``, ``film``, ``lagu``: ``brands.WORK_NOUNS``) may
    also be the work's author (``film Joko Anwar``), so there the person span goes only when it has
    two words or more, all of them Indonesian dictionary words and one derived by affixes
    (``Tanaman Obat Keluarga``; ``lagu Bunga Citra Lestari`` stays a person), and the article marks
    it nowhere outside a title as a person (a title, honorific, age or speech verb)."""
    ranges = [[] if st.caseless or not any(w in _TITLE_INTRO or w.startswith(_WORK_PREFIXES) for w in st.low)
              else _title_ranges(st) for st in sents]
    if not any(ranges):
        return
    marked: set[tuple[str, ...]] = set()
    for st, sp, rs in zip(sents, spans, ranges, strict=True):
        for s in sp:
            if s.type != "PERSON":
                continue
            # marks inside a title are the title's words (``... bagi Ibu dan Anak``), and the verb after
            # it is its author's (``dalam buku X menjelaskan``)
            if not any(a <= s.i and s.j <= b for a, b, _ in rs) and (any(_person_marks(st, s)) or _age_after(st, s.j)):
                marked.add(tuple(st.w[s.i:s.j]))

    def in_title(st: _Sentence, s: Span, rs: list[tuple[int, int, bool]]) -> bool:
        key = tuple(st.w[s.i:s.j])
        return key not in marked and any(
            a <= s.i and s.j <= b and (introduced or (
                len(key) >= 2 and all(known_word(w) for w in key) and any(derived_word(w) for w in key)))
            for a, b, introduced in rs)
    for st, sp, rs in zip(sents, spans, ranges, strict=True):
        if rs:
            sp[:] = [s for s in sp if not (s.type == "PERSON" and in_title(st, s, rs))]


# Words that head an administrative area's name (``Kecamatan Jampangtengah``, ``Desa Cijulang``): the
# name after one is that place wherever the article writes it alone. Not ``RT``/``RW``: a neighbourhood
# unit is numbered (``RT 03``), not named.
_AREA_HEADS = ADMIN_UNIT_WORDS - {"rt", "rw"}
# Words joining the items of a list of names (``Barru, Pinrang, dan Wajo``).
_PLACE_LIST_JOINERS = frozenset({",", "dan", "serta", "atau"})


def _strong_place(st: _Sentence, s: Span) -> bool:
    """Place span ``s`` is a place by more than the model's word: it holds a gazetteer place, opens
    with an area word (``Kelurahan X``) or is an Indonesian district (``kecamatan.txt``)."""
    if s.type not in ("GPE", "LOC"):
        return False
    if any(st.label[k] in (*STRONG_GPE, "RSHORT") for k in range(s.i, s.j)):
        return True
    if st.low[s.i] in _AREA_HEADS and s.j - s.i >= 2:
        return True
    return " ".join(st.w[s.i:s.j]) in gazetteer.districts()


# Words before an area word that open a list of its places (``di Kecamatan A, B, dan C``, ``meliputi
# Desa A, B, dan C``): a person noun there (``warga Desa A, Budi dan Andi``) makes an apposition instead.
_AREA_LIST_OPENERS = frozenset({"di", "ke", "dari", "menuju", "hingga", "sampai", "meliputi", "yakni", "yaitu",
                                "termasuk", "seperti", "antara"})


def _area_list(st: _Sentence, chain: list[Span]) -> bool:
    """``chain`` is a list of three or more names opened by a place with its area word (``Kecamatan
    Sampoiniet, Teunom, dan Krueng Sabe``) after a preposition or list opener, its last item after
    ``dan``/``serta``/``atau``: the area word counts for every item, as ``kecamatan A, B, dan C``."""
    first, last = chain[0] if chain else None, chain[-1] if chain else None
    if first is None or last is None or len(chain) < 3 or first.type not in ("GPE", "LOC") or first.j - first.i < 2 \
            or st.low[first.i] not in _AREA_HEADS or not _cap(st.w[first.i]):
        return False
    if first.i == 0 or st.low[first.i - 1] not in _AREA_LIST_OPENERS or st.low[last.i - 1] not in ("dan", "serta", "atau"):
        return False
    # a fronted adjunct (``Saat ditemui di Desa A, Budi dan Andi mengaku …``) or a list that is a
    # clause's subject (``…, Budi dan Andi ditangkap``) may name people after the place
    opener = next((k + 1 for k in range(first.i - 1, -1, -1) if st.w[k] == ","), 0)
    while opener < first.i and not st.w[opener][:1].isalpha():
        opener += 1
    if st.low[opener] in name_prefixes.CLAUSE_OPENERS or st.low[opener] in _AREA_LIST_OPENERS:
        return False
    return last.j >= st.n or not _VERB_START.match(st.low[last.j])


# Words before the first item of a list of examples or members (``kota seperti A, B, dan C``).
_EXAMPLE_LIST_OPENERS = brands.LIST_OPENERS | {"meliputi", "contohnya"}


def _place_list(st: _Sentence, chain: list[Span], people: list[Span]) -> bool:
    """``chain`` is a coordination of places with one-word names the model read as people
    (``seperti Shenzhen, Zhuhai``, ``Mostar dan Tyre``): every other item is a place, there are no
    more such names than places, and the list is one, opened by a word of examples (``seperti``)
    or closed by ``dan``/``serta``/``atau``. A list holding a longer person name is a list of
    people; a name followed by a verb is a clause's subject (``ke Medan dan Rina menyusul``)."""
    places = [o for o in chain if o.type in ("GPE", "LOC")]
    if not places or len(places) + len(people) != len(chain) or len(people) > len(places) \
            or any(o.j - o.i != 1 for o in people):
        return False
    if any(o.j < st.n and _VERB_START.match(st.low[o.j]) for o in people):
        return False  # "ke Medan dan Rina menyusul": a clause's subject after the place
    first, last = chain[0], chain[-1]
    opened = first.i > 0 and st.low[first.i - 1] in _EXAMPLE_LIST_OPENERS
    closed = st.low[last.i - 1] in ("dan", "serta", "atau")
    return opened or closed


def _place_by_context(st: _Sentence, s: Span) -> str | None:
    """The place type one-word span ``s`` takes from its words around, or None: a lower-case place
    noun right before it (``di kota Dubrovnik``, ``blok Andaman``), or a preposition of place before it
    and a comma and a country after it (``di Zhuhai, China``), the way a city is written with its
    country."""
    before = st.w[s.i - 1] if s.i > 0 else ""
    if before in PLACE_NOUNS_BEFORE_NAME:
        return PLACE_NOUNS_BEFORE_NAME[before]
    if before.lower() in ("di", "ke", "dari") and s.j + 1 < st.n and st.w[s.j] == "," \
            and st.label[s.j + 1] == "CTRY" and _cap(st.w[s.j + 1]):
        return "GPE"
    return None


def _place_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a village, district or regency the model reads as a person is a place when the
    article says so, and all its unmarked mentions follow.

    Three kinds of evidence: the article writes the name after an area word as a place (``banjir di
    Kecamatan Jampangtengah``, so ``Cisolok, Jampangtengah, dan Purabaya`` holds no person); or once
    in a place's context (``blok Andaman``, ``di Zhuhai, China``: ``_place_by_context``); or the
    name is an item of a list joined by commas and ``dan``/``serta``/``atau`` whose other items are
    at least two places known beyond the model (``_strong_place``) and at least twice as many as its
    person items (``Pinrang, Sidrap, Soppeng, dan Wajo``). A name with a person mark anywhere in the
    article (a title, honorific, naming word, age, speech verb) or that is a word of a longer person
    name of the article stays a person, and a list with such a person in it makes no places."""
    long_words: set[str] = set()
    marked: set[tuple[str, ...]] = set()
    area: dict[tuple[str, ...], str] = {}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            key = tuple(st.w[s.i:s.j])
            if s.type == "PERSON":
                if len(key) >= 2:
                    long_words.update(key)
                if any(_person_marks(st, s)) or _age_after(st, s.j):
                    marked.add(key)
                elif len(key) == 1 and s.title is None:
                    typ = _place_by_context(st, s)
                    if typ is not None:
                        area.setdefault(key, typ)
            elif s.type in ("GPE", "LOC") and s.j - s.i >= 2 and st.low[s.i] in _AREA_HEADS and _cap(st.w[s.i]):
                area.setdefault(key[1:], s.type)
    found: dict[tuple[str, ...], str] = {}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        chain: list[Span] = []
        for s in [*sorted(sp, key=lambda o: o.i), None]:
            if s is not None and chain and 1 <= s.i - chain[-1].j <= 2 \
                    and all(st.low[k] in _PLACE_LIST_JOINERS for k in range(chain[-1].j, s.i)) \
                    and (s.i - chain[-1].j == 1 or st.w[chain[-1].j] == ","):
                chain.append(s)
                continue
            people = [o for o in chain if o.type == "PERSON"]
            places = [o for o in chain if _strong_place(st, o)]
            if people and (places or _place_list(st, chain, people)) \
                    and not any(o.title is not None or any(_person_marks(st, o)) for o in people):
                typ = Counter(o.type for o in places or chain if o.type != "PERSON").most_common(1)[0][0]
                if len(places) >= 2 and len(places) >= 2 * len(people):
                    named = people
                elif _area_list(st, chain):
                    # "di Kecamatan Panga, Teunom, dan Krueng Sabe": the area word is the list's
                    named = people
                    typ = chain[0].type
                elif _place_list(st, chain, people):
                    # "kota tua seperti Mostar dan Tyre": a one-word name among places is one
                    named = people
                else:
                    # "di Kecamatan Panga, Darul Hikmah": an item that is itself a district
                    named = [o for o in people if " ".join(st.w[o.i:o.j]) in gazetteer.districts()]
                for o in named:
                    if o.j - o.i <= 2:
                        found.setdefault(tuple(st.w[o.i:o.j]), typ)
            chain = [s] if s is not None else []
    for key, typ in area.items():
        found.setdefault(key, typ)
    found = {k: t for k, t in found.items() if k not in marked and not (len(k) == 1 and k[0] in long_words)}
    if not found:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and s.title is None:
                t = found.get(tuple(st.w[s.i:s.j]))
                if t is not None:
                    s.type = t


_OPENING_QUOTES = frozenset({'"', "'", "“", "‘", "("})


def _discourse_opener(st: _Sentence, s: Span) -> bool:
    """One-word span ``s`` is a capitalised interjection or discourse word opening the sentence
    (``Yuk, simak ...``, ``Alhasil, polisi ...``, ``'Entar, Pak, ...``), followed by punctuation or
    a lower-case word (a name would be followed by its verb or its other names)."""
    if s.j - s.i != 1 or st.low[s.i] not in name_prefixes.DISCOURSE_WORDS:
        return False
    if not (s.i == 0 or (s.i == 1 and st.w[0] in _OPENING_QUOTES)):
        return False
    return s.j >= st.n or not _cap(st.w[s.j]) or not st.w[s.j][:1].isalpha()


# Words that open the unit or field of an office, never a name (``Ketua MUI Bidang Fatwa``, ``Guru
# Besar Ilmu Fikih``, ``Komandan Pos TNI AL``, ``Deputi Direksi Bidang ...``).
_UNIT_OPENERS = UNIT_HEADS | frozenset({"bidang", "direksi", "ilmu", "pos"})


def _unit_words(st: _Sentence, s: Span) -> bool:
    """Person span ``s`` is the unit or field of the office before it: it opens with a unit word or
    a pe-/ke-...-an noun (``Pembangunan Keluarga``; no person name of the NER train sets has that
    shape), or follows ``bidang`` (``Deputi Bidang [Keluarga Sejahtera]``)."""
    return s.source in ("model", "doc", "title") and (
        st.low[s.i] in _UNIT_OPENERS or bool(_ADMIN_NOUN.match(st.low[s.i]))
        or (s.i > 0 and st.low[s.i - 1] == "bidang"))


def _programme_cue(st: _Sentence, s: Span) -> bool:
    """Span ``s`` names a programme or slogan: a programme noun before it, through one lower-case
    modifier (``program prioritas Asta Cita``), a leader's name after it (``Asta Cita Presiden
    Prabowo``, ``... pemerintahan Prabowo``), or it is the bracketed short form
    of a capitalised run opening with ``Program``/``Gerakan`` (``Program Pengelolaan ... (Prolanis)``)."""
    for k in (s.i - 1, s.i - 2):
        if k < 0:
            break
        if st.low[k] in name_prefixes.PROGRAMME_NOUNS:
            return k == s.i - 1 or not _cap(st.w[s.i - 1])
        if _cap(st.w[k]) or not st.w[k].isalpha():
            break
    if _named_programme(st, s.i):
        return True
    if s.j + 1 < st.n and st.low[s.j] in ("pemerintahan", "presiden") and st.w[s.j + 1][:1].isupper() \
            and (st.low[s.j] == "pemerintahan" or _cap(st.w[s.j])):
        return True  # "Asta Cita Presiden Prabowo", "Asta Cita pemerintahan Prabowo": a leader's programme
    if s.i >= 2 and st.w[s.i - 1] == "(" and s.j < st.n and st.w[s.j] == ")":
        if s.j - s.i == 1 and _lowercase_blend(st.w[s.i], st.w[max(0, s.i - 6):s.i - 1]):
            return True  # "jaminan reklamasi (Jamrek)": the short form of a common noun phrase
        k = s.i - 2
        while k > 0 and _cap(st.w[k - 1]) and st.w[k - 1].isalpha():
            k -= 1
        return k < s.i - 2 and st.low[k] in name_prefixes.PROGRAMME_NOUNS
    k = s.i
    if k >= 2 and st.low[k - 1] in ("dan", "atau") and _cap(st.w[k - 2]):
        k -= 1  # "sebagai Penjamin Emisi dan Sukuk": the second of two roles
    while k > 0 and s.i - k <= 4 and _cap(st.w[k - 1]) and st.w[k - 1][:1].isalpha():
        k -= 1  # "sebagai Joint [Lead Manager]": capitalised words the span left out
    # "berperan sebagai Penjamin Emisi": a role or function; a person is named before "sebagai"
    return k > 0 and st.low[k - 1] == "sebagai"


_NAMING_VERBS = frozenset({"dikenal", "disebut", "dinamakan", "dinamai", "diberi"})
_NAMING_NOUNS = frozenset({"nama", "istilah", "sebutan"})


def _named_programme(st: _Sentence, i: int) -> bool:
    """``modus ini dikenal dengan nama [Wangiri]``: the name a programme noun (a scheme, a
    movement, a method) is given; the noun is the subject, so the name is no person's."""
    k = i - 1
    if k < 0 or st.low[k] not in _NAMING_NOUNS:
        return False
    k -= 1
    if k >= 0 and st.low[k] == "dengan":
        k -= 1
    if k < 0 or st.low[k] not in _NAMING_VERBS:
        return False
    k -= 1
    if k >= 0 and st.low[k] in ("ini", "itu", "tersebut", "juga", "kerap", "sering", "biasa", "lebih"):
        k -= 1
    if k >= 0 and st.low[k] in ("ini", "itu", "tersebut"):
        k -= 1
    return k >= 0 and st.low[k] in name_prefixes.PROGRAMME_NOUNS


def _lowercase_blend(short: str, before: list[str]) -> bool:
    """``short`` is written from the starts of two or more lower-case words ending ``before``
    (``Jamrek`` of ``jaminan reklamasi``, ``Pilkada`` of ``pemilihan kepala daerah``): an
    abbreviation of a common noun phrase, which no person's name is."""
    words = []
    for w in reversed(before):
        if not w.isalpha() or not w.islower():
            break
        words.insert(0, w)
    target = short.lower()

    @cache
    def fit(t: int, k: int) -> int:
        """Most words used to write ``target[t:]`` from words ``k..``, -1 if impossible."""
        if t == len(target):
            return 0 if k == len(words) else -1
        if k == len(words):
            return -1
        best = -1
        w = words[k]
        for n in range(1, min(len(w), len(target) - t) + 1):
            if w[:n] != target[t:t + n]:
                break
            r = fit(t + n, k + 1)
            if r >= 0:
                best = max(best, r + 1)
        return best

    if not short[:1].isupper() or not short.isalpha() or len(short) < 3:
        return False
    return any(fit(0, k) >= 2 for k in range(len(words)))


# Local offices named after the area they govern, then the holder (``Camat Cibadak [Fulan]``,
# ``Bupati Sleman [Fulan]``): the words right after one are the area first. The area-noun heads
# (``desa``, ``kelurahan``) count after ``kepala``/``sekretaris`` (``Kepala Desa Sukamaju [Fulan]``),
# ``kota`` after ``wali``. Not ``kepala``/``ketua`` alone (``Ketua Bima Arya``-like names follow them).
_LOCAL_OFFICES = (_JURISDICTION_HEADS - {"kepala", "ketua", "kadis", "kota"}) | frozenset({
    "perbekel", "sekcam", "sekdes", "kadus", "wakapolsek", "wakapolresta", "kapolsubsektor", "kapospol"})
_AREA_NOUNS = frozenset({"desa", "kelurahan", "dusun", "kampung", "nagari", "gampong", "kecamatan"})
_AREA_OFFICE_OPENERS = frozenset({"kepala", "sekretaris", "kades", "lurah", "camat"})
# Words that continue a place name after a region (``Bogor Kota``, ``Kuta Utara``), never a person.
_PLACE_TAILS = frozenset({"kota", "kabupaten", "utara", "selatan", "barat", "timur", "tengah", "raya", "pusat",
                          "baru", "lama", "hulu", "hilir", "ilir", "ulu", "laut", "darat", "induk", "kepulauan",
                          "besar", "kecil", "atas", "bawah", "seberang", "kulon", "wetan", "lor", "kidul"})


def _local_office_before(st: _Sentence, i: int) -> bool:
    """A local office (``_LOCAL_OFFICES``) ends right before word ``i``; or a regional agency's short
    name after an office head does (``Kepala BPBD`` + ``Garut``, ``Ketua DPRD`` + ``Sleman``:
    ``titles.REGIONAL_AGENCIES``), which the tagger otherwise runs into the holder's name."""
    if i < 1 or not _cap(st.w[i - 1]):
        return False
    w = st.low[i - 1]
    if w in _LOCAL_OFFICES:
        return True
    if w in REGIONAL_AGENCIES and i >= 2 and (st.low[i - 2] in _TRIGGER_HEADS or st.low[i - 2] in _JURISDICTION_HEADS):
        return True
    if i >= 2 and w == "kota":
        return st.low[i - 2] in ("wali", "wakil")
    return i >= 2 and w in _AREA_NOUNS and st.low[i - 2] in _AREA_OFFICE_OPENERS


def _area_end(st: _Sentence, s: Span, place_use: set[tuple[str, ...]]) -> tuple[int, str, bool] | None:
    """End of the area words opening span ``s`` after a local office, the area's type and whether
    it is a gazetteer region: a region of the gazetteer (GPE), words the document writes as a place
    elsewhere (after ``di``/``desa``/``warga``..., GPE for a district, else LOC) or a neighbourhood
    noun pair; the longest fitting area leaving a name.

    A district of ``kecamatan.txt`` alone does not split a span of two or more words: many are
    also given names (``Bambang``, ``Kamal``, ``Mutiara``, ``Setia``, ``Jaya``), so ``Camat Bambang
    Sutrisno`` stays whole unless the article writes ``Bambang`` as a place. None when the whole
    span, or the area and the first word after it, is itself one place (``Kapolsek Cempaka Putih``,
    ``Kapolsek Tanjung Priok``): a two-word district is no area and a name."""
    def place(k: int) -> bool:
        words = st.w[s.i:k]
        return " ".join(words) in gazetteer.districts() or tuple(words) in place_use
    m = st.gaz_at.get(s.i)
    if (m and m[0] >= s.j) or place(s.j):
        return None
    if m and m[0] < s.j and m[1] in (*STRONG_GPE, "RSHORT"):
        return (None if place(m[0] + 1) else (m[0], "GPE", True))
    for k in range(s.j - 1, s.i, -1):
        if tuple(st.w[s.i:k]) in place_use:
            if place(k + 1):
                return None
            return k, "GPE" if " ".join(st.w[s.i:k]) in gazetteer.districts() else "LOC", False
    if st.low[s.i] in _NEIGHBOURHOOD_NOUNS and s.j - s.i >= 3:
        return s.i + 2, "LOC", False  # "Lurah Kebon Kosong [Fulan]": such names are two words
    return None


def _jurisdiction_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``Camat Cibadak Harjono Sutejo`` -> place ``Cibadak`` + person ``Harjono Sutejo``
    (title ``Camat Cibadak``): a local office is followed by its area, then the holder, and the
    model often reads a district or village it does not know (or a regency it does) as the
    person's first name; a place span after the office may likewise hold the name
    (``Wakil Bupati Karawang [Fulan]`` typed LOC).

    The area is a gazetteer region, two words opening with a neighbourhood noun, or words the
    article writes as a place elsewhere (``_area_end``; a district of ``kecamatan.txt`` alone only
    when it is the whole span: ``Kapolsek Genuk, Kompol ...``). Guards:
    the rest is a name (capitalised words, no gazetteer or place word); the area words never open
    a person span elsewhere in the article (``Bambang`` is also a district: ``Camat Bambang Sutrisno``
    ... ``Bambang Sutrisno mengatakan`` stays whole); a place span's rest also needs the model's
    person reading (0.5) unless the area is a gazetteer region. Also: districts after ``warga``/``di``
    are a place (``warga Nagrak Cibadak``; never after ``dari``/``ke``/``menuju``: ``diserahkan ke
    Bambang Jaya`` is a person), and a holder the model missed after office and area is a
    person (``Wali Kota Jambi [Fulan] menjelaskan``). Runs before document consistency, so the copies
    it makes follow the split. Candidates are rare: only they scan the article's words.
    """
    long_starts = {st.w[s.i] for st, sp in zip(sents, spans, strict=True) for s in sp
                   if s.type == "PERSON" and s.j - s.i >= 2}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            # "warga Nagrak Cibadak": districts after a place word, each word one, are a place ("uang
            # dari Bambang" is a person's: one word needs a place word other than dari/ke, and no
            # longer name of the article opening with it)
            if s.type == "PERSON" and s.title is None and s.i > 0 and st.low[s.i - 1] in _PLACE_BEFORE \
                    and not st.caseless and all(st.w[k] in gazetteer.districts() for k in range(s.i, s.j)) \
                    and st.low[s.i - 1] not in ("dari", "ke", "menuju") \
                    and (s.j - s.i >= 2 or st.w[s.i] not in long_starts) \
                    and not _speaking_person(st, s) and not _age_after(st, s.j):
                s.type, s.source = "GPE", "rule"
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        added: list[Span] = []
        for s in sp:
            # "Wali Kota Jambi [Fulan] menjelaskan": the holder after the area, missed by the model
            if s.type in ("GPE", "LOC") and (_local_office_before(st, s.i) or (
                    s.i > 0 and st.low[s.i] == "kota" and st.low[s.i - 1] in ("wali", "wakil"))):
                e = st.name_run(s.j, limit=3)
                # (not "Peraturan Gubernur Jawa Timur Nomor 12": a regulation's number follows)
                if e > s.j and (e == st.n or not (_cap(st.w[e]) or st.w[e][:1].isdigit())) \
                        and st.low[s.j] not in ("nomor", "no") and _plain_name_words(st, s.j, e) \
                        and not any(o.i < e and s.j < o.j for o in sp) \
                        and not any(st.w[k] in gazetteer.districts() or st.low[k] in _PLACE_TAILS for k in range(s.j, e)):
                    added.append(Span(s.j, e, "PERSON", source="rule"))
        if added:
            sp.extend(added)
            sp.sort(key=lambda o: o.i)
            st.titles(added, sp)
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in [s for s in sp if s.type == "PERSON" and s.j - s.i >= 3 and s.i >= 1 and _cap(st.w[s.i])
                  and st.low[s.i] in REGIONAL_AGENCIES
                  and (st.low[s.i - 1] in _TRIGGER_HEADS or st.low[s.i - 1] in _JURISDICTION_HEADS)]:
            # "Kepala Dinkes Garut [Fulan]" read as one name from "Dinkes": the agency is an
            # organisation, the area and the holder follow it (split below)
            sp.append(Span(s.i, s.i + 1, "ORG", source="rule"))
            s.i, s.title = s.i + 1, None
            sp.sort(key=lambda o: o.i)
            st.titles([s], sp)
        for s in [s for s in sp if s.type == "ORG" and s.j - s.i >= 4 and s.i >= 1 and _cap(st.w[s.i])
                  and st.low[s.i] in REGIONAL_AGENCIES
                  and (st.low[s.i - 1] in _TRIGGER_HEADS or st.low[s.i - 1] in _JURISDICTION_HEADS)]:
            # "Kepala BPBD Garut [Fulan] Jumat malam": a day after the holder leads the tagger to read
            # agency, area and holder as one organisation; a gazetteer region after the agency and
            # capitalised name words after the region are the area and the holder
            m = st.gaz_at.get(s.i + 1)
            if not m or m[1] not in (*STRONG_GPE, "RSHORT") or m[0] >= s.j:
                continue
            k = m[0]
            if not all(_cap(st.w[x]) and st.w[x][:1].isalpha() and not st.label[x] and not st.title_head(x)
                       and st.low[x] not in _PLACE_TAILS and st.w[x] not in gazetteer.districts()
                       for x in range(k, s.j)) or (s.j - k < 2 and st.person_prob(k, s.j) < 0.5):
                continue  # (one word after the area needs the tagger's person reading)
            holder = Span(k, s.j, "PERSON", source="rule")
            sp.extend([Span(s.i + 1, k, "GPE", source="rule"), holder])
            s.j, s.source = s.i + 1, "rule"
            sp.sort(key=lambda o: o.i)
            st.titles([holder], sp)
    cands = [(si, s) for si, (st, sp) in enumerate(zip(sents, spans, strict=True)) if not st.caseless
             for s in sp if s.type in ("PERSON", "LOC", "GPE") and _local_office_before(st, s.i)
             and (s.j - s.i >= 2 or s.type == "PERSON")]
    if not cands:
        return
    place_use: set[tuple[str, ...]] = set()
    person_starts: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type in ("LOC", "GPE") and not _local_office_before(st, s.i):
                place_use.add(tuple(st.w[s.i:s.j]))
            elif s.type == "PERSON" and not _local_office_before(st, s.i) \
                    and (s.j - s.i >= 2 or s.title is not None or any(_person_marks(st, s))):
                person_starts.add(st.w[s.i])  # not the model's lone "Sleman" that consistency retypes
        for k in range(1, st.n):
            # (not the candidates' own "Kepala Desa [X Fulan]": the office is no place use)
            if (st.low[k - 1] in _PLACE_BEFORE or st.low[k - 1] in _AREA_NOUNS) and not _local_office_before(st, k):
                e = st.name_run(k, limit=3)
                for x in range(k + 1, e + 1):
                    place_use.add(tuple(st.w[k:x]))
    for si, s in cands:
        st = sents[si]
        if st.w[s.i] in person_starts:
            continue
        whole = " ".join(st.w[s.i:s.j])
        if s.j - s.i == 1 or (s.type == "PERSON" and whole in gazetteer.districts()):
            # "Kapolsek Genuk, Kompol [Fulan]", "Kapolsek Cempaka Putih, Kompol [Fulan]": the district
            # alone, the holder after a comma or rank
            if (whole in gazetteer.districts() or tuple(st.w[s.i:s.j]) in place_use) \
                    and (s.j == st.n or st.w[s.j] == "," or st.low[s.j] in RANKS):
                s.type, s.title, s.source = "GPE" if whole in gazetteer.districts() else "LOC", None, "rule"
            continue
        got = _area_end(st, s, place_use)
        if got is None:
            continue
        k, typ, region = got
        rest = range(k, s.j)
        if len(st.w[k]) < 3 or st.w[k].isupper() or not all(_cap(st.w[x]) and st.w[x][:1].isalpha() and not st.label[x] and not st.title_head(x)
                   and st.low[x] not in _PLACE_TAILS and st.w[x] not in gazetteer.districts() for x in rest):
            continue
        if s.type != "PERSON" and not region and st.person_prob(k, s.j) < 0.5:
            continue
        spans[si].append(Span(s.i, k, typ, source="rule"))
        s.i, s.type, s.title, s.source = k, "PERSON", None, "rule"
        spans[si].sort(key=lambda o: o.i)
        st.titles([s], spans[si])


# A non-name cue on an English slogan's mention (``_slogan_cue``): a word before it no person name
# takes (``program``, ``tema``, ``nilai``, ``menjadi Justice Collaborator``, ``dalam Editorial
# Review``, a place word: ``di``/``menuju Alameda``), an English function word beside it (``Best
# Bank for Sustainable Finance``), a list of three or more such words (``Safety, Loyalty,
# Integrity``), quotes around it, or its initials in brackets after it (``Particulate Matter (PM)``).
_SLOGAN_BEFORE = frozenset({
    "program", "programme", "tema", "bertema", "bertajuk", "slogan", "jargon", "moto", "motto", "nilai",
    "nilai-nilai", "istilah", "konsep", "kategori", "penghargaan", "proyek", "aplikasi", "layanan",
    "fitur", "sistem", "pelayanan", "pendirian", "peluncuran", "kompleks", "perumahan", "pengembang",
    "gerakan", "kampanye", "segmen", "acara", "menjadi", "dalam", "di", "menuju", "produk", "merek"})
_ENGLISH_FUNCTION = frozenset({"and", "of", "for", "the", "in", "on", "with", "to", "by", "from", "at", "&"})
_LIST_SEPARATORS = frozenset({",", "dan", "and", "atau", "or", "serta"})


def _list_item(st: _Sentence, k: int) -> bool:
    """Word ``k`` is a capitalised word (hyphens allowed) that can be an item of a list of terms."""
    return 0 <= k < st.n and _cap(st.w[k]) and st.w[k].replace("-", "").isalpha()


def _english_item(st: _Sentence, k: int) -> bool:
    """Word ``k`` is a capitalised English word."""
    return _list_item(st, k) and gazetteer.is_english_word(st.w[k])


def _renamed_acronym(st: _Sentence, i: int) -> bool:
    """``mata uang Australian Dollar (AUD) atau [Kangaroo Bond]``: the span at ``i`` follows
    ``atau`` after a bracketed acronym, another name of the abbreviated term. Not when the acronym
    is the initials of the words before it, a person's way (``Basuki Tjahaja Purnama (BTP) atau
    Ahok``)."""
    if i < 4 or st.low[i - 1] != "atau" or st.w[i - 2] != ")" or st.w[i - 4] != "(":
        return False
    acr = st.w[i - 3]
    if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 6):
        return False
    k = i - 5
    while k >= 0 and _cap(st.w[k]):
        k -= 1
    initials = "".join(w[0] for w in st.w[k + 1:i - 4]).upper()
    return bool(initials) and initials != acr


# How far back (lower-case words only) a work noun may introduce a title set off by commas: a
# clause about the work fits (``jurnal ilmiah akses terbuka yang telah ditelaah sejawat, ...``).
_WORK_REACH = 10


def _work_title(st: _Sentence, i: int, j: int) -> bool:
    """``diterbitkan dalam jurnal ilmiah yang ditelaah sejawat, [Heritage], pada Juni``: the span
    is set off by commas and, back over lower-case words only (at most ``_WORK_REACH``), a work noun
    (``brands.WORK_NOUNS``: ``jurnal``, ``majalah``, ``film``) introduces it, with no word that
    brings a person in (``oleh``, ``penulis``)."""
    if i < 2 or st.w[i - 1] != "," or (j < st.n and st.w[j] not in (",", ".", ";")):
        return False
    for k in range(i - 2, max(-1, i - 2 - _WORK_REACH), -1):
        w = st.low[k]
        if not st.w[k].isalpha() or not st.w[k].islower() or w in brands.WORK_PERSON_WORDS:
            return False
        if w in brands.WORK_NOUNS:
            return True
    return False


def _slogan_cue(st: _Sentence, s: Span) -> bool:
    """A mention of an English-word span has a cue that it names a thing, not a person."""
    i, j = s.i, s.j
    if (i > 0 and st.w[i - 1] in _ENGLISH_FUNCTION) or (j < st.n and st.w[j] in _ENGLISH_FUNCTION):
        return True
    if i > 0 and st.low[i - 1] in _SLOGAN_BEFORE:
        return True
    if _renamed_acronym(st, i) or _work_title(st, i, j):
        return True
    if i > 0 and j < st.n and st.w[i - 1] in ("\"", "“", "'", "‘") and st.w[j] in ("\"", "”", "'", "’"):
        return True
    if j + 2 < st.n and st.w[j] == "(" and st.w[j + 2] == ")" and j - i >= 2 \
            and st.w[j + 1] == "".join(w[0] for w in st.w[i:j]).upper():
        return True
    if j - i > 1:
        return False
    first, items = i, [i]  # a list of terms: "nilai: Safety, Open-mindedness, Loyalty, dan Integrity"
    while True:
        g = first - 2 if first >= 2 and st.low[first - 1] in _LIST_SEPARATORS else -1
        g = g - 1 if g >= 1 and st.w[g] == "," else g  # "A, dan B"
        if g < 0 or not _list_item(st, g):
            break
        first = g
        items.append(g)
    k = j
    while True:
        g = k + 1 if k + 1 < st.n and st.low[k] in _LIST_SEPARATORS else st.n
        g = g + 1 if g + 1 < st.n and st.w[k] == "," and st.low[g] in _LIST_SEPARATORS else g
        if g >= st.n or not _list_item(st, g):
            break
        items.append(g)
        k = g + 1
    # three items or more, two English words, opened by a colon or a slogan word: not a list of
    # people ("Hadir pula Melody, Crystal, dan Jasmine"); two items opened by a slogan or place
    # word take the cue of the first ("menuju Aliso dan Alameda")
    opened = first > 0 and (st.w[first - 1] == ":" or st.low[first - 1] in _SLOGAN_BEFORE)
    return opened and ((len(items) >= 3 and sum(_english_item(st, x) for x in items) >= 2)
                       or (len(items) == 2 and st.low[first - 1] in _SLOGAN_BEFORE))


def _english_slogans(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an English slogan, value or programme name capitalised in the text (``Loyalty``,
    ``Sustainable Finance``, ``Particulate Matter``) is no person.

    Every word of the span is an English dictionary word (``gazetteer.is_english_word``: web2 less
    the words web2 also capitalises, ``Harry``, ``Tommy``, ``Sri``, and less every word the NER
    corpora tag as a person, ``Effendi``, ``Firman``, ``Hakim``, ``Maharani``, ``Anis``), three
    letters or more; some mention has a non-name cue (``_slogan_cue``: ``program``/``nilai``/...
    before it, an English function word beside it, a list of such words, quotes, its initials in
    brackets after it), since a loanword can still be somebody's name (``Salma``, ``Jasmine``); no
    mention has a title, an honorific or naming word, an age or a speech verb beside it (``kata
    Loyalty`` would be a speaker); a one-word name needs six letters or more (``Trump``, ``Wang``,
    ``Cook`` are English words too) and must be no word of a longer person name of the article
    (``Hawking`` after ``Stephen Hawking``). All its mentions go. The word list is read only when a
    candidate passes the cheap tests. A span written as another name of a bracketed acronym's term
    (:func:`_renamed_acronym`: ``Australian Dollar (AUD) atau Kangaroo Bond``) needs no English word
    list: ``Bond`` is left out of it as a person's name.
    """
    cand: dict[tuple[str, ...], bool] = {}
    cued: set[tuple[str, ...]] = set()
    renamed: set[tuple[str, ...]] = set()  # another name of an abbreviated term: any words
    long_words: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type != "PERSON":
                continue
            key = tuple(st.w[s.i:s.j])
            if len(key) >= 2:
                long_words.update(key)
            if not all(len(w) >= 3 and w.isalpha() and w.lower() not in HONORIFICS
                       and w.lower() not in BALINESE_NAMES for w in key) or (len(key) == 1 and len(key[0]) < 6):
                continue
            marked = s.title is not None or any(_person_marks(st, s)) or _speaking_person(st, s) \
                or _age_after(st, s.j)
            cand[key] = cand.get(key, False) or marked
            if not marked and key not in cued and _slogan_cue(st, s):
                cued.add(key)
            if not marked and key not in renamed and _renamed_acronym(st, s.i):
                renamed.add(key)
    drop = {k for k, marked in cand.items() if not marked and k in cued and (len(k) >= 2 or k[0] not in long_words)}
    drop = {k for k in drop if k in renamed or all(gazetteer.is_english_word(w) for w in k)}
    if not drop:
        return
    for st, sp in zip(sents, spans, strict=True):
        sp[:] = [s for s in sp if not (s.type == "PERSON" and tuple(st.w[s.i:s.j]) in drop)]


def _not_people(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop person spans that are discourse words opening a sentence or the unit of an
    office (``_unit_words``), and names of programmes and slogans with all their mentions in the
    article.

    A word of a longer person name of the article keeps its opener use (``Mari Elka Pangestu`` ...
    ``Mari, ...``) and its programme use (``Prabowo Subianto`` ... ``program Prabowo``); a programme
    name with a person mark anywhere (title, honorific, age, speech verb) stays a person. One pass over the article's spans.
    """
    long_words: set[str] = set()
    drop: set[tuple[str, ...]] = set()
    marked: set[tuple[str, ...]] = set()
    openers: list[tuple[int, Span]] = []
    units: set[tuple[int, int]] = set()
    added: list[tuple[int, Span]] = []
    for si, (st, sp) in enumerate(zip(sents, spans, strict=True)):
        for s in sp:
            if s.type != "PERSON":
                continue
            key = tuple(st.w[s.i:s.j])
            if len(key) >= 2:
                long_words.update(key)
            named, spoke = _person_marks(st, s)
            if named or spoke:
                marked.add(key)
            if _programme_cue(st, s):
                drop.add(key)
            elif _discourse_opener(st, s):
                openers.append((si, s))
            elif _unit_words(st, s) and not _age_after(st, s.j):
                units.add((si, id(s)))
            elif s.title is not None and s.title[1] == s.i and st.low[s.i - 1] in ("dan", "&") \
                    and not (s.title[0] > 0 and _cap(st.w[s.title[0] - 1]) and st.w[s.title[0] - 1][:1].isalpha()) \
                    and not any(o.type == "PERSON" and s.title[0] <= o.i < s.i for o in sp):
                # "Menteri Haji dan [Umrah RI]": the office's portfolio goes on (not "Rudi Hakim dan
                # [Fulan]": a head after a capitalised word is a surname; nor "Pengacara Budi dan
                # [Fulan]": a person inside the title is the first of two)
                units.add((si, id(s)))
            elif s.title is not None and s.j + 1 < st.n and (
                    st.low[s.j] in RANKS or st.low[s.j].rstrip(".") in name_prefixes.ACADEMIC_TITLES):
                # "Kapolres Metro Bekasi Kombes Mustofa", "Direktur Penyakit Menular dr Fulan": a rank
                # or academic title and a person after the span make it the office's unit; the person
                # takes the whole title
                nxt = next((o for o in sp if o.i == s.j + 1 and o.type == "PERSON"), None)
                if nxt is None and st.low[s.j] in RANKS and not any(o.i <= s.j + 1 < o.j for o in sp):
                    # "Kapolsek Ilir Barat AKP [Darto]": the one name after the rank the model missed
                    e = st.name_run(s.j + 1, limit=4)
                    if e > s.j + 1 and (e == st.n or not _cap(st.w[e])):
                        nxt = Span(s.j + 1, e, "PERSON", source="rule")
                        added.append((si, nxt))
                if nxt is not None:
                    units.add((si, id(s)))
                    nxt.title = (s.title[0], nxt.i)
    # "program Prabowo": a programme of a person the article names in full elsewhere
    drop = {k for k in drop - marked if len(k) >= 2 or k[0] not in long_words}
    gone = {(si, id(s)) for si, s in openers if sents[si].w[s.i] not in long_words} | units
    for si, s in added:
        spans[si].append(s)
        spans[si].sort(key=lambda o: o.i)
    if not drop and not gone:
        return
    # other unmarked mentions of a unit typed PERSON ("di [SU I]" after "Kapolsek SU I AKP Heri", often
    # the copies document consistency made of it) go with it
    unit_keys = {tuple(st.w[s.i:s.j]) for si, (st, sp) in enumerate(zip(sents, spans, strict=True))
                 for s in sp if (si, id(s)) in units}
    for si, (st, sp) in enumerate(zip(sents, spans, strict=True)):
        sp[:] = [s for s in sp if not ((si, id(s)) in gone
                                       or (s.type == "PERSON" and tuple(st.w[s.i:s.j]) in drop)
                                       or (s.type == "PERSON" and tuple(st.w[s.i:s.j]) in unit_keys
                                           and not any(_person_marks(st, s))))]


# ``Gen Z``, ``Generasi Milenial``: a generation label, never a name.
_GENERATION_HEADS = frozenset({"gen", "generasi"})
_GENERATION_LABELS = frozenset({"x", "y", "z", "alpha", "alfa", "beta", "milenial", "millennial", "millenial",
                                "boomer", "boomers"})
# Words before a commemorative day (``peringatan Hari Guru``) and after its name (``Hari Anak Nasional``).
_DAY_CUES = frozenset({"peringatan", "memperingati", "diperingati", "perayaan", "merayakan", "dirayakan",
                       "menyambut", "jelang", "menjelang", "momen", "momentum", "tema"})
_DAY_TAILS = frozenset({"nasional", "internasional", "sedunia", "dunia"})


def _days_and_generations(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a generation label (``Gen Z``) typed as a person or organisation is no entity; a
    commemorative day (``Hari Anak``, ``Hari Guru Nasional``) typed as a person is an EVENT.

    ``Hari`` is also a common given name (``Hari Santoso``), so a span opening with it is a day
    only when the article marks it as one: the day written in lower case elsewhere in the article
    (``hari anak``, ``hari guru``; not the word alone: ``Hari Budi`` ... ``budi pekerti``), a day word after
    some mention (``Nasional``, ``Sedunia``), or a celebration word before one (``peringatan``,
    ``memperingati``); a person mark (title, honorific, age, speech verb) on any mention keeps it a
    person. The day's span takes a following ``Nasional``/``Sedunia``. One pass over the article.
    """
    lower: set[str] | None = None
    marked: set[tuple[str, ...]] = set()
    cued: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        drop = [s for s in sp if s.type in ("PERSON", "ORG") and s.j - s.i == 2
                and st.low[s.i] in _GENERATION_HEADS and st.low[s.i + 1] in _GENERATION_LABELS]
        if drop:
            sp[:] = [s for s in sp if s not in drop]
        for s in sp:
            if s.type != "PERSON" or st.low[s.i] != "hari" or s.j - s.i < 2 or not _cap(st.w[s.i + 1]):
                continue
            key = tuple(st.w[s.i:s.j])
            # an ``adalah`` description ("Hari Anak adalah ...") is no person mark
            untitled = Span(s.i, s.j, s.type)
            if (s.title is not None and s.title[1] == s.i) or (s.i > 0 and st.low[s.i - 1] in _PERSON_MARKS) \
                    or _age_after(st, s.j) or _speaking_person(st, untitled):
                marked.add(key)
                continue
            if lower is None:  # "hari anak" written in lower case: the day as a common noun phrase
                lower = {t.w[k + 1] for t in sents for k in range(t.n - 1)
                         if t.w[k] == "hari" and t.w[k + 1].isalpha() and t.w[k + 1].islower()}
            if (s.i > 0 and st.low[s.i - 1] in _DAY_CUES) or (s.j < st.n and st.low[s.j] in _DAY_TAILS) \
                    or st.low[s.i + 1] in lower:
                cued.add(key)
    found = cued - marked
    if not found:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and tuple(st.w[s.i:s.j]) in found:
                s.type, s.title, s.source = "EVENT", None, "rule"
                if s.j < st.n and st.low[s.j] in _DAY_TAILS and _cap(st.w[s.j]) \
                        and not any(o.i == s.j for o in sp):
                    s.j += 1


def _given_name_tails(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``Kementerian Kesehatan Siti [Nadia Tarmidzi]``: the model closes an organisation
    with the person's first name and starts the person after it, so the office's description ends
    in the person's own name. The organisation's last word moves to the person when it is a plain
    capitalised word (no title, portfolio, unit, company, gazetteer word or acronym), the
    organisation keeps two words or more, and the model gives the word a person reading of 0.2 or
    more (``Siti`` 0.23 to 0.37; ``Jabar`` 0.07 and ``Pertamina`` 0.01 stay with the office). A rank
    closing the organisation is dropped from it (``Polda Metro Jaya Kombes [Ade] ...``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        starts = {s.i: s for s in sp if s.type == "PERSON"}
        for o in sp:
            p = starts.get(o.j)
            if p is None or o.type != "ORG" or p.title is None or p.title[1] != p.i:
                continue
            k = o.j - 1
            w = st.w[k]
            if o.j - o.i >= 3 and w[:1].isupper() and w.isalpha() and not w.isupper() and not st.label[k] \
                    and st.low[k] not in _TWORDS and st.low[k] not in _HEADS and st.low[k] not in UNIT_HEADS \
                    and w not in _ORG_SUFFIX and w not in _DOSSIER_ORG_SUFFIX and not _ADMIN_NOUN.match(st.low[k]) \
                    and st.person_prob(k, o.j) >= 0.2:
                o.j, p.i = k, k
                p.title = (p.title[0], k)
            while o.j - o.i >= 2 and st.low[o.j - 1].rstrip(".") in _NAME_RANKS:
                o.j -= 1  # "Polda Metro Jaya Kombes": the rank is the person's


# Ministries written as one word (``Kemenkes``, ``Kemendikdasmen``): an organisation, never a name.
_MINISTRY = re.compile(r"^Kemen[a-z]{3,}$")
# A capitalised word with "oleh"/"tulisan"/"karya" (by) glued to it: a book or work title written in
# italics lost the space before its author (``Kitab Jamu Racikanoleh Budi Santoso``).
_GLUED_BY = re.compile(r"^[A-Z][a-z]{3,}(?:oleh|tulisan|karya)$")


def _plain_name_words(st: _Sentence, a: int, b: int) -> bool:
    """Words ``a..b`` are plain capitalised name words: no title, unit, company or gazetteer word."""
    return b > a and all(
        _cap(st.w[k]) and st.w[k].replace("'", "").replace("-", "").isalpha() and not st.label[k]
        and st.low[k] not in _TWORDS and (st.low[k] not in _HEADS or (k > a and st.low[k] in _NAMEISH_HEADS)
                                          or (k == a and st.given_name_head(k, b)))
        and st.low[k] not in UNIT_HEADS
        and st.w[k] not in _ORG_SUFFIX and st.w[k] not in _DOSSIER_ORG_SUFFIX for k in range(a, b))


def _company_then_name(st: _Sentence, s: Span, orgs: set[tuple[str, ...]], added: list[Span]) -> None:
    """``Perwakilan Tokopedia Laras Pratiwi`` read as one organisation: a well-known
    company (``brands.KNOWN_COMPANIES``) or one the article names alone, opening an organisation
    span, followed by two or more plain name words the model reads as a person (0.5), is the
    company and then its speaker (``_glued_prefixes``). The span keeps the company; the person is
    appended to ``added``. The model reads a name it does not know (``Tokopedia Celestine
    Kusumawardani``) as the company's continuation, so for a well-known company the person reading
    may also come from the sentence read without the company (``person_prob_without``), if a word
    before the company says one of its people follows (``brands.COMPANY_PERSON_BEFORE``: ``by``,
    ``Perwakilan``, a profession or title; not ``menampilkan Toyota Kijang Innova Zenix``) and no
    word of the rest is an English word (``Tokopedia Seller Center`` is a unit of the company)."""
    for k in (2, 1):
        head = tuple(st.w[s.i:s.i + k])
        known = " ".join(head) in brands.KNOWN_COMPANIES
        if s.j - s.i - k < 2 or not (known or head in orgs):
            continue
        if _plain_name_words(st, s.i + k, s.j) and not any(_cap(st.w[x]) and st.low[x] in _CONNECT
                                                            for x in range(s.i + k, s.j)) \
                and (st.person_prob(s.i + k, s.j) >= 0.5 or (
                    known and s.j - s.i - k <= 3 and s.i > 0 and (
                        st.low[s.i - 1] in brands.COMPANY_PERSON_BEFORE
                        or st.low[s.i - 1] in name_prefixes.PROFESSION_NOUNS or st.low[s.i - 1] in _HEADS)
                    and not any(gazetteer.is_english_word(st.w[x]) for x in range(s.i + k, s.j))
                    and st.person_prob_without(s.i, s.i + k, s.i + k, s.j) >= 0.5)):
            added.append(Span(s.i + k, s.j, "PERSON", source="rule"))
            s.j = s.i + k
        return


def _person_words(sents: list[_Sentence], spans: list[list[Span]]) -> set[tuple[str, ...]]:
    """The words of every person span of the article's cased sentences: the people it names, which
    ``_org_then_person`` splits off an organisation span they were glued to."""
    return {tuple(st.w[s.i:s.j]) for st, sp in zip(sents, spans, strict=True) if not st.caseless
            for s in sp if s.type == "PERSON"}


def _org_then_person(st: _Sentence, s: Span, persons: set[tuple[str, ...]], openers: set[str],
                     added: list[Span]) -> None:
    """``Kepala [Badan Gizi Nasional Dadan Hindayana]`` read as one organisation: after an office
    word, an organisation span ending in two to four plain name words is the organisation and then
    the person heading it, when the article names that person elsewhere: the same words as a
    person, or a person whose name opens with the first of them (``kata Dadan``). The first such
    place splits (``Reformis Institute [Pri Agung Rakhmanto]``); ``Nasional`` opens no person's
    name, so the name starts after it. Words after the short form in brackets continue the
    organisation's name (``Universitas Islam Negeri (UIN) Maulana Malik Ibrahim``). The span keeps
    the organisation (two words or more); the person is appended to ``added``."""
    if s.i == 0 or (st.low[s.i - 1] not in _HEADS and st.low[s.i - 1] not in _TWORDS):
        return
    for k in range(max(s.i + 2, s.j - 4), s.j - 1):
        tail = tuple(st.w[k:s.j])
        if (tail in persons or st.w[k] in openers) and _plain_name_words(st, k, s.j) and st.w[k - 1] != ")" \
                and not any(st.low[x] in _CONNECT for x in range(k, s.j)):
            added.append(Span(k, s.j, "PERSON", source="rule"))
            s.j = k
            return


def _short_form_of(short: str, words: list[str]) -> bool:
    """``short`` can abbreviate ``words`` (Schwartz and Hearst's test for a short form in brackets):
    it opens with the first letter of the first word and its letters occur in the words in order
    (``Danantara`` of ``Daya Anagata Nusantara``, ``Kejari`` of ``Kejaksaan Negeri``)."""
    return letters_in_order(short, "".join(words))


def _inner_brackets(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an organisation's short form written inside its name (``Kejaksaan Negeri (Kejari)
    Sumenep``, ``Badan Pengelola Investasi (BPI) Daya Anagata Nusantara (Danantara)``) does not
    end the name: the words after the bracket are the rest of it when they are a gazetteer place
    (the body's area) or capitalised words that a second bracket abbreviates (the full name's own
    short form), not a place or person of their own. The mention keeps the bracket (offsets are
    the text's); the linker's canonical form drops it (``canonical_form``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or "(" not in st.w:
            continue
        drop: list[Span] = []
        for s in sp:
            b = s.j
            if s.type != "ORG" or s in drop or b + 3 >= st.n or st.w[b] != "(" or st.w[b + 2] != ")":
                continue
            short = st.w[b + 1]
            if not (short[:1].isupper() and short.isalpha() and 2 <= len(short) <= 12) \
                    or not _short_form_of(short, st.w[s.i:b]):
                continue
            c = b + 3  # the words after the bracket, up to the next span's end or a non-name word
            nxt = next((o for o in sp if o.i >= c), None)
            e = c
            while e < st.n and _cap(st.w[e]) and st.w[e][:1].isalpha() and (nxt is None or e < nxt.i):
                e += 1
            if nxt is not None and nxt.i == e and e - c <= 1:
                if nxt.type == "ORG" or (nxt.type == "PERSON" and nxt.title is not None and nxt.title[0] > b):
                    continue  # "(DJP) Kementerian Keuangan", "(BGN) Kepala ... [Fulan]": another name
                e = nxt.j
            if e <= c:
                continue
            rest = st.w[c:e]
            place = gazetteer.place_kind(" ".join(rest)) is not None
            second = st.w[e + 1] if e + 2 < st.n and st.w[e] == "(" and st.w[e + 2] == ")" else ""
            # (a person's initials, "Hendi Prio Santoso (HPS)", name a person after the body)
            named = second.isalpha() and _short_form_of(second, rest) \
                and second.casefold() != "".join(w[:1] for w in rest).casefold()
            if not (place or named):
                continue
            s.j = e
            drop.extend(o for o in sp if o is not s and _overlaps(o, Span(b, e, "")))
        if drop:
            sp[:] = [s for s in sp if s not in drop]
            # a person after the joined name takes the title the removed span stopped
            # ("Kepala Badan ... (Danantara) [Fulan]")
            st.titles([o for o in sp if o.type == "PERSON" and o.title is None], sp)


def _glued_prefixes(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: words glued before or after a person's name that are not part of it.

    * a capitalised profession opening the span is the person's role (``Apoteker Rina ...``);
    * an academic title inside the span starts the name (``bukunya Drs H Budi Santoso``: the words
      before it are not the person's), as does the word after a work title glued to ``oleh`` or
      ``tulisan`` by a lost space (``Kitab Jamu Racikanoleh Budi Santoso``);
    * degrees closing a name of two words or more are cut (``Budi Santoso MPH``);
    * the first words of a span of three or more are an organisation when the article names that
      organisation on its own elsewhere, alone (``Mandiri`` ... ``Mandiri Budi Santoso``) or with
      the organisation span right before the person (``PGN Saka`` ... ``Direktur PGN Saka Intan
      Fauzi``); the rest, two plain name words or more, is the person;
    * a ministry's one-word short form read as a place (``bukan di Kemendikdasmen``) is the ministry.
    One pass over the article's spans.
    """
    orgs = {tuple(st.w[s.i:s.j]) for st, sp in zip(sents, spans, strict=True) if not st.caseless
            for s in sp if s.type == "ORG"}
    # the short form an organisation's name gives in brackets (``Universitas Harapan Bangsa (Unhar)
    # Malang``, the span inside or after the bracket) names it alone too: ``dosen Unhar Budi Santoso`` is the university, then the person
    orgs |= {(st.w[k],) for st, sp in zip(sents, spans, strict=True) if not st.caseless
             for s in sp if s.type == "ORG" for k in range(max(1, s.i), min(s.j, st.n - 1))
             if st.w[k - 1] == "(" and st.w[k + 1] == ")" and _cap(st.w[k]) and st.w[k].isalpha()}
    # people the article names: their words, and the first words of their names (``kata Dadan``)
    persons = _person_words(sents, spans)
    openers = {p[0] for p in persons}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        added: list[Span] = []
        for s in sp:
            if s.type == "ORG" and s.j - s.i >= 3:
                _company_then_name(st, s, orgs, added)
            if s.type == "ORG" and s.j - s.i >= 4 and s.source in ("model", "doc", "cue"):
                _org_then_person(st, s, persons, openers, added)
            if s.type in ("LOC", "GPE") and s.j - s.i == 1 and _MINISTRY.match(st.w[s.i]):
                s.type = "ORG"  # "bukan di Kemendikdasmen": the ministry, read as a place after "di"
                continue
            if s.type != "PERSON" or s.source == "gaz":
                continue
            if _MINISTRY.match(st.w[s.i]) or (s.title is None and s.j - s.i >= 2 and any(
                    st.label[k] == "AORG" and _cap(st.w[k]) and not st.w[k].isupper() for k in range(s.i, s.j))):
                # "Kemenkopolkam", "Bidpropam Polda Sumut": an office, never a name (initials alone such
                # as "MA" may be a suspect's)
                s.type = "ORG"
                continue
            if s.j - s.i >= 2 and st.low[s.i] in name_prefixes.PROFESSION_NOUNS and _cap(st.w[s.i]):
                s.title = (s.title[0] if s.title is not None else s.i, s.i + 1)
                s.i += 1
                continue
            glued = next((k for k in range(s.i, s.j - 2) if _GLUED_BY.match(st.w[k])), None)
            if glued is not None and s.j - glued >= 3:
                s.i = glued + 1  # "Kitab Jamu Racikanoleh [Budi Santoso]": a title glued to "oleh"
            for k in range(s.i, s.j - 2):
                if st.low[k].rstrip(".") in name_prefixes.ACADEMIC_TITLES and _cap(st.w[k]):
                    e = k + 1
                    while e < s.j and (st.low[e].rstrip(".") in name_prefixes.ACADEMIC_TITLES
                                       or st.low[e].rstrip(".") in name_prefixes.HAJI_TITLES):
                        e += 1
                    if s.j - e >= 2 and _plain_name_words(st, e, s.j):
                        s.i, s.title = e, (k, e)
                    break
            while s.j - s.i >= 3 and name_prefixes.is_degree_word(st.w[s.j - 1]) \
                    and _plain_name_words(st, s.i, s.i + 2):  # "MPH", "PhD", "MPsi"; not "Ma"
                s.j -= 1
            if s.j - s.i < 3:
                continue
            before = next((o for o in sp if o.j == s.i and o.type == "ORG"), None)
            for k in range(s.j - s.i - 2, 0, -1):
                head = tuple(st.w[s.i:s.i + k])
                glued = before is not None and tuple(st.w[before.i:s.i + k]) in orgs
                if not (glued or head in orgs or (k <= 2 and " ".join(head) in brands.KNOWN_COMPANIES)) \
                        or not _plain_name_words(st, s.i + k, s.j):
                    continue
                if glued and before is not None:
                    before.j = s.i + k
                else:
                    added.append(Span(s.i, s.i + k, "ORG", source="rule"))
                s.i += k
                if s.title is not None:
                    s.title = (s.title[0], s.i)
                break
        if added:
            sp.extend(added)
            sp.sort(key=lambda s: s.i)
            st.titles(added, sp)  # the person cut from an organisation span takes the office before it


def _lowercase_phrases(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a person span of two words or more that the article also writes in lower case
    (``Pilot Project Green Hydrogen`` ... ``ekosistem green hydrogen``) is a common noun phrase
    capitalised as a name, never a person's name (edited news capitalises names everywhere). All
    its mentions go, unless one is marked as a person (title, honorific, age, speech verb)."""
    keys: dict[tuple[str, ...], bool] = {}
    heads: set[tuple[str, ...]] = set()  # first words of the article's organisation names
    marked: set[tuple[str, ...]] = set()  # person names with a person mark somewhere
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        # a run of three words or more with no capital letter is no name in a cased article (a
        # verse in Arabic script the model read as one)
        sp[:] = [s for s in sp if not (s.type == "PERSON" and s.j - s.i >= 3
                                       and not any(_UPPER.search(w) for w in st.w[s.i:s.j]))]
        for s in sp:
            if s.type == "ORG" and s.j - s.i >= 2:
                heads.update(tuple(st.w[s.i:s.i + n]) for n in range(1, s.j - s.i))
            if s.type == "PERSON":
                named, spoke = _person_marks(st, s)
                if s.j - s.i >= 2:
                    key = tuple(st.low[s.i:s.j])
                    keys[key] = keys.get(key, False) or named or spoke
                if named or spoke:
                    marked.add(tuple(st.w[s.i:s.j]))
    # "Klinik Sehatku Aesthetic Centre" ... "Sehatku": the start of an organisation's name the
    # article writes in full, never marked as a person, is that organisation
    orgs = heads - marked
    if orgs:
        for st, sp in zip(sents, spans, strict=True):
            for s in sp:
                if s.type == "PERSON" and tuple(st.w[s.i:s.j]) in orgs:
                    s.type = "ORG"
    cands = {k for k, marked in keys.items() if not marked}
    if not cands:
        return
    firsts = {k[0] for k in cands}
    lower: set[tuple[str, ...]] = set()
    for st in sents:
        for a, w in enumerate(st.w):
            if w in firsts and w.islower():  # the first word written in lower case
                lower.update(k for k in cands if k[0] == w and tuple(st.w[a:a + len(k)]) == k)
    if not lower:
        return
    for st, sp in zip(sents, spans, strict=True):
        sp[:] = [s for s in sp if not (s.type == "PERSON" and tuple(st.low[s.i:s.j]) in lower)]


# An initials-only token after these words names a person: the ``berinisial`` (with the initials)
# formula of crime news and address forms (``pria berinisial BS``, ``saudara HP``, ``Pak RK``). These
# are strong enough to tag initials the model missed. Crime and court roles (``tersangka RK``) only
# retype a token the model tagged, and only two or three letters: ``korban KDRT`` or ``pelaku TPPO``
# name an offence, not a person.
_INITIALS_CUES = HONORIFICS | INITIALS_ADDRESS_WORDS | INITIALS_FORMULA_WORDS
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
# Speech verbs of an inverted attribution, written before the speaker (``kata X``, ``jelas X``); a
# prefixed verb before a name (``mengatakan X ...``) introduces what is said, not who says it.
_SPEECH_BEFORE = frozenset({"kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "terang", "imbuh",
                            "lanjut", "sebut", "papar"})


_VICTIM_WORDS = frozenset({"korban"})


def _initials_cue(st: _Sentence, k: int, strong: bool) -> bool:
    """Token ``k`` (all capitals) is a person's initials by the words around it (``berinisial BS``,
    ``BS (34)``; with ``strong=False`` also ``tersangka BS``)."""
    if len(st.w[k]) > 4 or k == 0:
        return False
    if k + 3 < st.n and st.w[k + 1] == "(" and st.w[k + 2].isdigit() and len(st.w[k + 2]) <= 2 and st.w[k + 3] == ")":
        return True
    # a list of initials after one cue: "berinisial DDS, YQ, dan SR", "APB (21), YZ (26) serta RL (17)"
    a = k - 1
    while a > 0 and (st.w[a] in (",", "(", ")") or st.low[a] in ("dan", "serta") or st.w[a].isdigit()
                     or _ACRONYM.match(st.w[a])) and k - a < 24:
        a -= 1
    if st.low[a] in _INITIALS_CUES and (a == k - 1 or (_ACRONYM.match(st.w[a + 1]) and st.w[k - 1] != "(")):
        return True
    # the weak cue is a role in a case, not a victim: ``korban DBD``, ``korban PHK`` name a disease or
    # an event far more often than a victim's initials (a victim's initials come with ``(34)`` or
    # ``berinisial``, the strong cues above)
    return not strong and len(st.w[k]) <= 3 and st.low[k - 1] in CASE_ROLE_NOUNS and st.low[k - 1] not in _VICTIM_WORDS


def _acronym_evidence(st: _Sentence, s: Span, ends: dict[int, Span]) -> str | None:
    """``PERSON``/``ORG`` when the context of the all-capitals token ``s`` says which, else ``None``.

    ``Agus Harimurti Yudhoyono (AHY)`` / ``Badan Informasi Energi AS (EIA)``: a bracketed short form
    takes the type of the name before it; ``_initials_cue`` marks a person's initials. A title
    before it says nothing: ``Presiden SBY`` is a person, ``Kepala BGN`` the head of an organisation.
    """
    k = s.i
    if k >= 1 and st.w[k - 1] == "(" and k + 1 < st.n and st.w[k + 1] == ")":
        prev = ends.get(k - 1)
        if prev is not None and prev.type in ("PERSON", "ORG"):
            return prev.type
    return "PERSON" if _initials_cue(st, k, strong=False) else None


def _acronym_types(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: type all-capitals tokens of 2-5 letters (``EIA``, ``BGN``, ``RK``) by their context
    in the document, not by the model's guess.

    The model types them PERSON or ORG almost at random (the training corpora have few). Evidence
    in the document (``_acronym_evidence``) types every mention of the token; without any, a
    PERSON guess of four or five letters becomes ORG (``HCML``, ``GRACE``), while two or three
    letters keep the model's type: ``SBY``, ``JK`` and ``AHY`` are how news names politicians (the
    model's person probability does not separate them from ``KPI``). Initials after a strong cue
    (``berinisial TW``) are tagged even where the model missed them, and then wherever they recur
    in the document. Gazetteer abbreviations (``AS``, ``KPK``) are left alone.
    """
    votes: dict[str, set[str]] = {}
    strong: set[str] = set()
    cands: list[tuple[_Sentence, Span]] = []
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        ends = {s.j: s for s in sp}
        covered = {k for s in sp for k in range(s.i, s.j)}
        for s in sp:
            if s.j - s.i != 1 or s.type not in ("PERSON", "ORG") or st.label[s.i] \
                    or not _ACRONYM.match(st.w[s.i]):
                continue
            cands.append((st, s))
            ev = _acronym_evidence(st, s, ends)
            if ev:
                votes.setdefault(st.w[s.i], set()).add(ev)
        for k in range(1, st.n):
            if k not in covered and not st.label[k] and _ACRONYM.match(st.w[k]) and _initials_cue(st, k, strong=True):
                strong.add(st.w[k])
    for w in strong:
        votes.setdefault(w, set()).add("PERSON")
    for st, s in cands:
        ev = votes.get(st.w[s.i], set())
        typ = next(iter(ev)) if len(ev) == 1 else (None if ev or len(st.w[s.i]) < 4 else "ORG")
        if typ and typ != s.type:
            s.type = typ
            if typ == "ORG":
                s.title = None
    if not strong:
        return
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        covered = {k for s in sp for k in range(s.i, s.j)}
        added = [Span(k, k + 1, "PERSON", source="rule") for k in range(st.n)
                 if k not in covered and st.w[k] in strong and votes[st.w[k]] == {"PERSON"} and not st.label[k]]
        if added:
            sp.extend(added)
            sp.sort(key=lambda s: s.i)
            st.titles(added)


# Crime and court roles before a suspect's initials that a country abbreviation never follows
# (``tersangka AS``); ``saksi``/``korban``/``ekonom`` do (``ekonom AS``: an American), and an
# organisation abbreviation follows all of them (``tersangka KPK``: a suspect of the KPK's case).
_SUSPECT_ROLES = frozenset({"tersangka", "terdakwa", "terpidana", "pelaku", "terlapor", "tahanan", "buronan",
                            "narapidana", "napi", "terperiksa"})
# Words before a country abbreviation that read it as the country (``warga AS``, ``di AS``, ``dolar AS``).
_COUNTRY_BEFORE = frozenset({"di", "ke", "dari", "warga", "negara", "pemerintah", "militer", "tentara", "dolar",
                             "kedubes", "kedutaan", "pasukan", "negeri", "bank", "sentral", "asal", "antara"})


def _gazetteer_initials(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a country or organisation abbreviation of two or three letters written as a
    suspect's initials (``Saudara AS``, ``tersangka AS``, ``berinisial AS``) is a person.

    ``_acronym_types`` leaves gazetteer abbreviations alone, so the suspect ``AS`` of a corruption
    story became the GPE ``AS`` and the linker merged him into the United States. A strong initials
    cue (``_initials_cue``), or a suspect role right before a country abbreviation (never before an
    organisation's: ``tersangka KPK``), makes that mention a person;
    its other mentions in the document follow (``AS disangkakan ...``) unless the document also
    reads the token as the country or organisation: its full form written out (``Amerika
    Serikat``), a place preposition, a country noun (``warga AS``) or a title (``Presiden AS``)
    before it.
    """
    cued: dict[str, list[tuple[_Sentence, Span]]] = {}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            w = st.w[s.i]
            if s.j - s.i != 1 or s.type not in ("GPE", "ORG") or not st.label[s.i] \
                    or not (2 <= len(w) <= 3 and w.isalpha() and w.isupper()) or s.i == 0:
                continue
            if _initials_cue(st, s.i, strong=True) or (st.low[s.i - 1] in _SUSPECT_ROLES and s.type == "GPE"):
                cued.setdefault(w, []).append((st, s))
    if not cued:
        return
    text = " ".join(" ".join(st.w) for st in sents)
    # the other uses of every cued token, gathered in one pass over the document (in document order)
    others: dict[str, list[tuple[_Sentence, Span]]] = {}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.j - s.i == 1 and s.type in ("GPE", "ORG") and st.w[s.i] in cued:
                others.setdefault(st.w[s.i], []).append((st, s))
    for w, hits in cued.items():
        full = ABBREVIATIONS.get(w)
        country = bool(full and full[0] in text)
        todo = list(hits)
        cued_ids = {id(h) for _, h in hits}
        for st, s in others.get(w, ()):
            if id(s) in cued_ids:
                continue
            prev = st.low[s.i - 1] if s.i else ""
            if prev in _COUNTRY_BEFORE or prev in _HEADS:
                country = True
            todo.append((st, s))
        for st, s in (hits if country else todo):
            s.type, s.source, s.title = "PERSON", "rule", None
            st.titles([s])


def _bracket_short_forms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a one-word short form in brackets right after an organisation is that organisation
    (``Universitas Diponegoro (Undip)``), and so is every one-word person mention of it in the
    document (``Rektor Undip``, ``Undip tidak akan ...``).

    ``_acronym_types`` does this for all-capitals short forms; written in mixed case (``Undip``,
    ``Unnes``, ``Kemenkeu``) the model reads them as names.
    """
    short: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        ends = {s.j: s for s in sp}
        for s in sp:
            if s.type == "PERSON" and s.j - s.i == 1 and s.i >= 2 and st.w[s.i - 1] == "(" \
                    and s.j < st.n and st.w[s.j] == ")" and getattr(ends.get(s.i - 1), "type", None) == "ORG":
                short.add(st.w[s.i])
    if not short:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and s.j - s.i == 1 and st.w[s.i] in short:
                s.type, s.title = "ORG", None


def _speaking_person(st: _Sentence, s: Span) -> bool:
    """Person span ``s`` has a title or a speech verb beside it (``kata Rosmauli``, ``Rosmauli
    menjelaskan``): evidence stronger than the model's type, which also names companies."""
    if s.title is not None:
        return True
    before = st.low[s.i - 1] if s.i > 0 else ""
    after = st.low[s.j] if s.j < st.n else ""
    after2 = st.low[s.j + 1] if s.j + 1 < st.n else ""
    return before in _SPEECH_BEFORE or after in _SPEECH_AFTER or (after == "," and after2 in _SPEECH_AFTER)


# Words before a name that mark a person: naming words and honorifics (``bernama Sutrisno``, ``Pak Hadi``).
_PERSON_MARKS = HONORIFICS | frozenset({"bernama", "alias", "saudara", "saudari", "menurut"})


def _person_marks(st: _Sentence, s: Span) -> tuple[bool, bool]:
    """(named, spoke): whether span ``s`` is marked as a person by a title, an honorific, a naming
    word or an age (``Hadi (45)``), and whether a speech verb stands beside it."""
    before = st.low[s.i - 1] if s.i > 0 else ""
    named = s.title is not None or before in _PERSON_MARKS or (
        s.j + 2 < st.n and st.w[s.j] == "(" and st.w[s.j + 1].isdigit() and st.w[s.j + 2] == ")")
    return named, _speaking_person(st, s)


# Product nouns that, after a comma, name what the name before them is (``Maung, kendaraan ...``).
_APPOSITION_PRODUCT_NOUNS = brands.PRODUCT_NOUNS - brands.COMMODITY_NOUNS - brands.KIND_WORDS


def _brand_cue(st: _Sentence, s: Span) -> str | None:
    """``ORG``/``PRODUCT`` when the noun before span ``s`` names a company or a product kind
    (``emiten Sritex``, ``mobil mewah seperti Alphard, Lexus``, ``minyak mentah Brent North Sea``).

    Walks back over a list of names (only when commas or ``dan`` make it a list), a list opener
    (``seperti``) and up to two modifiers (``mewah``, ``multinasional``). A name of two or more words
    takes only a crude-oil noun (``minyak``): ``perusahaan Budi Santoso`` may be his company.
    After the name, a maker (``Maung buatan PT Pindad``, ``brands.MADE_BY``) or a product noun in
    apposition (``Maung Pindad, kendaraan buatan dalam negeri``) makes it a product, whatever its length;
    the apposition only with a maker word or modifier after the noun (``data Bapenda, mobil
    berpelat merah itu ...`` is a new clause).
    """
    after = st.low[s.j] if s.j < st.n else ""
    if after in brands.MADE_BY and s.j + 1 < st.n and _cap(st.w[s.j + 1]):
        return "PRODUCT"
    if after == "," and s.j + 2 < st.n and st.low[s.j + 1] in _APPOSITION_PRODUCT_NOUNS \
            and st.low[s.j + 2] in brands.MADE_BY | brands.NOUN_MODIFIERS:
        return "PRODUCT"
    k = s.i - 1
    listed = False
    while k >= 0 and s.i - k <= 16 and (st.w[k] == "," or st.low[k] in brands.LIST_JOINERS
                                         or (_cap(st.w[k]) and st.w[k][:1].isalpha())):
        listed = listed or st.w[k] == "," or st.low[k] in brands.LIST_JOINERS
        k -= 1
    if k >= 0 and st.low[k] in brands.LIST_OPENERS:
        k -= 1
        if k >= 0 and st.w[k] == ",":
            k -= 1
    elif k < s.i - 1 and not listed:
        return None  # capitalised words right before the name, no list: "Bupati Budi"
    for _ in range(3):
        if k < 0 or (_cap(st.w[k]) and st.low[k] not in brands.COMPANY_NOUNS and st.low[k] not in brands.PRODUCT_NOUNS):
            return None  # a capitalised word is a noun only at the sentence start ("Perusahaan seperti")
        w = st.low[k]
        if w in brands.COMMODITY_NOUNS or (s.j - s.i == 1 and w in brands.PRODUCT_NOUNS):
            return "PRODUCT"
        if s.j - s.i == 1 and w in brands.COMPANY_NOUNS:
            return "ORG"
        if w not in brands.NOUN_MODIFIERS:
            return None
        k -= 1
    return None


def _brand_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: bare company, product and benchmark names the model typed PERSON become ORG/PRODUCT.

    ``Chevron memiliki tiga blok``, ``harga minyak Brent``, ``perusahaan seperti Huawei, Tencent``: a
    capitalised word with no cue is a person to the model. A name is retyped in the whole document
    when some use of it has a company or product noun before it (``_brand_cue``), the document writes
    it after a company prefix elsewhere (``PT Sritex`` -> ``Sritex``), or it is a well-known company
    or crude benchmark (``lang/id/brands``); and no use of it marks a person (a title, an honorific,
    ``bernama``, an age, for the noun cues also a speech verb), and no longer person name of the
    document holds it (``Ali`` after ``Ali Mundakir``). One pass over the document's spans.
    """
    kinds: dict[tuple[str, ...], Counter] = {}
    strong: dict[tuple[str, ...], str] = {}
    named: set[tuple[str, ...]] = set()
    spoke: set[tuple[str, ...]] = set()
    placed: set[tuple[str, ...]] = set()  # written as a place somewhere (``di X``): no product
    made = False  # some person span ends with a well-known maker ("Maung Pindad")
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            key = tuple(st.w[s.i:s.j])
            if s.type == "ORG" and s.j - s.i >= 2 and st.w[s.i] in brands.COMPANY_PREFIXES:
                rest = key[1:-1] if key[-1] == "Tbk" else key[1:]
                if rest:
                    kinds.setdefault(rest, Counter())["ORG"] += 1
            made = made or (len(key) >= 2 and key[-1] in brands.KNOWN_COMPANIES and s.type in ("PERSON", "LOC"))
            if s.type == "LOC" and gazetteer.place_kind(" ".join(key)) is None:
                # "mobil Maung" read as a place: a product noun before it outweighs the tagger's guess
                if s.i > 0 and st.low[s.i - 1] in _PLACE_BEFORE:
                    placed.add(key)
                elif _brand_cue(st, s) == "PRODUCT":
                    kinds.setdefault(key, Counter())["PRODUCT"] += 1
            if s.type != "PERSON":
                continue
            n, sk = _person_marks(st, s)
            if n:
                named.add(key)
            if sk:
                spoke.add(key)
            cue = _brand_cue(st, s)
            if cue:
                kinds.setdefault(key, Counter())[cue] += 1
            text = " ".join(key)
            if text in brands.KNOWN_COMPANIES:
                strong[key] = "ORG"
            elif text in brands.BENCHMARKS:
                strong[key] = "PRODUCT"
            elif key[0] in brands.BENCHMARKS and not sk:
                kinds.setdefault(key, Counter())["PRODUCT"] += 1  # "Brent North Sea", not "Brent Hayes mengatakan"
    if not kinds and not strong and not made:
        return
    brand: dict[tuple[str, ...], str] = {}
    for key, votes in kinds.items():
        if key not in named and key not in spoke:
            brand[key] = votes.most_common(1)[0][0]
    for key, typ in strong.items():
        if key not in named:
            brand.setdefault(key, typ)  # the noun before it says more (``mobil mewah seperti Lexus``)
    # a word of a person's full name alone is that person ("Ali" after "Ali Mundakir"); a "name" that
    # holds a company of the document is a product or unit of it ("Maung Pindad" beside "PT Pindad")
    companies = {k[0] for k, t in brand.items() if len(k) == 1 and t == "ORG" and k in kinds} | {
        st.w[s.i] for st, sp in zip(sents, spans, strict=True) for s in sp if s.type == "ORG" and s.j - s.i == 1}
    held = {w for st, sp in zip(sents, spans, strict=True) for s in sp
            if s.type == "PERSON" and s.j - s.i >= 2 and tuple(st.w[s.i:s.j]) not in brand
            and not any(x in companies for x in st.w[s.i:s.j]) for w in st.w[s.i:s.j]}
    for st, sp in zip(sents, spans, strict=True):
        for s in list(sp):
            key = tuple(st.w[s.i:s.j])
            typ = brand.get(key)
            if typ is None and len(key) >= 2 and (key[0],) in brand and key not in named and key not in spoke \
                    and all((w,) in brand or w in companies for w in key[1:]):
                typ = brand[(key[0],)]  # "Maung Pindad": the product and its maker, both of the document
            if typ is None and s.type in ("PERSON", "LOC") and 2 <= len(key) <= 3 \
                    and key[-1] in brands.KNOWN_COMPANIES and key[0] not in brands.KNOWN_COMPANIES \
                    and key not in named and key not in spoke:
                typ = "PRODUCT"  # "menggunakan Maung Pindad": a model name and its well-known maker
            if s.type == "LOC" and typ == "PRODUCT" and key not in placed:
                s.type = typ
                continue
            if s.type != "PERSON" or typ is None or (len(key) == 1 and key[0] in held):
                continue
            s.type, s.title = typ, None
            before = next((o for o in sp if o.j == s.i and o is not s), None)
            if before is not None and " ".join(st.w[before.i:s.j]) in brands.KNOWN_COMPANIES:
                s.i = before.i  # "Saudi Aramco" tagged as a place and a person
                sp.remove(before)
    # the first word of a product name alone is that product ("pakai Maung" after "Maung Pindad")
    models = {st.w[s.i] for st, sp in zip(sents, spans, strict=True) for s in sp
              if s.type == "PRODUCT" and s.j - s.i >= 2 and st.w[s.i][:1].isupper()}
    if not models:
        return
    held = {w for st, sp in zip(sents, spans, strict=True) for s in sp if s.type == "PERSON" and s.j - s.i >= 2
            for w in st.w[s.i:s.j]}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            key = tuple(st.w[s.i:s.j])
            if s.type == "PERSON" and len(key) == 1 and key[0] in models and key not in named \
                    and key not in spoke and key[0] not in held:
                s.type, s.title = "PRODUCT", None


_SEAT_SPEECH_AFTER = frozenset(SPEECH_VERBS)
_SEAT_SPEECH_BEFORE = frozenset(SPEECH_ROOTS) | frozenset(ACCORDING_TO)


def _seat_speaks(st: _Sentence, s: Span) -> bool:
    """Place span ``s`` is the subject or source of a speech verb: ``Gedung Putih mengatakan``,
    ``Istana Kepresidenan, Senin, menegaskan`` is not read (a date between), ``kata pihak Istana``,
    ``menurut Gedung Putih``."""
    k = s.i - 1
    if k >= 0 and st.low[k] in SPEAKER_SIDE_WORDS:
        k -= 1
    if k >= 0 and st.low[k] in _SEAT_SPEECH_BEFORE:
        return True
    j = s.j + 1 if s.j < st.n and st.w[s.j] == "," else s.j
    return j < st.n and st.low[j] in _SEAT_SPEECH_AFTER


def _speaking_seats(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a building housing a government or an office (``SEAT_HEADS``: ``Gedung Putih``,
    ``Istana Kepresidenan``, ``Balai Kota``) that speaks anywhere in the document is the body inside
    it (ORG) everywhere in it: ``Gedung Putih mengatakan`` names the US presidency, and so does ``di
    Gedung Putih`` in the same article for the reader of the dossier. A country or city that speaks
    stays a place (GPE is the actor type of states), and a building that never speaks stays a place
    (``Presiden menerima tamu di Istana Merdeka``). ``Istana`` alone that speaks (``Istana membantah``,
    ``menurut Istana``) is the presidency too (``SEAT_ALONE``), where a capitalised cue word alone is
    otherwise no entity."""
    speaking: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            if s.type == "LOC" and st.low[s.i] in SEAT_HEADS and _seat_speaks(st, s):
                speaking.add(tuple(st.w[s.i:s.j]))
        for k in range(st.n):
            # "Istana membantah ...": the seat word alone, a capitalised cue word no span holds
            if st.low[k] in SEAT_ALONE and _cap(st.w[k]) and not (k + 1 < st.n and _cap(st.w[k + 1])) \
                    and not any(o.i <= k < o.j for o in sp) and _seat_speaks(st, Span(k, k + 1, "ORG")):
                sp.append(Span(k, k + 1, "ORG", source="rule"))
                sp.sort(key=lambda o: o.i)
    if not speaking:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "LOC" and tuple(st.w[s.i:s.j]) in speaking:
                s.type = "ORG"


# Technologies (``RFID``, ``Radio Frequency Identification``): products, not organisations.
_TECHNOLOGIES = frozenset(TECHNOLOGIES) | frozenset(TECHNOLOGIES.values())
# Benchmarks of two words or more, which a longer span may end with (``Light Sweet West Texas Intermediate``).
_LONG_BENCHMARKS = tuple(" " + b for b in brands.BENCHMARKS if " " in b)


def _market_types(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: the types of market and technology names whatever the tagger made of them
    (docs/ner.md, "Eighth QA read"): an exchange is an organisation (``di bursa Nymex``, ``di ICE
    Futures Europe``, read as places after ``di``), a crude benchmark a product (``West Texas
    Intermediate``, typed ORG), a technology a product (``alat RFID``, typed ORG as an unknown
    acronym), and a financial instrument no entity (``pasar Non-Deliverable Forward (NDF)``, read as
    a place). Person spans are left to ``_brand_names``, which weighs the person evidence."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        keep = []
        for s in sp:
            text = " ".join(st.w[s.i:s.j])
            last = st.w[s.j - 1].split("-")[-1]
            if text in brands.INSTRUMENTS or (last in brands.INSTRUMENT_TAILS and (s.j - s.i >= 2 or "-" in st.w[s.i])):
                continue
            keep.append(s)
            if s.type == "PERSON":
                continue
            if text in brands.EXCHANGES:
                s.type = "ORG"
            elif text in brands.BENCHMARKS or text.endswith(_LONG_BENCHMARKS) or text in _TECHNOLOGIES:
                s.type = "PRODUCT"
        sp[:] = keep


def _person_tails(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``Direktur ... Kementerian Keuangan Rosmauli menjelaskan``: an organisation or place
    span that ends in a name the document shows elsewhere as a speaking or titled person (``kata
    Rosmauli``) ends before it; the name is split off as the person. The part left must be a name
    on its own: not a cue word (``PT``, ``Kecamatan``: ``PT Antam`` keeps ``Antam``), a number or
    a single word."""
    names: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        if not st.caseless:
            names.update(tuple(st.w[s.i:s.j]) for s in sp
                         if s.type == "PERSON" and s.source != "doc" and _speaking_person(st, s))
    if not names:
        return
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        added = []
        for s in sp:
            if s.type not in ("ORG", "LOC", "GPE") or s.j - s.i < 2:
                continue
            for t in (3, 2, 1):
                a = s.j - t
                if a <= s.i or tuple(st.w[a:s.j]) not in names or not _cap(st.w[a]) or st.label[a]:
                    continue
                h = a
                while h > s.i and not st.w[h - 1][:1].isalnum():
                    h -= 1  # "Kementerian Keuangan, Purbaya"
                last = st.w[h - 1] if h > s.i else ""
                if (h - s.i < 2 and not last.isupper()) or st.low[h - 1] in _CONNECT or st.low[h - 1] in _HEADS \
                        or st.label[h - 1] in _CUE_LABELS or not last.isalpha() or re.fullmatch(r"[IVX]+", last):
                    break
                p = Span(a, s.j, "PERSON", source="rule")
                st.titles([p])
                if s.type != "ORG" and p.title is None:
                    break  # "Bundaran Simpang Lima Purwodadi": in a place, only an office's holder
                added.append(p)
                s.j = h
                break
        if added:
            sp.extend(added)
            sp.sort(key=lambda s: s.i)


def _common_words(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop one-word names the document itself writes as a common word (``Proyek ini ...``
    when the article says ``proyek`` elsewhere; ``Mobil``, ``Koperasi``, ``Longsor``).

    A word the article writes in lower case at least twice as often as capitalised inside a sentence
    is a common noun capitalised by position (sentence start, after a title, in a heading), not a
    name (``Bulan``, the Moon, written 7 times capitalised and 10 times as ``bulan``, month, stays).
    Gazetteer words (``Batu``, ``Pati``), acronyms and products are kept. One pass of counting over
    the document's tokens.
    """
    low: Counter = Counter()
    mid: Counter = Counter()
    for st in sents:
        if st.caseless:
            return
        for k, w in enumerate(st.w):
            if w.islower():
                low[w] += 1
            elif k > 0 and _cap(w) and st.w[k - 1][:1].islower():
                mid[st.low[k]] += 1
    # words of a titled or speaking person's full name (``Menteri Untung Wibisono``): ``Untung`` alone
    # is that person, whatever ``untung`` (profit) the article writes; an untitled model span such as
    # ``Divisi Manajemen Proyek`` protects nothing
    named = {st.low[k] for st, sp in zip(sents, spans, strict=True) for s in sp
             if s.type == "PERSON" and s.j - s.i >= 2 and _speaking_person(st, s) for k in range(s.i, s.j)}
    # words of the document's longer names (``Pegadaian`` of ``PT Pegadaian``): a name, wherever it stands
    longer = {st.low[k] for st, sp in zip(sents, spans, strict=True) for s in sp if s.j - s.i >= 2
              for k in range(s.i, s.j)}
    for st, sp in zip(sents, spans, strict=True):
        drop = [s for s in sp if s.j - s.i == 1 and s.type in ("PERSON", "ORG", "LOC", "EVENT")
                and _cap(st.w[s.i]) and st.w[s.i].isalpha() and not st.w[s.i].isupper()
                and not st.label[s.i] and s.source not in ("gaz", "product") and st.low[s.i] not in named
                and (low[st.low[s.i]] >= max(1, 2 * mid[st.low[s.i]])
                     or (not mid[st.low[s.i]] and st.low[s.i] not in longer and _opening_noun(st, s.i)))]
        for s in drop:
            sp.remove(s)


# Words before a pseudonym (``sebut saja Mawar``) and after a person (any speech verb: ``Masdar
# menyampaikan``; a role: ``Masdar selaku Kabag``): a person even though the name is a common noun.
_PSEUDONYM_BEFORE = frozenset({"saja", "samaran"})
_LONE_PERSON_AFTER = frozenset(SPEECH_VERBS) | {"selaku"}
# Words between two names of one list (``Rahmat dan Rohmat``, ``Rahmat, Rohmat``).
_LIST_JOINERS = frozenset({",", "dan", "serta", "atau", "&"})


_INITIALS_INTRO = frozenset({"berinisial", "inisial", "insial"})


def _concept_terms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop a name that is wholly a concept or kind-of-thing term (``concepts.TERMS``:
    ``KDRT``, ``IHSG``, ``EBT``), whatever type the model gave it, and type a programme's name
    (``concepts.PROGRAMME_NAMES``: ``Germas``, ``Asta Cita``) as an organisation, never a person or a
    place; a longer name holding one (``Satgas MBG``) stays as it is, a span cut from one (``[Asta]
    Cita``) is the whole name. An organisation whose name ends with an event word
    (``concepts.EVENT_TAILS``: ``... Summit``, ``... Awards``) is that event, an untitled person
    whose name ends with a building's word (``concepts.FACILITY_TAILS``: ``... House``) a place. Letters the article introduces as a person's initials (``berinisial
    PKH``) are that person."""
    long_names = [tuple(n.split()) for n in concepts.PROGRAMME_NAMES if " " in n]
    for st, sp in zip(sents, spans, strict=True):
        drop = []
        for s in sp:
            if s.type == "PERSON" and s.i > 0 and st.low[s.i - 1] in _INITIALS_INTRO:
                continue
            for name in long_names:
                e = s.i + len(name)
                if s.j < e and tuple(st.w[s.i:e]) == name:
                    # "mewujudkan [Asta] Cita Presiden ...": a cut of the programme's name is the whole
                    drop.extend(o for o in sp if o is not s and s.i <= o.i < e)
                    s.j = e
            text = " ".join(st.w[s.i:s.j])
            if text in concepts.TERMS:
                drop.append(s)
            elif text in concepts.PROGRAMME_NAMES and s.type in ("PERSON", "LOC", "GPE"):
                s.type = "ORG"
            elif s.type == "ORG" and s.j - s.i >= 2:
                last = next((w for w in reversed(st.w[s.i:s.j]) if not w.isdigit()), "")
                if last in concepts.EVENT_TAILS:
                    s.type = "EVENT"  # "Forum Nusantara Digital Summit 2025": the summit, not a body
            elif s.type == "PERSON" and s.j - s.i >= 2 and st.w[s.j - 1] in concepts.FACILITY_TAILS \
                    and s.title is None:
                s.type = "LOC"  # "Rowneybury House": a house, not a person
        for s in drop:
            if s in sp:
                sp.remove(s)


def _lone_common_people(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop a one-word person that is a common noun with nothing else in the article making
    it a person (``Stimulan``, ``Sosialis`` in a list of movements, ``Sembako`` in a list of aid).

    The word is a root of the stemmer's dictionary that is no known given name
    (``gazetteer.given_name_roots``: ``Bambang``, ``Untung`` stay) or a common-noun acronym
    (``COMMON_NOUN_ACRONYMS``). Any support keeps every mention: a title, honorific, naming word or
    age at one of them (``Bu Titik``, ``alias Berangus``), a speech verb beside one (``kata Sahara``,
    ``Masdar menyampaikan``), a role after one (``selaku``), another person joined to one by a comma
    or ``dan`` (``Rahmat dan Rohmat``: the twins' names, a spelling the name list lacks), or a longer
    person name of the article holding the word.
    """
    if any(st.caseless for st in sents):
        return
    given = gazetteer.given_name_roots()

    def common(st: _Sentence, s: Span) -> bool:
        w, low = st.w[s.i], st.low[s.i]
        return s.type == "PERSON" and s.j - s.i == 1 and s.source not in ("gaz", "product") and (
            low in COMMON_NOUN_ACRONYMS or (w.isalpha() and not w.isupper() and low not in given and is_root(low)))

    def joined(st: _Sentence, a: Span, b: Span) -> bool:
        return 1 <= b.i - a.j <= 2 and all(st.low[k] in _LIST_JOINERS for k in range(a.j, b.i))

    lone: dict[str, bool] = {}
    longer: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and s.j - s.i >= 2:
                longer.update(st.low[s.i:s.j])
            if not common(st, s):
                continue
            named, spoke = _person_marks(st, s)
            other = (s.i > 0 and st.low[s.i - 1] in _PSEUDONYM_BEFORE) or (
                s.j < st.n and st.low[s.j] in _LONE_PERSON_AFTER) or any(
                o.type == "PERSON" and not common(st, o) and (joined(st, o, s) or joined(st, s, o)) for o in sp)
            lone[st.low[s.i]] = lone.get(st.low[s.i], True) and not (named or spoke or other)
    gone = {w for w, alone in lone.items() if alone and w not in longer}
    if not gone:
        return
    for st, sp in zip(sents, spans, strict=True):
        sp[:] = [s for s in sp if not (s.type == "PERSON" and s.j - s.i == 1 and st.low[s.i] in gone)]


def _unit_bodies(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name opening with a unit word (``Satuan Reserse Kriminal``, ``Sekretariat DPRD``) or
    one that is a unit's or a joint body's short form (``Satreskrim``, ``Setwan``, ``Provos``,
    ``Forkopimda``, ``Himbara``), or a directorate's short name alone (``ke Minerba``), is an organisation: the model reads these capitalised words after
    ``di``/``ke`` as places, or alone in a list as a first name, but they name a police or government
    unit or a body. A person the model glued after it (``Kepala [Diskominfo Banyumas Budi Santoso]``)
    is split off as ``_org_then_person`` splits one after an organisation's full name."""
    persons = _person_words(sents, spans)
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        added: list[Span] = []
        for s in sp:
            if s.type in ("PERSON", "LOC", "GPE", "PLACE") and s.source not in ("gaz", "product") and (
                    st.low[s.i] in UNIT_ACRONYMS or st.low[s.i] in BODY_ACRONYMS
                    or (st.low[s.i] in UNIT_SHORT_NAMES and s.j - s.i == 1 and _cap(st.w[s.i]))
                    or (st.low[s.i] in UNIT_BODY_HEADS and s.j - s.i >= 2)):
                was_person = s.type == "PERSON"
                s.type = "ORG"
                if was_person and s.j - s.i >= 4:
                    others = {p for p in persons if p != tuple(st.w[s.i:s.j])}
                    _org_then_person(st, s, others, {p[0] for p in others}, added)
        if added:
            sp.extend(added)
            sp.sort(key=lambda o: o.i)
            st.titles(added, sp)


def _opening_noun(st: _Sentence, k: int) -> bool:
    """``w[k]`` opens the sentence (after a quote at most) and is a pe-/ke-...-an noun derived from a
    dictionary root (``Kerinduan`` from ``rindu``, ``Pembangunan``), followed by a lower-case word or
    punctuation (not a list of names): a common noun capitalised by its position. Names of that shape (``Pegadaian``) are
    written capitalised inside sentences or in a longer name too, which the caller checks."""
    if not (k == 0 or (k == 1 and st.w[0] in _OPENING_QUOTES)):
        return False
    if k + 1 < st.n and (_cap(st.w[k + 1]) or (st.low[k + 1] in _LIST_WORDS and k + 2 < st.n and _cap(st.w[k + 2]))):
        return False  # "Prihatini dan Wardani (2024)": a list of names
    return bool(_ADMIN_NOUN.match(st.low[k])) and derived_word(st.low[k]) and st.w[k] not in brands.KNOWN_COMPANIES


# Administrative words of an address before a village or district name (``Kel. Petojo``, ``Kec
# Menteng``): the name is a place (``_Sentence.address_parts``).
# Abbreviations only: the full words also head offices (``Kepala desa I Gusti Made ...``).
_ADMIN_ABBR = frozenset({"kel", "kec", "ds"})
# Nouns that open Indonesian neighbourhood names (``Kebun Jeruk``, ``Pondok Labu``, ``Rawa Belong``)
# and no personal name: a person span opening with one is a place.
_NEIGHBOURHOOD_NOUNS = frozenset({"kebun", "kebon", "kampung", "pondok", "pasar", "rawa", "tanah", "gang",
                                  "perumahan", "kompleks", "komplek", "blok"})
# A house or plot number (``12``, ``74-75``, ``X2/2``, ``12A``).
_HOUSE_NUMBER = re.compile(r"^[A-Z]?\d+[A-Za-z]?(?:[-/]\w+)*$")
# Street names honour people (``Jl. Gatot Subroto``, ``Jalan Abdul Muis No. 68``): after these words a
# span is a place, and it stops before house numbers and administrative tails.
_STREET = frozenset({"jl", "jln", "jalan"})
_STREET_TAIL = frozenset({"no", "nomor", "kav", "kel", "kec", "rt", "rw", "blok", "km"})


def _street(words: list[str], s: Span) -> tuple[int, int] | None:
    """Word range ``[street word, end)`` when span ``s`` is the name of a street, else ``None``."""
    def is_street(k: int) -> bool:
        return words[k].rstrip(".").lower() in _STREET

    # ``Jl. MT Haryono``, ``Jalan Kapten Tendean``: up to two capitalised title words may stand
    # between the street word and the name the model found.
    # The abbreviation's full stop may stand between them too (``Jl HR. Rasuna Said``).
    start = next((k for k in range(s.i, max(-1, s.i - 4), -1)
                  if is_street(k) and all(words[m][:1].isupper() or words[m] == "." for m in range(k + 1, s.i))),
                 None)
    if start is None:
        return None
    end = s.j
    for k in range(start + 1, s.j):
        if words[k].rstrip(".").lower() in _STREET_TAIL:
            end = k
            break
    return (start, end) if end > start + 1 else None


# Honorifics written right before a name (``Wakil Menteri Agama Romo [Fulan]``): the person's, not
# the office's, like the ranks of ``_NAME_RANKS``.
_TITLE_TAIL = _NAME_RANKS | frozenset(h.rstrip(".") for h in HONORIFICS)

# Words after a second name that make ``A, B,`` a list of names rather than a name and its appositive.
_LIST_WORDS = frozenset({"dan", "serta", "atau", "&"})


def _appositive_name(st: _Sentence, p: Span, starts: dict[int, Span]) -> bool:
    """Person span ``p`` (written right after ``NAME1,``) stands alone as an appositive: it ends the
    sentence or is closed by a full stop, a bracket or a comma that no further name or ``dan`` follows
    (``pengacara Budi, Rina Sari, kepada wartawan``; not ``Menteri Budi, Rina, dan Santi``)."""
    if p.j >= st.n or st.w[p.j] in (".", "(", ")", ";", ":", "\"", "”"):
        return True
    if st.w[p.j] != ",":
        return False
    nxt = p.j + 1
    return nxt < st.n and st.low[nxt] not in _LIST_WORDS and nxt not in starts


def _opens_phrase(st: _Sentence, a: int) -> bool:
    """Word ``a`` opens a noun phrase: it starts the sentence or follows punctuation, a speech verb,
    a prefixed verb or a preposition (``titles.ROLE_PHRASE_OPENERS``), not a noun that governs it."""
    if a == 0 or not st.w[a - 1][:1].isalnum():
        return True
    before = st.low[a - 1]
    return before in ROLE_PHRASE_OPENERS or before in SPEECH_FORMS or (
        len(before) > 5 and _VERB_START.match(before) is not None and before not in _HEADS)


def _title_owners(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Give each person only a title that governs that person's name. The description of an entity
    is made of these titles, so a title that belongs to someone else names a false role.

    * A title ends before another person's span that is glued to the name (``Direktur ... BI
      [Ramdan] [Denny Prakoso]``): the first name is a name, not part of the office.
    * ``pengacara Jokowi, Yakup Hasibuan,``: the role phrase before ``NAME1,`` is the role of the
      appositive ``NAME2`` (``pengacara Jokowi``), and ``NAME1`` is the one served; a kinship noun
      before it is part of the phrase (``istri Gubernur X Fulan, Fulanah``: the governor keeps his
      title, the wife is ``istri Gubernur X Fulan``).
    * ``Jhony, pengacara Lisa Mariana,``: a title of ``Lisa Mariana`` opening at the head of another
      person's appositive is that person's role, not hers.
    * ``istri almarhum, Rosmala``: a fronted word for the dead is the one who died; with a kinship
      noun before it the phrase is the title (``istri almarhum``), else there is none.
    * Across the article: when ``pengacara Lisa`` opens another person's title, a ``pengacara``
      written right before ``Lisa`` elsewhere is Lisa's lawyer, not Lisa's role.
    """
    roles: list[tuple[str, ...]] = []
    owned: list[tuple[tuple[str, ...], Span]] = []
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        people = sorted((s for s in sp if s.type == "PERSON"), key=lambda s: s.i)
        starts = {s.i: s for s in people}
        for s in people:
            t = s.title
            if t is not None and t[1] == s.i:
                glued = [o for o in people if o is not s and o.j == s.i and o.i >= t[0]]
                if glued:
                    s.title = t = (t[0], glued[0].i) if glued[0].i > t[0] else None
            if t is not None and t[1] == s.i - 1 and st.w[t[1]] == "," \
                    and all(st.low[k].rstrip(".") in DECEASED_TITLES for k in range(*t)):
                kin = t[0] > 0 and st.low[t[0] - 1] in KIN_NOUNS
                s.title = (t[0] - 1, t[1]) if kin else None
        for s in people:
            nxt = starts.get(s.j + 1)
            if nxt is None or st.w[s.j] != "," or not _appositive_name(st, nxt, starts) \
                    or name_prefixes.is_degree_word("".join(st.w[nxt.i:nxt.j]).replace(".", "")) \
                    or any(name_prefixes.is_degree_word(w.replace(".", "")) for w in st.w[nxt.i:nxt.j]):
                continue  # "dr Siti, M.Epid,": a degree after the name, no second person
            a = s.title[0] if s.title is not None and s.title[1] == s.i else s.i
            if nxt.title is not None and nxt.title != (a, s.j):
                continue  # the second name has a title of its own
            kin = a > 0 and st.low[a - 1] in KIN_NOUNS
            if a == s.i and not kin:
                continue  # "Budi, Rina," with no role before them: a list or an address
            if not kin and not _opens_phrase(st, a):
                continue  # "tukang cukur langganan Gubernur X Fulan, Budi": Budi's role is unknown
            nxt.title = (a - 1 if kin else a, s.j)
            if not kin:
                s.title = None
        for q in people:
            if q.title is None or q.title[0] < q.j:
                continue
            for s in people:
                if s is q or s.title is None or s.title[0] != q.title[0] or s.j > q.title[1]:
                    continue
                e = s.j + 1
                if _appositive_name(st, s, starts) and not (e < st.n and _cap(st.w[e]) and st.title_head(e)):
                    s.title = None
                else:  # "Budi, Kepala Dinas X Rina, dan ...": the comma lists office holders
                    q.title = None
                    break
        for s in people:
            if s.title is None:
                continue
            words = tuple(st.low[s.title[0]:s.title[1]])
            if s.title[0] >= s.j or (s.title[1] == s.i - 1 and st.w[s.title[1]] == ","):
                roles.append(words)  # a role set off by commas ("Tigor, pengacara Melati,")
            if s.title[1] == s.i:
                owned.append((words + tuple(st.low[s.i:s.j]), s))
    for phrase, s in owned:
        if any(len(r) >= len(phrase) and r[:len(phrase)] == phrase for r in roles):
            s.title = None


def _title_tail(st: _Sentence, ti: int, tj: int) -> int:
    """End of title words ``ti..tj`` without the ranks, academic titles and honorifics closing it
    (``Kapolsek Tanah Sareal AKP [Fulan]``, ``Kabid Humas Polda X Kombes Pol [Fulan]``): they are
    written before the person's name, so they are the person's, not the office's."""
    while tj - 1 > ti:
        w = st.low[tj - 1].rstrip(".")
        if w == "pol" and tj - 2 > ti and st.low[tj - 2] in RANKS:
            tj -= 2  # "Kombes Pol": the rank and its corps
        elif w in _TITLE_TAIL:
            tj -= 1
        else:
            break
    return tj


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
    _jurisdiction_names(sents, spans)
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
    _acronym_types(sents, spans)
    _gazetteer_initials(sents, spans)
    _bracket_short_forms(sents, spans)
    _inner_brackets(sents, spans)
    _brand_names(sents, spans)
    _speaking_seats(sents, spans)
    _market_types(sents, spans)
    _person_tails(sents, spans)
    _given_name_tails(sents, spans)
    _glued_prefixes(sents, spans)
    _lowercase_phrases(sents, spans)
    _common_words(sents, spans)
    _concept_terms(sents, spans)
    _lone_common_people(sents, spans)
    _unit_bodies(sents, spans)
    _english_slogans(sents, spans)
    _title_owners(sents, spans)
    out: list[Mention] = []
    for si, (sent, toks, sp) in enumerate(zip(doc.sentences, offs, spans, strict=True)):
        streets = [_street(sents[si].w, s) for s in sp]
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
