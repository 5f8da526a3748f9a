"""Document passes for one-word or common-word spans typed as people.

A word the article also writes as a common noun (``proyek``), a concept term (``KDRT``, ``IHSG``) or
a dictionary root alone (``Stimulan``) is no person unless some use marks one; kept apart because they
all weigh the dictionary and the article's own wording against person marks.
"""

from __future__ import annotations

from collections import Counter

from kliping.extract.entities.person_marks import _person_marks, _speaking_person
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.tidy import _ORG_CUE_WORDS
from kliping.extract.entities.vocabulary import (
    _ADMIN_NOUN,
    _DOSSIER_ORG_SUFFIX,
    _LIST_WORDS,
    _OPENING_QUOTES,
    _ORG_SUFFIX,
    _SKIP_IN_INITIALS,
    _initials,
)
from kliping.ingest.glue import derived_word, is_root, known_word
from kliping.lang.id import brands, concepts, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.cues import SCHOOL_LEVEL_JOINERS, SCHOOL_LEVELS, SPEECH_VERBS
from kliping.lang.id.entity_words import (
    ENGLISH_BODY_WORDS,
    INITIALS_INTRO,
    LAW_NAME_HEADS,
    NAME_LIST_JOINERS,
    PSEUDONYM_BEFORE,
)
from kliping.lang.id.function_words import DISTRIBUTIVES
from kliping.lang.id.titles import (
    COMMON_NOUN_ACRONYMS,
    FACILITY_HEADS,
    FIELD_LIST_HEADS,
    LOCAL_AREA_HEADS,
    STREET_HEADS,
    UNIT_HEADS,
)
from kliping.model import PROGRAMME
from kliping.text.tokens import letters_in_order


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
_LONE_PERSON_AFTER = frozenset(SPEECH_VERBS) | {"selaku"}


# Concept terms whose spelt-out name is that concept too (not a company's legal form: ``PT Pertamina
# (Persero)`` names the company).
_SPELT_TERMS = concepts.TERMS - concepts.LEGAL_FORMS


def _spells_out_term(st: _Sentence, s: Span) -> bool:
    """Span ``s`` of two or more words is the spelt-out name of the concept term in brackets right
    after it (``Indeks Harga Saham Gabungan (IHSG)``, ``High-Efficiency Particulate Air (HEPA)``): the
    term's letters in order in the name (or in it after its first word, a modifier such as
    ``Second``), as for a body's short form. A kind of thing, no entity."""
    b = s.j
    if s.j - s.i < 2 or b + 2 >= st.n or st.w[b] != "(" or st.w[b + 2] != ")" or st.w[b + 1] not in _SPELT_TERMS:
        return False
    term = st.w[b + 1]
    # (a modifier may open the name: "Second Nationally Determined Contribution (NDC)")
    return letters_in_order(term, "".join(st.w[s.i:b])) or letters_in_order(term, "".join(st.w[s.i + 1:b]))


def _role_only_team(st: _Sentence, s: Span) -> bool:
    """Span ``s`` is a team named only by its role (``Tim Pengarah``, ``Tim Kerja Teknis``:
    ``concepts.TEAM_HEADS`` then ``concepts.TEAM_ROLE_WORDS`` alone), a group inside some body the
    sentence may not even name, never an entity of its own; a team with an owner or a name after it
    is kept."""
    return s.j - s.i >= 2 and st.w[s.i] in concepts.TEAM_HEADS \
        and all(w in concepts.TEAM_ROLE_WORDS for w in st.low[s.i + 1:s.j])


