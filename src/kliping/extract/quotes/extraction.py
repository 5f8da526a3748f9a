"""Direct quotes and reported statements with their speakers.

Indonesian news attributes speech in a handful of fixed shapes, so this is a rule system over the
cleaned text rather than a model:

* direct quotes in any quote style (``“…”``, ``"…"``, ``‘…’``, ``«…»``, Kompas' ``”…”``), with the
  attribution after (``“…,” kata X.``, ``"…," terangnya.``) or before (``X mengatakan, “…”``,
  ``Kata X, “…”``), interrupted by it (``“…,” kata X. “…”`` gives two quotes with one speaker),
  running over paragraphs (a paragraph that opens a quote and does not close it continues in the
  next paragraph that opens with a quote mark), or standing alone as a continuation paragraph;
* scare quotes (``“menentukan”``): short quoted spans with no speech cue next to them, quoted
  terms and titles: recognised (so they are not taken as speech) but not returned, except a
  phrase of three words or more that a speech verb gives to a speaker (a partial quote,
  ``direct=False``);
* reported statements (``X mengatakan bahwa …``, ``menurut X, …``, ``…, kata X.``) as
  ``direct=False`` quotes whose text is the reported content.

Speakers are resolved in reading order: ``-nya``/``dia``/``ia``/``beliau`` go to the most recent
speaker (or a person mention in subject position after it), ``menteri tersebut`` to the most recent
person whose title has that role word; nothing is guessed, an unknown speaker stays ``None``. With
``mentions`` (from the entity extractor) the speaker name snaps to the mention text; without them a
capitalised-word heuristic strips titles (``Presiden``) and keeps the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from kliping.extract.quotes.clauses import (
    _AUX_WORDS,
    _NOT_VERB_WORDS,
    _VERB_SHAPE,
    _attribution_rest,
    _clause_follows,
    _cut_content,
    _empty_content,
    _has_predicate,
    _inside,
    _sentence_start,
    _strip_connectors,
)
from kliping.extract.quotes.context import (
    _context,
    _line_of,
    _longest_form,
    _mention_in,
    _mention_start,
    _name_text,
    _part_of,
    _person_within,
    _place_name,
    _same_person,
    _titled_persons,
    _written_out,
)
from kliping.extract.quotes.names import _cap_run, _is_acronym, _split_name
from kliping.extract.quotes.patterns import (
    _ACTIVE_VERB_WORDS,
    _ADJUNCT_STARTS,
    _ANY_VERB,
    _B,
    _BAHWA,
    _COMMA,
    _DAYS,
    _DOUBLE,
    _E,
    _END_ROOT,
    _HEAD_ROOT,
    _HEAD_VERB,
    _LEADING_CUE,
    _MENURUT,
    _MID_ROOT,
    _OFFICE_WORDS,
    _PASSIVE,
    _PASSIVE_AFTER,
    _PASSIVE_AGENT,
    _PASSIVE_LEAD,
    _PERSON_PRONOUNS,
    _ROOTS,
    _SELF_ATTRIBUTED,
    _SINGLE,
    _TAIL_CUE,
    _TAIL_ROOT_WORDS,
    _TAIL_STATEMENT,
    _TAIL_VERB,
    _TAIL_WORDING,
    _TAIL_WRITTEN,
    _VERBS,
    _WIRE_QUOTE_TAIL,
    _WIRE_TAIL,
    TITLE_WORDS,
)
from kliping.extract.quotes.records import _Ctx, _Item, _Line, _Spans, _Speaker
from kliping.extract.quotes.speaker_phrases import _RELATIVE_NOUNS, _speaker_after
from kliping.extract.quotes.subjects import _CASE_PARTY, _PARTY_ROLES, _subject
from kliping.lang.id import calendar, cues, gazetteer, name_prefixes, titles
from kliping.model import Document, Mention, Quote
from kliping.text.patterns import alternation


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
    ctx = _context(doc, mentions)
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
            end_sentence=s1,
        ), it.start, it.end))
    return out


def _partial_quote(it: _Item, text: str, statements: list[tuple[int, int, str | None]]) -> bool:
    """A short quoted phrase that is someone's own words: a speech verb in the sentence names the
    speaker (``Yanto mengingatkan aparat 'jangan pilih kasih'``) and it is three words or more and
    no title. One or two words (``menyebut nama 'Iskandar'``) are a term, not a quote; so is a
    phrase after a naming word (``kerap disebut "geng motor jalanan"``: what others call it), and
    one inside a reported statement of the same speaker is already given by that statement."""
    if not it.name or len(it.text.split()) < 3 or _title_case(it.text):
        return False
    if _NAMING_BEFORE.search(text[max(0, it.start - 60): it.start]):
        return False
    return not any(a <= it.start and it.end <= b and name == it.name for a, b, name in statements)


# A naming word right before a quoted phrase (``disebut "…"``, ``menyebut kawasan itu "…"``,
# ``bertajuk "…"``): the phrase is a name or a title, not the speaker's words.
_NAMING_BEFORE = re.compile(
    r"(?<![\w-])(?:disebut(?:-sebut)?|menyebut(?:nya|kan)?|dijuluki|menjuluki(?:nya)?|julukan|dinamai|"
    r"menamai(?:nya)?|dinamakan|menamakan(?:nya)?|bertajuk|berjudul|bertema|istilah|sebutan)"
    r"(?:\s+[\w-]+){0,3}?\s*[\"“”'‘«]?\s*$",
    re.I,
)


def quote_spans(doc: Document, mentions: list[Mention] | None = None) -> list[tuple[int, int, str | None]]:
    """``(start, end, speaker_name)`` character spans of every quote and reported statement.

    Used by the claim extractor to give a claim inside a quote (``“Kami membantah …,” kata X``) its
    speaker as actor.
    """
    ctx = _context(doc, mentions)
    items = _collect(ctx)
    _resolve(ctx, items)
    return [(it.start, it.end, it.name) for it in items if not it.lead]


def _scan_line(line: str) -> list[tuple[int, int, bool]]:
    """Quoted spans of one paragraph as ``(content_start, content_end, closed)`` (line offsets).

    Double marks pair with double marks; ``"`` and ``”`` open only before a non-space (Kompas opens
    with ``”``); single marks count only outside double quotes and only when they cannot be an
    apostrophe (``Jum'at``).
    """
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    open_kind = ""
    n = len(line)
    for i, c in enumerate(line):
        if c not in _DOUBLE and c not in _SINGLE:
            continue
        prev = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < n else " "
        if open_at is None:
            if c in _DOUBLE:
                if c in "“„«" or (not nxt.isspace() and (prev.isspace() or prev in "([{—–-:/")) \
                        or (c in '"”' and prev in ".!?," and nxt.isupper()):  # ``pangan."Kita …``, ``melanjutkan,"Program …``
                    open_at, open_kind = i, "d"
            elif c in "‘'" and (prev.isspace() or prev in "([{") and nxt.isalnum():
                open_at, open_kind = i, "s"
            continue
        if open_kind == "d" and c in _DOUBLE:
            closes = c in "\"”»" or (c == "“" and (nxt.isspace() or nxt in ",.;:!?)" or i + 1 == n))
            if closes:
                spans.append((open_at + 1, i, True))
                open_at = None
        elif open_kind == "s" and c in "’'" and not nxt.isalnum():
            spans.append((open_at + 1, i, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at + 1, n, False))
    return spans


def _headless_close(line: str, spans: list[tuple[int, int, bool]]) -> int | None:
    """Line offset of a closing mark that no opening mark of the paragraph comes before, else ``None``.

    ``… berjalan. Karena ini siapa?" terang dia.``: the quote was opened in an earlier paragraph
    that was left open (the paragraph break ends no quote), or its opening mark was lost. A mark
    shaped as a closing one (after a word or punctuation, before a space, punctuation or the
    paragraph end) ahead of every quoted span is that closing mark; ``_scan_line`` skips it.
    """
    first = spans[0][0] - 1 if spans else len(line)
    n = len(line)
    for i in range(1, first):
        c = line[i]
        if c not in "\"”»“":
            continue
        nxt = line[i + 1] if i + 1 < n else " "
        if not line[i - 1].isspace() and (nxt.isspace() or nxt in ",.;:!?)"):
            return i
    return None


def _closing_attributed(ctx: _Ctx, ln: _Line, at: int, blank: bool = False) -> bool:
    """Whether the closing mark at ``at`` (see ``_headless_close``) ends a quote: an attribution
    follows it (``…," terang dia.``), or, with ``blank`` (a quote left open before), nothing does."""
    tail = _doubled_mark(ctx.text[at + 1:ln.end])
    nxt = re.search(r"[“„«\"”‘]", tail)
    if nxt:
        tail = tail[:nxt.start()]
    if blank and not tail.strip(" ,.;:!?"):
        return True
    return bool(tail.strip()) and _tail_attribution(tail, at + 1, ctx) is not None


def _doubled_mark(tail: str) -> str:
    """``…," " kata dia.``: a second closing mark right after the first (a typo) is blanked out so
    the attribution after it is read; offsets are kept."""
    m = re.match(r"^\s*[\"”]\s", tail)
    return tail if m is None else tail[:m.end() - 2] + " " + tail[m.end() - 1:]


# Short function words left lower-case inside titles (``Living Alone in the City``, ``Jalan ke Timur``).
_TITLE_MINOR = frozenset(("in", "the", "of", "and", "for", "on", "to", "a", "an", "at", "by", "with",
                          "di", "ke", "dan", "dari", "yang", "untuk", "dengan", "atau"))


def _title_case(s: str) -> bool:
    """A quoted headline or title: three or more words, most of them capitalised (short function
    words such as ``in``/``the``/``di`` not counted)."""
    words = [w for w in s.split() if w[:1].isalpha() and w not in _TITLE_MINOR]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _clean_quote(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().rstrip(",").strip()


def _collect(ctx: _Ctx) -> list[_Item]:
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
                if not nspans or nspans[0][0] != 1 or text[nln.start] not in _DOUBLE + "‘":
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
                verbs = list(_ANY_VERB.finditer(sent_head))
                vm = verbs[-1] if verbs else None
                mm = None if vm is not None else next(reversed(list(_MENURUT.finditer(sent_head))), None)
                if vm is not None:
                    item.cue = vm.group("cue").lower()
                    item.speaker = _subject(sent_head[:vm.start()], start - 1 - len(sent_head), ctx)
                elif mm is not None:
                    # ``Namun, menurutnya, kesepakatan itu dibutuhkan demi menuntaskan “…”``
                    at = start - 1 - len(sent_head)
                    item.cue = "menurut"
                    if mm.group("nya"):
                        item.speaker = _Speaker("pronoun", start=at + mm.start())
                    else:
                        spk_text = sent_head[mm.end():].split(",")[0]
                        item.speaker = _speaker_after(spk_text, at + mm.end(), ctx, loose=True)
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
            spk = _speaker_after(sent.text[pm.start("spk"):], at, ctx)
            if spk.kind != "none":
                items.append(_Item(pos=sent.start + pm.start("cue"), start=at, end=at, text="",
                                   para=_line_of(ctx, sent.start), direct=False,
                                   cue=pm.group("cue").lower(), speaker=spk, lead=True))
    items.sort(key=lambda it: it.pos)
    return items


# ``Kapolres X AKBP Budi, kebakaran itu terjadi …``: an official and a comma, then the clause he gave
# (the speech verb left out); what follows a list or an apposition is no such clause.
_VERBLESS_CLAUSE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*(?!(?:yang|dan|serta|selaku|sebagai|beserta|bersama)\b)[a-z]")


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
    content = _cut_content(s[: m.start()])
    if len(content.split()) < 3 or any(c in _DOUBLE for c in content) or _ANY_VERB.search(content) \
            or _MENURUT.search(content) or _MID_ROOT.search(content + ",") or _NAMED_BY_PASSIVE.search(content):
        return None
    lead = len(s) - len(s.lstrip())
    # ``demikian dikutip detikINET dari Techspot``: the outlet retells another's report, whose it is
    orig = _RETOLD_FROM.match(m.group("rest"))
    src, at = (orig.group("orig"), m.start("rest") + orig.start("orig")) if orig else (m.group("src"), m.start("src"))
    return _Item(pos=base + m.start("cue"), start=base + lead, end=base + m.start(), text=content, para=0,
                 direct=False, cue=m.group("verb").lower(), speaker=_Speaker("literal", text=src, start=base + at))


# ``..., demikian diumumkan oleh pemimpin Kongres X``: the content names who made it known.
_NAMED_BY_PASSIVE = re.compile(r"(?<![\w-])(?:demikian|seperti|sebagaimana)\s+di[a-z]+(?:kan|i)?\s+(?:oleh\s+)?\S")
_RETOLD_FROM = re.compile(r"^\s+dari\s+(?P<orig>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})")


def _verbless_lead(s: str, base: int, ctx: _Ctx) -> _Item | None:
    """A sentence that opens with a titled person, a comma and a clause, with no speech verb
    (``Kapolrestabes X Kombes Harryo, pembunuhan ini terjadi …``): the person gives that account,
    so he is the one speaking for the quotes that follow (a lead with no content)."""
    body = _strip_connectors(s)
    off = len(s) - len(body)
    if not body or body.split()[0].lower().rstrip(".") not in TITLE_WORDS:
        return None
    for ma, _mb, m in ctx.mentions:
        if ma < base + off:
            continue
        if ma >= base + len(s) or m.type != "PERSON" or ctx.doc.sentences[m.sentence].start != base:
            return None
        before = s[off:m.start]
        if re.search(r"(?<![\w-])[a-z]", before) or not _VERBLESS_CLAUSE.match(s[m.end:]):
            return None
        spk = _speaker_after(s[off:m.end], base + off, ctx)
        if spk.kind != "phrase":
            return None
        return _Item(pos=base + m.end, start=base + m.end, end=base + m.end, text="", para=0,
                     direct=False, cue="", speaker=spk, lead=True)
    return None


def _clause_start(text: str, line_start: int, upto: int, items: list[_Item], line: int) -> int:
    """Where the text before a quote mark starts: the sentence start, or the end of the previous
    quote's attribution on the same line."""
    s = _sentence_start(text, line_start, upto)
    for it in reversed(items):
        if it.para != line or it.end > upto:
            continue
        # skip past the previous quote and its attribution up to a sentence end
        after = it.end + 1
        seg = text[after:upto]
        ends = list(re.finditer(r"[.!?…]\s+", seg))
        m = ends[-1] if ends else None
        cand = after + (m.end() if m else 0)
        if m is None and _LEADING_CUE.match(seg):
            cand = after  # ``“…,” kata X, “…”``: the attribution heads the next part
        s = max(s, cand)
        break
    return s


def _tail_attribution(tail: str, tail_start: int, ctx: _Ctx) -> tuple[str, _Speaker, int] | None:
    """``," kata X``-style attribution after a closing mark: (cue, speaker, characters used)."""
    m = _TAIL_CUE.match(tail)
    if m:
        cue = m.group("cue").lower()
        used = _attribution_end(tail, m.end())
        if m.group("nya"):
            return cue, _Speaker("pronoun", start=tail_start + m.start("cue")), used
        rest = tail[m.end():]
        rest_start = tail_start + m.end()
        if re.match(r"^\s*oleh\s", rest, re.I):
            off = re.match(r"^\s*oleh\s", rest, re.I).end()  # type: ignore[union-attr]
            rest, rest_start = rest[off:], rest_start + off
        sp = _speaker_after(rest, rest_start, ctx)
        if sp.kind == "none" and not sp.text and cue in _ACTIVE_VERB_WORDS and re.match(r"^\s+[a-z]", rest):
            # ``dengan kategori 'Baik', melanjutkan tren positif``: an active verb with its own object
            # after a quoted term continues the narrative sentence; no one is said to speak
            return None
        if cue not in _TAIL_ROOT_WORDS or sp.kind != "none":
            return cue, sp, used
        # ``," cerita tentang …``: the noun, not an attribution; try the other shapes
    wm = _TAIL_WRITTEN.match(tail)
    if wm:
        return "tertulis", _Speaker("document", start=tail_start + wm.start()), _attribution_end(tail, wm.end())
    # ``," demikian keterangan tertulis Koalisi X.``: a written statement names its author
    dm = _TAIL_STATEMENT.match(tail)
    if dm:
        sp = _speaker_after(tail[dm.end():], tail_start + dm.end(), ctx)
        if sp.kind != "none":
            return "keterangan", sp, _attribution_end(tail, dm.end())
    # ``," bunyi surat edaran itu`` / ``," bunyi pasal 42 …``: the wording of a document
    if _TAIL_WORDING.match(tail):
        return "bunyi", _Speaker("document", start=tail_start), _attribution_end(tail, len(tail))
    # ``," lapor AFP.``, ``," demikian dilaporkan Reuters.``: the outlet's report, no one else named
    wm = _WIRE_QUOTE_TAIL.match(tail)
    if wm:
        return (wm.group("verb").lower(), _Speaker("literal", text=wm.group("src"), start=tail_start + wm.start("src")),
                _attribution_end(tail, wm.end()))
    # ``," ekonom Saudi X kepada AFP.``: wire style, no verb, the speaker and the outlet
    km = re.match(r"^[\s,]*(?P<spk>[^,.;:!?\"“”]{2,80}?)\s+kepada\s+\S", tail)
    if km and len(km.group("spk").split()) <= 6:
        first = km.group("spk").split()[0]
        if first.lower() in cues.ROLE_NOUNS or first.lower() in TITLE_WORDS:
            sp = _speaker_after(km.group("spk"), tail_start + km.start("spk"), ctx, loose=True)
            if sp.kind == "phrase":
                return "kepada", sp, _attribution_end(tail, km.end())
    # ``…," Direktur Riset X Budi Santoso, dalam rilisnya.``: a quote closed by a comma, then a titled
    # person and a comma (or the end), no verb: the person is the one quoted
    tm = _TAIL_TITLED.match(tail)
    if tm and ctx.text[max(0, tail_start - 2):tail_start - 1] == "," and len(tm.group("spk").split()) <= 8 \
            and tm.group("spk").split()[0].lower() in TITLE_WORDS:
        at = tail_start + tm.start("spk")
        sp = _speaker_after(tm.group("spk"), at, ctx)
        if sp.kind == "phrase" and _person_within(ctx, at, at + len(tm.group("spk"))):
            return "", sp, _attribution_end(tail, tm.end("spk"))
    # ``," Bimo menambahkan.`` / ``," ia menambahkan.``
    lead = re.match(r"^[\s,]*", tail)
    body = tail[lead.end():] if lead else tail  # type: ignore[union-attr]
    vm = _TAIL_VERB.search(" " + body[:120])
    if vm and vm.group("after").strip()[:1] in {"", "."}:
        subj = body[: vm.start()]
        if 0 < len(subj.split()) <= 10 and not re.search(r"[.,!?;:]", subj) \
                and (subj[:1].isupper() or subj.strip().lower() in _PERSON_PRONOUNS):
            base = tail_start + (lead.end() if lead else 0)  # type: ignore[union-attr]
            return vm.group("cue").lower(), _subject(subj, base, ctx), _attribution_end(tail, len(tail))
    return None


_TAIL_TITLED = re.compile(r"^[ \t]*(?P<spk>[A-Z][^,.;:!?\"“”()]{2,100}?)[ \t]*(?:,|\.|$)")


def _attribution_end(tail: str, at: int) -> int:
    m = re.search(r"[.!?](?:\s|$)", tail[at:])
    return at + (m.end() if m else len(tail) - at)


def _head_attribution(head: str, head_start: int, ctx: _Ctx) -> tuple[str, _Speaker] | None:
    """``X mengatakan, “``, ``Kata X, “``, ``Menurut X, “`` before an opening mark."""
    stripped = head.strip().lstrip(",.;: ")
    lead = len(head) - len(head.lstrip(",.;: \n\t"))
    m = _HEAD_ROOT.match(stripped)
    if m:
        cue = m.group("cue").lower()
        if m.group("nya"):
            return cue, _Speaker("pronoun", start=head_start + lead)
        return cue, _speaker_after(m.group("spk"), head_start + lead + m.start("spk"), ctx)
    m = _HEAD_VERB.search(head)
    if m:
        return m.group("cue").lower(), _subject(head[: m.start()], head_start, ctx)
    return None


def _reported(s: str, base: int, ctx: _Ctx, consumed: list[tuple[int, int]]) -> _Item | None:
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
    for at, kind, m in cands:
        if _inside(base + at, consumed):
            continue
        if kind == "verb":
            item = _reported_verb(s, base, m, ctx)
        elif kind == "menurut":
            item = _reported_menurut(s, base, m, ctx)
        elif kind == "mid":
            item = _reported_mid(s, base, m, ctx)
        else:
            content = _cut_content(s[: m.start()])
            if len(content.split()) < 3:
                continue
            spk = _Speaker("pronoun", start=base + m.start("cue")) if m.group("nya") else \
                _speaker_after(m.group("rest"), base + m.start("rest"), ctx)
            item = _Item(pos=base + at, start=base, end=base + m.start(), text=content, para=0,
                         direct=False, cue=m.group("cue").lower(), speaker=spk)
        if item is not None:
            return item
    return None


def _reported_verb(s: str, base: int, m: re.Match[str], ctx: _Ctx) -> _Item | None:
    cue = m.group("cue").lower()
    pre = s[: m.start()]
    last_word = pre.split()[-1].lower() if pre.split() else ""
    if not pre.strip() or last_word in {"yang", "untuk", "akan", "dapat", "bisa", "ingin", "mau", "dalam"} \
            or last_word in cues.SUBORDINATE_BEFORE_VERB or last_word in cues.MODALS_BEFORE_SPEECH:
        return None
    if cue in cues.ROOT_VERBS and pre.rstrip()[-1:] in ",:\"“”" \
            and _speaker_after(s[m.end():], base + m.end(), ctx).kind != "none":
        return None  # ``…, bilang Rosan.``: the root after its content (the root shapes read it)
    after = s[m.end():]
    opener = _strip_connectors(pre.rsplit(",", 1)[-1]).split()[:1]
    if opener and opener[0].lower() in cues.SUBORDINATE_BEFORE_VERB and _MAIN_SPEECH.search(after):
        # ``Ketika dikonfirmasi bahwa X mengaku …, Budi menuturkan …``: the verb sits in a clause
        # opened by ``ketika``/``saat``/``setelah``; the statement is the main clause's
        return None
    if last_word in cues.SPEECH_NEGATORS:
        # ``ia tidak menjelaskan ...``, ``ia menolak menyebutkan ...``: no statement, but the subject
        # is still the one speaking
        spk = _subject(pre, base, ctx)
        if spk.kind == "none":
            return None
        return _Item(pos=base + m.start(), start=base + m.end(), end=base + m.end(), text="", para=0,
                     direct=False, cue=cue, speaker=spk, lead=True)
    fronted = _fronted_statement(pre, after, base, m, cue, ctx)
    if fronted is not None:
        return fronted
    if cue in cues.ACCUSE_VERBS and not _BAHWA.match(after) and not _COMMA.match(after):
        # ``Rina Kartika melaporkan Dodi Saputra`` / ``melaporkan ke polisi`` / ``melaporkan sejumlah
        # pihak``: a complaint against someone, not speech (nor a lead for the next quote)
        return None
    b = _BAHWA.match(after) or _adjunct_before_content(after)
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
                and not (_VERB_SHAPE.match(last_word) and last_word not in _NOT_VERB_WORDS):
            # (not ``bisa membantu menyampaikan informasi …``: the verb is another verb's complement)
            off = 1 + _confirmed_clause(after[1:])  # type: ignore[operator]
        else:
            # ``X menyampaikan apresiasi ...``: no reported content, but X is speaking (context for a
            # following bare quote paragraph)
            spk = _subject(pre, base, ctx)
            if spk.kind == "none":
                return None
            return _Item(pos=base + m.start(), start=base + m.end(), end=base + m.end(), text="", para=0,
                         direct=False, cue=cue, speaker=spk, lead=True)
    if after[off:].lstrip()[:1] in _DOUBLE:
        return None  # head of a direct quote
    turn = min((t for t in (_TURN_TO_SPEAKER.search(after, off), _ALONG_SPEECH.search(after, off)) if t is not None),
               key=lambda t: t.start(), default=None)
    content = _cut_content(after[off:turn.start()] if turn else after[off:])
    first = content.split()[0].lower().strip(",") if content.split() else ""
    if not b and first in cues.TOPIC_OBJECTS:
        content = ""  # ``menjelaskan alasan …``, ``menekankan pentingnya …``: a topic, not a statement
    subj_head = _strip_connectors(pre).strip().split()[:1]
    if subj_head and subj_head[0].lower() in cues.NON_SPEAKER_SUBJECTS:
        return None  # ``Pernyataan tersebut menegaskan …``: a document or idea, not a speaker
    spk = _subject(pre, base, ctx)
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
        if lw in _AUX_WORDS or (_VERB_SHAPE.match(lw) and lw not in _NOT_VERB_WORDS):
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
    if after[off:].lstrip()[:1] in _DOUBLE:
        return None
    content = _cut_content(after[off:])
    if len(content.split()) < 3:
        return None
    start = base + m.end() + off
    return _Item(pos=base + m.start("cue"), start=start, end=start + len(content), text=content, para=0,
                 direct=False, cue=m.group("cue").lower(), speaker=_Speaker("pronoun", start=base + m.start("cue")))


# ``saat ini``, ``kini``: a time adverb opening the reported clause, not an adjunct of the speaking.
_NOW = re.compile(r"^(?:saat\s+ini|kini|sekarang|hingga\s+kini|sampai\s+saat\s+ini)(?![\w-])", re.I)


def _fronted_statement(pre: str, after: str, base: int, m: re.Match[str], cue: str, ctx: _Ctx) -> _Item | None:
    """``OPEC kian mungkin memangkas produksi, Morgan Stanley mengatakan dalam laporannya pada Rabu.``:
    the verb closes the sentence, followed at most by an adjunct of the speaking (to whom, where,
    when); what was said is the clause before the subject's comma, not that adjunct. With no such
    clause (``Ditemui di kantornya, Budi mengatakan kepada wartawan.``) the subject speaks and the
    addressee is no statement."""
    rest = after.strip().rstrip(".!?").strip()
    if rest and (not _VERB_ADJUNCT.match(after) or _VERB_IN.search(rest) or _NOW.match(rest) or re.search(r"[,;:\"“”]", rest)
                 or re.search(r"(?<![\w-])bahwa(?![\w-])", rest, re.I) or len(rest.split()) > 8
                 or _has_predicate(rest.split())):
        return None  # ``mengatakan pada Senin harga beras akan turun``: a clause after the adjunct
    head, subj = pre.rsplit(",", 1) if "," in pre else ("", pre)
    content = _strip_connectors(_cut_content(head))
    words = content.split()
    first = words[0].lower().strip("(\"“”") if words else ""
    spk = _subject(subj, base + len(head) + 1, ctx) if subj.strip() else _Speaker("none")
    if spk.kind == "none" or head.strip()[:1] in _DOUBLE or head.rstrip()[-1:] in _DOUBLE \
            or len(words) < 4 or not _has_predicate(words) \
            or first in cues.ADJUNCT_OPENERS or first in cues.SUBORDINATE_BEFORE_VERB \
            or first in cues.TOPIC_OBJECTS or (_VERB_SHAPE.match(first) and first not in _NOT_VERB_WORDS):
        # ``Ditemui di kantornya, Budi mengatakan …``: a fronted adjunct, not a statement
        if not rest or not _ADDRESSEE.match(after):
            return None  # (``… mengatakan saat ini penyerapan sekitar 52%``: a verbless clause)
        spk = _subject(pre, base, ctx)
        if spk.kind == "none":
            return None
        return _Item(pos=base + m.start(), start=base + m.end(), end=base + m.end(), text="", para=0,
                     direct=False, cue=cue, speaker=spk, lead=True)
    start = base + head.index(content)
    return _Item(pos=base + m.start(), start=start, end=start + len(content), text=content, para=0,
                 direct=False, cue=cue, speaker=spk)


# Words that cannot be in a fronted subject: prepositions, subordinators, topic and time words.
_NOT_FRONTED = _ADJUNCT_STARTS | cues.SUBORDINATE_BEFORE_VERB | cues.NOT_FRONTED_WORDS


def _fronted_subject(pre: str) -> tuple[int, str] | None:
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
    if any(_strip_connectors(c).strip() for c in chunks[:k]):
        return None  # more than connectors before it
    head = ",".join(chunks[:k + 1])
    body = _strip_connectors(head)
    phrase = body.strip()
    words = phrase.split()
    if not 2 <= len(words) <= 6 or re.search(r"[\"“”'‘’()]", phrase) or _DAYS.match(phrase):
        return None
    if any(w.isupper() or w.lower().endswith("nya") for w in words):
        return None
    if words[0].lower() in _NOT_FRONTED or words[0].lower() in _PERSON_PRONOUNS or _VERB_IN.search(phrase) \
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


def _reported_mid(s: str, base: int, m: re.Match[str], ctx: _Ctx) -> _Item | None:
    """``OPEC, kata Bimo, bukan …``: the sentence around an attribution set off by commas.

    The content runs from the sentence start (or, when only a connector precedes the attribution,
    from just after it) to the sentence end; the span covers the attribution in between.
    """
    pre = s[: m.start()]
    post = s[m.end():]
    if _strip_connectors(pre).strip(" ,") == "":
        content = _cut_content(post)
        start = base + m.end()
    elif _attribution_rest(post) or _WIRE_TAIL.match(", " + post.lstrip()):
        # ``…, kata Budi, Ketua RT 05.`` / ``…, kata Ketua RT 05, Budi.`` / ``…, kata Budi, Senin
        # (12/5).`` / ``…, kata Budi, demikian dilaporkan Reuters.``: what follows the second comma
        # only names or dates the speaking or names the outlet; the statement is the clause before
        # the cue, the speaker the whole phrase after it
        return _reported_end(s, base, m, ctx)
    else:
        lead = len(pre) - len(pre.lstrip())
        content = _cut_content(pre + " " + post)
        start = base + lead
    if len(content.split()) < 4:
        return None
    if m.group("nya"):
        spk = _Speaker("pronoun", start=base + m.start("cue"))
    else:
        spk = _speaker_after(m.group("rest"), base + m.start("rest"), ctx)
        if spk.kind == "none" and not spk.text:
            return None
    end = base + len(s.rstrip().rstrip(".!?…").rstrip())
    return _Item(pos=base + m.start("cue"), start=start, end=end, text=content, para=0,
                 direct=False, cue=m.group("cue").lower(), speaker=spk)


def _reported_end(s: str, base: int, m: re.Match[str], ctx: _Ctx) -> _Item | None:
    """``…, kata Ketua Dinas X, Budi Santoso.``: the statement before an attribution that runs to
    the sentence end through commas. A person the tagger finds in the last comma chunk speaks
    (``kata Kepala Dinas Pangan, Kelautan, dan Pertanian DKI, Budi``); else the phrase after the cue."""
    pre = s[: m.start()]
    lead = len(pre) - len(pre.lstrip())
    content = _cut_content(pre)
    if len(content.split()) < 3:
        return None
    if m.group("nya"):
        spk = _Speaker("pronoun", start=base + m.start("cue"))
    else:
        tail = s[m.start("rest"):].rstrip().rstrip(".!?…").rstrip()
        cut = tail.rfind(",")
        last = tail[cut + 1:]
        at = base + m.start("rest") + cut + 1 + len(last) - len(last.lstrip())
        first = _speaker_after(tail[:tail.find(",")], base + m.start("rest"), ctx)
        if cut > 0 and first.kind != "phrase" and _person_within(ctx, at, at + len(last.strip())):
            spk = _Speaker("phrase", text=last.strip(), start=at)
        else:
            spk = _speaker_after(tail, base + m.start("rest"), ctx)
        if spk.kind == "none" and not spk.text:
            return None
    return _Item(pos=base + m.start("cue"), start=base + lead, end=base + lead + len(content), text=content,
                 para=0, direct=False, cue=m.group("cue").lower(), speaker=spk)


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
    if head and (words[-1][:1].isupper() or not _has_predicate(words[1:])):
        return m.end()
    return 0


# A source line before ``menurut X, …`` (``Dikutip dari Antara, menurut X, …``): where the text was
# taken from, not part of what X said.
_SOURCE_LEAD = re.compile(r"^\s*(?:seperti\s+|sebagaimana\s+)?(?:"
                          + "|".join(sorted(calendar.QUOTED_FROM | calendar.QUOTED_FROM_ACTIVE)) + r")(?![\w-])", re.I)


def _name_then_clause(after: str, at: int, ctx: _Ctx) -> int | None:
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
        if first in _ADJUNCT_STARTS or first in cues.ADJUNCT_OPENERS or first in cues.ROLE_DEMONSTRATIVES \
                or first in ("yang", "dan", "atau", "serta"):
            return None
        return end + 1
    return None


def _reported_menurut(s: str, base: int, m: re.Match[str], ctx: _Ctx) -> _Item | None:
    pre = s[: m.start()]
    after = s[m.end():]
    comma = after.find(",")
    end: int | None = None
    named_end = None if m.group("nya") else _name_then_clause(after, base + m.end(), ctx)
    if named_end is not None and (comma < 0 or named_end < comma):
        # ``Menurut Prabowo keberadaan tanggul laut …, termasuk …`` / ``Dengan capaian itu, menurut
        # Prabowo setiap hari …``: the name ends where the clause starts, not at a later comma
        comma = named_end - 1
    if not pre.strip() or _strip_connectors(pre).strip() == "" or _SOURCE_LEAD.match(pre):
        # ``Menurut X, content``; ``Menurutnya content`` needs no comma; a source line before it
        # (``Dikutip dari Antara, menurut X, …``) is not content
        if m.group("nya") and (comma < 0 or not after[:comma].strip() or len(after[:comma].split()) > 3):
            lead_ws = after[:len(after) - len(after.lstrip(" ,"))]
            spk_text, content = "", _cut_content(after[len(lead_ws):])
            start = base + m.end() + len(lead_ws)
        elif comma < 0:
            return None
        else:
            comma = _office_name_comma(after, comma, base + m.end(), ctx)
            rest = after[comma + 1:]
            skip = _skip_apposition(rest)
            spk_text, content = after[:comma], _cut_content(rest[skip:])
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
            # (``Kebijakan ini bisa …``)
            adjunct = _strip_connectors(pre).split()[:1]
            sep = ", " if adjunct and (adjunct[0].lower() in cues.SUBORDINATE_BEFORE_VERB
                                       or adjunct[0].lower() in _ADJUNCT_STARTS) else " "
            content = _cut_content(pre.rstrip().rstrip(",") + sep + post.strip(" ,"))
            end = base + len(s.rstrip().rstrip(".!?…").rstrip())
        else:
            content = _cut_content(pre)
    else:
        return None
    unnamed = _UNNAMED_OF_PLACE.match(spk_text) if not m.group("nya") else None
    if m.group("nya"):
        spk = _Speaker("pronoun", start=base + m.start())
    elif unnamed is not None and (unnamed.group("noun") in cues.UNNAMED_SOURCE_NOUNS
                                  or unnamed.group("noun") in cues.UNNAMED_SPEAKER_NOUNS) \
            and _place_name(unnamed.group("place"), ctx):
        spk = _Speaker("literal", text="")  # ``menurut media Rusia``: an unnamed source, no speaker
    else:
        spk = _speaker_after(spk_text, base + m.end(), ctx, loose=True)
        if spk.kind == "none" and spk.text not in _RELATIVE_NOUNS and spk.text not in cues.GROUP_PRONOUNS:
            # ``menurut rencana`` is not an attribution; ``menurut istri Budi`` is (the relative's), and
            # ``menurut mereka`` (the group speaks, unnamed)
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


def _office_name_comma(after: str, comma: int, at: int, ctx: _Ctx) -> int:
    """The comma closing the attribution of ``menurut <office>, <name>, …``: the one after the name.

    ``Menurut Kepala Dinas X Garut, Muksin, saat ini …``: the office's comma is not the end of the
    speaker phrase when a person follows it and a comma closes the person (the speaker rules read
    ``office, Name`` as the person); otherwise the first comma. ``at`` is ``after``'s text offset.
    """
    head = after.split(None, 1)[0].lower().rstrip(".,") if after.strip() else ""
    lead = len(after) - len(after.lstrip())
    if head not in TITLE_WORDS or _person_within(ctx, at + lead, at + comma):
        return comma  # ``menurut Budi, Andi, …`` / ``menurut Kementerian X, Indonesia, …``: a list
    sp = _speaker_after(after, at, ctx, loose=True)
    if sp.kind != "phrase" or sp.start <= at + comma or not _person_within(ctx, sp.start, sp.start + 1):
        return comma
    end = sp.start - at + len(sp.text)
    close = after.find(",", end)
    if close < 0 or after[end:close].strip():
        return comma
    return close


def _find_country(ctx: _Ctx, pos: int) -> str | None:
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


def _resolve_phrase(ctx: _Ctx, sp: _Speaker, coord: bool = False) -> tuple[str | None, str | None]:
    span, run = _cap_run(sp.text, coord=coord)
    name, title = _split_name(run, ctx)
    if name is not None and title is None and len(run) > 1 and run[0].lower().rstrip(".") in TITLE_WORDS \
            and run[0].lower() not in cues.ORG_HEADS:
        # ``kata Kepala Dinas Sosial Garut`` (an office of an organisation, no name): the person the
        # article introduced with that whole office, else the organisation as before
        office = " ".join(w for w in run if not w.startswith("("))
        found = _find_role(ctx, office.lower(), sp.start)
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
    if coord and any(t.lower() in ("dan", "maupun", "serta", "&") for t in run):
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
        found = _find_role(ctx, role, sp.start, title)
        return (found, title) if found else (None, title)
    return name, title


def _clipped_mention(ctx: _Ctx, m: Mention, end: int) -> str:
    """A mention's name text (:func:`_name_text`) cut where the attribution's capitalised run ends
    (``end``): the tagger may run a name on into the day it was said (``Dedi Kurniawan 3`` of
    ``kata Dedi Kurniawan 3 November lalu``), which :func:`_cap_run` leaves out."""
    at = _mention_start(ctx, m)
    text = m.text
    if at < end < at + len(text):
        text = text[: end - at].rstrip()
    return _name_text(text)


def _coordinated(phrase: str) -> str:
    """``baik Rusia maupun Korea Utara`` -> ``Rusia dan Korea Utara``."""
    p = re.sub(r"^\s*baik\s+", "", phrase, flags=re.I)
    p = re.sub(r"\s+(?:maupun|serta|&)\s+", " dan ", p, flags=re.I)
    return re.sub(r"\s*\([^)]*\)", "", p).strip()


# Office words that Indonesian glues to a role head (``Kasat`` + ``Reskrim`` -> ``Kasatreskrim``).
_GLUED_OFFICES = titles.OFFICE_UNITS


def _squeeze(word: str) -> str:
    """A role word with doubled letters merged: ``kasi`` + ``intel`` -> ``kasintel``."""
    return re.sub(r"(.)\1+", r"\1", word.casefold())


def _role_in_title(role: str, title: str) -> bool:
    """Whether ``title`` holds the role word ``role``, written out or abbreviated.

    Indonesian offices are shortened by gluing their words: ``Kasat Reskrim`` -> ``Kasatreskrim``,
    ``Kasi Intel`` -> ``Kasintel``, so ``kata Kasintel`` refers to the person introduced as ``Kasi
    Intel``, and ``kata Kasat`` to the one introduced as ``Kasatreskrim``.
    """
    words = [w.strip(",.()").lower() for w in title.split()]
    if role in words:
        return True
    if len(role) < 4:
        return False
    glued = _squeeze(role)
    for i in range(len(words)):
        if len(words[i]) > len(role) and words[i].startswith(role) and role in cues.SPEAKER_TITLES:
            return True  # ``kata Kasat`` / ``Kasatreskrim Polresta X``
        for k in (2, 3):
            if i + k <= len(words) and _squeeze("".join(words[i:i + k])) == glued:
                return True
    return False


# Speaker titles longest first (the order :func:`_role_intro` tries them in).
_SPEAKER_TITLES_LONGEST = tuple(sorted(cues.SPEAKER_TITLES, key=len, reverse=True))


@lru_cache(maxsize=1024)
def _role_intro(role: str) -> str:
    """A pattern for ``role`` as the article may first write it: the word itself, or a glued
    abbreviation written out (``kasintel`` -> ``kasi intel``, ``kasatreskrim`` -> ``kasat reskrim``)."""
    alts = [re.escape(role)]
    if len(role) >= 4 and role in cues.SPEAKER_TITLES:
        # ``kasat`` -> ``Kasatreskrim``: the role glued to an office word
        tails = {w[1:] if w[0] == role[-1] else w for w in _GLUED_OFFICES}
        alts.append(re.escape(role) + "(?:" + alternation(tails) + ")")
    for head in _SPEAKER_TITLES_LONGEST:
        rest = role[len(head):]
        if len(head) >= 3 and role.startswith(head) and len(rest) >= 3 and head.isalpha():
            alts.append(rf"{re.escape(head)}\s+{re.escape(head[-1])}?{re.escape(rest)}")
    return "(?:" + "|".join(alts) + ")"


def _find_role(ctx: _Ctx, role: str, pos: int, title: str | None = None) -> str | None:
    """The person the article introduced with the role word ``role`` before ``pos`` (``kata Kanit``
    -> the one written ``Kanit Reskrim Polsek X Iptu Budi``); with the attribution's whole title
    (``Kasi Intel``) a person introduced with that whole title comes first."""
    if title and len(title.split()) > 1 and role not in cues.ORG_HEADS:
        full = " ".join(w.lower() for w in title.split())
        for p, name, t in reversed(ctx.history):
            if p < pos and t and f" {full} " in f" {t.lower()} ":
                return name
        found = _find_role(ctx, full, pos)
        if found:
            return found
    if role in cues.ORG_HEADS:
        # ``demikian keterangan tertulis kementerian itu``: the organisation last named with that
        # head word (``Kementerian Kebudayaan Prancis``)
        for ma, _mb, m in reversed(ctx.mentions):
            if ma >= pos or m.type != "ORG" or ctx.quoted.covers(ma):
                continue
            name = _name_text(m.text)
            if name.split()[0].lower() == role:
                ctx.orgs.add(name)
                return name
        return None
    best: tuple[int, str] | None = None
    multi = " " in role
    if not multi:
        # the last speaker, and the last tagged person, whose title holds the role word
        for p, name, t in reversed(ctx.history):
            if p < pos and t and _role_in_title(role, t):
                best = (p, name)
                break
        for ma, _mb, m in reversed(ctx.mentions):
            if ma < pos and m.type == "PERSON" and m.title and _role_in_title(role, m.title) \
                    and not ctx.reported.covers(ma):
                if best is None or ma > best[0]:
                    best = (ma, m.text)
                break
    if best is None:
        # ``Kanit Reskrim Polsek X Iptu Budi`` / ``jaksa penuntut umum Budi``: the person written
        # right after the role word, when the tagger did not give the mention that title
        pat = r"\s+".join(re.escape(w) for w in role.split()) if multi else _role_intro(role)
        intro = re.compile(rf"(?<![\w-]){pat}(?![\w-])[^.!?\"“”]{{0,60}}$", re.I)
        for ma, _mb, m in reversed(ctx.mentions):
            if ma >= pos or m.type != "PERSON" or ctx.quoted.covers(ma) or ctx.reported.covers(ma):
                continue  # (``Menurut jaksa, Sri menagih …``: Sri is what the prosecutor said, not him)
            before = ctx.doc.sentences[m.sentence].text[: m.start]
            hit = intro.search(before)
            if hit is None:
                continue
            words_in = before[hit.start():].split()[len(role.split()):]
            between = [w.strip(",()") for w in words_in]
            if len(between) <= 6 and all(
                not w or w[0].isupper() or w.lower() in _OFFICE_WORDS or w.lower() in cues.ROLE_NOUNS
                or w.lower() in cues.ORG_HEADS for w in between
            ):
                return _name_text(m.text)
    return best[1] if best else None


# ``…, kata sosiolog X dari …``: a person named right after a speech root ending a sentence is the
# one speaking, like the agent of a passive speech verb.
_ROOT_AGENT = re.compile(rf",\s*(?:{_ROOTS})(?:nya)?(?:\s+[a-z][\w-]*){{0,3}}\s+$", re.I)
# Adverbs that may stand between a fronted phrase and the subject: ``Dengan tugas itu, bahkan Galih …``.
_PRE_SUBJECT = frozenset(("bahkan", "lalu", "kemudian", "akhirnya", "namun", "tetapi", "tapi", "sementara",
                          "sedangkan", "adapun", "pun", "juga", "kini", "kali", "ini"))
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
    b = _strip_connectors(before)
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
    while clause and clause[0].lower() in _PRE_SUBJECT:
        clause.pop(0)
        adverb = True
    if not clause:
        # ``Dengan tugas itu, bahkan X …``; a bare fronted phrase (``Baru-baru ini, X mendapat …``)
        # is not enough: the person is often the one the last speaker talks about
        return adverb and "," in b
    return bool(_FRONTED.match(" ".join(clause)))


# Verbs of asking: with no reported content (``X meminta Y memijat punggungnya``) an action.
_REQUEST_VERBS = frozenset(("meminta", "mendesak", "mengimbau", "menanyakan", "bertanya"))


# A third-person pronoun as a quote's own word (``Kemarin itu dia kurang sehat``): the quote speaks
# about someone, who is then not the one speaking.
_THIRD_PERSON = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_PERSON_PRONOUNS)) + r")(?![\w-])", re.I)


