"""Reported statements: a sentence whose content a speech verb reports (:func:`_reported`,
``X mengatakan bahwa …``), with the verb at its end or after a fronted subject, alongside another
statement (``sambil menambahkan``), attributed mid-sentence or at its end by ``kata X``, by
``menurut X``, or by a wire outlet (``demikian dilaporkan Reuters``).

Apart because these are statements with no quote marks: the content's bounds are read from the
clause.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.clauses import (
    _attribution_rest,
    _clause_follows,
    _empty_content,
    _inside,
    cut_content,
    has_predicate,
    strip_connectors,
    verb_shaped,
)
from kliping.extract.quotes.context import _person_within, place_name
from kliping.extract.quotes.patterns import (
    _ANY_VERB,
    _BAHWA,
    _COMMA,
    _DAYS,
    _E,
    _END_ROOT,
    _MENURUT,
    _MID_ROOT,
    _VERBS,
    _WIRE_TAIL,
    DOUBLE_QUOTE_MARKS,
    TITLE_WORDS,
)
from kliping.extract.quotes.records import Ctx, Speaker, _Item
from kliping.extract.quotes.speaker_phrases import _RELATIVE_NOUNS, speaker_after
from kliping.extract.quotes.subjects import subject
from kliping.lang.id import calendar, cues, gazetteer, titles
from kliping.lang.id.function_words import LIST_CONJUNCTIONS, PLACE_PREPOSITIONS
from kliping.lang.id.quote_words import (
    ADJUNCT_STARTS,
    ADVERBS_AFTER_MODAL,
    AUX_WORDS,
    DEPICTING_VERBS,
    DIRECTIVE_OPENERS,
    HEARSAY_PASSIVES,
    NO_REPORT_BEFORE,
    SPEAKING_ADVERBS,
    SPEAKING_ADVERBS_BEFORE_COMMA,
    THIRD_PERSON_PRONOUNS,
)
from kliping.text.patterns import alternation


def _wire_report(s: str, base: int) -> _Item | None:
    """``Pasukan itu menyerang sekolah di Gaza utara, demikian dilaporkan Reuters.``, ``..., lapor
    Associated Press.``, ``..., seperti dilansir BBC.``: a sentence a translating desk closes with the
    outlet it took it from (:data:`_WIRE_TAIL`) is that outlet's report, an indirect statement with the
    outlet as its speaker. Asked only of a sentence with no statement of its own: one that names who
    says it (``X mengatakan kepada Reuters ...``, ``..., kata X seperti dilansir BBC``) stays that
    person's. No quote mark and no speech cue in the content, three words or more."""
    m = _WIRE_TAIL.search(s)
    if m is None:
        return None
    content = cut_content(s[: m.start()])
    if len(content.split()) < 3 or any(c in DOUBLE_QUOTE_MARKS for c in content) or _ANY_VERB.search(content) \
            or _MENURUT.search(content) or _MID_ROOT.search(content + ",") or _NAMED_BY_PASSIVE.search(content):
        return None
    lead = len(s) - len(s.lstrip())
    # ``demikian dikutip detikINET dari Techspot``: the outlet retells another's report, whose it is
    orig = _RETOLD_FROM.match(m.group("rest"))
    src, at = (orig.group("orig"), m.start("rest") + orig.start("orig")) if orig else (m.group("src"), m.start("src"))
    return _Item(pos=base + m.start("cue"), start=base + lead, end=base + m.start(), text=content, para=0,
                 direct=False, cue=m.group("verb").lower(), speaker=Speaker("literal", text=src, start=base + at))


# ``..., demikian diumumkan oleh pemimpin Kongres X``: the content names who made it known.
_NAMED_BY_PASSIVE = re.compile(r"(?<![\w-])(?:demikian|seperti|sebagaimana)\s+di[a-z]+(?:kan|i)?\s+(?:oleh\s+)?\S")
_RETOLD_FROM = re.compile(r"^\s+dari\s+(?P<orig>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})")


def _reported(s: str, base: int, ctx: Ctx, consumed: list[tuple[int, int]]) -> _Item | None:
    """The first reported statement of a sentence, if any."""
    cands: list[tuple[int, str, re.Match[str]]] = []
    for m in _ANY_VERB.finditer(s):
        cands.append((m.start(), "verb", m))
    for m in _MENURUT.finditer(s):
        cands.append((m.start(), "menurut", m))
    for m in _END_ROOT.finditer(s):
        cands.append((m.start("cue"), "root", m))
    for m in _MID_ROOT.finditer(s):
        cands.append((m.start("cue"), "mid", m))
    cands.sort(key=lambda c: c[0])
    for k, (at, kind, m) in enumerate(cands):
        if _inside(base + at, consumed):
            continue
        item = _candidate_item(s, base, kind, m, ctx)
        if item is not None:
            if _names_nobody(item.speaker) or (kind == "menurut" and _record_source(s[m.end():])):
                # ``Menurut para analis, harga akan naik, kata dia.``: the group is what the speaker cites; the
                # speech verb at the end names who spoke (``_trailing_speech``)
                return _trailing_speech(s, base, cands[k + 1:], ctx) or item
            return item
    return None