def _concept_terms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop a name that is wholly a concept or kind-of-thing term (``concepts.TERMS``:
    ``KDRT``, ``IHSG``, ``EBT``, ``AI``) or a team named only by its role (``Tim Pengarah``:
    :func:`_role_only_team`), whatever type the model gave it, and type a programme's name
    (``concepts.PROGRAMME_NAMES``: ``Germas``, ``Asta Cita``) a programme (``kliping.model.PROGRAMME``:
    the linker's key, no entity); the spelt-out name of a
    term in brackets after it is the term too (``Indeks Harga Saham Gabungan (IHSG)``), never a person or a
    place; a longer name holding one (``Satgas MBG``) stays as it is, a span cut from one (``[Asta]
    Cita``) is the whole name. An organisation whose name ends with an event word
    (``concepts.EVENT_TAILS``: ``... Summit``, ``... Awards``) is that event, and so is a body or a
    place whose name ends with a race's word (``concepts.RACE_TAILS``: ``Ngawi Run 2025``); an untitled person
    whose name ends with a building's word (``concepts.FACILITY_TAILS``: ``... House``) a place. Letters the article introduces as a person's initials (``berinisial
    PKH``) are that person."""
    long_names = [tuple(n.split()) for n in concepts.PROGRAMME_NAMES if " " in n]
    for st, sp in zip(sents, spans, strict=True):
        drop = []
        for s in sp:
            if s.type == "PERSON" and s.i > 0 and st.low[s.i - 1] in INITIALS_INTRO:
                continue
            for name in long_names:
                e = s.i + len(name)
                if s.j < e and tuple(st.w[s.i:e]) == name:
                    # "mewujudkan [Asta] Cita Presiden ...": a cut of the programme's name is the whole
                    drop.extend(o for o in sp if o is not s and s.i <= o.i < e)
                    s.j = e
            text = " ".join(st.w[s.i:s.j])
            if text in concepts.TERMS or _spells_out_term(st, s) or _role_only_team(st, s):
                drop.append(s)
            elif text in concepts.PROGRAMME_NAMES:
                s.type = PROGRAMME  # "program MBG": a key of the linker, no entity
            elif s.type in ("ORG", "LOC", "GPE") and s.j - s.i >= 2:
                last = next((w for w in reversed(st.w[s.i:s.j]) if not w.isdigit()), "")
                if (s.type == "ORG" and last in concepts.EVENT_TAILS) or last in concepts.RACE_TAILS:
                    s.type = "EVENT"  # "Forum Nusantara Digital Summit 2025": the summit, not a body
            elif s.type == "PERSON" and s.j - s.i >= 2 and st.w[s.j - 1] in concepts.FACILITY_TAILS \
                    and s.title is None:
                s.type = "LOC"  # "Rowneybury House": a house, not a person
        for s in drop:
            if s in sp:
                sp.remove(s)


# A street's, a local area's and a facility's head words (``_heads_and_distributives``).
_PLACE_HEADS = STREET_HEADS | LOCAL_AREA_HEADS | FACILITY_HEADS


def _heads_and_distributives(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop a place's or a street's head word typed a name alone (``titles.STREET_HEADS``,
    ``LOCAL_AREA_HEADS``, ``FACILITY_HEADS``: ``di dalam Gang yang ...``, ``warga Desa``), a common
    noun capitalised for respect or by habit, and a span opening with a distributive (``DISTRIBUTIVES``:
    ``Setiap Orang dengan sengaja ...``, a law's wording) whose other words are dictionary words: any
    person, no entity. A head with its name (``Gang Mawar``) or a distributive before a name is kept."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        sp[:] = [s for s in sp if not (
            (s.j - s.i == 1 and s.type in ("LOC", "GPE", "ORG") and _cap(st.w[s.i]) and st.low[s.i] in _PLACE_HEADS)
            or (s.j - s.i >= 2 and st.low[s.i] in DISTRIBUTIVES
                and all(st.w[k].isalpha() and known_word(st.low[k]) for k in range(s.i + 1, s.j))))]


def _school_levels(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop a school level written short and alone (``cues.SCHOOL_LEVELS``: ``TK``, ``PAUD``,
    ``MA``) with another level right before or after it across a joiner (``SCHOOL_LEVEL_JOINERS``:
    ``siswa dari [TK] hingga SMA``, ``SMA/SMK/[MA]/sederajat``): a range or list of levels of
    schooling names no school, and ``MA`` there is no court. A level with a number or name after it
    (``TK Cemara``, ``SMA Negeri 1``) is a school and is kept."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        sp[:] = [s for s in sp if not (s.j - s.i == 1 and st.low[s.i] in SCHOOL_LEVELS and st.w[s.i].isupper()
                                       and (_level_beside(st, s.i, -1) or _level_beside(st, s.i, 1)))]


def _level_beside(st: _Sentence, k: int, step: int) -> bool:
    """Word ``k``'s neighbour on the ``step`` side, past one joiner, is a school level written alone."""
    x = k + step
    if not 0 <= x < st.n or st.low[x] not in SCHOOL_LEVEL_JOINERS:
        return False
    y = x + step
    if not (0 <= y < st.n and st.low[y] in SCHOOL_LEVELS and st.w[y].isupper()):
        return False
    z = y + step  # "SMA [Negeri 1]": the level with its number is a school, no level
    return not (step > 0 and z < st.n and (_cap(st.w[z]) or st.w[z][:1].isdigit()) and st.low[z] not in SCHOOL_LEVEL_JOINERS)


def _title_cased_terms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop a two-word name typed a body or a place that the article also writes with its
    second word in lower case after the same first word (``daun sembung (Blumea balsamifera)`` and,
    in a title, ``(Blumea Balsamifera)``): a Latin species name or a term capitalised in a heading,
    which the article's own plain spelling shows is no name. A word the lexicon knows (a place, a
    place's or a body's head: ``Kota Medan`` beside a slip ``Kota medan``) keeps the name."""
    plain: set[tuple[str, str]] = set()
    for st in sents:
        if st.caseless:
            return
        for k in range(st.n - 1):
            if _cap(st.w[k]) and st.w[k].isalpha() and st.w[k + 1].isalpha() and st.w[k + 1].islower():
                plain.add((st.w[k], st.w[k + 1]))
    if not plain:
        return
    for st, sp in zip(sents, spans, strict=True):
        sp[:] = [s for s in sp if not (s.j - s.i == 2 and s.type in ("ORG", "LOC", "GPE") and _cap(st.w[s.i + 1])
                                       and (st.w[s.i], st.low[s.i + 1]) in plain
                                       and not st.label[s.i] and not st.label[s.i + 1])]


def _english_terms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an organisation span of English dictionary words giving three initials or more that spells the
    bracketed short form right after it (``Learning Management System (LMS)``, ``New Collective
    Quantified Goal (NCQG)``), ends with no word closing a body's name (``vocabulary._ORG_SUFFIX``,
    ``_DOSSIER_ORG_SUFFIX``: ``Asian Development Bank (ADB)``, ``World Health Organization (WHO)``)
    and holds no body's word (``ENGLISH_BODY_WORDS``) is a term, a system or a goal: typed a programme with its short form
    (``kliping.model.PROGRAMME``, the linker's key, no entity). The same holds for a short form the
    tagger typed a body alone, in brackets after such words it left untagged (``Low-Cost Sensor
    (LCS)``, ``Climate Resilient and Inclusive Cities (CRIC)``: a hyphen's parts each give an
    initial), and for a plural short form (``Climate Action Plans (CAPs)``)."""
    terms: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            b = s.j
            if s.type != "ORG":
                continue
            if s.j - s.i == 1 and s.i >= 2 and st.w[s.i - 1] == "(" and b < st.n and st.w[b] == ")":
                words = _untagged_spelling(st, sp, s.i - 1, st.w[s.i])  # "Low-Cost Sensor ([LCS])"
                if words is not None and _english_term(words, st.w[s.i]):
                    terms.update((" ".join(words), st.w[s.i]))
                    s.type = PROGRAMME
                continue
            if b + 2 >= st.n or st.w[b] != "(" or st.w[b + 2] != ")":
                continue
            short, words = st.w[b + 1], st.w[s.i:s.j]
            initials = _initials(words)
            if len(initials) >= 3 and initials == _singular_short(short) and _english_term(words, short):
                terms.update((" ".join(words), short))
                s.type = PROGRAMME
    if not terms:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type in ("ORG", "LOC", "GPE", "PERSON") and " ".join(st.w[s.i:s.j]) in terms:
                s.type = PROGRAMME


