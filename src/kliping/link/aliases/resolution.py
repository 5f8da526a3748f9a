"""Entity resolution: one dossier entity per real-world person, organisation or place.

Three steps, each conservative because merging two different people is worse than leaving two
spellings of one person apart:

1. Within an article a short form (``Kim``, ``Tuan Kim``, ``Mr. Kim``) resolves to the full name of
   the same type in that article whose first or last name part it is, but only when exactly one full
   name qualifies *when the short form is first used*: ``Tuan Kim`` after ``Kim Jong Un`` and before
   ``Laksamana Kim Myong Sik`` is introduced means Kim Jong Un, as it does for the reader. ``Lee``
   after both ``Rachel Minyoung Lee`` and ``Danny Lee`` stays unresolved. An unknown all-capital
   form resolves to the one name of the article whose initials it is (``Hendi Prio Santoso (HPS)``).
2. Across articles, names merge by a normalised key (casefold, honorifics, middle initials, hyphens
   and spaces removed; abbreviations expanded with ``kliping.extract.entities.canonical_form``;
   :func:`type_key` adds the rules that need the type: a place's key is never a person's,
   ``Kejaksaan Agung RI`` = ``Kejaksaan Agung`` for Indonesia-only bodies, ``PT Jakarta`` is a
   court; ``Kota Medan`` joins ``Medan`` where an article, an event or the province ties them; a
   body's bare name joins the one country-named form of it its article or event gives,
   ``Dewan Keamanan Nasional`` = ``Dewan Keamanan Nasional AS``: :func:`_join_country_tails`). A lone short form with no full name
   in its article joins the one full name in the run it can belong to (or the one the same short
   form resolved to elsewhere), and a two-word name the one longer name it is part of, only in
   articles that share an event with one naming the full name (:func:`_join_lone_short_forms`):
   many Indonesians go by one name. Across stories it joins only where 3+ articles use it for that
   person, in 3+ events, the lone story names a person or organisation of theirs, and nothing marks
   it as someone else's (an age, a pseudonym, an everyday role in apposition, a role of its own). Short
   names introduced in brackets (``Joko Widodo (Jokowi)``) and nicknames given after a full name
   (``Saifullah Yusuf (Gus Ipul)``, ``... atau Gus Ipul``) join their name once events are known;
   a one-word name in brackets only when it is made of the name's letters (``Joko Widodo
   (Jokowi)``, not ``Budi Santoso (Rina)``). Two weak joins between the same two articles of
   different stories, a few days apart, vouch for each other (``Hanif`` alone here and ``Hanif
   Faisol Nurofiq`` there, with ``Edi`` / ``Eddy Soeparno`` in the same two articles):
   :func:`_join_vouching_pairs`. Among several full names with the word, a lone short form's is the
   one it starts (``Prabowo`` of ``Prabowo Subianto``, not ``Listyo Sigit Prabowo``), and a one-word
   alias the run already gives one full name joins it elsewhere on a shared event or, known in 3+
   events, a shared name (:func:`_join_known_aliases`).
3. Likely misspellings of one person (``Shin Wok-sik`` / ``Shin Won-sik``) merge only when the
   names are nearly identical, share their family name and differ in one part by at most two edits,
   *and* share a title or appear in the same event; one name in two spellings (``Eddy`` / ``Edi``)
   within one event, or across stories an old/new spelling (``Soeparno`` / ``Suparno``) with one
   title; organisation names with a typo in one long word (not two places) within one event. Each
   such merge is reported as a ``NameVariant``.

Joins on an article's own evidence, once events are known: a local area with and without its head
word (``Kecamatan X`` / ``X``, :func:`local_area_bare`) and a city's bare name in an article writing
out only the city (:func:`_bare_city_of_its_article`) move that article's bare uses only; a body's or
law's name written another way (``... Republik Indonesia`` = ``... RI``, ``KUHP Jo`` = ``KUHP``:
:func:`written_out_key`); an institution named by the name after its head where every use is in an
article writing the full name (:func:`_join_institution_tails`); a hyphenated ticket of two known
figures' one names (``Prabowo-Gibran``, :func:`_tickets`) in every story.

Capitals a case cue marks as a person's initials (``Saudara AS``, ``tersangka berinisial BP``) are a
person, never a country or an acronym, and stand for a name of their article only with evidence
(:func:`_mark_person_initials`); a name the tagger cut short takes its whole name once events are
known (:func:`_complete_cut_name`).

The event linker names an article by the keys of step 1 (:meth:`Mentions.article_names`); the
joins of short forms wait until events are known.
Measured by ``kliping eval aliases`` (``docs/ner.md``, "Alias resolution").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.fuzz import ratio

from kliping.ingest.glue import known_word
from kliping.lang.id import cues, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS, REGIONAL_GOVERNMENT_HEADS
from kliping.lang.id.name_prefixes import GLUED_ROLE_WORDS
from kliping.lang.id.titles import (
    CASE_ROLE_NOUNS,
    NAME_PARTICLES,
    OFFICE_HEADS,
    RANKS,
    ROLE_ABBREVIATIONS,
    TITLE_HEADS,
    title_typo,
)
from kliping.link.aliases.bodies import (
    _acronym_bodies,
    _glossed_acronyms,
    _join_country_tails,
    _join_institution_tails,
    _join_written_out,
    _spelt_out,
    _spelt_two_ways,
)
from kliping.link.aliases.forms import Mentions, _Form, _UnionFind
from kliping.link.aliases.initials import (
    _ACRONYM,
    _PERSON_INITIALS,
    _declared_initials,
    _initials,
    _mark_person_initials,
    _org_like,
    _resolve_initials,
    _two_letter_key,
)
from kliping.link.aliases.keys import (
    _ALL_HONORIFICS,
    _STRIP,
    PLACE_KEY,
    PLACE_TYPES,
    _is_place,
    _known_word,
    _org_word,
    _tokens,
    _without_initials,
    name_parts,
    normalize_key,
    strip_honorifics,
    type_key,
)
from kliping.link.aliases.places import _join_regions
from kliping.link.aliases.roles import (
    _office_title,
    _role_conflict,
    _role_words,
    _same_office,
    _specific,
    _title_key,
    _titles,
)
from kliping.link.aliases.short_forms import (
    _OPENERS,
    _is_middle,
    _is_part,
    _resolve_bracketed_short_names,
    _resolve_short_forms,
)
from kliping.model import Entity, Evidence, FindingItem, NameVariant

# Misspelling merge: rapidfuzz ratio on the normalised keys at or above this, and the one differing
# name part within this many edits. Chosen so ``Shin Wok-sik``/``Shin Won-sik`` (ratio 91) merge and
# ``Kim Jong-un``/``Kim Jong-il`` (ratio 78) do not.
MISSPELLING_MIN_RATIO = 90.0
MISSPELLING_MAX_EDITS = 2
# An organisation's name merges with one differing by a typo in a word of at least this many letters.
ORG_TYPO_MIN_LETTERS = 6
# A surface form is "frequent" (eligible as the entity name) when seen at least this share of the
# most frequent form's count; the longest eligible form wins.
NAME_FREQUENCY_SHARE = 0.3
# A lone short form joins its full name in a story of its own (no shared event) when this many
# articles naming both use the short form for it (``Prabowo``, ``Bahlil``: the one-name way news
# refers to a public figure) and it is not marked as someone else's (an age, a role of its own).
LONE_ATTESTED_MIN_ARTICLES = 3
# ... and its story shares a person or organisation with the figure's stories, other than one a
# run of at least EVERYWHERE_MIN_ARTICLES names in more than EVERYWHERE_SHARE of its articles (the
# president in a national news run: a thief's story that mentions his programme is not his).
EVERYWHERE_SHARE = 0.05
EVERYWHERE_MIN_ARTICLES = 100
# At most this many evidence items per spelling in a NameVariant record.
VARIANT_ITEMS_PER_SPELLING = 3


def _load_canonical() -> Callable[[str, str], str]:
    """``canonical_form(text, type)`` of the entity extractor, the text itself where it fails.
    Imported here, not at the top: the extractor loads the NER stack, which the alias rules (and
    their tests) do not otherwise need."""
    from kliping.extract.entities import canonical_form

    def canon(s: str, typ: str) -> str:
        try:
            out = canonical_form(s, typ)
        except Exception:
            return s
        return out if isinstance(out, str) and out.strip() else s

    return canon


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
    head = toks[0].strip(_STRIP)
    rest = " ".join(toks[1:])
    if head.casefold() in heads:
        return rest
    glued = head.casefold() in _GLUED or (head.isupper() and 2 <= len(head) <= 5) or _is_place(head) \
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
        if not nxt or _org_word(nxt.group(2)):  # ``Direktur PT ...``: a company's name begins
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


def _split_names(ev: Evidence, local: Sequence[_Form]) -> list[tuple[_Form, _Form, str]]:
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
               and w.casefold() not in ROLE_ABBREVIATIONS and not _is_place(w) and not _org_word(w)
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
            prev = (st.text[:hit.start()].split()[-1:] or [""])[0].strip(_STRIP)
            nxt = (st.text[hit.end():].split()[:1] or [""])[0].strip(_STRIP)
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
        head = n.split()[0].strip(_STRIP)
        # only role words and abbreviations, never places: ``Bima`` of ``Bima Arya Sugiarto`` is a name
        if (head.casefold() in _GLUED or (head.isupper() and 2 <= len(head) <= 5)) and not _is_place(head) \
                and _drop_glued_role(n, person_keys) != n:
            out.add(head.casefold())
    return out


# A place cue opening a span (``Jalan``, ``Gedung``, ``Sungai``): a place, even one named after a person.
@lru_cache(maxsize=1)
def _place_cues() -> frozenset[str]:
    return frozenset(w.casefold() for c in gazetteer.cues().get("loc", ()) for w in c.split()[:1])


def _people_typed_places(local: Sequence[_Form]) -> None:
    """A name of two or more words the tagger typed a place, that no gazetteer lists, no place cue
    opens, and whose first word the article uses alone as a person (``Anggota Komisi XI Galih
    Kartasasmita`` typed LOC, then ``ucap Galih``), is that person: the article's own uses vote.
    (``Jalan Sudirman`` is opened by a place cue; ``Kota Medan`` is a gazetteer place.)"""
    alone = Counter(normalize_key(f.full) for f in local if f.type == "PERSON" and f.key and " " not in f.full)
    for f in local:
        if f.type not in PLACE_TYPES or not f.key or f.key.startswith(PLACE_KEY) or len(f.full.split()) < 2:
            continue
        words = f.full.split()
        if words[0].casefold() in _place_cues() or not all(w[:1].isupper() for w in words):
            continue
        first = normalize_key(words[0])
        if alone.get(first, 0) >= 1 and not _is_place(f.full):
            f.type, f.key = "PERSON", type_key(f.full, "PERSON")


# ``Dian (37)``, ``Wawan (35, pengemudi ojol)``, ``Erwin (45 tahun)``: the age news gives a private
# person named by one name, where public figures get their office instead; so do ``Dian, 52 tahun,``,
# a pseudonym (``Dian (bukan nama sebenarnya)``) and an everyday role in apposition (``Dian,
# petani di ...``, ``Dian, seorang sopir``). Not the roles of a case (``tersangka``, ``pelaku``,
# ``korban``) nor ``pemilik``: news writes them after ministers and tycoons too.
_AGE_BRACKET = re.compile(r"\s*\(\s*\d{1,3}\s*(?:tahun|th)?\s*[,);]", re.IGNORECASE)
_PRIVATE_AFTER = re.compile(
    r"\s*(?:\(\s*(?:bukan\s+nama\s+(?:sebenarnya|asli)|nama\s+samaran)"
    r"|,\s*(?:\d{1,3}\s*(?:tahun|th)\b|(?:salah\s+)?seorang\b|warga\b|petani\b|pedagang\b|sopir\b"
    r"|buruh\b|nelayan\b|karyawan\b|pengemudi\b|ibu\s+rumah\s+tangga\b"
    r"|siswa\b|siswi\b|mahasiswa\b|mahasiswi\b|pelajar\b|tetangga\b|kerabat\b))",
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


def _mark_common_words(ev: Evidence, local: Sequence[_Form]) -> None:
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


def _named_before(ev: Evidence, local: Sequence[_Form], one: Sequence[_Form], words: set[str]) -> set[str]:
    """The words of ``words`` that are the first or last word of a longer person name the article
    introduced before the word's first use alone, and that no demonstrative follows there: ``Teguh
    mengatakan`` after ``Menteri Pertanian Teguh Wahyudi`` is the minister even where the article
    writes ``tetap teguh`` (as long as it writes the word capitalised more often than not);
    ``Mobil ini`` stays the common word."""
    first_alone: dict[str, _Form] = {}
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
                   and len(toks := _tokens(g.full)) >= 2 and key in (toks[0], toks[-1]) for g in local):
            continue
        # and the article writes it capitalised more often than in lower case (``Hari Anak`` then
        # ``anak`` on every line is the common word)
        capital = len(re.findall(r"(?<!\w)" + re.escape(w) + r"(?!\w)", ev.doc.text))
        lower = len(re.findall(r"(?<!\w)" + re.escape(key) + r"(?!\w)", ev.doc.text))
        if lower < capital:
            out.add(w)
    return out


# What news writes between a full name and the nickname it gives it: ``Saifullah Yusuf (Gus Ipul)``,
# ``Saifullah Yusuf atau Gus Ipul``, ``... alias Kirun``, ``..., yang akrab disapa Ipul``.
_NICKNAME_GAP = re.compile(
    r"\s*(?:(?P<bracket>\()|,?\s*(?P<cue>atau|alias|(?:yang\s+|atau\s+)?(?:akrab|biasa|kerap|sering)\s+"
    r"(?:disapa|dipanggil|disebut))\s)\s*$", re.IGNORECASE)
# ``alias`` / ``(atau) kerap disapa`` before a nickname: the article says it is what the person is
# called, so initials (``JQ``), which the tagger often types as a body, are the nickname too when
# they are no known body or place short form (:func:`_called_initials`).
_CALLED_CUE = re.compile(r"alias|.*\b(?:disapa|dipanggil)$", re.IGNORECASE)
_CALLED_INITIALS = re.compile(r"^[A-Z]{2,4}$")


def _called_initials(cue: str, g: _Form) -> bool:
    """``Aminullah atau kerap disapa JQ``: initials given as a person's name by ``alias`` / ``disapa``
    / ``dipanggil`` (``cue``), typed a person or a body, and no known body, place or outlet."""
    return (bool(_CALLED_CUE.match(cue)) and g.type in ("PERSON", "ORG") and bool(_CALLED_INITIALS.match(g.full))
            and g.full not in ABBREVIATIONS and not _named_body(g.full))
# ``antara A atau B``, ``apakah A atau B``, ``memilih A atau B``: two people offered as a choice.
_CHOICE_BEFORE = re.compile(
    r"\b(?:antara|apakah|entah|baik|pilih|memilih|dipilih|siapa|calon|pasangan|lawan|melawan|versus|vs)\b"
    r"[^,.;:()]{0,40}$", re.IGNORECASE)
# ``Budi Santoso, Andi Wijaya atau Cak Nun``: the last of a list of people, not a nickname.
_LIST_BEFORE = re.compile(r"(?:,|\bdan|\bserta)\s*$", re.IGNORECASE)
# Words a nickname opens with. Public figures' honorifics (``Gus Ipul``, ``Cak Imin``, ``Kang Emil``,
# ``Buya Hamka``): news calls the figure so in other stories too. Everyday forms of address (``Bang
# Roni``, ``Mbah Darmo``, ``Teh Nia``): many people are called so, so the nickname is that person's
# in its own article only. ``pak``, ``bu``, ``mas``, ``bung``, ``habib``, ``kiai``, ``ustaz`` are no
# nickname openers: a title or an honorific the name is stripped of (tested disjoint).
PUBLIC_NICKNAME_HONORIFICS = frozenset({"gus", "cak", "kang", "abah", "buya", "daeng", "ning"})
ADDRESS_NICKNAME_HONORIFICS = frozenset({"bang", "om", "teh", "aa", "uda", "uni", "mbah", "neng", "ustad"})
NICKNAME_HONORIFICS = PUBLIC_NICKNAME_HONORIFICS | ADDRESS_NICKNAME_HONORIFICS
# Regional offices written as one word that no title list holds (``Budi Santoso (Sekda)``).
_REGIONAL_OFFICE_WORDS = frozenset({"sekda", "sekdaprov", "sekkab", "sekkot", "sekwan", "sekdes", "sekcam",
                                    "kadus", "perbekel"})
# Kinship words: ``Andi Wijaya (Istri)`` says who the person is to someone, not what they are called.
_KINSHIP_WORDS = frozenset({"istri", "suami", "ayah", "ibu", "anak", "adik", "kakak", "kakek", "nenek",
                            "paman", "bibi", "cucu", "menantu", "mertua", "keponakan", "sepupu", "ipar"})
_NOT_NICKNAME_WORDS = (TITLE_HEADS | OFFICE_HEADS | RANKS | GLUED_ROLE_WORDS | cues.ROLE_NOUNS
                       | cues.AGENT_NOUNS | _REGIONAL_OFFICE_WORDS | _KINSHIP_WORDS)
# Football clubs named as one word (``Persib``, ``Persija``, ``Persebaya``, ``Arema``).
_CLUB_WORD = re.compile(r"^(?:pers[a-z]{1,8}|arema)$")
# Before a bracketed name: it is one of a couple or a family (``Pasangan suami istri Andi Wijaya
# (Rina)``, ``anak korban``), so the bracket may name the other one.
_FAMILY_BEFORE = re.compile(
    r"\b(?:pasangan|suami|istri|anak|ayah|ibu|adik|kakak|keluarga|orang\s+tua)\b[^.;:()]{0,30}$",
    re.IGNORECASE)
# Right after the closing bracket: ``Andi Wijaya (Rina) dan ...``, a second person may be named.
_PAIR_AFTER = re.compile(r"^\)\s*(?:dan|serta|bersama|&)\b", re.IGNORECASE)


def _named_body(word: str) -> bool:
    """A party, organisation, outlet or club written as one word (``Gerindra``, ``Golkar``,
    ``Perindo``, ``Persib``): what a bracket after a politician's or player's name often holds."""
    entry = ABBREVIATIONS.get(word)
    return (word in gazetteer.orgs() or word in gazetteer.media() or (entry is not None and entry[1] == "ORG")
            or bool(_CLUB_WORD.match(word.casefold())))


def _nickname_words(name: str) -> list[str] | None:
    """The words of a nickname (``Gus Ipul`` -> ``[gus, ipul]``, ``Kirun``), or None for what a
    bracket or ``atau`` after a name gives instead: initials and party or body acronyms (all
    capitals: left to :func:`_resolve_initials`), an age or number, a place, an organisation, a
    party, outlet or club written as one word (``Gerindra``, ``Persib``: :func:`_named_body`), a
    title, rank, office or its abbreviation (``Mensos``, ``Gubernur``, ``Sekda``), a role of a case
    or an everyday one (``Tersangka``, ``Sopir``), a kinship word (``Istri``, ``Anak``), or two or
    more name words (a second person). A nickname of two words opens with an honorific
    (:data:`NICKNAME_HONORIFICS`)."""
    words = name.split()
    if (not words or name.isupper() or any(c.isdigit() for c in name) or _is_place(name) or _org_like(name)
            or _named_body(name)):
        return None
    low = [w.casefold().strip(_STRIP) for w in words]
    if any(w in _NOT_NICKNAME_WORDS or w in ROLE_ABBREVIATIONS for w in low):
        return None
    if len(words) == 1 or (len(words) == 2 and low[0] in NICKNAME_HONORIFICS):
        return low
    return None


def _nickname_blocked(text: str, a: int, end: int, bracket: bool, cue: str, words: list[str],
                      full: str = "") -> bool:
    """Context that makes the name after a full name (``full``, at ``a`` in ``text``; the nickname
    ends at ``end``) someone else. After ``atau`` (two people as often as one), only an honorific
    nickname (``... atau Gus Ipul``) is one: ``menghubungi Budi Santoso atau Agus`` offers two
    people. In brackets, a one-word name (no honorific) is one only as a short form of the name
    (:func:`_short_form_of`: ``Joko Widodo (Jokowi)``, ``Bambang Soesatyo (Bamsoet)``), since a
    bracket after a name also gives another person (``Budi Santoso (Rina)``, a wife, a child, the
    other one of a pair), and not after a couple or family (``Pasangan suami istri Andi Wijaya
    (Andi)``) or followed by ``dan`` / ``bersama``. ``alias`` and ``akrab disapa`` say it is a
    nickname whatever its letters (``Muhammad Akhirun alias Kirun``)."""
    if cue.casefold() == "atau":
        return len(words) != 2 or words[0] not in NICKNAME_HONORIFICS
    if bracket and len(words) == 1:
        return bool(_FAMILY_BEFORE.search(text[:a]) or _PAIR_AFTER.match(text[end:])) \
            or not _short_form_of(words[0], full)
    return False


# A bracketed one-word nickname shares a run of this many letters, at its start or end, with a
# word of the full name (:func:`_short_form_of`).
SHORT_FORM_MIN_RUN = 3


def _short_form_of(nick: str, full: str) -> bool:
    """``nick`` reads as made from the words of ``full``: its first or last
    :data:`SHORT_FORM_MIN_RUN` letters are in one of the name's words, with ``f``/``p`` and a
    silent ``h`` folded (``Jokowi`` < ``Joko Widodo``, ``Bamsoet`` < ``Bambang Soesatyo``, ``Ibas``
    < ``Edhie Baskoro``, ``Ipul`` < ``Saifullah``, ``Kirun`` < ``Akhirun``). ``Rina`` after ``Budi
    Santoso`` is not (another person); nor is a nickname of another origin (``Ahok``), the cost."""
    def fold(w: str) -> str:
        return normalize_key(w).replace("f", "p").replace("kh", "k").replace("dh", "d")
    n = fold(nick)
    if len(n) < SHORT_FORM_MIN_RUN:
        return False
    parts = [fold(w) for w in _tokens(full)]
    return any(n[:SHORT_FORM_MIN_RUN] in w or n[-SHORT_FORM_MIN_RUN:] in w for w in parts)


def _own_title(titles: dict[str, list[tuple[_Form, str]]], nick: _Form, key: str) -> bool:
    """A use of the nickname's key other than ``nick`` (the one given after the name, whose title
    is the name's) has a title the full name ``key`` is not given in the article: ``... (Rina)``,
    then ``guru Rina``, is a person of her own. An honorific (``Pak Jokowi``) is no title."""
    given = {t for _, t in titles.get(key, [])}
    return any(t and t not in given and not set(t.split()) <= _ALL_HONORIFICS
               for g, t in titles.get(nick.key or "", []) if g is not nick)


def _nicknames(articles: Sequence[Evidence], by_article: dict[int, list[_Form]],
               uf: _UnionFind) -> tuple[list[tuple[_Form, str, str]], list[tuple[str, str, str, set[int]]]]:
    """``Saifullah Yusuf (Gus Ipul)``, ``Saifullah Yusuf atau Gus Ipul``, ``Muhammad Akhirun alias
    Kirun``: a person mention right after a full person name (two or more words) in its sentence,
    in brackets or after ``atau`` / ``alias`` / ``akrab disapa``, is that person's nickname when it
    reads as one (:func:`_nickname_words`) and nothing around it names a second person
    (:func:`_nickname_blocked`). After ``atau`` it must also be nobody else's: no full name
    of the run has the word first or last, no ``antara`` / ``apakah`` / ``memilih`` before the
    name offers a choice of two people (``antara Budi Santoso atau Andi``), and the name does not
    close a list of people (``Budi Santoso, Andi Wijaya atau Cak Nun``). Nor is it the nickname when
    its article gives it a title the full name is not given (a person of their own). Its uses in
    the article take the name's key. A nickname opening with a public figure's honorific
    (:data:`PUBLIC_NICKNAME_HONORIFICS`, ``Gus Ipul``) given for one name only may join it in other
    articles too, where :func:`_apply_nicknames` finds a shared event, storyline or office title.
    Returns ``(form, full, key)`` of the uses and ``(nickname key, full, name key, articles)`` of the
    run-wide candidates."""
    ends: dict[str, set[str]] = defaultdict(set)  # first or last word -> full-name keys of the run
    for local in by_article.values():
        for f in local:
            if f.type == "PERSON" and f.key and len(f.full.split()) >= 2 and not f.pair:
                toks = _tokens(f.full)
                for w in (toks[0], toks[-1]):
                    ends[w].add(f.key)
    assign: list[tuple[_Form, str, str]] = []
    named: dict[str, dict[str, tuple[str, set[int]]]] = defaultdict(dict)  # nickname key -> name key -> (full, articles)
    for i, local in by_article.items():
        ev = articles[i]
        sents = ev.doc.sentences
        by_sentence: dict[int, list[tuple[int, _Form]]] = defaultdict(list)
        titles: dict[str, list[tuple[_Form, str]]] = defaultdict(list)  # key -> its uses' titles here
        for f in local:
            by_sentence[f.sentence].append((ev.mentions[f.mention].start, f))
            if f.key and f.title:
                titles[f.key].append((f, _title_key(f.title)))
        found: dict[str, tuple[str, str]] = {}
        place_type: dict[str, str] = {}  # nickname key -> the type of the name it is given for
        for k, row in by_sentence.items():
            if not 0 <= k < len(sents):
                continue
            text = sents[k].text
            row.sort(key=lambda p: p[0])
            for n, ((a, f), (b, g)) in enumerate(itertools.pairwise(row)):
                if not f.key or not g.key or g.key == f.key:
                    continue
                f_end, g_end = ev.mentions[f.mention].end, ev.mentions[g.mention].end
                given = _nickname_before(text, (a, f_end), (b, g_end), f, g) \
                    or _place_epithet(text, f_end, (b, g_end), f, g)
                if given:
                    nick, name = given
                    if not _own_title(titles, nick, name.key):
                        found.setdefault(nick.key, (name.full, name.key))
                        if name.type in PLACE_TYPES:  # ``Paman Sam``, typed LOC or PERSON, is the country
                            place_type[nick.key] = name.type
                        words = _nickname_words(nick.full) or []
                        if (len(words) == 2 and words[0] in PUBLIC_NICKNAME_HONORIFICS) or name.type in PLACE_TYPES:
                            named[nick.key].setdefault(name.key, (name.full, set()))[1].add(i)
                    continue
                if f.type != "PERSON" or f.pair or len(f.full.split()) < 2:
                    continue
                gap = _NICKNAME_GAP.match(text[ev.mentions[f.mention].end:b])
                if not gap or not gap.group(0).strip():
                    continue
                called = _called_initials(gap.group("cue") or "", g)
                if g.type != "PERSON" and not (gap.group("cue") and g.type in PLACE_TYPES) and not called:
                    continue
                end = ev.mentions[g.mention].end
                if gap.group("bracket") and text[end:end + 1] != ")":
                    continue
                words = [g.full.casefold()] if called else _nickname_words(g.full)
                if words is None or g.pair or g.initials:
                    continue
                if _nickname_blocked(text, a, end, bool(gap.group("bracket")), gap.group("cue") or "", words, f.full) \
                        or _own_title(titles, g, f.key):
                    continue
                if (gap.group("cue") or "").casefold() == "atau" and (
                        _CHOICE_BEFORE.search(text[:a])
                        or ends.get(normalize_key(words[-1]), set()) - {f.key, g.key}
                        or (n and row[n - 1][1].type == "PERSON" and _LIST_BEFORE.search(text[:a]))):
                    continue
                found.setdefault(g.key, (f.full, f.key))
                if called:
                    place_type[g.key] = "PERSON"  # the person's initials, not a body
                if len(words) == 2 and words[0] in PUBLIC_NICKNAME_HONORIFICS:
                    named[g.key].setdefault(f.key, (f.full, set()))[1].add(i)
        for f, full, key in _nicknames_said_so(ev, local):
            found.setdefault(f.key, (full, key))
        for f, full, key in _clipped_given_names(local, ends):
            found.setdefault(f.key, (full, key))
        for f in local:
            if f.key in place_type:
                f.type = place_type[f.key]
        assign.extend((f, *found[f.key]) for f in local if f.key in found)
    wide = []
    for short, by_name in named.items():
        if len({uf.find(k) for k in by_name}) == 1:
            key = next(iter(by_name))
            full = by_name[key][0]
            wide.append((short, full, key, set().union(*(given for _, given in by_name.values()))))
    return assign, wide


# Between a nickname and the full name it is given for: ``Cak Imin (Muhaimin Iskandar)``, ``Cak
# Imin, sapaan akrab Muhaimin Iskandar``.
_NAME_AFTER_NICKNAME = re.compile(
    r"\s*(?:(?P<bracket>\()|,?\s*(?:yang\s+merupakan\s+)?(?:sapaan|panggilan)(?:\s+akrab)?\s)\s*$", re.IGNORECASE)
# After a nickname, its full name named before: ``kata Cak Imin, sapaan akrabnya``.
_SAPAAN_NYA = re.compile(r"\s*,?\s*(?:yang\s+merupakan\s+)?(?:sapaan|panggilan)(?:\s+akrab)?nya\b", re.IGNORECASE)


def _nickname_before(text: str, at: tuple[int, int], g_at: tuple[int, int], f: _Form,
                     g: _Form) -> tuple[_Form, _Form] | None:
    """``(nickname, full name)`` where the nickname ``f`` (at ``at`` in ``text``) comes first and
    the full person name ``g`` (at ``g_at``) after it, in brackets or after ``sapaan akrab``: ``Cak Imin
    (Muhaimin Iskandar)``, ``Cak Imin, sapaan akrab Muhaimin Iskandar``. In brackets a one-word
    nickname must be made of the name's letters, as after the name (:func:`_nickname_blocked`)."""
    if f.type != "PERSON" or g.type != "PERSON" or g.pair or f.pair or f.initials or len(g.full.split()) < 2:
        return None
    gap = _NAME_AFTER_NICKNAME.match(text[at[1]:g_at[0]])
    words = _nickname_words(f.full)
    if not gap or words is None:
        return None
    if gap.group("bracket") and (text[g_at[1]:g_at[1] + 1] != ")"
                                 or _nickname_blocked(text, at[0], g_at[1], True, "", words, g.full)):
        return None
    return f, g


