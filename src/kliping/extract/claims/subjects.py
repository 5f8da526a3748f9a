"""Who the cue's subject or agent is in its sentence: the clause that can hold it (:func:`_own_clause`),
the subject of an active cue (:func:`_active_actor`), the agent after a passive one (:func:`_agent`).
"""

from __future__ import annotations

import re

from kliping.extract import quotes as _q
from kliping.extract.claims.actor_names import _actor
from kliping.extract.claims.claim_text import _claim_text
from kliping.extract.claims.words import _amount_word
from kliping.extract.quotes.clauses import has_predicate, strip_connectors
from kliping.extract.quotes.context import name_text, place_name
from kliping.extract.quotes.names import cap_run
from kliping.extract.quotes.patterns import EPITHET
from kliping.extract.quotes.records import Ctx, Speaker
from kliping.extract.quotes.speaker_phrases import speaker_after
from kliping.extract.quotes.subjects import subject
from kliping.lang.id import cues, titles
from kliping.text.patterns import alternation

_AGENT = re.compile(r"^\s*(?:oleh\s+)?", re.I)


_SPEECH_IN_CLAUSE = re.compile(r"(?<![\w-])(?:" + alternation(cues.SPEECH_VERBS)
                               + r")(?:\s+bahwa)?(?![\w-])", re.I)
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+(?=[A-Z])")
_POSSIBILITY_VERB = re.compile(
    r"(?<![\w-])(?:(?:tidak|tak|belum)\s+(?:" + "|".join(cues.POSSIBILITY_NEGATED_VERBS) + r")|"
    + alternation(cues.POSSIBILITY_VERBS) + r")\s*$", re.I)


_YANG = re.compile(r"(?<![\w-])yang\s*$", re.I)


# A subordinating conjunction right before a capitalised word: the subordinate clause it opens has
# its own subject (``bermula saat Lisa menuding``, ``setelah Budi membantah``).
_SUBORDINATOR = re.compile(
    r"(?<![\w-])(?:saat|ketika|setelah|sesudah|sejak|karena|sebab|sehingga|seusai|usai|sebelum|tatkala)"
    r"\s+(?=[A-Z])")


# ``Menurut Kapolsek X,`` fronted before a clause: who reports it, set off by its comma.
_SOURCE_FRAME = re.compile(r"(?<![\w-])(?:menurut|kata|ujar)\s+[^,;:\"“”]{1,80},\s*", re.I)


def _own_clause(before: str) -> str:
    """The text before a cue that can hold its subject, blanked (same length) where it cannot.

    A subordinate clause's subject is read from that clause (``kasus ini bermula saat Lisa
    menuding``). A dateline or heading glued to the sentence (``WASHINGTON. Gedung Putih menuduh``) and a reporting
    frame (``Budi menyebut tersangka membantah``: the suspect denies, not Budi) are cut off;
    lower-case ``baik`` of ``baik X maupun Y`` is capitalised so the coordination is read whole.
    """
    cut = 0
    for m in _SENTENCE_INSIDE.finditer(before):
        cut = m.end()
    for m in _SPEECH_IN_CLAUSE.finditer(before):
        if m.start() >= cut and before[m.end():].strip():
            cut = m.end()
    for m in _SOURCE_FRAME.finditer(before):
        if m.start() >= cut:
            cut = m.end()  # ``Menurut Kapolsek X, tersangka membantah``: the source is no subject
    for m in _SUBORDINATOR.finditer(before):
        if m.start() >= cut and "," not in before[m.end():]:
            cut = m.end()  # ``kasus ini bermula saat Lisa menuding``: the clause is Lisa's
        # (a comma after it closes the subordinate clause before the cue: ``Harda, yang ditemui saat
        # Rapat Paripurna, menuding``: the subject is the main clause's)
    out = " " * cut + before[cut:]
    return re.sub(r"(^|,\s*|\s)baik(?=\s+[A-Z])", lambda x: x.group(1) + "Baik", out)


# A relative clause opened after a comma (``Budi, yang mengakui …``), the cue in it.
_ASIDE_YANG = re.compile(r",\s*yang\s+(?:(?:juga|pun|sudah|telah|sempat|pernah)\s+)*$", re.I)
_RELATIVE_ASIDE = re.compile(r",\s*yang\s[^,;:\"“”]*,\s*$", re.I)


