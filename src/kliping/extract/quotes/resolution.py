"""Speaker resolution in reading order (:func:`_resolve`): each item's speaker phrase, role,
pronoun, side, country or document becomes a name, a quote continuing the one before takes its
speaker, an opening quote the speaker the next paragraph names, and the short forms the article
gives its persons are read.

Apart from the collection of items: it runs once the whole article's items are known.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.clauses import strip_connectors
from kliping.extract.quotes.context import (
    _line_of,
    _longest_form,
    _mention_in,
    _mention_start,
    _same_person,
    name_text,
    place_name,
)
from kliping.extract.quotes.names import _split_name, cap_run, numbered_institution
from kliping.extract.quotes.patterns import TITLE_WORDS
from kliping.extract.quotes.pronouns import _PREDICATE, resolve_pronoun
from kliping.extract.quotes.records import Ctx, Speaker, _Item, _Spans
from kliping.extract.quotes.roles import bare_org_head, find_role, generic_org
from kliping.extract.quotes.sides import _counterpart_side, _own_party, _resolve_side
from kliping.extract.quotes.speaker_phrases import _RELATIVE_NOUNS
from kliping.lang.id import cues
from kliping.lang.id.function_words import COORDINATORS
from kliping.lang.id.quote_words import HEAD_OF_STATE_TITLES, REQUEST_VERBS, THIRD_PERSON_PRONOUNS
from kliping.model import Mention


def _find_country(ctx: Ctx, pos: int) -> str | None:
    """The country a described speaker (``negara tersebut``) points back at: the nearest country
    named before ``pos`` outside direct quotes, when the sentence naming it names no other country
    before ``pos``; with two countries there (``Iran dan Irak``) the reference is ambiguous and the
    speaker stays unnamed, as a described speaker was before. A country's name after ``dollar``
    (``38 miliar dollar AS``) is a currency, no antecedent."""
    def usable(a: int) -> bool:
        before = ctx.text[max(0, a - 12):a].split()
        return not ctx.quoted.covers(a) and not (before and before[-1].lower() in cues.COUNTRY_NAME_QUALIFIERS)

    cands = [(a, sent, name) for a, _b, sent, name in ctx.places if a < pos and usable(a)]
    if not cands:
        return None
    sent = cands[-1][1]
    names = [name for _a, s, name in cands if s == sent]
    longest = max(names, key=len)
    # ``Saudi`` and ``Arab Saudi`` are one country: every name a word-run of the longest
    if all(f" {n.lower()} " in f" {longest.lower()} " for n in names):
        ctx.orgs.add(longest)
        return longest
    return None


# How many sentences back an organisation pointed at by ``Kartel itu`` may have been named.
ORG_ANTECEDENT_SENTENCES = 4


def _opens_clause(text: str, m: Mention) -> bool:
    """Mention ``m`` of sentence ``text`` stands in its clause's subject place: only connectors and
    capitalised words between the clause's start (the sentence's or the last comma's) and it."""
    return not re.search(r"(?<![\w-])[a-z]", strip_connectors(text[: m.start].rsplit(",", 1)[-1]))


def find_org_antecedent(ctx: Ctx, pos: int, head: str = "") -> str | None:
    """The organisation a subject such as ``Kartel itu`` or ``Konsorsium tersebut`` points back at:
    the nearest organisation named before ``pos``, outside direct quotes, as the subject of its
    clause (only connectors and capitalised words before it in the clause: ``Organisasi Negara
    Pengekspor Minyak (OPEC), yang …``), at most ``ORG_ANTECEDENT_SENTENCES`` sentences back. An
    organisation named only inside a clause (``Kuwait, produsen terbesar OPEC, …``) is what the
    clause is about, not its subject; with none in a subject's place the speaker stays unnamed."""
    if head in cues.ORG_HEADS:
        found = find_role(ctx, head, pos)  # ``Perusahaan itu``: the one last named with that head first
        if found:
            return found
    here = ctx.doc.locate(pos)[0] if ctx.doc.sentences else 0
    for ma, _mb, m in reversed(ctx.mentions):
        if ma >= pos or m.type != "ORG" or ctx.quoted.covers(ma):
            continue
        if m.sentence < here - ORG_ANTECEDENT_SENTENCES:
            break
        if not _opens_clause(ctx.doc.sentences[m.sentence].text, m):
            continue
        name = name_text(m.text)
        ctx.orgs.add(name)
        return name
    return None


