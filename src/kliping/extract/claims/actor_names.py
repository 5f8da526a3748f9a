"""From a speaker phrase, role or pronoun to the actor's name as the article writes it
(:func:`_actor`), the quote's speaker for a cue inside a quote (:func:`_speaker_at`), and the check of
a name against the article's mentions (:func:`_snap`).
"""

from __future__ import annotations

import re
from functools import cache

from kliping.extract import quotes as _q
from kliping.extract.claims.words import _strip_lead
from kliping.extract.quotes.context import name_text, part_of
from kliping.extract.quotes.names import cap_run, is_acronym
from kliping.extract.quotes.patterns import EPITHET, OFFICE_WORDS
from kliping.extract.quotes.pronouns import resolve_pronoun
from kliping.extract.quotes.records import Ctx, Speaker
from kliping.extract.quotes.resolution import find_org_antecedent, resolve_phrase
from kliping.extract.quotes.roles import find_role
from kliping.lang.id import cues
from kliping.lang.id.function_words import AND_WORDS, COORDINATORS
from kliping.text.find import find_whole
from kliping.text.patterns import alternation

_ENGLISH_FUNCTION = frozenset(("then", "the", "but", "and", "so", "when", "if", "this", "that", "it", "we",
                               "they", "he", "she", "i", "you", "what", "there", "here", "now"))


def _opened_name(ctx: Ctx, word: str) -> str | None:
    """The full name when the article writes ``word`` (an English function word tagged as a person,
    ``Then``) opening a PERSON mention or right before one (``Then Surianto Eka Prasetyo``, the tagger
    giving ``Surianto Eka Prasetyo``): a surname written first, a real name. None otherwise (``Then.``)."""
    for ma, mb, m in ctx.mentions:
        if m.type == "PERSON" and m.text.split()[0] == word and len(m.text.split()) > 1:
            return m.text
        if m.type == "PERSON" and ctx.text[max(0, ma - len(word) - 1):ma] == word + " " \
                and (ma - len(word) - 1 == 0 or not ctx.text[ma - len(word) - 2].isalnum()):
            return f"{word} {ctx.text[ma:mb]}"
    return None


def _snap(name: str | None, ctx: Ctx) -> str | None:
    """An actor name checked against the article's PERSON/ORG mentions.

    A one-word "name" that is an English function word or is written lower-case elsewhere in the
    article (``Then``) is no name; an ORG mention that swallowed the person after an office
    (``Sekolah SMPN 8 Marlina`` from ``Kepala Sekolah SMPN 8 Marlina``) gives the person.
    """
    if not name:
        return None
    toks = name.split()
    if len(toks) == 1 and toks[0].lower() in _ENGLISH_FUNCTION and (full := _opened_name(ctx, toks[0])):
        return full  # ``Then`` of ``Then Surianto Eka Prasetyo``: a name, given as the article writes it whole
    if len(toks) == 1 and (toks[0].lower() in _ENGLISH_FUNCTION
                           or (toks[0].lower() in ctx.common and toks[0][:1].isupper() and len(toks[0]) > 1
                               and toks[0].lower() not in cues.PLACE_WORDS)):
        return None
    for _a, _b, m in ctx.mentions:
        if m.type == "ORG" and m.text == name and len(toks) >= 3:
            tail: list[str] = []
            for t in reversed(toks):
                low = t.lower()
                if not t[:1].isupper() or is_acronym(t) or low in cues.ORG_HEADS or low in cues.PLACE_WORDS \
                        or low in _q.TITLE_WORDS or low in OFFICE_WORDS:
                    break
                tail.insert(0, t)
            if tail and len(tail) < len(toks) and (is_acronym(toks[-len(tail) - 1])
                                                    or toks[-len(tail) - 1].isdigit()):
                return " ".join(tail)
            break
    return name