def _singular_short(short: str) -> str:
    """A short form without its plural ``s`` (``CAPs`` -> ``CAP``)."""
    return short[:-1] if len(short) > 2 and short.endswith("s") and short[:-1].isupper() else short


def _english_term(words: list[str], short: str) -> bool:
    """``words`` spelling ``short`` are a term, not a body: a short form that is no known
    abbreviation or company, English dictionary words (a hyphen's parts each one), no word closing a
    body's name last and no body word."""
    if not _short_form(_singular_short(short)) or short in ABBREVIATIONS or short in brands.KNOWN_COMPANIES:
        return False
    if not all(_english_word(p) for w in words for p in w.split("-")):
        return False
    return not (words[-1] in _ORG_SUFFIX or words[-1] in _DOSSIER_ORG_SUFFIX
                or any(w in ENGLISH_BODY_WORDS for w in words))


def _untagged_spelling(st: _Sentence, sp: list[Span], b: int, short: str) -> list[str] | None:
    """The capitalised words right before the bracket at ``b`` that no span covers and whose initials
    spell ``short`` (two or more besides the function words between them), else None."""
    want = _singular_short(short)
    for a in range(b - 1, max(-1, b - 2 * len(want) - 2), -1):
        if any(o.i < b and a < o.j for o in sp):
            return None
        words = st.w[a:b]
        if not _cap(words[0]):
            continue
        if sum(1 for w in words if w.casefold() not in _SKIP_IN_INITIALS) >= 2 and _initials(words) == want \
                and all(_cap(w) or w.casefold() in _SKIP_IN_INITIALS for w in words):
            return words
    return None