def office_holder(ctx: Ctx, office: str, pos: int) -> str | None:
    """Who a bare head-of-state office (``Presiden``, ``quote_words.HEAD_OF_STATE_TITLES``) stands for
    when nobody was introduced with it before ``pos``: the one person the article titles with it
    anywhere (``Presiden X`` later on; not ``Presiden Direktur``, another title after it), or, with
    nobody so titled, the person the narrative was about right before: the subject of the sentence
    before (skipping sentences that open with ``ia``/``dia``/``beliau``, which continue it), written
    without any title in the article (news writes the best-known leaders so: ``Trump telah …``; a
    person given another office, ``Menko X``, is not the president). Two persons titled so: nobody."""
    words = office.split()
    titled = set()
    for _ma, _mb, m in ctx.mentions:
        t = (m.title or "").split()
        if m.type == "PERSON" and t[: len(words)] == words \
                and not any(w.lower() in TITLE_WORDS for w in t[len(words):]):
            titled.add(name_text(m.text))
    if titled:
        names = {max(titled, key=len)}
        if any(not _same_person(n, next(iter(names))) for n in titled):
            return None
        return _longest_form(ctx, names.pop())
    si = ctx.doc.locate(pos)[0]
    j = si - 1
    while j >= max(0, si - 3):
        opener = strip_connectors(ctx.doc.sentences[j].text).split()[:1]
        if not opener or opener[0].lower() not in THIRD_PERSON_PRONOUNS:
            break
        j -= 1
    if j < 0 or j == si:
        return None
    sent = ctx.doc.sentences[j]
    m = next((m for a, _b, m in ctx.mentions if m.sentence == j and m.type == "PERSON" and not ctx.quoted.covers(a)), None)
    if m is None:
        return None
    if not _opens_clause(sent.text, m) or not _PREDICATE.match(sent.text[m.end:]):
        return None
    name = name_text(m.text)
    if any(o.type == "PERSON" and o.title and _same_person(name_text(o.text), name) for _a, _b, o in ctx.mentions):
        return None
    return _longest_form(ctx, name)


