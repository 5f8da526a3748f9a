"""Claim-status cues: who alleges, denies, confirms or speculates what.

A dossier has to keep "X says Y happened" apart from "Y happened", so every cue from
``kliping.lang.id.cues.CLAIM_CUES`` (``menuduh``, ``membantah``, ``membenarkan``, ``diperkirakan``
...) becomes a :class:`~kliping.model.Claim` with

* ``text``: the claim itself, the clause after the cue (``membantah bahwa`` drops ``bahwa``); for
  passive allegation/speculation cues the subject is put back (``Korea Utara diduga mengirim
  pasukan`` -> ``Korea Utara mengirim pasukan``) because the clause after the cue has no subject;
  when the clause is only ``hal itu`` the whole sentence is kept;
* ``actor_name``: for active cues the subject before the cue (``Rusia dan Korea Utara membantah``;
  ``baik X maupun Y`` becomes ``X dan Y``); for passive cues the agent after it (``dibantah oleh X``);
  ``kami``/``ia`` inside a quote get the quote's speaker; otherwise ``None``, never a guess.

Negated or procedural uses (``tidak membantah``, ``saat dikonfirmasi``) are skipped.
"""

from __future__ import annotations

import re
from functools import cache

from kliping.extract import quotes as _q
from kliping.extract.quotes.clauses import cut_content, has_predicate, strip_connectors
from kliping.extract.quotes.context import context, name_text, part_of, place_name
from kliping.extract.quotes.names import cap_run, is_acronym
from kliping.extract.quotes.patterns import EPITHET, OFFICE_WORDS
from kliping.extract.quotes.pronouns import resolve_pronoun
from kliping.extract.quotes.records import Ctx, Speaker
from kliping.extract.quotes.reported import fronted_subject
from kliping.extract.quotes.resolution import find_org_antecedent, resolve_phrase
from kliping.extract.quotes.roles import find_role
from kliping.extract.quotes.speaker_phrases import speaker_after
from kliping.extract.quotes.subjects import subject
from kliping.lang.id import cues, titles
from kliping.lang.id import numbers as _nw
from kliping.model import Claim, Document, Mention
from kliping.text.find import find_whole
from kliping.text.patterns import alternation

_CUE_STATUS: dict[str, str] = {c: st for st, cs in cues.CLAIM_CUES.items() for c in cs}
_CUE_RE = re.compile(
    r"(?<![\w-])(?P<cue>" + alternation(_CUE_STATUS)
    + r")(?![\w-])",
    re.I,
)
_LEAD = re.compile(r"^\s*(?:[,:]\s*)?(?:(?:bahwa|jika|kalau)\s+)?", re.I)
_AGENT = re.compile(r"^\s*(?:oleh\s+)?", re.I)
_CLAUSE_END = re.compile(r"[;“”\"»]|,\s*(?:kata|ujar|ucap|tutur|jelas|tegas|terang|imbuh|sebut|tambah)(?:nya)?\b"
                         r"|,\s*(?:menurut|sehingga|namun|tetapi|sedangkan)\b", re.I)