def _third_person_talk(content: str | None) -> bool:
    """Whether a quote opens by talking about someone in the third person (``dia``, ``beliau`` in
    its first sentence): then the person just narrated (``Sinta beralasan sakit dan meminta …``) is
    the one talked about, not the one talking, even when that person spoke earlier."""
    return bool(content and _THIRD_PERSON.search(re.split(r"[.!?]", content, maxsplit=1)[0]))


def _bare_party(ctx: _Ctx, m: Mention, before: str, content: str | None) -> bool:
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
    return third or not _spoke(ctx, _name_text(m.text))


# A quote in the first person singular: the words of whoever is its subject, a party included.
_FIRST_SINGULAR = re.compile(r"(?<![\w-])(?:saya|aku|gue)(?![\w-])", re.I)  # not ``gua`` (a cave)

# ``Sementara tersangka M memohon maaf …``: a party opening a narrative clause with an active verb.
_PARTY_SUBJECT = re.compile(
    r"^(?i:(?:sementara|sementara\s+itu|adapun|namun|kemudian|lalu|di\s+sisi\s+lain)\s*,?\s+)?"
    r"(?i:" + "|".join(sorted(_PARTY_ROLES)) + r")\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s+(?:(?:pun|juga|lalu|kemudian|sempat)\s+)?me[a-z]{3,}(?![\w-])"
)


