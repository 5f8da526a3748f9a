"""Document passes that settle who is a person: one type per string, person votes, name parts.

Consistency across the document, surnames and first names alone, noble and family name
prefixes, kin and given names, and the tails cut off a person's span.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from kliping.extract.entities.person_marks import _age_after, _plain_name_words, _speaking_person
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import (
    _ADMIN_NOUN,
    _BANK_WORD,
    _CONNECT,
    _CUE_LABELS,
    _DOSSIER_ORG_SUFFIX,
    _HEADS,
    _JURISDICTION_HEADS,
    _NAME_RANKS,
    _ORG_SUFFIX,
    _PLACE_BEFORE,
    _SPEECH_AFTER,
    _SPEECH_BEFORE,
    _TRIGGER_HEADS,
    _TWORDS,
)
from kliping.extract.ner_features import lexicon
from kliping.lang.id import concepts, gazetteer, name_prefixes
from kliping.lang.id.cues import KIN_GIVEN_NAMES
from kliping.lang.id.entity_words import MONTH_TIME_AFTER, PERSON_ONLY_HEADS
from kliping.lang.id.titles import (
    CASE_ROLE_NOUNS,
    FIELD_NOUNS,
    HONORIFICS,
    MINISTER_HEADS,
    MINISTRY_PORTFOLIOS,
    NOBLE_WORDS,
    OFFICE_HEADS,
    RANKS,
    ROYAL_TITLES,
    UNIT_HEADS,
)


def _consistency(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Tag every occurrence of a string the same way within a document, by majority type."""
    votes: dict[tuple[str, ...], Counter] = {}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            toks = tuple(st.w[s.i:s.j])
            if len("".join(toks)) < 3 and not (len(toks) == 1 and toks[0].isupper() and len(toks[0]) >= 2):
                continue
            if st.caseless or not _cap(toks[0]):
                continue
            # a title or a rule is stronger evidence than the model alone
            votes.setdefault(toks, Counter())[s.type] += 10 if s.title is not None else (1 if s.source == "model" else 3)
            if s.type in ("LOC", "GPE") and s.j - s.i >= 2 and st.label[s.i] == "LOCC" and not st.label[s.j - 1]:
                # "Kosmodrom Vostochny": "Vostochny" alone is the same place
                votes.setdefault(tuple(st.w[s.i + 1:s.j]), Counter())[s.type] += 3
            # a person's surname or first name alone later in the article
            if s.type == "PERSON" and s.j - s.i >= 2:
                for part in (toks[-1], toks[0]):
                    if len(part) >= 3 and _cap(part) and part.lower() not in _HEADS \
                            and (part,) not in lexicon().phrases:
                        votes.setdefault((part,), Counter())["PERSON"] += 0
    if not votes:
        return
    best = {k: (v.most_common(1)[0][0] if sum(v.values()) else "PERSON") for k, v in votes.items()}
    first: dict[str, list[tuple[str, ...]]] = {}
    for k in best:
        first.setdefault(k[0], []).append(k)
    for lst in first.values():
        lst.sort(key=len, reverse=True)
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            t = best.get(tuple(st.w[s.i:s.j]))
            if t and t != s.type and s.source == "model":
                s.type = t
        taken = [False] * st.n
        for s in sp:
            for k in range(s.i, s.j):
                taken[k] = True
        added = []
        k = 0
        while k < st.n:
            for key in first.get(st.w[k], ()):
                e = k + len(key)
                if e <= st.n and tuple(st.w[k:e]) == key and not any(taken[k:e]) \
                        and (e == st.n or not _cap(st.w[e]) or len(key) > 1) \
                        and (k == 0 or not _cap(st.w[k - 1]) or st.low[k - 1] in _HEADS or len(key) > 1
                             # "Menurut Wiryawan,": the first word is capitalised as the sentence start;
                             # it hides no longer name unless the model reads it as part of a person
                             or (k == 1 and not taken[0] and st.person_prob(0, 1) < 0.1)):
                    added.append(Span(k, e, best[key], source="doc"))
                    k = e - 1
                    break
            k += 1
        if added:
            sp.extend(added)
            sp.sort(key=lambda s: s.i)
            st.titles(added)


