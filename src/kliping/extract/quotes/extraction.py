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
from dataclasses import dataclass, field
from functools import lru_cache

from kliping.lang.id import brands, calendar, cues, gazetteer, name_prefixes, outlets, titles
from kliping.lang.id.calendar import MONTHS_ID, WEEKDAYS
from kliping.lang.id.titles import NAME_PARTICLES as _NAME_PARTICLES
from kliping.lang.id.titles import TITLE_WORDS as _ENTITY_TITLE_WORDS
from kliping.model import Document, Mention, Quote
from kliping.text.find import find_whole
from kliping.text.patterns import alternation
from kliping.text.tokens import letters_in_order

# Titles, ranks and honorifics stripped from speaker names (``cues.SPEAKER_TITLES`` says what it
# is built from; the scorer strips the same words).
TITLE_WORDS: frozenset[str] = cues.SPEAKER_TITLES
# Portfolio and office words (``Perhubungan``, ``Luar Negeri``) between a title and a name; words
# that are also names (``Agung``, ``Muda``) are left out.
_OFFICE_WORDS: frozenset[str] = (_ENTITY_TITLE_WORDS - frozenset(
    ["agung", "muda", "madya", "pertama", "kedua", "tinggi", "besar", "dan", "&", "-", "utama", "jenderal"]
)) | TITLE_WORDS
# Derived nouns (``Perhubungan``, ``Keuangan``, ``Pembangunan``) are office words, not names.
_DERIVED_NOUN = re.compile(r"^(?:per|pe[mny]?|peng|ke)\w{3,}an$", re.I)

# ----------------------------------------------------------------------------- patterns


_ROOTS = alternation(cues.SPEECH_ROOTS)
_TAIL_ROOTS = alternation(cues.TAIL_SPEECH_ROOTS)
_VERBS = alternation(cues.SPEECH_VERBS + cues.STANCE_VERBS + cues.ROOT_VERBS)
_PASSIVE = alternation(cues.PASSIVE_SPEECH)
_B = r"(?<![\w-])"
_E = r"(?![\w-])"

# Attribution right after a closing quote mark: ``," kata X``, ``," terangnya``, ``," dikatakan X``.
_TAIL_CUE = re.compile(
    rf"^[\s,.;:!?…–—-]*(?:(?:demikian|begitu)\s+)?(?P<cue>{_ROOTS}|{_PASSIVE}|{_VERBS}|{_TAIL_ROOTS})(?P<nya>nya)?{_E}",
    re.I,
)
# ``," demikian tertulis dalam dokumen …`` / ``," seperti tertuang dalam …``: the words of a document.
_TAIL_WRITTEN = re.compile(
    r"^[\s,.]*(?:demikian|begitu|seperti|sebagaimana)\s+(?:yang\s+)?(?:tertulis|tertuang|termuat|tercantum)(?![\w-])",
    re.I,
)
_TAIL_ROOT_WORDS = frozenset(cues.TAIL_SPEECH_ROOTS)
# Active speech and stance verbs (``menambahkan``, ``menegaskan``), not the bare roots (``kata``, ``tambah``).
_ACTIVE_VERB_WORDS = frozenset(cues.SPEECH_VERBS + cues.STANCE_VERBS) - frozenset(cues.SPEECH_ROOTS) - _TAIL_ROOT_WORDS
# ``," bunyi surat edaran itu``: ``bunyi`` (the wording) with no author named after it (a statement
# with an author, ``bunyi keterangan X``, is read by ``_TAIL_STATEMENT`` first).
_TAIL_WORDING = re.compile(r"^[\s,.]*(?:(?:demikian|begitu)\s+)?bunyi(?![\w-])", re.I)
# ``Ketua RT 21, Kelurahan Belo, …``: a place apposition after a title (an administrative unit and its name).
# ``..., itu``: the role just named is the speaker (``cues.ROLE_DEMONSTRATIVES``).
_DEMONSTRATIVE_AFTER = re.compile(r"^\s*,?\s*(?:itu|tersebut|ini)(?![\w-])")
_ADMIN_APPOSITION = re.compile(
    r"^\s*,\s*(?:" + alternation(cues.ADMIN_UNIT_WORDS) + r")\s+[A-Z0-9][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*)*", re.I
)
# ``," Bimo menambahkan.`` — a subject then a speech verb after the closing quote.
_TAIL_VERB = re.compile(rf"\s(?P<cue>{_VERBS}|{_ROOTS}){_E}(?P<after>[^\w]*)", re.I)
# Attribution before an opening quote: ``X mengatakan, “``, ``X mengatakan bahwa “``.
_HEAD_VERB = re.compile(
    rf"{_B}(?P<cue>{_VERBS}|{_PASSIVE})(?:\s+(?:bahwa|sebagai berikut))?\s*[,:]?\s*$", re.I
)
# ``Kata X, “``, ``Menurut X, “``, ``Ujarnya: “``.
_HEAD_ROOT = re.compile(
    rf"^(?P<cue>{_ROOTS}|menurut)(?P<nya>nya)?{_E}(?P<spk>[^,:]*)[,:]\s*$", re.I
)
_ANY_VERB = re.compile(rf"{_B}(?P<cue>{_VERBS}){_E}", re.I)
_MENURUT = re.compile(rf"{_B}menurut(?P<nya>nya)?{_E}", re.I)
# A speech verb or root opening the text after a quote (``“…,” kata X, “…”``).
_LEADING_CUE = re.compile(rf"^[\s,]*(?:{_ROOTS}|{_VERBS}|{_PASSIVE})", re.I)
# ``..., kata X.`` ending a sentence without quote marks.
_END_ROOT = re.compile(rf",\s*(?P<cue>{_ROOTS})(?P<nya>nya)?{_E}(?P<rest>[^,]*?)[.!?]?\s*$", re.I)
# ``OPEC, kata Bimo, bukan …`` / ``Artinya, lanjut dia, …``: attribution inside a sentence.
_MID_ROOT = re.compile(
    rf",\s*(?P<cue>{_ROOTS})(?P<nya>nya)?{_E}(?P<rest>[^,.;:!?\"“”]{{0,60}}?),\s*(?=\S)", re.I
)
# ``," demikian keterangan tertulis X`` / ``," demikian pernyataan resmi X``: no speech verb.
# ``," pernyataan BPBD X melalui rilis`` / ``," demikian laporan tertulis P2BK X``: the same without
# ``demikian``, and reports as well as statements.
_TAIL_STATEMENT = re.compile(
    r"^[\s,.]*(?:(?:demikian|begitu)\s+)?(?:bunyi\s+)?(?:keterangan|pernyataan|siaran\s+pers|rilis|unggahan|"
    r"cuitan|laporan)(?:\s+(?:tertulis|resmi|pers))?\s+(?=\S)",
    re.I,
)
# A news outlet named as the source at the end of a sentence (``..., demikian dilaporkan Reuters.``,
# ``..., lapor Associated Press.``, ``..., seperti dilansir BBC, Senin (3/11).``): the foreign agencies
# and the Indonesian outlets (``lang.id.outlets``, by name and by the markers they write; detikcom's
# channels), after an optional kind of outlet (``kantor berita resmi Iran IRNA``).
_OUTLET = alternation(
    {*outlets.WIRE_OUTLETS, *(n for c, (_d, marks) in outlets.OUTLETS.items() for n in (c, *marks))}
) + r"|detik(?:com|[A-Z][A-Za-z]+)"
_OUTLET_KIND = (r"(?:(?:" + alternation(outlets.OUTLET_KIND_WORDS) + r")\s+(?:(?:" + alternation(outlets.OUTLET_KIND_QUALIFIERS)
                + r")\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?)?")
_REPORT_CUE = (r"(?:(?:" + alternation(cues.REPORT_TAIL_OPENERS) + r")\s+)?(?P<verb>" + alternation(cues.REPORT_TAIL_VERBS)
               + r")(?:\s+(?:dari|oleh))?")
# ... right after a closing quote mark (``"...," lapor AFP.``) ...
_WIRE_QUOTE_TAIL = re.compile(r"^[\s,]*" + _REPORT_CUE + r"\s+" + _OUTLET_KIND + rf"(?P<src>(?-i:{_OUTLET})){_E}", re.I)
# ... or ending a sentence of reported content, after a comma, with at most a date or a short adjunct
# after the outlet (``mengutip seorang pejabat``).
_WIRE_TAIL = re.compile(r",\s*(?P<cue>" + _REPORT_CUE + r")\s+" + _OUTLET_KIND + rf"(?P<src>(?-i:{_OUTLET})){_E}"
                        r"(?P<rest>[^\"“”]{0,80}?)\s*[.!?]?\s*$", re.I)