def _party_role(title: str | None, before: str = "") -> bool:
    """Whether a person is named with a case-party role (``Terdakwa X``, ``… tersangka X``)."""
    if title and title.split()[0].lower() in _PARTY_ROLES:
        return True
    prev = before.rstrip(" ,").split()
    return bool(prev) and prev[-1].lower() in _PARTY_ROLES


# Name parts many people share (``Muhammad Rizki`` is not named by a quote about ``Muhammad Ali``): the
# name openers (``Muhammad`` and its spellings, ``Andi``, ``Teuku``), the Balinese birth-order names and
# a few common Muslim and Javanese first names.
_SHARED_NAME_PARTS: frozenset[str] = (
    name_prefixes.NAME_OPENERS | titles.BALINESE_NAMES | frozenset(("ahmad", "achmad", "abdul", "siti", "nur", "sri"))
)


def _named_in(content: str | None, name: str) -> bool:
    """Whether a quote names the person ``name`` (a word of the name, capitalised, of 3+ letters):
    a quote speaks about the people it names (``"Dominikus bukan pegawai kami," imbuhnya``).

    The word counts only where the capitalised run around it holds no other name word: ``Budi
    Santoso ditangkap …`` names someone else than the speaker ``Budi Hartono`` (titles such as
    ``Pak`` and a quote's or sentence's first word do not count as other names)."""
    if not content:
        return False
    parts = _name_text(name).split()
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