_PLACE_TYPES = ("LOC", "GPE", "ORG", "FAC")


def _name_like(st: _Sentence, s: Span) -> bool:
    """Span ``s`` reads as a personal name: 1-4 capitalised words, none a title, unit, portfolio,
    acronym, number or gazetteer word (``Keuangan``, ``KPK`` and ``Denpasar`` are no names)."""
    if not 1 <= s.j - s.i <= 4 or st.caseless:
        return False
    if st.low[s.i] in _TWORDS or st.low[s.i] in _HEADS:
        return False
    common = 0
    for k in range(s.i, s.j):
        w = st.w[k]
        if not (w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha()) or (len(w) >= 2 and w.isupper()) \
                or st.label[k] or st.low[k] in UNIT_HEADS or st.low[k] in _HEADS \
                or w in _DOSSIER_ORG_SUFFIX or w in _ORG_SUFFIX or _ADMIN_NOUN.match(st.low[k]) \
                or _BANK_WORD.match(w):
            return False
        common += st.low[k] in _TWORDS  # "Jaya Negara": a name may hold one such word, not mostly them
    return common < s.j - s.i


# Words a title phrase set off by commas runs to at most (``Perdana Menteri pertama India``).
_APPOSITION_TITLE_WORDS = 8


def _title_apposition(st: _Sentence, s: Span) -> bool:
    """Span ``s`` stands in apposition to a title: right after the comma closing a clause that opens
    with a capitalised office head (``_TRIGGER_HEADS``: ``Perdana Menteri pertama India, [Jawaharlal
    Nehru],``, ``Mantan Ketua ..., [X]``), at most :data:`_APPOSITION_TITLE_WORDS` words, with a comma,
    a lower-case word or the sentence's end after it: the office's holder. The caller asks for a
    name-like span (``_name_like``: no gazetteer or area word), so the region written after an office
    (``Bupati Kuantan Singingi, Riau``) is no holder."""
    if s.i < 3 or st.w[s.i - 1] != ",":
        return False
    after = st.w[s.j] if s.j < st.n else "."
    if not (after in (",", ".") or after[:1].islower()):
        return False
    k = s.i - 2
    while k > 0 and st.w[k - 1] != "," and s.i - 1 - k < _APPOSITION_TITLE_WORDS:
        k -= 1
    if k > 0 and st.w[k - 1] != ",":
        return False  # a longer clause: no title phrase
    return st.low[k] in _TRIGGER_HEADS and _cap(st.w[k]) and st.title_head(k)


def _titled_by_office(st: _Sentence, s: Span, sp: list[Span]) -> bool:
    """An office phrase ends right before span ``s``: a capitalised non-territorial office head, its
    capitalised portfolio words, an organisation and its bracketed short form (``Direktur Penyediaan
    Badan Gizi Nasional (BGN) [Sonny Sanjaya]``): the model's place is the office's holder."""
    if s.i < 4 or st.w[s.i - 1] != ")":
        return False
    opening = next((k for k in range(s.i - 2, max(-1, s.i - 6), -1) if st.w[k] == "("), None)
    org = next((o for o in sp if opening is not None and o.j == opening and o.type == "ORG"), None)
    if org is None:
        return False
    for i in range(org.i - 1, max(-1, org.i - 6), -1):
        if st.low[i] in _TRIGGER_HEADS and st.title_head(i) and _cap(st.w[i]):
            return st.low[i] not in _JURISDICTION_HEADS and all(_cap(st.w[k]) for k in range(i + 1, org.i))
        if not _cap(st.w[i]) or any(o.i <= i < o.j and o.type == "PERSON" for o in sp):
            return False
    return False


