"""The speaker phrase after a cue (:func:`speaker_after`, the text after ``kata`` or a
speech verb): a name, a title and a name, a name then its title, an office listing its branches,
an unnamed speaker noun, a described person, a group, a relative or representative of the one
named, a country or organisation pointed back at (``negara tersebut``), an epithet closed by a
demonstrative.

Apart because it is the largest single rule, read by the direct, reported and subject rules
alike.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.clauses import has_predicate, verb_shaped
from kliping.extract.quotes.context import (
    _mention_in,
    _mention_start,
    _person_within,
    _same_person,
    name_text,
    place_name,
)
from kliping.extract.quotes.names import (
    _office_head,
    _person_noun,
    _split_name,
    cap_run,
    numbered_institution,
)
from kliping.extract.quotes.patterns import (
    _ADMIN_APPOSITION,
    _DAYS,
    _DEMONSTRATIVE_AFTER,
    _DERIVED_NOUN,
    EPITHET,
    OFFICE_WORDS,
    TITLE_WORDS,
)
from kliping.extract.quotes.records import Ctx, Speaker
from kliping.lang.id import cues, titles
from kliping.lang.id.function_words import AND_WORDS_OR_SIGN, PLACE_PREPOSITIONS, PREPOSITIONS
from kliping.lang.id.numbers import CURRENCY_PREFIXES
from kliping.lang.id.quote_words import (
    ADJUNCT_PREPOSITIONS,
    ADJUNCT_STARTS,
    CLAUSE_CONJUNCTIONS,
    DESCRIPTION_OPENING_WORDS,
    GROUP_TIME_NOUNS,
    ORG_ANAPHOR_NOUNS,
    POINTED_TIME_WORDS,
    PRE_SUBJECT_ADVERBS,
    REPORT_ISSUER_LINKS,
    THIRD_PERSON_PRONOUNS,
)
from kliping.text.patterns import alternation
from kliping.text.tokens import letters_in_order

# ``Sejumlah warga``, ``Para pedagang pasar``, ``Sebagian besar petani kopi``: a quantifier (any case)
# and a lower-case noun; or a capitalised one (``Sejumlah Eselon I``, ``Para Kepala Daerah``, ``Beberapa
# LSM``), an office or a body written as a title, in the plural all the same.
_GROUP_HEAD = re.compile(r"^(?i:" + alternation(cues.GROUP_QUANTIFIERS, any_space=True) + r")\s+"
                         r"(?P<noun>[a-z][\w-]*|[A-Z][\w/'’-]*)")


def generic_alone(toks: list[str]) -> bool:
    """The words ``toks`` of a speaker phrase are a noun of a kind of people (``cues.GENERIC_SOURCE_NOUNS``) written
    alone: nothing after it but ``setempat``/``sekitar`` (``cues.GENERIC_SOURCE_MODIFIERS``) and the end of the phrase,
    a full stop or a word that opens no name (``cues.NAME_STOPWORDS``: ``kata warga saat ditemui``). A comma after it
    opens an apposition (``kata warga, Siti``) and a demonstrative points back (``warga tersebut``): not alone."""
    k = 1
    while k < len(toks) and toks[k - 1][-1:] not in ".," and toks[k].lower().rstrip(".,") in cues.GENERIC_SOURCE_MODIFIERS:
        k += 1
    last = toks[k - 1]
    if k == len(toks) or last.endswith("."):
        return True
    nxt = toks[k].lower().rstrip(".,")
    return not last.endswith(",") and nxt in cues.NAME_STOPWORDS and nxt not in cues.ROLE_DEMONSTRATIVES


def _group_subject(rest: str, start: int, ctx: Ctx, loose: bool, coord: bool) -> Speaker | None:
    """A subject naming a group (``Sejumlah warga Desa X``, ``Para pedagang pasar``): no one person
    speaks, so no name (the noun kept, so the statement stays, as for ``Warga menyebut``). A place or
    an organisation after the noun says whose group it is; it is no speaker either. A quantified time
    (``Beberapa hari lalu Budi …``) is an adjunct: the subject is the capitalised run after it."""
    m = _GROUP_HEAD.match(rest)
    if m is None or m.group("noun") in CURRENCY_PREFIXES:
        return None  # (``sejumlah Rp 5 juta``: an amount, no group)
    noun = m.group("noun").lower()
    if noun in GROUP_TIME_NOUNS:
        tm = re.match(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?=[A-Z])", rest[m.end():])
        if tm is None:
            return Speaker("none")
        at = m.end() + tm.end()
        return speaker_after(rest[at:], start + at, ctx, loose=loose, coord=coord)
    return Speaker("none", text=noun, start=start)


# Speakers who talk for another (a relative, a lawyer): with no name of their own they go on speaking.
_RELATIVE_NOUNS = cues.KIN_NOUNS | cues.REPRESENTATIVE_NOUNS
_RELATIVE_HEAD = re.compile(
    r"^(?P<head>(?i:" + alternation(_RELATIVE_NOUNS, any_space=True) + r"))"
    r"(?P<mods>(?:\s+(?i:" + alternation(cues.KIN_MODIFIERS, any_space=True) + r"))*)(?:\s+(?=\S)|(?<=[a-z])[\s.,]*$)"
)
# ``sang``/``si`` before a lower-case noun: an article, the noun says who speaks (``Sang putri``)
_ARTICLE_NOUN = re.compile(r"^(?i:sang|si)\s+(?=[a-z])")


def _relative(rest: str, start: int, ctx: Ctx, coord: bool, article: bool = False) -> Speaker | None:
    """``Anak Rina Marlina``, ``Istri mendiang Budi``, ``Kuasa hukum Budi Santoso``, ``adik korban``:
    a relative or a representative of the one named speaks, not the one named, so there is no
    speaker name (``cues.KIN_NOUNS``, ``cues.REPRESENTATIVE_NOUNS``); an apposition after the name
    gives the speaker's own name (``Kuasa hukum Budi, Andi Wijaya, mengatakan``). ``Putra``/``Putri``
    are also given names: read so only with a modifier (``putra sulung X``, ``putra almarhum``), an
    article before (``sang putri``), a common noun after (``putri korban``), or a name after that
    the article gave earlier without that word before it (``Budi Santoso …; Putra Budi``);
    ``Anak Agung`` is a Balinese name. A name the tagger starts at the kinship word is a name, not a
    relative."""
    m = _RELATIVE_HEAD.match(rest)
    if m is None:
        return None
    head = " ".join(m.group("head").lower().split())
    after = rest[m.end():]
    nxt = after.split(None, 1)[0].lower().strip(".,") if after.strip() else ""
    if not after.strip() and not m.group("mods").strip() and not article:
        return None  # ``Putra mengatakan``: the kinship word alone is read as before (a name, a noun)
    if f"{head} {nxt}" in cues.KIN_NOT_RELATIVE or (
            head in cues.KIN_GIVEN_NAMES and not m.group("mods").strip() and not article
            and not (after[:1].islower() and nxt in cues.UNNAMED_SPEAKER_NOUNS)
            and not _known_without(ctx, head, after, start + m.end())):
        return None
    if nxt in cues.NAME_STOPWORDS or nxt in cues.ROLE_DEMONSTRATIVES:
        return None  # ``Anak di bawah umur``, ``istri itu``: no one related to is named
    first = _mention_in(ctx, start, start + 1)
    if first is not None and first.type == "PERSON" and _mention_start(ctx, first) == start:
        return None  # the tagger reads the word as part of a name
    # the one related to: a capitalised run, or lower-case words (``adik korban``)
    if after[:1].isupper():
        span, _run = cap_run(after, coord=coord)
    else:
        lm = re.match(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}", after)
        span = lm.end() if lm else 0
    tail = after[span:]
    cm = re.match(r"^\s*(?:\([^)]*\)\s*)?,\s*(?=[A-Z])", tail)
    if cm:
        at = m.end() + span + cm.end()
        span2, run2 = cap_run(rest[at:], coord=coord)
        if run2 and (_person_within(ctx, start + at, start + at + span2)
                     or (not ctx.mentions and _split_name(run2, ctx)[0] is not None)):
            return Speaker("phrase", text=rest[at:at + span2], start=start + at)
    return Speaker("none", text=head, start=start)


def _known_without(ctx: Ctx, head: str, after: str, at: int) -> bool:
    """``Putra Budi`` after the article named ``Budi Santoso``: the name after a kinship word that is
    also a given name is a person the article gave before without that word (and never with it), so
    the word is the relation (the son of Budi), not part of the name."""
    if not ctx.mentions or not after[:1].isupper():
        return False
    _span, run = cap_run(after)
    name = " ".join(w for w in run if not w.startswith("("))
    if not name:
        return False
    seen = False
    for a, _b, m in ctx.mentions:
        if a >= at:
            break
        if m.type != "PERSON" or not _same_person(name_text(m.text), name):
            continue
        if head in (m.title or "").lower().split() or ctx.text[max(0, a - len(head) - 1):a].strip().lower() == head:
            return False
        seen = True
    return seen


# A country described, not named, in a speaker's place: ``(pemerintah) negara tersebut``,
# ``negeri itu``, ``anggota OPEC ini`` (a member of a body of states).
_COUNTRY_ANAPHOR = re.compile(
    rf"^(?:(?:pemerintah\s+)?(?:{alternation(cues.COUNTRY_NOUNS)})|anggota\s+(?:{alternation(cues.STATE_BODIES)}))"
    rf"\s+(?:{alternation(cues.ROLE_DEMONSTRATIVES)})(?![\w-])", re.I)


def speaker_after(rest: str, start: int, ctx: Ctx, loose: bool = False, coord: bool = False) -> Speaker:
    """The speaker phrase at the start of ``rest`` (text after a cue such as ``kata``)."""
    lead = len(rest) - len(rest.lstrip())
    rest, start = rest.lstrip(), start + lead
    if not rest:
        return Speaker("none")
    words = rest.split()
    first = words[0].lower().rstrip(".,")
    if first in THIRD_PERSON_PRONOUNS:
        return Speaker("pronoun", start=start)
    if first in cues.SIDE_PRONOUNS:
        return Speaker("side", start=start)  # ``kata pihaknya``, ``menurut pihaknya``: see ``_resolve_side``
    if first in cues.GROUP_PRONOUNS:
        return Speaker("none", text=first)
    if rest[0] == "@":
        handle = re.match(r"@[\w.]+", rest)
        return Speaker("literal", text=handle.group().rstrip(".") if handle else "", start=start)
    pm = re.match(r"^(?i:pihak)\s+(?=[A-Z])", rest)
    if pm:
        # ``ungkap pihak Gedung Putih``: ``pihak`` (side, party) before an organisation's name
        return speaker_after(rest[pm.end():], start + pm.end(), ctx, loose=loose, coord=coord)
    if re.match(r"^pihak\s+[a-z]", rest):
        # ``kata pihak sekolah SMAN 3 Bogor``: as ``Pihak sekolah SMAN 3 Bogor menjelaskan`` reads
        named = _named_after_unnamed_head(rest, start, ctx)
        if named is not None:
            return named
    if _COUNTRY_ANAPHOR.match(rest):
        # ``Pemerintah negara tersebut mengumumkan``, ``Anggota OPEC ini menegaskan``: a country
        # the article named before, described rather than named
        return Speaker("country", start=start)
    second = words[1].lower().rstrip(".,") if len(words) > 1 else ""
    if (first in cues.DOCUMENT_NOUNS and not re.match(r"^surat\s+kabar(?![\w-])", rest, re.I)) \
            or (first in cues.REPORT_NOUNS and (second in cues.ROLE_DEMONSTRATIVES or second in REPORT_ISSUER_LINKS)):
        # ``ungkap dokumen tersebut``, ``tulis dokumen Buku II …``, ``Kajian dari Harvard Medical School menyebutkan``:
        # a document's words, no speaker
        return Speaker("document", start=start)
    group = _group_subject(rest, start, ctx, loose, coord)
    if group is not None:
        return group
    relative = _relative(rest, start, ctx, coord)
    if relative is not None:
        return relative
    am = _ARTICLE_NOUN.match(rest)
    if am:
        # ``Sang putri mengatakan``, ``kata si pelapor``: the noun after the article, no name
        noun = rest[am.end():].split()[0].lower().rstrip(".,")
        sp = _relative(rest[am.end():], start + am.end(), ctx, coord, article=True) \
            or speaker_after(rest[am.end():], start + am.end(), ctx, loose=loose, coord=coord)
        return sp if sp.kind != "none" or sp.text else Speaker("none", text=noun, start=start)
    if rest[0].islower():
        em = EPITHET.match(rest)
        if em:
            return Speaker("role", text=em.group("noun").lower(), start=start, title_only=True)
        described = _described_person(rest, start, ctx) or _described_then_named(rest, start, ctx)
        if described is not None:
            return described
        # ``menteri tersebut`` / ``juru bicara Kemenlu, Roy Soemirat`` / ``laporan Reuters``
        i = 0
        toks = list(re.finditer(r"\S+", rest))
        role0 = toks[0].group().lower().rstrip(".,")
        if role0 in cues.GENERIC_SOURCE_NOUNS and generic_alone([t.group() for t in toks]):
            # ``kata warga``, ``menurut pakar``: people of that kind in general, not the one the
            # article introduced with the word (``warga tersebut`` still is, below)
            return Speaker("none", text=role0, start=start)
        if role0 in cues.ROLE_NOUNS and (
            len(toks) == 1 or toks[0].group().endswith(".")
            or (not toks[0].group().endswith(",") and toks[1].group().lower().rstrip(".,") in cues.NAME_STOPWORDS)
        ):
            # ``ujar jaksa saat membacakan dakwaan``: the role alone; the person the article
            # introduced with it, if any (``jaksa penuntut umum Budi``), else nobody
            return Speaker("role", text=role0, start=start)
        while i < len(toks) and toks[i].group()[0].islower():
            w = toks[i].group().lower().rstrip(".,")
            if w in cues.ROLE_DEMONSTRATIVES and i > 0:
                role = toks[0].group().lower()
                return Speaker("role", text=role, start=start)
            if toks[i].group().startswith("@"):
                return speaker_after(rest[toks[i].start():], start + toks[i].start(), ctx)  # ``akun @x``
            office = w in OFFICE_WORDS or w in cues.ORG_HEADS or w in cues.ROLE_NOUNS or bool(_DERIVED_NOUN.match(w))
            if w in cues.NAME_STOPWORDS or (not loose and not office):
                # no one named, but the words still say who (``ujar seorang sumber diplomatik``): the offset
                # lets ``unnamed_description`` show them
                return Speaker("none", start=start)
            if toks[i].group().endswith(","):
                i += 1
                break
            i += 1
            if i > 5:
                return Speaker("none", start=start)
        if i >= len(toks):
            return Speaker("none", start=start)
        off = toks[i].start()
        return speaker_after(rest[off:], start + off, ctx, coord=coord)
    span, run = cap_run(rest, coord=coord)
    if not run:
        return Speaker("none")
    if len(run) == 1 and len(run[0].rstrip(".,")) == 2 and not run[0].isupper() \
            and letters_in_order(run[0].rstrip(".,"), "dia") and _mention_in(ctx, start, start + 2) is None:
        # ``Da juga menegaskan``: two letters of ``dia`` in order, the tagger leaving them alone, are
        # the pronoun with a letter dropped (``Menurut Ar,`` stays: initials written so)
        return Speaker("pronoun", start=start)
    if len(run) == 1 and _unnamed_noun(run[0], start, ctx) \
            and not (_CAP_EPITHET.match(rest) and run[0].lower() in cues.ORG_HEADS):
        # (``Lembaga kesehatan swasta itu``: an organisation head with a demonstrative is the
        # organisation named before, below)
        # ``Penyelenggara mengatakan``, ``Warga menyebut``, ``Pihak sekolah menjelaskan``: a common noun
        # capitalised as the clause's first word names no one; read it as written in lower case (a
        # role, a name after it, or nobody), as ``kata penyelenggara`` is read
        sp = speaker_after(rest[0].lower() + rest[1:], start, ctx, loose=loose, coord=coord)
        if sp.kind != "none" or sp.text:
            return sp
        # nobody, but a subject that speaks: the statement stays, with no name (see ``_resolve``)
        return _named_after_unnamed_head(rest, start, ctx) or Speaker("none", text=run[0].lower())
    lone = run[0].lower().rstrip(".,") if len(run) == 1 else None  # a capitalised run of one word
    lowered = rest[0].lower() + rest[1:]  # the subject with its first word as written in lower case
    if lone is not None and _written_lower_elsewhere(run[0], start, ctx):
        # ``Pasar saham memperkirakan …`` in an article that writes ``pasar`` in lower case: a common noun
        # capitalised as the clause's first word, no name; read as written in lower case (nobody, or a kind of
        # people), never as the name ``Pasar``
        return speaker_after(lowered, start, ctx, loose=loose, coord=coord)
    if lone is not None and lone in TITLE_WORDS and lone in cues.GENERIC_SOURCE_NOUNS and len(words) > 1 \
            and words[1][:1].islower():
        # ``Analis komoditas di kelompok riset Capital Economics Tom Pugh``: a profession that is also a title word
        # opening a description that ends in a person the tagger found (else the title is read as before; an
        # office, ``Direktur rumah lelang Drouot``, takes its organisation's name after the description)
        named = _described_then_named(lowered, start, ctx)
        if named is not None:
            return named
    if lone is not None and _capitalised_kind_of_person(run[0], rest, start, ctx):
        # ``Pemerhati otomotif menilai …``: a kind of person capitalised as the clause's first word, a lower-case
        # description after it, names no one (was the name ``Pemerhati``); read in lower case it may still lead to
        # the person described (``Pemerhati otomotif sekaligus pembalap reli nasional Sunny Boy Hutabarat``)
        sp = speaker_after(lowered, start, ctx, loose=loose, coord=coord)
        return sp if sp.kind != "none" or sp.text else Speaker("none", text=run[0].lower(), start=start)
    if _CAP_EPITHET.match(rest) and run[0].lower() in cues.ORG_HEADS and len(run) == 1:
        # ``Badan kesehatan global tersebut menekankan``: the organisation last named with that head
        return Speaker("role", text=run[0].lower(), start=start)
    if _CAP_EPITHET.match(rest) and _person_noun(run[0].lower()) and ctx.mentions \
            and _mention_in(ctx, start, start + len(run[0])) is None:
        # ``Perwira menengah polri itu menjelaskan``, ``Ulama karismatik Jawa Timur ini menilai``: a
        # description of the one speaking, capitalised as the clause's first word (the whole subject)
        return Speaker("role", text=run[0].lower(), start=start, title_only=True)
    if _described_thing(rest, run, start, ctx):
        return Speaker("none")  # ``Paradigma baru ini menekankan …``: a thing described, no one speaking
    phrase = rest[:span]
    # ``Kemenlu, Roy Soemirat``: an office, a comma, then the person
    after = rest[span:]
    head_word = run[0].lower().rstrip(".")
    person_in_run = _person_within(ctx, start, start + span)
    joined = _JOINED_OFFICE.match(after)
    if joined and head_word in TITLE_WORDS and not person_in_run:
        # ``Sekjen Partai X sekaligus Ketua Fraksi X DPR Budi``: two offices of one person, named
        # after the second; the organisation of the first is no speaker
        return speaker_after(rest[span + joined.end():], start + span + joined.end(), ctx, loose=loose, coord=coord)
    adm = _ADMIN_APPOSITION.match(after)
    # the run is an office (no name in it, a title or an organisation head): read once for both tests
    office = (adm is not None or after.startswith(",")) and (
        _split_name(run, ctx)[0] is None or head_word in TITLE_WORDS or head_word in cues.ORG_HEADS)
    if adm and office:
        # ``Ketua RT 21, Kelurahan Belo, itu`` / ``…, Kelurahan Belo, Yohanes``: the place says where
        # the office is; the speaker is the person after it, or the role itself
        span += adm.end()
        after = rest[span:]
        if _DEMONSTRATIVE_AFTER.match(after):
            return Speaker("role", text=head_word, start=start, title_only=True)
    if after.startswith(",") and office:
        nxt = after[1:]
        lead2 = len(nxt) - len(nxt.lstrip())
        span2, run2 = cap_run(nxt.lstrip(), coord=coord)
        at2 = start + span + 1 + lead2
        if run2 and ctx.mentions and not _person_within(ctx, at2, at2 + span2):
            listed = _listed_office_person(nxt, start + span + 1, ctx, coord)
            if listed is not None:
                return listed
        if run2 and _split_name(run2, ctx)[0] is not None and run2[0].lower() not in cues.ORG_HEADS \
                and not _DAYS.match(nxt.lstrip()):  # ``Koalisi X, Senin (11/5)``: a date, not a person
            return Speaker("phrase", text=nxt.lstrip()[:span2], start=start + span + 1 + lead2)
    if after.startswith(","):
        # ``Koordinator Posko SDN 4 Ciawi, Dedi Kurnia``: a person mention right after the comma
        nxt = after[1:]
        lead2 = len(nxt) - len(nxt.lstrip())
        span2, run2 = cap_run(nxt.lstrip(), coord=coord)
        at = start + span + 1 + lead2
        m2 = _mention_in(ctx, at, at + span2) if run2 else None
        if m2 is not None and m2.type == "PERSON" and at <= _mention_start(ctx, m2) < at + span2 \
                and not _name_then_title(run, run2, start, span, ctx):
            return Speaker("phrase", text=nxt.lstrip()[:span2], start=at)
    demo = re.match(r"^\s+(itu|tersebut|ini)(?![\w-])", after)
    if demo and len(run) == 1 and ctx.mentions and _mention_in(ctx, start, start + span) is None:
        # ``Pria itu mengatakan``, ``Kartel itu menyatakan``: one common noun and a demonstrative, the
        # tagger giving no name there, points back at who was named before; it is no name itself
        if _office_head(head_word):
            return Speaker("role", text=head_word, start=start, title_only=True)
        if head_word in ORG_ANAPHOR_NOUNS or head_word in cues.ORG_HEADS:
            return Speaker("org", text=head_word, start=start)
        return Speaker("none", text=head_word)
    if demo and head_word in cues.KIN_NOUNS and len(run) > 1 and run[0][:1].isupper():
        # ``Anak Tamara Bleszynski itu menjelaskan``: the child of the one named, unnamed here
        return Speaker("none", text=head_word)
    far = None if demo else _OFFICE_RUN_DEMONSTRATIVE.fullmatch(after)
    if far and head_word in TITLE_WORDS and not _person_within(ctx, start, start + len(rest)):
        # ``Ketua MPR RI ke-15 ini``, ``Direktur DSI Yayasan X 17 Agustus 1945 (YPTA) Surabaya ini``: the
        # office runs on past an ordinal, a number or a bracket to the demonstrative closing the
        # subject; the role phrase of the one speaking, as below
        demo = far
    if demo and (head_word in TITLE_WORDS or head_word in cues.ORG_HEADS or head_word in cues.ROLE_NOUNS
                 or head_word in cues.AGENT_NOUNS
                 or (ctx.mentions and len(run) > 1 and not person_in_run and _office_head(head_word))):
        # ``Ketua Majelis Alumni … itu``: an anaphoric role phrase, not a name (the role word after
        # an acting prefix: ``Pj Sekda Bone itu`` is a ``sekda``)
        role = next((w.lower().rstrip(".") for w in run if w.lower() not in titles.ACTING_PREFIXES), head_word)
        return Speaker("role", text=role, start=start, title_only=True)
    return Speaker("phrase", text=phrase, start=start)


def _named_after_unnamed_head(rest: str, start: int, ctx: Ctx) -> Speaker | None:
    """``Pihak sekolah SMAN 3 Bogor menjelaskan``, ``kata pihak sekolah SMAN 2 X``: after an unnamed speaker noun and at
    most two lower-case words (``pihak sekolah``, ``pengelola gedung``) an organisation named in the subject speaks: a
    mention the tagger types ORG, or a school or unit numbered within its town whatever the tagger made of it
    (``names.numbered_institution``); a person after a naming word too (``Warga bernama Budi Santoso``). None
    otherwise."""
    head = _UNNAMED_HEAD.match(rest)
    if head is None:
        return None
    at = start + head.end()
    span, run = cap_run(rest[head.end():])
    if run and numbered_institution([w for w in run if not w.startswith("(")]):
        return Speaker("phrase", text=rest[head.end():head.end() + span], start=at)
    org = _mention_in(ctx, at, at + 1)
    named = org is not None and (org.type == "ORG" or (
        org.type == "PERSON" and head.group().split()[-1].lower() in cues.NAMING_WORDS))
    if named and _mention_start(ctx, org) == at:  # type: ignore[arg-type]
        return Speaker("phrase", text=org.text, start=at)  # type: ignore[union-attr]
    return None


def _name_then_title(run: list[str], run2: list[str], start: int, span: int, ctx: Ctx) -> bool:
    """``kata Hong Sung Ki, Analis Komoditas di …``: a bare name (no title, not an organisation),
    then a comma and a title phrase describing it; a word of that phrase the tagger took for a
    person (``Komoditas``) is not the speaker."""
    if not run2 or run2[0].lower().rstrip(".") not in TITLE_WORDS or run[0].lower() in cues.ORG_HEADS:
        return False
    name, title = _split_name(run, ctx)
    if name is None or title is not None:
        return False
    m = _mention_in(ctx, start, start + span)
    return m is None or m.type == "PERSON"


_UNNAMED_HEAD = re.compile(r"^\S+(?:\s+(?!(?:" + "|".join(sorted(cues.NAME_STOPWORDS)) + r")\b)[a-z][\w-]*){0,2}\s+(?=[A-Z])")


def _unnamed_noun(word: str, at: int, ctx: Ctx) -> bool:
    """``word`` (a capitalised run of one word at ``at``) is a common noun for an unnamed speaker
    (``cues.UNNAMED_SPEAKER_NOUNS``), not a title and not tagged as a name."""
    low = word.lower().rstrip(".,")
    return word[:1].isupper() and not word.isupper() and low in cues.UNNAMED_SPEAKER_NOUNS \
        and low not in TITLE_WORDS and _mention_in(ctx, at, at + len(word)) is None


# Words that open a clause's first chunk without being its subject noun, or a written source read by its own rule
# (``Unggahan lain menyatakan``): never read as a common noun standing for no one.
_NOT_A_SUBJECT_NOUN = (PREPOSITIONS | ADJUNCT_STARTS | ADJUNCT_PREPOSITIONS | PRE_SUBJECT_ADVERBS
                       | DESCRIPTION_OPENING_WORDS | CLAUSE_CONJUNCTIONS | cues.SUBORDINATE_BEFORE_VERB
                       | frozenset(cues.STATEMENT_NOUNS) | frozenset(cues.LIKENESS_OPENERS))


def _written_lower_elsewhere(word: str, at: int, ctx: Ctx) -> bool:
    """``word`` (a capitalised run of one word at ``at``) is a common word the article writes in lower case
    elsewhere (``ctx.common``: ``pasar``, ``investor``), the tagger took no name there, and it is no title, office,
    organisation head, document or report noun, kind of person or place (each read by its own rule, and a
    ``Pemerintah`` speaks for the government named before): capitalised only as the clause's first word."""
    low = word.lower().rstrip(".,")
    if low not in ctx.common or word.isupper() or not ctx.mentions or low in _NOT_A_SUBJECT_NOUN \
            or verb_shaped(low):
        return False  # (``Oleh karenanya AHY``, ``Diketahui penyelenggara``, ``Seperti dijelaskan X``: no noun)
    if low in TITLE_WORDS or low in cues.ORG_HEADS or low in OFFICE_WORDS or low in cues.DOCUMENT_NOUNS \
            or low in cues.REPORT_NOUNS or low in cues.AUTHORITY_NOUNS or _person_noun(low) \
            or low in cues.UNNAMED_SPEAKER_NOUNS or place_name(word.rstrip(".,"), ctx):
        return False
    return _mention_in(ctx, at, at + len(word)) is None


