"""The tagger's person spans and types, mended with the article's own evidence before
keys are taken: a role glued before a name (``Seskab Teddy ...``), a name cut short (``Kim Jong``)
or split in two, a name word left in the title, two words glued together, a hyphenated pair of
two people, a name typed a place, a place with its head word misspelt typed a person, a sentence's capitalised first word that is a common word
(``Mobil ini``), and the marks of a private person (an age in brackets).

Apart because these read one mention in its sentence; the first pass applies them to every
mention.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from kliping.ingest.glue import known_word
from kliping.lang.id import cues, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.alias_words import GEOGRAPHIC_HEADS, PRIVATE_ROLE_WORDS
from kliping.lang.id.name_prefixes import GLUED_ROLE_WORDS
from kliping.lang.id.titles import CASE_ROLE_NOUNS, OFFICE_HEADS, RANKS, ROLE_ABBREVIATIONS, title_typo
from kliping.link.aliases.forms import Form
from kliping.link.aliases.keys import (
    PLACE_KEY,
    PLACE_TYPES,
    STRIP,
    _known_word,
    is_place,
    key_tokens,
    normalize_key,
    org_word,
    strip_honorifics,
    type_key,
)
from kliping.link.aliases.nicknames import _NOT_NICKNAME_WORDS
from kliping.model import Evidence
from kliping.text.patterns import alternation

_GLUED = GLUED_ROLE_WORDS | OFFICE_HEADS | RANKS | CASE_ROLE_NOUNS


def _drop_glued_role(name: str, person_keys: set[str], heads: set[str] | frozenset[str] = frozenset()) -> str:
    """``Seskab Teddy Indra Wijaya`` -> ``Teddy Indra Wijaya`` when the run names that person on
    their own: a role, rank or office word (``kliping.lang.id.name_prefixes``, ``titles``), an
    abbreviation (``PU``) or a place glued before a name by the tagger is not part of it. A word in
    ``heads`` (found glued that way elsewhere in the run) is dropped before any name of two or more
    words, so the misspelt ``PU Doddy Hanggodo`` becomes ``Doddy Hanggodo`` too."""
    toks = name.split()
    if len(toks) < 3:
        return name
    head = toks[0].strip(STRIP)
    rest = " ".join(toks[1:])
    if head.casefold() in heads:
        return rest
    glued = head.casefold() in _GLUED or (head.isupper() and 2 <= len(head) <= 5) or is_place(head) \
        or title_typo(head.casefold())
    return rest if glued and normalize_key(rest) in person_keys else name


# A word after a cut name: a space and a capitalised word, or a hyphen and any word (``Jong-un``).
_NEXT_NAME_WORD = re.compile(r"(\s+(?=[A-Z])|[-‐‑–])([^\W\d_][\w'’]*)")
# At most this many words complete a cut name (``Bambang`` + ``PS Brodjonegoro``).
CUT_NAME_MAX_WORDS = 3


def _complete_cut_name(ev: Evidence, m, name: str, person_keys: set[str]) -> tuple[str, int]:
    """``Kim Jong`` where the sentence goes on ``Kim Jong Un``, ``Bambang`` where it goes on
    ``Bambang PS Brodjonegoro``: a person name the tagger cut short, completed by the capitalised
    words right after it in the sentence (up to :data:`CUT_NAME_MAX_WORDS`) when the completed name
    is one the run's other mentions give in full (``person_keys``: type keys of person names of two
    or more words). The longest such completion wins; returns it and where it ends in the sentence
    (a mention the tagger made of the rest, ``PS Brodjonegoro`` typed ORG, is part of the name)."""
    sents = ev.doc.sentences
    if not 0 <= m.sentence < len(sents):
        return name, m.end
    text = sents[m.sentence].text
    best, end, pos = name, m.end, m.end
    others: list[tuple[int, int]] | None = None
    for _ in range(CUT_NAME_MAX_WORDS):
        nxt = _NEXT_NAME_WORD.match(text, pos)
        if not nxt or org_word(nxt.group(2)):  # ``Direktur PT ...``: a company's name begins
            break
        pos = nxt.end()
        longer = " ".join((name + text[m.end:pos]).split())
        if type_key(longer, "PERSON") not in person_keys:
            continue
        if others is None:  # (only for a completion the run knows: most names have none)
            others = [(o.start, o.end) for o in ev.mentions if o.sentence == m.sentence and o.start >= m.end]
        # never ending inside another mention: the completion takes a mention whole or not at all
        if not any(a < pos < b for a, b in others):
            best, end = longer, pos
    return best, end


def _split_names(ev: Evidence, local: Sequence[Form]) -> list[tuple[Form, Form, str]]:
    """``Direktur Eksekutif ... BI Ramdan Denny Prakoso`` tagged as two people, ``Ramdan`` and
    ``Denny Prakoso``: two person mentions with only a space between them and one title are one
    name the tagger split (news separates two people by a comma, ``dan`` or a title). Returns the
    two uses and the whole name, when neither was read as another name of the article (a short
    form resolved elsewhere) and the whole has at most four words."""
    sents = ev.doc.sentences
    persons = sorted((f for f in local if f.type == "PERSON" and f.key and not f.pair and not f.initials
                      and f.full == f.text and not f.text.isupper()),
                     key=lambda f: (f.sentence, ev.mentions[f.mention].start))
    out = []
    for f, g in itertools.pairwise(persons):
        if f.sentence != g.sentence or not 0 <= f.sentence < len(sents) or f.title != g.title:
            continue
        if sents[f.sentence].text[ev.mentions[f.mention].end:ev.mentions[g.mention].start] != " ":
            continue
        whole = f"{f.text} {g.text}"
        if len(whole.split()) <= 4 and _name_words_only(f.text.split()) \
                and any(h.key == f.key and h.mention != f.mention for h in local):
            out.append((f, g, whole))
    return out


def _name_words_only(words: Sequence[str]) -> bool:
    """Capitalised words that no title, office, rank, body, abbreviation or place list holds: what
    may be a person's name words (``Ramdan``, ``Pri Agung``; not ``Kesehatan``, ``Sumut``)."""
    return all(_CAPITALISED_WORD.match(w) and w.casefold() not in _NOT_NICKNAME_WORDS and w not in ABBREVIATIONS
               and w.casefold() not in ROLE_ABBREVIATIONS and not is_place(w) and not org_word(w)
               and not _known_word(w.casefold()) for w in words)


