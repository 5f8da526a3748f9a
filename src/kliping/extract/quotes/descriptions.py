"""How an unnamed speaker is described: the words the article uses for a quote's or statement's speaker when
no one is named (``Pihak kuasa hukum mengatakan``, ``," tulis dokumen tersebut``, ``Jaksa menyebut``).

Apart because it is shown, never resolved: the description is no entity and no name (the speaker's name stays
empty), but a reader of the dossier needs to know who says it, a document, a side or a kind of people.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.clauses import has_predicate, strip_connectors, verb_shaped
from kliping.extract.quotes.records import Ctx, _Item
from kliping.lang.id import cues
from kliping.lang.id.function_words import FIRST_PERSON_PRONOUNS
from kliping.lang.id.quote_words import (
    AUX_WORDS,
    CROWD_NOUNS,
    DESCRIPTION_CLOSING_WORDS,
    DESCRIPTION_END_WORDS,
    DESCRIPTION_OPENING_WORDS,
    MANNER_OPENERS,
    PRE_SUBJECT_ADVERBS,
    SUBJECT_TRAILING_ADVERBS,
)
from kliping.text.patterns import alternation

# Words that open a document's phrase after the quote (``," demikian tertulis dalam dokumen …``, ``," bunyi surat
# edaran itu``) but are the attribution's, not the description's.
_ATTRIBUTION_OPENING = re.compile(
    r"^[\s,.:;–—-]*(?:(?:" + alternation((*cues.SUMMING_UP_WORDS, *cues.LIKENESS_OPENERS)) + r")\s+)?"
    r"(?:yang\s+)?(?:(?:" + alternation((*cues.WRITTEN_IN_VERBS, "bunyi")) + r")\s+)?(?:(?:dalam|di)\s+)?",
    re.I)
# Where a description after the cue ends: punctuation, the words of how the reporter read it (``dikutip``,
# ``yang dilihat``, ``seperti dilansir``) or of where and through what the words were said (``melalui``, ``di atas``).
_DESCRIPTION_END = re.compile(
    r"[,.;:!?\"“”()]|\s(?:" + alternation(DESCRIPTION_END_WORDS, any_space=True) + r")\s"
    # ``peneliti tersebut dalam sebuah email``: where the words were written, unless it is the document itself
    # (``keterangan dalam dokumen tersebut``)
    r"|\sdalam\s(?!(?:" + alternation(cues.DOCUMENT_NOUNS | cues.REPORT_NOUNS) + r")(?![\w-]))", re.I)
# ``dalam`` opening where a group's words were written (``para peneliti dalam makalah``).
_IN_DOCUMENT = re.compile(r"\sdalam\s", re.I)
# Adverbs closing a subject before its verb (``Pihak sekolah juga menyatakan``).
_TRAILING_ADVERB = re.compile(r"(?:\s+(?:" + alternation(SUBJECT_TRAILING_ADVERBS) + r"))+$", re.I)
# Words before a subject that are the clause's, not the speaker's: a subordinator (``ketika analis``), the
# writer's ``Diketahui``, ``Oleh karenanya``.
_OPENING_WORDS = cues.SUBORDINATE_BEFORE_VERB | DESCRIPTION_OPENING_WORDS
# Words after a subject that are the predicate's: auxiliaries and adverbs (``telah lama``, ``bahkan``, ``lebih``).
_CLOSING_WORDS = AUX_WORDS | cues.SUBJECT_MODIFIERS | DESCRIPTION_CLOSING_WORDS
_PRONOUNS = cues.GROUP_PRONOUNS | cues.PERSON_PRONOUNS | FIRST_PERSON_PRONOUNS
_MAX_WORDS = 8
# The cue word at an item's position (``ujar``, ``menurut``, ``jelasnya``), after any punctuation before it.
_CUE_WORD = re.compile(r"^[\W_]*[\w-]+")
# Speaker kinds whose unresolved phrase is a description worth showing: a kind of people or a side (``none``), a
# phrase no entity took (``Kapolresta``), a role no one named holds in the article (``ujar jaksa``), a document.
# A pronoun left unresolved says nothing more than a dash.
_DESCRIBED_KINDS = frozenset(("none", "phrase", "role", "document"))


def unnamed_description(it: _Item, text: str) -> str | None:
    """The words describing ``it``'s speaker in ``text`` when no name was found: the subject before the cue
    (``Pihak kuasa hukum``) or the phrase after it (``dokumen Buku II Nota Keuangan``), up to eight words; None
    when a name was found, the speaker is a pronoun or role, or the words are no description."""
    sp = it.speaker
    if it.name or sp is None or sp.kind not in _DESCRIBED_KINDS:
        return None
    cue = (it.cue or "").lower()
    # the speaker stands after the cue in a tail attribution (``," ujar jaksa``, ``..., kata X``) and after
    # ``menurut``; before it in a subject (``Pihak kuasa hukum mengatakan``)
    if sp.start > it.pos or it.pos >= it.end or cue == "menurut":
        at = sp.start if sp.start > it.pos else it.pos
        rest = text[at:at + 200]
        if at == it.pos:
            word = _CUE_WORD.match(rest)
            if word is None or word.group(0).lower().endswith("nya"):
                return None  # (``," jelasnya``: a pronoun, the dash says as much)
            rest = rest[word.end():]
        rest = rest[_ATTRIBUTION_OPENING.match(rest).end():]  # type: ignore[union-attr]
        end = _DESCRIPTION_END.search(rest)
        phrase = rest[:end.start()] if end else rest
        if sp.kind == "none" and sp.text:
            # people (``tulis para peneliti dalam makalah ...``): a document after ``dalam`` is where they
            # wrote, not who; only a statement's own noun keeps it (``keterangan dalam dokumen tersebut``)
            phrase = _IN_DOCUMENT.split(phrase, maxsplit=1)[0]
    else:
        # (an unnamed head's ``start`` may be unset: the subject runs from the clause's opening to the cue)
        # (a comma right before the cue closes the subject, it does not open it: ``Sejumlah akademisi di Malang,
        # menilai``)
        close = len(text[:it.pos].rstrip(" ,"))
        opening = _clause_opening(text, close)
        phrase = _TRAILING_ADVERB.sub("", text[max(sp.start, opening):it.pos].strip(" ,"))
    words = strip_connectors(" ".join(phrase.split()).strip(" ,")).split()
    while words and (words[0].lower() in _OPENING_WORDS or words[0].lower() in cues.NYA_ADVERBS):
        words = words[1:]  # ``ketika analis``, ``Tentunya mereka``, ``Diketahui penyelenggara``
    while words and words[-1].lower() in _CLOSING_WORDS:
        words = words[:-1]  # ``Para ilmuwan telah lama``
    phrase = " ".join(words).strip(" ,")
    if not words or len(words) > _MAX_WORDS or not any(w[:1].isalpha() for w in words) \
            or phrase.lower() in _PRONOUNS \
            or has_predicate([w for w in words if w.lower() not in cues.ROLE_DEMONSTRATIVES and w[:1].islower()
                              and w.lower() not in cues.PREDICATE_LOOKALIKES]):
        # a pronoun says no more than the dash; a verb means the words are a clause, not who speaks
        # (``Video potongan memperlihatkan X``, ``Pemerintah perlu mengimplementasikan ...``); a capitalised word
        # is a name's, never the verb (``Harvard Medical School``: ``Medical`` only looks like ``me-``)
        return None
    if any(c in phrase for c in "\"“”"):
        return None
    return phrase


# Punctuation that opens a clause before a subject; a comma or full stop between digits (``(94,4%)``) does not.
_CLAUSE_PUNCTUATION = re.compile(r"[;:!?\n\"“”]|(?<!\d)[.,]|[.,](?!\d)")


def _clause_opening(text: str, close: int) -> int:
    """Where the clause ending at ``close`` opens: after the last clause punctuation before it (a decimal comma,
    ``Mayoritas orang tua murid (94,4%) juga menilai``, is no clause boundary)."""
    last = None
    for m in _CLAUSE_PUNCTUATION.finditer(text, 0, close):
        last = m
    return last.end() if last else 0


# How many sentences back the antecedent of ``Mereka`` may stand (past other ``Mereka`` sentences).
_ANTECEDENT_REACH = 3
_WORD = re.compile(r"[^\s,]+")


def group_antecedent(it: _Item, ctx: Ctx) -> str | None:
    """The group a ``Mereka`` speaker points back to, as the article described it: the subject of the nearest
    sentence before that has one, when that subject is a group (``Kini, para pedagang telah …`` then ``Mereka
    berharap …`` -> ``para pedagang``; ``sejumlah warga Boyolali``, ``massa``) or an organisation the tagger found
    (``NASA``, ``BEM UI``). A sentence whose subject is ``Mereka`` too is passed over (up to three sentences); any
    other subject (a person, a thing, an adjunct the subject reader cannot see past) stops the search, so a group
    named further back is never guessed. Shown as the description only, never a name."""
    sp = it.speaker
    pronoun = (sp.text or "").lower() if sp is not None else ""
    if it.name or sp is None or sp.kind != "none" or pronoun not in cues.GROUP_PRONOUNS \
            or pronoun in FIRST_PERSON_PRONOUNS or pronoun in cues.SIDE_PRONOUNS:
        return None
    si = ctx.doc.locate(it.pos)[0]
    for k in range(si - 1, max(-1, si - 1 - _ANTECEDENT_REACH), -1):
        sent = ctx.doc.sentences[k]
        found = _sentence_subject(sent.text)
        if found is None:
            return None
        at, phrase = found
        low = phrase.lower().split()
        if low == ["mereka"]:
            continue
        if low[0] in cues.GROUP_QUANTIFIERS or " ".join(low[:2]) in cues.GROUP_QUANTIFIERS or low[0] in CROWD_NOUNS:
            return phrase if not has_predicate(phrase.split()[1:]) else None
        start = sent.start + at
        for a, b, m in ctx.mentions:
            if a == start and b == start + len(phrase) and m.type == "ORG":
                return phrase
        return None
    return None


def _sentence_subject(text: str) -> tuple[int, str] | None:
    """``(offset, phrase)`` of a sentence's subject: in the first comma chunk whose predicate (an auxiliary or a
    verb of the ``me-``/``ber-``/``di-`` shape) has words before it, those words, with connectors, sentence
    adverbs (``Kini``, ``Lalu``), a manner adverb (``secara resmi``) and closing adverbs (``juga``) dropped. A chunk
    with no predicate (``Kini``, ``Dalam orasinya``) or one opening with it (``Diberitakan sebelumnya``) is a
    fronted adjunct: the subject is in a later chunk. None when no chunk has one."""
    pos = 0
    for chunk in text.split(","):
        words = list(_WORD.finditer(chunk))
        cut = next((i for i, w in enumerate(words) if _predicate_word(w.group())), None)
        manner = next((i for i, w in enumerate(words[:cut]) if i and w.group().lower() in MANNER_OPENERS), None)
        if cut:
            words = words[:manner or cut]
            while words and words[-1].group().lower() in SUBJECT_TRAILING_ADVERBS | _CLOSING_WORDS:
                words.pop()
            while words and (words[0].group().lower() in PRE_SUBJECT_ADVERBS
                             or words[0].group().lower() in _OPENING_WORDS or words[0].group().lower() in cues.NYA_ADVERBS):
                words.pop(0)
            if not words:
                return None
            return pos + words[0].start(), chunk[words[0].start():words[-1].end()]
        pos += len(chunk) + 1
    return None


def _predicate_word(word: str) -> bool:
    """``word`` is an auxiliary or has a verb's shape (``sudah``, ``menilai``, ``berharap``, ``diberitakan``)."""
    low = word.lower().strip(".;:!?\"“”()")
    if low in PRE_SUBJECT_ADVERBS:
        return False  # (``kini`` is an auxiliary of time too: ``Kini, para pedagang``)
    return low in AUX_WORDS or verb_shaped(low)