def _nicknames_said_so(ev: Evidence, local: Sequence[_Form]) -> list[tuple[_Form, str, str]]:
    """``kata Cak Imin, sapaan akrabnya``: a nickname the article says is the familiar name of the
    person it is about, the one full person name named before it whose words it is made from
    (:func:`_short_form_of`). Returns ``(use, full, key)`` of every use of the nickname."""
    sents = ev.doc.sentences
    out: list[tuple[_Form, str, str]] = []
    for f in local:
        if f.type != "PERSON" or not f.key or f.pair or f.initials or not 0 <= f.sentence < len(sents):
            continue
        m = ev.mentions[f.mention]
        if not _SAPAAN_NYA.match(sents[f.sentence].text, m.end):
            continue
        words = _nickname_words(f.full)
        if words is None:
            continue
        before = {g.key: g.full for g in local if g.type == "PERSON" and g.key and g.key != f.key and not g.pair
                  and len(g.full.split()) >= 2 and (g.sentence, g.mention) < (f.sentence, f.mention)
                  and _short_form_of(words[-1], g.full)}
        if len(before) == 1:
            key, full = next(iter(before.items()))
            out.extend((g, full, key) for g in local if g.key == f.key)
    return out


# A one-word name and the given name it is clipped from share this many first letters (``Benny``
# / ``Benjamin``, ``Pras`` / ``Prasetyo``; :func:`_clipped_given_names`).
CLIPPED_NAME_MIN_PREFIX = 3
CLIPPED_NAME_MIN_LETTERS = 4