# The last words of a title the tagger gave a person, right before the name: a name word it
# swallowed when capitalised and no title, office, rank or place word (``... (ReforMiner Institute)
# Pri Agung`` before ``Rakhmanto``).
TITLE_NAME_MAX_WORDS = 2
_CAPITALISED_WORD = re.compile(r"^[A-Z][a-z]+$")


def _name_in_title(ev: Evidence, m, name: str) -> str:
    """``Rakhmanto`` with the title ``Direktur Eksekutif ... Institute) Pri Agung``: the whole name
    (``Pri Agung Rakhmanto``) when the title's last one or two words, right before the name, are
    capitalised words no title, office, rank, body or place list holds and the article writes them
    alone as a name elsewhere (``Pri Agung menambahkan``, ``kata Pri Agung``: not inside another
    capitalised run such as ``Kejaksaan Agung``); else ``name``."""
    title = m.title or ""
    words = title.split()
    sents = ev.doc.sentences
    if not words or not 0 <= m.sentence < len(sents):
        return name
    before = sents[m.sentence].text[:m.start]
    for k in range(min(TITLE_NAME_MAX_WORDS, len(words) - 1), 0, -1):
        said = " ".join(words[-k:])
        if _name_words_only(words[-k:]) and before.endswith(said + " ") and _said_by(ev, said, m):
            return f"{said} {name}"
    return name


_SPEAKING = frozenset(cues.SPEECH_ROOTS) | frozenset(cues.SPEECH_VERBS)