def _english_word(w: str) -> bool:
    """``w`` is an English dictionary word, or one with an inflection (``Quantified``, ``Goals``)."""
    if gazetteer.is_english_word(w):
        return True
    low = w.casefold()
    stems = [low[:-1], low[:-2], low[:-3]] if low.endswith(("ed", "es", "s", "ing")) else []
    if low.endswith(("ied", "ies")):
        stems.append(low[:-3] + "y")  # "Quantified", "Cities"
    return any(len(x) >= 3 and gazetteer.is_english_word(x) for x in stems)


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
        return 1 <= b.i - a.j <= 2 and all(st.low[k] in NAME_LIST_JOINERS for k in range(a.j, b.i))

    lone: dict[str, bool] = {}
    longer: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and s.j - s.i >= 2:
                longer.update(st.low[s.i:s.j])
            if not common(st, s):
                continue
            named, spoke = _person_marks(st, s)
            other = (s.i > 0 and st.low[s.i - 1] in PSEUDONYM_BEFORE) or (
                s.j < st.n and st.low[s.j] in _LONE_PERSON_AFTER) or any(
                o.type == "PERSON" and not common(st, o) and (joined(st, o, s) or joined(st, s, o)) for o in sp)
            lone[st.low[s.i]] = lone.get(st.low[s.i], True) and not (named or spoke or other)
    gone = {w for w, alone in lone.items() if alone and w not in longer}
    if not gone:
        return
    for st, sp in zip(sents, spans, strict=True):
        sp[:] = [s for s in sp if not (s.type == "PERSON" and s.j - s.i == 1 and st.low[s.i] in gone)]


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


# Organisation cue words (``tidy._ORG_CUE_WORDS``), lower case (``badan``, ``yayasan``): a spelt-out
# name opening with one is a body's.
_ORG_CUES = frozenset(w.casefold() for w in _ORG_CUE_WORDS)



