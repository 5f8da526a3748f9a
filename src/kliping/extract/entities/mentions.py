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
from functools import cache

from kliping.extract.entities.model import model_tags
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap, _overlaps
from kliping.extract.entities.tidy import _tidy_spans, _without_currencies, _without_dateline_outlet
from kliping.extract.entities.vocabulary import (
    _ADMIN_NOUN,
    _BANK_WORD,
    _CONNECT,
    _CUE_LABELS,
    _DOSSIER_ORG_SUFFIX,
    _HEADS,
    _NAMEISH_HEADS,
    _NEIGHBOURHOOD_NOUNS,
    _ORG_SUFFIX,
    _ROMAN,
    _SPEECH_AFTER,
    _STREET,
    _STREET_TAIL,
    _TRIGGER_HEADS,
    _TWORDS,
    _UNIT_OPENERS,
    _VERB_START,
)
from kliping.extract.ner_features import STRONG_GPE, lexicon, tokenize_ner
from kliping.ingest.glue import derived_word, is_root, known_word
from kliping.lang.id import brands, concepts, gazetteer, name_prefixes
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
    BALINESE_NAMES,
    BODY_ACRONYMS,
    CASE_ROLE_NOUNS,
    COMMON_NOUN_ACRONYMS,
    DECEASED_TITLES,
    FIELD_NOUNS,
    HONORIFICS,
    INITIALS_ADDRESS_WORDS,
    INITIALS_FORMULA_WORDS,
    OFFICE_HEADS,
    RANKS,
    REGIONAL_AGENCIES,
    ROLE_PHRASE_OPENERS,
    UNIT_ACRONYMS,
    UNIT_BODY_HEADS,
    UNIT_HEADS,
    UNIT_SHORT_NAMES,
)
from kliping.model import Document, Mention
from kliping.text.tokens import letters_in_order

_LETTER = re.compile(r"[^\W\d_]")

_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω]")


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