def resolve_phrase(ctx: Ctx, sp: Speaker, coord: bool = False) -> tuple[str | None, str | None]:
    span, run = cap_run(sp.text, coord=coord)
    head = bare_org_head(" ".join(run))
    if head is not None:
        # ``Pemerintah menegaskan``, ``Polda menyebut``: the organisation named before, or nobody
        return generic_org(ctx, head, sp.start), None
    name, title = _split_name(run, ctx)
    if name is not None and title is None and numbered_institution(name.split()):
        # ``Pihak SMAN 1 Wonosari mengaku``: the school speaks as written, also when the tagger
        # took its place for a person (a mention ``Wonosari`` inside it is no speaker)
        ctx.orgs.add(name)
        return name, None
    if name is not None and title is None and len(run) > 1 and run[0].lower().rstrip(".") in TITLE_WORDS \
            and run[0].lower() not in cues.ORG_HEADS:
        # ``kata Kepala Dinas Sosial Garut`` (an office of an organisation, no name): the person the
        # article introduced with that whole office, else the organisation as before
        office = " ".join(w for w in run if not w.startswith("("))
        found = find_role(ctx, office.lower(), sp.start)
        if found:
            return found, office
    m = None
    if ctx.mentions:
        if name is not None:
            # the mention that covers the name's last word (``Wilayah V Dian Patria`` -> the
            # mention ``Dian Patria``; a stray mention of a title is not taken)
            at = sp.text.rfind(name.split()[-1])
            if at >= 0:
                m = _mention_in(ctx, sp.start + at, sp.start + at + 1)
        else:
            m = _mention_in(ctx, sp.start, sp.start + len(sp.text))
    mtext = _clipped_mention(ctx, m, sp.start + span) if m is not None else ""
    if m is not None and m.type == "ORG" and name is not None and title is not None \
            and mtext.endswith(" " + name) and any(w.lower() in TITLE_WORDS for w in title.split()):
        # (an office title is needed: ``BPBD Sukabumi`` is an agency and its place, not a person)
        # ``Sekretaris Kementerian Koperasi Hadi Wijaya`` tagged as one ORG: the person after the office
        words = name.split()
        while len(words) > 1 and not words[0][:1].isalpha():
            words.pop(0)  # ``SMPN 12 Wulandari``: the number belongs to the office
        return " ".join(words), title
    if m is not None:
        text = mtext
        if m.type == "ORG":
            ctx.orgs.add(text)
        else:
            # a mention covering part of the name the attribution writes (``Ni'am`` of ``Prof
            # Asrorun Ni'am Sholeh``): the name as written there, in full
            text = _longest_form(ctx, text, within=sp.text)
        return text, m.title
    if coord and any(t.lower() in COORDINATORS for t in run):
        return _coordinated(sp.text), None
    if name is not None and title is None and run and (
        run[0].lower() in cues.ORG_HEADS or all(w.lower() in cues.PLACE_WORDS for w in run)
    ):
        ctx.orgs.add(name)
    if name is None and title is None and run:
        # ``ungkap Jaya Negara`` (a name with a common word, the tagger's mention typed as a
        # place): part of a name that already spoke in the article, kept as written
        written = " ".join(w for w in run if not w.startswith("("))
        if any(_same_person(written, n) for _p, n, _t in ctx.history):
            return written, None
    if name is None and title:
        role = title.split()[0].lower()
        found = find_role(ctx, role, sp.start, title)
        if found is None and " ".join(title.lower().split()) in HEAD_OF_STATE_TITLES:
            found = office_holder(ctx, title, sp.start)
        return (found, title) if found else (None, title)
    return name, title


def _clipped_mention(ctx: Ctx, m: Mention, end: int) -> str:
    """A mention's name text (:func:`name_text`) cut where the attribution's capitalised run ends
    (``end``): the tagger may run a name on into the day it was said (``Dedi Kurniawan 3`` of
    ``kata Dedi Kurniawan 3 November lalu``), which :func:`cap_run` leaves out."""
    at = _mention_start(ctx, m)
    text = m.text
    if at < end < at + len(text):
        text = text[: end - at].rstrip()
    return name_text(text)


def _coordinated(phrase: str) -> str:
    """``baik Rusia maupun Korea Utara`` -> ``Rusia dan Korea Utara``."""
    p = re.sub(r"^\s*baik\s+", "", phrase, flags=re.I)
    p = re.sub(r"\s+(?:maupun|serta|&)\s+", " dan ", p, flags=re.I)
    return re.sub(r"\s*\([^)]*\)", "", p).strip()




# ``Iswan Ibrahim (ISW)``: a name and the capitals it is abbreviated to.
_SHORT_FORM = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+\((?P<short>[A-Z]{2,5})\)")
# ``saudara AS``, ``tersangka HPS``: a person written by the initials of their name.
_INITIALS_AFTER = re.compile(r"(?<![\w-])(?:[Ss]audara|[Ss]dr\.?|[Tt]ersangka|[Tt]erdakwa)\s+(?P<short>[A-Z]{2,4})(?![\w-])")


def _short_forms(ctx: Ctx) -> dict[str, set[str]]:
    """Short forms of the article's persons: the capitals in brackets after a name whose initials
    they are, and initials written after ``saudara``/``tersangka`` (KPK's way of naming a suspect)."""
    out: dict[str, set[str]] = {}
    names = ctx.persons
    for m in _SHORT_FORM.finditer(ctx.text):
        name, short = m.group("name"), m.group("short")
        if short[0] == name[0] and any(name.endswith(p) or _same_person(p, name) for p in names):
            out.setdefault(name.lower(), set()).add(short)
    written = {m.group("short") for m in _INITIALS_AFTER.finditer(ctx.text)}
    if written:
        for p in names:
            words = [w for w in p.split() if w[:1].isupper()]
            if len(words) >= 2:
                initials = "".join(w[0] for w in words)
                if initials in written:
                    out.setdefault(p.lower(), set()).add(initials)
    return out


