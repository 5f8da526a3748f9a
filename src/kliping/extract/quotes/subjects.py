"""The subject of a speech verb from the text before it (:func:`subject`): connectors, time
and place adjuncts skipped, a name before its role in apposition (:func:`_apposition`), an office's
name continued over commas, degrees after a name, a noun with ``-nya`` that is no name, an unnamed
speaker in lower case, a case party.

Apart because it reads the text before a cue, where :mod:`.speaker_phrases` reads the text after
it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kliping.extract.quotes.clauses import _attribution_rest, strip_connectors, verb_shaped
from kliping.extract.quotes.context import _mention_in, _person_within, name_text
from kliping.extract.quotes.names import _is_degree, _person_noun, _split_name, cap_run
from kliping.extract.quotes.patterns import _DATELINE_DASH, _DAY_NAME, _DAYS, TITLE_WORDS
from kliping.extract.quotes.records import Ctx, Speaker
from kliping.extract.quotes.speaker_phrases import _RELATIVE_HEAD, speaker_after
from kliping.lang.id import brands, cues
from kliping.lang.id.function_words import AND_WORDS_OR_SIGN
from kliping.lang.id.quote_words import (
    ADJUNCT_PREPOSITIONS,
    ADJUNCT_STARTS,
    AUX_WORDS,
    CLAUSE_CONJUNCTION_POINTERS,
    CLAUSE_CONJUNCTIONS,
    PARTY_ROLES,
    PRE_SUBJECT_ADVERBS,
    SUBJECT_FILLERS,
    THIRD_PERSON_PRONOUNS,
    WHEN_CONJUNCTIONS,
)
from kliping.text.patterns import alternation

_TITLE_INTRO = re.compile(r"(?<![\w-])(?:berjudul|bertajuk)(?![\w-])", re.I)


def _work_before(chunk: str) -> bool:
    """``chunk`` ends with a work noun (``dalam bukunya``, ``dalam jurnal``, ``berjudul``): the comma
    chunk after it is the work's title."""
    words = chunk.split()
    if not words:
        return False
    last = words[-1].lower()
    return last == "berjudul" or last in brands.WORK_NOUNS \
        or (last.endswith("nya") and last[:-3] in brands.WORK_NOUNS)


# A capitalised word with ``-nya`` opening a clause, a lower-case word after it: ``Hasilnya …``,
# ``Akibatnya …``, ``Rencananya …``.
_NYA_OPENER = re.compile(r"^([A-Z][a-z]{2,}nya)\s+(?=[a-z])")


def _discourse_nya(word: str, at: int, ctx: Ctx) -> bool:
    """Whether ``word`` (``Hasilnya``) is a noun with ``-nya`` rather than a name (``Sonya``): its
    stem is written in lower case in the article or is a non-speaker noun, and no PERSON mention
    starts there."""
    stem = word[:-3].lower()
    if stem not in ctx.common and stem not in cues.NON_SPEAKER_SUBJECTS and word.lower() not in cues.NYA_ADVERBS:
        return False
    return not _person_within(ctx, at, at + len(word))


def _degrees_after_name(chunks: list[tuple[int, str]], idx: int, base: int, ctx: Ctx) -> bool:
    """Whether comma chunk ``idx``, written as degrees, follows a person's name (``Rudi Hartono, SH, MH,
    mengatakan``): the chunk before it, past other degree chunks, ends in a PERSON mention (or, with no
    mentions, in a capitalised word that is no title or role). After a role noun the letters are a
    suspect's initials (``Salah satu pelaku, SH, mengaku …``, ``Tersangka lain, MA, mengaku …``)."""
    for k in range(idx - 1, -1, -1):
        off, prev = chunks[k]
        body = prev.rstrip()
        if not body.strip():
            return False
        if _is_degree(body):
            continue  # ``X, SH, MH,``: the degree before this one
        end = base + off + len(body)
        if ctx.mentions:
            m = _mention_in(ctx, end - 1, end)
            return m is not None and m.type == "PERSON"
        last = body.split()[-1]
        return last[:1].isupper() and not _person_noun(last.lower()) and last.lower() not in PARTY_ROLES
    return False


