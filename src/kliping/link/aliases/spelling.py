"""One name spelt two ways: the tests behind the misspelling merges of
:func:`~kliping.link.aliases.resolution.resolve` (one part within two edits, old and new Indonesian
spellings, a gendered pair, an organisation's typo), a one-word name spelt two ways in one article,
a partial name misspelling a longer one, and the short forms of names merged as spellings.

Apart because spelling merges are reported as name variants and have their own letter-count
thresholds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.fuzz import ratio

from kliping.lang.id import gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS, LEGAL_FORM_AFTER, LEGAL_FORM_BEFORE
from kliping.lang.id.alias_words import AGENT_NOUN_PREFIX, PROCESS_NOUN_SUFFIX
from kliping.lang.id.name_prefixes import NAME_OPENERS
from kliping.lang.id.titles import NAME_PARTICLES
from kliping.link.aliases.forms import Form, Mentions, UnionFind
from kliping.link.aliases.keys import PLACE_TYPES, _known_word, key_tokens, normalize_key
from kliping.link.aliases.roles import _office_title, _title_key
from kliping.model import Evidence

# Misspelling merge: rapidfuzz ratio on the normalised keys at or above this, and the one differing
# name part within this many edits. Chosen so ``Shin Wok-sik``/``Shin Won-sik`` (ratio 91) merge and
# ``Kim Jong-un``/``Kim Jong-il`` (ratio 78) do not.
MISSPELLING_MIN_RATIO = 90.0
MISSPELLING_MAX_EDITS = 2
# An organisation's name merges with one differing by a typo in a word of at least this many letters.
ORG_TYPO_MIN_LETTERS = 6


def _one_part_differs(a: list[str], b: list[str]) -> bool:
    """Same number of parts, same family name (first or last part), exactly one part a small edit."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 1:
        return False
    if a[0] != b[0] and a[-1] != b[-1]:
        return False
    k = diff[0]
    return Levenshtein.distance(a[k], b[k]) <= MISSPELLING_MAX_EDITS


def _one_inner_letter(a: list[str], b: list[str]) -> bool:
    """Two names of three or more parts with the same first and last part whose one other part
    differs by a single letter (``Ali Ghufron Mukti`` / ``Ali Gufron Mukti``): one name misspelt, so
    the same office is evidence enough across stories; two people rarely share two of three names
    and an office."""
    if len(a) != len(b) or len(a) < 3 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    diff = [k for k in range(1, len(a) - 1) if a[k] != b[k]]
    return len(diff) == 1 and Levenshtein.distance(a[diff[0]], b[diff[0]]) == 1


# Old (pre-1972) and new Indonesian spellings of one sound, and doubled letters: ``Soeparno`` /
# ``Suparno``, ``Djoko`` / ``Joko``, ``Eddy`` / ``Edi``, ``Doddy`` / ``Dody``.
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"))
_DOUBLE = re.compile(r"(.)\1+")


def _old_spelling(parts: list[str]) -> tuple[str, ...]:
    """Name parts with the old Indonesian spelling made new only (doubled letters and ``y`` kept)."""
    out = []
    for p in parts:
        for old, new in _SPELLINGS:
            p = p.replace(old, new)
        out.append(p)
    return tuple(out)


def _spelling(parts: list[str]) -> tuple[str, ...]:
    """Name parts in one spelling (old Indonesian spelling made new, doubled letters single, a
    final ``y`` an ``i``), to tell two spellings of one name from two names."""
    out = []
    for p in _old_spelling(parts):
        p = _DOUBLE.sub(r"\1", p)
        out.append(p[:-1] + "i" if p.endswith("y") and len(p) > 2 else p)
    return tuple(out)


def _gendered_pair(a: list[str], b: list[str]) -> bool:
    """The one differing part is a male/female pair of one name (``Putra``/``Putri``,
    ``Dewa``/``Dewi``, ``Hartono``/``Hartoni``): siblings, not a misspelling."""
    diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return len(x) == len(y) and x[:-1] == y[:-1] and {x[-1], y[-1]} in ({"a", "i"}, {"o", "i"})