# ``kata perempuan asal Kalimantan Barat itu``: a description of the one speaking, closed by a demonstrative.
_EPITHET = re.compile(
    rf"^(?P<noun>{alternation(cues.EPITHET_NOUNS)})(?:\s+[\w'’.-]+){{0,5}}?\s+(?:ini|itu|tersebut)(?![\w-])", re.I
)
# A passive speech verb (and ``oleh``) with title words right before a name: ``Hal senada
# diungkapkan Sekretaris Kementerian X Bayu``: the name is the agent, i.e. the one speaking.
_PASSIVE_AGENT = re.compile(rf"{_B}(?:{_PASSIVE})(?:\s+oleh)?(?:\s+[A-Z][\w.'’()-]*)*\s*$", re.I)
# ``Hal senada diungkapkan X`` / ``Pernyataan itu disampaikan oleh X``: a passive lead naming the
# one who speaks in the next paragraphs.
_PASSIVE_LEAD = re.compile(
    rf"{_B}(?:hal|pernyataan|penjelasan|keterangan)\s+(?:senada|serupa|yang\s+sama|itu|tersebut|ini)\s+"
    rf"(?:juga\s+|pun\s+)?(?P<cue>{_PASSIVE})(?:\s+oleh)?\s+(?P<spk>[A-Z])",
    re.I,
)
# A person written as the patient of a passive verb (``HM pun dilaporkan``, ``Lisa diduga``): not
# the one who speaks next.
_PASSIVE_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:pun|juga|sebelumnya|lalu|kemudian|telah|sudah|akhirnya|sempat|baru|langsung|segera|kembali)\s+)*"
    r"di(?!rinya)[a-z]{3,}(?![\w-])"
)
# A dateline before the subject: ``JAKARTA, KOMPAS.com – Menteri X mengatakan``.
_DATELINE_DASH = re.compile(r"\s[–—-]\s")
_BAHWA = re.compile(r"^\s*[,:]?\s*bahwa\s+", re.I)
_COMMA = re.compile(r"^\s*[,:]\s*")
_TOKEN = re.compile(r"\([^()]*\)|[^\s(),;:]+|[(),;:]")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_DAYS = re.compile(
    r"^(?:\(?\s*)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|kemarin|hari ini|"
    r"pada|tadi|pekan|bulan|tahun|\d)",
    re.I,
)
# Day and month names: capitalised, never a speaker (the tagger may still tag ``Selasa`` as a person).
_DAY_NAME = re.compile(
    r"^(?:" + alternation((*WEEKDAYS, *MONTHS_ID)) + r")(?![\w-])",
    re.I,
)
_SENT_END = re.compile(r"[.!?…]+[\"”’»]?\s+(?=[\"“”‘«(]?[A-Z0-9])")

# The narrator's attribution inside a would-be quote: ``Tetapi menurut Andy Lipow, …``. (``, kata
# X`` is not taken: ``"Kami siap, kata Budi.`` is more likely a quote missing its closing mark.)
_SELF_ATTRIBUTED = re.compile(rf"{_B}menurut\s+[A-Z]")

_ADJUNCT_STARTS = frozenset(("kepada", "di", "saat", "ketika", "dalam", "pada", "usai", "seusai", "setelah"))
_DOUBLE = "\"“”„«»"
_SINGLE = "‘’'"
_PERSON_PRONOUNS = frozenset(("ia", "dia", "beliau"))


# ----------------------------------------------------------------------------- internal records


@dataclass
class _Speaker:
    """How an item names its speaker, resolved later in reading order."""

    # "phrase" | "pronoun" | "role" | "literal" (an account handle) | "document" | "none" |
    # "country" (``Pemerintah negara tersebut``: the country named before, see ``_find_country``)
    kind: str
    text: str = ""
    start: int = 0  # absolute offset of the phrase
    title_only: bool = False


@dataclass
class _Item:
    """A quote or reported statement before speaker resolution."""

    pos: int  # absolute offset used for ordering and anaphora
    start: int  # absolute offset where the quoted/reported text starts
    end: int  # absolute offset where it ends
    text: str
    para: int
    direct: bool = True
    cue: str | None = None
    speaker: _Speaker | None = None
    inherit: bool = False  # interrupted quote: take the speaker of the previous quote on the line
    bare: bool = False  # paragraph-initial quote without attribution: continuation candidate
    lead: bool = False  # ``X menjelaskan:``: no content, only gives context to the next paragraph
    scare: bool = False
    name: str | None = None
    title: str | None = None


@dataclass
class _Line:
    start: int
    end: int
    index: int


class _Spans:
    """Character ranges ``[a, b)`` with a membership test by bisect: the pronoun and role loops ask,
    per mention, whether it lies in a quote or a reported statement. The index (starts in order and
    the farthest end reached so far) is rebuilt on the first test after an ``append``, so it is
    built once per article: the ranges are all added before the loops run."""

    def __init__(self, ranges: list[tuple[int, int]] | None = None) -> None:
        self.ranges: list[tuple[int, int]] = list(ranges or [])
        self._starts: list[int] = []
        self._reach: list[int] = []
        self._dirty = True

    def append(self, span: tuple[int, int]) -> None:
        self.ranges.append(span)
        self._dirty = True

    def covers(self, pos: int) -> bool:
        """Whether some range holds ``pos`` (as ``any(a <= pos < b for a, b in ranges)``)."""
        if self._dirty:
            spans = sorted(self.ranges)
            self._starts = [a for a, _b in spans]
            self._reach = []
            far = -1
            for _a, b in spans:
                far = max(far, b)
                self._reach.append(far)
            self._dirty = False
        k = bisect_right(self._starts, pos)
        return k > 0 and self._reach[k - 1] > pos


@dataclass
class _Ctx:
    doc: Document
    text: str
    lines: list[_Line]
    common: frozenset[str]
    mentions: list[tuple[int, int, Mention]] = field(default_factory=list)
    history: list[tuple[int, str, str | None]] = field(default_factory=list)  # (pos, name, title)
    orgs: set[str] = field(default_factory=set)  # speaker names known to be organisations
    # history positions of content-less leads by a request (``X meminta Y memijat …``): an action
    # in the narrative, a speaker only as far as nothing says otherwise
    requests: set[int] = field(default_factory=set)
    quoted: _Spans = field(default_factory=_Spans)  # direct quote spans: not antecedents
    # persons introduced as a party of the case (``korban bernama X``): a later quote that talks of
    # the parties in the third person is an official's account, not theirs
    parties: set[str] = field(default_factory=set)
    # reported-statement contents (``Jaksa mengatakan [Sri meminta …]``): the people named there are
    # talked about, so they are no antecedent of a role word or a pronoun
    reported: _Spans = field(default_factory=_Spans)
    # short forms a person is written by (``Iswan Ibrahim (ISW)``, ``saudara AS``): lower-cased
    # full name -> the forms, for telling that a quote talks about that person
    short_forms: dict[str, set[str]] = field(default_factory=dict)
    persons: list[str] = field(default_factory=list)  # PERSON mention names of the article: full forms
    # positions of quotes whose source is a document or an unnamed speaker (``Warga menyebut …``)
    documents: list[int] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)  # ``lines[i].start``, for a bisect in ``_line_of``
    # ``doc.sentences[i].start``, for a bisect in ``_unmentioned_party``
    sentence_starts: list[int] = field(default_factory=list)
    # built on first use, once per article (see ``_written_out``, ``_titled_persons``)
    written_out: dict[str, set[str]] | None = None
    titled: list[tuple[int, str, str]] | None = None
    # country (GPE) mentions as ``(start, end, sentence, name)``, absolute offsets in reading order:
    # the antecedents of ``negara tersebut`` (see ``_find_country``)
    places: list[tuple[int, int, int, str]] = field(default_factory=list)


# ----------------------------------------------------------------------------- public API


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


# ----------------------------------------------------------------------------- context


def _context(doc: Document, mentions: list[Mention] | None) -> _Ctx:
    text = doc.text
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        a, b = pos, pos + len(raw)
        pos = b + 1
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(a + lead, a + lead + len(stripped), len(lines)))
    common = frozenset(w.lower() for w in set(_WORDS.findall(text)) if w[0].islower())  # each word once
    ms: list[tuple[int, int, Mention]] = []
    places: list[tuple[int, int, int, str]] = []
    for m in mentions or []:
        if m.type == "GPE" and 0 <= m.sentence < len(doc.sentences):
            base = doc.sentences[m.sentence].start
            places.append((base + m.start, base + m.end, m.sentence, m.text))
        if m.type not in ("PERSON", "ORG") or not 0 <= m.sentence < len(doc.sentences):
            continue
        base = doc.sentences[m.sentence].start
        ms.append((base + m.start, base + m.end, m))
    ms.sort(key=lambda t: t[0])
    persons = sorted({_name_text(m.text) for _a, _b, m in ms if m.type == "PERSON"} - {""})
    return _Ctx(doc, text, lines, common, ms, persons=[p for p in persons if p in text],
                line_starts=[ln.start for ln in lines], sentence_starts=[st.start for st in doc.sentences],
                places=sorted(places))