def _apposition(chunks: list[tuple[int, str]], idx: int, base: int, ctx: Ctx, coord: bool) -> Speaker | None:
    """``Mark Milley, ketua Kepala Staf …`` / ``Suhail, Menteri Energi UEA``: the name before a role.

    When the chunk next to the verb is only a role (a lower-case title, or capitalised title words
    with no name in them) and the chunk before it is a name, the name is the subject.
    """
    if idx == 0 or any(c.strip() for _o, c in chunks[idx + 1:]):
        return None  # the chunk next to the verb (``X, ketua Y, mengatakan``: the comma leaves an empty one)
    k = idx
    while k > 1 and k > idx - 3 and _office_continuation(chunks[k], base, ctx):
        k -= 1  # ``X, Kepala Dinas Pangan, Kelautan, dan Pertanian DKI,``: an office with commas of its own
    if k != idx and not chunks[k][1].strip()[:1].isupper():
        return None
    idx = k
    body = chunks[idx][1].strip()
    if not body:
        return None
    first = body.split()[0].lower()
    if body[0].isupper():
        _, run = cap_run(body, coord=coord)
        if not run or run[0].lower() not in TITLE_WORDS:
            return None
        name, title = _split_name(run, ctx)
        if name is not None and title is not None and not _office_place(run, name, base + chunks[idx][0], body, ctx):
            return None
        if name is not None and title is None and run[0].lower() in cues.ORG_HEADS:
            return None
    elif first not in TITLE_WORDS and _RELATIVE_HEAD.match(body) is None:
        return None  # (``X, putra almarhum Y, mengatakan``: a relation describes X as a role does)
    poff, prev = chunks[idx - 1]
    dash = list(_DATELINE_DASH.finditer(prev))
    if dash:
        poff, prev = poff + dash[-1].end(), prev[dash[-1].end():]
    lead = len(prev) - len(prev.lstrip())
    prev = prev.strip()
    span, run = cap_run(prev, coord=coord)
    if not run or span < len(prev) or _split_name(run, ctx)[0] is None or run[0].lower() in cues.ORG_HEADS:
        return None
    if not strip_connectors(prev).strip() or (ctx.mentions and _mention_in(ctx, base + poff + lead,
                                                                          base + poff + lead + span) is None):
        return None  # ``Namun, jaksa mengatakan`` / ``Sebab, politikus X itu``: a connector, not a name
    return Speaker("phrase", text=prev[:span], start=base + poff + lead)


def _office_continuation(chunk: tuple[int, str], base: int, ctx: Ctx) -> bool:
    """A comma chunk that only continues an office's name (``Kelautan``, ``dan Pertanian Pemprov
    DKI``, ``IT dan Services PT X (KITB)``): capitalised words and joiners, no title word first and no
    person in it."""
    off, text = chunk
    body = text.strip()
    words = body.split()
    if not words or words[0].lower() in TITLE_WORDS or not _attribution_rest(body):
        return False
    if not (body[:1].isupper() or words[0].lower() in AND_WORDS_OR_SIGN):
        return False
    at = base + off + len(text) - len(text.lstrip())
    return not _person_within(ctx, at, at + len(body))


def _office_place(run: list[str], name: str, base: int, body: str, ctx: Ctx) -> bool:
    """``Kepala Desa Sukamaju``, ``Lurah Kampung Melayu``: the name a title run ends with is the
    place of the office when an administrative unit (``cues.ADMIN_UNIT_WORDS``) opens it or stands
    right before it, and the tagger does not read it as a person."""
    words = [w for w in run if not w.startswith("(")]
    tail = name.split()
    k = len(words) - len(tail)
    if k < 1 or [w.lower() for w in words[k:]] != [w.lower() for w in tail]:
        return False
    if not (tail[0].lower() in cues.ADMIN_UNIT_WORDS or words[k - 1].lower() in cues.ADMIN_UNIT_WORDS):
        return False
    lead = len(body) - len(body.lstrip())
    at = body.find(name, lead)
    if at < 0:
        return False
    m = _mention_in(ctx, base + at, base + at + len(name))
    return m is None or m.type != "PERSON"


