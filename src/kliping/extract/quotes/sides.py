"""A party's side as speaker: ``Pihaknya`` as a subject names the party named just before
(:func:`_resolve_side`); a first-person-plural quote naming its own organisation (``Kami dari X``)
or its counterpart (``Kami sepakat dengan Menteri X``).

Apart because a side is a party (a person or an organisation), not one person a pronoun points
at.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kliping.extract.quotes.context import _same_person, _written_out, name_text, part_of
from kliping.extract.quotes.names import is_acronym
from kliping.extract.quotes.pronouns import _narrated, _pronoun_name, _subject_position, _word_re
from kliping.extract.quotes.records import Ctx, _Item
from kliping.model import Mention


def _resolve_side(ctx: Ctx, pos: int) -> tuple[str | None, str | None]:
    """``Pihaknya memastikan …`` (his/its side) as a subject: the party named just before.

    Candidates are the last speaker (person or organisation) and the organisations and persons
    narrated as a clause subject since (outside quotes and reported contents). One party gives the
    name: the last speaker when nobody else became a subject (a person so named is the same person,
    an organisation is one the speaker's title names), else the one organisation narrated when no
    one spoke before. A document or unnamed source quoted since, or two parties, leave the statement
    unnamed: a guessed side would merge unrelated statements.
    """
    last = next(((p, n, t) for p, n, t in reversed(ctx.history) if p < pos), None)
    if last is not None and any(last[0] < d < pos for d in ctx.documents):
        return None, None  # (``Warga menyebut …`` since: whose side is unclear)
    since: list[Mention] = []
    own = bisect_right(ctx.sentence_starts, pos) - 1
    for ma, _mb, m in ctx.mentions:
        if ma >= pos:
            break
        if (last is not None and ma <= last[0]) or ctx.quoted.covers(ma) or ctx.reported.covers(ma) \
                or m.sentence == own:
            continue  # (``Setelah X ditetapkan tersangka, pihaknya …``: a fronted clause's subject)
        s = ctx.doc.sentences[m.sentence]
        before, after = s.text[: m.start], s.text[m.end:]
        if _subject_position(before, after) and not (last is not None and _narrated(ctx, last[0], ma, before, after)):
            since.append(m)
    if last is None:
        orgs = {name_text(m.text) for m in since if m.type == "ORG"}
        if len(orgs) == 1 and not any(m.type == "PERSON" for m in since):
            return orgs.pop(), None
        return None, None
    for m in since:
        name = name_text(m.text)
        if m.type == "PERSON" and not _same_person(name, last[1]):
            return None, None
        if m.type == "ORG" and name != last[1] and not (last[2] and any(
                _word_re(f).search(last[2]) for f in {m.text} | _written_out(ctx, m.text))):
            return None, None
    if last[1] in ctx.orgs:
        return last[1], last[2]
    return _pronoun_name(ctx, last[1]), last[2]


# A quote opening on its own party: ``Kami dari KBRI …`` (first person, the party named), or a named
# organisation as the subject of the quote's first clause (``KBRI Phnom Penh berjanji akan …``, a
# release written in the third person), the organisation followed by a predicate.
_KAMI_DARI = re.compile(r"\s*(?:Kami|Saya)\s+(?:dari|selaku|sebagai|mewakili)\s+(?:pihak\s+)?(?=[A-Z])")
_OWN_PREDICATE = re.compile(
    r"^\s*(?:(?:akan|terus|tetap|telah|sudah|juga|pun|siap|selalu|sedang|masih|berjanji|berkomitmen)(?![\w-])"
    r"|(?:me|ber|mem|men|meng|meny)[a-z]{3,}(?![\w-]))")


def _own_party(ctx: Ctx, it: _Item) -> tuple[str, bool] | None:
    """The organisation a direct quote names as its own subject (see ``_KAMI_DARI``): its name, and
    whether the quote speaks for it in the first person (``Kami dari X``)."""
    lead = len(it.text) - len(it.text.lstrip(" \"“”'"))
    at = it.start + lead
    first = False
    m = _KAMI_DARI.match(ctx.text, at, min(it.end, at + 40))
    if m is not None:
        at, first = m.end(), True
    # the tagger may leave a quote's words untagged: an organisation the article names elsewhere
    # (or by its acronym, ``KBRI`` of ``Kedutaan Besar RI (KBRI)``), with a place after it (``KBRI
    # Phnom Penh``)
    orgs = {name_text(m.text) for _a, _b, m in ctx.mentions if m.type == "ORG"} - {""}
    orgs |= {w for o in orgs for w in re.findall(r"[A-Z]{3,}", o) if is_acronym(w)}
    names = sorted(orgs, key=len, reverse=True)
    name = next((n for n in names if ctx.text.startswith(n, at)
                 and not re.match(r"[\w'’-]", ctx.text[at + len(n): at + len(n) + 1])), None)
    if name is None:
        return None
    run = re.match(r"(?:\s+[A-Z][\w'’-]*)*", ctx.text[at + len(name): min(it.end, at + len(name) + 40)])
    if run is not None and run.group():
        name += run.group()
    end = at + len(name)
    if not first and not _OWN_PREDICATE.match(ctx.text[end: min(it.end, end + 40)]):
        return None
    return name, first


# ``"Kami sepakat dengan Menteri X …"``: the counterpart the speaking side agrees or works with.
_COUNTERPART = re.compile(
    r"(?<![\w-])(?:Kami|kami)(?![\w-])[^.!?\"“”]{0,60}?(?<![\w-])(?:dengan|bersama|kepada)\s+"
    r"(?:(?:Bapak|Ibu|Pak|Bu|Yang\s+Mulia)\s+)?(?P<title>Menteri|Presiden|Perdana\s+Menteri|Gubernur|Duta\s+Besar)"
    r"(?P<rest>(?:\s+[A-Z][\w.'’-]*)+)")
# ``Republik Indonesia`` and ``RI`` are one country in an office's name.
_RI = re.compile(r"\bRepublik\s+Indonesia\b")


def _counterpart_side(ctx: Ctx, content: str, name: str) -> bool:
    """Whether a first-person-plural quote names ``name`` as its counterpart (``Kami sepakat dengan
    Menteri X``): ``name`` is X, or X's own ministry (``Kementerian Y`` for the ``Menteri Y`` the
    article calls X). Then ``name`` is not the side that speaks."""
    for m in _COUNTERPART.finditer(content):
        who = m.group("rest").strip()
        person = next((p for p in ctx.persons if part_of(p, who) or part_of(who, p) or p in who), None)
        if person is None:
            continue
        if _same_person(name, person) or part_of(name, person):
            return True
        if not name.startswith("Kementerian "):
            continue
        last = re.escape(person.split()[-1])
        for o in re.finditer(r"(?<![\w-])Menteri\s+(?P<office>[A-Z][\w]*(?:\s+(?:dan\s+)?[A-Z][\w]*)*)\s*,?\s*"
                             r"(?:[A-Z][\w.'’-]*\s+){0,3}" + last + r"(?![\w-])", ctx.text):
            office = _RI.sub("RI", o.group("office"))
            if _RI.sub("RI", name[len("Kementerian "):]) == office:
                return True
    return False
