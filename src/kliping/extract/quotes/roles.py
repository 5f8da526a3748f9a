"""Role words as speakers (``kata Kanit``): the person the article introduced with that role
(:func:`find_role`), written out or as a glued abbreviation (``Kasat Reskrim`` / ``Kasatreskrim``);
a bare organisation head (``Pemerintah``, ``Polda``): the organisation named under it (:func:`generic_org`).

Apart because a role is resolved against the article's titled persons, not the last speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kliping.extract.quotes.context import name_text
from kliping.extract.quotes.patterns import OFFICE_WORDS
from kliping.extract.quotes.records import Ctx
from kliping.lang.id import cues, titles
from kliping.lang.id.quote_words import GENERIC_ORG_HEADS, GOVERNMENT_HEADS
from kliping.text.patterns import alternation

# Office words that Indonesian glues to a role head (``Kasat`` + ``Reskrim`` -> ``Kasatreskrim``).
_GLUED_OFFICES = titles.OFFICE_UNITS


def _squeeze(word: str) -> str:
    """A role word with doubled letters merged: ``kasi`` + ``intel`` -> ``kasintel``."""
    return re.sub(r"(.)\1+", r"\1", word.casefold())


def _role_in_title(role: str, title: str) -> bool:
    """Whether ``title`` holds the role word ``role``, written out or abbreviated.

    Indonesian offices are shortened by gluing their words: ``Kasat Reskrim`` -> ``Kasatreskrim``,
    ``Kasi Intel`` -> ``Kasintel``, so ``kata Kasintel`` refers to the person introduced as ``Kasi
    Intel``, and ``kata Kasat`` to the one introduced as ``Kasatreskrim``.
    """
    words = [w.strip(",.()").lower() for w in title.split()]
    if role in words:
        return True
    if len(role) < 4:
        return False
    glued = _squeeze(role)
    for i in range(len(words)):
        if len(words[i]) > len(role) and words[i].startswith(role) and role in cues.SPEAKER_TITLES:
            return True  # ``kata Kasat`` / ``Kasatreskrim Polresta X``
        for k in (2, 3):
            if i + k <= len(words) and _squeeze("".join(words[i:i + k])) == glued:
                return True
    return False


# Speaker titles longest first (the order :func:`_role_intro` tries them in).
_SPEAKER_TITLES_LONGEST = tuple(sorted(cues.SPEAKER_TITLES, key=len, reverse=True))


@lru_cache(maxsize=1024)
def _role_intro(role: str) -> str:
    """A pattern for ``role`` as the article may first write it: the word itself, or a glued
    abbreviation written out (``kasintel`` -> ``kasi intel``, ``kasatreskrim`` -> ``kasat reskrim``)."""
    alts = [re.escape(role)]
    if len(role) >= 4 and role in cues.SPEAKER_TITLES:
        # ``kasat`` -> ``Kasatreskrim``: the role glued to an office word
        tails = {w[1:] if w[0] == role[-1] else w for w in _GLUED_OFFICES}
        alts.append(re.escape(role) + "(?:" + alternation(tails) + ")")
    for head in _SPEAKER_TITLES_LONGEST:
        rest = role[len(head):]
        if len(head) >= 3 and role.startswith(head) and len(rest) >= 3 and head.isalpha():
            alts.append(rf"{re.escape(head)}\s+{re.escape(head[-1])}?{re.escape(rest)}")
    return "(?:" + "|".join(alts) + ")"


def find_role(ctx: Ctx, role: str, pos: int, title: str | None = None) -> str | None:
    """The person the article introduced with the role word ``role`` before ``pos`` (``kata Kanit``
    -> the one written ``Kanit Reskrim Polsek X Iptu Budi``); with the attribution's whole title
    (``Kasi Intel``) a person introduced with that whole title comes first."""
    if title and len(title.split()) > 1 and role not in cues.ORG_HEADS:
        full = " ".join(w.lower() for w in title.split())
        for p, name, t in reversed(ctx.history):
            if p < pos and t and f" {full} " in f" {t.lower()} ":
                return name
        found = find_role(ctx, full, pos)
        if found:
            return found
    if role in cues.ORG_HEADS:
        # ``demikian keterangan tertulis kementerian itu``: the organisation last named with that
        # head word (``Kementerian Kebudayaan Prancis``)
        for ma, _mb, m in reversed(ctx.mentions):
            if ma >= pos or m.type != "ORG" or ctx.quoted.covers(ma):
                continue
            name = name_text(m.text)
            if name.split()[0].lower() == role:
                ctx.orgs.add(name)
                return name
        return None
    best: tuple[int, str] | None = None
    multi = " " in role
    if not multi:
        # the last speaker, and the last tagged person, whose title holds the role word
        for p, name, t in reversed(ctx.history):
            if p < pos and t and _role_in_title(role, t):
                best = (p, name)
                break
        for ma, _mb, m in reversed(ctx.mentions):
            if ma < pos and m.type == "PERSON" and m.title and _role_in_title(role, m.title) \
                    and not ctx.reported.covers(ma):
                if best is None or ma > best[0]:
                    best = (ma, m.text)
                break
    if best is None:
        # ``Kanit Reskrim Polsek X Iptu Budi`` / ``jaksa penuntut umum Budi``: the person written
        # right after the role word, when the tagger did not give the mention that title
        pat = r"\s+".join(re.escape(w) for w in role.split()) if multi else _role_intro(role)
        intro = re.compile(rf"(?<![\w-]){pat}(?![\w-])[^.!?\"“”]{{0,60}}$", re.I)
        for ma, _mb, m in reversed(ctx.mentions):
            if ma >= pos or m.type != "PERSON" or ctx.quoted.covers(ma) or ctx.reported.covers(ma):
                continue  # (``Menurut jaksa, Sri menagih …``: Sri is what the prosecutor said, not him)
            before = ctx.doc.sentences[m.sentence].text[: m.start]
            hit = intro.search(before)
            if hit is None:
                continue
            words_in = before[hit.start():].split()[len(role.split()):]
            between = [w.strip(",()") for w in words_in]
            if len(between) <= 6 and all(
                not w or w[0].isupper() or w.lower() in OFFICE_WORDS or w.lower() in cues.ROLE_NOUNS
                or w.lower() in cues.ORG_HEADS for w in between
            ):
                return name_text(m.text)
    return best[1] if best else None


def bare_org_head(name: str) -> str | None:
    """``Pemerintah``, ``Polda``, ``Koalisi`` (one capitalised word of
    ``quote_words.GENERIC_ORG_HEADS``, not an acronym): the head, lower-cased; else None."""
    words = name.split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return None
    head = words[0].lower().rstrip(".,")
    return head if head in GENERIC_ORG_HEADS else None


# Words of an organisation's name that do not tell two organisations under one head apart.
_ORG_KEY_SKIP = GOVERNMENT_HEADS | frozenset(("kabupaten", "kota", "provinsi", "daerah", "kab.", "prov."))


def _org_key(name: str, head: str) -> tuple[str, ...]:
    """What tells organisations under one head apart: ``Pemerintah Kabupaten (Pemkab) Bone`` and
    ``Pemkab Bone`` -> ``("bone",)``; ``Polda Sumut`` -> ``("sumut",)``."""
    words = re.sub(r"\([^)]*\)", " ", name).lower().split()
    return tuple(w for w in words if w != head and w not in _ORG_KEY_SKIP)


def _under_head(name: str, head: str) -> bool:
    """Whether the organisation ``name`` is named under ``head``: its first word (any government head
    for ``pemerintah``), or an abbreviation in brackets (``Dinas Kesehatan (Dinkes) Kabupaten X``)."""
    first = name.split()[0].lower()
    return first == head or (head == "pemerintah" and first in GOVERNMENT_HEADS) \
        or f"({head})" in name.lower()


def generic_org(ctx: Ctx, head: str, pos: int) -> str | None:
    """The organisation a bare head written as a speaker (``Pemerintah menegaskan``, ``Polda menyebut``;
    ``quote_words.GENERIC_ORG_HEADS``) stands for: the one organisation named before ``pos`` under
    that head (outside direct quotes, a name longer than the head), when the article does not also
    use the bare head for another party, i.e. not before that organisation is first named (``Pemerintah
    memastikan …`` in the lede, the Kabupaten named later) and not in a sentence that names it
    (``pemerintah beraudiensi dengan Pemerintah Kabupaten X``). Two organisations under the head
    (``Pemkab Bone``, ``Pemprov Sulsel``) or none: nobody (a bare head is no name: it would link
    unrelated governments and police forces across the dossier)."""
    cands = [(ma, m) for ma, _mb, m in ctx.mentions
             if ma < pos and m.type == "ORG" and not ctx.quoted.covers(ma) and len(m.text.split()) > 1
             and _under_head(name_text(m.text), head)]
    if not cands or len({_org_key(name_text(m.text), head) for _a, m in cands}) != 1:
        return None
    first = cands[0][0]
    named_in = {m.sentence for _a, m in cands}
    for b in re.finditer(rf"(?<![\w(-])(?i:{re.escape(head)})(?![\w)-])(?!\s+[A-Z(])", ctx.text):
        if b.start() >= pos:
            break
        if b.start() < first or ctx.doc.locate(b.start())[0] in named_in:
            return None
    name = name_text(cands[-1][1].text)
    ctx.orgs.add(name)
    return name