def _candidate_item(s: str, base: int, kind: str, m: re.Match[str], ctx: Ctx) -> _Item | None:
    """The reported statement one cue of sentence ``s`` (``kind``: ``verb``, ``menurut``, ``mid`` or ``root``, the
    attribution at its end) reads, or None."""
    if kind == "verb":
        return _reported_verb(s, base, m, ctx)
    if kind == "menurut":
        return _reported_menurut(s, base, m, ctx)
    if kind == "mid":
        return _reported_mid(s, base, m, ctx)
    content = cut_content(s[: m.start()])
    if len(content.split()) < 3:
        return None
    spk = Speaker("pronoun", start=base + m.start("cue")) if m.group("nya") else \
        speaker_after(m.group("rest"), base + m.start("rest"), ctx)
    return _Item(pos=base + m.start("cue"), start=base, end=base + m.start(), text=content, para=0,
                 direct=False, cue=m.group("cue").lower(), speaker=spk)


def _names_nobody(spk: Speaker | None) -> bool:
    """The speaker of a statement is no one the article can name: a group or kind of people (``para analis``,
    ``warga``: kind ``none``), an unnamed source (``media Rusia``: an empty literal) or a document (``laporan
    itu``)."""
    return spk is None or spk.kind in ("none", "document") or (spk.kind == "literal" and not spk.text)


def _record_source(after: str) -> bool:
    """The ``menurut`` source that ``after`` (the text after ``menurut``) opens with is a document or a record
    (``menurut laporan itu``, ``menurut data BPS``, ``menurut survei lembaga itu``: ``cues.DOCUMENT_NOUNS``,
    ``REPORT_NOUNS``, ``RECORD_NOUNS``), not a speaker: a speech verb at the sentence's end that names someone
    (``..., kata Siti Rahma.``) says who cites it (``_trailing_speech``). Without one, the source stays as the
    ``menurut`` rule reads it (the record's owner, ``BPS``, or no one)."""
    first = after.split(None, 1)[0].casefold().strip(",.") if after.strip() else ""
    return first in cues.DOCUMENT_NOUNS or first in cues.REPORT_NOUNS or first in cues.RECORD_NOUNS


def _trailing_speech(s: str, base: int, later: list[tuple[int, str, re.Match[str]]], ctx: Ctx) -> _Item | None:
    """The statement a speech verb later in sentence ``s`` attributes to someone it names (``..., kata dia.``,
    ``..., ujarnya.``, ``..., kata Kepala Desa X, Budi.``: the ``root`` and ``mid`` cues of ``later``), when the
    sentence's first statement names no one (``_names_nobody``): ``Menurut para analis, X, kata dia`` and ``Sejumlah
    pengamat menilai X, ujarnya`` are the person's statement, citing the group. None when no such verb names
    anyone."""
    for _at, kind, m in later:
        if kind not in ("root", "mid"):
            continue
        item = _candidate_item(s, base, kind, m, ctx)
        if item is not None and not _names_nobody(item.speaker):
            return item
    return None


def _reported_verb(s: str, base: int, m: re.Match[str], ctx: Ctx) -> _Item | None:
    cue = m.group("cue").lower()
    pre = s[: m.start()]
    last_word = pre.split()[-1].lower() if pre.split() else ""
    if not pre.strip() or last_word in NO_REPORT_BEFORE \
            or last_word in cues.SUBORDINATE_BEFORE_VERB or _modal_before(pre) or _shown_or_hearsay(pre):
        return None
    if cue in cues.DEED_SENSE_VERBS and _deed_after_comma(pre):
        return None  # ``Menteri turun ke lapangan, memastikan pupuk sampai ke petani``: making sure by acting
    if cue in cues.ROOT_VERBS and pre.rstrip()[-1:] in ",:\"“”" \
            and speaker_after(s[m.end():], base + m.end(), ctx).kind != "none":
        return None  # ``…, bilang Rosan.``: the root after its content (the root shapes read it)
    after = s[m.end():]
    opener = strip_connectors(pre.rsplit(",", 1)[-1]).split()[:1]
    if opener and opener[0].lower() in cues.SUBORDINATE_BEFORE_VERB and _MAIN_SPEECH.search(after):
        # ``Ketika dikonfirmasi bahwa X mengaku …, Budi menuturkan …``: the verb sits in a clause
        # opened by ``ketika``/``saat``/``setelah``; the statement is the main clause's
        return None
    if last_word in cues.SPEECH_NEGATORS:
        # ``ia tidak menjelaskan ...``, ``ia menolak menyebutkan ...``: no statement, but the subject
        # is still the one speaking
        spk = subject(pre, base, ctx)
        if spk.kind == "none":
            return None
        return _Item(pos=base + m.start(), start=base + m.end(), end=base + m.end(), text="", para=0,
                     direct=False, cue=cue, speaker=spk, lead=True)
    fronted = _fronted_statement(pre, after, base, m, cue, ctx)
    if fronted is not None:
        return fronted
    if cue in cues.MARKED_SPEECH_VERBS and not _BAHWA.match(after) and not _COMMA.match(after):
        # ``Polisi mengungkap kasus narkoba``: uncovering, no statement (nor a lead for the next quote)
        return None
    if cue in cues.ACCUSE_VERBS and not _BAHWA.match(after) and not _COMMA.match(after):
        # ``Rina Kartika melaporkan Dodi Saputra`` / ``melaporkan ke polisi`` / ``melaporkan sejumlah
        # pihak``: a complaint against someone, not speech (nor a lead for the next quote)
        return None
    b = _BAHWA.match(after) or _SPEAKING_ADVERB.match(after) or _adjunct_before_content(after) \
        or (_addressee_before_directive(after) if cue in cues.CLAUSE_VERBS else None)
    if b is None and cue in cues.OBJECT_SPEECH_VERBS:
        b = _object_before_bahwa(after)
    if b:
        off = b.end()
    else:
        c = _COMMA.match(after)
        if c:
            off = c.end()
        elif (cue in cues.CLAUSE_VERBS or cue in cues.ROOT_VERBS) and after[:1] == " ":
            off = 1
        elif cue in cues.CONFIRM_CLAUSE_VERBS and after[:1] == " " and _confirmed_clause(after[1:]) is not None \
                and not verb_shaped(last_word):
            # (not ``bisa membantu menyampaikan informasi …``: the verb is another verb's complement)
            off = 1 + _confirmed_clause(after[1:])  # type: ignore[operator]
        else:
            # ``X menyampaikan apresiasi ...``: no reported content, but X is speaking (context for a
            # following bare quote paragraph)
            spk = subject(pre, base, ctx)
            if spk.kind == "none" and spk.text not in _RELATIVE_NOUNS:
                # (``Kuasa hukum X menyinggung …``: a representative or relative, unnamed, still speaks next, so
                # the ``Dia`` after is theirs, not the last named speaker's)
                return None
            return _Item(pos=base + m.start(), start=base + m.end(), end=base + m.end(), text="", para=0,
                         direct=False, cue=cue, speaker=spk, lead=True)
    if after[off:].lstrip()[:1] in DOUBLE_QUOTE_MARKS:
        return None  # head of a direct quote
    turn = min((t for t in (_TURN_TO_SPEAKER.search(after, off), _ALONG_SPEECH.search(after, off)) if t is not None),
               key=lambda t: t.start(), default=None)
    content = cut_content(after[off:turn.start()] if turn else after[off:])
    first = content.split()[0].lower().strip(",") if content.split() else ""
    if not b and first in cues.TOPIC_OBJECTS:
        content = ""  # ``menjelaskan alasan …``, ``menekankan pentingnya …``: a topic, not a statement
    elif not b and first in cues.TOPIC_NOUNS and not has_predicate(content.split()[1:]):
        content = ""  # ``memaparkan rencana belanja …``, ``menjelaskan skema pembiayaan …``: a noun phrase, no predicate
    subj_head = strip_connectors(pre).strip().split()[:1]
    if subj_head and subj_head[0].lower() in cues.NON_SPEAKER_SUBJECTS:
        return None  # ``Pernyataan tersebut menegaskan …``: a document or idea, not a speaker
    spk = subject(pre, base, ctx)
    if spk.kind == "none" and not spk.text:
        return None
    lead = not content or _empty_content(content)
    if not lead and len(content.split()) < 2:
        return None
    if cue == "mengaku" and not b and len(content.split()) <= 4 and all(w[:1].isupper() for w in content.split()):
        return None  # ``nomor yang mengaku Budi Santoso``: posing as someone, a name, no statement
    start = base + m.end() + off
    start += len(after[off:]) - len(after[off:].lstrip())
    return _Item(pos=base + m.start(), start=start, end=start + len(content), text="" if lead else content,
                 para=0, direct=False, cue=cue, speaker=spk, lead=lead)