def _line_of(ctx: _Ctx, offset: int) -> int:
    """The paragraph index holding ``offset`` (a bisect: called per mention in pronoun resolution);
    an offset between paragraphs gives the last paragraph, as the linear scan it replaces did."""
    i = bisect_right(ctx.line_starts, offset) - 1
    if i >= 0 and offset < ctx.lines[i].end + 1:
        return ctx.lines[i].index
    return ctx.lines[-1].index if ctx.lines else 0


# ----------------------------------------------------------------------------- quote scanning


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


def _sentence_start(text: str, line_start: int, upto: int) -> int:
    seg = text[line_start:upto]
    last = 0
    for m in _SENT_END.finditer(seg):
        last = m.end()
    return line_start + last


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


# ----------------------------------------------------------------------------- reported speech


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


# Adjuncts that may follow a bare object (``menjelaskan temuan itu kepada wartawan``).
_OBJECT_ADJUNCTS = frozenset(("kepada", "saat", "ketika", "usai", "seusai", "setelah"))


def _empty_content(s: str) -> bool:
    low = s.strip().lower().rstrip(".")
    words = low.split()
    if len(words) >= 2 and words[1].rstrip(",") in cues.ROLE_DEMONSTRATIVES:
        # ``membantah informasi tersebut``, ``menjelaskan temuan itu (kepada wartawan)``: an
        # object, no statement; ``di``/``dalam`` stay out (``harga itu di bawah standar`` is a clause)
        rest = " ".join(words[2:])
        if not rest or _DAYS.match(rest) or words[2] in _OBJECT_ADJUNCTS:
            return True
    for e in cues.EMPTY_CONTENT:
        if low == e or low.startswith(e + ",") or low.startswith(e + " "):
            rest = low[len(e):].strip(" ,")
            if not rest or _DAYS.match(rest) or rest.split()[0] in _ADJUNCT_STARTS:
                return True
    return False


def _cut_content(s: str) -> str:
    out = re.sub(r"\s+", " ", s).strip().rstrip(" .,;:").strip()
    if out[-1:] in "\"”" and sum(out.count(c) for c in _DOUBLE) % 2:
        # ``X mengatakan harga turun."``: a stray closing mark (no quote was opened) is no content
        out = out[:-1].rstrip(" .,;:").strip()
    return out


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


def predicate_only(content: str) -> bool:
    """``masih terlambat``, ``sudah cair``: a predicate opened by an auxiliary or a negation, with no
    subject of its own."""
    first = content.split()[0].lower() if content.split() else ""
    return first in _SHORT_PREDICATE_OPENERS or first in _AUX_WORDS


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


_ATTRIBUTION_LOWER = frozenset(("dan", "serta", "&", "bidang", "urusan")) | _NAME_PARTICLES | cues.ORG_NAME_JOINERS


def _attribution_rest(post: str) -> bool:
    """Whether ``post`` (the sentence after ``, kata X,``) is only capitalised words, numbers,
    brackets and the lower-case words of names and offices: an apposition or a date of the
    speaker's, no clause of the statement."""
    words = re.findall(r"\([^()]*\)|[^\s,()]+", post.strip().rstrip(".!?…").strip())
    if not words:
        return False
    return all(w.startswith("(") or w[:1].isupper() or w[:1].isdigit()
               or w.lower() in _ATTRIBUTION_LOWER or w.lower().rstrip(".") in TITLE_WORDS for w in words)


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


# Words that make a phrase a clause: auxiliaries and negation (``warga sudah lama mengeluh``).
_AUX_WORDS = frozenset(("sudah", "telah", "akan", "sedang", "masih", "belum", "tidak", "tak", "bisa", "dapat",
                        "harus", "mulai", "pernah", "sempat", "kerap", "sering", "terus", "kini", "perlu"))
# Prefixed verbs (``merugi``, ``mengeluh``, ``bertahan``, ``ditahan``); nouns of the same shape
# that open appositions (``menteri``, ``direktur``, ``tersangka``) are not verbs.
_VERB_SHAPE = re.compile(r"^(?:me|ber|ter|di)[a-z]{3,}$")
_NOT_VERBS = frozenset(("menteri", "mereka", "media", "metro", "medis", "mekanisme", "merek", "dinas", "direktur",
                        "direksi", "dirut", "dirjen", "divisi", "distrik", "diaspora", "dialog", "digital",
                        "terdakwa", "tersangka", "terpidana", "terlapor", "berita", "berkas"))
# Everything of a verb's shape that is no verb: those nouns, titles, role and agent nouns (one set, built once).
_NOT_VERB_WORDS = _NOT_VERBS | TITLE_WORDS | cues.ROLE_NOUNS | cues.AGENT_NOUNS


def _has_predicate(words: list[str]) -> bool:
    """Whether the words after an apposition's head hold a verb or an auxiliary; words in a
    ``yang`` clause do not count (``pengacara yang mendampingi korban`` is still a noun phrase)."""
    for w in words:
        lw = w.lower().strip("()\"“”")
        if lw == "yang":
            return False
        if lw in _AUX_WORDS or (_VERB_SHAPE.match(lw) and lw not in _NOT_VERB_WORDS):
            return True
    return False


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


# Words that open a predicate of two words (``tidak wajar``, ``sangat mahal``, ``sudah usang``).
_SHORT_PREDICATE_OPENERS = frozenset(("tidak", "tak", "belum", "bukan", "sudah", "telah", "akan", "masih",
                                      "sangat", "amat", "terlalu", "cukup", "kurang", "makin", "semakin", "lebih"))


def _clause_follows(post: str) -> bool:
    """Whether the text after ``…, menurut X,`` is the rest of the statement (``sama saja dengan
    …``), not a date or place adjunct closing the sentence (``Senin (20/10)``, ``di Jakarta``)."""
    body = post.strip(" ,")
    words = _cut_content(body).split()
    # a short predicate opened by a negation or degree word is a clause too (``…, tidak wajar.``)
    least = 2 if words and words[0].lower() in _SHORT_PREDICATE_OPENERS else 3
    if len(words) < least or _DAYS.match(body) or words[0].lower() in _ADJUNCT_STARTS:
        return False
    first = words[0].lower()
    # ``…, menurut Climate Watch, sebuah lembaga pemantau …``: an apposition running to the end
    return not (first in ("sebuah", "suatu") or first in titles.APPOSITIVE_HEADS or first in cues.AGENT_NOUNS)


# ----------------------------------------------------------------------------- speaker phrases


_TITLE_INTRO = re.compile(r"(?<![\w-])(?:berjudul|bertajuk)(?![\w-])", re.I)


def _work_before(chunk: str) -> bool:
    """``chunk`` ends with a work noun (``dalam bukunya``, ``dalam jurnal``, ``berjudul``): the comma
    chunk after it is the work's title."""
    words = chunk.split()
    if not words:
        return False
    last = words[-1].lower()
    return last == "berjudul" or last in brands.WORK_NOUNS \
        or (last.endswith("nya") and last[:-3] in brands.WORK_NOUNS)


def _strip_connectors(s: str) -> str:
    changed = True
    while changed:
        changed = False
        low = s.lower().lstrip()
        lead = len(s) - len(s.lstrip())
        for c in cues.CONNECTORS:
            if low.startswith(c) and (len(low) == len(c) or not low[len(c)].isalnum()):
                s = s[lead + len(c):].lstrip(" ,")
                changed = True
                break
    return s


# A capitalised word with ``-nya`` opening a clause, a lower-case word after it: ``Hasilnya …``,
# ``Akibatnya …``, ``Rencananya …``.
_NYA_OPENER = re.compile(r"^([A-Z][a-z]{2,}nya)\s+(?=[a-z])")


def _discourse_nya(word: str, at: int, ctx: _Ctx) -> bool:
    """Whether ``word`` (``Hasilnya``) is a noun with ``-nya`` rather than a name (``Sonya``): its
    stem is written in lower case in the article or is a non-speaker noun, and no PERSON mention
    starts there."""
    stem = word[:-3].lower()
    if stem not in ctx.common and stem not in cues.NON_SPEAKER_SUBJECTS and word.lower() not in cues.NYA_ADVERBS:
        return False
    return not _person_within(ctx, at, at + len(word))


_is_degree_word = name_prefixes.is_degree_word  # ``MPsi`` by shape, ``SH``/``SpPD`` listed


def _is_degree(chunk: str) -> bool:
    """Whether a comma chunk is only degrees (``SH``, ``M.Si``, ``MPsi``), not a name."""
    words = chunk.replace(".", "").split()
    return bool(words) and len(words) <= 3 and all(_is_degree_word(w) for w in words)