def _talks_of(ctx: _Ctx, content: str | None, name: str) -> bool:
    """Whether a quote names the person ``name`` (:func:`_named_in`) or writes them by a short form
    the article gives them (``Iswan Ibrahim (ISW)`` then ``"Saudara ISW … meminta …," katanya``)."""
    if _named_in(content, name):
        return True
    if not content:
        return False
    key = _name_text(name).lower()
    for full, forms in ctx.short_forms.items():
        if (full == key or _same_person(full, key)) and any(
                f in content and _word_re(f).search(content) for f in forms):
            return True
    return False


# ``Iswan Ibrahim (ISW)``: a name and the capitals it is abbreviated to.
_SHORT_FORM = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+\((?P<short>[A-Z]{2,5})\)")
# ``saudara AS``, ``tersangka HPS``: a person written by the initials of their name.
_INITIALS_AFTER = re.compile(r"(?<![\w-])(?:[Ss]audara|[Ss]dr\.?|[Tt]ersangka|[Tt]erdakwa)\s+(?P<short>[A-Z]{2,4})(?![\w-])")


def _short_forms(ctx: _Ctx) -> dict[str, set[str]]:
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


def _unmentioned_party(ctx: _Ctx, after: int, pos: int) -> str | None:
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
        if sent.text[:1] in _DOUBLE or ctx.quoted.covers(sent.start) or ctx.quoted.covers(sent.start + 1):
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
    if (other is not None and other.type != "PERSON") or any(_is_acronym(w) and len(w) > 3 for w in name.split()):
        return None  # ``Pelaku UMKM Kota X menyampaikan``: an organisation or place, not a party
    full = [x for _a, _b, x in ctx.mentions if x.type == "PERSON" and x.sentence == si
            and _name_text(x.text).split()[-1] == name.split()[-1]]
    return _longest_form(ctx, _name_text(full[0].text)) if full else name