def _shown_or_hearsay(pre: str) -> bool:
    """The speech verb after ``pre`` reports no one's statement: it sits in a relative clause past a passive of
    hearsay (``potongan video ... yang disebut menyatakan ...``: what the clip is said to show, as ``yang
    menyatakan`` is no statement), or its subject is what a recording shows (``Video potongan memperlihatkan
    Menteri X menyebut ...``: ``quote_words.DEPICTING_VERBS``, the words after the showing verb no clause of their
    own). A doctored clip's words are not the minister's; the article's denial is the statement."""
    words = [w.lower().strip(",") for w in pre.split()]
    k = len(words)
    while k > 1 and words[k - 1] in HEARSAY_PASSIVES:
        k -= 1
    if k < len(words) and words[k - 1] == "yang":
        return True
    chunk = pre.rsplit(",", 1)[-1].split()
    shown = next((i for i, w in enumerate(chunk) if w.lower() in DEPICTING_VERBS), None)
    return shown is not None and 0 < shown < len(chunk) - 1 and not has_predicate(chunk[shown + 1:])


def _modal_before(pre: str) -> bool:
    """The speech verb after ``pre`` is governed by a modal or purpose word (``cues.MODALS_BEFORE_SPEECH``: ``harus
    menjelaskan``, ``agar menegaskan``), also past adverbs between them (``agar kembali menegaskan komitmen``,
    ``harus terus menyampaikan``: ``quote_words.ADVERBS_AFTER_MODAL``): what must or should be said, no statement."""
    words = [w.lower() for w in pre.split()]
    while len(words) > 1 and words[-1] in ADVERBS_AFTER_MODAL:
        words.pop()
    return bool(words) and words[-1] in cues.MODALS_BEFORE_SPEECH


def _deed_after_comma(pre: str) -> bool:
    """``Menteri turun langsung ke lapangan, memastikan …`` (``pre``: the text before the verb): a comma closes
    a phrase of the subject's own doing right before the verb, which then has no subject of its own and goes on
    the deed (``cues.DEED_SENSE_VERBS``). Not when the phrase is the speaker's apposition (``Rektor Undip, Budi
    Santoso, memastikan …``: capitalised words only, a role or title head, or a ``yang`` clause)."""
    body = pre.rstrip()
    if not body.endswith(","):
        return False
    parts = body[:-1].rsplit(",", 1)
    chunk = strip_connectors(parts[-1]).split()
    if len(chunk) < 3 or all(w[:1].isupper() or w[:1].isdigit() for w in chunk):
        return False
    first = chunk[0].lower()
    # (the sentence's opening phrase holds the subject, title and all: ``Menteri X turun …, memastikan``)
    if len(parts) > 1 and (first == "yang" or first in titles.APPOSITIVE_HEADS or first in TITLE_WORDS
                           or first in cues.ROLE_NOUNS or first in cues.AGENT_NOUNS or first in cues.EPITHET_NOUNS):
        return False
    return has_predicate(chunk[1:]) or any(w.lower() in PLACE_PREPOSITIONS for w in chunk[1:])