def _degrees_after_name(chunks: list[tuple[int, str]], idx: int, base: int, ctx: _Ctx) -> bool:
    """Whether comma chunk ``idx``, written as degrees, follows a person's name (``Rudi Hartono, SH, MH,
    mengatakan``): the chunk before it, past other degree chunks, ends in a PERSON mention (or, with no
    mentions, in a capitalised word that is no title or role). After a role noun the letters are a
    suspect's initials (``Salah satu pelaku, SH, mengaku …``, ``Tersangka lain, MA, mengaku …``)."""
    for k in range(idx - 1, -1, -1):
        off, prev = chunks[k]
        body = prev.rstrip()
        if not body.strip():
            return False
        if _is_degree(body):
            continue  # ``X, SH, MH,``: the degree before this one
        end = base + off + len(body)
        if ctx.mentions:
            m = _mention_in(ctx, end - 1, end)
            return m is not None and m.type == "PERSON"
        last = body.split()[-1]
        return last[:1].isupper() and not _person_noun(last.lower()) and last.lower() not in _PARTY_ROLES
    return False


def _apposition(chunks: list[tuple[int, str]], idx: int, base: int, ctx: _Ctx, coord: bool) -> _Speaker | None:
    """``Mark Milley, ketua Kepala Staf …`` / ``Suhail, Menteri Energi UEA``: the name before a role.

    When the chunk next to the verb is only a role (a lower-case title, or capitalised title words
    with no name in them) and the chunk before it is a name, the name is the subject.
    """
    if idx == 0 or any(c.strip() for _o, c in chunks[idx + 1:]):
        return None  # the chunk next to the verb (``X, ketua Y, mengatakan``: the comma leaves an empty one)
    k = idx
    while k > 1 and k > idx - 3 and _office_continuation(chunks[k], base, ctx):
        k -= 1  # ``X, Kepala Dinas Pangan, Kelautan, dan Pertanian DKI,``: an office with commas of its own
    if k != idx and not chunks[k][1].strip()[:1].isupper():
        return None
    idx = k
    body = chunks[idx][1].strip()
    if not body:
        return None
    first = body.split()[0].lower()
    if body[0].isupper():
        _, run = _cap_run(body, coord=coord)
        if not run or run[0].lower() not in TITLE_WORDS:
            return None
        name, title = _split_name(run, ctx)
        if name is not None and title is not None and not _office_place(run, name, base + chunks[idx][0], body, ctx):
            return None
        if name is not None and title is None and run[0].lower() in cues.ORG_HEADS:
            return None
    elif first not in TITLE_WORDS and _RELATIVE_HEAD.match(body) is None:
        return None  # (``X, putra almarhum Y, mengatakan``: a relation describes X as a role does)
    poff, prev = chunks[idx - 1]
    dash = list(_DATELINE_DASH.finditer(prev))
    if dash:
        poff, prev = poff + dash[-1].end(), prev[dash[-1].end():]
    lead = len(prev) - len(prev.lstrip())
    prev = prev.strip()
    span, run = _cap_run(prev, coord=coord)
    if not run or span < len(prev) or _split_name(run, ctx)[0] is None or run[0].lower() in cues.ORG_HEADS:
        return None
    if not _strip_connectors(prev).strip() or (ctx.mentions and _mention_in(ctx, base + poff + lead,
                                                                          base + poff + lead + span) is None):
        return None  # ``Namun, jaksa mengatakan`` / ``Sebab, politikus X itu``: a connector, not a name
    return _Speaker("phrase", text=prev[:span], start=base + poff + lead)


def _office_continuation(chunk: tuple[int, str], base: int, ctx: _Ctx) -> bool:
    """A comma chunk that only continues an office's name (``Kelautan``, ``dan Pertanian Pemprov
    DKI``, ``IT dan Services PT X (KITB)``): capitalised words and joiners, no title word first and no
    person in it."""
    off, text = chunk
    body = text.strip()
    words = body.split()
    if not words or words[0].lower() in TITLE_WORDS or not _attribution_rest(body):
        return False
    if not (body[:1].isupper() or words[0].lower() in ("dan", "serta", "&")):
        return False
    at = base + off + len(text) - len(text.lstrip())
    return not _person_within(ctx, at, at + len(body))


def _office_place(run: list[str], name: str, base: int, body: str, ctx: _Ctx) -> bool:
    """``Kepala Desa Sukamaju``, ``Lurah Kampung Melayu``: the name a title run ends with is the
    place of the office when an administrative unit (``cues.ADMIN_UNIT_WORDS``) opens it or stands
    right before it, and the tagger does not read it as a person."""
    words = [w for w in run if not w.startswith("(")]
    tail = name.split()
    k = len(words) - len(tail)
    if k < 1 or [w.lower() for w in words[k:]] != [w.lower() for w in tail]:
        return False
    if not (tail[0].lower() in cues.ADMIN_UNIT_WORDS or words[k - 1].lower() in cues.ADMIN_UNIT_WORDS):
        return False
    lead = len(body) - len(body.lstrip())
    at = body.find(name, lead)
    if at < 0:
        return False
    m = _mention_in(ctx, base + at, base + at + len(name))
    return m is None or m.type != "PERSON"


def _subject(pre: str, base: int, ctx: _Ctx, coord: bool = False) -> _Speaker:
    """The subject of a verb from the text before it: skips connectors, time and place adjuncts."""
    colon = list(re.finditer(r"[:;]\s", pre))
    if colon and pre[colon[-1].end():].strip():
        # ``Pemerintah mencoba meredakan situasi: Presiden X menyatakan …``: the clause after the colon
        base, pre = base + colon[-1].end(), pre[colon[-1].end():]
    named = _NAMED_SUBJECT.search(pre)
    if named:
        # ``seorang warga New Jersey … bernama Massimo Mascoli (68), mengatakan``: the name given by
        # the naming word is the subject, not a place or an organisation in the description
        noun = pre[: named.start()].split()[-1:]
        if noun and _CASE_PARTY.fullmatch(noun[0]):
            # ``Salah satu korban bernama X mengaku …``: a party of the case (see ``_resolve_pronoun``)
            ctx.parties.add(_name_text(named.group("name")))
        return _Speaker("phrase", text=named.group("name"), start=base + named.start("name"))
    pos = len(pre)
    chunks: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r",", pre):
        chunks.append((start, pre[start:m.start()]))
        start = m.end()
    chunks.append((start, pre[start:]))
    if chunks:
        # ``JAKARTA, KOMPAS.com – Menteri X``: the dateline before a dash is not the subject
        off0, last = chunks[-1]
        dash = list(_DATELINE_DASH.finditer(last))
        if dash and len(chunks) <= 3 and any(c.isupper() for c in last[: dash[-1].start()]):
            chunks = [(off0 + dash[-1].end(), last[dash[-1].end():])]
    if pre.rstrip()[-1:] in "\"”’'»":
        # ``… berjudul 'Potensi … Antibakteri' menyebut …``: the words before the verb close a quoted
        # title or term; no name inside it is the subject
        return _Speaker("none")
    for idx in range(len(chunks) - 1, -1, -1):
        off, chunk = chunks[idx]
        appos = _apposition(chunks, idx, base, ctx, coord)
        if appos is not None:
            return appos
        body = _strip_connectors(chunk)
        if not body.strip():
            continue
        if 0 < idx < len(chunks) - 1 and _work_before(chunks[idx - 1][1]):
            # ``X dkk dalam bukunya, Tanaman Obat Keluarga, menjelaskan``: a work's title set off by
            # commas after the work noun; the subject is before it
            continue
        off += len(chunk) - len(body)
        lead = len(body) - len(body.lstrip())
        body, off = body.strip(), off + lead
        nya = _NYA_OPENER.match(body)
        if nya and _discourse_nya(nya.group(1), base + off, ctx):
            # ``Hasilnya responden menilai …``: a noun with ``-nya`` opening the clause is no name
            body, off = body[nya.end():], off + nya.end()
        fronted = _FRONTED_TIME.match(body)
        if fronted and body[fronted.end():].strip():
            body, off = body[fronted.end():], off + fronted.end()  # ``Hingga kini Budi menyebut``: not ``Hingga``
        first = body.split()[0].lower()
        side = _SIDE_SUBJECT.match(body) if idx == len(chunks) - 1 else None
        if side is not None:
            # ``Hingga kini pihaknya menyebut …``, ``Dalam rapat itu pihaknya juga menjelaskan …``
            return _Speaker("side", start=base + off + side.start("side"))
        if _DAYS.match(body) or (idx > 0 and _is_degree(body) and _degrees_after_name(chunks, idx, base, ctx)):
            continue  # a date, or ``X, SH, MPsi, menilai``: the degrees after a name
        if first in _ADJUNCT_STARTS or first in ("sebelum", "sesudah", "dari", "bagi", "untuk"):
            # ``Dalam rapat itu Menteri X mengatakan``: the last capitalised run of the chunk
            titled = _TITLE_INTRO.search(body)  # ``dalam artikelnya berjudul The ... Systems``: a title
            runs = [r for r in re.finditer(r"(?<![\w-])[A-Z][\w.'’-]*(?:\s+(?:\([^)]*\)|[A-Z][\w.'’-]*))*", body)
                    if not (r.start() and body[r.start() - 1] in "/0123456789")  # ``115/PUU-XXII/2024``
                    and not (titled and r.start() > titled.start())]
            if not runs:
                nxt = body.split()[1:2]
                if idx == len(chunks) - 1 and first in ("ketika", "saat", "sementara") and nxt \
                        and nxt[0].lower() in cues.UNNAMED_SPEAKER_NOUNS and nxt[0][:1].islower() \
                        and all(w in _AUX_WORDS or w in cues.SUBJECT_MODIFIERS for w in body.split()[2:]):
                    # ``…, ketika analis sebelumnya memperkirakan …``: the clause's own unnamed subject
                    # speaks, not the subject of the main clause before the comma
                    return _Speaker("none", text=nxt[0].lower())
                continue
            r = runs[-1]
            if r.group().split()[0].lower() in cues.NON_SPEAKER_SUBJECTS:
                return _Speaker("none")  # ``Sebab, Putusan MK Nomor 115/… menyatakan``: a document
            if _DAY_NAME.match(r.group()):
                # ``Pangeran Faisal, dalam pidato … pada Selasa mengatakan``: the chunk is all adjunct,
                # a day or month name is no subject; the subject is in the chunk before
                continue
            return _speaker_after(body[r.start():], base + off + r.start(), ctx, coord=coord)
        if first in _PERSON_PRONOUNS or first == "dirinya" or (body.lower() in cues.ACCOMPANYING_WORDS and idx > 0):
            # ``Dirinya menjelaskan …``: himself, herself; ``…, seraya menambahkan "…"``: the one speaking
            return _Speaker("pronoun", start=base + off)
        if first in cues.SIDE_PRONOUNS:
            return _Speaker("side", start=base + off)  # ``Pihaknya memastikan …``: see ``_resolve_side``
        if first in cues.GROUP_PRONOUNS:
            return _Speaker("none", text=first)
        if _unnamed_lower_subject(body):
            # ``Sebelumnya, polisi mengatakan …``, ``Sementara itu, warga setempat menyebut …``: a common
            # noun in lower case after an opener is the same unnamed speaker as ``Polisi mengatakan``
            return _Speaker("none", text=first)
        if body[0].isupper() or first in TITLE_WORDS or first == "pihak":
            return _speaker_after(body, base + off, ctx, coord=coord)
        if first in cues.AUTHORITY_NOUNS:
            # ``Pada Senin, otoritas Korea Selatan menyebut …``: a public body in lower case speaks as
            # the name after it (``kata otoritas Korea Selatan`` reads so); ``otoritas setempat`` unnamed
            sp = _speaker_after(body, base + off, ctx, coord=coord)
            if sp.kind != "none" or sp.text:
                return sp
            if len(body.split()) > 1 and all(w.lower() in cues.SUBJECT_MODIFIERS for w in body.split()[1:]):
                return _Speaker("none", text=first)  # (a bare ``pemerintah`` narrates a policy)
        break
    del pos
    return _Speaker("none")