def _spoke(ctx: _Ctx, name: str) -> bool:
    """Whether the person ``name`` said anything so far (a request such as ``meminta`` is no speech)."""
    return any(_same_person(name, n) for p, n, _t in ctx.history if p not in ctx.requests)


def _resolve_pronoun(ctx: _Ctx, pos: int, content: str | None = None) -> tuple[str | None, str | None]:
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
        if account and any(_same_person(_name_text(m.text), x) for x in ctx.parties):
            continue
        if last is not None and ma <= last[0]:
            break
        s = ctx.doc.sentences[m.sentence]
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
        name = _name_text(subj[1].text)
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


def _resolve_side(ctx: _Ctx, pos: int) -> tuple[str | None, str | None]:
    """``Pihaknya memastikan …`` (his/its side) as a subject: the party named just before.

    Candidates are the last speaker (person or organisation) and the organisations and persons
    narrated as a clause subject since (outside quotes and reported contents). One party gives the
    name: the last speaker when nobody else became a subject (a person so named is the same person,
    an organisation is one the speaker's title names), else the one organisation narrated when no
    one spoke before. A document or unnamed source quoted since, or two parties, leave the statement
    unnamed: a guessed side would merge unrelated statements.
    """
    last = next(((p, n, t) for p, n, t in reversed(ctx.history) if p < pos), None)
    if last is not None and any(last[0] < d < pos for d in ctx.documents):
        return None, None  # (``Warga menyebut …`` since: whose side is unclear)
    since: list[Mention] = []
    own = bisect_right(ctx.sentence_starts, pos) - 1
    for ma, _mb, m in ctx.mentions:
        if ma >= pos:
            break
        if (last is not None and ma <= last[0]) or ctx.quoted.covers(ma) or ctx.reported.covers(ma) \
                or m.sentence == own:
            continue  # (``Setelah X ditetapkan tersangka, pihaknya …``: a fronted clause's subject)
        s = ctx.doc.sentences[m.sentence]
        before, after = s.text[: m.start], s.text[m.end:]
        if _subject_position(before, after) and not (last is not None and _narrated(ctx, last[0], ma, before, after)):
            since.append(m)
    if last is None:
        orgs = {_name_text(m.text) for m in since if m.type == "ORG"}
        if len(orgs) == 1 and not any(m.type == "PERSON" for m in since):
            return orgs.pop(), None
        return None, None
    for m in since:
        name = _name_text(m.text)
        if m.type == "PERSON" and not _same_person(name, last[1]):
            return None, None
        if m.type == "ORG" and name != last[1] and not (last[2] and any(
                _word_re(f).search(last[2]) for f in {m.text} | _written_out(ctx, m.text))):
            return None, None
    if last[1] in ctx.orgs:
        return last[1], last[2]
    return _pronoun_name(ctx, last[1]), last[2]