def extract_claims(doc: Document, mentions: list[Mention] | None = None) -> list[Claim]:
    """Claims of ``doc`` in reading order, one per cue occurrence. Pure: ``doc`` is not modified."""
    ctx = context(doc, mentions)
    # a one-word "person" such as ``Then`` is a tagging slip: never an antecedent for ``dia``
    # (unless the article writes it opening a name: ``Then Surianto …``, a surname first)
    ctx.mentions = [t for t in ctx.mentions
                    if t[2].text.lower() not in _ENGLISH_FUNCTION or _opened_name(ctx, t[2].text)]
    spans: list[tuple[int, int, str | None]] | None = None
    out: list[Claim] = []
    for si, sent in enumerate(doc.sentences):
        s = sent.text
        for m in _CUE_RE.finditer(s):
            cue = m.group("cue").lower()
            status = _CUE_STATUS[cue]
            before = s[: m.start()]
            prev_word = _last_word(before)
            after = s[m.end():]
            described: str | None = None
            if cue == "diduga":
                strong = re.match(r"\s+(\w+)(?![\w-])", after)
                if strong and strong.group(1).lower() in cues.DIDUGA_INTENSIFIERS:
                    after = after[strong.end():]  # ``diduga kuat akibat …``: one hedge, ``kuat`` is no claim
                elif strong and strong.group(1).lower() in cues.DIDUGA_ATTRIBUTIVE_NOUNS:
                    described = _described_noun(_own_clause(before), after)
            if cue in cues.DENIAL_VERBS and prev_word in cues.DENIAL_NEGATORS:
                # ``tak menampik kabar itu``: not denying is admitting
                status, cue = "confirmation", f"{prev_word} {cue}"
                before = before[: before.lower().rstrip().rfind(prev_word)]
            elif prev_word in cues.CLAIM_BLOCKERS:
                continue
            elif cue == "kemungkinan" and prev_word in ("besar", "kecil") and _strip_lead(before).lower() == prev_word:
                # ``Besar kemungkinan harga naik``: the hedge opens its clause and is one cue
                cue = f"{prev_word} {cue}"
                before = before[: before.lower().rstrip().rfind(prev_word)]
                prev_word = _last_word(before)
            if cue in cues.VERIFICATION_CUES and not _finished_check(before, after, cue in cues.PASSIVE_CLAIM_CUES):
                continue  # ``data peserta berhasil diverifikasi``: records checked, nobody confirms a claim
            if _compared(before):
                continue  # ``lebih banyak dari yang diperkirakan``: measured against an expectation
            if status == "confirmation" and _first_word(after) in cues.RECOGNITION_AFTER:
                continue  # ``telah diakui sebagai sektor utama``: recognised as, nothing admitted
            if status in ("allegation", "confirmation") and _negated(before):
                continue  # ``tidak bisa serta-merta mengklaim``, ``Tidak ada yang akan mengakui``
            if status == "confirmation" and not _confirms(cue, before, after):
                continue  # ``harus diakui``, ``mengakui kedaulatan``, ``Wartawan mengkonfirmasi X``
            if cue == "diduga" and _estimates(after):
                status = "speculation"  # ``yang diduga di atas 50 dollar``: an estimate
            if cue in cues.NOUN_CLAIM_CUES and not _proposition_follows(after):
                continue  # ``membuka ruang bagi spekulasi``: the noun, not someone speculating
            if _CONDITIONAL.search(re.split(r",|(?<![\w-])bahwa(?![\w-])", before)[-1]):
                continue  # ``jika negara lain menghargai usaha tersebut``: a condition, not a claim
            # (``kemungkinan besar, …``: the two-word hedge may stand before a comma)
            if cue.startswith("kemungkinan") and _noun_kemungkinan(prev_word, after if cue == "kemungkinan"
                                                                   else after.lstrip(" ,")):
                continue  # ``mencegah kemungkinan buruk``: a noun, not hedging
            if cue in ("tidak benar", "tak benar"):
                claim = _untrue(s, before, after, sent.start + m.start(), ctx, mentions, doc)
                if claim is not None:
                    text, actor_u = claim
                    if actor_u is None:
                        spans = spans if spans is not None else _q.quote_spans(doc, mentions)
                        actor_u = _speaker_at(spans, sent.start + m.start(), "")
                    out.append(Claim(status=status, cue=cue, text=text, sentence=si,
                                     actor_name=_snap(actor_u, ctx)))
                continue
            before = _own_clause(before)
            content = _claim_text(after)
            if _COORDINATED.match(content):
                content = ""  # ``segera diverifikasi dan dinilai …``: no clause of its own after the cue
            actor: str | None = None
            passive = cue in cues.PASSIVE_CLAIM_CUES
            if passive:
                subj = _clause_before(before)
                agent = _agent(after, sent.start + m.end(), ctx) \
                    if cue not in cues.OLEH_AGENT_CUES or re.match(r"^\s*oleh\s", after, re.I) else None
                if agent is None and cue in cues.AGENT_REQUIRED_CUES:
                    continue  # ``…," ujar X, dikonfirmasi Selasa``: the reporter reached X
                if agent is None and re.match(r"^\s*oleh\s", after, re.I):
                    content = ""  # ``diakui oleh berbagai investor``: an unnamed agent is no claimed text
                if agent is not None:
                    actor, content = agent
                if agent is not None and _attribution_only(content):
                    content = ""  # ``dikonfirmasi oleh Kombes X, Minggu (19/10)``: the rest is who and when
                prev = before.rsplit(",", 2)[-2] if subj.lower() == "yang" and before.count(",") else ""
                first = re.search(r"(?<![\w-])yang(?![\w-])", prev)
                if first:
                    # ``ongkos produksi yang lumayan besar, yang diduga sekitar 75 dollar``: a second
                    # relative set off by a comma describes the noun the first one did
                    subj = prev[: first.start()].strip() + " yang"
                elif prev.strip() and status in ("allegation", "speculation") \
                        and not place_name(prev.strip(), ctx) and not _amount_word(prev.split()[0].lower()):
                    # ``butuh harga tertentu, yang diduga di atas 50 dollar``: the relative set off by a
                    # comma describes the noun phrase closing the clause before it; an aside ends at
                    # its own comma (``Biaya itu, yang diperkirakan Rp 2 triliun, ditanggung …``). Not
                    # after a place in apposition (``…, Maluku, yang``) or a list of measures (``500 cc,
                    # 2 silinder, yang``: the noun they measure is further back)
                    head = _noun_before_yang(prev.split()) or _clause_before(prev)
                    subj = "" if _is_empty(head) else head
                    content = content.split(",", 1)[0].strip()
                if status in ("allegation", "speculation") and subj and not _is_empty(subj):
                    content = _with_subject(subj, m.group("cue"), content)
                elif status == "confirmation" and _without_adverbs(subj).split()[-1:] == ["yang"]:
                    # ``Keterlambatan itu, yang diakui oleh X, membuat …``: what X admits is the noun
                    # (or the clause) ``yang`` stands for, not the main clause after the agent
                    content = _admitted_head(before, subj)
            elif cue in cues.ADVERB_CLAIM_CUES and (verb := _POSSIBILITY_VERB.search(before)) is not None:
                # ``X tidak menutup kemungkinan …``: the subject of the verb speculates
                actor = _active_actor(before[: verb.start()], sent.start + len(s[: m.start()]) - len(before), ctx)
            elif cue in cues.ADVERB_CLAIM_CUES and cue not in cues.NOUN_CLAIM_CUES:
                subj = _clause_before(before)
                if subj and not _is_empty(subj) and content:
                    content = subj + " " + content  # ``harga kemungkinan naik`` -> ``harga naik``
            else:
                actor = _active_actor(before, sent.start + len(s[: m.start()]) - len(before), ctx)
                if _ASIDE_YANG.search(before) and "," in content:
                    # ``Budi, yang mengakui keterlambatan itu, mengatakan …``: the aside ends at its comma
                    content = cut_content(content.split(",", 1)[0])
            if actor is None and (not passive or status == "speculation"):
                spans = spans if spans is not None else _q.quote_spans(doc, mentions)
                hedge = cue in cues.ADVERB_CLAIM_CUES or passive  # the hedge belongs to whoever speaks
                actor = _speaker_at(spans, sent.start + m.start(), "" if hedge else before)
            if content and _q.predicate_only(content) and re.search(r",\s*" + re.escape(content.split()[0]), after):
                fronted = fronted_subject(s[: m.start()])
                if fronted is not None:
                    # ``Pencairan dana, Rudi mengakui, masih terlambat`` / ``Pencairan dana, diakui
                    # Rudi, masih terlambat``: the claim's subject is fronted before the one admitting
                    content = f"{fronted[1]} {content}"
            if _attribution_only(content):
                content = ""  # ``pihak Kemenag``, ``melalui penasihat hukumnya, X``: an agent, no proposition
            if status in ("denial", "confirmation") and not passive and _refers_back(content) \
                    and not re.match(r"^\s*[,:]", after):
                # ``Rusia membantah tuduhan itu``, ``Budi membenarkan hal tersebut``, ``Andi membantah.``:
                # what is denied or admitted is an earlier allegation
                spans = spans if spans is not None else _q.quote_spans(doc, mentions)
                said = next(((doc.locate(a)[0], doc.text[a:b]) for a, b, who in reversed(spans)
                             if b <= sent.start and b > a and (who is None or who != actor)), None)
                content = _antecedent_text(content, out, si, said) or ""
            if not content or _is_empty(content) or len(content.split()) < 2 or _bare_amount(content):
                content = cut_content(_without_dateline(s))
            if described is not None:
                content = described  # ``mengamankan dua orang diduga pelaku …``: only the noun is hedged
            out.append(Claim(status=status, cue=cue, text=_tidy_brackets(content), sentence=si,
                             actor_name=_snap(actor, ctx)))
    return out


