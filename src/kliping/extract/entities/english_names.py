"""English job titles the tagger runs into a company or a first name, and English event names.

Indonesian company news writes a manager's post in English before the company and the name
(``Vice President Corporate Communication PT Fulan Energi (Persero) Budi Santoso``). The tagger,
trained on Indonesian titles, reads the capitalised run as one organisation, or glues the first
name onto it (``[Vice President Corporate Communication Budi] [Santoso Wijaya]``). A document pass
of its own: it runs first, so the person and company it frees take part in every later pass.

Events named in English (``Internasional Football Championship (IFC) 2025``) have no Indonesian cue
word (``Piala``, ``Konferensi``) to open them: the tagger reads them, and their short forms, as
organisations.
"""

from __future__ import annotations

from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.lang.id import brands, gazetteer
from kliping.lang.id.cues import ENGLISH_EVENT_HEADS, EVENT_NOUNS
from kliping.lang.id.entity_words import (
    COMPANY_FORMS,
    ENGLISH_BODY_HEAD_JOINERS,
    ENGLISH_BODY_HEADS,
    ENGLISH_BODY_WORDS,
    TITLE_DEPARTMENT_JOINERS,
)
from kliping.lang.id.titles import JOB_TITLE_HEADS, JOB_TITLE_WORDS


def _department_word(w: str) -> bool:
    """``w`` is a capitalised English word a post's department is made of (``Corporate``,
    ``Communication``, ``Affairs``): a dictionary word, or its plural."""
    if not _cap(w) or w in COMPANY_FORMS or w in brands.KNOWN_COMPANIES:
        return False
    return gazetteer.is_english_word(w) or (w.endswith("s") and gazetteer.is_english_word(w[:-1]))


def title_run(st: _Sentence, s: Span) -> int:
    """End of the English job title that opens span ``s`` (``s.i`` when none opens it).

    The title opens with job-title words (``Vice President``, ``General Manager``) holding a head
    noun of a post (``titles.JOB_TITLE_HEADS``: ``Finance Asia Awards`` opens with none) and runs
    over department words (``Corporate Communication``, ``Fuel Retail``); it ends at a company opener
    (``PT``), a well-known company or the first word that is no English word (a name).
    """
    k = s.i
    head = False
    while k < s.j and _cap(st.w[k]) and st.low[k] in JOB_TITLE_WORDS:
        head = head or st.low[k] in JOB_TITLE_HEADS
        k += 1
    if not head:
        return s.i
    while k < s.j and (_department_word(st.w[k]) or st.low[k] in JOB_TITLE_WORDS
                       or (st.low[k] in TITLE_DEPARTMENT_JOINERS and k + 1 < s.j and _cap(st.w[k + 1]))):
        k += 1
    while k > s.i and st.low[k - 1] in TITLE_DEPARTMENT_JOINERS:
        k -= 1
    return k


