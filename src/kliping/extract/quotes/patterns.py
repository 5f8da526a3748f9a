"""The cue patterns the quote rules match: speech verbs and roots (active, passive, at a quote's
tail or head, inside or at the end of a sentence), written statements and wire outlets named as the
source, passive leads, day and date openers, and the quote marks.

Built once at import from ``kliping.lang.id.cues`` and ``outlets``; apart so every rule module
reads the same compiled patterns without importing the rules.
"""

from __future__ import annotations

import re

from kliping.lang.id import cues, function_words, outlets
from kliping.lang.id.calendar import MONTHS_ID, WEEKDAYS
from kliping.lang.id.titles import TITLE_WORDS as _ENTITY_TITLE_WORDS
from kliping.text.patterns import alternation, any_of

# Titles, ranks and honorifics stripped from speaker names (``cues.SPEAKER_TITLES`` says what it
# is built from; the scorer strips the same words).
TITLE_WORDS: frozenset[str] = cues.SPEAKER_TITLES
# Portfolio and office words (``Perhubungan``, ``Luar Negeri``) between a title and a name; words
# that are also names (``Agung``, ``Muda``) are left out.
OFFICE_WORDS: frozenset[str] = (_ENTITY_TITLE_WORDS - frozenset(
    ["agung", "muda", "madya", "pertama", "kedua", "tinggi", "besar", "dan", "&", "-", "utama", "jenderal"]
)) | TITLE_WORDS
# Derived nouns (``Perhubungan``, ``Keuangan``, ``Pembangunan``) are office words, not names.
_DERIVED_NOUN = re.compile(r"^(?:per|pe[mny]?|peng|ke)\w{3,}an$", re.I)



_ROOTS = alternation(cues.SPEECH_ROOTS)
_TAIL_ROOTS = alternation(cues.TAIL_SPEECH_ROOTS)
_VERBS = alternation(cues.SPEECH_VERBS + cues.STANCE_VERBS + cues.ROOT_VERBS + cues.MARKED_SPEECH_VERBS)
_PASSIVE = alternation(cues.PASSIVE_SPEECH)
_B = r"(?<![\w-])"
_E = r"(?![\w-])"


_SUMMING_UP = any_of(cues.SUMMING_UP_WORDS)  # ``," demikian kata X``
_DEMONSTRATIVE = any_of(function_words.DEMONSTRATIVES)