# An active verb (``mengamankan``, ``menangkap``) in a clause.
_ACTIVE_VERB = re.compile(r"(?<![\w-])(?:me|mem|men|meng|meny)[a-z]{3,}(?![\w-])")


def _described_noun(before: str, after: str) -> str | None:
    """The noun phrase an attributive ``diduga`` hedges, when the clause has an active verb of its
    own before it (``mengamankan dua orang diduga pelaku pembuang bayi``): the verb's object and the
    noun after the cue (``dua orang pelaku pembuang bayi``), up to the next punctuation; else None."""
    verbs = list(_ACTIVE_VERB.finditer(before))
    if not verbs:
        return None
    obj = before[verbs[-1].end():].strip(" ,")
    noun = re.split(r"[,.;:!?\"“”(]", after, maxsplit=1)[0].strip()
    if not obj or not noun or len(obj.split()) > 5:
        return None
    return f"{obj} {noun}"


def _tidy_brackets(text: str) -> str:
    """A claim text with the cue cut out of a bracket (``yang (diduga keracunan)``): no space left
    inside the bracket, no empty bracket."""
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    return re.sub(r"\s*\(\)", "", text)


_SPEECH_IN_CLAUSE = re.compile(r"(?<![\w-])(?:" + alternation(cues.SPEECH_VERBS)
                               + r")(?:\s+bahwa)?(?![\w-])", re.I)
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+(?=[A-Z])")
_POSSIBILITY_VERB = re.compile(
    r"(?<![\w-])(?:(?:tidak|tak|belum)\s+(?:" + "|".join(cues.POSSIBILITY_NEGATED_VERBS) + r")|"
    + alternation(cues.POSSIBILITY_VERBS) + r")\s*$", re.I)
_CONDITIONAL = re.compile(r"(?<![\w-])(?:jika|bila|apabila|kalau|seandainya|andaikan)(?![\w-])", re.I)
_YANG = re.compile(r"(?<![\w-])yang\s*$", re.I)
_ENGLISH_FUNCTION = frozenset(("then", "the", "but", "and", "so", "when", "if", "this", "that", "it", "we",
                               "they", "he", "she", "i", "you", "what", "there", "here", "now"))


# A clause after a cue that opens with a coordinator: the cue was one of two predicates and has no
# object of its own (its text would be a broken fragment, ``dan dinilai mencurigakan``).
_COORDINATED = re.compile(r"^(?:dan|serta|atau|lalu|kemudian|tetapi|namun)(?![\w-])", re.I)


def _finished_check(before: str, after: str, passive: bool) -> bool:
    """Whether a verification cue reports a finished check of someone's assertion (a confirmation).

    ``Lembaga itu telah memverifikasi sebagian klaim X`` and ``kabar itu sudah diverifikasi`` do;
    ``data peserta yang berhasil diverifikasi`` (records, not an assertion) and ``polisi akan
    memverifikasi motif pelaku`` (a check still to come) do not.
    """
    words = [w.strip(",.;:\"“”").lower() for w in before.split()]
    if not words or words[-1] not in cues.PERFECTIVE_MARKERS:
        return False
    if passive:
        subject = [w for w in words[:-1] if w not in cues.ROLE_DEMONSTRATIVES and w != "yang"][-3:]
        return any(w in cues.ASSERTION_NOUNS for w in subject)
    obj = [w.strip(",.;:\"“”").lower() for w in after.split()[:3]]
    obj = [w for w in obj if w not in cues.OBJECT_QUANTIFIERS]
    return bool(obj) and obj[0] in cues.ASSERTION_NOUNS


def _clause_words(before: str, n: int) -> list[str]:
    """The last ``n`` words of the clause before a cue (after its last comma, quote mark or
    ``bahwa``), lower case."""
    part = re.split(r"[,;:\"“”(]|(?<![\w-])bahwa(?![\w-])", before)[-1]
    return [w.strip(".!?").lower() for w in part.split()][-n:]


def _negated(before: str) -> bool:
    """A negator governs the cue: it stands within four words before it with only modals and
    manner adverbs between (``cues.NEGATION_BRIDGE``: ``tidak bisa serta-merta``, ``agar tidak
    sembarangan``, ``Tidak ada yang akan``), and is not ``tidak hanya`` (``cues.NOT_ONLY``)."""
    words = _clause_words(before, 5)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in cues.CLAIM_NEGATORS:
            return i + 1 == len(words) or words[i + 1] not in cues.NOT_ONLY
        if w not in cues.NEGATION_BRIDGE:
            return False
    return False


def _confirms(cue: str, before: str, after: str) -> bool:
    """A confirmation cue reports someone confirming or admitting a claim, not a need to (``harus
    diakui``, ``penting juga diakui``: the writer's rhetoric; ``harus mengklarifikasi dan
    mengkonfirmasi``: a check to come), not a recognition (``mengakui kedaulatan``) and not the
    reporter asking for comment (``Wartawan telah mengkonfirmasi Ketua DPRD``, ``mengonfirmasi
    kepada polisi``)."""
    words = _clause_words(before, 4)
    if _attempted(words):
        return False  # ``berusaha mengonfirmasi``, ``mencoba membenarkan``: tried, no outcome given
    if cue not in _ADMITTING and any(w in cues.CONFIRMATION_MODALS for w in words):
        return False  # (``Saya harus mengakui, ...`` is an admission: the idiom of a speaker admitting)
    first = _first_word(after)
    if cue == "mengakui" and first in cues.RECOGNITION_OBJECTS and not _predicate_after_object(after):
        return False
    asking = first in cues.ASKING_AFTER or any(w in cues.REPORTER_WORDS for w in words)
    return not ("konfirmasi" in cue and asking)