def _said_by(ev: Evidence, words: str, m) -> bool:
    """The article gives ``words`` as a speaker outside mention ``m``'s sentence: after a speech
    root (``kata Pri Agung``) or before a speech verb (``Pri Agung menambahkan``), with no
    capitalised word on the other side; and tags them nowhere as a place or body."""
    if any(o.type != "PERSON" and " ".join(o.text.split()) == words for o in ev.mentions):
        return False
    pat = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")
    for k, st in enumerate(ev.doc.sentences):
        if k == m.sentence:
            continue
        for hit in pat.finditer(st.text):
            prev = (st.text[:hit.start()].split()[-1:] or [""])[0].strip(STRIP)
            nxt = (st.text[hit.end():].split()[:1] or [""])[0].strip(STRIP)
            if (prev.casefold() in _SPEAKING and not nxt[:1].isupper()) \
                    or (nxt.casefold() in _SPEAKING and not prev[:1].isupper()):
                return True
    return False


# Two capitalised name words written without the space between them (``RikaRaffiudin``, a missing
# space in the source): four letters or more before the join, so ``McDonald``, ``LeBron`` and
# ``MacArthur`` stay whole.
_GLUED_NAME = re.compile(r"\b([A-Z][a-z]{3,})(?=[A-Z][a-z]{2,}\b)")


def _unglue(name: str) -> str:
    """A person name with the space between two of its words restored (``Rika Raffiudin``), so that
    the article's ``Prof. Rika`` is a short form of it; the merge key, which drops spaces, is the same."""
    return _GLUED_NAME.sub(r"\1 ", name)


def _glued_word_tail(name: str, person_keys: set[str]) -> str:
    """The lower-case word glued to the last word of a person name (``buka`` of ``Purbaya Yudhi
    Sadewabuka``, a space lost in the source), when the name without it is one the run's other
    mentions give (``person_keys``) and the tail is a dictionary word of three letters or more;
    else empty. The whole known name is the evidence: ``Budi Sukmajaya`` keeps its ``jaya``
    unless the run names a ``Budi Sukma``."""
    words = name.split()
    if len(words) < 2:
        return ""
    last = words[-1]
    for i in range(len(last) - 3, 3, -1):
        tail = last[i:]
        if tail.islower() and normalize_key(" ".join([*words[:-1], last[:i]])) in person_keys and known_word(tail):
            return tail
    return ""


def _country_tail(ev: Evidence, name: str, first_words: dict[str, set[str]]) -> str:
    """``Indonesia`` of ``Prabowo Indonesia`` (``Menurut Prabowo Indonesia tidak punya pilihan``:
    the tagger ran a one name into the subject of the clause after it, a country): the last word of
    a two-word person name when it is a country's name (``gazetteer.countries``), the first word
    starts another full person name of the run (``first_words``: first word -> the names it starts,
    by key) and the article uses the country's name as no person alone; else empty. A real name
    ending in a country's name (``Michael Jordan``) is called by that word in its article, or its
    first word starts no other name of the run."""
    words = name.split()
    if len(words) != 2 or words[1] not in gazetteer.countries():
        return ""
    if not first_words.get(normalize_key(words[0]), set()) - {normalize_key(name)}:
        return ""
    if any(m.type == "PERSON" and strip_honorifics(" ".join(m.text.split())) == words[1] for m in ev.mentions):
        return ""
    return words[1]


def _is_name_pair(name: str, person_keys: set[str]) -> bool:
    """``Prabowo Subianto-Gibran Rakabuming Raka``: two names of two or more words joined by a
    hyphen (a ticket, a pair), one of them a name the run knows (the other may be named only in the
    pair), not one person a short form could stand for."""
    for m in re.finditer(r"(?<=\S)\s*[-‐‑–]\s*(?=\S)", name):
        left, right = name[:m.start()], name[m.end():]
        if (len(left.split()) >= 2 and len(right.split()) >= 2
                and (normalize_key(left) in person_keys or normalize_key(right) in person_keys)):
            return True
    return False


