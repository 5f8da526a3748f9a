"""The entry points (:func:`extract_quotes`, :func:`extract_quote_spans`, :func:`quote_spans`) and
the collection of items (:func:`_collect`): per paragraph, the direct quotes with their attributions,
continuation paragraphs and leads, then the reported statements of the sentences outside quotes,
before :func:`~kliping.extract.quotes.resolution._resolve` names the speakers.

The centre of the package: it calls the rule modules in reading order.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.clauses import _inside, _sentence_start
from kliping.extract.quotes.context import _line_of, context
from kliping.extract.quotes.descriptions import group_antecedent, unnamed_description
from kliping.extract.quotes.direct import (
    _clause_start,
    _clean_quote,
    _closing_attributed,
    _doubled_mark,
    _head_attribution,
    _headless_close,
    _partial_quote,
    _scan_line,
    _tail_attribution,
    _title_case,
    _verbless_lead,
)
from kliping.extract.quotes.patterns import (
    _ANY_VERB,
    _MENURUT,
    _PASSIVE_LEAD,
    _SELF_ATTRIBUTED,
    _SINGLE,
    DOUBLE_QUOTE_MARKS,
    marked_speech_silent,
)
from kliping.extract.quotes.records import Ctx, Speaker, _Item
from kliping.extract.quotes.reported import (
    _ALONG_SPEECH,
    _TURN_TO_SPEAKER,
    _along_statement,
    _reported,
    _wire_report,
)
from kliping.extract.quotes.resolution import _resolve
from kliping.extract.quotes.speaker_phrases import speaker_after
from kliping.extract.quotes.subjects import subject
from kliping.lang.id import cues
from kliping.model import Document, Mention, Quote


def extract_quotes(doc: Document, mentions: list[Mention] | None = None) -> list[Quote]:
    """Direct quotes and reported statements of ``doc`` in reading order, with resolved speakers.

    ``mentions`` (PERSON/ORG mentions with sentence-relative offsets) make speaker names exact;
    without them a capitalised-word heuristic is used. Pure: ``doc`` is not modified.
    """
    return [q for q, _a, _b in extract_quote_spans(doc, mentions)]


def extract_quote_spans(doc: Document, mentions: list[Mention] | None = None) -> list[tuple[Quote, int, int]]:
    """Like :func:`extract_quotes`, with each quote's ``[start, end)`` offsets in ``doc.text``.

    The span runs from the first to the last character inside the quote marks (over paragraph
    breaks for a quote spanning paragraphs); the scorer maps it back onto the raw article.
    """
    ctx = context(doc, mentions)
    items = _collect(ctx)
    _resolve(ctx, items)
    out: list[tuple[Quote, int, int]] = []
    statements = [(it.start, it.end, it.name) for it in items
                  if not it.lead and not it.direct and not it.scare and it.text]
    for it in items:
        if it.lead or not it.text or (it.scare and not _partial_quote(it, ctx.text, statements)):
            # scare quotes and quoted terms (``disusun leter 'U'``, ``"rebound"``) are no one's
            # words: they guide speaker resolution above but are not quotes
            continue
        s0 = doc.locate(it.start)[0]
        s1 = doc.locate(max(it.start, it.end - 1))[0]
        out.append((Quote(
            text=it.text, sentence=s0, speaker_name=it.name, cue=it.cue, direct=it.direct,
            end_sentence=s1, speaker_desc=_description(it, ctx),
        ), it.start, it.end))
    return out


def _description(it: _Item, ctx: Ctx) -> str | None:
    """The words shown for an item's unnamed speaker: its own (``unnamed_description``), the group a ``Mereka``
    points back to (``group_antecedent``), or those of the unnamed speaker a pronoun points back to (``Kuasa
    hukum X menyinggung …`` then ``Dia mengatakan …``: ``Kuasa hukum X``), or the organisation whose spokesperson
    it is (``Pemkot Medan meminta maaf …`` then ``"…," imbuhnya``)."""
    if it.name:
        return None
    own = unnamed_description(it, ctx.text) or group_antecedent(it, ctx)
    if own or it.antecedent is None:
        return own
    if it.antecedent.name:
        return it.antecedent.name  # an organisation's spokesperson (``resolution._org_antecedent``)
    return unnamed_description(it.antecedent, ctx.text) or group_antecedent(it.antecedent, ctx)


def quote_spans(doc: Document, mentions: list[Mention] | None = None) -> list[tuple[int, int, str | None]]:
    """``(start, end, speaker_name)`` character spans of every quote and reported statement.

    Used by the claim extractor to give a claim inside a quote (``“Kami membantah …,” kata X``) its
    speaker as actor.
    """
    ctx = context(doc, mentions)
    items = _collect(ctx)
    _resolve(ctx, items)
    return [(it.start, it.end, it.name) for it in items if not it.lead]


def _collect(ctx: Ctx) -> list[_Item]:
    text = ctx.text
    items: list[_Item] = []
    consumed: list[tuple[int, int]] = []
    # 1. quoted spans per line, merged across paragraphs
    per_line = [(ln, _scan_line(text[ln.start:ln.end])) for ln in ctx.lines]
    # a closing mark ahead of every opening one of its paragraph, kept only when an attribution
    # follows it (or, after an open quote, the paragraph ends): else a stray mark, left alone
    heads = [_headless_close(text[ln.start:ln.end], spans) for ln, spans in per_line]
    raw: list[tuple[list[tuple[int, int]], bool, int, int]] = []  # parts, closed, line, last line
    k = 0
    while k < len(per_line):
        ln, spans = per_line[k]
        h = heads[k]
        if h is not None and _closing_attributed(ctx, ln, ln.start + h):
            # ``Sekarang kami ikuti prosesnya. Ini nama baik siapa?" terang dia.``: the opening mark
            # is lost; the quote runs from the paragraph start
            raw.append(([(ln.start, ln.start + h)], True, k, k))
        j = 0
        while j < len(spans):
            a, b, closed = spans[j]
            parts = [(ln.start + a, ln.start + b)]
            last_line = k
            # an unclosed quote continues into following paragraphs that open with a quote mark
            while not closed and last_line + 1 < len(per_line):
                nln, nspans = per_line[last_line + 1]
                nh = heads[last_line + 1]
                if nh is not None and _closing_attributed(ctx, nln, nln.start + nh, blank=True):
                    # ``“Kami akan ikut.`` / ``Tak ada yang berubah,” kata X.``: the next paragraph
                    # goes on without a mark and closes the quote
                    parts.append((nln.start, nln.start + nh))
                    last_line += 1
                    heads[last_line] = None
                    closed = True
                    break
                if not nspans or nspans[0][0] != 1 or text[nln.start] not in DOUBLE_QUOTE_MARKS + "‘":
                    break
                na, nb, closed = nspans[0]
                parts.append((nln.start + na, nln.start + nb))
                last_line += 1
                per_line[last_line] = (nln, nspans[1:])  # consumed by this quote
                if not closed:
                    continue
                # the rest of that line is handled when the outer loop reaches it
            raw.append((parts, closed, k, last_line))
            j += 1
        k += 1
    raw.sort(key=lambda r: r[0][0][0])

    prev_on_line: dict[int, _Item] = {}
    for parts, closed, first_line, last_line in raw:
        start, end = parts[0][0], parts[-1][1]
        qtext = _clean_quote(" ".join(text[a:b] for a, b in parts))
        if not qtext:
            continue
        fl, ll = ctx.lines[first_line], ctx.lines[last_line]
        item = _Item(pos=start - 1, start=start, end=end, text=qtext, para=first_line)
        consumed.append((start - 1, end + 1))
        ctx.quoted.append((start, end))
        # attribution after the closing mark, on the last line
        tail_cue = None
        if closed:
            tail_start = end + 1
            tail = _doubled_mark(text[tail_start:ll.end])
            nxt = re.search(r"[“„«\"”‘]", tail)
            if nxt:
                tail = tail[:nxt.start()]
            tail_cue = _tail_attribution(tail, tail_start, ctx)
            if tail_cue:
                item.cue, item.speaker, used = tail_cue
                consumed.append((tail_start, tail_start + used))
        # attribution before the opening mark, on the first line
        head_start = _clause_start(text, fl.start, start - 1, items, first_line)
        head = text[head_start:start - 1]
        words = len(qtext.split())
        # ``menilai bahwa 'aksi tertib' sudah ditunggangi``: a short or single-quoted term the
        # sentence runs on after is a term inside a reported statement, not a quote of its own
        term = closed and tail_cue is None and (words <= 4 or text[start - 1] in _SINGLE) \
            and bool(re.match(r"^\s*[a-z]", text[end + 1:ll.end]))
        if item.cue is None and head.strip() and not term:
            hc = _head_attribution(head, head_start, ctx)
            if hc:
                item.cue, item.speaker = hc
                consumed.append((head_start, start - 1))
        ended = text[start:end].rstrip().endswith((".", "!", "?", ",", "…"))
        mid_sentence = bool(head.strip()) or (
            closed and not ended and tail_cue is None and bool(re.match(r"^\s*[\w(]", text[end + 1:ll.end]))
        )
        if item.cue is None:
            prev = prev_on_line.get(first_line)
            if not head.strip() and prev is not None and prev.cue is not None and not prev.scare \
                    and start - 1 > fl.start:
                item.inherit, item.cue = True, prev.cue  # “…,” kata X. “…”
            elif mid_sentence:
                # a partial quote inside a sentence whose subject speaks: ``Ia menyebut X “…”``
                sent_head = text[_sentence_start(text, fl.start, start - 1):start - 1]
                # (not ``Polisi mengungkap jaringan “…”``: cues.MARKED_SPEECH_VERBS speak only before a
                # comma, colon or ``bahwa``)
                verbs = [v for v in _ANY_VERB.finditer(sent_head)
                         if not marked_speech_silent(v.group("cue"), sent_head[v.end():])]
                vm = verbs[-1] if verbs else None
                mm = None if vm is not None else next(reversed(list(_MENURUT.finditer(sent_head))), None)
                if vm is not None:
                    item.cue = vm.group("cue").lower()
                    item.speaker = subject(sent_head[:vm.start()], start - 1 - len(sent_head), ctx)
                elif mm is not None:
                    # ``Namun, menurutnya, kesepakatan itu dibutuhkan demi menuntaskan “…”``
                    at = start - 1 - len(sent_head)
                    item.cue = "menurut"
                    if mm.group("nya"):
                        item.speaker = Speaker("pronoun", start=at + mm.start())
                    else:
                        spk_text = sent_head[mm.end():].split(",")[0]
                        item.speaker = speaker_after(spk_text, at + mm.end(), ctx, loose=True)
                single = text[start - 1] in _SINGLE
                before = sent_head.split()[-1].lower().strip(",:") if sent_head.split() else ""
                titled = _title_case(qtext) and (vm is None or before in cues.TITLE_NOUNS)
                # ``Ia mengaku ikut berdemo karena marah atas apa yang disebutnya "gerakan menuju
                # fasisme"``: the verb already has its own object clause, so a short quoted phrase
                # far after it is a term inside that statement, not a quote of its own
                inner = vm is not None and words <= 8 and len(sent_head[vm.end():].split()) >= 4
                if words <= 4 or single or titled or inner or (not closed and vm is None and mm is None):
                    # scare quotes, terms in single marks, quoted titles (``video "Mensos Tinjau …"``),
                    # and a term whose closing mark is missing (``Yang dimaksud dengan "menyerang …``:
                    # no one is said to speak)
                    item.scare, item.direct = True, False
                elif vm is None and mm is None:
                    item.speaker = None
            elif not closed and first_line == last_line and _SELF_ATTRIBUTED.search(qtext):
                # ``"Namun menurut Budi Harsono, … tak bakal berbuat banyak.`` with no closing mark
                # and no continuation: the narrator's sentence with a stray opening mark
                item.scare, item.direct = True, False
            elif start - 1 == fl.start:
                item.bare = True
        items.append(item)
        prev_on_line[last_line] = item
        if first_line != last_line:
            prev_on_line[first_line] = item
    # 2. reported statements per sentence
    for sent in ctx.doc.sentences:
        rep = _reported(sent.text, sent.start, ctx, consumed)
        if rep is not None:
            rep.para = _line_of(ctx, sent.start)
            items.append(rep)
            at = rep.end - sent.start
            turn = _TURN_TO_SPEAKER.search(sent.text, at) if rep.text and 0 <= at <= len(sent.text) else None
            if turn is not None and not sent.text[at:turn.start()].strip(" ,.;"):
                # ``..., sementara Kementerian X menyebut ...``: the second party's own statement
                off = turn.start() + 1
                second = _reported(sent.text[off:], sent.start + off, ctx, consumed)
                if second is not None:
                    second.para = rep.para
                    items.append(second)
        elif not _inside(sent.start, consumed):
            lead = _verbless_lead(sent.text, sent.start, ctx) or _wire_report(sent.text, sent.start)
            if lead is not None:
                lead.para = _line_of(ctx, sent.start)
                items.append(lead)
        for am in _ALONG_SPEECH.finditer(sent.text):
            # (also after a direct quote's tail, which the quote took: ``…," ujarnya, sambil menambahkan …``)
            at = sent.start + am.start()
            if any(it.direct and it.start <= at < it.end for it in items):
                continue  # (``"… sambil memastikan …," kata X``: inside the quote, the speaker's own words)
            along = _along_statement(sent.text, sent.start, am)
            if along is not None and not any(it.pos == along.pos for it in items):
                along.para = _line_of(ctx, sent.start)
                items.append(along)
        # ``Hal senada diungkapkan Sekretaris X Bayu Aji.``: no content, but the agent now speaks
        for pm in _PASSIVE_LEAD.finditer(sent.text):
            at = sent.start + pm.start("spk")
            if _inside(at, consumed):
                continue
            spk = speaker_after(sent.text[pm.start("spk"):], at, ctx)
            if spk.kind != "none":
                items.append(_Item(pos=sent.start + pm.start("cue"), start=at, end=at, text="",
                                   para=_line_of(ctx, sent.start), direct=False,
                                   cue=pm.group("cue").lower(), speaker=spk, lead=True))
    items.sort(key=lambda it: it.pos)
    return items