_ADMITTING = frozenset(("mengakui", "membenarkan"))


def _attempted(words: list[str]) -> bool:
    """An attempt word governs the cue: it is among the last clause ``words`` before it with only
    adverbs between (``berusaha untuk terus mengonfirmasi``); not ``yang berusaha menangkap pelaku
    akhirnya mengonfirmasi`` (the attempt was something else)."""
    for w in reversed(words):
        if w in cues.CONFIRMATION_ATTEMPTS:
            return True
        if w not in cues.ATTEMPT_BRIDGE:
            return False
    return False
_DEMONSTRATIVE = frozenset(("itu", "ini", "tersebut"))


def _predicate_after_object(after: str) -> bool:
    """The object after ``mengakui`` (with a demonstrative, ``hak itu``) is followed by a predicate
    (``mengakui hak warga itu telah dilanggar``, ``mengakui status itu tidak sah``, ``... itu
    melanggar``): the object is the subject of an admitted claim, not a thing recognised."""
    words = [w.strip(",.;:").lower() for w in re.split(r"[,;:]", after, maxsplit=1)[0].split()[1:5]]
    k = next((i for i, w in enumerate(words) if w in _DEMONSTRATIVE), None)
    nxt = words[k + 1] if k is not None and k + 1 < len(words) else (words[0] if words else "")
    return nxt in cues.RECOGNITION_PREDICATE or (k is not None and _is_verb(nxt))


def _is_verb(word: str) -> bool:
    """A lower-case ``me-``/``ber-``/``ter-``/``di-`` word of six letters or more that is no common
    noun (``mengandung``, ``dilanggar``; not ``menteri``, ``tersangka``)."""
    return bool(_VERB_PREFIX.match(word)) and word not in _ME_NOUNS


def _estimates(after: str) -> bool:
    """``diduga mencapai ...``, ``diduga di atas 50 dollar``, ``diduga 200 orang``: an amount,
    estimated (``cues.ESTIMATE_AFTER``)."""
    words = [w.strip(",.;:").lower() for w in after.split()[:3]]
    if not words:
        return False
    if words[0][:1].isdigit():
        return True
    for n in (2, 1):
        lead = " ".join(words[:n])
        if lead in cues.ESTIMATE_AFTER:
            return lead not in cues.ESTIMATE_NEEDS_NUMBER or _amount_word(words[n] if len(words) > n else "")
    return False


_ESTIMATE_WORDS = frozenset(w for e in cues.ESTIMATE_AFTER for w in e.split())


def _bare_amount(content: str) -> bool:
    """``di atas 50 dollar AS``, ``Rp 2 triliun``: an amount with nothing it is the amount of (the
    noun it measures is in a pointing-back subject, or nowhere), which alone says nothing."""
    words = [w.strip(",.;:").lower() for w in content.split()]
    while words and words[0] in _ESTIMATE_WORDS:
        words.pop(0)
    if not words or not _amount_word(words[0]) or len(words) > 6:
        return False
    # the measure after the number (``dollar``, ``per barel``), but no verb: ``empat WNI melakukan
    # kekerasan`` is a clause about an amount of people
    rest = [w for w in content.split()[len(content.split()) - len(words):]
            if w[:1].islower() and not _amount_word(w.lower().strip(",.;:")) and w != "per"]
    return len(rest) <= 2 and not any(_is_verb(w.lower().strip(",.;:")) for w in rest)


def _amount_word(word: str) -> bool:
    """A number in digits or words, or a currency before one (``50``, ``dua``, ``ratusan``, ``Rp``)."""
    return (word[:1].isdigit() or word in _nw.UNIT_WORDS or word in _nw.WHOLE_WORDS or word in _nw.SE_SCALE_WORDS
            or word in _nw.PLURAL_WORDS or word in _nw.SE_FRACTIONS or word in ("rp", "us$", "usd", "$"))


# An agent, a date or a channel with no proposition: ``Kombes Rizki, Minggu (19/10/2025)``, ``pihak
# Kemenag``, ``melalui penasihat hukumnya, X``.
_ATTRIBUTION_LEAD = re.compile(r"^\s*(?:oleh\s+)?(?:pihak|melalui|lewat|via)(?![\w-])", re.I)
_DATE_PART = re.compile(r"\((?:\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)|\d+", re.I)


def _attribution_only(content: str) -> bool:
    """The text after a cue names only who said it and when (no lower-case word but a title)."""
    if not content.strip():
        return False
    if _ATTRIBUTION_LEAD.match(content):
        return True
    rest = _DATE_PART.sub(" ", content)
    words = [w.strip(",.;:()") for w in rest.split()]
    return bool(words) and all(not w or w[:1].isupper() for w in words)


def _with_subject(subj: str, cue: str, content: str) -> str:
    """The subject of a passive allegation or speculation cue put back before its clause (``Korea
    Utara diduga mengirim`` -> ``Korea Utara mengirim``), keeping what the hedge scopes over: a
    ``yang`` clause gives the noun before ``yang`` as its subject (``Polisi menangkap pelaku yang
    diduga membuang bayi`` -> ``pelaku membuang bayi``, not the arrest asserted with the act), and a
    stance before the cue keeps the cue (``Dia sedih dituduh mencuri`` stays so: the accusation is
    the news, ``Dia sedih mencuri`` would say the opposite)."""
    if not content:
        return subj
    words = subj.split()
    if words and words[-1].lower() in cues.STANCE_BEFORE_PASSIVE:
        return f"{subj} {cue} {content}"
    if words and words[-1].lower() == "yang":
        head = _noun_before_yang(words[:-1])
        return f"{head} {content}" if head else content
    return f"{subj} {content}"