def subject(pre: str, base: int, ctx: Ctx, coord: bool = False) -> Speaker:
    """The subject of a verb from the text before it: skips connectors, time and place adjuncts."""
    colon = list(re.finditer(r"[:;]\s", pre))
    if colon and pre[colon[-1].end():].strip():
        # ``Pemerintah mencoba meredakan situasi: Presiden X menyatakan …``: the clause after the colon
        base, pre = base + colon[-1].end(), pre[colon[-1].end():]
    named = _NAMED_SUBJECT.search(pre)
    if named:
        # ``seorang warga New Jersey … bernama Massimo Mascoli (68), mengatakan``: the name given by
        # the naming word is the subject, not a place or an organisation in the description
        noun = pre[: named.start()].split()[-1:]
        if noun and _CASE_PARTY.fullmatch(noun[0]):
            # ``Salah satu korban bernama X mengaku …``: a party of the case (see ``resolve_pronoun``)
            ctx.parties.add(name_text(named.group("name")))
        return Speaker("phrase", text=named.group("name"), start=base + named.start("name"))
    pos = len(pre)
    chunks: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r",", pre):
        chunks.append((start, pre[start:m.start()]))
        start = m.end()
    chunks.append((start, pre[start:]))
    if chunks:
        # ``JAKARTA, KOMPAS.com – Menteri X``: the dateline before a dash is not the subject
        off0, last = chunks[-1]
        dash = list(_DATELINE_DASH.finditer(last))
        if dash and len(chunks) <= 3 and any(c.isupper() for c in last[: dash[-1].start()]):
            chunks = [(off0 + dash[-1].end(), last[dash[-1].end():])]
    if pre.rstrip()[-1:] in "\"”’'»":
        # ``… berjudul 'Potensi … Antibakteri' menyebut …``: the words before the verb close a quoted
        # title or term; no name inside it is the subject
        return Speaker("none")
    for idx in range(len(chunks) - 1, -1, -1):
        off, chunk = chunks[idx]
        appos = _apposition(chunks, idx, base, ctx, coord)
        if appos is not None:
            return appos
        body = strip_connectors(chunk)
        if not body.strip():
            continue
        if 0 < idx < len(chunks) - 1 and _work_before(chunks[idx - 1][1]):
            # ``X dkk dalam bukunya, Tanaman Obat Keluarga, menjelaskan``: a work's title set off by
            # commas after the work noun; the subject is before it
            continue
        off += len(chunk) - len(body)
        lead = len(body) - len(body.lstrip())
        body, off = body.strip(), off + lead
        own = own_clause_start(body)
        if own is not None:
            # ``Harga turun karena pasar memperkirakan …``: the verb is the clause's, so is its subject; an unnamed
            # one with no offset of its own starts where the clause does (its description is the clause's words)
            sp = subject(body[own:], base + off + own, ctx, coord=coord)
            return replace(sp, start=base + off + own) if sp.kind == "none" and sp.text and not sp.start else sp
        nya = _NYA_OPENER.match(body)
        if nya and _discourse_nya(nya.group(1), base + off, ctx):
            # ``Hasilnya responden menilai …``: a noun with ``-nya`` opening the clause is no name
            body, off = body[nya.end():], off + nya.end()
        fronted = _FRONTED_TIME.match(body)
        if fronted and body[fronted.end():].strip():
            body, off = body[fronted.end():], off + fronted.end()  # ``Hingga kini Budi menyebut``: not ``Hingga``
        first = body.split()[0].lower()
        side = _SIDE_SUBJECT.match(body) if idx == len(chunks) - 1 else None
        if side is not None:
            # ``Hingga kini pihaknya menyebut …``, ``Dalam rapat itu pihaknya juga menjelaskan …``
            return Speaker("side", start=base + off + side.start("side"))
        if _DAYS.match(body) or (idx > 0 and _is_degree(body) and _degrees_after_name(chunks, idx, base, ctx)):
            continue  # a date, or ``X, SH, MPsi, menilai``: the degrees after a name
        if first in ADJUNCT_STARTS or first in ADJUNCT_PREPOSITIONS:
            # ``Dalam rapat itu Menteri X mengatakan``: the last capitalised run of the chunk
            titled = _TITLE_INTRO.search(body)  # ``dalam artikelnya berjudul The ... Systems``: a title
            runs = [r for r in re.finditer(r"(?<![\w-])[A-Z][\w.'’-]*(?:\s+(?:\([^)]*\)|[A-Z][\w.'’-]*))*", body)
                    if not (r.start() and body[r.start() - 1] in "/0123456789")  # ``115/PUU-XXII/2024``
                    and not (titled and r.start() > titled.start())]
            if not runs:
                nxt = body.split()[1:2]
                if idx == len(chunks) - 1 and first in WHEN_CONJUNCTIONS and nxt \
                        and nxt[0].lower() in cues.UNNAMED_SPEAKER_NOUNS and nxt[0][:1].islower() \
                        and all(w in AUX_WORDS or w in cues.SUBJECT_MODIFIERS for w in body.split()[2:]):
                    # ``…, ketika analis sebelumnya memperkirakan …``: the clause's own unnamed subject
                    # speaks, not the subject of the main clause before the comma
                    return Speaker("none", text=nxt[0].lower())
                continue
            r = runs[-1]
            if r.group().split()[0].lower() in cues.NON_SPEAKER_SUBJECTS:
                return Speaker("none")  # ``Sebab, Putusan MK Nomor 115/… menyatakan``: a document
            if _DAY_NAME.match(r.group()):
                # ``Pangeran Faisal, dalam pidato … pada Selasa mengatakan``: the chunk is all adjunct,
                # a day or month name is no subject; the subject is in the chunk before
                continue
            return speaker_after(body[r.start():], base + off + r.start(), ctx, coord=coord)
        if first in THIRD_PERSON_PRONOUNS or first == "dirinya" or (body.lower() in cues.ACCOMPANYING_WORDS and idx > 0):
            # ``Dirinya menjelaskan …``: himself, herself; ``…, seraya menambahkan "…"``: the one speaking
            return Speaker("pronoun", start=base + off)
        if first in cues.SIDE_PRONOUNS:
            return Speaker("side", start=base + off)  # ``Pihaknya memastikan …``: see ``_resolve_side``
        if first in cues.GROUP_PRONOUNS:
            return Speaker("none", text=first)
        if _unnamed_lower_subject(body):
            # ``Sebelumnya, polisi mengatakan …``, ``Sementara itu, warga setempat menyebut …``: a common
            # noun in lower case after an opener is the same unnamed speaker as ``Polisi mengatakan``
            return Speaker("none", text=first)
        if body[0].isupper() or first in TITLE_WORDS or first == "pihak":
            return speaker_after(body, base + off, ctx, coord=coord)
        if first in cues.AUTHORITY_NOUNS:
            # ``Pada Senin, otoritas Korea Selatan menyebut …``: a public body in lower case speaks as
            # the name after it (``kata otoritas Korea Selatan`` reads so); ``otoritas setempat`` unnamed
            sp = speaker_after(body, base + off, ctx, coord=coord)
            if sp.kind != "none" or sp.text:
                return sp
            if len(body.split()) > 1 and all(w.lower() in cues.SUBJECT_MODIFIERS for w in body.split()[1:]):
                return Speaker("none", text=first)  # (a bare ``pemerintah`` narrates a policy)
        break
    del pos
    return Speaker("none")


