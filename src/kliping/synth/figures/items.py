"""Which item of a list a money amount is a value of, and which amounts are only unnamed parts of a whole: the label
of its list line (:func:`line_label`: ``2. Inspektorat Jenderal: total anggaran Rp ...``), the name right before the
brackets around it (:func:`bracket_owner`: ``ABCD (Rp 1.250), EFGH (Rp 3.400)``) or right before it in a list of named
amounts (:func:`named_before`: ``terdiri dari LCP Rp 3,8 triliun, PID Rp 150 miliar``), the stock named before it in
its clause (:func:`clause_stock`: ``saham ABCD ditutup Rp 9.450``), a stock's price so named (:func:`stock_price`), and the parts after ``yaitu`` of a whole its sentence states first (:func:`unnamed_parts`:
``pagu ... Rp A, yaitu Rp B ditambah Rp C``); whose a bare money noun's amount is (:func:`money_subject`: ``anggaran
pendidikan``), by the words after the noun (:func:`noun_modifier`, as :func:`modifier_items` reads them).

Apart because a figures table holds the values of one measured thing: the budgets of nine agencies listed line by
line, the prices of five stocks in one sentence and the two parts of one budget are not nine, five or two values of
one figure (no updates, no discrepancies), yet their clauses name the same money noun or none at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from kliping.lang.id import calendar, figure_cues, numbers
from kliping.model import Quantity
from kliping.synth.corpus import stop_words, words
from kliping.synth.figures.clauses import sentence_tokens, verb_word
from kliping.synth.figures.money import LIST_ITEM, clause_money_head, money_at, money_word

# ``Label:`` after a list line's mark: at most LABEL_MAX_WORDS words, no sentence of its own.
_LABEL = re.compile(r"(?P<label>[^:;\"\u201c\u201d]{2,90}?)\s*:\s")
# An abbreviation in brackets inside a label (``Sekretariat Jenderal (Sekjen)``): the short name the list gives.
_BRACKET_NAME = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z]{1,9})\s*\)")
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*")
# A list line's words and its commas, semicolons and brackets, as ``_opening_item`` walks them.
_LINE_TOKEN = re.compile(r"[^\s,;()]+|[,;()]")
# A name right before the bracket an amount is written in (``ABCD (Rp 1.250)``) or right before a bracket that ends
# where the amount starts (``ANTM (+5,2%) Rp 1.520``): an all-capital code, or up to four capitalised words.
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][A-Z0-9]{1,5}|(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*)\s*\((?P<inside>[^()]*)$")
_AFTER_NAME = re.compile(r"^\s*\((?P<inside>[^()]{0,24})\)\s*$")
# A stock exchange code (four capitals, ``BBCA``): a stock when its sentence speaks of shares.
_TICKER = re.compile(r"^[A-Z]{4}$")


def _time_only(label: str) -> bool:
    """The label names only a time (``Tahun 2023``, ``Semester I 2025``, ``Januari-Maret``): the lines are then readings
    of one thing over time, a series, not items."""
    for w in words(label):
        if not (w.isdigit() or w in calendar.MONTHS or w in calendar.QUARTER_WORDS or w in calendar.HALF_WORDS
                or w in figure_cues.LIST_TIME_WORDS or re.fullmatch(r"[ivx]+", w)):
            return False
    return True


def line_label(text: str) -> str | None:
    """The item a list line (``LIST_ITEM``: ``1.``, ``-``, ``•``) names before its colon, as the table shows it: its
    abbreviation in brackets when it gives one (``Sekretariat Jenderal (Sekjen)`` -> ``Sekjen``), else its words
    without brackets (``Penerima PKH Murni``). None for a line with no label (``- Deposito senilai Rp 4 miliar``), a
    label of more than ``figure_cues.LIST_LABEL_MAX_WORDS`` words, a label with a number of its own beyond a year
    (the label is then a statement), and a label that names only a time (``_time_only``: ``Tahun 2023: 187 perkara``
    is a count's reading of 2023)."""
    m = LIST_ITEM.match(text)
    if m is None:
        return None
    lm = _LABEL.match(text, m.end())
    if lm is None:
        return None
    label = lm.group("label").strip()
    ws = words(label)
    if not ws or len(ws) > figure_cues.LIST_LABEL_MAX_WORDS or not label[:1].isupper() or _time_only(label) \
            or "Rp" in label or any(w.isdigit() and not (len(w) == 4 and w[:2] in ("19", "20")) for w in ws):
        return None
    abbr = _BRACKET_NAME.search(label)
    if abbr:
        return abbr.group("abbr")
    return " ".join(_BRACKETED.sub(" ", label).split()) or None


def _opening_item(text: str) -> str | None:
    """The words a list line with no colon opens on, up to its first number, word of an amount, function word, verb,
    comma or amount (a number word right before the count's digits is the name's last: ``roda empat 7 unit``), at most
    ``figure_cues.LIST_ITEM_MAX_WORDS`` (``1. Kabupaten Contoh dari Rp 1,2 triliun ...`` ->
    ``Kabupaten Contoh``; ``2. Logam mulia 600 gram, senilai ...`` -> ``Logam mulia``); None when the line has a mark
    but no such words, a colon (``line_label`` reads it), or they name only a time or a sum (``Tahun 2024 Rp ...``,
    ``Total Rp ...``)."""
    m = LIST_ITEM.match(text)
    if m is None or ":" in text:
        return None
    stops = stop_words()
    out: list[str] = []
    toks = _LINE_TOKEN.findall(text, m.end())
    for k, w in enumerate(toks):
        lw = w.casefold()
        if out and lw in numbers.UNIT_WORDS and k + 1 < len(toks) and toks[k + 1][:1].isdigit():
            out.append(w)  # ``Kendaraan roda empat 7 unit``: a word of the name, its count after it
            break
        if (not w[:1].isalpha() or lw in stops or lw in figure_cues.MONEY_LINK_WORDS or lw in figure_cues.ITEM_BREAKS
                or lw == "rp" or (verb_word(lw) and not w[:1].isupper())
                or len(out) == figure_cues.LIST_ITEM_MAX_WORDS):
            break
        out.append(w)
    label = " ".join(out)
    if not out or not out[0][:1].isupper() or _time_only(label) or any(
            money_word(w.casefold()) or w.casefold() in figure_cues.TOTAL_WORDS for w in out):
        return None
    return label


def line_item(texts: Sequence[str], k: int) -> str | None:
    """The item list line ``k`` of ``texts`` (its article's sentences) names: its label before a colon
    (``line_label``), else the words it opens on (``_opening_item``) when a list line next to it opens on other words
    (``1. Kabupaten A dari Rp 2 triliun menjadi Rp 1,5 triliun.`` then ``2. Kabupaten B dari ...``: each regency's
    funds, not nine values of one). Lines that all open on one word (``1. Pecahan Rp 10.000 ...``, ``2. Pecahan Rp
    5.000 ...``) name no item by it."""
    label = line_label(texts[k])
    if label is not None:
        return label
    item = _opening_item(texts[k])
    if item is None:
        return None
    near = [_opening_item(texts[j]) for j in (k - 1, k + 1) if 0 <= j < len(texts)]  # None on a line of no mark
    return item if any(n is not None and n != item for n in near) else None


def bracket_owner(text: str, q: Quantity) -> str | None:
    """The name an amount is written next to in brackets: ``ABCD (Rp 1.250), EFGH (Rp 3.400)`` gives each price its
    stock, as ``ABCD (+4,1%) Rp 1.300`` does (a bracket right before the amount, after the name). The amount's own
    bracket must hold nothing but the amount, and a bracket before it at most a short change (``+5,2%``). None when
    the amount is not so written, or the name is the sentence's first word (``Kemenkeu (Rp 52 triliun)`` opening a
    sentence is its subject)."""
    before, after = text[: q.start], text[q.end :]
    own = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    if own:
        m = _NAME_BEFORE.search(before.rstrip())
        if m is None or m.group("inside").strip():
            return None
    else:
        m = _NAME_BEFORE.search(before.rstrip()[:-1]) if before.rstrip().endswith(")") else None
        if m is None or len(m.group("inside")) > 24 or not re.search(r"\d", m.group("inside")):
            return None
    name = m.group("name").strip()
    if not text[: m.start("name")].strip(" \"'\u201c-*\u2022\u2013") or name.casefold() in figure_cues.MONEY_MEASURES:
        return None
    return name


# A name written right before an amount (``Lembaga Contoh Pendidikan (LCP) Rp 3,8 triliun``, ``Pusat Investasi
# Daerah Rp 150 miliar``), or before a word of an amount (``PT Contoh sebesar Rp 30 miliar``): its abbreviation in
# brackets, or up to four capitalised words.
_NAMED_BEFORE = re.compile(r"(?:\(\s*(?P<abbr>[A-Z][A-Za-z]{1,9})\s*\)|(?<![\w-])(?P<name>(?:[A-Z][\w&'-]*\s+){0,3}"
                           r"[A-Z][\w&'-]*))\s*(?:(?i:" + "|".join(sorted(figure_cues.MONEY_LINK_WORDS)) + r")\s+)?$")


_WORD_BEFORE = re.compile(r"(\w[\w&'-]*)\s*$")
# What a sentence may open with before a listed name and still be a list line (``named_before``): anything else
# written before the name makes it no opening.
_NOT_OPENING = re.compile("[^" + "".join(re.escape(c) for c in " \"'\u201c-*\u2022\u2013") + "]")
# Runs of written characters (no space) a match of ``_NAMED_BEFORE`` spans at most: a bracket, its abbreviation and
# its close, or four name words, then a link word (with room to spare).
_NAME_RUNS = 8
_RUN = re.compile(r"\S+")


def _runs_from(text: str, end: int, k: int) -> int:
    """The offset the last ``k`` runs of written characters of ``text[:end]`` start from (0 when it has no more):
    found in a window before ``end``, doubled until it holds one run more (its first run may be cut). A match
    ending at ``end`` that spans ``k`` runs at most starts there or after, so a search from it finds what a search
    from the sentence's start finds."""
    width = 64
    while True:
        lo = end - width
        if lo <= 0:
            return 0
        starts = [m.start() for m in _RUN.finditer(text, lo, end)]
        if len(starts) > k:
            return starts[-k]
        width *= 2


def named_before(text: str, amounts: Sequence[Quantity]) -> dict[int, str]:
    """The items of a sentence that lists money amounts each right after its name (``terdiri dari Lembaga Contoh
    Pendidikan (LCP) Rp 3,8 triliun, Pusat Investasi Daerah (PID) Rp 150 miliar, serta ...``), or after its name and a
    word of an amount (``pajak penghasilan (PPh) senilai Rp 70 miliar, pajak bumi dan bangunan (PBB) senilai ...``,
    ``memperkaya PT Contoh Jaya sebesar Rp 30 miliar dan PT Mentari sebesar Rp 20 miliar``:
    ``figure_cues.MONEY_LINK_WORDS``): each
    amount's name by its start offset, the abbreviation in brackets when written. Only when two amounts of the
    sentence (``amounts``) at least are so named: one name before one amount may be the subject of the sentence
    (``Pemerintah menyuntik PT Contoh Rp 5 triliun``). A name of more than four capitalised words (a title and a name,
    ``Kepala Dinas Kota Contoh Budi Santoso``) gives none: its last words may cut the name. Not the sentence's first words, nor a name that is only a time
    (``Januari Rp 5 juta, Februari Rp 6 juta``: readings over time, one series)."""
    out: dict[int, str] = {}
    for q in amounts:
        # a name of four words and a link word lies in the last words before the amount: searched from there, not
        # from the sentence's start (the search of each prefix of a long sentence was quadratic)
        m = _NAMED_BEFORE.search(text, _runs_from(text, q.start, _NAME_RUNS), q.start)
        if m is None or not _NOT_OPENING.search(text, 0, m.start()):  # only marks of a list line before it
            continue
        name = m.group("abbr") or m.group("name")
        before = _WORD_BEFORE.search(text, _runs_from(text, m.start(), 1), m.start())
        if not m.group("abbr") and before and before.group(1)[:1].isupper():
            continue  # a longer capitalised run (a title and a name): its last words are no name of their own
        if _time_only(name) or name.casefold() in figure_cues.MONEY_MEASURES:
            continue
        out[q.start] = name
    return out if len(out) >= 2 else {}


# A stock named before its price in the price's clause: its code after ``saham``/``emiten`` (``saham ABCD ditutup di
# Rp ...``) or in brackets after a listed company's ``Tbk`` (``PT Contoh Tbk (CNTH) naik menjadi Rp ...``).
_STOCK_BEFORE = re.compile(r"(?:(?<![\w-])(?i:saham|emiten)\s+(?P<code>[A-Z]{4})(?![\w-])"
                           r"|(?<![\w-])Tbk\.?\s*\(\s*(?P<bracketed>[A-Z]{4})\s*\))")


def clause_stock(text: str, q: Quantity, lo: int, mates: Sequence[Quantity] = ()) -> str | None:
    """The stock whose price ``q`` is, named before it in its clause (from offset ``lo``): the last code after
    ``saham``/``emiten`` or in brackets after ``Tbk``, with no other money amount of its sentence (``mates``) between
    (``saham ABCD ditutup Rp 9.450, sementara saham EFGH melemah ke Rp 4.120``: each price its own stock). None when
    the clause names none."""
    if q.start and "A" <= text[q.start - 1] <= "Z":  # a code may end right at the amount: its prefix read alone
        found = [(m.start(), m.end(), m.group("code") or m.group("bracketed"))
                 for m in _STOCK_BEFORE.finditer(text, lo, q.start)]
        if not found:
            return None
        _start, end, code = found[-1]
    else:
        starts, ends, codes = _stock_codes(text)
        j = bisect.bisect_right(ends, q.start) - 1  # the last code ending before the amount, if in its clause
        if j < 0 or starts[j] < lo:
            return None
        end, code = ends[j], codes[j]
    if any(end <= r.start < q.start and r.unit == q.unit for r in mates):
        return None
    return code


@lru_cache(maxsize=64)
def _stock_codes(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and codes of the stocks the sentence names (``_STOCK_BEFORE``), in order, found once for all its
    prices (``clause_stock``). No two such names overlap, so the names of a prefix are the sentence's that end in
    it, but for a code ending right at its end, whose next character the sentence may continue the code with."""
    found = list(_STOCK_BEFORE.finditer(text))
    return ([m.start() for m in found], [m.end() for m in found],
            [m.group("code") or m.group("bracketed") for m in found])


def stock_price(name: str | None, sentence_words: Sequence[str]) -> bool:
    """``name`` (``bracket_owner``) is a stock's code (four capitals) and its sentence speaks of shares
    (``figure_cues.STOCK_WORDS``): the amount is that stock's price (``harga saham``)."""
    return bool(name and _TICKER.match(name) and any(w in figure_cues.STOCK_WORDS for w in sentence_words))


def unnamed_parts(text: str, amounts: Sequence[Quantity]) -> set[int]:
    """Start offsets of the amounts of one sentence (``amounts``: its money amounts of one currency, in order) that only
    break down a whole stated before them: ``pagu ... sebesar Rp A, yaitu Rp B ditambah Rp C`` (B and C), the words
    between the whole and the parts an opener of a breakdown (``yaitu``, ``yakni``, ``terdiri dari``:
    ``figure_cues.PART_OPENERS``) and between the parts nothing but a comma or a join (``ditambah``, ``dan``, ``serta``,
    ``+``: ``figure_cues.PART_JOINS``). Two parts at least: one amount after ``yaitu`` restates the whole. The parts name
    no item of their own, so they are no value of any series the table keeps (the whole is)."""
    out: set[int] = set()
    qs = sorted(amounts, key=lambda q: q.start)
    for i, whole in enumerate(qs):
        run: list[Quantity] = []
        opener = words(text[whole.end : qs[i + 1].start]) if i + 1 < len(qs) else []
        if not opener or opener[0] not in figure_cues.PART_OPENERS or not set(opener) <= (
                figure_cues.PART_OPENERS | figure_cues.PART_LINKS):
            continue
        run.append(qs[i + 1])
        for nxt in qs[i + 2 :]:
            gap = text[run[-1].end : nxt.start]
            between = words(gap)
            if not (between or "+" in gap or "," in gap) or not set(between) <= figure_cues.PART_JOINS:
                break
            run.append(nxt)
        if len(run) >= 2:
            out.update(q.start for q in run)
    return out


def modifier_items(text: str, amounts: Sequence[Quantity]) -> dict[int, str]:
    """The items of a sentence that gives two amounts or more of one money noun, each told by the words right after
    its own writing of the noun (``bunga utang domestik mencapai Rp A, adapun bunga utang luar negeri mencapai
    Rp B``: ``domestik``, ``luar negeri``): each amount's words, by its start offset. The words run
    from the noun (``money_head`` of the amount's clause) up to a word of an amount (``sebesar``), a verb, a number,
    another money noun or a function word after the first (``pajak pusat atas kegiatan ...`` -> ``pusat``), at most
    ``figure_cues.MODIFIER_MAX_WORDS``. Only when every amount (``amounts``, of one noun) has such words, all different,
    and none names only a time (``anggaran tahun ini Rp A dan anggaran tahun lalu Rp B``: readings of one thing over
    time, one series). A whole the sentence then breaks down (``penerimaan negara Rp A terdiri dari penerimaan minyak
    Rp B dan penerimaan gas Rp C``) is no item: it stays a value of the noun's series, the parts are items. Else
    nothing."""
    toks = sentence_tokens(text)
    stops = stop_words()
    out: dict[int, str] = {}
    amounts = sorted(amounts, key=lambda q: q.start)
    for i in range(len(amounts) - 1, 0, -1):  # a whole broken down after it (``... Rp A terdiri dari ...``) is no item
        if set(words(text[amounts[i - 1].end : amounts[i].start])) & (figure_cues.PART_OPENERS | figure_cues.BREAKDOWN_CUES):
            amounts = amounts[i:]
            break
    for q in amounts:
        before, head = clause_money_head(text, q, toks)
        mod = None if head is None else noun_modifier(before, head[0], stops)
        if mod is None:
            return {}
        out[q.start] = mod
    return out if len(set(out.values())) == len(out) >= 2 else {}


def noun_modifier(before: Sequence[tuple[int, str]], head: int, stops: frozenset[str] | set[str]) -> str | None:
    """The words that tell which one a money noun (word ``head`` of ``before``, the words before an amount) is: from
    the word after it up to a word of an amount (``sebesar``), a verb, a number, another money noun or a function word
    after the first, at most ``figure_cues.MODIFIER_MAX_WORDS`` (``bunga utang luar negeri mencapai`` -> ``luar
    negeri``). None when there are none, or they name only a time (``anggaran tahun ini``)."""
    mod: list[str] = []
    for k in range(head + 1, len(before)):
        w = before[k][1]
        if (w in figure_cues.MONEY_LINK_WORDS or w[:1].isdigit() or money_at(before, k)
                or len(mod) == figure_cues.MODIFIER_MAX_WORDS or (mod and w in stops)
                or verb_word(w)):
            break  # (a function word ends the words unless it opens them: ``dalam negeri``, ``pusat atas ...``)
        mod.append(w)
    while mod and mod[-1] in stops:
        mod.pop()
    if not mod or all(w in stops or w in figure_cues.MODIFIER_TIME_WORDS or w.isdigit() for w in mod) \
            or _time_only(" ".join(mod)):
        return None
    return " ".join(mod)


def money_subject(text: str, q: Quantity, money: str) -> str | None:
    """Whose or what for the amount ``q`` of a bare money noun (``money``, one of ``figure_cues.BARE_MONEY_NOUNS``) is,
    as sentence ``text`` says: the words right after the noun's writing before the amount in its clause
    (``noun_modifier``: ``anggaran pendidikan tahun ini Rp A`` -> ``pendidikan``, past a word of purpose: ``anggaran
    untuk BLT`` -> ``blt``), without a time after them (``pagu Kemenkeu tahun 2026`` -> ``kemenkeu``). None when none follow
    (``anggarannya mencapai Rp A``; a purpose after the amount is no subject: ``anggaran Rp A untuk operasional`` and
    ``anggaran Kemenkeu`` may be one budget), the noun is not written
    in the clause (named by a list or the sentence before), or its words name no one subject: a function word first
    (``dana ke ...``), only a stage of a budget (``pagu efektif``, ``figure_cues.MONEY_STAGE_WORDS``)
    or only the noun a demonstrative points back with (``anggaran program tersebut``: the subject is one named before;
    ``anggaran kesehatan kabupaten itu`` keeps ``kesehatan``)."""
    before, head = clause_money_head(text, q)
    if head is None or head[1] != money:
        return None
    stops = stop_words()
    at = head[0] + 1 if head[0] + 1 < len(before) and before[head[0] + 1][1] in figure_cues.PURPOSE_WORDS else head[0]
    mod = noun_modifier(before, at, stops)  # (past ``untuk``: ``alokasi untuk program X`` is ``anggaran program X``)
    if mod is None:
        return None
    ws = mod.split()
    after = at + 1 + len(ws)
    if after < len(before) and before[after][1] in figure_cues.DEMONSTRATIVES:
        ws.pop()  # ``anggaran kesehatan kabupaten itu``: the noun before the demonstrative is one named before
    while ws and ws[-1] in figure_cues.MODIFIER_TIME_WORDS:  # ``pagu Kemenkeu tahun 2026``: the ministry's
        ws.pop()
    if not ws or ws[0] in stops or all(
            w in figure_cues.MONEY_STAGE_WORDS for w in ws):
        return None  # ``anggaran program tersebut``, ``dana ke mantan kepala``, ``pagu efektif``: no one subject
    return " ".join(ws)