def _spells_initials(short: str, words: list[str]) -> tuple[str, ...] | None:
    """The run of lower-case ``words`` (commas allowed between them) whose initials spell ``short``,
    longest first: the function words and commas of a spelt-out term are no initials
    (``engineering, procurement and construction`` spells ``EPC``)."""
    for k in range(len(words)):
        kept = [w for w in words[k:] if w not in _SKIP_IN_INITIALS and w != ","]
        if kept and words[k] not in _SKIP_IN_INITIALS and words[k] != "," \
                and "".join(w[0] for w in kept) == short.lower():
            return tuple(w for w in words[k:] if w != ",")
    return None


def _lower_or_comma(w: str) -> bool:
    return w == "," or (w.isalpha() and w.islower())


def _lowercase_expansion(st: _Sentence, b: int) -> tuple[tuple[str, ...], str] | None:
    """The lower-case words whose initials spell an all-capitals short form and the short form, where
    the one is in brackets right after the other: the words before the bracket at ``b`` (``pajak bumi
    dan bangunan (PBB)``, ``quality control (QC)``, ``engineering, procurement and construction
    (EPC)``) or inside it after the short form before it (``MICE (meetings, incentives, conventions,
    dan exhibitions)``); else None."""
    if b >= st.n or st.w[b] != "(":
        return None
    if b + 2 < st.n and st.w[b + 2] == ")" and _short_form(st.w[b + 1]):
        short = st.w[b + 1]
        a = b
        while a > 0 and b - a < 2 * len(short) + 3 and _lower_or_comma(st.w[a - 1]):
            a -= 1
        words = _spells_initials(short, st.low[a:b])
        return (words, short) if words else None
    if b > 0 and _short_form(st.w[b - 1]):
        short = st.w[b - 1]
        e = b + 1
        while e < st.n and e - b <= 2 * len(short) + 3 and _lower_or_comma(st.w[e]):
            e += 1
        if e < st.n and st.w[e] == ")" and e > b + 1 and st.w[b + 1] != ",":
            words = _spells_initials(short, st.low[b + 1:e])
            if words and len(words) == len([w for w in st.low[b + 1:e] if w != ","]):
                return words, short
    return None


def _short_form(w: str) -> bool:
    """An all-capitals short form of two to six letters (``PBB``, ``MICE``)."""
    return 2 <= len(w) <= 6 and w.isalpha() and w.isupper()