def _clipped_given_names(local: Sequence[_Form], ends: dict[str, set[str]]) -> list[tuple[_Form, str, str]]:
    """``dr Benjamin Paulus Octavianus ...``, later ``kata Benny``; ``ujar Prasetyo``, later ``Pras
    menjelaskan``: a one-word person name of the article that is no word of any of its names is the
    familiar form of the one person named before it whose given name (first word, after a name
    opener) it is clipped from: it opens with that name's first :data:`CLIPPED_NAME_MIN_PREFIX`
    letters, is :data:`CLIPPED_NAME_MIN_LETTERS` letters or more, and reads as a nickname
    (:func:`_nickname_words`). Not when two people of the article fit, a full name of the run has
    the word as its first or last word (``Benny`` is then that person, ``Benny Wijaya``), a use has
    an age or title of its own (``pedagang Benny (34)``) or shares a sentence with the name (as
    :func:`_nickname_of`, which finds clippings that start a full name's given name later). Returns
    ``(use, full, key)`` of every use of the word."""
    persons = [f for f in local if f.type == "PERSON" and f.key and not f.pair and not f.common and not f.initials]
    words_of = {f.key: _tokens(f.full) for f in persons}
    # Looked up once per one-word name: which keys' names hold a word, each key's uses and sentences.
    word_keys: dict[str, set[str]] = {}
    for k, ws in words_of.items():
        for w in ws:
            word_keys.setdefault(w, set()).add(k)
    uses_of: dict[str | None, list[_Form]] = {}
    for g in local:
        uses_of.setdefault(g.key, []).append(g)
    sents_of = {k: {g.sentence for g in uses} for k, uses in uses_of.items()}
    out: list[tuple[_Form, str, str]] = []
    done: set[str] = set()
    for f in sorted(persons, key=lambda f: (f.sentence, f.mention)):
        if f.key in done or f.full != f.text or len(f.text.split()) != 1:
            continue
        done.add(f.key)
        nick = normalize_key(f.text)
        if (len(nick) < CLIPPED_NAME_MIN_LETTERS or _nickname_words(f.text) is None or ends.get(nick)
                or any(k != f.key for k in word_keys.get(nick, ()))):
            continue
        first = (f.sentence, f.mention)
        cands: dict[str, str] = {}
        for g in persons:
            if g.key == f.key or (g.sentence, g.mention) >= first:
                continue
            ws = words_of[g.key]
            given = ws[1] if len(ws) >= 3 and ws[0] in _OPENERS else ws[0]
            if given != nick and len(given) > len(nick) and given[:CLIPPED_NAME_MIN_PREFIX] == nick[:CLIPPED_NAME_MIN_PREFIX]:
                cands[g.key] = g.full
        uses = uses_of[f.key]
        if len(cands) != 1 or any(g.age or (g.title and g.title.strip()) for g in uses):
            continue
        key, full = next(iter(cands.items()))
        if not sents_of[f.key] & sents_of[key]:
            out.extend((g, full, key) for g in uses)
    return out


def _place_epithet(text: str, end: int, g_at: tuple[int, int], f: _Form, g: _Form) -> tuple[_Form, _Form] | None:
    """``(epithet, place)`` of a place and the epithet news gives it, in apposition: ``Amerika
    Serikat atau Paman Sam``, ``AS (Paman Sam)``. The epithet is capitalised words that are no
    place, body or acronym of their own (``Jakarta atau Bandung`` are two places)."""
    if f.type not in PLACE_TYPES or not _is_place(f.full):
        return None
    gap = _NICKNAME_GAP.match(text[end:g_at[0]])
    if not gap or not gap.group(0).strip() or (gap.group("bracket") and text[g_at[1]:g_at[1] + 1] != ")"):
        return None
    words = g.full.split()
    if (len(words) < 2 or g.full.isupper() or any(c.isdigit() for c in g.full) or _is_place(g.full)
            or _org_like(g.full) or _named_body(g.full) or not all(w[:1].isupper() for w in words)):
        return None
    return g, f


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
    if not re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", ev.doc.text):
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
        toks = _tokens(name)
        if len(toks) >= 2:
            out.update((toks[0], toks[-1]))
    return out