def _org_official(ctx: _Ctx, last_name: str, last_pos: int, pos: int) -> tuple[str, str | None] | None:
    """``Sementara itu, BPKP akan berpatokan …`` then ``"…?" pungkasnya``: a connector turning to
    another party opens the narrative sentence right before a pronoun's quote, with an organisation
    as its subject, after the last speaker (of another organisation) spoke; the one who spoke earlier under that organisation's title (``Kepala
    Badan Pengawas … (BPKP) Mardiasmo``) speaks for it. None when that is not one person, or the last
    speaker is among them."""
    si = bisect_left(ctx.sentence_starts, pos) - 1
    while si >= 0 and (ctx.doc.sentences[si].text[:1] in _DOUBLE or ctx.quoted.covers(ctx.doc.sentences[si].start)
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
        before = _strip_connectors(sent.text[: m.start])
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


def _pronoun_name(ctx: _Ctx, name: str) -> str:
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
    if core is None or not _part_of(name, core) or core not in ctx.text:
        return name
    return core


def _narrated(ctx: _Ctx, last_pos: int, at: int, before: str, after: str) -> bool:
    """Whether a person in subject position at ``at`` is only narrated about, so a later pronoun
    still means the last speaker (who spoke at ``last_pos``).

    Three shapes: the person is the patient of a passive verb (``HM pun dilaporkan …``); the clause
    opens with a hedge or an allegation (``Diduga karena itu AL tersulut emosi …``: what someone
    suspects of the person, who is talked about); or the paragraph is the last speaker's own account
    (``Muslim menilai … . Sebagaimana diketahui, Ridwan Kamil melaporkan …``): the last speaker spoke
    earlier in the same paragraph.
    """
    if _PASSIVE_AFTER.match(after) or _HEDGED_LEAD.match(_strip_connectors(before)):
        return True
    return _line_of(ctx, last_pos) == _line_of(ctx, at)


# A clause opened by an allegation or a hedge (``Diduga …``, ``Kemungkinan …``, ``Konon …``): its subject
# is the one suspected or guessed about.
_HEDGED_LEAD = re.compile(r"^(?:" + "|".join(sorted(
    (c for st in ("allegation", "speculation") for c in cues.CLAIM_CUES[st] if c in cues.PASSIVE_CLAIM_CUES),
    key=len, reverse=True)) + r"|kemungkinan|konon|kabarnya)(?![\w-])", re.I)


# A lede quote explained in the next paragraph: ``"Apa benar …?" / Pertanyaan sederhana Megawati …``.
_FORWARD_LEAD = re.compile(
    r"^(?:Pertanyaan|Pernyataan|Ucapan|Kalimat|Seruan|Komentar|Celetukan|Pesan|Kata-kata)"
    r"(?:\s+(?:itu|tersebut|ini|[a-z][\w-]*)){0,3}\s+(?=[A-Z])"
)


def _forward_speaker(ctx: _Ctx, it: _Item) -> str | None:
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
    return _longest_form(ctx, _name_text(men.text))


# A quote opening on its own party: ``Kami dari KBRI …`` (first person, the party named), or a named
# organisation as the subject of the quote's first clause (``KBRI Phnom Penh berjanji akan …``, a
# release written in the third person), the organisation followed by a predicate.
_KAMI_DARI = re.compile(r"\s*(?:Kami|Saya)\s+(?:dari|selaku|sebagai|mewakili)\s+(?:pihak\s+)?(?=[A-Z])")
_OWN_PREDICATE = re.compile(
    r"^\s*(?:(?:akan|terus|tetap|telah|sudah|juga|pun|siap|selalu|sedang|masih|berjanji|berkomitmen)(?![\w-])"
    r"|(?:me|ber|mem|men|meng|meny)[a-z]{3,}(?![\w-]))")


def _own_party(ctx: _Ctx, it: _Item) -> tuple[str, bool] | None:
    """The organisation a direct quote names as its own subject (see ``_KAMI_DARI``): its name, and
    whether the quote speaks for it in the first person (``Kami dari X``)."""
    lead = len(it.text) - len(it.text.lstrip(" \"“”'"))
    at = it.start + lead
    first = False
    m = _KAMI_DARI.match(ctx.text, at, min(it.end, at + 40))
    if m is not None:
        at, first = m.end(), True
    # the tagger may leave a quote's words untagged: an organisation the article names elsewhere
    # (or by its acronym, ``KBRI`` of ``Kedutaan Besar RI (KBRI)``), with a place after it (``KBRI
    # Phnom Penh``)
    orgs = {_name_text(m.text) for _a, _b, m in ctx.mentions if m.type == "ORG"} - {""}
    orgs |= {w for o in orgs for w in re.findall(r"[A-Z]{3,}", o) if _is_acronym(w)}
    names = sorted(orgs, key=len, reverse=True)
    name = next((n for n in names if ctx.text.startswith(n, at)
                 and not re.match(r"[\w'’-]", ctx.text[at + len(n): at + len(n) + 1])), None)
    if name is None:
        return None
    run = re.match(r"(?:\s+[A-Z][\w'’-]*)*", ctx.text[at + len(name): min(it.end, at + len(name) + 40)])
    if run is not None and run.group():
        name += run.group()
    end = at + len(name)
    if not first and not _OWN_PREDICATE.match(ctx.text[end: min(it.end, end + 40)]):
        return None
    return name, first


def _place_speaker(ctx: _Ctx, name: str | None) -> bool:
    """Whether a carried-over speaker is a place (``Provinsi X``, which the tagger may give as a
    person), no party that speaks."""
    if not name:
        return False
    head = name.split()[0].lower()
    return head in cues.ADMIN_UNIT_WORDS or _place_name(name, ctx)


# ``"Kami sepakat dengan Menteri X …"``: the counterpart the speaking side agrees or works with.
_COUNTERPART = re.compile(
    r"(?<![\w-])(?:Kami|kami)(?![\w-])[^.!?\"“”]{0,60}?(?<![\w-])(?:dengan|bersama|kepada)\s+"
    r"(?:(?:Bapak|Ibu|Pak|Bu|Yang\s+Mulia)\s+)?(?P<title>Menteri|Presiden|Perdana\s+Menteri|Gubernur|Duta\s+Besar)"
    r"(?P<rest>(?:\s+[A-Z][\w.'’-]*)+)")
# ``Republik Indonesia`` and ``RI`` are one country in an office's name.
_RI = re.compile(r"\bRepublik\s+Indonesia\b")


def _counterpart_side(ctx: _Ctx, content: str, name: str) -> bool:
    """Whether a first-person-plural quote names ``name`` as its counterpart (``Kami sepakat dengan
    Menteri X``): ``name`` is X, or X's own ministry (``Kementerian Y`` for the ``Menteri Y`` the
    article calls X). Then ``name`` is not the side that speaks."""
    for m in _COUNTERPART.finditer(content):
        who = m.group("rest").strip()
        person = next((p for p in ctx.persons if _part_of(p, who) or _part_of(who, p) or p in who), None)
        if person is None:
            continue
        if _same_person(name, person) or _part_of(name, person):
            return True
        if not name.startswith("Kementerian "):
            continue
        last = re.escape(person.split()[-1])
        for o in re.finditer(r"(?<![\w-])Menteri\s+(?P<office>[A-Z][\w]*(?:\s+(?:dan\s+)?[A-Z][\w]*)*)\s*,?\s*"
                             r"(?:[A-Z][\w.'’-]*\s+){0,3}" + last + r"(?![\w-])", ctx.text):
            office = _RI.sub("RI", o.group("office"))
            if _RI.sub("RI", name[len("Kementerian "):]) == office:
                return True
    return False


def _resolve(ctx: _Ctx, items: list[_Item]) -> None:
    ctx.reported = _Spans([(it.start, it.end) for it in items if not it.direct and not it.lead and it.text])
    ctx.short_forms = _short_forms(ctx)
    prev: _Item | None = None
    para_last: dict[int, _Item] = {}
    prev_items = False  # whether any quote or statement came before (a lede quote has none)
    for it in items:
        sp = it.speaker
        if it.inherit and prev is not None:
            it.name, it.title = prev.name, prev.title
        elif sp is not None and sp.kind == "phrase":
            it.name, it.title = _resolve_phrase(ctx, sp)
        elif sp is not None and sp.kind == "pronoun":
            it.name, it.title = _resolve_pronoun(ctx, sp.start, it.text if it.direct else None)
        elif sp is not None and sp.kind == "role":
            if sp.title_only:
                # ``Ketua Majelis … itu`` varies the name of the person speaking: the last speaker
                it.name, it.title = _resolve_pronoun(ctx, sp.start)
                if it.name is None:
                    it.name = _find_role(ctx, sp.text, sp.start)
            else:
                it.name = _find_role(ctx, sp.text, sp.start)
        elif sp is not None and sp.kind == "literal":
            it.name = sp.text or None
        elif sp is not None and sp.kind == "country":
            it.name = _find_country(ctx, sp.start)
        elif sp is not None and sp.kind == "side":
            it.name, it.title = _resolve_side(ctx, sp.start)
        elif sp is not None and sp.kind == "document":
            ctx.documents.append(it.pos)  # no speaker; a ``-nya`` after it stays with the document
        elif sp is not None and sp.kind == "none" and (sp.text in _RELATIVE_NOUNS or (
                sp.text in cues.UNNAMED_SPEAKER_NOUNS and not any(n not in ctx.orgs for _p, n, _t in ctx.history))):
            # ``Penyelenggara mengatakan …`` then ``ujarnya``, nobody named having spoken: the unnamed
            # speaker goes on speaking, as a document does, and no person merely named earlier takes
            # the pronoun. (After a named speaker, ``Pihak sekolah menyatakan … "…," jelasnya`` is
            # that speaker again: the side's spokesperson, whom the pronoun still finds.)
            ctx.documents.append(it.pos)
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
            if it.lead and it.cue in _REQUEST_VERBS:
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