def _capitalised_kind_of_person(word: str, rest: str, at: int, ctx: Ctx) -> bool:
    """``word`` (a capitalised run of one word at ``at``, opening ``rest``) is a kind of person that is no title
    (``Pemerhati``, ``Pengusaha``: ``_person_noun``), the tagger took no name there, and a lower-case word that is
    no verb follows it (``Pemerhati otomotif``): a description, not a name. A demonstrative closing the phrase
    (``Perwira menengah polri itu``) is read by the epithet rule instead."""
    low = word.lower().rstrip(".,")
    words = rest.split()
    if len(words) < 2 or not words[1][:1].islower() or _CAP_EPITHET.match(rest) or low in TITLE_WORDS:
        return False
    nxt = words[1].lower().strip(".,")
    return _person_noun(low) and not has_predicate([nxt]) and _mention_in(ctx, at, at + len(word)) is None


def _listed_office_person(text: str, at: int, ctx: Ctx, coord: bool) -> Speaker | None:
    """``Kasi Upaya Hukum, Eksekusi, dan Eksaminasi Kejati X, Budi``: an office whose name lists its
    branches with commas; the person is the first PERSON mention opening a later comma chunk, when
    the chunks before it are capitalised office words (``dan`` between them). ``text`` starts after
    the office's first comma, at offset ``at``."""
    pos = 0
    for _ in range(4):
        comma = text.find(",", pos)
        if comma < 0:
            return None
        seg = text[pos:comma]
        if re.search(r"[.!?;:\"“”]", seg) or any(
                w[:1].islower() and w not in AND_WORDS_OR_SIGN for w in seg.split()):
            return None
        pos = comma + 1
        nxt = text[pos:]
        lead = len(nxt) - len(nxt.lstrip())
        span, run = cap_run(nxt.lstrip(), coord=coord)
        a = at + pos + lead
        m = _mention_in(ctx, a, a + 1) if run else None
        if m is not None and m.type == "PERSON" and _mention_start(ctx, m) == a:
            return Speaker("phrase", text=nxt.lstrip()[:span], start=a)
    return None