def _first_pass(
    articles: Sequence[Evidence], order: Sequence[int], canon: Callable[[str, str], str]
) -> tuple[list[_Form], dict[int, list[_Form]], _UnionFind,
           tuple[list[tuple[_Form, str, str]], list[tuple[str, str]]], list[tuple[_Form, str]],
           list[tuple[_Form, str, list[_Form]]]]:
    """Keys per mention (glued roles dropped, type-aware keys), in-article short forms and
    initials, and the union of equal keys; also the bracketed short names' uses and run-wide joins
    (:attr:`Mentions.bracketed`), applied once events are known, and the short forms left to the
    cross-article step with their article's one candidate (:func:`_resolve_short_forms`), and the
    names the tagger cut short with their whole name and the mentions of their rest
    (:func:`_complete_cut_name`), applied once events are known."""
    from kliping.extract.entities import inner_short_form  # (the NER stack, as in _load_canonical)

    uf = _UnionFind()
    forms: list[_Form] = []
    by_article: dict[int, list[_Form]] = {}
    acronyms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    spelt_in: dict[str, set[int]] = defaultdict(set)
    bracket_names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    bracket_in: dict[str, set[int]] = defaultdict(set)
    bracket_assign: list[tuple[_Form, str, str]] = []
    deferred: list[tuple[_Form, str]] = []
    cut_names: list[tuple[_Form, str, list[_Form]]] = []
    government_heads: list[tuple[str, str]] = []
    glossed: list[tuple[_Form, _Form]] = []
    two_ways: list[tuple[str, str]] = []
    person_names = [n for ev in articles for m in ev.mentions if m.type == "PERSON"
                    for n in [strip_honorifics(" ".join(m.text.split()))] if len(n.split()) >= 2]
    person_keys = {normalize_key(n) for n in person_names}
    person_type_keys = {type_key(n, "PERSON") for n in dict.fromkeys(person_names)}
    heads = _glued_heads(person_names, person_keys)
    any_name = {normalize_key(" ".join(m.text.split())) for ev in articles for m in ev.mentions}
    for i in order:
        local: list[_Form] = []
        completed: list[tuple[int, str, int, int, int]] = []  # (mention, name, sentence, start, end)
        for j, m in enumerate(articles[i].mentions):
            text = " ".join(m.text.split())
            if not text:
                continue
            base = strip_honorifics(text)
            if m.type == "PERSON":
                whole, end = _complete_cut_name(articles[i], m, base, person_type_keys)
                if end > m.end:
                    completed.append((j, whole, m.sentence, m.end, end))
                else:
                    whole = _name_in_title(articles[i], m, base)
                    if whole != base:
                        completed.append((j, whole, m.sentence, m.end, m.end))
                base = _drop_glued_role(_unglue(base), person_keys, heads)
                tail = _glued_word_tail(base, person_keys)
                if tail:  # "Purbaya Yudhi Sadewabuka suara": the glued word is no part of the name
                    base = base[:-len(tail)]
                    text = text[:-len(tail)] if text.endswith(tail) else text
                base = _drop_opening_word(articles[i], m, base, lambda i=i, j=j: _article_persons(articles[i], j))
            full = " ".join(canon(base, m.type).split())
            key = _two_letter_key(full, type_key(full, m.type), i) or None
            written = base.split()
            if key and m.type == "ORG" and len(written) > 1 and written[0] in REGIONAL_GOVERNMENT_HEADS:
                # ``Pemprov Banten`` is ``Pemerintah Provinsi Banten`` once events are known: one
                # province's government, named in many of its stories, is no evidence of one event
                short_key = type_key(" ".join(written), m.type)
                if short_key != key:
                    government_heads.append((short_key, key))
                    key = short_key
            pair = m.type == "PERSON" and _is_name_pair(full, person_keys)
            age = m.type == "PERSON" and _age_follows(articles[i], m)
            local.append(_Form(i, j, m.sentence, text, full, m.type, m.title, key, pair, age))
        _people_typed_places(local)
        cut = {j for j, *_ in completed}
        for f, g, whole in _split_names(articles[i], local):  # applied by resolve(), as cut names
            if f.mention not in cut and g.mention not in cut:
                cut_names.extend(((f, whole, []), (g, whole, [])))
        vouched = _mark_person_initials(articles[i], local, canon)
        _declared_initials(articles[i], local, canon)
        for j, whole, k, a, b in completed:  # applied by resolve(), once events are known
            rest = [f for f in local if (ms := articles[i].mentions[f.mention]).sentence == k
                    and a <= ms.start and ms.end <= b]
            cut_names.extend((f, whole, rest) for f in local if f.mention == j)
        _mark_common_words(articles[i], local)
        bracketed, assign = _resolve_bracketed_short_names(articles[i], local, any_name)
        bracket_assign.extend(assign)
        for short, name, kind in bracketed:
            bracket_names[short].add((name, kind))
            bracket_in[short].add(i)
        deferred.extend(_resolve_short_forms(local, after_intro=True))
        for acronym, name, typ in _resolve_initials(local, vouched):
            acronyms[acronym].add((name, typ))
            spelt_in[acronym].add(i)
        inners = {id(f): inner for f in local if f.key and f.type == "ORG" and "(" in f.text
                  and (inner := inner_short_form(f.text))}
        for inner in inners.values():
            # the short form alone in the article is the words before the bracket (``KBRI`` after
            # ``Kedutaan Besar RI (KBRI) Phnom Penh``), as after ``Kedutaan Besar RI (KBRI)``
            head_full = " ".join(canon(inner[2], "ORG").split())
            for g in local:
                if g.key and g.text == inner[3] and g.full == g.text:
                    g.full, g.key = head_full, type_key(head_full, "ORG")
        for f in local:
            if f.key:
                uf.add(f.key)
                inner = inners.get(id(f))
                if inner:
                    # ``Kejaksaan Negeri (Kejari) Cilegon`` declares ``Kejari Cilegon`` its short name;
                    # ``Kejari`` alone is that of ``Kejaksaan Negeri`` where two articles spell it so,
                    # as for an acronym in brackets after its name (``_spelt_out``)
                    short = type_key(" ".join(canon(inner[1], f.type).split()), f.type)
                    uf.add(short)
                    uf.union(f.key, short)
                    head = type_key(" ".join(canon(inner[2], f.type).split()), f.type)
                    alone = type_key(" ".join(canon(inner[3], f.type).split()), f.type)
                    if head != alone:
                        uf.add(head)
                        acronyms[alone].add((head, f.type))
                        spelt_in[alone].add(i)
        # ``Badan Pengawas Keuangan dan Pembangunan (BPKP)``: a known acronym with a name of the
        # article that is its expansion written two ways
        known = {f.key: f.full for f in local if f.key and f.type == "ORG" and f.text in ABBREVIATIONS
                 and f.full != f.text}
        two_ways.extend((k, g.key) for g in local if g.key and g.type == "ORG" and g.key not in known
                        for k, expansion in known.items() if _spelt_two_ways(g.full, expansion))
        glossed.extend((f, g) for f, g in _glossed_acronyms(articles[i], local, canon)
                       if f.key not in {short for short, _n, _k in bracketed})
        by_article[i] = local
        forms.extend(local)
    # An organisation's acronym two or more articles spell out, all for one name, is that name in
    # every article (``BKPM`` alone); spelt out once, it may be another body's (``BPN``). Initials of
    # people are not: news names suspects by initials only (``berinisial DS``), so ``MS`` spelt out
    # as one person is not the ``MS`` of another case. A short name written as a word (``Unnes``,
    # ``Jokowi``), made of the starts of the name's words, is rarely two bodies': spelt out once is enough.
    spellings = _acronym_bodies(forms, by_article, uf, two_ways, glossed,
                                [(acronyms, spelt_in), (bracket_names, bracket_in)])
    for acronym, root in _spelt_out(acronyms, spelt_in, uf):
        uf.add(acronym)
        uf.union(root, acronym)
    spellings.written_out = government_heads
    return (forms, by_article, uf, (bracket_assign, _spelt_out(bracket_names, bracket_in, uf)), deferred, cut_names,
            spellings)


def _lone_short_forms(
    forms: Sequence[_Form], by_article: dict[int, list[_Form]], uf: _UnionFind,
    deferred: Sequence[tuple[_Form, str]] = (),
) -> tuple[list[tuple[str, str]], dict[tuple[str, str], set[int]], set[tuple[str, str]]]:
    """``(full-name key, short key)`` joins of lone short forms without a role conflict
    (:func:`_role_conflict`); those of them whose short form stands for that full name in
    :data:`LONE_ATTESTED_MIN_ARTICLES` or more articles that name both, with those articles; and
    those found only through the word after a name opener.

    A lone short form (no full name in its article) joins the single full name in the run whose
    first or last token it is; with two candidates (``Kim Jong-un``, ``Kim Myong Sik``) it joins the
    one the same short form resolved to inside other articles, if there is one.
    """
    token_index: dict[str, set[str]] = defaultdict(set)
    # the full names a word starts: among several full names with the word, the one it starts is the
    # one news calls by it alone (``Prabowo`` is ``Prabowo Subianto``, not ``Listyo Sigit Prabowo``)
    first_index: dict[str, set[str]] = defaultdict(set)
    # the word after a name opener, consulted only for a short form that is no first or last word
    # of any name (``Reza`` stays ``Reza Gladys``'s even where ``Muhammad Reza Cordova`` exists)
    after_opener: dict[str, set[str]] = defaultdict(set)
    # an inner word of a name of three or more, consulted (like the word after an opener) only for a
    # short form that is no first or last word of any name and joined only with the full name's office
    inner: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        # (a hyphenated pair of two names, ``Prabowo Subianto-Gibran Rakabuming Raka``, is nobody's
        # full name: it would make ``Prabowo`` the word of two names)
        if f.type != "PERSON" or not f.key or len(f.full.split()) < 2 or f.pair:
            continue
        key, toks = f.key, _tokens(f.full)
        if toks:
            token_index[toks[0]].add(uf.find(key))
            token_index[toks[-1]].add(uf.find(key))
            first_index[toks[0]].add(uf.find(key))
            if len(toks) >= 3 and toks[0] in _OPENERS:  # ``Amran`` of ``Andi Amran Sulaiman``
                after_opener[toks[1]].add(uf.find(key))
            elif len(toks) >= 3:  # ``Ghufron`` of ``Ali Ghufron Mukti`` (:func:`_is_middle`)
                for w in toks[1:-1]:
                    if _is_middle([w], toks):
                        inner[w].add(uf.find(key))
    # what each short form (by its own key) resolved to inside articles that named the full name
    resolved: dict[str, set[str]] = defaultdict(set)
    attesting: dict[tuple[str, str], set[int]] = defaultdict(set)  # (short, root) -> articles
    for f in forms:
        if f.type == "PERSON" and f.key and len(f.full.split()) >= 2:
            short = normalize_key(strip_honorifics(f.text))
            toks = _tokens(f.full)
            # a word after a name opener (``Reza`` of ``Muhammad Reza Cordova``) is a reading of
            # its article only: it does not outvote the run's names with that first or last word
            if short and short != f.key and len(strip_honorifics(f.text).split()) == 1 and short in (toks[0], toks[-1]):
                resolved[short].add(uf.find(f.key))
                attesting[(short, uf.find(f.key))].add(f.article)
    # a short form used before its article's one candidate is introduced (``Trump`` ... ``Donald
    # Trump``) reads as that name too when no other name of the run has the word first or last
    def candidates(word: str) -> set[str]:
        """The full names ``word`` can stand for alone: the one it starts when several have it."""
        roots = token_index.get(word, set())
        firsts = first_index.get(word, set()) & roots
        return firsts if len(roots) > 1 and len(firsts) == 1 else roots

    for f, key in deferred:
        if f.key and candidates(f.key) == {uf.find(key)}:
            resolved[f.key].add(uf.find(key))
            attesting[(f.key, uf.find(key))].add(f.article)
    # the roles a lone short form is given in its articles, and those the full names are given
    lone_roles: dict[str, list[set[str]]] = defaultdict(list)
    for local in by_article.values():
        per_key: dict[str, set[str]] = defaultdict(set)
        for f in local:
            if f.type == "PERSON" and f.key and len(f.full.split()) == 1:
                per_key[f.key] |= _role_words(f.title)
        for key, words in per_key.items():
            lone_roles[key].append(words)
    full_roles: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if f.type == "PERSON" and f.key and len(f.full.split()) >= 2:
            full_roles[uf.find(f.key)] |= _role_words(f.title)
    # a key the run gives organisations and places more often than people is theirs: ``Pindad``,
    # the arms maker, is no short form of the vehicle ``Maung Pindad`` a tagger typed a person
    votes: Counter = Counter()
    for f in forms:
        if f.key:
            votes[f.key] += 1 if f.type == "PERSON" else -1
    # the titles (written out, :func:`_title_key`) of lone short forms and of full names, to tell
    # apart two full names sharing the word (``Presiden Prabowo`` of ``Prabowo Subianto``, not of
    # ``Listyo Sigit Prabowo``)
    lone_titles: dict[str, set[str]] = defaultdict(set)
    full_titles: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if f.type == "PERSON" and f.key and f.title and _office_title(_title_key(f.title)):
            (lone_titles[f.key] if len(f.full.split()) == 1 else full_titles[uf.find(f.key)]).add(_title_key(f.title))
    kept: list[tuple[str, str]] = []
    by_office: set[tuple[str, str]] = set()
    for key in sorted({f.key for f in forms if f.type == "PERSON" and f.key and len(f.full.split()) == 1
                       and not f.common and votes[f.key] > 0}):
        attested = len(resolved.get(key, ())) == 1
        roots = resolved[key] if attested else token_index.get(key) or after_opener.get(key) or inner.get(key, set())
        if len(roots) > 1:
            firsts = {r for r in roots if r in first_index.get(key, set())}
            # several full names have the word: the one whose title or office the short form is
            # given, if only one; joined only where it is given so (:func:`_join_lone_short_forms`)
            roots = {r for r in roots if (lone_titles.get(key, set()) - {""}) & full_titles.get(r, set())
                     or any(_same_office(words, full_roles.get(r, set())) for words in lone_roles.get(key, []))}
            if len(roots) == 1:
                by_office.add((next(iter(roots)), key))
            elif not roots and len(firsts) == 1:
                roots = firsts  # no title tells: the one name the word starts
        if len(roots) != 1:
            continue
        root = next(iter(roots))
        if not _role_conflict(lone_roles.get(key, []), full_roles.get(root, set()), attested):
            kept.append((root, key))
    # an article giving the lone short form the full name's title uses it for that person as surely
    # as one naming both (``Presiden Prabowo`` where the run has ``Presiden Prabowo Subianto``)
    root_of = {key: root for root, key in kept}
    for f in forms:
        if f.type == "PERSON" and f.key in root_of and f.title and len(f.full.split()) == 1 \
                and _title_key(f.title) in full_titles.get(root_of[f.key], set()):
            attesting[(f.key, root_of[f.key])].add(f.article)
    well = {(root, key): attesting[(key, root)] for root, key in kept
            if len(attesting.get((key, root), ())) >= LONE_ATTESTED_MIN_ARTICLES}
    opener = {(root, key) for root, key in kept if (key not in resolved and key not in token_index)
              or (root, key) in by_office}
    return kept, well, opener