# Words that end the noun phrase before ``yang`` when walking back from it: conjunctions and
# verbs (a ``me-``/``ber-``/``ter-``/``di-`` word of six letters or more that is no common noun).
# Prepositions do not: ``luka terbuka di bawah pelipis yang diduga ...`` keeps the place.
_NP_STOP = frozenset(("dan", "atau", "serta", "hingga", "sampai", "dengan", "karena", "sebagai", "adalah",
                      "ialah", "yaitu", "yakni", "bahwa", "agar", "supaya", "yang", "ada", "ini", "itu"))
_ME_NOUNS = frozenset(("menteri", "mereka", "media", "medis", "menit", "merek", "meja", "dinas", "direktur",
                       "direksi", "dirut", "diri", "berita", "berkas", "terdakwa", "tersangka", "teroris",
                       # adjectives of a noun phrase (``harga tertentu``, ``pasokan terbesar``)
                       "tertentu", "terakhir", "terbaru", "terbesar", "tertinggi", "terendah", "terbanyak"))
_VERB_PREFIX = re.compile(r"^(?:me[mnl]|meng|meny|ber|ter|di)\w{3,}$")


_SUBJECT_ADVERBS = frozenset(("juga", "pun", "sudah", "telah", "bahkan", "memang", "sendiri", "pernah", "sempat"))


def _without_adverbs(subj: str) -> str:
    """``subj`` without adverbs at its end (``yang juga`` -> ``yang``)."""
    words = subj.split()
    while words and words[-1].lower() in _SUBJECT_ADVERBS:
        words.pop()
    return " ".join(words)


def _admitted_head(before: str, subj: str) -> str:
    """What a relative ``yang diakui`` admits: the noun phrase right before ``yang`` (``keterlambatan
    yang diakui``), or, after a comma, the clause before that comma (``Keterlambatan itu, yang diakui
    …``, ``Dana belum cair, yang diakui …``); ``""`` when it only points back (``Hal itu, yang …``)."""
    words = _without_adverbs(subj).split()[:-1]
    head = _noun_before_yang(words) if words else _clause_before(before.rsplit(",", 1)[0]) if "," in before else ""
    return "" if not head or _is_empty(head) else head


def _noun_before_yang(words: list[str]) -> str:
    """The noun phrase right before ``yang`` (up to six words, a place phrase in it kept), or ``""``
    when a verb or a conjunction stands right before it."""
    words = _without_age(words)
    out: list[str] = []
    for w in reversed(words[-6:]):
        low = w.lower().strip(",.")
        if low in _NP_STOP or (w[:1].islower() and _VERB_PREFIX.match(low) and low not in _ME_NOUNS):
            break
        out.insert(0, w)
    while out and out[0].lower() in ("di", "ke", "dari", "pada", "untuk", "oleh", "kepada", "terhadap", "bagi"):
        out.pop(0)  # a phrase cut at its preposition: the noun it was about is not there
    if out and not any(w[:1].isalpha() and w.lower() not in _AGE_UNITS for w in out):
        return ""  # only a number or a measure (``30 tahun``): no noun to be the subject
    return " ".join(out)


# ``pria berusia 30 tahun yang diduga ...``: an age between the noun and ``yang`` describes the noun.
_AGE_WORDS = frozenset(("berusia", "berumur", "usia", "umur", "usianya", "umurnya"))
_AGE_UNITS = frozenset(("tahun", "thn", "th", "bulan", "minggu", "hari", "tahunan"))


def _without_age(words: list[str]) -> list[str]:
    """``words`` without an age at their end (``berusia 30 tahun``, ``berumur sekitar 40 tahun``,
    ``(30)``), so the noun it describes (``pria``) is the one before ``yang``."""
    end = len(words)
    if end and re.fullmatch(r"\(\d{1,3}\),?", words[-1]):
        return words[:-1]
    if end and words[-1].lower().strip(",.") in _AGE_UNITS:
        end -= 1
    i = end
    while i and (words[i - 1][:1].isdigit() or words[i - 1].lower() in _nw.UNIT_WORDS
                 or words[i - 1].lower() in ("puluh", "belas", "sekitar", "kurang", "lebih", "hampir")):
        i -= 1
    if i < end and i and words[i - 1].lower() in _AGE_WORDS:
        return words[: i - 1]
    return words


def _compared(before: str) -> bool:
    """Whether a cue follows a comparison word (``seperti yang``, ``dari yang``, ``sebagaimana``)."""
    words = [w.strip(",").lower() for w in before.split()[-2:]]
    if words and words[-1] == "yang":
        words = words[:-1]
    return bool(words) and words[-1] in cues.COMPARISON_BEFORE


def _first_word(after: str) -> str:
    """The word right after a cue, lower case, without punctuation (``""`` at the end)."""
    words = after.split()
    return words[0].lower().strip(",.;:") if words else ""


def _proposition_follows(after: str) -> bool:
    """``spekulasi bahwa X akan mundur``: a noun cue states a claim only with a proposition after it."""
    words = after.split()
    first = words[0].lower().strip(",") if words else ""
    if first == "yang" and len(words) > 1:
        return words[1].lower().startswith("menyebut")  # ``spekulasi yang menyebut X …``
    return first in cues.PROPOSITION_OPENERS


# An outlet's dateline opening a sentence (``SUARADUNIA.CO.ID, SEOUL -- Korea Utara …``,
# ``JAKARTA, KOMPAS.com – …``): capitalised words, commas and a dash of one or two strokes.
_DATELINE = re.compile(r"^\s*[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*){0,3}\s+(?:--|[–—-])\s+(?=\S)")


def _without_dateline(s: str) -> str:
    """A sentence used whole as a claim's text, with an outlet dateline before it cut off."""
    m = _DATELINE.match(s)
    return s[m.end():] if m else s