def _active_actor(before: str, base: int, ctx: Ctx) -> str | None:
    """Subject of an active cue; for ``X yang membantah`` the noun phrase before ``yang``. A relative
    clause set off by commas right before the cue (``Harda, yang ditemui saat Rapat Paripurna,
    menuding``) is blanked: its nouns are no subject."""
    before = _RELATIVE_ASIDE.sub(lambda x: " " * len(x.group()), before)
    y = _YANG.search(before)
    if y:
        head = before[: y.start()]
        issued = _ISSUED_DOCUMENT.search(head)
        if issued is not None:
            # ``Kementerian X menerbitkan laporan (yang …) yang membantah …``: the document's claim is
            # its issuer's, the subject of the publishing verb
            return _actor(subject(head[: issued.start()], base, ctx, coord=True), ctx)
        runs = list(re.finditer(r"(?<![\w-])[A-Z][\w.'’&-]*(?:\s+(?:[A-Z0-9][\w.'’&-]*|dan|&))*", head))
        if not runs or head[runs[-1].end():].strip(" ,"):
            return None  # (``Kepala Dinas X Budi, yang mengakui …``: the comma before ``yang`` is allowed)
        r = runs[-1]
        if head[r.end():].strip() == ",":
            # with a comma the run must be the whole phrase since the clause start or the last comma,
            # and no place (``… dari Coventry University, Inggris, yang mengonfirmasi``: an apposition)
            chunk = strip_connectors(head[: r.start()].rsplit(",", 1)[-1])
            if chunk.strip() or place_name(r.group().strip(), ctx):
                return _affiliated_person(head, base, ctx)
        return _actor(speaker_after(head[r.start():], base + r.start(), ctx, coord=True), ctx)
    ep = _epithet_subject(before, base)
    if ep is not None:
        return _actor(ep, ctx)  # (``Pengusaha itu membantah``: not a name ``Pengusaha``)
    chunk = before.rsplit(",", 1)[-1]
    body = strip_connectors(chunk)
    doc_subject = _DOCUMENT_SUBJECT.match(body)
    if doc_subject is not None:
        # ``Audit dari Inspektorat X kemudian mengonfirmasi …``, ``Laporan Bank Dunia menyebut``: a
        # document's claim is its issuer's, named after the noun; a bare ``Laporan itu`` names nobody
        rest = body[doc_subject.end():]
        if not rest[:1].isupper():
            return None
        at = base + len(before) - len(chunk) + (len(chunk) - len(body)) + doc_subject.end()
        return _actor(speaker_after(rest, at, ctx, coord=True), ctx)
    return _actor(subject(before, base, ctx, coord=True), ctx)


def _epithet_subject(before: str, base: int) -> Speaker | None:
    """An epithet that is the cue's whole subject (``Dalam sidang itu, bintang film X itu membantah …``,
    ``Aktris berusia 39 tahun itu menuduh …``): the person it describes, read like ``kata aktris itu``."""
    chunk = before.rsplit(",", 1)[-1]
    body = strip_connectors(chunk).strip()
    m = EPITHET.match(body)
    if m is None or body[m.end():].strip():
        return None
    return Speaker("role", text=m.group("noun").lower(), start=base + len(before) - len(chunk.lstrip()),
                       title_only=True)


# ``menerbitkan (sebuah) laporan (yang sarat kesalahan)`` closing the text before a relative ``yang``:
# a publishing verb and its document, described at most by one relative clause of its own.
_ISSUED_DOCUMENT = re.compile(
    r"(?<![\w-])(?:" + alternation(cues.PUBLISH_VERBS) + r")\s+(?:(?:sebuah|satu|dua|beberapa)\s+)?(?:"
    + alternation(cues.DOCUMENT_NOUNS | cues.REPORT_NOUNS | {"pernyataan", "rilis", "siaran pers"})
    + r")(?:\s+[a-z][\w-]*){0,2}(?:\s+yang(?:\s+[a-z][\w-]*){1,4})?\s*$")
# A subject opened by a document noun (``Audit dari``, ``Hasil kajian``, ``Laporan``): the issuer follows.
_DOCUMENT_SUBJECT = re.compile(
    r"^\s*(?:hasil\s+)?(?:" + alternation(cues.DOCUMENT_NOUNS | cues.REPORT_NOUNS | {"audit", "pernyataan", "rilis"})
    + r")(?:\s+(?:resmi|terbaru|tahunan|bulanan|tertulis))?\s+(?:(?:dari|oleh|milik)\s+)?", re.I)