def _actor(sp: Speaker, ctx: Ctx) -> str | None:
    if sp.kind == "phrase":
        name, title = resolve_phrase(ctx, sp, coord=True)
        if name is None and title is None:
            name = _tagged_org_run(ctx, sp.text)
        return name
    if sp.kind == "pronoun":
        found = _epithet_antecedent(ctx, sp.start)
        return found[0] if found is not None else resolve_pronoun(ctx, sp.start)[0]
    if sp.kind == "role":
        found = find_role(ctx, sp.text, sp.start)
        if found is None and sp.text.lower() in cues.CASE_PARTY_ROLES:
            found = _case_party(ctx, sp.text.lower())
        if found is None and sp.title_only and sp.text.lower() in cues.HEADLINE_EPITHETS:
            found = _headline_person(ctx, sp.start)
        return found
    if sp.kind == "org":
        return find_org_antecedent(ctx, sp.start, sp.text)  # ``Kartel itu membantah …``
    return None


_NAME_OR_INITIALS = r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_BY_INITIALS = re.compile(r"(?<![\w-])(?:berinisial|inisial)\s+" + _NAME_OR_INITIALS)


@cache
def _role_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The name right after a case role (``tersangka AR``, ``tersangka bernama AR``) and the role word
    itself; one pair per role of ``cues.CASE_PARTY_ROLES``, built once."""
    after_role = re.compile(rf"(?<![\w-])(?i:{re.escape(role)})\s+(?:(?:{alternation(cues.NAMING_WORDS)})\s+)?"
                            + _NAME_OR_INITIALS)
    return after_role, re.compile(rf"(?<![\w-]){re.escape(role)}(?![\w-])", re.I)


def _case_party(ctx: Ctx, role: str) -> str | None:
    """The one person an article names as its ``tersangka``/``terdakwa``/``pelaku`` when a claim's
    subject is only that word (``Kapolres menyebut tersangka membantah …``): news names a suspect by
    initials or name once (``pria berinisial AR yang … ditetapkan sebagai tersangka``, ``tersangka AR
    mengaku …``) and by the role word after. Candidates: the name right after the role word (``tersangka
    AR``, ``tersangka bernama AR``) and the initials after ``berinisial`` in a sentence holding the role
    word; a PERSON mention there gives its name. None unless exactly one person is found (two suspects:
    no guess)."""
    after_role, role_word = _role_patterns(role)
    found: set[str] = set()
    for sent in ctx.doc.sentences:
        hits = list(after_role.finditer(sent.text))
        if role_word.search(sent.text):
            hits += list(_BY_INITIALS.finditer(sent.text))
        for h in hits:
            name = _party_name(ctx, sent.start + h.start("name"), h.group("name"))
            if name:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _party_name(ctx: Ctx, at: int, run: str) -> str | None:
    """The PERSON mention starting at ``at``, else the initials opening ``run`` (``AR``, ``M.``)."""
    for ma, _mb, m in ctx.mentions:
        if ma == at and m.type == "PERSON":
            return name_text(m.text)
    first = run.split()[0].rstrip(".,")
    return first if re.fullmatch(r"[A-Z]{1,4}", first) else None


def _epithet_antecedent(ctx: Ctx, pos: int) -> tuple[str | None] | None:
    """``Aktris berusia 39 tahun itu kembali bertanya. Ia menyinggung kemungkinan …``: a pronoun
    opening the sentence right after one whose subject is an epithet continues that subject, whoever
    was named last before the epithet. The epithet's person (see ``_epithet_subject``), when it opens
    the sentence before (or its clause after a fronted adjunct and comma) and no person is named
    between it and the pronoun, as a 1-tuple (``(None,)`` for an epithet of nobody named: ``Pria itu
    …. Dia …`` is the unnamed man, not the last name); else None and the pronoun is resolved as
    before."""
    si = next((i for i, st in enumerate(ctx.doc.sentences) if st.start <= pos < st.start + len(st.text)), None)
    if not si:
        return None
    here = ctx.doc.sentences[si]
    if here.text[: pos - here.start].strip(" \"“”"):
        return None  # the pronoun does not open its sentence
    prev = ctx.doc.sentences[si - 1]
    comma = prev.text.find(",")
    for chunk_at in (0,) if comma < 0 else (0, comma + 1):
        rest = prev.text[chunk_at:]
        lead = len(rest) - len(rest.lstrip())
        em = EPITHET.match(rest.lstrip())
        if em is None:
            continue
        end = prev.start + chunk_at + lead + em.end()
        if any(m.type == "PERSON" and end <= ma < pos for ma, _mb, m in ctx.mentions):
            return None
        sp = Speaker("role", text=em.group("noun").lower(), start=prev.start + chunk_at + lead, title_only=True)
        return (_actor(sp, ctx),)
    return None


def _headline_person(ctx: Ctx, pos: int) -> str | None:
    """The person an epithet with no antecedent of its own stands for (``aktris berusia 39 tahun
    itu``, ``bintang film X itu`` where the article never wrote ``aktris Y``): news varies the name of
    the person its headline is about with such descriptions. The one PERSON of the article named in
    the headline and already in the body before ``pos``; None when the headline names none or
    several."""
    title = ctx.doc.title or ""
    named = {p for p in ctx.persons if len(p.split()) > 1 and find_whole(p, title, "'’-") >= 0}
    named = {p for p in named if not any(p != q and part_of(p, q) for q in named)}
    if len(named) != 1:
        return None
    name = named.pop()
    if not any(m.type == "PERSON" and ma < pos and (name_text(m.text) == name or part_of(name_text(m.text), name))
               for ma, _mb, m in ctx.mentions):
        return None
    return name


def _tagged_org_run(ctx: Ctx, text: str) -> str | None:
    """``BPJS Kesehatan mengakui …`` where the tagger missed the organisation in this sentence: a
    capitalised run opening with an acronym the article's tagger gives as an ORG elsewhere (``BPJS``)
    is that organisation's name as written. None for anything else (no guess at a name)."""
    _span, run = cap_run(text)
    words = [w for w in run if not w.startswith("(")]
    if not words or not is_acronym(words[0]) or any(w.lower() in COORDINATORS for w in words):
        return None
    if any(m.type == "ORG" and m.text == words[0] for _a, _b, m in ctx.mentions):
        return " ".join(words)
    return None