def _last_word(before: str) -> str:
    """The word right before a cue, lower case, without a comma or full stop (``""`` at the start)."""
    words = before.split()
    return words[-1].lower().strip(",.") if words else ""


def _strip_lead(before: str) -> str:
    """``before`` without connectors and leading quote marks: empty when the cue opens its clause."""
    part = re.split(r"[,;:“”\"]", before)[-1]
    return strip_connectors(part).strip()


def _noun_kemungkinan(prev_word: str, after: str) -> bool:
    nxt = after.split()[0].lower().strip(",.;:") if after.split() else ""
    return prev_word in cues.SPECULATION_NOUN_BEFORE or nxt in cues.SPECULATION_NOUN_AFTER or not nxt


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


def _untrue(s: str, before: str, after: str, pos: int, ctx: Ctx, mentions: list[Mention] | None,
            doc: Document) -> tuple[str, str | None] | None:
    """``kabar itu tidak benar``: (what is called untrue, who says so) or ``None`` when it is not a verdict."""
    words = before.split()
    prev = words[-1].lower().strip(",.\"“”(") if words else ""
    if prev in cues.UNTRUE_BLOCKERS or prev in ("dan", "atau"):
        return None
    if after.strip()[:1].isalpha() and not re.match(r"^\s*(?:alias|dan merupakan|sama sekali)\b", after, re.I):
        return None  # ``tidak benar-benar``, ``tidak benar secara hukum``: not a verdict
    verbs = list(_SPEECH_IN_CLAUSE.finditer(before))
    clause = before[verbs[-1].end():] if verbs else before
    text = ""
    chunks = [c for c in reversed(re.split(r"[,;:]|\b(?:bahwa)\b", clause)) if c.strip(" \"“”„«»")]
    framed_any = False
    for k, chunk in enumerate(chunks):
        # ``Itu gosip, jadi ini kami luruskan tidak benar``: the speaker's own frame (``saya
        # tegaskan``) is not what is called untrue, and a frame left with only ``ini`` hands over
        # to the chunk before it (empty chunks, as after the comma of ``…, saya tegaskan, tidak
        # benar``, are skipped first)
        chunk = re.sub(r"(?:dipastikan|dinyatakan|adalah|juga|sudah|jelas|tegas|pasti)\s*$", "", chunk.strip(),
                       flags=re.I).strip()
        # ``Laporan itu diverifikasi dan dinyatakan tidak benar``: the coordinator left at the end
        chunk = re.sub(r"\s+(?:dan|serta|atau)\s*$", "", chunk, flags=re.I)
        framed = bool(_SELF_FRAME.search(chunk))
        framed_any = framed_any or framed
        chunk = strip_connectors(_SELF_FRAME.sub("", chunk)).strip().strip("\"“”„«»").strip()
        if k == 0 and not framed:
            text = cut_content(chunk)  # the clause right before the cue, as it always was
            break
        if chunk and not _frame_leftover(chunk):
            text = cut_content(chunk)
            break
    if not text and not framed_any:
        text = cut_content(s)
    # a frame that leaves nothing (``Ini saya sampaikan tidak benar``) gives no text: the whole
    # sentence would carry the frame and the attribution
    actor = None
    if verbs:
        v = verbs[-1]
        sentence_start = pos - len(before)
        actor = _actor(subject(before[: v.start()], sentence_start, ctx, coord=True), ctx)
    return text, actor


# The speaker's frame before ``tidak benar``: ``(makanya) ini saya tegaskan``, ``kami sampaikan``.
_SELF_FRAME = re.compile(
    r"(?:(?:ini|itu|hal\s+ini)\s+)?(?:saya|kami|kita|aku)\s+(?:(?:perlu|ingin|mau|hendak|harus)\s+)?"
    r"(?:tegaskan|katakan|sampaikan|nyatakan|pastikan|jelaskan|bilang|sebut(?:kan)?|ulangi|luruskan)\s*$",
    re.I,
)
# What is left of a frame (``makanya ini``): demonstratives and connectors, no content.
_FRAME_LEFTOVERS = frozenset(("itu", "ini", "tersebut", "makanya", "maka", "jadi", "sekali", "lagi"))


def _frame_leftover(s: str) -> bool:
    words = [w.strip(",.\"“”").lower() for w in s.split()]
    return bool(words) and all(w in _FRAME_LEFTOVERS for w in words)


def _opened_name(ctx: Ctx, word: str) -> str | None:
    """The full name when the article writes ``word`` (an English function word tagged as a person,
    ``Then``) opening a PERSON mention or right before one (``Then Surianto Eka Prasetyo``, the tagger
    giving ``Surianto Eka Prasetyo``): a surname written first, a real name. None otherwise (``Then.``)."""
    for ma, mb, m in ctx.mentions:
        if m.type == "PERSON" and m.text.split()[0] == word and len(m.text.split()) > 1:
            return m.text
        if m.type == "PERSON" and ctx.text[max(0, ma - len(word) - 1):ma] == word + " " \
                and (ma - len(word) - 1 == 0 or not ctx.text[ma - len(word) - 2].isalnum()):
            return f"{word} {ctx.text[ma:mb]}"
    return None


def _snap(name: str | None, ctx: Ctx) -> str | None:
    """An actor name checked against the article's PERSON/ORG mentions.

    A one-word "name" that is an English function word or is written lower-case elsewhere in the
    article (``Then``) is no name; an ORG mention that swallowed the person after an office
    (``Sekolah SMPN 8 Marlina`` from ``Kepala Sekolah SMPN 8 Marlina``) gives the person.
    """
    if not name:
        return None
    toks = name.split()
    if len(toks) == 1 and toks[0].lower() in _ENGLISH_FUNCTION and (full := _opened_name(ctx, toks[0])):
        return full  # ``Then`` of ``Then Surianto Eka Prasetyo``: a name, given as the article writes it whole
    if len(toks) == 1 and (toks[0].lower() in _ENGLISH_FUNCTION
                           or (toks[0].lower() in ctx.common and toks[0][:1].isupper() and len(toks[0]) > 1
                               and toks[0].lower() not in cues.PLACE_WORDS)):
        return None
    for _a, _b, m in ctx.mentions:
        if m.type == "ORG" and m.text == name and len(toks) >= 3:
            tail: list[str] = []
            for t in reversed(toks):
                low = t.lower()
                if not t[:1].isupper() or is_acronym(t) or low in cues.ORG_HEADS or low in cues.PLACE_WORDS \
                        or low in _q.TITLE_WORDS or low in OFFICE_WORDS:
                    break
                tail.insert(0, t)
            if tail and len(tail) < len(toks) and (is_acronym(toks[-len(tail) - 1])
                                                    or toks[-len(tail) - 1].isdigit()):
                return " ".join(tail)
            break
    return name