def _english_job_titles(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an English job title opening a span is the title of the person after it, no name.

    * The span is the title alone (``Vice President Policy``): it goes, and a person span right
      after it takes it as title.
    * A company follows the title in the span (``... Corporate Communication PT Fulan Energi``, or a
      name the document writes as an organisation elsewhere): the span is that company.
    * A name follows it and a person span comes right after (``[... Communication Budi] [Santoso]``):
      the name is that person's first word, and the title is theirs.
    * A person span opening with the title: the title is cut off and kept as its title.
    """
    orgs = {tuple(st.w[s.i:s.j]) for st, sp in zip(sents, spans, strict=True) for s in sp if s.type == "ORG"}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in list(sp):
            t = title_run(st, s)
            if t == s.i:
                continue
            nxt = next((o for o in sp if o.i == s.j and o.type == "PERSON"), None)
            if t == s.j:
                sp.remove(s)
                if nxt is not None and nxt.title is None:
                    nxt.title = (s.i, s.j)
                continue
            rest = tuple(st.w[t:s.j])
            company = rest[0] in COMPANY_FORMS or " ".join(rest) in brands.KNOWN_COMPANIES \
                or " ".join(rest) in gazetteer.orgs() or (rest in orgs and s.type != "PERSON")
            if company:
                s.i, s.type, s.title = t, "ORG", None
            elif nxt is not None:
                sp.remove(s)
                nxt.i, nxt.title = t, (s.i, t)
            elif s.type == "PERSON":
                s.i, s.title = t, (s.i, t)


def _title_list_before(st: _Sentence, a: int) -> bool:
    """The words before word ``a`` are an English job title whose list of departments goes on into the
    span at ``a``: a separator of the list (``,``, ``&``, ``and``) right before it, then back over
    department and job-title words and all-capitals short forms (``HSSE``) to a head noun of a post
    (``titles.JOB_TITLE_HEADS``: ``VP HSSE & ...``, ``Vice President Policy, ...``)."""
    if a < 2 or (st.w[a - 1] != "," and st.low[a - 1] not in TITLE_DEPARTMENT_JOINERS):
        return False
    k = a - 1
    while k > 0:
        w = st.w[k - 1]
        if st.low[k - 1] in JOB_TITLE_HEADS and _cap(w):
            return True
        if not (w == "," or st.low[k - 1] in TITLE_DEPARTMENT_JOINERS or st.low[k - 1] in JOB_TITLE_WORDS
                or _department_word(w) or (w.isupper() and w.isalpha() and len(w) <= 5)) or a - k > 6:
            return False
        k -= 1
    return False


def _departments_before_company(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``VP HSSE & [AI and Partnership Mubadala Energi]``, ``Vice President Policy,
    [Government and Public Affairs Chevron]``: the tagger split an English job title at its list of
    departments and glued the list's last items to the company after it. When the title runs on into
    the span (``_title_list_before``), the span's opening department words (an all-capitals short
    form only before a joiner: ``AI and``) are the title's, and the span is the company after them.
    A company form further on opens the company (``Head of Institutional Banking Group PT Bank ...``).
    Left alone when nothing follows the departments, or when an English body's word sits among them
    (``Centre for Strategic and International Studies`` is a body, no department)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type not in ("ORG", "GPE", "LOC") or not _title_list_before(st, s.i):
                continue
            k = s.i
            while k < s.j and (_department_word(st.w[k])
                               or (st.low[k] in TITLE_DEPARTMENT_JOINERS and k > s.i and k + 1 < s.j)
                               or (st.w[k].isupper() and st.w[k].isalpha() and k + 1 < s.j
                                   and st.low[k + 1] in TITLE_DEPARTMENT_JOINERS)):
                k += 1
            while k > s.i and st.low[k - 1] in TITLE_DEPARTMENT_JOINERS:
                k -= 1
            if k == s.i or k == s.j or any(w in ENGLISH_BODY_WORDS for w in st.w[s.i:k]):
                continue
            # "Head of [Institutional Banking Group PT Bank ...]": a company form after the departments
            # opens the company, the words before it are the department's
            k = next((x for x in range(k, s.j) if st.w[x] in COMPANY_FORMS), k)
            s.i, s.type, s.title = k, "ORG", None


def _event_name_before(st: _Sentence, e: int) -> int | None:
    """Start of an English event's name ending at word ``e - 1`` (``... Tax Forum``): a run of
    capitalised words (``of``/``and`` inside) whose last is an event head, with an event noun before
    it (``penyelenggaraan``, ``ajang ... bertajuk``) or an edition year after it or after its bracketed
    short form (``(ICCF) 2025``). ``None`` when it is none."""
    if e < 2 or st.w[e - 1] not in ENGLISH_EVENT_HEADS:
        return None
    a = e - 1
    while a > 0 and ((_cap(st.w[a - 1]) and st.w[a - 1][:1].isalpha())
                     or (st.low[a - 1] in TITLE_DEPARTMENT_JOINERS and a > 1 and _cap(st.w[a - 2]))):
        a -= 1
    if e - a < 2:
        return None
    k = e + 3 if e + 2 < st.n and st.w[e] == "(" and st.w[e + 2] == ")" else e
    year = k < st.n and len(st.w[k]) == 4 and st.w[k].isdigit() and st.w[k][:2] in ("19", "20")
    return a if year or (a > 0 and st.low[a - 1] in EVENT_NOUNS) else None


def _english_events(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an English event's name is an EVENT (``_event_name_before``), and so is its bracketed
    short form wherever the document writes it alone (``IFC ini sesi kedua``). The spans the tagger
    made inside the name (``Indonesia`` of ``Indonesia International Motor Show``) give way to it."""
    shorts: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for e in range(2, st.n + 1):
            a = _event_name_before(st, e)
            if a is None:
                continue
            inside = [o for o in sp if a <= o.i and o.j <= e]
            if any(o.i < a < o.j or o.i < e < o.j for o in sp):
                continue  # a span crossing the name's edge: the tagger read a longer name
            for o in inside:
                sp.remove(o)
            sp.append(Span(a, e, "EVENT", source="rule"))
            if e + 2 < st.n and st.w[e] == "(" and st.w[e + 2] == ")" and st.w[e + 1].isupper():
                shorts.add(st.w[e + 1])
            sp.sort(key=lambda o: o.i)
    if not shorts:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.j - s.i == 1 and st.w[s.i] in shorts and s.type in ("ORG", "PERSON", "LOC"):
                s.type, s.title = "EVENT", None


def _english_bodies(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name typed a place that opens with an English body's head and ``of``/``for``/``on``
    (``ENGLISH_BODY_HEADS``: ``peneliti di Center of Generational Kinetics``, ``Institute for ...``)
    is that body, ORG: the tagger reads a research centre or an office after ``di`` as a place,
    while English puts a venue's head last (``Jakarta Convention Center`` stays a place)."""
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type in ("LOC", "GPE") and s.j - s.i >= 3 and st.w[s.i] in ENGLISH_BODY_HEADS \
                    and st.w[s.i + 1] in ENGLISH_BODY_HEAD_JOINERS:
                s.type = "ORG"