# A lede quote explained in the next paragraph: ``"Apa benar …?" / Pertanyaan sederhana Megawati …``.
_FORWARD_LEAD = re.compile(
    r"^(?:Pertanyaan|Pernyataan|Ucapan|Kalimat|Seruan|Komentar|Celetukan|Pesan|Kata-kata)"
    r"(?:\s+(?:itu|tersebut|ini|[a-z][\w-]*)){0,3}\s+(?=[A-Z])"
)


def _forward_speaker(ctx: Ctx, it: _Item) -> str | None:
    """The speaker of a quote that opens the article with no attribution, when the next paragraph
    names them as the one who asked or said it (``Pertanyaan sederhana Megawati di forum …``)."""
    last_line = _line_of(ctx, max(it.start, it.end - 1))
    if last_line + 1 >= len(ctx.lines):
        return None
    nxt = ctx.lines[last_line + 1]
    m = _FORWARD_LEAD.match(ctx.text[nxt.start:nxt.end])
    if m is None:
        return None
    at = nxt.start + m.end()
    men = _mention_in(ctx, at, at + 1)
    if men is None or men.type != "PERSON" or _mention_start(ctx, men) != at:
        return None
    return _longest_form(ctx, name_text(men.text))


def _place_speaker(ctx: Ctx, name: str | None) -> bool:
    """Whether a carried-over speaker is a place (``Provinsi X``, which the tagger may give as a
    person), no party that speaks."""
    if not name:
        return False
    head = name.split()[0].lower()
    return head in cues.ADMIN_UNIT_WORDS or place_name(name, ctx)


def _unnamed_antecedent(ctx: Ctx, pos: int, described: dict[int, _Item]) -> _Item | None:
    """The unnamed speaker a pronoun at ``pos`` that resolved to no name points back to: the document or unnamed
    speaker (``ctx.documents``) quoted last before it, when no named speaker spoke after it (``resolve_pronoun``
    then keeps the pronoun with it: ``Kuasa hukum X menyinggung …`` then ``Dia mengatakan …``). Its description
    is shown for the pronoun's item; its name stays empty."""
    doc_pos = max((p for p in ctx.documents if p < pos), default=None)
    if doc_pos is None or any(doc_pos < p < pos for p, _n, _t in ctx.history):
        return None
    found = described.get(doc_pos)
    return found.antecedent or found if found is not None else None


def _org_antecedent(ctx: Ctx, pos: int, spoken: dict[int, _Item]) -> _Item | None:
    """The organisation that spoke last before a pronoun at ``pos`` that resolved to no name, when no one spoke
    after it (``Pemkot Medan meminta maaf …`` then ``"…," imbuhnya``: ``resolve_pronoun`` skips organisations, a
    ``-nya`` being a person's, and finds no person): the pronoun is the organisation's spokesperson, shown with
    the organisation's name as the description; the speaker's name stays empty."""
    last = max((p for p, _n, _t in ctx.history if p < pos), default=None)
    found = spoken.get(last) if last is not None else None
    return found if found is not None and found.name in ctx.orgs else None


