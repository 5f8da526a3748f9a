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
from kliping.lang.id import time_cues
from kliping.text.patterns import alternation


def _cap(words) -> str:
    """Case-sensitive alternation of capitalised words (``Minggu`` the day, not ``minggu`` the week)."""
    return "(?-i:" + alternation((w[:1].upper() + w[1:] for w in words), any_space=True) + ")"


MONTH_ANY = "(?:" + alternation(C.MONTHS, any_space=True) + "|(?:" + alternation(C.MONTH_ABBREVIATIONS, any_space=True) + r")\.?)"
_MONTH_FULL = "(?:" + alternation(C.MONTHS, any_space=True) + ")"
_MONTH_CAP = _cap(m for m in C.MONTHS if m not in C.MONTHS_NEED_CONTEXT)
WEEKDAY = _cap(C.WEEKDAYS)
_POD = "(?:" + alternation(C.PARTS_OF_DAY, any_space=True) + ")"
_MOD = "(?:" + alternation(C.PERIOD_MODIFIERS, any_space=True) + ")"
_UNITW = alternation((w for w, v in C.NUMBER_WORDS.items() if v < 10), any_space=True)
_NUMW = (
    rf"(?:(?:{_UNITW})\s+(?:belas|ratus|puluh(?:\s+(?:{_UNITW}))?)|sepuluh|sebelas|seratus|seribu|{_UNITW})"
)
_NUMD = r"(?<![\w.,])\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\d.,]\d)"
_COUNT = rf"(?:(?:{_NUMD}|{_NUMW})(?:\s+setengah)?|setengah|(?:{alternation(C.VAGUE_COUNTS, any_space=True)}))"
_UNIT = "(?:" + alternation(list(C.DATE_UNITS) + list(C.TIME_UNITS), any_space=True) + ")"
_SE_UNIT = "(?:" + alternation(C.SE_UNITS, any_space=True) + ")(?!-)"
_YEAR = r"(?:1[5-9]|20)\d{2}"
_DIR_TAIL = "(?:" + alternation(C.MONTH_TAIL_WORDS, any_space=True) + ")"
_REL_DIR = "(?:" + alternation(C.COUNT_DIRECTION_WORDS, any_space=True) + ")"
_REL_PERIOD_UNIT = "(?:" + alternation(C.RELATIVE_PERIOD_UNITS) + ")"
_MODIFIED_UNIT = "(?:" + alternation(C.MODIFIED_PERIOD_UNITS) + ")"
_SIGNALS = "(?:" + "|".join(rf"(?<=\b{re.escape(w)} )" for w in sorted(C.YEAR_SIGNALS)) + ")"
_LAW = "(?:" + alternation(C.LAW_PREFIXES, any_space=True) + ")"
# An every-word (``setiap``, ``tiap-tiap``, ``saban``: ``time_cues.EVERY_WORDS``); read by ``sentence_passes`` too.
EVERY = "(?:" + alternation(time_cues.EVERY_WORDS) + ")"
_DAY_MONTH_TAIL = "(?:" + alternation(C.DAY_OF_MONTH_TAILS + C.RUNNING_MONTH_WORDS, any_space=True) + ")"
# What joins the two days of a range or list of days of a month (``tanggal 1 hingga 5``, ``tanggal
# 1-5``, ``tanggal 1 s/d tanggal 5``, ``tanggal 1 dan 15``): a range joiner of
# ``calendar.RANGE_JOINERS`` or ``dan``, the second day's own ``tanggal`` optional.
_DAY_JOIN = (r"\s*(?:" + alternation([*C.RANGE_JOINERS, "dan"], any_space=True)
             + r")\s*(?:(?:tanggal|tgl\.?)\s+)?")


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
        rf"(?:{_LAW})\.?\s*(?:(?:no\.?|nomor)\s*)?\d+[a-z]?(?:/[\w.]+)*\s+tahun\s+\d{{4}}(?!\w)"
        r"|(?:uud|undang-undang\s+dasar)(?:\s+nri|\s+negara\s+republik\s+indonesia)?(?:\s+tahun)?\s+1945(?!\w)",
    ),
    (
        "wdate",
        rf"(?:hari\s+)?(?P<wd_w>{WEEKDAY})(?:\s+(?P<wd_pod>{_POD}))?\s*,?\s*(?:\(\s*(?:{_numeric('wdn_', False)}|{_written('wdw_')})\s*\)"
        rf"|{_written('wdx_')}|{_numeric('wdy_', True)}(?![\w/]))"
        rf"(?P<wd_tail>(?:\s+(?:{_POD}|kemarin|lalu|silam|mendatang|depan|nanti)(?!\w))*)",
    ),
    (
        "mrange",
        rf"(?P<mr_m1>{MONTH_ANY})\s*(?:[-–]|hingga|sampai|s/d)\s*(?P<mr_m2>{MONTH_ANY})\s+(?:tahun\s+)?"
        rf"(?P<mr_y>{_YEAR})(?!\w)",
    ),
    (
        "written",
        rf"(?:(?:tanggal|tgl\.?)\s+)?(?:(?P<wr_d0>\d{{1,2}})\s*(?:[-–]|hingga|sampai|s/d|dan)\s*)?{_written('wr_')}"
        rf"(?P<wr_tail>\s+(?:lalu|silam|mendatang|depan|kemarin|nanti))?(?!\w)",
    ),
    (
        # a day of a month named by its place (``tanggal 5 bulan depan``) or of every month
        # (``setiap tanggal 10``, ``tanggal 28 bulan berjalan``, ``tanggal 1 setiap bulan``)
        "mday",
        # (``setiap tanggal 1 hingga 5``, ``tanggal 1-5 setiap bulan``: a range or list of days, ``md_e``)
        rf"{EVERY}\s+(?:tanggal|tgl\.?)\s+(?P<md_d>\d{{1,2}})(?:(?P<md_j>{_DAY_JOIN})(?P<md_e>\d{{1,2}}))?"
        rf"(?!\d|[.,/:-]\d)(?:\s+(?P<md_m>{MONTH_ANY})(?!\w))?"
        rf"(?:\s+{EVERY}\s+bulan(?:nya)?(?!\w))?"
        rf"|(?:tanggal|tgl\.?)\s+(?P<md_d2>\d{{1,2}})(?:(?P<md_j2>{_DAY_JOIN})(?P<md_e2>\d{{1,2}}))?"
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
        r"(?:(?:(?:dekade|dasawarsa|era|tahun|periode|akhir|awal)\s+)?(?P<dc_full>1[5-9]\d0|20\d0)\s?-?an"
        r"|(?:dekade|dasawarsa|era|tahun|periode)\s+'?(?P<dc_short>[1-9]0)\s?-?an)(?!\w)",
    ),
    (
        "monthyear",
        rf"(?:(?P<my_mod>{_MOD})\s+)?(?:bulan\s+)?(?P<my_m>{MONTH_ANY})\s+(?:tahun\s+)?(?P<my_y>{_YEAR})"
        rf"(?P<my_tail>\s+(?:lalu|silam|mendatang|depan|ini))?(?![\w.,]\w)",
    ),
    (
        "quarter",
        r"(?P<qh_w>kuartal|triwulan|kwartal|caturwulan|semester|paruh|paro|quarter)\s*(?:ke-?\s*)?"
        r"(?P<qh_n>IV|I{1,3}|[1-4]|pertama|kedua|ketiga|keempat)(?!\w)"
        rf"(?:\s*[-/]?\s*(?:tahun\s+)?(?P<qh_y>{_YEAR})(?!\w))?"
        r"(?P<qh_tail>\s+(?:tahun\s+)?(?:ini|lalu|depan|mendatang|sebelumnya)(?!\w))?"
        rf"|(?-i:Q(?P<qq_n>[1-4]))(?:[\s-]*(?P<qq_y>{_YEAR}))?(?!\w)",
    ),
    (
        "tyear",
        rf"(?:(?P<ty_mod>{_MOD})\s+)?(?:tahun(?:\s+anggaran)?|thn\.?|(?-i:TA\.?))\s+(?P<ty_y>{_YEAR})"
        rf"(?:\s*[-–/]\s*(?P<ty_y2>{_YEAR}))?(?P<ty_tail>\s+(?:lalu|silam|ini|mendatang|depan|nanti))?"
        r"(?:-nya)?(?![\w.,]\w|-)",
    ),
    (
        "byear",
        rf"(?:(?P<by_mod>{_MOD})\s+|{_SIGNALS})(?P<by_y>{_YEAR})(?:\s*[-–]\s*(?P<by_y2>{_YEAR}))?"
        rf"(?P<by_tail>\s+(?:lalu|silam|mendatang|ini))?(?![\w%]|[.,]\d|-)"
        rf"|(?P<by_y3>{_YEAR})\s+(?:lalu|silam)(?!\w)"
        rf"|\((?P<by_y4>{_YEAR})(?:\s*[-–]\s*(?P<by_y5>{_YEAR}))?\)",
    ),
    (
        "season",
        r"musim\s+(?P<se_s>semi|panas|gugur|dingin|salju|hujan|kemarau|penghujan)"
        rf"(?:\s+(?:tahun\s+)?(?P<se_y>{_YEAR}))?"
        r"(?P<se_tail>\s+(?:tahun\s+)?(?:lalu|ini|depan|mendatang|kemarin|nanti))?(?!\w)",
    ),
    (
        "clock",
        r"(?:pukul|jam|pkl\.?)\s*(?P<tm_h>\d{1,2})(?:[.:](?P<tm_m>\d{2}))?(?![\d.,:]\d)"
        r"(?:\s*(?:-|–|s/d|s\.d\.|hingga|sampai)\s*(?:pukul\s+)?\d{1,2}(?:[.:]\d{2})?)?"
        rf"(?P<tm_tail>(?:\s+(?:{_POD}|wib|wita|wit|waktu\s+setempat|gmt|utc)(?!\w))*)"
        r"|(?P<tm2_h>\d{1,2})[.:](?P<tm2_m>\d{2})\s*(?P<tm2_tz>wib|wita|wit)(?!\w)",
    ),
    (
        "relunit",
        rf"(?:(?P<ru_n>{_COUNT})\s+(?P<ru_u>{_UNIT})|(?P<ru_se>{_SE_UNIT}))(?:nya)?\s+(?P<ru_dir>{_REL_DIR})(?!\w)",
    ),
    (
        "weekord",
        r"(?:pekan|minggu)\s+(?P<wo_n>pertama|kedua|ketiga|keempat|kelima|terakhir|ke-?\s*[1-5])\s+"
        rf"(?:(?:bulan\s+)?(?P<wo_m>{_MONTH_FULL})(?:\s+(?:tahun\s+)?(?P<wo_y>{_YEAR}))?|bulan\s+(?P<wo_rel>ini|lalu|depan))"
        r"(?![\w.,]\w)",
    ),
    (
        "relsimple",
        rf"(?:(?P<rs_mod>{_MOD})\s+)?(?P<rs_u>{_REL_PERIOD_UNIT})"
        r"\s+(?P<rs_dir>ini|lalu|kemarin|depan|mendatang|(?:yang\s+)?akan\s+datang|berikutnya|sebelumnya"
        r"|yang\s+lalu|yang\s+sama)(?!\w)"
        rf"|(?P<rs_mod2>{_MOD})\s+(?P<rs_u2>{_MODIFIED_UNIT})"
        rf"(?!\s+(?:\d|ke-|{_MONTH_FULL}(?!\w))|\w|-)",  # "awal bulan April lalu" is April's start
    ),
    (
        "relday",
        r"(?P<rd_w>kemarin\s+lusa|besok\s+lusa|kemarin|besok|keesokan\s+harinya|esok\s+harinya|esok(?:\s+hari)?"
        r"|lusa|tadi|semalam|nanti)"
        rf"(?:\s+(?P<rd_pod>{_POD}))?(?!\w|-)"
        r"(?:\s*\(\s*(?P<rd_pd>\d{1,2})/(?P<rd_pm>\d{1,2})(?:/(?P<rd_py>\d{4}|\d{2}))?\s*\))?"
        rf"|(?P<rd_pod2>{_POD})\s+(?:hari\s+)?(?P<rd_rel>ini|tadi|nanti)(?!\w)",
    ),
    (
        "wday",
        rf"(?:hari\s+)?(?P<bw_w>{WEEKDAY})(?!\w)"
        rf"(?P<bw_tail>(?:\s+(?:{_POD}|kemarin|lalu|silam|depan|mendatang|ini|nanti)(?!\w))*)",
    ),
    (
        "month",
        rf"(?:(?P<bm_mod>{_MOD})\s+)?(?:bulan\s+(?P<bm_m2>{_MONTH_FULL})|(?P<bm_m>{_MONTH_CAP}))(?!\w)"
        rf"(?P<bm_tail>\s+(?:tahun\s+(?:ini|lalu|depan)|{_DIR_TAIL})(?!\w))?",
    ),
    (
        "set",
        rf"(?P<st_q>{EVERY}|per)\s+(?:(?P<st_n>\d+|" + _NUMW + r")\s+)?"
        rf"(?P<st_u>akhir\s+pekan|(?:hari|minggu|pekan|bulan|tahun|jam|menit|detik)(?:nya)?|{WEEKDAY}|{_POD})"
        r"(?!\w|-)",
    ),
    (
        "duration",
        rf"(?P<du_n>{_COUNT})(?:\s*(?:[-–]|hingga|sampai)\s*(?P<du_n2>{_COUNT}))?\s+(?P<du_u>{_UNIT})(?!\w|-|\s+\d{{4}}|\s+ke-)|(?P<du_se>{_SE_UNIT})(?!\w)"
        r"|(?P<du_red>ber(?P<du_ru>hari|minggu|bulan|tahun|jam|abad|dekade)-(?P=du_ru))(?!\w)",
    ),
    (
        "podday",
        r"(?P<pd_noon>tengah\s+hari)(?!\w|\s+(?:ini|itu|tadi|ke-?\d))"
        r"|(?P<pd_pod>pagi|siang|sore|petang|malam)\s+hari(?!\w|-|\s+(?:ini|itu|tadi|berikutnya|sebelumnya|ke-?\d))",
    ),
    (
        "schoolyear",
        r"tahun\s+(?:ajaran|akademik|pelajaran)\s+baru(?!\w)",
    ),
    (
        "ref",
        r"(?P<rf_red>(?P<rf_ru>hari|minggu|pekan|bulan|tahun|kemarin)-(?P=rf_ru)"
        r"(?:\s+(?P<rf_dir>mendatang|ke\s+depan|yang\s+akan\s+datang|lalu|sebelumnya|terakhir|belakangan))?)"
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
        C.HALF_WORDS, C.LAW_PREFIXES,
    )
    for w in table
} | {
    "tanggal", "tgl", "dekade", "dasawarsa", "era", "periode", "thn", "ta", "musim", "pukul", "pkl",
    "kemarin", "besok", "esok", "lusa", "keesokan", "tadi", "semalam", "setiap", "tiap", "saban", "per",
    "setengah", "saat", "dewasa", "belakangan", "sejauh", "baru-baru", "ketika", "kala", "waktu", "masa",
}
# Gate entries that are followed by more letters: "berbulan-bulan".
_GATE_PREFIXES = "[Bb]er(?:hari|minggu|bulan|tahun|jam|abad|dekade)-"
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