_FRONTED_TIME = re.compile(r"^(?:" + alternation(cues.FRONTED_TIME_ADVERBS, any_space=True) + r")\s+", re.I)


# ``pihaknya`` closing the subject chunk after a fronted adjunct of lower-case words (``Hingga kini
# pihaknya``, ``Dalam rapat itu pihaknya juga``), not in a coordination (``X bersama pihaknya``).
_SIDE_SUBJECT = re.compile(
    r"^(?:[A-Za-z][a-z-]*\s+)(?:(?!(?:dan|serta|atau|bersama|dengan|oleh|kepada|untuk|bagi)\s)[a-z][a-z-]*\s+){0,4}"
    r"(?P<side>" + alternation(cues.SIDE_PRONOUNS) + r")(?:\s+(?:juga|pun|bahkan|lalu|kemudian|pun))*\s*$",
    re.I,
)


# Words that may follow an unnamed speaker noun in a lower-case subject (``pihak sekolah``, ``warga
# setempat``, ``polisi juga``, ``petugas sudah``): more such nouns, modifiers and auxiliaries.
_UNNAMED_TAIL = cues.UNNAMED_SPEAKER_NOUNS | cues.SUBJECT_MODIFIERS | _AUX_WORDS | frozenset(("juga",))


def _unnamed_lower_subject(body: str) -> bool:
    """``body`` (a clause's subject, connectors stripped) is an unnamed speaker noun written in lower
    case with at most three more words of ``_UNNAMED_TAIL``: not a title or role word (those name
    the person introduced with them, read by ``_speaker_after``), nor a name after the noun."""
    words = body.split()
    first = words[0].lower() if words else ""
    return bool(words) and body[0].islower() and first in cues.UNNAMED_SPEAKER_NOUNS and first not in TITLE_WORDS \
        and len(words) <= 4 and all(w in _UNNAMED_TAIL for w in words[1:])


# ``… bernama Budi Santoso (45),`` right before the verb: the name a naming word gives the subject.
_NAMED_SUBJECT = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(cues.NAMING_WORDS)) + r")\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*(?:\([^)]*\)\s*)?,?\s*$")


# ``Sejumlah warga``, ``Para pedagang pasar``, ``Sebagian besar petani kopi``: a quantifier (any case)
# and a lower-case noun.
_GROUP_HEAD = re.compile(r"^(?i:" + alternation(cues.GROUP_QUANTIFIERS, any_space=True) + r")\s+(?P<noun>[a-z][\w-]*)")
# ``Beberapa waktu lalu Budi mengatakan``: a quantified time, an adjunct before the subject.
_GROUP_TIME = frozenset(("waktu", "hari", "pekan", "minggu", "bulan", "tahun", "jam", "menit", "detik", "saat",
                         "kali", "dekade", "abad", "malam", "pagi", "siang", "sore"))


def _group_subject(rest: str, start: int, ctx: _Ctx, loose: bool, coord: bool) -> _Speaker | None:
    """A subject naming a group (``Sejumlah warga Desa X``, ``Para pedagang pasar``): no one person
    speaks, so no name (the noun kept, so the statement stays, as for ``Warga menyebut``). A place or
    an organisation after the noun says whose group it is; it is no speaker either. A quantified time
    (``Beberapa hari lalu Budi …``) is an adjunct: the subject is the capitalised run after it."""
    m = _GROUP_HEAD.match(rest)
    if m is None:
        return None
    noun = m.group("noun").lower()
    if noun in _GROUP_TIME:
        tm = re.match(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?=[A-Z])", rest[m.end():])
        if tm is None:
            return _Speaker("none")
        at = m.end() + tm.end()
        return _speaker_after(rest[at:], start + at, ctx, loose=loose, coord=coord)
    return _Speaker("none", text=noun)


# Speakers who talk for another (a relative, a lawyer): with no name of their own they go on speaking.
_RELATIVE_NOUNS = cues.KIN_NOUNS | cues.REPRESENTATIVE_NOUNS
_RELATIVE_HEAD = re.compile(
    r"^(?P<head>(?i:" + alternation(_RELATIVE_NOUNS, any_space=True) + r"))"
    r"(?P<mods>(?:\s+(?i:" + alternation(cues.KIN_MODIFIERS, any_space=True) + r"))*)(?:\s+(?=\S)|(?<=[a-z])[\s.,]*$)"
)
# ``sang``/``si`` before a lower-case noun: an article, the noun says who speaks (``Sang putri``)
_ARTICLE_NOUN = re.compile(r"^(?i:sang|si)\s+(?=[a-z])")


def _relative(rest: str, start: int, ctx: _Ctx, coord: bool, article: bool = False) -> _Speaker | None:
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
        span, _run = _cap_run(after, coord=coord)
    else:
        lm = re.match(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}", after)
        span = lm.end() if lm else 0
    tail = after[span:]
    cm = re.match(r"^\s*(?:\([^)]*\)\s*)?,\s*(?=[A-Z])", tail)
    if cm:
        at = m.end() + span + cm.end()
        span2, run2 = _cap_run(rest[at:], coord=coord)
        if run2 and (_person_within(ctx, start + at, start + at + span2)
                     or (not ctx.mentions and _split_name(run2, ctx)[0] is not None)):
            return _Speaker("phrase", text=rest[at:at + span2], start=start + at)
    return _Speaker("none", text=head)


def _known_without(ctx: _Ctx, head: str, after: str, at: int) -> bool:
    """``Putra Budi`` after the article named ``Budi Santoso``: the name after a kinship word that is
    also a given name is a person the article gave before without that word (and never with it), so
    the word is the relation (the son of Budi), not part of the name."""
    if not ctx.mentions or not after[:1].isupper():
        return False
    _span, run = _cap_run(after)
    name = " ".join(w for w in run if not w.startswith("("))
    if not name:
        return False
    seen = False
    for a, _b, m in ctx.mentions:
        if a >= at:
            break
        if m.type != "PERSON" or not _same_person(_name_text(m.text), name):
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