def _org_typo(a: list[str], b: list[str]) -> bool:
    """Two organisation names (casefolded words, same count) alike but for a typo in one long word:
    ``Indopersada``/``Indopersasa``, ``Penyelenggara``/``Penyelenggaraan``, ``Caverage``/``Coverage``.
    Short or numbered words differ on purpose (``Komisi I``/``Komisi II``, ``Kementerian LH``/``PU``);
    a word under nine letters may differ by one edit only (``Demokrat``/``Demokrasi`` stay apart),
    two neighbouring letters swapped counting as one (``Montrado``/``Montardo``: a slip of the keys)."""
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 1:
        return False
    x, y = a[diff[0]].rstrip(","), b[diff[0]].rstrip(",")  # (a comma lists the name's fields)
    shortest = min(len(x), len(y))
    if shortest < ORG_TYPO_MIN_LETTERS or not (x.isalpha() and y.isalpha()) or _gendered_pair([x], [y]):
        return False
    if _known_word(x) and _known_word(y):  # Badung / Bandung, Binjai / Sinjai: two places, no typo
        return False
    return OSA.distance(x, y) <= (1 if shortest < 9 else 2) and ratio(" ".join(a), " ".join(b)) >= MISSPELLING_MIN_RATIO


# A name of any kind but a person's misspelt in one word (``Brent Nort Sea`` / ``Brent North Sea``):
# the word has at least this many letters (``Komisi I`` / ``II``, ``Lau`` / ``Laut`` are left alone),
# and the rest of the name this many words for the two to be one across stories.
ONE_WORD_TYPO_MIN_LETTERS = 5
ONE_WORD_TYPO_REST_WORDS = 2
_LEGAL_FORMS = frozenset(w.upper() for w in LEGAL_FORM_BEFORE | LEGAL_FORM_AFTER)


def _known_name(word: str) -> bool:
    """A word spelt as meant: a gazetteer place, district or region, a word of the cue lists
    (:func:`_known_word`) or a place or body short form (``Sumsel``, ``Sulsel``)."""
    return _known_word(word.casefold()) or word in ABBREVIATIONS or word in gazetteer.districts() \
        or word in gazetteer.regions()


