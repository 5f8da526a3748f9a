"""The one compiled pattern of time expressions: the pieces, the families and the gate.

Each family (a named group) is one shape of expression (``Senin (20/10)``, ``tiga hari lalu``,
``kuartal II 2024``...); its handler lives in the module of its concern and is looked up by
``Match.lastgroup`` in :mod:`.extraction`. The gate lets the regex engine skip every word start that
cannot begin a time expression. Separate because every handler module reads these pieces, and the
pattern is compiled once here at import.
"""

from __future__ import annotations

import re

from kliping.lang.id import calendar as C
from kliping.lang.id import numbers
from kliping.text.patterns import alternation, any_of


def _abbreviated(*words: str) -> str:
    """The abbreviations of ``words`` in ``calendar.HEAD_ABBREVIATIONS``, with or without a dot."""
    return "(?:" + alternation(a for a, w in C.HEAD_ABBREVIATIONS.items() if w in words) + r")\.?"


def _head(*words: str) -> str:
    """A group of head ``words`` or their abbreviations (``tanggal``, ``tgl``, ``tgl.``)."""
    return "(?:" + alternation(words) + "|" + _abbreviated(*words) + ")"


def _cap(words) -> str:
    """Case-sensitive alternation of capitalised words (``Minggu`` the day, not ``minggu`` the week)."""
    return "(?-i:" + alternation((w[:1].upper() + w[1:] for w in words), any_space=True) + ")"


MONTH_ANY = "(?:" + alternation(C.MONTHS, any_space=True) + "|(?:" + alternation(C.MONTH_ABBREVIATIONS, any_space=True) + r")\.?)"
_MONTH_FULL = "(?:" + alternation(C.MONTHS, any_space=True) + ")"
_MONTH_CAP = _cap(m for m in C.MONTHS if m not in C.MONTHS_NEED_CONTEXT)
WEEKDAY = _cap(C.WEEKDAYS)
_POD = "(?:" + alternation(C.PARTS_OF_DAY, any_space=True) + ")"
_MOD = "(?:" + alternation(C.PERIOD_MODIFIERS, any_space=True) + ")"
# Quarter and half words (``kuartal``, ``semester``); ``Q`` only as the case-sensitive ``Q1``-``Q4``.
_PERIOD_PARTS = alternation((C.QUARTER_WORDS | C.HALF_WORDS) - {"q"})
_WEEK = any_of(u for u, code in C.DATE_UNITS.items() if code == "W")  # pekan, minggu
_UNITW = alternation((w for w, v in C.NUMBER_WORDS.items() if v < 10), any_space=True)
# A number word, or a unit word and a multiplier (``dua belas``, ``tiga ratus``, ``dua puluh lima``:
# only ``puluh`` takes a unit after it).
_NUMW = (
    rf"(?:(?:{_UNITW})\s+(?:{alternation(set(C.NUMBER_MULTIPLIERS) - {C.TENS_MULTIPLIER})}"
    rf"|{C.TENS_MULTIPLIER}(?:\s+(?:{_UNITW}))?)|{alternation(C.NUMBER_WORDS)})"
)
_NUMD = r"(?<![\w.,])\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\d.,]\d)"
_HALF = numbers.HALF_WORD
_COUNT = rf"(?:(?:{_NUMD}|{_NUMW})(?:\s+{_HALF})?|{_HALF}|(?:{alternation(C.VAGUE_COUNTS, any_space=True)}))"
_UNIT = "(?:" + alternation(list(C.DATE_UNITS) + list(C.TIME_UNITS), any_space=True) + ")"
_SE_UNIT = "(?:" + alternation(C.SE_UNITS, any_space=True) + ")(?!-)"
_YEAR = r"(?:1[5-9]|20)\d{2}"
_DIR_TAIL = "(?:" + alternation(C.MONTH_TAIL_WORDS, any_space=True) + ")"
_REL_DIR = "(?:" + alternation(C.COUNT_DIRECTION_WORDS, any_space=True) + ")"
_REL_PERIOD_UNIT = "(?:" + alternation(C.RELATIVE_PERIOD_UNITS) + ")"
_MODIFIED_UNIT = "(?:" + alternation(C.MODIFIED_PERIOD_UNITS) + ")"
_SIGNALS = "(?:" + "|".join(rf"(?<=\b{re.escape(w)} )" for w in sorted(C.YEAR_SIGNALS)) + ")"
_LAW = "(?:" + alternation(C.LAW_PREFIXES, any_space=True) + ")"
# An every-word (``setiap``, ``tiap-tiap``, ``saban``: ``calendar.EVERY_WORDS``); read by ``sentence_passes`` too.
EVERY = "(?:" + alternation(C.EVERY_WORDS) + ")"
_DAY_MONTH_TAIL = "(?:" + alternation(C.DAY_OF_MONTH_TAILS + C.RUNNING_MONTH_WORDS, any_space=True) + ")"
# What joins the two days of a range or list of days of a month (``tanggal 1 hingga 5``, ``tanggal
# 1-5``, ``tanggal 1 s/d tanggal 5``, ``tanggal 1 dan 15``): a range joiner of
# ``calendar.RANGE_JOINERS`` or ``dan``, the second day's own ``tanggal`` optional.
_DAY = _head("tanggal")
_DAY_JOIN = (r"\s*(?:" + alternation([*C.RANGE_JOINERS, "dan"], any_space=True)
             + rf")\s*(?:{_DAY}\s+)?")