def _speaker_after(rest: str, start: int, ctx: _Ctx, loose: bool = False, coord: bool = False) -> _Speaker:
    """The speaker phrase at the start of ``rest`` (text after a cue such as ``kata``)."""
    lead = len(rest) - len(rest.lstrip())
    rest, start = rest.lstrip(), start + lead
    if not rest:
        return _Speaker("none")
    words = rest.split()
    first = words[0].lower().rstrip(".,")
    if first in _PERSON_PRONOUNS:
        return _Speaker("pronoun", start=start)
    if first in cues.SIDE_PRONOUNS:
        return _Speaker("side", start=start)  # ``kata pihaknya``, ``menurut pihaknya``: see ``_resolve_side``
    if first in cues.GROUP_PRONOUNS:
        return _Speaker("none", text=first)
    if rest[0] == "@":
        handle = re.match(r"@[\w.]+", rest)
        return _Speaker("literal", text=handle.group().rstrip(".") if handle else "", start=start)
    pm = re.match(r"^pihak\s+(?=[A-Z])", rest)
    if pm:
        # ``ungkap pihak Gedung Putih``: ``pihak`` (side, party) before an organisation's name
        return _speaker_after(rest[pm.end():], start + pm.end(), ctx, loose=loose, coord=coord)
    if _COUNTRY_ANAPHOR.match(rest):
        # ``Pemerintah negara tersebut mengumumkan``, ``Anggota OPEC ini menegaskan``: a country
        # the article named before, described rather than named
        return _Speaker("country", start=start)
    second = words[1].lower().rstrip(".,") if len(words) > 1 else ""
    if (first in cues.DOCUMENT_NOUNS and not re.match(r"^surat\s+kabar(?![\w-])", rest, re.I)) \
            or (first in cues.REPORT_NOUNS and second in cues.ROLE_DEMONSTRATIVES):
        # ``ungkap dokumen tersebut``, ``tulis dokumen Buku II …``: a document's words, no speaker
        return _Speaker("document", start=start)
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
            or _speaker_after(rest[am.end():], start + am.end(), ctx, loose=loose, coord=coord)
        return sp if sp.kind != "none" or sp.text else _Speaker("none", text=noun)
    if rest[0].islower():
        em = _EPITHET.match(rest)
        if em:
            return _Speaker("role", text=em.group("noun").lower(), start=start, title_only=True)
        described = _described_person(rest, start, ctx)
        if described is not None:
            return described
        # ``menteri tersebut`` / ``juru bicara Kemenlu, Roy Soemirat`` / ``laporan Reuters``
        i = 0
        toks = list(re.finditer(r"\S+", rest))
        role0 = toks[0].group().lower().rstrip(".,")
        if role0 in cues.ROLE_NOUNS and (
            len(toks) == 1 or toks[0].group().endswith(".")
            or (not toks[0].group().endswith(",") and toks[1].group().lower().rstrip(".,") in cues.NAME_STOPWORDS)
        ):
            # ``ujar jaksa saat membacakan dakwaan``: the role alone; the person the article
            # introduced with it, if any (``jaksa penuntut umum Budi``), else nobody
            return _Speaker("role", text=role0, start=start)
        while i < len(toks) and toks[i].group()[0].islower():
            w = toks[i].group().lower().rstrip(".,")
            if w in cues.ROLE_DEMONSTRATIVES and i > 0:
                role = toks[0].group().lower()
                return _Speaker("role", text=role, start=start)
            if toks[i].group().startswith("@"):
                return _speaker_after(rest[toks[i].start():], start + toks[i].start(), ctx)  # ``akun @x``
            office = w in _OFFICE_WORDS or w in cues.ORG_HEADS or w in cues.ROLE_NOUNS or bool(_DERIVED_NOUN.match(w))
            if w in cues.NAME_STOPWORDS or (not loose and not office):
                return _Speaker("none")
            if toks[i].group().endswith(","):
                i += 1
                break
            i += 1
            if i > 5:
                return _Speaker("none")
        if i >= len(toks):
            return _Speaker("none")
        off = toks[i].start()
        return _speaker_after(rest[off:], start + off, ctx, coord=coord)
    span, run = _cap_run(rest, coord=coord)
    if not run:
        return _Speaker("none")
    if len(run) == 1 and len(run[0].rstrip(".,")) == 2 and not run[0].isupper() \
            and letters_in_order(run[0].rstrip(".,"), "dia") and _mention_in(ctx, start, start + 2) is None:
        # ``Da juga menegaskan``: two letters of ``dia`` in order, the tagger leaving them alone, are
        # the pronoun with a letter dropped (``Menurut Ar,`` stays: initials written so)
        return _Speaker("pronoun", start=start)
    if len(run) == 1 and _unnamed_noun(run[0], start, ctx) \
            and not (_CAP_EPITHET.match(rest) and run[0].lower() in cues.ORG_HEADS):
        # (``Lembaga kesehatan swasta itu``: an organisation head with a demonstrative is the
        # organisation named before, below)
        # ``Penyelenggara mengatakan``, ``Warga menyebut``, ``Pihak sekolah menjelaskan``: a common noun
        # capitalised as the clause's first word names no one; read it as written in lower case (a
        # role, a name after it, or nobody), as ``kata penyelenggara`` is read
        sp = _speaker_after(rest[0].lower() + rest[1:], start, ctx, loose=loose, coord=coord)
        if sp.kind != "none" or sp.text:
            return sp
        # ``Pihak sekolah SMAN 3 Bogor menjelaskan``: an organisation named in the subject speaks
        # (after at most two lower-case words: ``pihak sekolah``, ``pengelola gedung``)
        head = _UNNAMED_HEAD.match(rest)
        org = _mention_in(ctx, start + head.end(), start + head.end() + 1) if head else None
        # (``Warga bernama Budi Santoso``: a person after a naming word)
        named = org is not None and (org.type == "ORG" or (
            org.type == "PERSON" and head.group().split()[-1].lower() in cues.NAMING_WORDS))  # type: ignore[union-attr]
        if named and _mention_start(ctx, org) == start + head.end():  # type: ignore[union-attr,arg-type]
            return _Speaker("phrase", text=org.text, start=start + head.end())  # type: ignore[union-attr]
        # nobody, but a subject that speaks: the statement stays, with no name (see ``_resolve``)
        return _Speaker("none", text=run[0].lower())
    if _CAP_EPITHET.match(rest) and run[0].lower() in cues.ORG_HEADS and len(run) == 1:
        # ``Badan kesehatan global tersebut menekankan``: the organisation last named with that head
        return _Speaker("role", text=run[0].lower(), start=start)
    if _CAP_EPITHET.match(rest) and _person_noun(run[0].lower()) and ctx.mentions \
            and _mention_in(ctx, start, start + len(run[0])) is None:
        # ``Perwira menengah polri itu menjelaskan``, ``Ulama karismatik Jawa Timur ini menilai``: a
        # description of the one speaking, capitalised as the clause's first word (the whole subject)
        return _Speaker("role", text=run[0].lower(), start=start, title_only=True)
    phrase = rest[:span]
    # ``Kemenlu, Roy Soemirat``: an office, a comma, then the person
    after = rest[span:]
    head_word = run[0].lower().rstrip(".")
    person_in_run = _person_within(ctx, start, start + span)
    joined = _JOINED_OFFICE.match(after)
    if joined and head_word in TITLE_WORDS and not person_in_run:
        # ``Sekjen Partai X sekaligus Ketua Fraksi X DPR Budi``: two offices of one person, named
        # after the second; the organisation of the first is no speaker
        return _speaker_after(rest[span + joined.end():], start + span + joined.end(), ctx, loose=loose, coord=coord)
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
            return _Speaker("role", text=head_word, start=start, title_only=True)
    if after.startswith(",") and office:
        nxt = after[1:]
        lead2 = len(nxt) - len(nxt.lstrip())
        span2, run2 = _cap_run(nxt.lstrip(), coord=coord)
        at2 = start + span + 1 + lead2
        if run2 and ctx.mentions and not _person_within(ctx, at2, at2 + span2):
            listed = _listed_office_person(nxt, start + span + 1, ctx, coord)
            if listed is not None:
                return listed
        if run2 and _split_name(run2, ctx)[0] is not None and run2[0].lower() not in cues.ORG_HEADS \
                and not _DAYS.match(nxt.lstrip()):  # ``Koalisi X, Senin (11/5)``: a date, not a person
            return _Speaker("phrase", text=nxt.lstrip()[:span2], start=start + span + 1 + lead2)
    if after.startswith(","):
        # ``Koordinator Posko SDN 4 Ciawi, Dedi Kurnia``: a person mention right after the comma
        nxt = after[1:]
        lead2 = len(nxt) - len(nxt.lstrip())
        span2, run2 = _cap_run(nxt.lstrip(), coord=coord)
        at = start + span + 1 + lead2
        m2 = _mention_in(ctx, at, at + span2) if run2 else None
        if m2 is not None and m2.type == "PERSON" and at <= _mention_start(ctx, m2) < at + span2 \
                and not _name_then_title(run, run2, start, span, ctx):
            return _Speaker("phrase", text=nxt.lstrip()[:span2], start=at)
    demo = re.match(r"^\s+(itu|tersebut|ini)(?![\w-])", after)
    if demo and head_word in cues.KIN_NOUNS and len(run) > 1 and run[0][:1].isupper():
        # ``Anak Tamara Bleszynski itu menjelaskan``: the child of the one named, unnamed here
        return _Speaker("none", text=head_word)
    if demo and (head_word in TITLE_WORDS or head_word in cues.ORG_HEADS or head_word in cues.ROLE_NOUNS
                 or head_word in cues.AGENT_NOUNS
                 or (ctx.mentions and len(run) > 1 and not person_in_run and _office_head(head_word))):
        # ``Ketua Majelis Alumni … itu``: an anaphoric role phrase, not a name
        return _Speaker("role", text=head_word, start=start, title_only=True)
    return _Speaker("phrase", text=phrase, start=start)


