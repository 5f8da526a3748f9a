"""The plain dataclasses that flow through kliping's stages.

One obvious path for data::

    Article  --ingest.clean-->  Document  --extract-->  Evidence
    [Evidence]  --link-->  Story  --synth-->  Dossier  --render-->  JSON / Markdown / HTML

Every stage is a pure function over these objects, so any executor (a process pool, Dask) can run
it, and every object pickles. Offsets are *character* offsets. Mentions, quantities and time
expressions carry ``sentence`` (index into ``Document.sentences``) and ``start``/``end`` relative to
that sentence's text, which is what the dossier contract exposes. Values that cannot be known stay
``None``: kliping never guesses evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

# Entity types of the dossier contract.
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "PRODUCT", "EVENT")
# A mention type of the extract stage only, outside the dossier contract: the name of a programme,
# scheme, standard or concept (``program Karawang Sehat``, ``Bantuan Subsidi Upah (BSU)``, ``SOP``),
# which names no entity. The linker still keys articles by it (the reports about one programme share
# it, and the storylines join them by it), but ``link`` makes no entity of it and leaves it out of the
# articles' mentions (``link.aliases.resolution``; docs/ner.md, "Programmes as linker keys").
PROGRAMME = "PROGRAMME"
# Quantity modifiers of the dossier contract.
MODIFIERS = (
    "exact", "about", "more_than", "less_than", "at_least", "up_to", "nearly", "range",
    "plural_tens", "plural_hundreds", "plural_thousands", "plural_millions",
)
# Lenient on purpose: some feeds write unpadded dates such as 2013-12-5.
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
CLAIM_STATUSES = ("allegation", "denial", "confirmation", "speculation")
FINDING_KINDS = ("agreement", "discrepancy", "update", "name_variant")


# --------------------------------------------------------------------------- ingest


@dataclass
class Article:
    """One input article as read, before cleaning.

    Exactly one of ``text`` or ``html`` is set. ``input`` says where it came from (``path`` or
    ``path:line`` for JSONL) so errors and outputs can be traced back to the user's data.
    ``published`` is an ISO 8601 date or datetime string when the input metadata gives it.
    """

    id: str
    input: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Removal:
    """A piece of boilerplate removed from an article, kept so cleaning can be audited."""

    text: str
    reason: str  # short machine-readable reason, e.g. "baca_juga", "byline", "caption", "scroll_prompt"


@dataclass
class Sentence:
    """A sentence of the cleaned text: ``text == Document.text[start:end]``."""

    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass
class Document:
    """A cleaned article: body text without boilerplate, split into sentences, with metadata.

    ``published`` is the ISO date (``YYYY-MM-DD``) or datetime the article ran; when it came from
    the text rather than the input metadata ``published_inferred`` is true. ``dateline`` is the
    city of the dateline (``KONTAN.CO.ID - MOSKOW.`` gives ``Moskow``).
    """

    id: str
    input: str
    text: str
    sentences: list[Sentence]
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    published_inferred: bool = False
    language: str | None = None
    dateline: str | None = None
    removed: list[Removal] = field(default_factory=list)
    content_hash: str = ""

    @property
    def anchor(self) -> dt.date | None:
        """The publication date as a ``date``: the anchor for relative time expressions."""
        if not self.published:
            return None
        m = _ISO_DATE.match(self.published)
        if m is None:
            return None
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None

    def locate(self, offset: int) -> tuple[int, int]:
        """Map a character offset in ``text`` to ``(sentence index, offset within sentence)``.

        Offsets in the gaps between sentences map to the following sentence's start.
        """
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if not self.sentences:
            return 0, 0
        s = self.sentences[lo]
        return lo, max(0, min(offset - s.start, len(s.text)))


# --------------------------------------------------------------------------- extract


@dataclass
class Mention:
    """A named-entity mention. ``entity`` is filled by the link stage with a dossier entity id.

    ``title`` holds a title or role written with the name (``Menteri Pertahanan``), the raw
    material for an entity description.
    """

    text: str
    type: str
    sentence: int
    start: int
    end: int
    entity: str | None = None
    title: str | None = None


@dataclass
class Quantity:
    """A number with its unit, modifier, counted thing and attribution.

    ``value_max`` is set for ranges. ``unit`` is an ISO 4217 code for money (``USD``, ``IDR``),
    ``%`` for percent, an SI-ish symbol for measures (``mm``, ``km``, ``t``, ``ha``), ``ratio`` for
    ``kali lipat``, or ``None`` for counts. ``noun`` is the lemmatised counted thing. ``speaker``
    is an entity id (after linking) or ``None``; ``as_of`` a TIMEX3 value.
    """

    text: str
    value: float
    sentence: int
    start: int
    end: int
    value_max: float | None = None
    unit: str | None = None
    modifier: str = "exact"
    noun: str | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    as_of: str | None = None


@dataclass
class TimeExpr:
    """A time expression, TIMEX3 style. ``value`` is ``None`` when its anchor is unknown."""

    text: str
    type: str
    sentence: int
    start: int
    end: int
    value: str | None = None
    granularity: str | None = None  # "day", "week", "month", "quarter", "season", "year", "decade", "time", ...


@dataclass
class Quote:
    """A direct quote (``direct=True``) or reported statement with its speaker and cue.

    ``sentence`` is the sentence where the quote starts; ``end_sentence`` where it ends.
    ``speaker`` is an entity id after linking; ``speaker_name`` the name as written.
    """

    text: str
    sentence: int
    speaker_name: str | None = None
    speaker: str | None = None
    cue: str | None = None
    direct: bool = True
    end_sentence: int | None = None
    # the words describing an unnamed speaker (``Pihak kuasa hukum``, ``dokumen tersebut``, ``Jaksa``): shown so
    # the reader knows who says it, never an entity or a name
    speaker_desc: str | None = None

    @property
    def last_sentence(self) -> int:
        """The sentence where the quote ends (``sentence`` for a quote of one sentence)."""
        return self.end_sentence if self.end_sentence is not None else self.sentence


@dataclass
class Claim:
    """A claim-status cue: who alleges, denies, confirms or speculates what."""

    status: str
    cue: str
    text: str
    sentence: int
    actor_name: str | None = None
    actor: str | None = None
    # The sentence ``text`` was taken from when it is not the cue's: a denial or confirmation that only
    # points back (``membantah tuduhan itu``, ``Hal itu dikonfirmasi oleh X``) claims the matter told
    # before, so the dossier cites that sentence too and every word of the claim traces to one.
    matter_sentence: int | None = None


@dataclass
class Evidence:
    """Everything extracted from one article."""

    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.doc.id


# --------------------------------------------------------------------------- link


@dataclass
class Citation:
    article: str
    sentence: int


@dataclass
class Entity:
    """An entity resolved across articles. ``aliases`` are all surface forms seen."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    articles: list[str] = field(default_factory=list)


