"""Document passes over bodies' names: a field list or two bodies over ``dan``, names after a date, schools.

Indonesian regional offices and agencies are named by their fields, set off by commas and a last
``dan`` (``Dinas Pertanian, Perikanan, dan Ketahanan Pangan``, ``Badan Meteorologi,
Klimatologi, dan Geofisika``, ``Bagian Pengadaan Barang dan Jasa``). The tagger and the cue-word
rule stop the name at the first comma or ``dan`` (``[Dinas Perumahan], Permukiman, [Cipta Karya]``),
leaving a cut organisation and sometimes a field read as a place. The other way round, the cue-word
rule runs a name over ``dan`` into a second body (``Bank DKI dan BJB``, ``Pemkab Karawang dan
Kemensos``). Kept apart because both ask what the words after a ``dan`` are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kliping.extract.entities.jurisdictions import _indonesian_area
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap, _drop_inside, _split_tail
from kliping.ingest.glue import known_word
from kliping.lang.id import calendar, gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.cues import NUMBERED_ORG_HEADS
from kliping.lang.id.entity_words import CENTRE_TITLES, FIELD_LIST_LAST_JOINERS
from kliping.lang.id.titles import (
    BODY_ACRONYMS,
    FIELD_LIST_HEADS,
    INSTITUTION_KIND_WORDS,
    INSTITUTION_PEOPLE_WORDS,
    ONE_WORD_MINISTRY,
    UNIT_ACRONYMS,
    UNIT_HEADS,
)


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """Words that open a body's name: a field after a comma or ``dan`` that opens with one starts a
    second body (``Dinas Sosial dan Dinas Kesehatan``, ``Kementerian Keuangan dan Bank Indonesia``)."""
    cues = {c.split()[0].lower() for c in gazetteer.cues()["org"]}
    return frozenset(cues | FIELD_LIST_HEADS | UNIT_HEADS) - INSTITUTION_KIND_WORDS


def _field_end(st: _Sentence, k: int, starts: dict[int, Span]) -> int:
    """End of a run of field words from ``k``: capitalised dictionary words (``Cipta Karya``,
    ``Klimatologi``), not an acronym, a body's head or the start of a person or place span."""
    e = k
    while e < st.n:
        w = st.w[e]
        if not (_cap(w) and w.isalpha() and not w.isupper()) or not known_word(st.low[e]) \
                or st.low[e] in _body_heads():
            break
        if e > k and e in starts and starts[e].type != "ORG":
            break  # "... dan Gas Bumi [Faisal Rahman]": the field list ends before the holder
        e += 1
    return e


def _list_end(st: _Sentence, s: Span, starts: dict[int, Span]) -> int | None:
    """Where the field list after ``s`` ends, if ``s`` is a body cut at its first comma or ``dan``:
    groups of field words after commas, the last one after ``dan``/``serta`` (a list that never
    reaches its ``dan`` is a list of things, not one name)."""
    k = s.j
    while k < st.n:
        if st.w[k] == ",":
            k += 1
            closing = k < st.n and st.low[k] in FIELD_LIST_LAST_JOINERS
            k += closing
        elif st.low[k] in FIELD_LIST_LAST_JOINERS:
            closing = True
            k += 1
        else:
            return None
        if k < st.n and k in starts and starts[k].type == "PERSON":
            return None
        e = _field_end(st, k, starts)
        if e == k:
            return None
        if closing:
            return e
        k = e
    return None