def _glued_heads(names: Sequence[str], person_keys: set[str]) -> set[str]:
    """The words :func:`_drop_glued_role` drops from some name of ``names`` (casefolded). ``names``
    holds a name once per mention; each distinct name is read once."""
    out = set()
    for n in dict.fromkeys(names):
        head = n.split()[0].strip(STRIP)
        # only role words and abbreviations, never places: ``Bima`` of ``Bima Arya Sugiarto`` is a name
        if (head.casefold() in _GLUED or (head.isupper() and 2 <= len(head) <= 5)) and not is_place(head) \
                and _drop_glued_role(n, person_keys) != n:
            out.add(head.casefold())
    return out


# A place cue opening a span (``Jalan``, ``Gedung``, ``Sungai``): a place, even one named after a person.
@lru_cache(maxsize=1)
def _place_cues() -> frozenset[str]:
    return frozenset(w.casefold() for c in gazetteer.cues().get("loc", ()) for w in c.split()[:1])


def _people_typed_places(local: Sequence[Form]) -> None:
    """A name of two or more words the tagger typed a place, that no gazetteer lists, no place cue
    opens, and whose first word the article uses alone as a person (``Anggota Komisi XI Galih
    Kartasasmita`` typed LOC, then ``ucap Galih``) or that is one letter from a person's full name of
    the article (:func:`_misspelt_person`), is that person: the article's own uses vote.
    (``Jalan Sudirman`` is opened by a place cue; ``Kota Medan`` is a gazetteer place.)"""
    alone = Counter(normalize_key(f.full) for f in local if f.type == "PERSON" and f.key and " " not in f.full)
    people = {f.full.casefold() for f in local if f.type == "PERSON" and f.key and " " in f.full}
    for f in local:
        if f.type not in PLACE_TYPES or not f.key or f.key.startswith(PLACE_KEY) or len(f.full.split()) < 2:
            continue
        words = f.full.split()
        if words[0].casefold() in _place_cues() or not all(w[:1].isupper() for w in words):
            continue
        first = normalize_key(words[0])
        if (alone.get(first, 0) >= 1 or _misspelt_person(f.full, people)) and not is_place(f.full):
            f.type, f.key = "PERSON", type_key(f.full, "PERSON")


def _misspelt_person(full: str, people: set[str]) -> bool:
    """``full`` is one letter away from a person's full name of the article (``people``, casefolded),
    word for word with the same initials (``Verrel Bramasta`` beside ``Verrell Bramasta``): the
    person's name misspelt once, which the tagger no longer knew for a person."""
    words = full.casefold().split()
    for p in people:
        other = p.split()
        if len(other) == len(words) and all(a[:1] == b[:1] for a, b in zip(words, other, strict=True)) \
                and Levenshtein.distance(" ".join(words), p) == 1:
            return True
    return False


def _places_misspelt_as_people(local: Sequence[Form]) -> None:
    """A name the tagger typed a person that is a place of its own article but for one letter of
    its first word (``Lau Mediterania`` beside ``Laut Mediterania``: the place's head word misspelt,
    the tagger no longer saw a place), where that place opens with a sea's, strait's or mountain's
    head word (``alias_words.GEOGRAPHIC_HEADS``) and the words after it are a place of the place data
    (``Mediterania``), is that place: it takes the place's type, name and key. The
    article's own spelling of the place is the evidence; a title makes it a person (``Kapolres
    ...``)."""
    by_rest: dict[str, list[Form]] = {}
    for f in local:
        words = f.full.split()
        if f.type in PLACE_TYPES and f.key and len(words) >= 2 and words[0].casefold() in GEOGRAPHIC_HEADS:
            by_rest.setdefault(" ".join(words[1:]).casefold(), []).append(f)
    if not by_rest:
        return
    for f in local:
        words = f.full.split()
        if f.type != "PERSON" or not f.key or f.title or f.text != f.full or len(words) < 2:
            continue
        rest = " ".join(words[1:])
        if not (rest in gazetteer.places() or is_place(rest)):
            continue
        for g in by_rest.get(rest.casefold(), []):
            head = g.full.split()[0]
            if head[:1] == words[0][:1] and Levenshtein.distance(head.casefold(), words[0].casefold()) == 1:
                f.type, f.full, f.key = g.type, g.full, g.key
                break


