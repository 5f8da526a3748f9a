"""Direct quotes: the quoted spans of a paragraph (:func:`_scan_line`), a closing mark with no
opening one, a doubled mark, headlines and titles in quotes, a partial quote a speech verb gives a
speaker, and the attribution after a closing mark (:func:`_tail_attribution`) or before an opening
one (:func:`_head_attribution`), or a titled person opening a verbless sentence.

Apart because quote marks and the attribution next to them are read before any reported
statement.
"""

from __future__ import annotations

import re

from kliping.extract.quotes.clauses import _sentence_start, strip_connectors
from kliping.extract.quotes.context import _person_within
from kliping.extract.quotes.patterns import (
    _ACTIVE_VERB_WORDS,
    _HEAD_ROOT,
    _HEAD_VERB,
    _LEADING_CUE,
    _MARKED_HEAD_END,
    _SINGLE,
    _TAIL_CUE,
    _TAIL_ROOT_WORDS,
    _TAIL_STATEMENT,
    _TAIL_VERB,
    _TAIL_WORDING,
    _TAIL_WRITTEN,
    _WIRE_QUOTE_TAIL,
    DOUBLE_QUOTE_MARKS,
    TITLE_WORDS,
)
from kliping.extract.quotes.records import Ctx, Speaker, _Item, _Line
from kliping.extract.quotes.speaker_phrases import speaker_after
from kliping.extract.quotes.subjects import subject
from kliping.lang.id import cues
from kliping.lang.id.quote_words import THIRD_PERSON_PRONOUNS, TITLE_MINOR_WORDS


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
        if c not in DOUBLE_QUOTE_MARKS and c not in _SINGLE:
            continue
        prev = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < n else " "
        if open_at is None:
            if c in DOUBLE_QUOTE_MARKS:
                if c in "“„«" or (not nxt.isspace() and (prev.isspace() or prev in "([{—–-:/")) \
                        or (c in '"”' and prev in ".!?," and nxt.isupper()):  # ``pangan."Kita …``, ``melanjutkan,"Program …``
                    open_at, open_kind = i, "d"
            elif c in "‘'" and (prev.isspace() or prev in "([{") and nxt.isalnum():
                open_at, open_kind = i, "s"
            continue
        if open_kind == "d" and c in DOUBLE_QUOTE_MARKS:
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


def _closing_attributed(ctx: Ctx, ln: _Line, at: int, blank: bool = False) -> bool:
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