def _numeric(p: str, year_required: bool) -> str:
    y = rf"(?P<{p}y>\d{{4}}|\d{{2}})"
    return rf"(?P<{p}d>\d{{1,2}})\s*[/-]\s*(?P<{p}m>\d{{1,2}})" + (
        rf"\s*[/-]\s*{y}" if year_required else rf"(?:\s*[/-]\s*{y})?"
    )


def _written(p: str) -> str:
    return rf"(?P<{p}d>\d{{1,2}})\s+(?P<{p}m>{MONTH_ANY})(?:,?\s+(?P<{p}y>\d{{4}}))?(?!\d)"


_FAMILIES: list[tuple[str, str]] = [
    # legal citations: consumed and dropped so "Tahun 2008" inside them is not a date
    (
        "skip",
        rf"(?:{_LAW})\.?\s*(?:{_head('nomor')}\s*)?\d+[a-z]?(?:/[\w.]+)*\s+tahun\s+\d{{4}}(?!\w)"
        rf"|{any_of(C.CONSTITUTION_NAMES)}(?:\s+{any_of(C.CONSTITUTION_STATE_NAMES)})?(?:\s+tahun)?\s+1945(?!\w)",
    ),
    (
        "wdate",
        rf"(?:hari\s+)?(?P<wd_w>{WEEKDAY})(?:\s+(?P<wd_pod>{_POD}))?\s*,?\s*(?:\(\s*(?:{_numeric('wdn_', False)}|{_written('wdw_')})\s*\)"
        rf"|(?:{_DAY}\s+)?(?:{_written('wdx_')}|{_numeric('wdy_', True)}(?![\w/])))"
        rf"(?P<wd_tail>(?:\s+(?:{_POD}|{any_of(C.DATE_TAIL_WORDS)})(?!\w))*)",
    ),
    (
        "mrange",
        rf"(?P<mr_m1>{MONTH_ANY})\s*{any_of(C.MONTH_RANGE_JOINERS)}\s*(?P<mr_m2>{MONTH_ANY})\s+(?:tahun\s+)?"
        rf"(?P<mr_y>{_YEAR})(?!\w)",
    ),
    (
        "written",
        rf"(?:{_DAY}\s+)?(?:(?P<wr_d0>\d{{1,2}})\s*{any_of(C.DAY_LIST_JOINERS)}\s*)?{_written('wr_')}"
        rf"(?P<wr_tail>\s+{any_of(C.DATE_TAIL_WORDS)})?(?!\w)",
    ),
    (
        # a day of a month named by its place (``tanggal 5 bulan depan``) or of every month
        # (``setiap tanggal 10``, ``tanggal 28 bulan berjalan``, ``tanggal 1 setiap bulan``)
        "mday",
        # (``setiap tanggal 1 hingga 5``, ``tanggal 1-5 setiap bulan``: a range or list of days, ``md_e``)
        rf"{EVERY}\s+{_DAY}\s+(?P<md_d>\d{{1,2}})(?:(?P<md_j>{_DAY_JOIN})(?P<md_e>\d{{1,2}}))?"
        rf"(?!\d|[.,/:-]\d)(?:\s+(?P<md_m>{MONTH_ANY})(?!\w))?"
        rf"(?:\s+{EVERY}\s+bulan(?:nya)?(?!\w))?"
        rf"|{_DAY}\s+(?P<md_d2>\d{{1,2}})(?:(?P<md_j2>{_DAY_JOIN})(?P<md_e2>\d{{1,2}}))?"
        rf"\s+(?:bulan\s+(?P<md_tail>{_DAY_MONTH_TAIL})"
        rf"|(?P<md_q2>{EVERY})\s+bulan(?:nya)?)(?!\w)",
    ),
    (
        "ndate",
        r"(?<![\w/.,:-])(?:\(\s*(?P<nd_pd>\d{1,2})/(?P<nd_pm>\d{1,2})(?:/(?P<nd_py>\d{4}|\d{2}))?\s*\)"
        r"|(?P<nd_d>\d{1,2})(?P<nd_sep>[/-])(?P<nd_m>\d{1,2})(?P=nd_sep)(?P<nd_y>\d{4})"
        r"|(?P<nd_d2>\d{1,2})/(?P<nd_m2>\d{1,2})/(?P<nd_y2>\d{2})"
        r"|(?P<nd_iy>\d{4})-(?P<nd_im>\d{2})-(?P<nd_id>\d{2}))(?![\w/]|[.,-]\d)",
    ),
    (
        "decade",
        rf"(?:(?:{any_of([*C.DECADE_HEADS, *C.DECADE_EDGE_WORDS])}\s+)?(?P<dc_full>1[5-9]\d0|20\d0)\s?-?an"
        rf"|{any_of(C.DECADE_HEADS)}\s+'?(?P<dc_short>[1-9]0)\s?-?an)(?!\w)",
    ),
    (
        "monthyear",
        rf"(?:(?P<my_mod>{_MOD})\s+)?(?:bulan\s+)?(?P<my_m>{MONTH_ANY})\s+(?:tahun\s+)?(?P<my_y>{_YEAR})"
        rf"(?P<my_tail>\s+{any_of(C.MONTH_YEAR_TAIL_WORDS)})?(?![\w.,]\w)",
    ),
    (
        "quarter",
        rf"(?P<qh_w>{_PERIOD_PARTS})\s*(?:ke-?\s*)?"
        rf"(?P<qh_n>IV|I{{1,3}}|[1-4]|{alternation(w for w, n in C.ORDINAL_WORDS.items() if n <= 4)})(?!\w)"
        rf"(?:\s*[-/]?\s*(?:tahun\s+)?(?P<qh_y>{_YEAR})(?!\w))?"
        rf"(?P<qh_tail>\s+(?:tahun\s+)?{any_of(C.QUARTER_TAIL_WORDS)}(?!\w))?"
        rf"|(?-i:Q(?P<qq_n>[1-4]))(?:[\s-]*(?P<qq_y>{_YEAR}))?(?!\w)",
    ),
    (
        "tyear",
        rf"(?:(?P<ty_mod>{_MOD})\s+)?(?:tahun(?:\s+anggaran)?|{_abbreviated('tahun')}|(?-i:TA\.?))\s+(?P<ty_y>{_YEAR})"
        rf"(?:\s*[-–/]\s*(?P<ty_y2>{_YEAR}))?(?P<ty_tail>\s+{any_of(C.YEAR_TAIL_WORDS)})?"
        r"(?:-nya)?(?![\w.,]\w|-)",
    ),
    (
        "byear",
        rf"(?:(?P<by_mod>{_MOD})\s+|{_SIGNALS})(?P<by_y>{_YEAR})(?:\s*[-–]\s*(?P<by_y2>{_YEAR}))?"
        rf"(?P<by_tail>\s+{any_of(C.BARE_YEAR_TAIL_WORDS)})?(?![\w%]|[.,]\d|-)"
        rf"|(?P<by_y3>{_YEAR})\s+{any_of(C.BARE_YEAR_BACK_WORDS)}(?!\w)"
        rf"|\((?P<by_y4>{_YEAR})(?:\s*[-–]\s*(?P<by_y5>{_YEAR}))?\)",
    ),
    (
        "season",
        rf"musim\s+(?P<se_s>{alternation(C.SEASONS)})"
        rf"(?:\s+(?:tahun\s+)?(?P<se_y>{_YEAR}))?"
        rf"(?P<se_tail>\s+(?:tahun\s+)?{any_of(C.SEASON_TAIL_WORDS)})?(?!\w)",
    ),
    (
        "clock",
        rf"{_head(*C.CLOCK_WORDS)}\s*(?P<tm_h>\d{{1,2}})(?:[.:](?P<tm_m>\d{{2}}))?(?![\d.,:]\d)"
        rf"(?:\s*{any_of(C.CLOCK_RANGE_JOINERS)}\s*(?:pukul\s+)?\d{{1,2}}(?:[.:]\d{{2}})?)?"
        rf"(?P<tm_tail>(?:\s+(?:{_POD}|{alternation(C.CLOCK_ZONE_WORDS, any_space=True)})(?!\w))*)"
        rf"|(?P<tm2_h>\d{{1,2}})[.:](?P<tm2_m>\d{{2}})\s*(?P<tm2_tz>{alternation(C.TIME_ZONES)})(?!\w)",
    ),
    (
        "relunit",
        rf"(?:(?P<ru_n>{_COUNT})\s+(?P<ru_u>{_UNIT})|(?P<ru_se>{_SE_UNIT}))(?:nya)?\s+(?P<ru_dir>{_REL_DIR})(?!\w)",
    ),
    (
        "weekord",
        rf"{_WEEK}\s+(?P<wo_n>{alternation(C.WEEK_ORDINAL_WORDS)}|ke-?\s*[1-5])\s+"
        rf"(?:(?:bulan\s+)?(?P<wo_m>{_MONTH_FULL})(?:\s+(?:tahun\s+)?(?P<wo_y>{_YEAR}))?"
        rf"|bulan\s+(?P<wo_rel>{alternation(C.NEIGHBOUR_PERIOD_WORDS)}))"
        r"(?![\w.,]\w)",
    ),
    (
        "relsimple",
        rf"(?:(?P<rs_mod>{_MOD})\s+)?(?P<rs_u>{_REL_PERIOD_UNIT})"
        rf"\s+(?P<rs_dir>{alternation(C.PERIOD_TAIL_WORDS, any_space=True)})(?!\w)"
        rf"|(?P<rs_mod2>{_MOD})\s+(?P<rs_u2>{_MODIFIED_UNIT})"
        rf"(?!\s+(?:\d|ke-|{_MONTH_FULL}(?!\w))|\w|-)",  # "awal bulan April lalu" is April's start
    ),
    (
        "relday",
        rf"(?P<rd_w>{alternation(C.RELATIVE_DAY_WORDS, any_space=True)})"
        rf"(?:\s+(?P<rd_pod>{_POD}))?(?!\w|-)"
        r"(?:\s*\(\s*(?P<rd_pd>\d{1,2})/(?P<rd_pm>\d{1,2})(?:/(?P<rd_py>\d{4}|\d{2}))?\s*\))?"
        rf"|(?P<rd_pod2>{_POD})\s+(?:hari\s+)?(?P<rd_rel>{alternation(C.DAY_PART_DAY_TAILS)})(?!\w)",
    ),
    (
        "wday",
        rf"(?:hari\s+)?(?P<bw_w>{WEEKDAY})(?!\w)"
        rf"(?P<bw_tail>(?:\s+(?:{_POD}|{any_of(C.WEEKDAY_TAIL_WORDS)})(?!\w))*)",
    ),
    (
        "month",
        rf"(?:(?P<bm_mod>{_MOD})\s+)?(?:bulan\s+(?P<bm_m2>{_MONTH_FULL})|(?P<bm_m>{_MONTH_CAP}))(?!\w)"
        rf"(?P<bm_tail>\s+(?:tahun\s+{any_of(C.NEIGHBOUR_PERIOD_WORDS)}|{_DIR_TAIL})(?!\w))?",
    ),
    (
        "set",
        rf"(?P<st_q>{EVERY}|per)\s+(?:(?P<st_n>\d+|" + _NUMW + r")\s+)?"
        rf"(?P<st_u>{alternation(C.WEEKEND_WORDS, any_space=True)}|{any_of(C.RECURRING_UNITS)}(?:nya)?|{WEEKDAY}|{_POD})"
        r"(?!\w|-)",
    ),
    (
        "duration",
        rf"(?P<du_n>{_COUNT})(?:\s*{any_of(C.COUNT_RANGE_JOINERS)}\s*(?P<du_n2>{_COUNT}))?\s+(?P<du_u>{_UNIT})(?!\w|-|\s+\d{{4}}|\s+ke-)|(?P<du_se>{_SE_UNIT})(?!\w)"
        rf"|(?P<du_red>ber(?P<du_ru>{alternation(C.DOUBLED_UNITS)})-(?P=du_ru))(?!\w)",
    ),
    (
        "podday",
        rf"(?P<pd_noon>{alternation(C.NOON_WORDS, any_space=True)})(?!\w|\s+(?:{alternation(C.DAY_DEICTIC_WORDS)}|ke-?\d))"
        rf"|(?P<pd_pod>{alternation(C.DAY_PARTS_WITH_HARI)})\s+hari"
        rf"(?!\w|-|\s+(?:{alternation(C.DAY_PART_DAY_WORDS)}|ke-?\d))",
    ),
    (
        "schoolyear",
        rf"tahun\s+{any_of(C.SCHOOL_YEAR_WORDS)}\s+baru(?!\w)",
    ),
    (
        "ref",
        rf"(?P<rf_red>(?P<rf_ru>{alternation(C.REDUPLICATED_TIME_WORDS)})-(?P=rf_ru)"
        rf"(?:\s+(?P<rf_dir>{alternation([*C.DOUBLED_AHEAD_WORDS, *C.DOUBLED_BACK_WORDS], any_space=True)}))?)"
        rf"|(?P<rf_w>{alternation(C.REFERENCE_WORDS, any_space=True)})(?!\w|-)",
    ),
]
# A bare year written after a word (``APBN-P 2015``, ``Outlook 2015``, ``tertingginya 2014``): tried
# last, so every family that gives the year a context wins; the handler rejects counts and codes.
_FAMILIES.append((
    "year",
    rf"(?<![(\"“‘'])(?P<yr_y>{_YEAR})(?:\s*[-–]\s*(?P<yr_y2>{_YEAR}))?(?![\w%/]|[.,]\d|-)",
))
FAMILY_NAMES = [name for name, _ in _FAMILIES]


