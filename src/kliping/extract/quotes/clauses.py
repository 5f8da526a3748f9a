"""Clause shapes the rules test around a statement: whether an offset is inside a quote,
a statement's content cut at its end or empty, connectors stripped off a clause, whether words hold a
predicate (a verb or an auxiliary) or are only one (:func:`predicate_only`), whether the rest of a
sentence continues a statement, where a sentence starts, and whether the words after an attribution
are only an apposition of the speaker.

Apart because they are word tests with no speaker in them, shared by the quote, reported-speech
and subject rules.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.patterns import _DAYS, _SENT_END, DOUBLE_QUOTE_MARKS, TITLE_WORDS
from kliping.lang.id import cues, titles
from kliping.lang.id.function_words import INDEFINITE_ARTICLES
from kliping.lang.id.quote_words import (
    ADJUNCT_STARTS,
    AUX_WORDS,
    NOT_VERBS,
    OBJECT_ADJUNCTS,
    SHORT_PREDICATE_OPENERS,
)
from kliping.lang.id.titles import NAME_PARTICLES as _NAME_PARTICLES


def _sentence_start(text: str, line_start: int, upto: int) -> int:
    """Start of the sentence holding ``upto`` within its line: after the last sentence end before it.

    Scanned back from ``upto`` in doubling windows, not from the line's start: a match holds one
    run of whitespace, so a window's last match is the line's last one whenever the window holds
    any, and a quote late in a very long paragraph costs its window, not the whole paragraph."""
    size = 2048
    while True:
        lo = max(line_start, upto - size)
        last = -1
        for m in _SENT_END.finditer(text, lo, upto):
            last = m.end()
        if last >= 0:
            return last
        if lo == line_start:
            return line_start
        size *= 2


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)




def _empty_content(s: str) -> bool:
    low = s.strip().lower().rstrip(".")
    words = low.split()
    if len(words) >= 2 and words[1].rstrip(",") in cues.ROLE_DEMONSTRATIVES:
        # ``membantah informasi tersebut``, ``menjelaskan temuan itu (kepada wartawan)``: an
        # object, no statement; ``di``/``dalam`` stay out (``harga itu di bawah standar`` is a clause)
        rest = " ".join(words[2:])
        if not rest or _DAYS.match(rest) or words[2] in OBJECT_ADJUNCTS:
            return True
    for e in cues.EMPTY_CONTENT:
        if low == e or low.startswith(e + ",") or low.startswith(e + " "):
            rest = low[len(e):].strip(" ,")
            if not rest or _DAYS.match(rest) or rest.split()[0] in ADJUNCT_STARTS:
                return True
    return False


def cut_content(s: str) -> str:
    out = re.sub(r"\s+", " ", s).strip().rstrip(" .,;:").strip()
    if out[-1:] in "\"”" and sum(out.count(c) for c in DOUBLE_QUOTE_MARKS) % 2:
        # ``X mengatakan harga turun."``: a stray closing mark (no quote was opened) is no content
        out = out[:-1].rstrip(" .,;:").strip()
    return out


def predicate_only(content: str) -> bool:
    """``masih terlambat``, ``sudah cair``: a predicate opened by an auxiliary or a negation, with no
    subject of its own."""
    first = content.split()[0].lower() if content.split() else ""
    return first in SHORT_PREDICATE_OPENERS or first in AUX_WORDS


_ATTRIBUTION_LOWER = frozenset(("dan", "serta", "&", "bidang", "urusan")) | _NAME_PARTICLES | cues.ORG_NAME_JOINERS


def _attribution_rest(post: str) -> bool:
    """Whether ``post`` (the sentence after ``, kata X,``) is only capitalised words, numbers,
    brackets and the lower-case words of names and offices: an apposition or a date of the
    speaker's, no clause of the statement."""
    words = re.findall(r"\([^()]*\)|[^\s,()]+", post.strip().rstrip(".!?…").strip())
    if not words:
        return False
    return all(w.startswith("(") or w[:1].isupper() or w[:1].isdigit()
               or w.lower() in _ATTRIBUTION_LOWER or w.lower().rstrip(".") in TITLE_WORDS for w in words)


# Prefixed verbs (``merugi``, ``mengeluh``, ``bertahan``, ``ditahan``); nouns of the same shape
# that open appositions (``menteri``, ``direktur``, ``tersangka``) are not verbs.
_VERB_SHAPE = re.compile(r"^(?:me|ber|ter|di)[a-z]{3,}$")
# Everything of a verb's shape that is no verb: those nouns, titles, role and agent nouns (one set, built once).
_NOT_VERB_WORDS = NOT_VERBS | TITLE_WORDS | cues.ROLE_NOUNS | cues.AGENT_NOUNS


def verb_shaped(low: str) -> bool:
    """``low`` (a lower-case word) is a prefixed verb by its shape: ``me-``, ``ber-``, ``ter-`` or ``di-`` and three
    letters more, and none of the nouns, titles, role and agent nouns of that shape (``menteri``, ``tersangka``)."""
    return _VERB_SHAPE.match(low) is not None and low not in _NOT_VERB_WORDS


def has_predicate(words: list[str]) -> bool:
    """Whether the words after an apposition's head hold a verb or an auxiliary; words in a
    ``yang`` clause do not count (``pengacara yang mendampingi korban`` is still a noun phrase)."""
    for w in words:
        lw = w.lower().strip("()\"“”")
        if lw == "yang":
            return False
        if lw in AUX_WORDS or verb_shaped(lw):
            return True
    return False




def _clause_follows(post: str) -> bool:
    """Whether the text after ``…, menurut X,`` is the rest of the statement (``sama saja dengan
    …``), not a date or place adjunct closing the sentence (``Senin (20/10)``, ``di Jakarta``)."""
    body = post.strip(" ,")
    words = cut_content(body).split()
    # a short predicate opened by a negation or degree word is a clause too (``…, tidak wajar.``)
    least = 2 if words and words[0].lower() in SHORT_PREDICATE_OPENERS else 3
    if len(words) < least or _DAYS.match(body) or words[0].lower() in ADJUNCT_STARTS:
        return False
    first = words[0].lower()
    # ``…, menurut Climate Watch, sebuah lembaga pemantau …``: an apposition running to the end
    return not (first in INDEFINITE_ARTICLES or first in titles.APPOSITIVE_HEADS or first in cues.AGENT_NOUNS)


def strip_connectors(s: str) -> str:
    changed = True
    while changed:
        changed = False
        low = s.lower().lstrip()
        lead = len(s) - len(s.lstrip())
        for c in cues.CONNECTORS:
            if low.startswith(c) and (len(low) == len(c) or not low[len(c)].isalnum()):
                s = s[lead + len(c):].lstrip(" ,")
                changed = True
                break
    return s