# A whole subject ``Noun lower-case words … itu/ini/tersebut`` (the noun capitalised as the first word).
_CAP_EPITHET = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z][\w-]*)(?:\s+[\w'’.-]+){0,4}\s+(?:itu|ini|tersebut)\s*$")


def _described_thing(rest: str, run: list[str], start: int, ctx: Ctx) -> bool:
    """``rest`` (a whole subject) is one capitalised word the tagger left alone, described by lower-case words
    and a demonstrative (``Paradigma baru ini``, ``Harga minyak itu``: ``_CAP_EPITHET``), whose word names no
    kind of person, office, organisation or unnamed speaker (those are read above as roles, bodies and unnamed
    speakers): a thing the sentence is about, not a name and not a speaker. ``Budi yang datang itu`` (a relative
    clause) and an article with no mentions at all (nothing tagged, so nothing to tell a name by) are left
    alone, and so are a place (``Pyongyang``: its government, the tagger's place mentions are not in ``ctx``) and a
    time adverbial closing the subject (``Pyongyang kala itu``: the demonstrative is the time's)."""
    if len(run) != 1 or not _CAP_EPITHET.match(rest) or not ctx.mentions:
        return False
    word = run[0].lower().rstrip(".,")
    words = rest.lower().split()
    if words[1] == "yang" or words[-2] in GROUP_TIME_NOUNS or words[-2] in POINTED_TIME_WORDS \
            or place_name(run[0].rstrip(".,"), ctx):
        return False
    return not _person_noun(word) and word not in TITLE_WORDS and word not in cues.ORG_HEADS \
        and word not in cues.UNNAMED_SPEAKER_NOUNS and word not in cues.AUTHORITY_NOUNS \
        and _mention_in(ctx, start, start + len(run[0])) is None


# The rest of a subject after an office's capitalised run, when it only continues the office (an
# ordinal ``ke-15``, a number, a bracket, capitalised words) up to a closing demonstrative.
_OFFICE_RUN_DEMONSTRATIVE = re.compile(
    r"(?:\s+(?:ke-\d+|\d[\d.,]*|\([^()]*\)|[A-Z][\w.'’-]*)){1,8}\s+(?:itu|ini|tersebut)\s*")

# ``… sekaligus …`` / ``… merangkap …`` between two offices of one person.
_JOINED_OFFICE = re.compile(r"^\s+(?:sekaligus|merangkap)\s+(?=[A-Z])")


# How many words a relative clause describing an unnamed speaker may hold after ``yang``
# (``warga yang melintas di jalan itu``) before the name after its comma (:func:`_described_person`).
DESCRIBING_CLAUSE_WORDS = 8


def _described_person(rest: str, start: int, ctx: Ctx) -> Speaker | None:
    """``seorang nenek, Marta Lindqvist (72)`` / ``hakim tunggal PN Kendari, Yusuf …``: a short
    lower-case description, a comma, then a person the tagger knows: that person speaks. The
    description may end in a relative clause (``warga asal Kudus yang melintas, Budi (40)``,
    ``sopir truk yang terjebak macet, Joko``): reporters describe a passer-by by what they were
    doing; the words after ``yang`` describe, they name no one (their stopwords are the clause's)."""
    m = re.match(r"^(?P<desc>[a-z][^,.;:!?\"“”]{1,100}?),\s*(?=[A-Z])", rest)
    if not m or not ctx.mentions:
        return None
    desc = m.group("desc").split()
    head = desc[: desc.index("yang")] if "yang" in desc else desc
    if not head or len(head) > 6 or len(desc) - len(head) > DESCRIBING_CLAUSE_WORDS + 1:
        return None
    if any(w.lower() in cues.NAME_STOPWORDS for w in head):
        return None
    at = start + m.end()
    span, run = cap_run(rest[m.end():])
    if not run:
        return None
    ment = _mention_in(ctx, at, at + span)
    if ment is None or ment.type != "PERSON" or not at <= _mention_start(ctx, ment) < at + span:
        return None
    return Speaker("phrase", text=rest[m.end():m.end() + span], start=at)


# The lower-case words before the first capitalised one (``pemerhati otomotif sekaligus pembalap reli nasional``).
_LOWER_LEAD = re.compile(r"^(?P<desc>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7})\s+(?=[A-Z])")


def _described_then_named(rest: str, start: int, ctx: Ctx) -> Speaker | None:
    """``pemerhati otomotif sekaligus pembalap reli nasional Sunny Boy Hutabarat``: a description opened by a kind of
    person (a role, title or agent noun), up to eight lower-case words with no verb and no stopword, then a person the
    tagger found at the end of the capitalised run that follows (alone, or after the body they work for), with no
    comma between: that person speaks. (With a comma, ``_described_person``.)"""
    m = _LOWER_LEAD.match(rest)
    if m is None or not ctx.mentions:
        return None
    desc = m.group("desc").split()
    # (``di``/``dari`` may say where the person works: ``analis komoditas di kelompok riset X``)
    if not _person_noun(desc[0]) or has_predicate(desc[1:]) \
            or any(w in cues.NAME_STOPWORDS and w not in PLACE_PREPOSITIONS for w in desc):
        return None
    at = start + m.end()
    span, run = cap_run(rest[m.end():])
    # the person opens the capitalised run, or closes it after the body they work for (``analis komoditas di
    # kelompok riset Capital Economics Tom Pugh``: the phrase's name is resolved from the mention at its end)
    ment = _mention_in(ctx, at + span - 1, at + span) if run else None
    if ment is None or ment.type != "PERSON" or not at <= _mention_start(ctx, ment) \
            or _mention_start(ctx, ment) + len(ment.text) < at + span \
            or (_mention_start(ctx, ment) > at and len(ment.text.split()) < 2):
        return None  # (after a body's name only a full name: one word there may be the body's own)
    return Speaker("phrase", text=rest[m.end():m.end() + span], start=at)
