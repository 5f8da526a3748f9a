"""The quote extractor's records: how an item names its speaker (:class:`Speaker`), a quote or
reported statement before its speaker is resolved (:class:`_Item`), a paragraph (:class:`_Line`),
character ranges with a bisect test (:class:`_Spans`) and the article context the rules share
(:class:`Ctx`).

Data only, kept apart so every rule module can name these types without importing the rules.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from kliping.model import Document, Mention


@dataclass
class Speaker:
    """How an item names its speaker, resolved later in reading order."""

    # "phrase" | "pronoun" | "role" | "literal" (an account handle) | "document" | "none" |
    # "country" (``Pemerintah negara tersebut``: the country named before, see ``_find_country``) |
    # "org" (``Kartel itu``: the organisation named before, see ``find_org_antecedent``)
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
    speaker: Speaker | None = None
    inherit: bool = False  # interrupted quote: take the speaker of the previous quote on the line
    bare: bool = False  # paragraph-initial quote without attribution: continuation candidate
    lead: bool = False  # ``X menjelaskan:``: no content, only gives context to the next paragraph
    scare: bool = False
    name: str | None = None
    title: str | None = None
    # the unnamed speaker (a document, a representative, a kind of people) a pronoun or a continuing quote
    # points back to: its description is shown for this item too (``extraction``)
    antecedent: _Item | None = None


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
class Ctx:
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