@dataclass
class Event:
    """A group of articles about the same happening within days (a dossier ``story``)."""

    id: str
    articles: list[str]
    # a digest retelling several happenings (``Bandung Sepekan: ...``, ``link.events.is_roundup``):
    # an event of its own, flagged so the reports do not present it as one happening
    roundup: bool = False


@dataclass
class StorylineGroup:
    """Events linked over weeks or months by shared actors and subject."""

    id: str
    events: list[str]


@dataclass
class NameVariant:
    """Two or more spellings judged to name one entity (a likely misspelling)."""

    entity: str
    variants: list[str]
    items: list[FindingItem] = field(default_factory=list)


@dataclass
class Story:
    """Output of the link stage: evidence with entity ids filled in, and the groupings."""

    articles: list[Evidence]
    duplicate_of: dict[str, str]
    entities: list[Entity]
    events: list[Event]
    storylines: list[StorylineGroup]
    name_variants: list[NameVariant] = field(default_factory=list)


# --------------------------------------------------------------------------- synth


@dataclass
class SummarySentence:
    text: str
    citations: list[Citation]
    # When the shown sentence (the first citation) tells its happening: the day or month the timeline
    # resolves for it (``hari ini``, ``Senin``, ``kemarin`` read as the timeline reads them), else its
    # article's publication day; ``date_source`` says which (``"sentence"`` / ``"published"``). A
    # summary of a storyline spanning months otherwise leaves a ``hari ini`` line with no time anchor.
    # None when neither is known.
    date: str | None = None
    date_source: str | None = None


@dataclass
class TimelineEntry:
    value: str
    granularity: str | None
    text: str
    citations: list[Citation]
    # every sentence it cites tells the happening as still ahead of its article (scheduled, planned):
    # kept on the timeline, but a reader must not take it for done
    planned: bool = False
    # ``"published"`` when every sentence it cites is placed only by a relative day word inside a
    # direct quote whose day of saying the article does not name, counted from the publication: the
    # day is the article's date, not one the text gives (shown as such); None otherwise
    date_source: str | None = None


@dataclass
class FigureValue:
    value: float
    as_of: str | None
    article: str
    sentence: int
    value_max: float | None = None
    modifier: str = "exact"
    text: str = ""
    # the party whose earlier statement the sentence repeats (``synth.recalls.recalled_party``), else ""
    recall: str = ""


@dataclass
class Figure:
    about: str
    unit: str | None
    values: list[FigureValue]


@dataclass
class FindingItem:
    article: str
    sentence: int
    text: str


@dataclass
class Finding:
    kind: str
    about: str
    items: list[FindingItem]
    # what the reader should know about the finding beyond its kind, in the dossier's language (``synth.findings``:
    # a discrepancy of values exactly 1.000 times apart is likely a unit slip by one source); empty when nothing
    note: str = ""


@dataclass
class StorySection:
    """A dossier ``story``: one event with its summary."""

    id: str
    title: str
    articles: list[str]
    start: str | None
    end: str | None
    summary: list[SummarySentence]
    roundup: bool = False  # the event is a digest of several happenings (``Event.roundup``)


@dataclass
class Storyline:
    id: str
    title: str
    stories: list[str]
    summary: list[SummarySentence]
    timeline: list[TimelineEntry]
    figures: list[Figure]
    findings: list[Finding]


@dataclass
class Dossier:
    """The finished dossier; ``render.to_json`` turns it into the ``kliping.dossier/1`` contract."""

    articles: list[Evidence]
    duplicate_of: dict[str, str]
    entities: list[Entity]
    stories: list[StorySection]
    storylines: list[Storyline]
    generated: str | None = None


# --------------------------------------------------------------------------- errors


@dataclass
class Problem:
    """An input that could not be used, reported in one line and skipped; the run goes on.

    ``skipped=False`` marks a note on an input that *is* used (a ``published`` value that is not a
    date: the article is kept and dated from its text). It is reported in the same one line, but
    the input's data is not lost for one bad field.
    """

    input: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


class ArticleError(ValueError):
    """Raised by a stage for one article that cannot be processed (empty text, not a news text...)."""