def _name_then_title(run: list[str], run2: list[str], start: int, span: int, ctx: _Ctx) -> bool:
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


def _unnamed_noun(word: str, at: int, ctx: _Ctx) -> bool:
    """``word`` (a capitalised run of one word at ``at``) is a common noun for an unnamed speaker
    (``cues.UNNAMED_SPEAKER_NOUNS``), not a title and not tagged as a name."""
    low = word.lower().rstrip(".,")
    return word[:1].isupper() and not word.isupper() and low in cues.UNNAMED_SPEAKER_NOUNS \
        and low not in TITLE_WORDS and _mention_in(ctx, at, at + len(word)) is None


def _listed_office_person(text: str, at: int, ctx: _Ctx, coord: bool) -> _Speaker | None:
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
                w[:1].islower() and w not in ("dan", "serta", "&") for w in seg.split()):
            return None
        pos = comma + 1
        nxt = text[pos:]
        lead = len(nxt) - len(nxt.lstrip())
        span, run = _cap_run(nxt.lstrip(), coord=coord)
        a = at + pos + lead
        m = _mention_in(ctx, a, a + 1) if run else None
        if m is not None and m.type == "PERSON" and _mention_start(ctx, m) == a:
            return _Speaker("phrase", text=nxt.lstrip()[:span], start=a)
    return None