def _one_word_typo(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two names (their words as written, as many of them, two or more) alike but for one word of
    :data:`ONE_WORD_TYPO_MIN_LETTERS`+ letters written with one letter added, dropped or changed, or
    two neighbours swapped (``Nort`` / ``North``, ``Puskesms`` / ``Puskesmas``, ``Indonesian`` /
    ``Indonesia``), or an agent noun written as its process noun (:func:`_agent_and_process_noun`). Not a word with digits or in capitals (``RT 06/04`` / ``RT 07/04``,
    ``PEFINDO`` / ``Pelindo``: numbers and acronyms differ on purpose), a male/female pair
    (:func:`_gendered_pair`), or two words both spelt as meant (:func:`_known_name`: ``Pemerintah
    Kabupaten Badung`` / ``Bandung``, ``Pemerintah Provinsi Sumsel`` / ``Sulsel`` are two)."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [k for k in range(len(a)) if a[k].casefold() != b[k].casefold()]
    if len(diff) != 1:
        return False
    # (a comma after the word is the name's list of fields, no letter of it: "Badan Metereologi,
    # Klimatologi, dan Geofisika")
    x, y = a[diff[0]].rstrip(","), b[diff[0]].rstrip(",")
    if not (x.isalpha() and y.isalpha()) or x.isupper() or y.isupper() \
            or max(len(x), len(y)) < ONE_WORD_TYPO_MIN_LETTERS:
        return False
    xf, yf = x.casefold(), y.casefold()
    if _agent_and_process_noun(xf, yf):
        return True
    if OSA.distance(xf, yf) != 1 or _gendered_pair([xf], [yf]):
        return False
    return not (_known_name(x) and _known_name(y))


def _agent_and_process_noun(x: str, y: str) -> bool:
    """``penyelenggara`` / ``penyelenggaraan``: one casefolded word the agent noun (``peN-``, of
    :data:`ONE_WORD_TYPO_MIN_LETTERS`+ letters), the other its process noun (``-an``), the slip of a
    body's name news makes (``Badan Penyelenggaraan Haji``); not a typo, so no one-edit limit."""
    short, long = sorted((x, y), key=len)
    return len(short) >= ONE_WORD_TYPO_MIN_LETTERS and short.startswith(AGENT_NOUN_PREFIX) \
        and long == short + PROCESS_NOUN_SUFFIX


def _one_word_typos(groups: dict[str, list[Form]], events: Callable[[str], set[str]]) -> list[tuple[str, str]]:
    """``(root, root)`` of two entities of one kind, neither a person's, whose names (the most
    frequent written with two or more words) are one misspelt in one word (:func:`_one_word_typo`):
    within one event (``Puskesmas Kairatu`` / ``Puskesms Kairatu`` in one report), or across stories
    when the rest of the name is :data:`ONE_WORD_TYPO_REST_WORDS`+ words (a legal form such as ``PT``
    not counted) and the two are no places
    (``Brent North Sea`` / ``Brent Nort Sea``; ``Korps Adhyaksa`` / ``Adhiyaksa`` of two stories stay
    apart, one word in common being too little). People have their own rules (titles, events:
    :func:`~kliping.link.aliases.resolution.resolve`); two streets of two towns may differ by one
    letter (``Jalan Sultan Agung`` / ``Jalan Sultan Ageng``)."""
    words: dict[str, tuple[str, list[str]]] = {}
    for r, fs in groups.items():
        typ = Counter(f.type for f in fs).most_common(1)[0][0]
        named = Counter(f.full for f in fs if len(f.full.split()) >= 2)
        if typ != "PERSON" and named:
            words[r] = (typ, named.most_common(1)[0][0].split())
    # names alike but for word k meet in bucket k
    buckets: dict[tuple[str, int, tuple[str, ...]], list[str]] = defaultdict(list)
    for r, (typ, ws) in words.items():
        for k in range(len(ws)):
            buckets[(typ, k, tuple(w.casefold() for w in ws[:k] + ws[k + 1:]))].append(r)
    out: list[tuple[str, str]] = []
    for (typ, _k, rest), bucket in buckets.items():
        named_rest = [w for w in rest if w.upper() not in _LEGAL_FORMS]  # (``PT`` names no one)
        across = typ not in PLACE_TYPES and len(named_rest) >= ONE_WORD_TYPO_REST_WORDS
        for x in range(len(bucket)):
            for y in range(x + 1, len(bucket)):
                a, b = bucket[x], bucket[y]
                if _one_word_typo(words[a][1], words[b][1]) and (across or events(a) & events(b)):
                    out.append((a, b))
    return out


# A one-word name spelt two ways in one article has at least this many letters (``Dedi`` and
# ``Dodi`` in one story are more likely two people).
ONE_NAME_VARIANT_MIN_LETTERS = 5
_VOWELS = frozenset("aeiou")


def _one_name_spellings(mentions: Mentions, articles: Sequence[Evidence]) -> list[tuple[str, str]]:
    """``(key, key)`` of one-word person names one article spells two ways: ``Mamet`` and
    ``Memet``, the same coordinator quoted in turn. The two differ in one inner vowel (not the first
    letter, not the last: ``Dewa`` / ``Dewi`` are two people), have at least
    :data:`ONE_NAME_VARIANT_MIN_LETTERS` letters, never share a sentence (``Mamet dan Memet`` are
    two), no full name of the article takes either, and the one introduced later comes without a
    title, role or age of its own (a second person is introduced as one)."""
    out: list[tuple[str, str]] = []
    for local in mentions.by_article.values():
        ones: dict[str, list[Form]] = defaultdict(list)
        for f in local:
            if f.type == "PERSON" and f.key and f.text == f.full and f.full.isalpha() and not f.common \
                    and len(f.full) >= ONE_NAME_VARIANT_MIN_LETTERS:
                ones[f.full.casefold()].append(f)
        if len(ones) < 2:
            continue
        names = sorted(ones, key=lambda w: min((f.sentence, f.mention) for f in ones[w]))
        for x, first in enumerate(names):
            for later in names[x + 1:]:
                swapped = _vowels_swapped(first, later)
                if (swapped or _inner_vowel_differs(first, later)) \
                        and _same_one_person(articles, ones[first], ones[later], case_role=swapped):
                    out.append((ones[first][0].key, ones[later][0].key))  # type: ignore[arg-type]
    return out


# The misspelt word of a partial name (:func:`_partial_name_spellings`) has at least this many letters.
PARTIAL_MISSPELLING_MIN_LETTERS = 5


def _partial_name_spellings(mentions: Mentions, articles: Sequence[Evidence]) -> list[tuple[str, str]]:
    """``(key, key)`` of two person names of one article where the shorter (two words) is the
    longer's first word and, one vowel added or dropped (:func:`_vowel_inserted`), one of its other
    words (``Okky Prastyo Ajie`` ... ``Okky Prasetyo``, one prosecutor): the misspelling pass
    compares only names of as many words. Any other one-letter change makes another name
    (``Salim`` / ``Halim``, ``Rahmat`` / ``Rahman``, ``Putra`` / ``Putri``, ``Darwin`` / ``Darwis``).
    The word has :data:`PARTIAL_MISSPELLING_MIN_LETTERS`+ letters, the two never share a sentence
    and the later one comes with no ``juga`` / ``lain`` near it and no title, role or age the
    earlier is not given (:func:`_same_one_person`); the longer name is the only one of the article
    it can be."""
    out: list[tuple[str, str]] = []
    uf = mentions.uf
    for local in mentions.by_article.values():
        names: dict[str, list[Form]] = defaultdict(list)  # root -> its uses written out in full
        for f in local:
            if f.type == "PERSON" and f.key and not f.pair and len(f.full.split()) >= 2 and f.text == f.full:
                names[uf.find(f.key)].append(f)
        if len(names) < 2:
            continue
        toks = {r: key_tokens(fs[0].full) for r, fs in names.items()}
        for r2, t2 in toks.items():
            if len(t2) != 2 or len(t2[1]) < PARTIAL_MISSPELLING_MIN_LETTERS:
                continue
            cands = [r for r, t in toks.items() if r != r2 and len(t) >= 3 and t[0] == t2[0]
                     and any(_vowel_inserted(w, t2[1]) for w in t[1:])]
            if len(cands) != 1:
                continue
            r3 = cands[0]
            first, later = sorted((names[r3], names[r2]), key=lambda fs: min((f.sentence, f.mention) for f in fs))
            if _same_one_person(articles, first, later):
                out.append((r3, r2))
    return out


def _vowel_inserted(a: str, b: str) -> bool:
    """``prasetyo`` / ``prastyo``: one word is the other with one vowel added, not as its first
    letter (a dropped or doubled vowel is a slip of the keyboard; a changed letter is another name)."""
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[k] in _VOWELS and long[:k] + long[k + 1:] == short for k in range(1, len(long)))