def _person_vote(st: _Sentence, s: Span, sp: list[Span] | None = None) -> tuple[int, int]:
    """(person, place) evidence of one mention typed as a place or organisation.

    Strong person marks (3): an age in brackets after it, an honorific, a minister's or other
    non-territorial title, a rank or a case role right before it, an inverted speech verb before it
    (``ungkap Jaya Negara``, ``kata Wihaji.``). Weak (1): a territorial office before it (``Bupati X``
    names the regent's region as often as the regent) with no name after it, a speech verb after it.
    Place marks: a locative word before it (``di``, ``warga``), or a gazetteer word in it.
    """
    before = st.low[s.i - 1] if s.i > 0 else ""
    after = st.w[s.j] if s.j < st.n else "."
    nxt_cap = _cap(after) and after[:1].isalpha()
    person = 0
    if _age_after(st, s.j):
        person += 3
    role = before in HONORIFICS or before in RANKS or before in CASE_ROLE_NOUNS or (
        # an office before an organisation is mostly its head ("Analis Commerzbank"; a minister's
        # portfolio is no name: ``_name_like``), and a lower-case role noun is a common noun
        # ("politisi Senayan": a place standing for parliament)
        (before in PERSON_ONLY_HEADS or (s.type != "ORG" and (before in _TRIGGER_HEADS or before in OFFICE_HEADS)))
        and _cap(st.w[s.i - 1]))
    if sp is not None and not role and s.type != "ORG" and not nxt_cap and _titled_by_office(st, s, sp):
        role = True  # "Direktur ... Badan Gizi Nasional (BGN) Sonny Sanjaya" typed a place
    if before in _SPEECH_BEFORE and not nxt_cap and after != "(":
        person += 3  # "kata Pelaksana Tugas (Plt) ...": a title with its short form, not a name
    elif role and not nxt_cap and after not in (",", "("):
        # "Kapolsek Tanah Sareal AKP ...", "Wali Kota Denpasar, I Gusti ...": a unit or place before a name
        person += 1 if before in _JURISDICTION_HEADS else 3
    elif s.type != "ORG" and _title_apposition(st, s):
        person += 3  # "Perdana Menteri pertama India, Jawaharlal Nehru, ...": the office's holder
    elif s.j < st.n and st.low[s.j] in _SPEECH_AFTER:
        person += 1
    place = 2 if before in _PLACE_BEFORE else 0
    return person, place