# Words that may stand between a subject and a clause conjunction without being a predicate of their own
# (``ia pun saat ditemui``, ``warga setempat ketika ditanya``, ``polisi juga``).
_NOT_PREDICATE = AUX_WORDS | cues.SUBJECT_MODIFIERS | THIRD_PERSON_PRONOUNS | SUBJECT_FILLERS


def own_clause_start(body: str) -> int | None:
    """Where the clause that holds a speech verb opens in ``body`` (the subject chunk before the verb), when a
    clause conjunction (``quote_words.CLAUSE_CONJUNCTIONS``) stands inside it after a main clause of its own:
    ``Harga turun karena pasar memperkirakan …``, ``Saham naik setelah investor menilai …``. The speaker is the
    subject of that clause (``pasar``, ``investor``), never the main clause's (``Harga``, ``Saham``: a price, no
    speaker). None when the words before the conjunction are no clause (a name or a title alone: ``Menteri Budi
    saat rapat``; a pronoun with auxiliaries: ``ia pun saat``; a ``yang`` clause), or when the words after it
    are no subject (``karena itu``; ``saat ditemui``, ``setelah menerima laporan``: a verb, the main subject's
    own deed)."""
    words = list(re.finditer(r"\S+", body))
    for i in range(len(words) - 2, 0, -1):
        if words[i].group().lower().strip(",.") not in CLAUSE_CONJUNCTIONS:
            continue
        nxt = words[i + 1].group().lower().strip(",.")
        if nxt in CLAUSE_CONJUNCTION_POINTERS or nxt in CLAUSE_CONJUNCTIONS or nxt in AUX_WORDS or nxt in PRE_SUBJECT_ADVERBS \
                or verb_shaped(nxt):
            return None  # (``hingga kini``, ``sementara itu``, ``saat ditemui``: the main clause's)
        before = [w.group().strip(",.") for w in words[:i]]
        if any(w.lower() == "yang" for w in before):
            return None
        if not any(w[:1].islower() and w.lower() not in _NOT_PREDICATE for w in before):
            return None
        return words[i + 1].start()
    return None