def _partial_names(forms: Sequence[_Form], uf: _UnionFind) -> list[tuple[str, str]]:
    """``(longer name key, name key)`` for a two-word person name that is the leading or trailing
    words of exactly one longer name of the run (``Amran Sulaiman`` / ``Andi Amran Sulaiman``,
    ``Sri Mulyani`` / ``Sri Mulyani Indrawati``); :func:`resolve` keeps them where the articles
    share an event, as for lone short forms (``Djoko Santoso`` in a story of its own may be the
    general, not ``Fadjar Djoko Santoso``)."""
    longer: dict[tuple[str, ...], set[str]] = defaultdict(set)
    two: dict[tuple[str, ...], str] = {}
    for f in forms:
        if f.type != "PERSON" or not f.key:
            continue
        toks = tuple(_tokens(f.full))
        if len(toks) >= 3:
            longer[toks[:2]].add(uf.find(f.key))
            longer[toks[-2:]].add(uf.find(f.key))
        elif len(toks) == 2 and f.full == f.text:
            two.setdefault(toks, f.key)
    out = []
    for toks, key in sorted(two.items()):
        roots = longer.get(toks, set()) - {uf.find(key)}
        if len(roots) == 1:
            out.append((next(iter(roots)), key))
    return out


def collect_mentions(articles: Sequence[Evidence], order: Sequence[int]) -> Mentions:
    """First pass: keys per mention, in-article short forms, cross-article merging by key.

    Event linking names an article by these keys (:meth:`Mentions.article_names`); the pending
    joins of short forms wait for the events, so an event never rests on a guess about who a
    bare ``Budi`` is.
    """
    canon = _load_canonical()
    forms, by_article, uf, bracketed, deferred, cut_names, body_joins = _first_pass(articles, order, canon)
    lone, attested, via_opener = _lone_short_forms(forms, by_article, uf, deferred)
    nicknames = _nicknames(articles, by_article, uf)
    return Mentions(forms, uf, canon, by_article, pending=lone + _partial_names(forms, uf), attested=attested,
                    nicknames=nicknames,
                    via_opener=via_opener, bracketed=bracketed, cut_names=cut_names, body_joins=body_joins)


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
    x, y = a[diff[0]], b[diff[0]]
    shortest = min(len(x), len(y))
    if shortest < ORG_TYPO_MIN_LETTERS or not (x.isalpha() and y.isalpha()) or _gendered_pair([x], [y]):
        return False
    if _known_word(x) and _known_word(y):  # Badung / Bandung, Binjai / Sinjai: two places, no typo
        return False
    return OSA.distance(x, y) <= (1 if shortest < 9 else 2) and ratio(" ".join(a), " ".join(b)) >= MISSPELLING_MIN_RATIO


def _join_lone_short_forms(mentions: Mentions, event_of: dict[int, str]) -> None:
    """Keep a pending lone short-form join for the articles that give the short form the full
    name's title or office (:func:`_same_office`), that share an event with one naming the full
    name (``Tuan Kim`` at the summit Kim Jong Un attends), or, for a well-attested join (the short
    form stands for the full name in :data:`LONE_ATTESTED_MIN_ARTICLES`+ articles of as many
    events), whose plain uses (:func:`_plain_one_name`) sit in a story naming a person or
    organisation the full name's stories name (:func:`_other_names`): their short forms take the
    full name's key. A join found only after a name opener needs the office. The others keep their
    own key, so a one-name ``Dian (37)``, parent in a school-meal story, stays apart from ``Dian
    Patria`` of an anti-graft office. Uses flagged as common words never join; short forms that
    joined a name which itself joined a longer one follow it (:func:`_follow_moved_keys`). (Also joining where the full name is named in 8+ articles of
    the run was measured: 2 fewer split people, 1 more wrong merge; not kept.)"""
    uf = mentions.uf
    if not mentions.pending:
        return
    full_of: dict[str, list[_Form]] = defaultdict(list)  # root -> its forms of two or more words
    with_key: dict[str, list[_Form]] = defaultdict(list)
    for f in mentions.forms:
        # a lone short form's uses the tagger typed otherwise go with it (``Trump`` tagged a place
        # in one story): its key is a person's, as :func:`_lone_short_forms` checked by vote
        if f.key and not f.common:
            with_key[f.key].append(f)
        if f.key and len(f.full.split()) >= 2:
            full_of[uf.find(f.key)].append(f)
    moved_in: list[_Form] = []  # forms given another key here
    for root, key in mentions.pending:
        fulls = full_of.get(uf.find(root), [])
        events = {event_of.get(f.article) for f in fulls} - {None}
        roles: set[str] = set().union(*(_role_words(f.title) for f in fulls)) if fulls else set()
        titles = {_title_key(f.title) for f in fulls} - {""}
        by_article: dict[int, list[_Form]] = defaultdict(list)
        for f in with_key.get(key, []):
            by_article[f.article].append(f)
        attesting = mentions.attested.get((root, key), set())
        well_attested = len({event_of.get(a, f"#{a}") for a in attesting}) >= LONE_ATTESTED_MIN_ARTICLES
        opener_only = (root, key) in mentions.via_opener
        near: list[set[str]] = []  # the names of the full name's articles, built when first needed
        for i, fs in by_article.items():
            own_roles = set().union(*(_role_words(f.title) for f in fs))
            own_titles = {_title_key(f.title) for f in fs} - {""}
            if (own_titles & titles) or _same_office(own_roles, roles):
                joins = True  # the same office
            elif opener_only:
                joins = False  # a reading after a name opener is its article's only
            elif event_of.get(i) in events:
                joins = True
            elif well_attested and _plain_one_name(fs, own_roles, roles):
                if not near:
                    near.append(set().union(*(_other_names(mentions, a) for a in {f.article for f in fulls}))
                                - _everywhere_names(mentions))
                joins = bool((_other_names(mentions, i) & near[0]) - {uf.find(root), uf.find(key)})
            else:
                joins = False
            if joins:
                for f in fs:
                    f.key = root
                    moved_in.append(f)
    _follow_moved_keys(with_key, moved_in)


# Two articles a vouched join (:func:`_join_vouching_pairs`) links were published at most this many
# days apart.
VOUCH_MAX_DAYS = 3
# ... and a join is looked at only when its two sides' articles make at most this many pairs: a name
# that many stories give is a public figure the shared-event and attested routes handle, and the
# pairs would cost quadratic work in a large run.
VOUCH_MAX_PAIRS = 400


def _days_apart(a: Evidence, b: Evidence) -> int | None:
    """Days between the publication dates of two articles, None when one has no date."""
    from datetime import date

    try:
        da = date.fromisoformat((a.doc.published or "")[:10])
        db = date.fromisoformat((b.doc.published or "")[:10])
    except ValueError:
        return None
    return abs((da - db).days)


def _join_vouching_pairs(articles: Sequence[Evidence], mentions: Mentions,
                         event_of: dict[int, str]) -> set[frozenset[str]]:
    """Two weak joins between the same two articles of different stories vouch for each other:
    ``Hanif`` alone in one article and ``Hanif Faisol Nurofiq`` in another (a lone short form whose
    one candidate in the run is that name, left apart for want of a shared event), and ``Edi
    Soeparno`` there with ``Eddy Soeparno`` here (two full names of one spelling, :func:`_spelling`,
    no third name of that spelling in the run). Each alone may be two people in two stories; two
    different people of one article matching two of another, published within
    :data:`VOUCH_MAX_DAYS` days, are one occasion reported twice (the event linker split it). The
    lone short form's uses carry nothing of someone else (:func:`_plain_one_name`), the two
    spellings no offices that differ (``Bupati Sleman`` / ``Bupati Bantul``) and no gendered pair. The short forms take the full
    name's key here; the spelling pairs are returned (as root pairs) for the misspelling step,
    which reports them as name variants."""
    uf = mentions.uf
    persons: dict[str, list[_Form]] = defaultdict(list)
    for f in mentions.forms:
        if f.key and f.type == "PERSON":
            persons[uf.find(f.key)].append(f)
    # candidate links: (article, article) -> the joins between them, by the people they join
    links: dict[frozenset[int], dict[str, tuple]] = defaultdict(dict)
    # 1. lone short forms still on their own key
    for root, key in mentions.pending:
        if (root, key) in mentions.via_opener or uf.find(key) == uf.find(root):
            continue
        fulls = [f for f in persons.get(uf.find(root), []) if len(f.full.split()) >= 2]
        roles: set[str] = set().union(*(_role_words(f.title) for f in fulls)) if fulls else set()
        by_article: dict[int, list[_Form]] = defaultdict(list)
        for f in persons.get(uf.find(key), []):
            if f.key == key and not f.common and len(f.full.split()) == 1:
                by_article[f.article].append(f)
        full_articles = {f.article for f in fulls}
        if len(by_article) * len(full_articles) > VOUCH_MAX_PAIRS:
            continue
        for i, fs in by_article.items():
            own_roles = set().union(*(_role_words(f.title) for f in fs))
            if not _plain_one_name(fs, own_roles, roles):
                continue
            for a in full_articles - {i}:
                if event_of.get(a) != event_of.get(i) or event_of.get(a) is None:
                    links[frozenset((i, a))][uf.find(root)] = ("short", root, key, i)
    # 2. two full names of one spelling
    by_spelling: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for r, fs in persons.items():
        full = Counter(f.full for f in fs if len(f.full.split()) >= 2)
        if full:
            parts = name_parts(_without_initials(full.most_common(1)[0][0]))
            if len(parts) >= 2:
                by_spelling[_spelling(parts)].append(r)
    for roots in by_spelling.values():
        if len(roots) != 2:
            continue
        a, b = roots
        fa, fb = persons[a], persons[b]
        pa = name_parts(Counter(f.full for f in fa if len(f.full.split()) >= 2).most_common(1)[0][0])
        pb = name_parts(Counter(f.full for f in fb if len(f.full.split()) >= 2).most_common(1)[0][0])
        ta = _specific(set().union(*(_role_words(f.title) for f in fa)))
        tb = _specific(set().union(*(_role_words(f.title) for f in fb)))
        if _gendered_pair(pa, pb) or (ta and tb and not ta & tb):
            continue
        xs, ys = {f.article for f in fa}, {f.article for f in fb}
        if len(xs) * len(ys) > VOUCH_MAX_PAIRS:
            continue
        for x in xs:
            for y in ys - {x}:
                links[frozenset((x, y))][a] = ("spelling", a, b)
    vouched: set[frozenset[str]] = set()
    moved: set[tuple[str, int]] = set()
    for pair, joins in links.items():
        x, y = tuple(pair)
        days = _days_apart(articles[x], articles[y])
        people: list[set[str]] = []  # the joins' names, one set per person (a name in two joins is one)
        for join in joins.values():
            names = {join[1]} if join[0] == "short" else {join[1], join[2]}
            for other in [p for p in people if p & names]:
                names |= other
                people.remove(other)
            people.append(names)
        if len(people) < 2 or days is None or days > VOUCH_MAX_DAYS:
            continue
        for join in joins.values():
            if join[0] == "spelling":
                vouched.add(frozenset((join[1], join[2])))
            elif (join[2], join[3]) not in moved:
                moved.add((join[2], join[3]))
                for f in persons.get(uf.find(join[2]), []):
                    if f.article == join[3] and f.key == join[2]:
                        f.key = join[1]
    return vouched


