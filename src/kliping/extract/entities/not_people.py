"""Document passes that take the person reading from things: programmes, units, days, generations.

Discourse openers, lower-case blends and phrases, commemorative days (EVENT), generation
labels and a letter's number (``No TR/442``) are no people; kept together because each drops or retypes a PERSON span.
"""

from __future__ import annotations

from functools import cache

from kliping.extract.entities.person_marks import _age_after, _person_marks, _speaking_person
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import (
    _ADMIN_NOUN,
    _OPEN_QUOTES,
    _OPENING_QUOTES,
    _PERSON_MARKS,
    _UNIT_OPENERS,
    _UPPER,
)
from kliping.ingest.glue import known_word
from kliping.lang.id import name_prefixes
from kliping.lang.id.calendar import DOC_NUMBER_WORDS
from kliping.lang.id.entity_words import (
    COMMEMORATION_AFTER,
    COMMEMORATION_BEFORE,
    GENERATION_HEADS,
    GENERATION_LABELS,
    LEADER_PROGRAMME_WORDS,
    NAMING_NOUNS,
    NAMING_VERB_ADVERBS,
    NAMING_VERBS,
)
from kliping.lang.id.function_words import AND_OR, DEMONSTRATIVES, NAME_AND
from kliping.lang.id.titles import RANKS


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


def _after_programme_noun(st: _Sentence, s: Span, nouns: frozenset[str] = name_prefixes.PROGRAMME_NOUNS) -> bool:
    """A programme noun (``nouns``: ``name_prefixes.PROGRAMME_NOUNS``) right before span ``s`` or
    through one lower-case modifier (``program [MBG]``, ``program prioritas [Asta Cita]``). Shared by
    the person rule below and the programme names of bodies' and places' spans
    (``extract.entities.programmes``, with ``name_prefixes.SCHEME_NOUNS``). An opening quote
    between them is the name's (``istilah 'BPJS Hewan'``)."""
    i = s.i - 1 if s.i > 0 and st.w[s.i - 1] in _OPEN_QUOTES else s.i  # a quote, not a bracket
    for k in (i - 1, i - 2):
        if k < 0:
            break
        if st.low[k] in nouns:
            return k == i - 1 or not _cap(st.w[i - 1])
        if _cap(st.w[k]) or not st.w[k].isalpha():
            break
    return False


def _programme_cue(st: _Sentence, s: Span) -> bool:
    """Span ``s`` names a programme or slogan: a programme noun before it, through one lower-case
    modifier (``program prioritas Asta Cita``), a leader's name after it (``Asta Cita Presiden
    Prabowo``, ``... pemerintahan Prabowo``), or it is the bracketed short form
    of a capitalised run opening with ``Program``/``Gerakan`` (``Program Pengelolaan ... (Prolanis)``)."""
    if _after_programme_noun(st, s) or _named_programme(st, s.i):
        return True
    if s.j + 1 < st.n and st.low[s.j] in LEADER_PROGRAMME_WORDS and st.w[s.j + 1][:1].isupper() \
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
    if k >= 2 and st.low[k - 1] in AND_OR and _cap(st.w[k - 2]):
        k -= 1  # "sebagai Penjamin Emisi dan Sukuk": the second of two roles
    while k > 0 and s.i - k <= 4 and _cap(st.w[k - 1]) and st.w[k - 1][:1].isalpha():
        k -= 1  # "sebagai Joint [Lead Manager]": capitalised words the span left out
    # "berperan sebagai Penjamin Emisi": a role or function; a person is named before "sebagai"
    return k > 0 and st.low[k - 1] == "sebagai"


def _dictionary_words(st: _Sentence, s: Span) -> bool:
    """Span ``s`` is two words or more, all of them dictionary words (``Sahabat Nazir``, ``Sahabat Anak``):
    a programme's name after its office word, no person's."""
    return s.j - s.i >= 2 and all(st.w[k].isalpha() and known_word(st.low[k]) for k in range(s.i, s.j))


def _titled_programme(st: _Sentence, s: Span) -> bool:
    """Person span ``s`` is a programme named on an office word: a programme noun, then a one-word
    title, then two or more dictionary words (``program Jaksa [Sahabat Nazir]``, ``program Polisi
    [Sahabat Anak]``). The title is the programme's first word, not the mark of a person; a real
    holder after ``program Presiden`` has a name no dictionary holds (``program Presiden Prabowo``)."""
    return s.title == (s.i - 1, s.i) and s.i >= 2 and st.low[s.i - 2] in name_prefixes.PROGRAMME_NOUNS \
        and _dictionary_words(st, s)