def _person_types(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name the model typed as a place or organisation is a person when the article
    marks it as one (``Menteri Wihaji``, ``Endang Sulastri (41)``, ``ungkap Jaya Negara``), and all
    its mentions follow: the same words, the first or last word of such a full name alone
    (``Endang``), and a longer name ending in it (``I Gusti Ngurah Jaya Negara``).

    Votes are summed per name over the article; a name needs a strong mark (3) and more person than
    place evidence, so one ``di Endang`` does not flip the victim back, and ``Bupati Sleman`` alone
    (weak) does not make a regency a person. One pass over the article's spans.
    """
    votes: dict[tuple[str, ...], list[int]] = {}
    cands: list[tuple[_Sentence, Span, tuple[str, ...]]] = []
    tails: list[tuple[_Sentence, Span, tuple[str, ...]]] = []
    persons: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            key = tuple(st.w[s.i:s.j])
            if s.type == "PERSON":
                if s.j - s.i >= 2 and (s.title is not None or _age_after(st, s.j)):
                    persons.add(key)
                continue
            if s.type not in _PLACE_TYPES or s.source not in ("model", "doc"):
                continue
            if not _name_like(st, s):
                if s.j - s.i <= 6 and all(_cap(w) and w.isalpha() for w in key):
                    tails.append((st, s, key))  # "I Gusti Ngurah Jaya Negara": only a known name's tail
                continue
            p, q = _person_vote(st, s, sp)
            v = votes.setdefault(key, [0, 0])
            v[0] += p
            v[1] += q
            cands.append((st, s, key))
    if not cands:
        return
    strong = {k for k, (p, q) in votes.items() if p >= 3 and p > q}
    names = strong | persons
    parts: set[tuple[str, ...]] = set()
    for k in names:
        if len(k) >= 2:
            parts.update({(k[0],), (k[-1],), k[-2:]})
    changed: list[tuple[_Sentence, Span]] = []
    for st, s, key in cands:
        p, q = votes[key]
        hit = key in strong or (key in parts and p >= q and len(key[-1]) >= 3) \
            or any(key[-len(n):] == n for n in strong if len(n) >= 2 and len(key) > len(n))
        if hit:
            s.type = "PERSON"
            changed.append((st, s))
    for st, s, key in tails:
        if any(key[-len(n):] == n for n in strong if len(n) >= 2 and len(key) > len(n)):
            s.type = "PERSON"
            changed.append((st, s))
    for st, s in changed:
        st.titles([s])


def _adjacent_people(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: two person spans of the model with no word, comma or ``dan`` between them are one
    name the model opened twice (``Achmad`` + ``Agus Miftakhurrohman``: a common given name read
    as a new name's start); Indonesian prose never lays two people's names side by side. Not in a
    Title Case headline (``Prabowo Jokowi Bertemu``), and only when every word is a plain
    capitalised name word, and neither part is a person the article names on its own elsewhere
    (``Prabowo`` and ``Jokowi`` of a headline ``Prabowo Jokowi Bertemu``)."""
    apart: Counter = Counter()
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON":
                apart[tuple(st.w[s.i:s.j])] += 1
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless or st.headline():
            continue
        sp.sort(key=lambda o: o.i)
        k = 0
        while k + 1 < len(sp):
            a, b = sp[k], sp[k + 1]
            if a.type == b.type == "PERSON" and a.j == b.i and a.source == b.source == "model" \
                    and b.title is None and b.j - a.i <= 5 and _plain_name_words(st, a.i, b.j) \
                    and apart[tuple(st.w[a.i:a.j])] <= 1 and apart[tuple(st.w[b.i:b.j])] <= 1:
                a.j = b.j
                del sp[k + 1]
                continue
            k += 1


def _noble_prefixes(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a capitalised two-word noble prefix (``name_prefixes.NOBLE_PREFIXES``: ``La Ode``)
    right before a person span opens that person's name (``La Ode Ahmad P. Bolombo``), also when
    the organisation named before it took the prefix as its last words (``Kementerian Dalam Negeri
    La Ode``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type == "PERSON" and s.i >= 2 and _cap(st.w[s.i - 2]) and _cap(st.w[s.i - 1]) \
                    and f"{st.low[s.i - 2]} {st.low[s.i - 1]}" in name_prefixes.NOBLE_PREFIXES:
                before = [o for o in sp if o is not s and o.j > s.i - 2 and o.i < s.i]
                if any(o.j != s.i or o.j - o.i <= 2 for o in before):
                    continue
                for o in before:
                    o.j -= 2  # "[Kementerian Dalam Negeri] La Ode ...": the prefix is the person's
                s.i -= 2
                if s.title is not None and s.title[1] > s.i:
                    s.title = (s.title[0], s.i) if s.title[0] < s.i else None


def _title_fields(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a one-word person right after a title head that is a field noun
    (``titles.FIELD_NOUNS``: ``Analis [Komoditas] di ...``) is the title's field, no name; a
    ministry portfolio opening a person right after ``Menteri`` (``titles.MINISTRY_PORTFOLIOS``:
    ``Menteri [Koperasi Dewi ...]``) is the office's, cut from the name."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        drop = [s for s in sp if s.type == "PERSON" and s.j - s.i == 1 and st.low[s.i] in FIELD_NOUNS
                and s.i > 0 and (st.low[s.i - 1] in _HEADS or st.low[s.i - 1] in _TWORDS)]
        for s in drop:
            sp.remove(s)
        # "Wakil Menteri [Koperasi Dewi Lestari]": the portfolio is the office's, the name starts after it
        for s in [s for s in sp if s.type == "PERSON" and s.i > 0 and st.low[s.i] in MINISTRY_PORTFOLIOS
                  and st.low[s.i - 1] in MINISTER_HEADS]:
            if s.j - s.i == 1:
                sp.remove(s)
            else:
                s.i, s.title = s.i + 1, (s.title[0] if s.title and s.title[1] == s.i else s.i - 1, s.i + 1)


def _month_family_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a capitalised month name right after a person's name, followed by a lower-case word
    that makes no date of it (``Ahmad Juni sebesar Rp 1 miliar``), is the person's family name:
    ``Juni`` and ``Agustus`` are names too. Not before a number or a time word (``Prabowo Juni
    lalu``, ``Budi Juni 2024``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        starts = {s.i for s in sp}
        for s in sp:
            k = s.j
            if s.type != "PERSON" or k + 1 >= st.n or st.label[k] != "MONTH" or not _cap(st.w[k]) \
                    or k in starts:
                continue
            nxt = st.w[k + 1]
            if nxt.isalpha() and nxt.islower() and nxt not in MONTH_TIME_AFTER:
                s.j = k + 1


def _kin_given_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``kata Putri Ayu``: a kinship word that is also a given name (``Putri``, ``Putra``:
    ``cues.KIN_GIVEN_NAMES``), capitalised right before one name and read as its only title, is the
    first name (``putri Ayu`` in lower case is a daughter). Not when the name is a word of a longer
    person name of the article (``Budi Santoso ... Putra Budi`` is Budi's son)."""
    long_words = {w for st, sp in zip(sents, spans, strict=True) for s in sp
                  if s.type == "PERSON" and s.j - s.i >= 2 for w in st.w[s.i:s.j]}
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type == "PERSON" and s.title == (s.i - 1, s.i) and s.j - s.i == 1 \
                    and st.low[s.i - 1] in KIN_GIVEN_NAMES and _cap(st.w[s.i - 1]) \
                    and (s.i == 1 or not _cap(st.w[s.i - 2])) and st.w[s.i] not in long_words:
                s.i, s.title = s.i - 1, None


def _given_name_tails(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``Kementerian Kesehatan Siti [Nadia Tarmidzi]``: the model closes an organisation
    with the person's first name and starts the person after it, so the office's description ends
    in the person's own name. The organisation's last word moves to the person when it is a plain
    capitalised word (no title, portfolio, unit, company, gazetteer word or acronym), the
    organisation keeps two words or more, and the model gives the word a person reading of 0.2 or
    more (``Siti`` 0.23 to 0.37; ``Jabar`` 0.07 and ``Pertamina`` 0.01 stay with the office). A rank
    closing the organisation is dropped from it (``Polda Metro Jaya Kombes [Ade] ...``)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        starts = {s.i: s for s in sp if s.type == "PERSON"}
        for o in sp:
            p = starts.get(o.j)
            if p is None or o.type != "ORG" or p.title is None or p.title[1] != p.i:
                continue
            k = o.j - 1
            w = st.w[k]
            if o.j - o.i >= 3 and w[:1].isupper() and w.isalpha() and not w.isupper() and not st.label[k] \
                    and st.low[k] not in _TWORDS and st.low[k] not in _HEADS and st.low[k] not in UNIT_HEADS \
                    and w not in _ORG_SUFFIX and w not in _DOSSIER_ORG_SUFFIX and not _ADMIN_NOUN.match(st.low[k]) \
                    and st.person_prob(k, o.j) >= 0.2:
                o.j, p.i = k, k
                p.title = (p.title[0], k)
            while o.j - o.i >= 2 and st.low[o.j - 1].rstrip(".") in _NAME_RANKS:
                o.j -= 1  # "Polda Metro Jaya Kombes": the rank is the person's


def _person_tails(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: ``Direktur ... Kementerian Keuangan Rosmauli menjelaskan``: an organisation or place
    span that ends in a name the document shows elsewhere as a speaking or titled person (``kata
    Rosmauli``) ends before it; the name is split off as the person. The part left must be a name
    on its own: not a cue word (``PT``, ``Kecamatan``: ``PT Antam`` keeps ``Antam``), a number or
    a single word."""
    names: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        if not st.caseless:
            names.update(tuple(st.w[s.i:s.j]) for s in sp
                         if s.type == "PERSON" and s.source != "doc" and _speaking_person(st, s))
    if not names:
        return
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        added = []
        for s in sp:
            if s.type not in ("ORG", "LOC", "GPE") or s.j - s.i < 2:
                continue
            for t in (3, 2, 1):
                a = s.j - t
                if a <= s.i or tuple(st.w[a:s.j]) not in names or not _cap(st.w[a]) or st.label[a]:
                    continue
                h = a
                while h > s.i and not st.w[h - 1][:1].isalnum():
                    h -= 1  # "Kementerian Keuangan, Purbaya"
                last = st.w[h - 1] if h > s.i else ""
                if (h - s.i < 2 and not last.isupper()) or st.low[h - 1] in _CONNECT or st.low[h - 1] in _HEADS \
                        or st.label[h - 1] in _CUE_LABELS or not last.isalpha() or re.fullmatch(r"[IVX]+", last):
                    break
                p = Span(a, s.j, "PERSON", source="rule")
                st.titles([p])
                if s.type != "ORG" and p.title is None:
                    break  # "Bundaran Simpang Lima Purwodadi": in a place, only an office's holder
                added.append(p)
                s.j = h
                break
        if added:
            sp.extend(added)
            sp.sort(key=lambda s: s.i)


# Noble words and the ones that follow them inside a Javanese noble name (``Raden Mas``, ``Raden Ayu``).
_NOBLE_NAME_WORDS = NOBLE_WORDS | {"mas", "ayu", "ajeng", "roro", "rara"}


def _royal_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name the tagger typed a body or a place that opens with a royal title
    (``titles.ROYAL_TITLES``: ``[Permaisuri Eugenie]`` ORG) or with two Javanese noble words
    (``titles.NOBLE_WORDS``: ``[Gusti Raden Mas Fulan]`` LOC) is a person, named with its title as
    written (the title words are no title list's, so no other rule splits them either); noble words
    the tagger cut off as a body before a person (``[Gusti Raden Mas] [Fulan]``) join the name. The rest must be capitalised name words
    that no gazetteer entry or cue word labels and that open no body (``Raja Ampat``, the regency, is
    in the gazetteer; ``Ratu Plaza`` ends in a building's word)."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type not in ("ORG", "LOC", "GPE") or s.source == "gaz" or s.j - s.i < 2:
                continue
            # "hak milik atas [Tanah Gusti Raden Mas Fulan]": the land of the person named after it
            a = s.i + 1 if st.low[s.i] == "tanah" and s.j - s.i >= 3 else s.i
            royal = st.low[a] in ROYAL_TITLES
            noble = st.low[a] in NOBLE_WORDS and st.low[a + 1] in _NOBLE_NAME_WORDS
            r = a + 1
            while noble and r < s.j and st.low[r] in _NOBLE_NAME_WORDS:
                r += 1
            rest = range(r, s.j)
            if len(rest) > 4:
                continue
            if not (royal or noble) or not rest or any(not _cap(st.w[k]) or st.label[k] or st.low[k] in _HEADS
                                                     for k in rest) \
                    or gazetteer.place_kind(" ".join(st.w[a:s.j])) or st.w[s.j - 1] in concepts.FACILITY_TAILS:
                continue
            s.i, s.type, s.source = a, "PERSON", "rule"
        # "[Gusti Raden Mas] [Fulan]": noble words the tagger read as a body before the person's name
        drop = []
        for s, o in pairwise(sp):
            if s.type != "PERSON" and o.type == "PERSON" and o.i == s.j and s.j - s.i >= 2 \
                    and all(w in _NOBLE_NAME_WORDS and _cap(st.w[k]) for k, w in enumerate(st.low[s.i:s.j], s.i)) \
                    and st.low[s.i] in NOBLE_WORDS:
                o.i, o.title = s.i, None
                drop.append(s)
        if drop:
            sp[:] = [x for x in sp if all(x is not d for d in drop)]
