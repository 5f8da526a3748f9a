"""Pronoun speakers (``-nya``, ``dia``, ``ia``, ``beliau``): the last speaker or a person in
subject position after it (:func:`resolve_pronoun`), except a person only narrated about, a party
of the case the quote talks of in the third person or names, an organisation's official after a
turn to that organisation; and the fullest name the article gives the referent.

Apart because pronouns are resolved in reading order against the history of speakers, with their
own tests of who is a subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kliping.extract.quotes.clauses import strip_connectors
from kliping.extract.quotes.context import (
    _line_of,
    _longest_form,
    _mention_in,
    _same_person,
    _titled_persons,
    _written_out,
    name_text,
    part_of,
)
from kliping.extract.quotes.names import _split_name, institution_place, is_acronym
from kliping.extract.quotes.patterns import (
    _B,
    _PASSIVE,
    _PASSIVE_AFTER,
    _PASSIVE_AGENT,
    _ROOTS,
    DOUBLE_QUOTE_MARKS,
    TITLE_WORDS,
)
from kliping.extract.quotes.records import Ctx
from kliping.extract.quotes.roles import bare_org_head, generic_org
from kliping.extract.quotes.subjects import _CASE_PARTY
from kliping.lang.id import cues, name_prefixes, titles
from kliping.lang.id.quote_words import (
    COMMON_FIRST_NAMES,
    PARTY_ROLES,
    PRE_SUBJECT_ADVERBS,
    THIRD_PERSON_PRONOUNS,
)
from kliping.model import Mention

# ``…, kata sosiolog X dari …``: a person named right after a speech root ending a sentence is the
# one speaking, like the agent of a passive speech verb.
_ROOT_AGENT = re.compile(rf",\s*(?:{_ROOTS})(?:nya)?(?:\s+[a-z][\w-]*){{0,3}}\s+$", re.I)
# What follows a subject: a particle, an auxiliary or a prefixed verb (``pun``, ``juga turut``,
# ``mempertanyakan``, ``geleng-geleng``), not an apposition or a measure (``sebesar``, ``yang``).
_PREDICATE = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:pun|juga|lalu|kemudian|telah|sudah|akan|sempat|tidak|tak|belum|turut|"
    r"justru|bahkan|hanya|langsung|(?:me|ber|ter|mem|men|meng|meny)[a-z]{3,}|(?P<redup>[a-z]+)-(?P=redup))(?![\w])"
)
# ``Melihat fakta itu hakim X pun …``: a fronted phrase closed by a demonstrative, no comma.
_FRONTED = re.compile(r"^(?:[A-Za-z][\w-]*\s+){1,4}(?:itu|tersebut|ini)$")


# ``Informasi ini disampaikan oleh Wakil Menteri X dan Y Afsel, Budi``: the agent after ``oleh``,
# named after its office and a comma, is the one speaking.
_PASSIVE_OLEH_APPOSITION = re.compile(rf"{_B}(?:{_PASSIVE})\s+oleh\s+[A-Z][^.;:!?\"“”]{{0,120}},\s*$")


# ``Pandemi juga masuk daftar ancaman menurut Hawking.``: the source a sentence names with ``menurut``
# (titles allowed) speaks in it, as much as its subject does.
_MENURUT_BEFORE = re.compile(r"(?<![\w-])menurut\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")


def _subject_position(before: str, after: str) -> bool:
    """Whether a person mention with sentence text ``before`` and ``after`` it is a subject.

    A subject opens its clause (only connectors or capitalised title words before it), is the agent
    of a passive speech verb (``diungkapkan X``) or of a speech root ending a sentence (``…, kata
    sosiolog X``), or follows a fronted phrase (``Dengan tugas itu, bahkan X``, ``Melihat fakta itu
    hakim X``) and is followed by a predicate (``pun``, ``juga``, a prefixed verb). ``ada juga
    <jabatan>, X,`` introduces a new participant, who is the subject of what follows.
    """
    b = strip_connectors(before)
    if not re.search(r"(?<![\w-])[a-z]", b) or _PASSIVE_AGENT.search(b) or _ROOT_AGENT.search(before) \
            or _PASSIVE_OLEH_APPOSITION.search(b) or _MENURUT_BEFORE.search(before):
        return True
    if re.match(r"^\s*(?:ada|terdapat)(?:\s+(?:juga|pula|pun))?\s+(?:[A-Z(][^\s,]*\s*|,\s*)+$", b):
        return True  # ``ada pula Anggota Komisi III, Nina R,``
    if re.match(r"^[^,]{1,60},\s*$", b) and re.match(r"^\s*,", after) and _PREDICATE.match(after.split(",", 1)[1]):
        return True  # ``Kuasa hukum Dodi, Rahmat Hidayat, turut …``: the name in apposition to a role
    if not _PREDICATE.match(after):
        return False
    clause = b.rsplit(",", 1)[-1].split()
    while clause and (clause[-1].lower() in cues.ROLE_NOUNS or clause[-1].lower() in TITLE_WORDS
                      or clause[-1][:1].isupper()):
        clause.pop()  # ``hakim``, ``JPU KPK``: the person's own role words
    adverb = False
    while clause and clause[0].lower() in PRE_SUBJECT_ADVERBS:
        clause.pop(0)
        adverb = True
    if not clause:
        # ``Dengan tugas itu, bahkan X …``; a bare fronted phrase (``Baru-baru ini, X mendapat …``)
        # is not enough: the person is often the one the last speaker talks about
        return adverb and "," in b
    return bool(_FRONTED.match(" ".join(clause)))


# A third-person pronoun as a quote's own word (``Kemarin itu dia kurang sehat``): the quote speaks
# about someone, who is then not the one speaking.
_THIRD_PERSON = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(THIRD_PERSON_PRONOUNS)) + r")(?![\w-])", re.I)


def _third_person_talk(content: str | None) -> bool:
    """Whether a quote opens by talking about someone in the third person (``dia``, ``beliau`` in
    its first sentence): then the person just narrated (``Sinta beralasan sakit dan meminta …``) is
    the one talked about, not the one talking, even when that person spoke earlier."""
    return bool(content and _THIRD_PERSON.search(re.split(r"[.!?]", content, maxsplit=1)[0]))


def _bare_party(ctx: Ctx, m: Mention, before: str, content: str | None) -> bool:
    """Whether a narrated subject is a party of the case the quote talks about, not its speaker.

    ``Sari lalu meminta Joko memijat kakinya …`` then ``"Tersangka memanfaatkan permintaan
    korban …," ungkapnya``: a quote that speaks of the victim or the suspect in the third person
    is the official's account, and a person named bare (no title or role word before the name) who
    never spoke in the article is one of the parties, so the pronoun keeps the last speaker.
    Officials narrated the same way carry their office (``hakim X pun …``, ``JPU KPK X juga …``).
    """
    third = _third_person_talk(content)
    if not (third or (content and _CASE_PARTY.search(content))) or m.title:
        return False
    prev = before.rstrip(" ,").split()
    if prev and (prev[-1][:1].isupper() or prev[-1].lower() in cues.ROLE_NOUNS or prev[-1].lower() in TITLE_WORDS):
        return False
    return third or not _spoke(ctx, name_text(m.text))


# A quote in the first person singular: the words of whoever is its subject, a party included.
_FIRST_SINGULAR = re.compile(r"(?<![\w-])(?:saya|aku|gue)(?![\w-])", re.I)  # not ``gua`` (a cave)

# ``Sementara tersangka M memohon maaf …``: a party opening a narrative clause with an active verb.
_PARTY_SUBJECT = re.compile(
    r"^(?i:(?:sementara|sementara\s+itu|adapun|namun|kemudian|lalu|di\s+sisi\s+lain)\s*,?\s+)?"
    r"(?i:" + "|".join(sorted(PARTY_ROLES)) + r")\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s+(?:(?:pun|juga|lalu|kemudian|sempat)\s+)?me[a-z]{3,}(?![\w-])"
)


def _party_role(title: str | None, before: str = "") -> bool:
    """Whether a person is named with a case-party role (``Terdakwa X``, ``… tersangka X``)."""
    if title and title.split()[0].lower() in PARTY_ROLES:
        return True
    prev = before.rstrip(" ,").split()
    return bool(prev) and prev[-1].lower() in PARTY_ROLES


# Name parts many people share (``Muhammad Rizki`` is not named by a quote about ``Muhammad Ali``): the
# name openers (``Muhammad`` and its spellings, ``Andi``, ``Teuku``), the Balinese birth-order names and
# a few common Muslim and Javanese first names.
_SHARED_NAME_PARTS: frozenset[str] = (
    name_prefixes.NAME_OPENERS | titles.BALINESE_NAMES | COMMON_FIRST_NAMES
)


def _named_in(content: str | None, name: str) -> bool:
    """Whether a quote names the person ``name`` (a word of the name, capitalised, of 3+ letters):
    a quote speaks about the people it names (``"Dominikus bukan pegawai kami," imbuhnya``).

    The word counts only where the capitalised run around it holds no other name word: ``Budi
    Santoso ditangkap …`` names someone else than the speaker ``Budi Hartono`` (titles such as
    ``Pak`` and a quote's or sentence's first word do not count as other names)."""
    if not content:
        return False
    parts = name_text(name).split()
    own = {w.lower() for w in parts}
    words = [w for w in parts if len(w) >= 3 and w[:1].isupper() and w.lower() not in TITLE_WORDS
             and w.lower() not in _SHARED_NAME_PARTS]
    for w in words:
        if w not in content:
            continue  # the cheap test first: most quotes name none of the speaker's words
        for m in _word_re(w).finditer(content):
            if not _other_name_beside(content, m.start(), m.end(), own):
                return True
    return False


def _talks_of(ctx: Ctx, content: str | None, name: str) -> bool:
    """Whether a quote names the person ``name`` (:func:`_named_in`) or writes them by a short form
    the article gives them (``Iswan Ibrahim (ISW)`` then ``"Saudara ISW … meminta …," katanya``)."""
    if _named_in(content, name):
        return True
    if not content:
        return False
    key = name_text(name).lower()
    for full, forms in ctx.short_forms.items():
        if (full == key or _same_person(full, key)) and any(
                f in content and _word_re(f).search(content) for f in forms):
            return True
    return False


@lru_cache(maxsize=4096)
def _word_re(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (not inside another word or a hyphenated one), compiled once:
    :func:`_named_in` runs per quote and candidate speaker."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


# A sentence opening on a connector that turns to another party (``Sementara itu``: ``cues.SWITCH_CONNECTORS``).
_SWITCH_OPEN = re.compile(r"^(?:" + "|".join(cues.SWITCH_CONNECTORS) + r")(?![\w-])", re.I)


# A capitalised word right after a match (``Budi Santoso``) and right before it (``Santoso Budi``),
# with what precedes the word before (a sentence start makes it no name).
_CAP_AFTER = re.compile(r"^\s+([A-Z][\w'’-]*)")
_CAP_BEFORE = re.compile(r"(^|[.!?\"“”:;(]\s*|\S\s+)([A-Z][\w'’-]*)\s+$")


def _other_name_beside(content: str, a: int, b: int, own: set[str]) -> bool:
    """Whether the name word at ``content[a:b]`` sits next to a capitalised word that is neither a word
    of the same name nor a title or form of address (``Pak``, ``Kak``, ``Saudara``): another person's
    name (``Budi Santoso`` for the speaker ``Budi Hartono``). A capitalised word opening the quote or a
    sentence before the match is no name."""
    nxt = _CAP_AFTER.match(content[b:])
    if nxt and _other_name_word(nxt.group(1), own):
        return True
    prv = _CAP_BEFORE.search(content[:a])
    if prv and prv.group(1) and not re.match(r"^[.!?\"“”:;(]", prv.group(1)):
        return _other_name_word(prv.group(2), own)
    return False


def _other_name_word(word: str, own: set[str]) -> bool:
    w = word.lower()
    return w not in own and w not in TITLE_WORDS and w not in titles.HONORIFICS \
        and w not in titles.INITIALS_ADDRESS_WORDS


def _unmentioned_party(ctx: Ctx, after: int, pos: int) -> str | None:
    """A party of the case opening a narrative sentence between ``after`` and ``pos`` (the last one),
    as written (``tersangka M memohon maaf`` -> ``M``): a subject the tagger may not know."""
    if after < 0:
        return None
    # only the narrative sentence right before the pronoun counts: walk back from ``pos`` (a bisect
    # on the sentence starts, not a scan from the top of the article on every pronoun)
    si = bisect_left(ctx.sentence_starts, pos) - 1
    while si >= 0:
        sent = ctx.doc.sentences[si]
        if sent.end <= after:
            return None
        if sent.text[:1] in DOUBLE_QUOTE_MARKS or ctx.quoted.covers(sent.start) or ctx.quoted.covers(sent.start + 1):
            si -= 1
            continue  # quoted text: the pronoun's own quote, or a quote in between
        break
    if si < 0:
        return None
    sent = ctx.doc.sentences[si]
    m = _PARTY_SUBJECT.match(sent.text)
    if not m or sent.start <= after:
        return None
    name = m.group("name")
    at = sent.start + m.start("name")
    other = _mention_in(ctx, at, at + len(name))
    if (other is not None and other.type != "PERSON") or any(is_acronym(w) and len(w) > 3 for w in name.split()):
        return None  # ``Pelaku UMKM Kota X menyampaikan``: an organisation or place, not a party
    full = [x for _a, _b, x in ctx.mentions if x.type == "PERSON" and x.sentence == si
            and name_text(x.text).split()[-1] == name.split()[-1]]
    return _longest_form(ctx, name_text(full[0].text)) if full else name


def _spoke(ctx: Ctx, name: str) -> bool:
    """Whether the person ``name`` said anything so far (a request such as ``meminta`` is no speech)."""
    return any(_same_person(name, n) for p, n, _t in ctx.history if p not in ctx.requests)


def resolve_pronoun(ctx: Ctx, pos: int, content: str | None = None) -> tuple[str | None, str | None]:
    # ``-nya``/``ia`` refer to a person: organisations that spoke in between are skipped; so is a
    # party of the case who only asked for something (``Endang meminta Kamal memijat …``) when the
    # quote speaks of the parties in the third person (see :func:`_bare_party`)
    party_talk = bool(content and _CASE_PARTY.search(content))
    third = _third_person_talk(content)
    # a quote that is not the words of a party of the case (no ``saya``/``aku``, or it talks of
    # someone as ``dia``): a suspect or defendant narrated with that role is talked about, not talking
    not_party = content is not None and (third or not _FIRST_SINGULAR.search(content))
    # ``korban bernama X mengaku …`` then ``"… oleh korban …," katanya``: not the victim's words
    account = party_talk and content is not None and not _FIRST_SINGULAR.search(content)
    last = next(((p, n, t) for p, n, t in reversed(ctx.history) if p < pos and n not in ctx.orgs
                 and not (account and any(_same_person(n, x) for x in ctx.parties))
                 and not ((party_talk or third) and p in ctx.requests and not t
                          and (third or not _spoke(ctx, n)))
                 and not (p in ctx.requests and ((not_party and _party_role(t)) or _talks_of(ctx, content, n)))), None)
    # a document quoted more recently than any speaker (``"…," ungkap dokumen tersebut``) is the
    # source a later ``jelasnya`` continues, unless a person becomes the subject in between
    doc_pos = max((p for p in ctx.documents if p < pos), default=None)
    from_document = doc_pos is not None and (last is None or doc_pos > last[0])
    if from_document:
        last = (doc_pos, "", None)  # type: ignore[assignment]
    subj: tuple[int, Mention] | None = None
    nearest: tuple[int, Mention] | None = None  # no speaker yet: the closest person, if none is a subject
    pos_line: int | None = None
    for ma, _mb, m in reversed(ctx.mentions):
        if ma >= pos or m.type != "PERSON" or ctx.quoted.covers(ma) or ctx.reported.covers(ma):
            continue  # (``Jaksa mengatakan Sri meminta …``: Sri is talked about, not talking)
        if account and any(_same_person(name_text(m.text), x) for x in ctx.parties):
            continue
        if last is not None and ma <= last[0]:
            break
        s = ctx.doc.sentences[m.sentence]
        if institution_place(s.text[: m.start]):
            continue  # ``Pihak SMAN 2 Wonosari``: the school's place the tagger took for a person
        after = s.text[m.end:]
        if last is None:
            # ``Kuasa hukum X, Rahmat, ikut menanggapi status tersangka Sinta …`` then ``Ia
            # mengatakan``: the subject of the paragraph before, not the person last named in it
            if nearest is None:
                nearest = (ma, m)
            if _subject_position(s.text[: m.start], after):
                subj = (ma, m)
                break
            if pos_line is None:
                pos_line = _line_of(ctx, pos)
            if _line_of(ctx, ma) < pos_line - 1:
                break
            continue
        if re.match(r"^\s*(?:ini|itu|tersebut)(?![\w-])", after):
            break  # ``Ketua DPC X ini menyinggung …``: an epithet of the one speaking
        if _subject_position(s.text[: m.start], after):
            if not _narrated(ctx, last[0], ma, s.text[: m.start], after) \
                    and not _bare_party(ctx, m, s.text[: m.start], content) \
                    and not (not_party and _party_role(m.title, s.text[: m.start])) \
                    and not _talks_of(ctx, content, m.text):
                subj = (ma, m)
            break  # a narrated subject (``Kamal dihadiahi …``) keeps the last speaker
        # a person named after the last speaker but not as a subject (``saat nama Mulyono
        # disebutkan``): look further back for one who is
    if subj is None and last is None:
        subj = nearest
    if subj is not None and last is None and _talks_of(ctx, content, subj[1].text):
        subj = None  # ``"Budi tidak bersalah," ujarnya``: the person the quote names is not its speaker
    party = _unmentioned_party(ctx, max(last[0] if last else -1, subj[0] if subj else -1), pos)
    if party is not None:
        # ``Sementara tersangka M memohon maaf …`` (no PERSON mention) then ``Dia pun membantah``
        if not not_party:
            return party, None
        if subj is None or (last is not None and subj[0] <= last[0]):
            subj = None
    if subj is not None and (last is None or subj[0] > last[0]):
        name = name_text(subj[1].text)
        head = bare_org_head(name)
        if head is not None:
            # ``Koalisi juga menilai …`` (the tagger's person) then ``lanjutnya``: the organisation
            # named under that head, as for ``Koalisi`` written as the speaker
            return generic_org(ctx, head, subj[0]), None
        if last is not None and not from_document and _same_person(name, last[1]):
            # ``Ni'am menilai …`` after a quote attributed to ``Asrorun Ni'am Sholeh``: the same
            # person, named as the attribution named them
            return last[1], last[2] or subj[1].title
        return _longest_form(ctx, name), subj[1].title
    if last is not None and not from_document:
        official = _org_official(ctx, last[1], last[0], pos)
        if official is not None:
            return official
        return _pronoun_name(ctx, last[1]), last[2]
    return None, None


def _org_official(ctx: Ctx, last_name: str, last_pos: int, pos: int) -> tuple[str, str | None] | None:
    """``Sementara itu, BPKP akan berpatokan …`` then ``"…?" pungkasnya``: a connector turning to
    another party opens the narrative sentence right before a pronoun's quote, with an organisation
    as its subject, after the last speaker (of another organisation) spoke; the one who spoke earlier under that organisation's title (``Kepala
    Badan Pengawas … (BPKP) Mardiasmo``) speaks for it. None when that is not one person, or the last
    speaker is among them."""
    si = bisect_left(ctx.sentence_starts, pos) - 1
    while si >= 0 and (ctx.doc.sentences[si].text[:1] in DOUBLE_QUOTE_MARKS or ctx.quoted.covers(ctx.doc.sentences[si].start)
                       or ctx.quoted.covers(ctx.doc.sentences[si].start + 1)):
        si -= 1
    if si < 0 or ctx.doc.sentences[si].start <= last_pos:
        return None
    sent = ctx.doc.sentences[si]
    if not _SWITCH_OPEN.match(sent.text):
        return None  # ``PHE juga berkomitmen …``: the last speaker may still be telling of it
    for _ma, _mb, m in ctx.mentions:
        if m.sentence != si or m.type != "ORG":
            continue
        before = strip_connectors(sent.text[: m.start])
        if (before.strip() and not before.rstrip().endswith(",")) or not _PREDICATE.match(sent.text[m.end:]):
            continue
        forms = {m.text} | _written_out(ctx, m.text)
        found: list[tuple[str, str | None]] = []
        for at, name, title in _titled_persons(ctx):
            if at >= pos:
                break  # (in text order)
            if not any(_word_re(f).search(title) for f in forms):
                continue
            if _spoke(ctx, name) and not any(_same_person(name, n) for n, _t in found):
                found.append((name, title))
        if any(_same_person(last_name, n) for n, _t in found):
            return None
        if len(found) == 1:
            return _longest_form(ctx, found[0][0]), found[0][1]
    return None


def _pronoun_name(ctx: Ctx, name: str) -> str:
    """The name a pronoun gives its referent: the fullest form the article writes (``ujarnya``
    after ``kata Sri Wahyudi`` -> ``Muhammad Sri Wahyudi Suliswanto``), as the gold convention has it.

    The fuller form is the unique longer PERSON name containing ``name`` (:func:`_longest_form`),
    with titles, offices and places the tagger glued to it taken off (``Kapuspenkum Kejagung Anang
    Supriatna`` -> ``Anang Supriatna``); it is the end of a mention's text, so it occurs in the article.
    """
    full = _longest_form(ctx, name)
    if full == name:
        return name
    core, _title = _split_name(full.split(), ctx)
    if core is None or not part_of(name, core) or core not in ctx.text:
        return name
    return core


def _narrated(ctx: Ctx, last_pos: int, at: int, before: str, after: str) -> bool:
    """Whether a person in subject position at ``at`` is only narrated about, so a later pronoun
    still means the last speaker (who spoke at ``last_pos``).

    Three shapes: the person is the patient of a passive verb (``HM pun dilaporkan …``); the clause
    opens with a hedge or an allegation (``Diduga karena itu AL tersulut emosi …``: what someone
    suspects of the person, who is talked about); or the paragraph is the last speaker's own account
    (``Muslim menilai … . Sebagaimana diketahui, Ridwan Kamil melaporkan …``): the last speaker spoke
    earlier in the same paragraph.
    """
    if _PASSIVE_AFTER.match(after) or _HEDGED_LEAD.match(strip_connectors(before)):
        return True
    return _line_of(ctx, last_pos) == _line_of(ctx, at)


# A clause opened by an allegation or a hedge (``Diduga …``, ``Kemungkinan …``, ``Konon …``): its subject
# is the one suspected or guessed about.
_HEDGED_LEAD = re.compile(r"^(?:" + "|".join(sorted(
    (c for st in ("allegation", "speculation") for c in cues.CLAIM_CUES[st] if c in cues.PASSIVE_CLAIM_CUES),
    key=len, reverse=True)) + r"|kemungkinan|konon|kabarnya)(?![\w-])", re.I)