# An adverb of the speaking right after the verb (``menyebutkan lebih dulu …``, ``menekankan kembali, …``:
# ``SPEAKING_ADVERBS``, ``SPEAKING_ADVERBS_BEFORE_COMMA``), with a comma, colon or ``bahwa`` after it.
_SPEAKING_ADVERB = re.compile(
    r"^\s*(?:(?:" + alternation(SPEAKING_ADVERBS, any_space=True) + r")(?![\w-])\s*[,:]?"
    r"|(?:" + alternation(SPEAKING_ADVERBS_BEFORE_COMMA) + r")\s*(?=[,:]|bahwa\s)[,:]?)\s*(?:bahwa\s+)?", re.I)
# The one addressed before a directive (``mengingatkan kepada para kepala desa untuk tidak …``, ``… kepada warga
# agar …``): up to six words after ``kepada``, then ``untuk``/``agar``/``supaya``.
_ADDRESSEE_DIRECTIVE = re.compile(
    r"^\s*kepada\s+(?P<who>(?:[^\s,.;:!?\"“”]+\s+){1,6}?)(?=(?:" + alternation(DIRECTIVE_OPENERS) + r")\s)", re.I)


def _addressee_before_directive(after: str) -> re.Match[str] | None:
    """``Gubernur mengingatkan kepada para kepala desa untuk tidak memungut biaya``: the directive is what was said,
    from ``untuk``/``agar``; the one addressed is the speaking's, not the content's. Asked only of a verb that takes
    its content directly (``cues.CLAUSE_VERBS``): ``meminta kepada X untuk …`` stays a request, no statement. None
    when a verb stands among the addressee's words (``kepada warga yang menolak untuk …`` is no addressee alone)."""
    m = _ADDRESSEE_DIRECTIVE.match(after)
    if m is None:
        return None
    for w in m.group("who").split():
        lw = w.lower().removesuffix("nya")  # (``menterinya``: a title with ``-nya``, no verb)
        if lw == "yang" or verb_shaped(lw):
            return None
    return m


def _confirmed_clause(after: str) -> int | None:
    """Where the statement starts in ``after`` (the text right after ``mengumumkan``/``membenarkan``/
    ``mengonfirmasi``, ``cues.CONFIRM_CLAUSE_VERBS``) when what follows is a clause: past a
    ``jika``/``kalau`` used as ``bahwa``, at ``adanya`` or at a subject-and-predicate clause (a verb or
    auxiliary before any ``yang``); None for a noun phrase (what was announced) or an adjunct."""
    words = after.split()
    if not words:
        return None
    first = words[0].lower()
    if first in cues.CONFIRM_THAT_WORDS and len(words) > 2:
        return len(after) - len(after[len(words[0]):].lstrip())
    if first in cues.CONFIRM_EXISTENCE_WORDS:
        return 0
    if first in cues.ADJUNCT_OPENERS or first in cues.SUBORDINATE_BEFORE_VERB or first in cues.TOPIC_OBJECTS:
        return None
    for k, w in enumerate(words[:8]):
        lw = w.lower().strip("()\"“”,.")
        if lw == "bahwa" and 0 < k <= 3:
            # ``menyampaikan pesan penting bahwa …``, ``harapannya bahwa …``: the statement follows ``bahwa``
            return len(after) - len(after.split("bahwa", 1)[1].lstrip()) if k + 1 < len(words) else None
        if lw == "yang" or lw in cues.ADJUNCT_OPENERS or lw in cues.SUBORDINATE_BEFORE_VERB \
                or lw in cues.CLAUSE_BREAK_WORDS:
            # (``susunan kabinet yang akan bekerja``: the noun's relative clause; ``rencana kunjungan ke …
            # untuk mendorong``, ``pernyataan kepada publik setelah menggelar``: the noun's adjuncts)
            return None
        if w[:1].isupper() or lw in cues.ROLE_DEMONSTRATIVES or lw in cues.PREDICATE_LOOKALIKES:
            continue  # a name's word (``Merah Putih``), ``tersebut`` or ``terima`` has a verb's shape only
        if lw in AUX_WORDS or verb_shaped(lw):
            return 0
        if w.endswith(","):
            return None  # (``menyampaikan fakta hukum, tetapi juga …``: a list of objects)
    return None


# The named party addressed by ``mengingatkan``/``memperingatkan`` (cues.OBJECT_SPEECH_VERBS) before ``bahwa``: one
# to four capitalised words (``Korea Utara``, ``Pemerintah Jepang``).
_OBJECT_BAHWA = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,4}bahwa\s+")


def _object_before_bahwa(after: str) -> re.Match[str] | None:
    """``AS mengingatkan Korea Utara bahwa setiap penjualan ...``: a named party addressed stands between the verb
    and ``bahwa``; the content starts after ``bahwa``. Only a name: the gold sets keep a common-noun or adverbial
    phrase there with the content (``mengingatkan kita bahwa ...``, ``memperingatkan selama beberapa dekade bahwa
    ...``, ``mengingatkan kembali pesan Bung Karno bahwa ...``), where what is recalled may be part of what is said."""
    return _OBJECT_BAHWA.match(after)