def _trie(words) -> str:
    """A regex trie over literal words (case-sensitive), so alternation costs one char test per branch."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node and len(node) == 1:
            return ""
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# The gate: every family starts with one of these words, a digit or "(". It is a case-sensitive
# trie whose branches start with a literal or a small char class, which the regex engine rejects
# with one comparison, so the costly family alternation only runs at the few word starts that can
# begin a time expression.
_GATE_WORDS = {
    w.split()[0]
    for table in (
        C.MONTHS, C.MONTH_ABBREVIATIONS, C.WEEKDAYS, C.PARTS_OF_DAY, C.PERIOD_MODIFIERS, C.SE_UNITS,
        C.VAGUE_COUNTS, C.NUMBER_WORDS, C.REFERENCE_WORDS, C.DATE_UNITS, C.TIME_UNITS, C.QUARTER_WORDS,
        C.HALF_WORDS, C.LAW_PREFIXES, C.HEAD_ABBREVIATIONS, C.HEAD_ABBREVIATIONS.values(), C.DECADE_HEADS,
        C.RELATIVE_DAY_WORDS, C.EVERY_WORDS,
    )
    for w in table
} | {"ta", "musim", "per", numbers.HALF_WORD}  # ``TA 2025``, ``musim hujan``, ``per hari``, ``setengah tahun``
# Gate entries that are followed by more letters: "berbulan-bulan".
_GATE_PREFIXES = "[Bb]er" + any_of(C.DOUBLED_UNITS) + "-"
_GATE_WORDS.discard("q")
_GATE = _trie(
    sorted({w[0].upper() + w[1:] for w in _GATE_WORDS} | _GATE_WORDS | {w.upper() for w in C.LAW_PREFIXES}
           | {"TA", "Q1", "Q2", "Q3", "Q4"})
)
# Every expression starts after a space, comma, slash or dash (sentences are scanned with one space
# prepended) and an optional opening quote or bracket. Starting the pattern with that small char
# class lets the regex engine jump between those characters in C instead of attempting a match at
# every character.
PATTERN = re.compile(
    r"[ ,/\-–][\"“‘'(]?(?=(?-i:[0-9]|\(\d|(?:" + _GATE + r")(?![a-z])|" + _GATE_PREFIXES + "))(?:"
    + "|".join(f"(?P<{name}>{pat})" for name, pat in _FAMILIES) + ")",
    re.IGNORECASE,
)