# A whole subject ``Noun lower-case words … itu/ini/tersebut`` (the noun capitalised as the first word).
_CAP_EPITHET = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z][\w-]*)(?:\s+[\w'’.-]+){0,4}\s+(?:itu|ini|tersebut)\s*$")


# Nouns for a person that open a description of the one speaking (``Perwira menengah itu``,
# ``Ulama asal X ini``), besides the title, role, agent and epithet nouns of ``cues``.
_PERSON_HEADS = frozenset((
    "perwira", "ulama", "kiai", "kyai", "pakar", "pengamat", "akademisi", "ahli", "dosen", "guru", "peneliti",
    "ekonom", "dokter", "advokat", "aktivis", "legislator", "senator", "jurnalis", "wartawan", "atlet", "seniman",
    "budayawan", "sastrawan", "pejabat", "jenderal", "mahasiswa", "mahasiswi", "warga", "ibu", "bapak", "nenek",
    "kakek", "remaja", "bocah", "pemuda", "pemudi", "sejarawan", "ilmuwan", "psikolog", "sosiolog", "analis",
    "diplomat", "birokrat", "teknokrat", "pebisnis", "komedian", "influencer", "selebgram", "youtuber",
    "doktor", "waka",
))


_GROUP_MARKERS = frozenset(("para", "kaum", "kalangan", "banyak", "berbagai", "kedua", "ketiga", "segenap", "sekelompok"))


def _office_head(word: str) -> bool:
    """Whether a capitalised run's first word names an office or a kind of person (``Wasekjen X ini``,
    ``Doktor Ilmu Politik UI ini``): a person noun, or a deputy's office written ``wa`` + a title
    (``Wasekjen``, ``Wakasad``). Not an organisation or a place (``Bank Dunia itu``, ``Kota Pahlawan ini``)."""
    return _person_noun(word) or (word.startswith("wa") and word[2:] in TITLE_WORDS)


def _person_noun(word: str) -> bool:
    """Whether ``word`` names a kind of person (not a group marker such as ``para``/``sejumlah``)."""
    if word in _GROUP_MARKERS or word in cues.OBJECT_QUANTIFIERS:
        return False
    return word in _PERSON_HEADS or word in TITLE_WORDS or word in cues.ROLE_NOUNS or word in cues.AGENT_NOUNS \
        or word in cues.EPITHET_NOUNS


# ``… sekaligus …`` / ``… merangkap …`` between two offices of one person.
_JOINED_OFFICE = re.compile(r"^\s+(?:sekaligus|merangkap)\s+(?=[A-Z])")


def _person_within(ctx: _Ctx, a: int, b: int) -> bool:
    """Whether a PERSON mention starts inside ``[a, b)`` of the text."""
    m = _mention_in(ctx, a, b)
    return m is not None and m.type == "PERSON" and a <= _mention_start(ctx, m) < b


# How many words a relative clause describing an unnamed speaker may hold after ``yang``
# (``warga yang melintas di jalan itu``) before the name after its comma (:func:`_described_person`).
DESCRIBING_CLAUSE_WORDS = 8


def _described_person(rest: str, start: int, ctx: _Ctx) -> _Speaker | None:
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
    span, run = _cap_run(rest[m.end():])
    if not run:
        return None
    ment = _mention_in(ctx, at, at + span)
    if ment is None or ment.type != "PERSON" or not at <= _mention_start(ctx, ment) < at + span:
        return None
    return _Speaker("phrase", text=rest[m.end():m.end() + span], start=at)


def _cap_run(s: str, coord: bool = False) -> tuple[int, list[str]]:
    """A capitalised word sequence at the start of ``s``: (its length, its tokens).

    Parenthesised acronyms stay inside (``Menteri Keuangan (Menkeu) Purbaya``); name particles
    (``bin``, ``van``) and ``dan`` between capitalised words too (``Energi dan Sumber Daya
    Mineral``); any other lower-case word, a comma or ``kepada``/``dalam``/``di``/``saat`` ends it.
    """
    toks: list[str] = []
    end = 0
    pending: list[str] = []
    for m in _TOKEN.finditer(s):
        t = m.group()
        if t.startswith("(") and len(t) > 1:
            if toks and not pending:
                toks.append(t)
                end = m.end()
                continue
            break
        if t in ",;:()":
            break
        core = t.rstrip(".!?…\"”’'»")
        if not core:
            break
        low = core.lower()
        if toks and not pending and _time_after_name(low, s[m.end():]):
            break  # ``kata Dudy Senin lalu``, ``kata Dudy 3 November lalu``: when it was said, no name
        initial = len(core) == 1 and core.isupper() and t == core + "."
        stop_after = core != t and not initial and (t.lower() not in TITLE_WORDS or t.endswith((".\"", ".”")))
        if core[0].isupper() or (core[0].isdigit() and toks) or (toks and _PARTICLE_NAME.match(core)):
            toks.extend(pending)
            pending = []
            toks.append(core if stop_after else t)
            end = m.start() + (len(core) if stop_after else len(t))
            if stop_after:
                break
        elif toks and not stop_after and (
            low in TITLE_WORDS
            or (len(pending) < 2 and low not in cues.NAME_STOPWORDS and low not in _PERSON_PRONOUNS
                and all(x.lower().rstrip(".") in TITLE_WORDS for x in toks + pending))
        ):
            pending.append(t)  # ``Ekonom senior Universitas X``, ``Analis pasar Rosa``
        elif toks and (low in _NAME_PARTICLES or low in ("dan", "&") or low in cues.ORG_NAME_JOINERS
                       or (coord and low in ("maupun", "serta"))) \
                and not stop_after and low not in ("di",):
            pending.append(t)
        elif low == "pada" and toks and not pending and toks[0].lower().rstrip(".") in TITLE_WORDS \
                and re.match(r"[A-Z]", s[m.end():].lstrip()) and not _DAY_NAME.match(s[m.end():].lstrip()):
            # ``Kabid Humas pada Puspenkum Kejagung X``: an office of an agency, then the name
            pending.append(t)
        else:
            break
    return end, toks


# An Arabic article or patronymic joined to the capitalised name after it (``Majed al-Ansari``,
# ``Abdullah bin-Zayed``): a word of the name, though it opens in lower case.
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|bin|ibn|abu|abd)[-'’][A-Z]")


# What may follow a weekday that dates a statement rather than continuing a name: the end, a
# bracketed date, punctuation, or a lower-case word (``Senin lalu``, ``Jumat malam``, ``Selasa kemarin``).
_AFTER_WEEKDAY = re.compile(r"^(?:\s*$|\s*[(.,;:!?]|\s+[a-z])")
_MONTH_NEXT = re.compile(r"^\s+(?:" + alternation(MONTHS_ID) + r")(?![\w-])", re.I)


def _time_after_name(low: str, after: str) -> bool:
    """A capitalised run's next token starts the day something was said, not more of a name: a weekday
    before the end, a bracketed date or a lower-case word (``Dudy Purwagandhi Senin (3/11)``; ``Pasar
    Minggu Kompol X``, a weekday inside a place's name, goes on), or a day number before a month
    (``Dudy Purwagandhi 3 November lalu``)."""
    if low in WEEKDAYS:
        return bool(_AFTER_WEEKDAY.match(after))
    return low.isdigit() and bool(_MONTH_NEXT.match(after))


# ``No.``/``Nomor`` closing a capitalised run: the number of a regulation, letter or ruling follows.
_NUMBER_WORDS = frozenset(("no", "nomor", "nomer", "nr"))


def _is_acronym(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _split_name(tokens: list[str], ctx: _Ctx) -> tuple[str | None, str | None]:
    """Split a capitalised run into (name, title); organisations are kept whole as the name."""
    tokens = list(tokens)
    while tokens and re.fullmatch(r"\(\s*\d{1,3}\s*(?:tahun|th)?\s*\)", tokens[-1]):
        tokens.pop()  # ``Vatikan (27)``: an age after the name
    words = [t for t in tokens if not t.startswith("(")]
    if not words:
        return None, None
    low = [w.lower() for w in words]
    if low[-1].rstrip(".") in _NUMBER_WORDS:
        return None, None  # ``Peraturan Menteri … No. 7 Tahun 2025``: a numbered document, no person
    if low[0] in cues.ORG_HEADS and not (_is_acronym(words[0]) and len(words) > 1):
        inner = list(tokens)
        while inner and inner[-1].startswith("("):
            inner.pop()
        if any(t.startswith("(") for t in inner):
            # ``Sekretariat DPRD (Setwan) Bantaeng``: the name as written, so it occurs in the article
            return " ".join(inner), None
        return " ".join(words), None
    run: list[str] = []
    for w in reversed(tokens):
        lw = w.lower()
        if w.startswith("(") or lw in ("dan", "&", "maupun", "serta"):
            break
        if lw in _OFFICE_WORDS or lw.rstrip(".") in TITLE_WORDS or lw in cues.ORG_HEADS or lw.startswith("kemen") \
                or _DERIVED_NOUN.match(w) \
                or lw in cues.PLACE_WORDS or (lw in ctx.common and not _PARTICLE_NAME.match(w)) \
                or (_is_acronym(w) and len(words) > 1):
            break
        run.insert(0, w)
    while run and (run[0].lower() in _NAME_PARTICLES or run[0][:1].isdigit()):
        run.pop(0)  # ``Ketua RT 05 Budi``: the number belongs to the office, it is no name
    if run and len(run) < len(words) and _place_name(" ".join(run), ctx):
        # ``Kepala Dinas Sosial Garut``, ``Bupati Bima``: the place of the office, no name; with no
        # title before it the place ends an organisation's name (``KBRI Phnom Penh``)
        if not any(w.lower().rstrip(".") in TITLE_WORDS for w in words[: len(words) - len(run)]):
            return " ".join(words), None
        run = []
    if run:
        n = len(run)
        title_words = words[: len(words) - n]
        return " ".join(run), (" ".join(title_words) or None)
    for i, lw in enumerate(low):
        if lw in cues.ORG_HEADS:
            # ``Cato Institute``: the organisation word closes the name, keep what precedes it
            j = i
            while j > 0 and low[j - 1] not in TITLE_WORDS and low[j - 1] not in cues.ORG_HEADS:
                j -= 1
            return " ".join(words[j:]), None
    if all(lw in cues.PLACE_WORDS or lw in ("dan", "maupun", "serta") for lw in low):
        return " ".join(words), None  # a country speaking: ``kata Rusia``
    if low[0] in TITLE_WORDS or low[0].rstrip(".") in TITLE_WORDS:
        return None, " ".join(words)
    return None, None


def _place_name(name: str, ctx: _Ctx) -> bool:
    """``name`` is a place (a country, a city, an Indonesian province or regency, ``gazetteer``) that
    the article's tagger does not give as a person's name (``Bima`` may be either)."""
    return gazetteer.place_kind(name) is not None and name not in ctx.persons


# ----------------------------------------------------------------------------- resolution


def _mention_start(ctx: _Ctx, m: Mention) -> int:
    return ctx.doc.sentences[m.sentence].start + m.start


def _mention_in(ctx: _Ctx, a: int, b: int) -> Mention | None:
    best: Mention | None = None
    for ma, mb, m in ctx.mentions:
        if ma >= b:
            break
        if mb <= a:
            continue
        if m.type == "PERSON":
            return m
        if best is None:
            best = m
    return best


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


def _name_text(text: str) -> str:
    """A mention's text as a name: ``Supangat kepadadetikJatim`` -> ``Supangat``.

    The tagger sometimes glues a lower-case scrap to the last word; it is not part of the name.
    """
    words = text.split()
    while len(words) > 1 and words[-1][:1].islower() and words[-1].lower() not in _NAME_PARTICLES:
        words.pop()
    return " ".join(words)


def _name_key(name: str) -> list[str]:
    """Comparable words of a name: casefolded, ``’`` as ``'``, edge punctuation off."""
    return [w.casefold().replace("’", "'").strip(".,'()") for w in name.split()]


def _part_of(short: str, long: str) -> bool:
    """``short`` is a run of whole words of the longer name ``long`` (first, last or inner words)."""
    sk, lk = _name_key(short), _name_key(long)
    n = len(sk)
    return 0 < n < len(lk) and any(lk[i:i + n] == sk for i in range(len(lk) - n + 1))


def _same_person(a: str, b: str) -> bool:
    return _name_key(a) == _name_key(b) or _part_of(a, b) or _part_of(b, a)


def _longest_form(ctx: _Ctx, name: str, within: str | None = None) -> str:
    """The longest PERSON name of the article that ``name`` is part of, else ``name``.

    The tagger may give a person only part of the name (``Ni'am`` of ``Asrorun Ni'am Sholeh``).
    With ``within`` (the attribution's own words) only a full form written there is taken, so the
    name stays the one the attribution gives. Without it, the full form must be unique: when two
    different longer names contain ``name`` (``Budi`` in ``Budi Santoso`` and ``Budi Hartono``) the
    name is kept. The result is always a mention's text, so it occurs in the article.
    """
    if name in ctx.orgs:
        return name
    longer = [p for p in ctx.persons if _part_of(name, p)]
    if within is not None:
        longer = [p for p in longer if find_whole(p, within, "'’-") >= 0]
    maximal = {_name_key(p).__str__(): p for p in longer if not any(_part_of(p, q) for q in longer)}
    if len(maximal) != 1:
        return name
    return next(iter(maximal.values()))


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
# The parties of a case, as an official speaking about them names them.
_CASE_PARTY = re.compile(r"(?<![\w-])(?:korban|tersangka|pelaku|terdakwa|terlapor|terduga|terpidana)(?![\w-])", re.I)


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
# Roles of the parties of a case, as the narration names them before the person.
_PARTY_ROLES = frozenset(("tersangka", "terdakwa", "pelaku", "terlapor", "terpidana", "terduga"))
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


# ``Badan Pengawas Keuangan dan Pembangunan (BPKP)``: the capitalised words written before a bracket.
_WRITTEN_OUT = re.compile(r"([A-Z][\w-]*(?:\s+(?:dan|&|[A-Z][\w-]*)){1,8})\s+\(([^()]*)\)")


def _written_out(ctx: _Ctx, short: str) -> set[str]:
    """The forms the article writes out before ``(short)``. The map from each bracketed text to
    them is built on the first call and kept on ``ctx``: one scan of the article, not one per
    organisation mention. (The words before a bracket cannot hold a bracket, so one scan over all
    brackets finds what a scan for ``(short)`` alone finds.)"""
    if "(" in short or ")" in short:
        pat = rf"([A-Z][\w-]*(?:\s+(?:dan|&|[A-Z][\w-]*)){{1,8}})\s+\({re.escape(short)}\)"
        return {sf.group(1) for sf in re.finditer(pat, ctx.text)}
    if ctx.written_out is None:
        ctx.written_out = {}
        for sf in _WRITTEN_OUT.finditer(ctx.text):
            ctx.written_out.setdefault(sf.group(2), set()).add(sf.group(1))
    return ctx.written_out.get(short, set())


def _titled_persons(ctx: _Ctx) -> list[tuple[int, str, str]]:
    """(start, name, title) of the article's PERSON mentions that carry a title, in text order;
    built once per article and kept on ``ctx``."""
    if ctx.titled is None:
        ctx.titled = [(_mention_start(ctx, p), _name_text(p.text), p.title)
                      for _a, _b, p in ctx.mentions if p.type == "PERSON" and p.title]
    return ctx.titled


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