def _inner_vowel_differs(a: str, b: str) -> bool:
    """Same length, one differing letter, both vowels, neither the first nor the last letter."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 1 and 0 < diff[0] < len(a) - 1 and a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS


# Two vowels of a one-word name swapped (``Nasori`` / ``Nasiro``) is a typo only in a name this long:
# ``Rina`` / ``Rani``, ``Mirna`` / ``Marni`` are names of their own.
VOWEL_SWAP_MIN_LETTERS = 6


def _vowels_swapped(a: str, b: str) -> bool:
    """``nasori`` / ``nasiro``: same length (:data:`VOWEL_SWAP_MIN_LETTERS`+), same first letter,
    and they differ only in two vowels that trade places."""
    if len(a) != len(b) or len(a) < VOWEL_SWAP_MIN_LETTERS or a[0] != b[0]:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and all(a[k] in _VOWELS and b[k] in _VOWELS for k in diff) \
        and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


# Near a name a second person is introduced with: ``Agus Halim juga dihadirkan``, ``Polisi juga
# menetapkan tersangka Murni``, ``saksi lain, Agus Halim``.
_ANOTHER_BEFORE = re.compile(r"\b(?:juga|pula|lain|lainnya)\b[^.;:]{0,30}$", re.IGNORECASE)
_ANOTHER_AFTER = re.compile(r"^[^.;:]{0,12}?\b(?:juga|pula|lain|lainnya)\b", re.IGNORECASE)


def _another_person_near(articles: Sequence[Evidence], f: Form) -> bool:
    """``juga`` / ``pula`` / ``lain`` right before or after the use ``f`` (:data:`_ANOTHER_BEFORE`):
    the report is adding someone, not naming the same person again."""
    ev = articles[f.article]
    if not 0 <= f.sentence < len(ev.doc.sentences):
        return False
    text, m = ev.doc.sentences[f.sentence].text, ev.mentions[f.mention]
    return bool(_ANOTHER_BEFORE.search(text[:m.start]) or _ANOTHER_AFTER.match(text[m.end:]))


def _same_one_person(articles: Sequence[Evidence], first: Sequence[Form], later: Sequence[Form], *,
                     case_role: bool = False) -> bool:
    """Two spellings' uses in one article never share a sentence, the later one is introduced with
    no ``juga`` / ``lain`` near it (:func:`_another_person_near`) and with no title, role or age of
    its own: a title it has is an office title the first spelling is given too (:func:`_office_title`;
    ``Kasi Intel Okky ...``). A shared case role (``terdakwa``, ``tersangka``) is shared by the
    several suspects of one case (``tersangka Marni`` ... ``tersangka Murni``), so it counts only
    with ``case_role`` (two vowels swapped, :func:`_vowels_swapped`: ``terdakwa Nasori`` ...
    ``terdakwa Nasiro``, the one defendant of the trial report)."""
    if {f.sentence for f in first} & {f.sentence for f in later}:
        return False
    intro = min(later, key=lambda f: (f.sentence, f.mention))
    if _another_person_near(articles, intro):
        return False
    own = {_title_key(f.title) for f in first} - {""}
    for f in later:
        title = _title_key(f.title)
        if f.age or (title and (title not in own or not (case_role or _office_title(title)))):
            return False
    return True


def _name_words(toks: list[str]) -> list[str]:
    """The words of a full name a news report may call the person by alone: the first and last, the
    word after a name opener (``Syaripuddin`` of ``Muhammad Syaripuddin Lubis``) and the inner words
    of four letters or more that are no particle (:func:`_is_middle`)."""
    if not toks:
        return []
    words = [toks[0], toks[-1]]
    if len(toks) >= 3:
        words += [w for w in toks[1:-1] if len(w) >= 4 and w not in NAME_PARTICLES]
    return words


def _join_short_forms_of_respelt_names(mentions: Mentions) -> None:
    """``Menteri Keuangan Bamban PS Brodjonegoro ... kata Bambang``: a one-word person name its
    article left alone (the full name there is spelt another way) joins the one full name of the
    article introduced before it whose entity, once the spellings of step 3 are merged, has the word
    first or last in some spelling, or (compared in one spelling, :func:`_spelling`: doubled letters
    single, old spelling made new) as its word after a name opener or an inner word
    (:func:`_name_words`: ``pelaku Syarifuddin`` after ``Muhammad Syaripuddin Lubis``, whom the
    article also writes ``Muhammad Syarifudin Lubis``). Failing that, a name the article gives
    after the full name, with no title, role or age of its own and never in a sentence of the full
    name, that is the start of the one given name it can be (``kata Bima`` after ``Bimastyaji Surya
    Ramadan``, ``Pras`` after ``Prasetyo Hadi``; :func:`_nickname_of`). Only names of one-word uses
    only are moved."""
    uf = mentions.uf
    ends: dict[str, set[str]] = defaultdict(set)  # root -> first and last words of its full names
    given: dict[str, set[str]] = defaultdict(set)  # root -> its given names (first, or after an opener)
    multi: set[str] = set()
    for f in mentions.forms:
        if f.key and f.type == "PERSON" and " " in f.full and not f.pair:
            root = uf.find(f.key)
            multi.add(root)
            toks = key_tokens(f.full)
            if toks:
                ends[root].update((toks[0], toks[-1]))
                ends[root].update(_spelling([w])[0] for w in _name_words(toks))
                given[root].add(toks[1] if len(toks) >= 3 and toks[0] in NAME_OPENERS else toks[0])
    for local in mentions.by_article.values():
        intro: dict[str, tuple[int, int]] = {}
        for f in local:
            if f.key and f.type == "PERSON" and " " in f.full and not f.pair:
                root = uf.find(f.key)
                intro[root] = min(intro.get(root, (f.sentence, f.mention)), (f.sentence, f.mention))
        if not intro:
            continue
        first_use: dict[str, tuple[int, int]] = {}
        word_of: dict[str, str] = {}
        uses: dict[str, list[Form]] = defaultdict(list)
        for f in local:
            if f.key and f.type == "PERSON" and " " not in f.full and not f.common and uf.find(f.key) not in multi:
                first_use[f.key] = min(first_use.get(f.key, (f.sentence, f.mention)), (f.sentence, f.mention))
                word_of[f.key] = normalize_key(f.full)
                uses[f.key].append(f)
        if not first_use:
            continue
        # the article's full names by their words, then one pass moving the forms
        roots_of: dict[str, list[str]] = defaultdict(list)
        for r in intro:
            for w in ends[r]:
                roots_of[w].append(r)
        move: dict[str, str] = {}
        for key, first in first_use.items():
            word = word_of[key]
            cands = roots_of.get(word, []) or roots_of.get(_spelling([word])[0], []) if word else []
            if not cands and word:
                cands = _nickname_of(word, uses[key], {r: given[r] for r in intro}, local, uf)
            if len(cands) == 1 and intro[cands[0]] < first:
                move[key] = cands[0]
        if move:
            for f in local:
                if f.key in move:
                    f.key = move[f.key]


# A nickname cut from a given name keeps at least this many letters and drops at least two
# (``Bima`` of ``Bimastyaji``, ``Pras`` of ``Prasetyo``, ``Febri`` of ``Febrian``).
NICKNAME_MIN_LETTERS = 4


def _nickname_of(word: str, uses: Sequence[Form], given: dict[str, set[str]], local: Sequence[Form],
                 uf: UnionFind) -> list[str]:
    """The full names of the article (``given``: root -> given names) of which the one-word name
    ``word`` can be the nickname cut from the given name: the start of it, of
    :data:`NICKNAME_MIN_LETTERS` letters or more, two or more letters short. None when a use carries a
    title, role or age of its own (a victim ``Indra`` is no ``Indradi``) or shares a sentence
    with the full name (``Rinaldi dan Rina`` are two). A family name is never cut so
    (``Soekarno`` is not ``Megawati Soekarnoputri``)."""
    if len(word) < NICKNAME_MIN_LETTERS or any(f.age or (f.title and f.title.strip()) for f in uses):
        return []
    cands = [r for r, names in given.items()
             if any(n.startswith(word) and len(n) >= len(word) + 2 for n in names)]
    if len(cands) != 1:
        return cands
    sentences = {f.sentence for f in local if f.key and uf.find(f.key) == cands[0]}
    return [] if any(f.sentence in sentences for f in uses) else cands