def _law_short_forms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: the short form in brackets after a law's spelt-out name (``LAW_NAME_HEADS`` opening
    it: ``pasal Undang-Undang Informasi dan Transaksi Elektronik (UUITE)``) names that law, no body nor
    place: every one-word mention of it in the article is typed a programme (``kliping.model.PROGRAMME``,
    no entity, the linker's key: dropped, the article's law no longer keyed its storyline, and
    detik-dev per-topic storylines took one wrong merge). Its letters must spell the name (a body's
    bracket after a law, ``UU ... (DPR)``, is no short form of it)."""
    laws: set[str] = set()
    for st in sents:
        if st.caseless:
            return
        for b in range(2, st.n - 2):
            if st.w[b] != "(" or st.w[b + 2] != ")" or not st.w[b + 1].isalpha() or st.w[b + 1].islower():
                continue
            a = b - 1
            while a > 0 and (_cap(st.w[a - 1]) or (st.low[a - 1] in _SKIP_IN_INITIALS and a - 1 > 0)) \
                    and st.low[a] not in LAW_NAME_HEADS:
                a -= 1
            if st.low[a] in LAW_NAME_HEADS and letters_in_order(st.w[b + 1], "".join(st.w[a:b])):
                laws.add(st.w[b + 1])
    if not laws:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.j - s.i == 1 and st.w[s.i] in laws:
                s.type = PROGRAMME


def _capitalised_other_meanings(st: _Sentence, sp: list[Span]) -> set[str]:
    """Known bodies' short forms (``ABBREVIATIONS``) the sentence introduces in brackets after a
    capitalised name they spell word for word but that is not the known body's (``Pajak Kendaraan
    Bermotor (PKB)``, a tax, not the party; ``Perjanjian Kerja Sama (PKS)``, an agreement): no body
    span covers the name (``Asian Development Bank (ADB)`` is the bank the list knows in Indonesian)
    and no word of it is a body's head (``Organization of Petroleum Exporting Countries (OPEC)``). The
    short form names that thing in the article."""
    out: set[str] = set()
    for b in range(2, st.n - 2):
        if st.w[b] != "(" or st.w[b + 2] != ")":
            continue
        short = st.w[b + 1]
        known = ABBREVIATIONS.get(short)
        if known is None or known[1] != "ORG" or not _short_form(short):
            continue
        a = b
        while a > 0 and b - a < len(short) + 2 and (_cap(st.w[a - 1]) or st.low[a - 1] in _SKIP_IN_INITIALS):
            a -= 1
        while a < b and st.low[a] in _SKIP_IN_INITIALS:
            a += 1
        parts = [p for w in st.w[a:b] for p in w.split("-") if p and p.casefold() not in _SKIP_IN_INITIALS]
        if not parts or "".join(p[0] for p in parts) != short or " ".join(st.w[a:b]).casefold() == known[0].casefold():
            continue
        if st.low[a] in UNIT_HEADS or st.low[a] in FIELD_LIST_HEADS or st.low[a] in _ORG_CUES or st.label[a] \
                or any(w in _ORG_SUFFIX or w in _DOSSIER_ORG_SUFFIX for w in st.w[a:b]):
            continue  # "Organization of Petroleum Exporting Countries (OPEC)": the body in English
        if any(s.type == "ORG" and s.i < b and s.j > a for s in sp):
            continue
        out.add(short)
    return out


def _lowercase_spelt_terms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a known body's or place's short form (``ABBREVIATIONS``: ``PBB``, the United Nations)
    that the article introduces in brackets after another, lower-case spelt-out name (``pajak bumi
    dan bangunan (PBB)``, the land and building tax) names that kind of thing there, no entity: every
    mention of it in the article is dropped (the tax had joined the United Nations). Kept are an
    organisation's known name merely written in lower case (``komisi pemberantasan korupsi (KPK)``),
    a programme's name (``concepts.PROGRAMME_NAMES``) and a spelt-out name opening with a body's head
    word (``satuan ...``, ``badan ...``). A short form no list knows (``wajib pajak (WP)``, ``standard
    operating procedure (SOP)``) names a kind of thing too, but is typed a programme
    (``kliping.model.PROGRAMME``: the linker's key, no entity) rather than dropped: dropping them all
    was measured to cost the per-topic event clustering one wrong merge (docs/ner.md, "Twenty-fourth
    round"). A known body's short form spelt out in capitals as something else that no span takes
    for a body (:func:`_capitalised_other_meanings`: ``Pajak Kendaraan Bermotor (PKB)``, not the
    party) is dropped the same way."""
    if any(st.caseless for st in sents):
        return
    terms: set[str] = set()
    unknown: set[str] = set()
    for st in sents:
        for b in range(st.n):
            found = _lowercase_expansion(st, b)
            if found is None:
                continue
            words, short = found
            known = ABBREVIATIONS.get(short)
            if words[0] in UNIT_HEADS or words[0] in FIELD_LIST_HEADS or words[0] in _ORG_CUES:
                continue
            if known is None:
                unknown.add(short)
            elif known[0].lower().split() != list(words) and short not in concepts.PROGRAMME_NAMES:
                terms.add(short)
    for st, sp in zip(sents, spans, strict=True):
        terms.update(_capitalised_other_meanings(st, sp))
    if not terms and not unknown:
        return
    for st, sp in zip(sents, spans, strict=True):
        sp[:] = [s for s in sp if not (s.j - s.i == 1 and st.w[s.i] in terms)]
        for s in sp:
            if s.j - s.i == 1 and st.w[s.i] in unknown:
                s.type = PROGRAMME