def _programme_family(st: _Sentence, s: Span, families: set[tuple[str, str]]) -> bool:
    """Person span ``s`` is another programme of a family the article names after a programme noun:
    the same office word before it and the same first word (``Jaksa [Sahabat Anak]`` beside ``program
    Jaksa Sahabat Nazir``), all its words dictionary words."""
    return s.title is not None and s.title[1] == s.i and s.i >= 1 and (st.w[s.i - 1], st.w[s.i]) in families \
        and _dictionary_words(st, s)


def _named_programme(st: _Sentence, i: int) -> bool:
    """``modus ini dikenal dengan nama [Wangiri]``: the name a programme noun (a scheme, a
    movement, a method) is given; the noun is the subject, so the name is no person's."""
    k = i - 1
    if k < 0 or st.low[k] not in NAMING_NOUNS:
        return False
    k -= 1
    if k >= 0 and st.low[k] == "dengan":
        k -= 1
    if k < 0 or st.low[k] not in NAMING_VERBS:
        return False
    k -= 1
    if k >= 0 and (st.low[k] in DEMONSTRATIVES or st.low[k] in NAMING_VERB_ADVERBS):
        k -= 1
    if k >= 0 and st.low[k] in DEMONSTRATIVES:
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


def _not_people(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop person spans that are discourse words opening a sentence or the unit of an
    office (``_unit_words``), and names of programmes and slogans with all their mentions in the
    article.

    A word of a longer person name of the article keeps its opener use (``Mari Elka Pangestu`` ...
    ``Mari, ...``) and its programme use (``Prabowo Subianto`` ... ``program Prabowo``); a programme
    name with a person mark anywhere (title, honorific, age, speech verb) stays a person. A programme
    named on an office word (``program Jaksa Sahabat Nazir``: ``_titled_programme``) and the others of
    its family (``Jaksa Sahabat Anak``: ``_programme_family``) go too, their office word being no
    person's title, unless another use of the name marks a person. One pass over the article's spans.
    """
    long_words: set[str] = set()
    drop: set[tuple[str, ...]] = set()
    titled: set[tuple[str, ...]] = set()
    families: set[tuple[str, str]] = set()
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
            if _titled_programme(st, s):
                titled.add(key)
                families.add((st.w[s.i - 1], st.w[s.i]))
            elif named or spoke:
                marked.add(key)
            if _programme_cue(st, s):
                drop.add(key)
            elif _discourse_opener(st, s):
                openers.append((si, s))
            elif _unit_words(st, s) and not _age_after(st, s.j):
                units.add((si, id(s)))
            elif s.title is not None and s.title[1] == s.i and st.low[s.i - 1] in NAME_AND \
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
    # "program Jaksa Sahabat Nazir" and its family ("Jaksa Sahabat Anak"), unless some other use of
    # the name marks a person
    if families:
        fam: set[tuple[str, ...]] = set()
        fam_marked: set[tuple[str, ...]] = set()
        for st, sp in zip(sents, spans, strict=True):
            for s in sp:
                if s.type != "PERSON":
                    continue
                read = s
                if _programme_family(st, s, families):
                    fam.add(tuple(st.w[s.i:s.j]))
                    read = Span(s.i, s.j, s.type)  # its title is the programme's office word: no mark
                if any(_person_marks(st, read)):
                    fam_marked.add(tuple(st.w[s.i:s.j]))
        drop |= (titled - marked) | (fam - fam_marked)
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
                and st.low[s.i] in GENERATION_HEADS and st.low[s.i + 1] in GENERATION_LABELS]
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
            if (s.i > 0 and st.low[s.i - 1] in COMMEMORATION_BEFORE) \
                    or (s.j < st.n and st.low[s.j] in COMMEMORATION_AFTER) or st.low[s.i + 1] in lower:
                cued.add(key)
    found = cued - marked
    if not found:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and tuple(st.w[s.i:s.j]) in found:
                s.type, s.title, s.source = "EVENT", None, "rule"
                if s.j < st.n and st.low[s.j] in COMMEMORATION_AFTER and _cap(st.w[s.j]) \
                        and not any(o.i == s.j for o in sp):
                    s.j += 1


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


def _letter_numbers(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: drop a span that opens with a document's number word (``calendar.DOC_NUMBER_WORDS``:
    ``No``, ``Nomor``) followed only by a code in capitals or digits (``telegram Panglima No
    TR/442/2025``: the tagger reads ``No TR`` as a person): a letter's reference, no one's name."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        sp[:] = [s for s in sp if not (
            s.j - s.i >= 2 and st.low[s.i].rstrip(".") in DOC_NUMBER_WORDS
            and all(w.isupper() or w.isdigit() for w in st.w[s.i + 1:s.j]))]