def _field_lists(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an organisation opened by a body's head word (``titles.FIELD_LIST_HEADS``: ``Dinas``,
    ``Badan``, ``Bagian``, ``Tim``...) and followed by a comma or ``dan`` and more capitalised field
    words up to a last ``dan`` field is that whole name; an Indonesian area right after the last field
    is the office's area and joins too (``... dan Tata Ruang Kendal``). Spans inside the longer name
    (a field read as a place) are dropped. A name that already holds its ``dan`` is whole: what
    follows is the next item of a list."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        starts = {x.i: x for x in sp}
        for s in list(sp):
            if s.type != "ORG" or st.low[s.i] not in FIELD_LIST_HEADS or not any(s is x for x in sp) \
                    or any(w in FIELD_LIST_LAST_JOINERS for w in st.low[s.i:s.j]):
                continue  # "Badan Pengawas Obat dan Makanan, serta Perpustakaan ...": a closed name, then a list
            end = _list_end(st, s, starts)
            if end is None:
                continue
            area = starts.get(end)
            if area is not None and area.type in ("GPE", "LOC") and _indonesian_area(st.w[area.i:area.j]):
                end = area.j
            if any(x is not s and x.i < end and x.j > end for x in sp):
                continue  # a span crossing the new end: leave the cut name as it was
            s.j, s.source = end, "rule"
            _drop_inside(sp, s)
            starts = {x.i: x for x in sp}


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Written-out names of the organisations ``ABBREVIATIONS`` knows (``Kementerian Hukum dan HAM``,
    ``Badan Pengawas Pasar Modal dan Lembaga Keuangan``): their ``dan`` joins no two bodies."""
    return frozenset(full for full, typ in ABBREVIATIONS.values() if typ == "ORG")


def _opens_body(st: _Sentence, k: int) -> bool:
    """Whether word ``k`` opens a body's name of its own: a body's head word (``Kementerian``,
    ``Polsek``), a one-word ministry (``Kemensos``), a unit's or joint body's short form (``Resmob``,
    ``Kopdes``: ``titles.UNIT_ACRONYMS``, ``titles.BODY_ACRONYMS``) or an all-capitals short form
    (``BJB``, ``BPOM``)."""
    w = st.w[k]
    return _cap(w) and (st.low[k] in _body_heads() or bool(ONE_WORD_MINISTRY.match(w)) or st.low[k] in BODY_ACRONYMS
                        or st.low[k] in UNIT_ACRONYMS or (len(w) >= 2 and w.isupper() and w.isalpha()))


def _joined_bodies(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an organisation span that runs over ``dan``/``serta`` into a word opening a body of
    its own (``_opens_body``) is two organisations (``[Bank DKI] dan [BJB]``, ``[Pemkab Karawang] dan
    [Kemensos]``, ``[Kementerian Kesehatan] dan [BPOM]``), unless the whole is a known written-out
    name (``Kementerian Hukum dan HAM``). The first part must be a body too (two words or more,
    opened by a head word, a ministry or a short form): ``Pusat Studi Ekonomi dan Kebijakan Publik``
    never reaches here, its ``Kebijakan`` opens nothing."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        added: list[Span] = []
        for s in sp:
            if s.type != "ORG" or not _opens_body(st, s.i):
                continue
            x = next((x for x in range(s.i + 2, s.j - 1) if st.low[x] in FIELD_LIST_LAST_JOINERS and _opens_body(st, x + 1)), None)
            if x is None or " ".join(st.w[s.i:s.j]) in _known_names() \
                    or any(" ".join(st.w[s.i:e]) in _known_names() for e in range(x + 2, s.j)):
                continue
            added.append(_split_tail(s, x, x + 1, "ORG"))
        if added:
            sp.extend(added)
            sp.sort(key=lambda o: o.i)


# A year written in digits (``1945``), the end of a date a body is named after.
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _calendar_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a month after a capitalised number word (``Universitas Sebelas Maret``, ``Institut
    Teknologi Sepuluh Nopember``) and a weekday after ``Pasar`` (``Jl Raya Pasar Minggu``) are part
    of the name they end: institutions and streets named after a date, a district named after its
    market day. Month and weekday words end a name run everywhere else (a date follows the name),
    so the span stops before them; here it takes the word back (``calendar.NAME_NUMBER_WORDS``,
    ``calendar.WEEKDAY_PLACE_WORDS``, the lists ``extract.times`` reads to keep them no dates). A body
    named after a date in digits (``Universitas 17 Agustus 1945``, ``Yayasan Perguruan 17 Agustus
    1945``), cut by the tagger after the day, takes the month and the year back."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            k = s.j
            if s.type == "PERSON" or k >= st.n or not _cap(st.w[k]) or not _cap(st.w[k - 1]):
                continue
            month = st.low[k] in calendar.MONTHS_ID and st.low[k - 1] in calendar.NAME_NUMBER_WORDS
            day = st.low[k] in calendar.WEEKDAYS and st.w[k - 1] in calendar.WEEKDAY_PLACE_WORDS
            if not (month or day) or any(x is not s and x.i <= k < x.j and x.j > k + 1 for x in sp):
                continue
            s.j = k + 1
            _drop_inside(sp, s)
        for s in sp:
            # "Universitas [17] Agustus 1945": a body named after a full date in digits
            k = s.j
            if s.type == "ORG" and s.j - s.i >= 2 and k + 1 < st.n and st.w[k - 1].isdigit() and 1 <= int(st.w[k - 1]) <= 31 \
                    and st.low[k] in calendar.MONTHS_ID and _cap(st.w[k]) and _YEAR.match(st.w[k + 1]) \
                    and not any(x is not s and x.i <= k + 1 < x.j for x in sp):
                s.j = k + 2


def _school_bodies(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a school's name typed a place (``SMP Negeri 1 Cisarua``, ``SMAN 1 Sukorejo``: a head of
    ``cues.NUMBERED_ORG_HEADS`` opening two words or more) is the school as a body, ORG, at all its
    mentions in the article, when one of them comes right after its people (``siswa``, ``guru``,
    ``pihak``: ``titles.INSTITUTION_PEOPLE_WORDS``) or after such a school in a list (``siswa SD
    Negeri 1 X dan SMK Negeri 1 X``). The tagger reads a school after ``di`` or in a
    list as a place; a school whose students fall ill or whose staff deny something acts as a body.
    A school named only as where something stands or happens (``merusak tembok di SD X``) stays a place.
    The title ``Kepala Sekolah`` gives its ``Sekolah`` to the title, not to the school after it, while
    ``Kepala Pusat`` leaves ``Pusat`` to the centre's name (``Pusat`` is no unit head: a place word)."""
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            # "Kepala Sekolah [SMPN 12]": the title's second word is no part of the school's name
            if s.type in ("ORG", "LOC") and s.j - s.i >= 3 and st.w[s.i] == "Sekolah" \
                    and st.low[s.i + 1] in NUMBERED_ORG_HEADS:
                s.i += 1
            # "Kepala Pusat [Pengembangan Talenta Digital]": the centre's head word is part of its name
            elif s.type == "ORG" and s.i >= 2 and st.w[s.i - 1] == "Pusat" and st.low[s.i - 2] in CENTRE_TITLES \
                    and not any(o.i <= s.i - 1 < o.j for o in sp):
                s.i -= 1
    bodies: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        after_people: Span | None = None  # the last school of a list its people open
        for s in sorted(sp, key=lambda s: s.i):
            school = s.j - s.i >= 2 and st.low[s.i] in NUMBERED_ORG_HEADS
            people = s.i > 0 and st.low[s.i - 1] in INSTITUTION_PEOPLE_WORDS
            # "siswa SD Negeri 1 X dan [SMK Negeri 1 X]": the people word reaches the list's next school
            listed = after_people is not None and s.i > after_people.j \
                and all(st.low[k] in FIELD_LIST_LAST_JOINERS or st.w[k] == "," for k in range(after_people.j, s.i))
            after_people = s if school and (people or listed) else None
            if after_people is not None and s.type in ("LOC", "GPE"):
                bodies.add(tuple(st.w[s.i:s.j]))
    if not bodies:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type in ("LOC", "GPE") and tuple(st.w[s.i:s.j]) in bodies:
                s.type, s.source = "ORG", "rule"