# ``Dian (37)``, ``Wawan (35, pengemudi ojol)``, ``Erwin (45 tahun)``: the age news gives a private
# person named by one name, where public figures get their office instead; so do ``Dian, 52 tahun,``,
# a pseudonym (``Dian (bukan nama sebenarnya)``) and an everyday role in apposition (``Dian,
# petani di ...``, ``Dian, seorang sopir``: :data:`~kliping.lang.id.alias_words.PRIVATE_ROLE_WORDS`).
_AGE_BRACKET = re.compile(r"\s*\(\s*\d{1,3}\s*(?:tahun|th)?\s*[,);]", re.IGNORECASE)
_PRIVATE_AFTER = re.compile(
    r"\s*(?:\(\s*(?:bukan\s+nama\s+(?:sebenarnya|asli)|nama\s+samaran)"
    r"|,\s*(?:\d{1,3}\s*(?:tahun|th)\b|(?:salah\s+)?seorang\b"
    rf"|(?:{alternation(PRIVATE_ROLE_WORDS, any_space=True)})\b))",
    re.IGNORECASE)


def _age_follows(ev: Evidence, m) -> bool:
    """An age in brackets right after the mention in its sentence (``Dian (37)``), or another mark
    of a private person there (:data:`_PRIVATE_AFTER`)."""
    sents = ev.doc.sentences
    if not 0 <= m.sentence < len(sents):
        return False
    text = sents[m.sentence].text
    return bool(_AGE_BRACKET.match(text, m.end) or _PRIVATE_AFTER.match(text, m.end))


_OPENING = re.compile(r"^[\W_]*$")


def _mark_common_words(ev: Evidence, local: Sequence[Form]) -> None:
    """Flag one-word person forms that are a common word: every use opens its sentence, where any
    word is capitalised, and the article also writes the word in lower case (``Mobil ini ...`` in
    a story on cars, next to ``Mobil Arina``). Such a form stands for no name, so it is nobody's
    short form (:func:`_resolve_short_forms`, :func:`_lone_short_forms`) and its uses join nobody
    (:func:`_join_lone_short_forms`). A word the article used before as a person's first or last
    name is that name (:func:`_named_before`)."""
    one = [f for f in local if f.type == "PERSON" and f.text == f.full and " " not in f.text and f.text.isalpha()]
    if not one:
        return
    sents = ev.doc.sentences
    opening: dict[str, bool] = {}
    for f in one:
        m = ev.mentions[f.mention]
        head = sents[m.sentence].text[:m.start] if 0 <= m.sentence < len(sents) else "x"
        opening[f.text] = opening.get(f.text, True) and bool(_OPENING.match(head))
    words = {w for w, first in opening.items() if first and w[:1].isupper()}
    lower = {w for w in words if re.search(r"(?<![\w])" + re.escape(w.casefold()) + r"(?![\w])", ev.doc.text)}
    if not lower:
        return
    lower -= _named_before(ev, local, one, lower)  # after the cheap test: it scans the text per word
    for f in one:
        if f.text in lower:
            f.common = True


# A demonstrative right after a sentence's first word: ``Mobil ini``, ``Proyek tersebut`` is the
# common word, whatever name the article gives with it.
_DETERMINER_AFTER = re.compile(r"\s+(?:ini|itu|tersebut)\b")


