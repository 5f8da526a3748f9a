"""Sentence splitting with character offsets, tuned for Indonesian news text.

A rule splitter rather than pysbd: pysbd costs milliseconds per sentence, and we need a few hundred
articles per second. The rules are one regex pass over each paragraph that proposes candidate
boundaries (terminal punctuation, optional closing quotes/brackets, whitespace, a character that is
not lowercase) and a few cheap vetoes:

* abbreviations and titles (``Dr.``, ``Jend.``, ``dkk.``, ``No.``), single-letter initials after a
  capitalised word (``Mark A. Milley``, not ``platform X. Trump``), initials of the person a street
  honours (``Jl HR. Rasuna Said``) and dotted abbreviations (``a.n.``, ``S.H.``, ``M.Si.``);
* ellipses (``...``, ``…``) never end a sentence;
* ``?``/``!`` inside an open quotation that has not closed yet (``"Apa? Saya ragu," kata dia.``);
* list numbering at the start of a sentence (``6. Tambahkan gula``);
* news datelines without lowercase words (``KONTAN.CO.ID - MOSKOW.``) stay with the next sentence;
* a day and date cut off by a stray full stop (``… ujar Burhanuddin di Kejagung. Senin (20/10).``)
  stays with the sentence before: alone it says nothing, and the timeline would date an empty line.

Numbers (``4,8``, ``1.000``, ``14.30``), dates (``12/9/2023``) and domains (``KOMPAS.com``) never
offer a candidate because no whitespace follows their inner dots. Copy-edited web text sometimes
drops the space after a full stop (``tambahnya.Ia``, ``rumah.Teh``, ``manusia."Keberhasilan``):
a glued boundary is taken only after a whole lower-case word of three letters or more that is not an
abbreviation, before a capitalised word (``_GLUED``); domains (``detik.com``, ``www.Detik.Com``),
numbers and initials never match it. Paragraphs are ``\\n``-separated
lines; blank lines do not count as paragraphs, so ``Sentence.paragraph`` numbers non-blank lines.
"""

from __future__ import annotations

import re

from kliping.model import Sentence

# Abbreviations (lowercased, without the final dot) after which a period does not end a sentence
# (``m``, ``moh``, ``muh``: Muhammad, ``oleh M. Yamin``; ``kav``: a plot in an address; ``jo``:
# juncto, ``Pasal 2 Jo. Pasal 18``, one charge read with another; ``plt``, ``plh``, ``pj``, ``pjs``:
# acting and interim office holders, ``ujar Plt. Direktur Jenderal ...``, a title before a name).
_ABBREVIATIONS = """
    mr mrs ms dr drs dra prof ir jend jen letjen mayjen brigjen laksma laksda laksdya marsma marsda
    marsdya kol letkol kapt lettu letda serma sertu pelda bripka brigpol aiptu aipda kompol akbp
    h hj st sdr sdri bpk bp ny nn tn yth pdt kh hlm hal no nomor nos vol jl jln kec kab kel prov
    m moh muh kav jo plt plh pj pjs
    kep gg rt rw dkk dll dsb tsb dst dkk sbb spt yg dgn utk tgl telp tel fax hp ext
    gen lt col maj sgt capt cpl pvt adm cmdr sen rep gov pres jr sr messrs mt ft
    vs etc approx est dept univ assoc
    jan feb mar apr jun jul agu agt ags aug sep sept okt oct nov des dec
"""
ABBREVIATIONS: frozenset[str] = frozenset(_ABBREVIATIONS.split())
# Street words before a person's initials (``Jl HR. Rasuna Said``): see ``_after_street``.
_STREET_WORDS: frozenset[str] = frozenset({"jl", "jln", "jalan"})
# List-closing abbreviations ("gula, beras, dll.") often end a sentence: they hold the sentence
# together only when a lowercase word or a number follows (``Budi dkk. menemukan``).
LIST_ENDINGS: frozenset[str] = frozenset({"dkk", "dll", "dsb", "dst", "tsb", "etc", "sbb"})