# ``…, sementara Kementerian X menyebut …``: the content of one speaker ends where the sentence turns to
# another named party with a speech verb of its own; that clause is a statement of its own
# (``extract_quotes`` reads the rest of the sentence again).
_TURN_TO_SPEAKER = re.compile(rf",\s+(?:sementara|sedangkan|adapun)\s+(?:itu\s*,?\s+)?(?:[A-Z][\w.'’-]*\s+){{1,6}}"
                              rf"(?:{_VERBS}){_E}")
# ``…, sambil menambahkan bahwa …`` / ``…, seraya menambahkan, …``: the same speaker's second statement,
# its subject left out (``cues.ACCOMPANYING_WORDS``); the first statement ends before it.
_ALONG_SPEECH = re.compile(rf",\s+(?:{alternation(cues.ACCOMPANYING_WORDS)})\s+(?P<cue>{_VERBS}){_E}", re.I)


def _along_statement(s: str, base: int, m: re.Match[str]) -> _Item | None:
    """The statement after ``…, sambil menambahkan bahwa`` (``_ALONG_SPEECH`` match ``m`` in sentence
    ``s`` at ``base``): said by the one speaking in the main clause (a pronoun, resolved as ``ujarnya``
    is); none when a direct quote follows (read as one) or no clause does."""
    after = s[m.end():]
    b = _BAHWA.match(after) or _COMMA.match(after)
    if b is None and m.group("cue").lower() not in cues.CLAUSE_VERBS:
        return None
    off = b.end() if b else len(after) - len(after.lstrip())
    if after[off:].lstrip()[:1] in DOUBLE_QUOTE_MARKS:
        return None
    content = cut_content(after[off:])
    if len(content.split()) < 3:
        return None
    start = base + m.end() + off
    return _Item(pos=base + m.start("cue"), start=start, end=start + len(content), text=content, para=0,
                 direct=False, cue=m.group("cue").lower(), speaker=Speaker("pronoun", start=base + m.start("cue")))


# ``saat ini``, ``kini``: a time adverb opening the reported clause, not an adjunct of the speaking.
_NOW = re.compile(r"^(?:saat\s+ini|kini|sekarang|hingga\s+kini|sampai\s+saat\s+ini)(?![\w-])", re.I)


def _fronted_statement(pre: str, after: str, base: int, m: re.Match[str], cue: str, ctx: Ctx) -> _Item | None:
    """``OPEC kian mungkin memangkas produksi, Morgan Stanley mengatakan dalam laporannya pada Rabu.``:
    the verb closes the sentence, followed at most by an adjunct of the speaking (to whom, where,
    when); what was said is the clause before the subject's comma, not that adjunct. With no such
    clause (``Ditemui di kantornya, Budi mengatakan kepada wartawan.``) the subject speaks and the
    addressee is no statement."""
    rest = after.strip().rstrip(".!?").strip()
    if rest and (not _VERB_ADJUNCT.match(after) or _VERB_IN.search(rest) or _NOW.match(rest) or re.search(r"[,;:\"“”]", rest)
                 or re.search(r"(?<![\w-])bahwa(?![\w-])", rest, re.I) or len(rest.split()) > 8
                 or has_predicate(rest.split())):
        return None  # ``mengatakan pada Senin harga beras akan turun``: a clause after the adjunct
    head, subj = pre.rsplit(",", 1) if "," in pre else ("", pre)
    content = strip_connectors(cut_content(head))
    words = content.split()
    first = words[0].lower().strip("(\"“”") if words else ""
    spk = subject(subj, base + len(head) + 1, ctx) if subj.strip() else Speaker("none")
    if spk.kind == "none" or head.strip()[:1] in DOUBLE_QUOTE_MARKS or head.rstrip()[-1:] in DOUBLE_QUOTE_MARKS \
            or len(words) < 4 or not has_predicate(words) \
            or first in cues.ADJUNCT_OPENERS or first in cues.SUBORDINATE_BEFORE_VERB \
            or first in cues.TOPIC_OBJECTS or verb_shaped(first):
        # ``Ditemui di kantornya, Budi mengatakan …``: a fronted adjunct, not a statement
        if not rest or not _ADDRESSEE.match(after):
            return None  # (``… mengatakan saat ini penyerapan sekitar 52%``: a verbless clause)
        spk = subject(pre, base, ctx)
        if spk.kind == "none":
            return None
        return _Item(pos=base + m.start(), start=base + m.end(), end=base + m.end(), text="", para=0,
                     direct=False, cue=cue, speaker=spk, lead=True)
    start = base + head.index(content)
    return _Item(pos=base + m.start(), start=start, end=start + len(content), text=content, para=0,
                 direct=False, cue=cue, speaker=spk)


# Words that cannot be in a fronted subject: prepositions, subordinators, topic and time words.
_NOT_FRONTED = ADJUNCT_STARTS | cues.SUBORDINATE_BEFORE_VERB | cues.NOT_FRONTED_WORDS


def fronted_subject(pre: str) -> tuple[int, str] | None:
    """``Pencairan dana, Rudi mengakui, …`` / ``Pencairan dana, diakui Rudi, …``: the noun phrase
    opening the sentence before the comma that precedes the one admitting, as ``(offset in pre,
    phrase)``: two to six words, no verb, no adjunct, subordinator or time word in it (``Dalam rapat
    itu, …``, ``Kala itu, …``), no ``-nya`` adverb (``Karenanya, …``) and no all-caps dateline;
    connectors before it are skipped. (Used for claims: reported statements keep the clause after the
    verb, which is what the gold sets mark.)"""
    chunks = pre.split(",")
    if len(chunks) < 2:
        return None
    k = len(chunks) - 2
    if any(strip_connectors(c).strip() for c in chunks[:k]):
        return None  # more than connectors before it
    head = ",".join(chunks[:k + 1])
    body = strip_connectors(head)
    phrase = body.strip()
    words = phrase.split()
    if not 2 <= len(words) <= 6 or re.search(r"[\"“”'‘’()]", phrase) or _DAYS.match(phrase):
        return None
    if any(w.isupper() or w.lower().endswith("nya") for w in words):
        return None
    if words[0].lower() in _NOT_FRONTED or words[0].lower() in THIRD_PERSON_PRONOUNS or _VERB_IN.search(phrase) \
            or any(w.lower() in _NOT_FRONTED for w in words[1:]):
        return None
    return len(head) - len(body.lstrip()), phrase