def _named_before(ev: Evidence, local: Sequence[Form], one: Sequence[Form], words: set[str]) -> set[str]:
    """The words of ``words`` that are the first or last word of a longer person name the article
    introduced before the word's first use alone, and that no demonstrative follows there: ``Teguh
    mengatakan`` after ``Menteri Pertanian Teguh Wahyudi`` is the minister even where the article
    writes ``tetap teguh`` (as long as it writes the word capitalised more often than not);
    ``Mobil ini`` stays the common word."""
    first_alone: dict[str, Form] = {}
    for f in one:
        if f.text in words and (f.text not in first_alone or f.sentence < first_alone[f.text].sentence):
            first_alone[f.text] = f
    sents = ev.doc.sentences
    out = set()
    for w, f in first_alone.items():
        m = ev.mentions[f.mention]
        if 0 <= m.sentence < len(sents) and _DETERMINER_AFTER.match(sents[m.sentence].text, m.end):
            continue
        key = w.casefold()
        if not any(g.type == "PERSON" and (g.sentence, g.mention) < (f.sentence, f.mention)
                   and len(toks := key_tokens(g.full)) >= 2 and key in (toks[0], toks[-1]) for g in local):
            continue
        # and the article writes it capitalised more often than in lower case (``Hari Anak`` then
        # ``anak`` on every line is the common word)
        capital = len(re.findall(r"(?<!\w)" + re.escape(w) + r"(?!\w)", ev.doc.text))
        lower = len(re.findall(r"(?<!\w)" + re.escape(key) + r"(?!\w)", ev.doc.text))
        if lower < capital:
            out.add(w)
    return out


@lru_cache(maxsize=8)
def _written_words(text: str) -> frozenset[str]:
    """The runs of word characters of an article's text as written (case kept), read once per article: the test of
    ``_drop_opening_word`` for each sentence-opening name of a long article searched the whole text again. A word of
    letters is written alone exactly when it is one of these runs."""
    return frozenset(re.findall(r"\w+", text))


def _drop_opening_word(ev: Evidence, m, name: str, known: Callable[[], set[str]]) -> str:
    """``Gagasan Megawati ini ...``: a sentence's capitalised first word that the article also
    writes in lower case (``gagasan``, an idea) is no part of the name after it, when that rest is
    a person another mention of the same article names (``known()``: the keys of the article's other
    person mentions and of their first and last words). Run-wide knowledge is not enough: ``Untung
    Wahyudi ... masih untung`` keeps its full name, or it would become any ``Wahyudi`` of the run."""
    toks = name.split()
    if len(toks) < 2 or not toks[0].isalpha() or not toks[0][:1].isupper() or toks[0].isupper():
        return name
    sents = ev.doc.sentences
    if not 0 <= m.sentence < len(sents) or not _OPENING.match(sents[m.sentence].text[:m.start]):
        return name
    word = toks[0].casefold()
    if re.fullmatch(r"\w+", word):  # the word written alone anywhere, as cased here: one of the text's word runs
        written = word in _written_words(ev.doc.text)
    else:  # a fold that is no word run (``İ`` folds to ``i`` and a combining dot): searched as before
        written = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", ev.doc.text) is not None
    if not written:
        return name
    return " ".join(toks[1:]) if normalize_key(" ".join(toks[1:])) in known() else name


def _article_persons(ev: Evidence, skip: int) -> set[str]:
    """Keys of the article's person mentions other than mention ``skip`` and its repeats, with the
    keys of the first and last words of those of two or more words (``Megawati`` of ``Megawati
    Soekarnoputri``); ``Hari Anak`` written twice does not vouch for ``Anak``."""
    out: set[str] = set()
    own = normalize_key(strip_honorifics(" ".join(ev.mentions[skip].text.split())))
    for j, m in enumerate(ev.mentions):
        if j == skip or m.type != "PERSON":
            continue
        name = strip_honorifics(" ".join(m.text.split()))
        if normalize_key(name) == own:
            continue
        out.add(normalize_key(name))
        toks = key_tokens(name)
        if len(toks) >= 2:
            out.update((toks[0], toks[-1]))
    return out