def _speaker_at(spans: list[tuple[int, int, str | None]], pos: int, before: str) -> str | None:
    """The speaker of the quote or reported statement that contains ``pos``.

    Only used when the cue has no subject of its own, or its subject is ``kami``/``kita``/``saya``, or
    it is a predicate coordinated with the statement's speech verb (``Presiden mengatakan … dan
    menepis klaim …``: ``dan`` right before the cue, no subject between).
    """
    words = _strip_lead(before).split()
    last = words[-1].lower().strip(",") if words else ""
    if words and last not in cues.SELF_SUBJECTS and last not in AND_WORDS:
        return None  # the cue has a subject of its own (``tersangka membantah``)
    for a, b, name in spans:
        if a <= pos < b and name:
            return name
    return None


def _pronoun_speaker(spans: list[tuple[int, int, str | None]], text: str, pronoun: int, cue_end: int) -> str | None:
    """The person a third-person pronoun subject (``ia``/``dia``/``beliau``, at ``pronoun``) of an active cue
    stands for when the quote rules' statements say it for sure: the speaker of the statement the pronoun
    opens (``X mengatakan, ia memperkirakan …``: X), or of the one the cue itself introduces when the
    statement right before the pronoun's sentence is the same speaker's (``Dr X mengatakan apa yang dialami
    Wang kebetulan. Ia menduga …``: X goes on speaking; the last person named, Wang, is the one spoken
    about). A pronoun inside a quote is not read so: the one quoted speaks about someone else (``"… Hanya
    dia menduga …," kata X``)."""
    before = [(b, name) for _a, b, name in spans if b <= pronoun]
    last_end, last = max(before) if before else (pronoun, None)  # the statement ending last before the pronoun
    for a, _b, name in spans:
        if not name:
            continue
        if a == pronoun:
            return name
        if cue_end <= a <= cue_end + 2 and name == last and not text[last_end:pronoun].strip(" .\"”\n"):
            return name
    return None