# Candidate boundary: terminal punctuation, optional closers, whitespace, then not a lowercase letter.
_CAND = re.compile(r"(\.{2,}|…|[.!?]+)([\"”’')\]»]*)([ \t\r\f\v\u00a0]+)(?=[^\sa-z])")
# Glued boundary: a whole lower-case word (3+ letters; not after a dot, slash, @ or digit, so no
# domain or path part), a full stop, an optional quote mark, then a capitalised word with no space.
_GLUED = re.compile(
    r"((?<![\w.@/:\\-])[a-z][a-z-]*[a-z]|(?<![\w.@/:\\-])[A-Z][a-z]{3,}|(?<=\S)\))\.([\"”“]?)"
    r"(?=[A-Z][a-z]*(?:-\w+)*(?:[\s,;:!?\"”)]|\.(?!\w)|$))")
_GLUED_HINT = re.compile(r"[a-z)]\.[\"”“]?[A-Z]")  # cheap prefilter: most paragraphs have none
# A domain's last part after a glued full stop (``Kompas.Com``, ``Detik.Id``) is no next sentence.
_TLDS = frozenset({"com", "id", "net", "org", "co", "tv", "news", "info", "go", "ac", "or", "my", "sg"})
_WORD_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"[\"”“]?([A-Za-z]+)")
_WORD_BEFORE_SPACE = re.compile(r"(\S+)\s+$")
_NEXT_INITIAL = re.compile(r"\s+[A-Z]\.")
_DOTTED = re.compile(r"^(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}$")
_DOMAIN = re.compile(r"\S+\.(?:com|id|net|org|co|tv|news)\b\S*", re.I)
_DATELINE_DASH = re.compile(r"\s[-–—]\s|^[^a-z]*,")
_LIST_MARK = re.compile(r"^(?:\d{1,3}|[A-Za-z]|[IVXLC]+)\.$")  # "6. Cara membuat" stays whole
_LINE = re.compile(r"[^\n]+")
# A year, a comma and a one- or two-digit number before the stop: a flattened list's next item
# number glued to the year that closes the item before (``Direktur sejak 2015,3. Budi ...``).
_YEAR_ITEM = re.compile(r"(?<![\d.,])(?:19|20)\d{2},(\d{1,2})\.$")
_LONE_DAY = re.compile(
    r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*[.!?]?[\"”’')]*",
    re.I)
_WS = " \t\r\f\v\u00a0\u200b\ufeff"


def _abbrev_before(para: str, dot: int, next_char: str) -> bool:
    """True when the word ending at ``para[dot]`` (a period) is an abbreviation or an initial."""
    m = _WORD_BEFORE.search(para, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1).lstrip("(\"“'‘[")
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper() and _initial(para, m.start(1), dot):
        return True  # initial: Mark A. Milley, not "platform X. Trump" (but "dan H. Lukman": Haji)
    if len(word) <= 3 and word[:1].isupper() and word.isalpha() and _after_street(para, m.start(1)):
        return True  # initials of the person a street honours: Jl HR. Rasuna Said, Jalan MT. Haryono
    low = word.lower()
    if low in LIST_ENDINGS:
        return not next_char.isupper()
    if low in ABBREVIATIONS:
        return True
    return bool(_DOTTED.match(word))  # a.n. S.H. M.Si. Ph.D.


def _initial(para: str, start: int, dot: int) -> bool:
    """The capital letter at ``para[start]`` (its full stop at ``dot``) is a name's initial.

    It is when a capitalised name word stands before it (``Donald J. Trump``, ``Mark A. Milley``),
    when it opens the sentence or paragraph (``A. Rahman mengatakan``) or when another initial
    follows (``penulis J. K. Rowling``). After a lower-case word it is a one-letter name that may end
    the sentence (``diunggah di platform X. Trump lalu ...``, ``vitamin C. Selain itu``).
    """
    prev = _WORD_BEFORE_SPACE.search(para, max(0, start - 40), start)
    if prev is None or prev.group(1)[-1:] in ".!?:;\"”'’" or prev.group(1)[:1].isupper():
        return True
    return bool(_NEXT_INITIAL.match(para, dot + 1))


def _after_street(para: str, start: int) -> bool:
    """True when the word before ``para[start]`` is a street word (``Jl``, ``Jl.``, ``Jalan``).

    Streets are named after people whose initials are written with a full stop (``Jl HR. Rasuna
    Said``, ``Jl. KS. Tubun``); two- and three-letter capitals there are initials, while elsewhere
    they usually are a country or an acronym that may end a sentence (``tiba di AS. Trump ...``).
    """
    m = _WORD_BEFORE_SPACE.search(para, max(0, start - 12), start)
    return bool(m) and m.group(1).rstrip(".").lower() in _STREET_WORDS


def _is_dateline(fragment: str) -> bool:
    """``KONTAN.CO.ID - MOSKOW.``: a short fragment without lowercase words except in domains."""
    if len(fragment) > 80:
        return False
    bare = _DOMAIN.sub("", fragment)
    if any(c.islower() for c in bare):
        return False
    return bool(_DATELINE_DASH.search(fragment)) or fragment.rstrip(".").isupper()


class _QuoteState:
    """Running count of quote marks in a paragraph, so the check stays linear in its length."""

    __slots__ = ("curly", "para", "pos", "straight")

    def __init__(self, para: str) -> None:
        self.para, self.pos, self.straight, self.curly = para, 0, 0, 0

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation opened in the paragraph and not closed yet."""
        p = self.para
        self.straight += p.count('"', self.pos, pos)
        self.curly += p.count("“", self.pos, pos) - p.count("”", self.pos, pos)
        self.pos = pos
        return self.straight % 2 == 1 or self.curly > 0


def _glued(para: str, quotes: _QuoteState, m: re.Match[str]) -> tuple[int, int] | None:
    """End of the sentence and start of the next at a glued boundary ``m`` of ``_GLUED``.

    ``manusia."Keberhasilan``: a quote mark after the stop closes the quotation when one is open
    (the sentence ends after it), otherwise it opens the next sentence's quotation.
    """
    word = m.group(1)
    low = word.lower()
    if word != ")" and (len(word.replace("-", "")) < 3 or low == "www"
                        or (low in ABBREVIATIONS and low not in LIST_ENDINGS)):
        return None
    nxt = _NEXT_WORD.match(para, m.end())
    if nxt and nxt.group(1).lower() in _TLDS:
        return None  # ``Kompas.Com``
    dot = m.end(1)
    if m.group(2) and quotes.inside(dot):
        return m.end(2), m.end(2)
    return dot + 1, dot + 1


def _candidates(para: str, quotes: _QuoteState) -> list[tuple[int, int, int]]:
    """Sentence ends in ``para`` as (sentence end, next start, index of the stop), in order."""
    out: list[tuple[int, int, int]] = []
    glued = list(_GLUED.finditer(para)) if _GLUED_HINT.search(para) else []
    gi = 0
    for m in _CAND.finditer(para):
        while gi < len(glued) and glued[gi].start() < m.start():
            g = _glued(para, quotes, glued[gi])
            if g is not None:
                out.append((g[0], g[1], -1))
            gi += 1
        punct, closers = m.group(1), m.group(2)
        if punct[0] == "…" or punct.startswith(".."):
            continue  # ellipsis
        if punct == "." and not closers and _abbrev_before(para, m.start(1), para[m.end(3)]):
            continue
        if not closers and ("?" in punct or "!" in punct) and quotes.inside(m.start(1)):
            continue
        item = _YEAR_ITEM.search(para, max(0, m.start(1) - 12), m.end(1)) if punct == "." and not closers else None
        if item:  # ``sejak 2015,3. Budi selaku ...``: the number opens the next item of a flattened list
            out.append((item.start(1), item.start(1), m.start(1)))
            continue
        out.append((m.end(2), m.end(3), m.start(1)))
    for g in glued[gi:]:
        r = _glued(para, quotes, g)
        if r is not None:
            out.append((r[0], r[1], -1))
    return out


def _index_options(para: str, dot: int) -> dict[int, int]:
    """Possible list numbers glued before the full stop at ``para[dot]``: number -> where it starts.

    A flattened list loses the line break before each item's number, so the number sticks to the
    end of the item before: to a word (``Mandiri2.``), to its full stop (``triliun.2.``) or to an
    amount (``Rp 36.189.084.0003.``, ``tahun 19792.``, ``skor 3,352.``). An amount is split only
    where the rest is a well-formed number and the whole is not: thousands groups of three, a year
    before a five- or six-digit run, two decimals before three or four.
    """
    j = dot
    while j > 0 and (para[j - 1].isdigit() or (para[j - 1] in ".," and j - 1 > 0 and para[j - 2].isdigit())):
        j -= 1
    token = para[j:dot]
    if not token or not token[-1].isdigit():
        return {}
    before = para[j - 1] if j > 0 else ""
    if token.isdigit() and len(token) <= 2 and token[0] != "0":
        if before.isalpha() or (before == "." and j > 1 and para[j - 2].isalpha()):
            return {int(token): j}  # ``Mandiri2.``, ``triliun.2.``
        return {}
    if before.isalnum():
        return {}
    out: dict[int, int] = {}
    for n in (1, 2):
        rest, idx = token[:-n], token[-n:]
        if not rest or idx[0] == "0" or not rest[-1].isdigit():
            continue
        if (_GROUPED.fullmatch(rest) and not _GROUPED.fullmatch(token)) \
                or (_YEAR.fullmatch(rest) and token.isdigit()) \
                or (_DECIMAL2.fullmatch(rest) and not _DECIMAL2.fullmatch(token)):
            out[int(idx)] = dot - n
    return out


_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DECIMAL2 = re.compile(r"\d{1,3}(?:\.\d{3})*,\d{2}")
_ITEM_START = re.compile(r"\s*(\d{1,2})\.\s")


def _unglue_list_numbers(para: str, cands: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Move sentence ends to before the list numbers a flattened list glued to its items.

    Taken only for a run of consecutive candidates whose glued numbers count up by one: three or
    more, or fewer when the sentence before the run is the list's item ``k-1.`` (``1. Budi, Direktur
    PT Maju2. Ani, Direktur PT Jaya3. ...``). A lone year or amount before a full stop never is one.
    """
    opts = [(_index_options(para, dot) if dot >= 0 and end == dot + 1 and para[dot] == "." else {})
            for end, _, dot in cands]
    if not any(opts):
        return cands
    out = list(cands)
    i = 0
    while i < len(cands):
        best: list[tuple[int, int]] = []
        for v0, at0 in opts[i].items():
            run = [(v0, at0)]
            while i + len(run) < len(cands) and run[-1][0] + 1 in opts[i + len(run)]:
                v = run[-1][0] + 1
                run.append((v, opts[i + len(run)][v]))
            if len(run) > len(best):
                best = run
        if not best:
            i += 1
            continue
        if len(best) >= 3 or _item_number_before(para, cands, i) == best[0][0] - 1:
            for k, (_, at) in enumerate(best):
                out[i + k] = (at, at, cands[i + k][2])
        i += len(best)
    return out


def _item_number_before(para: str, cands: list[tuple[int, int, int]], i: int) -> int | None:
    """The list number ``k.`` that opens the sentence ending at candidate ``i`` (its own full stop
    is a candidate too, so ``1. Budi ...`` may be two candidates back)."""
    start = cands[i - 1][1] if i > 0 else 0
    mark = _ITEM_START.match(para, start)
    if mark is None and i > 0:
        mark = _ITEM_START.match(para[:cands[i - 1][1]], cands[i - 2][1] if i > 1 else 0)
    return int(mark[1]) if mark else None


def _split_paragraph(para: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    s_start = 0
    quotes = _QuoteState(para)
    for end, nxt, _ in _unglue_list_numbers(para, _candidates(para, quotes)):
        fragment = para[s_start:end].strip(_WS)
        if _LIST_MARK.match(fragment) or _is_dateline(fragment):
            continue
        if spans and _LONE_DAY.fullmatch(fragment):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((s_start, end))
        s_start = nxt
    if spans and _LONE_DAY.fullmatch(para[s_start:].strip(_WS)):
        spans[-1] = (spans[-1][0], len(para))
    else:
        spans.append((s_start, len(para)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; each has ``text == text[start:end]`` and a paragraph index.

    Sentences never cross a line break; leading/trailing whitespace (including ``\\r``) is
    excluded from each sentence, and whitespace-only pieces are dropped.
    """
    out: list[Sentence] = []
    para_no = -1
    for lm in _LINE.finditer(text):
        para = lm.group()
        if not para.strip(_WS):
            continue
        para_no += 1
        base = lm.start()
        for a, b in _split_paragraph(para):
            chunk = para[a:b]
            stripped = chunk.strip(_WS)
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip(_WS))
            s = base + a + lead
            out.append(Sentence(stripped, s, s + len(stripped), para_no))
    return out