def _follow_moved_keys(with_key: dict[str, list[_Form]], moved_in: list[_Form]) -> None:
    """A short form joined to a name whose own forms all joined one longer name goes there too:
    ``Mentan Amran`` joins ``Amran Sulaiman``, which joins ``Andi Amran Sulaiman``; without this
    step it would be left alone under the emptied key."""
    for _ in range(3):  # chains are short: a one-word name, a two-word name, the full name
        changed = False
        targets_of: dict[str, set[str | None]] = {}  # once per key: its group may hold thousands
        for f in moved_in:
            key = f.key or ""
            if key not in targets_of:
                targets_of[key] = {g.key for g in with_key.get(key, [])}
            targets = targets_of[key]
            if targets and len(targets) == 1 and f.key not in targets:
                f.key = next(iter(targets))
                changed = True
        if not changed:
            return


def _everywhere_names(mentions: Mentions) -> frozenset[str]:
    """Names a large run gives in more than EVERYWHERE_SHARE of its articles (the president, the
    parliament, the police): sharing one says nothing about a story being the figure's. Small runs
    (under EVERYWHERE_MIN_ARTICLES) cannot tell them apart, so none is. Computed once per run."""
    if mentions.everywhere is not None:
        return mentions.everywhere
    n = len(mentions.by_article)
    out: frozenset[str] = frozenset()
    if n >= EVERYWHERE_MIN_ARTICLES:
        df: Counter = Counter()
        for i in mentions.by_article:
            df.update(_other_names(mentions, i))
        out = frozenset(k for k, c in df.items() if c > EVERYWHERE_SHARE * n)
    mentions.everywhere = out
    return out


def _other_names(mentions: Mentions, i: int) -> set[str]:
    """Roots of the people and organisations article ``i`` names (not its places: nearly every
    story names ``Jakarta``), the evidence that a lone short form's story is about the figure."""
    return {mentions.uf.find(f.key) for f in mentions.by_article.get(i, [])
            if f.key and f.type not in PLACE_TYPES and not f.key.startswith(PLACE_KEY)}


def _plain_one_name(fs: Sequence[_Form], own_roles: set[str], full_roles: set[str]) -> bool:
    """The uses of a lone short form in one article carry nothing that makes them someone else:
    no age in brackets (``Dian (37)``), no office or place word the full name's roles lack
    (``warga Subang, Deni``) nor a deputy's office for an office holder (``Wamenkeu``), no all-capital
    spelling (``GRACE``, a satellite, is not ``Grace``)."""
    if any(f.age or (f.text.isupper() and len(f.text) > 1) for f in fs):
        return False
    # a deputy is not the office holder; a figure who held a deputy's office and another (a vice
    # president who was a mayor) is the holder of both, so only a deputy's role the figure never had
    # keeps the short form apart
    if "wakil" in own_roles and "wakil" not in full_roles:
        return False
    return not (_specific(own_roles) - _specific(full_roles))


# Joins a lone one name's key and its story's event into the key of its uses there (``budi in e3``):
# merge keys join a name's parts without spaces, so no name's key holds it.
LONE_STORY_MARK = " in "