# ``membenarkan ketika dikonfirmasi (wartawan), akan membuka …``: how the reporter reached the speaker.
_CONTACT_CLAUSE = re.compile(
    r"^\s*,?\s*(?:" + "|".join(sorted(cues.CONTACT_WHEN)) + r")\s+(?:" + "|".join(sorted(cues.CONTACT_PASSIVES))
    + r")(?:\s+(?:oleh\s+)?(?:wartawan|jurnalis|awak\s+media|media|detik\w*|[\w-]+\.com|[A-Z][\w.-]*))?"
    r"(?![\w-])\s*,?\s*(?:bahwa\s+)?")


def _claim_text(after: str) -> str:
    """The clause after a cue: up to ``;``, ``, kata X``, ``, namun`` or a hedge adverb opening a new
    clause after three words or more (``pemilu itu sangat brutal sepertinya ke depan …``). A clause
    saying how the reporter reached the speaker (``ketika dikonfirmasi``) opening it is not claimed."""
    contact = _CONTACT_CLAUSE.match(after)
    if contact:
        after = after[contact.end():]
    body = after[_LEAD.match(after).end():]  # type: ignore[union-attr]
    end = _CLAUSE_END.search(body)
    if end:
        body = body[: end.start()]
    for h in _HEDGE.finditer(body):
        if len(body[: h.start()].split()) >= 3:
            body = body[: h.start()]
            break
    return cut_content(body)


_HEDGE = re.compile(r"(?<=\S)\s+(?:" + "|".join(sorted(cues.CLAUSE_HEDGES)) + r")(?![\w-])", re.I)
# ``tuduhan itu``, ``hal tersebut``, ``tudingan Budi tersebut``: an object pointing back to a claim.
_ANAPHORIC_OBJECT = re.compile(
    r"^(?:" + "|".join(sorted(cues.ANAPHORIC_CLAIM_NOUNS)) + r")(?:\s+[\w-]+){0,2}?\s+(?:itu|ini|tersebut)$", re.I)


def _refers_back(obj: str) -> bool:
    """Whether a denial's or admission's object only points back (``tuduhan itu``) or is missing."""
    low = obj.lower().strip(" .,")
    return not low or low in cues.EMPTY_CONTENT or bool(_ANAPHORIC_OBJECT.match(low))


def _antecedent_text(obj: str, earlier: list[Claim], si: int, said: tuple[int, str] | None = None) -> str | None:
    """The text of a denial or admission whose object points back: the object with the nearest
    earlier allegation of the article it answers (``tuduhan itu: Korea Utara mengirim …``), or with
    the statement ``said`` (sentence, text) by someone else in the sentence before when that is
    later. None when there is neither (``si`` is the denial's sentence): the sentence itself, which
    says ``membantah tuduhan itu``, stays the text, and synth/claims reads its demonstrative."""
    obj = cut_content(obj)
    ante = next((c for c in reversed(earlier) if c.status == "allegation"), None)
    if said and si - said[0] > 1:
        said = None  # ``Sebelumnya diberitakan, …`` narrated in between: not what is answered
    if said and (ante is None or said[0] > ante.sentence):
        text = cut_content(said[1])
    elif ante is not None:
        text = ante.text
    else:
        return None
    return f"{obj}: {text}" if obj else text


# ``KOMPAS.com – Pemasangan …``: an outlet's name and a dash glued to the first sentence.
_OUTLET_DASH = re.compile(r"^\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:--|[–—-])\s+")


def _clause_before(before: str) -> str:
    """The subject clause of a passive cue: the text since the last comma, minus connectors and a
    dateline's outlet (``JAKARTA, KOMPAS.com – Harga …`` -> ``Harga …``)."""
    part = before.rsplit(",", 1)[-1]
    part = part[_OUTLET_DASH.match(part).end():] if _OUTLET_DASH.match(part) else part
    # a quote mark opening the clause (``"Kemungkinan bisa saja …``) is no subject
    return strip_connectors(part.strip().lstrip("\"“”„«»")).strip()


def _is_empty(s: str) -> bool:
    low = s.lower().strip(" .,")
    return low in cues.EMPTY_CONTENT or any(low == f"{w} {d}" for w in ("hal", "tuduhan", "tudingan", "kabar",
                                                                      "informasi", "laporan")
                                             for d in cues.ROLE_DEMONSTRATIVES)


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


def _actor(sp: Speaker, ctx: Ctx) -> str | None:
    if sp.kind == "phrase":
        name, title = resolve_phrase(ctx, sp, coord=True)
        if name is None and title is None:
            name = _tagged_org_run(ctx, sp.text)
        return name
    if sp.kind == "pronoun":
        found = _epithet_antecedent(ctx, sp.start)
        return found[0] if found is not None else resolve_pronoun(ctx, sp.start)[0]
    if sp.kind == "role":
        found = find_role(ctx, sp.text, sp.start)
        if found is None and sp.text.lower() in cues.CASE_PARTY_ROLES:
            found = _case_party(ctx, sp.text.lower())
        if found is None and sp.title_only and sp.text.lower() in cues.HEADLINE_EPITHETS:
            found = _headline_person(ctx, sp.start)
        return found
    if sp.kind == "org":
        return find_org_antecedent(ctx, sp.start, sp.text)  # ``Kartel itu membantah …``
    return None


_NAME_OR_INITIALS = r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_BY_INITIALS = re.compile(r"(?<![\w-])(?:berinisial|inisial)\s+" + _NAME_OR_INITIALS)


