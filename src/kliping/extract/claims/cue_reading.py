"""Claims of an article (:func:`extract_claims`): every claim cue found in a sentence, kept or skipped by
the checks of :mod:`.status`, with its text (:mod:`.claim_text`, :mod:`.untrue`) and its actor
(:mod:`.subjects`, :mod:`.actor_names`).
"""

from __future__ import annotations

import re

from kliping.extract import quotes as _q
from kliping.extract.claims.actor_names import (
    _ENGLISH_FUNCTION,
    _opened_name,
    _pronoun_speaker,
    _snap,
    _speaker_at,
)
from kliping.extract.claims.claim_text import (
    _COORDINATED,
    _admitted_head,
    _antecedent_text,
    _attribution_only,
    _bare_amount,
    _claim_text,
    _clause_before,
    _described_noun,
    _noun_before_yang,
    _pointer_subject,
    _previous_matter,
    _refers_back,
    _tidy_brackets,
    _with_subject,
    _without_adverbs,
    _without_dateline,
)
from kliping.extract.claims.status import (
    _CONDITIONAL,
    _certain_consequent,
    _compared,
    _confirms,
    _estimates,
    _finished_check,
    _negated,
    _noun_kemungkinan,
    _proposition_follows,
)
from kliping.extract.claims.subjects import _ASIDE_YANG, _POSSIBILITY_VERB, _active_actor, _agent, _own_clause
from kliping.extract.claims.untrue import _untrue
from kliping.extract.claims.words import (
    _amount_word,
    _first_word,
    _is_empty,
    _last_word,
    _last_word_at,
    _strip_lead,
)
from kliping.extract.quotes.clauses import cut_content
from kliping.extract.quotes.context import context, place_name
from kliping.extract.quotes.reported import fronted_subject
from kliping.lang.id import cues
from kliping.lang.id.quote_words import THIRD_PERSON_PRONOUNS
from kliping.model import Claim, Document, Mention
from kliping.text.patterns import alternation

_CUE_STATUS: dict[str, str] = {c: st for st, cs in cues.CLAIM_CUES.items() for c in cs}
_CUE_RE = re.compile(
    r"(?<![\w-])(?P<cue>" + alternation(_CUE_STATUS)
    + r")(?P<clitic>nya)?(?![\w-])",
    re.I,
)
# Cues that take the object clitic ``-nya`` (``Budi membantahnya``, ``banyak orang yang meyakininya``): the
# active verbs of one word. On a passive cue ``-nya`` is the agent (``diakuinya``), on the others no verb
# clitic at all (``kemungkinannya``), so they are not read with it.
_CLITIC_CUES = frozenset(c for c in _CUE_STATUS if " " not in c) - cues.PASSIVE_CLAIM_CUES \
    - cues.ADVERB_CLAIM_CUES - cues.NOUN_CLAIM_CUES - cues.OBJECT_VOICE_CLAIM_CUES