# Attribution right after a closing quote mark: ``," kata X``, ``," terangnya``, ``," dikatakan X``.
_TAIL_CUE = re.compile(
    rf"^[\s,.;:!?…–—-]*(?:{_SUMMING_UP}\s+)?(?P<cue>{_ROOTS}|{_PASSIVE}|{_VERBS}|{_TAIL_ROOTS})(?P<nya>nya)?{_E}",
    re.I,
)
# ``," demikian tertulis dalam dokumen …`` / ``," seperti tertuang dalam …``: the words of a document.
_TAIL_WRITTEN = re.compile(
    rf"^[\s,.]*{any_of((*cues.SUMMING_UP_WORDS, *cues.LIKENESS_OPENERS))}\s+(?:yang\s+)?{any_of(cues.WRITTEN_IN_VERBS)}{_E}",
    re.I,
)
_TAIL_ROOT_WORDS = frozenset(cues.TAIL_SPEECH_ROOTS)
# Active speech and stance verbs (``menambahkan``, ``menegaskan``), not the bare roots (``kata``, ``tambah``).
_ACTIVE_VERB_WORDS = frozenset(cues.SPEECH_VERBS + cues.STANCE_VERBS) - frozenset(cues.SPEECH_ROOTS) - _TAIL_ROOT_WORDS
# ``," bunyi surat edaran itu``: ``bunyi`` (the wording) with no author named after it (a statement
# with an author, ``bunyi keterangan X``, is read by ``_TAIL_STATEMENT`` first).
_TAIL_WORDING = re.compile(rf"^[\s,.]*(?:{_SUMMING_UP}\s+)?bunyi{_E}", re.I)
# ``Ketua RT 21, Kelurahan Belo, …``: a place apposition after a title (an administrative unit and its name).
# ``..., itu``: the role just named is the speaker (``cues.ROLE_DEMONSTRATIVES``).
_DEMONSTRATIVE_AFTER = re.compile(rf"^\s*,?\s*{_DEMONSTRATIVE}{_E}")
_ADMIN_APPOSITION = re.compile(
    r"^\s*,\s*(?:" + alternation(cues.ADMIN_UNIT_WORDS) + r")\s+[A-Z0-9][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*)*", re.I
)
# ``," Bimo menambahkan.`` — a subject then a speech verb after the closing quote.
_TAIL_VERB = re.compile(rf"\s(?P<cue>{_VERBS}|{_ROOTS}){_E}(?P<after>[^\w]*)", re.I)
# Attribution before an opening quote: ``X mengatakan, “``, ``X mengatakan bahwa “``.
_HEAD_VERB = re.compile(
    rf"{_B}(?P<cue>{_VERBS}|{_PASSIVE})(?:\s+(?:{alternation(cues.SAID_OPENERS)}))?\s*[,:]?\s*$", re.I
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
    rf"^[\s,.]*(?:{_SUMMING_UP}\s+)?(?:bunyi\s+)?{any_of(cues.STATEMENT_NOUNS)}"
    rf"(?:\s+{any_of(cues.STATEMENT_QUALIFIERS)})?\s+(?=\S)",
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
EPITHET = re.compile(
    rf"^(?P<noun>{alternation(cues.EPITHET_NOUNS)})(?:\s+[\w'’.-]+){{0,5}}?\s+{_DEMONSTRATIVE}{_E}", re.I
)
# A passive speech verb (and ``oleh``) with title words right before a name: ``Hal senada
# diungkapkan Sekretaris Kementerian X Bayu``: the name is the agent, i.e. the one speaking.
_PASSIVE_AGENT = re.compile(rf"{_B}(?:{_PASSIVE})(?:\s+oleh)?(?:\s+[A-Z][\w.'’()-]*)*\s*$", re.I)
# ``Hal senada diungkapkan X`` / ``Pernyataan itu disampaikan oleh X``: a passive lead naming the
# one who speaks in the next paragraphs.
# (The noun may take up to two lower-case words before its pointer: ``Pengumuman tersangka itu``.)
_PASSIVE_LEAD = re.compile(
    rf"{_B}{any_of(cues.PASSIVE_LEAD_NOUNS)}(?:\s+(?-i:[a-z][\w-]*)){{0,2}}?\s+{any_of(cues.PASSIVE_LEAD_POINTERS)}\s+"
    rf"(?:juga\s+|pun\s+)?(?P<cue>{_PASSIVE}|{alternation(cues.PASSIVE_LEAD_CONFIRM)})(?:\s+oleh)?\s+(?P<spk>[A-Z])",
    re.I,
)
# A person written as the patient of a passive verb (``HM pun dilaporkan``, ``Lisa diduga``): not
# the one who speaks next.
_PASSIVE_AFTER = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?(?:{any_of(cues.PASSIVE_ADVERBS)}\s+)*"
    r"di(?!rinya)[a-z]{3,}(?![\w-])"
)
# A dateline before the subject: ``JAKARTA, KOMPAS.com – Menteri X mengatakan``.
_DATELINE_DASH = re.compile(r"\s[–—-]\s")
_BAHWA = re.compile(r"^\s*[,:]?\s*bahwa\s+", re.I)
_COMMA = re.compile(r"^\s*[,:]\s*")
# A marked speech verb (``cues.MARKED_SPEECH_VERBS``: ``mengungkap``) speaks only when a comma, a colon
# or ``bahwa`` opens what follows it (``Ia mengungkap, ...``), or, before a quote, ends the head.
_MARKED_OPENING = re.compile(r"\s*(?:[,:]|bahwa\b)", re.I)
_MARKED_HEAD_END = re.compile(r"(?:[,:]|bahwa)\s*$", re.I)


def marked_speech_silent(cue: str, after: str) -> bool:
    """The cue is a marked speech verb (``cues.MARKED_SPEECH_VERBS``) whose following text does not
    open a clause: ``Polisi mengungkap kasus narkoba`` uncovers something, it says nothing."""
    return cue.lower() in cues.MARKED_SPEECH_VERBS and not _MARKED_OPENING.match(after)
_TOKEN = re.compile(r"\([^()]*\)|[^\s(),;:]+|[(),;:]")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_DAYS = re.compile(rf"^(?:\(?\s*)?(?:{alternation((*WEEKDAYS, *cues.TIME_OPENERS))}|\d)", re.I)
# Day and month names: capitalised, never a speaker (the tagger may still tag ``Selasa`` as a person).
_DAY_NAME = re.compile(
    r"^(?:" + alternation((*WEEKDAYS, *MONTHS_ID)) + r")(?![\w-])",
    re.I,
)
_SENT_END = re.compile(r"[.!?…]+[\"”’»]?\s+(?=[\"“”‘«(]?[A-Z0-9])")

# The narrator's attribution inside a would-be quote: ``Tetapi menurut Andy Lipow, …``. (``, kata
# X`` is not taken: ``"Kami siap, kata Budi.`` is more likely a quote missing its closing mark.)
_SELF_ATTRIBUTED = re.compile(rf"{_B}menurut\s+[A-Z]")

# The double quote marks a direct quote opens and closes with (the timeline reads them too).
DOUBLE_QUOTE_MARKS = "\"“”„«»"
_SINGLE = "‘’'"