def _resolve(ctx: Ctx, items: list[_Item]) -> None:
    ctx.reported = _Spans([(it.start, it.end) for it in items if not it.direct and not it.lead and it.text])
    ctx.short_forms = _short_forms(ctx)
    prev: _Item | None = None
    para_last: dict[int, _Item] = {}
    prev_items = False  # whether any quote or statement came before (a lede quote has none)
    described: dict[int, _Item] = {}  # the items of ``ctx.documents`` by position
    spoken: dict[int, _Item] = {}  # the items of ``ctx.history`` by position
    for it in items:
        sp = it.speaker
        if it.inherit and prev is not None:
            it.name, it.title = prev.name, prev.title
        elif sp is not None and sp.kind == "phrase":
            it.name, it.title = resolve_phrase(ctx, sp)
        elif sp is not None and sp.kind == "pronoun":
            it.name, it.title = resolve_pronoun(ctx, sp.start, it.text if it.direct else None)
            if it.name is None:
                it.antecedent = _unnamed_antecedent(ctx, it.pos, described) or _org_antecedent(ctx, it.pos, spoken)
        elif sp is not None and sp.kind == "role":
            if sp.title_only:
                # ``Ketua Majelis … itu`` varies the name of the person speaking: the last speaker
                it.name, it.title = resolve_pronoun(ctx, sp.start)
                if it.name is None:
                    it.name = find_role(ctx, sp.text, sp.start)
            else:
                it.name = find_role(ctx, sp.text, sp.start)
        elif sp is not None and sp.kind == "literal":
            it.name = sp.text or None
        elif sp is not None and sp.kind == "country":
            it.name = _find_country(ctx, sp.start)
        elif sp is not None and sp.kind == "org":
            it.name = find_org_antecedent(ctx, sp.start, sp.text)
        elif sp is not None and sp.kind == "side":
            it.name, it.title = _resolve_side(ctx, sp.start)
        elif sp is not None and sp.kind == "document":
            ctx.documents.append(it.pos)  # no speaker; a ``-nya`` after it stays with the document
            described[it.pos] = it
        elif sp is not None and sp.kind == "none" and (sp.text in _RELATIVE_NOUNS or (
                sp.text in cues.UNNAMED_SPEAKER_NOUNS and not any(n not in ctx.orgs for _p, n, _t in ctx.history))):
            # ``Penyelenggara mengatakan …`` then ``ujarnya``, nobody named having spoken: the unnamed
            # speaker goes on speaking, as a document does, and no person merely named earlier takes
            # the pronoun. (After a named speaker, ``Pihak sekolah menyatakan … "…," jelasnya`` is
            # that speaker again: the side's spokesperson, whom the pronoun still finds.)
            ctx.documents.append(it.pos)
            described[it.pos] = it
        elif it.bare:
            ref = para_last.get(it.para - 1)
            if ref is not None:
                it.name, it.title = ref.name, ref.title
            elif not prev_items:
                it.name = _forward_speaker(ctx, it)
        if it.direct and not it.scare and (it.bare or (sp is not None and sp.kind == "pronoun")):
            # ``"KBRI Phnom Penh akan terus memantau …," tutupnya`` after a place was narrated, or
            # ``"Kami dari KBRI …"``: the party the quote names as its own subject speaks
            own = _own_party(ctx, it)
            if own is not None and (_place_speaker(ctx, it.name) or (
                    own[1] and not any(_same_person(it.name or "", p) for p in ctx.persons))):
                it.name, it.title = own[0], None
                ctx.orgs.add(own[0])
        if it.direct and it.name and not it.scare and (it.bare or (sp is not None and sp.kind == "pronoun")) \
                and _counterpart_side(ctx, it.text, it.name):
            it.name, it.title = None, None  # ``"Kami sepakat dengan Menteri X …"``: not X's side
        if it.name and not it.scare:
            ctx.history.append((it.pos, it.name, it.title))
            spoken[it.pos] = it
            if it.lead and it.cue in REQUEST_VERBS:
                ctx.requests.add(it.pos)
        if not it.scare:
            if it.para not in para_last or para_last[it.para].pos <= it.pos:
                para_last[it.para] = it
            if it.direct and it.bare is False and it.end > it.start:
                last_line = _line_of(ctx, it.end - 1)
                if last_line != it.para:
                    para_last[last_line] = it
            if it.bare:
                last_line = _line_of(ctx, max(it.start, it.end - 1))
                para_last[last_line] = it
        if it.direct and not it.scare:
            prev = it
        if not it.scare:
            prev_items = True