# Between an active cue and a passive hedge after it: a clause break ends what the cue reports.
_CLAUSE_BREAK = re.compile(r"[,;:]|(?<![\w-])(?:" + alternation(cues.CLAUSE_BREAK_WORDS) + r")(?![\w-])", re.I)


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
        holder: tuple[int, str] | None = None  # where the last active cue with an actor ends, and its actor
        for m in _CUE_RE.finditer(s):
            cue = m.group("cue").lower()
            clitic = (m.group("clitic") or "").lower()
            if clitic and cue not in _CLITIC_CUES:
                continue
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
                before = before[: _last_word_at(before, prev_word)]
            elif prev_word in cues.CLAIM_BLOCKERS:
                continue
            if cue in cues.OBJECT_VOICE_CLAIM_CUES and prev_word not in cues.OBJECT_VOICE_AGENTS:
                continue  # ``saya duga`` holds a claim; a bare root elsewhere does not
            if cue == "kemungkinan" and prev_word in cues.LIKELIHOOD_SIZES and _strip_lead(before).lower() == prev_word:
                # ``Besar kemungkinan harga naik``: the hedge opens its clause and is one cue
                cue = f"{prev_word} {cue}"
                before = before[: _last_word_at(before, prev_word)]
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
            if cue in cues.SUSPICION_CUES and _estimates(after):
                status = "speculation"  # ``yang diduga di atas 50 dollar``: an estimate
            if cue in cues.NOUN_CLAIM_CUES and not _proposition_follows(after):
                continue  # ``membuka ruang bagi spekulasi``: the noun, not someone speculating
            if _CONDITIONAL.search(re.split(r",|(?<![\w-])bahwa(?![\w-])", before)[-1]):
                continue  # ``jika negara lain menghargai usaha tersebut``: a condition, not a claim
            # (``kemungkinan besar, …``: the two-word hedge may stand before a comma)
            if cue.startswith("kemungkinan") and _noun_kemungkinan(prev_word, after if cue == "kemungkinan"
                                                                   else after.lstrip(" ,")):
                continue  # ``mencegah kemungkinan buruk``: a noun, not hedging
            if cue == "kemungkinan" and _certain_consequent(after):
                continue  # ``kemungkinan kalau X mundur, itu pasti berdampak``: the outcome is stated as sure
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
            matter_at: int | None = None  # the sentence ``content`` comes from when not this one
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
            elif cue in cues.OBJECT_VOICE_CLAIM_CUES:
                # ``Fenomena itu saya yakini akan …``: the pronoun holds the claim (a quote's speaker,
                # below), the words before it are what it is about
                subj = _clause_before(before[: _last_word_at(before, prev_word)])
                if subj.lower().split()[-1:] == ["yang"]:
                    content = ""  # ``Pasal yang kita duga dilakukan itu …``: a relative clause, the sentence is the claim
                elif subj and not _is_empty(subj) and content:
                    content = _with_subject(subj, m.group("cue"), content)
            else:
                actor = _active_actor(before, sent.start + len(s[: m.start()]) - len(before), ctx)
                if prev_word in THIRD_PERSON_PRONOUNS:
                    spans = spans if spans is not None else _q.quote_spans(doc, mentions)
                    said = _pronoun_speaker(spans, doc.text, sent.start + _last_word_at(before, prev_word),
                                            sent.start + m.end())
                    actor = said or actor
                if _ASIDE_YANG.search(before) and "," in content:
                    # ``Budi, yang mengakui keterlambatan itu, mengatakan …``: the aside ends at its comma
                    content = cut_content(content.split(",", 1)[0])
            if actor is None and passive and status == "speculation" and holder is not None \
                    and not _CLAUSE_BREAK.search(s[holder[0]: m.start()]):
                # ``BMKG memprediksi suhu di Bogor diperkirakan naik``: a hedge inside what an active cue
                # reports is that cue's holder's
                actor = holder[1]
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
                    and (clitic or not re.match(r"^\s*[,:]", after)):
                # ``Rusia membantah tuduhan itu``, ``Budi membenarkan hal tersebut``, ``Andi membantah.``,
                # ``Andi membantahnya, Senin``: what is denied or admitted is an earlier allegation
                spans = spans if spans is not None else _q.quote_spans(doc, mentions)
                said = next(((doc.locate(a)[0], doc.text[a:b]) for a, b, who in reversed(spans)
                             if b <= sent.start and b > a and (who is None or who != actor)), None)
                found = _antecedent_text(content, out, si, said)
                content, matter_at = found if found is not None else ("", None)
            if clitic and status in ("allegation", "speculation"):
                content = ""  # ``ada yang menudingnya sebagai …``: what ``-nya`` stands for is in the sentence
            if passive and status in ("denial", "confirmation") and si > 0 \
                    and (not content or _is_empty(content) or len(content.split()) < 2) \
                    and (pointer := _pointer_subject(_clause_before(before))) is not None:
                # ``Pengumuman tersangka itu dikonfirmasi oleh X``: what X confirms is the matter told just before
                spans = spans if spans is not None else _q.quote_spans(doc, mentions)
                prev = doc.sentences[si - 1]
                said_at = next(((a, b) for a, b, _who in reversed(spans)
                                if prev.start <= b <= sent.start and b > a), None)
                matter = _previous_matter(pointer, prev.text, doc.text[slice(*said_at)] if said_at else None)
                if matter is not None:
                    content, matter_at = matter, doc.locate(said_at[0])[0] if said_at else si - 1
            if not content or _is_empty(content) or len(content.split()) < 2 or _bare_amount(content):
                content, matter_at = cut_content(_without_dateline(s)), None
            if described is not None:
                content, matter_at = described, None  # ``mengamankan dua orang diduga pelaku …``: only the noun is hedged
            out.append(Claim(status=status, cue=cue + clitic, text=_tidy_brackets(content), sentence=si,
                             actor_name=_snap(actor, ctx),
                             matter_sentence=matter_at if matter_at is not None and matter_at != si else None))
            if not passive and out[-1].actor_name:
                holder = (m.end(), out[-1].actor_name)
    return out