# ``Dr Rina dari Pusat Studi Energi`` closing a chunk: a person, then the body they come from.
_FROM_BODY = re.compile(r"(?<![\w-])(?:dari|asal)\s+[A-Z][^,]*$")
# A chunk that is only capitalised words (``Universitas Gadjah Mada``, ``Inggris``): an institution
# or a place in apposition.
_CAP_CHUNK = re.compile(r"^\s*[A-Z][\w.'’&-]*(?:\s+(?:[A-Z0-9][\w.'’&-]*|of|for|and|dan|&))*\s*$")


def _affiliated_person(head: str, base: int, ctx: Ctx) -> str | None:
    """The person of ``Dr Rina dari Pusat Studi Energi, Universitas X, Yogyakarta, yang membantah``:
    the institutions and places after the person, each set off by a comma, are an apposition of where
    they work, so the relative clause is about the person named before ``dari``. Only a PERSON the
    tagger found there counts; else None (``… Coventry University, Inggris, yang``: no guess)."""
    chunks = head.rstrip().rstrip(",").split(",")
    i = len(chunks) - 1
    while i > 0 and _CAP_CHUNK.match(chunks[i]):
        i -= 1
    if i == len(chunks) - 1:
        return None
    m = _FROM_BODY.search(chunks[i])
    if m is None:
        return None
    start = base + sum(len(c) + 1 for c in chunks[:i])
    end = start + m.start()
    for ma, mb, men in ctx.mentions:
        if men.type == "PERSON" and start <= ma and mb <= end and not ctx.text[mb:end].strip():
            return name_text(men.text)
    return None


def _agent(after: str, base: int, ctx: Ctx) -> tuple[str, str] | None:
    """``dibantah oleh X`` / ``dibantah X``: the agent and the remaining text."""
    m = _AGENT.match(after)
    rest = after[m.end():] if m else after  # type: ignore[union-attr]
    has_oleh = bool(m and m.group().strip())
    if not rest[:1].isupper() and not has_oleh:
        return None
    at = base + (m.end() if m else 0)  # type: ignore[union-attr]
    sp = speaker_after(rest, at, ctx, coord=True)
    name = _actor(sp, ctx)
    if name is None or _amount_word(name.split()[0].lower()):
        return None  # (``yang diperkirakan Rp 2 triliun``: an amount, nobody estimating)
    span, _ = cap_run(rest, coord=True)
    if sp.kind == "phrase" and at <= sp.start and sp.start + len(sp.text) - at > span:
        # ``dibantah oleh kuasa hukum terdakwa, Andi Wijaya``: the agent runs past the first
        # capitalised words (a role, then the name in apposition); none of it is the claim
        span = sp.start + len(sp.text) - at
    tail = rest[span:]
    if _SPEAKING_ADJUNCT.match(tail) or _AGENT_RELATIVE.match(tail) or _agent_apposition(tail):
        # ``diakui oleh Bank Dunia dalam laporannya`` (how X said it), ``dibantah Kemenag yang
        # menyebut …`` (X described), ``dibantah oleh Andi, kuasa hukum terdakwa`` (who X is): no
        # claimed text after the agent
        return name, ""
    return name, _claim_text(tail)


_AGENT_RELATIVE = re.compile(r"^\s*,?\s*yang(?![\w-])", re.I)


def _agent_apposition(tail: str) -> bool:
    """``, kuasa hukum terdakwa.`` after an agent: a role describing the agent to the sentence end
    (a title, role or relation word first, no predicate after it)."""
    if not tail.lstrip().startswith(","):
        return False
    words = [w.strip(".,;:") for w in tail.lstrip()[1:].split()]
    if not words or not words[0]:
        return False
    first = words[0].lower()
    head = first in _q.TITLE_WORDS or first in cues.ROLE_NOUNS or first in cues.KIN_NOUNS \
        or first in titles.APPOSITIVE_HEADS or any(r.split()[0] == first for r in cues.REPRESENTATIVE_NOUNS)
    return head and not has_predicate(words[1:])


# An adjunct of the speaking right after a passive cue's agent (``diakui oleh X dalam laporannya``,
# ``dibantah X saat dikonfirmasi``): where, when or how the agent spoke, no claim of its own.
_SPEAKING_ADJUNCT = re.compile(
    r"^\s*,?\s*(?:dalam|pada|saat|ketika|melalui|lewat|via|di|kepada|usai|seusai|setelah|sebelum)(?![\w-])", re.I)