# An adjunct between the speech verb and its content: ``kepada AFP``, ``pada Kamis (16/10)``,
# ``dalam pembukaan pertemuan di Oslo,``, then ``bahwa`` or (a short adjunct) a comma.
_VERB_ADJUNCT = re.compile(r"^\s*(?:kepada|pada|dalam|saat|ketika|di|usai|seusai|setelah|melalui|lewat|"
                           r"di\s+hadapan|di\s+depan)\s+", re.I)
_ADJUNCT_BAHWA = re.compile(r"[^\"“”.;:!?]{1,120}?,?\s*(?<![\w-])bahwa\s+", re.I)
_ADJUNCT_COMMA = re.compile(r"[^\"“”.;:!?,]{1,60},\s*(?=[a-z])")


def _adjunct_before_content(after: str) -> re.Match[str] | None:
    """The adjunct before a reported statement's content, through ``bahwa`` (up to 14 words) or,
    for a short addressee or medium (up to 6 words), through a comma: the content starts after it
    (``mengatakan kepada AFP bahwa …``, ``mengatakan kepada wartawan, harga …``). A clause opened by
    the adjunct word with no ``bahwa`` or comma after it (``pada saat itu harga turun``) stays whole."""
    adj = _VERB_ADJUNCT.match(after)
    if adj is None:
        return None
    b = _ADJUNCT_BAHWA.match(after, adj.end())
    if b is not None and len(after[:b.end()].split()) <= 15 and not _VERB_IN.search(after[adj.end():b.end()]):
        return b
    if not _ADDRESSEE.match(after):
        return None  # ``di wilayah X, hanya …``, ``usai pergantian menteri, …``: a comma after a place or
        # time may close an adjunct of the content itself; only an addressee or medium is the speaking's
    c = _ADJUNCT_COMMA.match(after, adj.end())
    if c is not None and len(after[:c.end()].split()) <= 7 and not _VERB_IN.search(after[adj.end():c.end()]):
        return c
    return None


# The adjuncts of the speaking itself before a comma: to whom and through what (``kepada wartawan,``).
_ADDRESSEE = re.compile(r"^\s*(?:kepada|melalui|lewat|di\s+hadapan|di\s+depan)\s", re.I)


# An active prefixed verb (``warga menolak``): a clause, not an adjunct's noun phrase (``keterangan
# tertulis``, ``diterima`` are allowed: a passive or adjective inside the adjunct).
_VERB_IN = re.compile(r"(?<![\w-])(?:me|ber)[a-z]{3,}(?![\w-])")


# A main clause with its own speech verb after a comma: ``…, Budi menuturkan …``.
_MAIN_SPEECH = re.compile(rf",\s+(?:[A-Z][\w.'’-]*\s+){{1,6}}(?:{_VERBS}){_E}")


def _reported_mid(s: str, base: int, m: re.Match[str], ctx: Ctx) -> _Item | None:
    """``OPEC, kata Bimo, bukan …``: the sentence around an attribution set off by commas.

    The content runs from the sentence start (or, when only a connector precedes the attribution,
    from just after it) to the sentence end; the span covers the attribution in between.
    """
    pre = s[: m.start()]
    post = s[m.end():]
    if strip_connectors(pre).strip(" ,") == "":
        content = cut_content(post)
        start = base + m.end()
    elif _attribution_rest(post) or _WIRE_TAIL.match(", " + post.lstrip()):
        # ``…, kata Budi, Ketua RT 05.`` / ``…, kata Ketua RT 05, Budi.`` / ``…, kata Budi, Senin
        # (12/5).`` / ``…, kata Budi, demikian dilaporkan Reuters.``: what follows the second comma
        # only names or dates the speaking or names the outlet; the statement is the clause before
        # the cue, the speaker the whole phrase after it
        return _reported_end(s, base, m, ctx)
    else:
        lead = len(pre) - len(pre.lstrip())
        content = cut_content(pre + " " + post)
        start = base + lead
    if len(content.split()) < 4:
        return None
    if m.group("nya"):
        spk = Speaker("pronoun", start=base + m.start("cue"))
    else:
        spk = speaker_after(m.group("rest"), base + m.start("rest"), ctx)
        if spk.kind == "none" and not spk.text:
            return None
    end = base + len(s.rstrip().rstrip(".!?…").rstrip())
    return _Item(pos=base + m.start("cue"), start=start, end=end, text=content, para=0,
                 direct=False, cue=m.group("cue").lower(), speaker=spk)