@cache
def _role_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The name right after a case role (``tersangka AR``, ``tersangka bernama AR``) and the role word
    itself; one pair per role of ``cues.CASE_PARTY_ROLES``, built once."""
    after_role = re.compile(rf"(?<![\w-])(?i:{re.escape(role)})\s+(?:(?:{alternation(cues.NAMING_WORDS)})\s+)?"
                            + _NAME_OR_INITIALS)
    return after_role, re.compile(rf"(?<![\w-]){re.escape(role)}(?![\w-])", re.I)


def _case_party(ctx: Ctx, role: str) -> str | None:
    """The one person an article names as its ``tersangka``/``terdakwa``/``pelaku`` when a claim's
    subject is only that word (``Kapolres menyebut tersangka membantah …``): news names a suspect by
    initials or name once (``pria berinisial AR yang … ditetapkan sebagai tersangka``, ``tersangka AR
    mengaku …``) and by the role word after. Candidates: the name right after the role word (``tersangka
    AR``, ``tersangka bernama AR``) and the initials after ``berinisial`` in a sentence holding the role
    word; a PERSON mention there gives its name. None unless exactly one person is found (two suspects:
    no guess)."""
    after_role, role_word = _role_patterns(role)
    found: set[str] = set()
    for sent in ctx.doc.sentences:
        hits = list(after_role.finditer(sent.text))
        if role_word.search(sent.text):
            hits += list(_BY_INITIALS.finditer(sent.text))
        for h in hits:
            name = _party_name(ctx, sent.start + h.start("name"), h.group("name"))
            if name:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _party_name(ctx: Ctx, at: int, run: str) -> str | None:
    """The PERSON mention starting at ``at``, else the initials opening ``run`` (``AR``, ``M.``)."""
    for ma, _mb, m in ctx.mentions:
        if ma == at and m.type == "PERSON":
            return name_text(m.text)
    first = run.split()[0].rstrip(".,")
    return first if re.fullmatch(r"[A-Z]{1,4}", first) else None


def _epithet_antecedent(ctx: Ctx, pos: int) -> tuple[str | None] | None:
    """``Aktris berusia 39 tahun itu kembali bertanya. Ia menyinggung kemungkinan …``: a pronoun
    opening the sentence right after one whose subject is an epithet continues that subject, whoever
    was named last before the epithet. The epithet's person (see ``_epithet_subject``), when it opens
    the sentence before (or its clause after a fronted adjunct and comma) and no person is named
    between it and the pronoun, as a 1-tuple (``(None,)`` for an epithet of nobody named: ``Pria itu
    …. Dia …`` is the unnamed man, not the last name); else None and the pronoun is resolved as
    before."""
    si = next((i for i, st in enumerate(ctx.doc.sentences) if st.start <= pos < st.start + len(st.text)), None)
    if not si:
        return None
    here = ctx.doc.sentences[si]
    if here.text[: pos - here.start].strip(" \"“”"):
        return None  # the pronoun does not open its sentence
    prev = ctx.doc.sentences[si - 1]
    comma = prev.text.find(",")
    for chunk_at in (0,) if comma < 0 else (0, comma + 1):
        rest = prev.text[chunk_at:]
        lead = len(rest) - len(rest.lstrip())
        em = EPITHET.match(rest.lstrip())
        if em is None:
            continue
        end = prev.start + chunk_at + lead + em.end()
        if any(m.type == "PERSON" and end <= ma < pos for ma, _mb, m in ctx.mentions):
            return None
        sp = Speaker("role", text=em.group("noun").lower(), start=prev.start + chunk_at + lead, title_only=True)
        return (_actor(sp, ctx),)
    return None


def _headline_person(ctx: Ctx, pos: int) -> str | None:
    """The person an epithet with no antecedent of its own stands for (``aktris berusia 39 tahun
    itu``, ``bintang film X itu`` where the article never wrote ``aktris Y``): news varies the name of
    the person its headline is about with such descriptions. The one PERSON of the article named in
    the headline and already in the body before ``pos``; None when the headline names none or
    several."""
    title = ctx.doc.title or ""
    named = {p for p in ctx.persons if len(p.split()) > 1 and find_whole(p, title, "'’-") >= 0}
    named = {p for p in named if not any(p != q and part_of(p, q) for q in named)}
    if len(named) != 1:
        return None
    name = named.pop()
    if not any(m.type == "PERSON" and ma < pos and (name_text(m.text) == name or part_of(name_text(m.text), name))
               for ma, _mb, m in ctx.mentions):
        return None
    return name


def _tagged_org_run(ctx: Ctx, text: str) -> str | None:
    """``BPJS Kesehatan mengakui …`` where the tagger missed the organisation in this sentence: a
    capitalised run opening with an acronym the article's tagger gives as an ORG elsewhere (``BPJS``)
    is that organisation's name as written. None for anything else (no guess at a name)."""
    _span, run = cap_run(text)
    words = [w for w in run if not w.startswith("(")]
    if not words or not is_acronym(words[0]) or any(w.lower() in ("dan", "&", "maupun", "serta") for w in words):
        return None
    if any(m.type == "ORG" and m.text == words[0] for _a, _b, m in ctx.mentions):
        return " ".join(words)
    return None


def _speaker_at(spans: list[tuple[int, int, str | None]], pos: int, before: str) -> str | None:
    """The speaker of the quote or reported statement that contains ``pos``.

    Only used when the cue has no subject of its own, or its subject is ``kami``/``kita``/``saya``, or
    it is a predicate coordinated with the statement's speech verb (``Presiden mengatakan … dan
    menepis klaim …``: ``dan`` right before the cue, no subject between).
    """
    words = _strip_lead(before).split()
    if words and words[-1].lower().strip(",") not in ("kami", "kita", "saya", "aku", "pihaknya", "dan", "serta"):
        return None  # the cue has a subject of its own (``tersangka membantah``)
    for a, b, name in spans:
        if a <= pos < b and name:
            return name
    return None