def _keep_lone_names_in_their_stories(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A one-word person name no full name took (none in its article, no join by
    :func:`_join_lone_short_forms`) is whoever its story says it is: ``Budi`` the thief, ``Budi``
    the farmer and ``Budi`` the fire victim of three unrelated stories are three people, and one
    key would make them one entity. Such a name keeps its key within an event; the uses of two
    events share it only on the evidence the one-name figure route asks for (:func:`_lone_evidence`):
    a person or organisation both stories name, or the same title. The rest take a key of their
    story (:data:`LONE_STORY_MARK`). A name that is the first or last word of exactly one full name
    of the run (``Habibie``: ``BJ Habibie``) is most likely that person's wherever it is used
    alone, so its plain uses stay together (apart from the full name, as
    :func:`_join_lone_short_forms` left them); only the stories that mark it as a private person's
    (:func:`_age_follows`: ``Erwin (45)``) take keys of their own. Events are known here: the event
    linker is unaffected."""
    uf = mentions.uf
    groups: dict[str, list[_Form]] = defaultdict(list)
    full_names: dict[str, set[str]] = defaultdict(set)  # first or last word -> full-name roots
    ends: dict[str, tuple[str, ...]] = {}  # full name -> its first and last word, once per spelling
    for f in mentions.forms:
        if not f.key:
            continue
        root = uf.find(f.key)
        groups[root].append(f)
        if f.type == "PERSON" and " " in f.full and not f.pair:
            if f.full not in ends:
                toks = _tokens(f.full)
                ends[f.full] = (toks[0], toks[-1]) if toks else ()
            for w in ends[f.full]:
                full_names[w].add(root)
    lone = {r: fs for r, fs in groups.items() if _is_lone_name(fs)}
    lone_roots = set(lone)
    names_of: dict[int, set[str]] = {}  # article -> the names it gives (:func:`_other_names`), once
    tickets = _tickets(mentions, lone)
    for root, fs in lone.items():
        ticket = tickets.get(root)
        if ticket is not None:  # ``Prabowo-Gibran``: two known figures, the same pair in every story
            if ticket:
                uf.union(ticket, root)
            continue
        one_person = all(len(full_names.get(w, ())) == 1 for f in fs for w in _tokens(f.full)[:1])
        parts: dict[str, list[_Form]] = defaultdict(list)  # event -> uses, in order of appearance
        for f in fs:
            parts[event_of.get(f.article, f"#{f.article}")].append(f)
        if one_person:  # only the stories that mark the name as a private person's
            parts = {e: uses for e, uses in parts.items() if any(f.age for f in uses)}
            if not parts:
                continue
        elif len(parts) < 2:
            continue
        story_of = _lone_evidence(mentions, parts, lone_roots, names_of)
        first = None if one_person else next(iter(parts))
        for event, uses in parts.items():
            story = story_of[event]
            if story != first:
                key = f"{root}{LONE_STORY_MARK}{story}"
                uf.add(key)
                for f in uses:
                    f.key = key


_HYPHEN = re.compile(r"\s*[-‐‑–]\s*")


def _tickets(mentions: Mentions, lone: dict[str, list[_Form]]) -> dict[str, str]:
    """Roots of one-word hyphenated pairs of two one names (``Prabowo-Gibran``) that stand for a
    pair the run writes in full (``Prabowo Subianto-Gibran Rakabuming Raka``, the one such pair whose
    halves the two words start) or whose words each start exactly one full person name of the run: a
    ticket or a government of two known figures, no private person's name, so one entity in every
    story. Maps such a root to the full pair's root, or to ``""`` where the run writes none."""
    uf = mentions.uf
    starts: dict[str, set[str]] = defaultdict(set)  # first word -> full-name roots it starts
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # first words of the halves -> pair roots
    for f in mentions.forms:
        if not f.key or f.type != "PERSON" or " " not in f.full:
            continue
        if not f.pair:
            toks = _tokens(f.full)
            if toks:
                starts[toks[0]].add(uf.find(f.key))
            continue
        halves = [_tokens(h) for h in _HYPHEN.split(f.full)]
        if len(halves) == 2 and all(halves):
            written[(halves[0][0], halves[1][0])].add(uf.find(f.key))
    out: dict[str, str] = {}
    for root, fs in lone.items():
        shapes = {tuple(_HYPHEN.split(f.full)) for f in fs}
        if len(shapes) != 1:
            continue
        words = next(iter(shapes))
        if len(words) != 2 or not all(w[:1].isupper() for w in words):
            continue
        first = (normalize_key(words[0]), normalize_key(words[1]))
        pair = written.get(first, set())
        if len(pair) == 1:
            out[root] = next(iter(pair))
        elif not pair and all(len(starts.get(w, ())) == 1 for w in first):
            out[root] = ""
    return out


def _keep_initials_in_their_stories(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A person the article names by initials only (``tersangka berinisial BP``; no name of the
    article spelt out with them) is one person within its story: ``BP`` of a toll-road case is not
    the ``BP`` suspect of another case, nor the oil company ``BP``. Their uses take a key of their
    event (:data:`LONE_STORY_MARK`), after the event linker has used the plain key."""
    for f in mentions.forms:
        if f.initials and _PERSON_INITIALS.match(f.full) and f.key == type_key(f.full, "PERSON"):
            f.key = f"{f.key}{LONE_STORY_MARK}{event_of.get(f.article, f'#{f.article}')}"
            mentions.uf.add(f.key)


def _is_lone_name(fs: Sequence[_Form]) -> bool:
    """An entity of one-word names only, mostly typed a person: nobody's full name is known."""
    return all(len(f.full.split()) == 1 for f in fs) and Counter(f.type for f in fs).most_common(1)[0][0] == "PERSON"


def _lone_evidence(mentions: Mentions, parts: dict[str, list[_Form]], lone_roots: set[str],
                   names_of: dict[int, set[str]]) -> dict[str, str]:
    """Event -> the first event of its group: events whose uses of one lone name share a person or
    organisation of their articles (not one every story names, :func:`_everywhere_names`, nor another
    lone one name) or a title, written out (:func:`_title_key`) and naming more than a generic head
    (``Kapolsek Tambora``, not ``Ketua``), in stories that do not mark the name as a private
    person's (``Budi (41)``). Indexed by name and title, so a name used in thousands of stories costs
    no pairwise work."""
    everywhere = _everywhere_names(mentions)
    group = _UnionFind()
    first_with: dict[tuple[str, str], str] = {}
    for event, uses in parts.items():
        group.add(event)
        for a in {f.article for f in uses} - names_of.keys():
            names_of[a] = _other_names(mentions, a)
        shared = set().union(*(names_of[f.article] for f in uses))
        # (a lone name already given a story key here is a lone name too)
        clues = {("name", r) for r in shared - everywhere - lone_roots if LONE_STORY_MARK not in r}
        if not any(f.age for f in uses):
            clues |= {("office", t) for f in uses for t in [_title_key(f.title)]
                      if t and _specific(_role_words(f.title))}
        for clue in clues:
            if clue in first_with:
                group.union(first_with[clue], event)
            else:
                first_with[clue] = event
    firsts: dict[str, str] = {}
    for event in parts:  # in order of appearance
        firsts.setdefault(group.find(event), event)
    return {event: firsts[group.find(event)] for event in parts}


def _apply_cut_names(mentions: Mentions) -> None:
    """A name the tagger cut short takes its whole name, with the short forms its article resolved
    to it (``Kim`` after ``Kim Jong``); a mention of the rest (``PS Brodjonegoro`` typed ORG) is no
    name. Applied once events are known: in the first pass the whole name joined a one-name
    minister's story to his others and cost detik-dev storylines (``docs/ner.md``)."""
    for f, whole, rest in mentions.cut_names:
        old_key, old_full = f.key, f.full
        key = type_key(whole, "PERSON")
        mentions.uf.add(key)
        for g in mentions.by_article.get(f.article, []):
            if g is f or (old_key and g.key == old_key):
                g.key = key
                if g.full == old_full:
                    g.full = whole
        for g in rest:
            g.key = None


def _apply_bracketed(mentions: Mentions) -> None:
    """Short names introduced in brackets take their name's key, in their article and, where
    :func:`_spelt_out` allows, everywhere (``Jokowi``, ``Kejagung``)."""
    assign, unions = mentions.bracketed
    for f, full, key in assign:
        f.full, f.key = full, key
        mentions.uf.add(key)
    for short, root in unions:
        mentions.uf.add(short)
        mentions.uf.union(root, short)


def _apply_nicknames(mentions: Mentions, event_of: dict[int, str], storyline_of: dict[int, str]) -> None:
    """Nicknames given after a full name take its key in their article (:func:`_nicknames`). A
    public figure's honorific nickname (``Gus Ipul``) given for one name only takes it in another
    article too where that article shares an event or storyline with one that gave it, or gives it
    an office title the full name has (``Mensos Gus Ipul``): ``Bang Roni`` the lawmaker and ``Bang
    Roni`` the driver of another story stay two, and so would two ``Gus`` of unrelated stories."""
    assign, wide = mentions.nicknames
    for f, full, key in assign:
        f.full, f.key = full, key
    if not wide:
        return
    shorts, names = {w[0] for w in wide}, {w[2] for w in wide}
    uses: dict[str, list[_Form]] = defaultdict(list)  # nickname key -> its uses; one pass over the forms
    offices: dict[str, set[str]] = defaultdict(set)  # name key -> the office titles it is given
    for f in mentions.forms:
        if f.key in shorts:
            uses[f.key].append(f)
        if f.key in names and f.title and _office_title(_title_key(f.title)):
            offices[f.key].add(_title_key(f.title))
    for short, full, key, given in wide:
        places = {event_of[i] for i in given if i in event_of} | {storyline_of[i] for i in given if i in storyline_of}
        by_article: dict[int, list[_Form]] = defaultdict(list)
        for f in uses.get(short, []):
            if f.article not in given and f.key == short:
                by_article[f.article].append(f)
        for i, fs in by_article.items():
            if event_of.get(i) in places or storyline_of.get(i) in places or any(f.title and _title_key(f.title) in offices.get(key, set()) for f in fs):
                for f in fs:
                    f.full, f.key = full, key


def resolve(
    articles: Sequence[Evidence],
    mentions: Mentions,
    event_of: dict[int, str],
    storyline_of: dict[int, str] | None = None,
) -> tuple[list[Entity], dict[tuple[int, int], str], list[NameVariant], dict[str, str]]:
    """Second pass: misspelling merges, then entities, mention ids and name variants.

    ``storyline_of`` (article index -> storyline id), when given, lets a misspelling merge on a
    shared storyline as on a shared event (``Siti Nadia Tarmizi`` / ``Tarmidzi`` in two events of one
    storyline); the other joins stay on events: storylines group unrelated stories too often to
    vouch for a bare one-word name.

    Returns the entities, a map ``(article index, mention index) -> entity id``, the name variants
    and a map ``merge key -> entity id`` used to resolve speakers.
    """
    uf = mentions.uf
    _apply_cut_names(mentions)
    _apply_bracketed(mentions)
    _apply_nicknames(mentions, event_of, storyline_of or {})
    for uses, full, key, name in mentions.body_joins.renders:
        for f in uses:
            f.full, f.key = full, key
        uf.union(name, key)
    for short, key in mentions.body_joins.written_out:
        uf.add(key)
        uf.union(key, short)
    _join_lone_short_forms(mentions, event_of)
    vouched = _join_vouching_pairs(articles, mentions, event_of)
    _join_regions(mentions, event_of)
    _join_written_out(mentions)
    _join_institution_tails(mentions)
    _join_country_tails(mentions, event_of)
    _keep_initials_in_their_stories(mentions, event_of)
    _keep_lone_names_in_their_stories(mentions, event_of)
    groups: dict[str, list[_Form]] = defaultdict(list)
    for f in mentions.forms:
        if f.key:
            groups[uf.find(f.key)].append(f)

    # --- 3. likely misspellings of one person
    person_roots = [
        r for r, fs in groups.items() if Counter(f.type for f in fs).most_common(1)[0][0] == "PERSON"
    ]
    spellings: dict[str, list[str]] = {}  # root -> parts of its most frequent full spelling
    for r in person_roots:
        full_counts = Counter(f.full for f in groups[r] if len(f.full.split()) >= 2)
        if full_counts:
            spelling = _without_initials(full_counts.most_common(1)[0][0])
            spellings[r] = name_parts(spelling)
    one_spelling = {r: _spelling(parts) for r, parts in spellings.items()}
    buckets: dict[tuple[int, int, str], list[str]] = defaultdict(list)
    for r, parts in spellings.items():
        buckets[(len(parts), 0, parts[0])].append(r)
        buckets[(len(parts), 1, parts[-1])].append(r)
        buckets[(len(parts), 2, "".join(one_spelling[r]))].append(r)
    merges: list[tuple[str, str]] = []
    # a pair of names meets in up to three buckets (same first part, last part, one spelling);
    # every test below is symmetric, so each pair is tested once
    seen_pairs: set[tuple[str, str]] = set()

    rank_of: dict[str, tuple[int, int]] = {}
    for n, f in enumerate(mentions.forms):
        if f.key:
            r = uf.find(f.key)
            size, first = rank_of.get(r, (0, n))
            rank_of[r] = (size - 1, min(first, n))

    def rank(root: str) -> tuple[int, int]:
        return rank_of.get(root, (0, 1 << 30))

    # per root, read once: the merges below are only collected, so ``groups`` does not change in the loop
    @functools.cache
    def roles(root: str) -> set[str]:
        return set().union(*(_role_words(f.title) for f in groups[root]))

    @functools.cache
    def events(root: str) -> set[str]:
        return {event_of.get(f.article) for f in groups[root]} - {None}  # type: ignore[misc]

    @functools.cache
    def storylines(root: str) -> set[str]:
        return {storyline_of.get(f.article) for f in groups[root]} - {None} if storyline_of else set()  # type: ignore[misc]

    for bucket in buckets.values():
        for x in range(len(bucket)):
            for y in range(x + 1, len(bucket)):
                a, b = sorted((bucket[x], bucket[y]), key=rank)
                if (a, b) in seen_pairs:
                    continue
                seen_pairs.add((a, b))
                pa, pb = spellings[a], spellings[b]
                same = len(pa) >= 2 and one_spelling[a] == one_spelling[b]
                if not same and (ratio("".join(pa), "".join(pb)) < MISSPELLING_MIN_RATIO
                                 or not _one_part_differs(pa, pb)):
                    continue
                shared_event = bool(events(a) & events(b)) or bool(storylines(a) & storylines(b)) \
                    or frozenset((a, b)) in vouched
                shared_title = bool(_titles(groups[a]) & _titles(groups[b])) \
                    or (_one_inner_letter(pa, pb) and _same_office(roles(a), roles(b)))
                if same and not shared_event:
                    # across stories only an old/new spelling with one title (``Soeparno`` /
                    # ``Suparno``); ``Rudy``/``Rudi``, ``Dedi``/``Dedy`` are two names there
                    same = shared_title and _old_spelling(pa) == _old_spelling(pb)
                if same or (not _gendered_pair(pa, pb) and (shared_title or shared_event)
                            and _one_part_differs(pa, pb)):
                    merges.append((a, b))
    # --- 3b. likely misspellings of one organisation (``PT Praba Indopersasa``)
    org_words: dict[str, list[str]] = {}
    for r, fs in groups.items():
        if Counter(f.type for f in fs).most_common(1)[0][0] == "ORG":
            # (the name written out, not the acronym its uses mostly go by: ``UHC``)
            named = Counter(f.full for f in fs if len(f.full.split()) >= 2)
            ws = named.most_common(1)[0][0].casefold().split() if named else []
            if len(ws) >= 2:
                org_words[r] = ws
    @functools.cache
    def glossed(root: str) -> set[str]:
        """The acronyms an organisation's own articles write, made of its name's initials
        (``UHC`` of ``Universal Health Coverage``): two names alike but for a typo that both carry
        one such acronym are one body across stories too (``Universal Health Caverage`` (UHC))."""
        own = {_initials(f.full, "ORG") for f in groups[root]} - {""}
        return {g.text for i in {f.article for f in groups[root]} for g in mentions.by_article.get(i, [])
                if g.text in own and _ACRONYM.match(g.text)}

    # names alike but for word k meet in bucket k: small buckets, even with many ``PT ...`` names
    org_buckets: dict[tuple[int, tuple[str, ...]], list[str]] = defaultdict(list)
    for r, ws in org_words.items():
        for k in range(len(ws)):
            org_buckets[(k, tuple(ws[:k] + ws[k + 1:]))].append(r)
    for bucket in org_buckets.values():
        for x in range(len(bucket)):
            for y in range(x + 1, len(bucket)):
                if not _org_typo(org_words[bucket[x]], org_words[bucket[y]]):
                    continue
                a, b = sorted((bucket[x], bucket[y]), key=rank)
                if (a, b) not in seen_pairs and (events(a) & events(b) or glossed(a) & glossed(b)):
                    seen_pairs.add((a, b))
                    merges.append((a, b))
    # --- 3c. one one-word name spelt two ways in one article (``Mamet`` / ``Memet``), and a
    # shorter name misspelling a longer one's words there (``Okky Prastyo Ajie`` / ``Okky Prasetyo``);
    # one body's name written two ways with one acronym spelt out for both (``BPKP``)
    for a, b in (_one_name_spellings(mentions, articles) + _partial_name_spellings(mentions, articles)
                 + mentions.body_joins.two_ways):
        a, b = sorted((uf.find(a), uf.find(b)), key=rank)
        if a != b and (a, b) not in seen_pairs:
            seen_pairs.add((a, b))
            merges.append((a, b))
    variant_pairs: list[tuple[str, str]] = []
    for a, b in sorted(merges, key=lambda p: (rank(p[0]), rank(p[1]))):
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb:
            uf.union(ra, rb)
            variant_pairs.append((ra, b))

    for acronym, name in mentions.body_joins.spread:
        uf.add(acronym)
        uf.union(name, acronym)
    _join_short_forms_of_respelt_names(mentions)
    _join_known_aliases(mentions, event_of)

    excluded: dict[str, set[str]] = defaultdict(set)
    for keep, other in variant_pairs:
        excluded[uf.find(keep)].update(f.full for f in groups[other])

    # --- entities, ordered by first appearance
    final: dict[str, list[_Form]] = defaultdict(list)
    for f in mentions.forms:
        if f.key:
            final[uf.find(f.key)].append(f)
    entities: list[Entity] = []
    root_to_id: dict[str, str] = {}
    mention_ids: dict[tuple[int, int], str] = {}
    for root, fs in final.items():  # dict order = first appearance (forms are in publication order)
        eid = f"E{len(entities) + 1}"
        root_to_id[root] = eid
        entities.append(_make_entity(eid, fs, articles, exclude=excluded.get(root, set())))
        for f in fs:
            mention_ids[(f.article, f.mention)] = eid

    variants: list[NameVariant] = []
    for keep, other in variant_pairs:
        eid = root_to_id[uf.find(keep)]
        canonical_forms = groups[keep]
        variant_forms = groups[other]
        items: list[FindingItem] = []
        names: list[str] = []
        for fs in (canonical_forms, variant_forms):
            # (a one-word name spelt two ways, ``Mamet`` / ``Memet``, has its one-word uses)
            spelled = [f for f in fs if len(f.full.split()) >= 2] or [f for f in fs if f.text == f.full]
            names.append(Counter(f.full for f in spelled).most_common(1)[0][0])
            seen: set[tuple[int, int]] = set()
            # Evidence is a sentence that writes the name out (``Bamban PS Brodjonegoro``), not one
            # naming the person by a short form resolved to it (``kata Bambang``): that shows no spelling.
            for f in (f for f in spelled if len(f.text.split()) >= 2 or f.text == f.full):
                if (f.article, f.sentence) in seen or len(seen) >= VARIANT_ITEMS_PER_SPELLING:
                    continue
                seen.add((f.article, f.sentence))
                items.append(FindingItem(articles[f.article].id, f.sentence, _sentence_text(articles[f.article], f.sentence)))
        variants.append(NameVariant(entity=eid, variants=names, items=items))

    key_to_id = {k: root_to_id[uf.find(k)] for k in uf.parent if uf.find(k) in root_to_id}
    return entities, mention_ids, variants, key_to_id


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
        ones: dict[str, list[_Form]] = defaultdict(list)
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
        names: dict[str, list[_Form]] = defaultdict(list)  # root -> its uses written out in full
        for f in local:
            if f.type == "PERSON" and f.key and not f.pair and len(f.full.split()) >= 2 and f.text == f.full:
                names[uf.find(f.key)].append(f)
        if len(names) < 2:
            continue
        toks = {r: _tokens(fs[0].full) for r, fs in names.items()}
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


def _another_person_near(articles: Sequence[Evidence], f: _Form) -> bool:
    """``juga`` / ``pula`` / ``lain`` right before or after the use ``f`` (:data:`_ANOTHER_BEFORE`):
    the report is adding someone, not naming the same person again."""
    ev = articles[f.article]
    if not 0 <= f.sentence < len(ev.doc.sentences):
        return False
    text, m = ev.doc.sentences[f.sentence].text, ev.mentions[f.mention]
    return bool(_ANOTHER_BEFORE.search(text[:m.start]) or _ANOTHER_AFTER.match(text[m.end:]))


def _same_one_person(articles: Sequence[Evidence], first: Sequence[_Form], later: Sequence[_Form], *,
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
            toks = _tokens(f.full)
            if toks:
                ends[root].update((toks[0], toks[-1]))
                ends[root].update(_spelling([w])[0] for w in _name_words(toks))
                given[root].add(toks[1] if len(toks) >= 3 and toks[0] in _OPENERS else toks[0])
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
        uses: dict[str, list[_Form]] = defaultdict(list)
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


def _story_names(mentions: Mentions, i: int) -> set[str]:
    """:func:`_other_names` of article ``i`` and the places of its story no gazetteer lists (a
    building or compound, ``Istana Kepresidenan``, ``Gedung Merah Putih``): a one-name figure's beat."""
    return _other_names(mentions, i) | {mentions.uf.find(f.key) for f in mentions.by_article.get(i, [])
                                        if f.key and f.type in PLACE_TYPES and not f.key.startswith(PLACE_KEY)
                                        and len(f.full.split()) >= 2}


def _join_known_aliases(mentions: Mentions, event_of: dict[int, str]) -> None:
    """A one-word person name still alone in its article joins the one full name of the run that
    other articles, naming the full name, already call the person by it (``Pras`` of ``Prasetyo
    Hadi``, ``Prabowo`` of ``Prabowo Subianto``): where its article shares an event with the full
    name, or, once the run calls the person so in :data:`LONE_ATTESTED_MIN_ARTICLES` or more events
    (the bar of :func:`_join_lone_short_forms`), where its story names a person, organisation or
    building the full name's stories name (:func:`_story_names`). Never where its article
    introduces another full name with the word, another full name of the run starts with it (or,
    the known alias being no word of any, has it at all), the word is an inner one of the full name
    (``Ali`` of ``Muhammad Ali Rahman``: a reading of its article only), or its uses carry an age,
    capitals or a role of their own (:func:`_plain_one_name`, :func:`_role_conflict`): ``pelaku Budi`` is not the
    spokesman ``Budi Prasetyo``, nor a ``Budi`` of a story naming nobody of theirs."""
    uf = mentions.uf
    multi: set[str] = set()
    roles: dict[str, set[str]] = defaultdict(set)
    token_roots: dict[str, set[str]] = defaultdict(set)
    first_roots: dict[str, set[str]] = defaultdict(set)
    end_roots: dict[str, set[str]] = defaultdict(set)
    articles_of: dict[str, set[int]] = defaultdict(set)
    for f in mentions.forms:
        if f.key and f.type == "PERSON" and " " in f.full and not f.pair:
            root = uf.find(f.key)
            multi.add(root)
            roles[root] |= _role_words(f.title)
            toks = _tokens(f.full)
            if toks:
                first_roots[toks[0]].add(root)
                end_roots[toks[0]].add(root)
                end_roots[toks[-1]].add(root)
                for w in toks:
                    token_roots[w].add(root)
    for f in mentions.forms:
        if f.key and uf.find(f.key) in multi:
            articles_of[uf.find(f.key)].add(f.article)
    near: dict[str, set[str]] = {}

    def known_aliases() -> dict[str, dict[str, set[int]]]:
        """word -> root -> articles calling that root by the one word."""
        out: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for f in mentions.forms:
            if f.key and f.type == "PERSON" and not f.initials:
                text = strip_honorifics(f.text)
                root = uf.find(f.key)
                if root in multi and len(text.split()) == 1 and not text.isupper():
                    out[normalize_key(text)][root].add(f.article)
        return out

    for by_story in (False, True):
        alias_in = known_aliases()
        for i, local in mentions.by_article.items():
            own_words = {w for f in local if f.type == "PERSON" and f.key and " " in f.full for w in _tokens(f.full)}
            story: set[str] | None = None  # the article's _story_names, read again after a join here
            uses: dict[str, list[_Form]] = defaultdict(list)
            for f in local:
                if f.key and f.type == "PERSON" and " " not in f.full and not f.common and not f.initials \
                        and uf.find(f.key) not in multi:
                    uses[normalize_key(f.full)].append(f)
            for word, fs in uses.items():
                known = {r: arts - {i} for r, arts in alias_in.get(word, {}).items() if arts - {i}}
                if len(known) != 1 or word in own_words:
                    continue
                root, attesting = next(iter(known.items()))
                firsts = first_roots.get(word, set())
                if (firsts and firsts != {root}) or (not firsts and token_roots.get(word, set()) - {root}):
                    continue
                if root in token_roots.get(word, set()) and root not in end_roots.get(word, set()):
                    continue  # an inner word or one after a name opener reads so in its article only
                own_roles = set().union(*(_role_words(f.title) for f in fs))
                lone = [r for r in (_role_words(f.title) for f in fs) if r]
                if not _plain_one_name(fs, own_roles, roles[root]) or _role_conflict(lone, roles[root], True):
                    continue
                if not by_story:
                    if event_of.get(i) not in {event_of.get(a) for a in articles_of[root]} - {None}:
                        continue
                else:
                    if len({event_of.get(a, f"#{a}") for a in attesting}) < LONE_ATTESTED_MIN_ARTICLES:
                        continue
                    if root not in near:
                        near[root] = set().union(*(_story_names(mentions, a) for a in articles_of[root])) \
                            - _everywhere_names(mentions)
                    if story is None:
                        story = _story_names(mentions, i)
                    if not (story & near[root]) - {root, uf.find(fs[0].key)}:
                        continue  # a story naming nobody the figure's stories name: someone else
                for f in fs:
                    f.key = root
                story = None


# A nickname cut from a given name keeps at least this many letters and drops at least two
# (``Bima`` of ``Bimastyaji``, ``Pras`` of ``Prasetyo``, ``Febri`` of ``Febrian``).
NICKNAME_MIN_LETTERS = 4


def _nickname_of(word: str, uses: Sequence[_Form], given: dict[str, set[str]], local: Sequence[_Form],
                 uf: _UnionFind) -> list[str]:
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


def _sentence_text(ev: Evidence, sentence: int) -> str:
    sents = ev.doc.sentences
    return sents[sentence].text if 0 <= sentence < len(sents) else ""


def describe(titles: Iterable[str | None]) -> str | None:
    """An entity's description from the titles written with its mentions: the most frequent one
    (the first seen among equals), an honorific alone (``Pak``) being none. The dossier's entity list
    gives it over all mentions; a storyline's list over that storyline's own articles
    (``render.common.Index.storyline_entities``), so a 2013 story shows the 2013 office."""
    seen = [" ".join(t.split()) for t in titles if t and t.strip()]
    counts = Counter(t for t in seen if t.casefold().strip(_STRIP) not in _ALL_HONORIFICS)
    if not counts:
        return None
    order = {t: n for n, t in enumerate(dict.fromkeys(seen))}
    return max(counts, key=lambda t: (counts[t], -order[t]))


def _make_entity(eid: str, fs: Sequence[_Form], articles: Sequence[Evidence], exclude: set[str]) -> Entity:
    """Name (longest frequent full form), type, aliases, description and articles of one entity."""
    full_counts = Counter(f.full for f in fs if f.full not in exclude) or Counter(f.full for f in fs)
    top = max(full_counts.values())
    order = {name: n for n, name in enumerate(dict.fromkeys(f.full for f in fs))}
    eligible = [n for n, c in full_counts.items() if c >= NAME_FREQUENCY_SHARE * top]
    name = max(eligible, key=lambda n: (len(n.split()), len(n), full_counts[n], -order[n]))
    # a mention with a title or role ("Menteri Luar Negeri Rusia Sergei Lavrov") is stronger evidence
    # of its type than a bare one the tagger may have mistyped
    type_votes: Counter = Counter()
    for f in fs:
        type_votes[f.type] += 3 if f.title and f.title.strip() else 1
    typ = type_votes.most_common(1)[0][0]
    alias_counts = Counter(f.text for f in fs)
    alias_order = {a: n for n, a in enumerate(dict.fromkeys(f.text for f in fs))}
    aliases = sorted(alias_counts, key=lambda a: (-alias_counts[a], alias_order[a]))
    if name not in aliases:
        aliases.append(name)
    description = describe(f.title for f in fs)
    arts = list(dict.fromkeys(articles[f.article].id for f in fs))
    return Entity(id=eid, name=name, type=typ, aliases=aliases, description=description, articles=arts)


def speaker_resolver(
    articles: Sequence[Evidence],
    mentions: Mentions,
    mention_ids: dict[tuple[int, int], str],
    key_to_id: dict[str, str],
) -> Callable[[int, str | None], str | None]:
    """A function ``(article index, name as written) -> entity id or None`` for quote speakers etc.

    Same article first (surface form, then a unique first/last-name match, or middle-name match where
    no name starts or ends with the word), then the run-wide merge
    key, then the longest trailing part of the name that is a known name (``Menteri Pertahanan Shin
    Won-sik`` -> ``Shin Won-sik``).
    """
    local: dict[int, dict[str, str]] = defaultdict(dict)
    local_full: dict[int, dict[str, str]] = defaultdict(dict)
    # one-word person names of the article -> their entities (a set: two people may share one)
    local_one: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in mentions.forms:
        eid = mention_ids.get((f.article, f.mention))
        if not eid:
            continue
        local[f.article].setdefault(normalize_key(f.text), eid)
        local[f.article].setdefault(normalize_key(f.full), eid)
        if len(f.full.split()) >= 2 and f.type == "PERSON":
            local_full[f.article].setdefault(f.full, eid)
        if f.type == "PERSON" and len(f.full.split()) == 1 and not f.common:  # (not a short form of another)
            local_one[f.article][normalize_key(f.text)].add(eid)

    def lookup(i: int, key: str, single: bool) -> str | None:
        if key in local[i]:
            return local[i][key]
        if single:
            ids = {eid for full, eid in local_full[i].items() if key in (_tokens(full)[:1] + _tokens(full)[-1:])}
            if not ids:
                # ``ujar Yudha`` of ``Rosyanto Yudha Hermawan``: a middle name used alone, when no name
                # of the article starts or ends with it (:func:`_is_middle`)
                ids = {eid for full, eid in local_full[i].items() if _is_middle([key], _tokens(full))}
            if len(ids) == 1:
                return next(iter(ids))
        root_key = mentions.uf.find(key) if key in mentions.uf.parent else None
        if root_key and root_key in key_to_id:
            return key_to_id[root_key]
        return key_to_id.get(key)

    def resolve_name(i: int, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        base = strip_honorifics(" ".join(name.split()))
        toks = base.split()
        for k in range(len(toks), 0, -1):
            part = " ".join(toks[len(toks) - k :])
            key = normalize_key(part)
            if key:
                hit = lookup(i, key, single=(k == 1))
                if hit:
                    return hit
            if k == len(toks) >= 2:
                # ``kata Pri Agung``: the first words of one full name of the article, before a
                # last word alone could be another person's (``Agung``)
                words = _tokens(base)
                ids = {eid for full, eid in local_full[i].items() if _is_part(words, _tokens(full))}
                if len(ids) == 1:
                    return next(iter(ids))
        return _first_word_person(local_one[i], toks)

    return resolve_name


def _first_word_person(one_words: dict[str, set[str]], toks: list[str]) -> str | None:
    """A speaker written in full whom the tagger only knew by the first word (``Sekretaris ...
    Bayu Aji`` left untagged, ``Bayu menyebut ...`` tagged): the one person of the article written
    with that word alone, when the speaker's name is two or three capitalised name words. A word the
    article uses as the short form of another full name (``Yoga`` of ``Yoga Santoso``) is not
    counted: ``Yoga Pratama`` is someone else."""
    if not 2 <= len(toks) <= 3 or not all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in toks) \
            or toks[0].casefold() in _GLUED:
        return None
    ids = one_words.get(normalize_key(toks[0]), set())
    return next(iter(ids)) if len(ids) == 1 else None