def _reported_end(s: str, base: int, m: re.Match[str], ctx: Ctx) -> _Item | None:
    """``…, kata Ketua Dinas X, Budi Santoso.``: the statement before an attribution that runs to
    the sentence end through commas. A person the tagger finds in the last comma chunk speaks
    (``kata Kepala Dinas Pangan, Kelautan, dan Pertanian DKI, Budi``); else the phrase after the cue."""
    pre = s[: m.start()]
    lead = len(pre) - len(pre.lstrip())
    content = cut_content(pre)
    if len(content.split()) < 3:
        return None
    if m.group("nya"):
        spk = Speaker("pronoun", start=base + m.start("cue"))
    else:
        tail = s[m.start("rest"):].rstrip().rstrip(".!?…").rstrip()
        cut = tail.rfind(",")
        last = tail[cut + 1:]
        at = base + m.start("rest") + cut + 1 + len(last) - len(last.lstrip())
        first = speaker_after(tail[:tail.find(",")], base + m.start("rest"), ctx)
        if cut > 0 and first.kind != "phrase" and _person_within(ctx, at, at + len(last.strip())):
            spk = Speaker("phrase", text=last.strip(), start=at)
        else:
            spk = speaker_after(tail, base + m.start("rest"), ctx)
        if spk.kind == "none" and not spk.text:
            return None
    return _Item(pos=base + m.start("cue"), start=base + lead, end=base + lead + len(content), text=content,
                 para=0, direct=False, cue=m.group("cue").lower(), speaker=spk)


# A speaker phrase opened by a group word (``para analis``, ``sejumlah warga``: ``cues.GROUP_QUANTIFIERS``).
_GROUP_OPENING = re.compile(r"^\s*(?i:" + alternation(cues.GROUP_QUANTIFIERS, any_space=True) + r")\s+[a-z]")


def _skip_apposition(post: str) -> int:
    """Characters of ``post`` taken by an apposition of the speaker (``pengacara Lisa Mariana, ``
    after ``menurut Jhony,``): a short phrase opened by a lower-case role or title word and closed
    by a comma, with the clause still to come. 0 when ``post`` opens with the content itself."""
    m = re.match(r"^\s*(?P<ap>[a-z][\w-]*(?:\s+[^\s,.;:!?\"“”]+){0,6}),\s*(?=\S)", post)
    if not m:
        return 0
    words = m.group("ap").split()
    first = words[0].lower()
    head = first in titles.APPOSITIVE_HEADS or first in TITLE_WORDS or first in cues.ROLE_NOUNS \
        or first in cues.AGENT_NOUNS or first in cues.EPITHET_NOUNS
    # ``petani di desa itu merugi, sebab …`` opens with a role noun too, but it is the statement:
    # an apposition has no predicate unless it ends in a name (``kuasa hukum Sinta``)
    if head and (words[-1][:1].isupper() or not has_predicate(words[1:])):
        return m.end()
    return 0


# A source line before ``menurut X, …`` (``Dikutip dari Antara, menurut X, …``): where the text was
# taken from, not part of what X said.
_SOURCE_LEAD = re.compile(r"^\s*(?:seperti\s+|sebagaimana\s+)?(?:"
                          + "|".join(sorted(calendar.CITING_VERBS)) + r")(?![\w-])", re.I)


def _name_then_clause(after: str, at: int, ctx: Ctx) -> int | None:
    """``menurut Prabowo keberadaan tanggul …``: where the statement starts in ``after`` (the text after
    ``menurut``, at ``at``) when no comma ends the name: ``after`` opens with a person's or
    organisation's mention (title words may come first) and a clause follows it directly, in lower
    case (no adjunct: ``menurut Budi di Jakarta``). None when a comma or nothing follows the name."""
    lead = len(after) - len(after.lstrip())
    for ma, mb, mn in ctx.mentions:
        if mb <= at + lead:
            continue
        if ma >= at + len(after) or mn.type not in ("PERSON", "ORG"):
            return None
        head = after[lead:ma - at]
        if head.strip() and not all(w[:1].isupper() for w in head.split()):
            return None  # (only title words before the name: ``Menteri Keuangan Purbaya``)
        end = mb - at
        rest = after[end:]
        if rest[:1] != " " or not rest.lstrip()[:1].islower() or not _clause_follows(rest):
            return None
        if gazetteer.place_kind(mn.text.split()[-1]) is not None:
            return None  # (``menurut Prabowo Indonesia tidak …``: a place the tagger ran into the name)
        comma = rest.find(",")
        if comma >= 0 and len(rest[:comma].split()) < 3:
            return None  # (``menurut Make Use of, …``, ``menurut Ketua PAN ini, …``: the name runs on)
        first = rest.split()[0].lower()
        if first in ADJUNCT_STARTS or first in cues.ADJUNCT_OPENERS or first in cues.ROLE_DEMONSTRATIVES \
                or first == "yang" or first in LIST_CONJUNCTIONS:
            return None
        return end + 1
    return None