def _title_case(s: str) -> bool:
    """A quoted headline or title: three or more words, most of them capitalised (short function
    words such as ``in``/``the``/``di`` not counted)."""
    words = [w for w in s.split() if w[:1].isalpha() and w not in TITLE_MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _clean_quote(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().rstrip(",").strip()


# ``Kapolres X AKBP Budi, kebakaran itu terjadi …``: an official and a comma, then the clause he gave
# (the speech verb left out); what follows a list or an apposition is no such clause.
_VERBLESS_CLAUSE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*(?!(?:yang|dan|serta|selaku|sebagai|beserta|bersama)\b)[a-z]")


def _verbless_lead(s: str, base: int, ctx: Ctx) -> _Item | None:
    """A sentence that opens with a titled person, a comma and a clause, with no speech verb
    (``Kapolrestabes X Kombes Harryo, pembunuhan ini terjadi …``): the person gives that account,
    so he is the one speaking for the quotes that follow (a lead with no content)."""
    body = strip_connectors(s)
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
        spk = speaker_after(s[off:m.end], base + off, ctx)
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


def _tail_attribution(tail: str, tail_start: int, ctx: Ctx) -> tuple[str, Speaker, int] | None:
    """``," kata X``-style attribution after a closing mark: (cue, speaker, characters used)."""
    m = _TAIL_CUE.match(tail)
    if m:
        cue = m.group("cue").lower()
        used = _attribution_end(tail, m.end())
        if m.group("nya"):
            return cue, Speaker("pronoun", start=tail_start + m.start("cue")), used
        rest = tail[m.end():]
        rest_start = tail_start + m.end()
        if re.match(r"^\s*oleh\s", rest, re.I):
            off = re.match(r"^\s*oleh\s", rest, re.I).end()  # type: ignore[union-attr]
            rest, rest_start = rest[off:], rest_start + off
        sp = speaker_after(rest, rest_start, ctx)
        if sp.kind == "none" and not sp.text and cue in _ACTIVE_VERB_WORDS and re.match(r"^\s+[a-z]", rest):
            # ``dengan kategori 'Baik', melanjutkan tren positif``: an active verb with its own object
            # after a quoted term continues the narrative sentence; no one is said to speak
            return None
        if cue not in _TAIL_ROOT_WORDS or sp.kind != "none":
            return cue, sp, used
        # ``," cerita tentang …``: the noun, not an attribution; try the other shapes
    wm = _TAIL_WRITTEN.match(tail)
    if wm:
        return "tertulis", Speaker("document", start=tail_start + wm.start()), _attribution_end(tail, wm.end())
    # ``," demikian keterangan tertulis Koalisi X.``: a written statement names its author
    dm = _TAIL_STATEMENT.match(tail)
    if dm:
        sp = speaker_after(tail[dm.end():], tail_start + dm.end(), ctx)
        if sp.kind != "none":
            return "keterangan", sp, _attribution_end(tail, dm.end())
    # ``," bunyi surat edaran itu`` / ``," bunyi pasal 42 …``: the wording of a document
    if _TAIL_WORDING.match(tail):
        return "bunyi", Speaker("document", start=tail_start), _attribution_end(tail, len(tail))
    # ``," lapor AFP.``, ``," demikian dilaporkan Reuters.``: the outlet's report, no one else named
    wm = _WIRE_QUOTE_TAIL.match(tail)
    if wm:
        return (wm.group("verb").lower(), Speaker("literal", text=wm.group("src"), start=tail_start + wm.start("src")),
                _attribution_end(tail, wm.end()))
    # ``," ekonom Saudi X kepada AFP.``: wire style, no verb, the speaker and the outlet
    km = re.match(r"^[\s,]*(?P<spk>[^,.;:!?\"“”]{2,80}?)\s+kepada\s+\S", tail)
    if km and len(km.group("spk").split()) <= 6:
        first = km.group("spk").split()[0]
        if first.lower() in cues.ROLE_NOUNS or first.lower() in TITLE_WORDS:
            sp = speaker_after(km.group("spk"), tail_start + km.start("spk"), ctx, loose=True)
            if sp.kind == "phrase":
                return "kepada", sp, _attribution_end(tail, km.end())
    # ``…," Direktur Riset X Budi Santoso, dalam rilisnya.``: a quote closed by a comma, then a titled
    # person and a comma (or the end), no verb: the person is the one quoted
    tm = _TAIL_TITLED.match(tail)
    if tm and ctx.text[max(0, tail_start - 2):tail_start - 1] == "," and len(tm.group("spk").split()) <= 8 \
            and tm.group("spk").split()[0].lower() in TITLE_WORDS:
        at = tail_start + tm.start("spk")
        sp = speaker_after(tm.group("spk"), at, ctx)
        if sp.kind == "phrase" and _person_within(ctx, at, at + len(tm.group("spk"))):
            return "", sp, _attribution_end(tail, tm.end("spk"))
    # ``," Bimo menambahkan.`` / ``," ia menambahkan.``
    lead = re.match(r"^[\s,]*", tail)
    body = tail[lead.end():] if lead else tail  # type: ignore[union-attr]
    vm = _TAIL_VERB.search(" " + body[:120])
    if vm and vm.group("after").strip()[:1] in {"", "."}:
        subj = body[: vm.start()]
        if 0 < len(subj.split()) <= 10 and not re.search(r"[.,!?;:]", subj) \
                and (subj[:1].isupper() or subj.strip().lower() in THIRD_PERSON_PRONOUNS):
            base = tail_start + (lead.end() if lead else 0)  # type: ignore[union-attr]
            return vm.group("cue").lower(), subject(subj, base, ctx), _attribution_end(tail, len(tail))
    return None


_TAIL_TITLED = re.compile(r"^[ \t]*(?P<spk>[A-Z][^,.;:!?\"“”()]{2,100}?)[ \t]*(?:,|\.|$)")


def _attribution_end(tail: str, at: int) -> int:
    m = re.search(r"[.!?](?:\s|$)", tail[at:])
    return at + (m.end() if m else len(tail) - at)


def _head_attribution(head: str, head_start: int, ctx: Ctx) -> tuple[str, Speaker] | None:
    """``X mengatakan, “``, ``Kata X, “``, ``Menurut X, “`` before an opening mark."""
    stripped = head.strip().lstrip(",.;: ")
    lead = len(head) - len(head.lstrip(",.;: \n\t"))
    m = _HEAD_ROOT.match(stripped)
    if m:
        cue = m.group("cue").lower()
        if m.group("nya"):
            return cue, Speaker("pronoun", start=head_start + lead)
        return cue, speaker_after(m.group("spk"), head_start + lead + m.start("spk"), ctx)
    m = _HEAD_VERB.search(head)
    if m and not (m.group("cue").lower() in cues.MARKED_SPEECH_VERBS and not _MARKED_HEAD_END.search(head)):
        # (``Polisi mengungkap “jaringan lama”``: uncovering, not the head of a quote; cues.MARKED_SPEECH_VERBS)
        return m.group("cue").lower(), subject(head[: m.start()], head_start, ctx)
    return None