_FRONTED_TIME = re.compile(r"^(?:" + alternation(cues.FRONTED_TIME_ADVERBS, any_space=True) + r")\s+", re.I)


# ``pihaknya`` closing the subject chunk after a fronted adjunct of lower-case words (``Hingga kini
# pihaknya``, ``Dalam rapat itu pihaknya juga``), not in a coordination (``X bersama pihaknya``).
_SIDE_SUBJECT = re.compile(
    r"^(?:[A-Za-z][a-z-]*\s+)(?:(?!(?:dan|serta|atau|bersama|dengan|oleh|kepada|untuk|bagi)\s)[a-z][a-z-]*\s+){0,4}"
    r"(?P<side>" + alternation(cues.SIDE_PRONOUNS) + r")(?:\s+(?:juga|pun|bahkan|lalu|kemudian|pun))*\s*$",
    re.I,
)


# Words that may follow an unnamed speaker noun in a lower-case subject (``pihak sekolah``, ``warga
# setempat``, ``polisi juga``, ``petugas sudah``): more such nouns, modifiers and auxiliaries.
_UNNAMED_TAIL = cues.UNNAMED_SPEAKER_NOUNS | cues.SUBJECT_MODIFIERS | AUX_WORDS | frozenset(("juga",))


def _unnamed_lower_subject(body: str) -> bool:
    """``body`` (a clause's subject, connectors stripped) is an unnamed speaker noun written in lower
    case with at most three more words of ``_UNNAMED_TAIL``: not a title or role word (those name
    the person introduced with them, read by ``speaker_after``), nor a name after the noun."""
    words = body.split()
    first = words[0].lower() if words else ""
    return bool(words) and body[0].islower() and first in cues.UNNAMED_SPEAKER_NOUNS and first not in TITLE_WORDS \
        and len(words) <= 4 and all(w in _UNNAMED_TAIL for w in words[1:])


# ``… bernama Budi Santoso (45),`` right before the verb: the name a naming word gives the subject.
_NAMED_SUBJECT = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(cues.NAMING_WORDS)) + r")\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*(?:\([^)]*\)\s*)?,?\s*$")

# The parties of a case, as an official speaking about them names them.
_CASE_PARTY = re.compile(r"(?<![\w-])(?:korban|tersangka|pelaku|terdakwa|terlapor|terduga|terpidana)(?![\w-])", re.I)