def _reported_menurut(s: str, base: int, m: re.Match[str], ctx: Ctx) -> _Item | None:
    pre = s[: m.start()]
    after = s[m.end():]
    comma = after.find(",")
    end: int | None = None
    named_end = None if m.group("nya") else _name_then_clause(after, base + m.end(), ctx)
    if named_end is not None and (comma < 0 or named_end < comma):
        # ``Menurut Prabowo keberadaan tanggul laut …, termasuk …`` / ``Dengan capaian itu, menurut
        # Prabowo setiap hari …``: the name ends where the clause starts, not at a later comma
        comma = named_end - 1
    if not pre.strip() or strip_connectors(pre).strip() == "" or _SOURCE_LEAD.match(pre):
        # ``Menurut X, content``; ``Menurutnya content`` needs no comma; a source line before it
        # (``Dikutip dari Antara, menurut X, …``) is not content
        if m.group("nya") and (comma < 0 or not after[:comma].strip() or len(after[:comma].split()) > 3):
            lead_ws = after[:len(after) - len(after.lstrip(" ,"))]
            spk_text, content = "", cut_content(after[len(lead_ws):])
            start = base + m.end() + len(lead_ws)
        elif comma < 0:
            return None
        else:
            comma = _office_name_comma(after, comma, base + m.end(), ctx)
            rest = after[comma + 1:]
            # (a group speaks, ``menurut para analis, anggota OPEC …``: what follows its comma is the statement)
            skip = 0 if _GROUP_OPENING.match(after[:comma]) else _skip_apposition(rest)
            spk_text, content = after[:comma], cut_content(rest[skip:])
            start = base + m.end() + comma + 1 + skip + len(rest[skip:]) - len(rest[skip:].lstrip())
    elif pre.rstrip().endswith(",") or (named_end is not None and len(pre.split()) <= 4):
        # (``Hal ini menurut Bambang tidak …``: a short subject, the name, then the rest, no commas)
        # ``content, menurut X.`` or, when a clause follows the attribution, ``Hal itu, menurut X,
        # sama saja …`` / ``Setelah itu, menurutnya harga …``: the sentence around the attribution
        if m.group("nya"):
            spk_text, post = "", after
        else:
            spk_text = after[:comma] if comma >= 0 else after
            post = after[comma + 1:] if comma >= 0 else ""
            post = post[_skip_apposition(post):]
        lead = len(pre) - len(pre.lstrip())
        start = base + lead
        if _clause_follows(post):
            # a fronted adjunct keeps its comma (``Setelah panen, harga …``), a subject does not
            # (``Kebijakan ini bisa …``); the writer's connective before either is not said
            # (``Lanjutnya, jika benar mundur, menurutnya …``)
            own = strip_connectors(pre)
            adjunct = own.split()[:1]
            sep = ", " if adjunct and (adjunct[0].lower() in cues.SUBORDINATE_BEFORE_VERB
                                       or adjunct[0].lower() in ADJUNCT_STARTS) else " "
            start = base + len(pre) - len(own)
            content = cut_content(own.rstrip().rstrip(",") + sep + post.strip(" ,"))
            end = base + len(s.rstrip().rstrip(".!?…").rstrip())
        else:
            content = cut_content(pre)
    else:
        return None
    unnamed = _UNNAMED_OF_PLACE.match(spk_text) if not m.group("nya") else None
    if m.group("nya"):
        spk = Speaker("pronoun", start=base + m.start())
    elif unnamed is not None and (unnamed.group("noun") in cues.UNNAMED_SOURCE_NOUNS
                                  or unnamed.group("noun") in cues.UNNAMED_SPEAKER_NOUNS) \
            and place_name(unnamed.group("place"), ctx):
        spk = Speaker("literal", text="")  # ``menurut media Rusia``: an unnamed source, no speaker
    else:
        spk = speaker_after(spk_text, base + m.end(), ctx, loose=True)
        if spk.kind == "none" and spk.text not in _RELATIVE_NOUNS and spk.text not in cues.GROUP_PRONOUNS \
                and spk.text not in cues.GENERIC_SOURCE_NOUNS and spk.text not in cues.UNNAMED_SPEAKER_NOUNS:
            # ``menurut rencana`` is not an attribution; ``menurut istri Budi`` is (the relative's), and
            # ``menurut mereka`` (the group speaks, unnamed), as does ``menurut para ahli``, ``menurut
            # sejumlah pengamat``, ``menurut warga`` (a kind of people: no one named speaks)
            return None
    if len(content.split()) < 2:
        return None
    if _NAMED_SPEECH_OPEN.match(content):
        # ``Menurut dia, Arya menjelaskan, …``: the clause names its own speaker with a speech verb;
        # that name, read by the verb, beats the pronoun's antecedent
        return None
    return _Item(pos=base + m.start(), start=start, end=end if end is not None else start + len(content),
                 text=content, para=0, direct=False, cue="menurut", speaker=spk)


# ``menurut media Rusia``, ``menurut laporan media Korea Selatan``, ``menurut warga setempat Bogor``: a
# common noun and only a place after it.
_UNNAMED_OF_PLACE = re.compile(
    r"^\s*(?:laporan\s+)?(?P<noun>kantor\s+berita|surat\s+kabar|[a-z]+)\s+(?:setempat\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*$")


# A clause that opens with a name and a speech verb, then a comma or ``bahwa`` (``Arya menjelaskan, …``).
_NAMED_SPEECH_OPEN = re.compile(rf"^(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{_VERBS}){_E}\s*(?:,|bahwa{_E})")


def _office_name_comma(after: str, comma: int, at: int, ctx: Ctx) -> int:
    """The comma closing the attribution of ``menurut <office>, <name>, …``: the one after the name.

    ``Menurut Kepala Dinas X Garut, Muksin, saat ini …``: the office's comma is not the end of the
    speaker phrase when a person follows it and a comma closes the person (the speaker rules read
    ``office, Name`` as the person); otherwise the first comma. ``at`` is ``after``'s text offset.
    """
    head = after.split(None, 1)[0].lower().rstrip(".,") if after.strip() else ""
    lead = len(after) - len(after.lstrip())
    if head not in TITLE_WORDS or _person_within(ctx, at + lead, at + comma):
        return comma  # ``menurut Budi, Andi, …`` / ``menurut Kementerian X, Indonesia, …``: a list
    sp = speaker_after(after, at, ctx, loose=True)
    if sp.kind != "phrase" or sp.start <= at + comma or not _person_within(ctx, sp.start, sp.start + 1):
        return comma
    end = sp.start - at + len(sp.text)
    close = after.find(",", end)
    if close < 0 or after[end:close].strip():
        return comma
    return close
